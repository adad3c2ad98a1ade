#pragma once

namespace RelayDesk {

/// An SQLite VFS that gathers the write-ahead log's writes into one write(2) per commit (docs/performance.md,
/// "Twenty-first session"). SQLite writes every WAL frame as two pwrite calls (its 24-byte header, then the
/// page), about fifteen per accepted message; this VFS keeps a run of contiguous frames in memory and writes
/// it at once before anything can depend on it: the commit's sync, any read, size or truncation of the WAL,
/// and the writer's wal-index barrier through which a commit becomes visible to other connections (so it
/// stays correct with any `synchronous` setting). Every other file and call goes to the platform's VFS
/// unchanged.
class WalWriteBuffer final
{
public:
    /// Registers the VFS as the process's default (once; later calls do nothing). Call before the first
    /// SQLite connection opens. False if SQLite refused it (then the platform's VFS stays the default).
    static bool install();
    /// Whether install() succeeded in this process.
    static bool installed();
    /// The name under which the VFS is registered.
    static const char* vfsName();
};

} // namespace RelayDesk
