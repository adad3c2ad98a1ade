#pragma once

namespace RelayDesk {

class LogLine;

/// Who this process is, for the operator log's configuration changes: the face (cli, gui, service),
/// the process id and the user id.
class LogActor final
{
public:
    /// Set once by the application at start ("cli", "gui", "service"); "process" if never set.
    static void setFace(const char* face);
    /// Adds face=, pid= and uid= to line.
    static LogLine& describe(LogLine& line);
};

} // namespace RelayDesk
