#include "core/store/settings.h"
#include "core/tls/certificategenerator.h"
#include "tests/support/tempdatadir.h"

#include <QTest>

using namespace RelayDesk;

/// The settings store's own checks, which every face (the window, the command line, a restore) goes through.
class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesARepeatedKey();

private:
    static QString generated(const QString& dir, const QString& name);
};

QString TestSettings::generated(const QString& dir, const QString& name)
{
    const QString base = dir + QLatin1Char('/') + name;
    const Status status = CertificateGenerator::generate(
        base + QStringLiteral(".crt"), base + QStringLiteral(".key"), name + QStringLiteral(".example"), 825);
    return status ? base : QString();
}

void TestSettings::refusesARepeatedKey()
{
    Test::TempDataDir dir;
    const QString a = generated(dir.path(), QStringLiteral("a"));
    const QString b = generated(dir.path(), QStringLiteral("b"));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    Settings settings(dir.path());
    // Checked with a's key, stored with b's: the pair would not match.
    const Status refused = settings.setAll({{QStringLiteral("tls.certificate"), a + QStringLiteral(".crt")},
                                            {QStringLiteral("tls.key"), a + QStringLiteral(".key")},
                                            {QStringLiteral("tls.key"), b + QStringLiteral(".key")}});
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("tls.key given more than once")),
             qPrintable(refused.error()));
    QVERIFY(settings.value(QStringLiteral("tls.certificate")).isEmpty());
    QVERIFY(settings.value(QStringLiteral("tls.key")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
