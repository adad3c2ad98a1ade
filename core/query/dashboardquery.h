#pragma once

#include "core/security/authlockouts.h"

#include "core/util/expected.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace RelayDesk {

/// One agent's messages accepted on one day (agent_daily_stats).
struct AgentDayCounts
{
    qint64 agentId = 0;
    QString agent;        ///< its name; a deleted agent's as it was (empty if its history never had it)
    bool deleted = false; ///< the agent was deleted: the chart says so beside its name
    QDate day;
    int accepted = 0;
};

/// A smarthost or a route's server that turned the relay away in the last hour for a reason a person must
/// fix, with no delivery through it since: it refused the relay's login (4.7.8, 5.7.8) or no trusted TLS
/// connection could be made to it (4.7.5: its certificate failed verification, or the handshake).
struct PeerProblem
{
    QString route; ///< "smarthost" or "route" (the delivery log's route)
    QString host;
    QString enhanced; ///< the attempt's enhanced status code
    int port = 0;     ///< 0 when the attempt recorded none
};

/// An address the relay's bounce notices did not reach in the last day, with no notice to it delivered since:
/// the agent's application never learns of its failed mail (an outside tester's shop lost its bounces without
/// a word).
struct NoticeProblem
{
    QString address;         ///< the notices' recipient: the sender of the agent's mail
    QString agent;           ///< the agent whose mail the notices were about (empty if it is gone)
    bool suppressed = false; ///< not sent: the address is on the agent's suppression list (else it bounced)
};

/// A domain whose deliveries fail (DashboardSnapshot::failingDomains), with how many and since when: an
/// outside tester saw "Deliveries to kunde.example are failing." with nothing to go on.
struct FailingDomain
{
    QString domain;
    int notDelivered = 0; ///< its recipients whose attempts failed since its last delivery (in the last hour)
    qint64 sinceMs = 0;   ///< the first of those failed attempts
};

/// An application that keeps logging in with credentials nobody can use any more (its agent deleted, its
/// password revoked or replaced): refused, never locked out, and without an alert nobody looked (an outside
/// tester's deleted agent's application was refused every 4 s while the Dashboard said "All is well").
struct StaleLogins
{
    QString address;
    QString agent;             ///< the agent's name ("" if unknown)
    bool agentDeleted = false; ///< the agent was deleted (else the password was revoked or replaced)
    int count = 0;             ///< refused in the last hour
};

/// Connections from one address that failed in the last hour before they could send mail, for one reason
/// (the refused submissions of command TLS or PROTOCOL: a failed TLS handshake, the wrong TLS mode, a session
/// closed for protocol errors), with no message taken from the address since: an outside tester's device
/// "just didn't send" while the Dashboard said "All is well".
struct ConnectionFailures
{
    QString address;
    QString reason; ///< as recorded: "TLS handshake failed: the client offers only TLS 1.1 or older; ..."
    int count = 0;
    qint64 lastAt = 0;
};

