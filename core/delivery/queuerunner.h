#pragma once

#include "core/delivery/deliveriesinflight.h"
#include "core/delivery/deliverysigner.h"
#include "core/delivery/outcomerecorder.h"
#include "core/delivery/queuescheduler.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace RelayDesk {

class DeliveryTransport;
class DkimMessageSigner;
class OutboundTransport;
class StoreWriter;

/// Delivers the queue: picks due recipients, hands jobs to the transport, and records every outcome in
/// one StoreWriter job. Lives on its own thread ("relaydesk-delivery", see QueueRunnerThread).
class QueueRunner final : public QObject
{
    Q_OBJECT
public:
    /// Creates the transport on the delivery thread when start() runs.
    using TransportFactory = std::function<DeliveryTransport*(QObject* parent)>;

    QueueRunner(QString dataDir, StoreWriter* writer, QObject* parent = nullptr);
    ~QueueRunner() override;
    Q_DISABLE_COPY_MOVE(QueueRunner)

    /// Call before start(). Without one, the runner delivers through OutboundTransport.
    void setTransportFactory(TransportFactory factory) { m_factory = std::move(factory); }
    /// Call before start(): the DKIM keys that sign each message when it is first handed out (the engine's,
    /// reloaded by it; docs/operations.md, "DKIM"). Without them nothing is signed.
    void setDkimSigner(const DkimMessageSigner* signer) { m_signing.setSigner(signer); }

    /// Any thread may ask (the node's heartbeat reports it).
    int inFlight() const { return m_inFlight.load(std::memory_order_relaxed); }
    /// Any thread may ask: the deliveries under way (the window's Queue page, `queue list`).
    const DeliveriesInFlight& deliveries() const { return m_deliveries; }
    DeliveriesInFlight& deliveries() { return m_deliveries; }
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void start();
    /// Hands out no more jobs; outcomes of jobs in flight are still recorded when they arrive.
    void stop();
    /// The engine stops: as stop(), and a job that has not begun its transaction is withheld (it stays
    /// queued as it was); idle() follows once the outcomes of the transactions under way are on disk.
    void finish();
    /// After finish() ran out of time: a delivery log row for each delivery still under way.
    void recordInterrupted();
    /// Look at the queue now (new messages committed, or a queue action).
    void wake();
    /// Settings or routes changed: read them again now (not at the next periodic look), then look at the
    /// queue with them (docs/operations.md, "Apply without restart").
    void reload();

Q_SIGNALS:
    /// After an outcome is durably recorded.
    void attemptRecorded(const RelayDesk::DeliveryAttemptResult& result,
                         const RelayDesk::RecordSummary& summary);
    void suppressedRecorded(int count);
    /// Nothing in flight and nothing due right now (tests wait for this).
    void idle();

private:
    struct Guard;
    /// A finished job whose outcome is not on disk yet, and how often a store that answered refused it.
    struct Unrecorded
    {
        DeliveryAttemptResult result;
        int refusals = 0;
        bool kept = false; ///< a record failed before: logged when it is on disk at last
    };
    void runScheduler();
    DeliveryTransport* outboundTransport();          ///< the default, configured from the data dir
    void noteConfigureFailure(const QString& error); ///< logged as misconfigured unless the store is away
    /// The retry times got shorter: waiting recipients due later than they now allow are due sooner.
    void bringRetriesForward(qint64 now);
    void reconfigure();
    void armTimer();
    void onFinished(const RelayDesk::DeliveryAttemptResult& result);
    /// The transport's start check: may this job begin its transaction (or open a connection) now? No when
    /// its message was held, deleted or bounced meanwhile (JobStartCheck; docs/reliability.md, "Delivery:
    /// what an outside tester found").
    bool mayStart(const DeliveryJob& job);
    /// A job the start check refused: back to the queue as it was, without a record.
    void withheld(const DeliveryAttemptResult& result);
    /// A job signed (or needing no signature): to the transport.
    void handOut(const DeliveryJob& job);
    void recordPending(); ///< the outcomes that arrived meanwhile, recorded in one store job
    /// A job left flight (recorded or withheld).
    void jobEnded(const DeliveryJob& job);
    /// Once a minute: the failure notices whose other attempts ended without sending them (FailureReports).
    void reportHeldFailures();
    void logOutcomes(const DeliveryAttemptResult& result, const RecordSummary& summary);
    /// storeAnswered: the store could be reached after a failed record (the failure was not an outage).
    void recorded(Unrecorded item, const Expected<RecordSummary>& summary, bool storeAnswered);
    OutcomeRecorder::Context context() const;
    /// A deep copy of m_jobsByMessage, for OutcomeRecorder::Context::jobsUnderWay on another thread.
    QHash<qint64, int> jobsUnderWayCopy() const;
    void readSettings();
    /// The first start: this node's identity, and the leases an earlier run of it left (docs/scaling.md).
    void takeNodeIdentity();
    /// Keeps the leases of the deliveries in flight from running out.
    void renewLeases();
    /// From the writer thread to the service's thread, if the service is still alive.
    static void post(const std::shared_ptr<Guard>& guard, std::function<void()> call);

