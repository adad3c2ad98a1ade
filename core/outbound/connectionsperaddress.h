#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>

namespace RelayDesk {

class OutboundConnection;

/// The outbound connections open to each remote server (IP address), whatever the domains, routes or host
/// names that led there: connecting, in a transaction, idle in the pool or saying QUIT, until deleted. A
/// server that accepts and never answers kept every outbound slot when six domains pointed at it, each under
/// its own per-domain limit (an outside tester): the transport holds each address to the per-destination
/// limit too.
class ConnectionsPerAddress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsPerAddress)

public:
    explicit ConnectionsPerAddress(QObject* parent = nullptr) : QObject(parent) {}

    /// Counts connection against its target's address until it is destroyed.
    void track(OutboundConnection* connection);
    int count(const QHostAddress& address) const { return m_open.value(key(address)); }
    int count(const QString& addressKey) const { return m_open.value(addressKey); }
    static QString key(const QHostAddress& address);

Q_SIGNALS:
    /// A connection to address is gone: a job waiting for that address may connect now.
    void freed(const QString& address);

private:
    QHash<QString, int> m_open;
};

} // namespace RelayDesk
