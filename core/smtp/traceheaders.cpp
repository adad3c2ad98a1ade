#include "core/smtp/traceheaders.h"

#include <algorithm>

#include <QByteArray>

namespace RelayDesk {

namespace {

// RFC 5322 2.2: a field name is followed by a colon; RFC 5321 4.4 allows no space before it, but the
// obsolete syntax (RFC 5322 4.5) does, and a loop must not escape detection through "Received :".
bool isReceivedField(QByteArrayView line)
{
    static constexpr QByteArrayView name("received");
    if (line.size() <= name.size() || qstrnicmp(line.data(), name.data(), size_t(name.size())) != 0)
        return false;
    qsizetype i = name.size();
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
        ++i;
    return i < line.size() && line[i] == ':';
}

} // namespace

int TraceHeaders::countReceived(QByteArrayView message, int stopAt)
{
    int count = 0;
    qsizetype start = 0;
    while (start < message.size() && count < stopAt) {
        qsizetype end = message.indexOf('\n', start);
        if (end < 0)
            end = message.size();
        QByteArrayView line = message.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // RFC 5322 2.1: the empty line ends the header section
        if (isReceivedField(line))
            ++count;
        start = end + 1;
    }
    return count;
}

bool TraceHeaders::isHeloName(QByteArrayView name)
{
    if (name.size() >= 3 && name.front() == '[' && name.back() == ']') {
        const QByteArrayView inside = name.sliced(1, name.size() - 2);
        return std::none_of(inside.begin(), inside.end(), [](char c) {
            return c == '[' || c == ']' || c == '\\' || c <= ' ' || c >= 0x7f;
        });
    }
    qsizetype label = 0;
    for (const char c : name) {
        if (c == '.') {
            if (label == 0)
                return false;
            label = 0;
            continue;
        }
        const bool ldh = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                         c == '-' || c == '_';
        if (!ldh)
            return false;
        ++label;
    }
    return label > 0;
}

QByteArray TraceHeaders::commentText(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == '\\' || c == '(' || c == ')')
            out += '\\';
        const bool control = (c >= 0 && c < ' ') || c == 0x7f;
        out += control ? '?' : c;
    }
    return out;
}

} // namespace RelayDesk
