#pragma once

#include "core/engine/sessioninfo.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace RelayDesk {

class LockoutsPanel;
class NodesPanel;
class RefusedLoginsPanel;
class SessionsModel;

/// The Live Sessions page: who is connected right now, over which listener and TLS, as whom; disconnecting a
/// sessions; and the addresses locked out of AUTH, with unlock.
class SessionsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SessionsPage(QString dataDir, QWidget* parent = nullptr);
    SessionsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* disconnectButton() const { return m_disconnect; }
    /// What became of the last disconnect (sessions that had ended before it was confirmed).
    QLabel* noteLabel() const { return m_note; }
    LockoutsPanel* lockoutsPanel() const { return m_lockouts; }
    RefusedLoginsPanel* refusedLoginsPanel() const { return m_refused; }
    NodesPanel* nodesPanel() const { return m_nodes; }

public Q_SLOTS:
    void setSessions(const QList<RelayDesk::SessionInfo>& sessions);
    /// F5: asks for a fresh snapshot (the engine link answers with setSessions).
    void refresh();

Q_SIGNALS:
    void refreshRequested();

Q_SIGNALS:
    /// The person confirmed that this session is to end (the engine link asks the engine).
    void disconnectRequested(quint64 sessionId);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void fitColumns();
    /// A second went by: the durations and the lingering of ended sessions follow the clock.
    void tick();
    /// The selected sessions that are still open, in table order.
    QList<SessionInfo> selectedOpenSessions() const;
    void confirmDisconnect();
    /// Asks the engine to end those of the sessions asked about that are still open, and says how many had
    /// ended meanwhile.
    void disconnectConfirmed(const QList<SessionInfo>& asked);
    void updateButtons();

    SessionsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_disconnect = nullptr;
    LockoutsPanel* m_lockouts = nullptr;
    RefusedLoginsPanel* m_refused = nullptr;
    NodesPanel* m_nodes = nullptr;
    QTimer m_clock; ///< runs while the page is visible
};

} // namespace RelayDesk
