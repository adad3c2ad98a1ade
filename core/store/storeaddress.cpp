#include "core/store/storeaddress.h"
#include "core/util/datadirmode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>

#include <sys/stat.h>

namespace RelayDesk {

namespace {

// The libpq keywords a store URL may carry (docs/postgresql.md, "TLS to the database").
const QStringList allowedOptions = {
    QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
    QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"), QStringLiteral("target_session_attrs")};

// The values libpq 15 takes for the keywords that have a fixed set; a typo would otherwise surface as a
// failed connection ("TLS to the PostgreSQL server ... failed") rather than as the bad parameter it is.
QStringList choicesOf(const QString& key)
{
    if (key == QLatin1String("sslmode"))
        return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (key == QLatin1String("target_session_attrs"))
        return {QStringLiteral("any"),     QStringLiteral("read-write"), QStringLiteral("read-only"),
                QStringLiteral("primary"), QStringLiteral("standby"),    QStringLiteral("prefer-standby")};
    return {};
}

// 0600, or 0640 in a group-shared directory such as the packaged service's: a group admin's `store use`
// wrote them 0600 for itself and the service could not read them (an outside tester).
Status writeWhole(const QString& dataDir, const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(DataDirMode(dataDir).secretPermissions()) ||
        file.write(data) != data.size() || !file.commit())
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

/// A secret readable by its directory's group alone, in a directory shared with that group (the packaged
/// service's 2770 relaydesk:relaydesk): the service and the group's admins may read it, as they read the
/// other secrets there (DataDirMode::secretMode).
bool sharedWithItsDirectorysGroup(const QString& path, const struct stat& file)
{
    const QString dir = QFileInfo(path).absolutePath();
    struct stat directory = {};
    return (file.st_mode & 0077) == 0040 && DataDirMode(dir).groupShared() &&
           ::stat(QFile::encodeName(dir).constData(), &directory) == 0 && directory.st_gid == file.st_gid;
}

} // namespace

QString StoreAddress::confPath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("store.conf"));
}

QString StoreAddress::passwordPath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("store.password"));
}

Expected<StoreAddress> StoreAddress::ofDataDir(const QString& dataDir)
{
    QFile file(confPath(dataDir));
    if (!file.exists()) {
        StoreAddress sqlite;
        sqlite.m_url =
            QStringLiteral("sqlite:") + QDir(dataDir).absoluteFilePath(QStringLiteral("relaydesk.sqlite"));
        return sqlite;
    }
    if (!file.open(QIODevice::ReadOnly))
        return Expected<StoreAddress>::failure(
            QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    QString url;
    QString passwordFile;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString key = line.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : line.mid(eq + 1).trimmed();
        if (key == QLatin1String("url"))
            url = value;
        else if (key == QLatin1String("password_file"))
            passwordFile = value;
        else
            return Expected<StoreAddress>::failure(
                QStringLiteral("%1: unknown line '%2'").arg(file.fileName(), key));
    }
    auto address = parse(url);
    if (!address)
        return Expected<StoreAddress>::failure(
            QStringLiteral("%1: %2").arg(file.fileName(), address.error()));
    StoreAddress result = address.value();
    result.m_passwordFile = passwordFile.isEmpty() ? passwordPath(dataDir) : passwordFile;
    return result;
}

