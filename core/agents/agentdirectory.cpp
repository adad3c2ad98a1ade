#include "core/agents/agentdirectory.h"
#include "core/agents/agentrows.h"
#include "core/agents/sqltransaction.h"
#include "core/store/database.h"
#include "core/store/sqldialect.h"
#include "core/util/clock.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace RelayDesk {

using namespace AgentRows;

namespace {

constexpr int maxDescriptionLength = 1000;

// A null QString binds as SQL NULL; the description column wants ''.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString listName(bool trustedDevice)
{
    return trustedDevice ? QStringLiteral("trusted devices") : QStringLiteral("allowlist");
}

/// Agent names are unique without regard to case, spaces and ". _ -": "Scanner" and "scanner", "web shop" and
/// "webshop" would be told apart only by a person who knows both exist. Checked under the write transaction,
/// not with a UNIQUE index, so that a data directory that already holds two such names still opens, and an
/// agent that keeps its name (exceptId's row as stored) can still be saved.
Status duplicateName(QSqlDatabase& db, const QString& name, qint64 exceptId)
{
    QSqlQuery query(db);
    const Status status = run(query, QStringLiteral("SELECT id, name FROM agents"), {});
    if (!status)
        return status;
    // Compared case-folded (Unicode), "Büro" as "BÜRO" and "büro"; then without spaces and ". _ -".
    const QString wanted = AgentRows::looseName(name);
    QString taken;
    while (query.next()) {
        const QString existing = query.value(1).toString();
        if (query.value(0).toLongLong() == exceptId) {
            if (existing == name)
                return {};
        } else if (AgentRows::looseName(existing) == wanted &&
                   (taken.isEmpty() || foldedName(existing) == foldedName(name))) {
            taken = existing;
        }
    }
    if (taken.isEmpty())
        return {};
    return Status::failure(foldedName(taken) == foldedName(name) ? AgentRows::nameTaken(taken)
                                                                 : AgentRows::nameLooksTaken(taken));
}

/// The number for a new agent: one past every number ever used (docs/reliability.md, "A deleted agent's
/// number"). A deleted agent's number stays in deleted_agents, in the day's counts and in the delivery log;
/// a new agent that got it would show that history as its own.
Expected<qint64> nextAgentId(QSqlDatabase& db)
{
    QSqlQuery query(db);
    const Status status = run(query,
                              QStringLiteral("SELECT (SELECT COALESCE(MAX(id), 0) FROM agents),"
                                             " (SELECT COALESCE(MAX(agent_id), 0) FROM deleted_agents),"
                                             " (SELECT COALESCE(MAX(agent_id), 0) FROM agent_daily_stats),"
                                             " (SELECT COALESCE(MAX(agent_id), 0) FROM delivery_attempts)"),
                              {});
    if (!status)
        return Expected<qint64>::failure(status.error());
    if (!query.next())
        return Expected<qint64>::failure(query.lastError().text());
    qint64 highest = 0;
    for (int i = 0; i < 4; ++i)
        highest = std::max(highest, query.value(i).toLongLong());
    return highest + 1;
}

} // namespace

AgentDirectory::AgentDirectory(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString AgentDirectory::validateDescription(const QString& description)
{
    if (description.size() > maxDescriptionLength)
        return QStringLiteral("a description may have at most %1 characters").arg(maxDescriptionLength);
    for (QChar c : description) {
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("a description may not contain control characters or line breaks");
    }
    return {};
}

AgentDirectory::NameRule AgentDirectory::agentNameRule(const QString& name)
{
    // Letters of any script with their accents (an office names its agents in its own language: "Büro",
    // "Comptabilité"), digits, spaces and . _ -: no quotes, no controls, nothing a shell or a log line would
    // take apart. Stored in NFC (AgentRows::canonicalName), so that one name has one spelling.
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{M}\\p{Nd} ._-]+$"));
    if (name.trimmed().isEmpty())
        return NameRule::Empty;
    if (name.size() > maxAgentNameLength)
        return NameRule::TooLong;
    if (!allowed.match(name).hasMatch())
        return NameRule::Characters;
    if (name.trimmed() != name)
        return NameRule::OuterSpace;
    return NameRule::Kept;
}

