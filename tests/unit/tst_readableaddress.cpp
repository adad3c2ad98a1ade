// How stored addresses and domains are shown to a person: A-labels as U-labels (RFC 5891 5.2), only where
// they convert back to what is stored; local parts, address literals and addresses without a domain as
// stored.
#include "core/util/readableaddress.h"

#include <QTest>

using namespace RelayDesk;

class TestReadableAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void domains_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("shown");
        QTest::newRow("valid IDN") << QStringLiteral("xn--bcher-kva.example")
                                   << QStringLiteral("bücher.example");
        QTest::newRow("under a TLD outside Qt's list")
            << QStringLiteral("xn--mller-kva.xn--bcher-kva.test") << QStringLiteral("müller.bücher.test");
        QTest::newRow("mixed case") << QStringLiteral("XN--Bcher-KVA.Example")
                                    << QStringLiteral("bücher.Example");
        QTest::newRow("ASCII") << QStringLiteral("Example.COM") << QStringLiteral("Example.COM");
        QTest::newRow("invalid punycode")
            << QStringLiteral("xn--zz-.example") << QStringLiteral("xn--zz-.example");
        QTest::newRow("no round trip")
            << QStringLiteral("xn--Bcher-kva-.example") << QStringLiteral("xn--Bcher-kva-.example");
        QTest::newRow("upper-case letters decoded")
            << QStringLiteral("xn--BCHER-kva.example") << QStringLiteral("bücher.example");
        QTest::newRow("decodes to ASCII")
            << QStringLiteral("xn--abc-.example") << QStringLiteral("xn--abc-.example");
        QTest::newRow("IP literal") << QStringLiteral("[127.0.0.1]") << QStringLiteral("[127.0.0.1]");
        QTest::newRow("IPv6 literal") << QStringLiteral("[IPv6:::1]") << QStringLiteral("[IPv6:::1]");
        QTest::newRow("already Unicode")
            << QStringLiteral("bücher.example") << QStringLiteral("bücher.example");
        QTest::newRow("empty") << QString() << QString();
    }

    void domains()
    {
        QFETCH(QString, stored);
        QFETCH(QString, shown);
        QCOMPARE(ReadableAddress::domain(stored), shown);
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("shown");
        QTest::newRow("valid IDN") << QStringLiteral("m\u00fcller@xn--bcher-kva.example")
                                   << QStringLiteral("müller@bücher.example");
        QTest::newRow("local part as stored") << QStringLiteral("xn--mller-kva@xn--bcher-kva.example")
                                              << QStringLiteral("xn--mller-kva@bücher.example");
        QTest::newRow("mixed case") << QStringLiteral("Kunde@XN--BCHER-KVA.EXAMPLE")
                                    << QStringLiteral("Kunde@bücher.EXAMPLE");
        QTest::newRow("invalid label")
            << QStringLiteral("a@xn--zz-.example") << QStringLiteral("a@xn--zz-.example");
        QTest::newRow("IP literal") << QStringLiteral("a@[127.0.0.1]") << QStringLiteral("a@[127.0.0.1]");
        QTest::newRow("no domain") << QStringLiteral("postmaster") << QStringLiteral("postmaster");
        QTest::newRow("null sender") << QStringLiteral("<>") << QStringLiteral("<>");
        QTest::newRow("quoted @ in the local part")
            << QStringLiteral("\"x@xn--bcher-kva\"@xn--bcher-kva.example")
            << QStringLiteral("\"x@xn--bcher-kva\"@bücher.example");
        // An outsider's right-to-left override read "evilelpmaxe.live@" in the window (an outside tester).
        QTest::newRow("right-to-left override")
            << QStringLiteral("evil\u202e@evil.example") << QStringLiteral("evil\\u202E@evil.example");
        QTest::newRow("zero-width joiner, no domain")
            << QStringLiteral("a\u200db") << QStringLiteral("a\\u200Db");
        QTest::newRow("Arabic letters stay") << QStringLiteral("\u0639\u0644\u064a@example.com")
                                             << QStringLiteral("\u0639\u0644\u064a@example.com");
    }

    void addresses()
    {
        QFETCH(QString, stored);
        QFETCH(QString, shown);
        QCOMPARE(ReadableAddress::address(stored), shown);
    }

    void addressLists()
    {
        QCOMPARE(ReadableAddress::addressList(
                     QStringLiteral("a@xn--bcher-kva.example, b@example.com, c@xn--zz-.example")),
                 QStringLiteral("a@bücher.example, b@example.com, c@xn--zz-.example"));
        QCOMPARE(ReadableAddress::addressList(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestReadableAddress)
#include "tst_readableaddress.moc"
