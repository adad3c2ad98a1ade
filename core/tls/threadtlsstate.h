#pragma once

class QThread;

namespace RelayDesk {

/// What OpenSSL keeps per thread (its random generators, the error queue), released by the thread itself as
/// it finishes. OpenSSL would free it from a thread-exit handler, but QThread::wait() returns before that
/// handler runs: a process that stops its engine and exits at once raced OpenSSL's own cleanup at exit,
/// which then skipped the handler and left the thread's generators allocated (an intermittent
/// LeakSanitizer report; docs/reliability.md, "OpenSSL's per-thread state").
class ThreadTlsState final
{
public:
    /// On thread's finished signal, on that thread: deletes what is pending deletion (sockets closed as the
    /// loop ended), then releases OpenSSL's state for the thread. Call before thread->start().
    static void releaseWhenFinished(QThread* thread);
    /// Releases OpenSSL's state for the calling thread now.
    static void releaseForThisThread();
};

} // namespace RelayDesk