QString AgentDirectory::validateAgentName(const QString& name)
{
    switch (agentNameRule(name)) {
    case NameRule::Kept:
        return {};
    case NameRule::Empty:
        return QStringLiteral("a Mail Agent needs a name");
    case NameRule::TooLong:
        return QStringLiteral("a Mail Agent name may have at most %1 characters").arg(maxAgentNameLength);
    case NameRule::Characters:
        return QStringLiteral("'%1' is not a valid Mail Agent name: use letters, digits, spaces and . _ -")
            .arg(name);
    case NameRule::OuterSpace:
        return QStringLiteral("a Mail Agent name may not start or end with a space");
    }
    return {};
}

Expected<MailAgent> AgentDirectory::createAgent(const QString& name, const QList<CidrRange>& allowlist,
                                                const QList<CidrRange>& trustedDevices,
                                                const QString& description, const QStringList& senders,
                                                bool anySender)
{
    return createAgent(MailAgent::wanted(name, allowlist, trustedDevices, description, senders, anySender));
}

Expected<MailAgent> AgentDirectory::createAgent(const MailAgent& given, NewCredential* firstCredential)
{
    using Result = Expected<MailAgent>;
    MailAgent wanted = given;
    wanted.name = AgentRows::canonicalName(given.name);
    if (const QString problem = validateAgentName(wanted.name); !problem.isEmpty())
        return Result::failure(problem);
    if (const QString problem = validateDescription(wanted.description); !problem.isEmpty())
        return Result::failure(problem);
    const auto normalized = normalizeSenders(wanted.senders);
    if (!normalized)
        return Result::failure(normalized.error());
    std::optional<NewSecret> secret;
    if (firstCredential)
        secret = newSecret(); // Argon2id is slow on purpose: hashed before the write lock is taken
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    SqlTransaction transaction(db.value());
    Status status = transaction.begin();
    if (status)
        status = duplicateName(db.value(), wanted.name, 0);
    qint64 id = 0;
    if (status) {
        const auto next = nextAgentId(db.value());
        if (next)
            id = next.value();
        else
            status = Status::failure(next.error());
    }
    QSqlQuery query(db.value());
    if (status) {
        status =
            run(query,
                QStringLiteral("INSERT INTO agents(id, name, enabled, description, created_at, any_sender)"
                               " VALUES(?, ?, ?, ?, ?, ?)"),
                {id, wanted.name, wanted.enabled ? 1 : 0, notNull(wanted.description), nowMs(),
                 wanted.anySender ? 1 : 0});
    }
    // PostgreSQL: the identity's sequence goes on after the number given, for a row inserted without one.
    if (status)
        status = SqlDialect::continueIds(db.value(), QStringLiteral("agents"));
    if (status)
        status = insertNetworks(db.value(), id, wanted.allowlist, allowKind);
    if (status)
        status = insertNetworks(db.value(), id, wanted.trustedDevices, trustedKind);
    if (status)
        status = insertSenders(db.value(), id, normalized.value());
    if (status && secret) {
        auto credential = insertCredential(db.value(), id, secret->hash, secret->password);
        if (credential)
            *firstCredential = credential.value();
        else
            status = Status::failure(credential.error());
    }
    if (status)
        status = transaction.commit();
    if (!status)
        return Result::failure(status.error());
    return loadAgent(db.value(), QStringLiteral("id"), id);
}

Expected<QList<MailAgent>> AgentDirectory::listAgents() const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<QList<MailAgent>>::failure(db.error());
    return loadAllAgents(db.value());
}

Expected<MailAgent> AgentDirectory::agent(const QString& name) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<MailAgent>::failure(db.error());
    return loadAgent(db.value(), QStringLiteral("name"), name);
}

Expected<QStringList> AgentDirectory::recentValues(const QString& sql, qint64 agentId, qint64 sinceMs) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<QStringList>::failure(db.error());
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(agentId);
    query.addBindValue(sinceMs);
    if (!query.exec())
        return Expected<QStringList>::failure(query.lastError().text());
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

Expected<QStringList> AgentDirectory::recentLoginAddresses(qint64 agentId, qint64 sinceMs) const
{
    return recentValues(
        QStringLiteral("SELECT DISTINCT client_address FROM messages WHERE agent_id = ? AND received_at >= ?"
                       " AND listener IN ('submission', 'smtps') LIMIT 50"),
        agentId, sinceMs);
}

