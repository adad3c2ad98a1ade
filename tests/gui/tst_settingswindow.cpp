// GUI tests of the Settings page inside the main window, on the offscreen platform: the unsaved-changes
// prompt, the restart banner driving the engine, no stored key names, and nothing clipped at 1024x700.
#include "core/admin/settingsadmin.h"
#include "core/engine/enginecontrol.h"
#include "core/store/settings.h"
#include "tests/support/tempdatadir.h"
#include "ui/certificatepanel.h"
#include "ui/enginelink.h"
#include "ui/mainwindow.h"
#include "ui/restartbanner.h"
#include "ui/settingfield.h"
#include "ui/settingspage.h"
#include "ui/statustray.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace RelayDesk;

namespace {

/// An engine that only counts stops and starts.
class FakeEngine final : public EngineControl
{
public:
    Status start() override
    {
        ++starts;
        running = startError.isEmpty();
        return running ? Status() : Status::failure(startError);
    }
    void stop() override
    {
        ++stops;
        running = false;
    }
    bool isRunning() const override { return running; }
    EngineLockHolder runner() const override { return {}; }
    bool isRemote() const override { return false; }
    QList<ListenerStatus> listeners() const override { return {}; }
    QList<SessionInfo> sessions() const override { return {}; }
    QList<DeliveryInFlight> deliveries() const override { return {}; }
    QDateTime certificateExpiry() const override { return {}; }
    QString certificateFingerprint() const override { return {}; }
    QList<PendingRestart> pendingRestart() const override { return {}; }
    quint64 acceptedCount() const override { return 0; }
    void wakeDelivery() override {}
    void reload() override {}
    void performQueueAction(QueueAction, const QStringList&,
                            std::function<void(const QueueActionResult&)> done) override
    {
        done({});
    }
    void disconnectSession(quint64) override {}

    int starts = 0;
    int stops = 0;
    bool running = true;
    QString startError;
};

QMessageBox* waitForPrompt(QWidget* parent)
{
    QMessageBox* box = nullptr;
    for (int i = 0; i < 100 && !box; ++i) {
        box = parent->findChild<QMessageBox*>(QStringLiteral("unsavedSettings"));
        if (!box)
            QTest::qWait(20);
    }
    return box;
}

void typeInto(QSpinBox* spin, const QString& text)
{
    spin->selectAll();
    QTest::keyClicks(spin, text);
}

} // namespace

class TestSettingsWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void leavingWithChangesAsks();
    void escapeOnThePromptKeepsTheSideBarOnSettings();
    void closingWithChangesAsks();
    void restartBannerRestartsTheEngine();
    void noKeyNameIsVisible();
    void nothingIsClippedAt1024x700();
    void tabReachesDiscardThenSave();
    void windowOpensWhollyOnTheScreen();
};

void TestSettingsWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RelayDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_settingswindow"));
}

void TestSettingsWindow::init()
{
    QSettings().clear();
}

void TestSettingsWindow::tabReachesDiscardThenSave()
{
    // "Discard changes" stands left of Save, but Tab reached Save first (an outside tester).
    Test::TempDataDir dir;
    SettingsPage page(dir.path());
    page.show();
    QTRY_VERIFY(!page.isBusy());
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    auto* revert = page.findChild<QPushButton*>(QStringLiteral("revertSettings"));
    auto* save = page.findChild<QPushButton*>(QStringLiteral("saveSettings"));
    QVERIFY(revert->mapTo(&page, QPoint(0, 0)).x() < save->mapTo(&page, QPoint(0, 0)).x());
    revert->setFocus(Qt::TabFocusReason);
    QTest::keyClick(revert, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), save);
    QTest::keyClick(save, Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), revert);
}

