#include "core/outbound/connectionpool.h"
#include "core/outbound/connectionsperaddress.h"

#include <algorithm>

#include <QTimer>

namespace RelayDesk {

ConnectionPool::ConnectionPool(QObject* parent) : QObject(parent) {}

ConnectionPool::~ConnectionPool()
{
    for (OutboundConnection* connection : std::as_const(m_idle))
        delete connection;
}

OutboundConnection* ConnectionPool::take(const ConnectionTarget& target)
{
    const QString key = target.poolKey();
    while (m_idle.contains(key)) {
        OutboundConnection* connection = m_idle.take(key);
        connection->disconnect(this);
        delete connection->findChild<QTimer*>(QStringLiteral("idle"), Qt::FindDirectChildrenOnly);
        if (connection->isReady())
            return connection;
        connection->deleteLater();
    }
    return nullptr;
}

void ConnectionPool::giveBack(OutboundConnection* connection)
{
    connection->disconnect(); // the borrower's connections end here
    if (!connection->isReady() || m_idleMs <= 0 || m_idle.size() >= m_maxIdle) {
        retire(connection);
        return;
    }
    connection->setParent(this);
    m_idle.insert(connection->target().poolKey(), connection);
    auto* timer = new QTimer(connection);
    timer->setObjectName(QStringLiteral("idle"));
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, connection] {
        m_idle.remove(connection->target().poolKey(), connection);
        retire(connection);
    });
    // The server may close an idle connection (421 or a plain disconnect): forget it then.
    connect(connection, &OutboundConnection::failed, this, [this, connection] {
        m_idle.remove(connection->target().poolKey(), connection);
        connection->deleteLater();
    });
    timer->start(m_idleMs);
    Q_EMIT idled(ConnectionsPerAddress::key(connection->target().address));
}

bool ConnectionPool::hasIdleTo(const QString& addressKey) const
{
    return std::any_of(m_idle.cbegin(), m_idle.cend(), [&addressKey](const OutboundConnection* connection) {
        return ConnectionsPerAddress::key(connection->target().address) == addressKey;
    });
}

void ConnectionPool::retireIdleTo(const QHostAddress& address)
{
    for (auto it = m_idle.begin(); it != m_idle.end(); ++it) {
        if (it.value()->target().address.isEqual(address, QHostAddress::TolerantConversion)) {
            OutboundConnection* connection = it.value();
            m_idle.erase(it);
            connection->disconnect(this);
            delete connection->findChild<QTimer*>(QStringLiteral("idle"), Qt::FindDirectChildrenOnly);
            retire(connection);
            return;
        }
    }
}

void ConnectionPool::retire(OutboundConnection* connection)
{
    connection->disconnect(this);
    if (!connection->isReady()) {
        connection->deleteLater();
        return;
    }
    connection->setParent(this);
    connect(connection, &OutboundConnection::closed, connection, &QObject::deleteLater);
    connect(connection, &OutboundConnection::failed, connection, &QObject::deleteLater);
    QTimer::singleShot(10000, connection, &QObject::deleteLater); // a server that never answers QUIT
    connection->close();                                          // RFC 5321 4.1.1.10: QUIT
}

} // namespace RelayDesk
