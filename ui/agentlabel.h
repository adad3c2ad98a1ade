#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

class QTableView;

namespace RelayDesk {

/// How the window names the Mail Agent that handed a message over: a deleted agent is marked so, since
/// its messages and log rows keep its name and a new agent may have taken it.
class AgentLabel final
{
    Q_DECLARE_TR_FUNCTIONS(RelayDesk::AgentLabel)

public:
    /// name, or "name (deleted)"; "Agent #id (deleted)" for a deleted agent whose name was not kept.
    static QString text(const QString& name, bool deleted, qint64 id = 0);
    /// A table cell's other roles for it: a deleted agent in grey italics, with its whole label as the
    /// tooltip, so that it is told from a new agent of its name even where the column cuts "(deleted)" (an
    /// outside tester at 1024x700); a live agent's whole name as the tooltip. Invalid for any other role.
    static QVariant cellData(const QString& name, bool deleted, int role);
    /// A table's Agent column cuts a deleted agent's name, never the "(deleted)" after it (HeadRole).
    static void keepDeletedInView(QTableView* view, int column);
    /// Widens a table's Agent column (never narrows it) so that the agents' names and the deleted agents'
    /// labels fit whole, up to about 26 characters: "Temp (gelöscht)" read "Te… (gelöscht)" at 1024x700
    /// (an outside tester). A longer name is cut, its whole label in the tooltip.
    static void fitColumn(QTableView* view, int column, const QStringList& names,
                          const QStringList& formerNames);
};

} // namespace RelayDesk
