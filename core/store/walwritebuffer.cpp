#include "core/store/walwritebuffer.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

namespace RelayDesk {

namespace {

// A run of frames larger than this is written as it grows (a bulk import, a migration): the buffer exists
// to merge a commit's small writes, not to hold a large transaction.
constexpr size_t maxBuffered = 1 << 20;
// The most the platform VFS writes in one call: Unix's masks a write's length to 17 bits and reports a
// longer one as a full disk.
constexpr size_t maxWriteCall = 0x1f000;
// The wal-index lock SQLite's writer holds while it appends frames (the first of the shm lock slots).
constexpr int walWriteLockSlot = 0;
constexpr int maxVfsVersion = 3;
constexpr int maxIoVersion = 3;
constexpr const char* bufferVfsName = "relaydesk-walbuffer";

/// What this VFS adds to one open file: for a WAL, the frames written but not yet passed on; for a main
/// database, the path of its WAL (whose buffered frames its wal-index barrier flushes) and whether its
/// connection holds the WAL write lock (only a writer publishes frames).
struct FileState
{
    bool isWal = false;
    std::string walPath;
    bool holdsWriteLock = false; ///< main database only; used by its own connection's thread
    std::mutex mutex;            ///< guards the buffer
    std::vector<char> buffer;
    bool holdsPublished = false; ///< the buffer holds frames a failed flush at publishing left behind
    sqlite3_int64 bufferOffset = 0;
};

/// The sqlite3_file SQLite sees; the platform VFS's file follows it in the same allocation.
struct BufferedFile
{
    sqlite3_file base;
    sqlite3_file* real;
    FileState* state;
};

sqlite3_vfs g_vfs;
std::once_flag g_installOnce;
bool g_installed = false;

// The open WAL files, so that a database file's barrier can flush the frames of its log.
std::mutex g_registryMutex;
std::vector<BufferedFile*> g_walFiles;

constexpr int alignedSize(size_t size)
{
    return int((size + 15) & ~size_t(15));
}

sqlite3_vfs* platformVfs(sqlite3_vfs* vfs)
{
    return static_cast<sqlite3_vfs*>(vfs->pAppData);
}

BufferedFile* self(sqlite3_file* file)
{
    return reinterpret_cast<BufferedFile*>(file);
}

sqlite3_file* real(sqlite3_file* file)
{
    return self(file)->real;
}

// One write of any length, in calls the platform VFS takes.
int writeThrough(sqlite3_file* realFile, const char* data, size_t length, sqlite3_int64 offset)
{
    int rc = SQLITE_OK;
    for (size_t done = 0; done < length && rc == SQLITE_OK; done += maxWriteCall)
        rc = realFile->pMethods->xWrite(realFile, data + done, int(std::min(maxWriteCall, length - done)),
                                        offset + sqlite3_int64(done));
    return rc;
}

// Passes the buffered frames on; the caller holds the state's mutex. When the write fails (a full disk) the
// error goes to SQLite from the call that needed the bytes in the file, which then fails its transaction:
// the frames are dropped, as frames past the last commit are never read. Frames that a commit may already
// have published (a failed flush at publishing, possible only below synchronous=FULL, where nothing can be
// reported) are kept instead and written by the next flush, so that none is ever skipped.
int flushLocked(BufferedFile* file, bool publishing)
{
    FileState* state = file->state;
    if (state->buffer.empty())
        return SQLITE_OK;
    const int rc = writeThrough(file->real, state->buffer.data(), state->buffer.size(), state->bufferOffset);
    if (rc == SQLITE_OK) {
        state->buffer.clear();
        state->holdsPublished = false;
    } else {
        state->holdsPublished = state->holdsPublished || publishing;
        if (!state->holdsPublished)
            state->buffer.clear();
    }
    return rc;
}

int flush(sqlite3_file* file)
{
    BufferedFile* buffered = self(file);
    if (!buffered->state->isWal)
        return SQLITE_OK;
    std::lock_guard lock(buffered->state->mutex);
    return flushLocked(buffered, false);
}

// The writer's wal-index header (what other connections read to find a commit's frames) is about to change,
// or its write lock to be released: every frame written to the log before must be in the file first. With
// synchronous=FULL (the store's setting) the commit's sync has flushed them already, and a failure was
// reported there; here (synchronous NORMAL or OFF) nothing can be reported, and a failed write stays
// buffered for the next flush. Readers pass barriers too, but never hold the write lock: they flush nothing.
void flushWalOf(sqlite3_file* databaseFile)
{
    const FileState* database = self(databaseFile)->state;
    const std::string& walPath = database->walPath;
    if (walPath.empty() || !database->holdsWriteLock)
        return;
    std::lock_guard registry(g_registryMutex);
    for (BufferedFile* wal : g_walFiles) {
        if (wal->state->walPath != walPath)
            continue;
        std::lock_guard lock(wal->state->mutex);
        flushLocked(wal, true);
    }
}

int fileClose(sqlite3_file* file)
{
    BufferedFile* buffered = self(file);
    const int flushed = flush(file);
    if (buffered->state->isWal) {
        std::lock_guard registry(g_registryMutex);
        g_walFiles.erase(std::remove(g_walFiles.begin(), g_walFiles.end(), buffered), g_walFiles.end());
    }
    const int closed = buffered->real->pMethods->xClose(buffered->real);
    delete buffered->state;
    buffered->state = nullptr;
    return flushed != SQLITE_OK ? flushed : closed;
}

int fileRead(sqlite3_file* file, void* data, int amount, sqlite3_int64 offset)
{
    if (const int rc = flush(file); rc != SQLITE_OK)
        return rc;
    return real(file)->pMethods->xRead(real(file), data, amount, offset);
}

int fileWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
{
    BufferedFile* buffered = self(file);
    FileState* state = buffered->state;
    if (!state->isWal)
        return buffered->real->pMethods->xWrite(buffered->real, data, amount, offset);
    std::lock_guard lock(state->mutex);
    const auto size = sqlite3_int64(state->buffer.size());
    const auto* bytes = static_cast<const char*>(data);
    // A frame rewritten within the same transaction (SQLite does so when a page changes again).
    if (size > 0 && offset >= state->bufferOffset && offset + amount <= state->bufferOffset + size) {
        std::memcpy(state->buffer.data() + (offset - state->bufferOffset), bytes, size_t(amount));
        return SQLITE_OK;
    }
    if (size > 0 && offset == state->bufferOffset + size &&
        state->buffer.size() + size_t(amount) <= maxBuffered) {
        state->buffer.insert(state->buffer.end(), bytes, bytes + amount);
        return SQLITE_OK;
    }
    if (const int rc = flushLocked(buffered, false); rc != SQLITE_OK)
        return rc;
    if (size_t(amount) > maxWriteCall)
        return writeThrough(buffered->real, bytes, size_t(amount), offset);
    state->bufferOffset = offset;
    state->buffer.assign(bytes, bytes + amount);
    return SQLITE_OK;
}

int fileTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    if (const int rc = flush(file); rc != SQLITE_OK)
        return rc;
    return real(file)->pMethods->xTruncate(real(file), size);
}

int fileSync(sqlite3_file* file, int flags)
{
    if (const int rc = flush(file); rc != SQLITE_OK)
        return rc;
    return real(file)->pMethods->xSync(real(file), flags);
}

int fileSize(sqlite3_file* file, sqlite3_int64* size)
{
    if (const int rc = flush(file); rc != SQLITE_OK)
        return rc;
    return real(file)->pMethods->xFileSize(real(file), size);
}

int fileLock(sqlite3_file* file, int lock)
{
    return real(file)->pMethods->xLock(real(file), lock);
}

int fileUnlock(sqlite3_file* file, int lock)
{
    return real(file)->pMethods->xUnlock(real(file), lock);
}

int fileCheckReservedLock(sqlite3_file* file, int* reserved)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), reserved);
}

