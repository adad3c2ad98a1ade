#include "core/outbound/mtastsgate.h"
#include "core/outbound/outboundconnection.h"
#include "core/tls/peerverifier.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"

namespace RelayDesk {

MtaStsGate::MtaStsGate(MtaStsPolicy policy, PeerTrust trust, QString domain, QString queueId)
    : m_policy(std::move(policy)), m_trust(std::move(trust)), m_domain(std::move(domain)),
      m_queueId(std::move(queueId))
{
}

QStringList MtaStsGate::hostsToTry(const QStringList& hosts, QByteArrayList& notes) const
{
    if (!m_policy || m_policy->mode == MtaStsPolicy::Mode::None)
        return hosts;
    const QByteArray patterns = m_policy->mx.join(QLatin1Char(' ')).toUtf8();
    QStringList allowed;
    for (const QString& host : hosts) {
        if (m_policy->allowsMx(host)) {
            allowed << host;
            continue;
        }
        // RFC 8461 4.1: an MX host the policy does not list is not a valid destination.
        notes << "-- MTA-STS (" + m_policy->modeName().toUtf8() + "): " + host.toUtf8() +
                     " is not an MX host of the policy (mx " + patterns +
                     (enforcing() ? "); not tried" : "); tried all the same (testing mode)");
        if (testing())
            qCWarning(lcDelivery) << LogLine("mta_sts_testing_failure")
                                         .add("domain", m_domain)
                                         .add("queue_id", m_queueId)
                                         .add("problem",
                                              QStringLiteral("MX host %1 not in policy").arg(host));
    }
    return enforcing() ? allowed : hosts;
}

void MtaStsGate::applyTo(ConnectionTarget& target) const
{
    if (!enforcing())
        return;
    target.tls = TlsPolicy::Verify;
    target.trust = m_trust;
}

SmtpReply MtaStsGate::refusal(const QByteArray& why) const
{
    qCWarning(lcDelivery)
        << LogLine("mta_sts_deferred").add("domain", m_domain).add("queue_id", m_queueId).add("reason", why);
    // Temporary: the domain may fix its MX hosts, certificate or policy (RFC 8461 5).
    return SmtpReply::make(451, "4.7.5",
                           "MTA-STS policy of " + m_domain.toUtf8() + " (enforce) forbids delivery: " + why);
}

QByteArray MtaStsGate::testingProblem(const OutboundConnection& connection) const
{
    if (!testing())
        return {};
    QString problem;
    const QString host = connection.target().host;
    if (connection.tlsVersion().isEmpty()) {
        problem = QStringLiteral("no TLS to %1").arg(host);
    } else {
        const PeerVerdict verdict = PeerVerifier::verify(connection.peerCertificateChain(), host, m_trust);
        if (!verdict.verified)
            problem = QStringLiteral("certificate of %1: %2").arg(host, verdict.summary());
    }
    if (problem.isEmpty())
        return {};
    qCWarning(lcDelivery) << LogLine("mta_sts_testing_failure")
                                 .add("domain", m_domain)
                                 .add("queue_id", m_queueId)
                                 .add("problem", problem);
    return "-- MTA-STS (testing): enforce would not deliver here: " + problem.toUtf8();
}

} // namespace RelayDesk
