#include "core/query/dashboardquery.h"
#include "core/delivery/dsnbuilder.h"
#include "core/routing/routestore.h"
#include "core/security/refusedlogins.h"
#include "core/store/database.h"
#include "core/store/settings.h"
#include "core/store/sqldialect.h"
#include "core/util/clock.h"
#include "core/util/diskspace.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace RelayDesk {

namespace {

/// Today's counts. Notices are the messages the relay queued itself (listener 'dsn'); a recipient is
/// delivered, bounced, suppressed or deleted once, in the attempt that made it final
/// (delivery_attempts_status serves the time range).
Status countToday(QSqlQuery& query, const QDate& today, DashboardSnapshot* snapshot)
{
    const qint64 from = QDateTime(today, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 to = QDateTime(today.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    auto failed = [&query]() { return Status::failure(query.lastError().text()); };

    // The tile counts bounces: a delay notice or a success report is no bounce (an outside tester read "162
    // bounce notices" on a day with 65 bounced recipients and 64 delay notices).
    query.prepare(
        QStringLiteral("SELECT COALESCE(SUM(CASE WHEN listener <> 'dsn' THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN listener = 'dsn' AND subject = ? THEN 1 ELSE 0 END), 0)"
                       " FROM messages WHERE received_at >= ? AND received_at < ?"));
    query.addBindValue(QString::fromLatin1(DsnBuilder::failureSubject()));
    query.addBindValue(from);
    query.addBindValue(to);
    if (!query.exec() || !query.next())
        return failed();
    snapshot->acceptedToday = query.value(0).toInt();
    snapshot->bounceNoticesToday = query.value(1).toInt();

    query.prepare(QStringLiteral("SELECT COUNT(*) FROM messages m JOIN recipients r ON r.message_id = m.id"
                                 " WHERE m.received_at >= ? AND m.received_at < ? AND m.listener <> 'dsn'"));
    query.addBindValue(from);
    query.addBindValue(to);
    if (!query.exec() || !query.next())
        return failed();
    snapshot->acceptedRecipientsToday = query.value(0).toInt();

    // A notice the suppression list held back, or that bounced, was written but never reached its sender.
    query.prepare(
        QStringLiteral("SELECT COUNT(DISTINCT m.id) FROM messages m JOIN recipients r ON"
                       " r.message_id = m.id WHERE m.received_at >= ? AND m.received_at < ? AND"
                       " m.listener = 'dsn' AND m.subject = ? AND r.state IN ('bounced','suppressed')"));
    query.addBindValue(from);
    query.addBindValue(to);
    query.addBindValue(QString::fromLatin1(DsnBuilder::failureSubject()));
    if (!query.exec() || !query.next())
        return failed();
    snapshot->noticesNotSentToday = query.value(0).toInt();

    query.prepare(
        QStringLiteral("SELECT a.status, COUNT(*) FROM delivery_attempts a"
                       " WHERE a.status IN ('delivered','bounced','suppressed','deleted')"
                       " AND a.started_at >= ? AND a.started_at < ? AND NOT EXISTS (SELECT 1 FROM messages m"
                       " WHERE m.id = a.message_id AND m.listener = 'dsn') GROUP BY a.status"));
    query.addBindValue(from);
    query.addBindValue(to);
    if (!query.exec())
        return failed();
    while (query.next()) {
        const QString status = query.value(0).toString();
        int* count = status == QLatin1String("delivered")    ? &snapshot->deliveredToday
                     : status == QLatin1String("bounced")    ? &snapshot->bouncedToday
                     : status == QLatin1String("suppressed") ? &snapshot->suppressedToday
                                                             : &snapshot->deletedToday;
        *count = query.value(1).toInt();
    }

    if (!query.exec(QStringLiteral(
            // To retry: after a temporary failure, or tried before and cut short by a stop (state queued, an
            // attempt recorded), which the tile called "new" (an outside tester).
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN (r.state = 'deferred' OR r.attempts > 0) AND m.held = 0"
            " THEN 1 ELSE 0 END), 0),"
            " COALESCE(SUM(CASE WHEN m.held = 1 THEN 1 ELSE 0 END), 0), COUNT(DISTINCT m.id) FROM"
            " recipients r JOIN messages m ON m.id = r.message_id WHERE r.state IN ('queued','deferred')"
            " AND m.listener <> 'dsn'")) ||
        !query.next())
        return failed();
    snapshot->waitingNow = query.value(0).toInt();
    snapshot->deferredNow = query.value(1).toInt();
    snapshot->heldNow = query.value(2).toInt();
    snapshot->waitingMessagesNow = query.value(3).toInt();
    // The notices wait in the same queue: the Queue page counted 33 where the Dashboard said 6 and nothing of
    // the 27 notices waiting (an outside tester).
    if (!query.exec(
            QStringLiteral("SELECT COUNT(DISTINCT m.id) FROM recipients r JOIN messages m ON m.id ="
                           " r.message_id WHERE r.state IN ('queued','deferred') AND m.listener = 'dsn'")) ||
        !query.next())
        return failed();
    snapshot->noticesWaitingNow = query.value(0).toInt();
    return {};
}

} // namespace

DashboardQuery::DashboardQuery(QString dataDir) : m_dataDir(std::move(dataDir)) {}

void DashboardQuery::keepCurrentPeers(DashboardSnapshot* snapshot) const
{
    // A smarthost or a route's server the relay no longer uses is no one's to fix: its alert stayed after the
    // smarthost was changed or cleared, through a restart of the window (an outside tester).
    const RouteStore store(m_dataDir);
    const auto smarthost = store.smarthost();
    const auto routes = store.routes();
    QSet<QString> current;
    if (smarthost && !smarthost->host.isEmpty())
        current.insert(QStringLiteral("smarthost:") + smarthost->host.toLower());
    if (routes) {
        for (const RouteEntry& route : routes.value())
            current.insert(QStringLiteral("route:") + route.host.toLower());
    }
    // Unreadable settings keep every alert: better one too many than one lost.
    if (!smarthost || !routes)
        return;
    snapshot->peerProblems.removeIf([&current](const PeerProblem& peer) {
        return !current.contains(peer.route + QLatin1Char(':') + peer.host.toLower());
    });
}

Expected<DashboardSnapshot> DashboardQuery::load(const QDate& today, int days,
                                                 const QDate& historyLastDay) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<DashboardSnapshot>::failure(db.error());
    // One read snapshot, so that every count is of the same moment while the relay goes on writing (an
    // outside tester saw "46,781 messages to 46,785 recipients" of messages that had one recipient each).
    QSqlDatabase& conn = db.value();
    if (const Status begun = SqlDialect::beginReadSnapshot(conn); !begun)
        return Expected<DashboardSnapshot>::failure(begun.error());
    auto snapshot = loadInTransaction(conn, today, days, historyLastDay.isValid() ? historyLastDay : today);
    conn.rollback(); // read only: nothing to keep
    if (snapshot) {
        keepCurrentPeers(&snapshot.value());
        loadLoginTrouble(conn, &snapshot.value());
        if (!SqlDialect::isPostgreSql(conn)) {
            snapshot.value().diskFreeBytes = DiskSpace::available(m_dataDir).value_or(-1);
            snapshot.value().diskNeededBytes = DiskSpace::needed(
                Settings(m_dataDir).value(QStringLiteral("limits.max_message_size")).toLongLong());
        }
    }
    return snapshot;
}

void DashboardQuery::loadLoginTrouble(QSqlDatabase& conn, DashboardSnapshot* snapshot) const
{
    // Read after the snapshot's transaction: the lockouts and refusals are their own tables, written apart.
    const qint64 now = nowMs();
    if (const auto locked = AuthLockouts(m_dataDir).active(now))
        snapshot->lockedOut = locked.value();
    const auto refused = RefusedLogins::since(m_dataDir, now - 3600 * 1000);
    if (!refused)
        return;
    QSet<QString> guessing;
    for (const RefusedLogin& login : refused.value()) {
        if (login.reason == RefusedLoginReason::WrongPassword ||
            login.reason == RefusedLoginReason::UnknownUser) {
            snapshot->guessedLogins += login.count;
            guessing.insert(login.address);
        }
    }
    snapshot->guessingAddresses = int(guessing.size());
    QSqlQuery turnedAway(conn);
    turnedAway.prepare(QStringLiteral("SELECT COALESCE(SUM(count), 0), COUNT(DISTINCT client_address)"
                                      " FROM refused_submissions WHERE command = 'CONNECT' AND at >= ?"));
    turnedAway.addBindValue(now - 10 * 60 * 1000);
    if (turnedAway.exec() && turnedAway.next()) {
        snapshot->connectionsTurnedAway = turnedAway.value(0).toInt();
        snapshot->turnedAwayAddresses = turnedAway.value(1).toInt();
    }
    turnedAway.finish();
    loadConnectionFailures(conn, snapshot);
    constexpr int atLeast = 5;
    constexpr int listedAtMost = 3;
    QSqlQuery name(conn);
    name.prepare(QStringLiteral("SELECT COALESCE((SELECT a.name FROM agents a WHERE a.id = ?),"
                                " (SELECT d.name FROM deleted_agents d WHERE d.agent_id = ?), '')"));
    // An application given the new password sends again: mail it sent as the agent after the last refusal
    // means the alert is answered (an outside tester's stayed for an hour after the fix, and the admin went
    // looking for an application that did not exist). received_at's index bounds the search to that time.
    QSqlQuery sentSince(conn);
    sentSince.prepare(QStringLiteral("SELECT 1 FROM messages WHERE received_at > ? AND agent_id = ? AND"
                                     " client_address = ? LIMIT 1"));
    for (const RefusedLogin& login : refused.value()) {
        const bool deleted = login.reason == RefusedLoginReason::AgentDeleted;
        if ((!deleted && login.reason != RefusedLoginReason::CredentialRevoked) || login.count < atLeast)
            continue;
        if (!deleted) {
            sentSince.addBindValue(login.lastAt);
            sentSince.addBindValue(login.agentId);
            sentSince.addBindValue(login.address);
            const bool fixed = sentSince.exec() && sentSince.next();
            sentSince.finish();
            if (fixed)
                continue;
        }
        StaleLogins stale{login.address, QString(), deleted, login.count};
        name.addBindValue(login.agentId);
        name.addBindValue(login.agentId);
        if (name.exec() && name.next())
            stale.agent = name.value(0).toString();
        name.finish();
        snapshot->staleLogins << stale;
        if (snapshot->staleLogins.size() == listedAtMost)
            break;
    }
}

void DashboardQuery::loadConnectionFailures(QSqlDatabase& conn, DashboardSnapshot* snapshot)
{
    // One row per address and reason (the recorder writes one a second at most for each), the latest first.
    // A message taken from the address after the last failure means the device was set right: the alert
    // goes, as a stale login's does.
    QSqlQuery failures(conn);
    failures.prepare(QStringLiteral(
        "SELECT g.address, g.reply, g.times, g.last_at FROM (SELECT client_address AS address, reply,"
        " SUM(count) AS times, MAX(at) AS last_at FROM refused_submissions WHERE command IN ('TLS', "
        "'PROTOCOL')"
        " AND at >= ? GROUP BY client_address, reply) g WHERE NOT EXISTS (SELECT 1 FROM messages m"
        " WHERE m.received_at > g.last_at AND m.client_address = g.address) ORDER BY g.last_at DESC, "
        "g.address"));
    failures.addBindValue(nowMs() - 3600 * 1000);
    if (!failures.exec())
        return;
    constexpr int listedAtMost = 3;
    while (failures.next()) {
        if (snapshot->connectionFailures.size() == listedAtMost) {
            ++snapshot->moreConnectionFailures;
            continue;
        }
        snapshot->connectionFailures.append({failures.value(0).toString(), failures.value(1).toString(),
                                             failures.value(2).toInt(), failures.value(3).toLongLong()});
    }
}

// The domains whose deliveries fail (DashboardSnapshot::failingDomains).
static Status loadFailingDomains(QSqlQuery& query, DashboardSnapshot* snapshot)
{
    // From the delivery log's attempts at servers (not an administrator's bounce, an expiry or the
    // suppression list) with the agents' own mail (a bounce notice that cannot be delivered is its own alert,
    // noticeProblems: an outside tester read two alerts for one cause), per recipient domain in the last
    // hour: when it last took a delivery, and what failed since. Counted from the attempts, whose times stay
    // put: a recipient's own row changes at every retry, so "since" moved with each one and the count came
    // and went (an outside tester).
    const qint64 hourAgoMs = nowMs() - 3600 * 1000;
    query.prepare(QStringLiteral(
        "SELECT r.domain, d.since, COUNT(*),"
        " COUNT(DISTINCT CASE WHEN a.status IN ('deferred','bounced') AND a.started_at > d.since"
        " THEN a.recipient_id END),"
        " MIN(CASE WHEN a.status IN ('deferred','bounced') AND a.started_at > d.since THEN a.started_at END),"
        " COUNT(DISTINCT CASE WHEN a.status = 'deferred' AND a.started_at > d.since THEN a.recipient_id END),"
        " MIN(CASE WHEN a.status = 'deferred' AND a.started_at > d.since THEN a.started_at END)"
        " FROM delivery_attempts a JOIN recipients r ON r.id = a.recipient_id"
        " JOIN (SELECT r2.domain AS domain,"
        " COALESCE(MAX(CASE WHEN a2.status = 'delivered' THEN a2.started_at END), 0) AS since"
        " FROM delivery_attempts a2 JOIN recipients r2 ON r2.id = a2.recipient_id"
        " WHERE a2.started_at >= ? AND a2.route IN ('mx', 'smarthost', 'route') GROUP BY r2.domain) d"
        " ON d.domain = r.domain"
        " WHERE a.started_at >= ? AND a.route IN ('mx', 'smarthost', 'route')"
        " AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = a.message_id AND m.listener = 'dsn')"
        " GROUP BY r.domain, d.since"));
    query.addBindValue(hourAgoMs);
    query.addBindValue(hourAgoMs);
    if (!query.exec())
        return Status::failure(query.lastError().text());
    // A domain is failing when, in the last hour, it had at least three attempts and no delivery; or when at
    // least three of its recipients have waited after a temporary failure for five minutes with no delivery
    // to the domain since: an outside tester's main customer, whose server refused for twenty minutes after a
    // morning of deliveries, was never named, and a domain that greylisted some addresses while taking the
    // others was named after every retry and gone at the next delivery. Bounces alone after deliveries are
    // the recipients' (unknown users).
    constexpr qint64 streakMs = 5 * 60 * 1000;
    const qint64 now = nowMs();
    QList<FailingDomain> failing;
    while (query.next()) {
        const qint64 lastDelivered = query.value(1).toLongLong();
        const int attempts = query.value(2).toInt();
        const int failedRecipients = query.value(3).toInt();
        const qint64 firstFailure = query.value(4).toLongLong();
        const int deferredRecipients = query.value(5).toInt();
        const qint64 firstDeferral = query.value(6).toLongLong();
        const bool neverTook = lastDelivered == 0 && attempts >= 3 && failedRecipients > 0;
        const bool stoppedTaking = deferredRecipients >= 3 && now - firstDeferral >= streakMs;
        if (neverTook || stoppedTaking)
            failing.append({query.value(0).toString(), failedRecipients, firstFailure});
    }
    std::stable_sort(failing.begin(), failing.end(), [](const FailingDomain& a, const FailingDomain& b) {
        return a.notDelivered > b.notDelivered;
    });
    snapshot->failingDomains = failing.mid(0, 5);
    return {};
}

// Lookups that failed for want of an answer from the name server (DashboardSnapshot::dnsFailures): an outside
// tester set a DNS server where nothing answered, every delivery stopped, and the Dashboard said "All is
// well" while the logs said RelayDesk would retry by itself.
static Status loadDnsTrouble(QSqlQuery& query, DashboardSnapshot* snapshot)
{
    const qint64 windowMs = 15 * 60 * 1000;
    query.prepare(QStringLiteral(
        "SELECT COUNT(*), COUNT(DISTINCT r.domain), MIN(a.started_at) FROM delivery_attempts a"
        " JOIN recipients r ON r.id = a.recipient_id WHERE a.started_at >= ? AND a.enhanced = '4.4.3'"
        " AND a.reply LIKE 'DNS lookup for % failed: %'"
        // A server reached since: an attempt that ended after the failure (one that started before it and
        // waited on a slow server counts too: an outside tester's route delivery did not).
        " AND NOT EXISTS (SELECT 1 FROM delivery_attempts b WHERE b.started_at + b.duration_ms >= "
        "a.started_at"
        " AND b.host <> '' AND b.route IN ('mx', 'smarthost', 'route'))"));
    query.addBindValue(nowMs() - windowMs);
    if (!query.exec())
        return Status::failure(query.lastError().text());
    // Two domains or more, and no server reached since the first failure: the name server, not one domain's.
    if (query.next() && query.value(0).toInt() >= 3 && query.value(1).toInt() >= 2) {
        snapshot->dnsFailures = query.value(0).toInt();
        snapshot->dnsFailingSinceMs = query.value(2).toLongLong();
    }
    // Refusals, whatever else was delivered meanwhile (core/routing/mxresolver.cpp writes "(REFUSED)").
    query.prepare(QStringLiteral("SELECT r.domain, COUNT(*) FROM delivery_attempts a"
                                 " JOIN recipients r ON r.id = a.recipient_id WHERE a.started_at >= ?"
                                 " AND a.enhanced = '4.4.3' AND a.reply LIKE 'DNS lookup for % (REFUSED)'"
                                 " GROUP BY r.domain ORDER BY 2 DESC, 1"));
    query.addBindValue(nowMs() - windowMs);
    if (!query.exec())
        return Status::failure(query.lastError().text());
    while (query.next()) {
        snapshot->dnsRefused += query.value(1).toInt();
        if (snapshot->dnsRefusedDomains.size() < 3)
            snapshot->dnsRefusedDomains << query.value(0).toString();
    }
    return {};
}

Expected<DashboardSnapshot> DashboardQuery::loadInTransaction(QSqlDatabase& conn, const QDate& today,
                                                              int days, const QDate& historyLastDay)
{
    DashboardSnapshot snapshot;
    QSqlQuery query(conn);
    query.prepare(
        QStringLiteral("SELECT s.agent_id, COALESCE(a.name, g.name, ''), a.id IS NULL, s.day, s.accepted"
                       " FROM agent_daily_stats s LEFT JOIN agents a ON a.id = s.agent_id"
                       " LEFT JOIN deleted_agents g ON g.agent_id = s.agent_id"
                       " WHERE s.day >= ? AND s.day <= ? ORDER BY s.day, 2"));
    query.addBindValue(historyLastDay.addDays(1 - days).toString(Qt::ISODate));
    query.addBindValue(historyLastDay.toString(Qt::ISODate));
    if (!query.exec())
        return Expected<DashboardSnapshot>::failure(query.lastError().text());
    while (query.next()) {
        AgentDayCounts counts;
        counts.agentId = query.value(0).toLongLong();
        counts.agent = query.value(1).toString();
        counts.deleted = query.value(2).toBool();
        counts.day = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        counts.accepted = query.value(4).toInt();
        snapshot.history.append(counts);
    }
    if (const Status s = countToday(query, today, &snapshot); !s)
        return Expected<DashboardSnapshot>::failure(s.error());
    if (!query.exec(QStringLiteral("SELECT COUNT(*), MIN(m.received_at) FROM recipients r JOIN messages m"
                                   " ON m.id = r.message_id WHERE r.state IN ('queued','deferred')")))
        return Expected<DashboardSnapshot>::failure(query.lastError().text());
    if (query.next()) {
        snapshot.pendingRecipients = query.value(0).toInt();
        snapshot.oldestPendingMs = query.value(1).toLongLong();
    }
    if (const Status s = loadFailingDomains(query, &snapshot); !s)
        return Expected<DashboardSnapshot>::failure(s.error());
    if (const Status s = loadDnsTrouble(query, &snapshot); !s)
        return Expected<DashboardSnapshot>::failure(s.error());
    // An outside tester's smarthost refused the relay's password: every message waited, yellow, and nothing
    // said that a person must act. So for one that takes no connection at all (4.4.1: a wrong port, a host
    // that is down): another tester read "All is well." beside a message waiting on it. The latest such
    // attempt of each peer first (one row a peer, however many messages waited meanwhile: the page asks every
    // few seconds), then whether a delivery through it followed.
    query.prepare(QStringLiteral(
        "SELECT a.route, a.host, a.enhanced, a.port FROM delivery_attempts a JOIN (SELECT MAX(id) AS last_id"
        " FROM delivery_attempts WHERE started_at >= ? AND route IN ('smarthost', 'route')"
        " AND status IN ('deferred', 'bounced') AND enhanced IN ('4.7.8', '5.7.8', '4.7.5', '4.4.1')"
        " GROUP BY route, host) p ON a.id = p.last_id"
        " WHERE NOT EXISTS (SELECT 1 FROM delivery_attempts b WHERE b.started_at >= a.started_at"
        " AND b.status = 'delivered' AND b.route = a.route AND b.host = a.host)"
        " ORDER BY a.started_at DESC, a.id DESC"));
    query.addBindValue(nowMs() - 3600 * 1000);
    if (!query.exec())
        return Expected<DashboardSnapshot>::failure(query.lastError().text());
    while (query.next())
        snapshot.peerProblems.append({query.value(0).toString(), query.value(1).toString(),
                                      query.value(2).toString(), query.value(3).toInt()});
    // The latest notice of each address that bounced or was held back by the suppression list in the last
    // day, unless a notice to the address was delivered after it.
    query.prepare(QStringLiteral(
        "SELECT r.address, COALESCE(a.name, ''), r.state FROM recipients r JOIN messages m ON m.id = "
        "r.message_id"
        " LEFT JOIN agents a ON a.id = m.agent_id JOIN (SELECT MAX(r1.id) AS last_id FROM recipients r1"
        " JOIN messages m1 ON m1.id = r1.message_id WHERE m1.listener = 'dsn' AND r1.updated_at >= ?"
        " AND r1.state IN ('bounced', 'suppressed') GROUP BY lower(r1.address)) p ON r.id = p.last_id"
        " WHERE NOT EXISTS (SELECT 1 FROM recipients r2 JOIN messages m2 ON m2.id = r2.message_id"
        " WHERE m2.listener = 'dsn' AND r2.state = 'delivered' AND lower(r2.address) = lower(r.address)"
        " AND r2.updated_at >= r.updated_at)"
        " ORDER BY r.updated_at DESC, r.id DESC LIMIT 3"));
    query.addBindValue(nowMs() - 24 * 3600 * 1000);
    if (!query.exec())
        return Expected<DashboardSnapshot>::failure(query.lastError().text());
    while (query.next())
        snapshot.noticeProblems.append({query.value(0).toString(), query.value(1).toString(),
                                        query.value(2).toString() == QLatin1String("suppressed")});
    return snapshot;
}

} // namespace RelayDesk
