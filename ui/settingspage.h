#pragma once

#include "core/engine/sessioninfo.h"
#include "ui/closeaction.h"

#include <QDateTime>
#include <QMap>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace RelayDesk {

class BackupPanel;
class CertificatePanel;
class CloseActionBox;
class LiveFeed;
class LiveRefresh;
class QueryRunner;
class ListenerDownNotice;
class RestartBanner;
class RoutesEditor;
class SettingField;
enum class SettingsTab;

/// The Settings page, in the words of an office: Listeners, Security, Delivery, Retention and Desktop, each
/// value in human units (minutes, days, MB) and choices as drop-downs. Fields, routes, the smarthost
/// password and the desktop preferences are all pending until the one Save stores them (validated by the
/// store's own checks, the settings all or nothing); leaving with changes asks first. What a running relay
/// reads only when it starts is listed in a banner with a Restart relay button.
class SettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(QString dataDir, QWidget* parent = nullptr);

    /// Reloads the stored values into the fields (discarding unsaved edits); read on the worker thread.
    void load();
    /// Saves every change on the worker thread: the settings in one transaction (all of them or, if any
    /// is invalid, none), then the routes and the smarthost password. The page is disabled until it is done.
    void save();
    bool isBusy() const { return m_busy; }
    bool hasUnsavedChanges() const;
    /// Labels of what was changed and not saved yet.
    QStringList unsavedChanges() const;
    /// Runs proceed now if nothing is unsaved; else asks Save / Discard / Cancel (Cancel is the default)
    /// and runs proceed after a successful save or a discard, never after Cancel; stay runs after Cancel or
    /// Escape (the prompt closed without an answer), so that the caller can show the page as chosen again.
    void requestLeave(std::function<void()> proceed, std::function<void()> stay = {});
    /// Follows the store: a value changed elsewhere (`relaydesk config set`, a route from the command line)
    /// shows here within a second, unless the person has an unsaved edit of it, which stays.
    void setLiveFeed(LiveFeed* feed);
    SettingField* field(const QString& key) const { return m_fields.value(key); }
    CertificatePanel* certificatePanel() const { return m_certificatePanel; }
    BackupPanel* backupPanel() const { return m_backupPanel; }
    /// The relay in this window was started again after a restore: the page no longer asks for a restart.
    void noteRelayStartedAgain();
    RoutesEditor* routesEditor() const { return m_routes; }
    RestartBanner* restartBanner() const { return m_banner; }
    ListenerDownNotice* listenerNotice() const { return m_listenerNotice; }
    QComboBox* smarthostPresets() const { return m_presets; }
    QComboBox* smarthostRegion() const { return m_region; }
    QLabel* insecureWarning() const { return m_insecureWarning; }
    QString statusText() const;

public Q_SLOTS:
    void setCertificate(const QDateTime& expiry, const QString& fingerprint);
    /// The engine was restarted on request (restartRequested): started, or why not.
    void restartFinished(bool started, const QString& error);
    /// The relay runs in another process and this window cannot restart it: why, and who can.
    void restartRefused(const QString& reason);
    /// What the running engine says waits for a restart (labels), whoever stored it: this window, another
    /// window or the command line. Empty hides the banner.
    void setPendingRestart(const QStringList& labels);
    /// The running relay's listeners (empty while none runs): those down are named above the tabs.
    void setListeners(const QList<RelayDesk::ListenerStatus>& listeners);

Q_SIGNALS:
    /// Saved (changedKeys: the relay settings among the changes).
    void settingsSaved(const QStringList& changedKeys);
    void saveFailed(const QString& reason);
    /// The stored values are shown in the fields.
    void loaded();
    /// The Restart relay button: stop and start the engine, then call restartFinished().
    void restartRequested();
    /// The Backup section's restore is about to replace the data directory, and has ended (restored or
    /// not): a relay running in this window must not use the store while it is replaced.
    void restoreStarting();
    void restoreFinished(bool restored);

