#include "core/agents/agentrows.h"
#include "core/agents/credentialgenerator.h"
#include "core/agents/passwordhash.h"
#include "core/agents/sqltransaction.h"
#include "core/smtp/senderrules.h"
#include "core/store/database.h"
#include "core/store/sqldialect.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

#include <algorithm>

namespace RelayDesk {

namespace {

// The window shows these refusals too: translated there, English in the CLI (which installs no translator).
QString agentRowsText(const char* text)
{
    return QCoreApplication::translate("RelayDesk::AgentRows", text);
}

} // namespace

QDateTime AgentRows::timeFromColumn(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString AgentRows::unknownAgent(const QString& name)
{
    return agentRowsText(QT_TRANSLATE_NOOP("RelayDesk::AgentRows", "no Mail Agent named '%1'")).arg(name);
}

QString AgentRows::nameTaken(const QString& name)
{
    return agentRowsText(QT_TRANSLATE_NOOP("RelayDesk::AgentRows", "a Mail Agent named '%1' already exists"))
        .arg(name);
}

QString AgentRows::nameLooksTaken(const QString& name)
{
    return agentRowsText(
               QT_TRANSLATE_NOOP("RelayDesk::AgentRows",
                                 "a Mail Agent named '%1' already exists: names that differ only in "
                                 "spaces or . _ - read as the same name"))
        .arg(name);
}

QString AgentRows::deletedAgent()
{
    return agentRowsText(QT_TRANSLATE_NOOP(
        "RelayDesk::AgentRows", "this Mail Agent no longer exists: it was deleted elsewhere (in "
                                "another window, with the command line or on another relay node)"));
}

QString AgentRows::sqlError(const QSqlQuery& query)
{
    return query.lastError().text();
}

Status AgentRows::run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql))
        return Status::failure(QStringLiteral("store error: %1").arg(sqlError(query)));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Status::failure(QStringLiteral("store error: %1").arg(sqlError(query)));
    return {};
}

namespace {

MailAgent agentFromRow(const QSqlQuery& query)
{
    MailAgent agent;
    agent.id = query.value(0).toLongLong();
    agent.name = query.value(1).toString();
    agent.enabled = query.value(2).toBool();
    agent.description = query.value(3).toString();
    agent.createdAt = AgentRows::timeFromColumn(query.value(4));
    agent.anySender = query.value(5).toBool();
    return agent;
}

// Attaches networks to the agents; a row that no longer parses (edited by hand) is skipped, never trusted.
Status attachNetworks(QSqlDatabase& db, QList<MailAgent>& agents, const QString& where,
                      const QVariantList& values)
{
    QHash<qint64, MailAgent*> byId;
    for (MailAgent& agent : agents)
        byId.insert(agent.id, &agent);
    QSqlQuery query(db);
    const Status status =
        AgentRows::run(query,
                       QStringLiteral("SELECT agent_id, kind, cidr FROM agent_networks %1 ORDER BY %2")
                           .arg(where, SqlDialect::rowOrder(db)),
                       values);
    if (!status)
        return status;
    while (query.next()) {
        MailAgent* agent = byId.value(query.value(0).toLongLong());
        const auto range = CidrRange::parse(query.value(2).toString());
        if (!agent || !range)
            continue;
        (query.value(1).toString() == AgentRows::trustedKind ? agent->trustedDevices : agent->allowlist)
            .append(range.value());
    }
    return {};
}

// Attaches sender domains and addresses; an exact address is stored with its domain.
Status attachSenders(QSqlDatabase& db, QList<MailAgent>& agents, const QString& where,
                     const QVariantList& values)
{
    QHash<qint64, MailAgent*> byId;
    for (MailAgent& agent : agents)
        byId.insert(agent.id, &agent);
    QSqlQuery query(db);
    const Status status = AgentRows::run(
        query,
        QStringLiteral("SELECT agent_id, domain, address FROM sender_domains %1 ORDER BY domain, address")
            .arg(where),
        values);
    if (!status)
        return status;
    while (query.next()) {
        if (MailAgent* agent = byId.value(query.value(0).toLongLong())) {
            const QString address = query.value(2).toString();
            agent->senders << (address.isEmpty() ? query.value(1).toString() : address);
        }
    }
    return {};
}

const QString agentColumns =
    QStringLiteral("SELECT id, name, enabled, description, created_at, any_sender FROM agents");

} // namespace

