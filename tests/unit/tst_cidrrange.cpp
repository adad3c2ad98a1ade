#include "core/agents/cidrrange.h"

#include <QLocale>
#include <QTest>

using namespace RelayDesk;

/// Parsing, normalising, matching and describing allowlist entries.
class TestCidrRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); } // the rows below: digits as C writes them
    void parsesValid_data();
    void parsesValid();
    void refusesInvalid_data();
    void refusesInvalid();
    void hostBitsHint();
    void prefixOutOfRange();
    void contains_data();
    void contains();
    void mappedRangeBecomesIpv4();
    void describe_data();
    void describe();
    void describedCountsAreGroupedAsTheLocaleGroupsThem();
    void equality();
    void wideRanges_data();
    void wideRanges();
};

void TestCidrRange::parsesValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("prefix");
    QTest::newRow("host v4") << "192.0.2.7"
                             << "192.0.2.7" << 32;
    QTest::newRow("host v4 /32") << "192.0.2.7/32"
                                 << "192.0.2.7" << 32;
    QTest::newRow("net v4") << "10.0.0.0/8"
                            << "10.0.0.0/8" << 8;
    QTest::newRow("all v4") << "0.0.0.0/0"
                            << "0.0.0.0/0" << 0;
    QTest::newRow("spaces") << "  10.1.0.0/16 "
                            << "10.1.0.0/16" << 16;
    QTest::newRow("zero octet") << "10.0.0.0/24"
                                << "10.0.0.0/24" << 24;
    QTest::newRow("host v6") << "2001:db8::1"
                             << "2001:db8::1" << 128;
    QTest::newRow("host v6 /128") << "2001:DB8:0::1/128"
                                  << "2001:db8::1" << 128;
    QTest::newRow("net v6") << "2001:db8::/32"
                            << "2001:db8::/32" << 32;
    QTest::newRow("all v6") << "::/0"
                            << "::/0" << 0;
    QTest::newRow("loopback v6") << "::1"
                                 << "::1" << 128;
    QTest::newRow("mapped host") << "::ffff:192.0.2.7"
                                 << "192.0.2.7" << 32;
    QTest::newRow("unspecified /96 stays v6") << "::/96"
                                              << "::/96" << 96;
    QTest::newRow("unspecified host stays v6") << "::"
                                               << "::" << 128;
}

void TestCidrRange::parsesValid()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(int, prefix);
    const auto range = CidrRange::parse(input);
    QVERIFY2(range.ok(), qPrintable(range.error()));
    QCOMPARE(range->toString(), canonical);
    QCOMPARE(range->prefixLength(), prefix);
    // The canonical form parses back to the same range.
    const auto again = CidrRange::parse(canonical);
    QVERIFY(again.ok());
    QVERIFY(again.value() == range.value());
}

void TestCidrRange::refusesInvalid_data()
{
    QTest::addColumn<QString>("input");
    for (const char* bad :
         {"",          "   ",          "foo",           "10.0.0",       "10.0.0.0.0",   "256.0.0.1",
          "10.0.0.0/", "10.0.0.0/abc", "10.0.0.0/-1",   "10.0.0.0/8/8", "/8",           "1",
          "10.1",      "0x7f.0.0.1",   "010.0.0.1",     "10.0.0.1 /32", "fe80::1%eth0", "2001:db8:::1",
          "::g",       "10.0.0.0/ 8",  "10.0.0.0/1234", "example.com"})
        QTest::newRow(bad) << QString::fromLatin1(bad);
}

void TestCidrRange::refusesInvalid()
{
    QFETCH(QString, input);
    const auto range = CidrRange::parse(input);
    QVERIFY(!range.ok());
    QVERIFY(!range.error().isEmpty());
}

