#include "core/store/sqldialect.h"

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

QString SqlDialect::rowOrder(const QSqlDatabase& db)
{
    return isPostgreSql(db) ? QStringLiteral("ctid") : QStringLiteral("rowid");
}

QString SqlDialect::textMatch(const QSqlDatabase& db, const QString& alias)
{
    // PostgreSQL: the tsvector column 'document' and its GIN index (migration 'PostgreSqlSchema').
    if (isPostgreSql(db))
        return (alias.isEmpty() ? QString() : alias + QLatin1Char('.')) +
               QStringLiteral("document @@ to_tsquery('simple', ?)");
    return (alias.isEmpty() ? QString() : alias + QLatin1Char('.')) +
           QStringLiteral("delivery_log_fts MATCH ?");
}

QString SqlDialect::textQuery(const QSqlDatabase& db, const QString& text)
{
    // Split as FTS5's unicode61 tokenizer does (letters and digits make words; PostgreSQL's index splits its
    // text the same way); quoting each word keeps operators typed by a person from being read as syntax.
    QStringList words;
    QString word;
    for (const QChar c : QString(text + QLatin1Char(' '))) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            if (isPostgreSql(db))
                words << word.toLower() + QStringLiteral(":*");
            else
                words << QLatin1Char('"') + word + QStringLiteral("\"*");
            word.clear();
        }
    }
    return words.join(isPostgreSql(db) ? QStringLiteral(" & ") : QStringLiteral(" "));
}

QString SqlDialect::caselessCompare(const QSqlDatabase& db, const QString& column, const char* op)
{
    // SQLite: the NOCASE index recipients_address; PostgreSQL: the index on lower(address).
    if (isPostgreSql(db))
        return QStringLiteral("lower(%1) %2 lower(?)").arg(column, QLatin1String(op));
    return QStringLiteral("%1 %2 ? COLLATE NOCASE").arg(column, QLatin1String(op));
}

} // namespace RelayDesk
