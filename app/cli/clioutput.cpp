#include "app/cli/clioutput.h"

#include "core/util/controlescapes.h"
#include "core/util/datadirmode.h"
#include "core/util/readableaddress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace RelayDesk {

namespace {

void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Text that came from outside (a subject, a server's reply, a client's name) may carry terminal control
// sequences: ESC [2J clears the admin's screen, OSC sets the window title, backspaces hide what came before.
// Every control character but line feed and tab, DEL, the C1 controls and the bidirectional overrides are
// printed as visible escapes ("\x1b", "\u202e") instead.
/// oneLine: a line break is shown as \x0a too (an error or warning is one line: a value the admin typed with
/// a line break in it split the message, an outside tester).
QString terminalSafe(const QString& text, bool oneLine = false)
{
    return ControlEscapes::visible(text, oneLine ? ControlEscapes::Lines::One : ControlEscapes::Lines::Feeds);
}

} // namespace

void CliOutput::line(const QString& text) const
{
    if (!m_json)
        write(stdout, terminalSafe(text) + QLatin1Char('\n'));
}

qsizetype CliOutput::displayWidth(const QString& text)
{
    // Columns a terminal gives the text: two for a wide (East Asian) character, none for a combining mark
    // (an outside tester's table slid apart at 用户@例子.测试).
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
            continue;
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
                          (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

void CliOutput::table(const QStringList& header, const QList<QStringList>& rows) const
{
    if (m_json)
        return;
    QList<qsizetype> widths(header.size(), 0);
    QList<QStringList> all{header};
    all += rows;
    // Measured as written: a right-to-left override written out as "\u202e" is six columns, not one (an
    // outside tester's `log refused` row slid apart).
    for (QStringList& row : all) {
        for (QString& cell : row)
            cell = terminalSafe(cell, true);
    }
    for (const QStringList& row : std::as_const(all)) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
    for (const QStringList& row : std::as_const(all)) {
        QString text;
        for (qsizetype i = 0; i < row.size(); ++i)
            text += i + 1 < row.size()
                        ? row[i] + QString(widths[i] + 2 - displayWidth(row[i]), QLatin1Char(' '))
                        : row[i];
        line(text);
    }
}

void CliOutput::json(const QJsonValue& value) const
{
    if (!m_json)
        return;
    QJsonDocument document;
    if (value.isArray())
        document = QJsonDocument(value.toArray());
    else
        document = QJsonDocument(value.toObject());
    write(stdout, QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

int CliOutput::error(int code, const QString& message) const
{
    QString text = message;
    // Qt's driver words after SQLite's own ("database or disk is full Unable to fetch row") say nothing an
    // admin can use (an outside tester).
    for (const char* driverWords : {" Unable to fetch row", " Unable to execute statement",
                                    " Unable to execute multiple statements", " Unable to commit transaction",
                                    " Unable to begin transaction", " Unable to roll back transaction"})
        text.remove(QLatin1String(driverWords));
    // SQLite's words alone ("database or disk is full") leave the admin guessing which disk, and whether
    // anything was changed; the store's own messages already carry the note.
    if (!m_dataDir.isEmpty() && text.contains(QLatin1String("disk is full")) &&
        !text.contains(QLatin1String("free some space")))
        text += DataDirMode::fullDiskNote(m_dataDir, true);
    // SQLite's "malformed" alone: the store is damaged, and what to do is written down (an outside tester).
    if (text.contains(QLatin1String("database disk image is malformed")) &&
        !text.contains(QLatin1String("is damaged")))
        text += QStringLiteral(
            " (the store is damaged: copy the data directory aside and restore the last backup; "
            "docs/operations.md, \"A damaged store\")");
    write(stderr, QStringLiteral("relaydesk: ") + terminalSafe(text, true) + QLatin1Char('\n'));
    return code;
}

void CliOutput::warning(const QString& message) const
{
    write(stderr, QStringLiteral("relaydesk: warning: ") + terminalSafe(message, true) + QLatin1Char('\n'));
}

void CliOutput::note(const QString& message) const
{
    write(stderr, QStringLiteral("relaydesk: note: ") + terminalSafe(message, true) + QLatin1Char('\n'));
}

QString CliOutput::timeText(const QDateTime& time, const QString& ifNull)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : ifNull;
}

QString CliOutput::timeText(qint64 msSinceEpoch)
{
    return msSinceEpoch > 0 ? timeText(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC))
                            : QStringLiteral("-");
}

QJsonValue CliOutput::timeJson(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

QJsonValue CliOutput::timeJson(qint64 msSinceEpoch)
{
    return msSinceEpoch > 0 ? timeJson(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC))
                            : QJsonValue(QJsonValue::Null);
}

QJsonValue CliOutput::nodeJson(const QString& id, const QString& name)
{
    if (id.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

QString CliOutput::replyText(int code, const QString& enhanced, const QString& text)
{
    QStringList parts;
    if (code > 0)
        parts << QString::number(code);
    if (!enhanced.isEmpty())
        parts << enhanced;
    if (!text.isEmpty())
        parts << text;
    return parts.join(QLatin1Char(' '));
}

QString CliOutput::nodeText(const QString& id, const QString& name)
{
    if (!name.isEmpty())
        return name;
    return id.isEmpty() ? QStringLiteral("-") : id;
}

QString CliOutput::hostText(const QString& host, const QString& route)
{
    if (!host.isEmpty())
        return ReadableAddress::domain(host);
    return route.isEmpty() ? QStringLiteral("-") : QStringLiteral("- (%1)").arg(route);
}

} // namespace RelayDesk
