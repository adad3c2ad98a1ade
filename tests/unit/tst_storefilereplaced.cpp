// Database::connection and a SQLite store replaced under an open connection: a `backup restore` run by
// another process renames the data directory's files away and puts the restored ones in their place; a window
// left open went on reading the old store (an outside tester's finding).
#include "core/store/database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace RelayDesk;

namespace {

/// A store in dir with one marker row.
bool makeStore(const QString& dir, const QString& marker)
{
    if (!QDir().mkpath(dir) || !Database::initialize(dir))
        return false;
    auto db = Database::connection(dir);
    if (!db)
        return false;
    QSqlQuery query(db.value());
    return query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS marker(v TEXT)")) &&
           query.exec(QStringLiteral("INSERT INTO marker(v) VALUES('%1')").arg(marker));
}

QString markerOf(const QString& dir)
{
    auto db = Database::connection(dir);
    if (!db)
        return QStringLiteral("error: ") + db.error();
    QSqlQuery query(db.value());
    if (!query.exec(QStringLiteral("SELECT v FROM marker")) || !query.next())
        return QStringLiteral("no marker");
    return query.value(0).toString();
}

} // namespace

class TestStoreFileReplaced : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aReplacedStoreIsOpenedAgain()
    {
        QTemporaryDir root;
        const QString live = root.filePath(QStringLiteral("data"));
        const QString restored = root.filePath(QStringLiteral("staging"));
        QVERIFY(makeStore(live, QStringLiteral("before")));
        QCOMPARE(markerOf(live), QStringLiteral("before"));
        QVERIFY(makeStore(restored, QStringLiteral("restored")));

        // As a restore does it: the live directory moved away, the restored one put in its place.
        QVERIFY(QDir().rename(live, live + QStringLiteral(".old")));
        QVERIFY(QDir().rename(restored, live));
        const quint64 reconnects = Database::reconnects();
        Database::checkBeforeNextUse(live);
        QCOMPARE(markerOf(live), QStringLiteral("restored"));
        QCOMPARE(Database::reconnects(), reconnects + 1); // holders of prepared statements drop them

        // And by itself, within a second or so, without a hint.
        QVERIFY(makeStore(root.filePath(QStringLiteral("second")), QStringLiteral("second restore")));
        QVERIFY(QDir(live).removeRecursively());
        QVERIFY(QDir().rename(root.filePath(QStringLiteral("second")), live));
        QTRY_COMPARE_WITH_TIMEOUT(markerOf(live), QStringLiteral("second restore"), 5000);
    }

    void aStoreMovedToPostgreSqlIsNotReadFromTheFileAside()
    {
        // `store migrate` writes store.conf and moves relaydesk.sqlite aside: a window opened before went on
        // showing the file aside (an outside tester). The address is read again; this one names a server that
        // is not there, so the connection fails, which the old file never would.
        QTemporaryDir root;
        const QString live = root.filePath(QStringLiteral("data"));
        QVERIFY(makeStore(live, QStringLiteral("sqlite")));
        QCOMPARE(markerOf(live), QStringLiteral("sqlite"));
        QFile conf(QDir(live).filePath(QStringLiteral("store.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("url=postgresql://relay@127.0.0.1:1/relaydesk\n");
        conf.close();
        QVERIFY(QFile::rename(QDir(live).filePath(QStringLiteral("relaydesk.sqlite")),
                              QDir(live).filePath(QStringLiteral("relaydesk.sqlite.migrated-1"))));
        Database::checkBeforeNextUse(live);
        const QString read = markerOf(live);
        QVERIFY2(read.startsWith(QStringLiteral("error: cannot open the PostgreSQL store")),
                 qPrintable(read));
        Database::releaseThreadConnection(live);
    }

    void theSameFileIsKept()
    {
        QTemporaryDir root;
        const QString live = root.filePath(QStringLiteral("data"));
        QVERIFY(makeStore(live, QStringLiteral("kept")));
        auto first = Database::connection(live);
        QVERIFY(first);
        const quint64 reconnects = Database::reconnects();
        Database::checkBeforeNextUse(live);
        QCOMPARE(markerOf(live), QStringLiteral("kept"));
        QCOMPARE(Database::reconnects(), reconnects);
    }
};

QTEST_GUILESS_MAIN(TestStoreFileReplaced)
#include "tst_storefilereplaced.moc"
