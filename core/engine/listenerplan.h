#pragma once

#include "core/engine/sessioninfo.h"

namespace RelayDesk {

/// What a configuration change does to one listener (docs/operations.md, "Apply without restart"): a pure
/// decision from what runs and what the configuration now asks for, so that it is tested on its own.
/// Sessions already accepted never depend on it: they run on the worker threads to their end.
class ListenerPlan final
{
public:
    enum class Action
    {
        None,   ///< not listening, and not to listen
        Keep,   ///< listening on the address it should: untouched
        Open,   ///< not listening (disabled before, or its bind failed): bind now, a failed bind tried again
        Close,  ///< listening, but now disabled or unusable (no TLS)
        Rebind, ///< listening on another address: close, then bind the new one
    };

    /// running: the listener's state now (address, listening). wanted: the configured address and enabled
    /// flag, and in error why it cannot listen whatever its address (no usable certificate, a bad address).
    static Action decide(const ListenerStatus& running, const ListenerStatus& wanted);
    /// Whether two "host:port" texts name the same endpoint ("127.0.0.1:25" and "127.0.0.1:025" do).
    static bool sameEndpoint(const QString& a, const QString& b);
};

} // namespace RelayDesk
