// The control channel (docs/control-channel.md): line framing, bad JSON, overlong lines, unknown ops, the
// socket's mode, who may connect, pushed events, a client that stops reading, and RemoteEngine showing the
// same values and signals as the engine behind the channel.
#include "core/control/controlclient.h"
#include "core/control/remoteengine.h"
#include "core/engine/controlaccess.h"
#include "core/engine/controlcodec.h"
#include "core/engine/controlconnection.h"
#include "core/engine/controlframer.h"
#include "core/engine/controlserver.h"
#include "core/engine/enginecontrol.h"
#include "core/store/storehealth.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace RelayDesk;

namespace {

/// An engine that answers with fixed values and records what it was asked.
class FakeEngine final : public EngineControl
{
public:
    Status start() override { return {}; }
    void stop() override {}
    bool isRunning() const override { return true; }
    EngineLockHolder runner() const override { return {}; }
    bool isRemote() const override { return false; }
    QList<ListenerStatus> listeners() const override { return listenerList; }
    QList<SessionInfo> sessions() const override { return sessionList; }
    QList<DeliveryInFlight> deliveries() const override { return deliveryList; }
    QDateTime certificateExpiry() const override
    {
        return QDateTime(QDate(2030, 1, 2), QTime(3, 4), Qt::UTC);
    }
    QString certificateFingerprint() const override { return QStringLiteral("AB:CD"); }
    QList<PendingRestart> pendingRestart() const override { return pending; }
    quint64 acceptedCount() const override { return accepted; }
    void wakeDelivery() override { ++wakes; }
    void reload() override { ++reloads; }
    void performQueueAction(QueueAction action, const QStringList& ids,
                            std::function<void(const QueueActionResult&)> done) override
    {
        lastAction = action;
        lastIds = ids;
        QueueActionResult result;
        if (ids.contains(QStringLiteral("missing")))
            result.errors << QStringLiteral("missing: no such message");
        if (ids.contains(QStringLiteral("gone")))
            result.gone << QStringLiteral("gone");
        if (ids.contains(QStringLiteral("held")))
            result.held << QStringLiteral("held");
        done(result);
    }
    void disconnectSession(quint64 id) override { disconnected << id; }

    QList<ListenerStatus> listenerList;
    QList<SessionInfo> sessionList;
    QList<DeliveryInFlight> deliveryList{
        {QStringLiteral("Q1"),
         QStringLiteral("kunde.example"),
         {QStringLiteral("a@kunde.example"), QStringLiteral("b@kunde.example")},
         1'700'000'000'123}};
    quint64 accepted = 5;
    QList<PendingRestart> pending{
        {QStringLiteral("engine.worker_threads"), QStringLiteral("2"), QStringLiteral("4")}};
    int wakes = 0;
    int reloads = 0;
    std::optional<QueueAction> lastAction;
    QStringList lastIds;
    QList<quint64> disconnected;
};

SessionInfo session(quint64 id, const QString& client)
{
    SessionInfo s;
    s.id = id;
    s.client = client;
    s.listener = QStringLiteral("submission");
    s.state = QStringLiteral("ready");
    s.tlsVersion = QStringLiteral("TLSv1.3");
    s.agent = QStringLiteral("erp");
    s.bytesIn = 12;
    s.bytesOut = 345;
    s.startedMs = 1700000000123;
    s.messages = 2;
    return s;
}

EngineLockHolder self()
{
    EngineLockHolder holder;
    holder.pid = 4711;
    holder.since = QDateTime(QDate(2024, 5, 2), QTime(8, 15), Qt::UTC);
    holder.face = EngineFace::Service;
    return holder;
}

/// A raw client of the channel: writes bytes, reads answers line by line.
class RawClient
{
public:
    explicit RawClient(const QString& path)
    {
        m_socket.connectToServer(path);
        m_connected = m_socket.waitForConnected(5000);
    }
    bool isConnected() const { return m_connected; }
    void write(const QByteArray& bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    /// The next line as JSON (an empty object after 5 s without one).
    QJsonObject next()
    {
        QDeadlineTimer deadline(5000);
        while (!m_socket.canReadLine() && !deadline.hasExpired() &&
               m_socket.state() == QLocalSocket::ConnectedState)
            QTest::qWait(10);
        if (!m_socket.canReadLine())
            return {};
        return QJsonDocument::fromJson(m_socket.readLine()).object();
    }
    bool waitForClosed()
    {
        QDeadlineTimer deadline(5000);
        while (m_socket.state() != QLocalSocket::UnconnectedState && !deadline.hasExpired())
            QTest::qWait(10);
        return m_socket.state() == QLocalSocket::UnconnectedState;
    }

private:
    QLocalSocket m_socket;
    bool m_connected = false;
};

} // namespace

class TestControlChannel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void framerSplitsLines();
    void framerRefusesOverlongLines();
    void codecRoundTrips();
    void accessRule();
    void socketIsOwnerOnlyAndStaleOneReplaced();
    void statusAndSessions();
    void badJsonIsAnsweredAndTheConnectionStays();
    void unknownOpAndMissingOp();
    void overlongLineClosesOnlyThatClient();
    void queueActionAndDisconnect();
    void subscribedClientHearsEvents();
    void clientThatStopsReadingIsDropped();
    void clientCallFailsWithoutEngine();
    void remoteEngineShowsTheSameValues();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeEngine> m_engine;
    std::unique_ptr<ControlServer> m_server;
};

