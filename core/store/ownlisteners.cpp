#include "core/store/ownlisteners.h"
#include "core/store/database.h"
#include "core/store/nodeidentity.h"
#include "core/store/settings.h"
#include "core/util/hostport.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QSqlQuery>
#include <QSysInfo>

namespace RelayDesk {

namespace {

/// IPv4-mapped IPv6 addresses (::ffff:192.0.2.1) compare as the IPv4 address they carry.
QHostAddress plain(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

bool isWildcard(const QHostAddress& address)
{
    return address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6 ||
           address == QHostAddress::Any;
}

} // namespace

OwnListeners::OwnListeners(QList<Endpoint> endpoints, QList<QHostAddress> localAddresses)
    : m_endpoints(std::move(endpoints)), m_localAddresses(std::move(localAddresses))
{
    for (QHostAddress& address : m_localAddresses)
        address = plain(address);
}

OwnListeners OwnListeners::fromSettings(const Settings& settings)
{
    return fromValues([&settings](const QString& key) { return settings.value(key); });
}

OwnListeners OwnListeners::fromValues(const std::function<QString(const QString& key)>& value)
{
    QList<Endpoint> endpoints;
    for (const QString& name :
         {QStringLiteral("submission"), QStringLiteral("smtps"), QStringLiteral("lan")}) {
        const QString prefix = QStringLiteral("listener.") + name;
        if (value(prefix + QStringLiteral(".enabled")) != QLatin1String("true"))
            continue;
        const QString text = value(prefix + QStringLiteral(".address"));
        const auto parsed = HostPort::parse(text);
        if (parsed)
            endpoints << Endpoint{name, text, parsed->address, parsed->port, {}, false};
    }
    return OwnListeners(std::move(endpoints), QNetworkInterface::allAddresses());
}

void OwnListeners::addOtherNodes(const QString& dataDir)
{
    auto db = Database::connection(dataDir);
    if (!db)
        return;
    QSqlQuery query(db.value());
    query.prepare(QStringLiteral("SELECT name, home, address FROM nodes WHERE id <> ?"));
    query.addBindValue(NodeIdentity::peek(dataDir).id);
    if (!query.exec())
        return;
    QList<std::array<QString, 3>> nodes;
    while (query.next())
        nodes.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    addOtherNodes(nodes, QSysInfo::machineHostName());
}

void OwnListeners::addOtherNodes(const QList<std::array<QString, 3>>& nodes, const QString& thisHost)
{
    for (const auto& [name, home, listeners] : nodes) {
        // NodeIdentity::home: "host:/data/dir"; an older row without it counts as another machine's.
        const QString host = home.section(QLatin1Char(':'), 0, 0);
        const bool elsewhere = home.isEmpty() || host.compare(thisHost, Qt::CaseInsensitive) != 0;
        for (const QString& text : listeners.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
            if (const auto parsed = HostPort::parse(text.trimmed()))
                m_endpoints << Endpoint{{}, text.trimmed(), parsed->address, parsed->port, name, elsewhere};
        }
    }
}

QList<QHostAddress> OwnListeners::addresses() const
{
    QList<QHostAddress> bound;
    for (const Endpoint& endpoint : m_endpoints) {
        if (endpoint.node.isEmpty()) // the addresses this relay binds, for its certificate
            bound << endpoint.address;
    }
    return bound;
}

bool OwnListeners::isLocal(const QHostAddress& address) const
{
    // The whole of 127.0.0.0/8 reaches a wildcard listener, not only the addresses of the interfaces.
    return address.isLoopback() || isWildcard(address) || m_localAddresses.contains(address);
}

QString OwnListeners::listenerAt(const QHostAddress& address, quint16 port) const
{
    const Endpoint* endpoint = endpointAt(address, port);
    if (!endpoint)
        return {};
    if (!endpoint->node.isEmpty())
        return QStringLiteral("a listener of the node %1 (%2), which shares this relay's store")
            .arg(endpoint->node, endpoint->text);
    return QStringLiteral("the %1 listener (%2)").arg(endpoint->name, endpoint->text);
}

const OwnListeners::Endpoint* OwnListeners::endpointAt(const QHostAddress& target, quint16 port) const
{
    const QHostAddress address = plain(target);
    for (const Endpoint& endpoint : m_endpoints) {
        if (endpoint.port != port)
            continue;
        if (endpoint.elsewhere) { // another machine's wildcard or loopback is not reached through these
            if (!isWildcard(endpoint.address) && !endpoint.address.isLoopback() &&
                plain(endpoint.address) == address)
                return &endpoint;
            continue;
        }
        // A target of 0.0.0.0 or [::] is this machine (the kernel connects it to loopback): it reaches a
        // listener on any address of it (an outside tester's route to 0.0.0.0:PORT looped 50 times).
        const bool reached = isWildcard(address) ||
                             (isWildcard(endpoint.address)
                                  ? isLocal(address) && (endpoint.address != QHostAddress::AnyIPv4 ||
                                                         address.protocol() == QAbstractSocket::IPv4Protocol)
                                  : plain(endpoint.address) == address);
        if (reached)
            return &endpoint;
    }
    return nullptr;
}

namespace {

/// A listener's name in the desktop manager's language ("LAN-Relay"); the command line keeps the setting's
/// name (an outside tester read "submission" and "smtps" in a German window's refusal).
QString spokenName(const QString& name)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("RelayDesk::OwnListeners", "submission"),
                                        QT_TRANSLATE_NOOP("RelayDesk::OwnListeners", "smtps"),
                                        QT_TRANSLATE_NOOP("RelayDesk::OwnListeners", "lan")};
    for (const char* known : names) {
        if (name == QLatin1String(known))
            return QCoreApplication::translate("RelayDesk::OwnListeners", known);
    }
    return name;
}

} // namespace