Expected<MailAgent> AgentRows::loadAgent(QSqlDatabase& db, const QString& column, const QVariant& value)
{
    if (column == QLatin1String("name")) {
        const auto key = findAgent(db, value.toString());
        if (!key)
            return Expected<MailAgent>::failure(key.error());
        return loadAgent(db, QStringLiteral("id"), key->id);
    }
    QSqlQuery query(db);
    const Status status =
        run(query, agentColumns % QStringLiteral(" WHERE ") % column % QStringLiteral(" = ?"), {value});
    if (!status)
        return Expected<MailAgent>::failure(status.error());
    if (!query.next()) {
        return Expected<MailAgent>::failure(column == QLatin1String("name") ? unknownAgent(value.toString())
                                                                            : deletedAgent());
    }
    QList<MailAgent> agents{agentFromRow(query)};
    Status attached = attachNetworks(db, agents, QStringLiteral("WHERE agent_id = ?"), {agents.first().id});
    if (attached)
        attached = attachSenders(db, agents, QStringLiteral("WHERE agent_id = ?"), {agents.first().id});
    if (!attached)
        return Expected<MailAgent>::failure(attached.error());
    return agents.first();
}

Expected<QList<MailAgent>> AgentRows::loadAllAgents(QSqlDatabase& db)
{
    QSqlQuery query(db);
    const Status status = run(query, agentColumns % QStringLiteral(" ORDER BY name"));
    if (!status)
        return Expected<QList<MailAgent>>::failure(status.error());
    QList<MailAgent> agents;
    while (query.next())
        agents.append(agentFromRow(query));
    Status attached = attachNetworks(db, agents, {}, {});
    if (attached)
        attached = attachSenders(db, agents, {}, {});
    if (!attached)
        return Expected<QList<MailAgent>>::failure(attached.error());
    // In the order people read names (ORDER BY compares bytes): "Équipe commerciale" among the E's, not after
    // "Site web" (an outside tester), "CRM" beside "Comptabilité".
    // Compared without accents and case, whatever the locale (QCollator without ICU compares bytes).
    const auto key = [](const QString& name) {
        QString plain = name.normalized(QString::NormalizationForm_KD);
        plain.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
        return plain.toCaseFolded();
    };
    std::stable_sort(agents.begin(), agents.end(), [&key](const MailAgent& a, const MailAgent& b) {
        const QString left = key(a.name), right = key(b.name);
        return left != right ? left < right : a.name < b.name;
    });
    return agents;
}

QString AgentRows::canonicalName(const QString& name)
{
    return name.normalized(QString::NormalizationForm_C);
}

QString AgentRows::foldedName(const QString& name)
{
    return canonicalName(name).toCaseFolded();
}

QString AgentRows::looseName(const QString& name)
{
    QString loose = foldedName(name);
    loose.removeIf([](QChar c) {
        return c == QLatin1Char(' ') || c == QLatin1Char('.') || c == QLatin1Char('_') ||
               c == QLatin1Char('-');
    });
    return loose;
}

