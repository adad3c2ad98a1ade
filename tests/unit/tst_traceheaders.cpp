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
};

QTEST_APPLESS_MAIN(TestTraceHeaders)
#include "tst_traceheaders.moc"
