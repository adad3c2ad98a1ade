// relaydesk status | sessions: the running engine of the data directory, asked over its control channel
// (docs/control-channel.md).
#include "app/cli/clicommands.h"
#include "app/defaultdatadir.h"
#include "core/admin/certificateadmin.h"
#include "core/admin/dkimadmin.h"
#include "core/admin/nodeadmin.h"
#include "core/admin/settingsadmin.h"
#include "core/control/controlclient.h"
#include "core/engine/controlaccess.h"
#include "core/engine/controlcodec.h"
#include "core/query/queuequery.h"
#include "core/store/database.h"
#include "core/store/enginelock.h"
#include "core/store/storeaddress.h"
#include "core/util/datadirmode.h"
#include "core/util/diskspace.h"
#include "core/util/readableaddress.h"
#include "core/util/shellword.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cerrno>
#include <unistd.h>

namespace RelayDesk {

namespace {

/// Connects to the engine that runs on dataDir, or says on stderr why there is none to ask.
int connectToEngine(const QString& dataDir, const QString& command, ControlClient* client,
                    const CliOutput& out)
{
    const std::optional<EngineLockHolder> holder = EngineLock::holder(dataDir);
    const Status connected = client->connectTo(dataDir);
    if (connected)
        return ExitOk;
    if (holder)
        return out.error(ExitFailure, QStringLiteral("a %1 runs on the data directory %2, but %3")
                                          .arg(holder->description(), dataDir, connected.error()));
    // The engine lock and the socket are as private as the data directory: another user sees neither.
    if (::access(QFile::encodeName(dataDir).constData(), X_OK) != 0 && errno == EACCES)
        return out.error(ExitFailure, DataDirMode::accessProblem(dataDir));
    // A directory others may enter, but a socket only the engine's user may use: an engine may well run.
    if (!client->nothingListens()) {
        const QString owner = QFileInfo(ControlAccess::socketPath(dataDir)).owner();
        const QString who = owner.isEmpty() || owner == QLatin1String("root")
                                ? QStringLiteral("root")
                                : QStringLiteral("%1 or root").arg(owner);
        return out.error(ExitFailure, QStringLiteral("cannot tell whether a relay engine runs on the data "
                                                     "directory %1: %2 (ask as %3)")
                                          .arg(dataDir, connected.error(), who));
    }
    // The relay service that this user may manage, when the question went to the default directory.
    const QString service = DefaultDataDir::reachableService();
    if (!service.isEmpty() && dataDir == DefaultDataDir::own())
        return out.error(ExitFailure,
                         QStringLiteral("no relay engine runs on the data directory %1; the relay "
                                        "service runs on %2: relaydesk --data-dir %3 %4")
                             .arg(dataDir, service, shellWord(service), command));
    // The packaged service's directory is started as the service (the hint to run --headless there as
    // another user would make a second relay of another owner: an outside tester).
    if (QFileInfo(dataDir).canonicalFilePath() == DefaultDataDir::servicePath())
        return out.error(ExitFailure,
                         QStringLiteral("no relay engine runs on the data directory %1 (start the "
                                        "relay service: sudo systemctl start relaydesk)")
                             .arg(dataDir));
    // The command that starts one on this directory: without --data-dir it started a second relay on the
    // default directory and ports (an outside tester).
    const QString start = dataDir == DefaultDataDir::own()
                              ? QStringLiteral("relaydesk --headless")
                              : QStringLiteral("relaydesk --data-dir %1 --headless").arg(shellWord(dataDir));
    return out.error(ExitFailure, QStringLiteral("no relay engine runs on the data directory %1 (start one "
                                                 "with '%2' or the desktop window)")
                                      .arg(dataDir, start));
}

QString sessionBytes(qint64 in, qint64 out)
{
    return QStringLiteral("%1/%2").arg(in).arg(out);
}

QJsonObject sessionJson(const SessionInfo& s)
{
    return {
        {controlKey("id"), double(s.id)},
        {controlKey("client"), s.client},
        {controlKey("listener"), s.listener},
        {controlKey("tls"), s.tlsVersion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.tlsVersion)},
        {controlKey("tls_cipher"),
         s.tlsCipher.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.tlsCipher)},
        {controlKey("agent"), s.agent.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.agent)},
        {controlKey("state"), s.state},
        {controlKey("bytes_in"), double(s.bytesIn)},
        {controlKey("bytes_out"), double(s.bytesOut)},
        {controlKey("messages"), s.messages},
        {controlKey("started_at"), CliOutput::timeJson(s.startedMs)},
        {controlKey("ended_at"),
         s.endedMs > 0 ? CliOutput::timeJson(s.endedMs) : QJsonValue(QJsonValue::Null)},
        {controlKey("open"), s.endedMs == 0}};
}

