// Loop detection by counting Received: fields (RFC 5321 6.3): what counts as a field, and where counting
// stops.
#include "core/smtp/traceheaders.h"

#include <QTest>

using namespace RelayDesk;

namespace {

QByteArray received(int count)
{
    QByteArray header;
    for (int i = 0; i < count; ++i)
        header += "Received: from hop" + QByteArray::number(i) + ".test by relay.test; Mon, 1 Jan 2024\r\n";
    return header;
}

} // namespace

class TestTraceHeaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsFields_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<int>("count");
        QTest::newRow("none") << QByteArray("Subject: hi\r\n\r\nbody\r\n") << 0;
        QTest::newRow("empty message") << QByteArray() << 0;
        QTest::newRow("three") << received(3) + "Subject: hi\r\n\r\nbody\r\n" << 3;
        QTest::newRow("120") << received(120) + "\r\nbody\r\n" << 120;
        QTest::newRow("any case") << QByteArray("RECEIVED: a\r\nreceived: b\r\nReCeIvEd: c\r\n\r\n") << 3;
        QTest::newRow("obsolete space before colon")
            << QByteArray("Received : a\r\nReceived\t: b\r\n\r\n") << 2;
        QTest::newRow("folded field counts once")
            << QByteArray("Received: from a\r\n\tby b\r\n Received: not a field\r\n\r\n") << 1;
        QTest::newRow("body not counted") << QByteArray("Subject: x\r\n\r\nReceived: in the body\r\n") << 0;
        QTest::newRow("other names") << QByteArray("Received-SPF: pass\r\nX-Received: a\r\nReceived\r\n\r\n")
                                     << 0;
        QTest::newRow("no end of header") << received(2) << 2;
    }

    void countsFields()
    {
        QFETCH(QByteArray, message);
        QFETCH(int, count);
        QCOMPARE(TraceHeaders::countReceived(message), count);
    }

    void stopsAtTheLimit()
    {
        QCOMPARE(TraceHeaders::countReceived(received(120), 50), 50);
        QCOMPARE(TraceHeaders::countReceived(received(49), 50), 49);
    }

    void heloNames_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("isName");
        QTest::newRow("domain") << QByteArray("mail.example.com") << true;
        QTest::newRow("one label") << QByteArray("printer") << true;
        QTest::newRow("underscore (devices)") << QByteArray("DESKTOP_42.lan") << true;
        QTest::newRow("IPv4 literal") << QByteArray("[192.0.2.1]") << true;
        QTest::newRow("IPv6 literal") << QByteArray("[IPv6:2001:db8::1]") << true;
        QTest::newRow("parenthesis and semicolon") << QByteArray("x(;") << false;
        QTest::newRow("empty label") << QByteArray("a..b") << false;
        QTest::newRow("trailing dot") << QByteArray("host.") << false;
        QTest::newRow("bracket inside literal") << QByteArray("[1]2]") << false;
        QTest::newRow("empty literal") << QByteArray("[]") << false;
        QTest::newRow("8-bit") << QByteArray("h\xe9") << false;
    }
    void heloNames()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, isName);
        QCOMPARE(TraceHeaders::isHeloName(name), isName);
    }

    void commentTextQuotesWhatWouldEndTheComment()
    {
        // RFC 5322 3.2.2: ( ) and \ as quoted-pairs; control characters would corrupt the field.
        QCOMPARE(TraceHeaders::commentText("x(;"), QByteArray("x\\(;"));
        QCOMPARE(TraceHeaders::commentText("a)b\\c"), QByteArray("a\\)b\\\\c"));
        QCOMPARE(TraceHeaders::commentText(QByteArray("a\x01\x1b[31m\x7f")), QByteArray("a??[31m?"));
        QCOMPARE(TraceHeaders::commentText("B\xc3\xbcro"), QByteArray("B\xc3\xbcro")); // UTF-8 stays
    }
};

QTEST_APPLESS_MAIN(TestTraceHeaders)
#include "tst_traceheaders.moc"
