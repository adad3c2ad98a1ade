#include "core/store/storesnapshot.h"
#include "core/store/sqldialect.h"

#include "core/store/database.h"

#include <QCborArray>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

namespace RelayDesk {

namespace {

const QString pendingMessages =
    QStringLiteral("SELECT DISTINCT message_id FROM recipients WHERE state IN ('queued','deferred')");

// Which rows of a table a backup carries.
QString selectAll(const QString& table)
{
    if (table == QLatin1String("messages"))
        return QStringLiteral("SELECT * FROM messages WHERE id IN (%1) ORDER BY id").arg(pendingMessages);
    if (table == QLatin1String("message_bodies"))
        return QStringLiteral("SELECT * FROM message_bodies WHERE message_id IN (%1) ORDER BY message_id")
            .arg(pendingMessages);
    if (table == QLatin1String("recipients"))
        return QStringLiteral("SELECT * FROM recipients WHERE state IN ('queued','deferred') ORDER BY id");
    return QStringLiteral("SELECT * FROM %1").arg(table);
}

QCborValue toCbor(const QVariant& value)
{
    if (value.isNull())
        return QCborValue(QCborValue::Null);
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QCborValue(value.toLongLong());
    case QMetaType::Double:
        return QCborValue(value.toDouble());
    case QMetaType::QByteArray:
        return QCborValue(value.toByteArray());
    default:
        return QCborValue(value.toString());
    }
}

QVariant toVariant(const QCborValue& value)
{
    if (value.isInteger())
        return value.toInteger();
    if (value.isDouble())
        return value.toDouble();
    // An empty text or blob must stay empty, not become NULL: Qt SQL binds a null QString as NULL.
    if (value.isByteArray()) {
        const QByteArray bytes = value.toByteArray();
        return bytes.isEmpty() ? QByteArray("") : bytes;
    }
    if (value.isString()) {
        const QString text = value.toString();
        return text.isEmpty() ? QStringLiteral("") : text;
    }
    return QVariant();
}

bool tableExists(QSqlDatabase& db, const QString& table)
{
    return db.tables().contains(table);
}

QStringList columnsOf(QSqlDatabase& db, const QString& table)
{
    QStringList columns;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

Expected<QCborMap> readTable(QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(selectAll(table)))
        return Expected<QCborMap>::failure(
            QStringLiteral("cannot read %1: %2").arg(table, query.lastError().text()));
    const QSqlRecord record = query.record();
    QCborArray columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    QCborArray rows;
    while (query.next()) {
        QCborArray row;
        for (int i = 0; i < record.count(); ++i)
            row.append(toCbor(query.value(i)));
        rows.append(row);
    }
    return QCborMap{{QStringLiteral("columns"), columns}, {QStringLiteral("rows"), rows}};
}

Status writeTable(QSqlDatabase& db, const QString& table, const QCborMap& data,
                  const QHash<QString, QString>& settingOverrides)
{
    const QStringList known = columnsOf(db, table);
    QStringList columns;
    for (const QCborValue& column : data.value(QStringLiteral("columns")).toArray())
        columns << column.toString();
    for (const QString& column : std::as_const(columns)) {
        if (!known.contains(column))
            return Status::failure(QStringLiteral("the backup's table %1 has a column %2 that this RelayDesk "
                                                  "does not know")
                                       .arg(table, column));
    }
    const qsizetype keyColumn =
        table == QLatin1String("settings") ? columns.indexOf(QStringLiteral("key")) : -1;
    const qsizetype valueColumn = columns.indexOf(QStringLiteral("value"));
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                            .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))))
        return Status::failure(QStringLiteral("cannot restore %1: %2").arg(table, insert.lastError().text()));
    for (const QCborValue& rowValue : data.value(QStringLiteral("rows")).toArray()) {
        const QCborArray row = rowValue.toArray();
        if (row.size() != columns.size())
            return Status::failure(QStringLiteral("the backup's table %1 has a malformed row").arg(table));
        QString key;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            QVariant value = toVariant(row.at(i));
            if (i == keyColumn)
                key = value.toString();
            insert.bindValue(int(i), value);
        }
        if (keyColumn >= 0 && valueColumn >= 0 && settingOverrides.contains(key))
            insert.bindValue(int(valueColumn), settingOverrides.value(key));
        if (!insert.exec())
            return Status::failure(
                QStringLiteral("cannot restore %1: %2").arg(table, insert.lastError().text()));
    }
    return SqlDialect::continueIds(db, table);
}