void TestSettingsWindow::leavingWithChangesAsks()
{
    Test::TempDataDir dir;
    MainWindow window(dir.path());
    window.showPage(MainWindow::SettingsPageIndex);
    window.show();
    SettingsPage* page = window.settingsPage();
    QTRY_VERIFY(!page->isBusy());
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    SettingField* recipients = page->field(QStringLiteral("limits.max_recipients"));
    typeInto(recipients->spinBox(), QStringLiteral("33"));
    QVERIFY(page->hasUnsavedChanges());

    // Cancel (the default) keeps the page and the edit.
    navigation->setCurrentRow(MainWindow::Dashboard);
    QMessageBox* box = waitForPrompt(page);
    QVERIFY(box);
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QVERIFY(box->informativeText().contains(QStringLiteral("Recipients per message")));
    QCOMPARE(window.currentPage(), MainWindow::SettingsPageIndex);
    QCOMPARE(navigation->currentRow(), int(MainWindow::SettingsPageIndex));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!page->findChild<QMessageBox*>(QStringLiteral("unsavedSettings")));
    QCOMPARE(window.currentPage(), MainWindow::SettingsPageIndex);
    QCOMPARE(recipients->spinBox()->value(), 33);

    // Discard drops the edit and leaves.
    navigation->setCurrentRow(MainWindow::Queue);
    box = waitForPrompt(page);
    QVERIFY(box);
    box->button(QMessageBox::Discard)->click();
    QTRY_COMPARE(window.currentPage(), MainWindow::Queue);
    QTRY_VERIFY(!page->findChild<QMessageBox*>(QStringLiteral("unsavedSettings")));
    QCOMPARE(recipients->spinBox()->value(), 1000);
    QVERIFY(!page->hasUnsavedChanges());

    // Save stores, then leaves.
    window.showPage(MainWindow::SettingsPageIndex);
    typeInto(recipients->spinBox(), QStringLiteral("44"));
    navigation->setCurrentRow(MainWindow::Logs);
    box = waitForPrompt(page);
    QVERIFY(box);
    box->button(QMessageBox::Save)->click();
    QTRY_COMPARE(window.currentPage(), MainWindow::Logs);
    QCOMPARE(Settings(dir.path()).value(QStringLiteral("limits.max_recipients")), QStringLiteral("44"));

    // Without changes, no question.
    window.showPage(MainWindow::SettingsPageIndex);
    window.showPage(MainWindow::Agents);
    QCOMPARE(window.currentPage(), MainWindow::Agents);
}

void TestSettingsWindow::escapeOnThePromptKeepsTheSideBarOnSettings()
{
    Test::TempDataDir dir;
    MainWindow window(dir.path());
    window.showPage(MainWindow::SettingsPageIndex);
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SettingsPage* page = window.settingsPage();
    QTRY_VERIFY(!page->isBusy());
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    typeInto(page->field(QStringLiteral("limits.max_recipients"))->spinBox(), QStringLiteral("33"));
    QVERIFY(page->hasUnsavedChanges());
    // A click on the side bar, as a person does it; Escape answers the prompt.
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(MainWindow::Queue)).center());
    QMessageBox* box = waitForPrompt(page);
    QVERIFY(box);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!page->findChild<QMessageBox*>(QStringLiteral("unsavedSettings")));
    QTest::qWait(50);
    QCOMPARE(window.currentPage(), MainWindow::SettingsPageIndex);
    QCOMPARE(navigation->currentRow(), int(MainWindow::SettingsPageIndex));
    QCOMPARE(navigation->selectedItems(),
             QList<QListWidgetItem*>{navigation->item(MainWindow::SettingsPageIndex)});
    QVERIFY(page->hasUnsavedChanges());
}

void TestSettingsWindow::closingWithChangesAsks()
{
    Test::TempDataDir dir;
    MainWindow window(dir.path());
    window.showPage(MainWindow::Dashboard);
    window.show();
    SettingsPage* page = window.settingsPage();
    QTRY_VERIFY(!page->isBusy());
    page->field(QStringLiteral("listener.lan.enabled"))->checkBox()->setChecked(false);
    QVERIFY(!window.close()); // asks first, on the Settings page
    QCOMPARE(window.currentPage(), MainWindow::SettingsPageIndex);
    QMessageBox* box = waitForPrompt(page);
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!page->findChild<QMessageBox*>(QStringLiteral("unsavedSettings")));
    QVERIFY(window.isVisible());

    QTimer::singleShot(0, page, [page]() {
        if (QMessageBox* prompt = waitForPrompt(page))
            prompt->button(QMessageBox::Save)->click();
    });
    window.close();
    QTRY_VERIFY(!window.isVisible());
    QCOMPARE(Settings(dir.path()).value(QStringLiteral("listener.lan.enabled")), QStringLiteral("false"));
}

