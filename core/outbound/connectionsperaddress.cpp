#include "core/outbound/connectionsperaddress.h"
#include "core/outbound/outboundconnection.h"

namespace RelayDesk {

QString ConnectionsPerAddress::key(const QHostAddress& address)
{
    // ::ffff:192.0.2.1 and 192.0.2.1 are one server.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

void ConnectionsPerAddress::track(OutboundConnection* connection)
{
    const QString address = key(connection->target().address);
    ++m_open[address];
    // destroyed() comes from ~QObject, when the connection's own members are gone: the key is kept here.
    connect(connection, &QObject::destroyed, this, [this, address] {
        if (auto it = m_open.find(address); it != m_open.end() && --it.value() <= 0)
            m_open.erase(it);
        Q_EMIT freed(address);
    });
}

} // namespace RelayDesk
