#include "core/admin/admin.h"
#include "core/agents/cidrrange.h"
#include "core/routing/routestore.h"
#include "core/store/database.h"
#include "core/store/settings.h"
#include "core/store/storesnapshot.h"
#include "core/tls/certificategenerator.h"
#include "tests/support/tempdatadir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace RelayDesk;

/// BackupAdmin (core/admin/backupadmin.h) over real data directories: what a restore puts back, a certificate
/// file that holds its key too, and the cases where nothing may change. Backups here are written at
/// libsodium's lowest Argon2id cost to stay fast (the reader takes the cost from the header).
class TestBackupAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restoresConfigurationWithoutTheQueue();
    void certificateFileHoldingItsKey();
    void generatedSecondPairTravels();
    void nonEmptyTargetIsRefusedAndKept();
    void newerSchemaIsRefused();
    void backupInsideTheDataDirectoryIsRefused();
    void aShortPassphraseIsRefused();
    void copiesOfAnInterruptedRestoreAreRemoved();
};

void TestBackupAdmin::restoresConfigurationWithoutTheQueue()
{
    Test::TempDataDir source;
    QVERIFY(source.isValid());
    const Admin admin(source.path());
    const auto created = admin.agents().create(
        QStringLiteral("billing"), {CidrRange::parse(QStringLiteral("10.0.0.0/24")).value()},
        {CidrRange::parse(QStringLiteral("192.0.2.7")).value()}, QString());
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QVERIFY(admin.settings().set({{QStringLiteral("limits.max_recipients"), QStringLiteral("7")}}).ok());
    // A route that logs in: its password is a secret of the backup as the smarthost's is.
    RouteEntry partner{QStringLiteral("partner.test"), QStringLiteral("mx.partner.test"), 587,
                       TlsPolicy::Verify};
    partner.username = "office";
    partner.password = "r0ute-s3cret";
    QVERIFY(RouteStore(source.path()).setRoute(partner).ok());
    QTemporaryDir files;
    const QString file = files.filePath(QStringLiteral("b.rdbackup"));
    const auto backup = admin.backup().create(file, "a passphrase", false, BackupKeyCost::minimum());
    QVERIFY2(backup.ok(), qPrintable(backup.error()));
    QCOMPARE(backup->agents, 1);
    QVERIFY(!backup->withQueue);
    QVERIFY(!backup->certificate);
    QCOMPARE(backup->routePasswords, 1);

    const QString target = files.filePath(QStringLiteral("restored"));
    const auto restored = BackupAdmin(target).restore(file, "a passphrase", false);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QVERIFY(restored->keptAside.isEmpty());
    const auto agent = Admin(target).agents().agent(QStringLiteral("billing"));
    QVERIFY2(agent.ok(), qPrintable(agent.error()));
    QCOMPARE(agent->description, QStringLiteral(""));
    QVERIFY(!agent->description.isNull());
    QCOMPARE(agent->allowlist.size(), 1);
    QCOMPARE(agent->trustedDevices.size(), 1);
    QCOMPARE(Settings(target).value(QStringLiteral("limits.max_recipients")), QStringLiteral("7"));
    const auto credentials = Admin(target).agents().credentials(QStringLiteral("billing"));
    QVERIFY(credentials.ok());
    QCOMPARE(credentials->size(), 1);
    QCOMPARE(credentials->constFirst().username, created->credential.credential.username);
    const Route route = RouteStore(target).load()->routeFor(QStringLiteral("partner.test"));
    QCOMPARE(route.username, QByteArray("office"));
    QCOMPARE(route.password, QByteArray("r0ute-s3cret"));
    Database::releaseThreadConnection(target);
}

