#pragma once

#include "core/outbound/connectiontarget.h"
#include "core/routing/mtastspolicy.h"
#include "core/smtp/smtpreply.h"

#include <QByteArrayList>
#include <QStringList>
#include <optional>

namespace RelayDesk {

class OutboundConnection;

/// What an MTA-STS policy does to one MX delivery (RFC 8461 4 and 5, docs/operations.md "MTA-STS"): under
/// enforce only the listed MX hosts, each over STARTTLS with a certificate valid for its name, else a
/// deferral (451 4.7.5); under testing the same checks, only noted and logged. Without a policy it changes
/// nothing.
class MtaStsGate final
{
public:
    MtaStsGate() = default;
    MtaStsGate(MtaStsPolicy policy, PeerTrust trust, QString domain, QString queueId);

    bool enforcing() const { return m_policy && m_policy->mode == MtaStsPolicy::Mode::Enforce; }
    bool testing() const { return m_policy && m_policy->mode == MtaStsPolicy::Mode::Testing; }

    /// The MX hosts to try, in order (RFC 8461 4.1); notes gets a line for each host the policy does not
    /// list.
    QStringList hostsToTry(const QStringList& hosts, QByteArrayList& notes) const;
    /// Under enforce: STARTTLS required and the certificate verified for the MX name (RFC 8461 4.2).
    void applyTo(ConnectionTarget& target) const;
    /// The deferral of a delivery that enforce forbids, and its operator log line.
    SmtpReply refusal(const QByteArray& why) const;
    /// Under testing: what enforce would have refused about a connection that delivered (no TLS, a
    /// certificate not valid for the host), logged; empty when nothing.
    QByteArray testingProblem(const OutboundConnection& connection) const;

private:
    std::optional<MtaStsPolicy> m_policy;
    PeerTrust m_trust;
    QString m_domain;
    QString m_queueId;
};

} // namespace RelayDesk
