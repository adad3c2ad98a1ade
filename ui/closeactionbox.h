#pragma once

#include "ui/closeaction.h"

#include <QComboBox>

namespace RelayDesk {

/// The Desktop setting "When the window is closed": keep the relay running, quit, or ask, in words true to
/// this desktop (in the tray, or minimized when there is no tray).
class CloseActionBox final : public QComboBox
{
    Q_OBJECT
public:
    explicit CloseActionBox(QWidget* parent = nullptr);
    void load(); ///< shows the stored choice
    void save() const;
    CloseAction::Choice choice() const;
};

} // namespace RelayDesk
