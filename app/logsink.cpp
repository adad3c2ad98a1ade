#include "app/logsink.h"
#include "core/util/journalfields.h"
#include "core/util/logactor.h"
#include "core/util/loglevels.h"

#include <QDateTime>
#include <QList>
#include <QVarLengthArray>

#include <cstdlib>

#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include <systemd/sd-journal.h>

namespace RelayDesk {

namespace {

bool g_journal = false;
bool g_commandLine = false;

bool stderrIsJournalStream()
{
    // systemd.exec(5): JOURNAL_STREAM is "device:inode" of the stream connected to stdout/stderr.
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    const qsizetype colon = stream.indexOf(':');
    struct stat info = {};
    if (colon <= 0 || ::fstat(STDERR_FILENO, &info) != 0)
        return false;
    bool deviceOk = false, inodeOk = false;
    const qulonglong device = stream.left(colon).toULongLong(&deviceOk);
    const qulonglong inode = stream.mid(colon + 1).toULongLong(&inodeOk);
    return deviceOk && inodeOk && device == qulonglong(info.st_dev) && inode == qulonglong(info.st_ino);
}

bool chooseJournal(bool commandLine)
{
    const QByteArray forced = qgetenv("RELAYDESK_LOG_TARGET");
    if (forced == "journal")
        return true;
    if (forced == "stderr")
        return false;
    if (qEnvironmentVariableIsSet("JOURNAL_STREAM") && stderrIsJournalStream())
        return true;
    if (qEnvironmentVariableIsSet("INVOCATION_ID") && !qEnvironmentVariableIsSet("JOURNAL_STREAM"))
        return true;
    // The admin command line keeps its terminal for its answers, as sudo or useradd do: its configuration
    // changes go to the system journal wherever one runs.
    return commandLine && ::access("/run/systemd/journal/socket", W_OK) == 0;
}

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

// Text that did not come from LogLine (Qt's own warnings) may hold line breaks: escaped, so that one message
// stays one line.
void appendOneLine(QByteArray& out, const QByteArray& text)
{
    for (char c : text) {
        if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (static_cast<unsigned char>(c) < 0x20 && c != '\t')
            out += ' ';
        else
            out += c;
    }
}

void writeStderr(QtMsgType type, const char* category, const QString& message)
{
    QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    line += ' ';
    line += levelName(type);
    line += ' ';
    line += category ? category : "default";
    line += ": ";
    appendOneLine(line, message.toUtf8());
    line += '\n';
    // One write per line: lines from several threads never interleave (stderr is unbuffered).
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, line.constData(), size_t(line.size()));
}

bool writeJournal(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QList<QByteArray> fields =
        JournalFields::build(type, context.category, message, context.file, context.line, context.function);
    QVarLengthArray<iovec, 24> vectors;
    for (const QByteArray& field : fields)
        vectors.append(iovec{const_cast<char*>(field.constData()), size_t(field.size())});
    return sd_journal_sendv(vectors.constData(), int(vectors.size())) == 0;
}

// Qt's PostgreSQL driver warns once for every statement it prepared in a session that ended (the server
// restarted): the store opens a new session and prepares again (docs/postgresql.md, "When the server
// restarts"), so at info level these dozens of lines say nothing the store's own reconnect line does not.
bool isStaleStatementNoise(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    return type == QtWarningMsg && (!context.category || qstrcmp(context.category, "default") == 0) &&
           message.startsWith(QLatin1String("Unable to free statement")) &&
           LogLevels::current() != LogLevel::Debug;
}

void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (isStaleStatementNoise(type, context, message))
        return;
    if (!g_journal) {
        writeStderr(type, context.category, message);
    } else if (!writeJournal(type, context, message)) {
        // The journal went away: its lines on stderr, except the command line's info lines, which are
        // there only because a journal was (its terminal keeps its answers).
        if (!g_commandLine || (type != QtInfoMsg && type != QtDebugMsg))
            writeStderr(type, context.category, message);
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void LogSink::install(const char* face)
{
    LogActor::setFace(face);
    g_commandLine = qstrcmp(face, "cli") == 0;
    g_journal = chooseJournal(g_commandLine);
    qInstallMessageHandler(handle);
}

bool LogSink::usesJournal()
{
    return g_journal;
}

} // namespace RelayDesk