// Commands without subcommands: one verb with an empty name each (CliVerb).
const CliVerb statusCommand{"", 0, "status [--json]"};
const CliVerb sessionsCommand{"", 0, "sessions [--json]"};
const CliVerb reloadCommand{"", 0, "reload"};

/// "status: unexpected argument 'x' (usage: relaydesk status [--json])", or empty for no arguments.
QString argumentProblem(const char* name, const CliVerb& command, const QStringList& args)
{
    if (args.isEmpty())
        return {};
    return QStringLiteral("%1: %2").arg(QLatin1String(name), command.checkArguments(args));
}

} // namespace

QList<CliVerb> statusVerbs()
{
    return {statusCommand};
}

QList<CliVerb> sessionsVerbs()
{
    return {sessionsCommand};
}

QList<CliVerb> reloadVerbs()
{
    return {reloadCommand};
}

int runStatusCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    if (const QString problem = argumentProblem("status", statusCommand, args); !problem.isEmpty())
        return out.error(ExitUsage, problem);
    ControlClient client;
    if (const int code = connectToEngine(dataDir, QStringLiteral("status"), &client, out); code != ExitOk) {
        // A monitoring script reads a document either way (it got an empty output: an outside tester); why
        // is on stderr.
        out.json(QJsonObject{{controlKey("engine"), false},
                             {controlKey("running"), false},
                             {controlKey("data_dir"), dataDir}});
        return code;
    }
    const ControlClient::Reply status = client.call(QStringLiteral("status"));
    if (!status)
        return out.error(
            ExitFailure,
            QStringLiteral("the relay engine did not report its status: %1").arg(status.error()));
    const EngineLockHolder runner = ControlCodec::holderFrom(status.value());
    const QList<ListenerStatus> listeners =
        ControlCodec::listenersFrom(status->value(controlKey("listeners")).toArray());
    const bool running = status->value(controlKey("running")).toBool();
    // An engine older than this field says no version.
    const QString engineVersion = status->value(controlKey("version")).toString();
    const bool otherBuild =
        !engineVersion.isEmpty() && engineVersion != QCoreApplication::applicationVersion();
    const qint64 accepted = qint64(status->value(controlKey("accepted")).toDouble());
    const int open = status->value(controlKey("sessions_open")).toInt();
    const int underWay = status->value(controlKey("deliveries_under_way")).toInt();
    const QJsonObject certificate = status->value(controlKey("certificate")).toObject();
    // Settings stored since the engine started that it uses only from its next start (engine.worker_threads).
    const QJsonArray pendingRestart = status->value(controlKey("pending_restart")).toArray();
    // The store as the engine reaches it: an engine older than this field says nothing, read as reachable.
    const StoreHealth::State storeHealth =
        ControlCodec::storeHealthFrom(status->value(controlKey("store")).toObject());
    const bool storeReachable = storeHealth.reachable;
    const auto address = StoreAddress::ofDataDir(dataDir);
    // The address this command could not read says why ("store: unknown, reachable" said nothing to an
    // outside tester whose store.conf the service could read and they could not).
    const QString storeName = !address ? QStringLiteral("unknown to this command (%1)").arg(address.error())
                              : address->isPostgreSql() ? address->display()
                                                        : QStringLiteral("SQLite");
    // Delivery turned off (Settings, or `config set delivery.enabled false`): accepted mail waits. An outside
    // tester's monitoring script read a healthy relay while the queue grew. Read from the store the engine
    // follows, when it answers.
    const bool deliveryOff =
        storeReachable &&
        SettingsAdmin(dataDir).value(QStringLiteral("delivery.enabled")) != QLatin1String("true");
    // What waits: a monitoring script read a healthy relay while 200 messages waited (an outside tester).
    const auto depth = storeReachable ? QueueQuery(dataDir).depth()
                                      : Expected<QueueQuery::Depth>::failure(QStringLiteral("unreachable"));
    // A SQLite store's disk: a full one refused every message while status said all was well (an outside
    // tester).
    const bool sqlite = address && !address->isPostgreSql();
    const qint64 diskFree = sqlite ? DiskSpace::available(dataDir).value_or(-1) : -1;
    const qint64 diskNeeded = DiskSpace::needed(
        SettingsAdmin(dataDir).value(QStringLiteral("limits.max_message_size")).toLongLong());
    // Where nodes share a PostgreSQL store: which one this is, and how the others are (an outside tester's
    // first command in an outage said nothing of the node that had died holding 19 recipients).
    const auto nodes = storeReachable && address && address->isPostgreSql()
                           ? NodeAdmin(dataDir).nodes()
                           : Expected<QList<NodeRow>>::failure(QStringLiteral("no shared store"));
    // DKIM keys that should sign but cannot: the domain's mail leaves unsigned (an outside tester's status
    // said nothing while the key files were gone).
    QStringList unsignable;
    QJsonArray unsignableJson;
    if (storeReachable) {
        if (const auto unusable = DkimAdmin(dataDir).unusableKeys()) {
            for (const DkimKeyRecord& key : unusable.value()) {
                unsignable
                    << QStringLiteral("%1 of %2").arg(key.selector, ReadableAddress::domain(key.domain));
                unsignableJson.append(QJsonObject{{controlKey("domain"), key.domain},
                                                  {controlKey("selector"), key.selector},
                                                  {controlKey("problem"), key.cannotSign}});
            }
        }
    }
    QJsonValue nodeJson;
    QJsonArray otherNodesJson;
    QString nodeLine;
    QStringList otherNodes;
    if (nodes) {
        for (const NodeRow& node : nodes.value()) {
            if (node.self) {
                nodeJson = QJsonObject{{controlKey("id"), node.id}, {controlKey("name"), node.name}};
                nodeLine = QStringLiteral("%1 (%2)").arg(node.name, node.id);
                continue;
            }
            otherNodesJson.append(
                QJsonObject{{controlKey("id"), node.id},
                            {controlKey("name"), node.name},
                            {controlKey("state"), node.stateName()},
                            {controlKey("held"), node.held},
                            {controlKey("held_until"),
                             node.held > 0 ? CliOutput::timeJson(node.heldUntil) : QJsonValue()}});
            otherNodes << (node.held > 0 ? QStringLiteral("%1 %2, holding %3 recipient(s) until %4")
                                               .arg(node.name, node.stateName())
                                               .arg(node.held)
                                               .arg(CliOutput::timeText(node.heldUntil))
                                         : QStringLiteral("%1 %2").arg(node.name, node.stateName()));
        }
    }
    if (out.isJson()) {
        QJsonArray listenerArray;
        for (const ListenerStatus& l : listeners)
            listenerArray.append(
                QJsonObject{{controlKey("name"), l.name},
                            {controlKey("address"), l.address},
                            {controlKey("enabled"), l.enabled},
                            {controlKey("listening"), l.listening},
                            {controlKey("error"),
                             l.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(l.error)}});
        out.json(QJsonObject{
            {controlKey("engine"), true},
            {controlKey("pid"), double(runner.pid)},
            {controlKey("since"), CliOutput::timeJson(runner.since)},
            {controlKey("face"), ControlCodec::faceName(runner.face)},
            {controlKey("version"), engineVersion.isEmpty() ? QJsonValue() : QJsonValue(engineVersion)},
            {controlKey("this_version"), QCoreApplication::applicationVersion()},
            {controlKey("data_dir"), dataDir},
            {controlKey("disk_free_bytes"), diskFree >= 0 ? QJsonValue(double(diskFree)) : QJsonValue()},
            {controlKey("disk_low"), diskFree >= 0 && diskFree < diskNeeded},
            {controlKey("dkim_cannot_sign"), unsignableJson},
            {controlKey("running"), running},
            {controlKey("accepted"), double(accepted)},
            {controlKey("sessions"), open},
            {controlKey("deliveries_under_way"), underWay},
            {controlKey("delivery_enabled"), storeReachable ? QJsonValue(!deliveryOff) : QJsonValue()},
            {controlKey("queue"),
             depth ? QJsonValue(QJsonObject{
                         {controlKey("messages"), double(depth->messages)},
                         {controlKey("recipients"), double(depth->recipients)},
                         {controlKey("deferred"), double(depth->deferred)},
                         {controlKey("held"), double(depth->held)},
                         {controlKey("notices"), double(depth->notices)},
                         {controlKey("oldest_at"),
                          depth->oldestMs > 0 ? CliOutput::timeJson(depth->oldestMs) : QJsonValue()}})
                   : QJsonValue()},
            {controlKey("listeners"), listenerArray},
            {controlKey("node"), nodeJson},
            {controlKey("other_nodes"), nodes ? QJsonValue(otherNodesJson) : QJsonValue()},
            {controlKey("certificate_sha256"), certificate.value(controlKey("sha256")).toString().isEmpty()
                                                   ? QJsonValue()
                                                   : certificate.value(controlKey("sha256"))},
            {controlKey("certificate_expires_at"), certificate.value(controlKey("expires"))},
            {controlKey("restart_pending"), !pendingRestart.isEmpty()},
            {controlKey("pending_restart"), pendingRestart},
            {controlKey("store"),
             QJsonObject{
                 {controlKey("backend"), address && address->isPostgreSql() ? QStringLiteral("postgresql")
                                                                            : QStringLiteral("sqlite")},
                 {controlKey("reachable"), storeReachable},
                 {controlKey("unreachable_since"), storeReachable
                                                       ? QJsonValue(QJsonValue::Null)
                                                       : CliOutput::timeJson(storeHealth.unreachableSinceMs)},
                 {controlKey("error"),
                  storeReachable ? QJsonValue(QJsonValue::Null) : QJsonValue(storeHealth.error)}}}});
        return ExitOk;
    }
    out.line(QStringLiteral("relay:     %1").arg(runner.description()));
    if (otherBuild)
        out.line(QStringLiteral("version:   %1, not the installed %2: restart the relay to run it (sudo "
                                "systemctl restart relaydesk, or stop and start it as you started it)")
                     .arg(engineVersion, QCoreApplication::applicationVersion()));
    else
        out.line(QStringLiteral("version:   %1")
                     .arg(engineVersion.isEmpty() ? QStringLiteral("unknown (an "
                                                                   "older build)")
                                                  : engineVersion));
    out.line(QStringLiteral("data:      %1").arg(dataDir));
    out.line(QStringLiteral("running:   %1").arg(running ? QStringLiteral("yes") : QStringLiteral("no")));
    out.line(QStringLiteral("accepted:  %1 message(s) since it started").arg(accepted));
    out.line(QStringLiteral("sessions:  %1 open").arg(open));
    if (deliveryOff)
        out.line(QStringLiteral(
            "delivery:  OFF (delivery.enabled false): mail is accepted and waits in the queue; "
            "relaydesk config set delivery.enabled true turns it on"));
    else
        out.line(QStringLiteral("delivery:  %1 under way (relaydesk queue list shows which)").arg(underWay));
    if (depth && depth->messages + depth->notices == 0) {
        out.line(QStringLiteral("queue:     empty"));
    } else if (depth) {
        out.line(QStringLiteral("queue:     %1 message(s) to %2 recipient(s) waiting (%3 after a temporary "
                                "failure, %4 held), %5 bounce notice(s); the oldest since %6")
                     .arg(depth->messages)
                     .arg(depth->recipients)
                     .arg(depth->deferred)
                     .arg(depth->held)
                     .arg(depth->notices)
                     .arg(CliOutput::timeText(depth->oldestMs)));
    } else {
        // Said, not left out (an outside tester's status lost its queue line while the store was away).
        out.line(storeReachable
                     ? QStringLiteral("queue:     unknown (%1)").arg(depth.error())
                     : QStringLiteral("queue:     unknown while the store cannot be read (below)"));
    }
    if (storeReachable) {
        out.line(QStringLiteral("store:     %1, reachable").arg(storeName));
    } else {
        out.line(QStringLiteral("store:     %1, NOT REACHABLE since %2 (%3): %4")
                     .arg(storeName, CliOutput::timeText(storeHealth.unreachableSinceMs), storeHealth.error,
                          // A server that answers and refuses the relay does not come back by itself: an
                          // outside tester waited while a changed password deferred all mail.
                          !running ? QStringLiteral("the relay starts once it answers; until then it accepts "
                                                    "no mail")
                          : Database::isStoreAway(storeHealth.error)
                              ? QStringLiteral("every message gets a temporary (4xx) reply until it is back")
                              : QStringLiteral("every message gets a temporary (4xx) reply, and waiting does "
                                               "not end it: fix what the server says (a changed password: "
                                               "relaydesk store use URL --password-stdin, which a running "
                                               "relay takes at once)")));
    }
    if (!nodeLine.isEmpty())
        out.line(QStringLiteral("node:      %1; %2 (relaydesk node list)")
                     .arg(nodeLine, otherNodes.isEmpty() ? QStringLiteral("no other node")
                                                         : QStringLiteral("others: ") +
                                                               otherNodes.join(QStringLiteral("; "))));
    if (diskFree >= 0 && DiskSpace::isFull(diskFree))
        out.line(QStringLiteral("disk:      FULL (%1 bytes free where %2 is): every message gets 452 4.3.1 "
                                "and deliveries cannot be recorded; free some space there")
                     .arg(diskFree)
                     .arg(dataDir));
    else if (diskFree >= 0 && diskFree < diskNeeded)
        out.line(QStringLiteral(
                     "disk:      LOW (%1 MiB free where %2 is, less than the %3 MiB kept for incoming "
                     "mail: two messages of the largest size taken, and at least 16 MiB): a message "
                     "that no longer fits gets 452 4.3.1, and every message once the disk is full; free "
                     "some space there")
                     .arg(diskFree / (1024 * 1024))
                     .arg(dataDir)
                     .arg(diskNeeded / (1024 * 1024)));
    else if (diskFree >= 0)
        out.line(QStringLiteral("disk:      %1 MiB free").arg(diskFree / (1024 * 1024)));
    if (!unsignable.isEmpty())
        out.line(
            QStringLiteral("dkim:      CANNOT SIGN with %1: the private key is missing or damaged, and mail "
                           "leaves without that signature ('relaydesk dkim list' says why; 'relaydesk dkim "
                           "rotate DOMAIN' makes new keys)")
                .arg(unsignable.join(QStringLiteral(", "))));
    for (const QJsonValue& value : pendingRestart) {
        const QJsonObject setting = value.toObject();
        out.line(
            QStringLiteral("restart:   pending: %1 is %2 in the settings, %3 in the running relay (takes "
                           "effect when the relay restarts; relaydesk reload does not apply it)")
                .arg(setting.value(controlKey("key")).toString(),
                     setting.value(controlKey("stored")).toString(),
                     setting.value(controlKey("running")).toString()));
    }
    QList<QStringList> rows;
    for (const ListenerStatus& l : listeners) {
        const QString state = !l.enabled    ? QStringLiteral("disabled")
                              : l.listening ? QStringLiteral("listening")
                                            : QStringLiteral("NOT listening: %1").arg(l.error);
        rows << QStringList{l.name, l.address, state};
    }
    out.line(QStringLiteral("listeners:"));
    out.table({QStringLiteral("NAME"), QStringLiteral("ADDRESS"), QStringLiteral("STATE")}, rows);
    return ExitOk;
}

int runReloadCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    if (const QString problem = argumentProblem("reload", reloadCommand, args); !problem.isEmpty())
        return out.error(ExitUsage, problem);
    ControlClient client;
    if (const int code = connectToEngine(dataDir, QStringLiteral("reload"), &client, out); code != ExitOk)
        return code;
    if (const ControlClient::Reply reply = client.call(QStringLiteral("reload")); !reply)
        return out.error(ExitFailure,
                         QStringLiteral("the relay engine did not reload: %1").arg(reply.error()));
    // A certificate file the listeners cannot use: the relay keeps the one it has (and logs why).
    QString certificateProblem;
    if (const auto certificate = CertificateAdmin(dataDir).current();
        certificate && !certificate->problem.isEmpty())
        certificateProblem = certificate->problem;
    // What a reload cannot apply (engine.worker_threads), or the reload would seem to have done it.
    QJsonArray pending;
    if (const ControlClient::Reply status = client.call(QStringLiteral("status")))
        pending = status->value(controlKey("pending_restart")).toArray();
    if (out.isJson()) {
        out.json(QJsonObject{{controlKey("reloaded"), true},
                             {controlKey("certificate_problem"), certificateProblem.isEmpty()
                                                                     ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(certificateProblem)},
                             {controlKey("pending_restart"), pending}});
        return ExitOk;
    }
    out.line(QStringLiteral("The relay engine reads its configuration and certificate files again; what "
                            "changed applies to new connections."));
    if (!certificateProblem.isEmpty())
        out.warning(
            QStringLiteral("the listeners keep the certificate they use now: %1").arg(certificateProblem));
    for (const PendingRestart& setting : ControlCodec::pendingRestartFrom(pending))
        out.warning(QStringLiteral("%1 is %2 in the settings and %3 in the running relay: a reload does not "
                                   "apply it, a restart of the relay does")
                        .arg(setting.key, setting.stored, setting.running));
    return ExitOk;
}

int runSessionsCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    if (const QString problem = argumentProblem("sessions", sessionsCommand, args); !problem.isEmpty())
        return out.error(ExitUsage, problem);
    ControlClient client;
    if (const int code = connectToEngine(dataDir, QStringLiteral("sessions"), &client, out); code != ExitOk)
        return code;
    const ControlClient::Reply reply = client.call(QStringLiteral("sessions"));
    if (!reply)
        return out.error(ExitFailure,
                         QStringLiteral("the relay engine did not list its sessions: %1").arg(reply.error()));
    const QList<SessionInfo> sessions =
        ControlCodec::sessionsFrom(reply->value(controlKey("sessions")).toArray());
    QJsonArray array;
    QList<QStringList> rows;
    for (const SessionInfo& s : sessions) {
        array.append(sessionJson(s));
        rows << QStringList{QString::number(s.id),
                            s.client,
                            s.listener,
                            s.tlsVersion.isEmpty() ? QStringLiteral("-") : s.tlsVersion,
                            s.agent.isEmpty() ? QStringLiteral("-") : s.agent,
                            s.endedMs == 0 ? SessionInfo::stateWords(s.state) : QStringLiteral("ended"),
                            QString::number(s.messages),
                            sessionBytes(s.bytesIn, s.bytesOut),
                            CliOutput::timeText(s.startedMs)};
    }
    out.json(array);
    if (sessions.isEmpty()) {
        out.line(QStringLiteral("No live sessions."));
        return ExitOk;
    }
    out.table({QStringLiteral("ID"), QStringLiteral("CLIENT"), QStringLiteral("LISTENER"),
               QStringLiteral("TLS"), QStringLiteral("AGENT"), QStringLiteral("STATE"),
               QStringLiteral("MESSAGES"), QStringLiteral("BYTES IN/OUT"), QStringLiteral("STARTED")},
              rows);
    return ExitOk;
}

} // namespace RelayDesk
