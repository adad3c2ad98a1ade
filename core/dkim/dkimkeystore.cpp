#include "core/dkim/dkimkeystore.h"
#include "core/agents/sqltransaction.h"
#include "core/dkim/dkimkeysinqueue.h"
#include "core/store/database.h"
#include "core/store/nodesecrets.h"
#include "core/util/datadirmode.h"
#include "core/util/filecontents.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <openssl/crypto.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace RelayDesk {

namespace {

DkimKeyRecord::State parseState(const QString& name)
{
    if (name == QLatin1String("active"))
        return DkimKeyRecord::State::Active;
    if (name == QLatin1String("grace"))
        return DkimKeyRecord::State::Grace;
    return DkimKeyRecord::State::Retired;
}

// The data directory decides who may read the keys (DataDirMode): its owner alone (0700), or in a directory
// shared with its group (the packaged service's 2770) the group too, so that the service reads a key an admin
// of the group made. They were 0700 and 0600 whoever made them: the service could not read an admin's key and
// sent mail unsigned (an outside tester); a directory another member had made could not be "restricted".
Status makeKeyDirectory(const QString& path, const DataDirMode& mode)
{
    if (!QDir().mkpath(path))
        return Status::failure(QStringLiteral("cannot create %1").arg(path));
    DataDirMode::apply(path, mode.directoryMode());
    return {};
}

// docs/architecture.md, "secrets stay secret": created with the data directory's secret mode (0600, or 0640
// in a group-shared one; never readable by others) before a byte is written, synced, then renamed into
// place, so that a key file is whole or absent.
Status writeKeyFile(const QString& path, const QByteArray& pem, const DataDirMode& mode)
{
    const QString temporary = path + QStringLiteral(".new");
    QFile::remove(temporary);
    const QByteArray name = QFile::encodeName(temporary);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Status::failure(
            QStringLiteral("cannot write %1: %2").arg(temporary, QString::fromLocal8Bit(strerror(errno))));
    if (::fchmod(fd, mode_t(mode.secretMode())) != 0) {
        ::close(fd);
        QFile::remove(temporary);
        return Status::failure(QStringLiteral("cannot set the mode of %1").arg(temporary));
    }
    qsizetype written = 0;
    while (written < pem.size()) {
        const ssize_t n = ::write(fd, pem.constData() + written, size_t(pem.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        written += n;
    }
    const bool ok = written == pem.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok || ::rename(name.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        return Status::failure(QStringLiteral("cannot write %1").arg(path));
    }
    return {};
}

DkimKeyRecord readRecord(const QSqlQuery& query)
{
    DkimKeyRecord record;
    record.id = query.value(0).toLongLong();
    record.domain = query.value(1).toString();
    record.selector = query.value(2).toString();
    record.algorithm =
        parseDkimAlgorithm(query.value(3).toString().toLatin1()).value_or(DkimAlgorithm::RsaSha256);
    record.publicKey = query.value(4).toString().toLatin1();
    record.state = parseState(query.value(5).toString());
    record.createdAt = query.value(6).toLongLong();
    record.retireAt = query.value(7).toLongLong();
    return record;
}

const QString recordColumns =
    QStringLiteral("id, domain, selector, algorithm, public_key, state, created_at, retire_at");

} // namespace

DkimKeyStore::DkimKeyStore(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString DkimKeyStore::selectorName(const QString& dayUtc, int sameDay, DkimAlgorithm algorithm)
{
    const QString letter = sameDay > 0 ? QString(QChar(u'a' + qMin(sameDay, 25))) : QString();
    return QStringLiteral("rd") + dayUtc + letter + QLatin1Char('-') +
           QString::fromLatin1(dkimSelectorSuffix(algorithm));
}

QString DkimKeyStore::directory() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("dkim"));
}

QString DkimKeyStore::keyPath(const QString& domain, const QString& selector) const
{
    return QDir(directory()).filePath(domain + QLatin1Char('/') + selector + QStringLiteral(".pem"));
}

Expected<QList<DkimKeyRecord>> DkimKeyStore::keys(const QString& domain, bool withRetired) const
{
    using Result = Expected<QList<DkimKeyRecord>>;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    QStringList conditions;
    if (!domain.isEmpty())
        conditions << QStringLiteral("domain = :domain");
    if (!withRetired)
        conditions << QStringLiteral("state <> 'retired'");
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM dkim_keys%2 ORDER BY domain, created_at DESC, algorithm DESC, id DESC")
            .arg(recordColumns, conditions.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))));
    if (!domain.isEmpty())
        query.bindValue(QStringLiteral(":domain"), domain);
    if (!query.exec())
        return Result::failure(QStringLiteral("cannot read the DKIM keys: %1").arg(query.lastError().text()));
    QList<DkimKeyRecord> records;
    while (query.next())
        records << readRecord(query);
    return records;
}

