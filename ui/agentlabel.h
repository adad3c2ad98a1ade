#pragma once

#include <QCoreApplication>
#include <QString>

namespace RelayDesk {

/// How the window names the Mail Agent that handed a message over: a deleted agent is marked so, since
/// its messages and log rows keep its name and a new agent may have taken it.
class AgentLabel final
{
    Q_DECLARE_TR_FUNCTIONS(RelayDesk::AgentLabel)

public:
    /// name, or "name (deleted)"; "Agent #id (deleted)" for a deleted agent whose name was not kept.
    static QString text(const QString& name, bool deleted, qint64 id = 0);
};

} // namespace RelayDesk
