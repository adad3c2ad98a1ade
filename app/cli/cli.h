#pragma once

#include <QStringList>

namespace RelayDesk {

/// Runs the admin command line: args are the arguments after the program name, global options
/// (--data-dir DIR, --json) included. Results go to stdout, errors to stderr; returns the exit code
/// (0 success, 1 the operation failed, 2 the command line was wrong).
int runCli(const QStringList& args);
/// The command groups runCli() knows (agent, domain, ...), in the order the usage lists them.
QStringList cliGroupNames();
/// "unknown command 'agnet' (did you mean 'agent'?) (commands: ...)", for the command line and main().
QString cliUnknownCommand(const QString& word);

} // namespace RelayDesk
