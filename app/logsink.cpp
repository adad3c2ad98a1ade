#include "app/logsink.h"
#include "core/util/journalfields.h"
#include "core/util/logactor.h"

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

bool chooseJournal()
{
    const QByteArray forced = qgetenv("RELAYDESK_LOG_TARGET");
    if (forced == "journal")
        return true;
    if (forced == "stderr")
        return false;
    if (qEnvironmentVariableIsSet("JOURNAL_STREAM"))
        return stderrIsJournalStream();
    return qEnvironmentVariableIsSet("INVOCATION_ID");
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

void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (!g_journal || !writeJournal(type, context, message))
        writeStderr(type, context.category, message);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void LogSink::install(const char* face)
{
    LogActor::setFace(face);
    g_journal = chooseJournal();
    qInstallMessageHandler(handle);
}

bool LogSink::usesJournal()
{
    return g_journal;
}

} // namespace RelayDesk
