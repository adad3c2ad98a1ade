#pragma once

#include "core/dkim/dkimalgorithm.h"

#include <QByteArray>
#include <QString>

namespace RelayDesk {

/// One DKIM key of a domain as the store keeps it (its private key is a file beside the store).
struct DkimKeyRecord
{
    /// active: signs and is published; grace: replaced by a rotation, still published until retireAt so
    /// that mail signed with it verifies; retired: unpublished, its private key file removed.
    enum class State
    {
        Active,
        Grace,
        Retired,
    };

    qint64 id = 0;
    QString domain;
    QString selector;
    DkimAlgorithm algorithm = DkimAlgorithm::RsaSha256;
    QByteArray publicKey; ///< base64, the p= of its DNS record
    State state = State::Active;
    qint64 createdAt = 0; ///< ms since the epoch
    qint64 retireAt = 0;  ///< grace: when it is retired (ms since the epoch); otherwise 0
    /// Why an active key's private key cannot sign (its file removed or damaged by hand); empty when it can
    /// or when nobody checked (filled by DkimKeyStore::checkSigning only, not by every read of the rows).
    QString cannotSign = {};

    /// "active", "grace" or "retired".
    static QString stateName(State state);
    /// The TXT record's value: "v=DKIM1; k=rsa; p=..." (RFC 6376 3.6.1, RFC 8463 4.2).
    QByteArray dnsValue() const;
    /// Where the record goes: SELECTOR._domainkey.DOMAIN (RFC 6376 3.6.2.1).
    QString dnsName() const { return selector + QStringLiteral("._domainkey.") + domain; }
};

} // namespace RelayDesk
