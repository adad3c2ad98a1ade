#pragma once

#include "core/admin/senderdnsrecords.h"
#include "core/dkim/dkimkeyrecord.h"
#include "core/util/readableaddress.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace RelayDesk {

/// Everything `domain check` needs before it asks DNS, read from the data directory: the domain's published
/// DKIM keys, the records it should publish, the sending path and the address whose PTR matters.
struct DomainCheckPlan
{
    QString domain; ///< as asked in DNS (A-labels)
    /// The domain as its owner writes it ("büro.example"), for the sentences; the records keep A-labels.
    QString shownDomain() const { return ReadableAddress::domain(domain); }
    QList<DkimKeyRecord> keys;       ///< active and grace keys
    QList<SenderDnsRecord> expected; ///< SenderDnsRecords::build for this data directory
    QString smarthost;               ///< its host name; empty: direct delivery to MX hosts
    QHostAddress nameserver;         ///< delivery.dns_server; null: the system resolver
    QHostAddress sendingAddress;     ///< delivery.public_address or this machine's outbound address
    bool addressFromSetting = false; ///< sendingAddress is delivery.public_address
    QString heloName;                ///< delivery.helo_name or server.hostname: the name a PTR should give
    int timeoutMs = 10000;
};

} // namespace RelayDesk
