#include "app/cli/clipassword.h"

#include <QFile>

#include <cstdio>

namespace RelayDesk {

Expected<QByteArray> readPasswordFromStdin()
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
        return Expected<QByteArray>::failure(QStringLiteral("no password on standard input"));
    if (password.contains('\n') || password.contains('\r') || password.contains('\0'))
        return Expected<QByteArray>::failure(
            QStringLiteral("the password on standard input has several lines"));
    return password;
}

} // namespace RelayDesk
