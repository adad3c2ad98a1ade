// AgentDirectory's credential half: creating, listing, revoking and rotating credentials, and AUTH decisions.
#include "core/agents/agentdirectory.h"
#include "core/agents/agentrows.h"
#include "core/agents/credentialcache.h"
#include "core/agents/credentialgenerator.h"
#include "core/agents/passwordhash.h"
#include "core/agents/sqltransaction.h"
#include "core/store/database.h"
#include "core/util/clock.h"

#include <QSqlError>

#include <algorithm>

namespace RelayDesk {

using namespace AgentRows;

namespace {

// Verified against when the username is unknown, so that an unknown username costs as much as a wrong
// password and response times do not reveal which usernames exist.
const QByteArray& dummyHash()
{
    static const QByteArray hash = PasswordHash::hash("relaydesk-dummy-password-never-valid");
    return hash;
}

} // namespace

Expected<NewCredential> AgentDirectory::createCredential(const QString& agentName)
{
    using Result = Expected<NewCredential>;
    if (auto agent = openAgent(m_dataDir, agentName); !agent)
        return Result::failure(agent.error()); // before the slow hash: no such agent is told at once
    const NewSecret secret = newSecret();
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    // The agent is looked up again under the write lock: it may have been deleted while the password was
    // hashed, and then there is no agent to give a credential to (not a foreign-key error).
    SqlTransaction transaction(db.value());
    const auto id = beginOnAgent(transaction, db.value(), agentName);
    if (!id)
        return Result::failure(id.error());
    auto created = insertCredential(db.value(), id.value(), secret.hash, secret.password);
    if (!created)
        return created;
    const Status status = transaction.commit();
    if (!status)
        return Result::failure(status.error());
    return created;
}

Expected<QList<Credential>> AgentDirectory::credentials(const QString& agentName) const
{
    using Result = Expected<QList<Credential>>;
    auto agent = openAgent(m_dataDir, agentName);
    if (!agent)
        return Result::failure(agent.error());
    QSqlQuery query(agent.value().db);
    const Status status =
        run(query,
            QStringLiteral("SELECT id, agent_id, username, created_at, revoked_at, last_used_at"
                           " FROM credentials WHERE agent_id = ? ORDER BY created_at, id"),
            {agent.value().id});
    if (!status)
        return Result::failure(status.error());
    QList<Credential> list;
    while (query.next()) {
        Credential credential;
        credential.id = query.value(0).toLongLong();
        credential.agentId = query.value(1).toLongLong();
        credential.username = query.value(2).toString();
        credential.createdAt = timeFromColumn(query.value(3));
        credential.revokedAt = timeFromColumn(query.value(4));
        credential.lastUsedAt = timeFromColumn(query.value(5));
        list.append(credential);
    }
    return list;
}

namespace {

Status revokeInto(QSqlDatabase& db, const QString& username)
{
    const auto credential = loadCredential(db, username);
    if (!credential)
        return Status::failure(credential.error());
    if (!credential->isActive())
        return Status::failure(QStringLiteral("credential '%1' is already revoked").arg(username));
    QSqlQuery query(db);
    return run(query,
               QStringLiteral("UPDATE credentials SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
               {nowMs(), credential->id});
}

} // namespace

Status AgentDirectory::revokeCredential(const QString& username)
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Status::failure(db.error());
    SqlTransaction transaction(db.value());
    Status status = transaction.begin();
    if (status)
        status = revokeInto(db.value(), username);
    return status ? transaction.commit() : status;
}

Expected<NewCredential> AgentDirectory::rotateCredential(const QString& username)
{
    using Result = Expected<NewCredential>;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    const auto old = loadCredential(db.value(), username);
    if (!old)
        return Result::failure(old.error());
    const NewSecret secret = newSecret();
    SqlTransaction transaction(db.value());
    Status status = transaction.begin();
    if (status)
        status = revokeInto(db.value(), username);
    if (!status)
        return Result::failure(status.error());
    auto created = insertCredential(db.value(), old->agentId, secret.hash, secret.password);
    if (!created)
        return created;
    status = transaction.commit();
    if (!status)
        return Result::failure(status.error());
    return created;
}

namespace {

/// What an AUTH decision reads of a credential and its agent.
struct CredentialRow
{
    qint64 credentialId = 0;
    QByteArray storedHash;
    bool revoked = false;
    bool enabled = false;
    bool retired = false; ///< the credential of a deleted agent (retired_credentials)
};

/// A deleted agent's credential, kept so that its right password is told from a guess.
void loadRetiredRow(QSqlDatabase& db, const QString& username, CredentialRow* row, AuthDecision* decision)
{
    QSqlQuery query(db);
    const Status status = run(
        query,
        QStringLiteral("SELECT r.password_hash, r.agent_id, COALESCE(d.name, '') FROM retired_credentials r"
                       " LEFT JOIN deleted_agents d ON d.agent_id = r.agent_id WHERE r.username = ?"),
        {username});
    if (!status) {
        decision->storeFailed = true;
        decision->reason = QStringLiteral("store unavailable: ") + status.error();
        return;
    }
    if (!query.next())
        return;
    row->retired = true;
    row->storedHash = query.value(0).toString().toLatin1();
    decision->agentId = query.value(1).toLongLong();
    decision->agentName = query.value(2).toString();
}

CredentialRow loadCredentialRow(QSqlDatabase& db, const QString& username, AuthDecision* decision)
{
    CredentialRow row;
    QSqlQuery query(db);
    const Status status =
        run(query,
            QStringLiteral("SELECT c.id, c.password_hash, c.revoked_at, a.id, a.name, a.enabled"
                           " FROM credentials c JOIN agents a ON a.id = c.agent_id WHERE c.username = ?"),
            {username});
    if (!status) {
        decision->storeFailed = true;
        decision->reason = QStringLiteral("store unavailable: ") + status.error();
        return row;
    }
    if (query.next()) {
        row.credentialId = query.value(0).toLongLong();
        row.storedHash = query.value(1).toString().toLatin1();
        row.revoked = !query.value(2).isNull();
        decision->agentId = query.value(3).toLongLong();
        decision->agentName = query.value(4).toString();
        row.enabled = query.value(5).toBool();
    } else {
        loadRetiredRow(db, username, &row, decision);
    }
    return row;
}

/// The checks after the password: revoked, disabled, allowlist. Every AUTH makes them, cached or not.
void admit(QSqlDatabase& db, const CredentialRow& row, const QHostAddress& client, AuthDecision* decision)
{
    if (row.revoked) {
        decision->passwordMatched = true;
        decision->reason = QStringLiteral("credential revoked");
        return;
    }
    const auto agent = loadAgent(db, QStringLiteral("id"), decision->agentId);
    if (!agent) { // it was there a moment ago (the credential's row named it): the store is in trouble
        decision->storeFailed = true;
        decision->reason = agent.error();
        return;
    }
    const bool admitted = std::any_of(agent->allowlist.cbegin(), agent->allowlist.cend(),
                                      [&client](const CidrRange& range) { return range.contains(client); });
    if (!row.enabled) {
        decision->passwordMatched = true;
        decision->paused = admitted;
        decision->reason = QStringLiteral("agent disabled");
        return;
    }
    if (!admitted) {
        decision->reason = QStringLiteral("address %1 not on allowlist").arg(client.toString());
        return;
    }
    decision->accepted = true;
    decision->credentialId = row.credentialId;
    decision->reason = QStringLiteral("accepted");
}

} // namespace

AuthDecision AgentDirectory::authenticate(const QString& username, const QByteArray& password,
                                          const QHostAddress& client, CredentialCache* cache)
{
    AuthDecision decision;
    auto db = Database::connection(m_dataDir);
    const CredentialRow row = db ? loadCredentialRow(db.value(), username, &decision) : CredentialRow();
    // Always one Argon2id verification, whether or not the username exists.
    const bool known = row.credentialId != 0 || row.retired;
    const bool passwordOk = PasswordHash::verify(known ? row.storedHash : dummyHash(), password) && known;
    if (!db) {
        decision.storeFailed = true;
        decision.reason = QStringLiteral("store unavailable: ") + db.error();
        return decision;
    }
    if (decision.storeFailed)
        return decision;
    if (!known || (row.retired && !passwordOk)) {
        decision.reason = QStringLiteral("unknown username");
        return decision;
    }
    if (!passwordOk) {
        decision.reason = QStringLiteral("wrong password");
        return decision;
    }
    if (row.retired) { // the right password of a deleted agent: refused, and no guess
        decision.passwordMatched = true;
        decision.reason = QStringLiteral("agent deleted");
        return decision;
    }
    admit(db.value(), row, client, &decision);
    // Only a pair that passed every check is remembered; a failure never is.
    if (decision.accepted && cache) {
        const auto stamps = accessStamps(row.credentialId);
        if (stamps && stamps->contains(row.credentialId))
            cache->remember(username, password, row.credentialId, stamps->value(row.credentialId));
    }
    return decision;
}

Expected<QHash<qint64, QByteArray>> AgentDirectory::accessStamps(qint64 onlyCredential) const
{
    using Result = Expected<QHash<qint64, QByteArray>>;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT c.id, n.cidr FROM credentials c JOIN agents a ON a.id = c.agent_id"
                       " LEFT JOIN agent_networks n ON n.agent_id = a.id AND n.kind = ?"
                       " WHERE c.revoked_at IS NULL AND a.enabled = 1%1 ORDER BY c.id, n.cidr")
            .arg(onlyCredential != 0 ? QStringLiteral(" AND c.id = ?") : QString());
    QVariantList values{allowKind};
    if (onlyCredential != 0)
        values << onlyCredential;
    const Status status = run(query, sql, values);
    if (!status)
        return Result::failure(status.error());
    QHash<qint64, QByteArray> stamps;
    while (query.next()) {
        QByteArray& stamp = stamps[query.value(0).toLongLong()];
        if (!query.value(1).isNull())
            stamp += query.value(1).toString().toLatin1() + ' ';
    }
    return stamps;
}

