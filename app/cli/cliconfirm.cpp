#include "app/cli/cliconfirm.h"

#include <QByteArray>

#include <cstdio>

#include <unistd.h>

namespace RelayDesk {

bool CliConfirm::proceed(const QString& question, bool yes)
{
    if (yes || !isatty(STDIN_FILENO) || !isatty(STDERR_FILENO))
        return true;
    const QByteArray prompt = (question + QStringLiteral(" [y/N] ")).toUtf8();
    std::fwrite(prompt.constData(), 1, size_t(prompt.size()), stderr);
    std::fflush(stderr);
    // One line from the terminal; Ctrl+D or a read error is a no, as Enter alone is.
    constexpr qsizetype maxLine = 64;
    QByteArray line;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n') {
        if (line.size() < maxLine)
            line.append(c);
    }
    const QByteArray answer = line.trimmed().toLower();
    return answer == "y" || answer == "yes";
}

QString CliConfirm::declined(const QString& command)
{
    return QStringLiteral("%1: not confirmed; nothing changed (--yes skips the question)").arg(command);
}

} // namespace RelayDesk
