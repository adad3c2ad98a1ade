#include "core/smtp/commandline.h"

#include <QRandomGenerator>
#include <QTest>

using namespace RelayDesk;
using Event = CommandLineReader::Event;

Q_DECLARE_METATYPE(RelayDesk::SmtpVerb)

namespace {

/// Everything the reader produces for some input, as readable text: "L:EHLO x", "TOOLONG", "BAD", "BARELF".
QList<QByteArray> drain(CommandLineReader& reader)
{
    QList<QByteArray> out;
    for (;;) {
        switch (reader.next()) {
        case Event::NeedMore:
            return out;
        case Event::Line:
            out << "L:" + reader.line();
            break;
        case Event::TooLong:
            out << "TOOLONG";
            break;
        case Event::BadCharacters:
            out << "BAD";
            break;
        case Event::BareLineFeed:
            out << "BARELF";
            break;
        }
    }
}

QList<QByteArray> feedInChunks(const QByteArray& input, int maxLength, qsizetype chunk)
{
    CommandLineReader reader(maxLength);
    QList<QByteArray> out;
    for (qsizetype i = 0; i < input.size(); i += chunk) {
        reader.append(QByteArrayView(input).sliced(i, qMin(chunk, input.size() - i)));
        out << drain(reader);
    }
    return out;
}

} // namespace

/// Splitting command lines (RFC 5321 2.3.8, 4.5.3.1.4) and recognising verbs.
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesVerbs_data();
    void parsesVerbs();
    void framing_data();
    void framing();
    void framingSurvivesAnySplit_data() { framing_data(); }
    void framingSurvivesAnySplit();
    void longLineDiscardedAcrossAppends();
    void longLineNeverBuffered();
    void pendingBytes();
    void discardPendingAfterStartTls();
    void manyLinesStayLinear();
};

void TestCommandLine::parsesVerbs_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<SmtpVerb>("verb");
    QTest::addColumn<QByteArray>("verbText");
    QTest::addColumn<QByteArray>("argument");

    QTest::newRow("ehlo") << QByteArray("EHLO client.example") << SmtpVerb::Ehlo << QByteArray("EHLO")
                          << QByteArray("client.example");
    QTest::newRow("lower helo") << QByteArray("helo x") << SmtpVerb::Helo << QByteArray("helo")
                                << QByteArray("x");
    QTest::newRow("mixed mail") << QByteArray("MaIl FROM:<a@b>") << SmtpVerb::Mail << QByteArray("MaIl")
                                << QByteArray("FROM:<a@b>");
    QTest::newRow("rcpt") << QByteArray("RCPT TO:<a@b>") << SmtpVerb::Rcpt << QByteArray("RCPT")
                          << QByteArray("TO:<a@b>");
    QTest::newRow("data") << QByteArray("DATA") << SmtpVerb::Data << QByteArray("DATA") << QByteArray();
    QTest::newRow("rset") << QByteArray("rset") << SmtpVerb::Rset << QByteArray("rset") << QByteArray();
    QTest::newRow("noop arg") << QByteArray("NOOP hello there") << SmtpVerb::Noop << QByteArray("NOOP")
                              << QByteArray("hello there");
    QTest::newRow("quit") << QByteArray("QUIT") << SmtpVerb::Quit << QByteArray("QUIT") << QByteArray();
    QTest::newRow("vrfy") << QByteArray("VRFY bob") << SmtpVerb::Vrfy << QByteArray("VRFY")
                          << QByteArray("bob");
    QTest::newRow("expn") << QByteArray("EXPN list") << SmtpVerb::Expn << QByteArray("EXPN")
                          << QByteArray("list");
    QTest::newRow("help") << QByteArray("HELP") << SmtpVerb::Help << QByteArray("HELP") << QByteArray();
    QTest::newRow("starttls") << QByteArray("StartTLS") << SmtpVerb::StartTls << QByteArray("StartTLS")
                              << QByteArray();
    QTest::newRow("auth") << QByteArray("AUTH PLAIN AGFAYg==") << SmtpVerb::Auth << QByteArray("AUTH")
                          << QByteArray("PLAIN AGFAYg==");
    QTest::newRow("bdat") << QByteArray("BDAT 100 LAST") << SmtpVerb::Bdat << QByteArray("BDAT")
                          << QByteArray("100 LAST");
    QTest::newRow("unknown") << QByteArray("XYZZY now") << SmtpVerb::Unknown << QByteArray("XYZZY")
                             << QByteArray("now");
    QTest::newRow("verb prefix only")
        << QByteArray("MAILX") << SmtpVerb::Unknown << QByteArray("MAILX") << QByteArray();
    QTest::newRow("verb too short") << QByteArray("MAI") << SmtpVerb::Unknown << QByteArray("MAI")
                                    << QByteArray();
    QTest::newRow("empty") << QByteArray() << SmtpVerb::Unknown << QByteArray() << QByteArray();
    QTest::newRow("leading space") << QByteArray(" QUIT") << SmtpVerb::Unknown << QByteArray()
                                   << QByteArray("QUIT");
    QTest::newRow("two spaces keeps second")
        << QByteArray("MAIL  FROM:<>") << SmtpVerb::Mail << QByteArray("MAIL") << QByteArray(" FROM:<>");
    QTest::newRow("trailing space") << QByteArray("DATA ") << SmtpVerb::Data << QByteArray("DATA")
                                    << QByteArray();
}

