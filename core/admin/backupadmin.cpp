#include "core/admin/backupadmin.h"
#include "core/admin/restorestaging.h"
#include "core/dkim/dkimkeystore.h"
#include "core/store/datadirectory.h"
#include "core/store/enginelock.h"
#include "core/store/nodesecrets.h"
#include "core/util/filecontents.h"
#include "core/util/pathplace.h"

#include "core/routing/routesecrets.h"
#include "core/routing/routestore.h"
#include "core/store/database.h"
#include "core/store/settings.h"
#include "core/store/storeaddress.h"
#include "core/store/storesnapshot.h"
#include "core/tls/certificategenerator.h"
#include "core/util/shellword.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <sodium.h>

#include <cstdio>

#include <sys/stat.h>
#include <unistd.h>

namespace RelayDesk {

namespace {

/// Messages of a data directory's store that still wait for delivery (0 when it has no store), but for those
/// the backup restores (by queue id): a restore --force leaves the rest in the directory it keeps aside,
/// where no relay delivers them. (The restored ones counted too read as more mail left behind: an outside
/// tester.)
int waitingMessages(const QString& dataDir, const QSet<QString>& restored)
{
    if (!QFileInfo::exists(QDir(dataDir).filePath(QStringLiteral("relaydesk.sqlite"))))
        return 0;
    int count = 0;
    {
        auto db = Database::connection(dataDir);
        if (!db)
            return 0;
        QSqlQuery query(db.value());
        query.setForwardOnly(true);
        if (query.exec(
                QStringLiteral("SELECT m.queue_id FROM messages m WHERE EXISTS (SELECT 1 FROM recipients r"
                               " WHERE r.message_id = m.id AND r.state IN ('queued','deferred'))"))) {
            while (query.next())
                count += restored.contains(query.value(0).toString()) ? 0 : 1;
        }
    }
    Database::releaseThreadConnection(dataDir);
    return count;
}

// The window shows these refusals too: translated there, English in the CLI (which installs no translator).
QString backupAdminText(const char* text)
{
    return QCoreApplication::translate("RelayDesk::BackupAdmin", text);
}

const QString formatName = QStringLiteral("relaydesk-configuration");
const QString backupCertificateKey = QStringLiteral("tls.certificate");
const QString backupKeyKey = QStringLiteral("tls.key");
// The second pair (RSA beside ECDSA, docs/security.md, "Listener certificates") travels the same way.
const QString backupSecondCertificateKey = QStringLiteral("tls.second_certificate");
const QString backupSecondKeyKey = QStringLiteral("tls.second_key");
// The DKIM private keys travel as files named by their place in the data directory: dkim/DOMAIN/SELECTOR.pem.
const QString dkimPrefix = QStringLiteral("dkim/");

bool isDkimKeyName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^dkim/[a-z0-9.-]+/[A-Za-z0-9-]+\\.pem$"));
    return pattern.match(name).hasMatch() && !name.contains(QLatin1String(".."));
}

// Created readable by the owner only before a byte is written (docs/architecture.md, "secrets stay secret").
Status writeSecretFile(const QString& path, const QByteArray& data, bool secret)
{
    QFile file(path);
    const auto permissions = secret ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                    : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions) ||
        file.write(data) != data.size() || !file.flush())
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

int rowCount(const QCborMap& store, const QString& table)
{
    return int(store.value(QStringLiteral("tables"))
                   .toMap()
                   .value(table)
                   .toMap()
                   .value(QStringLiteral("rows"))
                   .toArray()
                   .size());
}

/// The queue ids of the messages a backup carries (none without its queue).
QSet<QString> queueIdsOf(const QCborMap& store)
{
    const QCborMap messages =
        store.value(QStringLiteral("tables")).toMap().value(QStringLiteral("messages")).toMap();
    const QCborArray columns = messages.value(QStringLiteral("columns")).toArray();
    qsizetype column = -1;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).toString() == QLatin1String("queue_id"))
            column = i;
    }
    QSet<QString> ids;
    if (column < 0)
        return ids;
    for (const QCborValue& row : messages.value(QStringLiteral("rows")).toArray())
        ids.insert(row.toArray().at(column).toString());
    return ids;
}

