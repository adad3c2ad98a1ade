#include "core/routing/mxresolver.h"
#include "core/routing/addressliteral.h"
#include "core/routing/hostsfile.h"

#include <QDnsLookup>
#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace RelayDesk {

namespace {

SmtpReply dnsTrouble(const QString& name, const QString& what)
{
    return SmtpReply::make(451, "4.4.3", "DNS lookup for " + name.toUtf8() + " failed: " + what.toUtf8());
}

/// What went wrong with a lookup, in the relay's own words (RFC 1035 4.1.1's RCODE named), which the window
/// translates, with the name server asked when one is set: Qt's own text stood in a French reply, and support
/// had to guess which server to check (an outside tester).
QString lookupTrouble(const QDnsLookup& lookup)
{
    const QString server = lookup.nameserver().isNull()
                               ? QStringLiteral("the name server")
                               : QStringLiteral("the name server %1").arg(lookup.nameserver().toString());
    switch (lookup.error()) {
    case QDnsLookup::ServerRefusedError:
        return server + QStringLiteral(" refused to answer (REFUSED)");
    case QDnsLookup::ServerFailureError:
        return server + QStringLiteral(" could not answer (SERVFAIL)");
    case QDnsLookup::OperationCancelledError: // our deadline (startLookup)
        return lookup.nameserver().isNull() ? QStringLiteral("timed out")
                                            : QStringLiteral("the name server %1 did not answer in time")
                                                  .arg(lookup.nameserver().toString());
    default:
        return lookup.errorString();
    }
}

} // namespace

MxResolver::MxResolver(QObject* parent) : QObject(parent) {}

QDnsLookup* MxResolver::startLookup(int type, const QString& name)
{
    auto* lookup = new QDnsLookup(QDnsLookup::Type(type), name, this);
    if (!m_nameserver.isNull())
        lookup->setNameserver(m_nameserver);
    // Our own deadline: a silent name server must not hold a delivery for ever.
    auto* timer = new QTimer(lookup);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, lookup, &QDnsLookup::abort);
    timer->start(m_timeoutMs);
    lookup->lookup();
    return lookup;
}

void MxResolver::lookupMx(const QString& domain, QObject* context, MxCallback done)
{
    // RFC 5321 5.1: an address literal names the host itself; there is no MX to look up.
    if (const auto literal = addressLiteral(domain)) {
        MxAnswer answer;
        answer.hosts.append({literal->toString(), 0});
        answer.implicitMx = true;
        QTimer::singleShot(0, context, [answer, done] { done(answer); });
        return;
    }
    QDnsLookup* lookup = startLookup(QDnsLookup::MX, domain);
    connect(
        lookup, &QDnsLookup::finished, this,
        [this, lookup, domain, guard = QPointer<QObject>(context), done] {
            lookup->deleteLater();
            MxAnswer answer;
            if (lookup->error() == QDnsLookup::NotFoundError) {
                answer.failure =
                    SmtpReply::make(550, "5.1.2", "Domain " + domain.toUtf8() + " does not exist (NXDOMAIN)");
            } else if (lookup->error() != QDnsLookup::NoError &&
                       lookup->error() != QDnsLookup::InvalidReplyError) {
                answer.failure = dnsTrouble(domain, lookupTrouble(*lookup));
            } else {
                // Qt 6.4 reports both an answer without records (NODATA) and no answer at all as
                // InvalidReplyError; the address lookup of the implicit MX below tells them apart.
                QList<QDnsMailExchangeRecord> records = lookup->mailExchangeRecords();
                const auto isNull = [](const QDnsMailExchangeRecord& r) {
                    return r.exchange().isEmpty() || r.exchange() == QLatin1String(".");
                };
                if (records.size() == 1 && isNull(records.first()) && records.first().preference() == 0) {
                    // RFC 7505 3: a lone null MX says the domain accepts no mail.
                    answer.failure =
                        SmtpReply::make(556, "5.1.10", "Recipient domain has a null MX (RFC 7505)");
                } else {
                    records.removeIf(isNull);
                    // Equal preferences in random order spread the load (RFC 5321 5.1).
                    std::shuffle(records.begin(), records.end(), *QRandomGenerator::global());
                    std::stable_sort(records.begin(), records.end(), [](const auto& a, const auto& b) {
                        return a.preference() < b.preference();
                    });
                    for (const QDnsMailExchangeRecord& record : std::as_const(records))
                        answer.hosts.append({record.exchange().toLower(), record.preference()});
                }
            }
            if (!answer.failure && answer.hosts.isEmpty()) { // RFC 5321 5.1: implicit MX, if it has addresses
                if (!guard)
                    return;
                lookupAddresses(domain, guard, [domain, done](const AddressAnswer& addresses) {
                    MxAnswer implicit;
                    implicit.failure = addresses.failure;
                    // RFC 5321 5.1: no MX and no address is an error, not a wait; it was retried for days.
                    if (addresses.noRecords)
                        implicit.failure = SmtpReply::make(
                            550, "5.1.2",
                            "Domain " + domain.toUtf8() + " has no mail server: no MX, A or AAAA record");
                    if (!addresses.failure) {
                        implicit.hosts.append({domain.toLower(), 0});
                        implicit.implicitMx = true;
                    }
                    done(implicit);
                });
                return;
            }
            if (guard)
                done(answer);
        });
}

