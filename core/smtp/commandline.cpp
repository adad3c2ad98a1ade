#include "core/smtp/commandline.h"

#include <QtGlobal>

#include <cstring>

namespace RelayDesk {

namespace {

struct VerbName
{
    const char* name;
    SmtpVerb verb;
};

// RFC 5321 4.1, RFC 3207 (STARTTLS), RFC 4954 (AUTH), RFC 3030 (BDAT).
constexpr VerbName kVerbs[] = {
    {"HELO", SmtpVerb::Helo}, {"EHLO", SmtpVerb::Ehlo},         {"MAIL", SmtpVerb::Mail},
    {"RCPT", SmtpVerb::Rcpt}, {"DATA", SmtpVerb::Data},         {"RSET", SmtpVerb::Rset},
    {"NOOP", SmtpVerb::Noop}, {"QUIT", SmtpVerb::Quit},         {"VRFY", SmtpVerb::Vrfy},
    {"EXPN", SmtpVerb::Expn}, {"HELP", SmtpVerb::Help},         {"AUTH", SmtpVerb::Auth},
    {"BDAT", SmtpVerb::Bdat}, {"STARTTLS", SmtpVerb::StartTls},
};

// Compact the buffer once the consumed prefix is large and at least half of it, so that consumption
// stays amortised O(n) without moving bytes after every line.
constexpr qsizetype kCompactThreshold = 4096;

qsizetype findCrLf(const QByteArray& buffer, qsizetype from, qsizetype end)
{
    const char* data = buffer.constData();
    for (qsizetype i = from; i + 1 < end;) {
        const void* hit = std::memchr(data + i, '\r', static_cast<size_t>(end - 1 - i));
        if (!hit)
            return -1;
        const qsizetype at = static_cast<const char*>(hit) - data;
        if (data[at + 1] == '\n')
            return at;
        i = at + 1;
    }
    return -1;
}

bool hasBadCharacter(QByteArrayView line)
{
    // RFC 5321 2.3.8: CR and LF only as the CRLF pair; NUL is never valid in a command.
    for (const char c : line) {
        if (c == '\r' || c == '\n' || c == '\0')
            return true;
    }
    return false;
}

// Drops the rest of an over-long line up to and including its CRLF; returns false if the CRLF has not
// arrived yet, having dropped everything but a trailing CR, so that a long line never stays buffered.
bool skipLongLine(QByteArray& buffer, qsizetype& pos)
{
    const qsizetype crlf = findCrLf(buffer, pos, buffer.size());
    if (crlf >= 0) {
        pos = crlf + 2;
        return true;
    }
    const bool keepCr = buffer.size() > pos && buffer.endsWith('\r'); // its LF may come next
    buffer.clear();
    pos = 0;
    if (keepCr)
        buffer.append('\r');
    return false;
}

} // namespace

SmtpCommand parseCommandLine(QByteArrayView line)
{
    // RFC 5321 4.1.1: servers SHOULD tolerate trailing white space before the CRLF; "MAIL FROM:<a@b> " and
    // "AUTH PLAIN ... " were refused with 501 (an outside tester's padding script).
    while (!line.isEmpty() && (line.back() == ' ' || line.back() == '\t'))
        line.chop(1);
    SmtpCommand command;
    const qsizetype space = line.indexOf(' ');
    const QByteArrayView verbText = space < 0 ? line : line.first(space);
    command.verbText = verbText.toByteArray();
    if (space >= 0)
        command.argument = line.sliced(space + 1).toByteArray();
    for (const VerbName& known : kVerbs) {
        if (!verbText.isEmpty() && qstrnicmp(verbText.data(), verbText.size(), known.name, -1) == 0) {
            command.verb = known.verb;
            break;
        }
    }
    return command;
}

CommandLineReader::CommandLineReader(int maxLength) : m_maxLength(maxLength) {}

void CommandLineReader::append(QByteArrayView bytes)
{
    if (m_pos > 0 &&
        (m_pos == m_buffer.size() || (m_pos >= kCompactThreshold && m_pos * 2 >= m_buffer.size()))) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes);
    if (m_skippingLongLine && skipLongLine(m_buffer, m_pos))
        m_skippingLongLine = false;
}

CommandLineReader::Event CommandLineReader::next()
{
    m_line.clear();
    if (m_skippingLongLine) {
        if (!skipLongLine(m_buffer, m_pos))
            return Event::NeedMore;
        m_skippingLongLine = false;
    }

    // RFC 5321 4.5.3.1.4: the limit counts the CRLF, so the CRLF must start within maxLength - 2.
    const qsizetype limit = qMax<qsizetype>(m_maxLength, 2);
    const qsizetype windowEnd = qMin(m_buffer.size(), m_pos + limit);
    // The first LF ends the line. Without its CR (RFC 5321 2.3.8) the line is refused at once: a client that
    // ends its lines with LF alone waited for a CRLF that never came, until the idle timeout (an outside
    // tester). What follows the LF is the next line, so each such line gets its own refusal.
    const char* data = m_buffer.constData();
    const void* lf =
        windowEnd > m_pos ? std::memchr(data + m_pos, '\n', static_cast<size_t>(windowEnd - m_pos)) : nullptr;
    if (lf) {
        const qsizetype at = static_cast<const char*>(lf) - data;
        if (at == m_pos || data[at - 1] != '\r') {
            m_pos = at + 1;
            return Event::BareLineFeed;
        }
    }
    const qsizetype crlf = lf ? static_cast<const char*>(lf) - data - 1 : -1;
    if (crlf < 0) {
        if (pendingBytes() < limit)
            return Event::NeedMore;
        m_pos += limit - 1; // the last byte may be the CR of a CRLF just past the limit
        m_skippingLongLine = !skipLongLine(m_buffer, m_pos);
        return Event::TooLong;
    }

    const QByteArrayView line(m_buffer.constData() + m_pos, crlf - m_pos);
    m_pos = crlf + 2;
    if (hasBadCharacter(line))
        return Event::BadCharacters;
    m_line = line.toByteArray();
    return Event::Line;
}

void CommandLineReader::discardPending()
{
    m_buffer.clear();
    m_pos = 0;
    m_skippingLongLine = false;
}

QByteArray CommandLineReader::takePending()
{
    QByteArray pending = m_buffer.mid(m_pos);
    discardPending();
    return pending;
}

} // namespace RelayDesk
