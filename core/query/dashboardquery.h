#pragma once

#include "core/util/expected.h"

#include <QDate>
#include <QList>
#include <QString>

namespace RelayDesk {

/// One agent's counts on one day (agent_daily_stats).
struct AgentDayCounts
{
    QString agent;
    QDate day;
    int accepted = 0;
    int delivered = 0;
    int deferred = 0;
    int bounced = 0;
};

/// What the dashboard shows: today's totals, a per-agent history, and the facts behind its alerts.
struct DashboardSnapshot
{
    int acceptedToday = 0;
    int deliveredToday = 0;
    int deferredToday = 0;
    int bouncedToday = 0;
    int pendingRecipients = 0;  ///< queued or deferred now
    qint64 oldestPendingMs = 0; ///< received_at of the oldest pending message; 0 if none
    QList<AgentDayCounts> history;
    QStringList failingDomains; ///< domains whose recent recipients are all deferred or bounced
};

/// Reads the dashboard's numbers. Read-only; run it on a worker thread (docs/architecture.md, "the GUI never
/// waits").
class DashboardQuery final
{
public:
    explicit DashboardQuery(QString dataDir);
    /// days of history ending with today (agent_daily_stats.day is an ISO date, "2024-05-01").
    Expected<DashboardSnapshot> load(const QDate& today, int days = 14) const;

private:
    QString m_dataDir;
};

} // namespace RelayDesk
