#include "app/cli/clilistenerwarning.h"
#include "core/admin/nodeadmin.h"
#include "core/control/controlclient.h"
#include "core/engine/controlcodec.h"
#include "core/store/enginelock.h"
#include "core/store/ownlisteners.h"
#include "core/store/settings.h"
#include "core/util/hostport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>

#include <unistd.h>

namespace RelayDesk {

namespace {

/// What a listener should show once the relay applied the change.
struct WantedListener
{
    QString address;
    bool enabled = false;
};

} // namespace

namespace {

const QRegularExpression& listenerKey()
{
    static const QRegularExpression key(QStringLiteral("^listener\\.([a-z]+)\\.(address|enabled)$"));
    return key;
}

/// Whether this process could bind port: root, the capability, or a privileged range lowered below it.
bool mayBind(quint16 port)
{
    if (::geteuid() == 0)
        return true;
    QFile start(QStringLiteral("/proc/sys/net/ipv4/ip_unprivileged_port_start"));
    if (start.open(QIODevice::ReadOnly) && start.readAll().trimmed().toInt() <= port)
        return true;
    // CapEff bit 10 is CAP_NET_BIND_SERVICE.
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("CapEff:"))
                return (line.mid(7).trimmed().toULongLong(nullptr, 16) & (1ULL << 10)) != 0;
        }
    }
    return false;
}

} // namespace

QMap<QString, QString> ListenerWarning::listeningNow(const QString& dataDir, const QStringList& keys)
{
    const bool anyListener = std::any_of(
        keys.cbegin(), keys.cend(), [](const QString& key) { return listenerKey().match(key).hasMatch(); });
    if (!anyListener || !EngineLock::holder(dataDir))
        return {};
    ControlClient client;
    if (!client.connectTo(dataDir))
        return {};
    const ControlClient::Reply reply = client.call(QStringLiteral("listeners"), {}, 3000);
    if (!reply)
        return {};
    QMap<QString, QString> listening;
    for (const ListenerStatus& listener :
         ControlCodec::listenersFrom(reply->value(controlKey("listeners")).toArray())) {
        if (listener.enabled && listener.listening)
            listening.insert(QStringLiteral("listener.%1.address").arg(listener.name), listener.address);
    }
    return listening;
}

int ListenerWarning::afterChange(const QString& dataDir, const QStringList& keys, const NodeAdmin& node,
                                 const CliOutput& out, const QMap<QString, QString>& listeningBefore)
{
    const Settings settings(dataDir);
    QMap<QString, WantedListener> wanted;
    for (const QString& key : keys) {
        const QRegularExpressionMatch match = listenerKey().match(key);
        if (!match.hasMatch())
            continue;
        const QString name = match.captured(1);
        const QString addressKey = QStringLiteral("listener.%1.address").arg(name);
        const QString own = node.ownAddress(addressKey);
        wanted.insert(name, {own.isEmpty() ? settings.value(addressKey) : own,
                             settings.boolValue(QStringLiteral("listener.%1.enabled").arg(name))});
    }
    if (wanted.isEmpty())
        return 0;
    if (OwnListeners::fromSettings(settings).endpoints().isEmpty())
        out.warning(
            QStringLiteral("every listener is off now: no application or device can submit mail until "
                           "one is on again ('relaydesk config set listener.submission.enabled true')"));
    if (!EngineLock::holder(dataDir)) {
        // The next start binds them, and says so if it cannot; a port below 1024 it cannot bind without
        // the right to is said now (an outside tester's 587 was taken without a word, then "protected").
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            const auto address = HostPort::parse(it->address);
            if (it->enabled && address && address->port > 0 && address->port < 1024 &&
                !mayBind(address->port))
                out.warning(
                    QStringLiteral("port %1 is below 1024: only a relay with the right to bind such "
                                   "ports listens there (the relay service has it; docs/operations.md, "
                                   "\"Ports 25, 465 and 587\", gives the window's relay ways to "
                                   "it)")
                        .arg(address->port));
        }
        return 0;
    }
    ControlClient client;
    if (!client.connectTo(dataDir))
        return 0;
    // The relay notices a stored change within about a second.
    const QDeadlineTimer deadline(5000);
    QList<ListenerStatus> applied;
    for (;;) {
        const ControlClient::Reply reply = client.call(QStringLiteral("listeners"), {}, 3000);
        if (!reply)
            return 0;
        applied.clear();
        for (const ListenerStatus& listener :
             ControlCodec::listenersFrom(reply->value(controlKey("listeners")).toArray())) {
            const auto it = wanted.constFind(listener.name);
            if (it != wanted.cend() && listener.address == it->address && listener.enabled == it->enabled)
                applied << listener;
        }
        if (applied.size() == wanted.size())
            break;
        if (deadline.hasExpired())
            return 0; // not applied yet: nothing certain to say
        QThread::msleep(200);
    }
    int down = 0;
    for (const ListenerStatus& listener : applied) {
        if (!listener.enabled || listener.listening)
            continue;
        ++down;
        const QString key = QStringLiteral("listener.%1.address").arg(listener.name);
        // Where it really listened before the change: after a first failed move, the address typed then was
        // named as the one to go back to (an outside tester).
        const QString earlier = listeningBefore.value(key);
        const QString back =
            earlier.isEmpty() || earlier == listener.address
                ? QString()
                : QStringLiteral("; it listened on %1 before: relaydesk config set %2 %1 puts it back")
                      .arg(earlier, key);
        // A privileged port does not become "free" later either (an outside tester, as a user, set 25).
        if (listener.error == QLatin1String("The address is protected")) {
            const auto address = HostPort::parse(listener.address);
            out.error(
                ExitFailure,
                QStringLiteral("the %1 listener is not listening on %2: port %3 is below 1024, and this "
                               "relay has no right to bind such ports (the relay service has it; "
                               "docs/operations.md, \"Ports 25, 465 and 587\", gives the window's relay "
                               "ways to it); the setting is stored, and the listener stays down until it "
                               "changes (relaydesk status shows it)%4")
                    .arg(listener.name, listener.address, QString::number(address ? address->port : 0),
                         back));
            continue;
        }
        // An address this computer does not have is not "free" later (an outside tester set 8.8.8.8).
        const bool notHere = listener.error.contains(QLatin1String("not available"), Qt::CaseInsensitive) ||
                             listener.error.contains(QLatin1String("assign"), Qt::CaseInsensitive);
        out.error(
            ExitFailure,
            notHere
                ? QStringLiteral("the %1 listener is not listening on %2: %3: it is no address of this "
                                 "computer (127.0.0.1 is this computer alone, 0.0.0.0 every network); the "
                                 "setting is stored, and the listener stays down until it changes "
                                 "(relaydesk status shows it)%4")
                      .arg(listener.name, listener.address, listener.error, back)
                : QStringLiteral("the %1 listener is not listening on %2: %3; the setting is stored, and the "
                                 "listener stays down until the setting changes or, once that address is "
                                 "free, relaydesk reload (relaydesk status shows it)%4")
                      .arg(listener.name, listener.address, listener.error, back));
    }
    return down;
}

} // namespace RelayDesk