/// What the dashboard shows: today's totals, a per-agent history, and the facts behind its alerts. Counted
/// as the queue counts: messages and their recipients, each recipient once in its state; the relay's own
/// bounce and delay notices (RFC 3464) are counted apart, never as mail an agent sent.
struct DashboardSnapshot
{
    int acceptedToday = 0;           ///< messages accepted from agents today
    int acceptedRecipientsToday = 0; ///< the recipients of those messages
    int deliveredToday = 0;          ///< recipients delivered today
    int bouncedToday = 0;            ///< recipients that failed for good today
    int suppressedToday = 0;         ///< recipients the suppression list held back today
    int deletedToday = 0;            ///< recipients deleted from the queue today, before they were sent
    int waitingNow = 0;              ///< recipients in the queue now, not yet final (notices not counted)
    int deferredNow = 0;             ///< of those, the ones to retry (a temporary failure, or a stop cut it)
    int heldNow = 0;                 ///< of those, the ones of held messages (not counted as deferred)
    int waitingMessagesNow = 0;      ///< the messages those recipients belong to (as the Queue counts)
    int bounceNoticesToday = 0;      ///< bounce notices (failure reports) the relay queued today for senders
    int noticesNotSentToday = 0;     ///< of those, the ones that bounced or the suppression list held back
    int noticesWaitingNow = 0;       ///< bounce and delay notices in the queue now, of any day
    int pendingRecipients = 0;       ///< queued or deferred now, notices included
    qint64 oldestPendingMs = 0;      ///< received_at of the oldest pending message; 0 if none
    QList<AgentDayCounts> history;
    /// Domains whose recent recipients are all deferred or bounced, or that have stopped taking mail (three
    /// or more wait after a temporary failure later than their last delivery).
    QList<FailingDomain> failingDomains;
    QList<PeerProblem> peerProblems;
    QList<NoticeProblem> noticeProblems; ///< at most 3, the latest first
    /// Addresses locked out of AUTH now: every application there is refused until lockedUntil.
    QList<AuthLockout> lockedOut;
    QList<StaleLogins> staleLogins; ///< five or more refusals in the last hour each, at most 3
    /// Logins refused in the last hour for a wrong password or an unknown user name, and from how many
    /// addresses: passwords guessed from many addresses stay under each one's lockout (an outside tester's
    /// 40 guesses from 10 addresses left the Dashboard at "All is well").
    int guessedLogins = 0;
    int guessingAddresses = 0;
    /// Connections turned away at the connection limits in the last 10 minutes, and from how many addresses:
    /// an office's client among them sees "Too many connections" (an outside tester's, under a flood).
    int connectionsTurnedAway = 0;
    int turnedAwayAddresses = 0;
    QList<ConnectionFailures> connectionFailures; ///< at most 3, the latest first
    int moreConnectionFailures = 0;               ///< further address and reason pairs, not listed
    /// MX lookups of two or more domains in the last 15 minutes that failed (4.4.3 "DNS lookup ... failed"),
    /// with no server reached since the first of them: the name server does not answer. 0: none.
    int dnsFailures = 0;
    qint64 dnsFailingSinceMs = 0;
    /// Lookups the name server refused (REFUSED) in the last 15 minutes, and up to three of their domains:
    /// a name server set up wrongly for some names, which waiting does not fix (an outside tester's bounce
    /// notices to the office's own domains waited five days while other mail went out).
    int dnsRefused = 0;
    QStringList dnsRefusedDomains;
    /// A SQLite store's disk (DiskSpace): its free bytes (-1: not known, or a PostgreSQL store) and what
    /// the relay needs to take mail; below that, an alert (a full disk refused every message while the
    /// Dashboard stayed green: an outside tester).
    qint64 diskFreeBytes = -1;
    qint64 diskNeededBytes = 0;
};

/// Reads the dashboard's numbers. Read-only; run it on a worker thread (docs/architecture.md, "the GUI never
/// waits").
class DashboardQuery final
{
public:
    explicit DashboardQuery(QString dataDir);
    /// days of history ending with historyLastDay, today when invalid (agent_daily_stats.day is the UTC day
    /// of the accept, an ISO date such as "2024-05-01"); "today" is today's local midnight to the next.
    Expected<DashboardSnapshot> load(const QDate& today, int days = 14,
                                     const QDate& historyLastDay = {}) const;

private:
    /// Drops the alerts of a smarthost or a route's server that the settings no longer name.
    void keepCurrentPeers(DashboardSnapshot* snapshot) const;
    /// The addresses locked out of AUTH now, and the applications refused again and again for credentials
    /// nobody can use any more.
    void loadLoginTrouble(QSqlDatabase& conn, DashboardSnapshot* snapshot) const;
    /// The connections that failed before mail in the last hour (DashboardSnapshot::connectionFailures).
    static void loadConnectionFailures(QSqlDatabase& conn, DashboardSnapshot* snapshot);
    static Expected<DashboardSnapshot> loadInTransaction(QSqlDatabase& conn, const QDate& today, int days,
                                                         const QDate& historyLastDay);
    QString m_dataDir;
};

} // namespace RelayDesk