Expected<QStringList> AgentDirectory::recentSenders(qint64 agentId, qint64 sinceMs) const
{
    // The agent's own mail, not the relay's notices (listener 'dsn') or an administrator's test message.
    return recentValues(
        QStringLiteral("SELECT DISTINCT lower(sender) FROM messages WHERE agent_id = ? AND received_at >= ?"
                       " AND listener IN ('submission', 'smtps', 'lan') AND sender <> '' LIMIT 200"),
        agentId, sinceMs);
}

Expected<MailAgent> AgentDirectory::agentById(qint64 id) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<MailAgent>::failure(db.error());
    return loadAgent(db.value(), QStringLiteral("id"), id);
}

namespace {

// A renamed agent's mail is shown under its new name: the messages and attempts keep the name they were sent
// under for a deleted agent only. The Queue and the Delivery Logs showed the old name, which `--agent` then
// refused (an outside tester).
Status renameHistory(QSqlDatabase& db, qint64 agentId, const QString& newName)
{
    QSqlQuery query(db);
    Status status = run(
        query, QStringLiteral("UPDATE messages SET agent_name = ? WHERE agent_id = ? AND agent_name <> ?"),
        {newName, agentId, newName});
    if (status)
        status = run(query,
                     QStringLiteral("UPDATE delivery_attempts SET agent_name = ? WHERE agent_id = ? AND"
                                    " agent_name <> ?"),
                     {newName, agentId, newName});
    return status;
}

// Runs one UPDATE/DELETE of the named agent (findAgent); sql ends in "WHERE id = ?", bound after values. No
// row changed means that the agent was deleted meanwhile.
Status changeAgent(const QString& dataDir, const QString& name, const QString& sql, QVariantList values)
{
    auto db = Database::connection(dataDir);
    if (!db)
        return Status::failure(db.error());
    const auto id = agentIdByName(db.value(), name);
    if (!id)
        return Status::failure(id.error());
    values << id.value();
    QSqlQuery query(db.value());
    const Status status = run(query, sql, values);
    if (!status)
        return status;
    if (query.numRowsAffected() == 0)
        return Status::failure(unknownAgent(name));
    return {};
}

} // namespace

Status AgentDirectory::setEnabled(const QString& name, bool enabled)
{
    return changeAgent(m_dataDir, name, QStringLiteral("UPDATE agents SET enabled = ? WHERE id = ?"),
                       {enabled ? 1 : 0});
}

Status AgentDirectory::setDescription(const QString& name, const QString& description)
{
    if (const QString problem = validateDescription(description); !problem.isEmpty())
        return Status::failure(problem);
    return changeAgent(m_dataDir, name, QStringLiteral("UPDATE agents SET description = ? WHERE id = ?"),
                       {notNull(description)});
}

Status AgentDirectory::rename(const QString& name, const QString& givenNewName)
{
    const QString newName = AgentRows::canonicalName(givenNewName);
    if (const QString problem = validateAgentName(newName); !problem.isEmpty())
        return Status::failure(problem);
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Status::failure(db.error());
    SqlTransaction transaction(db.value());
    const auto id = beginOnAgent(transaction, db.value(), name);
    if (!id)
        return Status::failure(id.error());
    Status status = duplicateName(db.value(), newName, id.value());
    QSqlQuery query(db.value());
    if (status)
        status = run(query, QStringLiteral("UPDATE agents SET name = ? WHERE id = ?"), {newName, id.value()});
    if (status)
        status = renameHistory(db.value(), id.value(), newName);
    return status ? transaction.commit() : status;
}

Status AgentDirectory::deleteAgent(const QString& name)
{
    // agent_networks and credentials go with the agent (ON DELETE CASCADE); messages keep agent_name, and
    // deleted_agents the name (a trigger). The credentials are kept as retired first, in the same
    // transaction: their right password is no guess (AgentDirectory::authenticate).
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Status::failure(db.error());
    SqlTransaction transaction(db.value());
    const auto id = beginOnAgent(transaction, db.value(), name);
    if (!id)
        return Status::failure(id.error());
    QSqlQuery query(db.value());
    Status status =
        run(query,
            QStringLiteral("INSERT INTO retired_credentials(username, password_hash, agent_id, retired_at)"
                           " SELECT username, password_hash, agent_id, ? FROM credentials"
                           " WHERE agent_id = ?"),
            {nowMs(), id.value()});
    if (status)
        status = run(query, QStringLiteral("DELETE FROM agents WHERE id = ?"), {id.value()});
    return status ? transaction.commit() : status;
}

