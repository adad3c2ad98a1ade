// The Delivery Logs' free text and recipient filter as an outside tester used them on a log of 12,000 rows:
// reply codes ("451", "4.7.1", "5.1.1") and IDN domains typed in U-labels ("bücher") found nothing. Runs on
// SQLite and, with RELAYDESK_TEST_PG, on PostgreSQL (docs/postgresql.md, "Tests").
#include "core/query/deliverylogquery.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "core/store/searchindex.h"
#include "core/store/sqldialect.h"
#include "core/store/textsearchquery.h"
#include "core/util/domainname.h"
#include "tests/support/bulkrows.h"
#include "tests/support/tempdatadir.h"

#include <QSqlQuery>
#include <QTest>

#include <thread>
#include <tuple>

using namespace RelayDesk;

// Migration 35's triggers, dropped before a test runs the migrations again from an older version.
static bool dropSecondCertificateTriggers(QSqlQuery& sql, const QSqlDatabase& db)
{
    for (const char* trigger :
         {"second_certificate_added", "second_certificate_changed", "second_certificate_removed"}) {
        if (!sql.exec(SqlDialect::isPostgreSql(db)
                          ? QStringLiteral("DROP TRIGGER %1 ON settings").arg(QLatin1String(trigger))
                          : QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger))))
            return false;
    }
    return true;
}

class TestTextSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void queries_data();
    void queries();
    void replyCodesAreFound_data();
    void replyCodesAreFound();
    void unicodeDomainsAreFound();
    void rowsIndexedBeforeAreIndexedAgain();
    void twoNodesIndexOneAtATime();
    void aSubjectWithPunctuationIsFoundAsWritten();
    void aMessageIdIsFound();
    void germanSpellingsFindEachOther();

private:
    int count(const LogFilter& filter) const;
    int countText(const QString& text) const;
    QSqlDatabase db() const { return Database::connection(m_dir.path()).value(); }

    Test::TempDataDir m_dir;
};

void TestTextSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Test::BulkRows rows(db());
    const qint64 id = rows.message(QStringLiteral("QA1"), QStringLiteral("crm"),
                                   QStringLiteral("a@b.example"), QStringLiteral("Rechnung"), 1000, false);
    rows.recipient(id, QStringLiteral("kunde400258@xn--bcher-kva.example"), QStringLiteral("deferred"), 1, 0,
                   451, 1000);
    rows.recipient(id, QStringLiteral("tls@tls.example"), QStringLiteral("deferred"), 1, 0, 451, 1000);
    rows.recipient(id, QStringLiteral("gone@plain.example"), QStringLiteral("bounced"), 1, 0, 550, 1000);
    rows.recipient(id, QStringLiteral("other@plain.example"), QStringLiteral("bounced"), 1, 0, 550, 1000);
    rows.recipient(id, QStringLiteral("fine@plain.example"), QStringLiteral("delivered"), 1, 0, 250, 1000);
    QVERIFY(rows.commit());
    // What the outcome recorder writes: the code, the enhanced code and the text apart.
    QSqlQuery update(db());
    for (const auto& [address, enhanced, reply] :
         {std::tuple{"kunde400258@xn--bcher-kva.example", "4.7.1", "Greylisted, come back later"},
          std::tuple{"tls@tls.example", "4.7.10", "TLS is required but the server does not offer STARTTLS"},
          std::tuple{"gone@plain.example", "5.1.1", "No such user"},
          std::tuple{"other@plain.example", "5.7.1", "Message refused"},
          std::tuple{"fine@plain.example", "2.0.0", "Ok: queued as 550A1"}}) {
        QVERIFY(update.prepare(
            QStringLiteral("UPDATE recipients SET last_enhanced = ?, last_reply = ? WHERE address = ?")));
        update.addBindValue(QString::fromLatin1(enhanced));
        update.addBindValue(QString::fromLatin1(reply));
        update.addBindValue(QString::fromLatin1(address));
        QVERIFY(update.exec());
    }
    QSqlDatabase connection = db();
    QCOMPARE(SearchIndex::indexBatch(connection).value(), 5);
}

int TestTextSearch::count(const LogFilter& filter) const
{
    const auto counted = DeliveryLogQuery(m_dir.path()).count(filter);
    if (!counted) {
        qWarning() << counted.error();
        return -1;
    }
    return int(counted.value());
}

