#include "core/outbound/connectionprobe.h"

#include "core/outbound/outboundconnection.h"
#include "core/routing/mxresolver.h"
#include "core/smtp/deliveryjob.h"
#include "core/util/clock.h"

#include <QSslCertificate>
#include <QUrl>

#include <algorithm>

namespace RelayDesk {

namespace {

QString distinguishedName(const QSslCertificate& certificate, bool issuer)
{
    QStringList parts;
    const QList<QByteArray> attributes =
        issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    for (const QByteArray& attribute : attributes) {
        const QStringList values =
            issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString& value : values)
            parts << QString::fromLatin1(attribute) + QLatin1Char('=') + value;
    }
    return parts.join(QStringLiteral(", "));
}

QStringList alternativeNames(const QSslCertificate& certificate)
{
    QStringList names;
    const auto entries = certificate.subjectAlternativeNames();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        switch (it.key()) {
        case QSsl::DnsEntry:
            names << QStringLiteral("DNS:") + it.value();
            break;
        case QSsl::IpAddressEntry:
            names << QStringLiteral("IP:") + it.value();
            break;
        case QSsl::EmailEntry:
            names << QStringLiteral("email:") + it.value();
            break;
        }
    }
    return names;
}

ConnectionTimeouts stepTimeouts(ConnectionTimeouts timeouts)
{
    timeouts.connectMs = std::clamp(timeouts.connectMs, 1000, ProbePlan::maxStepMs);
    timeouts.commandMs = std::clamp(timeouts.commandMs, 1000, ProbePlan::maxStepMs);
    return timeouts;
}

} // namespace

ConnectionProbe::ConnectionProbe(ProbePlan plan, QObject* parent)
    : QObject(parent), m_plan(std::move(plan)),
      // A login is sent only to a verified certificate (OutboundConnection::needsVerification): the test
      // judges the certificate so, and did not say "accepted: any certificate" beside a refusal (an outside
      // tester's route on port 465).
      m_steps({m_plan.route.host,
               !m_plan.route.username.isEmpty() && m_plan.route.trust.mode != PeerTrust::Mode::Insecure
                   ? TlsPolicy::Verify
                   : m_plan.route.tls,
               m_plan.route.implicitTls, !m_plan.route.username.isEmpty(), m_plan.reportAuth}),
      m_resolver(new MxResolver(this))
{
    m_plan.timeouts = stepTimeouts(m_plan.timeouts);
    m_resolver->setNameserver(m_plan.dnsServer);
    m_resolver->setTimeout(ProbePlan::maxStepMs);
    m_report.target = m_plan.target;
}

ConnectionProbe::~ConnectionProbe() = default;

void ConnectionProbe::start()
{
    m_startedMs = nowMs();
    if (m_plan.route.kind != Route::Kind::Mx) {
        const QHostAddress literal(m_plan.route.host);
        if (literal.isNull())
            resolveHost(m_plan.route.host, {});
        else
            connectTo(m_plan.route.host, {literal});
        return;
    }
    // RFC 5321 5.1, as delivery does it: the MX hosts by preference, else the domain itself.
    m_resolver->lookupMx(m_plan.domain, this, [this](const MxAnswer& answer) {
        if (m_report.finished)
            return;
        if (answer.failure || answer.hosts.isEmpty()) {
            const QString why = answer.failure ? QString::fromUtf8(answer.failure->summary()) : QString();
            note("-- MX lookup for " + m_plan.domain.toUtf8() + ": " + why.toUtf8());
            addStep(ProbeStep::Kind::Resolve, RoadSign::Red, tr("MX of %1: %2").arg(m_plan.domain, why));
            return finish();
        }
        QStringList hosts;
        for (const MxHost& host : answer.hosts)
            hosts << QStringLiteral("%1 (%2)").arg(host.name).arg(host.preference);
        QString prefix =
            answer.implicitMx
                ? tr("%1 has no MX records: the domain itself receives its mail").arg(m_plan.domain)
                : tr("MX of %1: %2").arg(m_plan.domain, hosts.join(QStringLiteral(", ")));
        // As delivery does: the next host when one cannot be reached (a route test said FAIL, exit 1, while
        // mail went to the second host: an outside tester).
        for (qsizetype i = 1; i < answer.hosts.size(); ++i)
            m_nextHosts << answer.hosts.at(i).name;
        resolveHost(answer.hosts.first().name, prefix);
    });
}

