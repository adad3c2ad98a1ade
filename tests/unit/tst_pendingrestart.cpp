// What a running engine applies at once and what waits for its next start (docs/operations.md, "Apply without
// restart"): engine.worker_threads waits, everything else applies, and a change back to the running value
// leaves nothing waiting.
#include "core/engine/pendingrestart.h"

#include <QTest>

using namespace RelayDesk;

/// PendingRestart::sortChanges and between, on maps as the engine reads them from the store.
class TestPendingRestart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workerThreadsWaitForARestart();
    void backToTheRunningValueWaitsForNothing();
};

namespace {

QMap<QString, QString> started()
{
    return {{QStringLiteral("engine.worker_threads"), QStringLiteral("2")},
            {QStringLiteral("limits.max_message_size"), QStringLiteral("26214400")}};
}

} // namespace

void TestPendingRestart::workerThreadsWaitForARestart()
{
    QMap<QString, QString> stored = started();
    stored.insert(QStringLiteral("engine.worker_threads"), QStringLiteral("4"));
    stored.insert(QStringLiteral("limits.max_message_size"), QStringLiteral("100"));
    QStringList live;
    QStringList waiting;
    PendingRestart::sortChanges(started(), started(), stored, &live, &waiting);
    QCOMPARE(live, QStringList{QStringLiteral("limits.max_message_size=100")});
    QCOMPARE(waiting, QStringList{QStringLiteral("engine.worker_threads=4")});
    const QList<PendingRestart> pending = PendingRestart::between(started(), stored);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first(), (PendingRestart{QStringLiteral("engine.worker_threads"), QStringLiteral("2"),
                                              QStringLiteral("4")}));
}

void TestPendingRestart::backToTheRunningValueWaitsForNothing()
{
    QMap<QString, QString> applied = started();
    applied.insert(QStringLiteral("engine.worker_threads"), QStringLiteral("4")); // seen before, waiting
    QStringList live;
    QStringList waiting;
    PendingRestart::sortChanges(applied, started(), started(), &live, &waiting);
    QCOMPARE(live, QStringList{QStringLiteral("engine.worker_threads=2")});
    QVERIFY(waiting.isEmpty());
    QVERIFY(PendingRestart::between(started(), started()).isEmpty());
    // Unchanged since the last look: said once, not at every reload.
    live.clear();
    PendingRestart::sortChanges(started(), started(), started(), &live, &waiting);
    QVERIFY(live.isEmpty() && waiting.isEmpty());
}

QTEST_GUILESS_MAIN(TestPendingRestart)
#include "tst_pendingrestart.moc"