Expected<StoreAddress> StoreAddress::parse(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")))
        return Expected<StoreAddress>::failure(
            QStringLiteral("'%1' is not a store address (postgresql://USER@HOST:PORT/DATABASE)").arg(text));
    if (!url.password().isEmpty())
        return Expected<StoreAddress>::failure(
            QStringLiteral("the address must not hold the password: give it with --password-stdin or "
                           "--password-file"));
    StoreAddress address;
    address.m_backend = Backend::PostgreSQL;
    address.m_host = url.host();
    address.m_port = url.port(5432);
    address.m_user = url.userName();
    address.m_database = url.path().mid(1);
    if (address.m_host.isEmpty() || address.m_user.isEmpty() || address.m_database.isEmpty() ||
        address.m_database.contains(QLatin1Char('/')))
        return Expected<StoreAddress>::failure(
            QStringLiteral("'%1' needs a user, a host and a database (postgresql://USER@HOST:PORT/DATABASE)")
                .arg(text));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowedOptions.contains(key))
            return Expected<StoreAddress>::failure(
                QStringLiteral("unknown store address parameter '%1' (known: %2)")
                    .arg(key, allowedOptions.join(QStringLiteral(", "))));
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')) || value.isEmpty())
            return Expected<StoreAddress>::failure(
                QStringLiteral("the store address parameter '%1' has an unusable value").arg(key));
        if (const QStringList choices = choicesOf(key); !choices.isEmpty() && !choices.contains(value))
            return Expected<StoreAddress>::failure(
                QStringLiteral("the store address parameter %1=%2 is not one of %3")
                    .arg(key, value, choices.join(QStringLiteral(", "))));
        bool isNumber = true;
        if (key == QLatin1String("connect_timeout"))
            value.toUInt(&isNumber);
        if (!isNumber)
            return Expected<StoreAddress>::failure(
                QStringLiteral("the store address parameter connect_timeout=%1 is not a number of seconds")
                    .arg(value));
        address.m_options << key + QLatin1Char('=') + value;
    }
    address.m_url = url.toString(QUrl::RemovePassword);
    return address;
}

QString StoreAddress::unverifiedServerWarning() const
{
    if (!isPostgreSql())
        return {};
    QString mode = QStringLiteral("prefer"); // libpq's default
    for (const QString& option : m_options) {
        if (option.startsWith(QLatin1String("sslmode=")))
            mode = option.mid(8);
    }
    if (mode == QLatin1String("verify-ca") || mode == QLatin1String("verify-full"))
        return {};
    const QHostAddress address(m_host);
    if (m_host == QLatin1String("localhost") || m_host.startsWith(QLatin1Char('/')) ||
        (!address.isNull() && address.isLoopback()))
        return {};
    return QStringLiteral("the password of the store, and the relay's secrets kept there (the smarthost's "
                          "password, the DKIM keys), go to %1 without a check of who answers (sslmode=%2): "
                          "anyone who can take its address receives them; add "
                          "?sslmode=verify-full&sslrootcert=CA-FILE to the address")
        .arg(m_host, mode);
}

QString StoreAddress::connectOptions() const
{
    QStringList options = m_options;
    if (!std::any_of(options.cbegin(), options.cend(),
                     [](const QString& o) { return o.startsWith(QLatin1String("connect_timeout=")); }))
        options << QStringLiteral("connect_timeout=10");
    return options.join(QLatin1Char(';'));
}

StoreAddress StoreAddress::withDatabase(const QString& database) const
{
    StoreAddress other = *this;
    other.m_database = database;
    QUrl url(m_url);
    url.setPath(QLatin1Char('/') + database);
    other.m_url = url.toString();
    return other;
}

Expected<QString> StoreAddress::password() const
{
    if (m_passwordFile.isEmpty() || !QFileInfo::exists(m_passwordFile))
        return QString();
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(m_passwordFile).constData(), &info) == 0 && (info.st_mode & 0077) != 0 &&
        !sharedWithItsDirectorysGroup(m_passwordFile, info))
        return Expected<QString>::failure(
            QStringLiteral("the store's password file %1 may be read by others (chmod 600 it, or 640 in a "
                           "data directory shared with its group)")
                .arg(m_passwordFile));
    QFile file(m_passwordFile);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<QString>::failure(
            QStringLiteral("cannot read %1: %2").arg(m_passwordFile, file.errorString()));
    QByteArray data = file.readAll();
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    return QString::fromUtf8(data);
}

Status StoreAddress::save(const QString& dataDir, const QString& password, const QString& passwordFile) const
{
    QByteArray conf = "# The store of this data directory (relaydesk store use; docs/postgresql.md)\n";
    conf += "url=" + m_url.toUtf8() + '\n';
    if (!passwordFile.isEmpty()) {
        conf += "password_file=" + QFileInfo(passwordFile).absoluteFilePath().toUtf8() + '\n';
        QFile::remove(passwordPath(dataDir));
    } else if (!password.isEmpty()) {
        if (Status written = writeWhole(dataDir, passwordPath(dataDir), password.toUtf8() + '\n'); !written)
            return written;
    } else {
        QFile::remove(passwordPath(dataDir));
    }
    return writeWhole(dataDir, confPath(dataDir), conf);
}

} // namespace RelayDesk