void TestSettingsWindow::restartBannerRestartsTheEngine()
{
    Test::TempDataDir dir;
    FakeEngine engine;
    MainWindow window(dir.path());
    StatusTray tray;
    EngineLink link(&engine, &window, &tray);
    window.showPage(MainWindow::SettingsPageIndex);
    window.show();
    SettingsPage* page = window.settingsPage();
    RestartBanner* banner = page->restartBanner();
    QTRY_VERIFY(!page->isBusy());
    QVERIFY(banner->isHidden());

    // Settings a running relay applies (docs/operations.md, "Apply without restart") need no restart: a
    // retry time, a listener address, a limit.
    QSignalSpy saved(page, &SettingsPage::settingsSaved);
    typeInto(page->field(QStringLiteral("delivery.retry_first"))->spinBox(), QStringLiteral("7"));
    QLineEdit* address = page->field(QStringLiteral("listener.smtps.address"))->lineEdit();
    address->clear();
    QTest::keyClicks(address, QStringLiteral("127.0.0.1:3465"));
    typeInto(page->field(QStringLiteral("limits.max_recipients"))->spinBox(), QStringLiteral("20"));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("saveSettings")), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(banner->isHidden());

    // The worker threads do, named in words.
    typeInto(page->field(QStringLiteral("engine.worker_threads"))->spinBox(), QStringLiteral("3"));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("saveSettings")), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 2);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("Restart needed to apply: ")),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("Worker threads")), qPrintable(banner->text()));
    QVERIFY(!banner->text().contains(QStringLiteral("SMTPS port (implicit TLS): Address and port")));
    QVERIFY(!banner->text().contains(QStringLiteral("Recipients per message")));
    QVERIFY(!banner->text().contains(QStringLiteral("First retry")));

    // A restart that fails keeps the banner and says why.
    engine.startError = QStringLiteral("address in use");
    QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("restartRelay")), Qt::LeftButton);
    QCOMPARE(engine.stops, 1);
    QCOMPARE(engine.starts, 1);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("address in use")));

    // An edit not saved yet is still marked after the restart, which applied only what is stored.
    engine.startError.clear();
    typeInto(page->field(QStringLiteral("engine.worker_threads"))->spinBox(), QStringLiteral("5"));
    QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("restartRelay")), Qt::LeftButton);
    QCOMPARE(engine.stops, 2);
    QCOMPARE(engine.starts, 2);
    QVERIFY(engine.isRunning());
    QVERIFY(banner->isHidden());
    QVERIFY(banner->pending().isEmpty());
    QCOMPARE(page->statusText(), QStringLiteral("The relay was restarted. Not saved yet: Worker threads."));

    // A real engine reports nothing waiting once it has stopped: a start that fails still shows its reason.
    banner->setPending({});
    banner->restartFinished(false, QStringLiteral("address in use"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("The relay did not start: address in use"));
}

void TestSettingsWindow::noKeyNameIsVisible()
{
    Test::TempDataDir dir;
    MainWindow window(dir.path());
    window.showPage(MainWindow::SettingsPageIndex);
    window.show();
    SettingsPage* page = window.settingsPage();
    QTRY_VERIFY(!page->isBusy());
    // An error message too: it names the field.
    QLineEdit* smarthost = page->field(QStringLiteral("delivery.smarthost"))->lineEdit();
    QTest::keyClicks(smarthost, QStringLiteral("bad host:port:x"));
    QSignalSpy failed(page, &SettingsPage::saveFailed);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("saveSettings")), Qt::LeftButton);
    QTRY_COMPARE(failed.count(), 1);
    QTRY_VERIFY(!page->certificatePanel()->isBusy());

    QStringList texts;
    auto* tabs = page->findChild<QTabWidget*>();
    for (int i = 0; i < tabs->count(); ++i)
        texts << tabs->tabText(i);
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        texts << widget->toolTip();
        if (auto* label = qobject_cast<QLabel*>(widget))
            texts << label->text();
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            texts << button->text();
        if (auto* box = qobject_cast<QGroupBox*>(widget))
            texts << box->title();
        if (auto* line = qobject_cast<QLineEdit*>(widget))
            texts << line->placeholderText();
        if (auto* spin = qobject_cast<QSpinBox*>(widget))
            texts << spin->text();
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        }
    }
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("Smarthost: "))); // the error, in words
    for (const SettingInfo& setting : SettingsAdmin::definitions())
        QVERIFY2(!all.contains(setting.key), qPrintable(setting.key));
}