Expected<int> AgentDirectory::waitingMessages(const QString& name) const
{
    return countWaiting(name, false);
}

Expected<int> AgentDirectory::heldMessages(const QString& name) const
{
    return countWaiting(name, true);
}

Expected<int> AgentDirectory::countWaiting(const QString& name, bool heldOnly) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<int>::failure(db.error());
    const auto id = agentIdByName(db.value(), name);
    if (!id)
        return Expected<int>::failure(id.error());
    QSqlQuery query(db.value());
    const Status status =
        run(query,
            QStringLiteral("SELECT COUNT(DISTINCT r.message_id) FROM recipients r JOIN messages m"
                           " ON m.id = r.message_id WHERE m.agent_id = ?"
                           " AND r.state IN ('queued','deferred')") +
                (heldOnly ? QStringLiteral(" AND m.held = 1") : QString()),
            {id.value()});
    if (!status)
        return Expected<int>::failure(status.error());
    return query.next() ? query.value(0).toInt() : 0;
}

Expected<QStringList> AgentDirectory::formerNames() const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<QStringList>::failure(db.error());
    QSqlQuery query(db.value());
    const Status status = run(query,
                              QStringLiteral("SELECT DISTINCT name FROM deleted_agents WHERE name <> ''"
                                             " ORDER BY name"),
                              {});
    if (!status)
        return Expected<QStringList>::failure(status.error());
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

Status AgentDirectory::addNetwork(const QString& name, const CidrRange& range, bool trustedDevice)
{
    return changeNetwork(
        name, range, trustedDevice, true,
        QStringLiteral(
            "INSERT INTO agent_networks(agent_id, kind, cidr) VALUES(?, ?, ?) ON CONFLICT DO NOTHING"),
        QStringLiteral("%1 is already on the %2 of '%3'"));
}

Status AgentDirectory::removeNetwork(const QString& name, const CidrRange& range, bool trustedDevice)
{
    return changeNetwork(
        name, range, trustedDevice, false,
        QStringLiteral("DELETE FROM agent_networks WHERE agent_id = ? AND kind = ? AND cidr = ?"),
        QStringLiteral("%1 is not on the %2 of '%3'"));
}

Status AgentDirectory::changeNetwork(const QString& name, const CidrRange& range, bool trustedDevice,
                                     bool adding, const QString& sql, const QString& unchangedMessage)
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Status::failure(db.error());
    // One transaction: a device another admin makes trusted by another agent at the same moment is seen.
    SqlTransaction transaction(db.value());
    const auto id = beginOnAgent(transaction, db.value(), name);
    if (!id)
        return Status::failure(id.error());
    if (adding && trustedDevice) {
        if (const Status free = mayTrust(db.value(), id.value(), range); !free)
            return free;
    }
    QSqlQuery query(db.value());
    const Status status =
        run(query, sql, {id.value(), trustedDevice ? trustedKind : allowKind, range.toString()});
    if (!status)
        return status;
    if (query.numRowsAffected() == 0)
        return Status::failure(unchangedMessage.arg(range.toString(), listName(trustedDevice), name));
    return transaction.commit();
}

