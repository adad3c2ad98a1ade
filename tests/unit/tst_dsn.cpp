#include "core/delivery/dsnbuilder.h"
#include "core/delivery/dsnsubmission.h"
#include "core/delivery/suppressionlist.h"
#include "core/smtp/smtpreply.h"
#include "core/store/database.h"
#include "tests/support/queuefixture.h"
#include "tests/support/tempdatadir.h"

#include <QRegularExpression>
#include <QTest>

using namespace RelayDesk;

/// RFC 3464 / RFC 6522 DSN structure, the null-sender rule, and which bounces suppress an address.
class TestDsn : public QObject
{
    Q_OBJECT

    static DsnInput failedInput()
    {
        DsnInput input;
        input.reportingMta = QStringLiteral("relay.example.net");
        input.queueId = QStringLiteral("0abc");
        input.sender = "app@example.org";
        input.arrivalMs = 1'700'000'000'000;
        input.nowMs = 1'700'000'100'000;
        input.originalMessage =
            "Received: from x\r\nSubject: Invoice 42\r\nFrom: app@example.org\r\n\r\nBody text\r\n";
        input.recipients = {{"nobody@example.com", false, "5.1.1", QStringLiteral("mx.example.com"),
                             "550 5.1.1 No such user", 1'700'000'050'000, 0}};
        return input;
    }

    // The index-th MIME part (headers and content) of a multipart/report.
    static QByteArray part(const QByteArray& dsn, int index)
    {
        const QRegularExpression re(QStringLiteral("boundary=\"([^\"]+)\""));
        const QByteArray boundary = "--" + re.match(QString::fromLatin1(dsn)).captured(1).toLatin1();
        const QByteArray open = boundary + "\r\n";
        const QByteArray close = "\r\n" + boundary;
        QList<QByteArray> parts;
        qsizetype from = dsn.indexOf(open);
        while (from >= 0) {
            const qsizetype start = from + boundary.size() + 2;
            const qsizetype next = dsn.indexOf(close, start);
            if (next < 0)
                break;
            parts.append(dsn.mid(start, next - start));
            from = dsn.indexOf(open, next + 2);
        }
        return index < parts.size() ? parts[index] : QByteArray();
    }

private Q_SLOTS:
    void failedReportStructure()
    {
        const QByteArray dsn = DsnBuilder::build(failedInput(), "seed");
        QVERIFY(dsn.startsWith("From: Mail Delivery System <MAILER-DAEMON@relay.example.net>\r\n"));
        QVERIFY(dsn.contains("\r\nTo: <app@example.org>\r\n"));
        QVERIFY(dsn.contains("\r\nSubject: Undelivered Mail Returned to Sender\r\n"));
        QVERIFY(dsn.contains("\r\nAuto-Submitted: auto-replied\r\n"));
        QVERIFY(dsn.contains("Content-Type: multipart/report; report-type=delivery-status;"));
        QVERIFY(dsn.endsWith("--\r\n"));
        // CRLF only, and no line longer than RFC 5322's 998 characters.
        QVERIFY(!QByteArray(dsn).replace("\r\n", "").contains('\n'));
        for (const QByteArray& line : dsn.split('\n'))
            QVERIFY(line.size() <= 999);

        const QByteArray human = part(dsn, 0);
        QVERIFY(human.startsWith("Content-Description: Notification\r\nContent-Type: text/plain"));
        QVERIFY(human.contains("<nobody@example.com>: host mx.example.com said: 550 5.1.1 No such user"));

        const QByteArray status = part(dsn, 1);
        QVERIFY(status.contains("Content-Type: message/delivery-status\r\n\r\n"));
        QVERIFY(status.contains("\r\nReporting-MTA: dns; relay.example.net\r\n"));
        QVERIFY(status.contains("\r\nArrival-Date: Tue, 14 Nov 2023 22:13:20 +0000\r\n"));
        QVERIFY(status.contains("\r\n\r\nFinal-Recipient: rfc822; nobody@example.com\r\nAction: failed\r\n"
                                "Status: 5.1.1\r\nRemote-MTA: dns; mx.example.com\r\n"
                                "Diagnostic-Code: smtp; 550 5.1.1 No such user\r\n"));

        const QByteArray headers = part(dsn, 2);
        QVERIFY(headers.startsWith("Content-Description: Undelivered Message Headers\r\n"
                                   "Content-Type: text/rfc822-headers\r\n\r\n"
                                   "Received: from x\r\nSubject: Invoice 42\r\nFrom: app@example.org\r\n"));
        QVERIFY(!dsn.contains("Body text"));
    }

