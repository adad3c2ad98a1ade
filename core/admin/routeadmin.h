#pragma once

#include "core/routing/routetable.h"
#include "core/util/expected.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

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
    /// (none|opportunistic|required|verify|implicit; port 465 by default for implicit, else 25).
    static Expected<RouteEntry> parseRoute(const QString& pattern, const QString& destination,
                                           const QString& tls);
    /// A TLS policy by its lower-case name: none, opportunistic, required or verify.
    static Expected<TlsPolicy> parsePolicy(const QString& name);

    Expected<QList<RouteEntry>> routes() const;
    /// Adds or replaces the route of entry.pattern; refused if it is invalid or reaches this relay.
    Status setRoute(const RouteEntry& entry);
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
    /// Back to delivery by MX: the smarthost settings reset and its password removed.
    Status clearSmarthost();
    /// The password alone; empty removes it.
    Status setSmarthostPassword(const QByteArray& password);

private:
    QString m_dataDir;
};

} // namespace RelayDesk
