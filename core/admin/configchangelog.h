#pragma once

#include "core/util/expected.h"
#include "core/util/logline.h"

#include <QString>

namespace RelayDesk {

/// The operator log's line for a configuration change made through the admin facade, by whichever face
/// (docs/operations.md, "Logs"): what changed and who changed it (face, process, user). Secrets never appear,
/// only that they changed.
class ConfigChangeLog final
{
public:
    /// Logs line at info on relaydesk.config with face=, pid= and uid= added, if status is a success.
    static Status record(Status status, LogLine line);
    template <typename T> static Expected<T> record(Expected<T> result, LogLine line)
    {
        if (result)
            write(line);
        return result;
    }
    /// The value of a setting as the log shows it: "(secret)" for keys that name a secret or password.
    static QString shownValue(const QString& key, const QString& value);

private:
    static void write(LogLine& line);
};

} // namespace RelayDesk
