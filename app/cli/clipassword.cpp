#include "app/cli/clipassword.h"

#include <QFile>

#include <cstdio>

namespace RelayDesk {

Expected<QByteArray> readPasswordFromStdin(const QString& what)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Expected<QByteArray>::failure(QStringLiteral("cannot read standard input"));
    QByteArray password = in.readAll();
    if (password.endsWith('\n'))
        password.chop(1);
    if (password.endsWith('\r'))
        password.chop(1);
    if (password.isEmpty())
        return Expected<QByteArray>::failure(QStringLiteral("no %1 on standard input").arg(what));
    if (password.contains('\n') || password.contains('\r') || password.contains('\0'))
        return Expected<QByteArray>::failure(
            QStringLiteral("the %1 on standard input has several lines").arg(what));
    return password;
}

} // namespace RelayDesk
