#include "core/admin/backupfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace RelayDesk;

/// The encrypted backup file format (core/admin/backupfile.h): Argon2id key derivation with its parameters in
/// the authenticated header, a secretstream in chunks ending with TAG_FINAL. The tests derive keys at
/// libsodium's lowest cost (BackupKeyCost::minimum()) to stay fast; the format is the same at every cost.
class TestBackupFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void standardCostIsStoredInTheHeader();
    void wrongPassphraseIsRefused();
    void flippedByteIsRefused_data();
    void flippedByteIsRefused();
    void truncatedFileIsRefused_data();
    void truncatedFileIsRefused();
    void trailingBytesAreRefused();
    void wrongMagicIsRefused();
    void otherFormatVersionIsRefused();
    void emptyPassphraseIsRefused();
    void writesOwnerOnlyFileThroughRename();

private:
    static QByteArray payload(qsizetype size);
    static QByteArray sealed(const QByteArray& plaintext, const QByteArray& passphrase = "correct horse");
};

QByteArray TestBackupFile::payload(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 7 + i / 251) & 0xff);
    return data;
}

QByteArray TestBackupFile::sealed(const QByteArray& plaintext, const QByteArray& passphrase)
{
    const auto file = BackupFile::seal(plaintext, passphrase, BackupKeyCost::minimum());
    if (!file)
        qFatal("seal failed: %s", qPrintable(file.error()));
    return file.value();
}

void TestBackupFile::roundTrip_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::newRow("empty") << qsizetype(0);
    QTest::newRow("small") << qsizetype(100);
    QTest::newRow("one chunk exactly") << BackupFile::chunkSize;
    QTest::newRow("several chunks") << 3 * BackupFile::chunkSize + 17;
}

void TestBackupFile::roundTrip()
{
    QFETCH(qsizetype, size);
    const QByteArray plaintext = payload(size);
    const QByteArray file = sealed(plaintext);
    QVERIFY(file.startsWith("RDBACKUP"));
    if (size >= 16)
        QVERIFY(!file.contains(plaintext.left(16)));
    const auto opened = BackupFile::open(file, "correct horse");
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(opened.value(), plaintext);
    // A new salt and a new stream header each time: two backups of the same data differ.
    QVERIFY(sealed(plaintext) != file);
}

void TestBackupFile::standardCostIsStoredInTheHeader()
{
    const BackupKeyCost standard = BackupKeyCost::standard();
    QVERIFY(standard.opsLimit >= 3);
    QVERIFY(standard.memLimit >= 256ull * 1024 * 1024);
    const QByteArray file = sealed("x");
    // magic, version, algorithm, then opslimit and memlimit big-endian.
    QCOMPARE(int(file[8]), BackupFile::formatVersion);
    QCOMPARE(qFromBigEndian<quint64>(file.constData() + 10), BackupKeyCost::minimum().opsLimit);
    QCOMPARE(qFromBigEndian<quint64>(file.constData() + 18), BackupKeyCost::minimum().memLimit);
}

void TestBackupFile::wrongPassphraseIsRefused()
{
    const QByteArray file = sealed(payload(1000));
    const auto opened = BackupFile::open(file, "Correct horse");
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QLatin1String("wrong passphrase")), qPrintable(opened.error()));
}

void TestBackupFile::flippedByteIsRefused_data()
{
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("message");
    const qsizetype header = 8 + 1 + 1 + 8 + 8 + 16;
    QTest::newRow("salt (authenticated header)") << header - 1 << QStringLiteral("wrong passphrase");
    QTest::newRow("stream header") << header + 3 << QStringLiteral("wrong passphrase");
    QTest::newRow("first chunk") << header + 24 + 4 + 10 << QStringLiteral("wrong passphrase");
    QTest::newRow("second chunk") << header + 24 + 4 + BackupFile::chunkSize + 17 + 4 + 100
                                  << QStringLiteral("damaged");
    QTest::newRow("last byte") << qsizetype(-1) << QStringLiteral("damaged");
}