std::optional<AuthDecision> AgentDirectory::authenticateCached(const QString& username,
                                                               const QByteArray& password,
                                                               const QHostAddress& client,
                                                               CredentialCache& cache)
{
    if (!cache.isEnabled())
        return std::nullopt;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return std::nullopt;
    AuthDecision decision;
    const CredentialRow row = loadCredentialRow(db.value(), username, &decision);
    if (decision.storeFailed || row.credentialId == 0 || !cache.matches(username, password, row.credentialId))
        return std::nullopt;
    decision.cached = true;
    admit(db.value(), row, client, &decision);
    // Only an accepted login is answered from the cache. A refusal (an address not on the allowlist, a
    // revoked credential, a disabled agent) takes the full verification's time as a wrong password does: a
    // fast refusal of the right password was an oracle for anyone outside the allowlist (an outside tester
    // told them apart at 0.5 against 30-70 ms).
    if (!decision.accepted)
        return std::nullopt;
    return decision;
}

Status AgentDirectory::recordUse(QSqlDatabase& db, const QHash<qint64, qint64>& lastUsedMs)
{
    // On SQLite the id of a deleted agent's credential can be given to a new one before the batch is written:
    // a use from before a credential existed is not its use.
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE credentials SET last_used_at = ? WHERE id = ?"
                                       " AND COALESCE(last_used_at, 0) < ? AND created_at <= ?")))
        return Status::failure(update.lastError().text());
    for (auto it = lastUsedMs.cbegin(); it != lastUsedMs.cend(); ++it) {
        update.bindValue(0, it.value());
        update.bindValue(1, it.key());
        update.bindValue(2, it.value());
        update.bindValue(3, it.value());
        if (!update.exec())
            return Status::failure(update.lastError().text());
    }
    return {};
}

