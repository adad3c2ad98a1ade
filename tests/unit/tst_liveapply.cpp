// Apply without restart, in process (docs/operations.md): a RelayEngine applies what another connection
// commits to the store within about a second. A moved listener is rebound and listenersChanged says so (the
// dashboard reads listeners() again); a bind that fails is reported with its reason while the others go on
// listening, and is tried again on reload(); a new certificate reaches certificateFingerprint(); a new
// SIZE limit reaches new sessions. Run under TSan in CI like every unit test.
#include "core/admin/certificateadmin.h"
#include "core/engine/relayengine.h"
#include "core/store/settings.h"
#include "tests/support/freeport.h"
#include "tests/support/tempdatadir.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace RelayDesk;

namespace {

QString loopback(quint16 port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(2000);
}

/// The EHLO reply of a new session on port (RFC 5321 4.1.1.1), read with a plain socket.
QByteArray ehlo(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(2000))
        return {};
    QByteArray received;
    const auto readUntil = [&](const QByteArray& end) {
        while (!received.contains(end) && socket.waitForReadyRead(5000))
            received += socket.readAll();
    };
    readUntil("\r\n");
    received.clear();
    socket.write("EHLO client.test\r\n");
    readUntil("250 ");
    readUntil("\r\n");
    socket.write("QUIT\r\n");
    socket.waitForBytesWritten(1000);
    return received;
}

ListenerStatus listener(const EngineControl& engine, const QString& name)
{
    for (const ListenerStatus& status : engine.listeners()) {
        if (status.name == name)
            return status;
    }
    return {};
}

} // namespace

class TestLiveApply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appliesCommittedChanges();
};

void TestLiveApply::appliesCommittedChanges()
{
    Test::TempDataDir dir;
    QVERIFY(dir.isValid());
    Settings settings(dir.path());
    const quint16 submission = Test::freePort();
    const quint16 smtps = Test::freePort();
    const quint16 lan = Test::freePort();
    QVERIFY(settings
                .setAll({{QStringLiteral("listener.submission.address"), loopback(submission)},
                         {QStringLiteral("listener.smtps.address"), loopback(smtps)},
                         {QStringLiteral("listener.lan.address"), loopback(lan)},
                         {QStringLiteral("delivery.enabled"), QStringLiteral("false")}})
                .ok());
    RelayEngine engine(dir.path());
    const Status started = engine.start();
    QVERIFY2(started.ok(), qPrintable(started.error()));
    QSignalSpy changed(&engine, &EngineControl::listenersChanged);

    // A moved listener: rebound, and the faces told.
    const quint16 moved = Test::freePort();
    QVERIFY(settings.set(QStringLiteral("listener.submission.address"), loopback(moved)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(listener(engine, QStringLiteral("submission")).address, loopback(moved), 10000);
    QVERIFY(listener(engine, QStringLiteral("submission")).listening);
    QVERIFY(accepts(moved));
    QVERIFY(!accepts(submission));
    QVERIFY(listener(engine, QStringLiteral("lan")).listening);

    // A port another program holds: the reason is reported, the others keep listening.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    const quint16 taken = squatter.serverPort();
    changed.clear();
    QVERIFY(settings.set(QStringLiteral("listener.smtps.address"), loopback(taken)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!listener(engine, QStringLiteral("smtps")).error.isEmpty(), 10000);
    QVERIFY(!listener(engine, QStringLiteral("smtps")).listening);
    QCOMPARE(listener(engine, QStringLiteral("smtps")).address, loopback(taken));
    QTRY_VERIFY(changed.count() >= 1);
    QVERIFY(listener(engine, QStringLiteral("submission")).listening);
    QVERIFY(listener(engine, QStringLiteral("lan")).listening);
    QVERIFY(accepts(lan));
    // Freed, it is bound on reload (SIGHUP in the service).
    squatter.close();
    engine.reload();
    QTRY_VERIFY_WITH_TIMEOUT(listener(engine, QStringLiteral("smtps")).listening, 10000);
    QVERIFY(listener(engine, QStringLiteral("smtps")).error.isEmpty());

    // A new certificate.
    const QString before = engine.certificateFingerprint();
    QVERIFY(!before.isEmpty());
    changed.clear();
    const auto generated = CertificateAdmin(dir.path()).generateSelfSigned(QStringLiteral("live.test"));
    QVERIFY2(generated.ok(), qPrintable(generated.error()));
    QTRY_VERIFY_WITH_TIMEOUT(engine.certificateFingerprint() != before, 10000);
    QTRY_VERIFY(changed.count() >= 1);

    // A limit, in the EHLO of a new session.
    QVERIFY(ehlo(lan).contains("SIZE 26214400"));
    QVERIFY(settings.set(QStringLiteral("limits.max_message_size"), QStringLiteral("654321")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(ehlo(lan).contains("SIZE 654321"), 10000);

    engine.stop();
}

QTEST_GUILESS_MAIN(TestLiveApply)
#include "tst_liveapply.moc"
