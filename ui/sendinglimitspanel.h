#pragma once

#include "core/admin/agentlimitadmin.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QSpinBox;

namespace RelayDesk {

class LiveFeed;
class LiveRefresh;
class QueryRunner;

/// One Mail Agent's sending limits, editable (messages per minute, hour and day, recipients per message),
/// with its current use ("37 of 100 this hour") from the store's accepted counts. The use follows the
/// engine's store changes and the turn of each minute without a click; limits being edited are never
/// overwritten.
class SendingLimitsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SendingLimitsPanel(QString dataDir, QWidget* parent = nullptr);

    void setAgent(const QString& agentName);
    /// Where the panel hears that messages were accepted or the store written (by the CLI, too).
    void setLiveFeed(LiveFeed* feed);
    void reload();
    bool hasUnsavedChanges() const { return m_dirty; }
    /// The agent whose limits are shown (and edited).
    const QString& agent() const { return m_agent; }
    /// Before another agent is shown: at once when nothing is edited; otherwise asks to save the edited
    /// limits (Save, Discard, Cancel; Cancel is the default) and calls proceed once they are saved or
    /// discarded, stay when the person cancels or the save fails (an outside tester's typed limit was
    /// dropped without a word when they chose another agent).
    void requestLeave(std::function<void()> proceed, std::function<void()> stay);
    /// The question of requestLeave is open (or its save is running).
    bool isAsking() const { return m_asking; }
    QPushButton* saveButton() const { return m_save; }

Q_SIGNALS:
    /// The limits and use were read from the store.
    void loaded();
    /// The limits were stored.
    void saved();

private:
    void showStatus(const AgentSendingStatus& status);
    void showLimits(const SendingLimits& limits);
    SendingLimits editedLimits() const;
    void edited();
    /// Says which limits can never be reached (above the limit of a longer window).
    void noteUnreachable();
    void save();
    void revert();
    void scheduleTick();

    QString m_dataDir;
    QString m_agent;
    QSpinBox* m_perMinute = nullptr;
    QSpinBox* m_perHour = nullptr;
    QSpinBox* m_perDay = nullptr;
    QSpinBox* m_maxRecipients = nullptr;
    QLabel* m_minuteUse = nullptr;
    QLabel* m_hourUse = nullptr;
    QLabel* m_dayUse = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_unreachable = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QueryRunner* m_runner = nullptr;
    LiveRefresh* m_live = nullptr;
    QTimer m_tick; ///< at the turn of each minute, when a window may have ended
    SendingLimits m_stored;
    bool m_dirty = false;
    bool m_saving = false;
    quint64 m_generation = 0; ///< drops results that a newer request overtook
    bool m_asking = false;
    std::function<void()> m_afterSave;       ///< requestLeave's proceed, once the limits are saved
    std::function<void()> m_afterSaveFailed; ///< requestLeave's stay, when the save fails
};

} // namespace RelayDesk
