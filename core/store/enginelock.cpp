#include "core/store/enginelock.h"
#include "core/util/datadirmode.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace RelayDesk {

namespace {

QByteArray serialize(const EngineLockHolder& holder)
{
    return QByteArrayLiteral("pid=") + QByteArray::number(holder.pid) + QByteArrayLiteral("\nsince=") +
           holder.since.toUTC().toString(Qt::ISODateWithMs).toLatin1() + QByteArrayLiteral("\nface=") +
           (holder.face == EngineFace::Service ? QByteArrayLiteral("service") : QByteArrayLiteral("window")) +
           QByteArrayLiteral("\n") + (holder.stopping ? QByteArrayLiteral("state=stopping\n") : QByteArray());
}

/// The details in the file; false while they are incomplete (the holder is still writing them).
bool parse(const QByteArray& text, EngineLockHolder* holder)
{
    bool hasPid = false, hasSince = false, hasFace = false;
    for (const QByteArray& line : text.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = line.left(eq);
        const QByteArray value = line.mid(eq + 1);
        if (key == "pid") {
            holder->pid = value.toLongLong(&hasPid);
        } else if (key == "since") {
            holder->since = QDateTime::fromString(QString::fromLatin1(value), Qt::ISODateWithMs);
            hasSince = holder->since.isValid();
        } else if (key == "face") {
            hasFace = value == "service" || value == "window";
            holder->face = value == "window" ? EngineFace::Window : EngineFace::Service;
        } else if (key == "state") {
            holder->stopping = value == "stopping";
        }
    }
    return hasPid && hasSince && hasFace;
}

QByteArray readAll(int fd)
{
    QByteArray text;
    char buffer[512];
    off_t offset = 0;
    for (;;) {
        const ssize_t n = ::pread(fd, buffer, sizeof buffer, offset);
        if (n <= 0)
            break;
        text.append(buffer, n);
        offset += n;
        if (text.size() > 4096)
            break; // not ours to read further
    }
    return text;
}

/// The holder's details, read from a descriptor of the locked file.
EngineLockHolder readHolder(int fd)
{
    EngineLockHolder holder;
    // The holder writes its details right after taking the lock: give it a moment.
    for (int attempt = 0; attempt < 50; ++attempt) {
        holder = EngineLockHolder();
        if (parse(readAll(fd), &holder))
            break;
        QThread::msleep(10);
    }
    return holder;
}

} // namespace

QString EngineLock::lockPath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("engine.lock"));
}

EngineLock::EngineLock(int fd, QString dataDir, EngineLockHolder self)
    : m_fd(fd), m_dataDir(std::move(dataDir)), m_self(std::move(self))
{
}

EngineLock::~EngineLock()
{
    // Cleared first, so that a reader never sees details of an engine that is gone; never unlinked, so that
    // every process locks the same file.
    if (::ftruncate(m_fd, 0) != 0)
        qCWarning(lcEngine) << LogLine("engine_lock_not_cleared")
                                   .add("lock", m_self.description())
                                   .add("error", std::strerror(errno));
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
}

Expected<std::unique_ptr<EngineLock>> EngineLock::acquire(const QString& dataDir, EngineFace face)
{
    using Result = Expected<std::unique_ptr<EngineLock>>;
    if (Status prepared = DataDirMode::prepare(dataDir); !prepared)
        return Result::failure(prepared.error());
    // Readable and writable by the directory's group where it lets its group in: its members' windows and
    // command lines ask it who runs the engine, and may run one themselves.
    const DataDirMode mode(dataDir);
    const QByteArray path = QFile::encodeName(lockPath(dataDir));
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, mode.fileMode());
    if (fd < 0)
        return Result::failure(QStringLiteral("cannot open %1: %2")
                                   .arg(lockPath(dataDir), QString::fromLocal8Bit(std::strerror(errno))));
    DataDirMode::apply(lockPath(dataDir), mode.fileMode());
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        if (error == EWOULDBLOCK) {
            const EngineLockHolder holder = readHolder(fd);
            ::close(fd);
            return Result::failure(QStringLiteral("a %1 already runs on the data directory %2")
                                       .arg(holder.description(), dataDir));
        }
        ::close(fd);
        return Result::failure(QStringLiteral("cannot lock %1: %2")
                                   .arg(lockPath(dataDir), QString::fromLocal8Bit(std::strerror(error))));
    }
    EngineLockHolder self;
    self.pid = ::getpid();
    self.since = QDateTime::currentDateTimeUtc();
    self.face = face;
    const QByteArray details = serialize(self);
    // Details of an engine that crashed may still be there: replace them.
    if (::ftruncate(fd, 0) != 0 ||
        ::pwrite(fd, details.constData(), size_t(details.size()), 0) != ssize_t(details.size())) {
        const int error = errno;
        ::flock(fd, LOCK_UN);
        ::close(fd);
        return Result::failure(QStringLiteral("cannot write %1: %2")
                                   .arg(lockPath(dataDir), QString::fromLocal8Bit(std::strerror(error))));
    }
    return std::unique_ptr<EngineLock>(new EngineLock(fd, dataDir, std::move(self)));
}

