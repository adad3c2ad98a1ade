#include "core/util/domainname.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace RelayDesk {

namespace {

constexpr int maxNameLength = 253;
constexpr int maxLabelLength = 63;

bool isLdh(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
}

// The words are English unless a translator is installed (the desktop manager installs one; the CLI does
// not).
QString domainNameText(const char* text)
{
    return QCoreApplication::translate("RelayDesk::DomainName", text);
}

} // namespace

Expected<QString> DomainName::normalize(const QString& name, bool requireDot)
{
    using Result = Expected<QString>;
    QString text = name.trimmed();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1); // the root label: "example.com." is "example.com"
    if (text.isEmpty())
        return Result::failure(
            domainNameText(QT_TRANSLATE_NOOP("RelayDesk::DomainName", "a domain name is needed")));
    if (text.contains(QLatin1Char('@')))
        return Result::failure(
            domainNameText(
                QT_TRANSLATE_NOOP("RelayDesk::DomainName",
                                  "'%1' is an address, not a domain name (give only the part after '@')"))
                .arg(name));
    bool ascii = true;
    for (const QChar c : std::as_const(text)) {
        if (c.unicode() > 0x7f)
            ascii = false;
    }
    // RFC 5891 4: a name with U-labels is compared in its A-label form; QUrl applies UTS #46 mapping
    // (which also lower-cases) and answers an empty string for a name it cannot convert.
    QString ace = ascii ? text.toLower() : QString::fromLatin1(QUrl::toAce(text));
    if (ace.isEmpty())
        return Result::failure(
            domainNameText(QT_TRANSLATE_NOOP("RelayDesk::DomainName",
                                             "'%1' is not a valid internationalized domain name"))
                .arg(name));
    ace = ace.toLower();
    if (ace.size() > maxNameLength)
        return Result::failure(
            domainNameText(QT_TRANSLATE_NOOP("RelayDesk::DomainName",
                                             "'%1' is too long for a domain name (at most %2 characters)"))
                .arg(name)
                .arg(maxNameLength));
    const QStringList labels = ace.split(QLatin1Char('.'));
    if (requireDot && labels.size() < 2)
        return Result::failure(
            domainNameText(
                QT_TRANSLATE_NOOP(
                    "RelayDesk::DomainName",
                    "'%1' is not a domain a message can come from: give the full name, e.g. example.com"))
                .arg(name));
    for (const QString& label : labels) {
        if (label.isEmpty())
            return Result::failure(
                domainNameText(QT_TRANSLATE_NOOP("RelayDesk::DomainName",
                                                 "'%1' has an empty label (two dots in a row?)"))
                    .arg(name));
        if (label.size() > maxLabelLength)
            return Result::failure(
                domainNameText(
                    QT_TRANSLATE_NOOP("RelayDesk::DomainName", "'%1' has a label longer than %2 characters"))
                    .arg(name)
                    .arg(maxLabelLength));
        if (!std::all_of(label.cbegin(), label.cend(), isLdh))
            return Result::failure(
                domainNameText(QT_TRANSLATE_NOOP(
                                   "RelayDesk::DomainName",
                                   "'%1' is not a valid domain name: use letters, digits, hyphens and dots"))
                    .arg(name));
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return Result::failure(
                domainNameText(
                    QT_TRANSLATE_NOOP(
                        "RelayDesk::DomainName",
                        "'%1' is not a valid domain name: a label may not start or end with a hyphen"))
                    .arg(name));
    }
    // RFC 3696 2: a top-level label is never all digits, so "1.2.3.4" is an IP address written without its
    // brackets (RFC 5321 4.1.3), which names no domain.
    const QString& top = labels.last();
    if (std::all_of(top.cbegin(), top.cend(), [](QChar c) { return c.isDigit(); }))
        return Result::failure(
            domainNameText(
                QT_TRANSLATE_NOOP("RelayDesk::DomainName",
                                  "'%1' is an IP address, not a domain name (its last label is all digits)"))
                .arg(name));
    return ace;
}

QString DomainName::ofAddress(QByteArrayView address)
{
    const qsizetype at = address.lastIndexOf('@');
    if (at < 0)
        return {};
    const QByteArrayView domain = address.sliced(at + 1);
    if (domain.startsWith('['))
        return {}; // an address literal names no domain (RFC 5321 4.1.3)
    const auto normalized = normalize(QString::fromUtf8(domain), false);
    return normalized ? normalized.value() : QString();
}

QString DomainName::asciiForm(const QString& text)
{
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    const QString domain = text.mid(at + 1);
    if (std::all_of(domain.cbegin(), domain.cend(), [](QChar c) { return c.unicode() <= 0x7f; }))
        return text;
    const auto ace = normalize(domain, false);
    if (!ace)
        return text;
    // normalize drops a trailing dot; a prefix typed up to the dot keeps it.
    const QString dot = domain.endsWith(QLatin1Char('.')) ? QStringLiteral(".") : QString();
    return text.left(at + 1) + ace.value() + dot;
}

} // namespace RelayDesk
