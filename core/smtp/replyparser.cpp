#include "core/smtp/replyparser.h"

#include <utility>

namespace RelayDesk {

namespace {

bool isReplyDigit(char c)
{
    return c >= '0' && c <= '9';
}

// One to three digits followed by end or '.', starting at pos; returns the index after them or -1.
qsizetype digits(const QByteArray& text, qsizetype pos)
{
    qsizetype end = pos;
    while (end < text.size() && end - pos < 4 && isReplyDigit(text[end]))
        ++end;
    return (end == pos || end - pos > 3) ? -1 : end;
}

} // namespace

void ReplyParser::feed(QByteArrayView bytes)
{
    m_buffer.append(bytes.data(), bytes.size());
}

void ReplyParser::reset()
{
    m_buffer.clear();
    m_partial = SmtpReply();
    m_partialLines = 0;
    m_partialRaw.clear();
    m_lastLines.clear();
    m_error.clear();
}

ReplyParser::Result ReplyParser::fail(const QString& error)
{
    m_error = error;
    m_buffer.clear();
    return Result::Error;
}

QByteArray ReplyParser::extractEnhanced(int code, QByteArray* text)
{
    // RFC 3463 2: class "." subject "." detail; class is 2, 4 or 5 and agrees with the reply code.
    const char cls = char('0' + code / 100);
    if (text->size() < 5 || text->at(0) != cls || (cls != '2' && cls != '4' && cls != '5') ||
        text->at(1) != '.')
        return {};
    const qsizetype subjectEnd = digits(*text, 2);
    if (subjectEnd < 0 || subjectEnd >= text->size() || text->at(subjectEnd) != '.')
        return {};
    const qsizetype detailEnd = digits(*text, subjectEnd + 1);
    if (detailEnd < 0 || (detailEnd < text->size() && text->at(detailEnd) != ' '))
        return {};
    const QByteArray enhanced = text->left(detailEnd);
    *text = text->mid(detailEnd + 1);
    return enhanced;
}

ReplyParser::Result ReplyParser::next(SmtpReply* reply)
{
    if (!m_error.isEmpty())
        return Result::Error;
    while (true) {
        const qsizetype lf = m_buffer.indexOf('\n');
        if (lf < 0) {
            if (m_buffer.size() > maxLineLength)
                return fail(QStringLiteral("reply line longer than %1 octets").arg(maxLineLength));
            return Result::NeedMore;
        }
        if (lf > maxLineLength)
            return fail(QStringLiteral("reply line longer than %1 octets").arg(maxLineLength));
        QByteArray line = m_buffer.left(lf);
        m_buffer.remove(0, lf + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        // RFC 5321 4.2: Reply-code [ ("-" / SP) textstring ] CRLF
        if (line.size() < 3 || !isReplyDigit(line[0]) || !isReplyDigit(line[1]) || !isReplyDigit(line[2]) ||
            line[0] < '2' || line[0] > '5' || line[1] > '5')
            return fail(QStringLiteral("malformed reply line '%1'").arg(QString::fromLatin1(line.left(80))));
        if (line.size() > 3 && line[3] != '-' && line[3] != ' ')
            return fail(QStringLiteral("malformed reply line '%1'").arg(QString::fromLatin1(line.left(80))));
        const int code = line.left(3).toInt();
        if (m_partialLines > 0 && code != m_partial.code)
            return fail(QStringLiteral("reply code changed from %1 to %2 inside a multi-line reply")
                            .arg(m_partial.code)
                            .arg(code));
        if (++m_partialLines > maxLines)
            return fail(QStringLiteral("multi-line reply longer than %1 lines").arg(maxLines));
        m_partial.code = code;
        QByteArray text = line.mid(4);
        const QByteArray enhanced = extractEnhanced(code, &text);
        if (m_partialLines == 1)
            m_partial.enhanced = enhanced;
        m_partial.lines.append(text);
        m_partialRaw.append(line);
        const bool last = line.size() == 3 || line[3] == ' ';
        if (last) {
            *reply = m_partial;
            m_partial = SmtpReply();
            m_partialLines = 0;
            m_lastLines = std::exchange(m_partialRaw, {});
            return Result::Reply;
        }
    }
}

} // namespace RelayDesk
