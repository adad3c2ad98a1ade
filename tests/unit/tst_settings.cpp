#include "core/store/database.h"
#include "core/store/settings.h"
#include "core/tls/certificategenerator.h"
#include "tests/support/tempdatadir.h"

#include <QDir>
#include <QThread>

#include <QTest>
#include <memory>

using namespace RelayDesk;

/// The settings store's own checks, which every face (the window, the command line, a restore) goes through.
class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesARepeatedKey();
    void refusesAddressesInAFormTheyDoNotSeemToHave();
    void refusesHalfACertificatePair();
    void storesFilesAsAbsolutePaths();
    void storesNumbersInTheirPlainForm();
    void refusesContradictoryRetries();
    void aThreadReadsWhatWasStoredAfterOthersEnded();

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

void TestSettings::refusesAddressesInAFormTheyDoNotSeemToHave()
{
    // "5.5" was stored as the public address and made the SPF suggestion "ip4:5.5"; as the DNS server it was
    // 5.0.0.5 (an outside tester). An address is four numbers or an IPv6 address.
    Test::TempDataDir dir;
    Settings settings(dir.path());
    for (const char* key : {"delivery.public_address", "delivery.dns_server"}) {
        const QString name = QString::fromLatin1(key);
        const Status refused = settings.set(name, QStringLiteral("5.5"));
        QVERIFY(!refused);
        QVERIFY2(
            refused.error().contains(QStringLiteral("'5.5' is not an IP address as written: write it as four "
                                                    "numbers (5.0.0.5 is what it would stand for)")),
            qPrintable(refused.error()));
        QVERIFY(!settings.set(name, QStringLiteral("0x10")));
        QVERIFY(settings.value(name).isEmpty());
        QVERIFY(settings.set(name, QStringLiteral("192.0.2.25")));
        QVERIFY(settings.set(name, QStringLiteral("2001:db8::25")));
    }
    const Status smarthost = settings.set(QStringLiteral("delivery.smarthost"), QStringLiteral("5.5:587"));
    QVERIFY(!smarthost);
    QVERIFY2(smarthost.error().contains(QStringLiteral("as an address it would be 5.0.0.5")),
             qPrintable(smarthost.error()));
    QVERIFY(settings.value(QStringLiteral("delivery.smarthost")).isEmpty());
}

void TestSettings::refusesHalfACertificatePair()
{
    Test::TempDataDir dir;
    const QString a = generated(dir.path(), QStringLiteral("a"));
    QVERIFY(!a.isEmpty());
    const QString certificate = a + QStringLiteral(".crt");
    const QString key = a + QStringLiteral(".key");
    const QString certificateKey = QStringLiteral("tls.certificate");
    const QString keyKey = QStringLiteral("tls.key");
    Settings settings(dir.path());
    // Either half alone: no listener could start.
    for (const Status& refused : {settings.set(certificateKey, certificate), settings.set(keyKey, key),
                                  settings.setAll({{certificateKey, certificate}, {keyKey, QString()}})}) {
        QVERIFY(!refused);
        QVERIFY2(
            refused.error().contains(QStringLiteral("the listeners need both or neither; set or reset both "
                                                    "in one change")),
            qPrintable(refused.error()));
    }
    QVERIFY(settings.value(certificateKey).isEmpty());
    QVERIFY(settings.value(keyKey).isEmpty());
    QVERIFY(settings.setAll({{certificateKey, certificate}, {keyKey, key}}));
    // Taking one half away, by an empty value or back to the default, is refused too.
    QVERIFY(!settings.set(keyKey, QString()));
    QVERIFY(!settings.reset(keyKey));
    QVERIFY(!settings.reset(certificateKey));
    QCOMPARE(settings.value(certificateKey), certificate);
    QCOMPARE(settings.value(keyKey), key);
    QVERIFY(settings.resetAll({certificateKey, keyKey}));
    QVERIFY(settings.value(certificateKey).isEmpty());
    QVERIFY(settings.value(keyKey).isEmpty());
}

void TestSettings::storesFilesAsAbsolutePaths()
{
    Test::TempDataDir dir;
    const QString a = generated(dir.path(), QStringLiteral("a"));
    QVERIFY(!a.isEmpty());
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    Settings settings(dir.path());
    const Status stored = settings.setAll({{QStringLiteral("tls.certificate"), QStringLiteral("a.crt")},
                                           {QStringLiteral("tls.key"), QStringLiteral("./a.key")},
                                           {QStringLiteral("tls.trust_file"), QStringLiteral("a.crt")}});
    QDir::setCurrent(before);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(settings.value(QStringLiteral("tls.certificate")), a + QStringLiteral(".crt"));
    QCOMPARE(settings.value(QStringLiteral("tls.key")), a + QStringLiteral(".key"));
    QCOMPARE(settings.value(QStringLiteral("tls.trust_file")), a + QStringLiteral(".crt"));
}