void TestSettingsWindow::nothingIsClippedAt1024x700()
{
    Test::TempDataDir dir;
    MainWindow window(dir.path());
    window.showPage(MainWindow::SettingsPageIndex);
    window.resize(1024, 700);
    window.show();
    SettingsPage* page = window.settingsPage();
    QTRY_VERIFY(!page->isBusy());
    QTRY_VERIFY(!page->certificatePanel()->isBusy());
    // The banner and the buttons below the tabs count too.
    page->restartBanner()->add({QStringLiteral("SMTPS port (implicit TLS): Address and port")});
    auto* tabs = page->findChild<QTabWidget*>();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        auto* scroll = qobject_cast<QScrollArea*>(tabs->currentWidget());
        QVERIFY(scroll);
        // Everything fits across: no horizontal scrolling.
        QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), qPrintable(tabs->tabText(tab)));
        int checked = 0;
        for (QWidget* widget : page->findChildren<QWidget*>()) {
            if (!widget->isVisible())
                continue;
            const auto* label = qobject_cast<QLabel*>(widget);
            const bool kind = label || qobject_cast<QAbstractButton*>(widget) ||
                              qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
                              qobject_cast<QAbstractSpinBox*>(widget);
            if (!kind || qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) ||
                qobject_cast<QComboBox*>(widget->parentWidget()))
                continue; // parts of a spin box or combo box are checked with it
            const QString what = QStringLiteral("%1 '%2' in %3")
                                     .arg(QString::fromLatin1(widget->metaObject()->className()),
                                          label ? label->text() : widget->objectName(), tabs->tabText(tab));
            // A label that wraps grows in height; every other widget must get its width.
            if (!(label && label->wordWrap()))
                QVERIFY2(widget->sizeHint().width() <= widget->width(), qPrintable(what));
            else
                QVERIFY2(label->heightForWidth(label->width()) <= label->height() + 1, qPrintable(what));
            // Inside the scroll area: within its width; outside: within the window.
            const bool inScroll = scroll->widget()->isAncestorOf(widget);
            QWidget* frame = inScroll ? scroll->viewport() : static_cast<QWidget*>(&window);
            const QRect area = inScroll
                                   ? QRect(QPoint(0, 0), QSize(frame->width(), scroll->widget()->height()))
                                   : frame->rect();
            const QRect where(widget->mapTo(inScroll ? scroll->widget() : frame, QPoint(0, 0)),
                              widget->size());
            QVERIFY2(area.contains(where), qPrintable(what));
            ++checked;
        }
        QVERIFY(checked > 5);
    }
}

/// A geometry saved low on a larger screen: the window opened with Save and Revert below the bottom of a
/// 1024x700 screen (an outside tester's first screenshot). It opens wholly on the screen now.
void TestSettingsWindow::windowOpensWhollyOnTheScreen()
{
    Test::TempDataDir dir;
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        QWidget saved;
        saved.setGeometry(available.left() + available.width() / 2, available.bottom() - 50, 900, 650);
        QSettings().setValue(QStringLiteral("window/geometry"), saved.saveGeometry());
    }
    MainWindow window(dir.path());
    // The offscreen screen is 800 pixels wide, less than the window's least width: its left edge is on it.
    const QRect shown = window.geometry();
    QVERIFY2(shown.top() >= available.top() && shown.bottom() <= available.bottom() &&
                 shown.left() == available.left(),
             qPrintable(QStringLiteral("window at %1,%2 %3x%4 on a screen of %5x%6")
                            .arg(window.x())
                            .arg(window.y())
                            .arg(window.width())
                            .arg(window.height())
                            .arg(available.width())
                            .arg(available.height())));
    QSettings().remove(QStringLiteral("window/geometry"));
}

QTEST_MAIN(TestSettingsWindow)
#include "tst_settingswindow.moc"
