#include "core/util/journalfields.h"
#include "core/util/logline.h"

#include <QTest>

using namespace RelayDesk;

/// The journald fields of a log message (what app/logsink.cpp hands to sd_journal_sendv): the live journal
/// is tested by tests/integration/test_operator_logs.py where a journal socket can be provided.
class TestJournalFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operatorLine();
    void otherCategoriesKeepTheirText();
    void priorities();
    void fieldNames();
};

void TestJournalFields::operatorLine()
{
    const LogLine line = LogLine("delivered")
                             .add("queue_id", "01HX")
                             .add("domain", "example.org")
                             .add("reply", "250 2.0.0 Ok: queued\r\nforged=1");
    const QList<QByteArray> fields = JournalFields::build(QtInfoMsg, "relaydesk.delivery", line.toString(),
                                                          "core/delivery/queuerunner.cpp", 42, "logOutcomes");
    QVERIFY(fields.contains("MESSAGE=" + line.bytes()));
    QVERIFY(!fields.first().contains('\n')); // the message is the escaped line
    QVERIFY(fields.contains("PRIORITY=6"));
    QVERIFY(fields.contains("SYSLOG_IDENTIFIER=relaydesk"));
    QVERIFY(fields.contains("RELAYDESK_CATEGORY=relaydesk.delivery"));
    QVERIFY(fields.contains("RELAYDESK_EVENT=delivered"));
    QVERIFY(fields.contains("RELAYDESK_QUEUE_ID=01HX"));
    QVERIFY(fields.contains("RELAYDESK_DOMAIN=example.org"));
    // Structured fields carry the value itself (the journal stores any bytes), never a field of its own.
    QVERIFY(fields.contains("RELAYDESK_REPLY=250 2.0.0 Ok: queued\r\nforged=1"));
    QVERIFY(!fields.contains("RELAYDESK_FORGED=1"));
    QVERIFY(fields.contains("CODE_FILE=core/delivery/queuerunner.cpp"));
    QVERIFY(fields.contains("CODE_LINE=42"));
    QVERIFY(fields.contains("CODE_FUNC=logOutcomes"));
}

void TestJournalFields::otherCategoriesKeepTheirText()
{
    const QList<QByteArray> fields =
        JournalFields::build(QtWarningMsg, "qt.network.ssl", QStringLiteral("event=x looks like a line"));
    QVERIFY(fields.contains("MESSAGE=event=x looks like a line"));
    QVERIFY(fields.contains("PRIORITY=4"));
    for (const QByteArray& field : fields)
        QVERIFY2(!field.startsWith("RELAYDESK_EVENT"), field.constData());
    QVERIFY(!fields.join('\n').contains("CODE_FILE"));
}

void TestJournalFields::priorities()
{
    QCOMPARE(JournalFields::priority(QtDebugMsg), 7);
    QCOMPARE(JournalFields::priority(QtInfoMsg), 6);
    QCOMPARE(JournalFields::priority(QtWarningMsg), 4);
    QCOMPARE(JournalFields::priority(QtCriticalMsg), 3);
    QCOMPARE(JournalFields::priority(QtFatalMsg), 2);
}

void TestJournalFields::fieldNames()
{
    QCOMPARE(JournalFields::fieldName("queue_id"), QByteArray("RELAYDESK_QUEUE_ID"));
    QCOMPARE(JournalFields::fieldName("bytes_in"), QByteArray("RELAYDESK_BYTES_IN"));
    QCOMPARE(JournalFields::fieldName(QByteArray(80, 'a')).size(), 64);
}

QTEST_GUILESS_MAIN(TestJournalFields)
#include "tst_journalfields.moc"
