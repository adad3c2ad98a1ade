#pragma once

#include "core/routing/routetable.h"
#include "ui/wizardstep.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace RelayDesk {

class QueryRunner;

/// Wizard page 4: how mail leaves: straight to the recipients' mail servers (MX), or through a smarthost
/// picked from presets (ZeptoMail, Microsoft 365, Gmail, Amazon SES, SendGrid, Mailgun) or typed, with its
/// user name and password, TLS required. Next stores it (RouteAdmin); delivery that is off is turned on only
/// when the person ticks the box that says so.
class WizardDeliveryPage final : public WizardStep
{
    Q_OBJECT
public:
    WizardDeliveryPage(QString dataDir, QWidget* parent = nullptr);

    void initializePage() override;
    QRadioButton* mxChoice() const { return m_mx; }
    QRadioButton* smarthostChoice() const { return m_smarthost; }
    QComboBox* presets() const { return m_presets; }
    QLineEdit* hostField() const { return m_host; }
    QLineEdit* userField() const { return m_user; }
    QLineEdit* passwordField() const { return m_password; }
    /// How the connection is encrypted: automatic (by the port), STARTTLS, TLS from the start, or STARTTLS
    /// if offered (an office server without TLS, which an outside tester could not set up here).
    QComboBox* tlsChoice() const { return m_tls; }
    /// Shown while delivery is off: whether Next turns it on (not ticked at first).
    QCheckBox* turnOnBox() const { return m_turnOn; }

Q_SIGNALS:
    void loaded();

protected:
    Save startSave() override;

private:
    /// A preset chosen: the smarthost way with the preset's server.
    void applyPreset(int index);
    /// The server and the user name hint of the preset the combo box shows.
    void showPreset(int index);
    void updateEnabled();
    /// What the chosen encryption means, under the fields.
    void updateTlsNote();

    QString m_dataDir;
    QueryRunner* m_runner = nullptr;
    QRadioButton* m_mx = nullptr;
    QRadioButton* m_smarthost = nullptr;
    QComboBox* m_presets = nullptr;
    QLineEdit* m_host = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_tls = nullptr;
    QLabel* m_tlsNote = nullptr;
    QLabel* m_deliveryOff = nullptr;
    QCheckBox* m_turnOn = nullptr;
    SmarthostConfig m_stored;
    bool m_deliveryEnabled = true;
};

} // namespace RelayDesk
