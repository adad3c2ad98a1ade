#include "core/engine/heaptrimmer.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace RelayDesk {

namespace {
constexpr int trimIntervalMs = 30 * 1000;
}

HeapTrimmer::HeapTrimmer(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(trimIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [] { trim(); });
    m_timer.start();
}

bool HeapTrimmer::trim()
{
#if defined(__GLIBC__)
    // Every arena, not only the main one: each session thread allocates in its own (glibc 2.8 and later).
    return malloc_trim(0) == 1;
#else
    return false;
#endif
}

} // namespace RelayDesk
