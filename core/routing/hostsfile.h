#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace RelayDesk {

/// The system's hosts file (hosts(5)), which the C library's resolver reads before DNS: a smarthost or
/// route named "localhost" or a name only the office's hosts file knows is found there, as every other
/// program on the machine finds it. Asked for the addresses of every host the relay connects to; the MX
/// records themselves come from DNS.
class HostsFile final
{
public:
    /// The addresses the file gives host (compared without regard to case, a trailing dot ignored), IPv4
    /// first, each in the file's order; empty when it names none or cannot be read.
    static QList<QHostAddress> lookup(const QString& host,
                                      const QString& path = QStringLiteral("/etc/hosts"));
};

} // namespace RelayDesk
