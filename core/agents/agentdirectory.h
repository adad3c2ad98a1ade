#pragma once

#include "core/agents/mailagent.h"
#include "core/smtp/senderrules.h"
#include "core/util/expected.h"

#include <QHash>
#include <QHostAddress>
#include <optional>

class QSqlDatabase;

namespace RelayDesk {

class CredentialCache;

/// The outcome of an AUTH attempt. The reason is for the local log only, never for the client.
struct AuthDecision
{
    bool accepted = false;
    qint64 agentId = 0;
    qint64 credentialId = 0;
    QString agentName;
    bool cached = false; ///< the credential cache vouched for the password (no Argon2id this time)
    /// The store could not be read (a PostgreSQL server restarting, say): nothing was decided, and the client
    /// is told to try again (454), without counting toward a lockout.
    bool storeFailed = false;
    /// The password was right for a credential that cannot be used now (revoked, or replaced by a rotation,
    /// or its agent disabled): no guess, so not counted toward a lockout (docs/security.md, "Lockout"). A
    /// right password from an address off the allowlist still counts: that credential works, and its outcome
    /// must not tell an outsider that a guess was right.
    bool passwordMatched = false;
    /// The right password of a credential in use, from an address on the agent's allowlist, but the agent is
    /// switched off ("Accept mail from this agent"): a pause, said as one (454) to a client that proved
    /// itself; from anywhere else it is refused as any failure, so that it tells no outsider a guess was
    /// right.
    bool paused = false;
    QString
        reason; ///< "unknown username", "wrong password", "address not on allowlist", "agent disabled", ...
};

/// Mail Agents, their credentials and networks, stored in the data directory's database.
/// Every method uses the calling thread's own connection; any thread may use its own instance.
class AgentDirectory final
{
public:
    explicit AgentDirectory(QString dataDir);

    /// A new agent sends only as senders (domains and exact addresses), or as anyone with anySender.
    Expected<MailAgent> createAgent(const QString& name, const QList<CidrRange>& allowlist,
                                    const QList<CidrRange>& trustedDevices, const QString& description = {},
                                    const QStringList& senders = {}, bool anySender = false);
    /// Stores wanted (its id and createdAt ignored) as a new agent in one transaction. With firstCredential,
    /// the agent's first credential is made in the same transaction (its password hashed before it begins),
    /// so that the agent and its credential both exist or neither does.
    Expected<MailAgent> createAgent(const MailAgent& wanted, NewCredential* firstCredential = nullptr);
    Expected<QList<MailAgent>> listAgents() const;
    Expected<MailAgent> agent(const QString& name) const;
    Expected<MailAgent> agentById(qint64 id) const;
    Status setEnabled(const QString& name, bool enabled);
    Status setDescription(const QString& name, const QString& description);
    Status rename(const QString& name, const QString& newName);
    Status deleteAgent(const QString& name);
    /// The messages from the agent that still have a recipient to deliver (held ones too).
    Expected<int> waitingMessages(const QString& name) const;
    /// Of those, the messages on hold: not delivered until released.
    Expected<int> heldMessages(const QString& name) const;
    /// The names of deleted agents (as stored, sorted), also one a live agent has now: their messages and log
    /// rows keep them, so the filters of the window offer them apart from the live agent's.
    Expected<QStringList> formerNames() const;
    Status addNetwork(const QString& name, const CidrRange& range, bool trustedDevice);
    Status removeNetwork(const QString& name, const CidrRange& range, bool trustedDevice);
    /// Replaces name, description, enabled, allowlist, trusted devices, senders and any-sender in one
    /// transaction.
    Status updateAgent(const MailAgent& agent);

    /// Adds a sender domain ("example.com") or exact address ("billing@example.com"), normalized
    /// (SenderRules::normalizeEntry); returns the entry as stored.
    Expected<QString> addSender(const QString& name, const QString& entry);
    Expected<QString> removeSender(const QString& name, const QString& entry);
    Status setAnySender(const QString& name, bool anySender);
    /// What an agent may send as, for the engine's cache (SenderRulesCache); any thread.
    Expected<SenderRules> senderRules(qint64 agentId) const;

