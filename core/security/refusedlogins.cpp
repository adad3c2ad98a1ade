#include "core/security/refusedlogins.h"
#include "core/store/database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace RelayDesk::RefusedLogins {

namespace {

struct ReasonCode
{
    RefusedLoginReason reason;
    const char* code;
};

constexpr ReasonCode reasonCodes[] = {
    {RefusedLoginReason::UnknownUser, "unknown-user"},
    {RefusedLoginReason::WrongPassword, "wrong-password"},
    {RefusedLoginReason::NotOnAllowlist, "not-on-allowlist"},
    {RefusedLoginReason::AgentDisabled, "agent-disabled"},
    {RefusedLoginReason::CredentialRevoked, "credential-revoked"},
    {RefusedLoginReason::AgentDeleted, "agent-deleted"},
    {RefusedLoginReason::AuthorizationIdentity, "authorization-identity"},
    {RefusedLoginReason::TooManyAtOnce, "too-many-at-once"},
    {RefusedLoginReason::LockedOut, "locked-out"},
};

// Rows read at most: the newest, which is what the admin asks about; a guessing flood from many addresses
// must not make the window read a year of rows.
constexpr int rowsReadAtMost = 5000;

} // namespace

std::optional<RefusedLoginReason> reasonOf(const QString& decisionReason)
{
    // AgentDirectory's words (core/agents/agentcredentials.cpp).
    if (decisionReason == QLatin1String("unknown username"))
        return RefusedLoginReason::UnknownUser;
    if (decisionReason == QLatin1String("wrong password"))
        return RefusedLoginReason::WrongPassword;
    if (decisionReason == QLatin1String("agent disabled"))
        return RefusedLoginReason::AgentDisabled;
    if (decisionReason == QLatin1String("credential revoked"))
        return RefusedLoginReason::CredentialRevoked;
    if (decisionReason == QLatin1String("agent deleted"))
        return RefusedLoginReason::AgentDeleted;
    if (decisionReason == QLatin1String("authorization identity not permitted"))
        return RefusedLoginReason::AuthorizationIdentity;
    if (decisionReason == QLatin1String("too many checks in flight"))
        return RefusedLoginReason::TooManyAtOnce;
    if (decisionReason.startsWith(QLatin1String("address ")) &&
        decisionReason.endsWith(QLatin1String(" not on allowlist")))
        return RefusedLoginReason::NotOnAllowlist;
    return std::nullopt;
}

QString codeOf(RefusedLoginReason reason)
{
    for (const ReasonCode& entry : reasonCodes)
        if (entry.reason == reason)
            return QString::fromLatin1(entry.code);
    return {};
}

std::optional<RefusedLoginReason> reasonFromCode(const QString& code)
{
    for (const ReasonCode& entry : reasonCodes)
        if (code == QLatin1String(entry.code))
            return entry.reason;
    return std::nullopt;
}

Status record(QSqlDatabase& db, const QList<RefusedLogin>& logins)
{
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO security_events(at, kind, address, detail)"
                                       " VALUES(?, 'login-refused', ?, ?)")))
        return Status::failure(insert.lastError().text());
    for (const RefusedLogin& login : logins) {
        insert.bindValue(0, login.lastAt);
        insert.bindValue(1, login.address);
        insert.bindValue(2, QStringLiteral("agent=%1 reason=%2 count=%3")
                                .arg(login.agentId)
                                .arg(codeOf(login.reason))
                                .arg(login.count));
        if (!insert.exec())
            return Status::failure(insert.lastError().text());
    }
    return {};
}

Expected<QList<RefusedLogin>> since(const QString& dataDir, qint64 sinceMs, qint64 agentId, int limit)
{
    using Result = Expected<QList<RefusedLogin>>;
    auto db = Database::connection(dataDir);
    if (!db)
        return Result::failure(db.error());
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT at, address, detail FROM security_events"
                                      " WHERE kind = 'login-refused' AND at >= ? ORDER BY at DESC LIMIT ?")))
        return Result::failure(query.lastError().text());
    query.bindValue(0, sinceMs);
    query.bindValue(1, rowsReadAtMost);
    if (!query.exec())
        return Result::failure(query.lastError().text());
    QList<RefusedLogin> logins;
    QHash<QString, qsizetype> indexOf; // address, agent and reason -> entry
    while (query.next()) {
        RefusedLogin row;
        row.lastAt = row.firstAt = query.value(0).toLongLong();
        row.address = query.value(1).toString();
        std::optional<RefusedLoginReason> reason;
        for (const QString& field : query.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString name = field.section(QLatin1Char('='), 0, 0);
            const QString value = field.section(QLatin1Char('='), 1);
            if (name == QLatin1String("agent"))
                row.agentId = value.toLongLong();
            else if (name == QLatin1String("reason"))
                reason = reasonFromCode(value);
            else if (name == QLatin1String("count"))
                row.count = std::max(1, value.toInt());
        }
        if (!reason || (agentId != 0 && row.agentId != agentId))
            continue;
        row.reason = *reason;
        const QString key =
            QStringLiteral("%1|%2|%3").arg(row.address).arg(row.agentId).arg(codeOf(row.reason));
        if (const auto found = indexOf.constFind(key); found != indexOf.cend()) {
            RefusedLogin& entry = logins[found.value()];
            entry.count += row.count;
            entry.firstAt = row.firstAt; // rows come newest first
            continue;
        }
        if (logins.size() >= limit)
            continue;
        indexOf.insert(key, logins.size());
        logins << row;
    }
    return logins;
}

} // namespace RelayDesk::RefusedLogins
