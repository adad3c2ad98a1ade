#pragma once

#include "core/store/enginelockholder.h"

#include <QMessageBox>

namespace RelayDesk {

/// Says why the window shows no relay: another engine (the relay service or another window) runs on its
/// data directory, with that engine's pid and since when, and the window cannot reach its control channel
/// to attach to it (docs/control-channel.md).
class EngineLockDialog final : public QMessageBox
{
    Q_OBJECT
public:
    EngineLockDialog(const QString& dataDir, const EngineLockHolder& holder, QWidget* parent = nullptr);

    /// The window would attach to the running engine but cannot reach its control channel: why not.
    void setChannelError(const QString& error);

    /// "A relay service already runs on this data directory (pid 4711, since …)." (or: another window).
    static QString holderText(const EngineLockHolder& holder);

private:
    QString m_dataDir;
};

} // namespace RelayDesk
