#include "app/cli/clipassword.h"

#include <QFile>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace RelayDesk {

namespace {

/// Turns the terminal's echo off for its lifetime, as a password prompt does, and back on however it ends.
class EchoOff final
{
public:
    explicit EchoOff(int fd) : m_fd(fd)
    {
        if (tcgetattr(m_fd, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        m_active = tcsetattr(m_fd, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    int m_fd;
    termios m_saved{};
    bool m_active = false;
};

/// On a terminal: a prompt on stderr and one line typed without echo, where reading to the end of input
/// would wait until the person thought of Ctrl+D.
Expected<QByteArray> readLineFromTerminal(const QString& what)
{
    constexpr qsizetype maxLine = 4096;
    const QByteArray prompt = QStringLiteral("%1%2: ").arg(what.left(1).toUpper(), what.mid(1)).toUtf8();
    std::fwrite(prompt.constData(), 1, size_t(prompt.size()), stderr);
    std::fflush(stderr);
    const EchoOff echoOff(STDIN_FILENO);
    QByteArray line;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n') {
        if (line.size() == maxLine)
            return Expected<QByteArray>::failure(
                QStringLiteral("the %1 is longer than %2 characters").arg(what).arg(maxLine));
        line.append(c);
    }
    return line;
}

} // namespace

Expected<QByteArray> readPasswordFromStdin(const QString& what)
{
    QByteArray password;
    if (isatty(STDIN_FILENO)) {
        auto typed = readLineFromTerminal(what);
        if (!typed)
            return typed;
        password = typed.value();
    } else {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Expected<QByteArray>::failure(QStringLiteral("cannot read standard input"));
        password = in.readAll();
    }
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
