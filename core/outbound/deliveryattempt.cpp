#include "core/outbound/deliveryattempt.h"
#include "core/routing/addressliteral.h"
#include "core/util/clock.h"

#include <algorithm>
#include <numeric>

namespace RelayDesk {

DeliveryAttempt::DeliveryAttempt(DeliveryJob job, Route route, AttemptContext context, QObject* parent)
    : QObject(parent), m_route(std::move(route)), m_context(std::move(context)),
      m_triesLeft(m_context.maxTries)
{
    m_result.job = std::move(job);
    m_result.route = m_route.name();
}

void DeliveryAttempt::start()
{
    m_startedMs = nowMs();
    m_result.startedMs = m_startedMs;
    if (m_route.kind != Route::Kind::Mx) {
        m_hosts = {m_route.host};
        tryNextHost();
        return;
    }
    // MTA-STS (RFC 8461) is a policy of a domain name; an address literal has none.
    if (!m_context.mtaSts || !m_context.mtaSts->isEnabled() || addressLiteral(m_result.job.domain))
        return lookupMx();
    m_context.mtaSts->policyFor(m_result.job.domain, this, [this](const MtaStsAnswer& answer) {
        for (const QByteArray& line : answer.notes)
            note(line);
        if (answer.policy)
            m_gate =
                MtaStsGate(*answer.policy, m_context.mtaStsTrust, m_result.job.domain, m_result.job.queueId);
        lookupMx();
    });
}

void DeliveryAttempt::lookupMx()
{
    m_context.resolver->lookupMx(m_result.job.domain, this, [this](const MxAnswer& answer) {
        if (answer.failure) {
            note("-- MX lookup for " + m_result.job.domain.toUtf8() + ": " + answer.failure->summary());
            return finishAll(*answer.failure);
        }
        for (const MxHost& host : answer.hosts)
            m_hosts.append(host.name);
        applyPolicy();
    });
}

void DeliveryAttempt::applyPolicy()
{
    QByteArrayList notes;
    const QStringList all = std::exchange(m_hosts, m_gate.hostsToTry(m_hosts, notes));
    for (const QByteArray& line : std::as_const(notes))
        note(line);
    if (m_hosts.isEmpty() && !all.isEmpty())
        return finishAll(m_gate.refusal("none of the MX hosts (" + all.join(QLatin1Char(' ')).toUtf8() +
                                        ") is listed in the policy"));
    tryNextHost();
}

void DeliveryAttempt::tryNextHost()
{
    if (m_hostIndex >= m_hosts.size() || m_triesLeft <= 0) {
        // Said, so that support does not read the last host tried as the last one there is (an outside
        // tester's 20th MX host worked and was never tried).
        if (m_hostIndex < m_hosts.size())
            note("-- " + QByteArray::number(m_hosts.size() - m_hostIndex) +
                 " more host(s) not tried: at most " + QByteArray::number(m_context.maxTries) +
                 " addresses are tried in one attempt");
        if (m_lastOutcomes)
            return finish(*m_lastOutcomes);
        SmtpReply failure = m_lastFailure.value_or(SmtpReply::make(451, "4.4.4", "No host could be tried"));
        // RFC 8461 4.2: under enforce, a host without STARTTLS or a valid certificate is no destination.
        if (m_gate.enforcing() && failure.enhanced.startsWith("4.7."))
            failure = m_gate.refusal(failure.lines.value(0));
        return finishAll(failure);
    }
    const QString host = m_hosts[m_hostIndex++];
    m_result.host = host;
    m_context.resolver->lookupAddresses(host, this, [this, host](const AddressAnswer& answer) {
        if (answer.failure) {
            note("-- " + host.toUtf8() + ": " + answer.failure->summary());
            SmtpReply failure = *answer.failure;
            // RFC 5321 5.1: an MX host that has no address for certain is unusable, and when none is usable
            // that is an error. A smarthost or route named wrongly waits for the admin instead.
            if (answer.noRecords && m_route.kind == Route::Kind::Mx)
                failure = SmtpReply::make(550, "5.4.4",
                                          "MX host " + host.toUtf8() + " of " + m_result.job.domain.toUtf8() +
                                              " has no address records");
            // A temporary failure at any host keeps the whole attempt temporary.
            if (!m_lastFailure || !failure.isPermanent() || m_lastFailure->isPermanent())
                m_lastFailure = failure;
            return tryNextHost();
        }
        m_addresses = answer.addresses;
        m_addressIndex = 0;
        tryNextAddress();
    });
}

void DeliveryAttempt::tryNextAddress()
{
    if (m_addressIndex >= m_addresses.size() || m_triesLeft <= 0)
        return tryNextHost();
    ConnectionTarget target;
    target.host = m_result.host;
    target.address = m_addresses[m_addressIndex++];
    target.port = m_route.port;
    // RFC 5321 6.3 / Postfix's "loops back to myself": a route, smarthost or MX that leads into this relay's
    // own listener would relay the message to itself again and again. Checked here, so that a configuration
    // changed by hand cannot start a loop either.
    if (const QString own = m_context.ownListeners.listenerAt(target.address, target.port); !own.isEmpty()) {
        const QByteArray reason = "Mail for " + m_result.job.domain.toUtf8() +
                                  " loops back to this relay: " + target.display().toUtf8() + " is " +
                                  own.toUtf8();
        note("-- not connecting to " + target.display().toUtf8() + ": it is " + own.toUtf8());
        m_lastFailure = SmtpReply::make(554, "5.4.6", reason);
        m_lastOutcomes.reset();
        return tryNextAddress();
    }
    target.tls = m_plaintextRetry ? TlsPolicy::None : m_route.tls;
    target.implicitTls = m_route.implicitTls;
    target.username = m_route.username;
    target.password = m_route.password;
    target.trust = m_route.trust;
    target.viaRoute = m_route.kind == Route::Kind::Direct;
    m_gate.applyTo(target); // MTA-STS enforce: STARTTLS with a certificate valid for the MX host name
    OutboundConnection* idle = m_freshConnection ? nullptr : m_context.pool->take(target);
    // A job that waited (for a slot, for an address) may have been deleted, bounced or held meanwhile: it
    // opens no connection then (an outside tester counted new connections to a deleted message's server).
    if (!idle && !m_sent && m_context.mayStart && !m_context.mayStart(m_result.job))
        return withhold(nullptr);
    if (!idle && m_context.connections &&
        m_context.connections->count(target.address) >= m_context.maxPerAddress) {
        --m_addressIndex; // this address again once it has room
        return waitForAddress(target);
    }
    m_plaintextRetry = false;
    m_freshConnection = false;
    --m_triesLeft;
    m_result.address = target.address.toString();
    m_result.port = target.port;
    if (idle) {
        note("-- reusing connection to " + target.display().toUtf8());
        m_reused = true;
        idle->setParent(this);
        return useConnection(idle);
    }
    m_reused = false;
    note("-- connecting to " + target.display().toUtf8());
    auto* connection = new OutboundConnection(target, m_context.heloName, m_context.timeouts, this);
    if (m_context.connections)
        m_context.connections->track(connection);
    connect(connection, &OutboundConnection::ready, this, [this, connection] { useConnection(connection); });
    connect(connection, &OutboundConnection::failed, this,
            [this, connection](const SmtpReply& reason) { onConnectionFailure(connection, reason); });
    connection->open();
}

void DeliveryAttempt::useConnection(OutboundConnection* connection)
{
    connection->disconnect(this);
    if (!m_sent && m_context.mayStart && !m_context.mayStart(m_result.job))
        return withhold(connection);
    m_sent = true;
    m_connection = connection;
    connect(connection, &OutboundConnection::transactionDone, this, &DeliveryAttempt::onTransaction);
    connect(connection, &OutboundConnection::failed, this,
            [this, connection](const SmtpReply& reason) { onConnectionFailure(connection, reason); });
    if (!connection->send(m_result.job))
        onConnectionFailure(connection,
                            SmtpReply::make(451, "4.3.0", "The connection was not ready for a job"));
}

void DeliveryAttempt::onTransaction(const QList<SmtpReply>& perRecipient)
{
    OutboundConnection* connection = std::exchange(m_connection, nullptr);
    collect(connection);
    if (const QByteArray problem = m_gate.testingProblem(*connection); !problem.isEmpty())
        note(problem);
    // A pooled connection may have died while it idled: then the transaction broke off before the server
    // answered any of it (closed, reset, timed out: 421 4.4.2), or the server's first reply was 421 (RFC 5321
    // 3.8), or it refused the RSET that begins a transaction on a used connection (a server without RSET).
    // Only that is worth one more try, over a new connection: nothing of the message reached the server. A
    // real reply to the transaction is the server's answer; sending the message again at once would only
    // repeat it (greylisting).
    const bool diedWhileIdle = m_reused && !connection->isReady() &&
                               connection->protocol().failedIn() == SmtpClientProtocol::State::Rset;
    connection->disconnect(this);
    QList<qsizetype> all(m_result.job.recipients.size());
    std::iota(all.begin(), all.end(), 0);
    if (sendLeftOver(connection, all, perRecipient))
        return;
    m_context.pool->giveBack(connection); // kept for the next job if still usable
    const bool allTemporary = std::all_of(perRecipient.cbegin(), perRecipient.cend(),
                                          [](const SmtpReply& reply) { return reply.isTransient(); });
    if (!allTemporary)
        return finish(perRecipient);
    m_lastOutcomes = perRecipient;
    if (diedWhileIdle && !m_retriedFresh) {
        m_retriedFresh = true;
        m_freshConnection = true; // never the pool again: it may hold another connection that died with it
        --m_addressIndex;
    }
    tryNextAddress(); // RFC 5321 5.1: a temporary failure at one MX moves on to the next
}

static bool tooManyRecipients(const SmtpReply& reply)
{
    // RFC 3463 3.6: X.5.3 "too many recipients"; a server without enhanced codes says it in words.
    return reply.code == 452 &&
           (reply.enhanced == "4.5.3" ||
            (reply.enhanced.isEmpty() && reply.fullText().toLower().contains("too many recipients")));
}

bool DeliveryAttempt::sendLeftOver(OutboundConnection* connection, const QList<qsizetype>& sent,
                                   const QList<SmtpReply>& perRecipient)
{
    // A server that takes so many recipients a transaction (Postfix's smtpd_recipient_limit, 100 at many
    // providers) answers the rest 452 4.5.3; they waited for the next retry, and a message to 300 recipients
    // of one domain took three retry intervals (an outside tester).
    constexpr int maxLeftOverTransactions = 100;
    if (m_merged.size() != m_result.job.recipients.size())
        m_merged = QList<SmtpReply>(m_result.job.recipients.size());
    QList<qsizetype> left;
    bool taken = false;
    for (qsizetype i = 0; i < sent.size(); ++i) {
        const SmtpReply reply = perRecipient.value(i);
        m_merged[sent[i]] = reply;
        if (tooManyRecipients(reply))
            left << sent[i];
        else if (reply.isPositive())
            taken = true;
    }
    if (left.isEmpty() || !taken || m_leftOverTransactions >= maxLeftOverTransactions)
        return false;
    ++m_leftOverTransactions;
    m_leftOverFreshTried = false;
    note("-- " + QByteArray::number(left.size()) +
         " recipient(s) answered 452 4.5.3 (too many recipients): sent in another transaction "
         "(RFC 5321 4.5.3.1.10)");
    m_leftOverJob = m_result.job;
    m_leftOverJob.recipients.clear();
    m_leftOverJob.recipientIds.clear();
    for (const qsizetype index : std::as_const(left)) {
        m_leftOverJob.recipients << m_result.job.recipients[index];
        m_leftOverJob.recipientIds << m_result.job.recipientIds.value(index);
    }
    m_leftOverSent = left;
    if (!connection->isReady()) {
        // Some servers end the connection once a transaction is done: the rest go over a new one.
        const ConnectionTarget target = connection->target();
        m_context.pool->giveBack(connection); // not ready: retired
        sendLeftOverFresh(target);
        return true;
    }
    sendLeftOverOn(connection);
    return true;
}

void DeliveryAttempt::sendLeftOverOn(OutboundConnection* connection)
{
    m_connection = connection;
    connect(connection, &OutboundConnection::transactionDone, this, &DeliveryAttempt::onLeftOverTransaction);
    connect(connection, &OutboundConnection::failed, this, [this, connection](const SmtpReply&) {
        collect(connection);
        connection->disconnect(this);
        connection->deleteLater();
        m_connection = nullptr;
        if (leftOverNeverReachedTheServer(*connection))
            return sendLeftOverFresh(connection->target());
        finish(m_merged); // the left-over recipients keep their 452 and wait for the next retry
    });
    if (!connection->send(m_leftOverJob)) {
        connection->disconnect(this);
        m_connection = nullptr;
        const ConnectionTarget target = connection->target();
        m_context.pool->giveBack(connection);
        if (!m_leftOverFreshTried)
            return sendLeftOverFresh(target);
        finish(m_merged);
    }
}

bool DeliveryAttempt::leftOverNeverReachedTheServer(const OutboundConnection& connection) const
{
    // The connection ended, or the server refused RSET, before it answered the left-over transaction's MAIL:
    // nothing of the message went, so a new connection cannot make a second copy.
    const SmtpClientProtocol::State failedIn = connection.protocol().failedIn();
    return !m_leftOverFreshTried &&
           (failedIn == SmtpClientProtocol::State::Rset || failedIn == SmtpClientProtocol::State::MailFrom);
}

void DeliveryAttempt::sendLeftOverFresh(const ConnectionTarget& target)
{
    // Once per left-over transaction: a server that closed the connection after the transaction, or refused
    // the RSET between transactions (an outside tester's small server), had the rest wait for the next retry.
    m_leftOverFreshTried = true;
    note("-- connecting to " + target.display().toUtf8() + " again for the " +
         QByteArray::number(m_leftOverJob.recipients.size()) + " recipient(s) left over");
    auto* connection = new OutboundConnection(target, m_context.heloName, m_context.timeouts, this);
    if (m_context.connections) // counted, not limited: it takes the place of the one that just ended
        m_context.connections->track(connection);
    connect(connection, &OutboundConnection::ready, this, [this, connection] {
        connection->disconnect(this);
        sendLeftOverOn(connection);
    });
    connect(connection, &OutboundConnection::failed, this, [this, connection](const SmtpReply&) {
        collect(connection);
        connection->disconnect(this);
        connection->deleteLater();
        finish(m_merged); // they keep their 452 and wait for the next retry
    });
    connection->open();
}

void DeliveryAttempt::onLeftOverTransaction(const QList<SmtpReply>& perRecipient)
{
    OutboundConnection* connection = std::exchange(m_connection, nullptr);
    collect(connection);
    connection->disconnect(this);
    if (leftOverNeverReachedTheServer(*connection)) {
        const ConnectionTarget target = connection->target();
        m_context.pool->giveBack(connection);
        return sendLeftOverFresh(target);
    }
    if (sendLeftOver(connection, std::exchange(m_leftOverSent, {}), perRecipient))
        return;
    m_context.pool->giveBack(connection);
    finish(m_merged);
}

void DeliveryAttempt::onConnectionFailure(OutboundConnection* connection, const SmtpReply& reason)
{
    collect(connection);
    connection->disconnect(this);
    connection->deleteLater();
    m_connection = nullptr;
    m_lastFailure = reason;
    m_lastOutcomes.reset();
    // Opportunistic TLS that fails in the handshake falls back to plaintext on the same address, once
    // (RFC 7435 4: opportunistic security must not make delivery worse than no security).
    if (reason.enhanced == "4.7.5" && connection->target().tls == TlsPolicy::Opportunistic &&
        !connection->target().implicitTls && !m_plaintextTried && m_triesLeft > 0) {
        m_plaintextTried = true;
        m_plaintextRetry = true;
        --m_addressIndex;
    }
    tryNextAddress();
}

void DeliveryAttempt::waitForAddress(const ConnectionTarget& target)
{
    // Waiting here holds no connection and, once the transport took back the slot, no slot either: other
    // destinations go on while one server takes its time (connections that never get a greeting, RFC 5321
    // 4.5.3.2.1 lets each wait 5 minutes). Ended after addressWaitMs, so that the queue shows a reason and
    // the retry schedule spaces the next tries.
    m_waitingFor = ConnectionsPerAddress::key(target.address);
    note("-- waiting: " + QByteArray::number(m_context.maxPerAddress) + " connection(s) to " +
         target.address.toString().toUtf8() +
         " are open, the most this relay opens to one server (delivery.max_connections_per_domain)");
    m_context.pool->retireIdleTo(target.address); // one idle connection gives way to a job that waits
    if (!m_addressWait) {
        m_addressWait = new QTimer(this);
        m_addressWait->setSingleShot(true);
        connect(m_addressWait, &QTimer::timeout, this, &DeliveryAttempt::endAddressWait);
    }
    m_addressWait->start(m_context.addressWaitMs);
    m_result.host = target.host;
    m_result.address = target.address.toString();
    m_result.port = target.port;
    Q_EMIT waitingForAddress();
}

void DeliveryAttempt::resume()
{
    if (m_waitingFor.isEmpty())
        return;
    m_waitingFor.clear();
    m_addressWait->stop();
    tryNextAddress();
}

void DeliveryAttempt::endAddressWait()
{
    if (m_waitingFor.isEmpty())
        return;
    m_waitingFor.clear();
    const QByteArray where = m_result.host.toUtf8() + '[' + m_result.address.toUtf8() + ']';
    note("-- gave up waiting for a free connection to " + where + " after " +
         QByteArray::number(m_context.addressWaitMs / 1000) + " s (delivery.connect_timeout)");
    m_lastOutcomes.reset();
    // RFC 3463 3.5: X.4.5, mail system congestion; temporary, so the retry schedule tries again later.
    finishAll(SmtpReply::make(
        421, "4.4.5", "Too many connections to " + where + " from this relay now; tried again later"));
}

void DeliveryAttempt::withhold(OutboundConnection* connection)
{
    // Nothing was sent for this job: the connection is as good as before, for the next job.
    if (connection) {
        collect(connection);
        m_context.pool->giveBack(connection);
    }
    note("-- not sent: the job may no longer be delivered (message deleted, bounced or held, or the queue "
         "lease is gone)");
    m_result.withheld = true;
    m_result.outcomes.clear();
    m_result.durationMs = nowMs() - m_startedMs;
    Q_EMIT done(m_result);
}

void DeliveryAttempt::collect(OutboundConnection* connection)
{
    m_result.transcript += connection->takeTranscript();
    m_result.tlsVersion = connection->tlsVersion();
    m_result.dsnPassedOn = connection->offersDsn();
    m_result.tlsCipher = connection->tlsCipher();
}

void DeliveryAttempt::note(const QByteArray& line)
{
    m_result.transcript += line + "\r\n";
}

void DeliveryAttempt::finishAll(const SmtpReply& reply)
{
    finish(QList<SmtpReply>(m_result.job.recipients.size(), reply));
}

void DeliveryAttempt::finish(const QList<SmtpReply>& perRecipient)
{
    m_result.outcomes.clear();
    for (qsizetype i = 0; i < m_result.job.recipients.size(); ++i)
        m_result.outcomes.append(
            {m_result.job.recipientIds.value(i), m_result.job.recipients[i], perRecipient.value(i)});
    m_result.durationMs = nowMs() - m_startedMs;
    Q_EMIT done(m_result);
}

} // namespace RelayDesk