Expected<QList<DkimKeyRecord>> DkimKeyStore::addKeys(const QString& domain,
                                                     const QList<DkimAlgorithm>& algorithms, qint64 nowMs,
                                                     qint64 graceMs)
{
    using Result = Expected<QList<DkimKeyRecord>>;
    if (algorithms.isEmpty())
        return Result::failure(QStringLiteral("no DKIM algorithm chosen"));
    auto existing = keys(domain, true);
    if (!existing)
        return Result::failure(existing.error());
    QSet<QString> taken;
    for (const DkimKeyRecord& record : existing.value())
        taken.insert(record.selector);
    const QString day = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QStringLiteral("yyyyMMdd"));
    int sameDay = 0;
    const auto free = [&] {
        for (DkimAlgorithm algorithm : algorithms) {
            if (taken.contains(selectorName(day, sameDay, algorithm)))
                return false;
        }
        return true;
    };
    while (!free()) {
        if (++sameDay > 25)
            return Result::failure(QStringLiteral("too many DKIM keys made today for %1").arg(domain));
    }

    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    // On PostgreSQL the private keys go into node_secrets with the rows, for every node (docs/postgresql.md).
    const bool shared = NodeSecrets::shared(db.value());
    if (!shared) {
        if (Status made = makeKeyDirectory(directory(), DataDirMode(m_dataDir)); !made)
            return Result::failure(made.error());
        if (Status made = makeKeyDirectory(QDir(directory()).filePath(domain), DataDirMode(m_dataDir)); !made)
            return Result::failure(made.error());
    }
    QList<DkimKeyRecord> records;
    QList<QByteArray> sharedPems;
    const auto cleanse = [&sharedPems] {
        for (QByteArray& pem : sharedPems)
            OPENSSL_cleanse(pem.data(), size_t(pem.size()));
    };
    QStringList written;
    const auto undo = [&written] {
        for (const QString& path : std::as_const(written))
            QFile::remove(path);
    };
    for (DkimAlgorithm algorithm : algorithms) {
        auto key = DkimPrivateKey::generate(algorithm);
        if (!key) {
            undo();
            return Result::failure(key.error());
        }
        DkimKeyRecord record;
        record.domain = domain;
        record.selector = selectorName(day, sameDay, algorithm);
        record.algorithm = algorithm;
        record.publicKey = key.value()->publicKeyBase64();
        record.createdAt = nowMs;
        QByteArray pem = key.value()->toPem();
        const QString path = keyPath(domain, record.selector);
        const Status stored = pem.isEmpty() ? Status::failure(QStringLiteral("cannot encode the DKIM key"))
                              : shared      ? Status()
                                            : writeKeyFile(path, pem, DataDirMode(m_dataDir));
        if (stored && shared)
            sharedPems << QByteArray(pem.constData(), pem.size()); // its own copy, cleansed below
        if (!pem.isEmpty())
            OPENSSL_cleanse(pem.data(), size_t(pem.size()));
        if (!stored || record.publicKey.isEmpty()) {
            undo();
            cleanse();
            return Result::failure(stored ? QStringLiteral("cannot encode the DKIM public key")
                                          : stored.error());
        }
        if (!shared)
            written << path;
        records << record;
    }

    SqlTransaction transaction(db.value());
    const auto fail = [&](const QString& error) {
        undo();
        cleanse();
        return Result::failure(QStringLiteral("cannot save the DKIM keys: %1").arg(error));
    };
    if (Status begun = transaction.begin(); !begun)
        return fail(begun.error());
    QSqlQuery query(db.value());
    query.prepare(QStringLiteral(
        "UPDATE dkim_keys SET state = 'grace', retire_at = ? WHERE domain = ? AND state = 'active'"));
    query.addBindValue(nowMs + graceMs);
    query.addBindValue(domain);
    if (!query.exec())
        return fail(query.lastError().text());
    query.prepare(
        QStringLiteral("INSERT INTO dkim_keys(domain, selector, algorithm, public_key, state, created_at,"
                       " retire_at) VALUES(?, ?, ?, ?, 'active', ?, 0) RETURNING id"));
    for (DkimKeyRecord& record : records) {
        query.addBindValue(record.domain);
        query.addBindValue(record.selector);
        query.addBindValue(QString::fromLatin1(dkimAlgorithmName(record.algorithm)));
        query.addBindValue(QString::fromLatin1(record.publicKey));
        query.addBindValue(record.createdAt);
        if (!query.exec() || !query.next())
            return fail(query.lastError().text());
        record.id = query.value(0).toLongLong();
        query.finish(); // SQLite: a RETURNING statement ends before the commit
    }
    NodeSecrets secrets(db.value());
    for (qsizetype i = 0; i < sharedPems.size(); ++i) {
        if (Status stored =
                secrets.write(NodeSecrets::dkimName(domain, records.at(i).selector), sharedPems.at(i), nowMs);
            !stored)
            return fail(stored.error());
    }
    if (Status committed = transaction.commit(); !committed)
        return fail(committed.error());
    cleanse();
    return records;
}

