#include "core/routing/routestore.h"
#include "core/routing/routesecrets.h"
#include "core/store/adminchanges.h"
#include "core/store/database.h"
#include "core/store/nodesecrets.h"
#include "core/store/ownlisteners.h"
#include "core/store/settings.h"
#include "core/util/datadirmode.h"
#include "core/util/hostandport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

namespace {

Status run(const QString& dataDir, const QString& sql, const QVariantList& values)
{
    auto db = Database::connection(dataDir);
    if (!db)
        return Status::failure(db.error());
    QSqlQuery query(db.value());
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Status::failure(query.lastError().text());
    return {};
}

/// A CA file or a pin only where the certificate is verified, and a CA file that can be read.
QString trustProblem(const RouteEntry& entry)
{
    switch (entry.trust.mode) {
    case PeerTrust::Mode::System:
        return {};
    case PeerTrust::Mode::Insecure:
        return QStringLiteral("a route is not verified unless its TLS is 'verify': use --tls required to "
                              "accept any certificate");
    case PeerTrust::Mode::CaFile:
    case PeerTrust::Mode::Fingerprint:
        break;
    }
    if (entry.tls != TlsPolicy::Verify && !entry.implicitTls)
        return QStringLiteral("--ca-file and --fingerprint need --tls verify or --tls implicit");
    if (entry.trust.mode == PeerTrust::Mode::CaFile)
        return PeerTrust::caFileProblem(entry.trust.caFile);
    return entry.trust.sha256.size() == 32 ? QString() : QStringLiteral("the fingerprint is not SHA-256");
}

} // namespace

RouteStore::RouteStore(QString dataDir) : m_dataDir(std::move(dataDir)) {}

Expected<RouteTable> RouteStore::load() const
{
    RouteTable table;
    auto entries = readRoutes(true); // delivery logs in with the passwords; a list never carries them
    if (!entries)
        return Expected<RouteTable>::failure(entries.error());
    auto policies = tlsPolicies();
    if (!policies)
        return Expected<RouteTable>::failure(policies.error());
    auto relay = smarthost();
    if (!relay)
        return Expected<RouteTable>::failure(relay.error());
    table.setRoutes(entries.value());
    table.setTlsPolicies(policies.value());
    table.setSmarthost(relay.value());
    return table;
}

Expected<QList<RouteEntry>> RouteStore::routes() const
{
    return readRoutes(false);
}

Expected<QList<RouteEntry>> RouteStore::readRoutes(bool withPasswords) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<QList<RouteEntry>>::failure(db.error());
    QSqlQuery query(db.value());
    if (!query.exec(QStringLiteral("SELECT pattern, host, port, tls_policy, ca_file, fingerprint, username "
                                   "FROM routes ORDER BY pattern")))
        return Expected<QList<RouteEntry>>::failure(query.lastError().text());
    QList<RouteEntry> list;
    bool logsIn = false;
    while (query.next()) {
        RouteEntry entry;
        entry.pattern = query.value(0).toString();
        entry.host = query.value(1).toString();
        entry.port = quint16(query.value(2).toUInt());
        const QString tls = query.value(3).toString();
        entry.implicitTls = tls == QLatin1String("implicit");
        entry.tls =
            entry.implicitTls ? TlsPolicy::Required : parseTlsPolicy(tls).value_or(TlsPolicy::Opportunistic);
        const QString caFile = query.value(4).toString();
        if (const auto pin = PeerTrust::parseFingerprint(query.value(5).toString()))
            entry.trust = PeerTrust::fromFingerprint(pin.value());
        else if (!caFile.isEmpty())
            entry.trust = PeerTrust::fromCaFile(caFile);
        // TLS from the first byte with a CA file or a pin is verified against it.
        if (entry.implicitTls && entry.trust.mode != PeerTrust::Mode::System)
            entry.tls = TlsPolicy::Verify;
        entry.username = query.value(6).toString().toUtf8();
        logsIn = logsIn || !entry.username.isEmpty();
        list.append(entry);
    }
    if (logsIn) {
        auto passwords = RouteSecrets(m_dataDir).read();
        if (!passwords)
            return Expected<QList<RouteEntry>>::failure(passwords.error());
        for (RouteEntry& entry : list) {
            const QByteArray password =
                entry.username.isEmpty() ? QByteArray() : passwords->value(entry.pattern);
            entry.passwordSet = !password.isEmpty();
            if (withPasswords)
                entry.password = password;
        }
    }
    return list;
}