QString OwnListeners::clash() const
{
    const auto covers = [](const QHostAddress& wide, const QHostAddress& other) {
        if (wide == QHostAddress::AnyIPv4)
            return other.protocol() == QAbstractSocket::IPv4Protocol || isWildcard(other);
        return isWildcard(wide); // [::] is dual-stack: every IPv4 and IPv6 address
    };
    for (qsizetype i = 0; i < m_endpoints.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            const Endpoint& a = m_endpoints[i];
            const Endpoint& b = m_endpoints[j];
            if (!a.node.isEmpty() || !b.node.isEmpty()) // only this relay's own listeners bind here
                continue;
            const QHostAddress addressA = plain(a.address);
            const QHostAddress addressB = plain(b.address);
            if (a.port == b.port &&
                (addressA == addressB || covers(addressA, addressB) || covers(addressB, addressA)))
                // Shown in the desktop manager's language when it installed a translator.
                return QCoreApplication::translate(
                           "RelayDesk::OwnListeners",
                           "the %1 listener (%2) and the %3 listener (%4) would both "
                           "listen on port %5 of the same address; give each its own port")
                    .arg(spokenName(b.name), b.text, spokenName(a.name), a.text)
                    .arg(a.port);
        }
    }
    return {};
}

QString OwnListeners::refuseTarget(const QString& host, quint16 port) const
{
    if (m_endpoints.isEmpty())
        return {};
    QList<QHostAddress> addresses;
    if (const QHostAddress literal(host); !literal.isNull())
        addresses << literal;
    else
        addresses = QHostInfo::fromName(host).addresses();
    for (const QHostAddress& address : std::as_const(addresses)) {
        if (const Endpoint* endpoint = endpointAt(address, port)) {
            const QString target = QStringLiteral("%1:%2").arg(host).arg(port);
            const QString via =
                QHostAddress(host).isNull() ? QStringLiteral(" (%1)").arg(address.toString()) : QString();
            // Only ever an answer to an admin's change (delivery asks listenerAt()): in the window's
            // language.
            if (!endpoint->node.isEmpty())
                return QCoreApplication::translate(
                           "RelayDesk::OwnListeners",
                           "%1%2 is a listener of the node %3 (%4), which shares this relay's store: mail "
                           "sent there would come back into the same queue (a mail loop)")
                    .arg(target, via, endpoint->node, endpoint->text);
            return QCoreApplication::translate("RelayDesk::OwnListeners",
                                               "%1%2 is this relay's own %3 listener (%4): mail sent there "
                                               "would come straight back (a mail loop)")
                .arg(target, via, endpoint->name, endpoint->text);
        }
    }
    return {};
}

} // namespace RelayDesk
