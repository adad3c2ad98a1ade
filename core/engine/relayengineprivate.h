#pragma once

#include "core/agents/credentialcache.h"
#include "core/agents/credentialuserecorder.h"
#include "core/delivery/queuerunnerthread.h"
#include "core/dkim/dkimmessagesigner.h"
#include "core/engine/adminchangewatch.h"
#include "core/engine/connectionlimiter.h"
#include "core/engine/controlserver.h"
#include "core/engine/heaptrimmer.h"
#include "core/engine/limitrefusalrecorder.h"
#include "core/engine/listenerset.h"
#include "core/engine/livesessionsettings.h"
#include "core/engine/nodeheartbeat.h"
#include "core/engine/pendingrestart.h"
#include "core/engine/relayengine.h"
#include "core/engine/retentionscheduler.h"
#include "core/engine/searchindexscheduler.h"
#include "core/engine/senderrulescache.h"
#include "core/engine/sendinglimitbook.h"
#include "core/engine/sessionenvironment.h"
#include "core/engine/sessionregistry.h"
#include "core/engine/sessionworker.h"
#include "core/engine/storechangebatch.h"
#include "core/engine/trusteddevicecache.h"
#include "core/security/auththrottle.h"
#include "core/security/authverifier.h"
#include "core/security/refusedloginrecorder.h"
#include "core/security/refusedsubmissionrecorder.h"
#include "core/store/enginelock.h"
#include "core/store/messagespool.h"
#include "core/store/storewriter.h"
#include "core/tls/ticketkeyring.h"
#include "core/tls/tlsservercontext.h"

#include <QMap>
#include <QMutex>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

namespace RelayDesk {

class Settings;

/// The state of a RelayEngine and the threads it runs (relayengine.cpp starts and stops them;
/// relayengineconfig.cpp applies what admins change while they run).
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
    std::unique_ptr<RefusedLoginRecorder> refusedLogins;
    std::unique_ptr<LimitRefusalRecorder> limitRefusals;
    std::unique_ptr<RefusedSubmissionRecorder> refusedSubmissions;
    std::vector<QThread*> workerThreads;
    std::vector<SessionWorker*> workers;
    QThread* listenerThread = nullptr;
    ListenerSet* listenerSet = nullptr;      ///< used only on listenerThread
    AdminChangeWatch* changeWatch = nullptr; ///< lives on listenerThread
    qint64 lastLockoutEventId = 0;      ///< the last lockout event followed; touched only on listenerThread
    QMap<QString, QString> applied;     ///< the settings in use; on listenerThread once started
    QMap<QString, QString> startedWith; ///< the settings at start(): the needsRestart ones stay in use
    QByteArray appliedTls;              ///< tlsIdentity() of the certificate in use, likewise
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
    QList<PendingRestart> pendingRestart; ///< what waited at the last apply (to signal changes); statusMutex
    std::atomic<quint64> accepted{0};
    std::atomic<int> acceptedSinceSignal{0};
    bool deliveriesShown = false;  ///< the last deliveriesChanged listed some (engine thread only)
    StoreChangeBatch storeChanges; ///< filled on the engine's threads, published by publishTimer
    std::atomic<quint64> nextSessionId{1};
    QTimer publishTimer;
    quint64 publishTicks = 0; ///< publishTimer's ticks, for what it does less often
    std::unique_ptr<QueueRunnerThread> delivery;
    std::unique_ptr<RetentionScheduler> retention;
    std::unique_ptr<HeapTrimmer> heapTrimmer; ///< returns what bursts of large messages freed
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
    void loadSendingLimits(const QString& reason);
    /// auth.cache_ttl, auth.verify_threads and auth.verify_memory_mb, at start and on every apply.
    void configureVerification(const Settings& settings);
    void buildEnvironment(const Settings& settings, const TlsContext& tls);
    /// The one OpenSSL context of every session for tls's certificate: the one in use while it is the same.
    std::shared_ptr<const TlsServerContext> serverContextFor(const TlsContext& tls);
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
    void watchSharedSendingUse(QObject* watch);
    /// On listenerThread: one applyConfiguration() soon for all the reasons given until then.
    void scheduleApply(const QString& reason);
    /// On listenerThread: applies the stored configuration to the running engine (docs/operations.md,
    /// "Apply without restart") and logs what changed.
    void applyConfiguration(const QString& reason);

    /// On listenerThread: an admin changed who may send, lifted a lockout or queued a message, in this or
    /// another process.
    void onAdminChange(const QString& topic);

    /// What identifies the certificate in use: its chain and key (a file replaced in place shows here).
    static QByteArray tlsIdentity(const TlsContext& tls);
    /// The settings' second pair (tls.second_certificate, tls.second_key) for TlsContext::load.
    static TlsContext::SecondPair secondPairOf(const QMap<QString, QString>& values);
    /// A warning in the log when the listeners leave the second pair out (TlsContext::secondProblem).
    static void warnSecondPairLeftOut(const TlsContext& tls);
    static QString fingerprintOf(const QSslCertificate& certificate);
    /// What the configuration asks of each listener, in ListenerSet::kinds() order; error says why an
    /// enabled one cannot listen at all.
    static QList<ListenerStatus> wantedListeners(const Settings& settings, const QString& tlsProblem);
};

} // namespace RelayDesk
