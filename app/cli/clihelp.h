#pragma once

#include "app/cli/clioutput.h"
#include "app/cli/cliverb.h"

#include <QList>
#include <QStringList>

namespace RelayDesk {

/// "relaydesk GROUP COMMAND --help" (or -h): the command's synopsis from its group's verb table, on stdout.
class CliHelp final
{
public:
    /// Whether words (after the group) ask for help: --help or -h before any "--".
    static bool asked(const QStringList& words);
    /// Prints the usage of the verb words name (every verb of the group when words name none) and returns
    /// ExitOk, or says that the verb is unknown and returns ExitUsage.
    static int print(const QString& group, const QList<CliVerb>& verbs, const QStringList& words,
                     const CliOutput& out);
};

} // namespace RelayDesk
