#include "core/util/filecontents.h"

#include <QFile>

namespace RelayDesk {

Expected<QByteArray> readFileContents(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<QByteArray>::failure(
            QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace RelayDesk
