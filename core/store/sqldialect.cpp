#include "core/store/sqldialect.h"
#include "core/store/textsearchquery.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace RelayDesk {

bool SqlDialect::isPostgreSql(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QString SqlDialect::beginWrite(const QSqlDatabase& db)
{
    return isPostgreSql(db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

Status SqlDialect::beginReadSnapshot(QSqlDatabase& db)
{
    if (!db.transaction())
        return Status::failure(db.lastError().text());
    if (!isPostgreSql(db))
        return {};
    QSqlQuery isolation(db);
    if (isolation.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return {};
    const QString error = isolation.lastError().text();
    db.rollback();
    return Status::failure(error);
}

QString SqlDialect::indexedBy(const QSqlDatabase& db, const QString& index)
{
    return isPostgreSql(db) ? QString() : QStringLiteral(" INDEXED BY ") + index;
}

Status SqlDialect::continueIds(QSqlDatabase& db, const QString& table)
{
    if (!isPostgreSql(db) || !db.record(table).contains(QStringLiteral("id")))
        return {};
    // Only an identity column has a sequence to continue (nodes.id is the node's own text id).
    if (db.record(table).field(QStringLiteral("id")).metaType().id() == QMetaType::QString)
        return {};
    QSqlQuery query(db);
    if (!query.exec(continueIdsStatement(table)))
        return Status::failure(
            QStringLiteral("cannot continue the ids of %1: %2").arg(table, query.lastError().text()));
    return {};
}

QString SqlDialect::continueIdsStatement(const QString& table)
{
    // setval(..., false): the value given is the next one handed out, so an empty table starts again at 1.
    return QStringLiteral(
               "SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE((SELECT MAX(id) FROM %1), 0)"
               " + 1, false)")
        .arg(table);
}

QString SqlDialect::containsBytes(const QSqlDatabase& db, const QString& column)
{
    return isPostgreSql(db) ? QStringLiteral("position(? in %1) > 0").arg(column)
                            : QStringLiteral("instr(%1, ?) > 0").arg(column);
}

QString SqlDialect::rowOrder(const QSqlDatabase& db)
{
    return isPostgreSql(db) ? QStringLiteral("ctid") : QStringLiteral("rowid");
}

QString SqlDialect::textQuery(bool postgreSql, const QString& text)
{
    return TextSearchQuery::build(postgreSql, text);
}

QString SqlDialect::adapt(const QSqlDatabase& db, const QString& sql)
{
    if (!isPostgreSql(db))
        return sql;
    static const QRegularExpression nocase(QStringLiteral("\\+?([\\w.]+) (>=|<) \\? COLLATE NOCASE"));
    static const QRegularExpression match(QStringLiteral("\\b(\\w+\\.)?delivery_log_fts MATCH \\?"));
    QString out = sql;
    out.replace(nocase, QStringLiteral("lower(\\1) \\2 lower(?)"));
    out.replace(match, QStringLiteral("\\1document @@ to_tsquery('simple', ?)"));
    out.replace(QLatin1String("GROUP_CONCAT("), QLatin1String("string_agg("));
    out.replace(QLatin1String(" CROSS JOIN "), QLatin1String(" JOIN "));
    return out;
}

} // namespace RelayDesk
