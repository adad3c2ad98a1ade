#include "core/engine/relayengine.h"
#include "core/agents/agentdirectory.h"
#include "core/agents/agentlimitstore.h"
#include "core/agents/credentialcache.h"
#include "core/agents/credentialuserecorder.h"
#include "core/delivery/queueactions.h"
#include "core/delivery/queuerunnerthread.h"
#include "core/dkim/dkimkeystore.h"
#include "core/dkim/dkimmessagesigner.h"
#include "core/engine/adminchangewatch.h"
#include "core/engine/connectionlimiter.h"
#include "core/engine/controlserver.h"
#include "core/engine/listenercertificate.h"
#include "core/engine/listenerset.h"
#include "core/engine/livesessionsettings.h"
#include "core/engine/nodeheartbeat.h"
#include "core/engine/nodetwincheck.h"
#include "core/engine/pendingrestart.h"
#include "core/engine/retentionscheduler.h"
#include "core/engine/searchindexscheduler.h"
#include "core/engine/senderrulescache.h"
#include "core/engine/sendinglimitbook.h"
#include "core/engine/sessionenvironment.h"
#include "core/engine/sessionregistry.h"
#include "core/engine/sessionworker.h"
#include "core/engine/storechangebatch.h"
#include "core/engine/trusteddevicecache.h"
#include "core/security/authlockouts.h"
#include "core/security/auththrottle.h"
#include "core/security/authverifier.h"
#include "core/store/adminchanges.h"
#include "core/store/database.h"
#include "core/store/enginelock.h"
#include "core/store/messagespool.h"
#include "core/store/ownlisteners.h"
#include "core/store/settings.h"
#include "core/store/storeaddress.h"
#include "core/store/storewriter.h"
#include "core/tls/certificatenames.h"
#include "core/tls/threadtlsstate.h"
#include "core/tls/ticketkeyring.h"
#include "core/tls/tlscontext.h"
#include "core/tls/tlsservercontext.h"
#include "core/util/clock.h"
#include "core/util/hostport.h"
#include "core/util/logcategories.h"
#include "core/util/loglevels.h"
#include "core/util/logline.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QMap>
#include <QMutex>
#include <QPointer>
#include <QSslKey>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <utility>
#include <vector>

namespace RelayDesk {

namespace {

/// What identifies the certificate in use: its chain and key (a file replaced in place shows here).
QByteArray tlsIdentity(const QSslConfiguration& tls)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QSslCertificate& certificate : tls.localCertificateChain())
        hash.addData(certificate.toDer());
    hash.addData(tls.privateKey().toDer());
    return hash.result();
}

QString fingerprintOf(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')).toUpper();
}

bool sameStatuses(const QList<ListenerStatus>& a, const QList<ListenerStatus>& b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const ListenerStatus& x, const ListenerStatus& y) {
                          return x.name == y.name && x.address == y.address && x.enabled == y.enabled &&
                                 x.listening == y.listening && x.error == y.error;
                      });
}

/// What the configuration asks of each listener, in ListenerSet::kinds() order; error says why an enabled
/// one cannot listen at all.
QList<ListenerStatus> wantedListeners(const Settings& settings, const QString& tlsProblem)
{
    QList<ListenerStatus> wanted;
    for (ListenerKind kind : ListenerSet::kinds()) {
        const QString prefix = QStringLiteral("listener.") + listenerName(kind);
        ListenerStatus status;
        status.name = listenerName(kind);
        status.address = settings.value(prefix + QStringLiteral(".address"));
        status.enabled = settings.boolValue(prefix + QStringLiteral(".enabled"));
        if (status.enabled) {
            if (!tlsProblem.isEmpty())
                status.error = tlsProblem;
            else if (const auto endpoint = HostPort::parse(status.address); !endpoint)
                status.error = endpoint.error();
        }
        wanted << status;
    }
    return wanted;
}

} // namespace

