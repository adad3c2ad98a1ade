#include "core/admin/admin.h"
#include "core/admin/backupadmin.h"
#include "core/agents/cidrrange.h"
#include "core/engine/relayengine.h"
#include "core/store/enginelock.h"
#include "core/store/settings.h"
#include "core/util/clock.h"
#include "tests/support/freelisteners.h"
#include "tests/support/queuefixture.h"
#include "tests/support/tempdatadir.h"
#include "ui/backuppanel.h"
#include "ui/backuppassphrasedialog.h"
#include "ui/enginehost.h"
#include "ui/mainwindow.h"
#include "ui/settingspage.h"
#include "ui/statustray.h"
#include "ui/translations.h"
#include "ui/windowlifetime.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace RelayDesk;

namespace {

/// Answers the modal windows that a click opens, one after the other: each step waits for the active modal
/// widget of its object name and acts on it.
class ModalScript final : public QObject
{
public:
    using Step = std::pair<QString, std::function<void(QWidget*)>>;

    explicit ModalScript(QList<Step> steps) : m_steps(std::move(steps))
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &ModalScript::poll);
        m_timer.start();
    }
    bool done() const { return m_steps.isEmpty(); }

private:
    void poll()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (m_steps.isEmpty() || !modal || modal->objectName() != m_steps.constFirst().first ||
            modal == m_last)
            return;
        m_last = modal;
        const Step step = m_steps.takeFirst();
        step.second(modal);
        if (m_steps.isEmpty())
            m_timer.stop();
    }

    QList<Step> m_steps;
    QTimer m_timer;
    QWidget* m_last = nullptr;
};

QPushButton* okButton(QWidget* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

ModalScript::Step chooseFile(const QString& path)
{
    return {QStringLiteral("backupFile"), [path](QWidget* widget) {
                auto* dialog = qobject_cast<QFileDialog*>(widget);
                dialog->setDirectory(QFileInfo(path).absolutePath());
                // Typed into the dialog's own name field, as a person would.
                auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                name->clear();
                QTest::keyClicks(name, QFileInfo(path).fileName());
                static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept(), as its Save button
            }};
}

ModalScript::Step typePassphrase(const QString& passphrase, bool twice)
{
    return {QStringLiteral("backupPassphrase"), [passphrase, twice](QWidget* dialog) {
                QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passphrase")), passphrase);
                if (twice)
                    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseAgain")),
                                     passphrase);
                okButton(dialog)->click();
            }};
}

} // namespace

/// The Settings page's "Back up configuration..." and "Restore..." (ui/backuppanel.h): the passphrase is
/// asked twice for a backup and once for a restore, the restore asks for confirmation with Cancel as the
/// default, and the work runs off the GUI thread through the admin facade.
class TestBackupDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passphraseTwiceForBackup();
    void passphraseOnceForRestore();
    void backUpAndRestoreFromTheSettingsPage();
    void aWrongPassphraseIsToldBeforeAnyQuestion();
    void theQuestionCountsTheMailWaitingNow();
    void quitWorksAfterAFailedRestore();
    void aRelayServiceIsToldBeforeTheFileIsChosen();
    void aFileThatIsNoBackupIsToldBeforeThePassphrase();
    void aRestoredQueueSaysItGoesOutAgain();
    void theWindowsRelayStopsForARestore();

private:
    static void createAgent(const QString& dataDir, const QString& name);
    /// A backup of a data directory with the agent "billing-app", passphrase "office secret", at path.
    static bool writeBackup(const QString& path);
};

void TestBackupDialogs::createAgent(const QString& dataDir, const QString& name)
{
    QVERIFY(Admin::open(dataDir).ok());
    const auto created =
        Admin(dataDir).agents().create(name, {CidrRange::parse(QStringLiteral("127.0.0.1")).value()}, {});
    QVERIFY2(created.ok(), qPrintable(created.error()));
}

