// SessionSocket, a session's own TCP connection (docs/performance.md), against a QTcpSocket client over
// loopback: bytes both ways and the client's address; a write leaves at flush(), at the loop's next turn or
// at the end of a FlushAtEnd scope; output the client does not read yet is kept and sent once it reads, and
// disconnectFromHost() closes only after it; the client's close is reported once with a reason; abort()
// closes silently; a descriptor that is not a socket is refused.
#include "core/engine/sessionsocket.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <unistd.h>

using namespace RelayDesk;

namespace {

/// Hands out accepted descriptors untouched, as SmtpListener does.
class RawServer final : public QTcpServer
{
public:
    std::vector<qintptr> accepted;

protected:
    void incomingConnection(qintptr descriptor) override { accepted.push_back(descriptor); }
};

/// A client connected to a SessionSocket on the server side.
struct Connection
{
    RawServer server;
    QTcpSocket client;
    std::unique_ptr<SessionSocket> socket;

    bool open()
    {
        if (!server.listen(QHostAddress::LocalHost, 0))
            return false;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        if (!client.waitForConnected(2000))
            return false;
        QDeadlineTimer deadline(2000);
        while (server.accepted.empty() && !deadline.hasExpired())
            QTest::qWait(10);
        if (server.accepted.empty())
            return false;
        SessionPeer peer;
        if (!SessionSocket::peerOf(server.accepted.front(), &peer.address, &peer.port))
            return false;
        socket = std::make_unique<SessionSocket>(server.accepted.front(), peer, nullptr);
        return socket->open();
    }
};

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char('a' + i % 23);
    return bytes;
}

} // namespace

class TestSessionSocket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsWritesAndKnowsThePeer();
    void keepsWhatTheClientDoesNotReadYet();
    void writesInAFlushAtEndLeaveWhenItEnds();
    void clientCloseIsReportedOnce();
    void abortIsSilent();
    void refusesWhatIsNotASocket();
};

void TestSessionSocket::readsWritesAndKnowsThePeer()
{
    Connection c;
    QVERIFY(c.open());
    QCOMPARE(c.socket->peer().address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(c.socket->peer().port, c.client.localPort());
    QSignalSpy readable(c.socket.get(), &SessionSocket::readyRead);

    c.client.write("EHLO client.example\r\n");
    QTRY_VERIFY(readable.count() >= 1);
    QCOMPARE(c.socket->readAll(), QByteArray("EHLO client.example\r\n"));
    QCOMPARE(c.socket->readAll(), QByteArray()); // taken

    // Without flush(): out at the loop's next turn.
    c.socket->write("250-relay\r\n");
    c.socket->write("250 SIZE\r\n");
    QTRY_COMPARE(c.client.bytesAvailable(), qint64(21));
    QCOMPARE(c.client.readAll(), QByteArray("250-relay\r\n250 SIZE\r\n"));
    // With flush(): in the kernel when it returns.
    c.socket->write("354 go on\r\n");
    c.socket->flush();
    QVERIFY(c.client.waitForReadyRead(2000));
    QCOMPARE(c.client.readAll(), QByteArray("354 go on\r\n"));
}

void TestSessionSocket::writesInAFlushAtEndLeaveWhenItEnds()
{
    // A session's handlers write inside FlushAtEnd: the replies leave when the outermost scope ends, sent by
    // that scope and not by the event loop (the client's waitForReadyRead waits on its own socket and runs
    // no event loop: before the scope ends nothing may arrive, after it everything must).
    Connection c;
    QVERIFY(c.open());
    {
        const SessionSocket::FlushAtEnd outer(c.socket.get());
        {
            const SessionSocket::FlushAtEnd inner(c.socket.get());
            c.socket->write("250 first\r\n");
        }
        c.socket->write("250 second\r\n");
        QVERIFY(!c.client.waitForReadyRead(200));
    }
    QByteArray received;
    while (received.size() < 23 && c.client.waitForReadyRead(2000))
        received += c.client.readAll();
    QCOMPARE(received, QByteArray("250 first\r\n250 second\r\n"));

    // A handler that ends the session (its socket goes) leaves the scope nothing to send.
    {
        const SessionSocket::FlushAtEnd scope(c.socket.get());
        c.socket->write("421 closing\r\n");
        c.socket.reset();
    }
    QVERIFY(!c.client.waitForReadyRead(200) || !c.client.readAll().contains("421"));
}

void TestSessionSocket::keepsWhatTheClientDoesNotReadYet()
{
    Connection c;
    QVERIFY(c.open());
    QSignalSpy closed(c.socket.get(), &SessionSocket::disconnected);
    // More than the loopback connection's socket buffers hold: the rest waits in the SessionSocket.
    const QByteArray data = pattern(48 * 1024 * 1024);
    c.socket->write(data);
    c.socket->flush();
    c.socket->disconnectFromHost();
    QVERIFY(c.socket->isOpen()); // not all out yet: still open
    QCOMPARE(closed.count(), 0);

    QByteArray received;
    QDeadlineTimer deadline(30000);
    while (c.client.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        QTest::qWait(1); // the loop runs both ends: the client reads, the SessionSocket sends more
        received += c.client.readAll();
    }
    received += c.client.readAll();
    QCOMPARE(received.size(), data.size());
    QVERIFY(received == data);
    QTRY_COMPARE(closed.count(), 1);
    QVERIFY(!c.socket->isOpen());
    QVERIFY2(c.socket->errorString().isEmpty(), qPrintable(c.socket->errorString()));
}

void TestSessionSocket::clientCloseIsReportedOnce()
{
    Connection c;
    QVERIFY(c.open());
    QSignalSpy closed(c.socket.get(), &SessionSocket::disconnected);
    QSignalSpy readable(c.socket.get(), &SessionSocket::readyRead);
    c.client.write("QUIT\r\n");
    c.client.disconnectFromHost();
    QTRY_COMPARE(closed.count(), 1);
    QCOMPARE(c.socket->readAll(), QByteArray("QUIT\r\n")); // what came before the close is not lost
    QVERIFY(!c.socket->isOpen());
    QVERIFY(!c.socket->errorString().isEmpty());
    c.socket->write("221 bye\r\n"); // ignored after the end
    c.socket->flush();
    c.socket->disconnectFromHost();
    QTest::qWait(50);
    QCOMPARE(closed.count(), 1);
}

void TestSessionSocket::abortIsSilent()
{
    Connection c;
    QVERIFY(c.open());
    QSignalSpy closed(c.socket.get(), &SessionSocket::disconnected);
    c.socket->write("never sent\r\n");
    c.socket->abort();
    QVERIFY(!c.socket->isOpen());
    QTRY_COMPARE(c.client.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(c.client.readAll(), QByteArray());
    QTest::qWait(50);
    QCOMPARE(closed.count(), 0);
}

void TestSessionSocket::refusesWhatIsNotASocket()
{
    int ends[2];
    QCOMPARE(::pipe(ends), 0);
    {
        SessionPeer peer;
        QVERIFY(!SessionSocket::peerOf(ends[0], &peer.address, &peer.port));
        SessionSocket socket(ends[0], peer, nullptr); // no peer address: nothing to serve
        QVERIFY(!socket.open());
    } // closes ends[0]
    ::close(ends[1]);
}

QTEST_GUILESS_MAIN(TestSessionSocket)
#include "tst_sessionsocket.moc"
