#include "core/smtp/datamemorybudget.h"
#include "core/smtp/datareader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace RelayDesk;
using Problem = DataReader::Problem;

Q_DECLARE_METATYPE(RelayDesk::DataReader::Problem)

namespace {

struct Outcome
{
    bool finished = false;
    qsizetype consumed = 0;
    Problem problem = Problem::None;
    QByteArray message;
};

/// Feeds input in chunks whose sizes come from nextChunk(); checks that a short return only happens at the
/// end.
template <typename NextChunk>
Outcome run(const QByteArray& input, qint64 maxSize, int maxLine, NextChunk nextChunk)
{
    DataReader reader(maxSize, maxLine);
    Outcome outcome;
    qsizetype pos = 0;
    while (pos < input.size() && !reader.isFinished()) {
        const qsizetype n = qMin<qsizetype>(nextChunk(), input.size() - pos);
        const qsizetype used = reader.feed(QByteArrayView(input).sliced(pos, n));
        if (used < n && !reader.isFinished())
            qWarning("feed() stopped early without finishing");
        pos += used;
    }
    outcome.finished = reader.isFinished();
    outcome.consumed = pos;
    outcome.problem = reader.problem();
    outcome.message = reader.takeMessage();
    if (reader.isFinished() && reader.feed("more") != 0)
        qWarning("feed() consumed bytes after the end");
    if (reader.bytesReceived() != pos)
        qWarning("bytesReceived() disagrees with the consumed count");
    return outcome;
}

} // namespace

/// DATA content: end only on <CRLF>.<CRLF>, dot-unstuffing, and the SMTP smuggling family refused.
class TestDataReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void smuggling_data();
    void smuggling();
    void keepsScanningAfterProblem();
    void firstLimitCrossedIsReported_data();
    void firstLimitCrossedIsReported();
    void largeMessageFast();
    void sharedBudgetBoundsMessagesInFlight();
    void budgetFollowsTheControlGroupLimit();
};

void TestDataReader::reads_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("maxSize");
    QTest::addColumn<int>("maxLine");
    QTest::addColumn<bool>("finished");
    QTest::addColumn<qsizetype>("consumed");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QByteArray>("message");

    const qint64 big = 1 << 20;
    auto row = [&](const char* name, const QByteArray& input, bool finished, qsizetype consumed,
                   Problem problem, const QByteArray& message, qint64 maxSize = 1 << 20, int maxLine = 998) {
        QTest::newRow(name) << input << maxSize << maxLine << finished << consumed << problem << message;
    };
    row("simple", "Subject: x\r\n\r\nbody\r\n.\r\n", true, 23, Problem::None, "Subject: x\r\n\r\nbody\r\n");
    row("empty message", ".\r\n", true, 3, Problem::None, "");
    row("one empty line", "\r\n.\r\n", true, 5, Problem::None, "\r\n");
    row("stuffed dot line", "a\r\n..\r\n.\r\n", true, 10, Problem::None, "a\r\n.\r\n");
    row("stuffed leading dots", "..hidden\r\n.x\r\n.\r\n", true, 17, Problem::None, ".hidden\r\nx\r\n");
    row("dot mid-line kept", "a.b\r\n.\r\n", true, 8, Problem::None, "a.b\r\n");
    row("next command not consumed", "hi\r\n.\r\nQUIT\r\n", true, 7, Problem::None, "hi\r\n");
    row("pipelined end", ".\r\nMAIL FROM:<x@y>\r\n", true, 3, Problem::None, "");
    row("not finished", "hello\r\n", false, 7, Problem::None, "hello\r\n");
    row("not finished after dot CR", "hello\r\n.\r", false, 9, Problem::None, "hello\r\n");
    row("line 998 ok", QByteArray(998, 'a') + "\r\n.\r\n", true, 1003, Problem::None,
        QByteArray(998, 'a') + "\r\n");
    row("line 999 too long", QByteArray(999, 'a') + "\r\n.\r\n", true, 1004, Problem::LineTooLong, "");
    // RFC 5321 4.5.3.1.6: the limit does not count the leading dot duplicated for transparency.
    row("stuffed line does not count the dot", ".." + QByteArray(997, '.') + "\r\n.\r\n", true, 1004,
        Problem::None, QByteArray(998, '.') + "\r\n");
    row("stuffed line 999 too long", ".." + QByteArray(998, '.') + "\r\n.\r\n", true, 1005,
        Problem::LineTooLong, "");
    row("small line limit", "abcd\r\nabcde\r\n.\r\n", true, 16, Problem::LineTooLong, "", big, 4);
    row("size at limit", "12345678\r\n.\r\n", true, 13, Problem::None, "12345678\r\n", 10);
    row("size over limit", "123456789\r\n.\r\n", true, 14, Problem::TooBig, "", 10);
    row("size over by CRLF", "12345678\r\n\r\n.\r\n", true, 15, Problem::TooBig, "", 10);
    row("NUL", QByteArray("a\0b\r\n.\r\n", 8), true, 8, Problem::Nul, "");
    row("first problem wins", QByteArray("a\0b\nc\r\n.\r\n", 10), true, 10, Problem::Nul, "");
    row("first problem wins 2", QByteArray("a\r.\nb\0c\r\n.\r\n", 12), true, 12, Problem::BareCrOrLf, "");
    row("CR CR LF at end of line", "abc\r\r\n.\r\n", true, 9, Problem::DoubledCr, "");
    row("CR CR LF at line start", "\r\r\n.\r\n", true, 6, Problem::DoubledCr, "");
    row("bare CR inside a line", "ab\rc\r\n.\r\n", true, 9, Problem::BareCrOrLf, "");
    // Lines ended by a bare LF (files written on Unix, PHP's mail()): stored with CRLF; a dot line after one,
    // or ended by one, is refused and never ends the data.
    row("LF at line start", "\n\r\n.\r\n", true, 6, Problem::None, "\r\n\r\n");
    row("LF lines", "Subject: x\n\nbody\nmore\r\n.\r\n", true, 26, Problem::None,
        "Subject: x\r\n\r\nbody\r\nmore\r\n");
    row("LF lines, CRLF before the end", "a\nb\n\r\n.\r\n", true, 9, Problem::None, "a\r\nb\r\n\r\n");
    row("stuffed dot after LF", "a\n..b\r\n.\r\n", true, 10, Problem::None, "a\r\n.b\r\n");
    row("dot line after LF is not the end", "a\n.\r\nb\r\n.\r\n", true, 11, Problem::BareCrOrLf, "");
    row("dot line ended by LF", "a\r\n.\nb\r\n.\r\n", true, 11, Problem::BareCrOrLf, "");
    row("LF line too long", QByteArray(999, 'a') + "\n\r\n.\r\n", true, 1005, Problem::LineTooLong, "");
    row("LF line 998 ok", QByteArray(998, 'a') + "\n\r\n.\r\n", true, 1004, Problem::None,
        QByteArray(998, 'a') + "\r\n\r\n");
}

