#include "core/dkim/rawheadersection.h"

namespace RelayDesk {

namespace {

bool isHeaderWsp(char c)
{
    return c == ' ' || c == '\t';
}

// The end of the line starting at from: just after its LF (or the end of the data).
qsizetype lineEnd(QByteArrayView data, qsizetype from)
{
    const qsizetype lf = data.indexOf('\n', from);
    return lf < 0 ? data.size() : lf + 1;
}

} // namespace

RawHeaderSection RawHeaderSection::parse(QByteArrayView message)
{
    RawHeaderSection section;
    qsizetype at = 0;
    while (at < message.size()) {
        const qsizetype end = lineEnd(message, at);
        const QByteArrayView line = message.sliced(at, end - at);
        if (line == "\r\n" || line == "\n") {
            section.m_bodyOffset = end;
            return section;
        }
        if (isHeaderWsp(line.front()) && !section.m_fields.isEmpty()) {
            // RFC 5322 2.2.3: a folded continuation of the field above.
            Field& field = section.m_fields.last();
            field.raw =
                message.sliced(field.raw.data() - message.data(), end - (field.raw.data() - message.data()));
        } else {
            qsizetype colon = line.indexOf(':');
            qsizetype nameEnd = colon < 0 ? 0 : colon;
            while (nameEnd > 0 && isHeaderWsp(line[nameEnd - 1]))
                --nameEnd; // RFC 5322 4.5: obsolete space before the colon
            section.m_fields.append({line.first(nameEnd), line});
        }
        at = end;
    }
    section.m_bodyOffset = message.size();
    return section;
}

int RawHeaderSection::count(QByteArrayView name) const
{
    int found = 0;
    for (const Field& field : m_fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            ++found;
    }
    return found;
}

QByteArray RawHeaderSection::firstValue(QByteArrayView name) const
{
    for (const Field& field : m_fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const qsizetype colon = field.raw.indexOf(':');
        QByteArray value = field.raw.sliced(colon + 1).toByteArray();
        value.replace("\r\n", "").replace('\n', "");
        return value.trimmed();
    }
    return {};
}

} // namespace RelayDesk
