#include "tests/support/dialogscript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace RelayDesk::Test {

QStringList DialogScript::files(const QString& dir)
{
    QStringList out;
    const QDir directory(dir);
    for (const QString& name : directory.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        out << directory.filePath(name);
    return out;
}

bool DialogScript::unescape(QByteArrayView text, QByteArray* out)
{
    out->clear();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '\\') {
            out->append(c);
            continue;
        }
        if (++i >= text.size())
            return false;
        switch (text[i]) {
        case '\\':
            out->append('\\');
            break;
        case 'r':
            out->append('\r');
            break;
        case 'n':
            out->append('\n');
            break;
        case 't':
            out->append('\t');
            break;
        case '0':
            out->append('\0');
            break;
        case 'x': {
            if (i + 2 >= text.size())
                return false;
            bool ok = false;
            const int value = text.sliced(i + 1, 2).toByteArray().toInt(&ok, 16);
            if (!ok)
                return false;
            out->append(char(value));
            i += 2;
            break;
        }
        default:
            return false;
        }
    }
    return true;
}

bool DialogScript::load(const QString& path, QString* error)
{
    m_name = QFileInfo(path).fileName();
    m_side = m_name.startsWith(QLatin1String("server-"))   ? Side::Server
             : m_name.startsWith(QLatin1String("client-")) ? Side::Client
                                                           : Side::Unknown;
    m_lines.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = m_name + QStringLiteral(": ") + file.errorString();
        return false;
    }
    const QList<QByteArray> rows = file.readAll().split('\n');
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int number = int(i) + 1;
        const QByteArray& row = rows[i];
        const auto bad = [&](const char* why) {
            *error = QStringLiteral("%1:%2: %3").arg(m_name).arg(number).arg(QLatin1String(why));
            return false;
        };
        if (row.trimmed().isEmpty() || row.startsWith('#'))
            continue;
        DialogLine line;
        line.number = number;
        if (row.startsWith('@')) {
            const qsizetype space = row.indexOf(' ');
            line.name = row.mid(1, space < 0 ? -1 : space - 1);
            const QByteArray rest = space < 0 ? QByteArray() : row.mid(space + 1).trimmed();
            if (!unescape(rest, &line.argumentText))
                return bad("bad escape in a directive");
            line.args = rest.simplified().split(' ');
            line.args.removeAll(QByteArray());
            m_lines << line;
            continue;
        }
        if (row.size() < 2 || row[1] != ':' || (row.size() > 2 && row[2] != ' '))
            return bad("not a dialog line (C:, S:, E:, M:, @directive or # comment)");
        switch (row[0]) {
        case 'C':
            line.kind = DialogLine::Kind::Client;
            break;
        case 'S':
            line.kind = DialogLine::Kind::Server;
            break;
        case 'E':
            line.kind = DialogLine::Kind::Event;
            break;
        case 'M':
            line.kind = DialogLine::Kind::Message;
            break;
        default:
            return bad("not a dialog line (C:, S:, E:, M:, @directive or # comment)");
        }
        if (!unescape(QByteArrayView(row).sliced(qMin<qsizetype>(3, row.size())), &line.text))
            return bad("bad escape (known: \\\\ \\r \\n \\t \\0 \\xHH)");
        m_lines << line;
    }
    return true;
}

QByteArray DialogScript::bytesOf(DialogLine::Kind kind) const
{
    QByteArray out;
    for (const DialogLine& line : m_lines) {
        if (line.kind == kind)
            out += line.text + "\r\n";
    }
    return out;
}

bool DialogScript::hasDirective(QByteArrayView name) const
{
    return directive(name) != nullptr;
}

const DialogLine* DialogScript::directive(QByteArrayView name) const
{
    for (const DialogLine& line : m_lines) {
        if (line.kind == DialogLine::Kind::Directive && line.name == name)
            return &line;
    }
    return nullptr;
}

} // namespace RelayDesk::Test
