#pragma once

#include <QObject>

namespace RelayDesk {

/// The word, inside one process, that the admin facade committed a change: an engine in the same process (the
/// window's) reads admin_changes at once instead of at its next poll, and a window attached to a relay
/// service asks it to reload, as the command line does after its commands (docs/operations.md, "Apply
/// without restart").
class AdminChangeNotice final : public QObject
{
    Q_OBJECT
public:
    /// The process's one notice; connect to posted() with a context object on the listening thread.
    static AdminChangeNotice* instance();
    /// Says that a change was committed; from any thread.
    static void post();

Q_SIGNALS:
    void posted();

private:
    AdminChangeNotice() = default;
};

} // namespace RelayDesk