void TestDataReader::reads()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, maxSize);
    QFETCH(int, maxLine);
    QFETCH(bool, finished);
    QFETCH(qsizetype, consumed);
    QFETCH(Problem, problem);
    QFETCH(QByteArray, message);

    QList<std::function<qsizetype()>> splitters;
    splitters << [&] { return input.size(); } << [] { return qsizetype(1); } << [] { return qsizetype(2); };
    for (quint32 seed = 1; seed <= 20; ++seed) {
        auto random = std::make_shared<QRandomGenerator>(seed);
        splitters << [random] { return qsizetype(random->bounded(1, 12)); };
    }
    for (qsizetype s = 0; s < splitters.size(); ++s) {
        const Outcome outcome = run(input, maxSize, maxLine, splitters[s]);
        const QByteArray where = "splitter " + QByteArray::number(s);
        QVERIFY2(outcome.finished == finished, where.constData());
        QVERIFY2(outcome.consumed == consumed, where.constData());
        QVERIFY2(outcome.problem == problem, where.constData());
        QVERIFY2(outcome.message == message, where.constData());
    }
}

void TestDataReader::smuggling_data()
{
    QTest::addColumn<QByteArray>("fakeEnd");
    QTest::addColumn<Problem>("problem");

    QTest::newRow("LF.LF") << QByteArray("\n.\n") << Problem::BareCrOrLf;
    QTest::newRow("CRLF.LF") << QByteArray("\r\n.\n") << Problem::BareCrOrLf;
    QTest::newRow("LF.CRLF") << QByteArray("\n.\r\n") << Problem::BareCrOrLf;
    QTest::newRow("CR.CR") << QByteArray("\r.\r") << Problem::BareCrOrLf;
    QTest::newRow("CRLF.CR") << QByteArray("\r\n.\r") << Problem::BareCrOrLf;
    QTest::newRow("CR.CRLF") << QByteArray("\r.\r\n") << Problem::BareCrOrLf;
    QTest::newRow("CRLF NUL.CRLF") << QByteArray("\r\n\0.\r\n", 6) << Problem::Nul;
    QTest::newRow("LF.CR") << QByteArray("\n.\r") << Problem::BareCrOrLf;
    QTest::newRow("CR.LF") << QByteArray("\r.\n") << Problem::BareCrOrLf;
    QTest::newRow("CRLF.CRCRLF") << QByteArray("\r\n.\r\r\n") << Problem::BareCrOrLf;
}

