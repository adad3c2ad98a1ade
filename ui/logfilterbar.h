#pragma once

#include "core/query/logfilter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace RelayDesk {

/// The filters above the Queue and Delivery Logs tables: agent, status, time range and free text over
/// sender, recipient and subject, and a recipient prefix (indexed: fast over a million rows). Typing is
/// debounced so that a filter runs once the person pauses.
class LogFilterBar final : public QWidget
{
    Q_OBJECT
public:
    LogFilterBar(const QStringList& states, QWidget* parent = nullptr);

    void setAgents(const QStringList& names);
    /// The filter as set now; times are relative to nowMs.
    LogFilter filter(qint64 nowMs) const;

Q_SIGNALS:
    void filterChanged();

private:
    QComboBox* m_agent = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_period = nullptr;
    QLineEdit* m_text = nullptr;
    QLineEdit* m_recipient = nullptr;
    QTimer m_debounce;
};

} // namespace RelayDesk