int TestTextSearch::countText(const QString& text) const
{
    LogFilter filter;
    filter.text = text;
    return count(filter);
}

void TestTextSearch::queries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fts5");
    QTest::addColumn<QString>("tsquery");
    // Punctuation joins the words of a term into a phrase, the last word a prefix.
    QTest::newRow("words") << QStringLiteral("anna.1@cust") << QStringLiteral("\"anna 1 cust\"*")
                           << QStringLiteral("anna <-> 1 <-> cust:*");
    QTest::newRow("subject with a dash") << QStringLiteral("crm-REJECT") << QStringLiteral("\"crm REJECT\"*")
                                         << QStringLiteral("crm <-> reject:*");
    QTest::newRow("quoted phrase") << QStringLiteral("\"crm REJECT\" 550")
                                   << QStringLiteral("\"crm REJECT\"* AND \"550\"*")
                                   << QStringLiteral("crm <-> reject:* & 550:*");
    QTest::newRow("operators quoted")
        << QStringLiteral("\" OR NEAR(") << QStringLiteral("\"OR NEAR\"*") << QStringLiteral("or <-> near:*");
    QTest::newRow("code") << QStringLiteral("451") << QStringLiteral("\"451\"*") << QStringLiteral("451:*");
    // RFC 3463 2: a full enhanced code is itself (4.7.1 is not 4.7.10); a shorter one starts one.
    QTest::newRow("enhanced code") << QStringLiteral("4.7.1") << QStringLiteral("\"4 7 1\"")
                                   << QStringLiteral("4 <-> 7 <-> 1");
    QTest::newRow("enhanced start") << QStringLiteral("5.1") << QStringLiteral("\"5 1\"*")
                                    << QStringLiteral("5 <-> 1:*");
    QTest::newRow("code and text") << QStringLiteral("451 4.7.1 grey")
                                   << QStringLiteral("\"451\"* AND \"4 7 1\" AND \"grey\"*")
                                   << QStringLiteral("451:* & 4 <-> 7 <-> 1 & grey:*");
    // RFC 5891 4: the U-label form or the A-label form the store holds.
    // And German's other spelling of an umlaut ("buecher").
    QTest::newRow("u-label") << QStringLiteral("bücher")
                             << QStringLiteral("((\"bücher\"*) OR (\"xn bcher kva\"*) OR (\"buecher\"*))")
                             << QStringLiteral("((bücher:*) | (xn <-> bcher <-> kva:*) | (buecher:*))");
    // A word with an accent beside another: the group needs the AND written out in FTS5.
    QTest::newRow("two words, one accented")
        << QStringLiteral("Rechnung bücher")
        << QStringLiteral("\"Rechnung\"* AND ((\"bücher\"*) OR (\"xn bcher kva\"*) OR (\"buecher\"*))")
        << QStringLiteral("rechnung:* & ((bücher:*) | (xn <-> bcher <-> kva:*) | (buecher:*))");
    // Swiss German writes "ss" for "ß", and a keyboard without umlauts "oe" for "ö" (an outside tester's
    // "Strasse" found no "Straße", "Soehne" no "Söhne").
    QTest::newRow("ss for sharp s") << QStringLiteral("Strasse")
                                    << QStringLiteral("((\"Strasse\"*) OR (\"Straße\"*))")
                                    << QStringLiteral("((strasse:*) | (straße:*))");
    QTest::newRow("sharp s for ss")
        << QStringLiteral("Straße")
        << QStringLiteral("((\"Straße\"*) OR (\"xn strae oqa\"*) OR (\"Strasse\"*))")
        << QStringLiteral("((straße:*) | (xn <-> strae <-> oqa:*) | (strasse:*))");
    QTest::newRow("oe for umlaut") << QStringLiteral("Soehne")
                                   << QStringLiteral("((\"Soehne\"*) OR (\"Söhne\"*) OR (\"Sœhne\"*))")
                                   << QStringLiteral("((soehne:*) | (söhne:*) | (sœhne:*))");
    // French writes "oe" for "œ" on a keyboard without it (an outside tester's "oeuvre" found no "Œuvre").
    QTest::newRow("oe for the ligature")
        << QStringLiteral("Œuvre") << QStringLiteral("((\"Œuvre\"*) OR (\"xn uvre f4a\"*) OR (\"Oeuvre\"*))")
        << QStringLiteral("((œuvre:*) | (xn <-> uvre <-> f4a:*) | (oeuvre:*))");
    QTest::newRow("nothing") << QStringLiteral(" @. ") << QString() << QString();
}

