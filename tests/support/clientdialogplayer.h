#pragma once

#include "tests/support/dialogscript.h"

#include <QString>

namespace RelayDesk::Test {

/// Plays a client-side dialog script (tests/dialogs/client-*.txt) against a fresh SmtpClientProtocol with a
/// RecordingSink: "S:" lines are what the server sends (consecutive ones as one read), "C:" and "E:" lines
/// must be exactly what the client writes and tells its transport, in order.
class ClientDialogPlayer final
{
public:
    /// Empty when every line matched; otherwise where and how the dialog went differently.
    static QString play(const DialogScript& script);
};

} // namespace RelayDesk::Test
