#pragma once

#include "core/query/logfilter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace RelayDesk {

class AgentFilterBox;

/// The filters above the Queue and Delivery Logs tables: agent, status, a period or a custom date range, a
/// recipient prefix (indexed), a queue id (exact) and free words over recipient, sender, subject, reply and
/// queue id (the full-text index). Typing is debounced so that a filter runs once the person pauses.
class LogFilterBar final : public QWidget
{
    Q_OBJECT
public:
    LogFilterBar(const QStringList& states, QWidget* parent = nullptr);

    /// Offers "All agents", names, then formerNames (deleted agents whose messages keep their name) as
    /// "Faxes (deleted)"; keeps the agent chosen if it is still offered.
    void setAgents(const QStringList& names, const QStringList& formerNames = {});
    /// The filter as set now; times are relative to nowMs.
    LogFilter filter(qint64 nowMs) const;
    /// Shows every row of one agent over the last periodSeconds (one of the offered periods): the other
    /// filters are cleared, and the filter applies at once (an agent's Activity tab opens its rows).
    void showAgent(const QString& name, int periodSeconds);
    /// Shows a custom date range from..to (local time) and applies it.
    void setCustomRange(const QDateTime& from, const QDateTime& to);

Q_SIGNALS:
    void filterChanged();

private:
    void periodChanged();
    /// Marks the range fields and says so when the start is not before the end.
    void checkRange();

    AgentFilterBox* m_agent = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_period = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QWidget* m_range = nullptr;       ///< m_from and m_to, shown for "Custom range"
    QLabel* m_rangeProblem = nullptr; ///< says that the start is not before the end (nothing can match)
    QLineEdit* m_text = nullptr;
    QLineEdit* m_recipient = nullptr;
    QLineEdit* m_queueId = nullptr;
    QTimer m_debounce;
};

} // namespace RelayDesk
