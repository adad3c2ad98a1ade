#pragma once

#include <QString>

class QWidget;

namespace RelayDesk {

/// Asks before a destructive action. The action's button says what it does ("Delete", "Revoke"); Cancel is
/// the default and the Escape button, so Enter or Escape never destroys anything.
class Confirmation final
{
public:
    /// True only when the person pressed the action's button. objectName names the box for tests.
    static bool ask(QWidget* parent, const QString& objectName, const QString& title, const QString& question,
                    const QString& actionText);
};

} // namespace RelayDesk