Expected<AgentRows::AgentKey> AgentRows::findAgent(QSqlDatabase& db, const QString& name)
{
    // Every name, folded here: SQLite's lower() folds ASCII letters only, and an office has tens of agents.
    QSqlQuery query(db);
    const Status status = run(query, QStringLiteral("SELECT id, name FROM agents"), {});
    if (!status)
        return Expected<AgentKey>::failure(status.error());
    const QString wanted = foldedName(name);
    QList<AgentKey> alike;
    while (query.next()) {
        AgentKey key{query.value(0).toLongLong(), query.value(1).toString()};
        if (key.name == name || key.name == canonicalName(name))
            return key;
        if (foldedName(key.name) == wanted)
            alike << key;
    }
    if (alike.size() == 1)
        return alike.first();
    if (alike.isEmpty()) {
        // A name only a deleted agent had: said so, and where its history is (an outside tester's `agent
        // show` of a deleted agent read as if it had never existed).
        QSqlQuery deleted(db);
        if (run(deleted, QStringLiteral("SELECT name FROM deleted_agents WHERE lower(name) = lower(?)"),
                {name}) &&
            deleted.next())
            return Expected<AgentKey>::failure(
                agentRowsText(
                    QT_TRANSLATE_NOOP("RelayDesk::AgentRows",
                                      "no Mail Agent named '%1': it was deleted; its mail and delivery "
                                      "log stay (relaydesk log search --agent %1)"))
                    .arg(deleted.value(0).toString()));
        return Expected<AgentKey>::failure(unknownAgent(name));
    }
    QStringList names;
    for (const AgentKey& key : std::as_const(alike))
        names << QLatin1Char('\'') + key.name + QLatin1Char('\'');
    return Expected<AgentKey>::failure(
        QStringLiteral(
            "no Mail Agent named '%1', and %2 differ from it only in case: give one of them exactly")
            .arg(name, names.join(QStringLiteral(" and "))));
}

Expected<qint64> AgentRows::agentIdByName(QSqlDatabase& db, const QString& name)
{
    const auto key = findAgent(db, name);
    if (!key)
        return Expected<qint64>::failure(key.error());
    return key->id;
}

Expected<Credential> AgentRows::loadCredential(QSqlDatabase& db, const QString& username)
{
    QSqlQuery query(db);
    const Status status =
        run(query,
            QStringLiteral("SELECT id, agent_id, username, created_at, revoked_at, last_used_at"
                           " FROM credentials WHERE username = ?"),
            {username});
    if (!status)
        return Expected<Credential>::failure(status.error());
    if (!query.next())
        return Expected<Credential>::failure(
            QStringLiteral("no credential with username '%1'").arg(username));
    Credential credential;
    credential.id = query.value(0).toLongLong();
    credential.agentId = query.value(1).toLongLong();
    credential.username = query.value(2).toString();
    credential.createdAt = timeFromColumn(query.value(3));
    credential.revokedAt = timeFromColumn(query.value(4));
    credential.lastUsedAt = timeFromColumn(query.value(5));
    return credential;
}

Status AgentRows::insertSenders(QSqlDatabase& db, qint64 agentId, const QStringList& senders)
{
    QSqlQuery query(db);
    for (const QString& entry : senders) {
        const qsizetype at = entry.lastIndexOf(QLatin1Char('@'));
        const QString domain = at < 0 ? entry : entry.mid(at + 1);
        const QString address = at < 0 ? QStringLiteral("") : entry;
        const Status status =
            run(query,
                QStringLiteral("INSERT INTO sender_domains(agent_id, domain, address) VALUES(?, ?, ?)"
                               " ON CONFLICT DO NOTHING"),
                {agentId, domain, address});
        if (!status)
            return status;
    }
    return {};
}

Expected<QStringList> AgentRows::normalizeSenders(const QStringList& entries)
{
    QStringList normalized;
    for (const QString& entry : entries) {
        const auto one = SenderRules::normalizeEntry(entry);
        if (!one)
            return Expected<QStringList>::failure(one.error());
        if (!normalized.contains(one.value()))
            normalized << one.value();
    }
    return normalized;
}

Status AgentRows::mayTrust(QSqlDatabase& db, qint64 agentId, const CidrRange& range)
{
    // Every address trusted is an open relay, whichever face asked for it (an outside tester's window trusted
    // 0.0.0.0/0 after one confirmation, which the command line refused).
    if (range.prefixLength() == 0)
        return Status::failure(
            QStringLiteral("%1 is %2: trusting it would let anyone send mail through this "
                           "relay without a password (an open relay); list the addresses of "
                           "the devices")
                .arg(range.toString(), range.describe()));
    return trustedElsewhere(db, agentId, range);
}

