#include "core/delivery/dsnbuilder.h"
#include "core/delivery/dsnsubmission.h"
#include "core/delivery/suppressionlist.h"
#include "core/smtp/dsnparameters.h"
#include "core/smtp/smtpreply.h"
#include "core/store/database.h"
#include "tests/support/queuefixture.h"
#include "tests/support/tempdatadir.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>

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

    void aNoticeNamesItsMessageAndHowLongItWaited()
    {
        // An outside tester's notices named the message only in the attached headers, and the delay notice
        // said neither how long nor until when.
        DsnInput input = failedInput();
        input.originalMessage = "Subject: =?utf-8?q?Rechnung_f=C3=BCr_M=C3=A4rz?=\r\nDate: Mon, 7 Dec 2026 "
                                "09:00:00 +0100\r\n\r\nBody\r\n";
        input.nowMs = input.arrivalMs + 5 * 3'600'000;
        input.recipients = {{"slow@example.com", true, "4.4.1", QStringLiteral("mx.example.com"),
                             "451 4.4.1 Try later", 0, input.arrivalMs + 432'000'000}};
        const QByteArray human = part(DsnBuilder::build(input), 0);
        QVERIFY2(human.contains("  Subject: Rechnung f\xc3\xbcr M\xc3\xa4rz\r\n"), human.constData());
        QVERIFY(human.contains("  Date:    Mon, 7 Dec 2026 09:00:00 +0100\r\n"));
        QVERIFY(human.contains("  Queue ID at this relay: 0abc\r\n"));
        QVERIFY2(human.contains("has been trying for 5 hours.\r\nIt keeps trying until 2023-11-19 22:13 UTC"),
                 human.constData());
    }

    void theReportPartIsAscii()
    {
        // RFC 3464 2.1: message/delivery-status is US-ASCII; a server's UTF-8 reply goes there as RFC 6533 3
        // writes it, and the text part keeps it for people. A reply cut short says so.
        DsnInput input = failedInput();
        input.recipients.first().diagnostic =
            "550 5.1.1 Benutzer unbekannt: M\xc3\xbcller " + QByteArray(1200, 'x');
        const QByteArray dsn = DsnBuilder::build(input);
        const QByteArray status = part(dsn, 1);
        QVERIFY2(status.contains("Diagnostic-Code: smtp; 550 5.1.1 Benutzer unbekannt: M\\x{FC}ller xxx"),
                 status.constData());
        QVERIFY(std::all_of(status.cbegin(), status.cend(), [](char c) { return uchar(c) < 0x80; }));
        QVERIFY(status.contains("xxx [...]\r\n"));
        QVERIFY(part(dsn, 0).contains("M\xc3\xbcller"));
    }

    void whatTheSenderAskedIsInTheNotice()
    {
        // RFC 3461 4.2-4.4 and RFC 3464 2.2.1, 2.3.1: ENVID and ORCPT come back, RET=FULL returns the
        // message.
        DsnInput input = failedInput();
        input.envid = "QQ+2B314";
        input.recipients.first().originalRecipient = "rfc822;Nobody+40example.com";
        input.returnFull = true;
        const QByteArray dsn = DsnBuilder::build(input);
        const QByteArray status = part(dsn, 1);
        QVERIFY2(status.contains(
                     "\r\n\r\nOriginal-Envelope-Id: QQ+314\r\nReporting-MTA: dns; relay.example.net\r\n"),
                 status.constData());
        QVERIFY(status.contains("\r\n\r\nOriginal-Recipient: rfc822;Nobody@example.com\r\n"
                                "Final-Recipient: rfc822; nobody@example.com\r\n"));
        const QByteArray returned = part(dsn, 2);
        QVERIFY2(
            returned.startsWith("Content-Description: Undelivered Message\r\nContent-Type: message/rfc822\r\n"
                                "Content-Transfer-Encoding: 7bit\r\n\r\nReceived: from x\r\n"),
            returned.constData());
        QVERIFY(returned.contains("\r\n\r\nBody text\r\n"));
        QVERIFY(part(dsn, 0).contains("It is attached below."));
    }

    void aSuccessReportSaysRelayed()
    {
        // RFC 3461 4.1 NOTIFY=SUCCESS, handed to a server without DSN: "Action: relayed" (RFC 3464 2.3.3).
        DsnInput input = failedInput();
        input.recipients = {{"ok@example.com", false, "2.0.0", QStringLiteral("mx.example.com"),
                             "250 2.0.0 Ok: queued as 123", input.arrivalMs, 0}};
        input.recipients.first().relayed = true;
        const QByteArray dsn = DsnBuilder::build(input);
        QVERIFY(dsn.contains("\r\nSubject: Successful Mail Relay Report\r\n"));
        QCOMPARE(DsnBuilder::subject(input), QByteArray("Successful Mail Relay Report"));
        QVERIFY(part(dsn, 1).contains("\r\nAction: relayed\r\nStatus: 2.0.0\r\n"));
        QVERIFY(part(dsn, 0).contains("this is the last report you will get about it"));
        QVERIFY(part(dsn, 2).startsWith("Content-Description: Message Headers\r\n"));
    }

    void notifyDecidesWhichNoticesGo()
    {
        // RFC 3461 4.1: NOTIFY=NEVER gets no notice; SUCCESS alone no failure notice; not given, the relay's
        // own choice (failures and delays). Read from the original's rows when the notice is queued.
        Test::TempDataDir dir;
        Test::QueueFixture fixture(dir.path());
        const qint64 agent = fixture.addAgent(QStringLiteral("billing"));
        fixture.addMessage(QStringLiteral("0abc"), agent, QStringLiteral("app@example.org"),
                           {QStringLiteral("never@example.com"), QStringLiteral("success@example.com"),
                            QStringLiteral("plain@example.com"), QStringLiteral("failure@example.com")},
                           1'700'000'000'000);
        fixture.scalar(QStringLiteral("UPDATE messages SET dsn_ret = 'HDRS', dsn_envid = 'E1'"));
        fixture.scalar(
            QStringLiteral("UPDATE recipients SET dsn_notify = ? WHERE address = 'never@example.com'"),
            {int(DsnParameters::NotifyNever)});
        fixture.scalar(
            QStringLiteral("UPDATE recipients SET dsn_notify = ? WHERE address = 'success@example.com'"),
            {int(DsnParameters::NotifySuccess)});
        fixture.scalar(QStringLiteral("UPDATE recipients SET dsn_notify = ?, dsn_orcpt = 'rfc822;f+40x.test'"
                                      " WHERE address = 'failure@example.com'"),
                       {int(DsnParameters::NotifyFailure)});
        auto db = Database::connection(dir.path()).value();
        DsnInput input = failedInput();
        QList<DsnRecipient> all;
        for (const char* address :
             {"never@example.com", "success@example.com", "plain@example.com", "failure@example.com"}) {
            DsnRecipient r = input.recipients.first();
            r.address = address;
            all.append(r);
        }
        input.recipients = all;
        const auto queued = DsnSubmission::enqueue(db, input, agent, QStringLiteral("billing"));
        QVERIFY2(queued.ok(), qPrintable(queued.error()));
        const QByteArray body =
            fixture
                .scalar(QStringLiteral("SELECT b.body FROM message_bodies b JOIN messages m ON"
                                       " m.id = b.message_id WHERE m.queue_id = ?"),
                        {queued.value()})
                .toByteArray();
        QVERIFY(!body.contains("never@example.com"));
        QVERIFY(!body.contains("success@example.com"));
        QVERIFY(body.contains("Final-Recipient: rfc822; plain@example.com"));
        QVERIFY(body.contains(
            "Original-Recipient: rfc822;f@x.test\r\nFinal-Recipient: rfc822; failure@example.com"));
        QVERIFY(body.contains("Original-Envelope-Id: E1\r\n"));
        // Only recipients that asked for none: no notice at all.
        input.recipients = all.mid(0, 2);
        const auto none = DsnSubmission::enqueue(db, input, agent, QStringLiteral("billing"));
        QVERIFY(none.ok());
        QVERIFY(none.value().isEmpty());
        // A delay notice for a recipient that asked for failures only: none.
        input.recipients = {all[3]};
        input.recipients.first().delayed = true;
        QVERIFY(DsnSubmission::enqueue(db, input, agent, QStringLiteral("billing")).value().isEmpty());
        // A delay notice for one that asked for delays only promises no failure notice (an outside tester's
        // said "You will be told if it finally fails", and none came).
        fixture.scalar(
            QStringLiteral("UPDATE recipients SET dsn_notify = ? WHERE address = 'plain@example.com'"),
            {int(DsnParameters::NotifyDelay)});
        input.recipients = {all[2]};
        input.recipients.first().delayed = true;
        const auto delay = DsnSubmission::enqueue(db, input, agent, QStringLiteral("billing"));
        QVERIFY(delay.ok() && !delay.value().isEmpty());
        const QByteArray delayBody =
            fixture
                .scalar(QStringLiteral("SELECT b.body FROM message_bodies b JOIN messages m"
                                       " ON m.id = b.message_id WHERE m.queue_id = ?"),
                        {delay.value()})
                .toByteArray();
        QVERIFY(!delayBody.contains("You will be told if it finally fails"));
        QVERIFY(delayBody.contains("you will not be told if it finally fails"));
        Database::releaseThreadConnection(dir.path());
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
        QVERIFY2(dsn.contains(
                     "<busy@example.com>: the mail system gave up after trying for 2 minutes: the time "
                     "allowed for delivery ran out. Last reply: host mx.example.com said: 450 4.2.1 mailbox "
                     "busy\r\n"),
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

    void directionOverridesOfAServerAreDropped()
    {
        // A remote server's U+202E reversed the rest of the notice's line (an outside tester): the overrides
        // and isolates go, as the window shows such text; ESC and the other controls become spaces.
        DsnInput input = failedInput();
        input.recipients.first().diagnostic = "550 5.1.1 user \xe2\x80\xae"
                                              "nwonknu\x1b[31m gone";
        const QByteArray dsn = DsnBuilder::build(input);
        QVERIFY(!dsn.contains("\xe2\x80\xae"));
        QVERIFY(!dsn.contains("\x1b"));
        QVERIFY2(part(dsn, 0).contains("550 5.1.1 user nwonknu [31m gone"), part(dsn, 0).constData());
        QVERIFY(part(dsn, 1).contains("Diagnostic-Code: smtp; 550 5.1.1 user nwonknu [31m gone\r\n"));
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
