#include "core/agents/agentdirectory.h"
#include "core/agents/agentlimitstore.h"
#include "core/dkim/dkimkeystore.h"
#include "core/engine/listenercertificate.h"
#include "core/engine/relayengineprivate.h"
#include "core/security/authlockouts.h"
#include "core/store/adminchanges.h"
#include "core/store/ownlisteners.h"
#include "core/store/settings.h"
#include "core/store/storeaddress.h"
#include "core/tls/certificatenames.h"
#include "core/tls/tlscontext.h"
#include "core/util/clock.h"
#include "core/util/hostport.h"
#include "core/util/logcategories.h"
#include "core/util/loglevels.h"
#include "core/util/logline.h"

#include <QCryptographicHash>
#include <QSslKey>
#include <QTimer>

#include <algorithm>
#include <utility>

// How a running engine takes in what admins change (docs/operations.md, "Apply without restart"): the
// settings, the certificate, the agents' access and limits, lockouts, DKIM keys and routes.

namespace RelayDesk {

namespace {

bool sameStatuses(const QList<ListenerStatus>& a, const QList<ListenerStatus>& b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const ListenerStatus& x, const ListenerStatus& y) {
                          return x.name == y.name && x.address == y.address && x.enabled == y.enabled &&
                                 x.listening == y.listening && x.error == y.error;
                      });
}

} // namespace

QByteArray RelayEngine::Private::tlsIdentity(const TlsContext& tls)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QSslCertificate& certificate : tls.configuration().localCertificateChain())
        hash.addData(certificate.toDer());
    hash.addData(tls.configuration().privateKey().toDer());
    // A second pair added, replaced or left out is a change of what the listeners serve too.
    for (const QSslCertificate& certificate : tls.secondChain())
        hash.addData(certificate.toDer());
    if (!tls.secondKey().isNull())
        hash.addData(tls.secondKey().toDer());
    return hash.result();
}

void RelayEngine::Private::warnSecondPairLeftOut(const TlsContext& tls)
{
    // The first pair serves every client that can use it; the ones that need the other key type are told
    // "no shared cipher", which says nothing of the certificate.
    if (!tls.secondProblem().isEmpty())
        qCWarning(lcConfig) << LogLine("second_certificate_refused")
                                   .add("error", tls.secondProblem())
                                   .add("effect",
                                        "clients that cannot use the first certificate cannot connect");
}

TlsContext::SecondPair RelayEngine::Private::secondPairOf(const QMap<QString, QString>& values)
{
    return {values.value(QStringLiteral("tls.second_certificate")),
            values.value(QStringLiteral("tls.second_key"))};
}

QString RelayEngine::Private::fingerprintOf(const QSslCertificate& certificate)
{
    // No certificate loaded (the store was out of reach at the start): none, not the digest of nothing
    // (E3:B0:C4:42:..., which `status --json` showed an outside tester).
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')).toUpper();
}

QList<ListenerStatus> RelayEngine::Private::wantedListeners(const Settings& settings,
                                                            const QString& tlsProblem)
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

