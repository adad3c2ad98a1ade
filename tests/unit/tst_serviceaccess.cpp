// ServiceAccess::readProblem: a file named for the relay that the user the relay runs as (the owner of the
// data directory) cannot read. An outside tester's CA file in his home passed the connection test, run as
// him, and failed every delivery of the service. Giving files to another owner needs root: run as root (the
// test suite's machines), skipped otherwise.
#include "core/util/serviceaccess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace RelayDesk;

class TestServiceAccess : public QObject
{
    Q_OBJECT

    static constexpr uid_t nobody = 65534;
    static constexpr gid_t nogroup = 65534;

    static bool make(const QString& path, mode_t mode, uid_t owner, gid_t group)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write("-----BEGIN CERTIFICATE-----\n") <= 0)
            return false;
        file.close();
        return ::chown(QFile::encodeName(path).constData(), owner, group) == 0 &&
               ::chmod(QFile::encodeName(path).constData(), mode) == 0;
    }

private Q_SLOTS:
    void theRelaysUserMustReachTheFile()
    {
        if (::geteuid() != 0)
            QSKIP("files of another owner need root");
        QTemporaryDir root;
        QVERIFY(::chmod(QFile::encodeName(root.path()).constData(), 0755) == 0);
        const QString data = root.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkdir(data));
        QVERIFY(::chown(QFile::encodeName(data).constData(), nobody, nogroup) == 0);
        const QString open = root.filePath(QStringLiteral("open.pem"));
        const QString grouped = root.filePath(QStringLiteral("grouped.pem"));
        const QString mine = root.filePath(QStringLiteral("mine.pem"));
        QVERIFY(make(open, 0644, 0, 0));
        QVERIFY(make(grouped, 0640, 0, nogroup));
        QVERIFY(make(mine, 0600, 0, 0));
        const QString home = root.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkdir(home));
        QVERIFY(::chmod(QFile::encodeName(home).constData(), 0700) == 0);
        const QString inHome = home + QStringLiteral("/ca.pem");
        QVERIFY(make(inHome, 0644, 0, 0));

        QCOMPARE(ServiceAccess::readProblem(data, open), QString());
        QCOMPARE(ServiceAccess::readProblem(data, grouped), QString()); // the relay's group may read it
        QCOMPARE(
            ServiceAccess::readProblem(data, mine),
            QStringLiteral("the relay runs as nobody, which cannot read %1 (%1 is closed to it): put the "
                           "file in /etc/relaydesk, or let the group nogroup read it (chgrp nogroup FILE; "
                           "chmod g+r FILE)")
                .arg(mine));
        // A folder on the way that it may not enter is named.
        QVERIFY(ServiceAccess::readProblem(data, inHome)
                    .startsWith(QStringLiteral("the relay runs as nobody, which cannot read %1 (%2 is closed")
                                    .arg(inHome, home)));
        // Nothing to say: no file, a file that is not there (said where it is read), the relay's own user.
        QCOMPARE(ServiceAccess::readProblem(data, QString()), QString());
        QCOMPARE(ServiceAccess::readProblem(data, root.filePath(QStringLiteral("none.pem"))), QString());
        QCOMPARE(ServiceAccess::readProblem(root.path(), mine), QString());
    }
};

QTEST_GUILESS_MAIN(TestServiceAccess)
#include "tst_serviceaccess.moc"
