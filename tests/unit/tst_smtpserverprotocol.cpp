// Tests of the pure server state machine: every server dialog of tests/dialogs (server-*.txt), and the cases
// that need C++ (long lines, loops over many inputs, defaults of SessionPolicy).
#include "core/smtp/datamemorybudget.h"
#include "core/smtp/smtpserverprotocol.h"
#include "tests/support/dialogscript.h"
#include "tests/support/scriptedendpoint.h"
#include "tests/support/serverdialogplayer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace RelayDesk;
using RelayDesk::Test::DialogScript;
using RelayDesk::Test::ScriptedEndpoint;
using RelayDesk::Test::ServerDialogPlayer;

class TestSmtpServerProtocol : public QObject
{
    Q_OBJECT

private:
    struct Dialog
    {
        explicit Dialog(ListenerKind kind, int maxRecipients = 100, qint64 maxSize = 1000000)
        {
            SessionPolicy policy;
            policy.kind = kind;
            policy.hostname = "relay.test";
            policy.maxRecipients = maxRecipients;
            policy.maxMessageSize = maxSize;
            protocol = std::make_unique<SmtpServerProtocol>(
                endpoint, policy, SessionPeer{QHostAddress(QStringLiteral("127.0.0.1")), 40000});
            protocol->start();
            endpoint.takeCodes();
        }
        QList<int> c(const QByteArray& bytes)
        {
            protocol->receive(bytes);
            return endpoint.takeCodes();
        }
        void authenticate()
        {
            QCOMPARE(c("STARTTLS\r\n"), QList<int>{220});
            protocol->tlsStarted(QStringLiteral("TLSv1.3"), QStringLiteral("TLS_AES_256_GCM_SHA384"));
            QCOMPARE(c("EHLO client.test\r\n"), QList<int>{250});
            QCOMPARE(c("AUTH PLAIN " + QByteArray("\0user\0secret", 12).toBase64() + "\r\n"), QList<int>{});
            protocol->authFinished(AuthOutcome::Accepted, 7, QStringLiteral("Billing"));
            QCOMPARE(endpoint.takeCodes(), QList<int>{235});
        }
        ScriptedEndpoint endpoint;
        std::unique_ptr<SmtpServerProtocol> protocol;
    };

private Q_SLOTS:
    void errorTallyNamesBareLineFeeds()
    {
        // For the record of a device whose session failed on its framing (ConnectionFailure): the relay
        // closed it after maxErrors, and an outside tester's IT person saw nothing of why.
        Dialog d(ListenerKind::Submission);
        QCOMPARE(d.c("EHLO printer\n"), QList<int>{500});
        QCOMPARE(d.c("MAIL FROM:<a@b.test>\r\n"), QList<int>{503});
        QCOMPARE(d.protocol->errorTally().bareLineFeeds, 1);
        QCOMPARE(d.protocol->errorTally().errors, 2);
        QCOMPARE(d.protocol->errorTally().lastError, QByteArray("503 5.5.1 Send HELO/EHLO first"));
        QVERIFY(!d.protocol->errorTally().closedForErrors);
        QList<int> codes;
        for (int i = 0; i < 18; ++i)
            codes << d.c("NOOP\n");
        QCOMPARE(codes.last(), 421);
        QCOMPARE(codes.count(500), 17);
        QVERIFY(d.protocol->errorTally().closedForErrors);
        QCOMPARE(d.protocol->errorTally().bareLineFeeds, 19);
        QCOMPARE(d.protocol->errorTally().errors, 20);
    }
    void dialogs_data()
    {
        QTest::addColumn<QString>("path");
        int count = 0;
        for (const QString& path : DialogScript::files(QStringLiteral(RELAYDESK_DIALOGS_DIR))) {
            DialogScript script;
            QString error;
            QVERIFY2(script.load(path, &error), qPrintable(error));
            QVERIFY2(script.side() != DialogScript::Side::Unknown,
                     qPrintable(script.name() + QStringLiteral(": name it server-*.txt or client-*.txt")));
            if (script.side() == DialogScript::Side::Server) {
                QTest::newRow(qPrintable(script.name())) << path;
                ++count;
            }
        }
        QVERIFY(count > 0);
    }
    void dialogs()
    {
        QFETCH(QString, path);
        DialogScript script;
        QString error;
        QVERIFY2(script.load(path, &error), qPrintable(error));
        error = ServerDialogPlayer::play(script);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // The player itself: a reply that differs, one that is missing and one that the script does not list
    // each fail the dialog, with the line where it happened.
    void dialogPlayerNoticesDifferences_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("where");
        const QByteArray greeting = "S: 220 relay.test ESMTP RelayDesk ready\n";
        QTest::newRow("different") << QByteArray(greeting + "C: NOOP\nS: 250 2.0.0 Fine\n")
                                   << QStringLiteral("server-x.txt:3: expected");
        QTest::newRow("missing") << QByteArray(greeting + "C: NOOP\nS: 250 2.0.0 OK\nS: 250 2.0.0 OK\n")
                                 << QStringLiteral("server-x.txt:4: expected");
        QTest::newRow("unlisted") << QByteArray(greeting + "C: NOOP\nC: NOOP\nS: 250 2.0.0 OK\n")
                                  << QStringLiteral("server-x.txt: written but not in the script");
        QTest::newRow("unlisted before input")
            << QByteArray(greeting + "C: NOOP\n@timeout\n") << QStringLiteral("server-x.txt:3: written");
        QTest::newRow("greeting") << QByteArray("C: NOOP\n") << QStringLiteral("server-x.txt:1: written");
        QTest::newRow("request") << QByteArray(greeting + "C: STARTTLS\nS: 220 2.0.0 Ready to start TLS\n")
                                 << QStringLiteral("E: starttls");
    }
    void dialogPlayerNoticesDifferences()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, where);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("server-x.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(script) == script.size());
        file.close();
        DialogScript dialog;
        QString error;
        QVERIFY2(dialog.load(file.fileName(), &error), qPrintable(error));
        error = ServerDialogPlayer::play(dialog);
        QVERIFY2(error.contains(where), qPrintable(error));
    }

    void greetingNamesHost()
    {
        ScriptedEndpoint endpoint;
        SmtpServerProtocol protocol(endpoint, SessionPolicy{}, SessionPeer{});
        protocol.start();
        QCOMPARE(endpoint.replies.size(), 1);
        QCOMPARE(endpoint.replies[0].code, 220);
        QVERIFY(endpoint.replies[0].toWire().startsWith("220 localhost ESMTP"));
    }

    void receivedNamesTheClientAsAnAddressLiteral_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QByteArray>("literal");
        QTest::newRow("IPv4") << QStringLiteral("192.0.2.7") << QByteArray("([192.0.2.7])");
        QTest::newRow("IPv6") << QStringLiteral("2001:db8::7") << QByteArray("([IPv6:2001:db8::7])");
        QTest::newRow("IPv6 loopback") << QStringLiteral("::1") << QByteArray("([IPv6:::1])");
    }
    void receivedNamesTheClientAsAnAddressLiteral()
    {
        // RFC 5321 4.4 (TCP-info) and 4.1.3: an IPv6 address literal carries the "IPv6:" tag.
        QFETCH(QString, client);
        QFETCH(QByteArray, literal);
        SessionPolicy policy;
        policy.kind = ListenerKind::Lan;
        policy.hostname = "relay.test";
        ScriptedEndpoint endpoint;
        SmtpServerProtocol protocol(endpoint, policy, SessionPeer{QHostAddress(client), 40000});
        protocol.setTrustedAgent(3, QStringLiteral("Office"));
        protocol.start();
        protocol.receive("EHLO client.test\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<c@d.test>\r\nDATA\r\n");
        protocol.receive("Subject: hi\r\n\r\nbody\r\n.\r\n");
        QCOMPARE(endpoint.commits.size(), 1);
        const QByteArray content = endpoint.commits[0].content;
        QVERIFY2(
            content.startsWith(QByteArray("Received: from client.test " + literal + "\r\n\tby relay.test")),
            content.left(120).constData());
    }

    void aFullDataBudgetIsATemporaryRefusal()
    {
        // RFC 5321 4.2.3, RFC 3463 4.3.1: with the sessions' shared budget for messages in DATA used up, the
        // message gets 452 4.3.1 at its end (the client tries again later) and the session goes on.
        DataMemoryBudget budget(64 * 1024);
        QVERIFY(budget.tryCharge(60 * 1024)); // other sessions' messages
        SessionPolicy policy;
        policy.kind = ListenerKind::Lan;
        policy.hostname = "relay.test";
        policy.dataBudget = &budget;
        ScriptedEndpoint endpoint;
        SmtpServerProtocol protocol(endpoint, policy,
                                    SessionPeer{QHostAddress(QStringLiteral("127.0.0.1")), 40000});
        protocol.setTrustedAgent(3, QStringLiteral("Office"));
        protocol.start();
        protocol.receive("EHLO client.test\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<c@d.test>\r\nDATA\r\n");
        endpoint.takeCodes();
        QByteArray body = "Subject: big\r\n\r\n";
        for (int i = 0; i < 40; ++i)
            body += QByteArray(500, 'b') + "\r\n";
        protocol.receive(QByteArray(body + ".\r\n"));
        QCOMPARE(endpoint.takeCodes(), QList<int>{452});
        QVERIFY(endpoint.commits.isEmpty());
        QCOMPARE(budget.inUse(), 60 * 1024);
        budget.release(60 * 1024); // the others finished: the same message goes through
        protocol.receive(
            QByteArray("MAIL FROM:<a@b.test>\r\nRCPT TO:<c@d.test>\r\nDATA\r\n" + body + ".\r\n"));
        QCOMPARE(endpoint.commits.size(), 1);
        QCOMPARE(budget.inUse(), 0);
    }

    void heloNameIsCheckedAndWrittenSafely_data()
    {
        QTest::addColumn<QByteArray>("helo");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("from");
        QTest::newRow("domain") << QByteArray("client.test") << 250
                                << QByteArray("client.test ([127.0.0.1])");
        QTest::newRow("broken grammar") << QByteArray("x(;") << 250 << QByteArray("[127.0.0.1] (EHLO x\\(;)");
        QTest::newRow("8-bit") << QByteArray("h\xe9\xff") << 501 << QByteArray();
        QTest::newRow("escape sequence") << QByteArray("a\x1b[31mRED") << 501 << QByteArray();
        QTest::newRow("DEL") << QByteArray("a\x7f") << 501 << QByteArray();
        QTest::newRow("IPv4 literal")
            << QByteArray("[192.0.2.1]") << 250 << QByteArray("[192.0.2.1] ([127.0.0.1])");
        QTest::newRow("IPv4 literal out of range") << QByteArray("[999.1.1.1]") << 501 << QByteArray();
        QTest::newRow("IPv6 literal not hex") << QByteArray("[IPv6:zz::1]") << 501 << QByteArray();
        QTest::newRow("bracket not closed") << QByteArray("[192.0.2.1") << 501 << QByteArray();
    }
    void heloNameIsCheckedAndWrittenSafely()
    {
        // RFC 5321 4.1.1.1 and 4.4: what the client calls itself ends up in the relay's own Received: field.
        QFETCH(QByteArray, helo);
        QFETCH(int, code);
        QFETCH(QByteArray, from);
        Dialog d(ListenerKind::Lan);
        d.protocol->setTrustedAgent(3, QStringLiteral("Office"));
        d.protocol->receive(QByteArray("EHLO " + helo + "\r\n"));
        QCOMPARE(d.endpoint.replies.size(), 1);
        const QByteArray reply = d.endpoint.replies[0].toWire();
        d.endpoint.takeCodes();
        QVERIFY2(reply.startsWith(
                     QByteArray(QByteArray::number(code) + (code == 250 ? "-relay.test" : " 5.5.2 "))),
                 reply.constData());
        if (code != 250)
            return;
        QCOMPARE(d.c("MAIL FROM:<a@b.test>\r\nRCPT TO:<c@d.test>\r\nDATA\r\n"), (QList<int>{250, 250, 354}));
        QCOMPARE(d.c("Subject: hi\r\n\r\nbody\r\n.\r\n"), QList<int>{});
        QCOMPARE(d.endpoint.commits.size(), 1);
        const QByteArray content = d.endpoint.commits[0].content;
        QVERIFY2(content.startsWith(QByteArray("Received: from " + from + "\r\n\tby relay.test")),
                 content.left(120).constData());
    }

    void internalAddressLiteralsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("recipient");
        QTest::addColumn<int>("code");
        QTest::newRow("loopback") << QByteArray("x@[127.0.0.1]") << 550;
        QTest::newRow("loopback elsewhere in 127/8") << QByteArray("x@[127.0.0.53]") << 550;
        QTest::newRow("private 10/8") << QByteArray("x@[10.1.2.3]") << 550;
        QTest::newRow("private 172.16/12") << QByteArray("x@[172.20.0.1]") << 550;
        QTest::newRow("private 192.168/16") << QByteArray("x@[192.168.1.10]") << 550;
        QTest::newRow("link-local") << QByteArray("x@[169.254.1.1]") << 550;
        QTest::newRow("shared 100.64/10") << QByteArray("x@[100.64.0.1]") << 550;
        QTest::newRow("this network") << QByteArray("x@[0.0.0.0]") << 550;
        QTest::newRow("ipv6 loopback") << QByteArray("x@[IPv6:::1]") << 550;
        QTest::newRow("ipv6 unique local") << QByteArray("x@[IPv6:fd00::1]") << 550;
        QTest::newRow("ipv6 link-local") << QByteArray("x@[IPv6:fe80::1]") << 550;
        QTest::newRow("v4-mapped private") << QByteArray("x@[IPv6:::ffff:10.0.0.1]") << 550;
        QTest::newRow("public") << QByteArray("x@[192.0.2.1]") << 250;
        QTest::newRow("public ipv6") << QByteArray("x@[IPv6:2001:db8::1]") << 250;
        QTest::newRow("a domain") << QByteArray("x@example.com") << 250;
        // RFC 6761 6.3: localhost is this machine whatever DNS says (an outside tester's user@localhost went
        // to port 25 of the relay's machine).
        QTest::newRow("localhost") << QByteArray("x@localhost") << 551;
        QTest::newRow("LocalHost in capitals") << QByteArray("x@LocalHost") << 551;
        QTest::newRow("under localhost") << QByteArray("x@mail.localhost") << 551;
        QTest::newRow("localhost as a label of another domain")
            << QByteArray("x@localhost.example.com") << 250;
        QTest::newRow("localhost.localdomain") << QByteArray("x@localhost.localdomain") << 551;
        QTest::newRow("ends in localhost") << QByteArray("x@notlocalhost.example") << 250;
        // RFC 5321 2.3.5: a domain without a dot has no MX; it waited through every retry (an outside
        // tester).
        QTest::newRow("dotless") << QByteArray("x@sales") << 552;
        QTest::newRow("dotless, hyphenated") << QByteArray("x@sales-office") << 552;
        // The relay's own host name: no mailboxes here (an outside tester's root@<host name> waited through
        // every retry).
        QTest::newRow("own host name") << QByteArray("root@relay.test") << 553;
        QTest::newRow("own host name in capitals") << QByteArray("root@Relay.TEST") << 553;
        QTest::newRow("under the own host name") << QByteArray("root@mail.relay.test") << 250;
    }

    void theAnsweredEnvelopeIsTheCommandsEvenAfterTheTransactionEnds()
    {
        // What "Refused at submission" records of a refusal: the envelope as it was when the command came,
        // even when the refused message's transaction is reset before its reply, and the path a refused MAIL
        // or RCPT named (docs/read-side.md, "Refused at submission").
        Dialog d(ListenerKind::Submission);
        d.authenticate();
        QCOMPARE(d.c("MAIL FROM:<a@b.test> SIZE=10\r\n"), QList<int>{250});
        QCOMPARE(d.protocol->answeredEnvelope().sender, QByteArray("a@b.test"));
        QCOMPARE(d.c("RCPT TO:<x@localhost>\r\n"), QList<int>{550});
        QCOMPARE(d.protocol->answering(), SmtpVerb::Rcpt);
        QCOMPARE(d.protocol->answeredEnvelope().sender, QByteArray("a@b.test"));
        QCOMPARE(d.protocol->answeredEnvelope().recipients, QList<QByteArray>{"x@localhost"});
        // A quoted local part may hold ">" (RFC 5321 4.1.2): recorded whole, not cut at it (an outside
        // tester's refusal read "\"<h1" and could not be found by its address).
        QCOMPARE(d.c("RCPT TO:<\"<h1>REFUSED</h1>\"@[10.0.0.1]>\r\n"), QList<int>{550});
        QCOMPARE(d.protocol->answeredEnvelope().recipients,
                 QList<QByteArray>{"\"<h1>REFUSED</h1>\"@[10.0.0.1]"});
        QCOMPARE(d.c("RCPT TO:<\"a\\\">b\"@[10.0.0.1]>\r\n"), QList<int>{550});
        QCOMPARE(d.protocol->answeredEnvelope().recipients, QList<QByteArray>{"\"a\\\">b\"@[10.0.0.1]"});
        QCOMPARE(d.c("RCPT TO:<one@c.test>\r\nRCPT TO:<two@c.test>\r\nDATA\r\n"),
                 (QList<int>{250, 250, 354}));
        // A line longer than 1,000 octets (an outside tester's had 2,000): 550 5.6.0.
        QCOMPARE(d.c("Subject: x\r\n\r\n" + QByteArray(1500, 'x') + "\r\n.\r\n"), QList<int>{550});
        QCOMPARE(d.protocol->answering(), SmtpVerb::Data);
        QCOMPARE(d.protocol->answeredEnvelope().sender, QByteArray("a@b.test"));
        QCOMPARE(d.protocol->answeredEnvelope().recipients, (QList<QByteArray>{"one@c.test", "two@c.test"}));
        // A path that is none is kept as written.
        QCOMPARE(d.c("MAIL FROM:broken\r\n"), QList<int>{501});
        QCOMPARE(d.protocol->answeredEnvelope().sender, QByteArray("broken"));
        QVERIFY(d.protocol->answeredEnvelope().recipients.isEmpty());
        QVERIFY(d.protocol->answeredEnvelope().inTransaction);
        // A RCPT or DATA after a refused MAIL (a client that pipelines) is in no transaction: nothing of a
        // message is refused by its 503.
        QCOMPARE(d.c("RCPT TO:<one@c.test>\r\nDATA\r\n"), (QList<int>{503, 503}));
        QVERIFY(!d.protocol->answeredEnvelope().inTransaction);
        // A timeout answers no command: nothing was refused.
        QCOMPARE(d.c("MAIL FROM:<a@b.test>\r\nRCPT TO:<one@c.test>\r\n"), (QList<int>{250, 250}));
        d.protocol->timedOut();
        QCOMPARE(d.endpoint.takeCodes(), QList<int>{421});
        QCOMPARE(d.protocol->answering(), SmtpVerb::Unknown);
    }

    void internalAddressLiteralsAreRefused()
    {
        // An outside tester's trusted device wrote to x@[127.0.0.1]: the relay connected to port 25 of its
        // own machine, skipping DNS and every route (RFC 5321 4.1.3 literals).
        QFETCH(QByteArray, recipient);
        QFETCH(int, code);
        Dialog d(ListenerKind::Lan);
        d.protocol->setTrustedAgent(3, QStringLiteral("Office"));
        QCOMPARE(d.c("EHLO client.test\r\nMAIL FROM:<a@b.test>\r\n"), (QList<int>{250, 250}));
        // 551, 552 and 553 in the table: a 550 for localhost, a dotless domain and the relay's own host name,
        // each with words of its own.
        QCOMPARE(d.c("RCPT TO:<" + recipient + ">\r\n"), QList<int>{code >= 551 ? 550 : code});
        if (code == 550)
            QCOMPARE(d.endpoint.log.last(),
                     QByteArray("S: 550 5.7.1 This relay does not deliver to an address of its "
                                "own machine or of a private network: write to a domain name"));
        if (code == 551)
            QCOMPARE(
                d.endpoint.log.last(),
                QByteArray("S: 550 5.7.1 This relay does not deliver to localhost, its own machine: write "
                           "to a domain name"));
        if (code == 552)
            QVERIFY2(d.endpoint.log.last().startsWith("S: 550 5.1.2 The recipient's domain \"") &&
                         d.endpoint.log.last().endsWith(
                             "\" is not a full domain name: write to an address such as user@example.com"),
                     d.endpoint.log.last().constData());
        if (code == 553)
            QCOMPARE(d.endpoint.log.last(),
                     QByteArray("S: 550 5.7.1 This relay does not deliver to relay.test, its own host name: "
                                "write to a domain that receives mail"));
    }

    void theOwnHostNameIsTakenWhereARouteNamesIt()
    {
        for (const bool routed : {false, true}) {
            SessionPolicy policy;
            policy.kind = ListenerKind::Lan;
            policy.hostname = "relay.test";
            if (routed)
                policy.routedNames.insert("relay.test");
            ScriptedEndpoint endpoint;
            SmtpServerProtocol protocol(endpoint, policy,
                                        SessionPeer{QHostAddress(QStringLiteral("127.0.0.1")), 40000});
            protocol.start();
            protocol.setTrustedAgent(3, QStringLiteral("Office"));
            protocol.receive("EHLO client.test\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<root@relay.test>\r\n");
            QCOMPARE(endpoint.takeCodes(), (QList<int>{220, 250, 250, routed ? 250 : 550}));
        }
    }

    void aMailboxNamedTwiceIsKeptOnce()
    {
        // RFC 5321 2.4: the domain without regard to case, the local part as it is.
        Dialog d(ListenerKind::Lan);
        d.protocol->setTrustedAgent(3, QStringLiteral("Office"));
        QCOMPARE(d.c("EHLO client.test\r\nMAIL FROM:<a@b.test>\r\n"), (QList<int>{250, 250}));
        // "dup" quoted is the same mailbox (RFC 5321 4.1.2), kept without its needless quotes.
        QCOMPARE(d.c("RCPT TO:<dup@dest.test>\r\nRCPT TO:<dup@dest.test>\r\nRCPT TO:<dup@DEST.Test>\r\n"
                     "RCPT TO:<\"dup\"@dest.test>\r\nRCPT TO:<DUP@dest.test>\r\nDATA\r\n"),
                 (QList<int>{250, 250, 250, 250, 250, 354}));
        QCOMPARE(d.c("Subject: hi\r\n\r\nbody\r\n.\r\n"), QList<int>{});
        QCOMPARE(d.endpoint.commits.size(), 1);
        QCOMPARE(d.endpoint.commits[0].recipients,
                 (QList<QByteArray>{QByteArray("dup@dest.test"), QByteArray("DUP@dest.test")}));
    }

    void bccFieldsAreNotPassedOn()
    {
        // RFC 5322 3.6.3: the blind copies are in the envelope; the header must not name them to everyone.
        Dialog d(ListenerKind::Lan);
        d.protocol->setTrustedAgent(3, QStringLiteral("Office"));
        QCOMPARE(d.c("EHLO client.test\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<to@d.test>\r\n"
                     "RCPT TO:<secret@d.test>\r\nDATA\r\n"),
                 (QList<int>{250, 250, 250, 250, 354}));
        QCOMPARE(d.c("To: to@d.test\r\nBcc: secret@d.test,\r\n other@d.test\r\nSubject: hi\r\n"
                     "resent-bcc: x@d.test\r\nBcc-Note: kept\r\nDate: Tue, 1 Dec 2026 12:00:00 +0000\r\n"
                     "Message-ID: <1@b.test>\r\n\r\nBcc: in the body stays\r\n.\r\n"),
                 QList<int>{});
        QCOMPARE(d.endpoint.commits.size(), 1);
        const QByteArray content = d.endpoint.commits[0].content;
        const QByteArray body = content.sliced(content.indexOf("\r\n\r\n"));
        QVERIFY2(content.contains("\r\nTo: to@d.test\r\nSubject: hi\r\nBcc-Note: kept\r\nDate: "),
                 content.constData());
        QVERIFY(!content.contains("secret@d.test"));
        QVERIFY(!content.contains("other@d.test"));
        QVERIFY(!content.contains("x@d.test"));
        QCOMPARE(body, QByteArray("\r\n\r\nBcc: in the body stays\r\n"));
        QCOMPARE(d.endpoint.commits[0].recipients,
                 (QList<QByteArray>{QByteArray("to@d.test"), QByteArray("secret@d.test")}));
    }

    void returnPathAndContentLengthAreNotPassedOn()
    {
        // RFC 5321 4.4: Return-Path: is added at the final delivery, and a message that already has one
        // SHOULD NOT be sent. An outside tester's agent submitted "Return-Path: <evil@other.test>" and it
        // went out unchanged, past the sender check; it goes, as does Content-Length: (Postfix drops both).
        Dialog d(ListenerKind::Lan);
        d.protocol->setTrustedAgent(3, QStringLiteral("Office"));
        QCOMPARE(d.c("EHLO client.test\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<to@d.test>\r\nDATA\r\n"),
                 (QList<int>{250, 250, 250, 354}));
        QCOMPARE(
            d.c("Return-Path: <evil@other.test>\r\nFrom: a@b.test\r\nRETURN-PATH:\r\n <evil2@other.test>\r\n"
                "Content-Length: 3\r\nSubject: hi\r\nDate: Tue, 1 Dec 2026 12:00:00 +0000\r\n"
                "Message-ID: <2@b.test>\r\n\r\nReturn-Path: in the body stays\r\n.\r\n"),
            QList<int>{});
        QCOMPARE(d.endpoint.commits.size(), 1);
        const QByteArray content = d.endpoint.commits[0].content;
        QVERIFY2(!content.contains("evil"), content.constData());
        QVERIFY2(!content.contains("Content-Length"), content.constData());
        QVERIFY2(content.contains("\r\nFrom: a@b.test\r\nSubject: hi\r\n"), content.constData());
        QVERIFY(content.endsWith("\r\n\r\nReturn-Path: in the body stays\r\n"));
    }

    void loopingMessageIsRefused()
    {
        // RFC 5321 6.3: 50 Received: fields from the client (the default limit, as Postfix's
        // hopcount_limit) mean a mail loop; 49 are relayed with the relay's own field on top.
        QByteArray trace;
        for (int i = 0; i < 49; ++i)
            trace += "Received: from hop" + QByteArray::number(i) + ".test by relay.test\r\n";
        Dialog d(ListenerKind::Submission);
        d.c("EHLO client.test\r\n");
        d.authenticate();
        d.c("MAIL FROM:<a@b.test>\r\nRCPT TO:<c@d.test>\r\nDATA\r\n");
        d.endpoint.takeSummaries();
        d.protocol->receive(QByteArray(trace + "Received: by loop.test\r\nSubject: hi\r\n\r\nbody\r\n.\r\n"));
        QCOMPARE(
            d.endpoint.takeSummaries(),
            QList<QByteArray>{"554 5.4.6 Too many hops: 50 or more Received: header fields, the message is "
                              "looping"});
        QVERIFY(d.endpoint.commits.isEmpty());
        // The transaction is over: a new one with 49 hops goes through.
        QCOMPARE(d.c("RCPT TO:<c@d.test>\r\n"), QList<int>{503});
        QCOMPARE(d.c("MAIL FROM:<a@b.test>\r\nRCPT TO:<c@d.test>\r\nDATA\r\n"), (QList<int>{250, 250, 354}));
        QCOMPARE(d.c(trace + "Subject: hi\r\n\r\nbody\r\n.\r\n"), QList<int>{});
        QCOMPARE(d.endpoint.commits.size(), 1);
        QCOMPARE(d.endpoint.commits[0].content.count("\r\nReceived: "), qsizetype(49));
    }

    void aHugeHeaderSectionIsRefused()
    {
        // An outside tester's one folded header field of 18 MB was accepted and relayed, to be refused by the
        // receiving server later. 1 MiB of header is refused at the end of DATA; the same bytes as body pass.
        QByteArray folded = "X-Long: start\r\n";
        while (folded.size() <= 1024 * 1024)
            folded += " " + QByteArray(900, 'x') + "\r\n";
        Dialog d(ListenerKind::Submission, 100, 25 * 1024 * 1024);
        d.c("EHLO client.test\r\n");
        d.authenticate();
        d.c("MAIL FROM:<a@b.test>\r\nRCPT TO:<c@d.test>\r\nDATA\r\n");
        d.endpoint.takeSummaries();
        d.protocol->receive(QByteArray("Subject: hi\r\n" + folded + "\r\nbody\r\n.\r\n"));
        QCOMPARE(d.endpoint.takeSummaries(),
                 QList<QByteArray>{"552 5.3.4 Message header section exceeds fixed limit of 1048576 octets"});
        QVERIFY(d.endpoint.commits.isEmpty());
        QCOMPARE(d.c("MAIL FROM:<a@b.test>\r\nRCPT TO:<c@d.test>\r\nDATA\r\n"), (QList<int>{250, 250, 354}));
        QCOMPARE(d.c("Subject: hi\r\n\r\n" + folded + ".\r\n"), QList<int>{});
        QCOMPARE(d.endpoint.commits.size(), 1);
    }

    void smugglingGetsExactlyOneFinalReply_data()
    {
        QTest::addColumn<QByteArray>("fakeEnd");
        QTest::newRow("\\n.\\n") << QByteArray("\n.\n");
        QTest::newRow("\\r\\n.\\n") << QByteArray("\r\n.\n");
        QTest::newRow("\\n.\\r\\n") << QByteArray("\n.\r\n");
        QTest::newRow("\\r.\\r") << QByteArray("\r.\r");
        QTest::newRow("\\r\\n.\\r") << QByteArray("\r\n.\r");
        QTest::newRow("\\r.\\r\\n") << QByteArray("\r.\r\n");
        QTest::newRow("\\r\\n\\0.\\r\\n") << QByteArray("\r\n\0.\r\n", 7);
    }
    void smugglingGetsExactlyOneFinalReply()
    {
        QFETCH(QByteArray, fakeEnd);
        Dialog d(ListenerKind::Submission);
        d.c("EHLO client.test\r\n");
        d.authenticate();
        d.c("MAIL FROM:<a@b.test>\r\nRCPT TO:<c@d.test>\r\nDATA\r\n");
        const QByteArray smuggled = "Subject: one\r\n\r\nbody" + fakeEnd +
                                    "MAIL FROM:<evil@x.test>\r\nRCPT TO:<v@y.test>\r\nDATA\r\nevil\r\n.\r\n";
        const QList<int> codes = d.c(smuggled);
        QCOMPARE(codes, QList<int>{550});
        QVERIFY(d.endpoint.commits.isEmpty());
        // The session is still in step: a clean message afterwards is accepted as exactly one message.
        QCOMPARE(d.c("MAIL FROM:<a@b.test>\r\nRCPT TO:<c@d.test>\r\nDATA\r\nclean\r\n.\r\n"),
                 (QList<int>{250, 250, 354}));
        QCOMPARE(d.endpoint.commits.size(), 1);
        QCOMPARE(d.endpoint.commits[0].recipients, QList<QByteArray>{"c@d.test"});
    }

    void longCommandLineIsRefused()
    {
        Dialog d(ListenerKind::Submission);
        d.protocol->receive(QByteArray("EHLO " + QByteArray(600, 'a') + "\r\nNOOP\r\n"));
        const QList<QByteArray> replies = d.endpoint.takeSummaries();
        QCOMPARE(replies.size(), 2);
        QVERIFY(replies[0].startsWith("500 5.5.6"));
        QVERIFY(replies[1].startsWith("250"));
    }

    void authLinesMayBeUpTo12288Octets()
    {
        // RFC 4954 4: an AUTH command with its initial response, and each response line, up to 12288 octets.
        Dialog d(ListenerKind::Submission);
        QCOMPARE(d.c("STARTTLS\r\n"), QList<int>{220});
        d.protocol->tlsStarted(QStringLiteral("TLSv1.3"), QStringLiteral("TLS_AES_256_GCM_SHA384"));
        QCOMPARE(d.c("EHLO client.test\r\n"), QList<int>{250});
        const QByteArray longUser(8000, 'u');
        const QByteArray initial =
            QByteArray(QByteArray(1, '\0') + longUser + QByteArray("\0secret", 7)).toBase64();
        QVERIFY(initial.size() + 13 > 512);
        QCOMPARE(d.c("AUTH PLAIN " + initial + "\r\n"), QList<int>{});
        QCOMPARE(d.endpoint.credentials.size(), 1);
        QCOMPARE(d.endpoint.credentials[0].first, longUser);
        d.protocol->authFinished(AuthOutcome::Rejected, 0, QString());
        QCOMPARE(d.endpoint.takeCodes(), QList<int>{535});
        // The same length as a LOGIN response line.
        QCOMPARE(d.c("AUTH LOGIN\r\n"), QList<int>{334});
        QCOMPARE(d.c(longUser.toBase64() + "\r\n"), QList<int>{334});
        // Beyond 12288 octets, and for any other command beyond 512, the line is refused.
        QCOMPARE(d.c("*\r\nAUTH PLAIN " + QByteArray(12300, 'A') + "\r\n"), (QList<int>{501, 500}));
        d.protocol->receive(QByteArray("NOOP " + QByteArray(600, 'x') + "\r\n"));
        const QList<QByteArray> replies = d.endpoint.takeSummaries();
        QCOMPARE(replies.size(), 1);
        QVERIFY2(replies[0].startsWith("500 5.5.6"), replies[0].constData());
    }

    void refusedRecipientsEndTheSessionUntilAMessageIsAccepted()
    {
        // A logged-in client named 126,650 refused recipients in one session (an outside tester); a message
        // to many addresses, some of them refused, must still go.
        const auto refused = [](const char* prefix, int count) {
            QByteArray lines;
            for (int i = 0; i < count; ++i)
                lines += "RCPT TO:<" + QByteArray(prefix) + QByteArray::number(i) + "@[10.0.0.1]>\r\n";
            return lines;
        };
        Dialog d(ListenerKind::Lan);
        d.protocol->setTrustedAgent(3, QStringLiteral("Office"));
        QCOMPARE(d.c("EHLO client.test\r\nMAIL FROM:<a@b.test>\r\n"), (QList<int>{250, 250}));
        QCOMPARE(d.c(refused("x", 60)), QList<int>(60, 550));
        QCOMPARE(d.c("RCPT TO:<ok@dest.test>\r\nDATA\r\n"), (QList<int>{250, 354}));
        QCOMPARE(d.c("Subject: hi\r\n\r\nbody\r\n.\r\n"), QList<int>{});
        d.protocol->commitFinished(CommitFailure::None);
        QCOMPARE(d.endpoint.takeCodes(), QList<int>{250});
        // The accepted message started the count again: another 99 refused ones keep the session.
        QCOMPARE(d.c("MAIL FROM:<a@b.test>\r\n"), QList<int>{250});
        QCOMPARE(d.c(refused("y", 99)), QList<int>(99, 550));
        QCOMPARE(d.c("RCPT TO:<fine@dest.test>\r\n"), QList<int>{250}); // taken: not counted
        QCOMPARE(d.c(refused("z", 1)), QList<int>{550});
        QVERIFY(!d.endpoint.closed);
        // A hundred refused since the last message: the next RCPT ends the session.
        QCOMPARE(d.c("RCPT TO:<w@dest.test>\r\n"), QList<int>{421});
        QVERIFY(d.endpoint.closed);
        const QByteArray said = d.endpoint.log.value(d.endpoint.log.size() - 2); // before "E: close"
        QVERIFY2(said.startsWith("S: 421 4.7.0 Too many refused recipients (100) without a message accepted"),
                 said.constData());
    }

    void aSizeTheStoreHasNoRoomForIsRefusedAtMail()
    {
        // RFC 1870 6.1: 452 at MAIL for a size the store has no room for now, not after the whole message
        // was sent into a full disk (an outside tester's 400 KB messages).
        Dialog d(ListenerKind::Submission);
        d.authenticate();
        d.endpoint.room = 2 * 1024 * 1024; // twice the message and a megabyte: 400,000 octets fit
        QCOMPARE(d.c("MAIL FROM:<a@b.test> SIZE=900000\r\n"), QList<int>{452});
        QCOMPARE(d.c("MAIL FROM:<a@b.test> SIZE=400000\r\n"), QList<int>{250});
        QCOMPARE(d.c("RSET\r\nMAIL FROM:<a@b.test>\r\n"),
                 (QList<int>{250, 250})); // no size: the end of DATA says
        d.endpoint.room.reset();          // unknown (a store on another machine): the size limit alone
        QCOMPARE(d.c("RSET\r\nMAIL FROM:<a@b.test> SIZE=900000\r\n"), (QList<int>{250, 250}));
    }

    void recipientsOverTheLimitAreNotRefusals()
    {
        // "452 4.5.3 too many recipients" says "send the rest in another transaction" (RFC 5321 4.5.3.1.10):
        // an application that mailed a list 100 longer than its limit in one call had the 101st over-limit
        // recipient end the session with 421, and the recipients already accepted were lost (an outside
        // tester). As Postfix's smtpd_recipient_overshoot_limit (1,000), only a client far over the limit
        // is counted as probing.
        const auto many = [](const char* prefix, int count) {
            QByteArray lines;
            for (int i = 0; i < count; ++i)
                lines += "RCPT TO:<" + QByteArray(prefix) + QByteArray::number(i) + "@dest.test>\r\n";
            return lines;
        };
        Dialog d(ListenerKind::Lan, 10);
        d.protocol->setTrustedAgent(3, QStringLiteral("Office"));
        QCOMPARE(d.c("EHLO client.test\r\nMAIL FROM:<a@b.test>\r\n"), (QList<int>{250, 250}));
        QCOMPARE(d.c(many("ok", 10)), QList<int>(10, 250));
        QCOMPARE(d.c(many("over", 150)), QList<int>(150, 452));
        QVERIFY(!d.endpoint.closed);
        QCOMPARE(d.c("DATA\r\n"), QList<int>{354});
        QCOMPARE(d.c("Subject: hi\r\n\r\nbody\r\n.\r\n"), QList<int>{});
        d.protocol->commitFinished(CommitFailure::None);
        QCOMPARE(d.endpoint.takeCodes(), QList<int>{250});
        // Far over the limit (more than 1,000 over it), a client is probing: those count as refusals.
        QCOMPARE(d.c("MAIL FROM:<a@b.test>\r\n"), QList<int>{250});
        QCOMPARE(d.c(many("ok", 10)), QList<int>(10, 250));
        QCOMPARE(d.c(many("far", 1100)), QList<int>(1100, 452));
        QCOMPARE(d.c("RCPT TO:<last@dest.test>\r\n"), QList<int>{421});
        QVERIFY(d.endpoint.closed);
    }

    void tooManyErrorsCloses()
    {
        Dialog d(ListenerKind::Submission);
        for (int i = 0; i < 19; ++i)
            d.protocol->receive("BOGUS\r\n");
        QVERIFY(!d.endpoint.closed);
        d.protocol->receive("BOGUS\r\n");
        QVERIFY(d.endpoint.closed);
        QCOMPARE(d.endpoint.replies.last().code, 421);
    }
};

QTEST_APPLESS_MAIN(TestSmtpServerProtocol)
#include "tst_smtpserverprotocol.moc"
