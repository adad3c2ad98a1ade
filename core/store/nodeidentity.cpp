#include "core/store/nodeidentity.h"
#include "core/util/datadirmode.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSysInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace RelayDesk {

namespace {

QString readLine(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine(256)).trimmed();
}

bool validId(const QString& id)
{
    if (id.size() != 16)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

/// 64 random bits as 16 hex digits: short enough for every log row, unique among the nodes of a store.
QString newId()
{
    const quint64 value = QRandomGenerator::system()->generate64();
    return QStringLiteral("%1").arg(value, 16, 16, QLatin1Char('0'));
}

Expected<QString> loadId(const QString& dataDir)
{
    const QDir dir(dataDir);
    const QString path = dir.filePath(QStringLiteral("node-id"));
    if (const QString id = readLine(path); validId(id))
        return id;
    if (QFile::exists(path))
        return Expected<QString>::failure(
            QStringLiteral("%1 does not hold a node id (16 hex digits); remove it to make a new one")
                .arg(path));
    // Written to a private name, then linked into place: two processes starting at once both end up with
    // the one that was linked first, and nobody ever reads a half-written file.
    const QString temporary = dir.filePath(QStringLiteral(".node-id.%1").arg(newId()));
    {
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Expected<QString>::failure(
                QStringLiteral("cannot write %1: %2").arg(temporary, file.errorString()));
        DataDirMode::apply(temporary, DataDirMode(dataDir).fileMode());
        file.write(newId().toLatin1() + '\n');
        if (!file.flush() || ::fsync(file.handle()) != 0) {
            file.remove();
            return Expected<QString>::failure(QStringLiteral("cannot write %1").arg(temporary));
        }
    }
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(path);
    const int linked = ::link(from.constData(), to.constData());
    const int error = errno;
    QFile::remove(temporary);
    if (linked != 0 && error != EEXIST)
        return Expected<QString>::failure(
            QStringLiteral("cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
    if (const QString id = readLine(path); validId(id))
        return id;
    return Expected<QString>::failure(QStringLiteral("cannot read %1").arg(path));
}

} // namespace

NodeIdentity NodeIdentity::peek(const QString& dataDir)
{
    NodeIdentity identity;
    if (const QString id = readLine(QDir(dataDir).filePath(QStringLiteral("node-id"))); validId(id))
        identity.id = id;
    const QString canonical = QDir(dataDir).canonicalPath();
    identity.home = QSysInfo::machineHostName() + QLatin1Char(':') +
                    (canonical.isEmpty() ? QDir(dataDir).absolutePath() : canonical);
    identity.name = readLine(QDir(dataDir).filePath(QStringLiteral("node-name")));
    if (identity.name.isEmpty() || !nameProblem(identity.name).isEmpty())
        identity.name = QSysInfo::machineHostName();
    return identity;
}

Expected<NodeIdentity> NodeIdentity::load(const QString& dataDir)
{
    const auto id = loadId(dataDir);
    if (!id)
        return Expected<NodeIdentity>::failure(id.error());
    NodeIdentity identity = peek(dataDir);
    identity.id = id.value();
    if (identity.name.isEmpty())
        identity.name = identity.id;
    return identity;
}

NodeIdentity NodeIdentity::of(const QString& dataDir)
{
    static QMutex mutex;
    static QHash<QString, NodeIdentity> known;
    const QString key = QDir(dataDir).absolutePath();
    QMutexLocker locker(&mutex);
    if (auto it = known.constFind(key); it != known.constEnd())
        return it.value();
    const auto identity = load(dataDir);
    if (!identity)
        return {};
    known.insert(key, identity.value());
    return identity.value();
}

Status NodeIdentity::rename(const QString& dataDir, const QString& name)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("node-name"));
    if (name.isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path))
            return Status::failure(QStringLiteral("cannot remove %1").arg(path));
        return {};
    }
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return Status::failure(problem);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(name.toUtf8() + '\n');
    if (!file.commit())
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    DataDirMode::apply(path, DataDirMode(dataDir).fileMode());
    return {};
}

QString NodeIdentity::nameProblem(const QString& name)
{
    if (name.isEmpty() || name.size() > 64)
        return QStringLiteral("a node name has 1 to 64 characters");
    if (name.trimmed() != name)
        return QStringLiteral("a node name does not begin or end with a space");
    for (QChar c : name) {
        if (!c.isPrint())
            return QStringLiteral("a node name holds printable characters only");
    }
    return {};
}

} // namespace RelayDesk