    /// Generates a username (API key) and a password of at least 128 random bits; stores only the hash.
    Expected<NewCredential> createCredential(const QString& agentName);
    Expected<QList<Credential>> credentials(const QString& agentName) const;
    /// The client addresses that logged in as the agent and handed over mail since sinceMs (submission and
    /// SMTPS, at most 50, from the messages the store still holds): who an allowlist change would lock out.
    Expected<QStringList> recentLoginAddresses(qint64 agentId, qint64 sinceMs) const;
    /// The envelope senders of the mail the agent handed over since sinceMs (at most 200): whom a change of
    /// its sender domains would refuse.
    Expected<QStringList> recentSenders(qint64 agentId, qint64 sinceMs) const;
    Status revokeCredential(const QString& username);
    /// Revokes the old credential and creates a new one for the same agent, in one transaction.
    Expected<NewCredential> rotateCredential(const QString& username);

    /// AUTH check (slow: Argon2id). Accepts only an active credential of an enabled agent whose allowlist
    /// admits the client; an accepted pair is remembered in cache, if given. Call off the session's thread.
    /// Does not write last_used_at (the engine batches it: recordUse()).
    AuthDecision authenticate(const QString& username, const QByteArray& password, const QHostAddress& client,
                              CredentialCache* cache = nullptr);
    /// The fast path: when cache vouches for the pair, the decision with the same checks of revocation,
    /// agent and allowlist as authenticate() but no Argon2id; otherwise nullopt (run authenticate()).
    std::optional<AuthDecision> authenticateCached(const QString& username, const QByteArray& password,
                                                   const QHostAddress& client, CredentialCache& cache);
    /// What the credential cache's entries depend on, for every active credential of an enabled agent (or
    /// only onlyCredential): its agent's allowlist. A credential missing from the answer, or whose stamp
    /// moved, may no longer be vouched for.
    Expected<QHash<qint64, QByteArray>> accessStamps(qint64 onlyCredential = 0) const;
    /// Inside a store writer job: last_used_at of many credentials at once (credential id -> ms), never
    /// moved backwards.
    static Status recordUse(QSqlDatabase& db, const QHash<qint64, qint64>& lastUsedMs);
    /// Whether an authenticated session may go on: the credential is not revoked, its agent is enabled and
    /// the agent's allowlist still admits client. Fast (no password check); any thread.
    bool credentialStillAdmits(qint64 credentialId, const QHostAddress& client) const;
    /// The enabled agent that lists client as a trusted device, if any.
    /// *storeFailed (if given) is set when the store could not be read: then nullopt says nothing.
    /// *onlyDisabled (if given) says whether, with no enabled agent, a disabled one lists the client.
    std::optional<MailAgent> trustedDeviceAgent(const QHostAddress& client, bool* storeFailed = nullptr,
                                                bool* onlyDisabled = nullptr) const;

    /// The rule of Mail Agent names that a name breaks first (the window says each in its language).
    enum class NameRule
    {
        Kept,       ///< the name is fine
        Empty,      ///< blank
        TooLong,    ///< more than maxAgentNameLength characters
        Characters, ///< other than A-Z, a-z, 0-9, space, ". _ -"
        OuterSpace  ///< begins or ends with a space
    };
    static constexpr int maxAgentNameLength = 64;
    static NameRule agentNameRule(const QString& name);
    static QString validateAgentName(const QString& name); ///< empty if fine, otherwise what is wrong
    static QString validateDescription(const QString& description); ///< empty if fine, otherwise what

private:
    /// The messages from the agent with a recipient to deliver; heldOnly: of those, the ones on hold.
    Expected<int> countWaiting(const QString& name, bool heldOnly) const;
    /// The first column of sql's rows, its binds the agent's id and the time since when.
    Expected<QStringList> recentValues(const QString& sql, qint64 agentId, qint64 sinceMs) const;
    /// Adds (adding) or removes one network of an agent; unchangedMessage (%1 range, %2 list, %3 agent) if
    /// nothing did.
    Status changeNetwork(const QString& name, const CidrRange& range, bool trustedDevice, bool adding,
                         const QString& sql, const QString& unchangedMessage);

    QString m_dataDir;
};

} // namespace RelayDesk