void TestTextSearch::queries()
{
    QFETCH(QString, text);
    QFETCH(QString, fts5);
    QFETCH(QString, tsquery);
    QCOMPARE(TextSearchQuery::build(false, text), fts5);
    QCOMPARE(TextSearchQuery::build(true, text), tsquery);
}

void TestTextSearch::replyCodesAreFound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("found");
    QTest::newRow("451") << QStringLiteral("451") << 2;
    QTest::newRow("550") << QStringLiteral("550") << 3; // two bounces, and a reply text that holds "550A1"
    QTest::newRow("5.1.1") << QStringLiteral("5.1.1") << 1;
    QTest::newRow("4.7.1") << QStringLiteral("4.7.1") << 1; // not 4.7.10
    QTest::newRow("4.7.10") << QStringLiteral("4.7.10") << 1;
    QTest::newRow("4.7") << QStringLiteral("4.7") << 2;
    QTest::newRow("code and word") << QStringLiteral("451 starttls") << 1;
    QTest::newRow("5.7.1 and text") << QStringLiteral("550 5.7.1 refused") << 1;
    QTest::newRow("the text still") << QStringLiteral("greylisted") << 1;
}

void TestTextSearch::replyCodesAreFound()
{
    QFETCH(QString, text);
    QFETCH(int, found);
    QCOMPARE(countText(text), found);
}

void TestTextSearch::unicodeDomainsAreFound()
{
    // The conversion route add and domain add use, on the domain part of what was typed.
    QCOMPARE(DomainName::asciiForm(QStringLiteral("kunde400258@bücher")),
             QStringLiteral("kunde400258@xn--bcher-kva"));
    QCOMPARE(DomainName::asciiForm(QStringLiteral("@Bücher.")), QStringLiteral("@xn--bcher-kva."));
    QCOMPARE(DomainName::asciiForm(QStringLiteral("Anna@Example.com")), QStringLiteral("Anna@Example.com"));
    QCOMPARE(DomainName::asciiForm(QStringLiteral("bücher!")), QStringLiteral("bücher!")); // no domain name
    // The search box: the U-label word, the whole address, and the A-label form as before.
    QCOMPARE(countText(QStringLiteral("bücher")), 1);
    QCOMPARE(countText(QStringLiteral("kunde400258@bücher.example")), 1);
    QCOMPARE(countText(QStringLiteral("BÜCHER.example")), 1);
    QCOMPARE(countText(QStringLiteral("xn--bcher-kva")), 1);
    QCOMPARE(countText(QStringLiteral("bücherei")), 0);
    // With another word: "fts5: syntax error" before (an outside tester's "Rechnung für Müller").
    QCOMPARE(countText(QStringLiteral("Rechnung bücher")), 1);
    QCOMPARE(countText(QStringLiteral("bücher Rechnung")), 1);
    QCOMPARE(countText(QStringLiteral("Rechnung bücher für")), 0);
    // "Recipient starts with", and the command line's --recipient (recipientContains).
    LogFilter filter;
    filter.recipient = QStringLiteral("kunde400258@bücher");
    QCOMPARE(count(filter), 1);
    const auto page = DeliveryLogQuery(m_dir.path()).pageAfter(filter, nullptr, 10);
    QVERIFY2(page.ok(), qPrintable(page.error()));
    QCOMPARE(page->size(), 1);
    QCOMPARE(page->first().recipient, QStringLiteral("kunde400258@xn--bcher-kva.example"));
    filter.recipient = QStringLiteral("kunde400258@Bücher.example");
    QCOMPARE(count(filter), 1);
    filter.recipient = QStringLiteral("kunde400258@xn--bcher");
    QCOMPARE(count(filter), 1);
    filter.recipient.clear();
    filter.recipientContains = QStringLiteral("kunde400258@bücher.example");
    QCOMPARE(count(filter), 1);
    filter.recipientContains = QStringLiteral("@bücher.");
    QCOMPARE(count(filter), 1);
}