void MxResolver::lookupAddresses(const QString& host, QObject* context, AddressCallback done)
{
    const QHostAddress literal(host);
    if (!literal.isNull()) {
        QTimer::singleShot(0, context, [literal, done] { done({{literal}, std::nullopt}); });
        return;
    }
    // As every program on the machine: the hosts file first (a smarthost named "localhost" or a name only
    // the office's hosts file knows), then A and AAAA in parallel, answered when both are in.
    if (const QList<QHostAddress> known = HostsFile::lookup(host); !known.isEmpty()) {
        QTimer::singleShot(0, context, [known, done] { done({known, std::nullopt}); });
        return;
    }
    struct Pending
    {
        int remaining = 2;
        QList<QHostAddress> v4, v6;
        QString error;
        bool notFound = false;
    };
    auto pending = std::make_shared<Pending>();
    for (const auto type : {QDnsLookup::A, QDnsLookup::AAAA}) {
        QDnsLookup* lookup = startLookup(type, host);
        connect(lookup, &QDnsLookup::finished, this,
                [this, lookup, host, pending, guard = QPointer<QObject>(context), done] {
                    lookup->deleteLater();
                    if (lookup->error() == QDnsLookup::NotFoundError)
                        pending->notFound = true;
                    // InvalidReplyError is NODATA or no answer at all (Qt 6.4 says both alike): neither is
                    // an error yet; confirmNoData() tells them apart if no address came.
                    else if (lookup->error() != QDnsLookup::NoError &&
                             lookup->error() != QDnsLookup::InvalidReplyError)
                        pending->error = lookupTrouble(*lookup);
                    for (const QDnsHostAddressRecord& record : lookup->hostAddressRecords())
                        (lookup->type() == QDnsLookup::A ? pending->v4 : pending->v6).append(record.value());
                    if (--pending->remaining > 0 || !guard)
                        return;
                    AddressAnswer answer;
                    answer.addresses = pending->v4 + pending->v6;
                    if (answer.addresses.isEmpty()) {
                        if (!pending->error.isEmpty()) {
                            answer.failure = dnsTrouble(host, pending->error);
                        } else if (pending->notFound) {
                            answer.failure = SmtpReply::make(
                                451, "4.4.3", "No address records for " + host.toUtf8() + " (NXDOMAIN)");
                            answer.noRecords = true;
                        } else {
                            return confirmNoData(host, guard, done);
                        }
                    }
                    done(answer);
                });
    }
}

void MxResolver::confirmNoData(const QString& host, QObject* context, AddressCallback done)
{
    QDnsLookup* probe = startLookup(QDnsLookup::A, QStringLiteral("_relaydesk-check.") + host);
    connect(probe, &QDnsLookup::finished, this, [probe, host, guard = QPointer<QObject>(context), done] {
        probe->deleteLater();
        if (!guard)
            return;
        AddressAnswer answer;
        // NXDOMAIN, or records (a wildcard): the server answers, so A and AAAA were empty answers.
        if (probe->error() == QDnsLookup::NotFoundError || probe->error() == QDnsLookup::NoError) {
            answer.failure = SmtpReply::make(451, "4.4.3", "No address records for " + host.toUtf8());
            answer.noRecords = true;
        } else {
            // The server set in delivery.dns_server named: a tester's pointed nowhere, and the reply did not
            // say which server to check.
            answer.failure = dnsTrouble(host, probe->nameserver().isNull()
                                                  ? QStringLiteral("no answer from the name server")
                                                  : QStringLiteral("no answer from the name server %1")
                                                        .arg(probe->nameserver().toString()));
        }
        done(answer);
    });
}

void MxResolver::lookupTxt(const QString& name, QObject* context, TxtCallback done)
{
    QDnsLookup* lookup = startLookup(QDnsLookup::TXT, name);
    connect(lookup, &QDnsLookup::finished, this, [lookup, guard = QPointer<QObject>(context), done] {
        lookup->deleteLater();
        if (!guard)
            return;
        TxtAnswer answer;
        // Qt 6.4 reports an empty answer (NODATA) as InvalidReplyError, like no answer at all: both mean
        // "no record" here, as NXDOMAIN does.
        if (lookup->error() != QDnsLookup::NoError && lookup->error() != QDnsLookup::NotFoundError &&
            lookup->error() != QDnsLookup::InvalidReplyError)
            answer.failure = lookupTrouble(*lookup);
        for (const QDnsTextRecord& record : lookup->textRecords()) {
            QByteArray joined;
            for (const QByteArray& part : record.values())
                joined += part;
            answer.records << QString::fromUtf8(joined);
        }
        done(answer);
    });
}

} // namespace RelayDesk
