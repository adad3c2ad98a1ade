#include "core/store/storehealth.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"

#include <QDateTime>

#include <atomic>
#include <mutex>

namespace RelayDesk {

namespace {

constexpr qint64 reminderMs = 60'000;

std::mutex s_mutex;
std::atomic<bool> s_unreachable{false};
std::atomic<bool> s_logged{false};
StoreHealth::State s_state;
qint64 s_remindedMs = 0;

} // namespace

void StoreHealth::logChanges()
{
    s_logged = true;
}

void StoreHealth::noteFailure(const QString& error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::lock_guard lock(s_mutex);
    // A server that answers and refuses the relay (a changed password) does not come back by itself: said at
    // once, with what ends it, also when an outage turns into that (an outside tester's log kept "Connection
    // refused" while the password was refused).
    const auto refusesTheRelay = [](const QString& text) {
        return text.contains(QLatin1String(" refused the password of user ")) ||
               text.contains(QLatin1String(" for a password, and none was given"));
    };
    const bool waitingEndsIt = !refusesTheRelay(error);
    const bool kindChanged = !s_state.reachable && !waitingEndsIt && !refusesTheRelay(s_state.error);
    s_state.error = error;
    if (s_state.reachable || kindChanged) {
        if (s_state.reachable)
            s_state.unreachableSinceMs = now;
        s_state.reachable = false;
        s_remindedMs = now;
        s_unreachable.store(true, std::memory_order_release);
        if (s_logged) {
            LogLine line("store_unreachable");
            line.add("error", error);
            if (!waitingEndsIt)
                line.add("note", "waiting does not end this: fix what the server says (a changed password: "
                                 "relaydesk store use URL --password-stdin)");
            qCWarning(lcQueue) << line;
        }
        return;
    }
    if (s_logged && now - s_remindedMs >= reminderMs) {
        s_remindedMs = now;
        qCWarning(lcQueue) << LogLine("store_still_unreachable")
                                  .add("seconds", (now - s_state.unreachableSinceMs) / 1000)
                                  .add("error", error);
    }
}

void StoreHealth::noteSuccess()
{
    if (!s_unreachable.load(std::memory_order_acquire))
        return;
    std::lock_guard lock(s_mutex);
    if (s_state.reachable)
        return;
    const qint64 seconds = (QDateTime::currentMSecsSinceEpoch() - s_state.unreachableSinceMs) / 1000;
    s_state = {};
    s_unreachable.store(false, std::memory_order_release);
    if (s_logged)
        qCInfo(lcQueue) << LogLine("store_reachable").add("outage_seconds", seconds);
}

void StoreHealth::noteNotDurable(const QString& setting)
{
    static std::atomic<bool> said{false};
    if (!s_logged || said.exchange(true))
        return;
    qCWarning(lcQueue) << LogLine("store_not_durable")
                              .add("setting", setting)
                              .add("value", "off")
                              .add("note",
                                   "a crash of the database server's machine may lose mail the relay has "
                                   "acknowledged; turn it on in postgresql.conf");
}

StoreHealth::State StoreHealth::current()
{
    std::lock_guard lock(s_mutex);
    return s_state;
}

bool StoreHealth::isUnreachable()
{
    return s_unreachable.load(std::memory_order_acquire);
}

void StoreHealth::reset()
{
    std::lock_guard lock(s_mutex);
    s_state = {};
    s_unreachable.store(false, std::memory_order_release);
}

} // namespace RelayDesk