struct RelayEngine::Private
{
    RelayEngine* q = nullptr;
    QString dataDir;
    EngineFace face = EngineFace::Window;
    std::unique_ptr<EngineLock> lock; ///< held from start() to stop(): one engine per data directory
    bool running = false;
    SessionEnvironment env;
    LiveSessionSettings sessionSettings;
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<MessageSpool> spool;
    std::unique_ptr<TrustedDeviceCache> trustedDevices;
    std::unique_ptr<SenderRulesCache> senderRules;
    std::unique_ptr<DkimMessageSigner> signer; ///< the keys delivery signs with (docs/operations.md, "DKIM")
    SendingLimitBook sendingLimits;
    AuthThrottle throttle;
    ConnectionLimiter limiter;
    SessionRegistry registry;
    QThreadPool authPool; ///< queue actions of the window and the control channel
    AuthVerifier verifier;
    CredentialCache credentialCache;
    std::unique_ptr<CredentialUseRecorder> credentialUse;
    std::vector<QThread*> workerThreads;
    std::vector<SessionWorker*> workers;
    QThread* listenerThread = nullptr;
    ListenerSet* listenerSet = nullptr;      ///< used only on listenerThread
    AdminChangeWatch* changeWatch = nullptr; ///< lives on listenerThread
    qint64 lastUnlockEventId = 0;            ///< touched only on listenerThread
    QMap<QString, QString> applied;          ///< the settings in use; on listenerThread once started
    QMap<QString, QString> startedWith;      ///< the settings at start(): the needsRestart ones stay in use
    QByteArray appliedTls;                   ///< tlsIdentity() of the certificate in use, likewise
    /// The session tickets' keys, one ring for the engine's life (a certificate change keeps the tickets).
    std::shared_ptr<TicketKeyRing> ticketKeys =
        std::make_shared<TicketKeyRing>(TicketKeyRing::configuredRotationMs());
    std::shared_ptr<const TlsServerContext> tlsServer; ///< the OpenSSL context of tlsServerIdentity
    QByteArray tlsServerIdentity;
    bool applyPending = false;    ///< on listenerThread
    QStringList applyReasons;     ///< on listenerThread
    bool deliveryEnabled = false; ///< on the engine's thread
    mutable QMutex statusMutex;   ///< guards listenerStatus and certificate
    QList<ListenerStatus> listenerStatus;
    QSslCertificate certificate;
    QList<PendingRestart> pendingRestart; ///< stored changes used from the next start; under statusMutex
    std::atomic<quint64> accepted{0};
    std::atomic<int> acceptedSinceSignal{0};
    StoreChangeBatch storeChanges; ///< filled on the engine's threads, published by publishTimer
    std::atomic<quint64> nextSessionId{1};
    QTimer publishTimer;
    std::unique_ptr<QueueRunnerThread> delivery;
    std::unique_ptr<RetentionScheduler> retention;
    std::unique_ptr<SearchIndexScheduler> searchIndex;
    std::unique_ptr<ControlServer> control;   ///< from start() to stop(), closed while the lock is held
    std::unique_ptr<NodeHeartbeat> heartbeat; ///< this node's row in the nodes table (docs/scaling.md)
    QMutex wakeMutex; ///< guards delivery against the writer thread's wake calls during stop()

    void wake()
    {
        QMutexLocker locker(&wakeMutex);
        if (delivery)
            delivery->wake();
    }

    void configureLimits(const Settings& settings);
    /// The agents' sending limits from the store (with the counters seeded from it at start).
    void loadSendingLimits(const QString& reason)
    {
        const bool start = reason.isEmpty();
        if (Status loaded = sendingLimits.load(dataDir, start); !loaded)
            qCWarning(lcConfig) << LogLine("sending_limits_not_loaded").add("error", loaded.error());
        else if (!start)
            qCInfo(lcConfig)
                << LogLine("config_applied").add("reason", reason).add("sending_limits", "reloaded");
    }
    /// auth.cache_ttl, auth.verify_threads and auth.verify_memory_mb, at start and on every apply.
    void configureVerification(const Settings& settings);
    void buildEnvironment(const Settings& settings, const QSslConfiguration& tls);
    /// The one OpenSSL context of every session for tls's certificate: the one in use while it is the same.
    std::shared_ptr<const TlsServerContext> serverContextFor(const QSslConfiguration& tls);
    void startWorkers(int count);
    /// The listener thread, with the admin change watch and the listeners on it.
    void startListenerThread();
    /// Counts what the queue runner records (on the delivery thread) into storeChanges.
    void watchDelivery(QueueRunner* runner);
    /// On the engine's thread: starts or pauses delivery (delivery.enabled).
    void setDeliveryEnabled(bool enabled);
    /// On listenerThread, on a store that several nodes share: once a second, the agents' counts include what
    /// the other nodes accepted (docs/scaling.md, "Shared state and revocation"). A child of watch, so it
    /// stops with it.
    void watchSharedSendingUse(QObject* watch)
    {
        const auto address = StoreAddress::ofDataDir(dataDir);
        if (!address || !address->isPostgreSql())
            return;
        auto* timer = new QTimer(watch);
        timer->setInterval(1000);
        QObject::connect(timer, &QTimer::timeout, watch, [this] {
            if (Status merged = sendingLimits.mergeStoredUse(dataDir); !merged)
                qCDebug(lcConfig) << LogLine("sending_use_not_read").add("error", merged.error());
        });
        timer->start();
    }
    /// On listenerThread: one applyConfiguration() soon for all the reasons given until then.
    void scheduleApply(const QString& reason);
    /// On listenerThread: applies the stored configuration to the running engine (docs/operations.md,
    /// "Apply without restart") and logs what changed.
    void applyConfiguration(const QString& reason);

