// The one host:port grammar and the words both parsers give for what people type by mistake: a URL's
// scheme, a colon with no port, an IPv6 address without brackets; and the port as a number.
#include "core/util/dottedquad.h"
#include "core/util/hostandport.h"
#include "core/util/hostport.h"
#include "core/util/hostportsyntax.h"

#include <QTest>

using namespace RelayDesk;

/// HostPortSyntax through HostAndPort (routes, smarthost) and HostPort (listeners).
class TestHostPortSyntax : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void remoteHostErrors_data();
    void remoteHostErrors();
    void addressesAsWritten();
    void listenerErrors_data();
    void listenerErrors();
    void portsAreNumbers();
    void canonicalForm_data();
    void canonicalForm();
};

void TestHostPortSyntax::remoteHostErrors_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("error");
    const auto row = [](const char* typed, const char* error) {
        QTest::newRow(typed) << QString::fromLatin1(typed) << QString::fromLatin1(error);
    };
    row("smtp://10.0.0.5:25", "'smtp://10.0.0.5:25': give HOST:PORT without a scheme such as smtp://");
    row("http://smtp.example.com:587",
        "'http://smtp.example.com:587': give HOST:PORT without a scheme such as http://");
    row("smtp://smtp.office365.com",
        "'smtp://smtp.office365.com': give HOST:PORT without a scheme such as smtp://");
    row("smtp.office365.com:587:", "'smtp.office365.com:587:' ends with ':' but no port");
    row("smtp.example.com:25:30", "'smtp.example.com:25:30' is not HOST:PORT");
    row("2001:db8::1", "'2001:db8::1': write IPv6 addresses in brackets, e.g. [2001:db8::1]:25");
    row("2001:db8::1:25", "'2001:db8::1:25': write IPv6 addresses in brackets, e.g. [2001:db8::1]:25");
    row("::ffff:192.0.2.1:25",
        "'::ffff:192.0.2.1:25': write IPv6 addresses in brackets, e.g. [2001:db8::1]:25");
    row("smtp.example.com:x", "'x' is not a port between 1 and 65535");
    row("smtp.example.com:-25", "'-25' is not a port between 1 and 65535");
    // An address in a form the resolver reads otherwise (an outside tester's smarthost "5.5").
    row("5.5",
        "'5.5' is not a host name, and as an address it would be 5.0.0.5: write an IPv4 address as four "
        "numbers, e.g. 5.0.0.5");
    row("0x10:25", "'0x10' is not a host name, and as an address it would be 0.0.0.16: write an IPv4 address "
                   "as four numbers, e.g. 0.0.0.16");
    row("010.0.0.1", "'010.0.0.1' is not a host name, and as an address it would be 8.0.0.1: write an IPv4 "
                     "address as four numbers, e.g. 8.0.0.1");
    row("mail.123",
        "'mail.123' is not a host name (a name's last part is not a number) nor an IPv4 address of "
        "four numbers");
}

void TestHostPortSyntax::remoteHostErrors()
{
    QFETCH(QString, typed);
    QFETCH(QString, error);
    const auto parsed = HostAndPort::parse(typed, 587);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error(), error);
}

void TestHostPortSyntax::addressesAsWritten()
{
    // A strict dotted quad or an IPv6 address is an address; a name with letters is a name.
    QCOMPARE(HostAndPort::parse(QStringLiteral("192.0.2.10:587"))->host, QStringLiteral("192.0.2.10"));
    QCOMPARE(HostAndPort::parse(QStringLiteral("[2001:db8::1]:25"))->host, QStringLiteral("2001:db8::1"));
    QCOMPARE(HostAndPort::parse(QStringLiteral("mx1.example.com"))->host, QStringLiteral("mx1.example.com"));
    QCOMPARE(HostAndPort::parse(QStringLiteral("0x10.example"))->host, QStringLiteral("0x10.example"));
    QVERIFY(DottedQuad::address(QStringLiteral("192.0.2.10")));
    QVERIFY(DottedQuad::address(QStringLiteral("::1")));
    for (const char* disguised : {"5.5", "0x10", "1.2.3", "0177.0.0.1", "4294967295", "a.1"}) {
        QVERIFY2(!DottedQuad::address(QString::fromLatin1(disguised)), disguised);
        QVERIFY2(DottedQuad::isDisguisedAddress(QString::fromLatin1(disguised)), disguised);
    }
    QVERIFY(!DottedQuad::isDisguisedAddress(QStringLiteral("192.0.2.10")));
    QVERIFY(!DottedQuad::isDisguisedAddress(QStringLiteral("relay.example")));
}

