#include "core/util/logline.h"
#include "core/util/hexdigit.h"

#include <algorithm>

namespace RelayDesk {

namespace {

bool isKeyChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

// The length of the well-formed UTF-8 sequence at bytes[i] (RFC 3629 4), or 0 if it is not one.
qsizetype utf8Length(QByteArrayView bytes, qsizetype i)
{
    const auto b0 = static_cast<unsigned char>(bytes[i]);
    qsizetype length = 0;
    unsigned char low = 0x80, high = 0xBF; // the range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        if (b0 == 0xE0)
            low = 0xA0; // no overlong forms
        else if (b0 == 0xED)
            high = 0x9F; // no surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        if (b0 == 0xF0)
            low = 0x90;
        else if (b0 == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    for (qsizetype k = 1; k < length; ++k) {
        const auto b = static_cast<unsigned char>(bytes[i + k]);
        if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xBF))
            return 0;
    }
    // C1 controls (U+0080..U+009F) and the Unicode line and paragraph separators end lines for some readers.
    const auto b1 = static_cast<unsigned char>(bytes[i + 1]);
    if (b0 == 0xC2 && b1 <= 0x9F)
        return 0;
    if (b0 == 0xE2 && b1 == 0x80 && length == 3) {
        const auto b2 = static_cast<unsigned char>(bytes[i + 2]);
        if (b2 == 0xA8 || b2 == 0xA9)
            return 0;
    }
    return length;
}

void appendHex(QByteArray& out, unsigned char byte)
{
    static const char digits[] = "0123456789abcdef";
    out += "\\x";
    out += digits[byte >> 4];
    out += digits[byte & 0xF];
}

} // namespace

LogLine::LogLine(const char* event)
{
    m_text.reserve(160);
    m_text += "event=";
    m_text += event;
}

LogLine& LogLine::add(const char* key, QByteArrayView value)
{
    Q_ASSERT(QByteArrayView(key).size() > 0 && std::all_of(key, key + qstrlen(key), isKeyChar));
    m_text += ' ';
    m_text += key;
    m_text += '=';
    m_text += escapeValue(value);
    return *this;
}

LogLine& LogLine::add(const char* key, const QString& value)
{
    return add(key, QByteArrayView(value.toUtf8()));
}

QByteArray LogLine::escapeValue(QByteArrayView value)
{
    bool plain = !value.isEmpty();
    for (qsizetype i = 0; plain && i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (c >= 0x80) {
            const qsizetype length = utf8Length(value, i);
            plain = length > 0;
            i += length > 0 ? length - 1 : 0;
        } else {
            plain = c > 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '=';
        }
    }
    if (plain)
        return value.toByteArray();

    QByteArray out;
    out.reserve(value.size() + 8);
    out += '"';
    for (qsizetype i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (c >= 0x80) {
            if (const qsizetype length = utf8Length(value, i); length > 0) {
                out += value.sliced(i, length);
                i += length - 1;
            } else {
                appendHex(out, c);
            }
        } else if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7F) {
            appendHex(out, c);
        } else {
            out += char(c);
        }
    }
    out += '"';
    return out;
}

QList<std::pair<QByteArray, QByteArray>> LogLine::parse(QByteArrayView line)
{
    QList<std::pair<QByteArray, QByteArray>> fields;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        const qsizetype keyStart = i;
        while (i < n && isKeyChar(line[i]))
            ++i;
        if (i == keyStart || i >= n || line[i] != '=')
            return {};
        QByteArray key = line.sliced(keyStart, i - keyStart).toByteArray();
        ++i;
        QByteArray value;
        if (i < n && line[i] == '"') {
            ++i;
            bool closed = false;
            while (i < n) {
                const char c = line[i++];
                if (c == '"') {
                    closed = true;
                    break;
                }
                if (c != '\\') {
                    value += c;
                    continue;
                }
                if (i >= n)
                    return {};
                const char e = line[i++];
                if (e == 'r') {
                    value += '\r';
                } else if (e == 'n') {
                    value += '\n';
                } else if (e == 't') {
                    value += '\t';
                } else if (e == 'x') {
                    if (i + 2 > n || hexDigitValue(line[i]) < 0 || hexDigitValue(line[i + 1]) < 0)
                        return {};
                    value += char(hexDigitValue(line[i]) * 16 + hexDigitValue(line[i + 1]));
                    i += 2;
                } else {
                    value += e;
                }
            }
            if (!closed)
                return {};
        } else {
            const qsizetype valueStart = i;
            while (i < n && line[i] != ' ')
                ++i;
            value = line.sliced(valueStart, i - valueStart).toByteArray();
        }
        fields.append({std::move(key), std::move(value)});
        if (i < n) {
            if (line[i] != ' ')
                return {};
            ++i;
        }
    }
    return fields;
}

QDebug operator<<(QDebug debug, const LogLine& line)
{
    const QDebugStateSaver saver(debug);
    debug.noquote() << line.toString();
    return debug;
}

} // namespace RelayDesk
