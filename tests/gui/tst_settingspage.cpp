// GUI tests of the Settings page on the offscreen platform: loading and saving off the GUI thread, all or
// nothing; values in human units and choices as drop-downs; routes and the password saved with the rest.
#include "core/admin/routeadmin.h"
#include "core/admin/settingsadmin.h"
#include "core/engine/listenercertificate.h"
#include "core/routing/routestore.h"
#include "core/store/database.h"
#include "core/store/nodeidentity.h"
#include "core/store/noderegistry.h"
#include "core/store/settings.h"
#include "core/tls/certificategenerator.h"
#include "core/tls/tlscontext.h"
#include "tests/gui/boxanswer.h"
#include "tests/support/queuefixture.h"
#include "tests/support/tempdatadir.h"
#include "ui/certificatepanel.h"
#include "ui/livefeed.h"
#include "ui/restartbanner.h"
#include "ui/routeseditor.h"
#include "ui/settingcatalog.h"
#include "ui/settingfield.h"
#include "ui/settingspage.h"
#include "ui/settingssave.h"
#include "ui/translations.h"
#include "windowtour.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

using namespace RelayDesk;

class TestSettingsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aNodesHostNameIsSavedForThatNodeOnly();
    void loadsStoredValues();
    void aFileIsChosenNotTyped();
    void durationsOutOfOrderSayWhatToDo();
    void everyValueTypedBelowTheSmallestIsListed();
    void showsAndTakesHumanUnits();
    void aValueTheFieldChangedIsSavedOnlyWhenConfirmed();
    void keepsAnUntouchedValueExactly();
    void boundsFollowTheUnit();
    void aNewUnitKeepsTheDuration();
    void theWheelScrollsPastFields();
    void offersChoicesAsADropDown();
    void savesAllOrNothing();
    void aChangeMadeElsewhereIsNotOverwrittenUnseen();
    void aChangeFollowedIsNamedInTheStatusLine();
    void aPasswordStoredElsewhereIsShown();
    void generatesSelfSignedCertificate();
    void showsTheCertificateTheRelayGeneratesLater();
    void showsAndSavesTheGeneratedCertificate();
    void followsACertificateTheRelayMadeAgain();
    void importsPkcs12();
    void routesAreSavedWithThePage();
    void deleteAsksBeforeRemovingARoute();
    void aRouteLogsInWithAVerifiedCertificateOnly();
    void aRouteKeepsItsCaFileWhenReplacedHere();
    void refusesAMismatchedPemPair();
    void refusesAnExpiredPkcs12();
    void routesRefuseAnOwnListenerOnSave();
    void aPortAnotherProgramHoldsIsNotSaved();
    void aListenerOpensToEveryAddressOnItsOwnPort();
    void keepingLessHistoryIsAskedFirst();
    void aShorterGiveUpTimeThatBouncesMailIsAskedFirst();
    void listenerClashInTheWindowsLanguage(); // the German translation stays installed after it
    void certificateRefusalsInTheWindowsLanguage();
    void anotherHostsCertificateIsAskedFirst();
    void aBrokenPairIsRefusedBeforeTheNameQuestion();
    void aUserNameNeedsItsPassword();
};

namespace {

/// base.crt and base.key, a self-signed pair for host, valid for days (negative: expired that long ago).
bool makePair(const QString& base, const QString& host, int days = 825)
{
    return CertificateGenerator::generate(base + QStringLiteral(".crt"), base + QStringLiteral(".key"), host,
                                          days)
        .ok();
}

/// The relay relay.office.test with a key pair for it (own) and one for www.elsewhere.example (other), and
/// its Settings page shown with the certificate panel ready.
struct OtherHostPairs
{
    Test::TempDataDir dir;
    QString other = dir.path() + QStringLiteral("/other");
    QString own = dir.path() + QStringLiteral("/own");
    std::unique_ptr<SettingsPage> page;
    CertificatePanel* panel = nullptr;

    bool prepare()
    {
        if (!Settings(dir.path())
                 .set(QStringLiteral("server.hostname"), QStringLiteral("relay.office.test"))
                 .ok() ||
            !makePair(other, QStringLiteral("www.elsewhere.example")) ||
            !makePair(own, QStringLiteral("relay.office.test")))
            return false;
        page = std::make_unique<SettingsPage>(dir.path());
        page->show();
        if (!QTest::qWaitFor([this] { return !page->isBusy(); }))
            return false;
        panel = page->certificatePanel();
        return QTest::qWaitFor([this] { return !panel->isBusy(); });
    }
};

void typeInto(QSpinBox* spin, const QString& text)
{
    spin->selectAll();
    QTest::keyClicks(spin, text);
}

void clickSave(SettingsPage& page)
{
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveSettings")), Qt::LeftButton);
}

} // namespace

void TestSettingsPage::initTestCase()
{
    // The English plural forms ("1 day", "2 days") come from the English translation, as in the app.
    installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSettingsPage::loadsStoredValues()
{
    Test::TempDataDir dir;
    QVERIFY(Settings(dir.path()).set(QStringLiteral("limits.max_recipients"), QStringLiteral("42")).ok());
    SettingsPage page(dir.path());
    QSignalSpy loaded(&page, &SettingsPage::loaded);
    QVERIFY(page.isBusy()); // reading on the worker
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(!page.isBusy());
    QCOMPARE(page.field(QStringLiteral("limits.max_recipients"))->spinBox()->value(), 42);
    QVERIFY(!page.hasUnsavedChanges());
}

void TestSettingsPage::aFileIsChosenNotTyped()
{
    // An outside tester had to type the path of the CA file the connection test asked for: the field had no
    // file dialog.
    Test::TempDataDir dir;
    QTemporaryDir files;
    const QString ca = files.filePath(QStringLiteral("office-ca.pem"));
    {
        QFile file(ca);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN CERTIFICATE-----\n");
    }
    SettingsPage page(dir.path());
    page.resize(1024, 700);
    page.show();
    QSignalSpy loaded(&page, &SettingsPage::loaded);
    QTRY_COMPARE(loaded.count(), 1);
    SettingField* field = page.field(QStringLiteral("delivery.smarthost_ca_file"));
    QVERIFY(field);
    auto* browse = field->findChild<QPushButton*>(QStringLiteral("browse"));
    QVERIFY(browse);
    QVERIFY(!page.field(QStringLiteral("delivery.smarthost_username"))
                 ->findChild<QPushButton*>(QStringLiteral("browse")));
    bool answered = false;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, &answer, [&]() {
        QFileDialog* dialog = nullptr;
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (widget->isVisible() && widget->objectName() == QStringLiteral("settingFile"))
                dialog = qobject_cast<QFileDialog*>(widget);
        }
        if (!dialog)
            return;
        answer.stop();
        answered = true;
        dialog->setDirectory(files.path());
        // Typed into the dialog's own name field, as a person would.
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        name->clear();
        QTest::keyClicks(name, QFileInfo(ca).fileName());
        dialog->QDialog::accept();
    });
    answer.start();
    browse->click();
    QVERIFY(answered);
    QCOMPARE(field->lineEdit()->text(), ca);
    QVERIFY(page.hasUnsavedChanges());
}

void TestSettingsPage::aValueTheFieldChangedIsSavedOnlyWhenConfirmed()
{
    // A third tester typed 0 into "Connections from one address": the field took 1 and said so in a line the
    // next click did not see, Save stored it, and every application on the office computer was refused its
    // second connection. Save asks first, Cancel the default.
    Test::TempDataDir dir;
    SettingsPage page(dir.path());
    page.show();
    QTRY_VERIFY(!page.isBusy());
    const QString key = QStringLiteral("limits.max_connections_per_address");
    const QString before = Settings(dir.path()).value(key);
    SettingField* field = page.field(key);
    QVERIFY(field);
    field->spinBox()->setFocus();
    typeInto(field->spinBox(), QStringLiteral("0"));
    QTest::keyClick(field->spinBox(), Qt::Key_Return);
    QTRY_VERIFY(!field->clampNote().isEmpty());
    QCOMPARE(field->spinBox()->value(), 1);
    {
        Test::BoxAnswer cancel(QStringLiteral("confirmClampedValues"), Qt::Key_Escape);
        clickSave(page);
        QTRY_VERIFY(cancel.seen());
        QVERIFY(cancel.defaultIsCancel());
        QVERIFY2(cancel.text().contains(QStringLiteral("0 is less than this setting takes")),
                 qPrintable(cancel.text()));
        QTRY_COMPARE(page.statusText(), QStringLiteral("Not saved."));
    }
    QCOMPARE(Settings(dir.path()).value(key), before);
    {
        Test::BoxAnswer yes(QStringLiteral("confirmClampedValues"), 0);
        QSignalSpy saved(&page, &SettingsPage::settingsSaved);
        clickSave(page);
        QTRY_VERIFY(yes.seen());
        QTRY_COMPARE(saved.count(), 1);
    }
    QCOMPARE(Settings(dir.path()).value(key), QStringLiteral("1"));
    // A value typed afterwards is the person's own: saved without the question.
    typeInto(field->spinBox(), QStringLiteral("20"));
    QVERIFY(field->clampNote().isEmpty());
    QSignalSpy saved(&page, &SettingsPage::settingsSaved);
    clickSave(page);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(Settings(dir.path()).value(key), QStringLiteral("20"));
}

void TestSettingsPage::everyValueTypedBelowTheSmallestIsListed()
{
    // An outside tester typed 0 into "Silence allowed" and "Time to start TLS" and clicked Save without
    // Enter: the question named only the first, and typed alone the second was saved as 1 second without one.
    Test::TempDataDir dir;
    SettingsPage page(dir.path());
    page.show();
    QTRY_VERIFY(!page.isBusy());
    const QString idle = QStringLiteral("limits.idle_timeout");
    const QString tls = QStringLiteral("limits.tls_handshake_timeout");
    const QString idleBefore = Settings(dir.path()).value(idle);
    const QString tlsBefore = Settings(dir.path()).value(tls);
    for (const QString& key : {idle, tls}) {
        page.field(key)->spinBox()->setFocus();
        typeInto(page.field(key)->spinBox(), QStringLiteral("0"));
    }
    {
        Test::BoxAnswer cancel(QStringLiteral("confirmClampedValues"), Qt::Key_Escape);
        clickSave(page);
        QTRY_VERIFY(cancel.seen());
        QVERIFY2(cancel.text().contains(SettingCatalog::label(idle)) &&
                     cancel.text().contains(SettingCatalog::label(tls)),
                 qPrintable(cancel.text()));
    }
    QCOMPARE(Settings(dir.path()).value(idle), idleBefore);
    QCOMPARE(Settings(dir.path()).value(tls), tlsBefore);
    // The second alone, in a page opened again.
    SettingsPage again(dir.path());
    again.show();
    QTRY_VERIFY(!again.isBusy());
    again.field(tls)->spinBox()->setFocus();
    typeInto(again.field(tls)->spinBox(), QStringLiteral("0"));
    Test::BoxAnswer cancel(QStringLiteral("confirmClampedValues"), Qt::Key_Escape);
    clickSave(again);
    QTRY_VERIFY(cancel.seen());
    QVERIFY2(cancel.text().contains(SettingCatalog::label(tls)), qPrintable(cancel.text()));
    QCOMPARE(Settings(dir.path()).value(tls), tlsBefore);
}

