#pragma once

#include "core/admin/domaincheckreport.h"
#include "core/admin/senderdnsrecords.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace RelayDesk {

/// The Domains panel's text as HTML: the DNS records a sender domain publishes, and the result of a DNS check
/// with a road sign per record (green right, yellow missing, red wrong).
class DomainRecordsHtml final
{
    Q_DECLARE_TR_FUNCTIONS(RelayDesk::DomainRecordsHtml)
public:
    static QString records(const QString& domain, const QList<SenderDnsRecord>& records);
    static QString report(const DomainCheckReport& report);
    /// The records of domain as zone-file lines for the clipboard: absolute names, each record's notes as
    /// comments, a record with a placeholder commented out until it is replaced, and how a provider's form
    /// takes the names.
    static QString zoneText(const QString& domain, const QList<SenderDnsRecord>& records);
    /// The sign's words for a verdict: "Right", "Missing", "Wrong", "Not checked".
    static QString verdictLabel(DomainCheckItem::Verdict verdict);
};

} // namespace RelayDesk
