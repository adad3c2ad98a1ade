#pragma once

#include "core/query/logfilter.h"
#include "core/util/expected.h"

#include <QString>

namespace RelayDesk {

/// `--agent NAME` of the queue commands as a filter: the live agent of that name, in any case as everywhere
/// on the command line, or else the deleted agents that had it (their messages still wait).
class CliAgentFilter final
{
public:
    /// Sets filter's agent (and deletedAgent); fails with what `agent show` says of an unknown name.
    static Status apply(const QString& dataDir, const QString& typed, LogFilter* filter);
};

} // namespace RelayDesk
