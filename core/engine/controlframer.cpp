#include "core/engine/controlframer.h"

namespace RelayDesk {

bool ControlFramer::append(const QByteArray& data)
{
    if (m_overflowed)
        return false;
    if (m_start > 0 && m_start == m_buffer.size()) {
        m_buffer.clear();
        m_start = m_tail = m_scanned = 0;
    }
    m_buffer.append(data);
    checkPending();
    return !m_overflowed;
}

void ControlFramer::checkPending()
{
    // Each line that arrived must fit, and so must the incomplete tail; every byte is searched once.
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', m_scanned);
        const qsizetype end = newline < 0 ? m_buffer.size() : newline;
        if (end - m_tail > m_maxLineLength) {
            m_overflowed = true;
            m_buffer.clear();
            m_start = m_tail = m_scanned = 0;
            return;
        }
        if (newline < 0) {
            m_scanned = m_buffer.size();
            return;
        }
        m_tail = m_scanned = newline + 1;
    }
}

std::optional<QByteArray> ControlFramer::takeLine()
{
    if (m_overflowed || m_start >= m_tail) {
        if (!m_overflowed && m_start > 0) { // keep only the incomplete tail
            m_buffer.remove(0, m_start);
            m_tail -= m_start;
            m_scanned -= m_start;
            m_start = 0;
        }
        return std::nullopt;
    }
    const qsizetype newline = m_buffer.indexOf('\n', m_start); // found: m_start < m_tail
    qsizetype end = newline;
    if (end > m_start && m_buffer.at(end - 1) == '\r')
        --end;
    QByteArray line = m_buffer.mid(m_start, end - m_start);
    m_start = newline + 1;
    return line;
}

} // namespace RelayDesk
