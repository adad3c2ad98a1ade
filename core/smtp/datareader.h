#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace RelayDesk {

class DataMemoryBudget;

/// Reads DATA content (RFC 5321 4.1.1.4): ends only on <CRLF>.<CRLF>, undoes dot-stuffing (4.5.2), stores a
/// line ended by a bare LF with CRLF, and refuses bare CR, NUL and a dot line ended by a bare LF or after one
/// (".<LF>", "<LF>.<CRLF>": ends of data to a lax reader, the SMTP smuggling family).
/// After a problem it keeps scanning to the true end without storing, so memory stays bounded and the
/// client gets exactly one final reply.
class DataReader final
{
public:
    enum class Problem
    {
        None,
        BareCrOrLf,
        DoubledCr, ///< two CRs in a row, as in "CR CR LF": a file with CRLF line ends converted again
        Nul,
        LineTooLong,
        TooBig,
        NoMemory ///< the sessions' DataMemoryBudget had no room for it
    };

    /// maxSize bounds the stored message; maxLineLength counts octets without the CRLF (998 = RFC
    /// 5321 4.5.3.1.6).
    /// budget, if given, is charged for the buffer before it grows and released when the reader is done.
    DataReader(qint64 maxSize, int maxLineLength = 998, DataMemoryBudget* budget = nullptr);
    ~DataReader();
    Q_DISABLE_COPY_MOVE(DataReader)

    /// Consumes bytes up to and including the end-of-data marker; returns how many were consumed.
    qsizetype feed(QByteArrayView bytes);
    bool isFinished() const { return m_finished; }
    Problem problem() const { return m_problem; }
    /// The message with CRLF line ends and dots unstuffed; empty if a problem occurred.
    QByteArray takeMessage();
    qint64 bytesReceived() const { return m_bytesReceived; }
    /// Lines of content ended so far (CRLF, or a bare LF), the refused ones too: what the session counts as
    /// the client's progress (SmtpServerProtocol::progress).
    qint64 lines() const { return m_lines; }

private:
    enum class State
    {
        LineStart,
        InLine,
        AfterCr,
        Dot,
        DotCr
    };
    void flag(Problem problem);
    void store(char c);
    /// Room for count more octets in m_message, charged to the budget first; false: flagged NoMemory.
    bool makeRoom(qsizetype count);
    void releaseCharge();

    QByteArray m_message;
    qint64 m_maxSize;
    int m_maxLineLength;
    int m_lineLength = 0;
    qint64 m_bytesReceived = 0;
    qint64 m_lines = 0;
    State m_state = State::LineStart;
    Problem m_problem = Problem::None;
    bool m_finished = false;
    bool m_afterBareLf = false; ///< the last line ended with a bare LF: a dot line now cannot end the data
    DataMemoryBudget* m_budget = nullptr;
    qint64 m_charged = 0; ///< what m_message's buffer holds of the budget
};

} // namespace RelayDesk
