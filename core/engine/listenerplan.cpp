#include "core/engine/listenerplan.h"
#include "core/util/hostport.h"

namespace RelayDesk {

ListenerPlan::Action ListenerPlan::decide(const ListenerStatus& running, const ListenerStatus& wanted)
{
    const bool shouldListen = wanted.enabled && wanted.error.isEmpty();
    if (!running.listening)
        return shouldListen ? Action::Open : Action::None;
    if (!shouldListen)
        return Action::Close;
    return sameEndpoint(running.address, wanted.address) ? Action::Keep : Action::Rebind;
}

bool ListenerPlan::sameEndpoint(const QString& a, const QString& b)
{
    const auto left = HostPort::parse(a);
    const auto right = HostPort::parse(b);
    if (!left || !right)
        return a == b;
    return left->address == right->address && left->port == right->port;
}

} // namespace RelayDesk