void TestSettingsPage::showsAndTakesHumanUnits()
{
    Test::TempDataDir dir;
    // Room for a first retry of 2 hours: it may not be longer than the longest wait (SettingOrder).
    QVERIFY(Settings(dir.path()).set(QStringLiteral("delivery.retry_max"), QStringLiteral("10800")));
    SettingsPage page(dir.path());
    page.show();
    QTRY_VERIFY(!page.isBusy());
    // 26214400 octets are 25 MB; 432000 seconds are 5 days; 300 seconds are 5 minutes; 90 days of log.
    SettingField* size = page.field(QStringLiteral("limits.max_message_size"));
    QCOMPARE(size->spinBox()->text(), QStringLiteral("25 MB"));
    SettingField* giveUp = page.field(QStringLiteral("delivery.give_up_after"));
    QCOMPARE(giveUp->spinBox()->value(), 5);
    QCOMPARE(giveUp->unitBox()->currentText(), QStringLiteral("days"));
    SettingField* retry = page.field(QStringLiteral("delivery.retry_first"));
    QCOMPARE(retry->spinBox()->value(), 5);
    QCOMPARE(retry->unitBox()->currentText(), QStringLiteral("minutes"));
    QCOMPARE(page.field(QStringLiteral("retention.log"))->spinBox()->text(), QStringLiteral("90 days"));
    // 0 has words of its own where it is allowed.
    QCOMPARE(page.field(QStringLiteral("retention.bodies"))->spinBox()->text(), QStringLiteral("not kept"));
    QCOMPARE(page.field(QStringLiteral("limits.max_recipients"))->spinBox()->minimum(), 1);

    typeInto(size->spinBox(), QStringLiteral("10"));
    QCOMPARE(size->value(), QStringLiteral("10485760"));
    // A unit typed into the number is not understood, and the field says so where it was typed ("2 GB"
    // was quietly 2 MB for an outside tester).
    QVERIFY(size->problem().isEmpty());
    size->spinBox()->setFocus();
    QTest::keyClicks(size->spinBox(), QStringLiteral(" GB"));
    QTRY_COMPARE(size->problem(), QStringLiteral("Type whole megabytes: 1 GB is 1024 MB."));
    typeInto(size->spinBox(), QStringLiteral("10"));
    QTest::keyClicks(size->spinBox(), QStringLiteral("0"));
    QVERIFY2(size->problem().isEmpty(), qPrintable(size->problem())); // a number again: the hint goes
    // A number above the largest: "600" in a field of at most 512 MB stayed 60 and was saved so (an outside
    // tester). The field takes the largest, and says so.
    typeInto(size->spinBox(), QStringLiteral("60"));
    QTest::keyClicks(size->spinBox(), QStringLiteral("0"));
    QTRY_COMPARE(size->spinBox()->value(), 512);
    QCOMPARE(size->problem(),
             QStringLiteral("600 is more than this setting takes: it is set to the largest, 512 MB."));
    // Typed on past the largest: the whole number is quoted, and no digit lands inside the largest (an
    // outside tester's 99999999 read "1,000,090").
    typeInto(size->spinBox(), QStringLiteral("99999"));
    QTRY_COMPARE(size->problem(),
                 QStringLiteral("99,999 is more than this setting takes: it is set to the largest, 512 MB."));
    QCOMPARE(size->spinBox()->value(), 512);
    // Below the smallest: it went back to what it had without a word, and Save said "Saved." (the same
    // tester typed 0 connections).
    SettingField* recipients = page.field(QStringLiteral("limits.max_recipients"));
    recipients->spinBox()->setFocus();
    typeInto(recipients->spinBox(), QStringLiteral("0"));
    QTest::keyClick(recipients->spinBox(), Qt::Key_Return);
    QTRY_COMPARE(recipients->problem(),
                 QStringLiteral("0 is less than this setting takes: it is set to the smallest, 1."));
    QCOMPARE(recipients->spinBox()->value(), 1);
    typeInto(recipients->spinBox(), QStringLiteral("1000"));
    typeInto(size->spinBox(), QStringLiteral("10"));
    QCOMPARE(size->value(), QStringLiteral("10485760"));
    typeInto(retry->spinBox(), QStringLiteral("2"));
    retry->unitBox()->setCurrentIndex(retry->unitBox()->findData(3600));
    QCOMPARE(retry->unitBox()->currentText(), QStringLiteral("hours"));
    typeInto(page.field(QStringLiteral("retention.log"))->spinBox(), QStringLiteral("1"));
    QCOMPARE(page.field(QStringLiteral("retention.log"))->spinBox()->text(), QStringLiteral("1 day"));
    QVERIFY(page.hasUnsavedChanges());
    QVERIFY(page.statusText().contains(QStringLiteral("Largest message")));

    QSignalSpy saved(&page, &SettingsPage::settingsSaved);
    Test::BoxAnswer shorter(QStringLiteral("confirmShorterRetention"), 0); // 90 days of log to 1: asked first
    clickSave(page);
    QTRY_VERIFY(shorter.seen());
    QTRY_COMPARE(saved.count(), 1);
    const Settings settings(dir.path());
    QCOMPARE(settings.value(QStringLiteral("limits.max_message_size")), QStringLiteral("10485760"));
    QCOMPARE(settings.value(QStringLiteral("delivery.retry_first")), QStringLiteral("7200"));
    QCOMPARE(settings.value(QStringLiteral("retention.log")), QStringLiteral("1"));
    QCOMPARE(saved.first().first().toStringList().size(), 3);
    QVERIFY(!page.hasUnsavedChanges());
    QCOMPARE(size->spinBox()->text(), QStringLiteral("10 MB"));
    // Ctrl+S saves: the Save button was drawn as a default that Enter did not press (an outside tester).
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("saveSettings"))->isDefault());
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    size->spinBox()->setFocus();
    typeInto(size->spinBox(), QStringLiteral("20"));
    QTest::keyClick(size->spinBox(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(saved.count(), 2);
    QCOMPARE(Settings(dir.path()).value(QStringLiteral("limits.max_message_size")),
             QStringLiteral("20971520"));
}

void TestSettingsPage::boundsFollowTheUnit()
{
    // The spin boxes end where the setting does, in the unit shown: no "999999 days" of idle time that the
    // relay would refuse on Save (or, before the bounds, take as a disabled timer).
    Test::TempDataDir dir;
    SettingsPage page(dir.path());
    page.show();
    QTRY_VERIFY(!page.isBusy());
    SettingField* idle = page.field(QStringLiteral("limits.idle_timeout")); // at most a day
    QComboBox* unit = idle->unitBox();
    unit->setCurrentIndex(unit->findData(1));
    QCOMPARE(idle->spinBox()->maximum(), 86400);
    unit->setCurrentIndex(unit->findData(60));
    QCOMPARE(idle->spinBox()->maximum(), 1440);
    unit->setCurrentIndex(unit->findData(3600));
    QCOMPARE(idle->spinBox()->maximum(), 24);
    unit->setCurrentIndex(unit->findData(86400));
    QCOMPARE(idle->spinBox()->maximum(), 1);
    typeInto(idle->spinBox(), QStringLiteral("5"));
    QCOMPARE(idle->value(), QStringLiteral("86400"));
    // A handshake of at most an hour offers no days.
    QComboBox* handshake = page.field(QStringLiteral("limits.tls_handshake_timeout"))->unitBox();
    QCOMPARE(handshake->count(), 3);
    QCOMPARE(handshake->findData(86400), -1);
    QCOMPARE(page.field(QStringLiteral("limits.max_message_size"))->spinBox()->maximum(), 512);
    QCOMPARE(page.field(QStringLiteral("engine.worker_threads"))->spinBox()->maximum(), 64);
    QCOMPARE(page.field(QStringLiteral("auth.verify_memory_mb"))->spinBox()->minimum(), 19);
    QCOMPARE(page.field(QStringLiteral("retention.log"))->spinBox()->maximum(), 36500);
}

void TestSettingsPage::aNewUnitKeepsTheDuration()
{
    // 30 minutes as loaded, shown in hours, was 24 hours (the 30 kept, then cut at a day): a new unit shows
    // a loaded duration in it, rounded to a whole count, and back in its own unit as it was. A number the
    // person typed is the one the chosen unit applies to (showsAndTakesHumanUnits: 2, hours).
    Test::TempDataDir dir;
    QVERIFY(Settings(dir.path()).set(QStringLiteral("limits.idle_timeout"), QStringLiteral("1800")).ok());
    SettingsPage page(dir.path());
    QTRY_VERIFY(!page.isBusy());
    SettingField* idle = page.field(QStringLiteral("limits.idle_timeout"));
    QComboBox* unit = idle->unitBox();
    QSpinBox* spin = idle->spinBox();
    QCOMPARE(unit->currentData().toInt(), 60);
    QCOMPARE(spin->value(), 30);
    unit->setCurrentIndex(unit->findData(3600));
    QCOMPARE(spin->value(), 1);
    QCOMPARE(idle->value(), QStringLiteral("3600"));
    // Save stores what the field shows, so a rounding is said beside it (an outside tester chose days for
    // 5 minutes and saved a whole day without a word).
    QCOMPARE(idle->problem(),
             QStringLiteral("Rounded to a whole number in this unit: 30 minutes becomes 1 hour."));
    unit->setCurrentIndex(unit->findData(60));
    QCOMPARE(spin->value(), 30);
    QCOMPARE(idle->value(), QStringLiteral("1800"));
    QVERIFY(idle->problem().isEmpty());
    QVERIFY(!page.hasUnsavedChanges());
    unit->setCurrentIndex(unit->findData(1));
    QCOMPARE(spin->value(), 1800);
    QVERIFY(idle->problem().isEmpty()); // the same duration
    unit->setCurrentIndex(unit->findData(86400));
    QCOMPARE(spin->value(), 1); // at least one
    QCOMPARE(idle->problem(),
             QStringLiteral("Rounded to a whole number in this unit: 30 minutes becomes 1 day."));
    // The same in German, where the tester saw it.
    Test::WindowTour::useLanguage(QStringLiteral("de_DE"));
    unit->setCurrentIndex(unit->findData(60));
    unit->setCurrentIndex(unit->findData(86400));
    QCOMPARE(idle->problem(),
             QStringLiteral("Auf eine ganze Zahl dieser Einheit gerundet: aus 30 Minuten wird 1 Tag."));
    Test::WindowTour::useLanguage(QStringLiteral("en_US"));
    // 90 minutes: 2 hours to the nearest hour (a session may last that long).
    QVERIFY(Settings(dir.path())
                .setAll({{QStringLiteral("limits.session_timeout"), QStringLiteral("7200")},
                         {QStringLiteral("limits.idle_timeout"), QStringLiteral("5400")}})
                .ok());
    page.load();
    QTRY_VERIFY(!page.isBusy());
    QCOMPARE(spin->value(), 90);
    unit->setCurrentIndex(unit->findData(3600));
    QCOMPARE(spin->value(), 2);
    // Typed, then a unit: the number typed in that unit.
    typeInto(spin, QStringLiteral("3"));
    unit->setCurrentIndex(unit->findData(60));
    QCOMPARE(spin->value(), 3);
    QCOMPARE(idle->value(), QStringLiteral("180"));
}

void TestSettingsPage::theWheelScrollsPastFields()
{
    // A wheel turn over a field the pointer passes on its way down the page is the page's: the field
    // leaves it alone and does not accept it, so that Qt hands it on to the scroll area. The field takes
    // the wheel only once it has the focus.
    Test::TempDataDir dir;
    SettingsPage page(dir.path());
    page.resize(1024, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isBusy());
    // True if target accepted the turn (an ignored one goes on to the parents).
    auto wheel = [](QWidget* target) {
        const QPointF at(target->width() / 2.0, target->height() / 2.0);
        QWheelEvent event(at, target->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(target, &event);
        return event.isAccepted();
    };
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    for (const QString& key : {QStringLiteral("limits.max_recipients"), QStringLiteral("limits.idle_timeout"),
                               QStringLiteral("delivery.smarthost_tls")}) {
        SettingField* field = page.field(key);
        QVERIFY2(field, qPrintable(key));
        QWidget* editor = field->spinBox() ? static_cast<QWidget*>(field->spinBox()) : field->choiceBox();
        QVERIFY2(editor, qPrintable(key));
        page.findChild<QTabWidget*>()->setFocus();
        QVERIFY(!editor->hasFocus());
        QCOMPARE(editor->focusPolicy(), Qt::StrongFocus);
        const QString shown = field->value();
        QVERIFY2(!wheel(editor), qPrintable(key));
        QCOMPARE(field->value(), shown);
        if (QComboBox* unit = field->unitBox()) {
            QCOMPARE(unit->focusPolicy(), Qt::StrongFocus);
            QVERIFY(!wheel(unit));
            QCOMPARE(field->value(), shown);
        }
        // With the focus, the wheel is the field's.
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        wheel(editor);
        QVERIFY2(field->value() != shown, qPrintable(key));
    }
}

void TestSettingsPage::keepsAnUntouchedValueExactly()
{
    Test::TempDataDir dir;
    // Not a whole number of MB or minutes: shown rounded or in seconds, and stored back as it was.
    QVERIFY(Settings(dir.path())
                .setAll({{QStringLiteral("limits.max_message_size"), QStringLiteral("26214401")},
                         {QStringLiteral("limits.idle_timeout"), QStringLiteral("90")}})
                .ok());
    SettingsPage page(dir.path());
    page.show();
    QTRY_VERIFY(!page.isBusy());
    QCOMPARE(page.field(QStringLiteral("limits.max_message_size"))->spinBox()->value(), 25);
    SettingField* idle = page.field(QStringLiteral("limits.idle_timeout"));
    QCOMPARE(idle->spinBox()->value(), 90);
    QCOMPARE(idle->unitBox()->currentText(), QStringLiteral("seconds"));
    QVERIFY(!page.hasUnsavedChanges());
    typeInto(page.field(QStringLiteral("limits.max_recipients"))->spinBox(), QStringLiteral("9"));
    QSignalSpy saved(&page, &SettingsPage::settingsSaved);
    clickSave(page);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toStringList(), QStringList{QStringLiteral("limits.max_recipients")});
    QCOMPARE(Settings(dir.path()).value(QStringLiteral("limits.max_message_size")),
             QStringLiteral("26214401"));
}

void TestSettingsPage::offersChoicesAsADropDown()
{
    Test::TempDataDir dir;
    SettingsPage page(dir.path());
    page.show();
    QTRY_VERIFY(!page.isBusy());
    QComboBox* tls = page.field(QStringLiteral("delivery.smarthost_tls"))->choiceBox();
    QVERIFY(tls);
    QCOMPARE(tls->count(), 3);
    QCOMPARE(tls->currentData().toString(), QStringLiteral("starttls"));
    QCOMPARE(tls->currentText(), QStringLiteral("STARTTLS, required"));
    QStringList values;
    for (int i = 0; i < tls->count(); ++i)
        values << tls->itemData(i).toString();
    QCOMPARE(values, (QStringList{QStringLiteral("starttls"), QStringLiteral("implicit"),
                                  QStringLiteral("opportunistic")}));
    tls->setCurrentIndex(tls->findData(QStringLiteral("implicit")));
    QCOMPARE(tls->currentText(), QStringLiteral("TLS from the start (port 465)"));
    QSignalSpy saved(&page, &SettingsPage::settingsSaved);
    clickSave(page);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(Settings(dir.path()).value(QStringLiteral("delivery.smarthost_tls")),
             QStringLiteral("implicit"));
    // The route encryption is a drop-down in words too.
    auto* routeTls = page.findChild<QComboBox*>(QStringLiteral("routeTls"));
    QCOMPARE(routeTls->itemText(routeTls->findData(QStringLiteral("verify"))),
             QStringLiteral("STARTTLS, verified certificate"));
}

void TestSettingsPage::savesAllOrNothing()
{
    Test::TempDataDir dir;
    SettingsPage page(dir.path());
    page.show();
    QTRY_VERIFY(!page.isBusy());
    const QString before = Settings(dir.path()).value(QStringLiteral("limits.max_recipients"));
    typeInto(page.field(QStringLiteral("limits.max_recipients"))->spinBox(), QStringLiteral("77"));
    QLineEdit* hostname = page.field(QStringLiteral("server.hostname"))->lineEdit();
    hostname->clear();
    QTest::keyClicks(hostname, QStringLiteral("not a host!"));
    QVERIFY(!page.field(QStringLiteral("server.hostname"))->problem().isEmpty()); // said as it is typed

    QSignalSpy saved(&page, &SettingsPage::settingsSaved);
    QSignalSpy failed(&page, &SettingsPage::saveFailed);
    clickSave(page);
    QVERIFY(page.isBusy());
    QVERIFY(!page.findChild<QTabWidget*>()->isEnabled());
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(saved.count(), 0);
    QVERIFY(!page.isBusy());
    // The reason names the field as the window does, never the stored key.
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.startsWith(QStringLiteral("Host name: ")), qPrintable(reason));
    QVERIFY2(!page.statusText().contains(QStringLiteral("server.hostname")), qPrintable(page.statusText()));
    // Nothing half-saved: the valid change is not stored either, and both stay pending.
    QCOMPARE(Settings(dir.path()).value(QStringLiteral("limits.max_recipients")), before);
    QVERIFY(page.hasUnsavedChanges());

    hostname->clear();
    QTest::keyClicks(hostname, QStringLiteral("relay.example.com"));
    clickSave(page);
    QTRY_COMPARE(saved.count(), 1);
    const QStringList keys = saved.first().first().toStringList();
    QVERIFY(keys.contains(QStringLiteral("limits.max_recipients")));
    QVERIFY(keys.contains(QStringLiteral("server.hostname")));
    QCOMPARE(Settings(dir.path()).value(QStringLiteral("limits.max_recipients")), QStringLiteral("77"));
    QCOMPARE(Settings(dir.path()).value(QStringLiteral("server.hostname")),
             QStringLiteral("relay.example.com"));
}