void ConnectionProbe::resolveHost(const QString& host, const QString& prefix)
{
    m_resolver->lookupAddresses(host, this, [this, host, prefix](const AddressAnswer& answer) {
        if (m_report.finished)
            return;
        if (answer.failure || answer.addresses.isEmpty()) {
            const QString why = answer.failure ? QString::fromUtf8(answer.failure->summary()) : QString();
            note("-- " + host.toUtf8() + ": " + why.toUtf8());
            QStringList details;
            if (!prefix.isEmpty())
                details << prefix;
            addStep(ProbeStep::Kind::Resolve, RoadSign::Red, tr("%1: %2").arg(host, why), details);
            return finish();
        }
        QStringList addresses;
        for (const QHostAddress& address : answer.addresses)
            addresses << address.toString();
        const QString found = tr("%1 resolves to %2").arg(host, addresses.join(QStringLiteral(", ")));
        if (prefix.isEmpty())
            addStep(ProbeStep::Kind::Resolve, RoadSign::Green, found);
        else
            addStep(ProbeStep::Kind::Resolve, RoadSign::Green, prefix, {found});
        connectTo(host, answer.addresses);
    });
}

void ConnectionProbe::connectTo(const QString& host, const QList<QHostAddress>& addresses)
{
    m_host = host;
    m_steps.setHost(host);
    ConnectionTarget target;
    target.host = host;
    target.port = m_plan.route.port;
    // RFC 5321 6.3, as delivery checks it: never into this relay's own listener (a mail loop).
    QString own;
    for (const QHostAddress& address : addresses) {
        own = m_plan.ownListeners.listenerAt(address, target.port);
        if (own.isEmpty()) {
            target.address = address;
            break;
        }
    }
    if (target.address.isNull()) {
        note("-- not connecting to " + host.toUtf8() + ':' + QByteArray::number(target.port) + ": it is " +
             own.toUtf8());
        addStep(ProbeStep::Kind::Connect, RoadSign::Red,
                tr("Not connecting: %1:%2 is %3, so mail sent there would come back to this relay (a loop)")
                    .arg(host)
                    .arg(target.port)
                    .arg(own));
        return finish();
    }
    target.tls = m_plan.route.tls;
    target.implicitTls = m_plan.route.implicitTls;
    target.username = m_plan.route.username;
    target.password = m_plan.route.password;
    target.trust = m_plan.route.trust;
    target.viaRoute = m_plan.route.kind == Route::Kind::Direct;
    note("-- connecting to " + target.display().toUtf8());
    m_connection = new OutboundConnection(target, m_plan.heloName, m_plan.timeouts, this);
    OutboundConnection* connection = m_connection;
    connect(connection, &OutboundConnection::connected, this, [this, connection] {
        m_steps.connected(connection->target().display());
        sync();
    });
    connect(connection, &OutboundConnection::encrypted, this, [this, connection] {
        m_encrypted = true;
        const PeerCertificateInfo info = certificateInfo();
        m_report.certificate = info;
        m_steps.encrypted(connection->tlsVersion(), connection->tlsCipher(), info);
        sync();
    });
    connect(connection, &OutboundConnection::progressed, this, [this, connection] {
        m_steps.progressed(connection->protocol().state(), connection->protocol().lastReply());
        sync();
    });
    connect(connection, &OutboundConnection::ready, this, [this, connection] {
        const bool recipientAsked = !m_recipientAddress.isEmpty();
        if (!recipientAsked) {
            m_steps.progressed(SmtpClientProtocol::State::Ready, connection->protocol().lastReply());
            sync();
        }
        if (!recipientAsked && !m_plan.recipientDomain.isEmpty()) {
            // RFC 5321 4.5.1: the server of a domain takes mail for its postmaster; asked with the null
            // sender, as a bounce would be (RFC 5321 4.5.5). MAIL and RCPT only: no message is sent.
            m_recipientAddress = "postmaster@" + QUrl::toAce(m_plan.recipientDomain);
            DeliveryJob question;
            question.domain = m_plan.recipientDomain;
            question.recipients = {m_recipientAddress};
            question.recipientIds = {0};
            question.envelopeOnly = true;
            if (connection->send(question))
                return;
        }
        m_quitSent = true; // no mail: the test ends here
        connection->close();
    });
    connect(connection, &OutboundConnection::transactionDone, this,
            [this, connection](const QList<SmtpReply>& perRecipient) {
                // A connection lost in the middle is said by failed(), as for every other step.
                if (perRecipient.isEmpty() ||
                    connection->protocol().state() == SmtpClientProtocol::State::Closed)
                    return;
                m_steps.recipient(m_plan.recipientDomain, m_recipientAddress, perRecipient.first());
                sync();
            });
    connect(connection, &OutboundConnection::failed, this, &ConnectionProbe::onFailed);
    connect(connection, &OutboundConnection::closed, this, [this, connection] {
        collect();
        m_steps.closed(m_quitAnswered, connection->protocol().lastReply());
        finish();
    });
    connection->open();
}