int fileControl(sqlite3_file* file, int op, void* arg)
{
    if (const int rc = flush(file); rc != SQLITE_OK)
        return rc;
    return real(file)->pMethods->xFileControl(real(file), op, arg);
}

int fileSectorSize(sqlite3_file* file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}

int fileDeviceCharacteristics(sqlite3_file* file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}

int fileShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** address)
{
    return real(file)->pMethods->xShmMap(real(file), region, size, extend, address);
}

int fileShmLock(sqlite3_file* file, int offset, int count, int flags)
{
    FileState* state = self(file)->state;
    const bool writeLock = offset <= walWriteLockSlot && walWriteLockSlot < offset + count;
    if (writeLock && (flags & SQLITE_SHM_UNLOCK)) {
        flushWalOf(file);
        state->holdsWriteLock = false;
    }
    const int rc = real(file)->pMethods->xShmLock(real(file), offset, count, flags);
    if (writeLock && rc == SQLITE_OK && (flags & SQLITE_SHM_LOCK) && (flags & SQLITE_SHM_EXCLUSIVE))
        state->holdsWriteLock = true;
    return rc;
}

void fileShmBarrier(sqlite3_file* file)
{
    flushWalOf(file);
    real(file)->pMethods->xShmBarrier(real(file));
}

int fileShmUnmap(sqlite3_file* file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}

int fileFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** pointer)
{
    return real(file)->pMethods->xFetch(real(file), offset, amount, pointer);
}

int fileUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* pointer)
{
    return real(file)->pMethods->xUnfetch(real(file), offset, pointer);
}

const sqlite3_io_methods g_ioMethods = {
    maxIoVersion,
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileUnlock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    fileShmMap,
    fileShmLock,
    fileShmBarrier,
    fileShmUnmap,
    fileFetch,
    fileUnfetch,
};