// The agents' daily counts of the messages a restore put back, as the relay counted them when it accepted
// them (MessageSpool: per agent and UTC day). A backup carries no statistics, so the chart and the agent's
// Activity said 1 for a day whose restored queue made the dashboard's "accepted today" (read from the
// messages) say 3 (an outside tester).
Status countRestoredMessages(QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT agent_id, received_at FROM messages WHERE agent_id IS NOT NULL"
                                   " AND listener <> 'dsn'")))
        return Status::failure(
            QStringLiteral("cannot count the restored messages: %1").arg(query.lastError().text()));
    QHash<std::pair<qint64, QString>, int> counts;
    while (query.next()) {
        const QString day = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), QTimeZone::utc())
                                .date()
                                .toString(Qt::ISODate);
        ++counts[{query.value(0).toLongLong(), day}];
    }
    query.finish();
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO agent_daily_stats(agent_id, day, accepted) VALUES(?, ?, ?)"
                       " ON CONFLICT(agent_id, day) DO UPDATE SET accepted = agent_daily_stats.accepted"
                       " + excluded.accepted"));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        insert.addBindValue(it.key().first);
        insert.addBindValue(it.key().second);
        insert.addBindValue(it.value());
        if (!insert.exec())
            return Status::failure(
                QStringLiteral("cannot count the restored messages: %1").arg(insert.lastError().text()));
    }
    return {};
}

// Settings named in settingOverrides that the backup did not carry as rows.
Status addMissingSettings(QSqlDatabase& db, const QHash<QString, QString>& settingOverrides)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT DO NOTHING"));
    for (auto it = settingOverrides.cbegin(); it != settingOverrides.cend(); ++it) {
        query.addBindValue(it.key());
        query.addBindValue(it.value());
        if (!query.exec())
            return Status::failure(
                QStringLiteral("cannot restore settings: %1").arg(query.lastError().text()));
    }
    return {};
}

} // namespace

QStringList StoreSnapshot::configurationTables()
{
    // sender_domains and dkim_keys: carried once a migration creates them.
    return {QStringLiteral("settings"),       QStringLiteral("agents"),
            QStringLiteral("agent_networks"), QStringLiteral("credentials"),
            QStringLiteral("routes"),         QStringLiteral("tls_policies"),
            QStringLiteral("suppressions"),   QStringLiteral("sender_domains"),
            QStringLiteral("dkim_keys"),      QStringLiteral("agent_limits")};
}

QStringList StoreSnapshot::queueTables()
{
    return {QStringLiteral("messages"), QStringLiteral("message_bodies"), QStringLiteral("recipients")};
}

Expected<QCborMap> StoreSnapshot::read(const QString& dataDir, bool withQueue)
{
    using Result = Expected<QCborMap>;
    auto connection = Database::connection(dataDir);
    if (!connection)
        return Result::failure(connection.error());
    QSqlDatabase db = connection.value();
    // One read snapshot: every table as of one moment, while the relay may go on writing (on PostgreSQL too,
    // whose default isolation would let a message's rows and its recipients' come from different moments).
    if (const Status begun = SqlDialect::beginReadSnapshot(db); !begun)
        return Result::failure(QStringLiteral("cannot read the store: %1").arg(begun.error()));
    QStringList tables = configurationTables();
    if (withQueue)
        tables += queueTables();
    QCborMap out;
    for (const QString& table : std::as_const(tables)) {
        if (!tableExists(db, table))
            continue;
        auto rows = readTable(db, table);
        if (!rows) {
            db.rollback();
            return Result::failure(rows.error());
        }
        out.insert(table, rows.value());
    }
    db.rollback();
    return QCborMap{{QStringLiteral("schema"), Database::schemaVersion()}, {QStringLiteral("tables"), out}};
}

Status StoreSnapshot::write(const QString& dataDir, const QCborMap& snapshot,
                            const QHash<QString, QString>& settingOverrides)
{
    const qint64 schema = snapshot.value(QStringLiteral("schema")).toInteger(-1);
    if (schema < 1 || schema > Database::schemaVersion())
        return Status::failure(QStringLiteral("the backup was made by a newer RelayDesk (schema %1, this "
                                              "build knows %2)")
                                   .arg(schema)
                                   .arg(Database::schemaVersion()));
    auto connection = Database::connection(dataDir);
    if (!connection)
        return Status::failure(connection.error());
    QSqlDatabase db = connection.value();
    if (!db.transaction())
        return Status::failure(QStringLiteral("cannot write the store: %1").arg(db.lastError().text()));
    const QCborMap tables = snapshot.value(QStringLiteral("tables")).toMap();
    Status status;
    for (const QString& table : configurationTables() + queueTables()) {
        if (!status || !tables.contains(table))
            continue;
        if (!tableExists(db, table))
            status = Status::failure(QStringLiteral("the backup has a table %1 that this RelayDesk does not "
                                                    "know")
                                         .arg(table));
        else
            status = writeTable(db, table, tables.value(table).toMap(), settingOverrides);
    }
    if (status && tables.contains(QStringLiteral("messages")))
        status = countRestoredMessages(db);
    if (status)
        status = addMissingSettings(db, settingOverrides);
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit())
        return Status::failure(QStringLiteral("cannot write the store: %1").arg(db.lastError().text()));
    return {};
}

} // namespace RelayDesk
