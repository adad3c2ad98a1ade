#pragma once

#include "core/admin/agentadmin.h"
#include "core/admin/agentlimitadmin.h"
#include "core/admin/backupadmin.h"
#include "core/admin/certificateadmin.h"
#include "core/admin/dkimadmin.h"
#include "core/admin/logadmin.h"
#include "core/admin/mtastsadmin.h"
#include "core/admin/queueadmin.h"
#include "core/admin/routeadmin.h"
#include "core/admin/securityadmin.h"
#include "core/admin/settingsadmin.h"
#include "core/admin/storeadmin.h"
#include "core/admin/suppressionadmin.h"
#include "core/admin/testmessageadmin.h"
#include "core/util/expected.h"

#include <QString>

namespace RelayDesk {

/// The one admin facade of a data directory: everything the command line and the GUI change or read for
/// editing goes through the areas it hands out, with one validation and one error text for each operation.
/// Plain values in, Expected/Status out; no Widgets and no pointers into the engine's threads, so that a
/// face may later reach a relay in another process through the same calls (docs/admin-facade.md). Each
/// call uses the calling thread's own connection: a GUI calls it on a worker thread, never the GUI thread.
class Admin final
{
public:
    explicit Admin(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    /// Creates the data directory (mode 0700) and its store if needed; call once before anything else.
    static Status open(const QString& dataDir);
    /// error (from open() or any call) says that the store's PostgreSQL server does not answer (down, not up
    /// yet): the relay waits for it, and a face shows what it can meanwhile.
    static bool isStoreAway(const QString& error);
    /// Whether error (from open) says only that this account may not write the store's files: a command
    /// that only reads may still show what it holds.
    static bool isStoreUnwritable(const QString& error);
    /// After reading a store this account may not write: the -wal and -shm files SQLite made meanwhile get
    /// the data directory's mode (SQLite gave them the read-only store's, which kept the relay out).
    static void settleStoreFiles(const QString& dataDir);
    /// Closes what the calling thread opened on dataDir (call on a worker thread before it ends).
    static void closeThread(const QString& dataDir);

    const QString& dataDir() const { return m_dataDir; }
    AgentAdmin agents() const { return AgentAdmin(m_dataDir); }
    AgentLimitAdmin agentLimits() const { return AgentLimitAdmin(m_dataDir); }
    SettingsAdmin settings() const { return SettingsAdmin(m_dataDir); }
    RouteAdmin routes() const { return RouteAdmin(m_dataDir); }
    CertificateAdmin certificates() const { return CertificateAdmin(m_dataDir); }
    QueueAdmin queue() const { return QueueAdmin(m_dataDir); }
    SuppressionAdmin suppression() const { return SuppressionAdmin(m_dataDir); }
    SecurityAdmin security() const { return SecurityAdmin(m_dataDir); }
    LogAdmin log() const { return LogAdmin(m_dataDir); }
    TestMessageAdmin testMessages() const { return TestMessageAdmin(m_dataDir); }
    BackupAdmin backup() const { return BackupAdmin(m_dataDir); }
    DkimAdmin dkim() const { return DkimAdmin(m_dataDir); }
    MtaStsAdmin mtaSts() const { return MtaStsAdmin(m_dataDir); }
    StoreAdmin store() const { return StoreAdmin(m_dataDir); }

private:
    QString m_dataDir;
};

} // namespace RelayDesk
