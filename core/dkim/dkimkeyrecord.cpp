#include "core/dkim/dkimkeyrecord.h"

namespace RelayDesk {

QString DkimKeyRecord::stateName(State state)
{
    switch (state) {
    case State::Active:
        return QStringLiteral("active");
    case State::Grace:
        return QStringLiteral("grace");
    case State::Retired:
        break;
    }
    return QStringLiteral("retired");
}

QByteArray DkimKeyRecord::dnsValue() const
{
    return "v=DKIM1; k=" + dkimKeyType(algorithm) + "; p=" + publicKey;
}

} // namespace RelayDesk