void TestControlChannel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    m_engine = std::make_unique<FakeEngine>();
    ListenerStatus submission;
    submission.name = QStringLiteral("submission");
    submission.address = QStringLiteral("127.0.0.1:2587");
    submission.enabled = submission.listening = true;
    ListenerStatus lan;
    lan.name = QStringLiteral("lan");
    lan.address = QStringLiteral("127.0.0.1:2525");
    lan.enabled = true;
    lan.error = QStringLiteral("address in use");
    m_engine->listenerList = {submission, lan};
    m_engine->sessionList = {session(1, QStringLiteral("127.0.0.1:40000")),
                             session(2, QStringLiteral("[::1]:40001"))};
    m_engine->sessionList[1].endedMs = 1700000001000;
    m_server = std::make_unique<ControlServer>(*m_engine, m_dir->path(), self());
    const Status listening = m_server->listen();
    QVERIFY2(listening.ok(), qPrintable(listening.error()));
}

void TestControlChannel::cleanup()
{
    m_server.reset();
    m_engine.reset();
    m_dir.reset();
}

void TestControlChannel::framerSplitsLines()
{
    ControlFramer framer(16);
    QVERIFY(framer.append("{\"a\":1}\r\n{\"b\""));
    QCOMPARE(framer.takeLine().value(), QByteArray("{\"a\":1}"));
    QVERIFY(!framer.takeLine().has_value());
    QVERIFY(framer.append(":2}\n\n"));
    QCOMPARE(framer.takeLine().value(), QByteArray("{\"b\":2}"));
    QCOMPARE(framer.takeLine().value(), QByteArray());
    QVERIFY(!framer.takeLine().has_value());
    // Exactly the limit is fine, in pieces too.
    QVERIFY(framer.append(QByteArray(10, 'x')));
    QVERIFY(framer.append(QByteArray(6, 'y') + '\n'));
    QCOMPARE(framer.takeLine()->size(), 16);
}

void TestControlChannel::framerRefusesOverlongLines()
{
    ControlFramer framer(16);
    QVERIFY(framer.append("short\n"));
    QVERIFY(!framer.append(QByteArray(17, 'x'))); // no newline yet, but already too long
    QVERIFY(framer.overflowed());
    QVERIFY(!framer.takeLine().has_value()); // nothing more, not even the short line
    QVERIFY(!framer.append("ok\n"));

    ControlFramer complete(16);
    QVERIFY(!complete.append(QByteArray(20, 'x') + "\nshort\n")); // a complete line that is too long
}