void TestBackupFile::flippedByteIsRefused()
{
    QFETCH(qsizetype, offset);
    QFETCH(QString, message);
    QByteArray file = sealed(payload(BackupFile::chunkSize + 500));
    if (offset < 0)
        offset += file.size();
    file[offset] = char(file[offset] ^ 0x01);
    const auto opened = BackupFile::open(file, "correct horse");
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(message), qPrintable(opened.error()));
}

void TestBackupFile::truncatedFileIsRefused_data()
{
    QTest::addColumn<qsizetype>("keep");
    const qsizetype firstChunkEnd = 42 + 24 + 4 + BackupFile::chunkSize + 17;
    QTest::newRow("inside the header") << qsizetype(20);
    QTest::newRow("after the stream header") << qsizetype(42 + 24);
    QTest::newRow("inside a chunk") << firstChunkEnd - 5;
    QTest::newRow("at a chunk boundary, before the final chunk") << firstChunkEnd;
    QTest::newRow("one byte short") << qsizetype(-1);
}

void TestBackupFile::truncatedFileIsRefused()
{
    QFETCH(qsizetype, keep);
    const QByteArray file = sealed(payload(BackupFile::chunkSize + 500));
    const auto opened = BackupFile::open(file.left(keep < 0 ? file.size() + keep : keep), "correct horse");
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QLatin1String("truncated")), qPrintable(opened.error()));
}

void TestBackupFile::trailingBytesAreRefused()
{
    const auto opened = BackupFile::open(sealed(payload(100)) + "extra", "correct horse");
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QLatin1String("damaged")), qPrintable(opened.error()));
}

void TestBackupFile::wrongMagicIsRefused()
{
    QByteArray file = sealed(payload(100));
    file[0] = 'X';
    auto opened = BackupFile::open(file, "correct horse");
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QLatin1String("not a RelayDesk backup")), qPrintable(opened.error()));
    opened = BackupFile::open("-----BEGIN CERTIFICATE-----\nMIIB\n", "correct horse");
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QLatin1String("not a RelayDesk backup")), qPrintable(opened.error()));
    QVERIFY(!BackupFile::open(QByteArray(), "correct horse"));
}

void TestBackupFile::otherFormatVersionIsRefused()
{
    QByteArray file = sealed(payload(100));
    file[8] = char(2);
    const auto opened = BackupFile::open(file, "correct horse");
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QLatin1String("format version 2")), qPrintable(opened.error()));
}

void TestBackupFile::emptyPassphraseIsRefused()
{
    const auto file = BackupFile::seal("data", QByteArray(), BackupKeyCost::minimum());
    QVERIFY(!file);
    QVERIFY2(file.error().contains(QLatin1String("passphrase is empty")), qPrintable(file.error()));
    const auto opened = BackupFile::open(sealed("data"), QByteArray());
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QLatin1String("passphrase is empty")), qPrintable(opened.error()));
}

void TestBackupFile::writesOwnerOnlyFileThroughRename()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("relaydesk.backup"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older backup");
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    const Status written = BackupFile::write(path, payload(5000), "correct horse", BackupKeyCost::minimum());
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(path).permissions() & others, QFileDevice::Permissions());
    QVERIFY(QFileInfo(path).permissions().testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("relaydesk.backup")});
    const auto read = BackupFile::read(path, "correct horse");
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read.value(), payload(5000));
    // A failed write (no such folder) leaves nothing behind and names the file.
    const Status failed = BackupFile::write(dir.filePath(QStringLiteral("missing/b.backup")), "x", "pw",
                                            BackupKeyCost::minimum());
    QVERIFY(!failed);
    QVERIFY2(failed.error().contains(QLatin1String("missing/b.backup")), qPrintable(failed.error()));
}

QTEST_GUILESS_MAIN(TestBackupFile)
#include "tst_backupfile.moc"
