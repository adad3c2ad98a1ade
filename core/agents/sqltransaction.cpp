#include "core/agents/sqltransaction.h"
#include "core/store/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

SqlTransaction::SqlTransaction(QSqlDatabase db) : m_db(std::move(db)) {}

SqlTransaction::~SqlTransaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

Status SqlTransaction::begin()
{
    QSqlQuery query(m_db);
    if (!query.exec(SqlDialect::beginWrite(m_db)))
        return Status::failure(
            QStringLiteral("cannot start a transaction: %1").arg(query.lastError().text()));
    m_active = true;
    return {};
}

Status SqlTransaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT")))
        return Status::failure(QStringLiteral("cannot save: %1").arg(query.lastError().text()));
    m_active = false;
    return {};
}

} // namespace RelayDesk
