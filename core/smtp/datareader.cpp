#include "core/smtp/datareader.h"
#include "core/smtp/datamemorybudget.h"

#include <algorithm>

#include <utility>

namespace RelayDesk {

namespace {

bool isSpecial(char c)
{
    return c == '\r' || c == '\n' || c == '\0';
}

// Saturates just past the limit so that a gigabyte-long line cannot overflow the counter.
int addLineOctets(int length, qsizetype count, int maxLineLength)
{
    return static_cast<int>(qMin<qint64>(qint64(length) + count, qint64(maxLineLength) + 1));
}

} // namespace

DataReader::DataReader(qint64 maxSize, int maxLineLength, DataMemoryBudget* budget)
    : m_maxSize(maxSize), m_maxLineLength(maxLineLength), m_budget(budget)
{
}

DataReader::~DataReader()
{
    releaseCharge();
}

void DataReader::releaseCharge()
{
    if (m_budget && m_charged > 0)
        m_budget->release(m_charged);
    m_charged = 0;
}

void DataReader::flag(Problem problem)
{
    if (m_problem != Problem::None)
        return; // the first problem is the one the client hears about
    m_problem = problem;
    m_message = QByteArray(); // nothing more is stored: memory stays bounded until the true end
    releaseCharge();
}

bool DataReader::makeRoom(qsizetype count)
{
    const qint64 needed = qint64(m_message.size()) + count;
    if (!m_budget || needed <= m_message.capacity())
        return true;
    // Grown by half at a time (at least 16 KiB, at most to the size limit), so that a message costs a few
    // charges; the budget is asked before the memory is taken.
    const qint64 grown = std::min<qint64>(std::max<qint64>({needed, m_charged + m_charged / 2, 16 * 1024}),
                                          std::max<qint64>(needed, m_maxSize));
    if (!m_budget->tryCharge(grown - m_charged)) {
        flag(Problem::NoMemory);
        return false;
    }
    m_charged = grown;
    m_message.reserve(qsizetype(grown));
    return true;
}

void DataReader::store(char c)
{
    if (m_problem != Problem::None)
        return;
    if (m_message.size() >= m_maxSize) {
        flag(Problem::TooBig);
        return;
    }
    if (makeRoom(1))
        m_message.append(c);
}

qsizetype DataReader::feed(QByteArrayView bytes)
{
    if (m_finished)
        return 0;
    const char* data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const char c = data[i];
        switch (m_state) {
        case State::LineStart:
            m_lineLength = 0;
            // RFC 5321 4.5.2: a leading dot is stuffing, or the start of the end marker; either way it does
            // not count towards the line's length (4.5.3.1.6).
            if (c == '.') {
                m_state = State::Dot;
                ++i;
                continue;
            }
            m_state = State::InLine;
            continue; // handle c as line content
        case State::Dot:
            if (c == '\r') {
                m_state = State::DotCr;
                ++i;
                continue;
            }
            if (c == '\n') {
                // ".<LF>" is an end of data to a lax reader and never to this one: the SMTP smuggling family.
                flag(Problem::BareCrOrLf);
                m_afterBareLf = true;
                m_state = State::LineStart;
                ++i;
                continue;
            }
            m_state = State::InLine; // the stuffing dot is dropped; c is ordinary content
            continue;
        case State::DotCr:
            if (c == '\n') {
                ++i;
                if (m_afterBareLf) {
                    // "<LF>.<CRLF>": not the end (that is <CRLF>.<CRLF> only, RFC 5321 4.1.1.4), and a relay
                    // that took it for one would read what follows as commands. Refused; the scan goes on.
                    flag(Problem::BareCrOrLf);
                    m_afterBareLf = false;
                    m_state = State::LineStart;
                    continue;
                }
                m_finished = true;
                m_bytesReceived += i;
                return i;
            }
            flag(Problem::BareCrOrLf); // ".\r" followed by anything but LF: a bare CR
            m_state = State::InLine;
            continue;
        case State::AfterCr:
            if (c == '\n') {
                ++m_lines;
                store('\r');
                store('\n');
                m_afterBareLf = false;
                m_state = State::LineStart;
                ++i;
                continue;
            }
            // A CR not followed by LF never ends a line. Two in a row are named: "CR CR LF" is what a file
            // whose lines end with CRLF becomes when a client converts its LFs again (curl --crlf, an outside
            // tester following the README), and "a bare CR" alone did not say so.
            flag(c == '\r' ? Problem::DoubledCr : Problem::BareCrOrLf);
            m_state = State::InLine;
            continue;
        case State::InLine:
            break;
        }

        // InLine: copy a run of ordinary octets at once, then deal with the special one.
        qsizetype end = i;
        while (end < size && !isSpecial(data[end]))
            ++end;
        const qsizetype run = end - i;
        if (run > 0) {
            // The first limit crossed in the byte stream is the one reported, however the bytes were split
            // into reads: within this run, whichever limit an earlier octet crosses (the line's on a tie).
            const qint64 roomInLine = qint64(m_maxLineLength) - m_lineLength; // RFC 5321 4.5.3.1.6
            const qint64 roomInMessage = m_maxSize - m_message.size();
            m_lineLength = addLineOctets(m_lineLength, run, m_maxLineLength);
            const bool lineTooLong = run > roomInLine;
            const bool tooBig = run > roomInMessage;
            if (lineTooLong && (!tooBig || roomInLine <= roomInMessage))
                flag(Problem::LineTooLong);
            else if (tooBig)
                flag(Problem::TooBig);
            else if (m_problem == Problem::None && makeRoom(run))
                m_message.append(data + i, run);
            i = end;
            continue;
        }
        ++i;
        if (c == '\r') {
            m_state = State::AfterCr;
        } else if (c == '\n') {
            // A line ended with a bare LF, as files written on Unix are and as some mailers send them: stored
            // with CRLF, as Postfix's default does. Only <CRLF>.<CRLF> still ends the data (see DotCr).
            ++m_lines;
            store('\r');
            store('\n');
            m_afterBareLf = true;
            m_state = State::LineStart;
        } else {
            flag(Problem::Nul);
            m_lineLength = addLineOctets(m_lineLength, 1, m_maxLineLength);
        }
    }
    m_bytesReceived += size;
    return size;
}

QByteArray DataReader::takeMessage()
{
    if (m_problem != Problem::None)
        return {};
    releaseCharge(); // the message is the caller's now, on its way to the store
    return std::exchange(m_message, QByteArray());
}

} // namespace RelayDesk
