#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace RelayDesk {

/// Asks for an address to add to a Mail Agent's suppression list, and why (a customer who asked to get no
/// more mail, a ticket number). A refused address comes back to it with the reason shown under the fields
/// and what was typed kept.
class SuppressionAddDialog final : public QDialog
{
    Q_OBJECT
public:
    SuppressionAddDialog(const QString& agentName, QWidget* parent = nullptr);

    /// Fills the fields (after a refusal: what was typed, and why it was refused).
    void setValues(const QString& address, const QString& reason, const QString& problem = {});
    QString address() const;
    QString reason() const;

private:
    QLineEdit* m_address;
    QLineEdit* m_reason;
    QLabel* m_problem;
};

} // namespace RelayDesk
