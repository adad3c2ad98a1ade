// The admin facade's test message: a well-formed RFC 5322 message, queued durably for the right recipient,
// counted for the chosen Mail Agent, refused with one error text when the agent or an address is wrong, and
// announced to a running engine through the admin_changes 'queue' topic.
#include "core/admin/admin.h"
#include "core/admin/testmessage.h"
#include "core/engine/adminchangewatch.h"
#include "core/query/dashboardquery.h"
#include "core/query/deliverylogquery.h"
#include "core/query/messagetext.h"
#include "core/query/queuequery.h"
#include "core/query/setupquery.h"
#include "core/smtp/encodedwords.h"
#include "core/store/database.h"
#include "tests/support/tempdatadir.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace RelayDesk;

class TestTestMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateTimeIsRfc5322();
    void headersAreWellFormed();
    void theAgentsNameIsWrittenAsItIs();
    void writtenInTheWindowsLanguage();
    void queuedForTheRecipientAndCountedForTheAgent();
    void refusedWithoutChange();
    void runningEngineIsTold();
    void setupState();

private:
    /// The header fields of a message (name lower-cased -> values), or a failure on a malformed header.
    static QMultiHash<QByteArray, QByteArray> headerOf(const QByteArray& content, QByteArray* body);
};

namespace {

/// Stands for the window's translation (the .qm files belong to the ui): German words with umlauts.
class GermanWords final : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (qstrcmp(context, "RelayDesk::TestMessage") != 0)
            return {};
        if (QByteArray(source).startsWith("RelayDesk test message"))
            return QStringLiteral("Testnachricht von RelayDesk für Sie, %1");
        return QStringLiteral("Dies ist eine Testnachricht für den Mail-Agenten „%1“.\n\nGrüße.\n");
    }
    bool isEmpty() const override { return false; }
};

} // namespace

QMultiHash<QByteArray, QByteArray> TestTestMessage::headerOf(const QByteArray& content, QByteArray* body)
{
    QMultiHash<QByteArray, QByteArray> fields;
    const qsizetype end = content.indexOf("\r\n\r\n");
    if (end < 0)
        return fields;
    *body = content.mid(end + 4);
    QList<QByteArray> lines = content.left(end + 2).split('\n');
    lines.removeLast(); // after the last CRLF
    QList<QPair<QByteArray, QByteArray>> unfolded;
    for (const QByteArray& line : std::as_const(lines)) {
        // RFC 5322 2.2: field-name ":" unstructured, printable US-ASCII names, CRLF line ends; a line that
        // begins with white space continues the field before it (2.2.3), its CRLF kept.
        if (!line.endsWith('\r'))
            return {};
        if ((line.startsWith(' ') || line.startsWith('\t')) && !unfolded.isEmpty()) {
            unfolded.last().second += "\r\n" + line.chopped(1);
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return {};
        unfolded.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }
    for (const auto& [name, value] : std::as_const(unfolded))
        fields.insert(name, value);
    return fields;
}

void TestTestMessage::dateTimeIsRfc5322()
{
    const QDateTime east(QDate(2026, 11, 28), QTime(17, 12, 3), QTimeZone(3600));
    QCOMPARE(TestMessage::dateTime(east), QByteArray("Sat, 28 Nov 2026 17:12:03 +0100"));
    const QDateTime west(QDate(2026, 1, 5), QTime(8, 0, 59), QTimeZone(-12600));
    QCOMPARE(TestMessage::dateTime(west), QByteArray("Mon, 5 Jan 2026 08:00:59 -0330"));
    QCOMPARE(QDateTime::fromString(QString::fromLatin1(TestMessage::dateTime(west)), Qt::RFC2822Date), west);
}

void TestTestMessage::headersAreWellFormed()
{
    Test::TempDataDir dir;
    Admin admin(dir.path());
    QVERIFY(admin.agents().create(QStringLiteral("Billing"), {}, {}, {}, {QStringLiteral("office.example")}));
    const auto first =
        admin.testMessages().send(QStringLiteral("Billing"), QStringLiteral("it@office.example"),
                                  QStringLiteral("anna@customer.example"));
    QVERIFY2(first, qPrintable(first.error()));
    const auto second =
        admin.testMessages().send(QStringLiteral("Billing"), QStringLiteral("it@office.example"),
                                  QStringLiteral("anna@customer.example"));
    QVERIFY(second);

    QList<QByteArray> messageIds;
    for (const QString& queueId : {first.value(), second.value()}) {
        const auto row = QueueQuery(dir.path()).message(queueId);
        QVERIFY2(row, qPrintable(row.error()));
        auto db = Database::connection(dir.path());
        QVERIFY(db);
        QSqlQuery query(db.value());
        query.prepare(QStringLiteral("SELECT body FROM message_bodies WHERE message_id = ?"));
        query.addBindValue(row->messageId);
        QVERIFY(query.exec() && query.next());
        const QByteArray content = query.value(0).toByteArray();
        QVERIFY(!content.contains("\n\n") && !content.contains("\r\r"));
        for (const QByteArray& line : content.split('\n')) {
            QVERIFY(line.size() <= 1000);
            for (const char c : line)
                QVERIFY2(static_cast<unsigned char>(c) < 0x80, "7-bit only");
        }
        QByteArray body;
        const auto fields = headerOf(content, &body);
        for (const char* name : {"date", "from", "to", "subject", "message-id"})
            QVERIFY2(fields.count(name) == 1, name); // RFC 5322 3.6: each of these exactly once
        QCOMPARE(fields.value("from"), QByteArray("it@office.example"));
        QCOMPARE(fields.value("to"), QByteArray("anna@customer.example"));
        const QDateTime date =
            QDateTime::fromString(QString::fromLatin1(fields.value("date")), Qt::RFC2822Date);
        QVERIFY(date.isValid());
        QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTime())) < 60);
        QVERIFY(fields.value("subject").startsWith("RelayDesk test message"));
        QVERIFY(fields.value("subject").contains(fields.value("date")));
        QCOMPARE(row->subject, QString::fromLatin1(fields.value("subject")));
        const QRegularExpression id(QStringLiteral("^<[A-Za-z0-9._-]+@[A-Za-z0-9.-]+>$"));
        QVERIFY2(id.match(QString::fromLatin1(fields.value("message-id"))).hasMatch(),
                 fields.value("message-id").constData());
        messageIds << fields.value("message-id");
        QVERIFY(body.contains("Billing"));
        QVERIFY(body.endsWith("\r\n"));
    }
    QVERIFY(messageIds[0] != messageIds[1]);
    Database::releaseThreadConnection(dir.path());
}

