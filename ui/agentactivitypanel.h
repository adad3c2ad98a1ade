#pragma once

#include "core/admin/securityadmin.h"
#include "core/agents/cidrrange.h"
#include "core/query/agentactivityquery.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace RelayDesk {

class LiveFeed;
class LiveRefresh;
class QueryRunner;

/// The Activity tab of a Mail Agent: its messages accepted and what became of their recipients today, in the
/// last 7 and the last 30 UTC days, and what of its mail waits now; current without a click (the engine's
/// store changes, and the turn of the UTC day), and why its logins were refused in the last 24 hours. "Show
/// in Delivery Logs" opens its rows there.
class AgentActivityPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit AgentActivityPanel(QString dataDir, QWidget* parent = nullptr);

    void setAgent(const QString& agentName);
    void setLiveFeed(LiveFeed* feed);
    /// The figure shown in row (0 accepted, 1 delivered, 2 temporary failures, 3 bounced) and span column
    /// (0 today, 1 the last 7 days, 2 the last 30 days), as shown.
    QString figure(int row, int span) const;
    QString waitingText() const;
    /// The line about the agent's logins refused in the last 24 hours ("" while none was).
    QString refusedText() const;
    /// The line about what of the agent's mail was refused at submission ("" while nothing was).
    QString refusedSubmissionsText() const;
    /// The lines about the addresses of the agent's applications locked out of AUTH now ("" while none is).
    QString lockedOutText() const;

Q_SIGNALS:
    /// The activity of the agent shown was read (or could not be).
    void loaded();
    /// The person asked to see the agent's rows in the Delivery Logs over the last periodSeconds.
    void showLogsRequested(const QString& agentName, int periodSeconds);
    /// The person asked to see what of the agent's mail was refused at submission.
    void showRefusalsRequested(const QString& agentName);

private:
    void reload();
    void showActivity(const AgentActivity& activity);
    /// Returns the address of the agent's last refused login ("" when none was in the last 24 hours).
    QString showRefused(const QList<RefusedLoginView>& refused);
    /// The lockouts in force that shut the agent's applications out: of an address on its allowlist, or of
    /// the address its last login was refused from.
    void showLockedOut(const QList<AuthLockout>& lockouts, const QList<CidrRange>& allowlist,
                       const QString& lastRefusedFrom);
    void showUnknown(const QString& why);
    void scheduleDayTurn();

    QString m_dataDir;
    QString m_agent;
    QueryRunner* m_runner = nullptr;
    LiveRefresh* m_live = nullptr;
    QList<QList<QLabel*>> m_figures; ///< [row][span]
    QLabel* m_waiting = nullptr;
    QLabel* m_refused = nullptr;            ///< the last refused login and why: "the printer cannot send"
    QLabel* m_refusedSubmissions = nullptr; ///< what was refused at submission, never queued
    QLabel* m_lockedOut = nullptr;          ///< the addresses of its applications locked out of AUTH now
    QTimer m_lockoutEnds;                   ///< when the first of those lockouts ends, to say so
    QLabel* m_problem = nullptr;
    QPushButton* m_showLogs = nullptr;
    QPushButton* m_showRefusals = nullptr;
    QTimer m_dayTurn; ///< just after midnight UTC, when "today" becomes yesterday
    quint64 m_generation = 0;
};

} // namespace RelayDesk