namespace {

QString fingerprintOf(const QString& path)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path);
    return certificates.isEmpty()
               ? QString()
               : QString::fromLatin1(certificates.first().digest(QCryptographicHash::Sha256).toHex(':'))
                     .toUpper();
}

} // namespace

void TestSettingsPage::aChangeMadeElsewhereIsNotOverwrittenUnseen()
{
    // An outside tester set limits.max_recipients with the command line while the page had an edit of it
    // open; Save stored the page's value over it without a word.
    Test::TempDataDir dir;
    SettingsPage page(dir.path());
    page.show();
    QTRY_VERIFY(!page.isBusy());
    const QString key = QStringLiteral("limits.max_recipients");
    typeInto(page.field(key)->spinBox(), QStringLiteral("77"));
    // Elsewhere, meanwhile: the same setting, and another one the page does not change.
    QVERIFY(SettingsAdmin(dir.path())
                .set({{key, QStringLiteral("55")},
                      {QStringLiteral("server.hostname"), QStringLiteral("mx.example.org")}}));

    QSignalSpy saved(&page, &SettingsPage::settingsSaved);
    QSignalSpy failed(&page, &SettingsPage::saveFailed);
    clickSave(page);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(saved.count(), 0);
    const QString reason = failed.first().first().toString();
    // With the value stored meanwhile, in the status line and under the field (an outside tester's note kept
    // speaking of the old value).
    QVERIFY2(reason.startsWith(SettingCatalog::label(key) + QStringLiteral(" (now 55) changed elsewhere")),
             qPrintable(reason));
    bool noted = false;
    for (const QLabel* label : page.field(key)->findChildren<QLabel*>())
        noted = noted ||
                (label->isVisible() && label->text() == QStringLiteral("Changed elsewhere to 55 meanwhile: "
                                                                       "Save stores the value shown here, "
                                                                       "Discard changes shows 55."));
    QVERIFY(noted);
    QCOMPARE(Settings(dir.path()).value(key), QStringLiteral("55")); // not overwritten
    QCOMPARE(page.field(key)->spinBox()->value(), 77);               // the edit is still there
    QVERIFY(page.hasUnsavedChanges());

    // Saved again, knowingly: the page's value wins, and the other setting keeps what was set elsewhere.
    clickSave(page);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(Settings(dir.path()).value(key), QStringLiteral("77"));
    QCOMPARE(Settings(dir.path()).value(QStringLiteral("server.hostname")), QStringLiteral("mx.example.org"));
    QVERIFY(!page.hasUnsavedChanges());
}

void TestSettingsPage::aChangeFollowedIsNamedInTheStatusLine()
{
    // Leftover of the thirty-first session: the status line went blank when the page followed a value stored
    // elsewhere, and a field changed under the person's eyes without a word.
    Test::TempDataDir dir;
    SettingsPage page(dir.path());
    LiveFeed feed;
    page.setLiveFeed(&feed);
    page.show();
    QTRY_VERIFY(!page.isBusy());
    const QString edited = QStringLiteral("limits.max_recipients");
    typeInto(page.field(edited)->spinBox(), QStringLiteral("77"));
    QVERIFY(
        SettingsAdmin(dir.path()).set(QStringLiteral("server.hostname"), QStringLiteral("mx.example.org")));
    StoreChanges written;
    written.written = true;
    Q_EMIT feed.storeChanged(written);
    QTRY_VERIFY2(page.statusText().startsWith(QStringLiteral("Changed elsewhere (the command line or another "
                                                             "window), shown here: Host name.")),
                 qPrintable(page.statusText()));
    // The edit of another setting stays, and stays named as not saved.
    QVERIFY2(page.statusText().contains(QStringLiteral("Not saved yet: ") + SettingCatalog::label(edited)),
             qPrintable(page.statusText()));
    QCOMPARE(page.field(edited)->spinBox()->value(), 77);
}

void TestSettingsPage::aPasswordStoredElsewhereIsShown()
{
    // An outside tester set the smarthost and its password from the command line while the window was open:
    // host, user name and CA file followed, the password field kept saying "none stored" and offered no way
    // to remove it.
    Test::TempDataDir dir;
    SettingsPage page(dir.path());
    LiveFeed feed;
    page.setLiveFeed(&feed);
    page.show();
    QTRY_VERIFY(!page.isBusy());
    auto* password = page.findChild<QLineEdit*>(QStringLiteral("smarthostPassword"));
    auto* forget = page.findChild<QCheckBox*>(QStringLiteral("forgetSmarthostPassword"));
    QVERIFY(forget->isHidden());
    const QString noneStored = password->placeholderText();
    QVERIFY(Settings(dir.path())
                .setAll({{QStringLiteral("delivery.smarthost"), QStringLiteral("sh.test:36160")},
                         {QStringLiteral("delivery.smarthost_username"), QStringLiteral("relayuser")}})
                .ok());
    QVERIFY(RouteAdmin(dir.path()).setSmarthostPassword("s3cret"));
    StoreChanges written;
    written.written = true;
    Q_EMIT feed.storeChanged(written);
    QTRY_VERIFY(!forget->isHidden());
    QVERIFY(password->placeholderText() != noneStored);
    // Removed elsewhere again: said again.
    QVERIFY(RouteAdmin(dir.path()).setSmarthostPassword(QByteArray()));
    QVERIFY(Settings(dir.path()).set(QStringLiteral("delivery.smarthost_username"), QString()).ok());
    Q_EMIT feed.storeChanged(written);
    QTRY_VERIFY(forget->isHidden());
    QCOMPARE(password->placeholderText(), noneStored);
}

