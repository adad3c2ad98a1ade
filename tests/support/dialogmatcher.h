#pragma once

#include "tests/support/dialogscript.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace RelayDesk::Test {

/// Compares what a protocol wrote (a log of "S:"/"C:"/"E:"/"M:" lines) with the expected lines of a dialog
/// script, exactly and in order; says where they part.
class DialogMatcher final
{
public:
    DialogMatcher(const DialogScript& script, const QList<QByteArray>& log) : m_script(script), m_log(log) {}

    /// The next line written must be this one.
    QString expect(const DialogLine& line)
    {
        const QByteArray wanted = prefix(line.kind) + line.text;
        if (m_seen >= m_log.size())
            return at(line, "expected \"" + wanted + "\", but nothing more was written");
        const QByteArray got = m_log[m_seen++];
        if (got != wanted)
            return at(line, "expected \"" + wanted + "\"\n                   got \"" + got + '"');
        return {};
    }
    /// Everything written so far must have been expected (before line, or at the end when it is null).
    QString allMatched(const DialogLine* line) const
    {
        if (m_seen >= m_log.size())
            return {};
        QByteArray extra;
        for (qsizetype i = m_seen; i < m_log.size(); ++i)
            extra += "\n    " + m_log[i];
        const QByteArray where =
            line ? QByteArray("before this line") : QByteArray("at the end of the script");
        return line ? at(*line, "written but not in the script " + where + ':' + extra)
                    : m_script.name() + QStringLiteral(": written but not in the script ") +
                          QString::fromUtf8(where + ':' + extra);
    }
    QString at(const DialogLine& line, const QByteArray& what) const
    {
        return QStringLiteral("%1:%2: %3").arg(m_script.name()).arg(line.number).arg(QString::fromUtf8(what));
    }

    static QByteArray prefix(DialogLine::Kind kind)
    {
        switch (kind) {
        case DialogLine::Kind::Client:
            return "C: ";
        case DialogLine::Kind::Server:
            return "S: ";
        case DialogLine::Kind::Event:
            return "E: ";
        case DialogLine::Kind::Message:
            return "M: ";
        case DialogLine::Kind::Directive:
            break;
        }
        return "@";
    }

private:
    const DialogScript& m_script;
    const QList<QByteArray>& m_log;
    qsizetype m_seen = 0;
};

} // namespace RelayDesk::Test