void TestTestMessage::theAgentsNameIsWrittenAsItIs()
{
    // An outside tester's "Buchhaltung-Rechnungsversand-Hauptbüro" read "...-Hauptburo" in the message (the
    // body was US-ASCII): two agents "Büro" and "Buro" could not be told apart. Decoded as a mail program
    // decodes it (RFC 2045 6.7), the body names the agent as written, and the message stays 7-bit.
    TestMessage message;
    message.agentName = QStringLiteral("Buchhaltung-Rechnungsversand-Hauptbüro = Zweigstelle Süd mit einem "
                                       "sehr langen Namen, der über eine Zeile hinausgeht");
    message.from = QStringLiteral("it@office.example");
    message.to = QStringLiteral("anna@customer.example");
    message.hostname = QStringLiteral("relay.office.example");
    message.queueId = QStringLiteral("0123456789abcdef");
    message.date = QDateTime::currentDateTime();
    const QByteArray content = message.content();
    QByteArray body;
    const auto fields = headerOf(content, &body);
    QCOMPARE(fields.value("content-type"), QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(fields.value("content-transfer-encoding"), QByteArray("quoted-printable"));
    for (const QByteArray& line : body.split('\n')) {
        QVERIFY2(line.size() <= 77, line.constData()); // 76 and the CR
        for (const char c : line)
            QVERIFY2(static_cast<unsigned char>(c) < 0x80, "7-bit only");
    }
    const QString decoded = QString::fromUtf8(MessageText::decodeQuotedPrintable(body));
    QVERIFY2(
        decoded.contains(QStringLiteral("for the Mail Agent \"") + message.agentName + QStringLiteral("\".")),
        qPrintable(decoded));
    QVERIFY(decoded.endsWith(QStringLiteral("reaches this mailbox.\r\n")));
}

// An outside tester's French window sent its test message in English. In the window's language, the Subject
// as RFC 2047 encoded words (the header stays US-ASCII), the body as quoted-printable UTF-8.
void TestTestMessage::writtenInTheWindowsLanguage()
{
    GermanWords german;
    QVERIFY(QCoreApplication::installTranslator(&german));
    TestMessage message;
    message.from = QStringLiteral("it@example.com");
    message.to = QStringLiteral("bob@example.org");
    message.agentName = QStringLiteral("Büro");
    message.queueId = QStringLiteral("1m8zkp5y3qb31b1p");
    message.date = QDateTime(QDate(2026, 12, 7), QTime(9, 30), QTimeZone(3600));
    const QByteArray content = message.content();
    QCoreApplication::removeTranslator(&german);
    QByteArray body;
    const auto fields = headerOf(content, &body);
    QVERIFY2(!fields.isEmpty(), content.constData());
    for (const char c : content.left(content.indexOf("\r\n\r\n")))
        QVERIFY2(uchar(c) < 0x80, content.constData());
    const QByteArray subject = fields.value("subject");
    QVERIFY2(subject.startsWith("=?UTF-8?B?"), subject.constData());
    QCOMPARE(EncodedWords::decode(QByteArray(subject).replace("\r\n ", " ")),
             QStringLiteral("Testnachricht von RelayDesk für Sie, Mon, 7 Dec 2026 09:30:00 +0100"));
    // RFC 2045 6.7: soft line breaks out, then each =XX an octet.
    QByteArray decoded;
    const QByteArray joined = QByteArray(body).replace("=\r\n", "");
    for (qsizetype i = 0; i < joined.size(); ++i) {
        if (joined[i] == '=' && i + 2 < joined.size()) {
            decoded += char(joined.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            decoded += joined[i];
        }
    }
    QCOMPARE(QString::fromUtf8(decoded),
             QStringLiteral("Dies ist eine Testnachricht für den Mail-Agenten „Büro“.\r\n\r\nGrüße.\r\n"));
}

void TestTestMessage::queuedForTheRecipientAndCountedForTheAgent()
{
    Test::TempDataDir dir;
    Admin admin(dir.path());
    QVERIFY(admin.agents().create(QStringLiteral("Billing"), {}, {}, {}, {QStringLiteral("office.example")}));
    QVERIFY(admin.agents().create(QStringLiteral("Scanner"), {}, {}, {}, {QStringLiteral("office.example")}));
    const auto queued =
        admin.testMessages().send(QStringLiteral("Scanner"), QStringLiteral("scan@office.example"),
                                  QStringLiteral("bob@customer.example"));
    QVERIFY2(queued, qPrintable(queued.error()));

    const auto row = QueueQuery(dir.path()).message(queued.value());
    QVERIFY(row);
    QCOMPARE(row->agent, QStringLiteral("Scanner"));
    QCOMPARE(row->sender, QStringLiteral("scan@office.example"));
    QCOMPARE(row->state, QStringLiteral("queued"));
    const auto recipients = DeliveryLogQuery(dir.path()).ofMessage(row->messageId);
    QVERIFY(recipients);
    QCOMPARE(recipients->size(), 1);
    QCOMPARE(recipients->first().recipient, QStringLiteral("bob@customer.example"));
    QCOMPARE(recipients->first().state, QStringLiteral("queued"));

    const auto snapshot = DashboardQuery(dir.path()).load(QDate::currentDate());
    QVERIFY(snapshot);
    QCOMPARE(snapshot->acceptedToday, 1);
    QCOMPARE(snapshot->history.size(), 1);
    QCOMPARE(snapshot->history.first().agent, QStringLiteral("Scanner"));
    QCOMPARE(snapshot->history.first().accepted, 1);
}

void TestTestMessage::refusedWithoutChange()
{
    Test::TempDataDir dir;
    Admin admin(dir.path());
    QVERIFY(admin.agents().create(QStringLiteral("Billing"), {}, {}, {}, {QStringLiteral("office.example")}));
    QVERIFY(admin.agents().create(QStringLiteral("Old"), {}, {}));
    QVERIFY(admin.agents().setEnabled(QStringLiteral("Old"), false));
    const QString from = QStringLiteral("it@office.example");
    const QString to = QStringLiteral("anna@customer.example");
    TestMessageAdmin tests = admin.testMessages();
    QVERIFY(!tests.send(QStringLiteral("Nobody"), from, to));
    const auto disabled = tests.send(QStringLiteral("Old"), from, to);
    QVERIFY(!disabled);
    QVERIFY(disabled.error().contains(QStringLiteral("disabled")));
    QVERIFY(!tests.send(QStringLiteral("Billing"), QStringLiteral("no-at-sign"), to));
    QVERIFY(!tests.send(QStringLiteral("Billing"), from, QString()));
    QVERIFY(!tests.send(QStringLiteral("Billing"), from, QStringLiteral("a b@customer.example")));
    QVERIFY(
        !tests.send(QStringLiteral("Billing"), from, QStringLiteral("anna@customer.example\r\nBcc: x@y.z")));
    QVERIFY(!tests.send(QStringLiteral("Billing"), QStringLiteral("jürgen@office.example"), to));
    // docs/protocols.md, "Sender domains": the same rule as over SMTP, naming what is allowed.
    const auto foreign = tests.send(QStringLiteral("Billing"), QStringLiteral("it@elsewhere.example"), to);
    QVERIFY(!foreign);
    QVERIFY2(foreign.error().contains(QStringLiteral("allowed: office.example")),
             qPrintable(foreign.error()));
    QVERIFY(!tests.send(QStringLiteral("Billing"), QStringLiteral("it@sub.office.example"), to));
    QCOMPARE(tests.defaultFrom(QStringLiteral("Billing")), QStringLiteral("relaydesk-test@office.example"));
    QVERIFY(TestMessageAdmin::addressProblem(from).isEmpty());
    const auto snapshot = DashboardQuery(dir.path()).load(QDate::currentDate());
    QVERIFY(snapshot);
    QCOMPARE(snapshot->acceptedToday, 0);
    QCOMPARE(snapshot->pendingRecipients, 0);
}

void TestTestMessage::runningEngineIsTold()
{
    Test::TempDataDir dir;
    Admin admin(dir.path());
    QVERIFY(admin.agents().create(QStringLiteral("Billing"), {}, {}, {}, {QStringLiteral("office.example")}));
    AdminChangeWatch watch(dir.path(), 20);
    watch.start();
    QSignalSpy changed(&watch, &AdminChangeWatch::changed);
    // Twice: the first creates the topic, the second moves its version.
    for (int i = 0; i < 2; ++i) {
        changed.clear();
        QVERIFY(admin.testMessages().send(QStringLiteral("Billing"), QStringLiteral("it@office.example"),
                                          QStringLiteral("anna@customer.example")));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("queue"));
    }
    watch.stop();
}

void TestTestMessage::setupState()
{
    Test::TempDataDir dir;
    Admin admin(dir.path());
    auto state = SetupQuery(dir.path()).load();
    QVERIFY(state);
    QVERIFY(state->isFresh());
    QVERIFY(state->hasWayOut());
    QVERIFY(!state->isComplete());
    QVERIFY(admin.agents().create(QStringLiteral("Billing"), {}, {}, {}, {QStringLiteral("office.example")}));
    QVERIFY(admin.certificates().generateSelfSigned(QStringLiteral("relay.office.example")));
    state = SetupQuery(dir.path()).load();
    QVERIFY(state && state->isComplete() && !state->isFresh());
    QVERIFY(admin.settings().set({{QStringLiteral("delivery.enabled"), QStringLiteral("false")}}));
    state = SetupQuery(dir.path()).load();
    QVERIFY(state && !state->hasWayOut());
    QVERIFY(admin.settings().set({{QStringLiteral("delivery.enabled"), QStringLiteral("true")}}));
    SmarthostSettings smarthost;
    smarthost.host = QStringLiteral("smtp.zeptomail.com");
    QVERIFY(admin.routes().setSmarthost(smarthost));
    // setSmarthost refuses a user name without a password; a setting changed alone can still leave one.
    smarthost.username = QStringLiteral("emailapikey");
    QVERIFY(admin.settings().set({{QStringLiteral("delivery.smarthost_username"), smarthost.username}}));
    state = SetupQuery(dir.path()).load();
    QVERIFY(state && state->smarthostMissesPassword && !state->hasWayOut());
    QCOMPARE(state->smarthost, QStringLiteral("smtp.zeptomail.com"));
    smarthost.password = "secret";
    QVERIFY(admin.routes().setSmarthost(smarthost));
    state = SetupQuery(dir.path()).load();
    QVERIFY(state && state->hasWayOut());
}

QTEST_GUILESS_MAIN(TestTestMessage)
#include "tst_testmessage.moc"
