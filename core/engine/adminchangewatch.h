#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

namespace RelayDesk {

/// Notices admin changes that other processes (the CLI, another window) commit to the store: it polls the
/// small admin_changes table, whose topic versions triggers and writers bump, and reports each topic whose
/// version moved. It also reads SQLite's `PRAGMA data_version`, which moves whenever another connection (the
/// engine's own store writer, or another process such as the command line) commits, and reports that as
/// storeWritten, so that the views learn of queue changes made from the command line. Lives on one engine
/// thread and uses that thread's own connection.
class AdminChangeWatch final : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultIntervalMs = 250;

    explicit AdminChangeWatch(QString dataDir, int intervalMs = defaultIntervalMs, QObject* parent = nullptr);
    ~AdminChangeWatch() override;
    Q_DISABLE_COPY_MOVE(AdminChangeWatch)

    /// Reads the current versions (no signal for them) and starts polling; call on the watch's thread.
    void start();
    /// Stops polling and closes this thread's store connection; call on the watch's thread.
    void stop();
    /// Polls now instead of at the next tick (a `reload` asked over the control channel: the command that
    /// asked returns with its change in force); call on the watch's thread.
    void pollNow() { poll(true); }

Q_SIGNALS:
    /// A topic's version moved ("access": agents, credentials, networks; "lockouts": an admin unlock;
    /// "queue": a message queued by an admin, such as a resend).
    void changed(const QString& topic);
    /// Some other connection committed to the store since the last poll.
    void storeWritten();

private:
    void poll(bool announce);

    QString m_dataDir;
    QTimer m_timer;
    QHash<QString, qint64> m_versions;
    qint64 m_dataVersion = -1;
    bool m_started = false; ///< the first read is done: topics that appear later have moved
};

} // namespace RelayDesk
