#include "core/util/logcategories.h"
#include "core/util/loglevels.h"
#include "core/util/logline.h"

#include <QTest>

using namespace RelayDesk;

/// The operator log's key=value lines: what is quoted, how it is escaped, and that no value splits a line
/// or forges a field.
class TestLogLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainValuesStayBare();
    void escaping_data();
    void escaping();
    void clientInputCannotSplitOrForge();
    void parseIsTheInverse_data();
    void parseIsTheInverse();
    void parseRefusesOtherText();
    void numbersAndStrings();
    void levels();
    void levelRulesFilterCategories();
    void handlerGetsTheLineAsIs();
};

void TestLogLine::plainValuesStayBare()
{
    const LogLine line = LogLine("message_accepted")
                             .add("session", quint64(12))
                             .add("queue_id", QStringLiteral("01HX7Z"))
                             .add("client", QStringLiteral("192.0.2.7:51234"))
                             .add("agent", QStringLiteral("Müller"));
    QCOMPARE(
        line.bytes(),
        QByteArray("event=message_accepted session=12 queue_id=01HX7Z client=192.0.2.7:51234 agent=Müller"));
}

void TestLogLine::escaping_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("empty") << QByteArray() << QByteArray("\"\"");
    QTest::newRow("space") << QByteArray("250 2.0.0 Ok") << QByteArray("\"250 2.0.0 Ok\"");
    QTest::newRow("quote") << QByteArray("say \"hi\"") << QByteArray("\"say \\\"hi\\\"\"");
    QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray("\"a\\\\b\"");
    QTest::newRow("equals") << QByteArray("a=b") << QByteArray("\"a=b\"");
    QTest::newRow("CRLF") << QByteArray("a\r\nb") << QByteArray("\"a\\r\\nb\"");
    QTest::newRow("tab") << QByteArray("a\tb") << QByteArray("\"a\\tb\"");
    QTest::newRow("NUL and ESC") << QByteArray("a\0b\x1b", 4) << QByteArray("\"a\\x00b\\x1b\"");
    QTest::newRow("DEL") << QByteArray("a\x7f") << QByteArray("\"a\\x7f\"");
    QTest::newRow("Latin-1, not UTF-8") << QByteArray("M\xfcller") << QByteArray("\"M\\xfcller\"");
    QTest::newRow("truncated UTF-8") << QByteArray("a\xc3") << QByteArray("\"a\\xc3\"");
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << QByteArray("\"\\xc0\\xaf\"");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QByteArray("\"\\xed\\xa0\\x80\"");
    QTest::newRow("NEL (C1)") << QByteArray("a\xc2\x85") << QByteArray("\"a\\xc2\\x85\"");
    QTest::newRow("line separator") << QByteArray("a\xe2\x80\xa8") << QByteArray("\"a\\xe2\\x80\\xa8\"");
    QTest::newRow("UTF-8 with space") << QByteArray("Jörg S") << QByteArray("\"Jörg S\"");
    QTest::newRow("emoji") << QByteArray("\xf0\x9f\x93\xa7") << QByteArray("\xf0\x9f\x93\xa7");
}

void TestLogLine::escaping()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, written);
    QCOMPARE(LogLine::escapeValue(value), written);
}

void TestLogLine::clientInputCannotSplitOrForge()
{
    // A client that puts a line break and a forged field into what gets logged.
    const QByteArray hostile =
        "x\r\n2024-01-01T00:00:00Z info relaydesk.auth: event=auth_ok agent=boss\" agent=boss";
    const LogLine line =
        LogLine("auth_failed").add("helo", QByteArrayView(hostile)).add("client", "192.0.2.1");
    QVERIFY(!line.bytes().contains('\n'));
    QVERIFY(!line.bytes().contains('\r'));
    const auto fields = LogLine::parse(line.bytes());
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields[0], std::make_pair(QByteArray("event"), QByteArray("auth_failed")));
    QCOMPARE(fields[1], std::make_pair(QByteArray("helo"), hostile));
    QCOMPARE(fields[2], std::make_pair(QByteArray("client"), QByteArray("192.0.2.1")));
}

void TestLogLine::parseIsTheInverse_data()
{
    escaping_data();
}

void TestLogLine::parseIsTheInverse()
{
    QFETCH(QByteArray, value);
    const LogLine line = LogLine("e").add("v", QByteArrayView(value)).add("after", "1");
    const auto fields = LogLine::parse(line.bytes());
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields[1].second, value);
    QCOMPARE(fields[2].second, QByteArray("1"));
}

