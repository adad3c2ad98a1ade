// GUI tests of the Settings page on the offscreen platform: loading and saving off the GUI thread, all or
// nothing.
#include "core/routing/routestore.h"
#include "core/store/settings.h"
#include "core/tls/certificategenerator.h"
#include "tests/support/tempdatadir.h"
#include "ui/certificatepanel.h"
#include "ui/routeseditor.h"
#include "ui/settingspage.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace RelayDesk;

class TestSettingsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsStoredValues();
    void savesAllOrNothing();
    void generatesSelfSignedCertificate();
    void importsPkcs12();
    void routesEditorAddsAndRemoves();
    void refusesAMismatchedPemPair();
    void refusesAnExpiredPkcs12();
    void routesEditorRefusesAnOwnListener();
};

void TestSettingsPage::loadsStoredValues()
{
    Test::TempDataDir dir;
    QVERIFY(Settings(dir.path()).set(QStringLiteral("limits.max_recipients"), QStringLiteral("42")).ok());
    SettingsPage page(dir.path());
    QSignalSpy loaded(&page, &SettingsPage::loaded);
    QVERIFY(page.isBusy()); // reading on the worker
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(!page.isBusy());
    QCOMPARE(page.field(QStringLiteral("limits.max_recipients"))->text(), QStringLiteral("42"));
}

void TestSettingsPage::savesAllOrNothing()
{
    Test::TempDataDir dir;
    SettingsPage page(dir.path());
    page.show();
    QTRY_VERIFY(!page.isBusy());
    const QString before = Settings(dir.path()).value(QStringLiteral("limits.max_recipients"));
    QLineEdit* recipients = page.field(QStringLiteral("limits.max_recipients"));
    QLineEdit* retry = page.field(QStringLiteral("delivery.retry_first"));
    recipients->clear();
    QTest::keyClicks(recipients, QStringLiteral("77"));
    retry->clear();
    QTest::keyClicks(retry, QStringLiteral("-5")); // not positive

    QSignalSpy saved(&page, &SettingsPage::settingsSaved);
    QSignalSpy failed(&page, &SettingsPage::saveFailed);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveSettings")), Qt::LeftButton);
    QVERIFY(page.isBusy());
    QVERIFY(!page.findChild<QTabWidget*>()->isEnabled());
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(saved.count(), 0);
    QVERIFY(!page.isBusy());
    // Nothing half-saved: the valid change is not stored either.
    QCOMPARE(Settings(dir.path()).value(QStringLiteral("limits.max_recipients")), before);

    retry->clear();
    QTest::keyClicks(retry, QStringLiteral("120"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveSettings")), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    const QStringList keys = saved.first().first().toStringList();
    QVERIFY(keys.contains(QStringLiteral("limits.max_recipients")));
    QVERIFY(keys.contains(QStringLiteral("delivery.retry_first")));
    QCOMPARE(Settings(dir.path()).value(QStringLiteral("limits.max_recipients")), QStringLiteral("77"));
    QCOMPARE(Settings(dir.path()).value(QStringLiteral("delivery.retry_first")), QStringLiteral("120"));
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

void TestSettingsPage::generatesSelfSignedCertificate()
{
    Test::TempDataDir dir;
    CertificatePanel panel(dir.path());
    QSignalSpy changed(&panel, &CertificatePanel::certificateChanged);
    QTRY_VERIFY(!panel.isBusy());
    QVERIFY(panel.text().contains(QStringLiteral("generated")));
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

void TestSettingsPage::importsPkcs12()
{
    Test::TempDataDir dir;
    const QString source = dir.path() + QStringLiteral("/source");
    QVERIFY(CertificateGenerator::generate(source + QStringLiteral(".crt"), source + QStringLiteral(".key"),
                                           QStringLiteral("mail.example"))
                .ok());
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

void TestSettingsPage::routesEditorAddsAndRemoves()
{
    Test::TempDataDir dir;
    RoutesEditor editor(dir.path());
    QSignalSpy loaded(&editor, &RoutesEditor::routesLoaded);
    QTRY_VERIFY(loaded.count() >= 1);
    QCOMPARE(editor.routeCount(), 0);
    QTest::keyClicks(editor.findChild<QLineEdit*>(QStringLiteral("routePattern")),
                     QStringLiteral("*.example.com"));
    QTest::keyClicks(editor.findChild<QLineEdit*>(QStringLiteral("routeHost")),
                     QStringLiteral("mx.example.net"));
    auto* tls = editor.findChild<QComboBox*>(QStringLiteral("routeTls"));
    tls->setCurrentIndex(tls->findData(QStringLiteral("required")));
    QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("addRoute")), Qt::LeftButton);
    QTRY_COMPARE(editor.routeCount(), 1);
    const auto routes = RouteStore(dir.path()).routes();
    QVERIFY(routes.ok());
    QCOMPARE(routes->size(), 1);
    QCOMPARE(routes->first().pattern, QStringLiteral("*.example.com"));
    QCOMPARE(routes->first().host, QStringLiteral("mx.example.net"));
    QCOMPARE(routes->first().tls, TlsPolicy::Required);

    // A bad pattern is refused with the store's reason, and nothing is added.
    QSignalSpy refused(&editor, &RoutesEditor::routeSaveFailed);
    QTest::keyClicks(editor.findChild<QLineEdit*>(QStringLiteral("routePattern")),
                     QStringLiteral("not a domain"));
    QTest::keyClicks(editor.findChild<QLineEdit*>(QStringLiteral("routeHost")),
                     QStringLiteral("mx.example.net"));
    QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("addRoute")), Qt::LeftButton);
    QTRY_COMPARE(refused.count(), 1);
    QVERIFY(!editor.problem().isEmpty());
    QCOMPARE(RouteStore(dir.path()).routes()->size(), 1);

    auto* table = editor.findChild<QTableWidget*>(QStringLiteral("routes"));
    table->selectRow(0);
    QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("removeRoute")), Qt::LeftButton);
    QTRY_COMPARE(editor.routeCount(), 0);
    QCOMPARE(RouteStore(dir.path()).routes()->size(), 0);
}

