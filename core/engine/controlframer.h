#pragma once

#include <QByteArray>

#include <optional>

namespace RelayDesk {

/// Splits a control channel's byte stream into lines (one JSON object each, docs/control-channel.md) and
/// refuses a line longer than its limit instead of buffering it without end.
class ControlFramer final
{
public:
    explicit ControlFramer(qsizetype maxLineLength) : m_maxLineLength(maxLineLength) {}

    /// Appends what arrived; false once a line is longer than the limit (nothing more is taken then).
    bool append(const QByteArray& data);
    /// The next complete line without its "\n" (nor a "\r" before it); nullopt when none is complete, or
    /// after an overlong line.
    std::optional<QByteArray> takeLine();
    bool overflowed() const { return m_overflowed; }
    qsizetype maxLineLength() const { return m_maxLineLength; }

private:
    void checkPending();

    qsizetype m_maxLineLength;
    QByteArray m_buffer;
    qsizetype m_start = 0;   ///< where the first line not yet taken begins in m_buffer
    qsizetype m_tail = 0;    ///< where the line still incomplete at the last check begins
    qsizetype m_scanned = 0; ///< how far m_buffer has been searched for line ends
    bool m_overflowed = false;
};

} // namespace RelayDesk
