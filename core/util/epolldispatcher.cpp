#include "core/util/epolldispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QThread>
#include <QTimerEvent>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <limits>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace RelayDesk {

namespace {
constexpr int epollMaxEventsPerWait = 128;

std::uint32_t epollReadEvents()
{
    return EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR;
}

std::uint32_t epollWriteEvents()
{
    // A hang-up wakes a writer too: otherwise a descriptor watched only for writing would report its
    // hang-up on every turn and nobody would look at it.
    return EPOLLOUT | EPOLLHUP | EPOLLERR;
}
} // namespace

EpollDispatcher::EpollDispatcher(QObject* parent) : QAbstractEventDispatcher(parent)
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_epoll >= 0 && m_wakeFd >= 0) {
        epoll_event event{};
        event.events = EPOLLIN;
        event.data.fd = m_wakeFd;
        if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &event) != 0) {
            ::close(m_wakeFd);
            m_wakeFd = -1;
        }
    }
}

EpollDispatcher::~EpollDispatcher()
{
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

void EpollDispatcher::installOn(QThread* thread)
{
    if (qEnvironmentVariableIsSet("RELAYDESK_QT_DISPATCHER"))
        return;
    auto* dispatcher = new EpollDispatcher;
    if (dispatcher->isValid())
        thread->setEventDispatcher(dispatcher); // the thread owns it from here
    else
        delete dispatcher;
}

bool EpollDispatcher::isValid() const
{
    return m_epoll >= 0 && m_wakeFd >= 0;
}

bool EpollDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    Q_EMIT awake();
    // Cleared before the posted events are sent: whatever is posted from here on wakes the wait below.
    if (m_wakeUps.fetchAndStoreAcquire(0))
        drainWakeUp();
    QCoreApplication::sendPostedEvents();

    // The interrupt is taken here, where it decides the wait, not when the turn begins: an interrupt (a
    // quit()) that came just before was cleared there and, its wake-up written by a post whose descriptor
    // this turn had read already, lost, and the thread waited for ever (a CI run's delivery thread at stop).
    const bool interrupted = m_interrupted.fetchAndStoreRelaxed(0);
    const bool wait = (flags & QEventLoop::WaitForMoreEvents) && !interrupted && !m_wakeUps.loadAcquire();
    int timeoutMs = 0;
    if (wait) {
        timeoutMs = (flags & QEventLoop::X11ExcludeTimers) ? -1 : waitTimeoutMs(Clock::now());
        if (timeoutMs != 0)
            Q_EMIT aboutToBlock();
    }
    epoll_event events[epollMaxEventsPerWait];
    int ready = epoll_wait(m_epoll, events, epollMaxEventsPerWait, timeoutMs);
    if (ready < 0)
        ready = 0; // EINTR: a signal, which Qt's own dispatchers treat as a turn with nothing ready

    bool delivered = false;
    for (int i = 0; i < ready; ++i) {
        const int fd = events[i].data.fd;
        if (fd == m_wakeFd) {
            drainWakeUp();
            continue;
        }
        const auto found = m_watches.constFind(fd);
        if (found == m_watches.constEnd()) {
            // A descriptor whose notifiers are gone: nobody listens, so stop asking.
            (void)epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
            continue;
        }
        if (flags & QEventLoop::ExcludeSocketNotifiers)
            continue;
        const std::uint32_t happened = events[i].events;
        if (found->read && (happened & epollReadEvents()))
            m_pending.push_back(found->read);
        if (found->write && (happened & epollWriteEvents()))
            m_pending.push_back(found->write);
        if (found->exception && (happened & EPOLLPRI))
            m_pending.push_back(found->exception);
    }
    delivered |= deliverSocketEvents();
    if (!(flags & QEventLoop::X11ExcludeTimers))
        delivered |= deliverDueTimers();
    return delivered;
}

bool EpollDispatcher::deliverSocketEvents()
{
    bool delivered = false;
    // A handler may unregister (or delete) a notifier that is still waiting here: unregistering blanks its
    // entries, so it is never sent an event after it went.
    while (!m_pending.empty()) {
        QSocketNotifier* notifier = m_pending.front();
        m_pending.pop_front();
        if (!notifier)
            continue;
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &event);
        delivered = true;
    }
    return delivered;
}

bool EpollDispatcher::deliverDueTimers()
{
    const Clock::time_point now = Clock::now();
    std::vector<int> due;
    for (const Timer& timer : m_timers) {
        if (timer.due > now)
            break;
        if (!timer.delivering)
            due.push_back(timer.id);
    }
    bool delivered = false;
    for (const int id : due) {
        auto it = std::find_if(m_timers.begin(), m_timers.end(), [id](const Timer& t) { return t.id == id; });
        if (it == m_timers.end() || it->delivering) // unregistered, or delivered by a nested loop meanwhile
            continue;
        Timer timer = *it;
        m_timers.erase(it);
        // The next time keeps the period; a timer that fell behind starts its period again from now.
        timer.due += std::chrono::milliseconds(timer.intervalMs);
        if (timer.due <= now)
            timer.due = now + std::chrono::milliseconds(timer.intervalMs);
        timer.delivering = true;
        QObject* object = timer.object;
        insertTimer(timer);
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        delivered = true;
        auto again =
            std::find_if(m_timers.begin(), m_timers.end(), [id](const Timer& t) { return t.id == id; });
        if (again != m_timers.end())
            again->delivering = false;
    }
    return delivered;
}

