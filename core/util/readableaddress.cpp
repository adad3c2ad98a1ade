#include "core/util/readableaddress.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace RelayDesk {

namespace {

const QString acePrefix = QStringLiteral("xn--");

// RFC 5891 5.2 and 5.4: an A-label is shown as its U-label only when that U-label converts back to the same
// A-label, so that what is shown names what is stored. QUrl otherwise shows U-labels only under the top-level
// domains of its whitelist; a relay's reader needs them everywhere, as mail programs show them.
QString readableLabel(const QString& label)
{
    if (!label.startsWith(acePrefix, Qt::CaseInsensitive))
        return label;
    const QString lower = label.toLower();
    const QString unicode = QUrl::fromAce(lower.toLatin1(), QUrl::IgnoreIDNWhitelist);
    if (unicode.isEmpty() || unicode.startsWith(acePrefix, Qt::CaseInsensitive))
        return label;
    if (QString::fromLatin1(QUrl::toAce(unicode, QUrl::IgnoreIDNWhitelist)) != lower)
        return label;
    return unicode;
}

// Characters that change how text around them is drawn without being seen themselves (Unicode's format
// characters: the bidirectional overrides and isolates, zero-width ones), written as "\u202E": an outsider's
// "evil\u202E@evil.example" read "evilelpmaxe.live@" in the window (an outside tester); `relaydesk log
// refused` writes them out the same way.
QString visibleFormatCharacters(const QString& text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Format; }))
        return text;
    QString shown;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Format)
            shown += QStringLiteral("\\u") +
                     QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
        else
            shown += c;
    }
    return shown;
}

} // namespace

QString ReadableAddress::domain(const QString& domain)
{
    if (domain.startsWith(QLatin1Char('[')) || !domain.contains(acePrefix, Qt::CaseInsensitive))
        return domain;
    for (const QChar c : domain) {
        if (c.unicode() > 0x7f)
            return domain; // already Unicode: as stored
    }
    QStringList labels = domain.split(QLatin1Char('.'));
    for (QString& label : labels)
        label = readableLabel(label);
    return labels.join(QLatin1Char('.'));
}

QString ReadableAddress::address(const QString& address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return visibleFormatCharacters(address);
    return visibleFormatCharacters(address.left(at + 1) + domain(address.mid(at + 1)));
}

QString ReadableAddress::sender(const QString& entry)
{
    return entry.contains(QLatin1Char('@')) ? address(entry) : domain(entry);
}

QString ReadableAddress::addressList(const QString& addresses)
{
    const QString separator = QStringLiteral(", ");
    QStringList shown = addresses.split(separator);
    for (QString& one : shown)
        one = address(one);
    return shown.join(separator);
}

} // namespace RelayDesk