Expected<int> DkimKeyStore::retireDomain(const QString& domain)
{
    return retireWhere(QStringLiteral("domain = ? AND state <> 'retired'"), {domain}, false);
}

Expected<int> DkimKeyStore::retireExpired(qint64 nowMs)
{
    // A key whose signature queued mail still carries stays in grace past retire_at: a retry sends the
    // signature made at the first attempt, which verifies only while the key is published.
    return retireWhere(QStringLiteral("state = 'grace' AND retire_at <= ?"), {nowMs}, true);
}

Expected<int> DkimKeyStore::retireWhere(const QString& condition, const QVariantList& values,
                                        bool keepCarried)
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<int>::failure(db.error());
    QSqlQuery query(db.value());
    query.prepare(QStringLiteral("SELECT id, domain, selector FROM dkim_keys WHERE ") + condition);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Expected<int>::failure(
            QStringLiteral("cannot read the DKIM keys: %1").arg(query.lastError().text()));
    QList<qint64> ids;
    QStringList files;
    QStringList names;
    while (query.next()) {
        const QString domain = query.value(1).toString();
        const QString selector = query.value(2).toString();
        if (keepCarried) {
            const auto carried = DkimKeysInQueue::carried(db.value(), domain, selector);
            if (!carried)
                return Expected<int>::failure(carried.error());
            if (carried.value())
                continue;
        }
        ids << query.value(0).toLongLong();
        files << keyPath(domain, selector);
        names << NodeSecrets::dkimName(domain, selector);
    }
    query.finish();
    if (ids.isEmpty())
        return 0;
    SqlTransaction transaction(db.value());
    if (Status begun = transaction.begin(); !begun)
        return Expected<int>::failure(QStringLiteral("cannot retire the DKIM keys: %1").arg(begun.error()));
    query.prepare(QStringLiteral("UPDATE dkim_keys SET state = 'retired', retire_at = 0 WHERE id = ?"));
    for (qint64 id : std::as_const(ids)) {
        query.addBindValue(id);
        if (!query.exec())
            return Expected<int>::failure(
                QStringLiteral("cannot retire the DKIM keys: %1").arg(query.lastError().text()));
    }
    if (Status committed = transaction.commit(); !committed)
        return Expected<int>::failure(
            QStringLiteral("cannot retire the DKIM keys: %1").arg(committed.error()));
    // After the rows: a key file is never missing for a key that is still in use.
    if (NodeSecrets::shared(db.value())) {
        NodeSecrets secrets(db.value());
        for (const QString& name : std::as_const(names)) {
            if (Status removed = secrets.remove(name); !removed)
                return Expected<int>::failure(removed.error());
        }
        return int(names.size());
    }
    for (const QString& file : std::as_const(files))
        QFile::remove(file);
    return int(files.size());
}

Expected<std::shared_ptr<const DkimPrivateKey>> DkimKeyStore::privateKey(const DkimKeyRecord& record) const
{
    using Result = Expected<std::shared_ptr<const DkimPrivateKey>>;
    auto pem = privateKeyPem(record);
    if (!pem)
        return Result::failure(pem.error());
    auto key = DkimPrivateKey::fromPem(pem.value(), record.algorithm);
    OPENSSL_cleanse(pem.value().data(), size_t(pem.value().size()));
    return key;
}

void DkimKeyStore::checkSigning(QList<DkimKeyRecord>& keys) const
{
    for (DkimKeyRecord& key : keys) {
        if (key.state != DkimKeyRecord::State::Active)
            continue; // only the active keys sign
        const auto loaded = privateKey(key);
        key.cannotSign = loaded ? QString() : loaded.error();
    }
}

Expected<QList<DkimKeyRecord>> DkimKeyStore::unusableKeys() const
{
    auto all = keys();
    if (!all)
        return all;
    checkSigning(all.value());
    QList<DkimKeyRecord> unusable;
    for (const DkimKeyRecord& key : std::as_const(all.value())) {
        if (!key.cannotSign.isEmpty())
            unusable.append(key);
    }
    return unusable;
}

Expected<QByteArray> DkimKeyStore::privateKeyPem(const DkimKeyRecord& record) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<QByteArray>::failure(db.error());
    if (!NodeSecrets::shared(db.value()))
        return readFileContents(keyPath(record.domain, record.selector));
    auto stored = NodeSecrets(db.value()).read(NodeSecrets::dkimName(record.domain, record.selector));
    if (!stored)
        return Expected<QByteArray>::failure(stored.error());
    if (!stored.value())
        return Expected<QByteArray>::failure(
            QStringLiteral("the store holds no private key for %1 (selector %2)")
                .arg(record.domain, record.selector));
    return stored.value().value();
}

} // namespace RelayDesk
