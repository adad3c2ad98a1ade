#pragma once

#include <QObject>

class QWidget;

namespace RelayDesk {

/// Keeps the mouse wheel for scrolling a long form: the combo boxes and spin boxes under root take the
/// wheel only once they have the focus (a click or Tab), so that a wheel turn passing over one scrolls the
/// page instead of changing a setting.
class WheelGuard final : public QObject
{
    Q_OBJECT
public:
    /// Guards every combo box and spin box under root now (add later ones with guard()).
    explicit WheelGuard(QWidget* root);
    void guard(QWidget* field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace RelayDesk