    void delayNotice()
    {
        DsnInput input = failedInput();
        input.recipients = {{"slow@example.com", true, "4.4.1", QStringLiteral("mx.example.com"),
                             "451 4.4.1 Try later", 0, input.arrivalMs + 432'000'000}};
        const QByteArray dsn = DsnBuilder::build(input);
        QVERIFY(dsn.contains("\r\nSubject: Delayed Mail (still being retried)\r\n"));
        QVERIFY(dsn.contains("\r\nAction: delayed\r\nStatus: 4.4.1\r\n"));
        QVERIFY(dsn.contains("\r\nWill-Retry-Until: Sun, 19 Nov 2023 22:13:20 +0000\r\n"));
    }

    void relaysOwnFailureIsNotCreditedToAServer()
    {
        // A connection refused (or a size check, a suppression) is the relay's finding: no Remote-MTA, no
        // "host ... said", and the diagnostic type says so (RFC 3464 2.3.5, 2.3.6).
        DsnInput input = failedInput();
        input.recipients = {{"far@example.com", false, "4.4.1", QStringLiteral("mx.example.com"),
                             "421 4.4.1 Connection to mx.example.com:25 refused", input.arrivalMs, 0, true}};
        const QByteArray dsn = DsnBuilder::build(input);
        QVERIFY(!dsn.contains("Remote-MTA:"));
        QVERIFY(!dsn.contains("said:"));
        QVERIFY(dsn.contains("<far@example.com>: 421 4.4.1 Connection to mx.example.com:25 refused\r\n"));
        QVERIFY(dsn.contains("\r\nDiagnostic-Code: X-RelayDesk; 421 4.4.1 Connection to mx.example.com:25 "
                             "refused\r\n"));
    }

    void anInternationalDomainReadsAsTyped()
    {
        // The person who typed "bücher.test" does not know "xn--bcher-kva.test" (an outside tester): the text
        // for people names it in Unicode, the relay's own words too; the report keeps the SMTP address.
        DsnInput input = failedInput();
        input.recipients = {{"kunde@xn--bcher-kva.test", false, "5.1.2", QString(),
                             "550 5.1.2 Domain xn--bcher-kva.test does not exist (NXDOMAIN)", input.arrivalMs,
                             0, true}};
        const QByteArray dsn = DsnBuilder::build(input);
        const QByteArray text = part(dsn, 0);
        QVERIFY2(text.contains("<kunde@b\xc3\xbc"
                               "cher.test>: 550 5.1.2 Domain b\xc3\xbc"
                               "cher.test does not exist"),
                 text.constData());
        QVERIFY(part(dsn, 1).contains("Final-Recipient: rfc822; kunde@xn--bcher-kva.test\r\n"));
        QVERIFY(
            part(dsn, 1).contains("Diagnostic-Code: X-RelayDesk; 550 5.1.2 Domain xn--bcher-kva.test does"));
        // A server's words stay as it said them; the host it is, as typed.
        input.recipients = {{"kunde@xn--bcher-kva.test", false, "5.1.1",
                             QStringLiteral("mx.xn--bcher-kva.test"),
                             "550 5.1.1 <kunde@xn--bcher-kva.test> unknown", input.arrivalMs, 0, false}};
        const QByteArray fromServer = part(DsnBuilder::build(input), 0);
        QVERIFY2(fromServer.contains("host mx.b\xc3\xbc"
                                     "cher.test said: 550 5.1.1 <kunde@xn--bcher-kva.test> unknown"),
                 fromServer.constData());
    }

    void expiryIsSaidInWords()
    {
        // A recipient given up on because the retry time ran out (RFC 3463 4.4.7): the text part says so in
        // words, before the last reply, which alone reads as if the server had refused it.
        DsnInput input = failedInput();
        input.recipients = {{"busy@example.com", false, "4.4.7", QStringLiteral("mx.example.com"),
                             "450 4.2.1 mailbox busy", input.arrivalMs, 0}};
        const QByteArray dsn = DsnBuilder::build(input);
        QVERIFY2(
            dsn.contains("<busy@example.com>: the mail system gave up: the time allowed for delivery ran "
                         "out. Last reply: host mx.example.com said: 450 4.2.1 mailbox busy\r\n"),
            dsn.constData());
        QVERIFY(dsn.contains("\r\nStatus: 4.4.7\r\n"));
        input.recipients.first().status = "5.1.1";
        QVERIFY(!DsnBuilder::build(input).contains("gave up"));
    }

