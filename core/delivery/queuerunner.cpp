#include "core/delivery/queuerunner.h"
#include "core/delivery/jobstartcheck.h"
#include "core/delivery/queueleases.h"
#include "core/outbound/deliverytransport.h"
#include "core/outbound/outboundtransport.h"
#include "core/store/database.h"
#include "core/store/messagespool.h"
#include "core/store/nodeidentity.h"
#include "core/store/retentionpurge.h"
#include "core/store/settings.h"
#include "core/store/sqldialect.h"
#include "core/store/storehealth.h"
#include "core/store/storewriter.h"
#include "core/util/clock.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <mutex>
#include <utility>

namespace RelayDesk {

struct QueueRunner::Guard
{
    std::mutex mutex;
    QueueRunner* service = nullptr;
};

QueueRunner::QueueRunner(QString dataDir, StoreWriter* writer, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_writer(writer), m_scheduler(m_dataDir), m_timer(this),
      m_leaseTimer(this), m_guard(std::make_shared<Guard>()),
      m_signing(
          writer, [this](const DeliveryJob& job) { handOut(job); }, this)
{
    m_guard->service = this;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &QueueRunner::runScheduler);
    connect(&m_leaseTimer, &QTimer::timeout, this, &QueueRunner::renewLeases);
    m_recordAgainTimer.setParent(this); // moves to the delivery thread with the service
    m_recordAgainTimer.setSingleShot(true);
    connect(&m_recordAgainTimer, &QTimer::timeout, this, [this] {
        if (!m_recording && !m_recordAgain.isEmpty())
            recordPending();
    });
}

QueueRunner::~QueueRunner()
{
    std::lock_guard lock(m_guard->mutex);
    m_guard->service = nullptr;
}

void QueueRunner::post(const std::shared_ptr<Guard>& guard, std::function<void()> call)
{
    // Static, with the guard held by the caller's copy: the service may be gone by the time the writer
    // calls back, so nothing of it is read here unless the guard says it is still alive.
    std::lock_guard lock(guard->mutex);
    if (guard->service)
        QMetaObject::invokeMethod(guard->service, std::move(call), Qt::QueuedConnection);
}

void QueueRunner::noteConfigureFailure(const QString& error)
{
    // The settings could not be read because the store is away (StoreHealth logs that): nothing is wrong
    // with the delivery configuration itself. The session may end under the reading before any opening has
    // failed (a restart of the server as the engine starts), so the error's words count as well.
    if (StoreHealth::isUnreachable() || Database::isStoreAway(error))
        qCDebug(lcDelivery) << LogLine("delivery_settings_unreadable").add("error", error);
    else
        qCWarning(lcDelivery) << LogLine("delivery_misconfigured").add("error", error);
}

DeliveryTransport* QueueRunner::outboundTransport()
{
    auto* transport = new OutboundTransport(this);
    const Status configured = transport->configure(m_dataDir);
    if (!configured)
        noteConfigureFailure(configured.error());
    m_insecureWarnings = transport->insecureWarnings();
    for (const QString& warning : std::as_const(m_insecureWarnings)) // at each start, and when it changes
        qCWarning(lcDelivery) << LogLine("tls_verification_off").add("warning", warning);
    m_heloProblem = OutboundTransport::heloProblem(transport->options().heloName);
    if (!m_heloProblem.isEmpty())
        qCWarning(lcDelivery) << LogLine("hostname_not_qualified").add("warning", m_heloProblem);
    m_configuredAt = nowMs();
    m_outbound = transport;
    return transport;
}

void QueueRunner::reconfigure()
{
    // Settings and routes may change from the command line or the GUI: re-read them now and then.
    if (!m_outbound || nowMs() - m_configuredAt < 10'000)
        return;
    m_configuredAt = nowMs();
    if (const Status configured = m_outbound->configure(m_dataDir); !configured)
        noteConfigureFailure(configured.error());
    if (QStringList warnings = m_outbound->insecureWarnings(); warnings != m_insecureWarnings) {
        m_insecureWarnings = std::move(warnings);
        for (const QString& warning : std::as_const(m_insecureWarnings))
            qCWarning(lcDelivery) << LogLine("tls_verification_off").add("warning", warning);
    }
    if (QString problem = OutboundTransport::heloProblem(m_outbound->options().heloName);
        problem != m_heloProblem) {
        m_heloProblem = std::move(problem);
        if (!m_heloProblem.isEmpty())
            qCWarning(lcDelivery) << LogLine("hostname_not_qualified").add("warning", m_heloProblem);
    }
}

void QueueRunner::start()
{
    if (m_running)
        return;
    if (!m_transport) {
        m_transport = m_factory ? m_factory(this) : outboundTransport();
        if (!m_transport)
            qCWarning(lcDelivery) << LogLine("delivery_unavailable")
                                         .add("error",
                                              "no delivery transport: the queue is kept but not delivered");
        else {
            connect(m_transport, &DeliveryTransport::finished, this, &QueueRunner::onFinished);
            m_transport->setStartCheck([this](const DeliveryJob& job) { return mayStart(job); });
            connect(m_transport, &DeliveryTransport::waitingChanged, this,
                    [this](const DeliveryJob& job, bool waiting) { m_deliveries.setWaiting(job, waiting); });
        }
    }
    // docs/architecture.md, "durable accept": nothing to recover. Recipients still queued or deferred after a
    // crash are simply due.
    readSettings();
    takeNodeIdentity();
    m_running = true;
    wake();
}

void QueueRunner::stop()
{
    m_running = false;
    m_timer.stop();
    // The lease timer keeps running: jobs in flight finish, and their leases must not run out meanwhile.
}

void QueueRunner::finish()
{
    // docs/operations.md, "A clean stop": the reply a server gave to a transaction's final dot is recorded
    // before the engine goes; one dropped would have the message delivered again after the next start.
    m_finishing = true;
    stop();
    if (m_inFlight == 0)
        Q_EMIT idle();
}

void QueueRunner::takeNodeIdentity()
{
    if (m_nodeKnown)
        return; // a restart after stop(): the jobs still in flight hold their leases
    m_nodeKnown = true;
    const NodeIdentity node = NodeIdentity::of(m_dataDir);
    if (node.id.isEmpty()) {
        // Without an id this node takes no leases: right for one node alone, which is all it can be then.
        qCWarning(lcDelivery) << LogLine("node_id_unavailable")
                                     .add("error", NodeIdentity::load(m_dataDir).error())
                                     .add("effect", "delivering without queue leases");
        return;
    }
    m_context.node = node.id;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return;
    // docs/scaling.md, "Queue leases": only a shared store (PostgreSQL) can have another node. A SQLite store
    // lives in the data directory, which one engine holds at a time (EngineLock), so the recipients in flight
    // (m_busy) are all there is to exclude; a lease written there would only make every pass wait for the
    // store writer's group commit.
    if (!SqlDialect::isPostgreSql(db.value()))
        return;
    m_scheduler.setLease(node.id, m_leaseMs);
    m_signing.setSharedStore(true); // docs/operations.md, "When it is signed"
    // docs/scaling.md, "Queue leases", point 5: a node that starts has no pass that read the store to go by.
    // A lease that ran out may be a dead node's, or that of a node cut off from the store a moment ago (the
    // engine starts once the store answers, so one started during an outage met exactly that: it delivered
    // the other node's recipients again). For the grace after its first pass that reads the store it takes
    // no lease of another node's.
    m_storeLost = true;
    // This node starts with nothing in flight: whatever it held when it last ran (killed) is free now.
    if (const auto released = QueueLeases::releaseAll(db.value(), node.id); !released)
        qCWarning(lcQueue) << LogLine("leases_not_released").add("error", released.error());
    else if (released.value() > 0)
        qCInfo(lcQueue)
            << LogLine("leases_released").add("node", node.id).add("recipients", released.value());
    m_leaseTimer.start(int(std::max<qint64>(1000, m_leaseMs / 3)));
}

void QueueRunner::renewLeases()
{
    if (m_inFlight.load(std::memory_order_relaxed) == 0 || m_scheduler.leaseNode().isEmpty())
        return;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return;
    const qint64 now = nowMs();
    if (const auto renewed = QueueLeases::renew(db.value(), m_context.node, now, m_leaseMs); !renewed) {
        qCWarning(lcQueue) << LogLine("leases_not_renewed").add("error", renewed.error());
        return;
    }
    // What the store renewed: every lease of this node that had not run out (QueueLeases::renew).
    for (auto it = m_leaseUntil.begin(); it != m_leaseUntil.end(); ++it) {
        if (it.value() > now)
            it.value() = now + m_leaseMs;
    }
}

void QueueRunner::wake()
{
    if (!m_running || m_scheduled)
        return;
    m_scheduled = true;
    // Every accepted message and every batch of outcomes wakes the service; under load one pass per
    // interval serves them all, so a burst does not turn into a queue read per message.
    const qint64 wait = m_lastPassMs + kMinPassIntervalMs - nowMs();
    if (wait > 0)
        QTimer::singleShot(std::chrono::milliseconds(wait), this, &QueueRunner::runScheduler);
    else
        QMetaObject::invokeMethod(this, &QueueRunner::runScheduler, Qt::QueuedConnection);
}

void QueueRunner::reload()
{
    m_settingsReadAt = 0;
    if (m_outbound)
        m_configuredAt = 0;
    if (!m_running)
        return;
    reconfigure();
    readSettings();
    m_timer.stop(); // it may wait out the old poll interval
    wake();
}

QHash<qint64, int> QueueRunner::jobsUnderWayCopy() const
{
    // For a job of the store writer's thread: this thread changes m_jobsByMessage in place as soon as nothing
    // else shares its data, and implicit sharing's check for that is a relaxed load, no synchronisation with
    // the writer's copy of it (ThreadSanitizer caught the writer reading what this thread wrote).
    QHash<qint64, int> copy = m_jobsByMessage;
    copy.detach();
    return copy;
}

OutcomeRecorder::Context QueueRunner::context() const
{
    OutcomeRecorder::Context context = m_context;
    context.nowMs = nowMs();
    return context;
}

void QueueRunner::readSettings()
{
    // At most once a second: under load the scheduler runs after every recorded outcome.
    const qint64 now = nowMs();
    if (m_settingsReadAt != 0 && now - m_settingsReadAt < 1000)
        return;
    const bool first = !std::exchange(m_scheduleRead, true);
    m_settingsReadAt = now;
    const Settings settings(m_dataDir);
    const RetrySchedule::Policy before = m_context.schedule.policy();
    m_context.schedule = RetrySchedule::fromSettings(settings);
    const RetrySchedule::Policy& after = m_context.schedule.policy();
    if (!first && (after.maxMs < before.maxMs || after.giveUpAfterMs < before.giveUpAfterMs))
        bringRetriesForward(now);
    // The notices' Reporting-MTA and MAILER-DAEMON@ domain: the name the relay gives itself to other servers
    // (EHLO), so that a full delivery.helo_name set beside a short server.hostname ("vm") is what the
    // sender's mail system sees (an outside tester's notices came from MAILER-DAEMON@vm).
    m_context.hostname = settings.value(QStringLiteral("delivery.helo_name"));
    if (m_context.hostname.isEmpty())
        m_context.hostname = settings.value(QStringLiteral("server.hostname"));
    m_context.keepBodies = RetentionPolicy::fromSettings(settings).keepsBodies();
    m_maxInFlight = std::max(1, settings.intValue(QStringLiteral("delivery.max_in_flight")));
    m_pollMs = std::max(1, settings.intValue(QStringLiteral("delivery.poll_interval"))) * 1000;
    const qint64 leaseMs =
        qint64(std::max(1, settings.intValue(QStringLiteral("delivery.lease_time")))) * 1000;
    if (leaseMs != m_leaseMs) {
        m_leaseMs = leaseMs;
        if (!m_scheduler.leaseNode().isEmpty()) {
            m_scheduler.setLease(m_context.node, m_leaseMs);
            m_leaseTimer.start(int(std::max<qint64>(1000, m_leaseMs / 3)));
        }
    }
}

void QueueRunner::bringRetriesForward(qint64 now)
{
    // Shorter retry times apply to the mail already waiting, not only from each recipient's next attempt
    // (an outside tester saved "longest wait 2 minutes" and the queue kept attempts 6 minutes away): no
    // waiting recipient's next attempt is later than the new longest wait, nor than its message's new
    // give-up time (then its last attempt is due).
    if (!m_writer)
        return;
    const qint64 maxMs = m_context.schedule.policy().maxMs;
    const qint64 giveUpMs = m_context.schedule.policy().giveUpAfterMs;
    m_writer->submit([now, maxMs, giveUpMs](QSqlDatabase& db) {
        QSqlQuery wait(db);
        wait.prepare(QStringLiteral("UPDATE recipients SET next_attempt_at = ? WHERE state = 'deferred'"
                                    " AND lease_node = '' AND next_attempt_at > ?"));
        wait.addBindValue(now + maxMs);
        wait.addBindValue(now + maxMs);
        if (!wait.exec())
            return Status::failure(wait.lastError().text());
        const int waits = wait.numRowsAffected(); // SQLite's count is the connection's last statement's
        QSqlQuery deadline(db);
        deadline.prepare(QStringLiteral(
            "UPDATE recipients SET next_attempt_at = (SELECT CASE WHEN m.received_at + ? < ? THEN ? ELSE"
            " m.received_at + ? END FROM messages m WHERE m.id = recipients.message_id)"
            " WHERE state = 'deferred' AND lease_node = '' AND next_attempt_at > (SELECT m.received_at + ?"
            " FROM messages m WHERE m.id = recipients.message_id)"));
        for (const qint64 value : {giveUpMs, now, now, giveUpMs, giveUpMs})
            deadline.addBindValue(value);
        if (!deadline.exec())
            return Status::failure(deadline.lastError().text());
        if (const int moved = waits + deadline.numRowsAffected(); moved > 0)
            qCInfo(lcDelivery) << LogLine("retries_brought_forward").add("recipients", moved);
        return Status();
    });
}

void QueueRunner::runScheduler()
{
    m_scheduled = false;
    m_lastPassMs = nowMs();
    if (!m_running)
        return;
    if (!m_recordAgain.isEmpty()) {
        // First the outcomes the store missed while it could not be reached; recordPending() wakes the
        // service when they are on disk. Until then this node claims nothing.
        if (!m_recording)
            recordPending();
        return;
    }
    reconfigure();
    readSettings();
    reportHeldFailures();
    const int room = m_transport ? m_maxInFlight - m_inFlight : 0;
    if (m_transport && room <= 0)
        return; // every slot is taken: the next recorded outcome frees one and wakes the service
    const qint64 claimedMs = nowMs();
    qint64 othersEndedBy = 0;
    if (m_storeLost) {
        // A node renews a third of a lease at a time: by the end of the grace every node that lives has
        // reached the store again, recorded what it delivered meanwhile and renewed what it still delivers.
        if (m_othersGraceUntilMs == 0)
            m_othersGraceUntilMs = claimedMs + std::max<qint64>(5000, m_leaseMs / 2);
        if (claimedMs < m_othersGraceUntilMs)
            othersEndedBy = std::max<qint64>(1, m_storeReachedMs);
        else
            m_storeLost = false;
    }
    const auto work = m_scheduler.collect(claimedMs, m_busy, std::max(room, 0), othersEndedBy);
    if (!work) {
        if (m_storeReachedMs > 0)
            m_storeLost = true;
        m_othersGraceUntilMs = 0; // the grace starts when the store answers

        // While the store is away, StoreHealth says so once (and each minute), not every wake-up.
        if (StoreHealth::isUnreachable())
            qCDebug(lcQueue) << LogLine("queue_unreadable").add("error", work.error());
        else
            qCCritical(lcQueue) << LogLine("queue_unreadable").add("error", work.error());
        armTimer();
        return;
    }
    if (!m_storeLost) {
        m_storeReachedMs = claimedMs;
        m_othersGraceUntilMs = 0;
    }
    if (!work->suppressed.isEmpty() && !m_suppressionPending) {
        m_suppressionPending = true;
        const QList<SuppressedRecipient> skipped = work->suppressed;
        for (const SuppressedRecipient& s : skipped)
            m_busy.insert(s.recipientId);
        // The jobs of this pass are under way too: a suppressed recipient's notice waits for them.
        OutcomeRecorder::Context ctx = context();
        ctx.jobsUnderWay = jobsUnderWayCopy();
        for (const DeliveryJob& job : work->jobs)
            ++ctx.jobsUnderWay[job.messageId];
        auto recorded = std::make_shared<QList<qint64>>();
        m_writer->submit(
            [skipped, ctx, recorded](QSqlDatabase& db) {
                const auto summary = OutcomeRecorder::recordSuppressed(db, skipped, ctx);
                if (summary)
                    *recorded = summary->suppressedIds;
                return summary ? Status() : Status::failure(summary.error());
            },
            [this, guard = m_guard, skipped, recorded](const Status& status) {
                post(guard, [this, skipped, recorded, status] {
                    for (const SuppressedRecipient& s : skipped)
                        m_busy.remove(s.recipientId);
                    m_suppressionPending = false;
                    if (!status) {
                        qCCritical(lcQueue)
                            << LogLine("suppressed_not_recorded").add("error", status.error());
                    } else {
                        // One line per recipient, as every other outcome (an outside tester found none).
                        for (const SuppressedRecipient& s : skipped) {
                            if (recorded->contains(s.recipientId))
                                qCWarning(lcDelivery) << LogLine("suppressed")
                                                             .add("queue_id", s.queueId)
                                                             .add("to", s.address)
                                                             .add("reason", s.reason);
                        }
                    }
                    Q_EMIT suppressedRecorded(static_cast<int>(recorded->size()));
                    wake();
                });
            });
    }
    const bool leased = !m_scheduler.leaseNode().isEmpty();
    for (DeliveryJob job : work->jobs) {
        for (qint64 id : job.recipientIds) {
            m_busy.insert(id);
            if (leased)
                m_leaseUntil.insert(id, claimedMs + m_leaseMs); // as QueueLeases::claim set it
        }
        ++m_inFlight;
        ++m_jobsByMessage[job.messageId];
        job.claimedMs = claimedMs;
        m_deliveries.started(job, claimedMs);
        m_signing.prepare(job);
    }
    armTimer();
    if (m_inFlight == 0 && work->jobs.isEmpty() && work->suppressed.isEmpty() && !m_suppressionPending)
        Q_EMIT idle();
}

void QueueRunner::armTimer()
{
    if (!m_running)
        return;
    if (m_transport && m_inFlight >= m_maxInFlight)
        return; // full: recorded() wakes the service when a slot frees, so no timer polls meanwhile
    qint64 wait = m_pollMs;
    const auto next = m_scheduler.nextDueAt(m_busy);
    const qint64 now = nowMs();
    if (next && next.value() > 0) {
        // In the grace after the store came back, what looks due may be another node's lease that this node
        // leaves alone until the grace ends: not a reason for a pass every 20 ms.
        const qint64 due = m_storeLost && m_othersGraceUntilMs > now && next.value() <= now
                               ? m_othersGraceUntilMs
                               : next.value();
        wait = std::clamp<qint64>(due - now, kMinPassIntervalMs, m_pollMs);
    }
    m_timer.start(int(wait));
}

void QueueRunner::handOut(const DeliveryJob& job)
{
    // In flight since runScheduler() took it, stopped or not: what is in flight finishes and is recorded.
    m_transport->deliver(job);
}

bool QueueRunner::mayStart(const DeliveryJob& job)
{
    if (m_finishing) {
        qCInfo(lcDelivery) << LogLine("delivery_withheld")
                                  .add("queue_id", job.queueId)
                                  .add("domain", job.domain)
                                  .add("reason", "the relay is stopping");
        return false;
    }
    // docs/scaling.md: a node delivers a recipient only while it holds its lease. One that could not be
    // renewed (the store was unreachable) may be another node's by now, or soon, in mid-transaction.
    if (!m_scheduler.leaseNode().isEmpty()) {
        const qint64 now = nowMs();
        for (qint64 id : job.recipientIds) {
            if (m_leaseUntil.value(id, 0) - now < m_leaseMs / 4) {
                qCWarning(lcDelivery) << LogLine("delivery_withheld")
                                             .add("queue_id", job.queueId)
                                             .add("domain", job.domain)
                                             .add("reason", "this node's queue lease ran out before the "
                                                            "transaction began (it could not be renewed)");
                return false;
            }
        }
    }
    // A job that waited (for a connection slot, a connection, its signature) may have been held, deleted or
    // bounced meanwhile: "queue hold" and "queue delete" promise that nothing not yet under way is delivered.
    // A job that starts at once is under way already.
    if (job.claimedMs == 0 || nowMs() - job.claimedMs < kHeldCheckAfterMs)
        return true;
    auto db = Database::connection(m_dataDir);
    const auto refusal = db ? JobStartCheck::refusal(db.value(), job, m_scheduler.leaseNode())
                            : Expected<QString>::failure(db.error());
    if (refusal && refusal->isEmpty())
        return true;
    LogLine line("delivery_withheld");
    line.add("queue_id", job.queueId).add("domain", job.domain);
    if (refusal)
        line.add("reason", refusal.value());
    else
        line.add("reason", "cannot tell whether the job may still be sent").add("error", refusal.error());
    qCInfo(lcDelivery) << line;
    return false;
}

void QueueRunner::withheld(const DeliveryAttemptResult& result)
{
    // Nothing was sent: the recipients stay as they were, due when released. This node's leases on them go
    // at once, so that another node need not wait for them to run out.
    if (!m_scheduler.leaseNode().isEmpty()) {
        if (auto db = Database::connection(m_dataDir); db) {
            if (const auto released =
                    QueueLeases::release(db.value(), m_context.node, result.job.recipientIds);
                !released)
                qCWarning(lcQueue) << LogLine("leases_not_released").add("error", released.error());
        }
    }
    for (qint64 id : result.job.recipientIds) {
        m_busy.remove(id);
        m_leaseUntil.remove(id);
    }
    jobEnded(result.job);
    if (m_running)
        wake();
    else if (m_inFlight == 0)
        Q_EMIT idle();
}

void QueueRunner::onFinished(const DeliveryAttemptResult& result)
{
    if (result.withheld)
        return withheld(result);
    m_unrecorded.append({result, 0});
    if (!m_recording)
        recordPending();
}

void QueueRunner::recordPending()
{
    // One store job for every outcome that arrived while the previous one was being committed: under load
    // a whole group of deliveries costs one job, one hand-off to the writer and one back.
    // The outcomes the store missed go first, in the order they happened.
    m_recording = true;
    m_recordAgainTimer.stop();
    QList<Unrecorded> batch = std::exchange(m_recordAgain, {});
    batch += std::exchange(m_unrecorded, {});
    QList<DeliveryAttemptResult> results;
    results.reserve(batch.size());
    for (const Unrecorded& item : std::as_const(batch))
        results.append(item.result);
    OutcomeRecorder::Context ctx = context();
    ctx.jobsUnderWay = jobsUnderWayCopy();
    auto summaries = std::make_shared<QList<Expected<RecordSummary>>>();
    m_writer->submit(
        [results, ctx, summaries](QSqlDatabase& db) {
            // Each attempt is no longer under way once recorded; a later one of the batch, of the same
            // message, still is while the earlier ones are recorded (FailureReports).
            OutcomeRecorder::Context each = ctx;
            summaries->clear(); // a job the writer runs again starts over
            QSqlQuery control(db);
            for (const DeliveryAttemptResult& result : results) {
                --each.jobsUnderWay[result.job.messageId];
                // Each outcome in a savepoint of its own: one the store refuses does not take the others
                // of the batch with it (they were refused with it, three times, and delivered again).
                if (!control.exec(QStringLiteral("SAVEPOINT outcome")))
                    return Status::failure(control.lastError().text());
                auto summary = OutcomeRecorder::record(db, result, each);
                if (!summary && !control.exec(QStringLiteral("ROLLBACK TO outcome")))
                    return Status::failure(summary.error()); // the transaction is gone (a full disk): all
                if (!control.exec(QStringLiteral("RELEASE outcome")))
                    return Status::failure(control.lastError().text());
                summaries->append(std::move(summary));
            }
            return Status();
        },
        [this, guard = m_guard, batch, summaries](const Status& status) {
            post(guard, [this, batch, summaries, status] {
                // A store that answers now refused the record itself; one that does not was out of reach,
                // and one whose disk is full, or that another program locks, cannot take any record yet:
                // neither is the record's fault, and its outcome is kept however long it takes (a full disk
                // delivered the same messages about 100 times a second: an outside tester).
                for (qsizetype i = 0; i < batch.size(); ++i) {
                    const Expected<RecordSummary> summary =
                        !status ? Expected<RecordSummary>::failure(status.error()) : summaries->at(i);
                    const bool storeAnswered =
                        !summary && MessageSpool::failureOf(summary.error()) == CommitFailure::LocalError &&
                        Database::connection(m_dataDir).ok();
                    recorded(batch[i], summary, storeAnswered);
                }
                m_recording = false;
                if (!m_unrecorded.isEmpty())
                    recordPending();
                else if (!m_recordAgain.isEmpty())
                    m_recordAgainTimer.start(kRecordAgainMs);
            });
        });
}

void QueueRunner::recordInterrupted()
{
    const QList<DeliveryInFlight> open = m_deliveries.snapshot();
    if (open.isEmpty())
        return;
    const OutcomeRecorder::Context ctx = context();
    const Status written = m_writer->runSync(
        [open, ctx](QSqlDatabase& db) { return OutcomeRecorder::recordInterrupted(db, open, ctx); });
    if (!written)
        qCWarning(lcQueue) << LogLine("interruption_not_recorded").add("error", written.error());
}

void QueueRunner::jobEnded(const DeliveryJob& job)
{
    m_deliveries.ended(job);
    m_signing.recorded(job);
    if (auto it = m_jobsByMessage.find(job.messageId); it != m_jobsByMessage.end() && --it.value() <= 0)
        m_jobsByMessage.erase(it);
    --m_inFlight;
}

void QueueRunner::reportHeldFailures()
{
    const qint64 now = nowMs();
    if (m_heldSweeping || now - m_heldSweepAt < kHeldSweepMs)
        return;
    m_heldSweepAt = now;
    m_heldSweeping = true;
    OutcomeRecorder::Context ctx = context();
    ctx.jobsUnderWay = jobsUnderWayCopy();
    auto queued = std::make_shared<QStringList>();
    m_writer->submit(
        [ctx, queued](QSqlDatabase& db) {
            const auto summary = OutcomeRecorder::reportHeldFailures(db, ctx);
            if (!summary)
                return Status::failure(summary.error());
            *queued = summary->dsnQueueIds;
            return Status();
        },
        [this, guard = m_guard, queued](const Status& status) {
            post(guard, [this, queued, status] {
                m_heldSweeping = false;
                if (!status)
                    qCWarning(lcQueue) << LogLine("held_failures_not_reported").add("error", status.error());
                for (const QString& notice : std::as_const(*queued))
                    qCInfo(lcDelivery) << LogLine("held_failures_reported").add("dsn", notice);
                if (!queued->isEmpty())
                    wake();
            });
        });
}

void QueueRunner::logOutcomes(const DeliveryAttemptResult& result, const RecordSummary& summary)
{
    // One line per recipient, after the outcome is on disk: delivered at info, deferred and bounced at
    // warning (an operator on --log-level warning sees what needs a look). A temporary reply that ended the
    // retries is a bounce, as the queue and the sender's notice say (it was logged "deferred").
    for (const RecipientOutcome& outcome : result.outcomes) {
        const int code = outcome.reply.code;
        const bool delivered = code >= 200 && code < 300;
        if (delivered ? !lcDelivery().isInfoEnabled() : !lcDelivery().isWarningEnabled())
            continue;
        const bool expired = summary.expired.contains(outcome.recipientId);
        LogLine line(delivered ? "delivered" : code >= 500 || expired ? "bounced" : "deferred");
        line.add("queue_id", result.job.queueId)
            .add("domain", result.job.domain)
            .add("to", outcome.recipient)
            .add("route", result.route)
            .add("host", result.host)
            .add("address", result.address)
            .add("tls", result.tlsVersion)
            .add("duration_ms", result.durationMs);
        if (expired) // as the queue and the log record it
            line.add("reply", QString::number(code) + QLatin1Char(' ') +
                                  QString::fromLatin1(OutcomeRecorder::expiredEnhanced()) + QLatin1Char(' ') +
                                  OutcomeRecorder::expiredReply(QString::fromUtf8(outcome.reply.summary())));
        else
            line.add("reply", outcome.reply.summary());
        if (delivered)
            qCInfo(lcDelivery) << line;
        else
            qCWarning(lcDelivery) << line;
    }
    // The message's other recipients given up with them (OutcomeRecorder: one notice for all).
    for (const auto& [recipient, reply] : summary.expiredWith) {
        if (!lcDelivery().isWarningEnabled())
            break;
        qCWarning(lcDelivery) << LogLine("bounced")
                                     .add("queue_id", result.job.queueId)
                                     .add("to", recipient)
                                     .add("route", "expiry")
                                     .add("reply", QString::fromLatin1(OutcomeRecorder::expiredEnhanced()) +
                                                       QLatin1Char(' ') + reply);
    }
}

void QueueRunner::recorded(Unrecorded item, const Expected<RecordSummary>& summary, bool storeAnswered)
{
    const DeliveryAttemptResult& result = item.result;
    if (!summary) {
        if (storeAnswered)
            ++item.refusals;
        if (item.refusals < kMaxRefusals) {
            // The attempt happened: forgetting it would deliver its recipients again once the store is back
            // (docs/reliability.md, "Delivery: what an outside tester found"). Kept, with its recipients busy
            // and its slot taken, and recorded again first thing.
            // Said once per outcome, as a warning (nothing is lost); its retries, about one a second for the
            // whole outage, at debug (an outside tester counted 152 error lines for five outcomes).
            const LogLine line = LogLine("delivery_not_recorded")
                                     .add("queue_id", result.job.queueId)
                                     .add("error", summary.error())
                                     .add("effect", "kept: recorded again once the store answers");
            if (item.kept)
                qCDebug(lcQueue) << line;
            else
                qCWarning(lcQueue) << line;
            item.kept = true;
            m_recordAgain.append(std::move(item));
            return;
        }
    } else if (item.kept) {
        qCInfo(lcQueue) << LogLine("delivery_recorded_late").add("queue_id", result.job.queueId);
    }
    for (qint64 id : result.job.recipientIds) {
        m_busy.remove(id);
        m_leaseUntil.remove(id);
    }
    // The slot is held until the outcome is on disk: after a crash at most max_in_flight jobs were
    // delivered without a record (docs/architecture.md, "durable accept"), whatever the store writer had not
    // committed yet.
    jobEnded(result.job);
    if (!summary) {
        // The recipients stay queued, so they are tried again: twice rather than never (docs/architecture.md,
        // "durable accept").
        qCCritical(lcQueue) << LogLine("delivery_not_recorded")
                                   .add("queue_id", result.job.queueId)
                                   .add("error", summary.error());
    } else {
        logOutcomes(result, summary.value());
        Q_EMIT attemptRecorded(result, summary.value());
    }
    // One scheduler run for a whole group commit of outcomes: wake() coalesces until the run starts.
    if (m_running)
        wake();
    else if (m_inFlight == 0)
        Q_EMIT idle();
}

} // namespace RelayDesk