void ConnectionProbe::onFailed(const SmtpReply& reason)
{
    if (m_steps.connecting() && !m_nextHosts.isEmpty()) {
        const QString next = m_nextHosts.takeFirst();
        collect(); // this host's part of the transcript
        m_steps.triesNextHost(reason, next);
        sync();
        m_connection->disconnect(this);
        m_connection->deleteLater();
        m_connection = nullptr;
        return resolveHost(next, {});
    }
    std::optional<PeerCertificateInfo> certificate;
    if (!m_encrypted && !m_connection->peerCertificateChain().isEmpty()) {
        certificate = certificateInfo(); // the handshake failed over it: show it all the same
        m_report.certificate = certificate;
    }
    m_steps.failed(m_connection->protocol().failedIn(), reason, m_connection->protocol().lastReply(),
                   certificate);
    finish();
}

PeerCertificateInfo ConnectionProbe::certificateInfo() const
{
    PeerCertificateInfo info;
    const QList<QSslCertificate> chain = m_connection->peerCertificateChain();
    if (chain.isEmpty())
        return info;
    const QSslCertificate& certificate = chain.first();
    info.subject = distinguishedName(certificate, false);
    info.issuer = distinguishedName(certificate, true);
    info.alternativeNames = alternativeNames(certificate);
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    info.sha256 = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    for (qsizetype i = 0; i < chain.size(); ++i)
        info.chain << tr("%1. %2 (issued by %3), SHA-256 %4")
                          .arg(i + 1)
                          .arg(distinguishedName(chain[i], false), distinguishedName(chain[i], true),
                               QString::fromLatin1(
                                   chain[i].digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
    // What delivery's check found, or (when the policy does not ask for one) the same check, for the record.
    const PeerVerdict verdict = m_connection->verdict()
                                    ? *m_connection->verdict()
                                    : PeerVerifier::verify(chain, m_host, m_plan.route.trust);
    info.problems = verdict.problems;
    info.shownProblems = verdict.shownProblems;
    info.kinds = verdict.kinds;
    info.verified = verdict.verified;
    info.checkedAgainst = m_plan.route.trust.shownText(); // what verdict.how says, in the window's language
    info.verdict = verdict.summary();
    return info;
}

void ConnectionProbe::cancel()
{
    if (m_report.finished)
        return;
    collect();
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->deleteLater(); // aborts the socket
        m_connection = nullptr;
    }
    note("-- cancelled");
    m_steps.cancelled();
    m_report.cancelled = true;
    finish();
}

void ConnectionProbe::note(const QByteArray& line)
{
    m_report.transcript += line + "\r\n";
}

void ConnectionProbe::addStep(ProbeStep::Kind kind, RoadSign sign, const QString& summary,
                              const QStringList& details)
{
    m_steps.add({kind, sign, ProbeStep::kindTitle(kind), summary, details, {}});
    sync();
}

void ConnectionProbe::collect()
{
    if (m_connection) {
        const QByteArray chunk = m_connection->takeTranscript();
        if (m_quitSent && (chunk.startsWith("S: ") || chunk.contains("\nS: ")))
            m_quitAnswered = true;
        m_report.transcript += chunk;
    }
    m_report.steps = m_steps.steps();
}

void ConnectionProbe::sync()
{
    collect();
    if (!m_report.finished)
        Q_EMIT progressed(m_report);
}

void ConnectionProbe::finish()
{
    if (m_report.finished)
        return;
    collect();
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->deleteLater(); // it may be inside one of its own signals now
        m_connection = nullptr;
    }
    m_report.finished = true;
    m_report.durationMs = nowMs() - m_startedMs;
    Q_EMIT finished(m_report);
}

} // namespace RelayDesk
