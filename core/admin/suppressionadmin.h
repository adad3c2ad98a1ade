#pragma once

#include "core/delivery/suppressionlist.h"
#include "core/util/expected.h"

#include <QList>
#include <QString>

namespace RelayDesk {

/// The per-agent suppression lists for the faces: the addresses an agent's mail no longer goes to.
class SuppressionAdmin final
{
public:
    explicit SuppressionAdmin(QString dataDir);

    /// An address as the list stores it (trimmed, lower case).
    static QString normalize(const QString& address) { return SuppressionList::normalize(address); }
    /// Why add() would refuse address itself (empty: it would not), for a check as it is typed.
    static QString addressProblem(const QString& address) { return SuppressionList::addressProblem(address); }

    /// The reason an address added by hand without one is given.
    static QString byHandReason() { return SuppressionList::byHandReason(); }

    Expected<QList<Suppression>> list(const QString& agentName) const;
    /// Those of addresses on the agent's list, each once, as given: a resend skips them (the window and the
    /// command line say so before they queue a copy).
    Expected<QStringList> suppressedAmong(const QString& agentName, const QStringList& addresses) const;
    Status add(const QString& agentName, const QString& address, const QString& reason);
    /// Fails with a clear message when the address is not on the agent's list.
    Status remove(const QString& agentName, const QString& address);

private:
    QString m_dataDir;
};

} // namespace RelayDesk
