#include "core/util/canonicalsetting.h"
#include "core/util/hostportsyntax.h"

#include <QRegularExpression>

namespace RelayDesk::CanonicalSetting {

namespace {

QString number(const QString& typed)
{
    static const QRegularExpression digits(QStringLiteral("^\\s*\\+?0*(\\d+)\\s*$"));
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
    default:
        return typed;
    }
}

} // namespace RelayDesk::CanonicalSetting
