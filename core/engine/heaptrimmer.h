#pragma once

#include <QObject>
#include <QTimer>

namespace RelayDesk {

/// Gives the heap's free pages back to the system every half minute. glibc keeps what a burst of large
/// messages freed in each thread's arena (an outside tester's relay stayed at 355 MB after six 22 MB
/// messages at once, from 36 MB); malloc_trim returns it. Does nothing where the C library has no
/// malloc_trim.
class HeapTrimmer final : public QObject
{
    Q_OBJECT
public:
    explicit HeapTrimmer(QObject* parent = nullptr);
    /// Returns the free pages now; true if the C library gave any back.
    static bool trim();

private:
    QTimer m_timer;
};

} // namespace RelayDesk