    /// On listenerThread: an admin changed who may send, lifted a lockout or queued a message, in this or
    /// another process.
    void onAdminChange(const QString& topic)
    {
        // An agent deleted, or its limits changed: the sessions' next MAIL uses what the store says now.
        if (topic == QLatin1String("access") || topic == AgentLimitStore::topic())
            loadSendingLimits(topic + QStringLiteral(" changed"));
        if (topic == QLatin1String("access")) {
            trustedDevices->clear();
            senderRules->clear();
            // A credential rotated or revoked, an agent disabled or an allowlist changed: the pairs verified
            // for it are no longer vouched for (docs/security.md, "The verified-credential cache").
            if (const int dropped = credentialCache.revalidate(AgentDirectory(dataDir)); dropped > 0)
                qCInfo(lcAuth)
                    << LogLine("auth_cache_dropped").add("reason", "access changed").add("entries", dropped);
            for (SessionWorker* worker : workers)
                QMetaObject::invokeMethod(
                    worker, [worker] { worker->recheckAccess(); }, Qt::QueuedConnection);
        } else if (topic == QLatin1String("lockouts")) {
            const auto keys = AuthLockouts(dataDir).unlockedSince(&lastUnlockEventId);
            for (const QString& key : keys ? keys.value() : QStringList()) {
                throttle.unlock(key);
                qCInfo(lcAuth) << LogLine("auth_lockout_lifted").add("client", key).add("by", "admin");
            }
            if (keys && !keys->isEmpty()) {
                StoreChanges lifted;
                lifted.lockouts = static_cast<int>(keys->size());
                storeChanges.add(lifted);
            }
        } else if (topic == AdminChanges::queueTopic()) {
            // A message queued by an admin (a resend, a test message), here or in another process: deliver
            // now.
            StoreChanges queued;
            queued.queueActions = 1;
            storeChanges.add(queued);
            wake();
        } else if (topic == AdminChanges::settingsTopic() || topic == AdminChanges::certificateTopic()) {
            scheduleApply(topic + QStringLiteral(" changed"));
        } else if (topic == DkimKeyStore::topic()) {
            // New, rotated or retired DKIM keys: the next message handed to delivery signs with them.
            signer->reload();
        } else if (topic == AdminChanges::routesTopic()) {
            qCInfo(lcConfig)
                << LogLine("config_applied").add("reason", "routes changed").add("routes", "reloaded");
            QMutexLocker locker(&wakeMutex);
            if (delivery)
                delivery->reload();
        }
    }
};

RelayEngine::RelayEngine(QString dataDir, EngineFace face, QObject* parent)
    : EngineControl(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->dataDir = std::move(dataDir);
    d->face = face;
    qRegisterMetaType<RelayDesk::SessionInfo>();
    qRegisterMetaType<QList<RelayDesk::SessionInfo>>();
    qRegisterMetaType<RelayDesk::StoreChanges>();
}

RelayEngine::~RelayEngine()
{
    stop();
}

QString RelayEngine::dataDir() const
{
    return d->dataDir;
}

bool RelayEngine::isRunning() const
{
    return d->running;
}

EngineLockHolder RelayEngine::runner() const
{
    return d->lock ? d->lock->self() : EngineLockHolder();
}

void RelayEngine::Private::configureLimits(const Settings& settings)
{
    throttle.configure(settings.intValue(QStringLiteral("auth.max_failures")),
                       qint64(settings.intValue(QStringLiteral("auth.failure_window"))) * 1000,
                       qint64(settings.intValue(QStringLiteral("auth.lockout"))) * 1000,
                       settings.intValue(QStringLiteral("auth.max_in_flight_per_address")));
    // Lockouts outlive a restart; unlocks made after this point reach the engine through the change watch.
    const AuthLockouts lockouts(dataDir);
    lastUnlockEventId = lockouts.lastEventId();
    if (const auto active = lockouts.active(nowMs())) {
        for (const AuthLockout& lockout : active.value())
            throttle.lock(lockout.address, lockout.lockedUntil);
    }
    limiter.configure(settings.intValue(QStringLiteral("limits.max_connections")),
                      settings.intValue(QStringLiteral("limits.max_connections_per_address")));
    authPool.setMaxThreadCount(2);
    authPool.setExpiryTimeout(-1);
    configureVerification(settings);
}

