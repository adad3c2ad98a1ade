#include "core/admin/logadmin.h"

#include "core/store/database.h"
#include "core/store/retentionpurge.h"
#include "core/store/settings.h"
#include "core/store/storewriter.h"
#include "core/util/clock.h"

namespace RelayDesk {

LogAdmin::LogAdmin(QString dataDir) : m_dataDir(std::move(dataDir)) {}

Expected<qint64> LogAdmin::parseTime(const QString& text)
{
    return DeliveryLog::parseSince(text, nowMs());
}

Expected<QList<DeliveryLogEntry>> LogAdmin::search(const DeliveryLogSearch& filter) const
{
    return DeliveryLog(m_dataDir).search(filter);
}

Expected<LogPurgeResult> LogAdmin::purge(std::optional<qint64> logCutoff)
{
    const qint64 now = nowMs();
    const RetentionPolicy policy = RetentionPolicy::fromSettings(Settings(m_dataDir));
    const qint64 bodyCutoff = policy.bodyCutoff(now);
    const qint64 cutoff = logCutoff.value_or(policy.logCutoff(now));
    StoreWriter writer(m_dataDir);
    PurgeCounts totals;
    for (;;) {
        PurgeCounts batch;
        const Status status = writer.runSync([&](QSqlDatabase& db) {
            const auto counts = RetentionPurge::purgeBatch(db, bodyCutoff, cutoff);
            if (!counts)
                return Status::failure(counts.error());
            batch = counts.value();
            return Status();
        });
        if (!status)
            return Expected<LogPurgeResult>::failure(status.error());
        totals += batch;
        if (!RetentionPurge::mayHaveMore(batch))
            break;
    }
    return LogPurgeResult{totals.bodies, totals.messages, totals.attempts, totals.events, cutoff};
}

} // namespace RelayDesk
