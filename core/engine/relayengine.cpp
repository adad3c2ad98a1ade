#include "core/engine/relayengine.h"

#include "core/delivery/queueactionbatch.h"
#include "core/delivery/queueactions.h"
#include "core/engine/controlaccess.h"
#include "core/engine/listenercertificate.h"
#include "core/engine/nodetwincheck.h"
#include "core/engine/relayengineprivate.h"
#include "core/engine/unmigratedstorecheck.h"
#include "core/store/database.h"
#include "core/store/datadirectory.h"
#include "core/store/ownlisteners.h"
#include "core/store/settings.h"
#include "core/store/storehealth.h"
#include "core/tls/certificatenames.h"
#include "core/tls/threadtlsstate.h"
#include "core/tls/tlscontext.h"
#include "core/util/clock.h"
#include "core/util/epolldispatcher.h"
#include "core/util/logcategories.h"
#include "core/util/loglevels.h"
#include "core/util/logline.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

#include <atomic>
#include <memory>
#include <utility>

#include <unistd.h>

namespace RelayDesk {

namespace {
/// How long a stop waits for the transactions under way to end: most receiving servers answer the final dot
/// within a second or two, a filtering one within some seconds, a content scanner's in tens of seconds (an
/// outside tester's 20 s one got its message twice with 10 s here); within systemd's TimeoutStopSec (30 s in
/// the unit). A window's Quit closes the window first: only the process waits.
constexpr int kStopGraceMs = 20'000;
} // namespace

RelayEngine::RelayEngine(QString dataDir, EngineFace face, QObject* parent)
    : EngineControl(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->dataDir = std::move(dataDir);
    d->face = face;
    qRegisterMetaType<RelayDesk::SessionInfo>();
    qRegisterMetaType<QList<RelayDesk::SessionInfo>>();
    qRegisterMetaType<RelayDesk::StoreChanges>();
    qRegisterMetaType<QList<RelayDesk::DeliveryInFlight>>();
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

void RelayEngine::Private::startWorkers(int count)
{
    for (int i = 0; i < count; ++i) {
        auto* thread = new QThread;
        thread->setObjectName(QStringLiteral("relaydesk-smtp-%1").arg(i));
        EpollDispatcher::installOn(thread);
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
    // A mistyped --data-dir naming a directory of other files got a relay of its own there, on the default
    // ports (an outside tester): refused before the lock file, so that nothing is left behind.
    if (DataDirectory::holdsOtherFiles(d->dataDir))
        return Status::failure(DataDirectory::otherFilesProblem(d->dataDir));
    // Before anything else, so that a second engine neither migrates the store nor binds a port. An engine
    // that waits for its store (below) holds it already.
    if (!d->lock) {
        auto lock = EngineLock::acquire(d->dataDir, d->face);
        if (!lock)
            return Status::failure(lock.error());
        // An engine answers on the control channel although the lock was free: its lock file was removed
        // by hand. Started anyway, this one delivered beside it and, failing at the ports it held, took its
        // control socket along (an outside tester: `status` said no relay ran).
        if (const auto other = ControlAccess::answeringPid(d->dataDir); other && *other != ::getpid())
            return Status::failure(
                QStringLiteral("a relay engine%1 already runs on the data directory %2 and answers on %3, "
                               "though its lock file %4 was removed: stop that engine first (nothing was "
                               "started here)")
                    .arg(*other > 0 ? QStringLiteral(" (pid %1)").arg(*other) : QString(), d->dataDir,
                         ControlAccess::socketPath(d->dataDir), EngineLock::lockPath(d->dataDir)));
        d->lock = std::move(lock).value();
    }
    StoreHealth::logChanges();
    if (Status s = Database::initialize(d->dataDir); !s) {
        // A PostgreSQL server that does not answer yet: the caller tries again, and meanwhile this engine is
        // the data directory's. It keeps the lock and answers on its control channel ("running: no" and
        // the store's state), so that a second engine is refused, `status` says what it waits for, and a
        // window attaches to it rather than racing it for the directory (an outside tester's window won
        // and the relay service quit).
        if (Database::isServerAway(s.error())) {
            if (!d->control) {
                d->control = std::make_unique<ControlServer>(*this, d->dataDir, d->lock->self());
                if (Status listening = d->control->listen(); !listening)
                    d->control.reset();
            }
            return s;
        }
        d->control.reset();
        d->lock.reset();
        return s;
    }
    if (Status s = Database::checkIntegrity(d->dataDir); !s) {
        d->lock.reset();
        return s;
    }
    if (Status s = UnmigratedStoreCheck::check(d->dataDir); !s) {
        d->control.reset();
        d->lock.reset();
        return s;
    }
    if (Status s = NodeTwinCheck::check(d->dataDir); !s) {
        d->control.reset();
        d->lock.reset();
        return s;
    }
    const Settings settings(d->dataDir);
    LogLevels::setFromSetting(settings.value(QStringLiteral("log.level")));
    d->applied = settings.values();
    ListenerCertificate::followAtStart(d->dataDir, settings.value(QStringLiteral("tls.certificate")),
                                       settings.value(QStringLiteral("tls.key")),
                                       OwnListeners::fromSettings(settings));
    // A hostname set while no engine ran (relaydesk config set server.hostname ...), for the certificate of
    // the first start only: one made with `tls generate` names what the admin chose then.
    if (settings.value(QStringLiteral("tls.certificate")).isEmpty())
        ListenerCertificate::followHostname(d->dataDir, {}, {},
                                            settings.value(QStringLiteral("server.hostname")));
    d->startedWith = d->applied;
    bool hadPending = false;
    {
        QMutexLocker locker(&d->statusMutex);
        hadPending = !d->pendingRestart.isEmpty();
        d->pendingRestart.clear();
    }
    if (hadPending)
        Q_EMIT pendingRestartChanged();
    auto tls = TlsContext::load(
        d->dataDir, settings.value(QStringLiteral("tls.certificate")),
        settings.value(QStringLiteral("tls.key")), settings.value(QStringLiteral("server.hostname")),
        [&settings]() {
            return CertificateNames::reachableAddresses(OwnListeners::fromSettings(settings).addresses());
        },
        Private::secondPairOf(d->applied));
    if (tls)
        Private::warnSecondPairLeftOut(tls.value());
    // Every listener speaks TLS (implicit, or STARTTLS for AUTH and on the LAN): without a usable certificate
    // none of them listens, and each says why, instead of listening and failing every handshake.
    const QString tlsProblem = tls ? QString() : QStringLiteral("TLS cannot be set up: %1").arg(tls.error());
    d->appliedTls = tls ? Private::tlsIdentity(tls.value()) : QByteArray();
    {
        QMutexLocker locker(&d->statusMutex);
        d->certificate = tls ? tls->configuration().localCertificate() : QSslCertificate();
    }

    d->writer = std::make_unique<StoreWriter>(d->dataDir);
    d->spool = std::make_unique<MessageSpool>(*d->writer);
    d->configureLimits(settings);
    d->buildEnvironment(settings, tls ? tls.value() : TlsContext());
    d->startWorkers(qBound(1, settings.intValue(QStringLiteral("engine.worker_threads")), 64));
    d->startListenerThread();
    QList<ListenerStatus> statuses;
    QMetaObject::invokeMethod(
        d->changeWatch,
        [this, wanted = Private::wantedListeners(settings, tlsProblem), &statuses] {
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
    d->heapTrimmer = std::make_unique<HeapTrimmer>();
    // The free-text index of the Delivery Logs follows the store's changes in batches once the mail has
    // passed, and catches up with what the command line or an earlier run noted once the start is over.
    d->searchIndex = std::make_unique<SearchIndexScheduler>(d->writer.get());
    d->searchIndex->schedule();

    d->heartbeat = std::make_unique<NodeHeartbeat>(d->dataDir, d->writer.get(), [this] {
        NodeHeartbeat::Load load;
        load.sessions = d->registry.openCount();
        QMutexLocker locker(&d->wakeMutex);
        load.inFlight = d->delivery ? d->delivery->service()->inFlight() : 0;
        return load;
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
        // About every two seconds: a lock file removed by hand is made again and locked, so that commands
        // and a second engine see this one.
        if (++d->publishTicks % 8 == 0 && d->lock)
            d->lock->keepInPlace();
        // About every five seconds, on the thread that reads the store's changes: DKIM keys that could not be
        // used are read again (DkimMessageSigner::retryUnusable reads nothing while all are usable).
        if (d->publishTicks % 20 == 0 && d->signer)
            QMetaObject::invokeMethod(
                d->changeWatch, [this] { d->signer->retryUnusable(); }, Qt::QueuedConnection);
        d->credentialUse->flushIfDue(nowMs());
        d->refusedLogins->flushIfDue(nowMs());
        d->limitRefusals->flushIfDue(nowMs());
        d->refusedSubmissions->flushIfDue(nowMs());
        if (d->registry.takeChanged())
            Q_EMIT sessionsChanged(sessions());
        // A delivery started or ended; or delivery stopped (and its runner went) with some still shown.
        bool deliveriesMoved = false;
        {
            QMutexLocker locker(&d->wakeMutex);
            deliveriesMoved =
                d->delivery ? d->delivery->service()->deliveries().takeChanged() : d->deliveriesShown;
        }
        if (deliveriesMoved) {
            const QList<DeliveryInFlight> now = deliveries();
            d->deliveriesShown = !now.isEmpty();
            Q_EMIT deliveriesChanged(now);
        }
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
    if (d->control) {
        // It answered while the engine waited for its store: attached windows learn that it runs now.
        Q_EMIT listenersChanged();
    } else {
        d->control = std::make_unique<ControlServer>(*this, d->dataDir, d->lock->self());
        if (Status listening = d->control->listen(); !listening) {
            qCWarning(lcEngine) << LogLine("control_unavailable").add("error", listening.error());
            d->control.reset();
        }
    }
    logStart(statuses, d->face, d->dataDir, d->delivery != nullptr);
    Q_EMIT listenersChanged();
    return {};
}

void RelayEngine::stop()
{
    if (!d->running) {
        // Stopped while it waited for its store: only the channel and the lock to give back.
        d->control.reset();
        d->lock.reset();
        return;
    }
    d->running = false;
    d->publishTimer.stop();
    // Said in the lock file first: a window or service started meanwhile waits for this one to let go.
    if (d->lock)
        d->lock->markStopping();
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
    // 3. Delivery: no new transactions; those under way end and their outcomes are recorded, for at most
    // kStopGraceMs (docs/operations.md, "A clean stop"). What is still unrecorded
    // then is delivered again after a restart.
    std::unique_ptr<QueueRunnerThread> delivery;
    {
        QMutexLocker locker(&d->wakeMutex);
        delivery = std::move(d->delivery);
    }
    if (delivery) {
        if (const int unfinished = delivery->finish(kStopGraceMs); unfinished > 0)
            qCWarning(lcEngine) << LogLine("delivery_unfinished")
                                       .add("jobs", unfinished)
                                       .add("waited_ms", kStopGraceMs)
                                       .add("effect", "tried again after the next start: a message whose "
                                                      "server already accepted it arrives twice");
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
    d->heapTrimmer.reset();
    d->searchIndex.reset();
    d->credentialUse->flush();
    d->refusedLogins->flush();
    d->limitRefusals->flush();
    d->limiter.setRefusalRecorder(nullptr);
    d->refusedSubmissions->flush();
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
    d->env.refusedLogins = nullptr;
    d->refusedLogins.reset();
    d->env.limitRefusals = nullptr;
    d->limitRefusals.reset();
    d->env.refusedSubmissions = nullptr;
    d->refusedSubmissions.reset();
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

void RelayEngine::askStoreUnreachableSince(std::function<void(qint64 sinceMs)> done)
{
    // This process's own record: the engine's failed openings and the window's reads alike.
    const StoreHealth::State state = StoreHealth::current();
    if (done)
        done(state.reachable ? 0 : state.unreachableSinceMs);
}

QList<DeliveryInFlight> RelayEngine::deliveries() const
{
    QMutexLocker locker(&d->wakeMutex);
    return d->delivery ? d->delivery->service()->deliveries().snapshot() : QList<DeliveryInFlight>();
}

QDateTime RelayEngine::certificateExpiry() const
{
    QMutexLocker locker(&d->statusMutex);
    return d->certificate.expiryDate();
}

QString RelayEngine::certificateFingerprint() const
{
    QMutexLocker locker(&d->statusMutex);
    return Private::fingerprintOf(d->certificate);
}

QList<PendingRestart> RelayEngine::pendingRestart() const
{
    if (!d->running)
        return {};
    // The store as it is now, not as the last apply saw it (which follows within a second): a `status` right
    // after `config set` shows the change. d->pendingRestart only tells the apply when to signal a change.
    return PendingRestart::between(d->startedWith, Settings(d->dataDir).values());
}

void RelayEngine::reload()
{
    if (!d->running || !d->changeWatch)
        return;
    QMetaObject::invokeMethod(
        d->changeWatch, [this] { d->scheduleApply(QStringLiteral("reload requested")); },
        Qt::QueuedConnection);
}

void RelayEngine::reloadThen(std::function<void()> applied)
{
    if (!applied)
        applied = [] {};
    if (!d->running || !d->changeWatch)
        return applied();
    // Four steps, each queued behind what the one before it queued: on the listener thread, the admin changes
    // (a credential revoked, an agent's limits, a route: Private::onAdminChange) and the apply; on each
    // session worker, the access recheck they queued there (a session of a revoked credential ends before the
    // command returns); on this thread, the apply's last step (delivery on or off,
    // Private::setDeliveryEnabled); on the delivery thread, the runner's start, stop or reload. Then applied,
    // back on this thread.
    auto answer = [this, applied] { QMetaObject::invokeMethod(this, applied, Qt::QueuedConnection); };
    auto passDelivery = [this, answer] {
        QMutexLocker locker(&d->wakeMutex);
        if (d->delivery)
            QMetaObject::invokeMethod(d->delivery->service(), answer, Qt::QueuedConnection);
        else
            answer();
    };
    auto passWorkers = [this, passDelivery] {
        auto left = std::make_shared<std::atomic<int>>(int(d->workers.size()));
        if (*left == 0)
            return passDelivery();
        for (SessionWorker* worker : d->workers) {
            QMetaObject::invokeMethod(
                worker,
                [this, left, passDelivery] {
                    if (left->fetch_sub(1) == 1)
                        QMetaObject::invokeMethod(this, passDelivery, Qt::QueuedConnection);
                },
                Qt::QueuedConnection);
        }
    };
    QMetaObject::invokeMethod(
        d->changeWatch,
        [this, passWorkers] {
            d->changeWatch->pollNow(); // before the apply, as a tick would run them
            d->applyConfiguration(QStringLiteral("reload requested"));
            // The DKIM keys from their files too: a key the engine could not read (its mode fixed since, an
            // outside tester) signed nothing until a restart.
            if (d->signer)
                d->signer->reload();
            passWorkers();
        },
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
                                     std::function<void(const QueueActionResult& result)> done)
{
    if (!d->running || !d->writer) {
        done({{tr("The relay engine is not running.")}, {}, {}, {}});
        return;
    }
    const QString dataDir = d->dataDir;
    StoreWriter* writer = d->writer.get();
    QPointer<RelayEngine> self(this);
    // A message this engine is delivering now is not bounced: its sender would be told it failed while it
    // may still arrive (an outside tester's did, 18 s before the delivery). Said for each such message.
    QStringList acted = queueIds;
    QStringList underWay;
    if (action == QueueAction::Bounce) {
        for (const DeliveryInFlight& delivery : deliveries()) {
            if (acted.removeAll(delivery.queueId) > 0)
                underWay << QueueActions::underWayRefusal(delivery.queueId);
        }
    }
    d->authPool.start(
        [self, dataDir, writer, action, queueIds = std::move(acted), underWay, done = std::move(done)] {
            QueueActions actions(dataDir, writer);
            QueueActionResult result = applyQueueAction(actions, action, queueIds);
            result.errors << underWay;
            Database::releaseThreadConnection(dataDir);
            QMetaObject::invokeMethod(
                self,
                [self, result, done, count = static_cast<int>(queueIds.size())] {
                    if (self) {
                        StoreChanges changes;
                        changes.queueActions = count;
                        self->d->storeChanges.add(changes);
                        self->wakeDelivery();
                    }
                    done(result);
                },
                Qt::QueuedConnection);
        });
}

} // namespace RelayDesk