void TestControlChannel::codecRoundTrips()
{
    const SessionInfo s = session(42, QStringLiteral("192.0.2.7:51234"));
    const SessionInfo back = ControlCodec::sessionFrom(ControlCodec::session(s));
    QCOMPARE(back.id, s.id);
    QCOMPARE(back.client, s.client);
    QCOMPARE(back.tlsVersion, s.tlsVersion);
    QCOMPARE(back.agent, s.agent);
    QCOMPARE(back.bytesOut, s.bytesOut);
    QCOMPARE(back.startedMs, s.startedMs);
    QCOMPARE(back.messages, s.messages);
    StoreChanges changes;
    changes.accepted = 3;
    changes.lockouts = 1;
    changes.written = true;
    QCOMPARE(ControlCodec::storeChangesFrom(ControlCodec::storeChanges(changes)), changes);
    QJsonObject holder;
    ControlCodec::putHolder(&holder, self());
    QCOMPARE(ControlCodec::holderFrom(holder).pid, 4711);
    QCOMPARE(ControlCodec::holderFrom(holder).since, self().since);
    for (auto action : {EngineControl::QueueAction::Retry, EngineControl::QueueAction::Hold,
                        EngineControl::QueueAction::Release, EngineControl::QueueAction::Delete,
                        EngineControl::QueueAction::Bounce})
        QCOMPARE(ControlCodec::queueActionFrom(ControlCodec::queueActionName(action)), action);
    QVERIFY(!ControlCodec::queueActionFrom(QStringLiteral("explode")).has_value());
    QVERIFY(!ControlCodec::parse("{\"a\":").ok());
    QVERIFY(!ControlCodec::parse("[1]").ok());
}

void TestControlChannel::accessRule()
{
    const ControlAccess owner(m_dir->path(), 1000);
    ControlPeer peer;
    peer.uid = 1000;
    QVERIFY(owner.refusal(peer).isEmpty());
    peer.uid = 0;
    QVERIFY(owner.refusal(peer).isEmpty());
    peer.uid = 1001;
    QVERIFY(owner.refusal(peer).contains(QStringLiteral("uid 1001")));
    QVERIFY(!owner.groupShared());
    QCOMPARE(owner.socketPermissions(), QFile::ReadOwner | QFile::WriteOwner);

    // A directory that lets its group in (the packaged service): members of the group may connect.
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(m_dir->path()).constData(), &info), 0);
    QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                     QFile::ReadGroup | QFile::ExeGroup));
    const ControlAccess shared(m_dir->path(), 1000);
    QVERIFY(shared.groupShared());
    QCOMPARE(shared.socketPermissions(),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup);
    peer.uid = 1001;
    peer.gid = info.st_gid + 1;
    QVERIFY(!shared.refusal(peer).isEmpty());
    peer.groups = {info.st_gid};
    QVERIFY(shared.refusal(peer).isEmpty());
    peer.groups.clear();
    peer.gid = info.st_gid;
    QVERIFY(shared.refusal(peer).isEmpty());
}

