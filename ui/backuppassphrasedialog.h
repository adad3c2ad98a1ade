#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace RelayDesk {

/// Asks the passphrase of a configuration backup: twice for a new backup (with the choice to include the
/// queue), once for a restore. OK stays disabled while the passphrase is empty or the two differ.
class BackupPassphraseDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose
    {
        Create,
        Restore
    };

    BackupPassphraseDialog(Purpose purpose, const QString& file, QWidget* parent = nullptr);

    QByteArray passphrase() const;
    bool withQueue() const;

private:
    void check();

    Purpose m_purpose;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_again = nullptr;
    QCheckBox* m_withQueue = nullptr;
    QLabel* m_hint = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace RelayDesk
