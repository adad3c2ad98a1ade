// EpollDispatcher, the session threads' event loop (docs/performance.md): this whole test program runs on it
// (main() installs it before the application exists), so QTest's waits, QTimer and Qt's own sockets are
// checked on it too. Timers fire in order, repeat, stop and report what is left; a socket notifier fires
// while its descriptor is ready (level-triggered, as poll is), not while disabled, and on a hang-up; a
// notifier deleted by another one's handler in the same turn gets nothing; a nested loop in a timer's
// handler does not deliver that timer again; posts from another thread wake a thread that runs on it, which
// then sleeps without spinning and ends with quit().
#include "core/util/epolldispatcher.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

using namespace RelayDesk;

namespace {

/// Both ends of a Unix socket pair, closed at the end.
struct SocketPair
{
    int fd[2] = {-1, -1};
    SocketPair() { (void)::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fd); }
    ~SocketPair()
    {
        for (int end : fd)
            if (end >= 0)
                ::close(end);
    }
    bool valid() const { return fd[0] >= 0 && fd[1] >= 0; }
};

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

} // namespace

class TestEpollDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theApplicationRunsOnIt()
    {
        QVERIFY(qobject_cast<EpollDispatcher*>(QAbstractEventDispatcher::instance()));
    }

    void timersFireInOrderRepeatAndStop()
    {
        QStringList fired;
        QTimer late, early, middle;
        for (auto [timer, name, ms] : {std::tuple{&late, "late", 60}, std::tuple{&early, "early", 10},
                                       std::tuple{&middle, "middle", 30}}) {
            timer->setSingleShot(true);
            timer->setTimerType(Qt::PreciseTimer);
            const QString label = QString::fromLatin1(name); // clang 14 cannot capture a structured binding
            connect(timer, &QTimer::timeout, this, [&fired, label] { fired << label; });
            timer->start(ms);
        }
        QTRY_COMPARE_WITH_TIMEOUT(fired.size(), 3, 5000);
        QCOMPARE(fired,
                 (QStringList{QStringLiteral("early"), QStringLiteral("middle"), QStringLiteral("late")}));

        int ticks = 0;
        QTimer repeating;
        connect(&repeating, &QTimer::timeout, this, [&ticks] { ++ticks; });
        QElapsedTimer clock;
        clock.start();
        repeating.start(5);
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 5, 5000);
        QVERIFY(clock.elapsed() >= 20); // five periods of 5 ms, not five turns of the loop
        repeating.stop();
        const int stoppedAt = ticks;
        QTest::qWait(50);
        QCOMPARE(ticks, stoppedAt);

        QTimer waiting;
        waiting.start(1000);
        const int left = waiting.remainingTime();
        QVERIFY2(left > 0 && left <= 1000, qPrintable(QString::number(left)));
        const auto listed = QAbstractEventDispatcher::instance()->registeredTimers(&waiting);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.front().interval, 1000);
        waiting.stop();
        QCOMPARE(QAbstractEventDispatcher::instance()->registeredTimers(&waiting).size(), 0);
    }

    void aSocketNotifierFollowsItsDescriptor()
    {
        SocketPair pair;
        QVERIFY(pair.valid());
        QSocketNotifier readable(pair.fd[0], QSocketNotifier::Read);
        int reads = 0;
        connect(&readable, &QSocketNotifier::activated, this, [&reads] { ++reads; });
        QTest::qWait(30);
        QCOMPARE(reads, 0); // nothing to read yet

        QCOMPARE(::write(pair.fd[1], "x", 1), ssize_t(1));
        QTRY_VERIFY_WITH_TIMEOUT(reads >= 1, 5000);
        // Level-triggered: unread bytes keep it ready, turn after turn.
        QTRY_VERIFY_WITH_TIMEOUT(reads >= 3, 5000);
        readable.setEnabled(false);
        const int disabledAt = reads;
        QTest::qWait(30);
        QCOMPARE(reads, disabledAt);
        char byte = 0;
        QCOMPARE(::read(pair.fd[0], &byte, 1), ssize_t(1));
        readable.setEnabled(true);
        QTest::qWait(30);
        QCOMPARE(reads, disabledAt); // read empty again: nothing more

        QSocketNotifier writable(pair.fd[0], QSocketNotifier::Write);
        int writes = 0;
        connect(&writable, &QSocketNotifier::activated, this, [&writes, &writable] {
            ++writes;
            writable.setEnabled(false);
        });
        QTRY_COMPARE_WITH_TIMEOUT(writes, 1, 5000); // a fresh socket can be written at once
        QCOMPARE(reads, disabledAt);                // the read side of the same descriptor is still quiet

        ::close(pair.fd[1]);
        pair.fd[1] = -1;
        QTRY_VERIFY_WITH_TIMEOUT(reads > disabledAt, 5000); // the hang-up is news for the reader
        readable.setEnabled(false);
    }

    void aNotifierDeletedInTheSameTurnGetsNothing()
    {
        SocketPair first, second;
        QVERIFY(first.valid() && second.valid());
        auto one = std::make_unique<QSocketNotifier>(first.fd[0], QSocketNotifier::Read);
        auto two = std::make_unique<QSocketNotifier>(second.fd[0], QSocketNotifier::Read);
        int calls = 0;
        connect(one.get(), &QSocketNotifier::activated, this, [&] {
            ++calls;
            two.reset();
            one->setEnabled(false);
        });
        connect(two.get(), &QSocketNotifier::activated, this, [&] {
            ++calls;
            one.reset();
            two->setEnabled(false);
        });
        // Both ready before the loop turns: one wait reports both, and whichever goes first deletes the
        // other.
        QCOMPARE(::write(first.fd[1], "x", 1), ssize_t(1));
        QCOMPARE(::write(second.fd[1], "x", 1), ssize_t(1));
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
        QTest::qWait(30);
        QCOMPARE(calls, 1);
        QVERIFY(!one || !two);
    }

    void aNestedLoopDoesNotDeliverTheSameTimerAgain()
    {
        QTimer outer;
        int depth = 0;
        int maxDepth = 0;
        int calls = 0;
        connect(&outer, &QTimer::timeout, this, [&] {
            ++calls;
            ++depth;
            maxDepth = std::max(maxDepth, depth);
            if (calls == 1)
                QTest::qWait(40); // a nested loop, as a modal wait would run
            --depth;
        });
        outer.start(2);
        QTRY_VERIFY_WITH_TIMEOUT(calls >= 3, 5000);
        outer.stop();
        QCOMPARE(maxDepth, 1);
    }

    void qtSocketsRunOnIt()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 5000);
        std::unique_ptr<QTcpSocket> accepted(server.nextPendingConnection());
        connect(accepted.get(), &QTcpSocket::readyRead, this,
                [&] { accepted->write(accepted->readAll()); }); // an echo
        QByteArray sent(1 << 20, 'a');
        for (qsizetype i = 0; i < sent.size(); i += 4093)
            sent[i] = char('a' + i % 26);
        client.write(sent);
        QByteArray echoed;
        connect(&client, &QTcpSocket::readyRead, this, [&] { echoed += client.readAll(); });
        QTRY_VERIFY_WITH_TIMEOUT(echoed.size() >= sent.size(), 20000);
        QCOMPARE(echoed, sent);
    }

    void anInterruptIsNeverLost()
    {
        // A CI run's delivery thread never ended at stop: quit()'s interrupt came as a turn began, when the
        // wake-up flag was still set by a post whose descriptor the turn before had read, so no wake-up was
        // written, and the turn cleared the interrupt and waited. Made here step by step on this thread.
        auto* dispatcher = qobject_cast<EpollDispatcher*>(QAbstractEventDispatcher::instance());
        QVERIFY(dispatcher);
        // A post that posts again while the turn sends posts: the second wake-up is read inside the turn.
        QMetaObject::invokeMethod(
            this, [dispatcher] { dispatcher->wakeUp(); }, Qt::QueuedConnection);
        dispatcher->processEvents(QEventLoop::AllEvents);
        dispatcher->interrupt();
        // Something to wake for at the latest, so that a lost interrupt shows as a wait, not a hang.
        QTimer bound;
        bound.setSingleShot(true);
        bound.start(3000);
        QElapsedTimer waited;
        waited.start();
        dispatcher->processEvents(QEventLoop::WaitForMoreEvents);
        QVERIFY2(waited.elapsed() < 1500, qPrintable(QStringLiteral("waited %1 ms").arg(waited.elapsed())));
    }

    void postsFromAnotherThreadWakeItAndIdleCostsNothing()
    {
        QThread thread;
        auto* dispatcher = new EpollDispatcher;
        QVERIFY(dispatcher->isValid());
        thread.setEventDispatcher(dispatcher);
        auto* worker = new QObject;
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();

        QAtomicInt received;
        constexpr int posts = 2000;
        for (int i = 0; i < posts; ++i)
            QMetaObject::invokeMethod(
                worker, [&received] { received.fetchAndAddRelaxed(1); }, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(received.loadRelaxed(), posts, 10000);

        // Idle, the thread sleeps in epoll_wait: a loop that spun would burn the whole 300 ms.
        qint64 before = 0;
        qint64 after = 0;
        QMetaObject::invokeMethod(
            worker, [&before] { before = threadCpuNs(); }, Qt::BlockingQueuedConnection);
        QTest::qWait(300);
        QMetaObject::invokeMethod(
            worker, [&after] { after = threadCpuNs(); }, Qt::BlockingQueuedConnection);
        QVERIFY2(after - before < 50'000'000, qPrintable(QStringLiteral("%1 ns").arg(after - before)));

        // A timer of the thread's own fires there.
        QAtomicInt fired;
        QMetaObject::invokeMethod(
            worker, [worker, &fired] { QTimer::singleShot(20, worker, [&fired] { fired.storeRelaxed(1); }); },
            Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(fired.loadRelaxed(), 1, 5000);

        thread.quit();
        QVERIFY(thread.wait(5000)); // quit() interrupts the wait
    }
};

int main(int argc, char** argv)
{
    QCoreApplication::setEventDispatcher(new EpollDispatcher);
    QCoreApplication app(argc, argv);
    TestEpollDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_epolldispatcher.moc"