void TestLogLine::parseRefusesOtherText()
{
    QVERIFY(LogLine::parse("QSslSocket: cannot resolve SSLv2_client_method").isEmpty());
    QVERIFY(LogLine::parse("event=\"unterminated").isEmpty());
    QVERIFY(LogLine::parse("event=\"bad\\x4\"").isEmpty());
    QVERIFY(LogLine::parse("Event=x").isEmpty());
}

void TestLogLine::numbersAndStrings()
{
    const LogLine line = LogLine("n")
                             .add("int", -3)
                             .add("size", qsizetype(26214400))
                             .add("u", quint64(18446744073709551615ULL))
                             .add("literal", "two words")
                             .add("string", QStringLiteral("a\"b"));
    QCOMPARE(
        line.bytes(),
        QByteArray(
            "event=n int=-3 size=26214400 u=18446744073709551615 literal=\"two words\" string=\"a\\\"b\""));
    QCOMPARE(line.toString(), QString::fromUtf8(line.bytes()));
}

void TestLogLine::levels()
{
    QCOMPARE(LogLevels::parse(QStringLiteral("debug")), LogLevel::Debug);
    QCOMPARE(LogLevels::parse(QStringLiteral("INFO")), LogLevel::Info);
    QCOMPARE(LogLevels::parse(QStringLiteral("warning")), LogLevel::Warning);
    QCOMPARE(LogLevels::parse(QStringLiteral("error")), LogLevel::Error);
    QVERIFY(!LogLevels::parse(QStringLiteral("verbose")));
    QVERIFY(!LogLevels::parse(QString()));
    for (LogLevel level : {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error})
        QCOMPARE(LogLevels::parse(LogLevels::name(level)), level);
}

void TestLogLine::levelRulesFilterCategories()
{
    // The default: info and up.
    QVERIFY(!lcSmtp().isDebugEnabled());
    QVERIFY(lcSmtp().isInfoEnabled());
    LogLevels::setFromSetting(QStringLiteral("warning"));
    QCOMPARE(LogLevels::current(), LogLevel::Warning);
    QVERIFY(!lcAuth().isInfoEnabled());
    QVERIFY(lcAuth().isWarningEnabled());
    LogLevels::setFromSetting(QStringLiteral("nonsense")); // not a level: unchanged
    QCOMPARE(LogLevels::current(), LogLevel::Warning);
    LogLevels::setFromCommandLine(LogLevel::Debug);
    QVERIFY(lcDelivery().isDebugEnabled());
    LogLevels::setFromSetting(QStringLiteral("error")); // the command line wins
    QCOMPARE(LogLevels::current(), LogLevel::Debug);
    QVERIFY(lcDelivery().isDebugEnabled());
    LogLevels::setFromCommandLine(LogLevel::Error);
    QVERIFY(!lcDelivery().isWarningEnabled());
    QVERIFY(lcDelivery().isCriticalEnabled());
    // The audit lines pass at any level: start/stop, configuration changes, AUTH and TLS failures.
    QVERIFY(lcEngine().isInfoEnabled());
    QVERIFY(lcConfig().isInfoEnabled());
    QVERIFY(lcAuth().isWarningEnabled());
    QVERIFY(!lcAuth().isInfoEnabled());
    QVERIFY(lcTls().isWarningEnabled());
    // ... unless the command line's quiet default turns them off (its answers are its output).
    LogLevels::setFromCommandLine(LogLevel::Warning, false);
    QVERIFY(!lcConfig().isInfoEnabled());
    QVERIFY(lcConfig().isWarningEnabled());
    LogLevels::setFromCommandLine(LogLevel::Info);
}

namespace {
QString g_lastMessage;
const char* g_lastCategory = nullptr;
void capture(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    g_lastCategory = context.category;
    g_lastMessage = message;
}
} // namespace

void TestLogLine::handlerGetsTheLineAsIs()
{
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    qCInfo(lcAuth) << LogLine("auth_ok").add("agent", "two words");
    qInstallMessageHandler(previous);
    QCOMPARE(QByteArray(g_lastCategory), QByteArray("relaydesk.auth"));
    QCOMPARE(g_lastMessage, QStringLiteral("event=auth_ok agent=\"two words\""));
}

QTEST_GUILESS_MAIN(TestLogLine)
#include "tst_logline.moc"
