#pragma once

#include "core/util/expected.h"

#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace RelayDesk {

/// Why a login (SMTP AUTH) was refused, as the window and the command line explain it to the admin.
enum class RefusedLoginReason
{
    UnknownUser,       ///< no credential has this user name
    WrongPassword,     ///< the user name is an agent's, the password is not its
    NotOnAllowlist,    ///< right user name and password from an address off the agent's allowlist
    AgentDisabled,     ///< right password; the agent is switched off
    CredentialRevoked, ///< right password of a credential revoked or replaced by a rotation
    AgentDeleted,      ///< right password of a credential whose agent was deleted (retired_credentials)
    /// AUTH PLAIN asked to act as another identity (RFC 4616 2): refused before the password is checked
    AuthorizationIdentity,
    /// more logins from the address were waiting for their check than auth.max_in_flight_per_address allows:
    /// answered 454 4.7.0 (try again later) before the password was checked
    TooManyAtOnce,
    /// AUTH from an address already locked out of logins: answered 421 4.7.0 before any password was checked
    /// (an outside tester's guessing went on unseen once the lockout began)
    LockedOut,
};

/// Refused logins of one address, agent and reason, counted; one stored row holds those of one flush.
struct RefusedLogin
{
    QString address;
    qint64 agentId = 0; ///< 0 when the user name is nobody's
    RefusedLoginReason reason = RefusedLoginReason::UnknownUser;
    int count = 0;
    qint64 firstAt = 0; ///< ms since the epoch
    qint64 lastAt = 0;
};

/// The refused logins kept in security_events (kind 'login-refused', detail "agent=ID reason=CODE count=N"),
/// so that "why can the printer not send?" has an answer in the window: the operator log says it too, but
/// nobody at the office reads that. Written by the engine in batches (RefusedLoginRecorder), aged out with
/// the delivery log (retention.log) as every security event is.
namespace RefusedLogins {

/// The reason an AgentDirectory decision gave, or nothing for one that is not the client's doing.
std::optional<RefusedLoginReason> reasonOf(const QString& decisionReason);
QString codeOf(RefusedLoginReason reason);
std::optional<RefusedLoginReason> reasonFromCode(const QString& code);

/// One row per entry, in the caller's transaction or its own statement.
Status record(QSqlDatabase& db, const QList<RefusedLogin>& logins);
/// Those since sinceMs, one entry per address, agent and reason (counts added up), latest first; of one
/// agent when agentId is not 0. At most limit entries.
Expected<QList<RefusedLogin>> since(const QString& dataDir, qint64 sinceMs, qint64 agentId = 0,
                                    int limit = 200);

} // namespace RefusedLogins

} // namespace RelayDesk