void TestControlChannel::socketIsOwnerOnlyAndStaleOneReplaced()
{
    const QString path = ControlAccess::socketPath(m_dir->path());
    struct stat info = {};
    QCOMPARE(::lstat(QFile::encodeName(path).constData(), &info), 0);
    QVERIFY(S_ISSOCK(info.st_mode));
    QCOMPARE(info.st_mode & 07777, 0600u);

    // A crashed engine leaves its socket behind: the next one (holding the lock) replaces it.
    const int stale = ::socket(AF_UNIX, SOCK_STREAM, 0);
    m_server.reset();
    QVERIFY(!QFile::exists(path)); // a clean stop removes it
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    QCOMPARE(::bind(stale, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    ::close(stale); // the file stays, nobody listens
    QVERIFY(QFile::exists(path));
    m_server = std::make_unique<ControlServer>(*m_engine, m_dir->path(), self());
    QVERIFY(m_server->listen().ok());
    RawClient client(path);
    QVERIFY(client.isConnected());
    client.write("{\"id\":1,\"op\":\"status\"}\n");
    QCOMPARE(client.next().value(QStringLiteral("ok")).toBool(), true);
}

void TestControlChannel::statusAndSessions()
{
    RawClient client(m_server->socketPath());
    QVERIFY(client.isConnected());
    client.write("{\"id\":1,\"op\":\"status\"}\n{\"id\":\"two\",\"op\":\"sessions\"}\n");
    const QJsonObject status = client.next();
    QCOMPARE(status.value(QStringLiteral("id")).toInt(), 1);
    QVERIFY(status.value(QStringLiteral("ok")).toBool());
    const QJsonObject result = status.value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("pid")).toInt(), 4711);
    QCOMPARE(result.value(QStringLiteral("face")).toString(), QStringLiteral("service"));
    QCOMPARE(result.value(QStringLiteral("since")).toString(), QStringLiteral("2024-05-02T08:15:00.000Z"));
    QCOMPARE(result.value(QStringLiteral("accepted")).toInt(), 5);
    QCOMPARE(result.value(QStringLiteral("sessions_open")).toInt(), 1);
    QCOMPARE(result.value(QStringLiteral("running")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("listeners")).toArray().size(), 2);
    QCOMPARE(result.value(QStringLiteral("protocol")).toInt(), 1);
    const QJsonObject sessions = client.next();
    QCOMPARE(sessions.value(QStringLiteral("id")).toString(), QStringLiteral("two"));
    const QJsonArray list =
        sessions.value(QStringLiteral("result")).toObject().value(QStringLiteral("sessions")).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("client")).toString(), QStringLiteral("[::1]:40001"));
}

void TestControlChannel::badJsonIsAnsweredAndTheConnectionStays()
{
    RawClient client(m_server->socketPath());
    client.write("{\"id\":1,\"op\":\n");
    QJsonObject answer = client.next();
    QCOMPARE(answer.value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY(answer.value(QStringLiteral("id")).isNull());
    QVERIFY2(
        answer.value(QStringLiteral("error")).toString().startsWith(QStringLiteral("bad request: not JSON")),
        qPrintable(answer.value(QStringLiteral("error")).toString()));
    client.write("[1,2,3]\n\"text\"\n\xff\xfe\n");
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.next().value(QStringLiteral("ok")).toBool(true), false);
    client.write("\n   \n{\"id\":9,\"op\":\"wake_delivery\"}\n");
    answer = client.next();
    QCOMPARE(answer.value(QStringLiteral("id")).toInt(), 9);
    QVERIFY(answer.value(QStringLiteral("ok")).toBool());
    QCOMPARE(m_engine->wakes, 1);
}