void TestSettingsPage::refusesAMismatchedPemPair()
{
    Test::TempDataDir dir;
    const QString a = dir.path() + QStringLiteral("/a"), b = dir.path() + QStringLiteral("/b");
    QVERIFY(CertificateGenerator::generate(a + QStringLiteral(".crt"), a + QStringLiteral(".key"),
                                           QStringLiteral("a.example"))
                .ok());
    QVERIFY(CertificateGenerator::generate(b + QStringLiteral(".crt"), b + QStringLiteral(".key"),
                                           QStringLiteral("b.example"))
                .ok());
    SettingsPage page(dir.path());
    page.show();
    QTRY_VERIFY(!page.isBusy());
    // What "Import PEM certificate and key..." fills in, then Save.
    page.field(QStringLiteral("tls.certificate"))->setText(a + QStringLiteral(".crt"));
    page.field(QStringLiteral("tls.key"))->setText(b + QStringLiteral(".key"));
    QSignalSpy failed(&page, &SettingsPage::saveFailed);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveSettings")), Qt::LeftButton);
    QTRY_COMPARE(failed.count(), 1);
    const QString error = failed.first().first().toString();
    QVERIFY2(error.contains(
                 QStringLiteral("does not belong to the certificate in %1").arg(a + QStringLiteral(".crt"))),
             qPrintable(error));
    QVERIFY(Settings(dir.path()).value(QStringLiteral("tls.certificate")).isEmpty());
    // Both halves of one pair are saved together.
    QSignalSpy saved(&page, &SettingsPage::settingsSaved);
    page.field(QStringLiteral("tls.key"))->setText(a + QStringLiteral(".key"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveSettings")), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(Settings(dir.path()).value(QStringLiteral("tls.key")), a + QStringLiteral(".key"));
}

void TestSettingsPage::refusesAnExpiredPkcs12()
{
    Test::TempDataDir dir;
    const QString source = dir.path() + QStringLiteral("/old");
    QVERIFY(CertificateGenerator::generate(source + QStringLiteral(".crt"), source + QStringLiteral(".key"),
                                           QStringLiteral("old.example"), -1)
                .ok());
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

void TestSettingsPage::routesEditorRefusesAnOwnListener()
{
    Test::TempDataDir dir;
    QVERIFY(Settings(dir.path())
                .set(QStringLiteral("listener.lan.address"), QStringLiteral("0.0.0.0:40025"))
                .ok());
    RoutesEditor editor(dir.path());
    QSignalSpy loaded(&editor, &RoutesEditor::routesLoaded);
    QTRY_VERIFY(loaded.count() >= 1);
    QSignalSpy refused(&editor, &RoutesEditor::routeSaveFailed);
    QTest::keyClicks(editor.findChild<QLineEdit*>(QStringLiteral("routePattern")),
                     QStringLiteral("example.com"));
    QTest::keyClicks(editor.findChild<QLineEdit*>(QStringLiteral("routeHost")), QStringLiteral("127.0.0.1"));
    editor.findChild<QSpinBox*>(QStringLiteral("routePort"))->setValue(40025);
    QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("addRoute")), Qt::LeftButton);
    QTRY_COMPARE(refused.count(), 1);
    QVERIFY2(editor.problem().contains(QStringLiteral("own lan listener (0.0.0.0:40025)")),
             qPrintable(editor.problem()));
    QCOMPARE(RouteStore(dir.path()).routes()->size(), 0);
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