void TestSettingsPage::generatesSelfSignedCertificate()
{
    Test::TempDataDir dir;
    CertificatePanel panel(dir.path());
    QSignalSpy changed(&panel, &CertificatePanel::certificateChanged);
    QTRY_VERIFY(!panel.isBusy());
    QVERIFY(panel.text().contains(QStringLiteral("self-signed")));
    QVERIFY(!panel.text().contains(QStringLiteral("tls.")));
    panel.generateSelfSigned(QStringLiteral("relay.example"));
    QVERIFY(panel.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
    const Settings settings(dir.path());
    const QString cert = settings.value(QStringLiteral("tls.certificate"));
    const QString key = settings.value(QStringLiteral("tls.key"));
    QVERIFY(cert.startsWith(dir.path() + QStringLiteral("/tls/")));
    QVERIFY(QFile::exists(cert));
    // User (this process's uid), group and other bits: read and write for the owner only.
    QCOMPARE(QFile::permissions(key) & 0x0FFF, QFileDevice::ReadUser | QFileDevice::WriteUser);
    // The panel shows the fingerprint of the file now configured, and an expiry in the future.
    QVERIFY2(panel.text().contains(fingerprintOf(cert)), qPrintable(panel.text()));
    QVERIFY(changed.first().first().value<CertificateInfo>().expiry > QDateTime::currentDateTimeUtc());
}

// The reported defect: the window opened on a new data directory read the certificate before the relay's
// first start had generated it, and Save certificate... stayed disabled until the window was opened again.
void TestSettingsPage::followsACertificateTheRelayMadeAgain()
{
    // An outside tester changed the hostname: "In use now" named the relay's new certificate, "Configured"
    // kept the old one, and nothing said that clients need the new one.
    Test::TempDataDir dir;
    QVERIFY(TlsContext::load(dir.path(), {}, {}, QStringLiteral("relay.example")));
    const QString cert = dir.path() + QStringLiteral("/tls/cert.pem");
    const QString before = fingerprintOf(cert);
    SettingsPage page(dir.path());
    page.show();
    auto* panel = page.findChild<CertificatePanel*>();
    QVERIFY(panel);
    QTRY_VERIFY2(panel->text().contains(before), qPrintable(panel->text()));
    auto* status = page.findChild<QLabel*>(QStringLiteral("settingsStatus"));
    const QDateTime expiry = QDateTime::currentDateTimeUtc().addDays(365);
    page.setCertificate(expiry, before);
    QTest::qWait(300);
    QVERIFY(!status->text().contains(QStringLiteral("made its certificate again")));
    // What a running relay does for a new hostname, then the fingerprint it reports.
    ListenerCertificate::followHostname(dir.path(), {}, {}, QStringLiteral("relay.office.test"));
    const QString after = fingerprintOf(cert);
    QVERIFY(after != before);
    page.setCertificate(expiry, after);
    QTRY_VERIFY2(panel->text().contains(after), qPrintable(panel->text()));
    QVERIFY(panel->text().contains(QStringLiteral("relay.office.test")));
    QTRY_VERIFY2(status->text().contains(QStringLiteral("made its certificate again")),
                 qPrintable(status->text()));
    // The panel's note stays until it is saved, with the time it was made (an outside tester read it hours
    // later with nothing of when).
    QTRY_VERIFY2(panel->text().contains(
                     QRegularExpression(QStringLiteral("\\nAt [^\\n]*\\d:\\d\\d[^\\n]* the relay made this "
                                                       "certificate again"))),
                 qPrintable(panel->text()));
}

void TestSettingsPage::showsTheCertificateTheRelayGeneratesLater()
{
    Test::TempDataDir dir;
    CertificatePanel panel(dir.path());
    panel.show();
    QTRY_VERIFY(!panel.isBusy());
    QVERIFY(panel.text().contains(QStringLiteral("generates for itself")));
    auto* save = panel.findChild<QPushButton*>(QStringLiteral("saveCertificate"));
    QVERIFY(save);
    QVERIFY(!save->isEnabled());
    QVERIFY(!save->toolTip().isEmpty());
    // What the relay's first start does.
    QVERIFY(TlsContext::load(dir.path(), {}, {}, QStringLiteral("relay.example")));
    const QString cert = dir.path() + QStringLiteral("/tls/cert.pem");
    QVERIFY(QFile::exists(cert));
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000);
    QVERIFY2(panel.text().contains(fingerprintOf(cert)), qPrintable(panel.text()));
}

// The certificate the relay generated at its first start (tls.certificate empty) is shown like an imported
// one, with its file, and "Save certificate..." writes that certificate and never its key.
void TestSettingsPage::showsAndSavesTheGeneratedCertificate()
{
    Test::TempDataDir dir;
    QVERIFY(TlsContext::load(dir.path(), {}, {}, QStringLiteral("relay.example")));
    const QString cert = dir.path() + QStringLiteral("/tls/cert.pem");
    CertificatePanel panel(dir.path());
    panel.resize(800, 300);
    panel.show();
    QTRY_VERIFY(!panel.isBusy());
    QVERIFY2(panel.text().contains(fingerprintOf(cert)), qPrintable(panel.text()));
    QVERIFY2(panel.text().contains(cert), qPrintable(panel.text()));
    QVERIFY(panel.text().contains(QStringLiteral("relay.example")));
    QVERIFY(panel.text().contains(QStringLiteral("Self-signed")));
    QVERIFY(panel.text().contains(QStringLiteral("Expires")));
    // The RSA pair generated beside it for TLS 1.2 devices that offer only RSA suites (an outside tester).
    const QString rsaCert = dir.path() + QStringLiteral("/tls/cert-rsa.pem");
    QVERIFY2(panel.text().contains(
                 QStringLiteral("An RSA certificate for older devices is served too (%1).").arg(rsaCert)),
             qPrintable(panel.text()));

    auto* save = panel.findChild<QPushButton*>(QStringLiteral("saveCertificate"));
    QVERIFY(save);
    QTRY_VERIFY(save->isEnabled());
    QSignalSpy saved(&panel, &CertificatePanel::saved);
    QSignalSpy saveFailed(&panel, &CertificatePanel::saveFailed);
    // The click opens Qt's own file dialog (offscreen has no native one); the test names the file in it.
    bool dialogSeen = false;
    const auto saveAs = [&](const QString& file) {
        dialogSeen = false;
        QTimer::singleShot(0, &panel, [&dialogSeen, file]() {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            dialogSeen = dialog != nullptr;
            if (!dialog)
                return;
            dialog->selectFile(file);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog's own accept(), public in QDialog
        });
        QTest::mouseClick(save, Qt::LeftButton);
    };
    // Never into the data directory: an outside tester saved the certificate over the live store (a file
    // that is not there yet here, or the file dialog would first ask whether to replace it).
    saveAs(dir.path() + QStringLiteral("/exported.pem"));
    QVERIFY(dialogSeen);
    QTRY_COMPARE_WITH_TIMEOUT(saveFailed.count(), 1, 20000);
    QVERIFY2(saveFailed.first().first().toString().contains(QStringLiteral("is inside the data directory")),
             qPrintable(saveFailed.first().first().toString()));
    QVERIFY(saved.isEmpty());
    QTRY_VERIFY(save->isEnabled());
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(QStringLiteral("exported.pem"));
    saveAs(target);
    QVERIFY(dialogSeen);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    QCOMPARE(saved.first().first().toString(), target);
    QFile exported(target);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray pem = exported.readAll();
    QVERIFY(!pem.contains("PRIVATE KEY"));
    QCOMPARE(fingerprintOf(target), fingerprintOf(cert));
    QFile original(cert);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QFile rsa(rsaCert);
    QVERIFY(rsa.open(QIODevice::ReadOnly));
    // Both self-signed certificates: a client that trusts the file trusts whichever one it is shown.
    QCOMPARE(pem, original.readAll() + rsa.readAll());
    QTRY_VERIFY(!panel.isBusy());
}

void TestSettingsPage::importsPkcs12()
{
    Test::TempDataDir dir;
    const QString source = dir.path() + QStringLiteral("/source");
    QVERIFY(makePair(source, QStringLiteral("mail.example")));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
                   source + QStringLiteral(".crt"), QStringLiteral("-inkey"), source + QStringLiteral(".key"),
                   QStringLiteral("-out"), source + QStringLiteral(".p12"), QStringLiteral("-passout"),
                   QStringLiteral("pass:s3cret")});
    if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0)
        QSKIP("the openssl command is needed to make a PKCS#12 file");

    CertificatePanel panel(dir.path());
    QTRY_VERIFY(!panel.isBusy());
    QSignalSpy changed(&panel, &CertificatePanel::certificateChanged);
    QSignalSpy failed(&panel, &CertificatePanel::failed);
    panel.importPkcs12(source + QStringLiteral(".p12"), "wrong");
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(Settings(dir.path()).value(QStringLiteral("tls.certificate")).isEmpty()); // nothing changed

    panel.importPkcs12(source + QStringLiteral(".p12"), "s3cret");
    QTRY_COMPARE(changed.count(), 1);
    const Settings settings(dir.path());
    const QString cert = settings.value(QStringLiteral("tls.certificate"));
    const QString key = settings.value(QStringLiteral("tls.key"));
    QCOMPARE(fingerprintOf(cert), fingerprintOf(source + QStringLiteral(".crt")));
    // User (this process's uid), group and other bits: read and write for the owner only.
    QCOMPARE(QFile::permissions(key) & 0x0FFF, QFileDevice::ReadUser | QFileDevice::WriteUser);
    QVERIFY(panel.text().contains(fingerprintOf(cert)));
    // The written key is the certificate's: the settings validators accept the pair.
    QVERIFY(Settings::definition(QStringLiteral("tls.key"))->validate(key).isEmpty());
}

