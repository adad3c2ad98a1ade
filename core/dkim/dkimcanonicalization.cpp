#include "core/dkim/dkimcanonicalization.h"

#include <cstring>

namespace RelayDesk {

namespace {

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

QByteArray DkimCanonicalization::relaxedHeader(QByteArrayView field)
{
    const qsizetype colon = field.indexOf(':');
    if (colon < 0)
        return {};
    QByteArray out;
    out.reserve(field.size() + 2);
    // The name: lower case, without the whitespace before the colon.
    qsizetype nameEnd = colon;
    while (nameEnd > 0 &&
           (isWsp(field[nameEnd - 1]) || field[nameEnd - 1] == '\r' || field[nameEnd - 1] == '\n'))
        --nameEnd;
    for (qsizetype i = 0; i < nameEnd; ++i) {
        const char c = field[i];
        out += (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
    }
    out += ':';
    // The value: unfolded (CR and LF dropped), each run of WSP one space, none at either end.
    bool pendingSpace = false;
    bool started = false;
    for (qsizetype i = colon + 1; i < field.size(); ++i) {
        const char c = field[i];
        if (c == '\r' || c == '\n')
            continue;
        if (isWsp(c)) {
            pendingSpace = started;
            continue;
        }
        if (pendingSpace)
            out += ' ';
        pendingSpace = false;
        started = true;
        out += c;
    }
    out += "\r\n";
    return out;
}

QByteArray DkimCanonicalization::relaxedBody(QByteArrayView body)
{
    // Raw pointers into a buffer sized for the worst case (lines ending in a bare LF gain a CR): this runs
    // for every signed message, on a session thread.
    QByteArray out(body.size() * 2 + 2, Qt::Uninitialized);
    char* o = out.data();
    const char* p = body.data();
    const char* const end = p + body.size();
    qsizetype emptyLines = 0; // held back: they count only if a line with content follows
    while (p < end) {
        const auto* lf = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const char* next = lf ? lf + 1 : end;
        const char* lineEnd = lf ? lf : end;
        if (lineEnd > p && lineEnd[-1] == '\r')
            --lineEnd;
        while (lineEnd > p && isWsp(lineEnd[-1]))
            --lineEnd; // whitespace at the end of a line goes
        if (lineEnd == p) {
            ++emptyLines;
            p = next;
            continue;
        }
        for (; emptyLines > 0; --emptyLines) {
            *o++ = '\r';
            *o++ = '\n';
        }
        while (p < lineEnd) {
            const char c = *p++;
            if (isWsp(c)) {
                *o++ = ' '; // a run of spaces and tabs is one space
                while (p < lineEnd && isWsp(*p))
                    ++p;
            } else {
                *o++ = c;
            }
        }
        *o++ = '\r';
        *o++ = '\n';
        p = next;
    }
    out.truncate(o - out.constData());
    return out;
}

} // namespace RelayDesk
