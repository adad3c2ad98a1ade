#pragma once

#include "core/util/expected.h"

#include <QString>
#include <QStringList>

namespace RelayDesk {

/// Where a data directory's store lives (docs/postgresql.md, "Store address"): its own SQLite file (no
/// DATA_DIR/store.conf, the default) or a PostgreSQL database named by DATA_DIR/store.conf. The address never
/// holds the password: that lives in a 0600 file (DATA_DIR/store.password or one store.conf names).
class StoreAddress final
{
public:
    enum class Backend
    {
        SQLite,
        PostgreSQL
    };

    /// The address of dataDir's store: SQLite when dataDir has no store.conf.
    static Expected<StoreAddress> ofDataDir(const QString& dataDir);
    /// Reads postgresql://USER@HOST[:PORT]/DB[?sslmode=...&sslrootcert=...&sslcert=...&sslkey=...
    /// &connect_timeout=...]. A password inside the URL is refused (it would end up in store.conf).
    static Expected<StoreAddress> parse(const QString& url);
    static QString confPath(const QString& dataDir);
    static QString passwordPath(const QString& dataDir);

    Backend backend() const { return m_backend; }
    bool isPostgreSql() const { return m_backend == Backend::PostgreSQL; }
    /// The URL as given (never a password), or "sqlite:PATH".
    QString display() const { return m_url; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString database() const { return m_database; }
    /// libpq connection options (QPSQL's connect options, "key=value;key=value").
    QString connectOptions() const;
    /// Empty when the password and the secrets this address carries go only to a server whose certificate is
    /// checked (sslmode=verify-ca or verify-full) or stay on this machine (loopback); otherwise a warning
    /// that says so and how to check it (docs/postgresql.md, "Who can read them").
    QString unverifiedServerWarning() const;
    /// Whether other names the same database as the same user on the same server (the password aside).
    bool sameStoreAs(const StoreAddress& other) const
    {
        return m_backend == other.m_backend && m_host.compare(other.m_host, Qt::CaseInsensitive) == 0 &&
               m_port == other.m_port && m_user == other.m_user && m_database == other.m_database;
    }
    /// The same address naming another database on the same server (the tests' fresh databases).
    StoreAddress withDatabase(const QString& database) const;

    /// The password from the file store.conf names (or DATA_DIR/store.password); empty when there is none.
    Expected<QString> password() const;
    /// Writes DATA_DIR/store.conf (0600) naming this address; with a password not taken from passwordFile,
    /// the password goes to DATA_DIR/store.password (0600). Each file is written whole or not at all.
    Status save(const QString& dataDir, const QString& password, const QString& passwordFile) const;

private:
    Backend m_backend = Backend::SQLite;
    QString m_url;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_database;
    QStringList m_options; ///< "key=value", from the URL's query
    QString m_passwordFile;
};

} // namespace RelayDesk