void TestControlChannel::unknownOpAndMissingOp()
{
    RawClient client(m_server->socketPath());
    client.write("{\"id\":7,\"op\":\"format_disk\"}\n{\"id\":8}\n{\"id\":9,\"op\":42}\n");
    QJsonObject answer = client.next();
    QCOMPARE(answer.value(QStringLiteral("id")).toInt(), 7);
    QCOMPARE(answer.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(answer.value(QStringLiteral("error")).toString(), QStringLiteral("unknown op 'format_disk'"));
    for (int id : {8, 9}) {
        answer = client.next();
        QCOMPARE(answer.value(QStringLiteral("id")).toInt(), id);
        QVERIFY(answer.value(QStringLiteral("error")).toString().contains(QStringLiteral("\"op\"")));
    }
    client.write("{\"id\":10,\"op\":\"queue_action\",\"action\":\"explode\",\"ids\":[]}\n"
                 "{\"id\":11,\"op\":\"queue_action\",\"action\":\"hold\",\"ids\":[1]}\n"
                 "{\"id\":12,\"op\":\"disconnect_session\",\"session\":\"x\"}\n"
                 "{\"id\":13,\"op\":\"subscribe\",\"events\":[\"nonsense\"]}\n");
    for (int id : {10, 11, 12, 13}) {
        answer = client.next();
        QCOMPARE(answer.value(QStringLiteral("id")).toInt(), id);
        QCOMPARE(answer.value(QStringLiteral("ok")).toBool(true), false);
    }
    QVERIFY(!m_engine->lastAction.has_value());
}

void TestControlChannel::overlongLineClosesOnlyThatClient()
{
    RawClient hostile(m_server->socketPath());
    RawClient fine(m_server->socketPath());
    QTRY_COMPARE(m_server->clientCount(), 2);
    hostile.write(QByteArray(ControlConnection::maxRequestLine + 100, 'x'));
    const QJsonObject answer = hostile.next();
    QCOMPARE(answer.value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY2(answer.value(QStringLiteral("error")).toString().contains(QStringLiteral("longer than")),
             qPrintable(answer.value(QStringLiteral("error")).toString()));
    QVERIFY(hostile.waitForClosed());
    QTRY_COMPARE(m_server->clientCount(), 1);
    fine.write("{\"id\":1,\"op\":\"status\"}\n");
    QVERIFY(fine.next().value(QStringLiteral("ok")).toBool());
}

void TestControlChannel::queueActionAndDisconnect()
{
    RawClient client(m_server->socketPath());
    client.write("{\"id\":1,\"op\":\"queue_action\",\"action\":\"hold\",\"ids\":[\"Q1\",\"missing\"]}\n"
                 "{\"id\":2,\"op\":\"disconnect_session\",\"session\":2}\n");
    QJsonObject answer = client.next();
    QVERIFY(answer.value(QStringLiteral("ok")).toBool());
    QCOMPARE(
        answer.value(QStringLiteral("result")).toObject().value(QStringLiteral("errors")).toArray().size(),
        1);
    QCOMPARE(m_engine->lastAction, EngineControl::QueueAction::Hold);
    QCOMPARE(m_engine->lastIds, (QStringList{QStringLiteral("Q1"), QStringLiteral("missing")}));
    answer = client.next();
    QVERIFY(answer.value(QStringLiteral("ok")).toBool());
    QCOMPARE(m_engine->disconnected, QList<quint64>{2});
}

void TestControlChannel::subscribedClientHearsEvents()
{
    RawClient listener(m_server->socketPath());
    RawClient other(m_server->socketPath());
    listener.write("{\"id\":1,\"op\":\"subscribe\",\"events\":[\"sessions\",\"store\"]}\n");
    QCOMPARE(listener.next()
                 .value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("events"))
                 .toArray()
                 .size(),
             2);
    Q_EMIT m_engine->messagesAccepted(3); // not subscribed: not sent
    Q_EMIT m_engine->sessionsChanged({session(3, QStringLiteral("127.0.0.1:1"))});
    StoreChanges changes;
    changes.queueActions = 2;
    Q_EMIT m_engine->storeChanged(changes);
    QJsonObject event = listener.next();
    QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("sessions"));
    QCOMPARE(event.value(QStringLiteral("sessions"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInt(),
             3);
    event = listener.next();
    QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("store"));
    QCOMPARE(event.value(QStringLiteral("changes")).toObject().value(QStringLiteral("queue_actions")).toInt(),
             2);
    // The one that did not subscribe hears nothing; its next line answers its own request.
    other.write("{\"id\":5,\"op\":\"status\"}\n");
    QCOMPARE(other.next().value(QStringLiteral("id")).toInt(), 5);
}

void TestControlChannel::clientThatStopsReadingIsDropped()
{
    // A raw socket that subscribes and then never reads: its unread output grows until the server drops it.
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(m_server->socketPath());
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    QCOMPARE(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    const QByteArray subscribe = "{\"id\":1,\"op\":\"subscribe\"}\n";
    QCOMPARE(::write(fd, subscribe.constData(), size_t(subscribe.size())), ssize_t(subscribe.size()));
    QTRY_COMPARE(m_server->clientCount(), 1);
    QTest::qWait(100); // the subscription is read
    QList<SessionInfo> many;
    for (int i = 0; i < 2000; ++i)
        many << session(quint64(i + 1), QStringLiteral("127.0.0.1:%1").arg(i));
    // Each event is about 400 KB; the server must not buffer more than its limit for this client.
    for (int i = 0; i < 40 && m_server->clientCount() > 0; ++i) {
        Q_EMIT m_engine->sessionsChanged(many);
        QTest::qWait(5);
    }
    QTRY_COMPARE(m_server->clientCount(), 0);
    ::close(fd);
    // The server goes on serving.
    RawClient client(m_server->socketPath());
    client.write("{\"id\":1,\"op\":\"status\"}\n");
    QVERIFY(client.next().value(QStringLiteral("ok")).toBool());
}

void TestControlChannel::clientCallFailsWithoutEngine()
{
    m_server.reset();
    ControlClient client;
    const Status connected = client.connectTo(m_dir->path(), 1000);
    QVERIFY(!connected.ok());
    QVERIFY2(connected.error().contains(QStringLiteral("control.sock")), qPrintable(connected.error()));
    QVERIFY(!client.call(QStringLiteral("status")).ok());
}

void TestControlChannel::remoteEngineShowsTheSameValues()
{
    RemoteEngine remote(m_dir->path());
    QSignalSpy sessionsSpy(&remote, &EngineControl::sessionsChanged);
    QSignalSpy acceptedSpy(&remote, &EngineControl::messagesAccepted);
    QSignalSpy storeSpy(&remote, &EngineControl::storeChanged);
    QSignalSpy listenersSpy(&remote, &EngineControl::listenersChanged);
    QSignalSpy pendingSpy(&remote, &EngineControl::pendingRestartChanged);
    QSignalSpy detachedSpy(&remote, &RemoteEngine::detached);
    const Status attached = remote.start();
    QVERIFY2(attached.ok(), qPrintable(attached.error()));
    QVERIFY(remote.isRemote());
    QVERIFY(remote.isRunning());
    QCOMPARE(remote.runner().pid, 4711);
    QCOMPARE(remote.runner().since, self().since);
    QVERIFY(remote.runner().face == EngineFace::Service);
    QCOMPARE(remote.acceptedCount(), quint64(5));
    QCOMPARE(remote.certificateFingerprint(), QStringLiteral("AB:CD"));
    QCOMPARE(remote.certificateExpiry(), m_engine->certificateExpiry());
    QCOMPARE(remote.listeners().size(), 2);
    QCOMPARE(remote.listeners().at(1).error, QStringLiteral("address in use"));
    QVERIFY(remote.listeners().at(0).listening);
    QCOMPARE(remote.sessions().size(), 2);
    QCOMPARE(remote.sessions().at(0).agent, QStringLiteral("erp"));
    QCOMPARE(remote.pendingRestart(), m_engine->pending);
    QCOMPARE(remote.deliveries(), m_engine->deliveryList);

    // Since when the engine has been without its store (a window opened during an outage says so).
    StoreHealth::noteFailure(QStringLiteral("cannot reach the PostgreSQL server at 127.0.0.1:1"));
    qint64 since = -1;
    remote.askStoreUnreachableSince([&since](qint64 ms) { since = ms; });
    QTRY_COMPARE(since, StoreHealth::current().unreachableSinceMs);
    StoreHealth::reset();
    remote.askStoreUnreachableSince([&since](qint64 ms) { since = ms; });
    QTRY_COMPARE(since, qint64(0));

    // A delivery started or ended: pushed as an event.
    QSignalSpy deliveriesSpy(&remote, &EngineControl::deliveriesChanged);
    const QList<DeliveryInFlight> none;
    Q_EMIT m_engine->deliveriesChanged(none);
    QTRY_COMPARE(deliveriesSpy.size(), 1);
    QVERIFY(remote.deliveries().isEmpty());
    Q_EMIT m_engine->deliveriesChanged(m_engine->deliveryList);
    QTRY_COMPARE(deliveriesSpy.size(), 2);
    QCOMPARE(remote.deliveries(), m_engine->deliveryList);

    m_engine->accepted = 8;
    Q_EMIT m_engine->messagesAccepted(3);
    QTRY_COMPARE(acceptedSpy.size(), 1);
    QCOMPARE(acceptedSpy.at(0).at(0).toInt(), 3);
    QCOMPARE(remote.acceptedCount(), quint64(8));
    sessionsSpy.clear();
    Q_EMIT m_engine->sessionsChanged({session(9, QStringLiteral("127.0.0.1:9"))});
    QTRY_COMPARE(sessionsSpy.size(), 1);
    QCOMPARE(remote.sessions().size(), 1);
    QCOMPARE(remote.sessions().at(0).id, quint64(9));
    StoreChanges changes;
    changes.accepted = 1;
    Q_EMIT m_engine->storeChanged(changes);
    QTRY_COMPARE(storeSpy.size(), 1);
    QCOMPARE(storeSpy.at(0).at(0).value<StoreChanges>(), changes);
    listenersSpy.clear();
    m_engine->listenerList[1].listening = true;
    Q_EMIT m_engine->listenersChanged();
    QTRY_COMPARE(listenersSpy.size(), 1);
    QVERIFY(remote.listeners().at(1).listening);
    QVERIFY(pendingSpy.isEmpty()); // the same settings still wait
    // The setting was changed back: nothing waits for a restart any more, and the remote says so.
    m_engine->pending.clear();
    Q_EMIT m_engine->pendingRestartChanged();
    QTRY_COMPARE(pendingSpy.size(), 1);
    QVERIFY(remote.pendingRestart().isEmpty());
    m_engine->pending = {{QStringLiteral("engine.worker_threads"), QStringLiteral("2"), QStringLiteral("3")}};
    Q_EMIT m_engine->pendingRestartChanged();
    QTRY_COMPARE(pendingSpy.size(), 2);
    QCOMPARE(remote.pendingRestart(), m_engine->pending);

    QStringList errors{QStringLiteral("not called")};
    remote.performQueueAction(EngineControl::QueueAction::Release, {QStringLiteral("Q7")},
                              [&errors](const EngineControl::QueueActionResult& r) { errors = r.errors; });
    QTRY_VERIFY(errors.isEmpty());
    QCOMPARE(m_engine->lastAction, EngineControl::QueueAction::Release);
    // A message that left the queue meanwhile comes back apart from the errors.
    QStringList gone{QStringLiteral("not called")};
    remote.performQueueAction(EngineControl::QueueAction::Delete, {QStringLiteral("gone")},
                              [&gone, &errors](const EngineControl::QueueActionResult& r) {
                                  gone = r.gone;
                                  errors = r.errors;
                              });
    QTRY_COMPARE(gone, QStringList{QStringLiteral("gone")});
    QVERIFY(errors.isEmpty());
    // So does one a retry left alone because it was held meanwhile.
    QStringList held{QStringLiteral("not called")};
    remote.performQueueAction(EngineControl::QueueAction::Retry, {QStringLiteral("held")},
                              [&held, &errors](const EngineControl::QueueActionResult& r) {
                                  held = r.held;
                                  errors = r.errors;
                              });
    QTRY_COMPARE(held, QStringList{QStringLiteral("held")});
    QVERIFY(errors.isEmpty());
    remote.disconnectSession(9);
    remote.wakeDelivery();
    QTRY_COMPARE(m_engine->disconnected, QList<quint64>{9});
    QTRY_COMPARE(m_engine->wakes, 1);
    remote.reload();
    QTRY_COMPARE(m_engine->reloads, 1);

    // The engine stops: the remote hears why, shows nothing running, and refuses actions.
    QVERIFY(detachedSpy.isEmpty());
    m_server.reset();
    QTRY_COMPARE(detachedSpy.size(), 1);
    QCOMPARE(detachedSpy.at(0).at(0).toString(), QStringLiteral("the relay engine is stopping"));
    QVERIFY(!remote.isRunning());
    QVERIFY(remote.sessions().isEmpty());
    QVERIFY(!remote.listeners().at(0).listening);
    QVERIFY(remote.pendingRestart().isEmpty());
    QCOMPARE(pendingSpy.size(), 3);
    remote.performQueueAction(EngineControl::QueueAction::Hold, {QStringLiteral("Q7")},
                              [&errors](const EngineControl::QueueActionResult& r) { errors = r.errors; });
    QCOMPARE(errors.size(), 1);
    QVERIFY(!remote.start().ok()); // nobody to attach to
}

QTEST_GUILESS_MAIN(TestControlChannel)
#include "tst_controlchannel.moc"
