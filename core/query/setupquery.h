#pragma once

#include "core/util/expected.h"

#include <QString>

namespace RelayDesk {

/// What the first-run wizard and the dashboard need to know is set up: a certificate of the admin's own, a
/// Mail Agent, and a way for mail to leave.
/// An active DKIM key that cannot sign: its private key is missing or damaged.
struct UnusableDkimKey
{
    QString domain;
    QString selector;
    QString problem; ///< why, in the core's words (a file and the system's error)
};

struct SetupState
{
    bool hasCertificate = false;          ///< tls.certificate names a file (not the relay's generated one)
    bool hasAgent = false;                ///< at least one Mail Agent exists
    bool deliveryEnabled = true;          ///< delivery.enabled: false holds every message
    QString smarthost;                    ///< delivery.smarthost; empty: delivery by MX
    bool smarthostMissesPassword = false; ///< a smarthost user name is set but no password
    /// The name the relay greets other servers with (EHLO) and signs its DSNs as: delivery.helo_name, or
    /// server.hostname when that is empty
    QString hostname;
    /// Enabled Mail Agents that cannot send at all: they trust no device, and their password works from
    /// nowhere (an empty allowlist: an outside tester's wizard made one, and the Dashboard said "All is
    /// well") or they have no password that is not revoked.
    QStringList agentsWithoutLogins;   ///< the allowlist is empty
    QStringList agentsWithoutPassword; ///< every credential revoked
    /// Agents that send only from trusted devices, while the LAN relay port they send on is turned off (and
    /// their password works from nowhere or they have none that is not revoked).
    QStringList agentsWithoutLanPort;
    /// Enabled Mail Agents that may send as any address: their mail is signed with every domain's DKIM keys
    /// (an outside tester found the Dashboard silent, while the command line warns of them).
    QStringList agentsWithAnySender;
    /// Keys the relay should sign with but cannot: the domain's mail leaves unsigned (an outside tester
    /// moved the key files away, and every face still called the keys active).
    QList<UnusableDkimKey> unusableDkimKeys;

    /// RFC 5321 4.1.1.1 and 2.3.5: the EHLO name is a fully qualified domain name. A machine's own short name
    /// ("vm", "office-pc") or "localhost" is not, and receivers may refuse it.
    bool hostnameIsFull() const;

    /// Nothing is set up yet: the desktop manager offers the wizard at start.
    bool isFresh() const { return !hasCertificate && !hasAgent; }
    /// Mail can leave: delivery is on, and a smarthost that needs a password has one.
    bool hasWayOut() const { return deliveryEnabled && !smarthostMissesPassword; }
    bool isComplete() const { return hasCertificate && hasAgent && hasWayOut(); }
};

/// Reads the SetupState of a data directory. Read-only; run it on a worker thread.
class SetupQuery final
{
public:
    explicit SetupQuery(QString dataDir);
    Expected<SetupState> load() const;

private:
    QString m_dataDir;
};

} // namespace RelayDesk
