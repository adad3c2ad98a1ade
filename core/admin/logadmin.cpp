#include "core/admin/logadmin.h"
#include "core/agents/agentdirectory.h"
#include "core/agents/agentrows.h"
#include "core/query/deliveryattemptquery.h"
#include "core/query/refusedsubmissionquery.h"

#include "core/store/database.h"
#include "core/store/retentionpurge.h"
#include "core/store/settings.h"
#include "core/store/storewriter.h"
#include "core/util/clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

LogAdmin::LogAdmin(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString LogAdmin::statusProblem(const QString& status)
{
    return DeliveryAttemptQuery::statusProblem(status);
}

Expected<qint64> LogAdmin::parseTime(const QString& text)
{
    return LogFilter::parseTime(text, nowMs());
}

QString LogAdmin::deletedNamesake(const QString& agentName) const
{
    const AgentDirectory agents(m_dataDir);
    const auto live = agents.agent(agentName);
    const auto former = agents.formerNames();
    if (!live || !former)
        return {};
    for (const QString& name : former.value()) {
        if (AgentRows::foldedName(name) == AgentRows::foldedName(live->name))
            return name;
    }
    return {};
}

Expected<QList<DeliveryAttemptRow>> LogAdmin::search(const LogFilter& given, int offset, int limit,
                                                     bool withTranscripts) const
{
    // The agent as stored: the store's lower() folds ASCII letters only, so "BÜRO" found nothing of "Büro"
    // (names are unique in any case, AgentDirectory). A name no live agent has stays as typed: the query
    // finds the deleted ones that had it.
    LogFilter filter = given;
    if (!filter.agent.isEmpty() && !filter.deletedAgent) {
        if (const auto agent = AgentDirectory(m_dataDir).agent(filter.agent))
            filter.agent = agent->name;
    }
    return DeliveryAttemptQuery(m_dataDir).page(filter, offset, limit,
                                                withTranscripts ? DeliveryAttemptQuery::Transcripts::Read
                                                                : DeliveryAttemptQuery::Transcripts::Leave);
}

Expected<QList<RefusedSubmission>> LogAdmin::refusedSubmissions(const RefusedSubmissionFilter& filter,
                                                                int limit, bool* more) const
{
    return RefusedSubmissionQuery(m_dataDir).search(filter, limit, more);
}

Expected<LogPurgeResult> LogAdmin::purge(std::optional<qint64> logCutoff)
{
    const qint64 now = nowMs();
    const RetentionPolicy policy = RetentionPolicy::fromSettings(Settings(m_dataDir));
    const qint64 bodyCutoff = policy.bodyCutoff(now);
    const qint64 cutoff = logCutoff.value_or(policy.logCutoff(now));
    StoreWriter writer(m_dataDir);
    const auto purged = RetentionPurge::purgeAll(writer, bodyCutoff, cutoff);
    if (!purged)
        return Expected<LogPurgeResult>::failure(purged.error());
    const PurgeCounts& totals = purged.value();
    LogPurgeResult result{
        totals.bodies, totals.messages, totals.attempts, totals.events, cutoff, 0, totals.refusedSubmissions};
    // What is left before the cutoff is what the purge keeps on purpose (RetentionPurge::purgeBatch).
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<LogPurgeResult>::failure(db.error());
    QSqlQuery kept(db.value());
    kept.prepare(QStringLiteral("SELECT COUNT(*) FROM delivery_attempts WHERE started_at < ?"));
    kept.addBindValue(cutoff);
    if (!kept.exec() || !kept.next())
        return Expected<LogPurgeResult>::failure(kept.lastError().text());
    result.keptAttempts = kept.value(0).toInt();
    return result;
}

} // namespace RelayDesk
