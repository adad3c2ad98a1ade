#pragma once

#include "core/admin/backupadmin.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace RelayDesk {

class QueryRunner;

/// "Back up configuration..." and "Restore..." for the Settings page: asks a file and a passphrase (twice
/// for a backup). A restore first decrypts and checks the file, so that a wrong passphrase is told without a
/// question; then a confirmation explains that it replaces this data directory (kept beside it) and needs a
/// restart of RelayDesk; Cancel is the default. The work (key derivation, files)
/// runs on a worker thread through the admin facade (core/admin/backupadmin.h).
class BackupPanel final : public QWidget
{
    Q_OBJECT
public:
    BackupPanel(QString dataDir, QWidget* parent = nullptr);

    /// Writes the backup to file without asking anything (the buttons ask first).
    void backUp(const QString& file, const QByteArray& passphrase, bool withQueue);
    /// Restores file into this data directory, replacing it if it is not empty.
    void restore(const QString& file, const QByteArray& passphrase);
    /// The last result, or what a backup holds before any.
    QString text() const;
    bool isBusy() const { return m_busy; }
    /// The relay in this window was started again after a restore ("Start relay here"): the message that
    /// asked to quit and start RelayDesk again says that the relay runs with the restored configuration.
    void noteRelayStartedAgain();
    /// The question before a restore of file (as inspected) replaces dataDir: what stops now, what is kept
    /// aside, and what the backup's queue does once the relay runs again.
    static QString restoreQuestion(const QString& dataDir, const QString& file,
                                   const BackupContents& contents, qint64 waitingNow = 0);

Q_SIGNALS:
    void backedUp(const RelayDesk::BackupContents& contents);
    /// A restore is about to replace the data directory (after every question was answered).
    void restoreStarting();
    void restored(const RelayDesk::BackupContents& contents);
    void failed(const QString& reason);

private:
    void chooseBackUp();
    void chooseRestore();
    void confirmRestore(const QString& file, const QByteArray& passphrase, const BackupContents& contents);
    QString chooseFile(bool save);
    /// What the panel says while nothing has been done.
    static QString defaultText();
    void finishRestore(const Expected<BackupContents>& result);
    void setBusy(bool busy);
    /// The result line under what a backup holds; empty: hidden.
    void showStatus(const QString& text);

    QString m_dataDir;
    QueryRunner* m_runner = nullptr;
    QLabel* m_about = nullptr;  ///< what a backup holds, always shown
    QLabel* m_status = nullptr; ///< what the last backup or restore did; hidden before the first
    QPushButton* m_backUp = nullptr;
    QPushButton* m_restore = nullptr;
    bool m_busy = false;
    qint64 m_waitingBeforeRestore = 0; ///< messages in the queue when the restore was asked about
    QString m_restartSentence; ///< the restore message's sentence that asks for a restart, until one happened
};

} // namespace RelayDesk