void TestBackupDialogs::theWindowsRelayStopsForARestore()
{
    // An outside tester restored a backup with its queue in a window that ran its own relay: the relay went
    // on with its store replaced under it, read its work from the restored file and wrote the outcomes to the
    // one set aside, and delivered the same bounce notice 732 times in 15 seconds. It stops for the restore,
    // stays stopped after one that went through (so that the restored queue can be looked at first, as the
    // restore's message says) and runs on after one that did not.
    QTemporaryDir files;
    const QString backup = files.filePath(QStringLiteral("office.rdbackup"));
    QVERIFY(writeBackup(backup));
    QTemporaryDir parent;
    const QString dir = parent.filePath(QStringLiteral("data"));
    QVERIFY(Admin::open(dir).ok());
    {
        Settings settings(dir);
        QVERIFY(Test::listenOnFreePorts(settings) != 0);
    }
    createAgent(dir, QStringLiteral("before"));
    MainWindow window(dir);
    StatusTray tray;
    EngineHost host(
        dir,
        [](const QString& path) -> std::unique_ptr<EngineControl> {
            return std::make_unique<RelayEngine>(path, EngineFace::Window);
        },
        &window, &tray);
    const Status begun = host.begin();
    QVERIFY2(begun.ok(), qPrintable(begun.error()));
    QVERIFY(host.engine()->isRunning());
    auto* origin = window.findChild<QLabel*>(QStringLiteral("engineOrigin"));
    auto* startHere = window.findChild<QPushButton*>(QStringLiteral("startRelayHere"));
    QVERIFY(origin && startHere);
    BackupPanel* panel = window.settingsPage()->backupPanel();

    // A restore that fails (a wrong passphrase) stops nothing for good: the relay runs on.
    panel->restore(backup, "not it");
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 30000);
    QVERIFY(host.engine()->isRunning());
    QCOMPARE(origin->text(), QStringLiteral("Relay in this window"));

    panel->restore(backup, "office secret");
    QVERIFY(!host.engine()->isRunning()); // stopped before the worker replaced anything
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 30000);
    QVERIFY2(panel->text().contains(QStringLiteral("Restored")), qPrintable(panel->text()));
    QVERIFY(!host.engine()->isRunning());
    QCOMPARE(origin->text(), QStringLiteral("Relay in this window: stopped for the restore"));
    QVERIFY(startHere->isVisibleTo(&window));
    QVERIFY2(panel->text().contains(QStringLiteral("Quit RelayDesk and start it again to use it.")),
             qPrintable(panel->text()));
    // Started by the admin: the relay of the restored store. The panel no longer asks for a restart (an
    // outside tester read "Quit RelayDesk and start it again" after "Start relay here" had done it).
    startHere->click();
    QTRY_VERIFY(host.engine()->isRunning());
    QCOMPARE(origin->text(), QStringLiteral("Relay in this window"));
    QVERIFY(!startHere->isVisibleTo(&window));
    QVERIFY2(!panel->text().contains(QStringLiteral("Quit RelayDesk")), qPrintable(panel->text()));
    QVERIFY2(panel->text().contains(QStringLiteral("runs with the restored configuration now")),
             qPrintable(panel->text()));
    QVERIFY(!window.settingsPage()->statusText().contains(QStringLiteral("restart RelayDesk")));
    Admin::closeThread(dir);
    const auto agents = Admin(dir).agents().list();
    QVERIFY(agents.ok());
    QCOMPARE(agents->size(), 1);
    QCOMPARE(agents->constFirst().name, QStringLiteral("billing-app"));
    host.shutdown();
}

bool TestBackupDialogs::writeBackup(const QString& path)
{
    Test::TempDataDir source;
    createAgent(source.path(), QStringLiteral("billing-app"));
    return Admin(source.path()).backup().create(path, "office secret", false, BackupKeyCost::minimum()).ok();
}

