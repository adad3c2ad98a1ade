#pragma once

#include "core/agents/mailagent.h"
#include "core/util/expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace RelayDesk {

class SqlTransaction;

/// Reading and writing the rows of agents, agent_networks, sender_domains and credentials (shared by
/// AgentDirectory's files).
namespace AgentRows {

inline const QString allowKind = QStringLiteral("allow");
inline const QString trustedKind = QStringLiteral("trusted");

QDateTime timeFromColumn(const QVariant& value); ///< milliseconds since the epoch, or a null time for NULL
QString unknownAgent(const QString& name);
/// A new name (or a rename) that another agent has, also in another case.
QString nameTaken(const QString& name);
/// A new name (or a rename) that differs from another agent's only in spaces or ". _ -" ("web shop" and
/// "webshop", "Printer-1" and "Printer 1"): name is the other agent's.
QString nameLooksTaken(const QString& name);
/// For an agent looked up by its id that is gone: deleted from another window, the CLI or another node.
QString deletedAgent();
QString sqlError(const QSqlQuery& query);

/// Prepares sql, binds values in order and executes it; on failure, returns what went wrong.
Status run(QSqlQuery& query, const QString& sql, const QVariantList& values = {});

/// The agent whose column equals value ("name" or "id"), with its networks; failure if none.
Expected<MailAgent> loadAgent(QSqlDatabase& db, const QString& column, const QVariant& value);
Expected<QList<MailAgent>> loadAllAgents(QSqlDatabase& db);
/// name in NFC and case-folded (Unicode): agent names are unique in this form (AgentDirectory).
QString foldedName(const QString& name);
/// foldedName without spaces and ". _ -": the form in which two names read as the same to a person.
QString looseName(const QString& name);
/// A name as stored: NFC, so that "é" typed as one character or as "e" and an accent is one name.
QString canonicalName(const QString& name);
/// An agent's id and its name as stored.
struct AgentKey
{
    qint64 id = 0;
    QString name;
};
/// The agent a person named: the one stored under exactly that name, else the one whose name differs only in
/// ASCII case ("billing" finds "Billing"). Every lookup of an agent by a typed name goes through here. A
/// store from before names were unique that way may hold two such agents: then only the exact name finds one.
Expected<AgentKey> findAgent(QSqlDatabase& db, const QString& name);
Expected<qint64> agentIdByName(QSqlDatabase& db, const QString& name); ///< findAgent's id
/// Begins transaction and reads the named agent's id under its write lock (so that an agent deleted by
/// another admin meanwhile is "no such agent", not a foreign-key error later).
Expected<qint64> beginOnAgent(SqlTransaction& transaction, QSqlDatabase& db, const QString& name);

/// The calling thread's connection to the data directory and the id of the named agent.
struct AgentHandle
{
    QSqlDatabase db;
    qint64 id = 0;
};
Expected<AgentHandle> openAgent(const QString& dataDir, const QString& name);
Expected<Credential> loadCredential(QSqlDatabase& db, const QString& username);

/// Inserts sender domains and addresses (normalized entries); duplicates are stored once.
Status insertSenders(QSqlDatabase& db, qint64 agentId, const QStringList& senders);
/// Normalizes every entry (SenderRules::normalizeEntry), or says what is wrong with the first bad one.
Expected<QStringList> normalizeSenders(const QStringList& entries);

/// Refused when another agent trusts a range that shares an address with this one (the same range, one that
/// holds it, or one inside it): one device, one agent (docs/protocols.md).
Status trustedElsewhere(QSqlDatabase& db, qint64 agentId, const CidrRange& range);
/// Refused for every address (a /0: an open relay) and as trustedElsewhere() refuses.
Status mayTrust(QSqlDatabase& db, qint64 agentId, const CidrRange& range);
/// Inserts the networks of one kind; duplicates within the list are stored once; a trusted range every
/// address or another agent's is refused (mayTrust).
Status insertNetworks(QSqlDatabase& db, qint64 agentId, const QList<CidrRange>& ranges, const QString& kind);
/// A generated password and its Argon2id hash. Argon2id is slow on purpose: make it before taking the write
/// lock.
struct NewSecret
{
    QString password;
    QByteArray hash;
};
NewSecret newSecret();
/// Generates, hashes and inserts a new credential for the agent (call inside a transaction if needed).
Expected<NewCredential> insertCredential(QSqlDatabase& db, qint64 agentId, const QByteArray& passwordHash,
                                         const QString& password);

} // namespace AgentRows

} // namespace RelayDesk
