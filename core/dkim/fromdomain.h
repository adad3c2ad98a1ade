#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace RelayDesk {

/// The domain of the author: the domain of the first mailbox of the From: field (RFC 5322 3.6.2), which a
/// DKIM signature's d= must match for DMARC (RFC 7489 3.1.1).
class FromDomain final
{
public:
    /// The domain of the first mailbox of a From: value (unfolded or not) as FromAddresses reads it, in
    /// DomainName's compared form (A-labels, lower case, no final dot); empty when there is none (no @, a
    /// domain literal, an empty group, a field that cannot be read without guessing).
    static QByteArray of(QByteArrayView fromValue);
};

} // namespace RelayDesk
