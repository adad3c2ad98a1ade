#pragma once

#include "core/security/refusedsubmissions.h"
#include "core/util/expected.h"

#include <QList>
#include <QString>

namespace RelayDesk {

/// What to list of the refused submissions.
struct RefusedSubmissionFilter
{
    qint64 sinceMs = 0;
    /// Contained (in any case) in the sender, the recipients, the agent, the client address or the reply.
    QString text;
    /// Only the live agent of this name's (in any case; one deleted and made again under the name starts
    /// afresh), or with deletedAgent the deleted agents' that had it; a name nobody had is an error.
    QString agent;
    bool deletedAgent = false;
};

/// The senders, recipients and messages refused at submission (refused_submissions), for the Delivery Logs
/// page's "Refused at submission" tab and `relaydesk log refused`: one entry per client address, agent,
/// command, envelope and reply, counts added up, latest first.
class RefusedSubmissionQuery final
{
public:
    /// Rows read at most: the newest, which is what support asks about; a flood of refusals must not make
    /// the window read a year of rows.
    static constexpr int rowsReadAtMost = 5000; ///< or the limit asked for, if larger

    explicit RefusedSubmissionQuery(QString dataDir);

    /// At most limit entries; `more` (when given) says whether further matching entries were left out.
    Expected<QList<RefusedSubmission>> search(const RefusedSubmissionFilter& filter, int limit,
                                              bool* more = nullptr) const;

private:
    QString m_dataDir;
};

} // namespace RelayDesk