QString RouteStore::routeProblem(const RouteEntry& entry) const
{
    const auto pattern = RouteTable::normalizePattern(entry.pattern);
    if (!pattern)
        return pattern.error();
    if (const QString hostProblem = HostAndPort::validateHost(entry.host); !hostProblem.isEmpty())
        return hostProblem;
    if (entry.port == 0)
        return QStringLiteral("port 0 is not a port");
    OwnListeners listeners = OwnListeners::fromSettings(Settings(m_dataDir));
    listeners.addOtherNodes(m_dataDir);
    if (const QString loop = listeners.refuseTarget(entry.host, entry.port); !loop.isEmpty())
        return loop;
    if (const QString trust = trustProblem(entry); !trust.isEmpty())
        return trust;
    return loginProblem(entry, pattern.value());
}

QString RouteStore::loginProblem(const RouteEntry& entry, const QString& pattern) const
{
    if (entry.username.isEmpty())
        return entry.password.isEmpty() ? QString() : QStringLiteral("a password needs its --username");
    // docs/architecture.md, "credentials only to verified peers": as the smarthost's, a route's password
    // goes only to a server whose certificate was checked.
    if (entry.trust.mode == PeerTrust::Mode::Insecure ||
        (entry.tls != TlsPolicy::Verify && !entry.implicitTls))
        return QStringLiteral(
            "a route logs in only with --tls verify or implicit: its password goes only to a "
            "server whose certificate is checked");
    if (entry.username.contains('\0') || entry.username.contains('\r') || entry.username.contains('\n'))
        return QStringLiteral("the user name holds a control character");
    if (!entry.password.isEmpty())
        return {};
    // No password given: the stored one stays, if there is one for the same user name.
    const auto stored = RouteSecrets(m_dataDir).password(pattern);
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return QStringLiteral("--username %1 needs its password (--password-stdin)")
            .arg(QString::fromUtf8(entry.username));
    auto db = Database::connection(m_dataDir);
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    query.prepare(QStringLiteral("SELECT username FROM routes WHERE pattern = ?"));
    query.addBindValue(pattern);
    if (!query.exec())
        return query.lastError().text();
    if (!query.next() || query.value(0).toString().toUtf8() != entry.username)
        return QStringLiteral("a new user name needs its password (--password-stdin)");
    return {};
}

Status RouteStore::setRoute(const RouteEntry& entry)
{
    if (const QString problem = routeProblem(entry); !problem.isEmpty())
        return Status::failure(problem);
    const auto pattern = RouteTable::normalizePattern(entry.pattern);
    const bool caFile = entry.trust.mode == PeerTrust::Mode::CaFile;
    const bool pinned = entry.trust.mode == PeerTrust::Mode::Fingerprint;
    // The password first: a route stored with a user name and no password would log in with an empty one.
    // Without a user name its password goes; with one and no password given, the stored one stays.
    if (entry.username.isEmpty() || !entry.password.isEmpty()) {
        if (Status secret = RouteSecrets(m_dataDir).setPassword(pattern.value(), entry.password); !secret)
            return secret;
    }
    return run(
        m_dataDir,
        QStringLiteral("INSERT INTO routes(pattern, host, port, tls_policy, ca_file, fingerprint, username)"
                       " VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(pattern) DO UPDATE SET host = excluded.host,"
                       " port = excluded.port, tls_policy = excluded.tls_policy,"
                       " ca_file = excluded.ca_file, fingerprint = excluded.fingerprint,"
                       " username = excluded.username"),
        {pattern.value(), entry.host.toLower(), entry.port,
         entry.implicitTls ? QStringLiteral("implicit") : tlsPolicyName(entry.tls),
         caFile ? entry.trust.caFile : QStringLiteral(""),
         pinned ? PeerTrust::fingerprintText(entry.trust.sha256) : QStringLiteral(""),
         entry.username.isEmpty() ? QStringLiteral("") : QString::fromUtf8(entry.username)}); // never NULL
}

Status RouteStore::removeRoute(const QString& pattern)
{
    const auto normalized = RouteTable::normalizePattern(pattern);
    const QString stored = normalized ? normalized.value() : pattern.toLower();
    if (Status removed = run(m_dataDir, QStringLiteral("DELETE FROM routes WHERE pattern = ?"), {stored});
        !removed)
        return removed;
    return RouteSecrets(m_dataDir).setPassword(stored, {});
}

Expected<QHash<QString, TlsPolicy>> RouteStore::tlsPolicies() const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<QHash<QString, TlsPolicy>>::failure(db.error());
    QSqlQuery query(db.value());
    if (!query.exec(QStringLiteral("SELECT domain, policy FROM tls_policies")))
        return Expected<QHash<QString, TlsPolicy>>::failure(query.lastError().text());
    QHash<QString, TlsPolicy> policies;
    while (query.next())
        policies.insert(query.value(0).toString(),
                        parseTlsPolicy(query.value(1).toString()).value_or(TlsPolicy::Opportunistic));
    return policies;
}