void EngineLock::markStopping()
{
    m_self.stopping = true;
    const QByteArray details = serialize(m_self);
    // In place, longer than before: a reader sees the old details or the new ones whole.
    if (::pwrite(m_fd, details.constData(), size_t(details.size()), 0) != ssize_t(details.size()))
        qCWarning(lcEngine) << LogLine("engine_lock_not_marked").add("error", std::strerror(errno));
}

std::optional<EngineLockHolder> EngineLock::waitWhileStopping(const QString& dataDir, int timeoutMs,
                                                              const std::function<void()>& onWait)
{
    QDeadlineTimer deadline(timeoutMs);
    std::optional<EngineLockHolder> found = holder(dataDir);
    while (found && found->stopping && !deadline.hasExpired()) {
        if (onWait)
            onWait();
        QThread::msleep(100);
        found = holder(dataDir);
    }
    return found;
}

bool EngineLock::keepInPlace()
{
    const QByteArray path = QFile::encodeName(lockPath(m_dataDir));
    struct stat locked = {}, named = {};
    if (::fstat(m_fd, &locked) != 0)
        return true; // nothing to compare with: leave it
    if (::stat(path.constData(), &named) == 0 && named.st_dev == locked.st_dev &&
        named.st_ino == locked.st_ino)
        return true;
    const DataDirMode mode(m_dataDir);
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, mode.fileMode());
    if (fd < 0)
        return true; // the directory itself is gone or unwritable: said elsewhere (the store fails)
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const EngineLockHolder other = readHolder(fd);
        ::close(fd);
        if (!m_toldLost)
            qCCritical(lcEngine) << LogLine("engine_lock_taken")
                                        .add("lock", lockPath(m_dataDir))
                                        .add("holder", other.description());
        m_toldLost = true;
        return false;
    }
    const QByteArray details = serialize(m_self);
    if (::ftruncate(fd, 0) != 0 ||
        ::pwrite(fd, details.constData(), size_t(details.size()), 0) != ssize_t(details.size())) {
        ::flock(fd, LOCK_UN);
        ::close(fd);
        return true; // tried again at the next check
    }
    DataDirMode::apply(lockPath(m_dataDir), mode.fileMode());
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = fd;
    m_toldLost = false;
    qCWarning(lcEngine) << LogLine("engine_lock_restored")
                               .add("lock", lockPath(m_dataDir))
                               .add("reason",
                                    QStringLiteral("its file was removed or replaced while the engine ran"));
    return true;
}

std::optional<EngineLockHolder> EngineLock::holder(const QString& dataDir)
{
    const QByteArray path = QFile::encodeName(lockPath(dataDir));
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt; // no engine has run here yet
    // A shared lock is granted only when nobody holds the exclusive one, that is when no engine runs.
    if (::flock(fd, LOCK_SH | LOCK_NB) == 0 || errno != EWOULDBLOCK) {
        ::flock(fd, LOCK_UN);
        ::close(fd);
        return std::nullopt;
    }
    const EngineLockHolder holder = readHolder(fd);
    ::close(fd);
    return holder;
}

} // namespace RelayDesk