bool AgentDirectory::credentialStillAdmits(qint64 credentialId, const QHostAddress& client) const
{
    auto db = Database::connection(m_dataDir);
    // Fails closed: a session whose access cannot be confirmed ends, and its client logs in again.
    if (!db)
        return false;
    QSqlQuery query(db.value());
    const Status status =
        run(query,
            QStringLiteral("SELECT c.revoked_at, a.enabled, a.id FROM credentials c JOIN agents a"
                           " ON a.id = c.agent_id WHERE c.id = ?"),
            {credentialId});
    if (!status)
        return false;
    if (!query.next() || !query.value(0).isNull() || !query.value(1).toBool())
        return false;
    const auto agent = loadAgent(db.value(), QStringLiteral("id"), query.value(2).toLongLong());
    if (!agent)
        return false;
    return std::any_of(agent->allowlist.cbegin(), agent->allowlist.cend(),
                       [&client](const CidrRange& range) { return range.contains(client); });
}

std::optional<MailAgent> AgentDirectory::trustedDeviceAgent(const QHostAddress& client, bool* storeFailed,
                                                            bool* onlyDisabled) const
{
    const auto failed = [storeFailed]() -> std::optional<MailAgent> {
        if (storeFailed)
            *storeFailed = true;
        return std::nullopt;
    };
    auto db = Database::connection(m_dataDir);
    if (!db)
        return failed();
    QSqlQuery query(db.value());
    const Status status = run(
        query,
        QStringLiteral("SELECT n.agent_id, n.cidr, a.enabled FROM agent_networks n JOIN agents a ON a.id ="
                       " n.agent_id WHERE n.kind = ? ORDER BY a.id"),
        {trustedKind});
    if (!status)
        return failed();
    // The most specific range wins when two agents claim the same device; ties go to the older agent.
    qint64 bestAgent = 0;
    int bestPrefix = -1;
    bool disabledTrusts = false;
    while (query.next()) {
        const auto range = CidrRange::parse(query.value(1).toString());
        // Every address is never a device (AgentRows::insertNetworks), even in a store an older version's
        // window wrote it into: that would be an open relay.
        if (!range || range->prefixLength() == 0 || !range->contains(client))
            continue;
        if (!query.value(2).toBool()) {
            disabledTrusts = true;
            continue;
        }
        if (range->prefixLength() > bestPrefix) {
            bestPrefix = range->prefixLength();
            bestAgent = query.value(0).toLongLong();
        }
    }
    if (onlyDisabled)
        *onlyDisabled = bestAgent == 0 && disabledTrusts;
    if (bestAgent == 0)
        return std::nullopt;
    const auto agent = loadAgent(db.value(), QStringLiteral("id"), bestAgent);
    if (!agent)
        return failed();
    return agent.value();
}

} // namespace RelayDesk