void TestSettingsPage::routesAreSavedWithThePage()
{
    Test::TempDataDir dir;
    SettingsPage page(dir.path());
    page.show();
    RoutesEditor* editor = page.routesEditor();
    QTRY_VERIFY(!page.isBusy());
    QCOMPARE(editor->routeCount(), 0);
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("routePattern")),
                     QStringLiteral("*.example.com"));
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("routeHost")),
                     QStringLiteral("mx.example.net"));
    auto* tls = editor->findChild<QComboBox*>(QStringLiteral("routeTls"));
    tls->setCurrentIndex(tls->findData(QStringLiteral("required")));
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addRoute")), Qt::LeftButton);
    QCOMPARE(editor->routeCount(), 1);
    // Pending, like any other field: nothing is stored before Save.
    QCOMPARE(RouteStore(dir.path()).routes()->size(), 0);
    QVERIFY(page.hasUnsavedChanges());
    QVERIFY(page.unsavedChanges().contains(QStringLiteral("Routes")));

    // A bad pattern is refused at once with the reason, and nothing is added.
    QSignalSpy refused(editor, &RoutesEditor::routeSaveFailed);
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("routePattern")),
                     QStringLiteral("not a domain"));
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("routeHost")),
                     QStringLiteral("mx.example.net"));
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addRoute")), Qt::LeftButton);
    QCOMPARE(refused.count(), 1);
    QVERIFY(!editor->problem().isEmpty());
    QCOMPARE(editor->routeCount(), 1);

    QSignalSpy saved(&page, &SettingsPage::settingsSaved);
    clickSave(page);
    QTRY_COMPARE(saved.count(), 1);
    const auto routes = RouteStore(dir.path()).routes();
    QVERIFY(routes.ok());
    QCOMPARE(routes->size(), 1);
    QCOMPARE(routes->first().pattern, QStringLiteral("*.example.com"));
    QCOMPARE(routes->first().host, QStringLiteral("mx.example.net"));
    QCOMPARE(routes->first().tls, TlsPolicy::Required);
    QVERIFY(!page.hasUnsavedChanges());

    // Remove, then Discard changes: asked first (Cancel, the default, keeps the edit: an outside tester's
    // edits were gone without a word), then the route is back and nothing was stored.
    auto* table = editor->findChild<QTableWidget*>(QStringLiteral("routes"));
    table->selectRow(0);
    {
        Test::BoxAnswer remove(QStringLiteral("confirmRemoveRoute"), 0);
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("removeRoute")), Qt::LeftButton);
        QVERIFY(remove.seen());
    }
    QCOMPARE(editor->routeCount(), 0);
    {
        Test::BoxAnswer cancel(QStringLiteral("confirmDiscardSettings"), Qt::Key_Return);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("revertSettings")), Qt::LeftButton);
        QTRY_VERIFY(cancel.seen());
        QVERIFY(cancel.defaultIsCancel());
        QVERIFY2(cancel.text().contains(QStringLiteral("Routes")), qPrintable(cancel.text()));
    }
    QTest::qWait(100);
    QCOMPARE(editor->routeCount(), 0);
    QVERIFY(page.hasUnsavedChanges());
    {
        Test::BoxAnswer discard(QStringLiteral("confirmDiscardSettings"), 0);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("revertSettings")), Qt::LeftButton);
        QTRY_VERIFY(discard.seen());
    }
    QTRY_COMPARE(editor->routeCount(), 1);
    QTRY_VERIFY(!page.isBusy());
    QVERIFY(!page.hasUnsavedChanges());

    table->selectRow(0);
    {
        Test::BoxAnswer remove(QStringLiteral("confirmRemoveRoute"), 0);
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("removeRoute")), Qt::LeftButton);
        QVERIFY(remove.seen());
    }
    clickSave(page);
    QTRY_COMPARE(saved.count(), 2);
    QCOMPARE(RouteStore(dir.path()).routes()->size(), 0);
}

void TestSettingsPage::deleteAsksBeforeRemovingARoute()
{
    // An outside tester pressed Delete in the routes table: the route was gone without a question, and the
    // fields below still showed it.
    Test::TempDataDir dir;
    for (const QString& pattern : {QStringLiteral("a-partner.test"), QStringLiteral("b-partner.test")}) {
        const auto route = RouteAdmin::parseRoute(
            pattern, QStringLiteral("mx.") + pattern + QStringLiteral(":2525"), QStringLiteral("required"));
        QVERIFY2(route, qPrintable(route.error()));
        QVERIFY(RouteAdmin(dir.path()).setRoute(route.value()));
    }
    SettingsPage page(dir.path());
    page.show();
    RoutesEditor* editor = page.routesEditor();
    QTRY_VERIFY(!page.isBusy());
    QTRY_COMPARE(editor->routeCount(), 2);
    auto* table = editor->findChild<QTableWidget*>(QStringLiteral("routes"));
    auto* pattern = editor->findChild<QLineEdit*>(QStringLiteral("routePattern"));
    auto* host = editor->findChild<QLineEdit*>(QStringLiteral("routeHost"));
    for (QTabWidget* tabs : page.findChildren<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(editor))
                tabs->setCurrentIndex(i);
        }
    }
    QVERIFY(table->isVisible());
    // The offscreen platform gives the window back its activation and focus after a box only when asked.
    const auto focusTable = [&]() {
        QApplication::setActiveWindow(&page);
        return QTest::qWaitForWindowActive(&page) && (table->setFocus(), table->hasFocus());
    };
    QVERIFY(focusTable());
    table->selectRow(0);
    QCOMPARE(pattern->text(), QStringLiteral("a-partner.test"));
    for (const int key : {int(Qt::Key_Return), int(Qt::Key_Escape)}) { // Cancel is the default: kept
        Test::BoxAnswer keep(QStringLiteral("confirmRemoveRoute"), key);
        QTest::keyClick(table, Qt::Key_Delete);
        QTRY_VERIFY(keep.seen());
        QVERIFY(keep.defaultIsCancel());
        QVERIFY2(keep.text().contains(QStringLiteral("a-partner.test")), qPrintable(keep.text()));
        QCOMPARE(editor->routeCount(), 2);
        QVERIFY(!page.hasUnsavedChanges());
        QVERIFY(focusTable());
    }
    Test::BoxAnswer remove(QStringLiteral("confirmRemoveRoute"), 0);
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_VERIFY(remove.seen());
    QCOMPARE(editor->routeCount(), 1);
    QCOMPARE(editor->routes().first().pattern, QStringLiteral("b-partner.test"));
    QVERIFY(page.hasUnsavedChanges());
    // The fields no longer show the removed route, and nothing else is aimed at by the next Delete.
    QVERIFY2(pattern->text().isEmpty(), qPrintable(pattern->text()));
    QVERIFY2(host->text().isEmpty(), qPrintable(host->text()));
    QCOMPARE(editor->findChild<QSpinBox*>(QStringLiteral("routePort"))->value(), 25);
    QVERIFY(table->selectedItems().isEmpty());
    QVERIFY(!editor->findChild<QPushButton*>(QStringLiteral("removeRoute"))->isEnabled());
}

void TestSettingsPage::refusesAMismatchedPemPair()
{
    Test::TempDataDir dir;
    const QString a = dir.path() + QStringLiteral("/a"), b = dir.path() + QStringLiteral("/b");
    QVERIFY(makePair(a, QStringLiteral("a.example")));
    QVERIFY(makePair(b, QStringLiteral("b.example")));
    SettingsPage page(dir.path());
    page.show();
    QTRY_VERIFY(!page.isBusy());
    CertificatePanel* panel = page.certificatePanel();
    QTRY_VERIFY(!panel->isBusy());
    // What "Import PEM..." does after its two file dialogs.
    QSignalSpy failed(panel, &CertificatePanel::failed);
    QSignalSpy changed(panel, &CertificatePanel::certificateChanged);
    panel->importPem(a + QStringLiteral(".crt"), b + QStringLiteral(".key"));
    QTRY_COMPARE(failed.count(), 1);
    const QString error = failed.first().first().toString();
    QVERIFY2(error.contains(QStringLiteral("does not belong to the certificate")), qPrintable(error));
    QVERIFY(Settings(dir.path()).value(QStringLiteral("tls.certificate")).isEmpty());
    QVERIFY(page.restartBanner()->isHidden());
    // A pair that belongs together is installed at once, and a running relay applies it: no restart.
    panel->importPem(a + QStringLiteral(".crt"), a + QStringLiteral(".key"));
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(!Settings(dir.path()).value(QStringLiteral("tls.key")).isEmpty());
    QVERIFY(page.restartBanner()->isHidden());
    QVERIFY(!page.hasUnsavedChanges());
    // A failed import over it leaves it in use, and the panel keeps showing it, with why nothing changed
    // (the failure stood in its place with Save greyed, read as "no usable certificate now": an outside
    // tester).
    const QString inUse = panel->text();
    QVERIFY2(inUse.contains(QStringLiteral("a.example")), qPrintable(inUse));
    auto* save = panel->findChild<QPushButton*>(QStringLiteral("saveCertificate"));
    panel->importPem(b + QStringLiteral(".crt"), a + QStringLiteral(".key"));
    QTRY_COMPARE(failed.count(), 2);
    QTRY_VERIFY2(panel->text().contains(QStringLiteral("a.example")), qPrintable(panel->text()));
    QVERIFY2(
        panel->text().contains(QStringLiteral("Still in use: the last change failed and changed nothing")),
        qPrintable(panel->text()));
    QVERIFY(panel->text().contains(QStringLiteral("does not belong to the certificate")));
    QVERIFY(!panel->text().contains(QStringLiteral("Cannot use the certificate")));
    QVERIFY(save->isEnabled());
    // The next change that works clears the note.
    panel->importPem(b + QStringLiteral(".crt"), b + QStringLiteral(".key"));
    QTRY_COMPARE(changed.count(), 2);
    QTRY_VERIFY2(panel->text().contains(QStringLiteral("b.example")), qPrintable(panel->text()));
    QVERIFY(!panel->text().contains(QStringLiteral("Still in use")));

    // The page's status line said "Certificate installed." on every other tab too, where it read as about
    // that tab (an outside tester): it gives way on another tab, to the page's own unsaved changes.
    auto* tabs = page.findChild<QTabWidget*>();
    tabs->setCurrentIndex(1); // Security, where the certificate is
    QCOMPARE(page.statusText(), QStringLiteral("Certificate installed."));
    const QString edited = QStringLiteral("limits.max_recipients");
    typeInto(page.field(edited)->spinBox(), QStringLiteral("77"));
    panel->importPem(a + QStringLiteral(".crt"), a + QStringLiteral(".key"));
    QTRY_COMPARE(changed.count(), 3);
    QCOMPARE(page.statusText(), QStringLiteral("Certificate installed."));
    tabs->setCurrentIndex(2);
    QCOMPARE(page.statusText(), QStringLiteral("Not saved yet: %1.").arg(SettingCatalog::label(edited)));
    tabs->setCurrentIndex(1);
    QCOMPARE(page.statusText(), QStringLiteral("Not saved yet: %1.").arg(SettingCatalog::label(edited)));
}

void TestSettingsPage::refusesAnExpiredPkcs12()
{
    Test::TempDataDir dir;
    const QString source = dir.path() + QStringLiteral("/old");
    QVERIFY(makePair(source, QStringLiteral("old.example"), -1));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
                   source + QStringLiteral(".crt"), QStringLiteral("-inkey"), source + QStringLiteral(".key"),
                   QStringLiteral("-out"), source + QStringLiteral(".p12"), QStringLiteral("-passout"),
                   QStringLiteral("pass:s3cret")});
    if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0)
        QSKIP("the openssl command is needed to make a PKCS#12 file");
    CertificatePanel panel(dir.path());
    QTRY_VERIFY(!panel.isBusy());
    QSignalSpy failed(&panel, &CertificatePanel::failed);
    panel.importPkcs12(source + QStringLiteral(".p12"), "s3cret");
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("expired on")),
             qPrintable(failed.first().first().toString()));
    QVERIFY2(panel.text().contains(QStringLiteral("expired on")), qPrintable(panel.text()));
    QVERIFY(Settings(dir.path()).value(QStringLiteral("tls.certificate")).isEmpty());
    // The refused import leaves no files behind in tls/.
    QCOMPARE(QDir(dir.path() + QStringLiteral("/tls")).entryList({QStringLiteral("imported-*")}, QDir::Files),
             QStringList());
}

