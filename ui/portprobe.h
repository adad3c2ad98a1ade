#pragma once

#include "core/util/hostport.h"

#include <QHostAddress>
#include <QList>
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

/// The addresses on which some program listens on TCP port now (Linux: /proc/net/tcp and tcp6; IPv4-mapped
/// IPv6 as IPv4), to tell a port this relay holds from one another program holds; nothing where they cannot
/// be read.
QList<QHostAddress> listeningAddresses(quint16 port);

} // namespace RelayDesk