void TestBackupDialogs::passphraseTwiceForBackup()
{
    BackupPassphraseDialog dialog(BackupPassphraseDialog::Purpose::Create, QStringLiteral("/tmp/x.rdbackup"));
    auto* first = dialog.findChild<QLineEdit*>(QStringLiteral("passphrase"));
    auto* again = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseAgain"));
    auto* hint = dialog.findChild<QLabel*>(QStringLiteral("passphraseHint"));
    QVERIFY(first && again && hint);
    QCOMPARE(first->echoMode(), QLineEdit::Password);
    QCOMPARE(again->echoMode(), QLineEdit::Password);
    QVERIFY(!okButton(&dialog)->isEnabled()); // empty
    // A short passphrase is refused before the file is written: the backup holds the DKIM keys.
    QTest::keyClicks(first, QStringLiteral("office"));
    QTest::keyClicks(again, QStringLiteral("office"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QCOMPARE(hint->text(), QStringLiteral("A backup's passphrase has at least 8 characters."));
    first->clear();
    again->clear();
    first->insert(QStringLiteral("äöüßäöüß")); // eight characters, sixteen bytes
    again->insert(QStringLiteral("äöüßäöüß"));
    QVERIFY(okButton(&dialog)->isEnabled());
    first->clear();
    again->clear();
    QTest::keyClicks(first, QStringLiteral("office secret"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QTest::keyClicks(again, QStringLiteral("office secreT"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(hint->text().contains(QStringLiteral("differ")));
    again->clear();
    QTest::keyClicks(again, QStringLiteral("office secret"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QCOMPARE(dialog.passphrase(), QByteArray("office secret"));
    QVERIFY(!dialog.withQueue());
    dialog.findChild<QCheckBox*>(QStringLiteral("withQueue"))->setChecked(true);
    QVERIFY(dialog.withQueue());
}

void TestBackupDialogs::passphraseOnceForRestore()
{
    BackupPassphraseDialog dialog(BackupPassphraseDialog::Purpose::Restore,
                                  QStringLiteral("/tmp/x.rdbackup"));
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("passphraseAgain")));
    QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("withQueue")));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("passphrase")), QStringLiteral("x"));
    QVERIFY(okButton(&dialog)->isEnabled());
}

void TestBackupDialogs::backUpAndRestoreFromTheSettingsPage()
{
    QTemporaryDir files;
    const QString backup = files.filePath(QStringLiteral("office.rdbackup"));
    Test::TempDataDir source;
    createAgent(source.path(), QStringLiteral("billing-app"));
    {
        SettingsPage page(source.path());
        page.resize(1024, 700);
        page.show();
        auto* backUp = page.findChild<QPushButton*>(QStringLiteral("backUpConfiguration"));
        QVERIFY(backUp);
        QCOMPARE(backUp->text(), QStringLiteral("Back up configuration..."));
        QTRY_VERIFY(backUp->isEnabledTo(nullptr)); // the page has loaded
        ModalScript script({chooseFile(backup), typePassphrase(QStringLiteral("office secret"), true)});
        backUp->click();
        QVERIFY(script.done());
        QTRY_VERIFY_WITH_TIMEOUT(!page.backupPanel()->isBusy(), 30000);
        QVERIFY2(page.backupPanel()->text().contains(QStringLiteral("Backup written")),
                 qPrintable(page.backupPanel()->text()));
        QVERIFY2(QFile::exists(backup), qPrintable(page.backupPanel()->text()));
        // What a backup holds stays shown beside the result (an outside tester lost it until the page was
        // opened again).
        auto* about = page.findChild<QLabel*>(QStringLiteral("backupAbout"));
        QVERIFY(about && about->isVisibleTo(page.backupPanel()));
        QVERIFY2(about->text().contains(QStringLiteral("DKIM keys")), qPrintable(about->text()));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("backupStatus"))->isVisibleTo(page.backupPanel()));
    }

    // The data directory in a folder of its own, so that what a restore leaves beside it can be listed.
    QTemporaryDir parent;
    const QString targetDir = parent.filePath(QStringLiteral("data"));
    QVERIFY(Admin::open(targetDir).ok());
    SettingsPage page(targetDir);
    page.resize(1024, 700);
    page.show();
    auto* restore = page.findChild<QPushButton*>(QStringLiteral("restoreConfiguration"));
    QVERIFY(restore);
    QTRY_VERIFY(restore->isEnabledTo(nullptr));
    // It says what a backup holds, the DKIM keys and the suppressions among it.
    for (const QString& part : {QStringLiteral("DKIM keys"), QStringLiteral("suppressions"),
                                QStringLiteral("sender domains"), QStringLiteral("certificate")})
        QVERIFY2(page.backupPanel()->text().contains(part), qPrintable(part));
    const QStringList before = QDir(parent.path()).entryList();

    // Return at the confirmation is Cancel: nothing changes.
    bool defaultIsCancel = false;
    QString question;
    ModalScript cancelled({chooseFile(backup),
                           typePassphrase(QStringLiteral("office secret"), false),
                           {QStringLiteral("confirmRestore"), [&](QWidget* widget) {
                                auto* box = qobject_cast<QMessageBox*>(widget);
                                defaultIsCancel = box->defaultButton() == box->button(QMessageBox::Cancel);
                                question = box->text();
                                QTest::keyClick(box, Qt::Key_Return);
                            }}});
    restore->click();
    QTRY_VERIFY_WITH_TIMEOUT(cancelled.done(), 30000); // once the file is checked
    QVERIFY(defaultIsCancel);
    QVERIFY2(question.contains(QStringLiteral("empty data directory")) &&
                 question.contains(QStringLiteral("restart")),
             qPrintable(question));
    // What stops at once is said before the point of no return (an outside tester learnt it afterwards);
    // this backup holds no queue, so nothing of one.
    QVERIFY2(question.contains(QStringLiteral("stops taking and delivering mail now")), qPrintable(question));
    QVERIFY2(!question.contains(QStringLiteral("queued message")), qPrintable(question));
    QVERIFY(!page.backupPanel()->isBusy());
    QCOMPARE(QDir(parent.path()).entryList(), before);

    // A wrong passphrase restores nothing.
    page.backupPanel()->restore(backup, "not it");
    QTRY_VERIFY_WITH_TIMEOUT(!page.backupPanel()->isBusy(), 30000);
    QVERIFY2(page.backupPanel()->text().contains(QStringLiteral("wrong passphrase")),
             qPrintable(page.backupPanel()->text()));
    QCOMPARE(QDir(parent.path()).entryList(), before);

    // The action's button restores; the directory that was there is kept beside it.
    ModalScript confirmed({chooseFile(backup),
                           typePassphrase(QStringLiteral("office secret"), false),
                           {QStringLiteral("confirmRestore"), [](QWidget* widget) {
                                qobject_cast<QMessageBox*>(widget)->button(QMessageBox::Yes)->click();
                            }}});
    restore->click();
    QTRY_VERIFY_WITH_TIMEOUT(confirmed.done(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!page.backupPanel()->isBusy(), 30000);
    QVERIFY2(page.backupPanel()->text().contains(QStringLiteral("Restored")),
             qPrintable(page.backupPanel()->text()));
    // This thread's connection still reads the directory that was moved aside, as the running relay does
    // until RelayDesk restarts; a new one reads the restored store.
    Admin::closeThread(targetDir);
    const auto agents = Admin(targetDir).agents().list();
    QVERIFY(agents.ok());
    QCOMPARE(agents->size(), 1);
    QCOMPARE(agents->constFirst().name, QStringLiteral("billing-app"));
    const QStringList kept =
        QDir(parent.path())
            .entryList({QFileInfo(targetDir).fileName() + QStringLiteral(".before-restore-*")}, QDir::Dirs);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 2);
}