/// A route's login (a leftover: only the smarthost could log in): the fields only where the certificate is
/// verified, the password stored as a secret and never shown, kept when the route is replaced under the same
/// user name, and the page not left "unsaved" by it.
void TestSettingsPage::aRouteLogsInWithAVerifiedCertificateOnly()
{
    Test::TempDataDir dir;
    SettingsPage page(dir.path());
    page.show();
    RoutesEditor* editor = page.routesEditor();
    QTRY_VERIFY(!page.isBusy());
    auto* username = editor->findChild<QLineEdit*>(QStringLiteral("routeUsername"));
    auto* password = editor->findChild<QLineEdit*>(QStringLiteral("routePassword"));
    auto* tls = editor->findChild<QComboBox*>(QStringLiteral("routeTls"));
    QVERIFY(username && password && tls);
    tls->setCurrentIndex(tls->findData(QStringLiteral("required")));
    QVERIFY(!username->isEnabled() && !password->isEnabled());
    QVERIFY(username->toolTip().contains(QLatin1String("verified certificate")));
    tls->setCurrentIndex(tls->findData(QStringLiteral("verify")));
    QVERIFY(username->isEnabled() && password->isEnabled());
    QCOMPARE(password->echoMode(), QLineEdit::Password);

    const auto add = [&](const QString& user, const QString& secret) {
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("routePattern")),
                         QStringLiteral("partner.test"));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("routeHost")),
                         QStringLiteral("mx.partner.test"));
        QTest::keyClicks(username, user);
        QTest::keyClicks(password, secret);
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addRoute")), Qt::LeftButton);
    };
    // A user name without its password is refused where it is typed.
    add(QStringLiteral("office"), QString());
    QVERIFY2(editor->problem().contains(QLatin1String("Enter the password for office")),
             qPrintable(editor->problem()));
    QCOMPARE(editor->routeCount(), 0);
    editor->findChild<QLineEdit*>(QStringLiteral("routePattern"))->clear();
    editor->findChild<QLineEdit*>(QStringLiteral("routeHost"))->clear();
    username->clear();
    add(QStringLiteral("office"), QStringLiteral("r0ute-s3cret"));
    QCOMPARE(editor->routeCount(), 1);
    auto* table = editor->findChild<QTableWidget*>(QStringLiteral("routes"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("office"));
    QVERIFY(password->text().isEmpty()); // not left in the field

    QSignalSpy saved(&page, &SettingsPage::settingsSaved);
    clickSave(page);
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(!page.hasUnsavedChanges());
    QCOMPARE(RouteStore(dir.path()).load()->routeFor(QStringLiteral("partner.test")).password,
             QByteArray("r0ute-s3cret"));
    // Another port under the same user name, no password typed: the stored one stays.
    tls->setCurrentIndex(tls->findData(QStringLiteral("verify")));
    editor->findChild<QSpinBox*>(QStringLiteral("routePort"))->setValue(587);
    add(QStringLiteral("office"), QString());
    QVERIFY2(editor->problem().isEmpty(), qPrintable(editor->problem()));
    clickSave(page);
    QTRY_COMPARE(saved.count(), 2);
    const Route route = RouteStore(dir.path()).load()->routeFor(QStringLiteral("partner.test"));
    QCOMPARE(route.port, quint16(587));
    QCOMPARE(route.password, QByteArray("r0ute-s3cret"));
    QVERIFY(!page.hasUnsavedChanges());
    // TLS from the first byte is port 465's: the port follows the mode while it is the other's default.
    editor->findChild<QSpinBox*>(QStringLiteral("routePort"))->setValue(25);
    tls->setCurrentIndex(tls->findData(QStringLiteral("implicit")));
    QCOMPARE(editor->findChild<QSpinBox*>(QStringLiteral("routePort"))->value(), 465);
    tls->setCurrentIndex(tls->findData(QStringLiteral("verify")));
    QCOMPARE(editor->findChild<QSpinBox*>(QStringLiteral("routePort"))->value(), 25);
}

/// A route's CA file, set on the command line (the page has no field for it), stays when the route is
/// replaced here with another port: it went, and the partner's mail was deferred (an outside tester).
void TestSettingsPage::aRouteKeepsItsCaFileWhenReplacedHere()
{
    Test::TempDataDir dir;
    QTemporaryDir files;
    const QString ca = files.filePath(QStringLiteral("ca.pem"));
    {
        QFile file(ca);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QSslCertificate::fromPath(QStringLiteral("/etc/ssl/certs/ca-certificates.crt")).value(0).toPem());
    }
    auto entry = RouteAdmin::parseRoute(QStringLiteral("partner.test"),
                                        QStringLiteral("mx.partner.test:2525"), QStringLiteral("verify"), ca);
    QVERIFY2(entry, qPrintable(entry.error()));
    QVERIFY(RouteStore(dir.path()).setRoute(entry.value()).ok());
    SettingsPage page(dir.path());
    page.show();
    RoutesEditor* editor = page.routesEditor();
    QTRY_VERIFY(!page.isBusy()); // Save is ignored while the page reads the store (slower on PostgreSQL)
    QTRY_COMPARE(editor->routeCount(), 1);
    auto* table = editor->findChild<QTableWidget*>(QStringLiteral("routes"));
    QVERIFY2(table->item(0, 3)->text().contains(QStringLiteral("CA file ") + ca),
             qPrintable(table->item(0, 3)->text()));
    auto* tls = editor->findChild<QComboBox*>(QStringLiteral("routeTls"));
    // Selected, the route is in the fields (an outside tester typed it all again to change the port).
    table->selectRow(0);
    QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("routePattern"))->text(),
             QStringLiteral("partner.test"));
    QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("routeHost"))->text(),
             QStringLiteral("mx.partner.test"));
    QCOMPARE(editor->findChild<QSpinBox*>(QStringLiteral("routePort"))->value(), 2525);
    QCOMPARE(tls->currentData().toString(), QStringLiteral("verify"));
    editor->findChild<QSpinBox*>(QStringLiteral("routePort"))->setValue(587);
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addRoute")), Qt::LeftButton);
    QVERIFY2(editor->problem().isEmpty(), qPrintable(editor->problem()));
    QTRY_VERIFY(!page.isBusy());
    QSignalSpy saved(&page, &SettingsPage::settingsSaved);
    clickSave(page);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
    const RouteEntry stored = RouteStore(dir.path()).routes()->value(0);
    QCOMPARE(stored.port, quint16(587));
    QCOMPARE(stored.trust.mode, PeerTrust::Mode::CaFile);
    QCOMPARE(stored.trust.caFile, ca);
}

void TestSettingsPage::routesRefuseAnOwnListenerOnSave()
{
    Test::TempDataDir dir;
    QVERIFY(Settings(dir.path())
                .set(QStringLiteral("listener.lan.address"), QStringLiteral("0.0.0.0:40025"))
                .ok());
    SettingsPage page(dir.path());
    QSignalSpy routesLoaded(page.routesEditor(), &RoutesEditor::routesLoaded);
    page.show();
    QTRY_VERIFY(!page.isBusy());
    // The routes editor reads on its own worker: a load finishing after the edit would drop the pending
    // route.
    QTRY_VERIFY(routesLoaded.count() >= 1);
    RoutesEditor* editor = page.routesEditor();
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("routePattern")),
                     QStringLiteral("example.com"));
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("routeHost")), QStringLiteral("127.0.0.1"));
    editor->findChild<QSpinBox*>(QStringLiteral("routePort"))->setValue(40025);
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addRoute")), Qt::LeftButton);
    QCOMPARE(editor->routeCount(), 1);
    // A setting changed in the same save is not stored either (an outside tester's first-retry change was
    // saved while the route beside it was refused: "Saved, except route for ...").
    const QString key = QStringLiteral("limits.max_recipients");
    const QString before = Settings(dir.path()).value(key);
    typeInto(page.field(key)->spinBox(), QStringLiteral("77"));
    QSignalSpy failed(&page, &SettingsPage::saveFailed);
    clickSave(page);
    QTRY_COMPARE(failed.count(), 1);
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.contains(QStringLiteral("own lan listener (0.0.0.0:40025)")), qPrintable(reason));
    QCOMPARE(RouteStore(dir.path()).routes()->size(), 0);
    QCOMPARE(Settings(dir.path()).value(key), before);
    QVERIFY2(page.statusText().startsWith(QStringLiteral("Not saved: ")), qPrintable(page.statusText()));
    QVERIFY(page.hasUnsavedChanges()); // still pending, to be corrected
}

void TestSettingsPage::durationsOutOfOrderSayWhatToDo()
{
    // An outside tester: the page took a give-up time shorter than the delay notice without a word, and its
    // refusal of the other direction did not say what to do.
    Test::TempDataDir dir;
    QVERIFY(Settings(dir.path()).set(QStringLiteral("delivery.give_up_after"), QStringLiteral("3600")).ok());
    SettingsPage page(dir.path());
    page.show();
    QTRY_VERIFY(!page.isBusy());
    const QString giveUp = QStringLiteral("delivery.give_up_after");
    typeInto(page.field(giveUp)->spinBox(), QStringLiteral("2"));
    QCOMPARE(page.field(giveUp)->value(), QStringLiteral("7200")); // 2 hours
    QSignalSpy saved(&page, &SettingsPage::settingsSaved);
    clickSave(page);
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY2(page.statusText().startsWith(QStringLiteral(
                 "Saved. Note: \"Give up after\" (2 hours) is shorter than \"Tell the sender of a "
                 "delay after\" (4 hours), so a message is bounced before its delay notice")),
             qPrintable(page.statusText()));
    // Said when one of the two was saved, not after every later save of something else (an outside tester
    // read it under the Listeners tab).
    typeInto(page.field(QStringLiteral("limits.max_recipients"))->spinBox(), QStringLiteral("77"));
    clickSave(page);
    QTRY_COMPARE(saved.count(), 2);
    QCOMPARE(page.statusText(), QStringLiteral("Saved."));

    const QString notice = QStringLiteral("delivery.delay_notice_after");
    typeInto(page.field(notice)->spinBox(), QStringLiteral("6"));
    QCOMPARE(page.field(notice)->value(), QStringLiteral("21600")); // 6 hours
    QSignalSpy failed(&page, &SettingsPage::saveFailed);
    clickSave(page);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(page.statusText().endsWith(
                 QStringLiteral("(0 sends none). Nothing was changed: shorten Tell the sender "
                                "of a delay after or lengthen Give up after (all may "
                                "change before one Save).")),
             qPrintable(page.statusText()));
    QCOMPARE(Settings(dir.path()).value(notice), QStringLiteral("14400"));

    // Two pairs out of order in one Save are named at once (an outside tester learnt of the second only
    // after fixing the first).
    const QString first = QStringLiteral("delivery.retry_first");
    const QString longest = QStringLiteral("delivery.retry_max");
    typeInto(page.field(first)->spinBox(), QStringLiteral("90"));
    QVERIFY2(page.field(first)->value().toLongLong() > Settings(dir.path()).value(longest).toLongLong(),
             qPrintable(page.field(first)->value()));
    clickSave(page);
    QTRY_COMPARE(failed.count(), 2);
    const QString both = page.statusText();
    QVERIFY2(both.contains(QStringLiteral("a message is bounced before its delay notice")) &&
                 both.contains(QStringLiteral("the longest wait between retries cannot be shorter")) &&
                 both.contains(QStringLiteral("shorten Tell the sender of a delay after or lengthen Give up "
                                              "after")) &&
                 both.contains(QStringLiteral("shorten First retry after")),
             qPrintable(both));
    QCOMPARE(Settings(dir.path()).value(notice), QStringLiteral("14400"));
}

