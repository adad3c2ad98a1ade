#pragma once

#include <QDateTime>
#include <QMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace RelayDesk {

/// The Settings page: every relay setting grouped by topic (listeners, TLS, limits, retry schedule,
/// smarthost, delivery), validated as it is typed with the store's own validators, and saved only when every
/// changed value is valid. Also the desktop preferences: start minimized, close to the tray.
class SettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(QString dataDir, QWidget* parent = nullptr);

    /// Reloads the stored values into the fields (discarding unsaved edits).
    void load();
    /// Saves every changed field; returns false (and saves nothing) if any is invalid.
    bool save();
    QLineEdit* field(const QString& key) const { return m_fields.value(key); }

public Q_SLOTS:
    void setCertificate(const QDateTime& expiry, const QString& fingerprint);

Q_SIGNALS:
    /// Saved; listeners and TLS changes take effect when the relay restarts.
    void settingsSaved(const QStringList& changedKeys);

private:
    QWidget* groupPage(const QString& title);
    void validateField(const QString& key);
    void importPem();

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
    QCheckBox* m_closeToTray = nullptr;
};

} // namespace RelayDesk
