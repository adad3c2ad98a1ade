#pragma once

#include "core/util/hostport.h"

#include <QTcpServer>

#include <optional>

namespace RelayDesk {

/// Why endpoint cannot be bound now (AddressInUseError: another program holds it), or nothing if it can (the
/// probe lets go at once). The wizard's and the Settings page's listener checks; it never waits.
inline std::optional<QAbstractSocket::SocketError> portBindError(const HostPort& endpoint)
{
    QTcpServer probe;
    if (probe.listen(endpoint.address, endpoint.port))
        return std::nullopt;
    return probe.serverError();
}

} // namespace RelayDesk
