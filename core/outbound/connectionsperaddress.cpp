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
    // A child that goes with the connection: the connection's own signals are disconnected from everything
    // when it goes back to the pool (ConnectionPool::giveBack), its child's are not.
    auto* counted = new QObject(connection);
    counted->setObjectName(QStringLiteral("counted"));
    connect(counted, &QObject::destroyed, this, [this, address] {
        if (auto it = m_open.find(address); it != m_open.end() && --it.value() <= 0)
            m_open.erase(it);
        Q_EMIT freed(address);
    });
}

} // namespace RelayDesk