void TestHostPortSyntax::listenerErrors_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("error");
    const auto row = [](const char* typed, const char* error) {
        QTest::newRow(typed) << QString::fromLatin1(typed) << QString::fromLatin1(error);
    };
    row("http://127.0.0.1:36201",
        "'http://127.0.0.1:36201': give ADDRESS:PORT without a scheme such as http://");
    row("127.0.0.1:", "'127.0.0.1:' ends with ':' but no port");
    row("127.0.0.1:2587:", "'127.0.0.1:2587:' ends with ':' but no port");
    row("::1:2587", "'::1:2587': write IPv6 addresses in brackets, e.g. [::1]:2587");
    row("127.0.0.1", "'127.0.0.1' is not ADDRESS:PORT (e.g. 127.0.0.1:2587 or [::1]:2587)");
}

void TestHostPortSyntax::listenerErrors()
{
    QFETCH(QString, typed);
    QFETCH(QString, error);
    const auto parsed = HostPort::parse(typed);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error(), error);
}

void TestHostPortSyntax::portsAreNumbers()
{
    // The same sign and spaces every number setting takes (CanonicalSetting).
    QCOMPARE(HostPortSyntax::portNumber(QStringLiteral("25")), quint16(25));
    QCOMPARE(HostPortSyntax::portNumber(QStringLiteral("+36231")), quint16(36231));
    QCOMPARE(HostPortSyntax::portNumber(QStringLiteral("0025")), quint16(25));
    QCOMPARE(HostPortSyntax::portNumber(QStringLiteral("0")), quint16(0));
    QCOMPARE(HostPortSyntax::portNumber(QStringLiteral("65536")), quint16(0));
    QCOMPARE(HostPortSyntax::portNumber(QStringLiteral("-1")), quint16(0));
    QCOMPARE(HostPortSyntax::portNumber(QStringLiteral("++1")), quint16(0));
    QCOMPARE(HostAndPort::parse(QStringLiteral("smtp.example.com:+587"))->port, quint16(587));
    QCOMPARE(HostPort::parse(QStringLiteral("127.0.0.1:+36231"))->toString(),
             QStringLiteral("127.0.0.1:36231"));
    // "host:" keeps the default port (docs/layers.md).
    QCOMPARE(HostAndPort::parse(QStringLiteral("smtp.example.com:"), 587)->port, quint16(587));
}

void TestHostPortSyntax::canonicalForm_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    const auto row = [](const char* typed, const char* stored) {
        QTest::newRow(typed) << QString::fromLatin1(typed) << QString::fromLatin1(stored);
    };
    row("127.0.0.1:+36231", "127.0.0.1:36231");
    row(" 127.0.0.1:02587 ", "127.0.0.1:2587");
    row("[::1]:+25", "[::1]:25");
    row("smtp.example.com", "smtp.example.com");
    row("smtp.example.com:", "smtp.example.com:");
    row("127.0.0.1:x", "127.0.0.1:x");
    row("smtp://a.example:25", "smtp://a.example:25");
}

void TestHostPortSyntax::canonicalForm()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QCOMPARE(HostPortSyntax::canonical(typed), stored);
}

QTEST_GUILESS_MAIN(TestHostPortSyntax)
#include "tst_hostportsyntax.moc"