void RelayEngine::Private::configureVerification(const Settings& settings)
{
    credentialCache.setTtlSeconds(settings.intValue(QStringLiteral("auth.cache_ttl")));
    verifier.configure(settings.intValue(QStringLiteral("auth.verify_threads")),
                       settings.intValue(QStringLiteral("auth.verify_memory_mb")));
}

std::shared_ptr<const TlsServerContext> RelayEngine::Private::serverContextFor(const QSslConfiguration& tls)
{
    if (tls.localCertificate().isNull())
        return nullptr;
    const QByteArray identity = tlsIdentity(tls);
    if (tlsServer && identity == tlsServerIdentity)
        return tlsServer;
    QString error;
    auto context = TlsServerContext::create(tls, ticketKeys, &error);
    if (!context) {
        qCWarning(lcConfig) << LogLine("tls_context_failed").add("error", error);
        return tlsServer;
    }
    tlsServer = std::move(context);
    tlsServerIdentity = identity;
    return tlsServer;
}

void RelayEngine::Private::buildEnvironment(const Settings& settings, const QSslConfiguration& tls)
{
    env.dataDir = dataDir;
    sessionSettings.replace(SessionSettings::read(settings, tls, serverContextFor(tls)));
    env.settings = &sessionSettings;
    env.throttle = &throttle;
    env.limiter = &limiter;
    env.registry = &registry;
    trustedDevices = std::make_unique<TrustedDeviceCache>(dataDir);
    senderRules = std::make_unique<SenderRulesCache>(dataDir);
    env.spool = spool.get();
    env.trustedDevices = trustedDevices.get();
    env.senderRules = senderRules.get();
    signer = std::make_unique<DkimMessageSigner>(dataDir);
    signer->reload();
    loadSendingLimits(QString());
    env.sendingLimits = &sendingLimits;
    env.verifier = &verifier;
    env.credentialCache = &credentialCache;
    credentialUse = std::make_unique<CredentialUseRecorder>(writer.get());
    env.credentialUse = credentialUse.get();
    env.messageCommitted = [this] {
        ++accepted;
        ++acceptedSinceSignal;
        StoreChanges changes;
        changes.accepted = 1;
        storeChanges.add(changes);
        wake();
    };
    env.lockoutStarted = [this] {
        StoreChanges changes;
        changes.lockouts = 1;
        storeChanges.add(changes);
    };
}

void RelayEngine::Private::startWorkers(int count)
{
    for (int i = 0; i < count; ++i) {
        auto* thread = new QThread;
        thread->setObjectName(QStringLiteral("relaydesk-smtp-%1").arg(i));
        auto* worker = new SessionWorker(env);
        worker->moveToThread(thread);
        ThreadTlsState::releaseWhenFinished(thread);
        thread->start();
        workerThreads.push_back(thread);
        workers.push_back(worker);
    }
}

void RelayEngine::Private::startListenerThread()
{
    listenerThread = new QThread;
    listenerThread->setObjectName(QStringLiteral("relaydesk-listen"));
    ThreadTlsState::releaseWhenFinished(listenerThread);
    listenerThread->start();
    changeWatch = new AdminChangeWatch(dataDir);
    changeWatch->moveToThread(listenerThread);
    QObject::connect(changeWatch, &AdminChangeWatch::changed, changeWatch,
                     [this](const QString& topic) { onAdminChange(topic); });
    // Writes by another process (the command line) reach the views this way; the engine's own writes move
    // data_version too, which costs the views at most one more reload.
    QObject::connect(changeWatch, &AdminChangeWatch::storeWritten, changeWatch, [this] {
        StoreChanges changes;
        changes.written = true;
        storeChanges.add(changes);
    });
    // Each worker accepts its own connections (ListenerSet): the session starts on the thread that accepted
    // it, with no hand-over between threads.
    std::vector<ListenerSet::Acceptor> acceptors;
    for (SessionWorker* worker : workers) {
        acceptors.push_back(
            {worker, [this, worker](qintptr descriptor, ListenerKind kind, const SessionPeer& peer) {
                 worker->adopt(descriptor, kind, peer, nextSessionId++);
             }});
    }
    QMetaObject::invokeMethod(
        changeWatch,
        [this, watch = changeWatch, acceptors] {
            listenerSet = new ListenerSet(limiter, acceptors);
            watch->start();
            watchSharedSendingUse(watch);
        },
        Qt::BlockingQueuedConnection);
}

