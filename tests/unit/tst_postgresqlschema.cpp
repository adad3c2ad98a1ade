// PostgreSqlSchema: a table made again by copying its rows keeps generating new ids after the highest one
// copied. Run against the store of the pass: SQLite (whose rowids need nothing) and, with RELAYDESK_TEST_PG,
// PostgreSQL, where an identity column's sequence does not see ids given explicitly.
#include "core/store/database.h"
#include "core/store/postgresqlschema.h"
#include "core/store/sqldialect.h"
#include "tests/support/tempdatadir.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace RelayDesk;

class TestPostgreSqlSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCopiedTableGoesOnAfterItsHighestId()
    {
        const QStringList migration = {
            QStringLiteral("CREATE TABLE copy_source(id INTEGER PRIMARY KEY, word TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO copy_source(id, word) VALUES (3, 'three'), (7, 'seven')"),
            QStringLiteral("CREATE TABLE copy_target(id INTEGER PRIMARY KEY, word TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO copy_target SELECT * FROM copy_source"),
            QStringLiteral("DROP TABLE copy_source"),
            QStringLiteral("ALTER TABLE copy_target RENAME TO copy_source"),
        };
        PostgreSqlSchema schema;
        const QStringList copied = schema.translate(migration.at(3));
        QCOMPARE(copied.size(), 2);
        QCOMPARE(copied.first(), migration.at(3));
        QVERIFY2(copied.last().contains(QStringLiteral("setval(pg_get_serial_sequence('copy_target', 'id')")),
                 qPrintable(copied.last()));
        // Any other INSERT stays one statement.
        QCOMPARE(schema.translate(migration.at(1)).size(), 1);

        Test::TempDataDir dir;
        auto db = Database::connection(dir.path());
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const bool postgreSql = SqlDialect::isPostgreSql(db.value());
        QSqlQuery query(db.value());
        for (const QString& statement : migration) {
            for (const QString& sql : postgreSql ? schema.translate(statement) : QStringList{statement})
                QVERIFY2(query.exec(sql), qPrintable(sql + QStringLiteral(": ") + query.lastError().text()));
        }
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO copy_source(word) VALUES ('next')")),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM copy_source WHERE word = 'next'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 8);
        qInfo("on %s", postgreSql ? "PostgreSQL" : "SQLite");
    }
};

QTEST_GUILESS_MAIN(TestPostgreSqlSchema)
#include "tst_postgresqlschema.moc"
