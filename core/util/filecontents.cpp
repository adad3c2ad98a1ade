#include "core/util/filecontents.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace RelayDesk {

Expected<QByteArray> readFileContents(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<QByteArray>::failure(
            QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

Status writeAndSync(int fd, const QByteArray& data, const QString& path)
{
    const auto failed = [&path](int error) {
        return Status::failure(
            QStringLiteral("cannot write %1: %2").arg(path, QString::fromLocal8Bit(::strerror(error))));
    };
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return failed(errno);
        if (n == 0)
            return failed(ENOSPC);
        written += n;
    }
    if (::fsync(fd) != 0)
        return failed(errno);
    return {};
}

} // namespace RelayDesk