Status AgentRows::trustedElsewhere(QSqlDatabase& db, qint64 agentId, const CidrRange& range)
{
    // docs/protocols.md: every trusted network belongs to exactly one agent, so no two agents' networks may
    // share an address, whichever holds the other.
    QSqlQuery query(db);
    const Status status =
        run(query,
            QStringLiteral("SELECT a.name, n.cidr FROM agent_networks n JOIN agents a ON "
                           "a.id = n.agent_id WHERE n.kind = ? AND n.agent_id <> ? ORDER BY a.id"),
            {trustedKind, agentId});
    if (!status)
        return status;
    while (query.next()) {
        const auto other = CidrRange::parse(query.value(1).toString());
        if (!other || !other->overlaps(range))
            continue;
        const QString owner = query.value(0).toString();
        if (other.value() == range)
            return Status::failure(QStringLiteral("%1 is already a trusted device of '%2': a device sends as "
                                                  "one Mail Agent; untrust it there first")
                                       .arg(range.toString(), owner));
        return Status::failure(
            QStringLiteral("%1 overlaps %2, a trusted device of '%3' (%4): a device sends as "
                           "one Mail Agent; untrust it there first, or trust a range that "
                           "leaves it out")
                .arg(range.toString(), other->toString(), owner, other->describe()));
    }
    return {};
}

Status AgentRows::insertNetworks(QSqlDatabase& db, qint64 agentId, const QList<CidrRange>& ranges,
                                 const QString& kind)
{
    QSqlQuery query(db);
    for (const CidrRange& range : ranges) {
        if (kind == trustedKind) {
            if (const Status free = mayTrust(db, agentId, range); !free)
                return free;
        }
        const Status status =
            run(query,
                QStringLiteral("INSERT INTO agent_networks(agent_id, kind, cidr) VALUES(?, ?, ?)"
                               " ON CONFLICT DO NOTHING"),
                {agentId, kind, range.toString()});
        if (!status)
            return status;
    }
    return {};
}

AgentRows::NewSecret AgentRows::newSecret()
{
    NewSecret secret;
    secret.password = CredentialGenerator::password();
    secret.hash = PasswordHash::hash(secret.password.toLatin1());
    return secret;
}

Expected<NewCredential> AgentRows::insertCredential(QSqlDatabase& db, qint64 agentId,
                                                    const QByteArray& passwordHash, const QString& password)
{
    if (passwordHash.isEmpty())
        return Expected<NewCredential>::failure(QStringLiteral("cannot hash the password (out of memory?)"));
    NewCredential created;
    created.password = password;
    created.credential.agentId = agentId;
    created.credential.createdAt = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
    QSqlQuery query(db);
    Status status;
    // 120 random bits make a collision practically impossible; the retry only keeps the UNIQUE constraint
    // honest.
    for (int attempt = 0; attempt < 3; ++attempt) {
        created.credential.username = CredentialGenerator::username();
        status = run(
            query,
            QStringLiteral(
                "INSERT INTO credentials(agent_id, username, password_hash, created_at) VALUES(?, ?, ?, ?)"
                " RETURNING id"),
            {agentId, created.credential.username, QString::fromLatin1(passwordHash),
             created.credential.createdAt.toMSecsSinceEpoch()});
        if (status && query.next()) {
            created.credential.id = query.value(0).toLongLong();
            query.finish(); // SQLite: a RETURNING statement ends before the commit
            return created;
        }
    }
    return Expected<NewCredential>::failure(status.error());
}

Expected<qint64> AgentRows::beginOnAgent(SqlTransaction& transaction, QSqlDatabase& db, const QString& name)
{
    if (const Status begun = transaction.begin(); !begun)
        return Expected<qint64>::failure(begun.error());
    return agentIdByName(db, name);
}

Expected<AgentRows::AgentHandle> AgentRows::openAgent(const QString& dataDir, const QString& name)
{
    auto db = Database::connection(dataDir);
    if (!db)
        return Expected<AgentHandle>::failure(db.error());
    const auto id = agentIdByName(db.value(), name);
    if (!id)
        return Expected<AgentHandle>::failure(id.error());
    return AgentHandle{db.value(), id.value()};
}

} // namespace RelayDesk
