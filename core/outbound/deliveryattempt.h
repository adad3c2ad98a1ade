#pragma once

#include "core/outbound/connectionpool.h"
#include "core/outbound/connectionsperaddress.h"
#include "core/outbound/mtastsgate.h"
#include "core/routing/mtastsresolver.h"
#include "core/routing/mxresolver.h"
#include "core/routing/route.h"
#include "core/smtp/deliveryjob.h"
#include "core/store/ownlisteners.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

namespace RelayDesk {

/// What every DeliveryAttempt shares: resolver, pool and connection settings (owned by OutboundTransport).
struct AttemptContext
{
    MxResolver* resolver = nullptr;
    ConnectionPool* pool = nullptr;
    QByteArray heloName;
    ConnectionTimeouts timeouts;
    int maxTries = 5;          ///< addresses tried per job in all (like Postfix's smtp_mx_address_limit)
    OwnListeners ownListeners; ///< addresses never connected to (a mail loop), whatever the route says
    MtaStsResolver* mtaSts = nullptr; ///< MX delivery only; null or not enabled: no MTA-STS
    PeerTrust mtaStsTrust = {};       ///< MX certificates under a policy (system CAs and tls.trust_file)
    /// Asked before the attempt's first transaction and before each new connection until then
    /// (DeliveryTransport::setStartCheck); empty: always yes.
    std::function<bool(const DeliveryJob&)> mayStart;
    /// Connections open per remote address; null: no limit per address.
    ConnectionsPerAddress* connections = nullptr;
    int maxPerAddress = 4; ///< new connections to an address with this many open wait (waitingForAddress())
    int addressWaitMs = 30000; ///< how long such a wait may last before the attempt ends with 421 4.4.5
};

/// One delivery of one job along one route: finds the hosts (MX lookup or the route's host), then tries
/// them in order, moving on after a connection failure or when every recipient got a 4xx reply. For MX
/// delivery with an MTA-STS policy (RFC 8461 5): enforce tries only the MX hosts the policy lists, each over
/// STARTTLS with a certificate valid for its name, else defers (451 4.7.5); testing delivers as before and
/// notes what enforce would have refused.
class DeliveryAttempt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryAttempt)

public:
    DeliveryAttempt(DeliveryJob job, Route route, AttemptContext context, QObject* parent = nullptr);
    void start();
    /// After waitingForAddress(): the transport gave the attempt a slot again and the address has room.
    void resume();
    /// The address the attempt waits for (ConnectionsPerAddress::key), empty when it does not wait.
    const QString& waitingFor() const { return m_waitingFor; }
    const DeliveryJob& job() const { return m_result.job; }

Q_SIGNALS:
    /// Exactly once.
    void done(const DeliveryAttemptResult& result);
    /// The next connection would go to an address that has the most connections allowed open: the attempt
    /// holds no connection and waits, without a slot, until the transport calls resume() (or its wait ends,
    /// then done() follows with 421 4.4.5).
    void waitingForAddress();

private:
    void lookupMx();
    void applyPolicy();
    void tryNextHost();
    void tryNextAddress();
    void useConnection(OutboundConnection* connection);
    void onTransaction(const QList<SmtpReply>& perRecipient);
    /// Keeps the replies of the transaction that sent the job's recipients at sent (indexes into the job)
    /// and, if the server took some and answered the rest "too many recipients" (RFC 5321 4.5.3.1.10), sends
    /// those in another transaction on the same connection; true if it did.
    bool sendLeftOver(OutboundConnection* connection, const QList<qsizetype>& sent,
                      const QList<SmtpReply>& perRecipient);
    void onLeftOverTransaction(const QList<SmtpReply>& perRecipient);
    /// Sends m_leftOverJob on a ready connection.
    void sendLeftOverOn(OutboundConnection* connection);
    /// Sends m_leftOverJob over a new connection to target (once per left-over transaction).
    void sendLeftOverFresh(const ConnectionTarget& target);
    /// Whether the left-over transaction on connection ended before the server answered its MAIL, and no new
    /// connection was tried for it yet.
    bool leftOverNeverReachedTheServer(const OutboundConnection& connection) const;
    void onConnectionFailure(OutboundConnection* connection, const SmtpReply& reason);
    void collect(OutboundConnection* connection);
    void note(const QByteArray& line);
    void finish(const QList<SmtpReply>& perRecipient);
    void finishAll(const SmtpReply& reply);
    /// Not sent (the start check said no); connection is the one it would have used, or null.
    void withhold(OutboundConnection* connection);
    void waitForAddress(const ConnectionTarget& target);
    /// The wait of waitingForAddress() lasted addressWaitMs.
    void endAddressWait();

    Route m_route;
    AttemptContext m_context;
    DeliveryAttemptResult m_result;
    QStringList m_hosts;
    qsizetype m_hostIndex = 0;
    QList<QHostAddress> m_addresses;
    qsizetype m_addressIndex = 0;
    int m_triesLeft = 0;
    OutboundConnection* m_connection = nullptr;
    bool m_reused = false;
    bool m_retriedFresh = false;
    bool m_freshConnection = false; ///< the next try opens a new connection (the pooled one died idle)
    bool m_sent =
        false; ///< a transaction of this attempt has begun (the start check is asked before the first)
    bool m_plaintextTried = false; ///< opportunistic TLS failed once: one plaintext try on the same address
    bool m_plaintextRetry = false;
    std::optional<SmtpReply> m_lastFailure;
    QList<SmtpReply> m_merged;       ///< each recipient's reply over the transactions of one connection
    QList<qsizetype> m_leftOverSent; ///< the recipients (indexes into the job) of the left-over transaction
    int m_leftOverTransactions = 0;
    DeliveryJob m_leftOverJob;         ///< the recipients of the left-over transaction, the message
    bool m_leftOverFreshTried = false; ///< a new connection was opened for the current left-over transaction
    std::optional<QList<SmtpReply>> m_lastOutcomes;
    qint64 m_startedMs = 0;
    MtaStsGate m_gate; ///< the recipient domain's MTA-STS policy, if any
    QString m_waitingFor;
    QTimer* m_addressWait = nullptr;
};

} // namespace RelayDesk
