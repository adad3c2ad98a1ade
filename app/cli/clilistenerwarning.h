#pragma once

#include "app/cli/clioutput.h"

#include <QString>
#include <QStringList>

namespace RelayDesk {

class NodeAdmin;

/// After `config set` or `config reset` moved, enabled or disabled a listener of a running relay: waits a few
/// seconds at most for the relay to apply it and warns when the listener is down (a port another program
/// holds), so that the change does not pass for done while the old port is already closed.
class ListenerWarning final
{
public:
    /// The fingerprint of the certificate the listeners present now (empty if none): taken before a change,
    /// for afterChange to tell whether the relay made it again.
    static QString certificateFingerprint(const QString& dataDir);
    /// `keys`: the settings just stored; those of a listener are read back as the relay will apply them.
    /// `certificateBefore`: certificateFingerprint() before they were stored; a listener moved to an address
    /// the generated certificate did not name has the relay make it again, and clients that trust the
    /// exported one must be given the new one: said here.
    static void afterChange(const QString& dataDir, const QStringList& keys, const NodeAdmin& node,
                            const QString& certificateBefore, const CliOutput& out);
};

} // namespace RelayDesk
