// Tray and lifetime, with real widgets on the offscreen platform (which has no tray: availability is set
// by the test). Quit always ends the event loop, with the window open or hidden; without a tray, closing the
// window asks (keep running in the background / quit) and remembers; the setting's words fit the desktop.
#include "tests/support/tempdatadir.h"
#include "ui/closeaction.h"
#include "ui/closeactionbox.h"
#include "ui/mainwindow.h"
#include "ui/settingspage.h"
#include "ui/statustray.h"
#include "ui/windowlifetime.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace RelayDesk;

namespace {

/// Answers the close question once it shows: with a key, or by clicking the button named `button`.
class CloseAnswer final : public QObject
{
public:
    CloseAnswer(int key, QString button = {}, QString box = QStringLiteral("closeQuestion"))
        : m_key(key), m_button(std::move(button)), m_box(std::move(box))
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &CloseAnswer::poll);
        m_timer.start();
    }
    bool seen() const { return m_seen; }
    QString text() const { return m_text; }

private:
    void poll()
    {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != m_box)
            return;
        m_timer.stop();
        m_seen = true;
        m_text = box->text() + QLatin1Char(' ') + box->informativeText();
        if (m_button.isEmpty())
            QTest::keyClick(box, Qt::Key(m_key));
        else
            box->findChild<QPushButton*>(m_button)->click();
    }

    int m_key;
    QString m_button;
    QString m_box;
    QTimer m_timer;
    bool m_seen = false;
    QString m_text;
};

/// Runs the application's event loop until something quits it; -1 if nothing did within ten seconds.
int runEventLoop(const std::function<void()>& start)
{
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, qApp, []() { QCoreApplication::exit(-1); });
    watchdog.start(10000);
    QTimer::singleShot(0, qApp, start);
    return QApplication::exec();
}

} // namespace

class TestLifetime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void trayQuitEndsTheApplicationWithTheWindowOpen();
    void withTrayClosingKeepsRunningInTheTray();
    void withoutTrayClosingAsksAndRemembers();
    void withoutTrayQuitIsOneClickAway();
    void theSettingSaysWhatHappens();
    void fileMenuComesFirst();
    void quitStillWorksAfterTheUnsavedPromptWasCancelled();
    void quitAsksWhileMailWaits();
    void anotherDataDirectoryOpensOnTheDashboard();

private:
    QTemporaryDir m_preferences;
    Test::TempDataDir m_data;
    int m_quits = 0;
    std::function<void()> quitter()
    {
        return [this]() {
            ++m_quits;
            QApplication::quit();
        };
    }
};

void TestLifetime::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_preferences.path());
    QApplication::setOrganizationName(QStringLiteral("RelayDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_lifetime"));
    QApplication::setQuitOnLastWindowClosed(false); // as runGui: only Quit ends the application
}

void TestLifetime::init()
{
    QSettings().clear();
    m_quits = 0;
}

void TestLifetime::cleanupTestCase()
{
    StatusTray::overrideAvailability(std::nullopt);
}

void TestLifetime::trayQuitEndsTheApplicationWithTheWindowOpen()
{
    StatusTray::overrideAvailability(true);
    MainWindow window(m_data.path());
    WindowLifetime lifetime(&window, quitter());
    StatusTray tray;
    lifetime.connectTray(&tray);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy aboutToQuit(qApp, &QCoreApplication::aboutToQuit);

    // The reported bug: with "keep running in the tray", Quit only hid the window.
    const int code = runEventLoop([&tray]() { Q_EMIT tray.quitRequested(); });
    QCOMPARE(code, 0);
    QCOMPARE(m_quits, 1);
    QCOMPARE(aboutToQuit.count(), 1); // runGui stops the engine on aboutToQuit
    QVERIFY(!window.isVisible());
}

void TestLifetime::withTrayClosingKeepsRunningInTheTray()
{
    StatusTray::overrideAvailability(true);
    MainWindow window(m_data.path());
    WindowLifetime lifetime(&window, quitter());
    StatusTray tray;
    lifetime.connectTray(&tray);
    QSignalSpy kept(&lifetime, &WindowLifetime::keptRunning);
    window.show();
    QVERIFY(!window.close()); // no question: the tray shows the window again
    QVERIFY(!window.isVisible());
    QCOMPARE(kept.count(), 1);
    QCOMPARE(m_quits, 0);
    Q_EMIT tray.showWindowRequested();
    QVERIFY(window.isVisible());

    // Quit from the tray while the window is hidden.
    window.close();
    QVERIFY(!window.isVisible());
    QCOMPARE(runEventLoop([&tray]() { Q_EMIT tray.quitRequested(); }), 0);
    QCOMPARE(m_quits, 1);
}

