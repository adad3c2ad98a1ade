#pragma once

#include "core/query/noderow.h"
#include "core/util/expected.h"

#include <QList>

namespace RelayDesk {

/// Reads the nodes that share the store, most recently seen first. Read-only; on the caller's thread's own
/// connection (run it off the GUI thread).
class NodeQuery final
{
public:
    explicit NodeQuery(QString dataDir);

    /// Every node; alive means a heartbeat within NodeRegistry::aliveWithinMs of nowMs and no clean stop.
    Expected<QList<NodeRow>> nodes(qint64 nowMs) const;

private:
    QString m_dataDir;
};

} // namespace RelayDesk