void TestSettingsPage::listenerClashInTheWindowsLanguage()
{
    // The store's refusal reaches the page in the person's language (it was English in a German window).
    installTranslators(qApp, QLocale(QLocale::German, QLocale::Germany));
    Test::TempDataDir dir;
    SettingsPage page(dir.path());
    page.show();
    QTRY_VERIFY(!page.isBusy());
    const QString submission = Settings(dir.path()).value(QStringLiteral("listener.submission.address"));
    QLineEdit* smtps = page.field(QStringLiteral("listener.smtps.address"))->lineEdit();
    smtps->clear();
    QTest::keyClicks(smtps, submission);
    QSignalSpy failed(&page, &SettingsPage::saveFailed);
    clickSave(page);
    QTRY_COMPARE(failed.count(), 1);
    const QString reason = failed.first().first().toString();
    installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(reason.contains(QStringLiteral("würden beide auf Port %1 derselben Adresse lauschen")
                                 .arg(submission.section(QLatin1Char(':'), -1))),
             qPrintable(reason));
    // The listeners by the window's names for them, not the settings' (an outside tester read "submission").
    QVERIFY2(reason.contains(QStringLiteral("Empfangsport Submission (")) &&
                 reason.contains(QStringLiteral("Empfangsport SMTPS (")) &&
                 !reason.contains(QStringLiteral("smtps")),
             qPrintable(reason));
    QVERIFY(Settings(dir.path()).value(QStringLiteral("listener.smtps.address")) != submission);
}

void TestSettingsPage::certificateRefusalsInTheWindowsLanguage()
{
    // A key of another certificate, an expired one, a wrong PKCS#12 password: the reason was English in
    // German and French windows, only its frame translated (an outside tester).
    Test::WindowTour::useLanguage(QStringLiteral("de_DE"));
    Test::TempDataDir dir;
    const QString a = dir.path() + QStringLiteral("/a"), b = dir.path() + QStringLiteral("/b");
    QVERIFY(makePair(a, QStringLiteral("a.example")));
    QVERIFY(makePair(b, QStringLiteral("b.example"), -1));
    SettingsPage page(dir.path());
    page.show();
    QTRY_VERIFY(!page.isBusy());
    CertificatePanel* panel = page.certificatePanel();
    QTRY_VERIFY(!panel->isBusy());
    QSignalSpy failed(panel, &CertificatePanel::failed);
    panel->importPem(a + QStringLiteral(".crt"), b + QStringLiteral(".key"));
    QTRY_COMPARE(failed.count(), 1);
    panel->importPem(b + QStringLiteral(".crt"), b + QStringLiteral(".key"));
    QTRY_COMPARE(failed.count(), 2);
    panel->importPkcs12(a + QStringLiteral(".crt"), "wrong");
    QTRY_COMPARE(failed.count(), 3);
    Test::WindowTour::useLanguage(QStringLiteral("en_US"));
    const QString mismatch = failed.at(0).first().toString();
    QVERIFY2(mismatch.contains(QStringLiteral("gehört nicht zum Zertifikat")), qPrintable(mismatch));
    const QString expired = failed.at(1).first().toString();
    QVERIFY2(expired.contains(QStringLiteral("abgelaufen")), qPrintable(expired));
    const QString pkcs12 = failed.at(2).first().toString();
    QVERIFY2(pkcs12.contains(QStringLiteral("keine PKCS#12-Datei")), qPrintable(pkcs12));
}

void TestSettingsPage::anotherHostsCertificateIsAskedFirst()
{
    // A certificate for www.elsewhere.example while the relay is relay.office.test went live at once, the
    // warning only after it, and every application that checks the relay's name failed (an outside tester).
    OtherHostPairs pairs;
    QVERIFY(pairs.prepare());
    CertificatePanel* panel = pairs.panel;
    const QString &other = pairs.other, &own = pairs.own;
    QSignalSpy changed(panel, &CertificatePanel::certificateChanged);
    {
        Test::BoxAnswer cancel(QStringLiteral("confirmOtherHostCertificate"), Qt::Key_Escape);
        panel->importPem(other + QStringLiteral(".crt"), other + QStringLiteral(".key"));
        QTRY_VERIFY(cancel.seen());
        QVERIFY(cancel.defaultIsCancel());
        QVERIFY2(cancel.text().contains(QStringLiteral("names www.elsewhere.example, not relay.office.test")),
                 qPrintable(cancel.text()));
        QTRY_VERIFY(!panel->isBusy());
    }
    QTest::qWait(200);
    QCOMPARE(changed.count(), 0);
    QVERIFY(Settings(pairs.dir.path()).value(QStringLiteral("tls.certificate")).isEmpty());
    QVERIFY(!panel->text().contains(QStringLiteral("Working")));
    {
        Test::BoxAnswer use(QStringLiteral("confirmOtherHostCertificate"), 0); // its action button
        panel->importPem(other + QStringLiteral(".crt"), other + QStringLiteral(".key"));
        QTRY_VERIFY(use.seen());
        QTRY_COMPARE(changed.count(), 1);
    }
    // One that names the relay is not asked about.
    panel->importPem(own + QStringLiteral(".crt"), own + QStringLiteral(".key"));
    QTRY_COMPARE(changed.count(), 2);
}

void TestSettingsPage::aBrokenPairIsRefusedBeforeTheNameQuestion()
{
    // An outside tester chose another host's certificate and a key that was not its own: "This certificate
    // names X, not Y ... Use it anyway?" came first, and only after "Use it" that the key does not belong.
    // A broken pair is refused at once with its reason; the two file dialogs say which file they want.
    OtherHostPairs pairs;
    QVERIFY(pairs.prepare());
    CertificatePanel* panel = pairs.panel;
    const QString &other = pairs.other, &own = pairs.own;
    QSignalSpy failed(panel, &CertificatePanel::failed);
    QSignalSpy changed(panel, &CertificatePanel::certificateChanged);
    // Through the button, as a person: each dialog's title names its file.
    QStringList titles;
    const QStringList chosen{other + QStringLiteral(".crt"), own + QStringLiteral(".key")};
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, &answer, [&]() {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QFileDialog*>(widget);
            if (!dialog || !dialog->isVisible() || titles.size() >= chosen.size())
                continue;
            titles << dialog->windowTitle();
            dialog->setDirectory(pairs.dir.path());
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            name->clear();
            QTest::keyClicks(name, QFileInfo(chosen.at(titles.size() - 1)).fileName());
            dialog->QDialog::accept();
            return;
        }
    });
    answer.start();
    Test::BoxAnswer asked(QStringLiteral("confirmOtherHostCertificate"), Qt::Key_Escape);
    panel->findChild<QPushButton*>(QStringLiteral("importPem"))->click();
    QTRY_COMPARE(failed.count(), 1);
    answer.stop();
    QCOMPARE(titles, (QStringList{QStringLiteral("Choose the certificate (PEM)"),
                                  QStringLiteral("Choose the private key for this certificate")}));
    QTest::qWait(200);
    QVERIFY2(!asked.seen(), qPrintable(asked.text()));
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.contains(QStringLiteral("does not belong to the certificate")), qPrintable(reason));
    QCOMPARE(changed.count(), 0);
    QVERIFY(Settings(pairs.dir.path()).value(QStringLiteral("tls.certificate")).isEmpty());
    QTRY_VERIFY(!panel->isBusy());
}

void TestSettingsPage::aUserNameNeedsItsPassword()
{
    // An outside tester's smarthost got AUTH PLAIN with an empty password: a user name is saved only with a
    // password, typed or already stored, and the page says in a dialog what is missing.
    Test::TempDataDir dir;
    QVERIFY(
        Settings(dir.path()).set(QStringLiteral("delivery.smarthost"), QStringLiteral("sh.test:36160")).ok());
    SettingsPage page(dir.path());
    page.show();
    QTRY_VERIFY(!page.isBusy());
    // No password stored: nothing "unchanged" to keep and nothing to remove (an outside tester saw both).
    auto* password = page.findChild<QLineEdit*>(QStringLiteral("smarthostPassword"));
    auto* forget = page.findChild<QCheckBox*>(QStringLiteral("forgetSmarthostPassword"));
    const QString unchanged = password->placeholderText();
    QVERIFY(forget->isHidden());
    QLineEdit* user = page.field(QStringLiteral("delivery.smarthost_username"))->lineEdit();
    QTest::keyClicks(user, QStringLiteral("relayuser"));
    QSignalSpy failed(&page, &SettingsPage::saveFailed);
    QSignalSpy saved(&page, &SettingsPage::settingsSaved);
    Test::BoxAnswer answer(QStringLiteral("smarthostPasswordMissing"), Qt::Key_Return);
    clickSave(page);
    QTRY_COMPARE(failed.count(), 1);
    QTRY_VERIFY(answer.seen());
    // In the window's language (an earlier test left German installed): the user name is named.
    QVERIFY2(answer.text().contains(QStringLiteral("relayuser")), qPrintable(answer.text()));
    QCOMPARE(Settings(dir.path()).value(QStringLiteral("delivery.smarthost_username")), QString());
    QVERIFY(page.hasUnsavedChanges());
    // With the password typed, both are saved.
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("smarthostPassword")),
                     QStringLiteral("s3cret"));
    clickSave(page);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(Settings(dir.path()).value(QStringLiteral("delivery.smarthost_username")),
             QStringLiteral("relayuser"));
    QCOMPARE(RouteStore(dir.path()).readSmarthostPassword().value(), QByteArray("s3cret"));
    QVERIFY(!forget->isHidden());
    QVERIFY(password->placeholderText() != unchanged);
    // The stored password is kept when only the user name changes; removing it is refused while a user name
    // remains.
    user->clear();
    QTest::keyClicks(user, QStringLiteral("other"));
    clickSave(page);
    QTRY_COMPARE(saved.count(), 2);
    Test::BoxAnswer again(QStringLiteral("smarthostPasswordMissing"), Qt::Key_Return);
    page.findChild<QCheckBox*>(QStringLiteral("forgetSmarthostPassword"))->setChecked(true);
    clickSave(page);
    QTRY_COMPARE(failed.count(), 2);
    QTRY_VERIFY(again.seen());
    QCOMPARE(RouteStore(dir.path()).readSmarthostPassword().value(), QByteArray("s3cret"));
}

QTEST_MAIN(TestSettingsPage)
void TestSettingsPage::aPortAnotherProgramHoldsIsNotSaved()
{
    // An outside tester saved a submission port that another program held: "Saved." and, at once, the
    // working listener closed and the new one down. Refused before anything is stored, as the wizard does.
    Test::TempDataDir dir;
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost, 0));
    const QString taken = QStringLiteral("127.0.0.1:%1").arg(other.serverPort());
    SettingsPage page(dir.path());
    page.show();
    QTRY_VERIFY(!page.isBusy());
    const QString key = QStringLiteral("listener.submission.address");
    const QString before = Settings(dir.path()).value(key);
    QLineEdit* submission = page.field(key)->lineEdit();
    submission->clear();
    QTest::keyClicks(submission, taken);
    QSignalSpy failed(&page, &SettingsPage::saveFailed);
    clickSave(page);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(
        failed.first().first().toString().contains(taken + QStringLiteral(" is in use by another program")),
        qPrintable(failed.first().first().toString()));
    QCOMPARE(Settings(dir.path()).value(key), before);
    // Once the other program lets go, the same address saves.
    other.close();
    QSignalSpy saved(&page, &SettingsPage::settingsSaved);
    clickSave(page);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(Settings(dir.path()).value(key), taken);
}