Status AgentDirectory::updateAgent(const MailAgent& given)
{
    MailAgent agent = given;
    agent.name = AgentRows::canonicalName(given.name);
    if (const QString problem = validateAgentName(agent.name); !problem.isEmpty())
        return Status::failure(problem);
    if (const QString problem = validateDescription(agent.description); !problem.isEmpty())
        return Status::failure(problem);
    const auto senders = normalizeSenders(agent.senders);
    if (!senders)
        return Status::failure(senders.error());
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Status::failure(db.error());
    SqlTransaction transaction(db.value());
    Status status = transaction.begin();
    if (status)
        status = duplicateName(db.value(), agent.name, agent.id);
    QSqlQuery query(db.value());
    QString before;
    if (status) {
        status = run(query, QStringLiteral("SELECT name FROM agents WHERE id = ?"), {agent.id});
        if (status && query.next())
            before = query.value(0).toString();
        query.finish();
    }
    if (status) {
        status = run(query,
                     QStringLiteral("UPDATE agents SET name = ?, description = ?, enabled = ?, any_sender = ?"
                                    " WHERE id = ?"),
                     {agent.name, notNull(agent.description), agent.enabled ? 1 : 0, agent.anySender ? 1 : 0,
                      agent.id});
        if (status && query.numRowsAffected() == 0)
            status = Status::failure(AgentRows::deletedAgent());
    }
    if (status && !before.isEmpty() && before != agent.name)
        status = renameHistory(db.value(), agent.id, agent.name);
    if (status)
        status = run(query, QStringLiteral("DELETE FROM agent_networks WHERE agent_id = ?"), {agent.id});
    if (status)
        status = insertNetworks(db.value(), agent.id, agent.allowlist, allowKind);
    if (status)
        status = insertNetworks(db.value(), agent.id, agent.trustedDevices, trustedKind);
    if (status)
        status = run(query, QStringLiteral("DELETE FROM sender_domains WHERE agent_id = ?"), {agent.id});
    if (status)
        status = insertSenders(db.value(), agent.id, senders.value());
    return status ? transaction.commit() : status;
}

Expected<QString> AgentDirectory::addSender(const QString& name, const QString& entry)
{
    const auto normalized = SenderRules::normalizeEntry(entry);
    if (!normalized)
        return normalized;
    auto agent = openAgent(m_dataDir, name);
    if (!agent)
        return Expected<QString>::failure(agent.error());
    const auto before = senderRules(agent.value().id);
    if (!before)
        return Expected<QString>::failure(before.error());
    if (before->domains.contains(normalized.value()) || before->addresses.contains(normalized.value()))
        return Expected<QString>::failure(
            QStringLiteral("%1 is already a sender of '%2'").arg(normalized.value(), name));
    const Status status = insertSenders(agent.value().db, agent.value().id, {normalized.value()});
    if (!status)
        return Expected<QString>::failure(status.error());
    return normalized;
}

Expected<QString> AgentDirectory::removeSender(const QString& name, const QString& entry)
{
    const auto normalized = SenderRules::normalizeEntry(entry);
    if (!normalized)
        return normalized;
    auto agent = openAgent(m_dataDir, name);
    if (!agent)
        return Expected<QString>::failure(agent.error());
    const qsizetype at = normalized->lastIndexOf(QLatin1Char('@'));
    QSqlQuery query(agent.value().db);
    const Status status = run(
        query, QStringLiteral("DELETE FROM sender_domains WHERE agent_id = ? AND domain = ? AND address = ?"),
        {agent.value().id, at < 0 ? normalized.value() : normalized->mid(at + 1),
         at < 0 ? QStringLiteral("") : normalized.value()});
    if (!status)
        return Expected<QString>::failure(status.error());
    if (query.numRowsAffected() == 0)
        return Expected<QString>::failure(
            QStringLiteral("%1 is not a sender of '%2'").arg(normalized.value(), name));
    return normalized;
}

Status AgentDirectory::setAnySender(const QString& name, bool anySender)
{
    return changeAgent(m_dataDir, name, QStringLiteral("UPDATE agents SET any_sender = ? WHERE id = ?"),
                       {anySender ? 1 : 0});
}

Expected<SenderRules> AgentDirectory::senderRules(qint64 agentId) const
{
    using Result = Expected<SenderRules>;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    QSqlQuery query(db.value());
    Status status = run(query, QStringLiteral("SELECT any_sender FROM agents WHERE id = ?"), {agentId});
    if (!status)
        return Result::failure(status.error());
    if (!query.next())
        return Result::failure(AgentRows::deletedAgent());
    SenderRules rules;
    rules.anySender = query.value(0).toBool();
    status = run(query,
                 QStringLiteral("SELECT domain, address FROM sender_domains WHERE agent_id = ?"
                                " ORDER BY domain, address"),
                 {agentId});
    if (!status)
        return Result::failure(status.error());
    while (query.next()) {
        const QString address = query.value(1).toString();
        if (address.isEmpty())
            rules.domains << query.value(0).toString();
        else
            rules.addresses << address;
    }
    return rules;
}

} // namespace RelayDesk