void TestSettings::storesNumbersInTheirPlainForm()
{
    Test::TempDataDir dir;
    Settings settings(dir.path());
    const QList<std::pair<QString, QString>> typed = {
        {QStringLiteral("limits.max_message_size"), QStringLiteral("+100000")},
        {QStringLiteral("limits.max_recipients"), QStringLiteral("00100")},
        {QStringLiteral("limits.max_hops"), QStringLiteral("100 ")},
        {QStringLiteral("limits.max_connections"), QStringLiteral(" 5")},
        {QStringLiteral("engine.worker_threads"), QStringLiteral("+2")},
        {QStringLiteral("delivery.mx_port"), QStringLiteral("+25")},
        {QStringLiteral("retention.log"), QStringLiteral("030")},
        {QStringLiteral("retention.bodies"), QStringLiteral("-0")},
        {QStringLiteral("listener.submission.address"), QStringLiteral("127.0.0.1:+36231")},
        {QStringLiteral("delivery.smarthost"), QStringLiteral(" smtp.example.com:0587 ")},
    };
    const Status stored = settings.setAll(typed);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(settings.value(QStringLiteral("limits.max_message_size")), QStringLiteral("100000"));
    QCOMPARE(settings.value(QStringLiteral("limits.max_recipients")), QStringLiteral("100"));
    QCOMPARE(settings.value(QStringLiteral("limits.max_hops")), QStringLiteral("100"));
    QCOMPARE(settings.value(QStringLiteral("limits.max_connections")), QStringLiteral("5"));
    QCOMPARE(settings.value(QStringLiteral("engine.worker_threads")), QStringLiteral("2"));
    QCOMPARE(settings.value(QStringLiteral("delivery.mx_port")), QStringLiteral("25"));
    QCOMPARE(settings.value(QStringLiteral("retention.log")), QStringLiteral("30"));
    QCOMPARE(settings.value(QStringLiteral("retention.bodies")), QStringLiteral("0"));
    QCOMPARE(settings.value(QStringLiteral("listener.submission.address")),
             QStringLiteral("127.0.0.1:36231"));
    QCOMPARE(settings.value(QStringLiteral("delivery.smarthost")), QStringLiteral("smtp.example.com:587"));
    // A sign the other way, or a number with words, is still refused, quoting what was typed.
    const SettingDefinition* threads = Settings::definition(QStringLiteral("engine.worker_threads"));
    QCOMPARE(Settings::problem(*threads, QStringLiteral("-2")),
             QStringLiteral("'-2' is not a positive whole number"));
    QVERIFY(!settings.set(QStringLiteral("engine.worker_threads"), QStringLiteral("+ 2")));
    QVERIFY(!settings.set(QStringLiteral("engine.worker_threads"), QStringLiteral("2 threads")));
    QCOMPARE(settings.value(QStringLiteral("engine.worker_threads")), QStringLiteral("2"));
}

void TestSettings::refusesContradictoryRetries()
{
    Test::TempDataDir dir;
    Settings settings(dir.path());
    const QString first = QStringLiteral("delivery.retry_first");
    const QString longest = QStringLiteral("delivery.retry_max");
    const QString giveUp = QStringLiteral("delivery.give_up_after");
    // In one change: the longest wait between retries below the first.
    const Status together =
        settings.setAll({{longest, QStringLiteral("1")}, {first, QStringLiteral("10000")}});
    QVERIFY(!together);
    QCOMPARE(
        together.error(),
        QStringLiteral("delivery.retry_max (1 second) is shorter than delivery.retry_first (2 hours 46 "
                       "minutes 40 seconds): the longest wait between retries cannot be shorter than the "
                       "first wait"));
    QCOMPARE(settings.value(longest), QStringLiteral("3600"));
    QCOMPARE(settings.value(first), QStringLiteral("300"));
    // One after the other, against the stored value (3600, 1 hour).
    const Status after = settings.set(first, QStringLiteral("7200"));
    QVERIFY(!after);
    QVERIFY2(after.error().startsWith(QStringLiteral("delivery.retry_max (1 hour) is shorter than "
                                                     "delivery.retry_first (2 hours)")),
             qPrintable(after.error()));
    QVERIFY(settings.set(longest, QStringLiteral("600")));
    QVERIFY(!settings.set(first, QStringLiteral("601")));
    QVERIFY(settings.set(first, QStringLiteral("600"))); // equal is fine: every wait is 10 minutes
    // Giving up before the first retry.
    const Status early = settings.set(giveUp, QStringLiteral("300"));
    QVERIFY(!early);
    QCOMPARE(early.error(),
             QStringLiteral("delivery.give_up_after (5 minutes) is shorter than delivery.retry_first "
                            "(10 minutes): a message would be bounced before its first retry"));
    QVERIFY(settings.setAll({{giveUp, QStringLiteral("300")}, {first, QStringLiteral("60")}}));
    // A reset is checked the same way: the first retry back to its default (300 s) would come after giving
    // up at 200 s.
    QVERIFY(settings.set(giveUp, QStringLiteral("200")));
    QVERIFY(!settings.reset(first));
    QCOMPARE(settings.value(first), QStringLiteral("60"));
}

// A thread that ended without releasing its connection left it registered under a name made of its address; a
// later thread at the same address was handed that connection, which belongs to another thread, and every
// read failed: settings read as their defaults (the window showed the machine's short name now and then).
// Threads created and ended one after another, most of them at a reused address, each read what was stored
// last.
void TestSettings::aThreadReadsWhatWasStoredAfterOthersEnded()
{
    Test::TempDataDir dir;
    Settings settings(dir.path());
    int wrong = 0;
    for (int i = 0; i < 50; ++i) {
        const QString name = QStringLiteral("relay%1.example.com").arg(i);
        QVERIFY(settings.set(QStringLiteral("server.hostname"), name).ok());
        QString read;
        // Every tenth thread ends without Database::releaseThreadConnection; the next one is usually made at
        // its address. (Not all of them: on PostgreSQL each forgotten connection stays open until the end.)
        const bool forgets = i % 10 == 0;
        std::unique_ptr<QThread> thread(QThread::create([&read, &dir, forgets]() {
            read = Settings(dir.path()).value(QStringLiteral("server.hostname"));
            if (!forgets)
                Database::releaseThreadConnection(dir.path());
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        wrong += read == name ? 0 : 1;
    }
    QCOMPARE(wrong, 0);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