void TestCommandLine::parsesVerbs()
{
    QFETCH(QByteArray, line);
    QFETCH(SmtpVerb, verb);
    QFETCH(QByteArray, verbText);
    QFETCH(QByteArray, argument);
    const SmtpCommand command = parseCommandLine(line);
    QCOMPARE(command.verb, verb);
    QCOMPARE(command.verbText, verbText);
    QCOMPARE(command.argument, argument);
}

void TestCommandLine::framing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QList<QByteArray>>("expected");

    const QByteArray x510(510, 'x');
    const QByteArray x511(511, 'x');
    QTest::newRow("one line") << QByteArray("NOOP\r\n") << 512 << QList<QByteArray>{"L:NOOP"};
    QTest::newRow("pipelined") << QByteArray("MAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nDATA\r\n") << 512
                               << QList<QByteArray>{"L:MAIL FROM:<a@b>", "L:RCPT TO:<c@d>", "L:DATA"};
    QTest::newRow("incomplete waits") << QByteArray("NOOP\r") << 512 << QList<QByteArray>{};
    QTest::newRow("empty line") << QByteArray("\r\n") << 512 << QList<QByteArray>{"L:"};
    // A bare LF ends a line that is refused; what follows it is the next line (a client ending its lines
    // with LF alone gets an answer to each, not silence until the idle timeout).
    QTest::newRow("bare LF ends a refused line")
        << QByteArray("NOOP\nQUIT\r\nRSET\r\n") << 512 << QList<QByteArray>{"BARELF", "L:QUIT", "L:RSET"};
    QTest::newRow("LF-only client") << QByteArray("EHLO x\nNOOP\n") << 512
                                    << QList<QByteArray>{"BARELF", "BARELF"};
    QTest::newRow("bare CR is no line end")
        << QByteArray("NOOP\rQUIT\r\nRSET\r\n") << 512 << QList<QByteArray>{"BAD", "L:RSET"};
    QTest::newRow("CR CR LF") << QByteArray("NOOP\r\r\nRSET\r\n") << 512
                              << QList<QByteArray>{"BAD", "L:RSET"};
    QTest::newRow("LF CR LF") << QByteArray("NOOP\n\r\nRSET\r\n") << 512
                              << QList<QByteArray>{"BARELF", "L:", "L:RSET"};
    QTest::newRow("NUL") << QByteArray("NO\0OP\r\nQUIT\r\n", 13) << 512 << QList<QByteArray>{"BAD", "L:QUIT"};
    QTest::newRow("exactly 512 with CRLF") << x510 + "\r\nQUIT\r\n"
                                           << 512 << QList<QByteArray>{"L:" + x510, "L:QUIT"};
    QTest::newRow("513 with CRLF") << x511 + "\r\nQUIT\r\n" << 512 << QList<QByteArray>{"TOOLONG", "L:QUIT"};
    QTest::newRow("very long") << QByteArray(5000, 'y') + "\r\nQUIT\r\n"
                               << 512 << QList<QByteArray>{"TOOLONG", "L:QUIT"};
    QTest::newRow("long line with bare LF after the limit") << QByteArray(600, 'y') + "\n\r\nNOOP\r\n"
                                                            << 512 << QList<QByteArray>{"TOOLONG", "L:NOOP"};
    QTest::newRow("small limit") << QByteArray("ABCD\r\nABCDE\r\nAB\r\n") << 6
                                 << QList<QByteArray>{"L:ABCD", "TOOLONG", "L:AB"};
    QTest::newRow("limit CR straddles")
        << QByteArray("ABCDE\r\nOK\r\n") << 6 << QList<QByteArray>{"TOOLONG", "L:OK"};
    QTest::newRow("two long lines") << QByteArray(700, 'a') + "\r\n" + QByteArray(700, 'b') + "\r\nQUIT\r\n"
                                    << 512 << QList<QByteArray>{"TOOLONG", "TOOLONG", "L:QUIT"};
}

void TestCommandLine::framing()
{
    QFETCH(QByteArray, input);
    QFETCH(int, maxLength);
    QFETCH(QList<QByteArray>, expected);
    CommandLineReader reader(maxLength);
    reader.append(input);
    QCOMPARE(drain(reader), expected);
}