Status RouteStore::setTlsPolicy(const QString& domain, TlsPolicy policy)
{
    const auto normalized = RouteTable::normalizePattern(domain);
    if (!normalized)
        return Status::failure(normalized.error());
    return run(m_dataDir,
               QStringLiteral("INSERT INTO tls_policies(domain, policy) VALUES(?, ?)"
                              " ON CONFLICT(domain) DO UPDATE SET policy = excluded.policy"),
               {normalized.value(), tlsPolicyName(policy)});
}

Status RouteStore::removeTlsPolicy(const QString& domain)
{
    const auto normalized = RouteTable::normalizePattern(domain);
    return run(m_dataDir, QStringLiteral("DELETE FROM tls_policies WHERE domain = ?"),
               {normalized ? normalized.value() : domain.toLower()});
}

Expected<SmarthostConfig> RouteStore::smarthost() const
{
    const Settings settings(m_dataDir);
    SmarthostConfig config;
    const QString text = settings.value(QStringLiteral("delivery.smarthost"));
    if (text.isEmpty())
        return config;
    const QString mode = settings.value(QStringLiteral("delivery.smarthost_tls"));
    config.tls = mode == QLatin1String("implicit")        ? SmarthostConfig::Tls::Implicit
                 : mode == QLatin1String("opportunistic") ? SmarthostConfig::Tls::Opportunistic
                                                          : SmarthostConfig::Tls::StartTls;
    auto endpoint = HostAndPort::parse(text, config.tls == SmarthostConfig::Tls::Implicit ? 465 : 587);
    if (!endpoint)
        return Expected<SmarthostConfig>::failure(endpoint.error());
    config.host = endpoint->host;
    config.port = endpoint->port;
    config.username = settings.value(QStringLiteral("delivery.smarthost_username")).toUtf8();
    const QString caFile = settings.value(QStringLiteral("delivery.smarthost_ca_file"));
    const QString pin = settings.value(QStringLiteral("delivery.smarthost_fingerprint"));
    if (settings.boolValue(QStringLiteral("delivery.smarthost_insecure_skip_verify")))
        config.trust = PeerTrust::insecure();
    else if (const auto digest = PeerTrust::parseFingerprint(pin); !pin.isEmpty() && digest)
        config.trust = PeerTrust::fromFingerprint(digest.value());
    else if (!caFile.isEmpty())
        config.trust = PeerTrust::fromCaFile(caFile);
    auto password = readSmarthostPassword();
    if (!password)
        return Expected<SmarthostConfig>::failure(password.error());
    config.password = password.value();
    return config;
}

Expected<QByteArray> RouteStore::readSmarthostPassword() const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<QByteArray>::failure(db.error());
    // On PostgreSQL every node reads the one password in the store (docs/postgresql.md).
    if (NodeSecrets::shared(db.value())) {
        auto stored = NodeSecrets(db.value()).read(NodeSecrets::smarthostName());
        if (!stored)
            return Expected<QByteArray>::failure(stored.error());
        return stored.value().value_or(QByteArray());
    }
    QFile secret(secretPath());
    if (!secret.exists())
        return QByteArray();
    // One written private by 0.1.0 follows a data directory shared since (docs/operations.md).
    DataDirMode::apply(secretPath(), DataDirMode(m_dataDir).secretMode());
    if (!secret.open(QIODevice::ReadOnly))
        return Expected<QByteArray>::failure(
            QStringLiteral("cannot read %1: %2").arg(secret.fileName(), secret.errorString()));
    return secret.readAll();
}

Status RouteStore::setSmarthostPassword(const QByteArray& password)
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Status::failure(db.error());
    if (Status written = writeSmarthostPassword(db.value(), password); !written)
        return written;
    // No trigger sees the password (a file, or node_secrets): a running engine learns of it through 'routes'.
    return AdminChanges::bump(db.value(), AdminChanges::routesTopic());
}

Status RouteStore::writeSmarthostPassword(QSqlDatabase& db, const QByteArray& password) const
{
    if (NodeSecrets::shared(db)) {
        NodeSecrets secrets(db);
        return password.isEmpty() ? secrets.remove(NodeSecrets::smarthostName())
                                  : secrets.write(NodeSecrets::smarthostName(), password,
                                                  QDateTime::currentMSecsSinceEpoch());
    }
    if (password.isEmpty()) {
        QFile::remove(secretPath());
        return {};
    }
    // A new file, restricted before any byte of the secret is written, then renamed over the old one (which
    // may be another admin's): 0600, or 0640 in a group-shared data directory, where the service reads the
    // password an admin set (docs/operations.md, "Managing the service from your desktop").
    QSaveFile file(secretPath());
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(DataDirMode(m_dataDir).secretPermissions()))
        return Status::failure(
            QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    if (file.write(password) != password.size() || !file.commit())
        return Status::failure(
            QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

QString RouteStore::secretPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("smarthost.secret"));
}

} // namespace RelayDesk
