// The refusals at submission: counted by RefusedSubmissionRecorder, stored in batches, and read back by
// RefusedSubmissionQuery (the Delivery Logs page's "Refused at submission" tab and `log refused`).
#include "core/admin/agentadmin.h"
#include "core/query/refusedsubmissionquery.h"
#include "core/security/refusedsubmissionrecorder.h"
#include "core/store/database.h"
#include "core/store/storewriter.h"
#include "tests/support/tempdatadir.h"

#include <QSqlQuery>

#include <QtTest>

using namespace RelayDesk;

namespace {

RefusedSubmission refusal(const QString& agent, const QString& command, const QString& sender,
                          const QString& recipients, const QString& reply)
{
    RefusedSubmission entry;
    entry.address = QStringLiteral("192.0.2.7");
    entry.listener = QStringLiteral("submission");
    entry.agentName = agent;
    entry.command = command;
    entry.sender = sender;
    entry.recipients = recipients;
    entry.reply = reply;
    return entry;
}

const QString longLine =
    QStringLiteral("550 5.6.0 Message refused: a text line is longer than 1000 octets (RFC 5321 4.5.3.1.6)");

} // namespace

class TestRefusedSubmissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalRefusalsAreOneRowWithTheirCount()
    {
        Test::TempDataDir dir;
        QVERIFY(dir.isValid());
        StoreWriter writer(dir.path());
        RefusedSubmissionRecorder recorder(&writer);
        const RefusedSubmission invoice =
            refusal(QStringLiteral("Buchhaltung"), QStringLiteral("DATA"),
                    QStringLiteral("billing@office.example"), QStringLiteral("kunde@example.com"), longLine);
        recorder.note(invoice, 1000);
        recorder.note(invoice, 1500);
        recorder.note(refusal(QStringLiteral("Buchhaltung"), QStringLiteral("RCPT"),
                              QStringLiteral("billing@office.example"), QStringLiteral("x@localhost"),
                              QStringLiteral("550 5.1.2 Bad destination mailbox address")),
                      1200);
        QCOMPARE(recorder.pending(), 2);
        recorder.flushIfDue(1600);
        QCOMPARE(recorder.pending(), 0);
        QVERIFY(writer.runSync([](QSqlDatabase&) { return Status{}; }).ok()); // the batch is in
        auto db = Database::connection(dir.path()).value();
        QSqlQuery rows(db);
        QVERIFY(rows.exec(QStringLiteral("SELECT count, first_at, at, command FROM refused_submissions"
                                         " ORDER BY command")));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 2);
        QCOMPARE(rows.value(1).toLongLong(), 1000);
        QCOMPARE(rows.value(2).toLongLong(), 1500);
        QCOMPARE(rows.value(3).toString(), QStringLiteral("DATA"));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 1);
        QVERIFY(!rows.next());
        // Not due again within the interval: nothing is written twice.
        recorder.note(invoice, 1700);
        recorder.flushIfDue(1800);
        QCOMPARE(recorder.pending(), 1);
    }

    void aFloodIsCountedNotHeld()
    {
        RefusedSubmissionRecorder recorder(nullptr);
        for (int i = 0; i < CountedBatch<RefusedSubmission>::maxPending + 25; ++i) {
            RefusedSubmission entry =
                refusal(QStringLiteral("crm"), QStringLiteral("RCPT"), QStringLiteral("a@b.example"),
                        QStringLiteral("r@c.example"), QStringLiteral("530 5.7.0 Authentication required"));
            entry.address = QStringLiteral("10.0.%1.%2").arg(i / 250).arg(i % 250); // a client each
            recorder.note(entry, 1000);
        }
        QCOMPARE(recorder.pending(), CountedBatch<RefusedSubmission>::maxPending);
        QCOMPARE(recorder.dropped(), quint64(25));
    }

    void aClientNotLoggedInIsCountedByAddressNotByEnvelope()
    {
        // A bot trying a new sender each time is one entry per address, command and reply.
        RefusedSubmissionRecorder recorder(nullptr);
        for (int i = 0; i < 50; ++i)
            recorder.note(refusal({}, QStringLiteral("MAIL"), QStringLiteral("spam%1@bot.example").arg(i), {},
                                  QStringLiteral("530 5.7.0 Authentication required")),
                          1000 + i);
        QCOMPARE(recorder.pending(), 1);
        // A logged-in agent's refusals keep their envelopes apart.
        for (int i = 0; i < 3; ++i)
            recorder.note(refusal(QStringLiteral("crm"), QStringLiteral("RCPT"),
                                  QStringLiteral("a@office.example"), QStringLiteral("r%1@localhost").arg(i),
                                  QStringLiteral("550 5.1.2 Bad destination")),
                          2000);
        QCOMPARE(recorder.pending(), 4);
    }

    void aLoggedInClientPastItsBudgetIsCountedByReplyCode()
    {
        // A logged-in client choosing a new sender each try made 1,000 rows a second, and the refusals past
        // the batch's bound were counted nowhere (an outside tester). Past its budget a minute, its refusals
        // are counted by command and reply code; every one of them is in a row's count.
        Test::TempDataDir dir;
        StoreWriter writer(dir.path());
        RefusedSubmissionRecorder recorder(&writer);
        const auto flood = [&recorder](int count, qint64 at) {
            for (int i = 0; i < count; ++i)
                recorder.note(
                    refusal(QStringLiteral("crm"), QStringLiteral("MAIL"),
                            QStringLiteral("bot%1@spam%1.example").arg(i), {},
                            QStringLiteral("553 5.7.1 Sender <bot%1@spam%1.example> is not allowed for "
                                           "this Mail Agent")
                                .arg(i)),
                    at + i / 100);
        };
        flood(500, 1000);
        const int perMinute = RefusedSubmissionRecorder::envelopesPerMinute;
        QCOMPARE(recorder.pending(), perMinute + 1);
        recorder.flush();
        // Another agent at the same address has a budget of its own.
        RefusedSubmission other =
            refusal(QStringLiteral("shop"), QStringLiteral("MAIL"), QStringLiteral("x@shop.example"), {},
                    QStringLiteral("553 5.7.1 Sender <x@shop.example> is not allowed"));
        other.agentId = 9;
        recorder.note(other, 2000);
        QCOMPARE(recorder.pending(), 1);
        recorder.flush();
        // A minute later the client's envelopes are told apart again.
        flood(10, 61'000);
        QCOMPARE(recorder.pending(), 10);
        recorder.flush();
        QVERIFY(writer.runSync([](QSqlDatabase&) { return Status{}; }).ok());
        auto db = Database::connection(dir.path()).value();
        QSqlQuery rows(db);
        QVERIFY(rows.exec(QStringLiteral("SELECT COUNT(*), SUM(count) FROM refused_submissions")));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), perMinute + 1 + 1 + 10);
        QCOMPARE(rows.value(1).toInt(), 500 + 1 + 10);
        QVERIFY(
            rows.exec(QStringLiteral("SELECT count, reply FROM refused_submissions ORDER BY count DESC")));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 500 - perMinute);
        QVERIFY(rows.value(1).toString().startsWith(QStringLiteral("553 5.7.1 Sender <bot")));
    }

    void longEnvelopesAreCut()
    {
        Test::TempDataDir dir;
        StoreWriter writer(dir.path());
        RefusedSubmissionRecorder recorder(&writer);
        QStringList many;
        for (int i = 0; i < 200; ++i)
            many << QStringLiteral("recipient%1@example.com").arg(i);
        recorder.note(refusal(QStringLiteral("crm"), QStringLiteral("DATA"),
                              QStringLiteral("crm@office.example"), many.join(QStringLiteral(", ")),
                              longLine),
                      1000);
        recorder.flush();
        QVERIFY(writer.runSync([](QSqlDatabase&) { return Status{}; }).ok());
        const auto found = RefusedSubmissionQuery(dir.path()).search({}, 10);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().recipients.size(), RefusedSubmissions::maxFieldLength);
        QVERIFY(found->first().recipients.startsWith(QStringLiteral("recipient0@example.com, ")));
        QVERIFY(found->first().recipients.endsWith(QStringLiteral("...")));
    }

    void searchFindsByAnyFieldInAnyCaseAndAddsUpRows()
    {
        Test::TempDataDir dir;
        auto db = Database::connection(dir.path()).value();
        // An agent is found by its number: the live agent of the name, not a row's name (an outside tester's
        // new agent showed a deleted namesake's refusals).
        const auto agent = AgentAdmin(dir.path()).create(QStringLiteral("Buchhaltung"), {}, {}, {}, {});
        QVERIFY2(agent.ok(), qPrintable(agent.error()));
        RefusedSubmission first =
            refusal(QStringLiteral("Buchhaltung"), QStringLiteral("DATA"),
                    QStringLiteral("billing@office.example"), QStringLiteral("kunde@example.com"), longLine);
        first.agentId = agent->agent.id;
        first.count = 3;
        first.firstAt = 1000;
        first.lastAt = 2000;
        RefusedSubmission second = first; // a later batch of the same refusal
        second.count = 2;
        second.firstAt = 5000;
        second.lastAt = 6000;
        RefusedSubmission other =
            refusal({}, QStringLiteral("MAIL"), QStringLiteral("100%_sure@spam.example"), {},
                    QStringLiteral("530 5.7.0 Authentication required"));
        other.count = 1;
        other.firstAt = other.lastAt = 4000;
        const Status recorded = RefusedSubmissions::record(db, {first, second, other});
        QVERIFY2(recorded.ok(), qPrintable(recorded.error()));
        RefusedSubmissionQuery query(dir.path());

        bool more = true;
        auto all = query.search({}, 10, &more);
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QVERIFY(!more);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).recipients, QStringLiteral("kunde@example.com")); // the latest first
        QCOMPARE(all->at(0).count, 5);
        QCOMPARE(all->at(0).firstAt, 1000);
        QCOMPARE(all->at(0).lastAt, 6000);
        QCOMPARE(all->at(0).code(), 550);

        RefusedSubmissionFilter byRecipient;
        byRecipient.text = QStringLiteral("KUNDE@");
        QCOMPARE(query.search(byRecipient, 10)->size(), 1);
        RefusedSubmissionFilter byReply;
        byReply.text = QStringLiteral("1000 octets");
        QCOMPARE(query.search(byReply, 10)->size(), 1);
        RefusedSubmissionFilter wildcard; // a "%" or "_" typed matches itself, not anything
        wildcard.text = QStringLiteral("0%_s");
        QCOMPARE(query.search(wildcard, 10)->size(), 1);
        wildcard.text = QStringLiteral("g%l");
        QCOMPARE(query.search(wildcard, 10)->size(), 0);
        RefusedSubmissionFilter byAgent;
        byAgent.agent = QStringLiteral("buchhaltung");
        QCOMPARE(query.search(byAgent, 10)->size(), 1);
        byAgent.agent = QStringLiteral("nobody");
        QCOMPARE(query.search(byAgent, 10).error(), QStringLiteral("no Mail Agent named 'nobody'"));
        RefusedSubmissionFilter since;
        since.sinceMs = 4500;
        QCOMPARE(query.search(since, 10)->size(), 1);
        QCOMPARE(query.search(since, 10)->first().count, 2); // only the rows since then

        auto one = query.search({}, 1, &more);
        QCOMPARE(one->size(), 1);
        QVERIFY(more);
    }
};

QTEST_GUILESS_MAIN(TestRefusedSubmissions)
#include "tst_refusedsubmissions.moc"
