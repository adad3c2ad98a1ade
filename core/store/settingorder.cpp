#include "core/store/settingorder.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace RelayDesk {

namespace {

// Shown in the desktop manager's language when it installed a translator; the CLI stays English.
QString settingOrderText(const char* text)
{
    return QCoreApplication::translate("RelayDesk::Settings", text);
}

/// Two settings of seconds where the first may not be longer than the second, and why in words.
struct Pair
{
    const char* shorter;
    const char* longer;
    const char* why;
    /// Checked only when the first one changes, and 0 there means "never": a delay notice set past the
    /// give-up time is a mistake, a give-up time shortened below the notice is a choice (no notice is sent).
    bool onlyWhenShorterChanges = false;
};

const Pair pairs[] = {
    {"delivery.retry_first", "delivery.retry_max",
     QT_TRANSLATE_NOOP("RelayDesk::Settings",
                       "the longest wait between retries cannot be shorter than the first "
                       "wait")},
    {"delivery.retry_first", "delivery.give_up_after",
     QT_TRANSLATE_NOOP("RelayDesk::Settings", "a message would be bounced before its first retry")},
    {"limits.idle_timeout", "limits.session_timeout",
     QT_TRANSLATE_NOOP("RelayDesk::Settings",
                       "a session ends at its overall limit before it could be silent that long")},
    {"limits.tls_handshake_timeout", "limits.session_timeout",
     QT_TRANSLATE_NOOP("RelayDesk::Settings",
                       "a session ends at its overall limit before its TLS handshake could take that long")},
    {"delivery.delay_notice_after", "delivery.give_up_after",
     QT_TRANSLATE_NOOP("RelayDesk::Settings",
                       "a message is bounced before its delay notice would be sent (0 sends none)"),
     true},
};

// "%n hour(s)" in the window's language; the command line installs no translator, and there the English
// plural is written out ("1 hour", "2 hours").
QString counted(const char* text, qint64 count)
{
    const int n = int(count);
    const QString words = QCoreApplication::translate("RelayDesk::Settings", text, nullptr, n);
    return QString(words).replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace

QString SettingOrder::spokenSeconds(qint64 seconds)
{
    if (seconds <= 0)
        return counted(QT_TRANSLATE_N_NOOP("RelayDesk::Settings", "%n second(s)"), 0);
    QStringList parts;
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    const qint64 rest = seconds % 60;
    if (days > 0)
        parts << counted(QT_TRANSLATE_N_NOOP("RelayDesk::Settings", "%n day(s)"), days);
    if (hours > 0)
        parts << counted(QT_TRANSLATE_N_NOOP("RelayDesk::Settings", "%n hour(s)"), hours);
    if (minutes > 0)
        parts << counted(QT_TRANSLATE_N_NOOP("RelayDesk::Settings", "%n minute(s)"), minutes);
    if (rest > 0)
        parts << counted(QT_TRANSLATE_N_NOOP("RelayDesk::Settings", "%n second(s)"), rest);
    return parts.join(QLatin1Char(' '));
}

QString SettingOrder::spokenDays(qint64 days)
{
    return counted(QT_TRANSLATE_N_NOOP("RelayDesk::Settings", "%n day(s)"), std::max<qint64>(days, 0));
}

QString SettingOrder::spokenOctets(qint64 octets)
{
    struct Unit
    {
        qint64 size;
        const char* text;
    };
    static constexpr Unit units[] = {{qint64(1) << 30, QT_TRANSLATE_NOOP("RelayDesk::Settings", "%1 GB")},
                                     {qint64(1) << 20, QT_TRANSLATE_NOOP("RelayDesk::Settings", "%1 MB")},
                                     {qint64(1) << 10, QT_TRANSLATE_NOOP("RelayDesk::Settings", "%1 KB")}};
    for (const Unit& unit : units) {
        if (octets > 0 && octets % unit.size == 0)
            return settingOrderText(unit.text).arg(octets / unit.size);
    }
    // What was typed beyond an int is said as it was ("2,147,483,647 octets" for 99999999999: an outside
    // tester); a count that large is never one.
    if (octets > std::numeric_limits<int>::max())
        return settingOrderText(QT_TRANSLATE_NOOP("RelayDesk::Settings", "%1 octets"))
            .arg(QLocale().toString(octets));
    return counted(QT_TRANSLATE_N_NOOP("RelayDesk::Settings", "%Ln octet(s)"), std::max<qint64>(octets, 0));
}

QList<std::pair<QString, QString>> SettingOrder::pairsNamedIn(const QString& problemText)
{
    QList<std::pair<QString, QString>> named;
    for (const QString& part : problemText.split(QStringLiteral("; "))) {
        for (const Pair& pair : pairs) {
            const QString shorter = QLatin1String(pair.shorter);
            const QString longer = QLatin1String(pair.longer);
            if (part.startsWith(longer + QLatin1String(" (")) &&
                part.contains(QLatin1String(" ") + shorter + QLatin1String(" (")))
                named.append({shorter, longer});
        }
    }
    return named;
}

QString SettingOrder::problem(const std::function<QString(const QString&)>& valueOf,
                              const std::function<bool(const QString&)>& changes)
{
    QStringList problems;
    for (const Pair& pair : pairs) {
        const QString shorterKey = QLatin1String(pair.shorter);
        const QString longerKey = QLatin1String(pair.longer);
        if (pair.onlyWhenShorterChanges ? !changes(shorterKey) : !changes(shorterKey) && !changes(longerKey))
            continue;
        const qint64 shorter = valueOf(shorterKey).toLongLong();
        const qint64 longer = valueOf(longerKey).toLongLong();
        if (shorter <= longer || (pair.onlyWhenShorterChanges && shorter == 0))
            continue;
        // Every pair at once: one a Save named the next (an outside tester).
        problems << settingOrderText(
                        QT_TRANSLATE_NOOP("RelayDesk::Settings", "%1 (%2) is shorter than %3 (%4): %5"))
                        .arg(longerKey, spokenSeconds(longer), shorterKey, spokenSeconds(shorter),
                             settingOrderText(pair.why));
    }
    return problems.join(QStringLiteral("; "));
}

} // namespace RelayDesk
