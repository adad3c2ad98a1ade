#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace RelayDesk {

/// The window's words for Mail Agents that may send as any address (MailAgent::anySender): the command line
/// warns of them in `agent list`, `domain list` and `domain rotate-dkim`, and an outside tester found the
/// window silent there, the agent looking restricted.
class AnySenderWarning final
{
    Q_DECLARE_TR_FUNCTIONS(RelayDesk::AnySenderWarning)

public:
    /// The tooltip on such an agent's name in the agent list.
    static QString listTip(const QString& agent);
    /// Its Sender domains tab: what it may do, that it is not recommended, and how to restrict it.
    static QString senderTab();
    /// The Dashboard's alert for such an agent (an enabled one).
    static QString alert(const QString& agent);
    /// Beside a domain's DKIM records and in the question before making its keys: the enabled any-sender
    /// agents, whose mail as that domain the keys sign too. Empty for none.
    static QString signedToo(const QStringList& agents, const QString& domain);
};

} // namespace RelayDesk
