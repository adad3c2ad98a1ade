#pragma once

#include "core/query/deliverylogrow.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace RelayDesk {

class LiveFeed;
class QueryRunner;

/// Where one queued message stands, live: queued, delivered, deferred or bounced, with the road sign and the
/// explanation of the last reply. It reads the message again whenever the engine reports a store change
/// (pushed through the LiveFeed, no click needed), on its own worker thread.
class TestMessageStatus final : public QWidget
{
    Q_OBJECT
public:
    TestMessageStatus(QString dataDir, LiveFeed* feed, QWidget* parent = nullptr);

    /// Follows the message with this queue id (empty: shows nothing).
    void watch(const QString& queueId);
    void reload();
    const QString& queueId() const { return m_queueId; }
    /// The recipient's stored state ("queued", "deferred", "delivered", "bounced", "suppressed"); empty
    /// before the first read.
    QString state() const { return m_row.state; }
    QString headline() const;
    QString explanationText() const;

Q_SIGNALS:
    /// The state or the last reply changed.
    void updated(const QString& state);

private:
    void show(const DeliveryLogRow& row);

    QString m_dataDir;
    QueryRunner* m_runner = nullptr;
    QLabel* m_headline = nullptr;
    QTextBrowser* m_explanation = nullptr;
    QString m_queueId;
    DeliveryLogRow m_row;
    quint64 m_generation = 0;
};

} // namespace RelayDesk