void TestBackupAdmin::certificateFileHoldingItsKey()
{
    Test::TempDataDir source;
    QTemporaryDir files;
    const QString certificate = files.filePath(QStringLiteral("c.pem"));
    const QString key = files.filePath(QStringLiteral("k.pem"));
    QVERIFY(CertificateGenerator::generate(certificate, key, QStringLiteral("relay.test")).ok());
    const QString combined = files.filePath(QStringLiteral("both.pem"));
    {
        QFile out(combined);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QFile a(certificate), b(key);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        out.write(a.readAll() + b.readAll());
    }
    // Stored by an older version: the settings now refuse tls.certificate without tls.key.
    {
        auto db = Database::connection(source.path());
        QVERIFY(db.ok());
        QSqlQuery query(db.value());
        query.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES('tls.certificate', ?)"));
        query.addBindValue(combined);
        QVERIFY(query.exec());
    }
    const QString file = files.filePath(QStringLiteral("b.rdbackup"));
    const auto backup =
        Admin(source.path()).backup().create(file, "a passphrase", false, BackupKeyCost::minimum());
    QVERIFY2(backup.ok(), qPrintable(backup.error()));
    QVERIFY(backup->certificate);
    const QString target = files.filePath(QStringLiteral("restored"));
    const auto restored = BackupAdmin(target).restore(file, "a passphrase", false);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    const QString restoredCertificate = QDir(target).filePath(QStringLiteral("tls/restored.crt"));
    QCOMPARE(Settings(target).value(QStringLiteral("tls.certificate")), restoredCertificate);
    QCOMPARE(Settings(target).value(QStringLiteral("tls.key")), QString());
    // It holds the key: owner-only.
    QCOMPARE(QFileInfo(restoredCertificate).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    Database::releaseThreadConnection(target);
}

// `tls generate` sets an RSA pair beside the ECDSA one (tls.second_certificate, tls.second_key): a restore
// puts it back and names it, so that RSA-only devices connect to the restored relay too.
void TestBackupAdmin::generatedSecondPairTravels()
{
    Test::TempDataDir source;
    const auto generated =
        Admin(source.path()).certificates().generateSelfSigned(QStringLiteral("relay.test"));
    QVERIFY2(generated.ok(), qPrintable(generated.error()));
    QVERIFY(!generated->secondCertificatePath.isEmpty());
    QTemporaryDir files;
    const QString file = files.filePath(QStringLiteral("b.rdbackup"));
    const auto backup =
        Admin(source.path()).backup().create(file, "a passphrase", false, BackupKeyCost::minimum());
    QVERIFY2(backup.ok(), qPrintable(backup.error()));
    const QString target = files.filePath(QStringLiteral("restored"));
    const auto restored = BackupAdmin(target).restore(file, "a passphrase", false);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    const QString second = QDir(target).filePath(QStringLiteral("tls/restored.second.crt"));
    const QString secondKey = QDir(target).filePath(QStringLiteral("tls/restored.second.key"));
    QCOMPARE(Settings(target).value(QStringLiteral("tls.second_certificate")), second);
    QCOMPARE(Settings(target).value(QStringLiteral("tls.second_key")), secondKey);
    const auto info = Admin(target).certificates().current();
    QVERIFY2(info.ok(), qPrintable(info.error()));
    QCOMPARE(info->secondKeyType, QStringLiteral("RSA"));
    QCOMPARE(info->secondProblem, QString());
    QCOMPARE(info->secondFingerprint, generated->secondFingerprint);
    QCOMPARE(QFileInfo(secondKey).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    Database::releaseThreadConnection(target);
}

void TestBackupAdmin::nonEmptyTargetIsRefusedAndKept()
{
    Test::TempDataDir source;
    QTemporaryDir files;
    const QString file = files.filePath(QStringLiteral("b.rdbackup"));
    QVERIFY(Admin(source.path()).backup().create(file, "a passphrase", true, BackupKeyCost::minimum()).ok());
    const QString target = files.filePath(QStringLiteral("occupied"));
    QVERIFY(QDir().mkpath(target));
    QFile mine(QDir(target).filePath(QStringLiteral("mine.txt")));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.close();
    // A relay's data directory (a folder of other files is never replaced: backupadmin.cpp).
    QFile store(QDir(target).filePath(QStringLiteral("relaydesk.sqlite")));
    QVERIFY(store.open(QIODevice::WriteOnly));
    store.close();
    const QStringList held{QStringLiteral("mine.txt"), QStringLiteral("relaydesk.sqlite")};
    const auto refused = BackupAdmin(target).restore(file, "a passphrase", false);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("is not empty")), qPrintable(refused.error()));
    // A file that is not there says so first, before anything about the target.
    const auto missing =
        BackupAdmin(target).restore(files.filePath(QStringLiteral("none.rdbackup")), "a passphrase", false);
    QVERIFY(!missing);
    QVERIFY2(!missing.error().contains(QStringLiteral("is not empty")), qPrintable(missing.error()));
    QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), held);
    // A wrong passphrase with --force changes nothing either.
    QVERIFY(!BackupAdmin(target).restore(file, "wrong", true));
    QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), held);
    QCOMPARE(QDir(files.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 2);
}

void TestBackupAdmin::newerSchemaIsRefused()
{
    Test::TempDataDir target;
    const QCborMap snapshot{{QStringLiteral("schema"), Database::schemaVersion() + 1},
                            {QStringLiteral("tables"), QCborMap()}};
    const Status status = StoreSnapshot::write(target.path(), snapshot);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(QStringLiteral("newer RelayDesk")), qPrintable(status.error()));
}

