#include "core/dkim/dkimcanonicalization.h"

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
    QByteArray out;
    out.reserve(body.size() + 2);
    qsizetype emptyLines = 0; // held back: they count only if a line with content follows
    qsizetype at = 0;
    while (at < body.size()) {
        qsizetype lf = body.indexOf('\n', at);
        const qsizetype next = lf < 0 ? body.size() : lf + 1;
        qsizetype end = lf < 0 ? body.size() : lf;
        if (end > at && body[end - 1] == '\r')
            --end;
        // The line's content with its WSP runs folded to one space and its trailing WSP dropped.
        bool pendingSpace = false;
        bool wrote = false;
        for (qsizetype i = at; i < end; ++i) {
            const char c = body[i];
            if (isWsp(c)) {
                pendingSpace = true;
                continue;
            }
            if (!wrote && emptyLines > 0) {
                // Content after empty lines: they were not at the end, so they count.
                for (; emptyLines > 0; --emptyLines)
                    out += "\r\n";
            }
            if (pendingSpace)
                out += ' ';
            pendingSpace = false;
            wrote = true;
            out += c;
        }
        if (wrote)
            out += "\r\n";
        else
            ++emptyLines;
        at = next;
    }
    return out;
}

} // namespace RelayDesk
