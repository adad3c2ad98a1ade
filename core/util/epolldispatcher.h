#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>

#include <chrono>
#include <deque>
#include <vector>

class QSocketNotifier;
class QThread;

namespace RelayDesk {

/// The event loop of a session thread on Linux: waits with epoll(7) instead of building a poll(2) array
/// over every socket of the thread on each turn, and wakes through an eventfd(2). It serves socket
/// notifiers, timers and posted events as Qt's own dispatchers do (level-triggered, as poll is), so that
/// the sessions' Qt objects run on it unchanged. Installed on the session and delivery threads before they
/// start; in the desktop application they would otherwise get GLib's dispatcher (docs/performance.md).
class EpollDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    explicit EpollDispatcher(QObject* parent = nullptr);
    ~EpollDispatcher() override;

    /// Gives a thread that has not started yet this dispatcher, unless RELAYDESK_QT_DISPATCHER is set (then
    /// it keeps Qt's: for measuring, or as a way out) or the kernel refuses the descriptors.
    static void installOn(QThread* thread);

    /// True if the kernel gave this dispatcher its epoll and eventfd descriptors; if not, the thread must
    /// keep Qt's own dispatcher.
    bool isValid() const;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier* notifier) override;
    void unregisterSocketNotifier(QSocketNotifier* notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject* object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject* object) override;
    QList<TimerInfo> registeredTimers(QObject* object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    using Clock = std::chrono::steady_clock;

    /// The notifiers watching one descriptor: epoll takes one registration per descriptor.
    struct Watch
    {
        QSocketNotifier* read = nullptr;
        QSocketNotifier* write = nullptr;
        QSocketNotifier* exception = nullptr;
        bool empty() const { return !read && !write && !exception; }
    };

    /// One timer: when it is due next, and whether it is being delivered (so that a nested event loop in
    /// its handler does not deliver it again).
    struct Timer
    {
        int id = 0;
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject* object = nullptr;
        Clock::time_point due;
        bool delivering = false;
    };

    /// Tells the epoll set what fd is watched for; added: fd is new to m_watches (ADD rather than MOD).
    void updateWatch(int fd, bool added = false);
    void insertTimer(const Timer& timer);
    int waitTimeoutMs(Clock::time_point now) const;
    bool deliverSocketEvents();
    bool deliverDueTimers();
    void drainWakeUp();

    int m_epoll = -1;
    int m_wakeFd = -1;
    QHash<int, Watch> m_watches;
    std::vector<Timer> m_timers;            // by when they are due, soonest first
    std::deque<QSocketNotifier*> m_pending; // activated, not yet sent their event
    QAtomicInt m_wakeUps;                   // 1 while a wake-up is written and not yet seen
    QAtomicInt m_interrupted;
};

} // namespace RelayDesk