BackupContents describe(const QCborMap& payload)
{
    const QCborMap store = payload.value(QStringLiteral("store")).toMap();
    const QCborMap files = payload.value(QStringLiteral("files")).toMap();
    BackupContents contents;
    contents.createdAt = payload.value(QStringLiteral("created_at")).toInteger();
    contents.agents = rowCount(store, QStringLiteral("agents"));
    contents.credentials = rowCount(store, QStringLiteral("credentials"));
    contents.routes = rowCount(store, QStringLiteral("routes"));
    contents.queuedMessages = rowCount(store, QStringLiteral("messages"));
    contents.withQueue = payload.value(QStringLiteral("with_queue")).toBool();
    contents.smarthostPassword = files.contains(QStringLiteral("smarthost.secret"));
    if (const auto routePasswords = RouteSecrets::parse(files.value(RouteSecrets::fileName()).toByteArray()))
        contents.routePasswords = int(routePasswords->size());
    contents.certificate = files.contains(backupCertificateKey);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        contents.dkimKeys += isDkimKeyName(it.key().toString()) ? 1 : 0;
    return contents;
}

void wipe(QByteArray& data)
{
    if (!data.isEmpty())
        sodium_memzero(data.data(), size_t(data.size()));
}

bool isEmptyDirectory(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    return info.isDir() &&
           QDir(path)
               .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)
               .isEmpty();
}

