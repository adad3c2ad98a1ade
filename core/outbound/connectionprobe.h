#pragma once

#include "core/outbound/connectiontarget.h"
#include "core/outbound/probereport.h"
#include "core/outbound/probesteps.h"
#include "core/routing/route.h"
#include "core/store/ownlisteners.h"

#include <QHostAddress>
#include <QObject>

namespace RelayDesk {

class MxResolver;
class OutboundConnection;

/// What a connection test connects to and with which settings (RouteAdmin makes it from the configuration).
struct ProbePlan
{
    QString target; ///< for the report: "smarthost mail.example.org:587", "route for example.com", ...
    Route route;    ///< Mx: the MX hosts of domain, as delivery finds them
    QString domain;
    /// Asked about after login: would the server take mail for postmaster@ this domain (empty: not asked; a
    /// smarthost takes mail for any domain from the real senders, so only routes and MX hosts are asked).
    QString recipientDomain;
    bool reportAuth = false; ///< a smarthost: say when there is no AUTH
    QByteArray heloName = "localhost";
    QHostAddress dnsServer; ///< null: the system resolver
    ConnectionTimeouts timeouts;
    OwnListeners ownListeners; ///< never connected to (a mail loop)

    /// Each step waits at most this long, however patient delivery is (RFC 5321's 5 minutes are for mail).
    static constexpr int maxStepMs = 30000;
};

/// A connection test ("Test connection"): connects as delivery would (MX lookup, TLS policy, implicit TLS,
/// credentials) through OutboundConnection and SmtpClientProtocol, reads the greeting, sends EHLO, does
/// STARTTLS, shows the certificate, tries AUTH, asks for a domain whether the server takes mail for its
/// postmaster (MAIL and RCPT, no DATA), and QUITs. It sends no message. Every step has a timeout;
/// progressed() reports the steps so far after each one, finished() once, at the end or after cancel().
/// Lives on the thread that calls it (it needs an event loop there).
class ConnectionProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionProbe)

public:
    explicit ConnectionProbe(ProbePlan plan, QObject* parent = nullptr);
    ~ConnectionProbe() override;

    void start();
    /// Stops at once; finished() follows with a "cancelled" step (nothing if already finished).
    void cancel();

    const ProbeReport& report() const { return m_report; }
    bool isFinished() const { return m_report.finished; }

Q_SIGNALS:
    void progressed(const ProbeReport& soFar);
    void finished(const ProbeReport& report);

private:
    void resolveHost(const QString& host, const QString& prefix);
    void connectTo(const QString& host, const QList<QHostAddress>& addresses);
    void onFailed(const SmtpReply& reason);
    PeerCertificateInfo certificateInfo() const;
    void note(const QByteArray& line);
    void addStep(ProbeStep::Kind kind, RoadSign sign, const QString& summary,
                 const QStringList& details = {});
    void collect();
    void sync();
    void finish();

    ProbePlan m_plan;
    ProbeSteps m_steps;
    ProbeReport m_report;
    MxResolver* m_resolver;
    OutboundConnection* m_connection = nullptr;
    QString m_host;
    QStringList m_nextHosts; ///< the MX hosts after the one tried, by preference (RFC 5321 5.1)
    qint64 m_startedMs = 0;
    bool m_encrypted = false;
    bool m_quitSent = false;
    bool m_quitAnswered = false;
    QByteArray m_recipientAddress; ///< postmaster@domain once asked about (empty: not asked)
};

} // namespace RelayDesk