void TestBackupDialogs::theQuestionCountsTheMailWaitingNow()
{
    // An outside tester's message accepted after the backup (250, queued) was gone after the restore, left in
    // the directory moved aside, and the question had counted only the backup's messages.
    QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates))); // the plural forms
    QTemporaryDir files;
    const QString backup = files.filePath(QStringLiteral("office.rdbackup"));
    QVERIFY(writeBackup(backup));
    Test::TempDataDir target;
    createAgent(target.path(), QStringLiteral("scanner"));
    {
        Test::QueueFixture queue(target.path());
        const qint64 shop = queue.addAgent(QStringLiteral("shop"));
        for (const char* id : {"w1", "w2"})
            queue.addMessage(QString::fromLatin1(id), shop, QStringLiteral("shop@example.com"),
                             {QStringLiteral("a@example.net")}, nowMs());
    }
    SettingsPage page(target.path());
    page.resize(1024, 700);
    page.show();
    auto* restore = page.findChild<QPushButton*>(QStringLiteral("restoreConfiguration"));
    QTRY_VERIFY(restore->isEnabledTo(nullptr));
    QString question;
    ModalScript script({chooseFile(backup),
                        typePassphrase(QStringLiteral("office secret"), false),
                        {QStringLiteral("confirmRestore"), [&question](QWidget* widget) {
                             auto* box = qobject_cast<QMessageBox*>(widget);
                             question = box->text();
                             box->button(QMessageBox::Cancel)->click();
                         }}});
    restore->click();
    QTRY_VERIFY_WITH_TIMEOUT(!question.isEmpty(), 30000);
    QVERIFY2(question.contains(QStringLiteral("2 messages wait in the queue now. The restored relay does not "
                                              "deliver them")),
             qPrintable(question));
    QTRY_VERIFY_WITH_TIMEOUT(!page.backupPanel()->isBusy(), 30000);
}