void TestCommandLine::framingSurvivesAnySplit()
{
    QFETCH(QByteArray, input);
    QFETCH(int, maxLength);
    QFETCH(QList<QByteArray>, expected);
    for (const qsizetype chunk : {1, 2, 3, 7, 511, 512, 513}) {
        const QList<QByteArray> got = feedInChunks(input, maxLength, chunk);
        if (got != expected)
            QFAIL(qPrintable(
                QStringLiteral("chunk size %1 gave %2").arg(chunk).arg(QString::fromLatin1(got.join('|')))));
    }
}

void TestCommandLine::longLineDiscardedAcrossAppends()
{
    CommandLineReader reader;
    reader.append(QByteArray(600, 'a'));
    QCOMPARE(reader.next(), Event::TooLong);
    QCOMPARE(reader.next(), Event::NeedMore);
    reader.append(QByteArray(600, 'b'));
    QCOMPARE(reader.next(), Event::NeedMore); // still the same line: no second TooLong
    reader.append("tail\r");
    QCOMPARE(reader.next(), Event::NeedMore);
    reader.append("\nQUIT\r\n");
    QCOMPARE(reader.next(), Event::Line);
    QCOMPARE(reader.line(), QByteArray("QUIT"));
    QCOMPARE(reader.next(), Event::NeedMore);
}

void TestCommandLine::longLineNeverBuffered()
{
    CommandLineReader reader;
    reader.append(QByteArray(1000, 'a'));
    QCOMPARE(reader.next(), Event::TooLong);
    for (int i = 0; i < 1000; ++i) {
        reader.append(QByteArray(4096, 'z'));
        QVERIFY(reader.pendingBytes() <= 1);
        QCOMPARE(reader.next(), Event::NeedMore);
    }
    reader.append("\r\nNOOP\r\n");
    QCOMPARE(reader.next(), Event::Line);
    QCOMPARE(reader.line(), QByteArray("NOOP"));
}

void TestCommandLine::pendingBytes()
{
    CommandLineReader reader;
    reader.append("DATA\r\nSubject: hi\r\n\r\nbody");
    QCOMPARE(reader.next(), Event::Line);
    QCOMPARE(reader.line(), QByteArray("DATA"));
    QCOMPARE(reader.pendingBytes(), qsizetype(19));
    QCOMPARE(reader.takePending(), QByteArray("Subject: hi\r\n\r\nbody"));
    QCOMPARE(reader.pendingBytes(), qsizetype(0));
    QCOMPARE(reader.next(), Event::NeedMore);
    reader.append("QUIT\r\n");
    QCOMPARE(reader.next(), Event::Line);
    QCOMPARE(reader.line(), QByteArray("QUIT"));
}

void TestCommandLine::discardPendingAfterStartTls()
{
    // RFC 3207 4.2 / CVE-2011-0411: commands pipelined behind STARTTLS must not survive the handshake.
    CommandLineReader reader;
    reader.append("STARTTLS\r\nMAIL FROM:<evil@x>\r\n");
    QCOMPARE(reader.next(), Event::Line);
    QCOMPARE(reader.line(), QByteArray("STARTTLS"));
    QVERIFY(reader.pendingBytes() > 0);
    reader.discardPending();
    QCOMPARE(reader.pendingBytes(), qsizetype(0));
    QCOMPARE(reader.next(), Event::NeedMore);
    reader.append("EHLO again\r\n");
    QCOMPARE(reader.next(), Event::Line);
    QCOMPARE(reader.line(), QByteArray("EHLO again"));
}

void TestCommandLine::manyLinesStayLinear()
{
    // 200k pipelined lines in one buffer: quadratic consumption would take minutes, linear takes
    // milliseconds.
    QByteArray input;
    for (int i = 0; i < 200000; ++i)
        input += "NOOP " + QByteArray::number(i) + "\r\n";
    CommandLineReader reader;
    QElapsedTimer timer;
    timer.start();
    reader.append(input);
    int lines = 0;
    while (reader.next() == Event::Line) {
        ++lines;
        if (lines == 123456)
            QCOMPARE(reader.line(), QByteArray("NOOP 123455"));
    }
    QCOMPARE(lines, 200000);
    QVERIFY2(timer.elapsed() < 5000, "line consumption is not linear");

    // Random chunking with interleaved reads must give the same lines.
    CommandLineReader chunked;
    QRandomGenerator random(42);
    int seen = 0;
    for (qsizetype i = 0; i < input.size();) {
        const qsizetype n = qMin<qsizetype>(random.bounded(1, 9000), input.size() - i);
        chunked.append(QByteArrayView(input).sliced(i, n));
        i += n;
        while (chunked.next() == Event::Line) {
            QCOMPARE(chunked.line(), "NOOP " + QByteArray::number(seen));
            ++seen;
        }
    }
    QCOMPARE(seen, 200000);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