void TestCidrRange::hostBitsHint()
{
    auto range = CidrRange::parse(QStringLiteral("10.0.0.1/8"));
    QVERIFY(!range.ok());
    QCOMPARE(range.error(), QStringLiteral("10.0.0.1/8 has host bits set; did you mean 10.0.0.0/8?"));
    range = CidrRange::parse(QStringLiteral("192.168.1.77/26"));
    QVERIFY(range.error().contains(QStringLiteral("did you mean 192.168.1.64/26?")));
    range = CidrRange::parse(QStringLiteral("2001:db8::1/32"));
    QVERIFY(range.error().contains(QStringLiteral("did you mean 2001:db8::/32?")));
    range = CidrRange::parse(QStringLiteral("1.2.3.4/0"));
    QVERIFY(range.error().contains(QStringLiteral("did you mean 0.0.0.0/0?")));
}

void TestCidrRange::prefixOutOfRange()
{
    auto range = CidrRange::parse(QStringLiteral("10.0.0.0/33"));
    QVERIFY(!range.ok());
    QVERIFY2(range.error().contains(QStringLiteral("out of range")), qPrintable(range.error()));
    QVERIFY(range.error().contains(QStringLiteral("0 to 32")));
    range = CidrRange::parse(QStringLiteral("2001:db8::/129"));
    QVERIFY(!range.ok());
    QVERIFY(range.error().contains(QStringLiteral("0 to 128")));
    QVERIFY(CidrRange::parse(QStringLiteral("2001:db8::/64")).ok());
}

void TestCidrRange::contains_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("client");
    QTest::addColumn<bool>("expected");
    QTest::newRow("host match") << "127.0.0.1"
                                << "127.0.0.1" << true;
    QTest::newRow("host neighbour") << "127.0.0.1"
                                    << "127.0.0.2" << false;
    QTest::newRow("net first") << "10.0.0.0/8"
                               << "10.0.0.0" << true;
    QTest::newRow("net last") << "10.0.0.0/8"
                              << "10.255.255.255" << true;
    QTest::newRow("net outside") << "10.0.0.0/8"
                                 << "11.0.0.0" << false;
    QTest::newRow("odd prefix in") << "192.168.1.64/26"
                                   << "192.168.1.127" << true;
    QTest::newRow("odd prefix out") << "192.168.1.64/26"
                                    << "192.168.1.128" << false;
    QTest::newRow("odd prefix below") << "192.168.1.64/26"
                                      << "192.168.1.63" << false;
    QTest::newRow("all v4") << "0.0.0.0/0"
                            << "203.0.113.9" << true;
    QTest::newRow("all v4 not v6") << "0.0.0.0/0"
                                   << "2001:db8::1" << false;
    QTest::newRow("all v6 not v4") << "::/0"
                                   << "203.0.113.9" << false;
    QTest::newRow("all v6") << "::/0"
                            << "2001:db8::1" << true;
    QTest::newRow("mapped client") << "10.0.0.0/8"
                                   << "::ffff:10.1.2.3" << true;
    QTest::newRow("mapped client out") << "10.0.0.0/8"
                                       << "::ffff:11.1.2.3" << false;
    QTest::newRow("mapped loopback") << "127.0.0.1"
                                     << "::ffff:127.0.0.1" << true;
    QTest::newRow("mapped not v6 range") << "::/0"
                                         << "::ffff:10.1.2.3" << false;
    QTest::newRow("unspecified v6 is not v4") << "0.0.0.0/0"
                                              << "::" << false;
    QTest::newRow("v4-compatible is not v4") << "0.0.0.0/0"
                                             << "::1.2.3.4" << false;
    QTest::newRow("v6 net in") << "2001:db8::/32"
                               << "2001:db8:ffff::1" << true;
    QTest::newRow("v6 net out") << "2001:db8::/32"
                                << "2001:db9::1" << false;
    QTest::newRow("v6 host") << "::1"
                             << "::1" << true;
    QTest::newRow("v6 loopback is not v4") << "::1"
                                           << "127.0.0.1" << false;
    QTest::newRow("v6 /127") << "2001:db8::/127"
                             << "2001:db8::1" << true;
    QTest::newRow("v6 /127 out") << "2001:db8::/127"
                                 << "2001:db8::2" << false;
}

void TestCidrRange::contains()
{
    QFETCH(QString, range);
    QFETCH(QString, client);
    QFETCH(bool, expected);
    const auto parsed = CidrRange::parse(range);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->contains(QHostAddress(client)), expected);
}

