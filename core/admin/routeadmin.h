#pragma once

#include "core/outbound/connectionprobe.h"
#include "core/routing/routetable.h"
#include "core/util/expected.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <stop_token>

namespace RelayDesk {

/// The smarthost as the admin sets it: every field at once, so that a new host never keeps the credentials
/// meant for the old one.
struct SmarthostSettings
{
    QString host;
    quint16 port = 587;
    QString tls = QStringLiteral("starttls"); ///< implicit, starttls or opportunistic
    QString username;                         ///< empty: no AUTH
    QByteArray password;                      ///< empty: none (kept in smarthost.secret, mode 0600)
    /// How the certificate is verified (docs/operations.md, "Smarthost TLS"); at most one of the three. None:
    /// the system CA store and the host name.
    QString caFile = {};             ///< a PEM file of the CAs the certificate must chain to
    QString fingerprint = {};        ///< SHA256:HEX of the server's own certificate (colons optional)
    bool insecureSkipVerify = false; ///< any certificate, and the password all the same (shown red, logged)

    /// The trust these fields ask for, or why they do not fit together.
    Expected<PeerTrust> trust() const;
};

/// Outbound routing for the faces: per-domain routes, per-domain TLS policies and the smarthost. A running
/// relay re-reads them at its next delivery pass. Uses the calling thread's connection.
class RouteAdmin final
{
public:
    explicit RouteAdmin(QString dataDir);

    /// "implicit", or the name of the entry's TLS policy.
    static QString tlsName(const RouteEntry& entry);
    static QString tlsName(SmarthostConfig::Tls tls);
    /// A route from its words: PATTERN (lower-cased), HOST[:PORT] and a TLS mode
    /// (none|opportunistic|required|verify|implicit; port 465 by default for implicit, else 25); with
    /// "verify", optionally a CA file or a pinned SHA256:HEX fingerprint instead of the system CA store.
    static Expected<RouteEntry> parseRoute(const QString& pattern, const QString& destination,
                                           const QString& tls, const QString& caFile = {},
                                           const QString& fingerprint = {});
    /// A TLS policy by its lower-case name: none, opportunistic, required or verify.
    static Expected<TlsPolicy> parsePolicy(const QString& name);

    Expected<QList<RouteEntry>> routes() const;
    /// Adds or replaces the route of entry.pattern; refused if it is invalid or reaches this relay.
    Status setRoute(const RouteEntry& entry);
    /// What setRoute() would refuse entry for (empty: nothing), without storing it.
    QString routeProblem(const RouteEntry& entry) const;
    /// Fails with "no route for 'pattern'" when there is none.
    Status removeRoute(const QString& pattern);

    Expected<QHash<QString, TlsPolicy>> tlsPolicies() const;
    Status setTlsPolicy(const QString& domain, TlsPolicy policy);
    /// Fails with "no TLS policy for 'domain'" when there is none.
    Status removeTlsPolicy(const QString& domain);

    Expected<SmarthostConfig> smarthost() const;
    /// Stores host, TLS mode and user name in one transaction (checked as settings are, and refused if
    /// the host is one of this relay's own listeners), then the password; an empty user name or password
    /// removes the stored one.
    Status setSmarthost(const SmarthostSettings& smarthost);
    /// "the user name U needs a password" when username would be saved without one, else empty: password is
    /// the one being saved (empty: none), or nullopt when the stored one is kept. Delivery never sends AUTH
    /// with an empty password (docs/operations.md, "Smarthost TLS").
    QString smarthostPasswordProblem(const QString& username,
                                     const std::optional<QByteArray>& password) const;
    /// Back to delivery by MX: the smarthost settings reset and its password removed.
    Status clearSmarthost();
    /// The password alone; empty removes it.
    Status setSmarthostPassword(const QByteArray& password);

    /// Connection tests ("Test connection"): what to connect to, as delivery would, with the delivery.*
    /// settings (HELO name, DNS server, timeouts). Run the plan with testConnection().
    /// The way mail for domain takes: its route, else the smarthost, else its MX hosts with its TLS policy.
    Expected<ProbePlan> probeDomain(const QString& domain) const;
    /// A route as an editor shows it (stored or not yet).
    Expected<ProbePlan> probeRoute(const RouteEntry& entry) const;
    /// The stored smarthost; fails when none is set.
    Expected<ProbePlan> probeSmarthost() const;
    /// The smarthost as a form shows it, not saved yet. pending.password empty with useStoredPassword: the
    /// stored password, but only for the stored host (a new host never gets the old host's password).
    Expected<ProbePlan> probeSmarthost(const SmarthostSettings& pending, bool useStoredPassword) const;
    /// Runs a connection test on the calling thread, in an event loop of its own, until it ends or stop is
    /// requested (from any thread). progress gets the steps so far after each one, on the calling thread.
    /// Sends no mail; the password never enters the report.
    static ProbeReport testConnection(const ProbePlan& plan,
                                      const std::function<void(const ProbeReport&)>& progress = {},
                                      std::stop_token stop = {});

private:
    QString m_dataDir;
};

} // namespace RelayDesk