void TestLifetime::withoutTrayClosingAsksAndRemembers()
{
    StatusTray::overrideAvailability(false);
    MainWindow window(m_data.path());
    WindowLifetime lifetime(&window, quitter());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    {
        // Escape: nothing happens, the window stays.
        CloseAnswer answer(Qt::Key_Escape);
        QVERIFY(!window.close());
        QVERIFY(answer.seen());
        QVERIFY2(!answer.text().contains(QStringLiteral("tray")), qPrintable(answer.text()));
        QVERIFY(window.isVisible() && !window.isMinimized());
        QCOMPARE(CloseAction::load(false), CloseAction::Ask);
    }
    {
        // Enter: keep running, minimized (a hidden window without a tray could not be found again).
        CloseAnswer answer(Qt::Key_Return);
        QVERIFY(!window.close());
        QVERIFY(answer.seen());
        QVERIFY(window.isMinimized());
        QCOMPARE(m_quits, 0);
        QCOMPARE(CloseAction::load(false), CloseAction::KeepRunning); // remembered
    }
    {
        // Remembered: no question the next time.
        window.showNormal();
        CloseAnswer answer(Qt::Key_Escape);
        QVERIFY(!window.close());
        QTest::qWait(100);
        QVERIFY(!answer.seen());
        QVERIFY(window.isMinimized());
    }
    // Asked again, Quit stops the relay and the process, and is remembered.
    CloseAction::save(CloseAction::Ask);
    window.showNormal();
    CloseAnswer answer(0, QStringLiteral("quit"));
    QCOMPARE(runEventLoop([&window]() { window.close(); }), 0);
    QVERIFY(answer.seen());
    QCOMPARE(m_quits, 1);
    QVERIFY(!window.isVisible());
    QCOMPARE(CloseAction::load(false), CloseAction::Quit);
}

void TestLifetime::withoutTrayQuitIsOneClickAway()
{
    StatusTray::overrideAvailability(false);
    CloseAction::save(CloseAction::KeepRunning);
    MainWindow window(m_data.path());
    WindowLifetime lifetime(&window, quitter());
    window.show();
    auto* quit = window.findChild<QAction*>(QStringLiteral("quitAction"));
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    QCOMPARE(runEventLoop([quit]() { quit->trigger(); }), 0);
    QCOMPARE(m_quits, 1);
    QVERIFY(!window.isVisible());
}

void TestLifetime::fileMenuComesFirst()
{
    MainWindow window(m_data.path());
    WindowLifetime lifetime(&window, quitter());
    QStringList menus;
    for (const QAction* menu : window.menuBar()->actions())
        menus << menu->text();
    QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help")}));
}

void TestLifetime::theSettingSaysWhatHappens()
{
    for (const bool tray : {true, false}) {
        StatusTray::overrideAvailability(tray);
        QSettings().clear();
        CloseActionBox box;
        QCOMPARE(box.choice(), tray ? CloseAction::KeepRunning : CloseAction::Ask);
        bool mentionsTray = false;
        for (int i = 0; i < box.count(); ++i)
            mentionsTray = mentionsTray || box.itemText(i).contains(QStringLiteral("tray"));
        QCOMPARE(mentionsTray, tray);
        box.setCurrentIndex(box.findData(int(CloseAction::Quit)));
        box.save();
        QCOMPARE(CloseAction::load(tray), CloseAction::Quit);
    }
    // The earlier checkbox ("ui/closeToTray") still counts with a tray.
    QSettings().clear();
    QSettings().setValue(QStringLiteral("ui/closeToTray"), false);
    QCOMPARE(CloseAction::load(true), CloseAction::Quit);
    QCOMPARE(CloseAction::load(false), CloseAction::Ask);
}