void RelayEngine::Private::setDeliveryEnabled(bool enabled)
{
    if (enabled == deliveryEnabled)
        return;
    deliveryEnabled = enabled;
    QMutexLocker locker(&wakeMutex);
    if (!enabled) {
        // No new jobs; what is in flight finishes and is recorded.
        if (delivery)
            delivery->stop();
        return;
    }
    if (!delivery) {
        delivery = std::make_unique<QueueRunnerThread>(dataDir, writer.get(), QueueRunner::TransportFactory(),
                                                       signer.get());
        watchDelivery(delivery->service());
    }
    delivery->start();
}

void RelayEngine::Private::scheduleApply(const QString& reason)
{
    if (!applyReasons.contains(reason))
        applyReasons << reason;
    if (applyPending)
        return;
    applyPending = true;
    // Several topics move in one poll (a certificate is a setting too): one apply for them all.
    QTimer::singleShot(0, changeWatch, [this] {
        applyPending = false;
        applyConfiguration(std::exchange(applyReasons, {}).join(QStringLiteral(", ")));
    });
}

void RelayEngine::Private::applyConfiguration(const QString& reason)
{
    if (!listenerSet)
        return;
    const Settings settings(dataDir);
    const QMap<QString, QString> values = settings.values();
    QStringList changed;
    QStringList waiting; // stored, but the engine reads them only at start (engine.worker_threads)
    PendingRestart::sortChanges(applied, startedWith, values, &changed, &waiting);
    const QMap<QString, QString> before = std::exchange(applied, values);
    const QList<PendingRestart> nowPending = PendingRestart::between(startedWith, values);
    bool pendingMoved = false;
    {
        QMutexLocker locker(&statusMutex);
        pendingMoved = nowPending != pendingRestart;
        pendingRestart = nowPending;
    }
    if (pendingMoved)
        Q_EMIT q->pendingRestartChanged();
    if (!waiting.isEmpty())
        qCInfo(lcConfig) << LogLine("config_pending_restart")
                                .add("reason", reason)
                                .add("changed", waiting.join(QLatin1Char(',')))
                                .add("applies", "when the relay restarts");
    LogLevels::setFromSetting(values.value(QStringLiteral("log.level")));
    QStringList done;

    // The certificate is loaded again even when its settings did not change: a file replaced in place (a
    // renewal) is picked up on reload. A pair that cannot be used leaves the one in use in place.
    // A listener moved to an address the generated certificate does not name: a new one names it too.
    ListenerCertificate::follow(
        dataDir, values.value(QStringLiteral("tls.certificate")), values.value(QStringLiteral("tls.key")),
        OwnListeners::fromValues([&before](const QString& key) { return before.value(key); }),
        OwnListeners::fromSettings(settings));
    QSslConfiguration tls = sessionSettings.current()->tls;
    QString tlsProblem;
    bool certificateChanged = false;
    const auto loaded = TlsContext::load(
        dataDir, values.value(QStringLiteral("tls.certificate")), values.value(QStringLiteral("tls.key")),
        values.value(QStringLiteral("server.hostname")), [&settings]() {
            return CertificateNames::reachableAddresses(OwnListeners::fromSettings(settings).addresses());
        });
    if (loaded && tlsIdentity(loaded->configuration()) != appliedTls) {
        tls = loaded->configuration();
        appliedTls = tlsIdentity(tls);
        certificateChanged = true;
        const QSslCertificate leaf = tls.localCertificate();
        {
            QMutexLocker locker(&statusMutex);
            certificate = leaf;
        }
        done << QStringLiteral("new sessions use the TLS certificate %1 (SHA-256 %2)")
                    .arg(leaf.subjectDisplayName(), fingerprintOf(leaf));
    } else if (!loaded && appliedTls.isEmpty()) {
        tlsProblem = QStringLiteral("TLS cannot be set up: %1").arg(loaded.error());
    } else if (!loaded) {
        qCWarning(lcConfig)
            << LogLine("certificate_refused").add("error", loaded.error()).add("kept", "current");
    }
    sessionSettings.replace(SessionSettings::read(settings, tls, serverContextFor(tls)));
    throttle.configure(settings.intValue(QStringLiteral("auth.max_failures")),
                       qint64(settings.intValue(QStringLiteral("auth.failure_window"))) * 1000,
                       qint64(settings.intValue(QStringLiteral("auth.lockout"))) * 1000,
                       settings.intValue(QStringLiteral("auth.max_in_flight_per_address")));
    configureVerification(settings);
    limiter.configure(settings.intValue(QStringLiteral("limits.max_connections")),
                      settings.intValue(QStringLiteral("limits.max_connections_per_address")));

    const QList<ListenerStatus> statuses = listenerSet->apply(wantedListeners(settings, tlsProblem), &done);
    bool listenersMoved = certificateChanged;
    {
        QMutexLocker locker(&statusMutex);
        listenersMoved = listenersMoved || !sameStatuses(listenerStatus, statuses);
        listenerStatus = statuses;
    }
    {
        QMutexLocker locker(&wakeMutex);
        if (delivery)
            delivery->reload();
    }
    const bool deliver = settings.boolValue(QStringLiteral("delivery.enabled"));
    QMetaObject::invokeMethod(
        q,
        [this, deliver, listenersMoved] {
            if (!running)
                return;
            setDeliveryEnabled(deliver);
            if (listenersMoved)
                Q_EMIT q->listenersChanged();
        },
        Qt::QueuedConnection);

    if (changed.isEmpty() && done.isEmpty()) {
        if (waiting.isEmpty())
            qCInfo(lcConfig) << LogLine("config_reloaded").add("reason", reason).add("changed", "none");
        return;
    }
    qCInfo(lcConfig)
        << LogLine("config_applied").add("reason", reason).add("changed", changed.join(QLatin1Char(',')));
    for (const QString& line : std::as_const(done))
        qCInfo(lcConfig) << LogLine("config_applied_step").add("what", line);
}

