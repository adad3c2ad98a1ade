#pragma once

#include "core/outbound/deliveryattempt.h"
#include "core/outbound/deliverytransport.h"
#include "core/routing/routetable.h"
#include "core/util/expected.h"

#include <QHash>
#include <QObject>

namespace RelayDesk {

/// The outbound side of delivery, for the queue runner. Lives on the delivery thread; call it there
/// (directly or with QMetaObject::invokeMethod / a queued signal).
///
///     OutboundTransport outbound;                // on the delivery thread
///     outbound.configure(dataDir);               // settings + routes; call again after a change
///     connect(&outbound, &OutboundTransport::finished, runner, &QueueRunner::onFinished);
///     outbound.deliver(job);                     // returns at once
///
/// deliver() picks the route (per-domain route, else smarthost, else MX with the domain's TLS policy and,
/// once configure() named the data directory that caches them, its MTA-STS policy: docs/operations.md,
/// "MTA-STS"), tries the hosts in order and emits finished() exactly once per job, with one outcome per
/// recipient (2xx delivered, 4xx temporary, 5xx permanent), the host, address, TLS version and a redacted
/// transcript. Network trouble never yields a 5xx. Jobs beyond the connection limits wait inside, in order;
/// no remote server (IP address, whatever the domains whose MX it is) gets more connections than
/// maxConnectionsPerDestination: an attempt about to connect to one that has them waits without a slot, and
/// ends with 421 4.4.5 after the connect timeout. A job that waited is asked the start check again before it
/// starts and before each new connection, so a message deleted, bounced or held meanwhile opens none.
///
/// Replies the relay makes up itself (the server's own replies are passed through unchanged):
///   421 4.4.1  cannot connect (refused, unreachable, connect timeout)
///   421 4.4.2  connection lost or no reply in time (also mid-DATA: the message may arrive twice)
///   421 4.4.5  the server already had the most connections this relay opens to one server, for as long as
///              the connect timeout
///   451 4.4.3  DNS failure or timeout, or an MX host without addresses
///   421 4.7.5 / 451 4.7.10  TLS handshake or verification failed / TLS required but not offered
///   451 4.7.8  the smarthost refused our credentials (never a bounce: a person must fix the password)
///   451 4.5.0  malformed reply from the server
///   550 5.1.2  the recipient domain does not exist (NXDOMAIN)
///   556 5.1.10 the recipient domain has a null MX (RFC 7505)
///   552 5.3.4  the message exceeds the SIZE the server announced (RFC 1870)
/// Transcript lines starting with "-- " are the relay's own notes (hosts tried, why a connection ended).
class OutboundTransport final : public DeliveryTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboundTransport)

public:
    struct Options
    {
        QByteArray heloName = "localhost";
        QHostAddress dnsServer; ///< null: the system resolver
        ConnectionTimeouts timeouts;
        int maxConnections = 20;              ///< jobs in progress at once
        int maxConnectionsPerDestination = 4; ///< per MX domain, route/smarthost host:port, and IP address
        int idleMs = 5000;                    ///< how long a finished connection waits for the next job
        quint16 mxPort = 25;                  ///< RFC 5321: 25; another port only for tests and lab setups
        OwnListeners ownListeners;            ///< never connected to: mail sent there would loop
        QString trustFile; ///< tls.trust_file: CAs trusted besides the system store (empty: none)
    };

    explicit OutboundTransport(QObject* parent = nullptr);
    ~OutboundTransport() override;

    /// Reads the delivery.* settings and the routing tables of dataDir (on the calling thread); MTA-STS
    /// policies are cached in dataDir from then on.
    Status configure(const QString& dataDir);
    /// The options the delivery.* settings of dataDir give (HELO name, DNS server, MX port, timeouts, limits,
    /// this relay's own listeners).
    static Options readOptions(const QString& dataDir);
    void setOptions(const Options& options);
    void setRouteTable(RouteTable table) { m_routes = std::move(table); }
    const Options& options() const { return m_options; }
    /// What the configuration sends without verifying the certificate (--insecure-skip-verify), one line
    /// each, for the log at each start (docs/operations.md, "Smarthost TLS"); empty when everything is
    /// verified.
    QStringList insecureWarnings() const;
    /// Why the name this relay gives itself (EHLO, bounce notices, Message-IDs) will be refused by receiving
    /// servers, or empty: a single label such as a machine's "vm" (RFC 5321 2.3.5, 4.1.1.1).
    static QString heloProblem(const QByteArray& name);

    /// Starts (or queues) delivery of job; finished() follows exactly once.
    void deliver(const DeliveryJob& job) override;

    int runningCount() const { return m_running; }
    int waitingCount() const { return int(m_waiting.size() + m_parked.size()); }
    int idleConnectionCount() const { return m_pool->idleCount(); }

private:
    struct Waiting
    {
        DeliveryJob job;
        Route route;
        QString destination;
    };

    /// An attempt that waits for room at a remote address (DeliveryAttempt::waitingForAddress), slot given
    /// back.
    struct Parked
    {
        DeliveryAttempt* attempt;
        QString destination;
    };

    void startWaiting();
    /// Starts (or resumes, or withholds) one waiting job if the limits let it; false when none could go.
    bool startOne();
    void startAttempt(Waiting entry);
    void takeSlot(const QString& destination);
    void giveSlot(const QString& destination);

    Options m_options;
    RouteTable m_routes;
    MxResolver* m_resolver;
    MtaStsResolver* m_mtaSts;
    ConnectionPool* m_pool;
    ConnectionsPerAddress* m_connections;
    QList<Waiting> m_waiting;
    QList<Parked> m_parked;
    QHash<QString, int> m_perDestination;
    int m_running = 0;
    bool m_starting = false;   ///< startWaiting() runs (an attempt may end, or wait, inside it)
    bool m_startAgain = false; ///< it was called again meanwhile
};

} // namespace RelayDesk