void TestDataReader::smuggling()
{
    QFETCH(QByteArray, fakeEnd);
    QFETCH(Problem, problem);

    const QByteArray body = "From: a@example.com\r\nSubject: hi\r\n\r\nhello";
    const QByteArray smuggled = "MAIL FROM:<x@y>\r\nRCPT TO:<victim@z>\r\nDATA\r\nForged\r\n";
    const QByteArray realEnd = "\r\n.\r\n";
    const QByteArray after = "QUIT\r\n";
    const QByteArray input = body + fakeEnd + smuggled + realEnd + after;

    QList<std::function<qsizetype()>> splitters;
    splitters << [&] { return input.size(); } << [] { return qsizetype(1); };
    for (quint32 seed = 1; seed <= 50; ++seed) {
        auto random = std::make_shared<QRandomGenerator>(seed);
        splitters << [random] { return qsizetype(random->bounded(1, 8)); };
    }
    for (qsizetype s = 0; s < splitters.size(); ++s) {
        const Outcome outcome = run(input, 1 << 20, 998, splitters[s]);
        const QByteArray where = "splitter " + QByteArray::number(s);
        QVERIFY2(outcome.finished, where.constData());
        QVERIFY2(outcome.consumed == input.size() - after.size(), where.constData());
        QVERIFY2(outcome.problem == problem, where.constData());
        QVERIFY2(outcome.message.isEmpty(), where.constData());
    }
}

void TestDataReader::keepsScanningAfterProblem()
{
    DataReader reader(100);
    QCOMPARE(reader.feed("0123456789"), qsizetype(10));
    QCOMPARE(reader.feed(QByteArray(200, 'x')), qsizetype(200));
    QCOMPARE(reader.problem(), Problem::TooBig);
    const QByteArray chunk = QByteArray(900, 'y') + "\r\n";
    for (int i = 0; i < 10000; ++i) // ~9 MB after the problem: scanned, not stored
        QCOMPARE(reader.feed(chunk), chunk.size());
    QVERIFY(!reader.isFinished());
    QCOMPARE(reader.feed("\r\n.\r\nRSET\r\n"), qsizetype(5));
    QVERIFY(reader.isFinished());
    QCOMPARE(reader.problem(), Problem::TooBig);
    QVERIFY(reader.takeMessage().isEmpty());
    QCOMPARE(reader.bytesReceived(), qint64(10 + 200 + 10000 * chunk.size() + 5));
}

void TestDataReader::firstLimitCrossedIsReported_data()
{
    QTest::addColumn<int>("lineLength");
    QTest::addColumn<qint64>("maxSize");
    QTest::addColumn<Problem>("expected");
    // Found by fuzz_datareader: one read of a long line reported the line limit, the same bytes in smaller
    // reads the size limit. The limit the earlier octet crosses wins, whatever the reads.
    QTest::newRow("size crossed first") << 1100 << qint64(100) << Problem::TooBig;
    QTest::newRow("line crossed first") << 1100 << qint64(1050) << Problem::LineTooLong;
    QTest::newRow("line crossed, size never") << 1100 << qint64(100000) << Problem::LineTooLong;
    QTest::newRow("size crossed, line never") << 500 << qint64(100) << Problem::TooBig;
}

void TestDataReader::firstLimitCrossedIsReported()
{
    QFETCH(int, lineLength);
    QFETCH(qint64, maxSize);
    QFETCH(Problem, expected);
    const QByteArray input = QByteArray(lineLength, 'x') + "\r\nnext line\r\n.\r\n";
    const Outcome whole = run(input, maxSize, 998, [] { return 1 << 20; });
    QCOMPARE(whole.problem, expected);
    QVERIFY(whole.finished);
    for (int chunk : {1, 7, 64, 150, 999}) {
        const Outcome split = run(input, maxSize, 998, [chunk] { return chunk; });
        QCOMPARE(split.problem, expected);
        QCOMPARE(split.consumed, whole.consumed);
    }
}

void TestDataReader::largeMessageFast()
{
    QByteArray line = QByteArray(76, 'm') + "\r\n";
    QByteArray input;
    for (int i = 0; i < 200000; ++i) // ~15 MB
        input += (i % 100 == 0) ? "." + line : line;
    input += ".\r\n";
    DataReader reader(64 << 20);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(reader.feed(input), input.size());
    QVERIFY(reader.isFinished());
    QCOMPARE(reader.problem(), Problem::None);
    QCOMPARE(reader.takeMessage().size(), qsizetype(200000) * line.size());
    QVERIFY2(timer.elapsed() < 5000, "DATA reading is too slow");
}

