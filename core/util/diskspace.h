#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace RelayDesk {

/// The free space of the filesystem that holds a data directory, and whether it is too little for the
/// relay to take mail: a SQLite store writes each message's body into its log before the 250, so a disk
/// with room for fewer than two of the largest messages refuses them (452 4.3.1) and cannot record
/// deliveries (as Postfix keeps queue_minfree at 1.5 times its message_size_limit).
class DiskSpace final
{
public:
    /// Bytes an unprivileged process may still write on dir's filesystem; nullopt when it cannot be asked.
    static std::optional<qint64> available(const QString& dir);
    /// Two messages of maxMessageSize (limits.max_message_size), and at least 16 MiB.
    static qint64 needed(qint64 maxMessageSize);
    /// Below 1 MiB: SQLite cannot grow its log at all.
    static bool isFull(qint64 availableBytes) { return availableBytes < 1024 * 1024; }
};

} // namespace RelayDesk