int EpollDispatcher::waitTimeoutMs(Clock::time_point now) const
{
    for (const Timer& timer : m_timers) {
        if (timer.delivering)
            continue; // being delivered further up the stack: not due again until that returns
        if (timer.due <= now)
            return 0;
        // Rounded up: waking a little early would only turn the loop once more for nothing.
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(timer.due - now).count();
        return int(std::min<qint64>(left, std::numeric_limits<int>::max()));
    }
    return -1;
}

void EpollDispatcher::drainWakeUp()
{
    std::uint64_t count = 0;
    while (::read(m_wakeFd, &count, sizeof count) < 0 && errno == EINTR) {
    }
}

void EpollDispatcher::registerSocketNotifier(QSocketNotifier* notifier)
{
    const int fd = int(notifier->socket());
    const bool added = !m_watches.contains(fd);
    Watch& watch = m_watches[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        watch.read = notifier;
        break;
    case QSocketNotifier::Write:
        watch.write = notifier;
        break;
    case QSocketNotifier::Exception:
        watch.exception = notifier;
        break;
    }
    updateWatch(fd, added);
}

void EpollDispatcher::unregisterSocketNotifier(QSocketNotifier* notifier)
{
    std::replace(m_pending.begin(), m_pending.end(), notifier, static_cast<QSocketNotifier*>(nullptr));
    const int fd = int(notifier->socket());
    const auto found = m_watches.find(fd);
    if (found == m_watches.end())
        return;
    if (found->read == notifier)
        found->read = nullptr;
    if (found->write == notifier)
        found->write = nullptr;
    if (found->exception == notifier)
        found->exception = nullptr;
    updateWatch(fd);
}

void EpollDispatcher::updateWatch(int fd, bool added)
{
    const auto found = m_watches.find(fd);
    if (found == m_watches.end())
        return;
    if (found->empty()) {
        // The descriptor may already be closed (the kernel then dropped it from the set itself).
        (void)epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        m_watches.erase(found);
        return;
    }
    epoll_event event{};
    event.data.fd = fd;
    if (found->read)
        event.events |= EPOLLIN | EPOLLRDHUP;
    if (found->write)
        event.events |= EPOLLOUT;
    if (found->exception)
        event.events |= EPOLLPRI;
    // A descriptor new to this dispatcher is added (one call for every connection, instead of a MOD that
    // fails first), or changed should the set hold it already. Otherwise MOD first: a descriptor number that
    // was closed and reused without its notifiers going first is unknown to the set again, and then it is
    // added.
    if (added) {
        if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0 && errno == EEXIST)
            (void)epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event);
        return;
    }
    if (epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event) != 0 && errno == ENOENT)
        (void)epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);
}

void EpollDispatcher::insertTimer(const Timer& timer)
{
    const auto at = std::upper_bound(m_timers.begin(), m_timers.end(), timer.due,
                                     [](Clock::time_point due, const Timer& t) { return due < t.due; });
    m_timers.insert(at, timer);
}

void EpollDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject* object)
{
    Timer timer;
    timer.id = timerId;
    timer.intervalMs = std::max<qint64>(interval, 0);
    timer.type = timerType;
    timer.object = object;
    timer.due = Clock::now() + std::chrono::milliseconds(timer.intervalMs);
    insertTimer(timer);
}

bool EpollDispatcher::unregisterTimer(int timerId)
{
    const auto it =
        std::find_if(m_timers.begin(), m_timers.end(), [timerId](const Timer& t) { return t.id == timerId; });
    if (it == m_timers.end())
        return false;
    m_timers.erase(it);
    return true;
}

bool EpollDispatcher::unregisterTimers(QObject* object)
{
    const auto before = m_timers.size();
    std::erase_if(m_timers, [object](const Timer& t) { return t.object == object; });
    return m_timers.size() != before;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollDispatcher::registeredTimers(QObject* object) const
{
    QList<TimerInfo> timers;
    for (const Timer& timer : m_timers) {
        if (timer.object == object)
            timers.append(TimerInfo(timer.id, int(timer.intervalMs), timer.type));
    }
    return timers;
}

int EpollDispatcher::remainingTime(int timerId)
{
    const auto it =
        std::find_if(m_timers.begin(), m_timers.end(), [timerId](const Timer& t) { return t.id == timerId; });
    if (it == m_timers.end())
        return -1;
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(it->due - Clock::now()).count();
    return int(std::clamp<qint64>(left, 0, std::numeric_limits<int>::max()));
}

void EpollDispatcher::wakeUp()
{
    // One write however many posts arrive before the loop turns: the flag says one is on its way.
    if (m_wakeUps.testAndSetAcquire(0, 1)) {
        const std::uint64_t one = 1;
        while (::write(m_wakeFd, &one, sizeof one) < 0 && errno == EINTR) {
        }
    }
}

void EpollDispatcher::interrupt()
{
    m_interrupted.storeRelaxed(1);
    wakeUp();
}

} // namespace RelayDesk