void TestDataReader::sharedBudgetBoundsMessagesInFlight()
{
    // An outside tester held 12 messages of 24 MB open before their dots and the relay took 445 MB: each
    // session was bounded by the size limit, all of them by nothing. Readers share one budget now.
    DataMemoryBudget budget(300 * 1024);
    const QByteArray lines = QByteArray(998, 'x') + "\r\n";
    auto feedKiB = [&lines](DataReader& reader, int kib) {
        for (int i = 0; i < kib; ++i)
            reader.feed(lines);
    };
    auto first = std::make_unique<DataReader>(1 << 20, 998, &budget);
    feedKiB(*first, 150);
    QCOMPARE(first->problem(), Problem::None);
    QVERIFY(budget.inUse() >= 150 * 1000);
    QVERIFY(budget.inUse() <= budget.limit());
    DataReader second(1 << 20, 998, &budget);
    feedKiB(second, 200); // does not fit beside the first: refused, its buffer given back at once
    QCOMPARE(second.problem(), Problem::NoMemory);
    QVERIFY(second.feed(".\r\n") == 3 && second.isFinished()); // read to its end, for the reply
    QVERIFY(second.takeMessage().isEmpty());
    const qint64 firstHolds = budget.inUse();
    QVERIFY(firstHolds > 0 && firstHolds <= budget.limit());
    // The first finishes; the message it hands over is no longer charged, and a new one fits again.
    QCOMPARE(first->feed(".\r\n"), 3);
    QCOMPARE(first->takeMessage().size(), qsizetype(150) * lines.size());
    QCOMPARE(budget.inUse(), 0);
    DataReader third(1 << 20, 998, &budget);
    feedKiB(third, 200);
    QCOMPARE(third.problem(), Problem::None);
    first.reset();
    // A reader dropped mid-message (its client left) gives its part back.
    {
        DataReader dropped(1 << 20, 998, &budget);
        feedKiB(dropped, 50);
    }
    QVERIFY(budget.inUse() > 0);
    QCOMPARE(third.feed(".\r\n"), 3);
    QCOMPARE(third.takeMessage().size(), qsizetype(200) * lines.size());
    QCOMPARE(budget.inUse(), 0);
}

QTEST_GUILESS_MAIN(TestDataReader)

void TestDataReader::budgetFollowsTheControlGroupLimit()
{
    // A service with MemoryMax=512M (or a container's limit) on a 24 GiB machine: a quarter of the physical
    // memory would be 6 GiB of DATA, and the service would be killed long before.
    QTemporaryDir mount;
    QVERIFY(mount.isValid());
    const auto write = [&mount](const QString& path, const QByteArray& text) {
        QVERIFY(QDir().mkpath(QFileInfo(mount.filePath(path)).path()));
        QFile file(mount.filePath(path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    const qint64 physical = qint64(24) << 30;
    // Version 2: the group's own limit, and a parent's lower one.
    write(QStringLiteral("system.slice/relaydesk.service/memory.max"), "536870912\n");
    write(QStringLiteral("system.slice/memory.max"), "max\n");
    QCOMPARE(DataMemoryBudget::usableMemory(physical, "0::/system.slice/relaydesk.service\n", mount.path()),
             qint64(536870912));
    write(QStringLiteral("system.slice/memory.max"), "268435456\n");
    QCOMPARE(DataMemoryBudget::usableMemory(physical, "0::/system.slice/relaydesk.service\n", mount.path()),
             qint64(268435456));
    // Version 1, with "no limit" written as a number near 2^63.
    write(QStringLiteral("memory/box/memory.limit_in_bytes"), "1073741824\n");
    write(QStringLiteral("memory/memory.limit_in_bytes"), "9223372036854771712\n");
    QCOMPARE(DataMemoryBudget::usableMemory(physical, "9:pids:/\n4:memory:/box\n0::/\n", mount.path()),
             qint64(1073741824));
    // No limit anywhere, or no control groups at all: the physical memory.
    QCOMPARE(DataMemoryBudget::usableMemory(physical, "4:memory:/\n", mount.path()), physical);
    QCOMPARE(DataMemoryBudget::usableMemory(physical, QByteArray(), mount.path()), physical);
    // This process: never more than physical, and a budget that takes messages.
    QVERIFY(DataMemoryBudget::defaultLimit() >= qint64(64) << 20);
}

#include "tst_datareader.moc"