private:
    /// message, then the fields not saved yet ("Not saved yet: ..."), if any.
    QString withUnsavedNote(const QString& message) const;
    QFormLayout* section(SettingsTab tab, const QString& title);
    void buildFields();
    void buildCertificate();
    void buildSmarthostPassword();
    /// The provider presets (and Amazon SES's region) above the smarthost fields, and the red insecure box.
    void buildSmarthostPresets();
    void applyPreset();
    void showStoredPreset(); ///< the preset box shows the mail service the stored smarthost is
    /// The insecure box was ticked by the person: confirm first (Cancel is the default).
    void confirmInsecure(bool checked);
    void updateInsecureWarning();
    /// The pin and the skipped verification belong to the stored smarthost's host and port: a field edited to
    /// another server shows them ended, as saving would end them, so that Test connection sends the stored
    /// password only to a verified server (an outside tester's test went to a self-signed one); edited back,
    /// they show again.
    void followSmarthostEndpoint();
    /// Save refused: the smarthost user name would be left without a password; says so in a dialog.
    /// Says which settings changed elsewhere since the page read them, and takes their new values as the
    /// stored ones under the person's edits (nothing was saved).
    /// " Note: ..." when the give-up time is shorter than the delay notice (none is sent then); else "".
    QString delayNoticeNote(const QStringList& keys) const; ///< keys: the settings just saved
    /// A note for each file setting among keys that the relay running on this directory cannot read.
    QString fileAccessNote(const QStringList& keys) const;
    void refuseOverwriting(const QList<std::pair<QString, QString>>& changedElsewhere);
    void refuseUserWithoutPassword(const QString& username);
    /// Opens "Test connection" for the smarthost as the fields show it (saved or not).
    void testSmarthost();
    void buildDesktop();
    void buildBackup();
    void setBusy(bool busy, const QString& message);
    void showStored(const QMap<QString, QString>& values);
    /// The password field's placeholder and the Remove check box by whether a password is stored.
    void showPasswordStored(bool stored);
    /// Reads the stored values again and shows those that changed in the fields the person did not edit.
    void followStore();
    /// Drops every pending change at once (the stored values are already known).
    void discard();
    void updateStatus();
    /// A message about one tab's panel (a certificate's): it gives way when another tab is shown.
    void setTabStatus(SettingsTab tab, const QString& text);

    QString m_dataDir;
    QTabWidget* m_tabs = nullptr;
    QMap<SettingsTab, QWidget*> m_pages;
    QMap<QString, QFormLayout*> m_sections;
    QMap<QString, SettingField*> m_fields;
    LiveRefresh* m_live = nullptr;
    QLabel* m_certificate = nullptr;
    QLabel* m_status = nullptr;
    SettingsTab m_statusTab{}; ///< the tab m_statusTabText is about
    QString m_statusTabText;   ///< the last setTabStatus() text, until it gives way
    QCheckBox* m_startMinimized = nullptr;
    CloseActionBox* m_closeAction = nullptr;
    bool m_storedStartMinimized = false;
    CloseAction::Choice m_storedCloseAction = CloseAction::Choice::Ask;
    QueryRunner* m_runner = nullptr;
    CertificatePanel* m_certificatePanel = nullptr;
    BackupPanel* m_backupPanel = nullptr;
    RoutesEditor* m_routes = nullptr;
    RestartBanner* m_banner = nullptr;
    ListenerDownNotice* m_listenerNotice = nullptr;
    QLineEdit* m_smarthostPassword = nullptr;
    QCheckBox* m_forgetPassword = nullptr;
    QComboBox* m_presets = nullptr;
    QComboBox* m_region = nullptr;
    QLabel* m_regionLabel = nullptr;
    QLabel* m_insecureWarning = nullptr;
    QStringList m_endedByHost; ///< exceptions followSmarthostEndpoint() ended for an edited host
    std::function<void()> m_afterSave;
    bool m_busy = false;
    bool m_unreadable =
        false; ///< the settings could not be read: nothing is shown to edit, load() tries again
    bool m_shorteningConfirmed = false; ///< save(): the person agreed to keep less history
    bool m_clampsConfirmed = false;     ///< save(): the person agreed to values the fields changed
    bool m_giveUpConfirmed = false; ///< save(): the person agreed that a shorter give-up time bounces mail
    /// A question save() asks before it stores (Cancel the default): Yes sets *confirmed and saves again,
    /// Cancel says "Not saved." and emits saveFailed(declined).
    void askBeforeSaving(const QString& name, const QString& title, const QString& text,
                         const QString& yesText, bool* confirmed, const QString& declined);
};

} // namespace RelayDesk