void TestTextSearch::rowsIndexedBeforeAreIndexedAgain()
{
    // A store indexed before migration 20 holds the reply text alone: make it so, and step back a version.
    Test::TempDataDir dir;
    QSqlDatabase db = Database::connection(dir.path()).value();
    Test::BulkRows rows(db);
    const qint64 id = rows.message(QStringLiteral("QB1"), QStringLiteral("crm"),
                                   QStringLiteral("a@b.example"), QStringLiteral("Hello"), 1000, false);
    rows.recipient(id, QStringLiteral("x@old.example"), QStringLiteral("deferred"), 1, 0, 451, 1000);
    rows.recipient(id, QStringLiteral("y@old.example"), QStringLiteral("queued"), 0, 0, QVariant(), 1000);
    QVERIFY(rows.commit());
    QSqlQuery sql(db);
    QVERIFY(sql.exec(QStringLiteral("UPDATE recipients SET last_enhanced = '4.7.1', last_reply = 'Try later'"
                                    " WHERE last_code = 451")));
    QCOMPARE(SearchIndex::indexBatch(db).value(), 2);
    QVERIFY(sql.exec(QStringLiteral("UPDATE delivery_log_fts SET reply = 'Try later' WHERE reply <> ''")));
    // Back to before migration 20; the later ones run again too: 21 may (IF NOT EXISTS), the column of 22
    // goes first, as a store of that version did not have it (a column cannot be added twice), 23 makes
    // the delivery log's table again, as it would from a store of any version, and what 24, 25, 26, 28,
    // 29, 30, 31, 32, 33, 34 and 35 made goes first.
    constexpr int searchReplyCodesVersion = 20;
    QVERIFY(int(schemaMigrations().size()) >= searchReplyCodesVersion);
    QCOMPARE(int(schemaMigrations().size()), 35);
    QVERIFY(dropSecondCertificateTriggers(sql, db)); // 35 makes them again
    for (const char* drop :
         {"ALTER TABLE messages DROP COLUMN dsn_ret", "ALTER TABLE messages DROP COLUMN dsn_envid",
          "ALTER TABLE recipients DROP COLUMN dsn_notify", "ALTER TABLE recipients DROP COLUMN dsn_orcpt"})
        QVERIFY(sql.exec(QLatin1String(drop)));
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE routes DROP COLUMN username")));
    QVERIFY(sql.exec(QStringLiteral("DROP INDEX messages_failures_held")));
    QVERIFY(sql.exec(QStringLiteral("DROP INDEX messages_notice_of")));
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE messages DROP COLUMN failures_held")));
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE recipients DROP COLUMN failure_report")));
    QVERIFY(sql.exec(QStringLiteral("DROP TABLE refused_submissions")));
    QVERIFY(sql.exec(QStringLiteral("DROP TABLE retired_credentials")));
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE agent_daily_stats DROP COLUMN limited")));
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE messages DROP COLUMN notice_of")));
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE messages DROP COLUMN message_id")));
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE nodes DROP COLUMN sessions")));
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE messages DROP COLUMN removed_at")));
    QVERIFY(sql.exec(SqlDialect::isPostgreSql(db) ? QStringLiteral("DROP TRIGGER agents_remembered ON agents")
                                                  : QStringLiteral("DROP TRIGGER agents_remembered")));
    QVERIFY(sql.exec(QStringLiteral("DROP TABLE deleted_agents")));
    QVERIFY(sql.exec(
        SqlDialect::isPostgreSql(db)
            ? QStringLiteral("UPDATE schema_version SET version = %1").arg(searchReplyCodesVersion - 1)
            : QStringLiteral("PRAGMA user_version = %1").arg(searchReplyCodesVersion - 1)));
    LogFilter filter;
    filter.text = QStringLiteral("451");
    const DeliveryLogQuery query(dir.path());
    QCOMPARE(query.count(filter).value(), 0);

    // The upgrade only notes the recipients with a reply; the old rows stay searchable until a batch runs.
    QVERIFY(Database::initialize(dir.path()).ok());
    QCOMPARE(SearchIndex::pendingCount(db).value(), 1);
    filter.text = QStringLiteral("later");
    QCOMPARE(query.count(filter).value(), 1);
    QCOMPARE(SearchIndex::indexBatch(db).value(), 1);
    for (const QString& text : {QStringLiteral("451"), QStringLiteral("4.7.1"), QStringLiteral("later")}) {
        filter.text = text;
        QCOMPARE(query.count(filter).value(), 1);
    }
    filter.text = QStringLiteral("old");
    QCOMPARE(query.count(filter).value(), 2); // replaced, not added

    // From now on a new code alone (the text unchanged) notes the recipient too.
    QVERIFY(sql.exec(QStringLiteral("UPDATE recipients SET last_code = 452, last_enhanced = '4.2.2'"
                                    " WHERE last_code = 451")));
    QCOMPARE(SearchIndex::pendingCount(db).value(), 1);
    QCOMPARE(SearchIndex::indexBatch(db).value(), 1);
    filter.text = QStringLiteral("4.2.2");
    QCOMPARE(query.count(filter).value(), 1);
    filter.text = QStringLiteral("451");
    QCOMPARE(query.count(filter).value(), 0);
}