    QString m_dataDir;
    StoreWriter* m_writer;
    QueueScheduler m_scheduler;
    TransportFactory m_factory;
    DeliveryTransport* m_transport = nullptr;
    OutboundTransport* m_outbound = nullptr;
    qint64 m_configuredAt = 0;
    QStringList m_insecureWarnings; ///< logged at start and whenever they change
    QString m_heloProblem;          ///< the same for a hostname receivers refuse
    qint64 m_settingsReadAt = 0;
    bool m_scheduleRead =
        false; ///< the retry times were read once: a later, shorter one brings retries forward
    OutcomeRecorder::Context m_context;
    QTimer m_timer;
    QTimer m_leaseTimer;
    QSet<qint64> m_busy; ///< recipients in flight (being signed, at the transport) or being recorded
    std::shared_ptr<Guard> m_guard;
    DeliverySigner m_signing;
    /// Jobs at the transport or being recorded (limited by delivery.max_in_flight); written on the
    /// delivery thread only.
    std::atomic<int> m_inFlight{0};
    /// The jobs in flight by message (OutcomeRecorder::Context::jobsUnderWay).
    QHash<qint64, int> m_jobsByMessage;
    qint64 m_heldSweepAt = 0;    ///< when reportHeldFailures() last ran
    bool m_heldSweeping = false; ///< it runs on the writer now
    static constexpr qint64 kHeldSweepMs = 60'000;
    int m_maxInFlight = 100;
    int m_pollMs = 5000;
    qint64 m_leaseMs = 60'000;
    bool m_nodeKnown = false;
    bool m_running = false;
    bool m_finishing = false; ///< finish(): no transaction begins any more
    bool m_scheduled = false;
    qint64 m_lastPassMs = 0;
    /// docs/scaling.md, "Queue leases": after the store was out of reach, every node's leases ran out
    /// together, those of nodes that live and deliver too. For a grace after the store answers again, this
    /// node takes only the leases that had run out by the last time it reached the store (an outside
    /// tester's node delivered four recipients that another node had delivered and was about to record).
    qint64 m_storeReachedMs = 0; ///< the last queue pass that read the store
    bool m_storeLost = false;    ///< a pass since then could not
    qint64 m_othersGraceUntilMs = 0;
    static constexpr qint64 kMinPassIntervalMs = 20; ///< at most 50 queue passes a second from wake()
    /// A job that starts later than this after its claim asks the store whether its message was held since.
    static constexpr qint64 kHeldCheckAfterMs = 100;
    bool m_suppressionPending = false;
    QList<Unrecorded> m_unrecorded; ///< finished, waiting for the record job in flight
    bool m_recording = false;       ///< a record job is at the store writer
    /// Outcomes the store did not take because it could not be reached (docs/reliability.md, "Delivery: what
    /// an outside tester found"): recorded again, first thing, once it answers, before this node claims new
    /// work. Their recipients stay busy and their slots taken meanwhile, so at most max_in_flight are kept.
    QList<Unrecorded> m_recordAgain;
    QTimer m_recordAgainTimer;
    static constexpr int kRecordAgainMs = 1000;
    static constexpr int kMaxRefusals = 3; ///< a store that answers and still refuses a record: given up
    /// Recipients in flight -> when this node's lease on each runs out (a shared store only): a job starts
    /// only while every lease of it has a quarter of its term left (docs/scaling.md, "Queue leases").
    QHash<qint64, qint64> m_leaseUntil;
    DeliveriesInFlight m_deliveries;
};

} // namespace RelayDesk
