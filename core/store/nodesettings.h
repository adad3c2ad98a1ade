#pragma once

#include "core/util/expected.h"

#include <QMap>
#include <QString>

namespace RelayDesk {

/// The settings that belong to one node rather than to the store that several nodes share
/// (docs/scaling.md, "Nodes"): the listeners' addresses, the host name and the listeners' TLS certificate and
/// key, kept in DATA_DIR/node.conf as KEY=VALUE lines.
/// Where the file names one, it wins over the shared value, so that two nodes on one machine (or nodes
/// whose addresses differ) listen where each should.
class NodeSettings final
{
public:
    /// Whether key may be set per node.
    static bool isNodeKey(const QString& key);
    /// The node's own values (empty when there is no file).
    static QMap<QString, QString> values(const QString& dataDir);
    /// Stores (or, with an empty value, removes) the node's own value of key; the file is replaced whole.
    static Status set(const QString& dataDir, const QString& key, const QString& value);
};

} // namespace RelayDesk