void RelayEngine::Private::watchDelivery(QueueRunner* runner)
{
    // Direct, on the delivery thread: the batch is thread-safe, and the runner (with these connections) is
    // gone before this Private is.
    QObject::connect(
        runner, &QueueRunner::attemptRecorded, runner,
        [this](const DeliveryAttemptResult&, const RecordSummary& summary) {
            StoreChanges changes;
            changes.attempts = 1;
            changes.finalStates = summary.delivered + summary.bounced + summary.suppressed;
            changes.deferrals = summary.deferred;
            storeChanges.add(changes);
        },
        Qt::DirectConnection);
    QObject::connect(
        runner, &QueueRunner::suppressedRecorded, runner,
        [this](int count) {
            StoreChanges changes;
            changes.finalStates = count;
            storeChanges.add(changes);
        },
        Qt::DirectConnection);
}

// The operator log's line for a start: every listener that listens, and each that does not, with why.
static void logStart(const QList<ListenerStatus>& statuses, EngineFace face, const QString& dataDir,
                     bool delivery)
{
    QStringList listening;
    for (const ListenerStatus& status : statuses) {
        if (status.listening)
            listening << status.name + QLatin1Char('=') + status.address;
        else if (status.enabled)
            qCWarning(lcEngine) << LogLine("listener_failed")
                                       .add("listener", status.name)
                                       .add("address", status.address)
                                       .add("error", status.error);
    }
    qCInfo(lcEngine) << LogLine("engine_started")
                            .add("face", face == EngineFace::Service ? "service" : "window")
                            .add("pid", qint64(QCoreApplication::applicationPid()))
                            .add("data_dir", dataDir)
                            .add("listeners", listening.join(QLatin1Char(',')))
                            .add("delivery", delivery ? "on" : "off")
                            .add("log_level", LogLevels::name(LogLevels::current()));
}

