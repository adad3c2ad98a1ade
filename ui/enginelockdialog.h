#pragma once

#include "core/store/enginelockholder.h"

#include <QMessageBox>

namespace RelayDesk {

/// Says why the window starts no engine of its own: another engine (the relay service or another window)
/// already runs on its data directory, with that engine's pid and since when (docs/operations.md).
class EngineLockDialog final : public QMessageBox
{
    Q_OBJECT
public:
    EngineLockDialog(const QString& dataDir, const EngineLockHolder& holder, QWidget* parent = nullptr);

    /// "A relay service already runs on this data directory (pid 4711, since …)." (or: another window).
    static QString holderText(const EngineLockHolder& holder);
};

} // namespace RelayDesk