void TestSettingsPage::aListenerOpensToEveryAddressOnItsOwnPort()
{
    // 127.0.0.1:P to 0.0.0.0:P, to let the office's devices in, was refused as "in use by another program":
    // the program was this relay's own listener, which the relay moves itself (`config set` did it; an
    // outside tester). A socket on the configured address stands in for the running relay's listener.
    Test::TempDataDir dir;
    QTcpServer ownListener;
    QVERIFY(ownListener.listen(QHostAddress::LocalHost, 0));
    const quint16 port = ownListener.serverPort();
    const QString key = QStringLiteral("listener.submission.address");
    QVERIFY(Settings(dir.path()).set(key, QStringLiteral("127.0.0.1:%1").arg(port)));
    SettingsPage page(dir.path());
    page.show();
    QTRY_VERIFY(!page.isBusy());
    QLineEdit* submission = page.field(key)->lineEdit();
    submission->clear();
    QTest::keyClicks(submission, QStringLiteral("0.0.0.0:%1").arg(port));
    QSignalSpy saved(&page, &SettingsPage::settingsSaved);
    clickSave(page);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(Settings(dir.path()).value(key), QStringLiteral("0.0.0.0:%1").arg(port));

    // Another program on another address of the same port is still another program.
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress(QStringLiteral("127.0.0.2")), 0));
    QVERIFY(Settings(dir.path()).set(key, QStringLiteral("127.0.0.1:%1").arg(other.serverPort())));
    SettingsPage again(dir.path());
    again.show();
    QTRY_VERIFY(!again.isBusy());
    submission = again.field(key)->lineEdit();
    submission->clear();
    QTest::keyClicks(submission, QStringLiteral("0.0.0.0:%1").arg(other.serverPort()));
    QSignalSpy failed(&again, &SettingsPage::saveFailed);
    clickSave(again);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral(" is in use by another program")),
             qPrintable(failed.first().first().toString()));
}

void TestSettingsPage::keepingLessHistoryIsAskedFirst()
{
    // 90 days of delivery log cut to 6 was saved without a word (an outside tester): asked, Cancel first.
    Test::TempDataDir dir;
    SettingsPage page(dir.path());
    page.show();
    QTRY_VERIFY(!page.isBusy());
    const QString key = QStringLiteral("retention.log");
    QCOMPARE(Settings(dir.path()).value(key), QStringLiteral("90"));
    typeInto(page.field(key)->spinBox(), QStringLiteral("6"));
    {
        Test::BoxAnswer cancel(QStringLiteral("confirmShorterRetention"), Qt::Key_Escape);
        QSignalSpy failed(&page, &SettingsPage::saveFailed);
        clickSave(page);
        QTRY_VERIFY(cancel.seen());
        QVERIFY(cancel.defaultIsCancel());
        QVERIFY2(cancel.text().contains(QStringLiteral("6 days instead of 90 days")),
                 qPrintable(cancel.text()));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(Settings(dir.path()).value(key), QStringLiteral("90"));
    }
    {
        Test::BoxAnswer yes(QStringLiteral("confirmShorterRetention"), 0);
        QSignalSpy saved(&page, &SettingsPage::settingsSaved);
        clickSave(page);
        QTRY_VERIFY(yes.seen());
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(Settings(dir.path()).value(key), QStringLiteral("6"));
    }
    // Keeping more asks nothing.
    typeInto(page.field(key)->spinBox(), QStringLiteral("30"));
    {
        QSignalSpy saved(&page, &SettingsPage::settingsSaved);
        clickSave(page);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(Settings(dir.path()).value(key), QStringLiteral("30"));
    }
    // 0 keeps nothing at all, and the question says so (an outside tester's read "what is older is deleted").
    typeInto(page.field(key)->spinBox(), QStringLiteral("0"));
    Test::BoxAnswer none(QStringLiteral("confirmShorterRetention"), Qt::Key_Escape);
    clickSave(page);
    QTRY_VERIFY(none.seen());
    QVERIFY2(none.text().contains(QStringLiteral("none kept instead of 30 days: the whole delivery log")),
             qPrintable(none.text()));
    QCOMPARE(Settings(dir.path()).value(key), QStringLiteral("30"));
}

void TestSettingsPage::aShorterGiveUpTimeThatBouncesMailIsAskedFirst()
{
    // An outside tester's two waiting messages bounced within a second of a shorter give-up time, without a
    // word: how many is asked first, Cancel the default.
    Test::TempDataDir dir;
    Test::QueueFixture f(dir.path());
    const qint64 agent = f.addAgent(QStringLiteral("Billing"));
    const qint64 day = 24 * 3600 * 1000LL;
    f.addMessage(QStringLiteral("qold"), agent, QStringLiteral("a@example.com"),
                 {QStringLiteral("x@example.net")}, QDateTime::currentMSecsSinceEpoch() - 3 * day);
    // Held: not tried, so it does not give up until released; a notice of the relay's own: dropped, no sender
    // to tell (an outside tester's question counted both as bouncing with a notice).
    const qint64 held =
        f.addMessage(QStringLiteral("qheld"), agent, QStringLiteral("b@example.com"),
                     {QStringLiteral("y@example.net")}, QDateTime::currentMSecsSinceEpoch() - 3 * day);
    f.scalar(QStringLiteral("UPDATE messages SET held = 1 WHERE id = ?"), {held});
    f.addMessage(QStringLiteral("qnotice"), agent, QString(), {QStringLiteral("a@example.com")},
                 QDateTime::currentMSecsSinceEpoch() - 3 * day);
    SettingsPage page(dir.path());
    page.show();
    QTRY_VERIFY(!page.isBusy());
    const QString key = QStringLiteral("delivery.give_up_after");
    QCOMPARE(Settings(dir.path()).value(key), QStringLiteral("432000")); // 5 days
    typeInto(page.field(key)->spinBox(), QStringLiteral("2")); // 2 days: the 3-day-old message bounces
    {
        Test::BoxAnswer cancel(QStringLiteral("confirmShorterGiveUp"), Qt::Key_Escape);
        QSignalSpy failed(&page, &SettingsPage::saveFailed);
        clickSave(page);
        QTRY_VERIFY(cancel.seen());
        QVERIFY(cancel.defaultIsCancel());
        QVERIFY2(cancel.text().contains(QStringLiteral("1 message in the queue was")) &&
                     cancel.text().contains(QStringLiteral("bounce now")),
                 qPrintable(cancel.text()));
        QVERIFY2(cancel.text().contains(QStringLiteral("1 of the relay's own bounce or delay notices")) &&
                     cancel.text().contains(QStringLiteral("dropped now")),
                 qPrintable(cancel.text()));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(Settings(dir.path()).value(key), QStringLiteral("432000"));
    }
    {
        Test::BoxAnswer yes(QStringLiteral("confirmShorterGiveUp"), 0);
        QSignalSpy saved(&page, &SettingsPage::settingsSaved);
        clickSave(page);
        QTRY_VERIFY(yes.seen());
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(Settings(dir.path()).value(key), QStringLiteral("172800"));
    }
    // A value the retry times refuse is not asked about: the save says why nothing changed (an outside tester
    // confirmed the question and then read that nothing was saved).
    page.field(key)->unitBox()->setCurrentText(QStringLiteral("minutes"));
    typeInto(page.field(key)->spinBox(),
             QStringLiteral("1")); // 1 minute: shorter than the first retry (5 min)
    QCOMPARE(page.field(key)->value(), QStringLiteral("60"));
    {
        Test::BoxAnswer none(QStringLiteral("confirmShorterGiveUp"), Qt::Key_Escape);
        QSignalSpy failed(&page, &SettingsPage::saveFailed);
        clickSave(page);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!none.seen());
        QVERIFY2(page.statusText().contains(QStringLiteral("Nothing was changed")),
                 qPrintable(page.statusText()));
    }
    // Longer asks nothing; nor does shorter when no waiting message is that old.
    typeInto(page.field(key)->spinBox(), QStringLiteral("5760")); // minutes: 4 days
    QSignalSpy longer(&page, &SettingsPage::settingsSaved);
    clickSave(page);
    QTRY_COMPARE(longer.count(), 1);
    f.scalar(QStringLiteral("UPDATE recipients SET state = 'delivered'"));
    typeInto(page.field(key)->spinBox(), QStringLiteral("1")); // shown in days again after the save: 1 day
    QSignalSpy shorter(&page, &SettingsPage::settingsSaved);
    clickSave(page);
    QTRY_COMPARE(shorter.count(), 1);
    QCOMPARE(Settings(dir.path()).value(key), QStringLiteral("86400"));
}

void TestSettingsPage::aNodesHostNameIsSavedForThatNodeOnly()
{
    // "This relay, Host name" saved in one node's window renamed every node sharing the store (an outside
    // tester). With another node on the store, the window's save is this node's own.
    Test::TempDataDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(SettingsAdmin(dir.path())
                .set({{QStringLiteral("server.hostname"), QStringLiteral("relay.office.test")}}));
    const auto shared = [&dir] { // the value in the store, which every node without its own follows
        QSqlQuery query(Database::connection(dir.path()).value());
        query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'server.hostname'"));
        return query.next() ? query.value(0).toString() : QString();
    };
    SettingsSaveRequest alone;
    alone.values = {{QStringLiteral("server.hostname"), QStringLiteral("mail.office.test")}};
    alone.readValues = {{QStringLiteral("server.hostname"), QStringLiteral("relay.office.test")}};
    // One node: the shared setting, as before.
    SettingsSaveResult saved = SettingsSave::run(dir.path(), alone);
    QVERIFY2(saved.settings.ok(), qPrintable(saved.settings.error()));
    QCOMPARE(shared(), QStringLiteral("mail.office.test"));
    QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/node.conf")));

    auto db = Database::connection(dir.path());
    QVERIFY(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(
        NodeRegistry::registerNode(db.value(), {NodeIdentity::of(dir.path()).id, QStringLiteral("relay-a"),
                                                QString(), QStringLiteral("0.1.0"), now, QString()}));
    QVERIFY(
        NodeRegistry::registerNode(db.value(), {QStringLiteral("0123456789abcdef"), QStringLiteral("relay-b"),
                                                QString(), QStringLiteral("0.1.0"), now, QString()}));
    SettingsSaveRequest mine;
    mine.values = {{QStringLiteral("server.hostname"), QStringLiteral("relay-a.office.test")}};
    mine.readValues = {{QStringLiteral("server.hostname"), QStringLiteral("mail.office.test")}};
    saved = SettingsSave::run(dir.path(), mine);
    QVERIFY2(saved.settings.ok(), qPrintable(saved.settings.error()));
    QCOMPARE(saved.saved.value(QStringLiteral("server.hostname")), QStringLiteral("relay-a.office.test"));
    QCOMPARE(Settings(dir.path()).value(QStringLiteral("server.hostname")),
             QStringLiteral("relay-a.office.test"));
    QCOMPARE(shared(), QStringLiteral("mail.office.test"));
    // A name that is not one is refused, and nothing is kept.
    mine.values = {{QStringLiteral("server.hostname"), QStringLiteral("not a name")}};
    mine.readValues = {{QStringLiteral("server.hostname"), QStringLiteral("relay-a.office.test")}};
    saved = SettingsSave::run(dir.path(), mine);
    QVERIFY(!saved.settings.ok());
    QCOMPARE(Settings(dir.path()).value(QStringLiteral("server.hostname")),
             QStringLiteral("relay-a.office.test"));
}

#include "tst_settingspage.moc"
