// The VFS that gathers the WAL's writes (WalWriteBuffer): what a commit wrote is in the log before anyone can
// depend on it (another connection, a killed process), with every synchronous setting, for transactions
// larger than the buffer and than one write call, and for a transaction that reads back its own spill.
#include "core/store/database.h"
#include "core/store/sqldialect.h"
#include "core/store/walwritebuffer.h"
#include "tests/support/tempdatadir.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace RelayDesk;

namespace {

/// One raw SQLite connection (the test sets pragmas the store never would, such as synchronous=OFF).
class Connection final
{
public:
    explicit Connection(const QString& path)
    {
        WalWriteBuffer::install();
        m_ok = sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                               nullptr) == SQLITE_OK;
    }
    ~Connection() { sqlite3_close_v2(m_db); }
    Q_DISABLE_COPY_MOVE(Connection)

    bool ok() const { return m_ok; }
    sqlite3* handle() const { return m_db; }
    bool exec(const char* sql)
    {
        char* error = nullptr;
        const bool done = sqlite3_exec(m_db, sql, nullptr, nullptr, &error) == SQLITE_OK;
        if (!done)
            qWarning("%s: %s", sql, error ? error : "?");
        sqlite3_free(error);
        return done;
    }
    /// WAL mode and the test's table t(id, body).
    bool makeWalTable()
    {
        return exec("PRAGMA journal_mode=WAL") && exec("CREATE TABLE t(id INTEGER PRIMARY KEY, body BLOB)");
    }
    bool insert(int id, const QByteArray& blob)
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, "INSERT INTO t(id, body) VALUES(?, ?)", -1, &statement, nullptr) !=
            SQLITE_OK)
            return false;
        sqlite3_bind_int(statement, 1, id);
        sqlite3_bind_blob(statement, 2, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
        const bool done = sqlite3_step(statement) == SQLITE_DONE;
        sqlite3_finalize(statement);
        return done;
    }
    /// The body of row id, or a null array if there is none.
    QByteArray body(int id) const
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, "SELECT body FROM t WHERE id = ?", -1, &statement, nullptr) != SQLITE_OK)
            return {};
        sqlite3_bind_int(statement, 1, id);
        QByteArray result;
        if (sqlite3_step(statement) == SQLITE_ROW)
            result = QByteArray(static_cast<const char*>(sqlite3_column_blob(statement, 0)),
                                sqlite3_column_bytes(statement, 0));
        sqlite3_finalize(statement);
        return result;
    }
    QString text(const char* sql) const
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            return QStringLiteral("(cannot prepare: %1)").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        QString result;
        if (sqlite3_step(statement) == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        else
            result = QStringLiteral("(no row: %1)").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_finalize(statement);
        return result;
    }
    QString vfsName() const
    {
        sqlite3_vfs* vfs = nullptr;
        sqlite3_file_control(m_db, "main", SQLITE_FCNTL_VFS_POINTER, &vfs);
        return vfs ? QString::fromLatin1(vfs->zName) : QString();
    }

private:
    sqlite3* m_db = nullptr;
    bool m_ok = false;
};

// A body of size bytes that differs for every id (so a frame from the wrong place cannot pass).
QByteArray bodyFor(int id, int size)
{
    QByteArray seed = QByteArray::number(id);
    QByteArray result;
    result.reserve(size);
    while (result.size() < size) {
        seed = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
        result += seed;
    }
    result.truncate(size);
    return result;
}

// Sizes from one page to more than one write call (128 KiB) and, in a transaction of several, more than the
// buffer (1 MiB).
int sizeFor(int id)
{
    static const int sizes[] = {100, 3000, 10240, 70000, 200000, 450000};
    return sizes[id % 6];
}

} // namespace

class TestWalWriteBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theStoreWritesThroughIt()
    {
        Test::TempDataDir dir;
        QVERIFY(dir.isValid());
        auto db = Database::connection(dir.path());
        QVERIFY(db);
        if (SqlDialect::isPostgreSql(db.value()))
            QSKIP("the store of this pass is PostgreSQL (the rest of this test opens SQLite files itself)");
        QVERIFY(WalWriteBuffer::installed());
        auto* handle = *static_cast<sqlite3**>(db.value().driver()->handle().data());
        sqlite3_vfs* vfs = nullptr;
        QCOMPARE(sqlite3_file_control(handle, "main", SQLITE_FCNTL_VFS_POINTER, &vfs), SQLITE_OK);
        QVERIFY(vfs);
        QCOMPARE(QString::fromLatin1(vfs->zName), QString::fromLatin1(WalWriteBuffer::vfsName()));
    }

    void commitsAreVisibleToAnotherConnection_data()
    {
        QTest::addColumn<QByteArray>("synchronous");
        QTest::newRow("FULL") << QByteArray("FULL");
        // Without a sync at the commit only the wal-index barrier puts the frames into the file in time.
        QTest::newRow("NORMAL") << QByteArray("NORMAL");
        QTest::newRow("OFF") << QByteArray("OFF");
    }

    void commitsAreVisibleToAnotherConnection()
    {
        QFETCH(QByteArray, synchronous);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        Connection writer(path);
        QVERIFY(writer.ok());
        QCOMPARE(writer.vfsName(), QString::fromLatin1(WalWriteBuffer::vfsName()));
        QVERIFY(writer.makeWalTable());
        QVERIFY(writer.exec(QByteArray("PRAGMA synchronous=" + synchronous).constData()));
        Connection reader(path);
        QVERIFY(reader.ok());
        int id = 0;
        for (int transaction = 0; transaction < 40; ++transaction) {
            QVERIFY(writer.exec("BEGIN"));
            const int rows = 1 + transaction % 5;
            for (int row = 0; row < rows; ++row, ++id)
                QVERIFY(writer.insert(id, bodyFor(id, sizeFor(id))));
            // A row changed again in the same transaction rewrites frames already written.
            QVERIFY(writer.exec("UPDATE t SET body = body WHERE id % 7 = 0"));
            QVERIFY(writer.exec("COMMIT"));
            QCOMPARE(reader.text("SELECT count(*) FROM t"), QString::number(id));
            for (int check = qMax(0, id - rows); check < id; ++check)
                QCOMPARE(reader.body(check), bodyFor(check, sizeFor(check)));
        }
        QCOMPARE(reader.text("PRAGMA integrity_check"), QStringLiteral("ok"));
        QVERIFY(writer.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        Connection later(path);
        QCOMPARE(later.text("PRAGMA integrity_check"), QStringLiteral("ok"));
        for (int check = 0; check < id; ++check)
            QCOMPARE(later.body(check), bodyFor(check, sizeFor(check)));
    }

    void aTransactionReadsBackItsOwnSpilledFrames()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        Connection writer(path);
        QVERIFY(writer.makeWalTable());
        // Ten pages of cache: the transaction's pages go to the log long before its commit.
        QVERIFY(writer.exec("PRAGMA cache_size=10"));
        QVERIFY(writer.exec("BEGIN"));
        for (int id = 0; id < 60; ++id)
            QVERIFY(writer.insert(id, bodyFor(id, sizeFor(id))));
        for (int id = 0; id < 60; ++id)
            QCOMPARE(writer.body(id), bodyFor(id, sizeFor(id)));
        QVERIFY(writer.exec("COMMIT"));
        Connection reader(path);
        QCOMPARE(reader.text("PRAGMA integrity_check"), QStringLiteral("ok"));
        for (int id = 0; id < 60; ++id)
            QCOMPARE(reader.body(id), bodyFor(id, sizeFor(id)));
    }

    void aReaderLeavesTheWritersFramesAlone()
    {
        // An outside tester read in the VFS that a reader's wal-index barrier flushed the writer's frames in
        // the middle of its transaction, and dropped them if that write failed. Only the writer flushes now.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        Connection writer(path);
        QVERIFY(writer.makeWalTable());
        QVERIFY(writer.insert(0, bodyFor(0, 100)));
        Connection reader(path);
        QCOMPARE(reader.text("SELECT count(*) FROM t"), QStringLiteral("1"));
        const QString wal = path + QStringLiteral("-wal");
        const qint64 before = QFileInfo(wal).size();
        // Ten pages of cache: the transaction's frames go to the log (here: the buffer) before the commit.
        QVERIFY(writer.exec("PRAGMA cache_size=10"));
        QVERIFY(writer.exec("BEGIN"));
        for (int id = 1; id < 40; ++id)
            QVERIFY(writer.insert(id, bodyFor(id, 3000)));
        QCOMPARE(reader.text("SELECT count(*) FROM t"), QStringLiteral("1"));
        QCOMPARE(QFileInfo(wal).size(), before);
        QVERIFY(writer.exec("COMMIT"));
        QVERIFY(QFileInfo(wal).size() > before);
        QCOMPARE(reader.text("SELECT count(*) FROM t"), QStringLiteral("40"));
        for (int id = 1; id < 40; ++id)
            QCOMPARE(reader.body(id), bodyFor(id, 3000));
        QCOMPARE(reader.text("PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    void aFullDiskFailsTheCommitAndLosesNothing()
    {
        if (geteuid() != 0)
            QSKIP("mounting a small filesystem needs root");
        QTemporaryDir mount;
        if (QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=3m"), QStringLiteral("tmpfs"), mount.path()}) != 0)
            QSKIP("cannot mount a tmpfs");
        const auto unmount = qScopeGuard([&mount] {
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), mount.path()});
        });
        const QString path = mount.filePath(QStringLiteral("t.sqlite"));
        {
            Connection writer(path);
            QVERIFY(writer.makeWalTable());
            QVERIFY(writer.exec("PRAGMA synchronous=FULL"));
            for (int id = 0; id < 5; ++id)
                QVERIFY(writer.insert(id, bodyFor(id, 10240)));
            // Fill the filesystem.
            QFile filler(mount.filePath(QStringLiteral("filler")));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'f');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
            filler.close();
            // A megabyte does not fit: the commit fails, and says why.
            QVERIFY(writer.exec("BEGIN"));
            QVERIFY(writer.insert(100, bodyFor(100, 1 << 20)));
            char* error = nullptr;
            const int rc = sqlite3_exec(writer.handle(), "COMMIT", nullptr, nullptr, &error);
            sqlite3_free(error);
            QCOMPARE(rc & 0xff, SQLITE_FULL);
            sqlite3_exec(writer.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            QVERIFY(QFile::remove(mount.filePath(QStringLiteral("filler"))));
            // Space again: the next commit goes through.
            QVERIFY(writer.insert(5, bodyFor(5, 10240)));
        }
        Connection after(path);
        QCOMPARE(after.text("PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(after.text("SELECT group_concat(id) FROM t"), QStringLiteral("0,1,2,3,4,5"));
        for (int id = 0; id < 6; ++id)
            QCOMPARE(after.body(id), bodyFor(id, 10240));
    }

    void aKilledWriterLosesNoCommit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        {
            Connection setup(path);
            QVERIFY(setup.makeWalTable());
        }
        int reports[2];
        QCOMPARE(pipe(reports), 0);
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The writer: reports each id once its COMMIT returned, until it is killed.
            close(reports[0]);
            Connection writer(path);
            if (!writer.exec("PRAGMA synchronous=FULL"))
                _exit(2);
            for (int id = 0;; ++id) {
                if (!writer.insert(id, bodyFor(id, sizeFor(id))))
                    _exit(3);
                if (write(reports[1], &id, sizeof id) != sizeof id)
                    _exit(4);
            }
        }
        close(reports[1]);
        // Kill it after a number of commits that ends at a different place in each run.
        const int killAfter = 150 + int(QDateTime::currentMSecsSinceEpoch() % 100);
        int last = -1;
        for (int id = 0; read(reports[0], &id, sizeof id) == sizeof id;) {
            last = id;
            if (id >= killAfter)
                break;
        }
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        close(reports[0]);
        QVERIFY2(WIFSIGNALED(status), "the writer stopped by itself");
        QVERIFY(last >= killAfter);
        Connection after(path);
        QCOMPARE(after.text("PRAGMA integrity_check"), QStringLiteral("ok"));
        for (int id = 0; id <= last; ++id)
            QCOMPARE(after.body(id), bodyFor(id, sizeFor(id)));
    }
};

QTEST_GUILESS_MAIN(TestWalWriteBuffer)
#include "tst_walwritebuffer.moc"