Status RelayEngine::start()
{
    if (d->running)
        return {};
    // Before anything else, so that a second engine neither migrates the store nor binds a port.
    auto lock = EngineLock::acquire(d->dataDir, d->face);
    if (!lock)
        return Status::failure(lock.error());
    if (Status s = Database::initialize(d->dataDir); !s)
        return s;
    if (Status s = NodeTwinCheck::check(d->dataDir); !s)
        return s;
    d->lock = std::move(lock).value();
    const Settings settings(d->dataDir);
    LogLevels::setFromSetting(settings.value(QStringLiteral("log.level")));
    d->applied = settings.values();
    ListenerCertificate::followAtStart(d->dataDir, settings.value(QStringLiteral("tls.certificate")),
                                       settings.value(QStringLiteral("tls.key")),
                                       OwnListeners::fromSettings(settings));
    d->startedWith = d->applied;
    bool hadPending = false;
    {
        QMutexLocker locker(&d->statusMutex);
        hadPending = !d->pendingRestart.isEmpty();
        d->pendingRestart.clear();
    }
    if (hadPending)
        Q_EMIT pendingRestartChanged();
    auto tls = TlsContext::load(d->dataDir, settings.value(QStringLiteral("tls.certificate")),
                                settings.value(QStringLiteral("tls.key")),
                                settings.value(QStringLiteral("server.hostname")), [&settings]() {
                                    return CertificateNames::reachableAddresses(
                                        OwnListeners::fromSettings(settings).addresses());
                                });
    // Every listener speaks TLS (implicit, or STARTTLS for AUTH and on the LAN): without a usable certificate
    // none of them listens, and each says why, instead of listening and failing every handshake.
    const QString tlsProblem = tls ? QString() : QStringLiteral("TLS cannot be set up: %1").arg(tls.error());
    d->appliedTls = tls ? tlsIdentity(tls->configuration()) : QByteArray();
    {
        QMutexLocker locker(&d->statusMutex);
        d->certificate = tls ? tls->configuration().localCertificate() : QSslCertificate();
    }

    d->writer = std::make_unique<StoreWriter>(d->dataDir);
    d->spool = std::make_unique<MessageSpool>(*d->writer);
    d->configureLimits(settings);
    d->buildEnvironment(settings, tls ? tls->configuration() : QSslConfiguration());
    d->startWorkers(qBound(1, settings.intValue(QStringLiteral("engine.worker_threads")), 64));
    d->startListenerThread();
    QList<ListenerStatus> statuses;
    QMetaObject::invokeMethod(
        d->changeWatch,
        [this, wanted = wantedListeners(settings, tlsProblem), &statuses] {
            statuses = d->listenerSet->apply(wanted, nullptr);
        },
        Qt::BlockingQueuedConnection);
    {
        QMutexLocker locker(&d->statusMutex);
        d->listenerStatus = statuses;
    }

    d->setDeliveryEnabled(settings.boolValue(QStringLiteral("delivery.enabled")));

    // Bodies and log rows past their retention leave the store, in small batches.
    d->retention = std::make_unique<RetentionScheduler>(d->dataDir, d->writer.get());
    d->retention->start();
    // The free-text index of the Delivery Logs follows the store's changes in batches once the mail has
    // passed, and catches up with what the command line or an earlier run noted once the start is over.
    d->searchIndex = std::make_unique<SearchIndexScheduler>(d->writer.get());
    d->searchIndex->schedule();

    d->heartbeat = std::make_unique<NodeHeartbeat>(d->dataDir, d->writer.get(), [this] {
        QMutexLocker locker(&d->wakeMutex);
        return d->delivery ? d->delivery->service()->inFlight() : 0;
    });
    {
        QStringList addresses;
        for (const ListenerStatus& status : std::as_const(statuses)) {
            if (status.listening)
                addresses << status.address;
        }
        d->heartbeat->start(addresses.join(QStringLiteral(", ")));
    }

    d->publishTimer.setInterval(250);
    connect(&d->publishTimer, &QTimer::timeout, this, [this] {
        d->credentialUse->flushIfDue(nowMs());
        if (d->registry.takeChanged())
            Q_EMIT sessionsChanged(sessions());
        if (const int count = d->acceptedSinceSignal.exchange(0))
            Q_EMIT messagesAccepted(count);
        if (const StoreChanges changes = d->storeChanges.take(); !changes.isEmpty()) {
            if (changes.touchesMessages())
                d->searchIndex->schedule();
            Q_EMIT storeChanged(changes);
        }
    });
    d->publishTimer.start();
    d->running = true;
    // The control channel: the GUI and the command line of other processes attach here (the lock is held,
    // so a socket left by a crashed engine may be replaced).
    d->control = std::make_unique<ControlServer>(*this, d->dataDir, d->lock->self());
    if (Status listening = d->control->listen(); !listening) {
        qCWarning(lcEngine) << LogLine("control_unavailable").add("error", listening.error());
        d->control.reset();
    }
    logStart(statuses, d->face, d->dataDir, d->delivery != nullptr);
    Q_EMIT listenersChanged();
    return {};
}

