#include "core/smtp/sessionpolicy.h"

namespace RelayDesk {

QString listenerName(ListenerKind kind)
{
    switch (kind) {
    case ListenerKind::Submission:
        return QStringLiteral("submission");
    case ListenerKind::Smtps:
        return QStringLiteral("smtps");
    case ListenerKind::Lan:
        return QStringLiteral("lan");
    }
    return {};
}

} // namespace RelayDesk