void TestBackupDialogs::aWrongPassphraseIsToldBeforeAnyQuestion()
{
    // The reported defect: a wrong passphrase was found only after "Replace the configuration of ...?" had
    // been answered, and the message said "nothing was restored" twice.
    QTemporaryDir files;
    const QString backup = files.filePath(QStringLiteral("office.rdbackup"));
    QVERIFY(writeBackup(backup));
    Test::TempDataDir target;
    createAgent(target.path(), QStringLiteral("scanner"));
    SettingsPage page(target.path());
    page.resize(1024, 700);
    page.show();
    auto* restore = page.findChild<QPushButton*>(QStringLiteral("restoreConfiguration"));
    QTRY_VERIFY(restore->isEnabledTo(nullptr));
    bool asked = false;
    ModalScript script({chooseFile(backup),
                        typePassphrase(QStringLiteral("not it"), false),
                        {QStringLiteral("confirmRestore"), [&asked](QWidget* widget) {
                             asked = true;
                             qobject_cast<QMessageBox*>(widget)->button(QMessageBox::Cancel)->click();
                         }}});
    restore->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page.backupPanel()->isBusy(), 30000);
    QTest::qWait(300); // a question that would follow the check has time to show
    QVERIFY(!asked);
    const QString text = page.backupPanel()->text();
    QVERIFY2(text.startsWith(QStringLiteral("Nothing was restored: ")) &&
                 text.contains(QStringLiteral("wrong passphrase")),
             qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("restored"), Qt::CaseInsensitive), 1);
    QCOMPARE(Admin(target.path()).agents().list()->constFirst().name, QStringLiteral("scanner"));
}