void TestTextSearch::aSubjectWithPunctuationIsFoundAsWritten()
{
    // An outside tester typed the subject "crm-REJECT" and got every crm row whose reply said "rejected".
    Test::TempDataDir dir;
    QSqlDatabase db = Database::connection(dir.path()).value();
    Test::BulkRows rows(db);
    const qint64 exact =
        rows.message(QStringLiteral("QP1"), QStringLiteral("crm"), QStringLiteral("crm@b.example"),
                     QStringLiteral("crm-REJECT"), 1000, false);
    rows.recipient(exact, QStringLiteral("one@p.example"), QStringLiteral("delivered"), 1, 0, 250, 1000);
    const qint64 other =
        rows.message(QStringLiteral("QP2"), QStringLiteral("crm"), QStringLiteral("crm@b.example"),
                     QStringLiteral("crm weekly"), 1000, false);
    rows.recipient(other, QStringLiteral("two@p.example"), QStringLiteral("bounced"), 1, 0, 550, 1000);
    QVERIFY(rows.commit());
    QSqlQuery update(db);
    QVERIFY(update.exec(
        QStringLiteral("UPDATE recipients SET last_reply = 'Message rejected' WHERE last_code = 550")));
    QVERIFY(SearchIndex::indexBatch(db).value() >= 2);
    const DeliveryLogQuery query(dir.path());
    LogFilter filter;
    for (const QString& text :
         {QStringLiteral("crm-REJECT"), QStringLiteral("\"crm reject\""), QStringLiteral("crm-rej")}) {
        filter.text = text;
        QCOMPARE(query.count(filter).value(), 1);
    }
    filter.text = QStringLiteral("crm reject"); // two words: each anywhere, as before
    QCOMPARE(query.count(filter).value(), 2);
}