void RelayEngine::Private::configureLimits(const Settings& settings)
{
    throttle.configure(settings.intValue(QStringLiteral("auth.max_failures")),
                       qint64(settings.intValue(QStringLiteral("auth.failure_window"))) * 1000,
                       qint64(settings.intValue(QStringLiteral("auth.lockout"))) * 1000,
                       settings.intValue(QStringLiteral("auth.max_in_flight_per_address")));
    // Lockouts outlive a restart; unlocks made after this point reach the engine through the change watch.
    const AuthLockouts lockouts(dataDir);
    lastLockoutEventId = lockouts.lastEventId();
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

std::shared_ptr<const TlsServerContext> RelayEngine::Private::serverContextFor(const TlsContext& tls)
{
    if (tls.configuration().localCertificate().isNull())
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

void RelayEngine::Private::buildEnvironment(const Settings& settings, const TlsContext& tls)
{
    env.dataDir = dataDir;
    const auto storeAddress = StoreAddress::ofDataDir(dataDir);
    env.localStore = storeAddress && !storeAddress->isPostgreSql();
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
    refusedLogins = std::make_unique<RefusedLoginRecorder>(writer.get());
    env.refusedLogins = refusedLogins.get();
    limitRefusals = std::make_unique<LimitRefusalRecorder>(writer.get());
    env.limitRefusals = limitRefusals.get();
    refusedSubmissions = std::make_unique<RefusedSubmissionRecorder>(writer.get());
    env.refusedSubmissions = refusedSubmissions.get();
    limiter.setRefusalRecorder(refusedSubmissions.get());
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
    if (before.value(QStringLiteral("server.hostname")) != values.value(QStringLiteral("server.hostname")))
        ListenerCertificate::followHostname(dataDir, values.value(QStringLiteral("tls.certificate")),
                                            values.value(QStringLiteral("tls.key")),
                                            values.value(QStringLiteral("server.hostname")));
    QString tlsProblem;
    bool certificateChanged = false;
    const auto loadCertificate = [&] {
        TlsContext tls = sessionSettings.current()->tls;
        const auto loaded = TlsContext::load(
            dataDir, values.value(QStringLiteral("tls.certificate")), values.value(QStringLiteral("tls.key")),
            values.value(QStringLiteral("server.hostname")),
            [&settings]() {
                return CertificateNames::reachableAddresses(OwnListeners::fromSettings(settings).addresses());
            },
            secondPairOf(values));
        if (loaded)
            warnSecondPairLeftOut(loaded.value());
        if (loaded && tlsIdentity(loaded.value()) != appliedTls) {
            tls = loaded.value();
            appliedTls = tlsIdentity(tls);
            certificateChanged = true;
            const QSslCertificate leaf = tls.configuration().localCertificate();
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
    };
    loadCertificate();
    throttle.configure(settings.intValue(QStringLiteral("auth.max_failures")),
                       qint64(settings.intValue(QStringLiteral("auth.failure_window"))) * 1000,
                       qint64(settings.intValue(QStringLiteral("auth.lockout"))) * 1000,
                       settings.intValue(QStringLiteral("auth.max_in_flight_per_address")));
    configureVerification(settings);
    limiter.configure(settings.intValue(QStringLiteral("limits.max_connections")),
                      settings.intValue(QStringLiteral("limits.max_connections_per_address")));

    const QList<ListenerStatus> statuses = listenerSet->apply(wantedListeners(settings, tlsProblem), &done);
    bool listenersMoved = certificateChanged;
    QList<ListenerStatus> previous;
    {
        QMutexLocker locker(&statusMutex);
        listenersMoved = listenersMoved || !sameStatuses(listenerStatus, statuses);
        previous = std::exchange(listenerStatus, statuses);
    }
    // A listener moved to an address the generated certificate does not name: a new one names it too, once
    // the listener is bound there (also when a bind that failed before succeeds now). An address that could
    // not be bound (a typing mistake, a port another program holds) changes no certificate: an outside
    // tester's clients, which trusted the exported one, failed after a mistyped address had been set back.
    const auto boundOf = [](const OwnListeners& listeners, const QList<ListenerStatus>& bound) {
        QList<OwnListeners::Endpoint> endpoints;
        for (const OwnListeners::Endpoint& endpoint : listeners.endpoints()) {
            if (std::any_of(bound.cbegin(), bound.cend(), [&](const ListenerStatus& status) {
                    return status.name == endpoint.name && status.listening;
                }))
                endpoints << endpoint;
        }
        return OwnListeners(endpoints, {});
    };
    if (ListenerCertificate::follow(
            dataDir, values.value(QStringLiteral("tls.certificate")), values.value(QStringLiteral("tls.key")),
            boundOf(OwnListeners::fromValues([&before](const QString& key) { return before.value(key); }),
                    previous),
            boundOf(OwnListeners::fromSettings(settings), statuses))) {
        loadCertificate();
        listenersMoved = listenersMoved || certificateChanged;
    }
    // A listener this change left down is a warning, as at the start (docs/operations.md): an outside tester
    // found it only among the info lines of the apply.
    for (const ListenerStatus& status : statuses) {
        const auto was = std::find_if(previous.cbegin(), previous.cend(),
                                      [&](const ListenerStatus& p) { return p.name == status.name; });
        const bool newlyDown = was == previous.cend() || was->listening || was->address != status.address ||
                               was->error != status.error;
        if (status.enabled && !status.listening && newlyDown)
            qCWarning(lcEngine) << LogLine("listener_failed")
                                       .add("listener", status.name)
                                       .add("address", status.address)
                                       .add("error", status.error)
                                       .add("reason", reason);
    }
    {
        QMutexLocker locker(&wakeMutex);
        if (delivery)
            delivery->reload();
    }
    const bool deliver = settings.boolValue(QStringLiteral("delivery.enabled"));
    QStringList listening; // as the start registers the node (RelayEngine::start)
    for (const ListenerStatus& status : statuses) {
        if (status.listening)
            listening << status.address;
    }
    QMetaObject::invokeMethod(
        q,
        [this, deliver, listenersMoved, listeningAddresses = listening.join(QStringLiteral(", "))] {
            if (!running)
                return;
            setDeliveryEnabled(deliver);
            if (listenersMoved)
                Q_EMIT q->listenersChanged();
            if (heartbeat)
                heartbeat->setAddress(listeningAddresses);
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

void RelayEngine::Private::loadSendingLimits(const QString& reason)
{
    const bool start = reason.isEmpty();
    if (Status loaded = sendingLimits.load(dataDir, start); !loaded)
        qCWarning(lcConfig) << LogLine("sending_limits_not_loaded").add("error", loaded.error());
    else if (!start)
        qCInfo(lcConfig) << LogLine("config_applied").add("reason", reason).add("sending_limits", "reloaded");
}

void RelayEngine::Private::watchSharedSendingUse(QObject* watch)
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

void RelayEngine::Private::onAdminChange(const QString& topic)
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
        // In the order they happened: an address locked out on another node, then lifted, ends unlocked.
        const auto events = AuthLockouts(dataDir).eventsSince(&lastLockoutEventId);
        const qint64 now = nowMs();
        int changed = 0;
        for (const LockoutEvent& event : events ? events.value() : QList<LockoutEvent>()) {
            if (event.lifted) {
                throttle.unlock(event.address);
                qCInfo(lcAuth)
                    << LogLine("auth_lockout_lifted").add("client", event.address).add("by", "admin");
                ++changed;
            } else if (event.lockedUntil > now) {
                // This node's own lockouts come back here too; locking again until the same end changes
                // nothing.
                throttle.lock(event.address, event.lockedUntil);
                ++changed;
            }
        }
        if (changed > 0) {
            StoreChanges lockouts;
            lockouts.lockouts = changed;
            storeChanges.add(lockouts);
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
        // New sessions take a route's name without a dot at RCPT (SessionPolicy::routedNames).
        if (const std::shared_ptr<const SessionSettings> current = sessionSettings.current())
            sessionSettings.replace(
                SessionSettings::read(Settings(dataDir), current->tls, current->tlsServer));
        QMutexLocker locker(&wakeMutex);
        if (delivery)
            delivery->reload();
    }
}

} // namespace RelayDesk