void TestBackupDialogs::aFileThatIsNoBackupIsToldBeforeThePassphrase()
{
    // An outside tester chose a certificate instead of the backup, typed the passphrase, waited for the
    // key to be derived and only then heard that the file was no backup.
    QTemporaryDir files;
    const QString notABackup = files.filePath(QStringLiteral("relay.pem"));
    QFile pem(notABackup);
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    pem.close();
    Test::TempDataDir target;
    createAgent(target.path(), QStringLiteral("scanner"));
    SettingsPage page(target.path());
    page.resize(1024, 700);
    page.show();
    auto* restore = page.findChild<QPushButton*>(QStringLiteral("restoreConfiguration"));
    QTRY_VERIFY(restore->isEnabledTo(nullptr));
    bool passphraseAsked = false;
    ModalScript script({chooseFile(notABackup), {QStringLiteral("backupPassphrase"), [&](QWidget* dialog) {
                                                     passphraseAsked = true;
                                                     qobject_cast<QDialog*>(dialog)->reject();
                                                 }}});
    restore->click();
    QTRY_VERIFY(page.backupPanel()->text().startsWith(QStringLiteral("Nothing was restored: ")) ||
                passphraseAsked);
    QVERIFY(!passphraseAsked);
    QVERIFY2(page.backupPanel()->text().contains(QStringLiteral("this is not a RelayDesk backup file")),
             qPrintable(page.backupPanel()->text()));
    QCOMPARE(Admin(target.path()).agents().list()->constFirst().name, QStringLiteral("scanner"));
}

void TestBackupDialogs::aRelayServiceIsToldBeforeTheFileIsChosen()
{
    // With a relay service on the directory, an outside tester chose the file, typed the passphrase and
    // answered the question before hearing that nothing could be restored.
    Test::TempDataDir target;
    createAgent(target.path(), QStringLiteral("scanner"));
    // Another process holds the engine's lock, as a running service does (flock, from util-linux).
    QProcess service;
    service.start(QStringLiteral("flock"),
                  {QStringLiteral("-x"), target.path() + QStringLiteral("/engine.lock"),
                   QStringLiteral("sleep"), QStringLiteral("60")});
    QVERIFY(service.waitForStarted());
    QTRY_VERIFY(EngineLock::holder(target.path()).has_value());
    SettingsPage page(target.path());
    page.resize(1024, 700);
    page.show();
    auto* restore = page.findChild<QPushButton*>(QStringLiteral("restoreConfiguration"));
    QTRY_VERIFY(restore->isEnabledTo(nullptr));
    bool fileAsked = false;
    ModalScript script({{QStringLiteral("backupFile"), [&fileAsked](QWidget* widget) {
                             fileAsked = true;
                             qobject_cast<QDialog*>(widget)->reject();
                         }}});
    restore->click();
    QTest::qWait(300);
    QVERIFY(!fileAsked);
    const QString text = page.backupPanel()->text();
    // flock records no process: the service is named without one, and not with the packaged service's
    // systemctl, which would stop another relay for this directory (an outside tester).
    QVERIFY2(text.startsWith(
                 QStringLiteral("Nothing was restored: a relay service runs on the data directory ")) &&
                 text.contains(QStringLiteral("stop it before restoring")) &&
                 !text.contains(QStringLiteral("systemctl")),
             qPrintable(text));
    service.kill();
    service.waitForFinished();
}

