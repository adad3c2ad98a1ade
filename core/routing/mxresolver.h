#pragma once

#include "core/smtp/smtpreply.h"

#include <QDnsLookup>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <optional>

namespace RelayDesk {

/// One mail exchanger of a domain.
struct MxHost
{
    QString name;
    quint16 preference = 0;
};

/// The answer to an MX lookup: the hosts to try in order, or why there are none.
struct MxAnswer
{
    QList<MxHost> hosts;              ///< by preference, lowest first
    bool implicitMx = false;          ///< RFC 5321 5.1: no MX records, the domain itself is the host
    std::optional<SmtpReply> failure; ///< 451 4.4.3 (DNS trouble), 550 5.1.2 (NXDOMAIN), 556 5.1.10 (null MX)
};

/// The addresses of one host, or why there are none.
struct AddressAnswer
{
    QList<QHostAddress> addresses; ///< IPv4 first, then IPv6
    std::optional<SmtpReply> failure;
    /// The name server said for certain that there are none (NXDOMAIN, or an empty answer while it answers
    /// other questions): no retry brings any, where a silent or failing server may later.
    bool noRecords = false;
};

/// The TXT records of one name (the strings of each record joined), or why the lookup failed.
struct TxtAnswer
{
    QStringList records; ///< empty: the name has none (or does not exist)
    QString failure;     ///< DNS trouble (timeout, SERVFAIL); empty when the answer is known
};

/// Finds where mail for a domain goes (RFC 5321 5.1) with QDnsLookup, against the system resolver or one
/// configured name server (setting delivery.dns_server). Lives on the thread that calls it.
class MxResolver final : public QObject
{
    Q_OBJECT

public:
    using MxCallback = std::function<void(const MxAnswer&)>;
    using AddressCallback = std::function<void(const AddressAnswer&)>;
    using TxtCallback = std::function<void(const TxtAnswer&)>;

    explicit MxResolver(QObject* parent = nullptr);

    /// A null address means the system resolver. Qt 6.4 queries port 53 only.
    void setNameserver(const QHostAddress& nameserver) { m_nameserver = nameserver; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    /// Looks up the MX records of domain; done is called once, later, unless context is gone by then.
    void lookupMx(const QString& domain, QObject* context, MxCallback done);
    /// Looks up A and AAAA of host (or takes host as an IP literal).
    void lookupAddresses(const QString& host, QObject* context, AddressCallback done);
    /// Looks up the TXT records of name (for MTA-STS, RFC 8461 3.1).
    void lookupTxt(const QString& name, QObject* context, TxtCallback done);

private:
    QDnsLookup* startLookup(int type, const QString& name);
    /// Qt 6.4 reports an empty answer (NODATA) and no answer at all alike (InvalidReplyError). Asks the same
    /// server for a name under host that should not exist: any answer to it means the empty ones were NODATA.
    void confirmNoData(const QString& host, QObject* context, AddressCallback done);

    QHostAddress m_nameserver;
    int m_timeoutMs = 30000;
};

} // namespace RelayDesk