void TestTextSearch::aMessageIdIsFound()
{
    // Support staff asked about "the mail with Message-ID <...>" (an outside tester): it found nothing, as
    // the index held no Message-ID. A store indexed before migration 27 gets its rows indexed again.
    Test::TempDataDir dir;
    QSqlDatabase db = Database::connection(dir.path()).value();
    Test::BulkRows rows(db);
    const qint64 first =
        rows.message(QStringLiteral("QM1"), QStringLiteral("crm"), QStringLiteral("crm@b.example"),
                     QStringLiteral("Invoice"), 1000, false);
    rows.recipient(first, QStringLiteral("one@m.example"), QStringLiteral("delivered"), 1, 0, 250, 1000);
    const qint64 second =
        rows.message(QStringLiteral("QM2"), QStringLiteral("crm"), QStringLiteral("crm@b.example"),
                     QStringLiteral("Invoice"), 1000, false);
    rows.recipient(second, QStringLiteral("two@m.example"), QStringLiteral("delivered"), 1, 0, 250, 1000);
    QVERIFY(rows.commit());
    QSqlQuery sql(db);
    QVERIFY(sql.exec(QStringLiteral("UPDATE messages SET message_id = '<20261205.4711.abc@crm.b.example>'"
                                    " WHERE queue_id = 'QM1'")));
    QVERIFY(sql.exec(QStringLiteral("UPDATE messages SET message_id = '<20261205.4712.abd@crm.b.example>'"
                                    " WHERE queue_id = 'QM2'")));
    // As a store of migration 26 indexed them: the queue id alone.
    QCOMPARE(SearchIndex::indexBatch(db).value(), 2);
    QVERIFY(sql.exec(QStringLiteral("UPDATE delivery_log_fts SET queue_id = 'QM1' WHERE rowid IN (SELECT r.id"
                                    " FROM recipients r JOIN messages m ON m.id = r.message_id"
                                    " WHERE m.queue_id = 'QM1')")));
    QVERIFY(sql.exec(QStringLiteral("UPDATE delivery_log_fts SET queue_id = 'QM2' WHERE rowid IN (SELECT r.id"
                                    " FROM recipients r JOIN messages m ON m.id = r.message_id"
                                    " WHERE m.queue_id = 'QM2')")));
    const DeliveryLogQuery query(dir.path());
    LogFilter filter;
    filter.text = QStringLiteral("<20261205.4711.abc@crm.b.example>");
    QCOMPARE(query.count(filter).value(), 0);
    constexpr int searchMessageIdVersion = 27;
    QVERIFY(sql.exec(QStringLiteral("DROP INDEX messages_notice_of"))); // 32 makes it on notice_of
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE messages DROP COLUMN notice_of"))); // 28 adds it again
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE agent_daily_stats DROP COLUMN limited"))); // and 29 this
    QVERIFY(sql.exec(QStringLiteral("DROP TABLE retired_credentials")));                    // and 30 this
    QVERIFY(sql.exec(QStringLiteral("DROP TABLE refused_submissions")));                    // and 31 this
    QVERIFY(sql.exec(QStringLiteral("DROP INDEX messages_failures_held")));                 // and 32 these
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE messages DROP COLUMN failures_held")));
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE recipients DROP COLUMN failure_report")));
    QVERIFY(sql.exec(QStringLiteral("ALTER TABLE routes DROP COLUMN username"))); // and 33 this
    for (const char* drop :
         {"ALTER TABLE messages DROP COLUMN dsn_ret", "ALTER TABLE messages DROP COLUMN dsn_envid",
          "ALTER TABLE recipients DROP COLUMN dsn_notify",
          "ALTER TABLE recipients DROP COLUMN dsn_orcpt"}) // and 34 these
        QVERIFY(sql.exec(QLatin1String(drop)));
    QVERIFY(dropSecondCertificateTriggers(sql, db)); // and 35 these
    QVERIFY(sql.exec(
        SqlDialect::isPostgreSql(db)
            ? QStringLiteral("UPDATE schema_version SET version = %1").arg(searchMessageIdVersion - 1)
            : QStringLiteral("PRAGMA user_version = %1").arg(searchMessageIdVersion - 1)));
    QVERIFY(Database::initialize(dir.path()).ok());
    QCOMPARE(SearchIndex::pendingCount(db).value(), 2);
    QCOMPARE(SearchIndex::indexBatch(db).value(), 2);
    // As copied from a mail program's headers, with or without the angle brackets, or a part of it, and with
    // the field's name as a header view shows it (an outside tester found nothing so).
    for (const QString& text : {QStringLiteral("<20261205.4711.abc@crm.b.example>"),
                                QStringLiteral("20261205.4711.abc@crm.b.example"), QStringLiteral("4711.abc"),
                                QStringLiteral("Message-Id: <20261205.4711.abc@crm.b.example>"),
                                QStringLiteral("MESSAGE-ID:<20261205.4711.abc@crm.b.example>")}) {
        filter.text = text;
        QCOMPARE(query.count(filter).value(), 1);
    }
    filter.text = QStringLiteral("20261205 crm.b.example");
    QCOMPARE(query.count(filter).value(), 2);
    filter.text = QStringLiteral("QM1"); // the queue id is still found
    QCOMPARE(query.count(filter).value(), 1);
}

