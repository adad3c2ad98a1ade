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

    void commitsAreDurableWhateverTheServersDefault()
    {
        // An outside tester's server ran with synchronous_commit=off: COMMIT returned before the log was on
        // disk, and mail answered 250 was lost in the server's crash. Each session of the relay sets it on.
        Test::TempDataDir dir;
        auto db = Database::connection(dir.path());
        QVERIFY2(db.ok(), qPrintable(db.error()));
        if (!SqlDialect::isPostgreSql(db.value()))
            QSKIP("SQLite's durability is the store's own pragmas (synchronous=FULL)");
        QSqlQuery query(db.value());
        QVERIFY(query.exec(QStringLiteral("SELECT current_database()")) && query.next());
        const QString database = query.value(0).toString();
        QVERIFY2(query.exec(QStringLiteral("ALTER DATABASE %1 SET synchronous_commit = off").arg(database)),
                 qPrintable(query.lastError().text()));
        query.finish();
        Database::releaseThreadConnection(dir.path());
        auto again = Database::connection(dir.path());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QSqlQuery show(again.value());
        QVERIFY(show.exec(QStringLiteral("SHOW synchronous_commit")) && show.next());
        QCOMPARE(show.value(0).toString(), QStringLiteral("on"));
    }

    void continueIdsGoesOnAfterTheHighestIdOrStartsAtOne()
    {
        // The same statement serves the migrations and the restore of a backup (SqlDialect::continueIds):
        // after explicit ids the next insert takes the highest + 1, and in a table left empty it takes 1.
        Test::TempDataDir dir;
        auto db = Database::connection(dir.path());
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const bool postgreSql = SqlDialect::isPostgreSql(db.value());
        PostgreSqlSchema schema;
        QSqlQuery query(db.value());
        for (const QString& name : {QStringLiteral("ids_full"), QStringLiteral("ids_empty")}) {
            const QString create =
                QStringLiteral("CREATE TABLE %1(id INTEGER PRIMARY KEY, word TEXT NOT NULL)").arg(name);
            for (const QString& sql : postgreSql ? schema.translate(create) : QStringList{create})
                QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        QVERIFY(query.exec(QStringLiteral("INSERT INTO ids_full(id, word) VALUES (41, 'given')")));
        for (const QString& name : {QStringLiteral("ids_full"), QStringLiteral("ids_empty")}) {
            const Status continued = SqlDialect::continueIds(db.value(), name);
            QVERIFY2(continued.ok(), qPrintable(continued.error()));
            QVERIFY2(query.exec(QStringLiteral("INSERT INTO %1(word) VALUES ('next')").arg(name)),
                     qPrintable(query.lastError().text()));
        }
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM ids_full WHERE word = 'next'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 42);
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM ids_empty WHERE word = 'next'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPostgreSqlSchema)
#include "tst_postgresqlschema.moc"