int vfsOpen(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    BufferedFile* buffered = self(file);
    buffered->base.pMethods = nullptr;
    buffered->real =
        reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + alignedSize(sizeof(BufferedFile)));
    sqlite3_vfs* platform = platformVfs(vfs);
    const int rc = platform->xOpen(platform, name, buffered->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    if (buffered->real->pMethods->iVersion < maxIoVersion) {
        // Not a platform this VFS knows (Unix's files have every method since SQLite 3.7.17).
        buffered->real->pMethods->xClose(buffered->real);
        return SQLITE_CANTOPEN;
    }
    buffered->state = new FileState;
    buffered->state->isWal = (flags & SQLITE_OPEN_WAL) != 0 && name;
    if (name && buffered->state->isWal)
        buffered->state->walPath = name;
    else if (name && (flags & SQLITE_OPEN_MAIN_DB))
        buffered->state->walPath = std::string(name) + "-wal";
    buffered->base.pMethods = &g_ioMethods;
    if (buffered->state->isWal) {
        std::lock_guard registry(g_registryMutex);
        g_walFiles.push_back(buffered);
    }
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs* vfs, const char* name, int syncDir)
{
    return platformVfs(vfs)->xDelete(platformVfs(vfs), name, syncDir);
}

int vfsAccess(sqlite3_vfs* vfs, const char* name, int flags, int* result)
{
    return platformVfs(vfs)->xAccess(platformVfs(vfs), name, flags, result);
}

int vfsFullPathname(sqlite3_vfs* vfs, const char* name, int size, char* out)
{
    return platformVfs(vfs)->xFullPathname(platformVfs(vfs), name, size, out);
}

void* vfsDlOpen(sqlite3_vfs* vfs, const char* name)
{
    return platformVfs(vfs)->xDlOpen(platformVfs(vfs), name);
}

void vfsDlError(sqlite3_vfs* vfs, int size, char* message)
{
    platformVfs(vfs)->xDlError(platformVfs(vfs), size, message);
}

void (*vfsDlSym(sqlite3_vfs* vfs, void* handle, const char* symbol))(void)
{
    return platformVfs(vfs)->xDlSym(platformVfs(vfs), handle, symbol);
}

void vfsDlClose(sqlite3_vfs* vfs, void* handle)
{
    platformVfs(vfs)->xDlClose(platformVfs(vfs), handle);
}

int vfsRandomness(sqlite3_vfs* vfs, int size, char* out)
{
    return platformVfs(vfs)->xRandomness(platformVfs(vfs), size, out);
}

int vfsSleep(sqlite3_vfs* vfs, int microseconds)
{
    return platformVfs(vfs)->xSleep(platformVfs(vfs), microseconds);
}

int vfsCurrentTime(sqlite3_vfs* vfs, double* now)
{
    return platformVfs(vfs)->xCurrentTime(platformVfs(vfs), now);
}

int vfsGetLastError(sqlite3_vfs* vfs, int size, char* out)
{
    return platformVfs(vfs)->xGetLastError(platformVfs(vfs), size, out);
}

int vfsCurrentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* now)
{
    return platformVfs(vfs)->xCurrentTimeInt64(platformVfs(vfs), now);
}

int vfsSetSystemCall(sqlite3_vfs* vfs, const char* name, sqlite3_syscall_ptr call)
{
    return platformVfs(vfs)->xSetSystemCall(platformVfs(vfs), name, call);
}

sqlite3_syscall_ptr vfsGetSystemCall(sqlite3_vfs* vfs, const char* name)
{
    return platformVfs(vfs)->xGetSystemCall(platformVfs(vfs), name);
}

const char* vfsNextSystemCall(sqlite3_vfs* vfs, const char* name)
{
    return platformVfs(vfs)->xNextSystemCall(platformVfs(vfs), name);
}

void registerVfs()
{
    if (sqlite3_initialize() != SQLITE_OK)
        return;
    sqlite3_vfs* platform = sqlite3_vfs_find(nullptr);
    if (!platform || platform->iVersion < maxVfsVersion)
        return;
    g_vfs.iVersion = maxVfsVersion;
    g_vfs.szOsFile = alignedSize(sizeof(BufferedFile)) + platform->szOsFile;
    g_vfs.mxPathname = platform->mxPathname;
    g_vfs.zName = bufferVfsName;
    g_vfs.pAppData = platform;
    g_vfs.xOpen = vfsOpen;
    g_vfs.xDelete = vfsDelete;
    g_vfs.xAccess = vfsAccess;
    g_vfs.xFullPathname = vfsFullPathname;
    g_vfs.xDlOpen = vfsDlOpen;
    g_vfs.xDlError = vfsDlError;
    g_vfs.xDlSym = vfsDlSym;
    g_vfs.xDlClose = vfsDlClose;
    g_vfs.xRandomness = vfsRandomness;
    g_vfs.xSleep = vfsSleep;
    g_vfs.xCurrentTime = vfsCurrentTime;
    g_vfs.xGetLastError = vfsGetLastError;
    g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    g_vfs.xSetSystemCall = vfsSetSystemCall;
    g_vfs.xGetSystemCall = vfsGetSystemCall;
    g_vfs.xNextSystemCall = vfsNextSystemCall;
    g_installed = sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
}

} // namespace

bool WalWriteBuffer::install()
{
    std::call_once(g_installOnce, registerVfs);
    return g_installed;
}

bool WalWriteBuffer::installed()
{
    return g_installed;
}

const char* WalWriteBuffer::vfsName()
{
    return bufferVfsName;
}

} // namespace RelayDesk
