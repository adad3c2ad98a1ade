#include "ui/enginelockdialog.h"
#include "ui/timecolumn.h"

#include <QLocale>

namespace RelayDesk {

EngineLockDialog::EngineLockDialog(const QString& dataDir, const EngineLockHolder& holder, QWidget* parent)
    : QMessageBox(QMessageBox::Critical, tr("RelayDesk cannot start the relay"), holderText(holder),
                  QMessageBox::Close, parent)
{
    setObjectName(QStringLiteral("engineLockDialog"));
    m_dataDir = dataDir;
    setInformativeText(
        tr("Data directory: %1\n\nTwo relays on one data directory would compete for its ports and "
           "its queue, so this window does not start another one. Stop the running one (the "
           "service with \"systemctl stop relaydesk\"), or start RelayDesk with another "
           "--data-dir.")
            .arg(dataDir));
}

void EngineLockDialog::setChannelError(const QString& error)
{
    setInformativeText(
        tr("Data directory: %1\n\nThis window would show that relay, but cannot reach its control "
           "channel: %2\n\nTwo relays on one data directory would compete for its ports and its queue, so "
           "this window does not start another one. Run RelayDesk as the relay's user (or a member of its "
           "group), stop the running relay (the service with \"systemctl stop relaydesk\"), or start "
           "RelayDesk with another --data-dir.")
            .arg(m_dataDir, error));
}

QString EngineLockDialog::holderText(const EngineLockHolder& holder)
{
    const QString pid = holder.pid > 0 ? QString::number(holder.pid) : tr("unknown");
    const QString since = holder.since.isValid() ? shortDateTimeText(holder.since) : tr("an unknown time");
    if (holder.face == EngineFace::Service)
        return tr("A relay service already runs on this data directory (pid %1, since %2).").arg(pid, since);
    return tr("A RelayDesk window already runs the relay on this data directory (pid %1, since %2).")
        .arg(pid, since);
}

} // namespace RelayDesk
