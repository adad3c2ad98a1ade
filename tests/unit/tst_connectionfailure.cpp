// Connections that fail before mail (core/engine/connectionfailure.h): what a client's first bytes say about
// its TLS mode, and the reasons recorded for the office's IT person.
#include "core/engine/connectionfailure.h"
#include "core/smtp/clientopening.h"

#include <QTest>

using namespace RelayDesk;

Q_DECLARE_METATYPE(RelayDesk::ClientOpening)

/// The first bytes of a connection, and the words recorded for one that failed.
class TestConnectionFailure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiesOpenings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ClientOpening>("opening");
        QTest::newRow("ClientHello") << QByteArray::fromHex("160301020001") << ClientOpening::TlsHello;
        QTest::newRow("TLS 1.0 record version")
            << QByteArray::fromHex("1603010050") << ClientOpening::TlsHello;
        QTest::newRow("lone content type") << QByteArray::fromHex("16") << ClientOpening::TlsHello;
        QTest::newRow("handshake type, no TLS version")
            << QByteArray::fromHex("1604") << ClientOpening::Unknown;
        QTest::newRow("EHLO") << QByteArray("EHLO printer\r\n") << ClientOpening::SmtpCommand;
        QTest::newRow("helo lower case") << QByteArray("helo x\r\n") << ClientOpening::SmtpCommand;
        QTest::newRow("QUIT") << QByteArray("QUIT\r\n") << ClientOpening::SmtpCommand;
        QTest::newRow("EHLO with LF only") << QByteArray("EHLO x\n") << ClientOpening::SmtpCommand;
        QTest::newRow("verb not ended yet") << QByteArray("EHL") << ClientOpening::Unknown;
        QTest::newRow("HTTP") << QByteArray("GET / HTTP/1.1\r\n") << ClientOpening::Unknown;
        QTest::newRow("nothing") << QByteArray() << ClientOpening::Unknown;
    }
    void classifiesOpenings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ClientOpening, opening);
        QCOMPARE(classifyOpening(bytes), opening);
    }

    void namesTheTlsModeToChange()
    {
        QCOMPARE(
            ConnectionFailure::tlsOnStartTlsPort(465),
            QStringLiteral("Wrong TLS mode: the client started TLS at once on this STARTTLS port: set it to "
                           "STARTTLS, or use the implicit-TLS port 465"));
        QVERIFY(ConnectionFailure::tlsOnStartTlsPort(0).endsWith(
            QStringLiteral("set it to STARTTLS (the implicit-TLS port is turned off)")));
        QVERIFY(ConnectionFailure::silentOnImplicitTls(587).contains(
            QStringLiteral("the submission port (587)")));
        QVERIFY(ConnectionFailure::plainSmtpOnImplicitTls(0).contains(
            QStringLiteral("set it to STARTTLS on the submission port, or to SSL/TLS here")));
        QCOMPARE(
            ConnectionFailure::tlsFailed(TlsServerStream::Failure::Other, QStringLiteral("bad record mac")),
            QStringLiteral("TLS handshake failed: bad record mac"));
    }

    void protocolErrorsNameBareLineFeeds()
    {
        SmtpServerProtocol::ErrorTally tally;
        QVERIFY(ConnectionFailure::protocolErrors(tally, 0).isEmpty());
        tally.errors = 20;
        tally.bareLineFeeds = 20;
        tally.closedForErrors = true;
        QCOMPARE(
            ConnectionFailure::protocolErrors(tally, 0),
            QStringLiteral("421 4.7.0 Too many errors, closing connection (the client ends its command lines "
                           "with LF only; SMTP needs CR LF)"));
        // Other errors: the last is named by its codes (its words may name a sender chosen anew each time).
        tally.bareLineFeeds = 2;
        tally.lastError = "553 5.7.1 Sender <bot1@spam.test> not allowed";
        QCOMPARE(
            ConnectionFailure::protocolErrors(tally, 0),
            QStringLiteral("421 4.7.0 Too many errors, closing connection (20 protocol errors, the last: 553 "
                           "5.7.1)"));
        // A client that gave up after its LF-only lines, without a message.
        tally = {};
        tally.errors = 1;
        tally.bareLineFeeds = 1;
        QVERIFY(ConnectionFailure::protocolErrors(tally, 0).startsWith(QStringLiteral("500 5.5.2 ")));
        // One stray LF in a session that sent its mail is no failure.
        QVERIFY(ConnectionFailure::protocolErrors(tally, 1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionFailure)
#include "tst_connectionfailure.moc"
