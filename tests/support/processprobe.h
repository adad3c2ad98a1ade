#pragma once

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace RelayDesk::Test {

/// Inodes of the TCP sockets in LISTEN state on this machine (IPv4 and IPv6).
inline QSet<QString> listeningInodes()
{
    QSet<QString> inodes;
    for (const char* table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // header
        while (!file.atEnd()) {
            const QStringList fields =
                QString::fromLatin1(file.readLine()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (fields.size() > 9 && fields[3] == QLatin1String("0A"))
                inodes.insert(fields[9]);
        }
    }
    return inodes;
}

/// How many listening TCP sockets the process pid holds open (a window that attached binds none). Sockets,
/// not descriptors: each session worker accepts on its own duplicate of a listener's socket.
inline int listeningSocketsOf(qint64 pid)
{
    const QSet<QString> listening = listeningInodes();
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    QSet<QString> held;
    for (const QString& fd : fds.entryList(QDir::NoDotAndDotDot | QDir::System | QDir::Files)) {
        static const QRegularExpression socket(QStringLiteral("^socket:\\[(\\d+)\\]$"));
        const auto match = socket.match(QFile::symLinkTarget(fds.filePath(fd)).section(QLatin1Char('/'), -1));
        if (match.hasMatch() && listening.contains(match.captured(1)))
            held.insert(match.captured(1));
    }
    return int(held.size());
}

/// Waits until the process's standard error holds a line containing what (or it ends, or timeoutMs pass);
/// returns all it said.
inline QString waitForStderr(QProcess& process, const QString& what, int timeoutMs)
{
    QString said;
    QDeadlineTimer deadline(timeoutMs);
    while (!said.contains(what) && !deadline.hasExpired() && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        said += QString::fromLocal8Bit(process.readAllStandardError());
    }
    said += QString::fromLocal8Bit(process.readAllStandardError());
    return said;
}

} // namespace RelayDesk::Test
