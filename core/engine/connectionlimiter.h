#pragma once

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QString>

namespace RelayDesk {

class RefusedSubmissionRecorder;

/// Counts open connections in total and per client address, shared by all listeners (thread-safe).
class ConnectionLimiter final
{
public:
    void configure(int maxTotal, int maxPerAddress);
    enum class Verdict
    {
        Accepted,
        TooManyTotal,
        TooManyFromAddress,
        BusyShareTaken ///< busy, and the address holds its busyShare()
    };
    Verdict tryAcquire(const QHostAddress& address);
    void release(const QHostAddress& address);
    int total() const;
    /// Busy from three quarters of the total limit in use until fewer than half are: idle sessions get a
    /// short timeout then (SubmissionSession::busyIdleTimeoutMs), as Postfix's smtpd does under stress. The
    /// gap keeps the first closed session from ending it for the others that were silent as long.
    bool isBusy() const;
    /// While busy, an address that holds this many connections (1/64 of the total limit, at least 2) opens
    /// no more: the last quarter of the slots stays for the others.
    int busyShare() const;
    /// Where connections turned away are listed for the window and `log refused` (as refused submissions,
    /// command CONNECT): an outside tester's 232 refusals left no trace there. nullptr: nowhere.
    void setRefusalRecorder(RefusedSubmissionRecorder* recorder);
    /// Lists one connection turned away with reply (without its CRLF); any thread.
    void recordRefusal(const QHostAddress& address, const QString& listener, const QString& reply,
                       qint64 nowMs);

private:
    bool nearLimit() const;
    void updateBusy();

    mutable QMutex m_mutex;
    QHash<QHostAddress, int> m_perAddress;
    int m_total = 0;
    int m_maxTotal = 1024;
    int m_maxPerAddress = 50;
    bool m_busy = false;
    RefusedSubmissionRecorder* m_refusals = nullptr;
};

} // namespace RelayDesk
