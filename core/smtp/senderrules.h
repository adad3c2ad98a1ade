#pragma once

#include "core/util/expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

namespace RelayDesk {

/// What a Mail Agent may send as (docs/protocols.md, "Sender domains"): its domains and exact addresses,
/// or anyone when any-sender is on. Checked on the envelope sender at MAIL and on the From: field at the end
/// of DATA. Plain values, cheap to copy and to share between sessions.
struct SenderRules
{
    bool anySender = false;
    bool unavailable = false; ///< the rules could not be read: refuse for now (4xx), never allow
    QStringList domains;      ///< A-labels, lower-case ("example.com"); subdomains are not included
    QStringList addresses;    ///< exact addresses, lower-case ("billing@example.org")

    /// Rules that allow every sender (an agent with any-sender on).
    static SenderRules anyone()
    {
        SenderRules rules;
        rules.anySender = true;
        return rules;
    }

    /// Whether address ("local@domain", without brackets) may be sent as. The null sender (empty) is allowed
    /// only with any-sender: it is for bounces (RFC 5321 4.5.5), which Mail Agents do not send.
    bool allows(QByteArrayView address) const;
    /// "example.com, example.org, billing@example.net" for a reply text, at most maxListed entries and then
    /// "and N more"; "none" when there are none.
    QByteArray allowedList(int maxListed = 8) const;

    /// The rules of a Mail Agent's stored entries (domains, and addresses with an "@"), as the store reads
    /// them.
    static SenderRules of(const QStringList& entries, bool anySender);
    /// A domain or an exact address as stored: "Example.COM" → "example.com", "Billing@Bücher.example" →
    /// "billing@xn--bcher-kva.example"; or what is wrong with it.
    static Expected<QString> normalizeEntry(const QString& entry);
};

} // namespace RelayDesk
