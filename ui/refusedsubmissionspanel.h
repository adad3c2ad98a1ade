#pragma once

#include "core/engine/storechanges.h"
#include "core/query/refusedsubmissionquery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;

namespace RelayDesk {

class AgentFilterBox;

class LiveRefresh;
class QueryRunner;

/// The senders, recipients and messages the relay refused while the application was still connected (the
/// Delivery Logs page's "Refused at submission" tab): nothing of them was queued, so the delivery log has no
/// row for them. Searchable, newest first, each with its reply explained; it follows the engine live.
class RefusedSubmissionsPanel final : public QWidget
{
    Q_OBJECT
public:
    /// Entries shown at most (the search finds older ones).
    static constexpr int shownAtMost = 500;

    explicit RefusedSubmissionsPanel(QString dataDir, QWidget* parent = nullptr);

    void reload();
    /// The agents the filter offers: live ones, and the deleted ones that had a name (apart from a live agent
    /// of the name), as the Recipients tab's filter.
    void setAgents(const QStringList& names, const QStringList& formerNames);
    /// Only the live agent name's refusals, the search cleared ("Show refusals" on its Activity tab).
    void showAgent(const QString& name);
    AgentFilterBox* agentFilter() const { return m_agent; }
    /// The engine's report: the store was written (a batch of refusals among others).
    void noteStoreChanges(const RelayDesk::StoreChanges& changes);
    QLineEdit* search() const { return m_search; }
    QTreeWidget* list() const { return m_list; }
    QTextBrowser* details() const { return m_details; }
    QLabel* status() const { return m_status; }
    /// The command in the window's language ("sender (MAIL)").
    static QString commandText(const QString& command);

Q_SIGNALS:
    /// A reload ended: count entries are shown.
    void loaded(int count);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showEntries(const QList<RefusedSubmission>& entries, bool more);
    void showDetails();

    QString m_dataDir;
    AgentFilterBox* m_agent = nullptr; ///< data: {} all, {name} a live agent, {name, "deleted"} deleted ones
    QLineEdit* m_search = nullptr;
    QTreeWidget* m_list = nullptr;
    QTextBrowser* m_details = nullptr;
    QLabel* m_status = nullptr;
    QueryRunner* m_runner = nullptr;
    LiveRefresh* m_live = nullptr;
    QTimer m_typing; ///< reloads a moment after the search text last changed
    QList<RefusedSubmission> m_entries;
    quint64 m_generation = 0;
};

} // namespace RelayDesk
