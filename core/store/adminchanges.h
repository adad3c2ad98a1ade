#pragma once

#include "core/util/expected.h"

#include <QSqlDatabase>
#include <QString>

namespace RelayDesk {

/// The admin_changes topics that tell a running engine, possibly in another process, that an admin changed
/// something it must act on (docs/architecture.md, "Live pages"): a writer bumps a topic inside its own
/// transaction, and the engine's AdminChangeWatch notices the new version.
class AdminChanges final
{
public:
    /// Topic of messages an admin put in the queue (a test message): the engine looks at the queue now.
    static QString queueTopic() { return QStringLiteral("queue"); }

    /// Bumps topic's version, creating the topic if it has none yet. Call inside a StoreWriter job.
    static Status bump(QSqlDatabase& db, const QString& topic);
};

} // namespace RelayDesk
