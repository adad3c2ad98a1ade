#include "core/util/canonicalsetting.h"
#include "core/util/hostportsyntax.h"

#include <QRegularExpression>

namespace RelayDesk::CanonicalSetting {

namespace {

QString number(const QString& typed)
{
    // A minus only before a zero: "-0" is 0 (an outside tester's retention.log was stored as "-0"); "-5"
    // stays as typed for the setting's check to refuse.
    static const QRegularExpression digits(QStringLiteral("^\\s*(?:\\+|-(?=0+\\s*$))?0*(\\d+)\\s*$"));
    const QRegularExpressionMatch match = digits.match(typed);
    return match.hasMatch() ? match.captured(1) : typed.trimmed();
}

} // namespace

QString of(SettingKind kind, const QString& typed)
{
    switch (kind) {
    case SettingKind::Count:
    case SettingKind::Port:
    case SettingKind::Seconds:
    case SettingKind::Octets:
    case SettingKind::Days:
        return number(typed);
    case SettingKind::Address:
        return HostPortSyntax::canonical(typed);
    case SettingKind::Flag: {
        // The words people use for a switch, as `agent set-any-sender` takes on and off (an outside tester's
        // "yes" and "0" were refused here).
        const QString word = typed.trimmed().toLower();
        if (word == QLatin1String("yes") || word == QLatin1String("on") || word == QLatin1String("1") ||
            word == QLatin1String("true"))
            return QStringLiteral("true");
        if (word == QLatin1String("no") || word == QLatin1String("off") || word == QLatin1String("0") ||
            word == QLatin1String("false"))
            return QStringLiteral("false");
        return typed;
    }
    default:
        return typed;
    }
}

} // namespace RelayDesk::CanonicalSetting