/// A backup over the live store (`backup create DATADIR/relaydesk.sqlite --force`) destroyed it.
void TestBackupAdmin::backupInsideTheDataDirectoryIsRefused()
{
    Test::TempDataDir source;
    const Admin admin(source.path());
    QVERIFY(admin.settings().set({{QStringLiteral("limits.max_recipients"), QStringLiteral("7")}}).ok());
    // A route that logs in: its password is a secret of the backup as the smarthost's is.
    RouteEntry partner{QStringLiteral("partner.test"), QStringLiteral("mx.partner.test"), 587,
                       TlsPolicy::Verify};
    partner.username = "office";
    partner.password = "r0ute-s3cret";
    QVERIFY(RouteStore(source.path()).setRoute(partner).ok());
    QTemporaryDir files;
    const QString link = files.filePath(QStringLiteral("link-to-data"));
    QVERIFY(QFile::link(source.path(), link));
    for (const QString& target :
         QStringList{QDir(source.path()).filePath(QStringLiteral("relaydesk.sqlite")), source.path(),
                     QDir(source.path()).filePath(QStringLiteral("tls/new/b.rdbackup")),
                     link + QStringLiteral("/relaydesk.sqlite"),
                     files.filePath(QStringLiteral("x/../link-to-data/b.rdbackup"))}) {
        const auto refused = admin.backup().create(target, "a passphrase", true, BackupKeyCost::minimum());
        QVERIFY2(!refused, qPrintable(target));
        QVERIFY2(refused.error().contains(QStringLiteral("is inside the data directory")),
                 qPrintable(refused.error()));
    }
    QCOMPARE(Settings(source.path()).value(QStringLiteral("limits.max_recipients")), QStringLiteral("7"));
    QVERIFY(!QFileInfo::exists(QDir(source.path()).filePath(QStringLiteral("tls/new"))));
    // Beside it is fine.
    QVERIFY(admin.backup().create(files.filePath(QStringLiteral("b.rdbackup")), "a passphrase", true,
                                  BackupKeyCost::minimum()));
}

/// A one-character passphrase made a backup of the DKIM keys and the smarthost password that anyone with the
/// file could open by trying: a new backup's passphrase has at least eight characters (restores take any).
void TestBackupAdmin::aShortPassphraseIsRefused()
{
    Test::TempDataDir source;
    const Admin admin(source.path());
    QTemporaryDir files;
    const QString file = files.filePath(QStringLiteral("b.rdbackup"));
    for (const QByteArray& passphrase :
         {QByteArray(), QByteArray("x"), QByteArray("1234567"), QString::fromUtf8("äöüßäöü").toUtf8()}) {
        const auto refused = admin.backup().create(file, passphrase, false, BackupKeyCost::minimum());
        QVERIFY2(!refused, passphrase.constData());
        QVERIFY2(refused.error().contains(passphrase.isEmpty() ? QStringLiteral("the passphrase is empty")
                                                               : QStringLiteral("has at least 8")),
                 qPrintable(refused.error()));
        QVERIFY(!QFileInfo::exists(file));
    }
    QCOMPARE(
        BackupAdmin::passphraseProblem("x"),
        QStringLiteral("the passphrase has 1 character(s); a backup's passphrase has at least 8, since the "
                       "file holds the DKIM keys and the smarthost's and routes' passwords"));
    QVERIFY(
        admin.backup().create(file, QString::fromUtf8("äöüßäöüß").toUtf8(), false, BackupKeyCost::minimum()));
}

/// A restore killed half way left its decrypted copy beside the data directory (".NAME.restore-XXXXXX"); the
/// next restore removes it, but never the copy of a restore that runs (it holds a lock on its folder).
void TestBackupAdmin::copiesOfAnInterruptedRestoreAreRemoved()
{
    Test::TempDataDir source;
    QTemporaryDir files;
    const QString file = files.filePath(QStringLiteral("b.rdbackup"));
    QVERIFY(Admin(source.path()).backup().create(file, "a passphrase", true, BackupKeyCost::minimum()).ok());
    const QString target = files.filePath(QStringLiteral("office"));
    const QString left = files.filePath(QStringLiteral(".office.restore-AbC123"));
    QVERIFY(QDir().mkpath(left));
    QFile decrypted(QDir(left).filePath(QStringLiteral("relaydesk.sqlite")));
    QVERIFY(decrypted.open(QIODevice::WriteOnly));
    decrypted.write("decrypted store");
    decrypted.close();
    // One that a running restore holds.
    const QString running = files.filePath(QStringLiteral(".office.restore-XyZ789"));
    QVERIFY(QDir().mkpath(running));
    const int held = ::open(QFile::encodeName(running).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    QVERIFY(held >= 0);
    QCOMPARE(::flock(held, LOCK_EX), 0);
    // And a folder of another data directory's restore.
    const QString other = files.filePath(QStringLiteral(".office2.restore-Qwe456"));
    QVERIFY(QDir().mkpath(other));

    const auto restored = BackupAdmin(target).restore(file, "a passphrase", false);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(restored->abandonedStagingRemoved, 1);
    QVERIFY(!QFileInfo::exists(left));
    QVERIFY(QFileInfo::exists(running));
    QVERIFY(QFileInfo::exists(other));
    ::close(held);
    // The restore's own folder became the data directory; nothing else of it is left.
    QCOMPARE(QDir(files.path()).entryList({QStringLiteral(".office.restore-*")}, QDir::Dirs | QDir::Hidden),
             QStringList{QStringLiteral(".office.restore-XyZ789")});
    Database::releaseThreadConnection(target);
}

QTEST_GUILESS_MAIN(TestBackupAdmin)
#include "tst_backupadmin.moc"
