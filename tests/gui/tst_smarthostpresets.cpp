// GUI tests of the smarthost section of the Settings page on the offscreen platform: the provider presets
// fill host, port and encryption (Amazon SES by region); the certificate options are fields saved with the
// page; the insecure box is red, asks first with Cancel as the default, and shows its warning.
#include "core/admin/routeadmin.h"
#include "core/store/settings.h"
#include "core/tls/certificategenerator.h"
#include "tests/gui/boxanswer.h"
#include "tests/support/tempdatadir.h"
#include "ui/livefeed.h"
#include "ui/settingfield.h"
#include "ui/settingspage.h"
#include "ui/smarthostpreset.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace RelayDesk;

class TestSmarthostPresets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presetsFillHostPortAndEncryption();
    void amazonSesTakesTheRegion();
    void theStoredSmarthostsServiceIsShown();
    void insecureAsksFirstAndIsRed();
    void certificateOptionsAreSaved();
    void anotherServerIsVerifiedAgain();
};

namespace {

/// Chooses the preset named name as a person would: with the keyboard on the drop-down.
void choose(QComboBox* box, const QString& name)
{
    const int index = box->findText(name);
    QVERIFY2(index > 0, qPrintable(name));
    box->setFocus();
    while (box->currentIndex() != index)
        QTest::keyClick(box, box->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
}

QString hostText(SettingsPage& page)
{
    return page.field(QStringLiteral("delivery.smarthost"))->lineEdit()->text();
}

QString tlsValue(SettingsPage& page)
{
    return page.field(QStringLiteral("delivery.smarthost_tls"))->value();
}

} // namespace

void TestSmarthostPresets::presetsFillHostPortAndEncryption()
{
    Test::TempDataDir dir;
    SettingsPage page(dir.path());
    QSignalSpy loaded(&page, &SettingsPage::loaded);
    QTRY_COMPARE(loaded.count(), 1);
    QComboBox* presets = page.smarthostPresets();
    QVERIFY(presets);
    QCOMPARE(presets->count(), int(SmarthostPreset::all().size()) + 1);

    choose(presets, QStringLiteral("Microsoft 365"));
    QCOMPARE(hostText(page), QStringLiteral("smtp.office365.com:587"));
    QCOMPARE(tlsValue(page), QStringLiteral("starttls"));

    choose(presets, QStringLiteral("ZeptoMail (port 465, TLS from the start)"));
    QCOMPARE(hostText(page), QStringLiteral("smtp.zeptomail.com:465"));
    QCOMPARE(tlsValue(page), QStringLiteral("implicit"));

    choose(presets, QStringLiteral("ZeptoMail (port 587, STARTTLS)"));
    QCOMPARE(hostText(page), QStringLiteral("smtp.zeptomail.com:587"));
    QCOMPARE(tlsValue(page), QStringLiteral("starttls"));
    QCOMPARE(page.field(QStringLiteral("delivery.smarthost_username"))->lineEdit()->placeholderText(),
             QStringLiteral("emailapikey"));

    choose(presets, QStringLiteral("Google Workspace SMTP relay"));
    QCOMPARE(hostText(page), QStringLiteral("smtp-relay.gmail.com:587"));
    QCOMPARE(tlsValue(page), QStringLiteral("starttls"));
    QVERIFY(page.smarthostRegion()->isHidden());

    // Generic (the last one, right after Mailgun) leaves the host for the person to type.
    choose(presets, QStringLiteral("Mailgun"));
    QCOMPARE(hostText(page), QStringLiteral("smtp.mailgun.org:587"));
    choose(presets, QStringLiteral("Generic (type host:port)"));
    QCOMPARE(hostText(page), QStringLiteral("smtp.mailgun.org:587"));
    QVERIFY(page.hasUnsavedChanges());
}

void TestSmarthostPresets::amazonSesTakesTheRegion()
{
    Test::TempDataDir dir;
    SettingsPage page(dir.path());
    QSignalSpy loaded(&page, &SettingsPage::loaded);
    QTRY_COMPARE(loaded.count(), 1);
    // The region box is there only for Amazon SES.
    QVERIFY(page.smarthostRegion()->isHidden());
    choose(page.smarthostPresets(), QStringLiteral("Amazon SES"));
    QVERIFY(!page.smarthostRegion()->isHidden());
    QCOMPARE(hostText(page), QStringLiteral("email-smtp.us-east-1.amazonaws.com:587"));
    QComboBox* region = page.smarthostRegion();
    const int euWest1 = region->findText(QStringLiteral("eu-west-1"));
    QVERIFY(euWest1 > 0);
    region->setFocus();
    while (region->currentIndex() != euWest1)
        QTest::keyClick(region, Qt::Key_Down);
    QCOMPARE(hostText(page), QStringLiteral("email-smtp.eu-west-1.amazonaws.com:587"));
    QCOMPARE(tlsValue(page), QStringLiteral("starttls"));
}

void TestSmarthostPresets::theStoredSmarthostsServiceIsShown()
{
    // The wizard set a server with Generic; the Settings page's box read "Choose a mail service..." beside
    // it, as if no smarthost were set (an outside tester). It shows the service the stored server is.
    Test::TempDataDir dir;
    QVERIFY(Settings(dir.path())
                .set(QStringLiteral("delivery.smarthost"), QStringLiteral("mail.office.test:2525")));
    {
        SettingsPage page(dir.path());
        QSignalSpy loaded(&page, &SettingsPage::loaded);
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(page.smarthostPresets()->currentText(), QStringLiteral("Generic (type host:port)"));
        QVERIFY(page.smarthostRegion()->isHidden());
        QVERIFY(!page.hasUnsavedChanges());
    }
    QVERIFY(Settings(dir.path())
                .set(QStringLiteral("delivery.smarthost"),
                     QStringLiteral("email-smtp.eu-west-1.amazonaws.com:587")));
    SettingsPage page(dir.path());
    LiveFeed feed;
    page.setLiveFeed(&feed);
    QSignalSpy loaded(&page, &SettingsPage::loaded);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(page.smarthostPresets()->currentText(), QStringLiteral("Amazon SES"));
    QVERIFY(!page.smarthostRegion()->isHidden());
    QCOMPARE(page.smarthostRegion()->currentText(), QStringLiteral("eu-west-1"));
    QVERIFY(!page.hasUnsavedChanges());
    // Changed elsewhere (the command line): followed.
    QVERIFY(Settings(dir.path())
                .set(QStringLiteral("delivery.smarthost"), QStringLiteral("smtp.sendgrid.net:587")));
    page.show();
    StoreChanges written;
    written.written = true;
    Q_EMIT feed.storeChanged(written);
    QTRY_COMPARE(page.smarthostPresets()->currentText(), QStringLiteral("SendGrid"));
    QVERIFY(page.smarthostRegion()->isHidden());
}

void TestSmarthostPresets::insecureAsksFirstAndIsRed()
{
    Test::TempDataDir dir;
    SettingsPage page(dir.path());
    QSignalSpy loaded(&page, &SettingsPage::loaded);
    QTRY_COMPARE(loaded.count(), 1);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCheckBox* insecure = page.field(QStringLiteral("delivery.smarthost_insecure_skip_verify"))->checkBox();
    QVERIFY(insecure);
    QCOMPARE(insecure->palette().color(QPalette::WindowText), QColor(0xc6, 0x28, 0x28));
    QVERIFY(page.insecureWarning()->isHidden());

    {
        // Enter answers the default button, which is Cancel: the box stays unticked.
        Test::BoxAnswer answer(QStringLiteral("confirmInsecure"), Qt::Key_Return);
        insecure->click();
        QTRY_VERIFY(answer.seen());
        QVERIFY(answer.defaultIsCancel());
        QTRY_VERIFY(!insecure->isChecked());
        QVERIFY(page.insecureWarning()->isHidden());
    }
    {
        Test::BoxAnswer answer(QStringLiteral("confirmInsecure"), 0); // "Do not verify"
        insecure->click();
        QTRY_VERIFY(answer.seen());
        QTRY_VERIFY(insecure->isChecked());
        QVERIFY(!page.insecureWarning()->isHidden());
        QCOMPARE(page.insecureWarning()->palette().color(QPalette::WindowText), QColor(0xc6, 0x28, 0x28));
    }
    insecure->click(); // unticking asks nothing
    QVERIFY(!insecure->isChecked());
    QVERIFY(page.insecureWarning()->isHidden());

    // "STARTTLS if offered" without a user name checks no certificate either: said under the unticked box,
    // which read as "the certificate is checked" (an outside tester).
    QTest::keyClicks(page.field(QStringLiteral("delivery.smarthost"))->lineEdit(),
                     QStringLiteral("mail.office.example:587"));
    QComboBox* tls = page.field(QStringLiteral("delivery.smarthost_tls"))->choiceBox();
    QVERIFY(tls);
    const int opportunistic = tls->findData(QStringLiteral("opportunistic"));
    QVERIFY(opportunistic >= 0);
    tls->setCurrentIndex(opportunistic);
    QTRY_VERIFY(!page.insecureWarning()->isHidden());
    QVERIFY2(page.insecureWarning()->text().contains(QStringLiteral("certificate is not checked")),
             qPrintable(page.insecureWarning()->text()));
    QTest::keyClicks(page.field(QStringLiteral("delivery.smarthost_username"))->lineEdit(),
                     QStringLiteral("relay"));
    QTRY_VERIFY(page.insecureWarning()->isHidden()); // with a user name the certificate is checked
}

void TestSmarthostPresets::certificateOptionsAreSaved()
{
    Test::TempDataDir dir;
    SettingsPage page(dir.path());
    QSignalSpy loaded(&page, &SettingsPage::loaded);
    QTRY_COMPARE(loaded.count(), 1);
    choose(page.smarthostPresets(), QStringLiteral("Microsoft 365"));
    QLineEdit* pin = page.field(QStringLiteral("delivery.smarthost_fingerprint"))->lineEdit();
    QTest::keyClicks(pin, QStringLiteral("sha256:") + QString(64, QLatin1Char('a')));
    QSignalSpy saved(&page, &SettingsPage::settingsSaved);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveSettings")), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    const auto smarthost = RouteAdmin(dir.path()).smarthost();
    QVERIFY(smarthost);
    QCOMPARE(smarthost->host, QStringLiteral("smtp.office365.com"));
    QCOMPARE(smarthost->trust.mode, PeerTrust::Mode::Fingerprint);
    QCOMPARE(smarthost->trust.sha256, QByteArray(32, '\xaa'));

    // A pin and a CA file at once: refused, nothing saved.
    const QString caFile = dir.path() + QStringLiteral("/ca.pem");
    QVERIFY(CertificateGenerator::generate(caFile, dir.path() + QStringLiteral("/ca.key"),
                                           QStringLiteral("ca.test")));
    QTest::keyClicks(page.field(QStringLiteral("delivery.smarthost_ca_file"))->lineEdit(), caFile);
    QSignalSpy failed(&page, &SettingsPage::saveFailed);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveSettings")), Qt::LeftButton);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("only one of")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(RouteAdmin(dir.path()).smarthost()->trust.mode, PeerTrust::Mode::Fingerprint);
}

void TestSmarthostPresets::anotherServerIsVerifiedAgain()
{
    // An outside tester's smarthost was stored with the verification skipped; in the window they typed
    // another server and pressed Test connection: the box stayed ticked and the stored password went to a
    // self-signed server that nobody had verified. The exception belongs to the server it was made for.
    Test::TempDataDir dir;
    QVERIFY(
        Settings(dir.path())
            .setAll({{QStringLiteral("delivery.smarthost"), QStringLiteral("mail.office.test:587")},
                     {QStringLiteral("delivery.smarthost_tls"), QStringLiteral("starttls")},
                     {QStringLiteral("delivery.smarthost_insecure_skip_verify"), QStringLiteral("true")}}));
    SettingsPage page(dir.path());
    QSignalSpy loaded(&page, &SettingsPage::loaded);
    QTRY_COMPARE(loaded.count(), 1);
    page.show();
    QCheckBox* insecure = page.field(QStringLiteral("delivery.smarthost_insecure_skip_verify"))->checkBox();
    QVERIFY(insecure->isChecked());
    QLineEdit* host = page.field(QStringLiteral("delivery.smarthost"))->lineEdit();
    host->selectAll();
    QTest::keyClicks(host, QStringLiteral("mail.office.test:2587")); // another port: maybe another server
    QVERIFY(!insecure->isChecked());
    QVERIFY(page.field(QStringLiteral("delivery.smarthost_insecure_skip_verify"))->isModified());
    // Typed back to the stored server: its exception shows again, nothing to save.
    host->selectAll();
    QTest::keyClicks(host, QStringLiteral("mail.office.test:587"));
    QVERIFY(insecure->isChecked());
    QVERIFY(!page.field(QStringLiteral("delivery.smarthost_insecure_skip_verify"))->isModified());
    // Saved with another server: stored as the page showed it, and the page does not call its own save a
    // change made elsewhere.
    host->selectAll();
    QTest::keyClicks(host, QStringLiteral("relay.provider.test:587"));
    QVERIFY(!insecure->isChecked());
    QSignalSpy saved(&page, &SettingsPage::settingsSaved);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveSettings")), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(!Settings(dir.path()).boolValue(QStringLiteral("delivery.smarthost_insecure_skip_verify")));
    QTest::qWait(1500); // the store's change notice comes back to the page
    QVERIFY2(!page.statusText().contains(QStringLiteral("elsewhere")), qPrintable(page.statusText()));
    QVERIFY(!insecure->isChecked());
}

QTEST_MAIN(TestSmarthostPresets)
#include "tst_smarthostpresets.moc"