QTEST_MAIN(TestLifetime)
void TestLifetime::quitStillWorksAfterTheUnsavedPromptWasCancelled()
{
    // The reported defect: once a Quit had been refused (the unsaved-settings question cancelled), File >
    // Quit and Ctrl+Q did nothing at all: a flag of the first Quit stayed set.
    StatusTray::overrideAvailability(false);
    CloseAction::save(CloseAction::Quit);
    MainWindow window(m_data.path());
    WindowLifetime lifetime(&window, quitter());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* password = window.findChild<QLineEdit*>(QStringLiteral("smarthostPassword"));
    QVERIFY(password);
    QTRY_VERIFY(password->isEnabledTo(nullptr)); // the settings have loaded
    password->setText(QStringLiteral("not saved"));
    QVERIFY(window.settingsPage()->hasUnsavedChanges());
    auto* quit = window.findChild<QAction*>(QStringLiteral("quitAction"));
    QVERIFY(quit);

    // Answers the question once it shows; true once it has been answered.
    const auto answerPrompt = [&window](QMessageBox::StandardButton button) {
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("unsavedSettings"));
        if (!box || box->property("answered").toBool())
            return false;
        box->setProperty("answered", true);
        box->button(button)->click();
        return true;
    };
    bool answered = false;
    quit->trigger();
    QTRY_VERIFY((answered = answered || answerPrompt(QMessageBox::Cancel)));
    QVERIFY(window.isVisible());
    QCOMPARE(m_quits, 0);

    // Asked again, the question comes again, and Discard quits.
    answered = false;
    quit->trigger();
    QTRY_VERIFY((answered = answered || answerPrompt(QMessageBox::Discard)));
    QTRY_COMPARE(m_quits, 1);
    QVERIFY(!window.isVisible());
}

void TestLifetime::quitAsksWhileMailWaits()
{
    // An outside tester quit while mail waited in the queue; nothing said it would stay undelivered.
    StatusTray::overrideAvailability(false);
    CloseAction::save(CloseAction::Quit);
    MainWindow window(m_data.path());
    WindowLifetime lifetime(&window, quitter());
    qint64 waiting = 3;
    lifetime.setWaitingMail([&waiting]() { return waiting; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* quit = window.findChild<QAction*>(QStringLiteral("quitAction"));
    QVERIFY(quit);
    {
        // Enter takes the default, Cancel: the relay keeps running.
        CloseAnswer answer(Qt::Key_Return, {}, QStringLiteral("quitWithWaitingMail"));
        quit->trigger();
        QVERIFY(answer.seen());
        QVERIFY2(answer.text().startsWith(QStringLiteral("3 message")) &&
                     answer.text().contains(QStringLiteral("wait in the queue")),
                 qPrintable(answer.text()));
        QVERIFY(window.isVisible());
        QCOMPARE(m_quits, 0);
    }
    {
        // Closing the window with Quit remembered asks the same.
        CloseAnswer answer(Qt::Key_Escape, {}, QStringLiteral("quitWithWaitingMail"));
        QVERIFY(!window.close());
        QVERIFY(answer.seen());
        QVERIFY(window.isVisible());
        QCOMPARE(m_quits, 0);
    }
    {
        CloseAnswer answer(0, QStringLiteral("quit"), QStringLiteral("quitWithWaitingMail"));
        QCOMPARE(runEventLoop([quit]() { quit->trigger(); }), 0);
        QVERIFY(answer.seen());
        QCOMPARE(m_quits, 1);
    }
    // Nothing waiting: no question.
    waiting = 0;
    MainWindow second(m_data.path());
    WindowLifetime secondLifetime(&second, quitter());
    secondLifetime.setWaitingMail([&waiting]() { return waiting; });
    second.show();
    CloseAnswer none(Qt::Key_Escape, {}, QStringLiteral("quitWithWaitingMail"));
    auto* secondQuit = second.findChild<QAction*>(QStringLiteral("quitAction"));
    QCOMPARE(runEventLoop([secondQuit]() { secondQuit->trigger(); }), 0);
    QVERIFY(!none.seen());
    QCOMPARE(m_quits, 2);
}

void TestLifetime::anotherDataDirectoryOpensOnTheDashboard()
{
    {
        MainWindow window(m_data.path());
        window.show();
        window.showPage(MainWindow::Queue);
        QVERIFY(window.close()); // no WindowLifetime: the window saves its state and closes
    }
    MainWindow again(m_data.path());
    QCOMPARE(again.currentPage(), MainWindow::Queue);
    // A new data directory (an outside tester's opened on the Queue) starts where its setup steps are.
    Test::TempDataDir other;
    MainWindow fresh(other.path());
    QCOMPARE(fresh.currentPage(), MainWindow::Dashboard);
}

#include "tst_lifetime.moc"