void TestBackupDialogs::aRestoredQueueSaysItGoesOutAgain()
{
    // A queue restored is the queue of the backup's day: an outside tester's receiving server got 20
    // messages twice, and the restore had said only how many were queued.
    QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates))); // the plural forms
    QTemporaryDir files;
    const QString backup = files.filePath(QStringLiteral("queue.rdbackup"));
    Test::TempDataDir source;
    createAgent(source.path(), QStringLiteral("billing-app"));
    {
        Test::QueueFixture queue(source.path());
        queue.addMessage(QStringLiteral("q1"), queue.addAgent(QStringLiteral("shop")),
                         QStringLiteral("shop@example.com"), {QStringLiteral("a@example.net")}, nowMs());
    }
    const auto made = BackupAdmin(source.path()).create(backup, "office secret", true);
    QVERIFY2(made, qPrintable(made.error()));
    QCOMPARE(made->queuedMessages, 1);
    QTemporaryDir parent;
    const QString target = parent.filePath(QStringLiteral("data"));
    BackupPanel panel(target);
    panel.restore(backup, "office secret");
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 30000);
    // The question before it says what the backup's queue does (the same tester learnt it afterwards).
    QVERIFY2(BackupPanel::restoreQuestion(target, backup, made.value())
                 .contains(QStringLiteral("The backup holds 1 queued message as it waited on ")),
             qPrintable(BackupPanel::restoreQuestion(target, backup, made.value())));
    QVERIFY2(panel.text().contains(QStringLiteral("The 1 queued message is restored as it waited on ")) &&
                 panel.text().contains(QStringLiteral("turn delivery off (Settings, Delivery)")),
             qPrintable(panel.text()));

    // Delivery off in the settings restored: said so, and how to turn it on (not to turn off what is off).
    Settings(source.path()).set(QStringLiteral("delivery.enabled"), QStringLiteral("false"));
    const QString offBackup = files.filePath(QStringLiteral("delivery-off.rdbackup"));
    QVERIFY(BackupAdmin(source.path()).create(offBackup, "office secret", true));
    BackupPanel offPanel(parent.filePath(QStringLiteral("off")));
    offPanel.restore(offBackup, "office secret");
    QTRY_VERIFY_WITH_TIMEOUT(!offPanel.isBusy(), 30000);
    QVERIFY2(offPanel.text().contains(QStringLiteral("and delivery is off in the restored settings")) &&
                 offPanel.text().contains(QStringLiteral("then turn delivery on (Settings, Delivery)")) &&
                 !offPanel.text().contains(QStringLiteral("turn delivery off")),
             qPrintable(offPanel.text()));
}

void TestBackupDialogs::quitWorksAfterAFailedRestore()
{
    // The reported defect: after a restore with a wrong passphrase, File > Quit and Ctrl+Q did nothing.
    QTemporaryDir files;
    const QString backup = files.filePath(QStringLiteral("office.rdbackup"));
    QVERIFY(writeBackup(backup));
    Test::TempDataDir target;
    createAgent(target.path(), QStringLiteral("scanner"));
    QApplication::setQuitOnLastWindowClosed(false); // as runGui: only Quit ends the application
    MainWindow window(target.path());
    int quits = 0;
    WindowLifetime lifetime(&window, [&quits]() {
        ++quits;
        QApplication::quit();
    });
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::SettingsPageIndex);
    auto* restore = window.findChild<QPushButton*>(QStringLiteral("restoreConfiguration"));
    QVERIFY(restore);
    QTRY_VERIFY(restore->isEnabledTo(nullptr));
    ModalScript script({chooseFile(backup),
                        typePassphrase(QStringLiteral("not it"), false),
                        {QStringLiteral("confirmRestore"), [](QWidget* widget) {
                             qobject_cast<QMessageBox*>(widget)->button(QMessageBox::Yes)->click();
                         }}});
    restore->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window.settingsPage()->backupPanel()->isBusy(), 30000);
    QTRY_VERIFY(window.settingsPage()->backupPanel()->text().contains(QStringLiteral("wrong passphrase")));
    QVERIFY2(!window.settingsPage()->hasUnsavedChanges(),
             qPrintable(window.settingsPage()->unsavedChanges().join(QLatin1Char(','))));

    auto* quit = window.findChild<QAction*>(QStringLiteral("quitAction"));
    QVERIFY(quit);
    QTimer watchdog;
    watchdog.setSingleShot(true);
    connect(&watchdog, &QTimer::timeout, qApp, []() { QCoreApplication::exit(-1); });
    watchdog.start(10000);
    QTimer::singleShot(0, quit, &QAction::trigger);
    QCOMPARE(QApplication::exec(), 0);
    QCOMPARE(quits, 1);
    QVERIFY(!window.isVisible());
}

QTEST_MAIN(TestBackupDialogs)
#include "tst_backupdialogs.moc"