void TestCidrRange::mappedRangeBecomesIpv4()
{
    const auto range = CidrRange::parse(QStringLiteral("::ffff:10.0.0.0/104"));
    QVERIFY2(range.ok(), qPrintable(range.error()));
    QCOMPARE(range->toString(), QStringLiteral("10.0.0.0/8"));
    QVERIFY(range->contains(QHostAddress(QStringLiteral("10.9.9.9"))));
    QVERIFY(!range->contains(QHostAddress()));
}

void TestCidrRange::describe_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("words");
    QTest::newRow("one") << "192.0.2.7"
                         << "one address: 192.0.2.7";
    QTest::newRow("/24") << "10.0.0.0/24"
                         << "256 addresses: 10.0.0.0 to 10.0.0.255";
    QTest::newRow("/31") << "10.0.0.0/31"
                         << "2 addresses: 10.0.0.0 to 10.0.0.1";
    QTest::newRow("/8") << "10.0.0.0/8"
                        << "16777216 addresses: 10.0.0.0 to 10.255.255.255";
    QTest::newRow("all v4") << "0.0.0.0/0"
                            << "every IPv4 address";
    QTest::newRow("all v6") << "::/0"
                            << "every IPv6 address";
    QTest::newRow("v6 one") << "::1"
                            << "one address: ::1";
    QTest::newRow("v6 /120") << "2001:db8::/120"
                             << "256 addresses: 2001:db8:: to 2001:db8::ff";
    QTest::newRow("v6 /32") << "2001:db8::/32"
                            << "2^96 addresses: 2001:db8:: to 2001:db8:ffff:ffff:ffff:ffff:ffff:ffff";
}

void TestCidrRange::describe()
{
    QFETCH(QString, range);
    QFETCH(QString, words);
    const auto parsed = CidrRange::parse(range);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->describe(), words);
}

// An outside tester read "16777216 addresses" in the window, the agent dialog and `agent show`.
void TestCidrRange::describedCountsAreGroupedAsTheLocaleGroupsThem()
{
    const CidrRange range = CidrRange::parse(QStringLiteral("10.0.0.0/8")).value();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(range.describe(), QStringLiteral("16,777,216 addresses: 10.0.0.0 to 10.255.255.255"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(range.describe(), QStringLiteral("16.777.216 addresses: 10.0.0.0 to 10.255.255.255"));
    QLocale::setDefault(QLocale::c());
}

void TestCidrRange::equality()
{
    QVERIFY(CidrRange::parse(QStringLiteral("10.0.0.0/8")).value() ==
            CidrRange::parse(QStringLiteral("10.0.0.0/8")).value());
    QVERIFY(!(CidrRange::parse(QStringLiteral("10.0.0.0/8")).value() ==
              CidrRange::parse(QStringLiteral("10.0.0.0/16")).value()));
}

void TestCidrRange::wideRanges_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<bool>("wide");
    QTest::newRow("all v4") << "0.0.0.0/0" << true;
    QTest::newRow("v4 /8") << "10.0.0.0/8" << true;
    QTest::newRow("v4 /15") << "10.0.0.0/15" << true;
    QTest::newRow("v4 /16") << "10.1.0.0/16" << false;
    QTest::newRow("v4 /24") << "192.168.1.0/24" << false;
    QTest::newRow("v4 one") << "192.168.1.50" << false;
    QTest::newRow("v4 loopback /8") << "127.0.0.0/8" << false; // this machine alone
    QTest::newRow("v4 wider than loopback") << "126.0.0.0/7" << true;
    QTest::newRow("all v6") << "::/0" << true;
    QTest::newRow("v6 /16") << "2001::/16" << true;
    QTest::newRow("v6 /32") << "2001:db8::/32" << true;
    QTest::newRow("v6 /48") << "2001:db8:1::/48" << false;
    QTest::newRow("v6 /64") << "2001:db8:1:2::/64" << false;
}

void TestCidrRange::wideRanges()
{
    QFETCH(QString, range);
    QFETCH(bool, wide);
    const auto parsed = CidrRange::parse(range);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->isWide(), wide);
}

QTEST_APPLESS_MAIN(TestCidrRange)
#include "tst_cidrrange.moc"
