#include "bench/gui_bench_data.h"
#include "core/util/clock.h"

#include "core/agents/agentdirectory.h"
#include "core/store/database.h"
#include "core/store/searchindex.h"
#include "core/store/storewriter.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace RelayDesk::Bench {

namespace {

// Picks index i with weight ~ 1/(i+1) (a Zipf-like skew: a few busy agents, domains and recipients).
int skewed(QRandomGenerator& random, int count)
{
    const double u = random.generateDouble();
    return qBound(0, static_cast<int>(std::pow(static_cast<double>(count), u)) - 1, count - 1);
}

struct Outcome
{
    const char* state;
    int code;
    const char* enhanced;
    const char* reply;
    int permille; ///< share of rows
};

// Mostly delivered; some bounced, deferred (still queued for retry), suppressed and new.
const Outcome outcomes[] = {
    {"delivered", 250, "2.0.0", "OK queued as 4Fx1", 940},
    {"bounced", 550, "5.1.1", "The email account that you tried to reach does not exist", 30},
    {"deferred", 451, "4.7.1", "Greylisted, please try again later", 15},
    {"suppressed", 0, "", "", 5},
    {"queued", 0, "", "", 10},
};

} // namespace

QString generateDeliveryLog(const QString& dataDir, int rows)
{
    if (Status status = Database::initialize(dataDir); !status)
        return status.error();
    const QStringList agentNames = {QStringLiteral("billing-app"), QStringLiteral("crm"),
                                    QStringLiteral("newsletter"),  QStringLiteral("scanner-2f"),
                                    QStringLiteral("helpdesk"),    QStringLiteral("monitoring")};
    AgentDirectory agents(dataDir);
    for (const QString& name : agentNames)
        agents.createAgent(name, {CidrRange::parse(QStringLiteral("192.168.1.0/24")).value()}, {});
    QSqlDatabase db = Database::connection(dataDir).value();
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery message(db);
    QSqlQuery recipient(db);
    message.prepare(QStringLiteral(
        "INSERT INTO messages(id, queue_id, agent_name, sender, subject, size, received_at, listener,"
        " client_address) VALUES(?, ?, ?, ?, ?, ?, ?, 'submission', '192.168.1.20')"));
    recipient.prepare(QStringLiteral(
        "INSERT INTO recipients(message_id, address, domain, state, attempts, next_attempt_at, last_code,"
        " last_enhanced, last_reply, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QStringList subjects = {
        QStringLiteral("Invoice %1"),        QStringLiteral("Your order %1 has shipped"),
        QStringLiteral("Password reset %1"), QStringLiteral("Weekly report %1"),
        QStringLiteral("Scan from MFP %1"),  QStringLiteral("Ticket #%1 updated")};
    const QStringList first = {QStringLiteral("anna"),  QStringLiteral("ben"),   QStringLiteral("carla"),
                               QStringLiteral("david"), QStringLiteral("eva"),   QStringLiteral("felix"),
                               QStringLiteral("greta"), QStringLiteral("hans"),  QStringLiteral("ines"),
                               QStringLiteral("jonas"), QStringLiteral("karin"), QStringLiteral("lukas")};
    QRandomGenerator random(20260101);
    const qint64 now = nowMs();
    const qint64 span = qint64(90) * 24 * 3600 * 1000;
    for (int i = 1; i <= rows; ++i) {
        // Ids grow with time, as they do when the relay writes them.
        const qint64 receivedAt = now - span + span * i / rows;
        const QString agent = agentNames.at(skewed(random, static_cast<int>(agentNames.size())));
        const int domain = skewed(random, 2000);
        const QString domainName = QStringLiteral("customer%1.example").arg(domain);
        const QString address = QStringLiteral("%1.%2@%3")
                                    .arg(first.at(random.bounded(static_cast<int>(first.size()))))
                                    .arg(skewed(random, 500))
                                    .arg(domainName);
        int pick = random.bounded(1000);
        const Outcome* outcome = &outcomes[0];
        for (const Outcome& o : outcomes) {
            if (pick < o.permille) {
                outcome = &o;
                break;
            }
            pick -= o.permille;
        }
        message.addBindValue(i);
        message.addBindValue(QStringLiteral("B%1").arg(i, 8, 16, QLatin1Char('0')));
        message.addBindValue(agent);
        message.addBindValue(QString(agent + QStringLiteral("@office.example")));
        message.addBindValue(
            subjects.at(random.bounded(static_cast<int>(subjects.size()))).arg(random.bounded(100000)));
        message.addBindValue(2000 + random.bounded(60000));
        message.addBindValue(receivedAt);
        if (!message.exec())
            return message.lastError().text();
        const bool attempted = outcome->code != 0;
        recipient.addBindValue(i);
        recipient.addBindValue(address);
        recipient.addBindValue(domainName);
        recipient.addBindValue(QLatin1String(outcome->state));
        recipient.addBindValue(attempted ? 1 + (outcome->code == 451 ? random.bounded(5) : 0) : 0);
        recipient.addBindValue(receivedAt + 600000);
        recipient.addBindValue(attempted ? QVariant(outcome->code) : QVariant());
        recipient.addBindValue(QLatin1String(outcome->enhanced));
        recipient.addBindValue(QLatin1String(outcome->reply));
        recipient.addBindValue(receivedAt + 1500);
        if (!recipient.exec())
            return recipient.lastError().text();
    }
    if (!db.commit())
        return db.lastError().text();
    // The free-text index, as the engine's indexer builds it in batches after the rows are written.
    StoreWriter writer(dataDir);
    if (const auto indexed = SearchIndex::indexAll(writer); !indexed)
        return indexed.error();
    return {};
}

} // namespace RelayDesk::Bench
