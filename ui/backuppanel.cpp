#include "ui/backuppanel.h"
#include "ui/timecolumn.h"

#include "core/query/queuequery.h"
#include "ui/backuppassphrasedialog.h"
#include "ui/confirmation.h"
#include "ui/filechooser.h"
#include "ui/queryrunner.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace RelayDesk {

BackupPanel::BackupPanel(QString dataDir, QWidget* parent) : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_runner = new QueryRunner(QStringLiteral("backup"), m_dataDir, this);
    // What a backup holds stays beside what the last one did (a result replaced it until the page was opened
    // again: an outside tester).
    m_about = new QLabel(defaultText(), this);
    m_about->setObjectName(QStringLiteral("backupAbout"));
    m_about->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_backUp = new QPushButton(tr("Back up configuration..."), this);
    m_backUp->setObjectName(QStringLiteral("backUpConfiguration"));
    m_restore = new QPushButton(tr("Restore..."), this);
    m_restore->setObjectName(QStringLiteral("restoreConfiguration"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_about);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    connect(m_backUp, &QPushButton::clicked, this, &BackupPanel::chooseBackUp);
    connect(m_restore, &QPushButton::clicked, this, &BackupPanel::chooseRestore);
}

QString BackupPanel::defaultText()
{
    // What BackupAdmin writes (docs/operations.md, "What it holds").
    return tr(
        "An encrypted file, protected by a passphrase, with the settings, the Mail Agents (allowlists, "
        "trusted devices, credentials, sender domains), routes and TLS policies, the smarthost and its "
        "password, suppressions, the TLS certificate and the DKIM keys; the queue if you choose. Not the "
        "delivery log.");
}

QString BackupPanel::text() const
{
    return m_status->text().isEmpty() ? m_about->text() : m_status->text();
}

void BackupPanel::showStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void BackupPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_backUp->setEnabled(!busy);
    m_restore->setEnabled(!busy);
    if (busy)
        showStatus(tr("Working..."));
}

