#pragma once

#include <QDateTime>
#include <QMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace RelayDesk {

class CertificatePanel;
class CloseActionBox;
class QueryRunner;
class RoutesEditor;

/// The Settings page: every relay setting grouped by topic (listeners, TLS, limits, retry schedule,
/// smarthost, routes, delivery), validated as it is typed with the store's own validators, and saved only
/// when every changed value is valid. Also the desktop preferences: start minimized, close to the tray.
class SettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(QString dataDir, QWidget* parent = nullptr);

    /// Reloads the stored values into the fields (discarding unsaved edits); read on the worker thread.
    void load();
    /// Saves every changed field on the worker thread in one transaction: all of them or, if any is invalid
    /// or cannot be written, none. The page is disabled until it is done (saved or saveFailed).
    void save();
    bool isBusy() const { return m_busy; }
    QLineEdit* field(const QString& key) const { return m_fields.value(key); }
    CertificatePanel* certificatePanel() const { return m_certificatePanel; }
    RoutesEditor* routesEditor() const { return m_routes; }

public Q_SLOTS:
    void setCertificate(const QDateTime& expiry, const QString& fingerprint);

Q_SIGNALS:
    /// Saved; listeners and TLS changes take effect when the relay restarts.
    void settingsSaved(const QStringList& changedKeys);
    void saveFailed(const QString& reason);
    /// The stored values are shown in the fields.
    void loaded();

private:
    QWidget* groupPage(const QString& title);
    void validateField(const QString& key);
    void importPem();
    void saveSmarthostPassword();
    void setBusy(bool busy, const QString& message);
    void showStored(const QMap<QString, QString>& values);

    QString m_dataDir;
    QTabWidget* m_tabs = nullptr;
    QMap<QString, QWidget*> m_groups;
    QMap<QString, QLineEdit*> m_fields;
    QMap<QString, QCheckBox*> m_checks;
    QMap<QString, QLabel*> m_problems;
    QMap<QString, QString> m_stored;
    QLabel* m_certificate = nullptr;
    QLabel* m_status = nullptr;
    QCheckBox* m_startMinimized = nullptr;
    CloseActionBox* m_closeAction = nullptr;
    QueryRunner* m_runner = nullptr;
    CertificatePanel* m_certificatePanel = nullptr;
    RoutesEditor* m_routes = nullptr;
    QLineEdit* m_smarthostPassword = nullptr;
    bool m_busy = false;
};

} // namespace RelayDesk