    void everyLineOfTheReply()
    {
        // A server's reply of several lines reaches the DSN whole, not cut after its first line.
        SmtpReply reply;
        reply.code = 550;
        reply.enhanced = "5.1.1";
        reply.lines = {"The email account that you tried to reach does not exist. Please try",
                       "double-checking the recipient's email address for typos."};
        QCOMPARE(reply.fullText(),
                 QByteArray("550 5.1.1 The email account that you tried to reach does not exist. "
                            "Please try double-checking the recipient's email address for typos."));
        QVERIFY(!reply.local);
        QVERIFY(SmtpReply::make(421, "4.4.1", "refused").local);
    }

    void headerFieldsCannotBeInjected()
    {
        DsnInput input = failedInput();
        input.recipients.first().diagnostic = "550 bad\r\nBcc: victim@example.com";
        const QByteArray dsn = DsnBuilder::build(input);
        QVERIFY(!dsn.contains("\r\nBcc:"));
        QVERIFY(dsn.contains("Diagnostic-Code: smtp; 550 bad  Bcc: victim@example.com\r\n"));
    }

    void headerSection()
    {
        QCOMPARE(DsnBuilder::headerSection("A: 1\r\nB: 2\r\n\r\nbody\r\n\r\nmore"),
                 QByteArray("A: 1\r\nB: 2"));
        QCOMPARE(DsnBuilder::headerSection("A: 1\r\n"), QByteArray("A: 1"));
    }

    void neverForTheNullSender()
    {
        Test::TempDataDir dir;
        auto db = Database::connection(dir.path()).value();
        DsnInput input = failedInput();
        input.sender.clear();
        const auto none = DsnSubmission::enqueue(db, input, 0, QString());
        QVERIFY(none.ok());
        QVERIFY(none.value().isEmpty());
        Test::QueueFixture fixture(dir.path());
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT COUNT(*) FROM messages")).toInt(), 0);
    }

    void queuedWithNullReversePath()
    {
        Test::TempDataDir dir;
        Test::QueueFixture fixture(dir.path());
        const qint64 agent = fixture.addAgent(QStringLiteral("billing"));
        auto db = Database::connection(dir.path()).value();
        const auto queued = DsnSubmission::enqueue(db, failedInput(), agent, QStringLiteral("billing"));
        QVERIFY2(queued.ok(), qPrintable(queued.error()));
        QVERIFY(!queued.value().isEmpty());
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT sender FROM messages WHERE queue_id = ?"),
                                {queued.value()}),
                 QVariant(QString()));
        QCOMPARE(fixture.state(QStringLiteral("app@example.org")), QStringLiteral("queued"));
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT domain FROM recipients")).toString(),
                 QStringLiteral("example.org"));
        const QByteArray body =
            fixture.scalar(QStringLiteral("SELECT body FROM message_bodies")).toByteArray();
        QVERIFY(body.contains("Final-Recipient: rfc822; nobody@example.com"));
    }

    void hardBounces_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("enhanced");
        QTest::addColumn<bool>("hard");
        QTest::newRow("no such user") << 550 << QByteArray("5.1.1") << true;
        // The domain's condition, not the mailbox's: bounced, never suppressed.
        QTest::newRow("bad destination system") << 550 << QByteArray("5.1.2") << false;
        QTest::newRow("null MX") << 556 << QByteArray("5.1.10") << false;
        QTest::newRow("mailbox disabled") << 550 << QByteArray("5.2.1") << true;
        QTest::newRow("bad sender") << 550 << QByteArray("5.1.7") << false;
        QTest::newRow("policy") << 550 << QByteArray("5.7.26") << false;
        QTest::newRow("mailbox full") << 552 << QByteArray("5.2.2") << false;
        QTest::newRow("temporary") << 450 << QByteArray("4.1.1") << false;
    }

    void hardBounces()
    {
        QFETCH(int, code);
        QFETCH(QByteArray, enhanced);
        QFETCH(bool, hard);
        SmtpReply reply = SmtpReply::make(code, enhanced, "x");
        reply.toRecipient = true; // the answer to the recipient's RCPT
        QCOMPARE(SuppressionList::isHardBounce(reply), hard);
        // The same words to MAIL FROM or after the data say nothing of the mailbox (an outside tester's
        // mistyped sender got 550 5.1.1 at MAIL, and every recipient was suppressed).
        reply.toRecipient = false;
        QVERIFY(!SuppressionList::isHardBounce(reply));
    }
};

QTEST_GUILESS_MAIN(TestDsn)
#include "tst_dsn.moc"
