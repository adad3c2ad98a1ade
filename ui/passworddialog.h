#pragma once

#include <QDialog>

namespace RelayDesk {

/// Shows a freshly generated credential: the username and, this one time only, the password, with a Copy
/// button and a plain warning that it cannot be shown again (docs/architecture.md, "secrets stay secret":
/// only its hash is stored).
class PasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(const QString& username, const QString& password, QWidget* parent = nullptr);

    /// Escape or the window's close before the password was copied asks first (Cancel, the default, keeps
    /// the dialog): it is never shown again (an outside tester closed it by reflex).
    void reject() override;

private:
    bool m_passwordCopied = false;
};

} // namespace RelayDesk
