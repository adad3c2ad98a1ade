#pragma once

#include "core/admin/dnsanswer.h"
#include "core/admin/domaincheckplan.h"
#include "core/admin/domaincheckreport.h"

namespace RelayDesk {

/// The verdicts of `domain check` (docs/operations.md, "DNS check"): what DNS answered, compared with what
/// the domain should publish for the way this relay sends. Pure functions of the answers.
class DomainCheckVerdicts final
{
public:
    /// SPF (RFC 7208): one v=spf1 record that covers the sending path (the smarthost provider's include:,
    /// or the sending address for direct delivery) and does not allow everyone.
    static DomainCheckItem spf(const DomainCheckPlan& plan, const DnsAnswer& answer);
    /// DKIM (RFC 6376 3.6.1): one key record at the selector whose p= is the key's public key.
    static DomainCheckItem dkim(const DomainCheckPlan& plan, const DkimKeyRecord& key,
                                const DnsAnswer& answer);
    /// The domain has no DKIM keys here: nothing to publish yet.
    static DomainCheckItem noDkimKeys(const DomainCheckPlan& plan);
    /// DMARC (RFC 7489 6.3): one v=DMARC1 record with a valid p=.
    static DomainCheckItem dmarc(const DomainCheckPlan& plan, const DnsAnswer& answer);
    /// MX (RFC 5321 5.1, RFC 7505): the domain receives mail (replies and bounces).
    static DomainCheckItem mx(const DomainCheckPlan& plan, const DnsAnswer& answer);
    /// PTR of the sending address and whether one of its names resolves back to it (FCrDNS). forward: the A
    /// and AAAA answers of the names the PTR gave.
    static DomainCheckItem ptr(const DomainCheckPlan& plan, const DnsAnswer& answer,
                               const QList<DnsAnswer>& forward);
    /// The sending address is not known, or private: nothing to look up.
    static DomainCheckItem ptrWithoutAddress(const DomainCheckPlan& plan);

    /// Whether the plan's address can be checked from outside (known, not private, loopback or link-local
    /// unless it was set by the admin).
    static bool addressCheckable(const DomainCheckPlan& plan);
    /// Where the sending address comes from and how to set it, in plain words.
    static QString addressNote(const DomainCheckPlan& plan);

    /// item with its verdict and the sentence that explains it; publish, when given, replaces what to
    /// publish.
    static DomainCheckItem judged(DomainCheckItem item, DomainCheckItem::Verdict verdict,
                                  const QString& summary, const QString& publish = {});
};

} // namespace RelayDesk
