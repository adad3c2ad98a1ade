#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace RelayDesk::Fuzz {

/// Stops the run with a message libFuzzer records as a crash: an invariant of the parser was broken.
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "invariant broken: %s (%s:%d)\n", #condition, __FILE__, __LINE__);          \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

/// Cuts the fuzzer's input into the pieces a network read might deliver. The first byte picks the
/// piece size (bit 7: single bytes; else 1..128), so one input explores one chunking and the rest stays data.
class FuzzChunks final
{
public:
    FuzzChunks(const uint8_t* data, size_t size)
    {
        if (size == 0)
            return;
        const uint8_t control = data[0];
        m_piece = (control & 0x80) ? 1 : (control & 0x7f) + 1;
        m_bytes = QByteArray(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    }
    const QByteArray& bytes() const { return m_bytes; }
    QList<QByteArrayView> pieces() const
    {
        QList<QByteArrayView> out;
        for (qsizetype pos = 0; pos < m_bytes.size(); pos += m_piece)
            out << QByteArrayView(m_bytes).sliced(pos, qMin(m_piece, m_bytes.size() - pos));
        return out;
    }

private:
    QByteArray m_bytes;
    qsizetype m_piece = 1;
};

inline QByteArray toByteArray(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace RelayDesk::Fuzz
