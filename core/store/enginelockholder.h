#pragma once

#include <QDateTime>
#include <QString>

namespace RelayDesk {

/// Which face runs an engine: the headless service (`relaydesk --headless`) or a desktop window.
enum class EngineFace
{
    Service,
    Window
};

/// Who runs the engine of a data directory (docs/operations.md): its process id, since when, and which face.
struct EngineLockHolder
{
    qint64 pid = 0;  ///< 0 when the holder has not written its details yet
    QDateTime since; ///< UTC; invalid when unknown
    EngineFace face = EngineFace::Service;
    /// The engine is stopping: it waits up to 20 s for the deliveries under way before it lets go (a window
    /// started again meanwhile found no control channel and said so in a confusing dialog: an outside
    /// tester).
    bool stopping = false;

    /// In plain words for the command line and logs: "relay service (pid 4711, since 2024-05-02 08:15:00
    /// UTC)".
    QString description() const;
};

} // namespace RelayDesk
