#pragma once

#include "ui/wizardstep.h"

#include <QHash>
#include <QTimer>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace RelayDesk {

class QueryRunner;

/// Wizard page 1: the three listeners, what each is for (submission with STARTTLS, implicit TLS, the LAN
/// relay for trusted devices), their addresses and ports, and whether each port is free; and the host name
/// the relay greets with, which the certificate of the next page names.
class WizardListenersPage final : public WizardStep
{
    Q_OBJECT
public:
    /// The listener names in the settings: submission, smtps, lan.
    static QStringList listenerNames();

    WizardListenersPage(QString dataDir, QWidget* parent = nullptr);

    void initializePage() override;
    QLineEdit* addressField(const QString& listener) const { return m_rows.value(listener).address; }
    QCheckBox* enabledBox(const QString& listener) const { return m_rows.value(listener).enabled; }
    QLineEdit* hostnameField() const { return m_hostname; }
    QLabel* hostnameNote() const { return m_hostnameNote; }
    QString portStatus(const QString& listener) const;
    /// Checks every port now (on the worker); portsChecked() follows.
    void checkPorts();
    /// The running relay's listeners as the engine reports them: a stored port is "in use by this relay" only
    /// where its listener listens (another program held one, and the page said this relay had it: an outside
    /// tester). Until the first report, a stored port of a running relay counts as its own.
    void setListening(const QStringList& listening);

Q_SIGNALS:
    void loaded();
    void portsChecked();

protected:
    Save startSave() override;

private:
    /// Two listeners switched on with the same port, in words; empty when each has its own.
    QString portClash() const;
    /// Says under the host name field whether receivers will take the name typed.
    void noteHostname();

    struct Row
    {
        QLineEdit* address = nullptr;
        QCheckBox* enabled = nullptr;
        QLabel* status = nullptr;
    };

    QString m_dataDir;
    QueryRunner* m_runner = nullptr;
    QHash<QString, Row> m_rows;
    QLineEdit* m_hostname = nullptr;
    QLabel* m_hostnameNote = nullptr;
    QHash<QString, QString> m_stored;       ///< setting key -> value as loaded
    std::optional<QStringList> m_listening; ///< names of the listeners that listen, once reported
    QHash<QString, QString>
        m_heldElsewhere; ///< listener -> the address another program held at the last check
    QTimer m_checkTimer;
    quint64 m_checkGeneration = 0;
};

} // namespace RelayDesk
