#include "core/security/refusedsubmissions.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk::RefusedSubmissions {

namespace {

/// A null QString binds as NULL: an empty field (no agent before AUTH, MAIL's null reverse-path) is ''.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

Status record(QSqlDatabase& db, const QList<RefusedSubmission>& refusals)
{
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO refused_submissions(at, first_at, count, client_address, listener, agent_id,"
            " agent_name, command, sender, recipients, reply) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return Status::failure(insert.lastError().text());
    for (const RefusedSubmission& refusal : refusals) {
        insert.bindValue(0, refusal.lastAt);
        insert.bindValue(1, refusal.firstAt);
        insert.bindValue(2, refusal.count);
        insert.bindValue(3, text(refusal.address));
        insert.bindValue(4, text(refusal.listener));
        insert.bindValue(5, refusal.agentId);
        insert.bindValue(6, text(refusal.agentName));
        insert.bindValue(7, text(refusal.command));
        insert.bindValue(8, text(refusal.sender));
        insert.bindValue(9, text(refusal.recipients));
        insert.bindValue(10, text(refusal.reply));
        if (!insert.exec())
            return Status::failure(insert.lastError().text());
    }
    return {};
}

} // namespace RelayDesk::RefusedSubmissions
