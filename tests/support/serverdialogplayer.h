#pragma once

#include "tests/support/dialogscript.h"

#include <QString>

namespace RelayDesk::Test {

/// Plays a server-side dialog script (tests/dialogs/server-*.txt) against a fresh SmtpServerProtocol with a
/// ScriptedEndpoint: "C:" lines are fed to the protocol (consecutive ones as one read), "S:", "E:" and "M:"
/// lines must be exactly what it writes and asks for, in order.
class ServerDialogPlayer final
{
public:
    /// Empty when every line matched; otherwise where and how the dialog went differently.
    static QString play(const DialogScript& script);
};

} // namespace RelayDesk::Test
