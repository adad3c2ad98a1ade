#pragma once

#include "core/engine/sessioninfo.h"

#include <QWidget>

class QLabel;

namespace RelayDesk {

class SessionsModel;

/// The Live Sessions page: who is connected right now, over which listener and TLS, as whom.
class SessionsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SessionsPage(QWidget* parent = nullptr);
    SessionsModel* model() const { return m_model; }

public Q_SLOTS:
    void setSessions(const QList<RelayDesk::SessionInfo>& sessions);
    /// F5: asks for a fresh snapshot (the engine link answers with setSessions).
    void refresh();

Q_SIGNALS:
    void refreshRequested();

private:
    SessionsModel* m_model = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace RelayDesk
