// One engine per data directory (docs/operations.md): with `relaydesk --headless` running on a data
// directory, the window's own engine does not start, the real window attaches to the running one (it says
// which, pid and since when, docs/control-channel.md) and binds no port, and a window's engine is named as
// such to the next one.
#include "core/engine/relayengine.h"
#include "core/store/database.h"
#include "core/store/enginelock.h"
#include "core/store/settings.h"
#include "tests/support/freelisteners.h"
#include "tests/support/processprobe.h"
#include "tests/support/tempdatadir.h"
#include "ui/enginelockdialog.h"
#include "ui/timecolumn.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTest>

using namespace RelayDesk;
using RelayDesk::Test::listeningSocketsOf;
using RelayDesk::Test::waitForStderr;

namespace {

QString binary()
{
    return qEnvironmentVariable("RELAYDESK_BIN");
}

} // namespace

/// A headless relay service on a temporary data directory with free loopback ports.
class TestSecondEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void windowEngineRefusedBesideService();
    void realWindowSaysWhoRunsTheRelay();
    void windowEngineNamedToTheNext();

private:
    std::unique_ptr<Test::TempDataDir> m_dir;
    QProcess m_service;
};

void TestSecondEngine::init()
{
    QVERIFY2(!binary().isEmpty(), "RELAYDESK_BIN is not set (ctest sets it)");
    m_dir = std::make_unique<Test::TempDataDir>();
    QVERIFY(m_dir->isValid());
    Settings settings(m_dir->path());
    QVERIFY(Test::listenOnFreePorts(settings) != 0);
    QVERIFY(settings.set(QStringLiteral("delivery.enabled"), QStringLiteral("false")).ok());
    Database::releaseThreadConnection(m_dir->path());
    m_service.setProcessChannelMode(QProcess::SeparateChannels);
    m_service.start(binary(), {QStringLiteral("--headless"), QStringLiteral("--data-dir"), m_dir->path()});
    QVERIFY(m_service.waitForStarted());
    const QString said = waitForStderr(m_service, QStringLiteral("lan listening on"), 20000);
    QVERIFY2(said.contains(QStringLiteral("lan listening on")), qPrintable(said));
}

void TestSecondEngine::cleanup()
{
    if (m_service.state() != QProcess::NotRunning) {
        m_service.terminate();
        QVERIFY(m_service.waitForFinished(20000));
        QCOMPARE(m_service.exitCode(), 0);
    }
    m_dir.reset();
}

void TestSecondEngine::windowEngineRefusedBesideService()
{
    const std::optional<EngineLockHolder> holder = EngineLock::holder(m_dir->path());
    QVERIFY(holder.has_value());
    QCOMPARE(holder->pid, m_service.processId());
    QVERIFY(holder->face == EngineFace::Service);
    QVERIFY(qAbs(holder->since.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    RelayEngine engine(m_dir->path(), EngineFace::Window);
    const Status started = engine.start();
    QVERIFY(!started.ok());
    QVERIFY2(started.error().contains(QStringLiteral("relay service (pid %1,").arg(m_service.processId())),
             qPrintable(started.error()));
    QVERIFY(!engine.isRunning());
    QVERIFY(engine.listeners().isEmpty()); // nothing bound, nothing even tried

    EngineLockDialog dialog(m_dir->path(), *holder);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString text = dialog.text();
    QVERIFY2(text.contains(QStringLiteral("A relay service already runs on this data directory")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("pid %1").arg(m_service.processId())), qPrintable(text));
    QVERIFY2(text.contains(shortDateTimeText(holder->since)), qPrintable(text));
    QVERIFY(dialog.informativeText().contains(m_dir->path()));
    QCOMPARE(dialog.icon(), QMessageBox::Critical);
}

void TestSecondEngine::realWindowSaysWhoRunsTheRelay()
{
    const int serviceListening = listeningSocketsOf(m_service.processId());
    QCOMPARE(serviceListening, 3);
    QProcess window;
    window.setProcessChannelMode(QProcess::SeparateChannels);
    window.start(binary(), {QStringLiteral("-platform"), QStringLiteral("offscreen"),
                            QStringLiteral("--data-dir"), m_dir->path()});
    QVERIFY(window.waitForStarted());
    const QString said = waitForStderr(window, QStringLiteral("attached to"), 20000);
    QVERIFY2(said.contains(QStringLiteral("relaydesk: attached to the relay service (pid %1, since ")
                               .arg(m_service.processId())),
             qPrintable(said));
    QVERIFY2(said.contains(m_dir->path()), qPrintable(said));
    // The window shows the service's relay: it has started no engine and bound no port.
    QCOMPARE(window.state(), QProcess::Running);
    QCOMPARE(listeningSocketsOf(window.processId()), 0);
    QCOMPARE(listeningSocketsOf(m_service.processId()), serviceListening);
    window.kill();
    window.waitForFinished();
    QCOMPARE(EngineLock::holder(m_dir->path())->pid, m_service.processId());
}

void TestSecondEngine::windowEngineNamedToTheNext()
{
    // The service ends cleanly and lets go; a window's engine takes over and is named as a window.
    m_service.terminate();
    QVERIFY(m_service.waitForFinished(20000));
    QCOMPARE(m_service.exitCode(), 0);
    QVERIFY(!EngineLock::holder(m_dir->path()).has_value());

    RelayEngine first(m_dir->path(), EngineFace::Window);
    QVERIFY(first.start().ok());
    const std::optional<EngineLockHolder> holder = EngineLock::holder(m_dir->path());
    QVERIFY(holder.has_value());
    QCOMPARE(holder->pid, QCoreApplication::applicationPid());
    QVERIFY(holder->face == EngineFace::Window);
    // Even in the same process, a second engine is refused (the lock is per open file, not per process).
    RelayEngine second(m_dir->path(), EngineFace::Window);
    QVERIFY(!second.start().ok());
    QVERIFY(EngineLockDialog::holderText(*holder).contains(
        QStringLiteral("A RelayDesk window already runs the relay on this data directory")));
    first.stop();
    QVERIFY(!EngineLock::holder(m_dir->path()).has_value());
    QVERIFY(second.start().ok()); // restart after stop, as the Settings page's Restart relay does
    second.stop();
}

QTEST_MAIN(TestSecondEngine)
#include "tst_secondengine.moc"
