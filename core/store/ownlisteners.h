#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

#include <array>
#include <functional>

namespace RelayDesk {

class Settings;

/// The relay's own listening endpoints, so that no route, smarthost or delivery sends mail back into the
/// relay itself: such mail would come straight back and be relayed again, a mail loop.
class OwnListeners final
{
public:
    struct Endpoint
    {
        QString name;         ///< "submission", "smtps", "lan"
        QString text;         ///< as configured: "0.0.0.0:587"
        QHostAddress address; ///< may be a wildcard (0.0.0.0, ::)
        quint16 port = 0;
        /// Another node of a shared store (docs/scaling.md, "Nodes"): its name; empty for this relay's own.
        QString node;
        /// That node runs on another machine: only its specific, non-loopback addresses reach it from here.
        bool elsewhere = false;
    };

    OwnListeners() = default;
    /// The enabled listeners of the settings; the machine's addresses from QNetworkInterface.
    static OwnListeners fromSettings(const Settings& settings);
    /// The same from setting values that may not be stored yet (value(key) gives each one).
    static OwnListeners fromValues(const std::function<QString(const QString& key)>& value);
    /// For tests: given endpoints and the addresses that count as this machine's.
    OwnListeners(QList<Endpoint> endpoints, QList<QHostAddress> localAddresses);

    /// Adds the listeners of the other nodes that share dataDir's store, as their heartbeats recorded them:
    /// mail sent to one is accepted into the same queue, a loop as sure as one to this relay's own (an
    /// outside tester's smarthost was another node's LAN listener). Adds nothing when the store cannot be
    /// read.
    void addOtherNodes(const QString& dataDir);
    /// The same for rows given as (node name, home "host:/dir", listeners "127.0.0.1:2587, ...").
    void addOtherNodes(const QList<std::array<QString, 3>>& nodes, const QString& thisHost);

    /// The enabled listeners, as configured.
    const QList<Endpoint>& endpoints() const { return m_endpoints; }
    /// The addresses the listeners are bound to (wildcards as they are configured).
    QList<QHostAddress> addresses() const;
    /// The listener that a connection to address:port reaches, as "the submission listener (0.0.0.0:587)";
    /// empty if none. A wildcard listener is reached through every address of this machine and loopback.
    QString listenerAt(const QHostAddress& address, quint16 port) const;
    /// Why mail must not be sent to host:port, or empty: host (an IP literal, or a name looked up in the
    /// hosts file and DNS, which blocks: not for the GUI thread) resolves to one of these listeners. A name
    /// that does not resolve is not refused here; delivery checks each address again before it connects.
    QString refuseTarget(const QString& host, quint16 port) const;
    /// Two listeners that cannot both bind, as "the smtps listener (127.0.0.1:2587) and the submission
    /// listener (0.0.0.0:2587) ..."; empty if none. Same port and the same address, or a wildcard that covers
    /// the other's address (0.0.0.0 every IPv4 address, [::] every address).
    QString clash() const;

private:
    const Endpoint* endpointAt(const QHostAddress& address, quint16 port) const;
    bool isLocal(const QHostAddress& address) const;

    QList<Endpoint> m_endpoints;
    QList<QHostAddress> m_localAddresses;
};

} // namespace RelayDesk
