// Dialog tests of the pure server state machine: "C:" is what the client sends, the expectations are the
// replies.
#include "core/smtp/smtpserverprotocol.h"
#include "tests/support/scriptedendpoint.h"

#include <QTest>

using namespace RelayDesk;
using RelayDesk::Test::ScriptedEndpoint;

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

    static bool advertises(const SmtpReply& reply, const QByteArray& keyword)
    {
        for (const QByteArray& line : reply.lines) {
            if (line == keyword || line.startsWith(QByteArray(keyword + ' ')))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void greetingNamesHost()
    {
        ScriptedEndpoint endpoint;
        SmtpServerProtocol protocol(endpoint, SessionPolicy{}, SessionPeer{});
        protocol.start();
        QCOMPARE(endpoint.replies.size(), 1);
        QCOMPARE(endpoint.replies[0].code, 220);
        QVERIFY(endpoint.replies[0].toWire().startsWith("220 localhost ESMTP"));
    }

    void ehloBeforeTlsOffersStartTlsButNotAuth()
    {
        Dialog d(ListenerKind::Submission);
        d.protocol->receive("EHLO client.test\r\n");
        QCOMPARE(d.endpoint.replies.size(), 1);
        const SmtpReply& ehlo = d.endpoint.replies[0];
        QVERIFY(advertises(ehlo, "STARTTLS"));
        QVERIFY(advertises(ehlo, "PIPELINING"));
        QVERIFY(advertises(ehlo, "SIZE"));
        QVERIFY(advertises(ehlo, "8BITMIME"));
        QVERIFY(advertises(ehlo, "ENHANCEDSTATUSCODES"));
        QVERIFY(!advertises(ehlo, "AUTH"));
    }

    void authBeforeTlsIsRefused()
    {
        Dialog d(ListenerKind::Submission);
        d.c("EHLO client.test\r\n");
        d.protocol->receive("AUTH PLAIN AHVzZXIAc2VjcmV0\r\n");
        QCOMPARE(d.endpoint.takeSummaries().value(0),
                 QByteArray("538 5.7.11 Encryption required for requested authentication mechanism"));
        QVERIFY(d.endpoint.credentials.isEmpty());
    }

    void mailBeforeAuthIsRefused()
    {
        Dialog d(ListenerKind::Submission);
        d.c("EHLO client.test\r\n");
        d.protocol->receive("MAIL FROM:<a@b.test>\r\n");
        QCOMPARE(d.endpoint.takeSummaries().value(0), QByteArray("530 5.7.0 Authentication required"));
    }

    void afterTlsAuthIsOfferedAndStartTlsIsNot()
    {
        Dialog d(ListenerKind::Submission);
        d.c("EHLO client.test\r\n");
        d.c("STARTTLS\r\n");
        d.protocol->tlsStarted(QStringLiteral("TLSv1.3"), QStringLiteral("TLS_AES_128_GCM_SHA256"));
        d.protocol->receive("EHLO client.test\r\n");
        QVERIFY(advertises(d.endpoint.replies[0], "AUTH PLAIN LOGIN"));
        QVERIFY(!advertises(d.endpoint.replies[0], "STARTTLS"));
    }

    void startTlsDiscardsPipelinedCommandsAndResetsState()
    {
        // CVE-2011-0411: commands injected behind STARTTLS in the same packet must not be executed.
        Dialog d(ListenerKind::Submission);
        d.c("EHLO client.test\r\n");
        QCOMPARE(d.c("STARTTLS\r\nMAIL FROM:<evil@x.test>\r\nRCPT TO:<v@y.test>\r\n"), QList<int>{220});
        QCOMPARE(d.endpoint.tlsRequests, 1);
        d.protocol->tlsStarted(QStringLiteral("TLSv1.3"), QStringLiteral("TLS_AES_128_GCM_SHA256"));
        QCOMPARE(d.endpoint.takeCodes(), QList<int>{});
        // RFC 3207 4.2: the EHLO from before TLS is forgotten.
        d.protocol->receive("MAIL FROM:<a@b.test>\r\n");
        QCOMPARE(d.endpoint.takeSummaries().value(0), QByteArray("503 5.5.1 Send HELO/EHLO first"));
    }

    void fullSubmissionIsCommittedWithReceivedHeader()
    {
        Dialog d(ListenerKind::Submission);
        d.c("EHLO client.test\r\n");
        d.authenticate();
        QCOMPARE(d.endpoint.credentials.value(0).first, QByteArray("user"));
        QCOMPARE(d.endpoint.credentials.value(0).second, QByteArray("secret"));
        // Pipelined (RFC 2920): three commands in one packet.
        QCOMPARE(d.c("MAIL FROM:<a@b.test> SIZE=100\r\nRCPT TO:<c@d.test>\r\nDATA\r\n"),
                 (QList<int>{250, 250, 354}));
        QCOMPARE(d.c("Subject: hi\r\n\r\n..dot\r\n.\r\n"), QList<int>{});
        QCOMPARE(d.endpoint.commits.size(), 1);
        const SubmittedMessage& m = d.endpoint.commits[0];
        QCOMPARE(m.sender, QByteArray("a@b.test"));
        QCOMPARE(m.recipients, QList<QByteArray>{"c@d.test"});
        QCOMPARE(m.agentId, qint64(7));
        QVERIFY(m.content.startsWith("Received: from client.test ([127.0.0.1])"));
        QVERIFY(m.content.contains(QByteArray("with ESMTPSA id " + m.queueId.toLatin1())));
        QVERIFY(m.content.contains("TLSv1.3"));
        QVERIFY(m.content.contains("(Mail Agent \"Billing\")"));
        QVERIFY(!m.content.contains("secret"));
        QVERIFY(m.content.endsWith("Subject: hi\r\n\r\n.dot\r\n"));
        d.protocol->commitFinished(CommitFailure::None);
        QCOMPARE(d.endpoint.takeSummaries().value(0), "250 2.0.0 OK: queued as " + m.queueId.toLatin1());
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

    void commitFailureSaysWhy()
    {
        Dialog d(ListenerKind::Submission);
        d.c("EHLO client.test\r\n");
        d.authenticate();
        d.c("MAIL FROM:<a@b.test>\r\nRCPT TO:<c@d.test>\r\nDATA\r\nhello\r\n.\r\n");
        d.protocol->commitFinished(CommitFailure::StorageFull);
        QCOMPARE(d.endpoint.takeSummaries().value(0),
                 QByteArray("452 4.3.1 Insufficient system storage; try again later"));
    }

    void recipientLimit()
    {
        Dialog d(ListenerKind::Submission, 2);
        d.c("EHLO client.test\r\n");
        d.authenticate();
        QCOMPARE(
            d.c("MAIL FROM:<a@b.test>\r\nRCPT TO:<1@d.test>\r\nRCPT TO:<2@d.test>\r\nRCPT TO:<3@d.test>\r\n"),
            (QList<int>{250, 250, 250, 452}));
        QCOMPARE(d.endpoint.replies.isEmpty(), true);
    }

    void sizeParameterOverLimit()
    {
        Dialog d(ListenerKind::Submission, 100, 5000);
        d.c("EHLO client.test\r\n");
        d.authenticate();
        d.protocol->receive("MAIL FROM:<a@b.test> SIZE=5001\r\n");
        QVERIFY(d.endpoint.takeSummaries().value(0).startsWith("552 5.3.4"));
    }

    void dataOverLimitGetsOneReplyAndNoCommit()
    {
        Dialog d(ListenerKind::Submission, 100, 100);
        d.c("EHLO client.test\r\n");
        d.authenticate();
        d.c("MAIL FROM:<a@b.test>\r\nRCPT TO:<c@d.test>\r\nDATA\r\n");
        QCOMPARE(d.c(QByteArray(300, 'x') + "\r\n.\r\nNOOP\r\n"), (QList<int>{552, 250}));
        QVERIFY(d.endpoint.commits.isEmpty());
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

    void withdrawnAccessEndsSessionAtNextCommand()
    {
        Dialog d(ListenerKind::Submission);
        d.authenticate();
        QCOMPARE(d.c("MAIL FROM:<a@b.test>\r\n"), QList<int>{250});
        d.protocol->accessWithdrawn();
        const QByteArray next = "RCPT TO:<c@d.test>\r\n";
        d.protocol->receive(next);
        const QList<QByteArray> replies = d.endpoint.takeSummaries();
        QCOMPARE(replies.size(), 1);
        QVERIFY2(replies[0].startsWith("421 4.7.0"), replies[0].constData());
        QVERIFY(d.endpoint.closed);
        QVERIFY(d.endpoint.commits.isEmpty());
    }

    void withdrawnAccessDuringDataRefusesTheMessage()
    {
        Dialog d(ListenerKind::Submission);
        d.authenticate();
        QCOMPARE(d.c("MAIL FROM:<a@b.test>\r\nRCPT TO:<c@d.test>\r\nDATA\r\n"), (QList<int>{250, 250, 354}));
        d.protocol->accessWithdrawn();
        const QList<int> codes = d.c("Subject: x\r\n\r\nbody\r\n.\r\n");
        QCOMPARE(codes, QList<int>{421});
        QVERIFY(d.endpoint.commits.isEmpty());
    }

    void withdrawnAccessDoesNotTouchAnUnauthenticatedSession()
    {
        Dialog d(ListenerKind::Submission);
        d.protocol->accessWithdrawn(); // nothing to withdraw yet
        QCOMPARE(d.c("EHLO client.test\r\n"), QList<int>{250});
    }

    void busyAuthIsATemporaryFailure()
    {
        Dialog d(ListenerKind::Submission);
        QCOMPARE(d.c("STARTTLS\r\n"), QList<int>{220});
        d.protocol->tlsStarted(QStringLiteral("TLSv1.3"), QStringLiteral("TLS_AES_256_GCM_SHA384"));
        QCOMPARE(d.c("EHLO client.test\r\n"), QList<int>{250});
        QCOMPARE(d.c("AUTH PLAIN " + QByteArray("\0user\0secret", 12).toBase64() + "\r\n"), QList<int>{});
        d.protocol->authFinished(AuthOutcome::Busy, 0, QString());
        const QList<QByteArray> replies = d.endpoint.takeSummaries();
        QCOMPARE(replies.size(), 1);
        QVERIFY2(replies[0].startsWith("454 4.7.0"), replies[0].constData());
        QVERIFY(!d.endpoint.closed);
        QCOMPARE(d.c("NOOP\r\n"), QList<int>{250});
    }

    void bareLineEndsInCommandsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("LF in EHLO") << QByteArray("EHLO a\nMAIL FROM:<x@y.test>\r\n");
        QTest::newRow("CR in RCPT") << QByteArray("RCPT TO:<a@b.test>\rDATA\r\n");
        QTest::newRow("NUL in MAIL") << QByteArray("MAIL FROM:<a@b.test>\0x\r\n", 24);
    }
    void bareLineEndsInCommandsAreRefused()
    {
        QFETCH(QByteArray, line);
        Dialog d(ListenerKind::Submission);
        d.protocol->receive(line);
        const QList<QByteArray> replies = d.endpoint.takeSummaries();
        QCOMPARE(replies.size(), 1);
        QVERIFY2(replies[0].startsWith("500 5.5.2"), replies[0].constData());
    }

    void lanRelayRefusesUntrustedAndAcceptsTrusted()
    {
        Dialog untrusted(ListenerKind::Lan);
        untrusted.c("EHLO printer\r\n");
        untrusted.protocol->receive("MAIL FROM:<scan@office.test>\r\n");
        QVERIFY(untrusted.endpoint.takeSummaries().value(0).startsWith("550 5.7.1 Relay access denied"));

        Dialog trusted(ListenerKind::Lan);
        trusted.protocol->setTrustedAgent(3, QStringLiteral("Printers"));
        trusted.c("EHLO printer\r\n");
        QCOMPARE(
            trusted.c("MAIL FROM:<scan@office.test>\r\nRCPT TO:<boss@office.test>\r\nDATA\r\nscan\r\n.\r\n"),
            (QList<int>{250, 250, 354}));
        QCOMPARE(trusted.endpoint.commits.value(0).agentName, QStringLiteral("Printers"));
    }

    void lanRelayNeverOffersAuth()
    {
        Dialog d(ListenerKind::Lan);
        d.c("STARTTLS\r\n");
        d.protocol->tlsStarted(QStringLiteral("TLSv1.3"), QStringLiteral("TLS_AES_128_GCM_SHA256"));
        d.protocol->receive("EHLO printer\r\n");
        QVERIFY(!advertises(d.endpoint.replies[0], "AUTH"));
        d.endpoint.replies.clear();
        d.protocol->receive("AUTH PLAIN AHVzZXIAc2VjcmV0\r\n");
        QVERIFY(d.endpoint.takeSummaries().value(0).startsWith("503 5.5.1"));
    }

    void authLoginAndFailureReply()
    {
        Dialog d(ListenerKind::Smtps);
        d.protocol->tlsStarted(QStringLiteral("TLSv1.3"), QStringLiteral("TLS_AES_128_GCM_SHA256"));
        d.c("EHLO client.test\r\n");
        QCOMPARE(d.c("AUTH LOGIN\r\n"), QList<int>{334});
        QCOMPARE(d.c(QByteArray("user").toBase64() + "\r\n"), QList<int>{334});
        QCOMPARE(d.c(QByteArray("wrong").toBase64() + "\r\n"), QList<int>{});
        QCOMPARE(d.endpoint.credentials.value(0), qMakePair(QByteArray("user"), QByteArray("wrong")));
        d.protocol->authFinished(AuthOutcome::Rejected, 0, {});
        QCOMPARE(d.endpoint.takeSummaries().value(0),
                 QByteArray("535 5.7.8 Authentication credentials invalid"));
        QCOMPARE(d.c("AUTH PLAIN\r\n*\r\n"), (QList<int>{334, 501}));
    }

    void lockedOutAddressGets421()
    {
        Dialog d(ListenerKind::Smtps);
        d.protocol->tlsStarted(QStringLiteral("TLSv1.3"), QStringLiteral("TLS_AES_128_GCM_SHA256"));
        d.c("EHLO client.test\r\n");
        d.endpoint.lockedOut = true;
        d.protocol->receive("AUTH PLAIN AHVzZXIAc2VjcmV0\r\n");
        QCOMPARE(d.endpoint.takeSummaries().value(0),
                 QByteArray("421 4.7.0 Too many failed authentication attempts; try again later"));
        QVERIFY(d.endpoint.closed);
        QVERIFY(d.endpoint.credentials.isEmpty());
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

    void timeoutReply()
    {
        Dialog d(ListenerKind::Submission);
        d.protocol->timedOut();
        QVERIFY(d.endpoint.takeSummaries().value(0).startsWith("421 4.4.2"));
    }

    void quitCloses()
    {
        Dialog d(ListenerKind::Submission);
        QCOMPARE(d.c("QUIT\r\n"), QList<int>{221});
        QVERIFY(d.endpoint.closed);
        QCOMPARE(d.c("NOOP\r\n"), QList<int>{});
    }
};

QTEST_APPLESS_MAIN(TestSmtpServerProtocol)
#include "tst_smtpserverprotocol.moc"