// Writes everything of payload into staging, a new data directory that will be renamed to target.
Status fill(const QString& staging, const QString& target, const QCborMap& payload)
{
    if (Status status = Database::initialize(staging); !status)
        return status;
    const QCborMap files = payload.value(QStringLiteral("files")).toMap();
    // A store on PostgreSQL (the test suite's second pass) keeps the secrets in node_secrets.
    auto db = Database::connection(staging);
    if (!db)
        return Status::failure(db.error());
    if (NodeSecrets::shared(db.value())) {
        NodeSecrets secrets(db.value());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QString name = it.key().toString();
            if (name.startsWith(dkimPrefix) && !isDkimKeyName(name))
                return Status::failure(
                    QStringLiteral("the backup names a DKIM key file %1 that is not one").arg(name));
            const QString stored = name == QLatin1String("smarthost.secret") ? NodeSecrets::smarthostName()
                                   : name == RouteSecrets::fileName()        ? RouteSecrets::sharedName()
                                   : name.startsWith(dkimPrefix) ? name.chopped(4) // "dkim/DOMAIN/SELECTOR"
                                                                 : QString();
            if (stored.isEmpty())
                continue;
            QByteArray value = it.value().toByteArray();
            const Status written = secrets.write(stored, value, now);
            wipe(value);
            if (!written)
                return written;
        }
    } else {
        const QList<std::pair<QString, QString>> secretFiles = {
            {QStringLiteral("smarthost.secret"), RouteStore(staging).secretPath()},
            {RouteSecrets::fileName(), RouteSecrets(staging).path()}};
        for (const auto& [name, path] : secretFiles) {
            if (!files.contains(name))
                continue;
            if (Status status = writeSecretFile(path, files.value(name).toByteArray(), true); !status)
                return status;
        }
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString name = it.key().toString();
        if (!name.startsWith(dkimPrefix) || NodeSecrets::shared(db.value()))
            continue;
        if (!isDkimKeyName(name))
            return Status::failure(
                QStringLiteral("the backup names a DKIM key file %1 that is not one").arg(name));
        const QString path = QDir(staging).filePath(name);
        const QString directory = QFileInfo(path).absolutePath();
        for (const QString& made : {QDir(staging).filePath(QStringLiteral("dkim")), directory}) {
            if (!QDir().mkpath(made))
                return Status::failure(QStringLiteral("cannot create %1").arg(made));
            QFile::setPermissions(made,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        if (Status status = writeSecretFile(path, it.value().toByteArray(), true); !status)
            return status;
    }
    QHash<QString, QString> overrides;
    if (files.contains(backupCertificateKey)) {
        const QString tlsDir = QDir(staging).filePath(QStringLiteral("tls"));
        if (!QDir().mkpath(tlsDir))
            return Status::failure(QStringLiteral("cannot create %1").arg(tlsDir));
        QFile::setPermissions(tlsDir,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        // A certificate the admin chose is named by the settings (at the restored place); the generated one
        // is where the engine looks for it when tls.certificate is empty (core/tls/tlscontext.cpp).
        const bool configured = payload.value(QStringLiteral("tls_configured")).toBool();
        const QString certificateName =
            configured ? QStringLiteral("restored.crt") : QStringLiteral("cert.pem");
        const QString keyName = configured ? QStringLiteral("restored.key") : QStringLiteral("key.pem");
        const bool withKey = files.contains(backupKeyKey);
        if (withKey) {
            if (Status status = writeSecretFile(QDir(tlsDir).filePath(keyName),
                                                files.value(backupKeyKey).toByteArray(), true);
                !status)
                return status;
        }
        // The certificate file may hold the key too (tls.key empty): owner-only then as well.
        if (Status status = writeSecretFile(QDir(tlsDir).filePath(certificateName),
                                            files.value(backupCertificateKey).toByteArray(), !withKey);
            !status)
            return status;
        const QDir finalTls(QDir(target).filePath(QStringLiteral("tls")));
        if (configured) {
            overrides.insert(backupCertificateKey, finalTls.filePath(certificateName));
            overrides.insert(backupKeyKey, withKey ? finalTls.filePath(keyName) : QStringLiteral(""));
        }
        // The generated RSA pair where the engine looks for it beside the generated ECDSA one; one the
        // settings name at the restored place.
        const bool withSecond =
            files.contains(backupSecondCertificateKey) && files.contains(backupSecondKeyKey);
        const QString secondCertificateName = configured
                                                  ? QStringLiteral("restored.second.crt")
                                                  : CertificateGenerator::rsaCompanion(certificateName);
        const QString secondKeyName =
            configured ? QStringLiteral("restored.second.key") : CertificateGenerator::rsaCompanion(keyName);
        if (withSecond) {
            if (Status status = writeSecretFile(QDir(tlsDir).filePath(secondKeyName),
                                                files.value(backupSecondKeyKey).toByteArray(), true);
                !status)
                return status;
            if (Status status = writeSecretFile(QDir(tlsDir).filePath(secondCertificateName),
                                                files.value(backupSecondCertificateKey).toByteArray(), false);
                !status)
                return status;
        }
        if (configured) {
            overrides.insert(backupSecondCertificateKey,
                             withSecond ? finalTls.filePath(secondCertificateName) : QStringLiteral(""));
            overrides.insert(backupSecondKeyKey,
                             withSecond ? finalTls.filePath(secondKeyName) : QStringLiteral(""));
        }
    }
    return StoreSnapshot::write(staging, payload.value(QStringLiteral("store")).toMap(), overrides);
}

Status renameDirectory(const QString& from, const QString& to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return {};
    return Status::failure(
        QStringLiteral("cannot move %1 to %2: %3").arg(from, to, QString::fromLocal8Bit(strerror(errno))));
}

/// The decrypted, checked contents of a backup file.
Expected<QCborMap> openPayload(const QString& file, const QByteArray& passphrase)
{
    auto plaintext = BackupFile::read(file, passphrase);
    if (!plaintext)
        return Expected<QCborMap>::failure(plaintext.error());
    QCborParserError parseError;
    QCborMap payload = QCborValue::fromCbor(plaintext.value(), &parseError).toMap();
    wipe(plaintext.value());
    if (parseError.error != QCborError::NoError ||
        payload.value(QStringLiteral("format")).toString() != formatName)
        return Expected<QCborMap>::failure(QStringLiteral("%1 holds no RelayDesk configuration").arg(file));
    return payload;
}

} // namespace

bool BackupAdmin::targetIsEmpty() const
{
    return isEmptyDirectory(m_dataDir);
}

QString BackupAdmin::targetProblem(const QString& file) const
{
    // Inside the data directory it could replace the store itself, and would be lost with the directory.
    if (PathPlace::isInside(file, m_dataDir))
        return backupAdminText(QT_TRANSLATE_NOOP("RelayDesk::BackupAdmin",
                                                 "%1 is inside the data directory %2: write the "
                                                 "backup to another folder, best on another disk"))
            .arg(file, m_dataDir);
    // A folder: "exists; give --force" sent an outside tester to an option that then said it was a folder.
    if (QFileInfo(file).isDir())
        return backupAdminText(QT_TRANSLATE_NOOP("RelayDesk::BackupAdmin",
                                                 "%1 is a folder: give the backup a file name, such as "
                                                 "%1/relaydesk.rdbackup"))
            .arg(QDir::cleanPath(file));
    return {};
}

Status BackupAdmin::checkFile(const QString& file)
{
    return BackupFile::check(file);
}

QString BackupAdmin::restoreBlocker() const
{
    const auto holder = EngineLock::holder(m_dataDir);
    if (!holder || holder->pid == QCoreApplication::applicationPid())
        return replaceBlocker();
    // In the window's language, with what stops it (the English text alone stood in a French window: an
    // outside tester).
    const QString pid = holder->pid > 0 ? QString::number(holder->pid) : QStringLiteral("?");
    const QString since = holder->since.isValid()
                              ? holder->since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                              : QStringLiteral("?");
    // systemctl stops the packaged service, on /var/lib/relaydesk: said for another directory, it would have
    // stopped another relay and left this one running (an outside tester).
    if (holder->face == EngineFace::Service &&
        QFileInfo(m_dataDir).canonicalFilePath() != QLatin1String("/var/lib/relaydesk"))
        return holder->pid > 0
                   ? backupAdminText(
                         QT_TRANSLATE_NOOP("RelayDesk::BackupAdmin",
                                           "the relay service (process %1, since %2) runs on the data "
                                           "directory %3: stop it before restoring (kill -TERM %1)"))
                         .arg(pid, since, m_dataDir)
                   : backupAdminText(
                         QT_TRANSLATE_NOOP("RelayDesk::BackupAdmin",
                                           "a relay service runs on the data directory %1: stop it "
                                           "before restoring"))
                         .arg(m_dataDir);
    if (holder->face == EngineFace::Service)
        return backupAdminText(QT_TRANSLATE_NOOP("RelayDesk::BackupAdmin",
                                                 "the relay service (process %1, since %2) runs on the data "
                                                 "directory %3: stop it before restoring (sudo systemctl "
                                                 "stop relaydesk)"))
            .arg(pid, since, m_dataDir);
    return backupAdminText(QT_TRANSLATE_NOOP("RelayDesk::BackupAdmin",
                                             "a relay in a RelayDesk window (process %1, since %2) runs on "
                                             "the data directory %3: quit that window before restoring"))
        .arg(pid, since, m_dataDir);
    return {};
}

QString BackupAdmin::replaceBlocker() const
{
    // An administrator in the service's group may change the relay's data directory, not replace it: the
    // directory moved aside and the restored one go into its parent (/var/lib, root's). Said before the file
    // and the passphrase; it said "cannot create a directory in /var/lib", in English in a German window (an
    // outside tester).
    if (isEmptyDirectory(m_dataDir))
        return {};
    const QString target = QDir::cleanPath(QFileInfo(m_dataDir).canonicalFilePath());
    const QString parent = QFileInfo(target).absolutePath();
    if (::access(QFile::encodeName(parent).constData(), W_OK | X_OK) == 0)
        return {};
    return backupAdminText(QT_TRANSLATE_NOOP("RelayDesk::BackupAdmin",
                                             "a restore replaces the data directory %1 and keeps the old one "
                                             "beside it in %2, where this account may not create anything: "
                                             "restore as root (sudo relaydesk --data-dir %3 backup restore "
                                             "FILE --force)"))
        .arg(target, parent, shellWord(target));
}

QString BackupAdmin::passphraseProblem(const QByteArray& passphrase)
{
    if (passphrase.isEmpty())
        return QStringLiteral("the passphrase is empty");
    // Characters as a person counts them: "äöü" is three, not six bytes.
    const qsizetype length = QString::fromUtf8(passphrase).toUcs4().size();
    if (length < minimumPassphraseLength)
        return QStringLiteral(
                   "the passphrase has %1 character(s); a backup's passphrase has at least %2, since "
                   "the file holds the DKIM keys and the smarthost's and routes' passwords")
            .arg(length)
            .arg(minimumPassphraseLength);
    return {};
}

Expected<BackupContents> BackupAdmin::create(const QString& file, const QByteArray& passphrase,
                                             bool withQueue, BackupKeyCost cost) const
{
    using Result = Expected<BackupContents>;
    if (const QString problem = passphraseProblem(passphrase); !problem.isEmpty())
        return Result::failure(problem);
    if (const QString problem = targetProblem(file); !problem.isEmpty())
        return Result::failure(problem);
    auto store = StoreSnapshot::read(m_dataDir, withQueue);
    if (!store)
        return Result::failure(store.error());

    QCborMap files;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    // On PostgreSQL the secrets are rows of node_secrets; the backup names them as the files of SQLite.
    const bool shared = NodeSecrets::shared(db.value());
    const QString secretPath = RouteStore(m_dataDir).secretPath();
    if (shared) {
        auto secret = RouteStore(m_dataDir).readSmarthostPassword();
        if (!secret)
            return Result::failure(secret.error());
        if (!secret.value().isEmpty())
            files.insert(QStringLiteral("smarthost.secret"), secret.value());
        wipe(secret.value());
    } else if (QFile::exists(secretPath)) {
        auto secret = readFileContents(secretPath);
        if (!secret)
            return Result::failure(secret.error());
        files.insert(QStringLiteral("smarthost.secret"), secret.value());
        wipe(secret.value());
    }
    // The routes' passwords (RouteSecrets), named as the SQLite file on either store.
    if (auto routePasswords = RouteSecrets(m_dataDir).read(); !routePasswords) {
        return Result::failure(routePasswords.error());
    } else if (!routePasswords->isEmpty()) {
        QByteArray text = RouteSecrets::serialize(routePasswords.value());
        files.insert(RouteSecrets::fileName(), text);
        wipe(text);
        for (QByteArray& password : routePasswords.value())
            wipe(password);
    }
    const Settings settings(m_dataDir);
    QString certificatePath = settings.value(backupCertificateKey);
    QString keyPath = settings.value(backupKeyKey);
    const bool configured = !certificatePath.isEmpty();
    if (!configured) {
        const QDir tls(QDir(m_dataDir).filePath(QStringLiteral("tls")));
        certificatePath = tls.filePath(QStringLiteral("cert.pem"));
        keyPath = tls.filePath(QStringLiteral("key.pem"));
    }
    if (configured || (QFile::exists(certificatePath) && QFile::exists(keyPath))) {
        auto certificate = readFileContents(certificatePath);
        if (!certificate)
            return Result::failure(certificate.error());
        files.insert(backupCertificateKey, certificate.value());
        // tls.key may be empty when the certificate file holds the key too.
        if (!keyPath.isEmpty()) {
            auto key = readFileContents(keyPath);
            if (!key)
                return Result::failure(key.error());
            files.insert(backupKeyKey, key.value());
            wipe(key.value());
        }
        QString secondCertificatePath = settings.value(backupSecondCertificateKey);
        QString secondKeyPath = settings.value(backupSecondKeyKey);
        if (!configured) {
            secondCertificatePath = CertificateGenerator::rsaCompanion(certificatePath);
            secondKeyPath = CertificateGenerator::rsaCompanion(keyPath);
        }
        if (!secondCertificatePath.isEmpty() && !secondKeyPath.isEmpty() &&
            (configured || (QFile::exists(secondCertificatePath) && QFile::exists(secondKeyPath)))) {
            auto secondCertificate = readFileContents(secondCertificatePath);
            if (!secondCertificate)
                return Result::failure(secondCertificate.error());
            auto secondKey = readFileContents(secondKeyPath);
            if (!secondKey)
                return Result::failure(secondKey.error());
            files.insert(backupSecondCertificateKey, secondCertificate.value());
            files.insert(backupSecondKeyKey, secondKey.value());
            wipe(secondKey.value());
        }
    }

    // Every DKIM private key (docs/operations.md, "DKIM"), sealed with the rest.
    const QDir dataDir(m_dataDir);
    if (shared) {
        const DkimKeyStore keyStore(m_dataDir);
        auto records = keyStore.keys();
        if (!records)
            return Result::failure(records.error());
        for (const DkimKeyRecord& record : records.value()) {
            auto key = keyStore.privateKeyPem(record);
            if (!key)
                return Result::failure(key.error());
            files.insert(dataDir.relativeFilePath(keyStore.keyPath(record.domain, record.selector)),
                         key.value());
            wipe(key.value());
        }
    }
    QDirIterator dkimKeys(DkimKeyStore(m_dataDir).directory(), {QStringLiteral("*.pem")}, QDir::Files,
                          QDirIterator::Subdirectories);
    while (dkimKeys.hasNext()) {
        const QString path = dkimKeys.next();
        const QString name = dataDir.relativeFilePath(path);
        if (!isDkimKeyName(name))
            continue;
        auto key = readFileContents(path);
        if (!key)
            return Result::failure(key.error());
        files.insert(name, key.value());
        wipe(key.value());
    }

    const QCborMap payload{{QStringLiteral("format"), formatName},
                           {QStringLiteral("created_at"), QDateTime::currentMSecsSinceEpoch()},
                           {QStringLiteral("with_queue"), withQueue},
                           {QStringLiteral("tls_configured"), configured},
                           {QStringLiteral("store"), store.value()},
                           {QStringLiteral("files"), files}};
    QByteArray plaintext = payload.toCborValue().toCbor();
    const Status written = BackupFile::write(file, plaintext, passphrase, cost);
    wipe(plaintext);
    if (!written)
        return Result::failure(written.error());
    BackupContents contents = describe(payload);
    contents.file = QFileInfo(file).absoluteFilePath();
    contents.dataDir = m_dataDir;
    return contents;
}

Expected<BackupContents> BackupAdmin::inspect(const QString& file, const QByteArray& passphrase) const
{
    const Expected<QCborMap> payload = openPayload(file, passphrase);
    if (!payload)
        return Expected<BackupContents>::failure(payload.error());
    BackupContents contents = describe(payload.value());
    contents.file = QFileInfo(file).absoluteFilePath();
    return contents;
}

Expected<BackupContents> BackupAdmin::restore(const QString& file, const QByteArray& passphrase,
                                              bool replace) const
{
    using Result = Expected<BackupContents>;
    QString target = QDir::cleanPath(QDir(m_dataDir).absolutePath());
    // A data directory reached through a symbolic link is restored where the link points: renaming the link
    // aside and putting a directory in its place left the link's target as it was and the restored data
    // on the disk of the link (an outside tester).
    if (const QFileInfo link(target); link.isSymLink() && link.exists())
        target = link.canonicalFilePath();
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && !targetInfo.isDir())
        return Result::failure(QStringLiteral("%1 is not a directory").arg(target));
    // The file first: a missing, damaged or foreign file, or a wrong passphrase, is what to fix before
    // anything about the target (an outside tester was told "not empty" for a file that did not exist).
    const Expected<QCborMap> opened = openPayload(file, passphrase);
    if (!opened)
        return Result::failure(opened.error());
    const QCborMap& payload = opened.value();
    const bool occupied = !isEmptyDirectory(target);
    // --force replaces a relay's data directory, not a folder of other files named by a typo (a home or
    // documents folder): an outside tester's was moved aside and a relay put in its place.
    if (occupied && DataDirectory::holdsOtherFiles(target))
        return Result::failure(
            QStringLiteral("%1 holds other files and no relay: a restore replaces only a relay's data "
                           "directory; restore into a new or empty directory")
                .arg(target));
    if (occupied && !replace)
        return Result::failure(
            QStringLiteral("the data directory %1 is not empty: restore into a new or empty "
                           "data directory, or replace this one with --force (it is then "
                           "kept beside it)")
                .arg(target));

    // A relay of another process writing to the directory would go on writing to the copy moved aside.
    int stranded = 0;
    if (occupied) {
        if (const QString blocker = BackupAdmin(target).restoreBlocker(); !blocker.isEmpty())
            return Result::failure(blocker);
        stranded = waitingMessages(target, queueIdsOf(payload.value(QStringLiteral("store")).toMap()));
    }

    // The directory replaced gives the restored one its owner and mode (below).
    struct stat replaced = {};
    const bool replacing = ::stat(QFile::encodeName(target).constData(), &replaced) == 0;
    const QString parent = targetInfo.absolutePath();
    if (!QDir().mkpath(parent))
        return Result::failure(QStringLiteral("cannot create %1").arg(parent));
    // A restore that was killed left its decrypted copy beside the directory: gone before the next one.
    const int abandoned = RestoreStaging::removeAbandoned(parent, targetInfo.fileName());
    RestoreStaging staging(parent, targetInfo.fileName());
    if (!staging.isValid())
        return Result::failure(
            QStringLiteral("cannot create a directory in %1: %2").arg(parent, staging.errorString()));
    const Status filled = fill(staging.path(), target, payload);
    // Whether the restored settings keep delivery off: the advice to turn it off before the relay starts
    // told an outside tester to set what was set.
    const bool deliveryOff =
        filled && !Settings(staging.path()).boolValue(QStringLiteral("delivery.enabled"));
    Database::releaseThreadConnection(staging.path());
    if (!filled)
        return Result::failure(filled.error());
    if (!replacing)
        QFile::setPermissions(staging.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    else if (Status taken = staging.takeOwnerAndModeOf(replaced.st_uid, replaced.st_gid, replaced.st_mode);
             !taken)
        return Result::failure(taken.error());

    BackupContents contents = describe(payload);
    contents.file = QFileInfo(file).absoluteFilePath();
    contents.dataDir = target;
    contents.abandonedStagingRemoved = abandoned;
    contents.strandedMessages = stranded;
    contents.deliveryOff = deliveryOff;
    // A node of a shared PostgreSQL store left it without a word (an outside tester): said, with the way
    // back.
    if (occupied) {
        if (const auto used = StoreAddress::ofDataDir(target); used && used->isPostgreSql())
            contents.previousPostgreSql = used->display();
    }
    if (occupied) {
        contents.keptAside = target + QStringLiteral(".before-restore-") +
                             QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (Status moved = renameDirectory(target, contents.keptAside); !moved)
            return Result::failure(moved.error());
        if (Status moved = renameDirectory(staging.path(), target); !moved) {
            renameDirectory(contents.keptAside, target);
            return Result::failure(moved.error());
        }
    } else {
        if (targetInfo.exists() && !QDir().rmdir(target))
            return Result::failure(QStringLiteral("cannot replace the empty directory %1").arg(target));
        if (Status moved = renameDirectory(staging.path(), target); !moved) {
            QDir().mkdir(target); // the empty directory as it was
            return Result::failure(moved.error());
        }
    }
    staging.keep();
    return contents;
}

} // namespace RelayDesk
