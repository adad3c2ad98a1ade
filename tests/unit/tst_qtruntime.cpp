// The Qt runtime the engine depends on: the OpenSSL TLS backend and the QSQLITE driver load and work, and,
// when RELAYDESK_EXPECT_QT_PREFIX names a Qt install (the TSan stage sets it to the TSan-built Qt), every Qt
// library and plugin in the process comes from that install and none from the system Qt.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTest>

#include <link.h>

class TestQtRuntime : public QObject
{
    Q_OBJECT

private:
    static int collect(dl_phdr_info* info, size_t, void* data)
    {
        const QString path = QString::fromLocal8Bit(info->dlpi_name);
        if (path.contains(QLatin1String("libQt6")) || path.contains(QLatin1String("/plugins/")))
            static_cast<QStringList*>(data)->append(path);
        return 0;
    }

    static QStringList loadedQtObjects()
    {
        QStringList paths;
        dl_iterate_phdr(&TestQtRuntime::collect, &paths);
        return paths;
    }

private Q_SLOTS:
    void opensslBackendIsActive()
    {
        QVERIFY(QSslSocket::supportsSsl());
        QCOMPARE(QSslSocket::activeBackend(), QStringLiteral("openssl"));
        QVERIFY(QSslSocket::sslLibraryVersionString().startsWith(QLatin1String("OpenSSL 3")));
    }

    void sqliteDriverWorks()
    {
        QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("runtime"));
            db.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT sqlite_version()")));
            QVERIFY(query.next());
            QVERIFY(query.value(0).toString().startsWith(QLatin1String("3.")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("runtime"));
    }

    void qtComesFromTheExpectedInstall()
    {
        const QString prefix = qEnvironmentVariable("RELAYDESK_EXPECT_QT_PREFIX");
        if (prefix.isEmpty())
            QSKIP("RELAYDESK_EXPECT_QT_PREFIX is not set (only the TSan stage pins the Qt install)");
        // Load both plugins first, so that the check below covers them.
        opensslBackendIsActive();
        sqliteDriverWorks();
        if (QTest::currentTestFailed())
            return;
        const QStringList objects = loadedQtObjects();
        QVERIFY2(objects.size() >= 6, qPrintable(objects.join(QLatin1Char(' ')))); // 4 libraries, 2 plugins
        QVERIFY(objects.filter(QLatin1String("libqopensslbackend.so")).size() == 1);
        QVERIFY(objects.filter(QLatin1String("libqsqlite.so")).size() == 1);
        for (const QString& object : objects)
            QVERIFY2(object.startsWith(prefix + QLatin1Char('/')), qPrintable(object));
    }
};

QTEST_GUILESS_MAIN(TestQtRuntime)
#include "tst_qtruntime.moc"
