#pragma once

#include "core/admin/dnsanswer.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

class QDnsLookup;

namespace RelayDesk {

/// Asks a set of DNS questions at once with QDnsLookup, against one configured name server (setting
/// delivery.dns_server, as MxResolver does) or the system resolver, and reports all the answers together.
/// Lookups run in Qt's resolver threads: the thread that owns the object (the GUI's, too) never waits.
class DnsQuestions final : public QObject
{
    Q_OBJECT
public:
    struct Question
    {
        QString name;
        QString type; ///< "TXT", "MX", "PTR", "A" or "AAAA"
    };

    explicit DnsQuestions(QObject* parent = nullptr);

    /// A null address: the system resolver. Qt 6.4 asks port 53 only.
    void setNameserver(const QHostAddress& nameserver) { m_nameserver = nameserver; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    /// The name server is known to answer (an earlier set proved it): an empty reply is NODATA, not silence.
    void setAssumeAnswering(bool answering) { m_assumeAnswering = answering; }
    /// Starts every question; finished() follows once, later, with the answers in the questions' order.
    void ask(const QList<Question>& questions);
    /// Stops the lookups in flight; finished() follows with them Failed.
    void abort();

    /// The reverse name of address for a PTR question: 4.3.2.1.in-addr.arpa, or the nibbles under ip6.arpa
    /// (RFC 1035 3.5, RFC 3596 2.5).
    static QString reverseName(const QHostAddress& address);

Q_SIGNALS:
    void finished(const QList<RelayDesk::DnsAnswer>& answers);

private:
    void lookupDone(int index);
    void settle();

    QHostAddress m_nameserver;
    int m_timeoutMs = 10000;
    QList<QDnsLookup*> m_lookups;
    QList<DnsAnswer> m_answers;
    QList<int> m_rawErrors; ///< QDnsLookup::Error of each answer
    int m_pending = 0;
    bool m_assumeAnswering = false;
};

} // namespace RelayDesk
