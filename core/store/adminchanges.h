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
    /// Topics of what a running engine applies without restart (docs/operations.md, "Apply without
    /// restart"), bumped by triggers: any setting; tls.certificate or tls.key; a route, a TLS policy, or the
    /// smarthost password (RouteStore bumps that one, as it lives in a file).
    static QString settingsTopic() { return QStringLiteral("settings"); }
    static QString certificateTopic() { return QStringLiteral("certificate"); }
    static QString routesTopic() { return QStringLiteral("routes"); }

    /// Bumps topic's version, creating the topic if it has none yet. Call inside a StoreWriter job.
    static Status bump(QSqlDatabase& db, const QString& topic);
    /// The sum of every topic's version: it moves whenever a topic does (versions only grow), so a command
    /// compares it before and after its change to learn whether a running engine has something to apply.
    static Expected<qint64> total(QSqlDatabase& db);
};

} // namespace RelayDesk
