// Regression (found by the TSan stage as a heap-use-after-free): the queue runner's store jobs call back
// on the writer thread; the service must not be deleted while one of those callbacks is still to come.
#include "core/delivery/queuerunnerthread.h"
#include "core/outbound/deliverytransport.h"
#include "core/store/storewriter.h"
#include "core/util/clock.h"
#include "tests/support/queuefixture.h"
#include "tests/support/tempdatadir.h"

#include <QTest>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

using namespace RelayDesk;

namespace {

/// Answers every job at once with 250 for each recipient; says when the answer has been handed over.
class AcceptingTransport final : public DeliveryTransport
{
public:
    AcceptingTransport(QObject* parent, std::atomic<bool>& answered)
        : DeliveryTransport(parent), m_answered(answered)
    {
    }

    void deliver(const DeliveryJob& job) override
    {
        QTimer::singleShot(0, this, [this, job] {
            DeliveryAttemptResult result;
            result.job = job;
            result.route = QStringLiteral("mx");
            result.startedMs = nowMs();
            for (qsizetype i = 0; i < job.recipients.size(); ++i)
                result.outcomes.append(
                    {job.recipientIds[i], job.recipients[i], SmtpReply::make(250, "2.0.0", "OK")});
            Q_EMIT finished(result); // direct: the service submits its record job to the writer in here
            m_answered = true;
        });
    }

private:
    std::atomic<bool>& m_answered;
};

} // namespace

/// The delivery thread deletes its service only after the writer has run the service's callbacks.
class TestQueueRunnerThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serviceOutlivesItsPendingStoreCallbacks()
    {
        Test::TempDataDir dir;
        Test::QueueFixture f(dir.path());
        StoreWriter writer(dir.path());
        const qint64 agent = f.addAgent(QStringLiteral("a"));
        f.addMessage(QStringLiteral("m1"), agent, QStringLiteral("s@x.org"), {QStringLiteral("ok@a.example")},
                     nowMs() - 1000);

        // Hold the writer, so that the service's record job (and its callback) waits behind this one.
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        std::atomic<bool> holding{false};
        writer.submit([released, &holding](QSqlDatabase&) {
            holding = true;
            released.wait();
            return Status();
        });
        QTRY_VERIFY(holding.load());

        std::atomic<bool> answered{false};
        std::atomic<bool> releasedFlag{false};
        std::atomic<int> destroyedAfterRelease{-1};
        std::thread releaser;
        {
            QueueRunnerThread delivery(dir.path(), &writer, [&answered](QObject* parent) {
                return new AcceptingTransport(parent, answered);
            });
            connect(
                delivery.service(), &QObject::destroyed, delivery.service(),
                [&] { destroyedAfterRelease = releasedFlag.load() ? 1 : 0; }, Qt::DirectConnection);
            delivery.start();
            QTRY_VERIFY(answered.load()); // the record job is queued at the held writer
            releaser = std::thread([&] {
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
                releasedFlag = true;
                release.set_value();
            });
        } // ~QueueRunnerThread: before the fix the service was deleted here, before its callback ran
        releaser.join();
        QCOMPARE(destroyedAfterRelease.load(), 1);
        QTRY_COMPARE(f.state(QStringLiteral("ok@a.example")), QStringLiteral("delivered"));
    }
};

QTEST_GUILESS_MAIN(TestQueueRunnerThread)
#include "tst_queuerunnerthread.moc"