void RelayEngine::stop()
{
    if (!d->running)
        return;
    d->running = false;
    d->publishTimer.stop();
    // 0. Attached windows and commands hear that the engine stops; the socket goes while the lock is held.
    d->control.reset();
    // 1. No new connections, and no configuration change applied any more.
    QMetaObject::invokeMethod(
        d->changeWatch,
        [this, watch = d->changeWatch] {
            delete d->listenerSet;
            d->listenerSet = nullptr;
            watch->stop();
            delete watch; // with it, an apply scheduled on it
        },
        Qt::BlockingQueuedConnection);
    d->changeWatch = nullptr;
    d->listenerThread->quit();
    d->listenerThread->wait();
    delete d->listenerThread;
    d->listenerThread = nullptr;
    // 2. End the sessions; a message whose commit is under way is still committed by the writer.
    for (SessionWorker* worker : d->workers)
        QMetaObject::invokeMethod(
            worker, [worker] { worker->closeAll(); }, Qt::BlockingQueuedConnection);
    d->verifier.waitForDone();
    d->authPool.waitForDone();
    for (QThread* thread : d->workerThreads) {
        thread->quit();
        thread->wait();
    }
    // 3. Delivery: no new jobs; what is in flight is delivered again after a restart if not recorded.
    std::unique_ptr<QueueRunnerThread> delivery;
    {
        QMutexLocker locker(&d->wakeMutex);
        delivery = std::move(d->delivery);
    }
    delivery.reset();
    d->deliveryEnabled = false;
    // 4. Drain the writer while the workers (targets of its callbacks) still exist; a purge under way
    // submits no further batch once stopped.
    if (d->heartbeat) {
        d->heartbeat->stop();
        d->heartbeat.reset();
    }
    d->retention.reset();
    d->searchIndex.reset();
    d->credentialUse->flush();
    d->writer.reset();
    for (SessionWorker* worker : d->workers)
        delete worker;
    for (QThread* thread : d->workerThreads)
        delete thread;
    d->workers.clear();
    d->workerThreads.clear();
    d->spool.reset();
    d->env.credentialUse = nullptr;
    d->credentialUse.reset();
    d->credentialCache.clear();
    {
        QMutexLocker locker(&d->statusMutex);
        for (ListenerStatus& status : d->listenerStatus)
            status.listening = false;
    }
    d->lock.reset();
    qCInfo(lcEngine)
        << LogLine("engine_stopped").add("data_dir", d->dataDir).add("accepted", quint64(d->accepted));
    Q_EMIT listenersChanged();
}

QList<ListenerStatus> RelayEngine::listeners() const
{
    QMutexLocker locker(&d->statusMutex);
    return d->listenerStatus;
}

QList<SessionInfo> RelayEngine::sessions() const
{
    return d->registry.snapshot(nowMs());
}

QDateTime RelayEngine::certificateExpiry() const
{
    QMutexLocker locker(&d->statusMutex);
    return d->certificate.expiryDate();
}

QString RelayEngine::certificateFingerprint() const
{
    QMutexLocker locker(&d->statusMutex);
    return fingerprintOf(d->certificate);
}

QList<PendingRestart> RelayEngine::pendingRestart() const
{
    if (!d->running)
        return {};
    QMutexLocker locker(&d->statusMutex);
    return d->pendingRestart;
}

void RelayEngine::reload()
{
    if (!d->running || !d->changeWatch)
        return;
    QMetaObject::invokeMethod(
        d->changeWatch, [this] { d->scheduleApply(QStringLiteral("reload requested")); },
        Qt::QueuedConnection);
}

quint64 RelayEngine::acceptedCount() const
{
    return d->accepted;
}

void RelayEngine::wakeDelivery()
{
    d->wake();
}

void RelayEngine::disconnectSession(quint64 sessionId)
{
    // Each worker accepts its own sessions; the one that owns this id ends it, the others do not know it (a
    // handful of queued calls, rarer than any session event).
    for (SessionWorker* worker : d->workers)
        QMetaObject::invokeMethod(
            worker, [worker, sessionId] { worker->disconnectSession(sessionId); }, Qt::QueuedConnection);
}

} // namespace RelayDesk

namespace RelayDesk {

void RelayEngine::performQueueAction(QueueAction action, const QStringList& queueIds,
                                     std::function<void(const QStringList& errors)> done)
{
    if (!d->running || !d->writer) {
        done({tr("The relay engine is not running.")});
        return;
    }
    const QString dataDir = d->dataDir;
    StoreWriter* writer = d->writer.get();
    QPointer<RelayEngine> self(this);
    d->authPool.start([self, dataDir, writer, action, queueIds, done = std::move(done)] {
        QueueActions actions(dataDir, writer);
        QStringList errors;
        for (const QString& id : queueIds) {
            Status status;
            switch (action) {
            case QueueAction::Retry:
                status = actions.retry(id);
                break;
            case QueueAction::Hold:
                status = actions.hold(id);
                break;
            case QueueAction::Release:
                status = actions.release(id);
                break;
            case QueueAction::Delete:
                status = actions.remove(id);
                break;
            case QueueAction::Bounce:
                status = actions.bounce(id);
                break;
            }
            if (!status)
                errors << status.error();
        }
        Database::releaseThreadConnection(dataDir);
        QMetaObject::invokeMethod(
            self,
            [self, errors, done, count = static_cast<int>(queueIds.size())] {
                if (self) {
                    StoreChanges changes;
                    changes.queueActions = count;
                    self->d->storeChanges.add(changes);
                    self->wakeDelivery();
                }
                done(errors);
            },
            Qt::QueuedConnection);
    });
}

} // namespace RelayDesk
