#include "core/engine/adminchangewatch.h"
#include "core/store/database.h"
#include "core/store/sqldialect.h"
#include "core/util/adminchangenotice.h"

#include <QSqlQuery>

namespace RelayDesk {

AdminChangeWatch::AdminChangeWatch(QString dataDir, int intervalMs, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_timer(this)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { poll(true); });
    // A change this process's admin facade committed (the window's Revoke) is read at once: the poll would
    // leave a revoked credential's open session up to one interval to send on.
    connect(
        AdminChangeNotice::instance(), &AdminChangeNotice::posted, this,
        [this] {
            if (m_timer.isActive())
                poll(true);
        },
        Qt::QueuedConnection);
}

AdminChangeWatch::~AdminChangeWatch() = default;

void AdminChangeWatch::start()
{
    poll(false);
    m_timer.start();
}

void AdminChangeWatch::stop()
{
    m_timer.stop();
    Database::releaseThreadConnection(m_dataDir);
}

void AdminChangeWatch::poll(bool announce)
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return; // the store is unavailable for now; the next poll tries again
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT topic, version FROM admin_changes")))
        return;
    QStringList moved;
    while (query.next()) {
        const QString topic = query.value(0).toString();
        const qint64 version = query.value(1).toLongLong();
        auto it = m_versions.find(topic);
        if (it == m_versions.end()) {
            // A topic whose row a writer adds when it first needs it ('queue') moved if it appeared after the
            // first read.
            m_versions.insert(topic, version);
            if (m_started)
                moved << topic;
        } else if (it.value() != version) {
            it.value() = version;
            moved << topic;
        }
    }
    query.finish(); // no read transaction stays open between polls (it would pin the WAL)
    // SQLite's data_version is per connection: it moves when any other connection committed. PostgreSQL's
    // next transaction id moves when any transaction wrote (this poll writes nothing).
    bool written = false;
    const QString dataVersion =
        SqlDialect::isPostgreSql(db.value())
            ? QStringLiteral("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint")
            : QStringLiteral("PRAGMA data_version");
    if (query.exec(dataVersion) && query.next()) {
        const qint64 version = query.value(0).toLongLong();
        written = m_dataVersion >= 0 && version != m_dataVersion;
        m_dataVersion = version;
    }
    query.finish();
    m_started = true;
    if (!announce)
        return;
    if (written)
        Q_EMIT storeWritten();
    for (const QString& topic : std::as_const(moved))
        Q_EMIT changed(topic);
}

} // namespace RelayDesk