QString BackupPanel::chooseFile(bool save)
{
    QFileDialog dialog(this, save ? tr("Back up configuration to") : tr("Restore configuration from"));
    dialog.setObjectName(QStringLiteral("backupFile"));
    dialog.setNameFilters({tr("RelayDesk backups (*.rdbackup)"), tr("All files (*)")});
    if (save) {
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(QStringLiteral("rdbackup"));
        dialog.setDirectory(QDir::homePath());
        dialog.selectFile(QStringLiteral("relaydesk-%1.rdbackup")
                              .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    } else {
        dialog.setFileMode(QFileDialog::ExistingFile);
        // A backup made with the command line may have any name (an outside tester's b1.rdbk was hidden).
        dialog.selectNameFilter(tr("All files (*)"));
    }
    return FileChooser::run(dialog);
}

void BackupPanel::chooseBackUp()
{
    const QString file = chooseFile(true);
    if (file.isEmpty())
        return;
    BackupPassphraseDialog dialog(BackupPassphraseDialog::Purpose::Create, file, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    backUp(file, dialog.passphrase(), dialog.withQueue());
}

void BackupPanel::chooseRestore()
{
    // A relay service on the directory is said first, not after the file, the passphrase and the question
    // (an outside tester).
    if (const QString blocker = BackupAdmin(m_dataDir).restoreBlocker(); !blocker.isEmpty()) {
        finishRestore(Expected<BackupContents>::failure(blocker));
        return;
    }
    const QString file = chooseFile(false);
    if (file.isEmpty())
        return;
    // A file that is no backup (or one this build cannot read) is said before the passphrase is asked for.
    if (const Status checked = BackupAdmin::checkFile(file); !checked) {
        finishRestore(Expected<BackupContents>::failure(checked.error()));
        return;
    }
    BackupPassphraseDialog dialog(BackupPassphraseDialog::Purpose::Restore, file, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The file is decrypted and checked before the question: a wrong passphrase replaces nothing and asks
    // nothing.
    setBusy(true);
    struct Inspected
    {
        Expected<BackupContents> contents = Expected<BackupContents>::failure(QString());
        qint64 waitingNow = 0; ///< messages in this directory's queue now
    };
    m_runner->run<Inspected>(
        this,
        [dataDir = m_dataDir, file, passphrase = dialog.passphrase()]() {
            Inspected inspected{BackupAdmin(dataDir).inspect(file, passphrase)};
            if (const Expected<qint64> waiting = QueueQuery(dataDir).count({}))
                inspected.waitingNow = waiting.value();
            return inspected;
        },
        [this, file, passphrase = dialog.passphrase()](const Inspected& inspected) {
            setBusy(false);
            if (!inspected.contents) {
                finishRestore(inspected.contents);
                return;
            }
            showStatus(QString());
            m_waitingBeforeRestore = inspected.waitingNow;
            confirmRestore(file, passphrase, inspected.contents.value());
        });
}

QString BackupPanel::restoreQuestion(const QString& dataDir, const QString& file,
                                     const BackupContents& contents, qint64 waitingNow)
{
    // A restore needs an empty data directory; this one is in use, so it is replaced (and kept beside it).
    // What happens at once and what the backup's queue does were said only after the restore (an outside
    // tester started the relay again and a message went out twice).
    QString question =
        tr("Replace the configuration of %1 with the backup %2?\n\nA restore needs an empty "
           "data directory: the current one, with its queue and delivery log, is moved aside "
           "and kept beside it. The relay uses the restored configuration only after "
           "RelayDesk is restarted; quit and start it again right away.")
            .arg(dataDir, file) +
        QStringLiteral("\n\n") +
        tr("The relay in this window stops taking and delivering mail now, until RelayDesk starts again.");
    // The mail waiting now goes aside with the directory: an outside tester's message accepted after the
    // backup was never delivered, and the question had counted only the backup's messages.
    if (waitingNow > 0)
        question +=
            QStringLiteral("\n\n") +
            tr("%Ln message(s) wait in the queue now. The restored relay does not deliver them: they stay "
               "in the directory that is moved aside. Unless the backup holds them, cancel and restore "
               "once they are delivered.",
               nullptr, int(waitingNow));
    if (contents.withQueue && contents.queuedMessages > 0)
        question +=
            QStringLiteral("\n\n") +
            tr("The backup holds %Ln queued message(s) as they waited on %1: any delivered since then "
               "goes out again once the relay runs. To look at them first, turn delivery off "
               "(Settings, Delivery) before RelayDesk starts again.",
               nullptr, contents.queuedMessages)
                .arg(tableTimeText(QDateTime::fromMSecsSinceEpoch(contents.createdAt)));
    return question;
}

void BackupPanel::confirmRestore(const QString& file, const QByteArray& passphrase,
                                 const BackupContents& contents)
{
    if (!Confirmation::ask(this, QStringLiteral("confirmRestore"), tr("Restore configuration"),
                           restoreQuestion(m_dataDir, file, contents, m_waitingBeforeRestore),
                           tr("Restore"))) {
        showStatus(QString());
        return;
    }
    restore(file, passphrase);
}

void BackupPanel::backUp(const QString& file, const QByteArray& passphrase, bool withQueue)
{
    setBusy(true);
    m_runner->run<Expected<BackupContents>>(
        this,
        [dataDir = m_dataDir, file, passphrase, withQueue]() {
            return BackupAdmin(dataDir).create(file, passphrase, withQueue);
        },
        [this](Expected<BackupContents> result) {
            setBusy(false);
            if (!result) {
                showStatus(tr("Backup failed: %1").arg(result.error()));
                Q_EMIT failed(result.error());
                return;
            }
            // What went in: the queue too when asked for (it said only the agents).
            showStatus(
                result->withQueue
                    ? tr("Backup written to %1: %n agent(s) and %2, encrypted.", nullptr, result->agents)
                          .arg(result->file, tr("%Ln queued message(s)", nullptr, result->queuedMessages))
                    : tr("Backup written to %1: %n agent(s), encrypted.", nullptr, result->agents)
                          .arg(result->file));
            Q_EMIT backedUp(result.value());
        });
}

void BackupPanel::restore(const QString& file, const QByteArray& passphrase)
{
    Q_EMIT restoreStarting();
    setBusy(true);
    m_runner->run<Expected<BackupContents>>(
        this,
        [dataDir = m_dataDir, file, passphrase]() {
            const BackupAdmin backup(dataDir);
            return backup.restore(file, passphrase, !backup.targetIsEmpty());
        },
        [this](Expected<BackupContents> result) { finishRestore(result); });
}

void BackupPanel::noteRelayStartedAgain()
{
    // An outside tester started the relay with "Start relay here" after a restore, and the panel still asked
    // to quit and start RelayDesk again.
    if (m_restartSentence.isEmpty())
        return;
    showStatus(
        m_status->text().replace(std::exchange(m_restartSentence, {}),
                                 tr("The relay in this window runs with the restored configuration now.")));
}

void BackupPanel::finishRestore(const Expected<BackupContents>& result)
{
    setBusy(false);
    if (!result) {
        showStatus(tr("Nothing was restored: %1").arg(result.error()));
        Q_EMIT failed(result.error());
        return;
    }
    QString text = tr("Restored %1 (%n agent(s)).", nullptr, result->agents).arg(result->file);
    m_restartSentence = tr("Quit RelayDesk and start it again to use it.");
    text += QLatin1Char(' ') + m_restartSentence;
    if (!result->keptAside.isEmpty())
        text +=
            QLatin1Char(' ') +
            tr("The previous data directory is kept as %1, with the delivery log and the agents' statistics "
               "of before the restore, which a backup does not carry.")
                .arg(result->keptAside);
    if (!result->keptAside.isEmpty() && m_waitingBeforeRestore > 0)
        text +=
            QLatin1Char(' ') + tr("The %Ln message(s) that waited in its queue stay there, not delivered.",
                                  nullptr, int(m_waitingBeforeRestore));
    // A node of a shared store becomes a relay of its own (an outside tester's did, without a word).
    if (!result->previousPostgreSql.isEmpty())
        text +=
            QLatin1Char(' ') +
            tr("The replaced data directory used the PostgreSQL store %1, shared with the other nodes; the "
               "restored one uses a new SQLite store of its own (relaydesk store use %1 --join makes it a "
               "node of that store again).")
                .arg(result->previousPostgreSql);
    // The queue of the backup's day: what was delivered since goes out again (an outside tester).
    if (result->withQueue && result->queuedMessages > 0 && result->deliveryOff)
        text += QLatin1Char(' ') +
                tr("The %Ln queued message(s) are restored as they waited on %1, when the backup was made, "
                   "and delivery is off in the restored settings: look at them in the Queue (any delivered "
                   "since the backup would go out again), then turn delivery on (Settings, Delivery).",
                   nullptr, result->queuedMessages)
                    .arg(tableTimeText(QDateTime::fromMSecsSinceEpoch(result->createdAt)));
    else if (result->withQueue && result->queuedMessages > 0)
        text +=
            QLatin1Char(' ') +
            tr("The %Ln queued message(s) are restored as they waited on %1, when the backup was made: any "
               "delivered since then is delivered again. To look at them first, turn delivery off "
               "(Settings, Delivery) before the relay starts.",
               nullptr, result->queuedMessages)
                .arg(tableTimeText(QDateTime::fromMSecsSinceEpoch(result->createdAt)));
    showStatus(text);
    Q_EMIT restored(result.value());
}

} // namespace RelayDesk