void TestTextSearch::twoNodesIndexOneAtATime()
{
    // Two nodes on one PostgreSQL store both indexed the same noted rows, and the second failed on the
    // index's primary key: an ERROR in the database's log at every such collision.
    Test::TempDataDir dir;
    QSqlDatabase db = Database::connection(dir.path()).value();
    if (!SqlDialect::isPostgreSql(db))
        QSKIP("one SQLite store has one writer; the nodes that share a store share a PostgreSQL one");
    Test::BulkRows rows(db);
    const qint64 id = rows.message(QStringLiteral("QC1"), QStringLiteral("crm"),
                                   QStringLiteral("a@b.example"), QStringLiteral("Twice"), 1000, false);
    rows.recipient(id, QStringLiteral("x@two.example"), QStringLiteral("deferred"), 1, 0, 451, 1000);
    QVERIFY(rows.commit());

    QVERIFY(db.transaction());
    QCOMPARE(SearchIndex::indexBatch(db).value(), 1);
    // The other node: a connection of its own (one per thread), bounded so that a wait shows as a failure.
    QString other;
    std::thread node([&dir, &other] {
        {
            QSqlDatabase second = Database::connection(dir.path()).value();
            QSqlQuery(second).exec(QStringLiteral("SET statement_timeout = 3000"));
            second.transaction();
            const auto batch = SearchIndex::indexBatch(second);
            other = batch ? QString::number(batch.value()) : batch.error();
            second.rollback();
        }
        Database::releaseThreadConnection(dir.path());
    });
    node.join();
    QCOMPARE(other, QString::number(SearchIndex::kAnotherNodeIndexes));
    QVERIFY(db.commit());
    QCOMPARE(SearchIndex::pendingCount(db).value(), 0);
    LogFilter filter;
    filter.text = QStringLiteral("twice");
    QCOMPARE(DeliveryLogQuery(dir.path()).count(filter).value(), 1);
}

void TestTextSearch::germanSpellingsFindEachOther()
{
    // Support in Switzerland types "Strasse" for a subject written "Straße", and "Soehne" for "Söhne" (an
    // outside tester found nothing); and the other way round.
    Test::TempDataDir dir;
    QSqlDatabase db = Database::connection(dir.path()).value();
    Test::BulkRows rows(db);
    const qint64 sharp =
        rows.message(QStringLiteral("QG1"), QStringLiteral("crm"), QStringLiteral("a@b.example"),
                     QStringLiteral("Mahnung Bahnhofstraße, Müller Söhne"), 1000, false);
    rows.recipient(sharp, QStringLiteral("one@g.example"), QStringLiteral("delivered"), 1, 0, 250, 1000);
    const qint64 swiss =
        rows.message(QStringLiteral("QG2"), QStringLiteral("crm"), QStringLiteral("a@b.example"),
                     QStringLiteral("Offerte Seestrasse"), 1000, false);
    rows.recipient(swiss, QStringLiteral("two@g.example"), QStringLiteral("delivered"), 1, 0, 250, 1000);
    QVERIFY(rows.commit());
    QVERIFY(SearchIndex::indexBatch(db).value() >= 2);
    const DeliveryLogQuery query(dir.path());
    const auto found = [&query](const QString& text) {
        LogFilter filter;
        filter.text = text;
        return query.count(filter).value();
    };
    QCOMPARE(found(QStringLiteral("Bahnhofstrasse")), 1);
    QCOMPARE(found(QStringLiteral("Bahnhofstraße")), 1);
    QCOMPARE(found(QStringLiteral("Seestraße")), 1);
    QCOMPARE(found(QStringLiteral("Soehne")), 1);
    QCOMPARE(found(QStringLiteral("Muellers")), 0);
    QCOMPARE(found(QStringLiteral("Mueller")), 1);
    Test::BulkRows more(db);
    const qint64 french =
        more.message(QStringLiteral("QG3"), QStringLiteral("crm"), QStringLiteral("a@b.example"),
                     QStringLiteral("Œuvre d'art réservée"), 1000, false);
    more.recipient(french, QStringLiteral("three@g.example"), QStringLiteral("delivered"), 1, 0, 250, 1000);
    QVERIFY(more.commit());
    QVERIFY(SearchIndex::indexBatch(db).value() >= 1);
    QCOMPARE(found(QStringLiteral("oeuvre")), 1);
    QCOMPARE(found(QStringLiteral("œuvre")), 1);
}

QTEST_GUILESS_MAIN(TestTextSearch)

#include "tst_textsearch.moc"
