#pragma once

#include "core/dkim/dkimkeyrecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace RelayDesk {

/// One DNS record to publish for a sender domain.
struct SenderDnsRecord
{
    QString kind;           ///< "dkim", "spf" or "dmarc"
    QString name;           ///< the owner name, without a final dot
    QString value;          ///< the TXT value as one text
    QString note;           ///< what to check or replace before publishing; empty if nothing
    QString selector = {};  ///< dkim: the key's selector
    QString algorithm = {}; ///< dkim: rsa-sha256 or ed25519-sha256
    QString state = {};     ///< dkim: active or grace
    qint64 retireAt = 0;    ///< dkim in grace: when it may be removed (ms since the epoch)

    /// The value cut into the character-strings of a TXT record, 255 octets at most each (RFC 1035 3.3.14).
    QStringList strings() const;
    /// NAME TXT "..." "...": a line for a zone file or a DNS provider's form.
    QString zoneLine() const;
    /// As zoneLine() with the name absolute (a final dot), as a zone file takes it: without it the zone's
    /// origin is appended ("..._domainkey.example.net.example.net.").
    QString absoluteZoneLine() const;
    /// Whether the value holds a placeholder (YOUR.PUBLIC.IP, SPF.DOMAIN.OF.YOUR.PROVIDER) to replace first:
    /// published as it is, it breaks SPF for every message of the domain (a permanent error).
    bool hasPlaceholder() const;
};

/// The DNS records a sender domain publishes so that receivers trust its mail (docs/operations.md, "DKIM"):
/// a DKIM key record per published selector (RFC 6376 3.6), an SPF suggestion for the office's sending path
/// (RFC 7208) and a DMARC starting policy that only reports (RFC 7489 6.3, p=none).
class SenderDnsRecords final
{
public:
    /// smarthostHost: the smarthost's host name, empty when mail goes to MX hosts directly.
    /// reportAddress: where DMARC aggregate reports go; empty: postmaster@DOMAIN.
    /// publicAddress: the address direct delivery sends from (delivery.public_address); empty: a placeholder.
    static QList<SenderDnsRecord> build(const QString& domain, const QList<DkimKeyRecord>& keys,
                                        const QString& smarthostHost, const QString& reportAddress = {},
                                        const QString& publicAddress = {});
    /// The SPF mechanism for a smarthost's provider ("include:spf.protection.outlook.com"), or empty when
    /// the provider is not known.
    static QString providerInclude(const QString& smarthostHost);
};

} // namespace RelayDesk
