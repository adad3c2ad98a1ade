#include "core/routing/mtastsstore.h"
#include "core/store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

namespace {

const QString columns =
    QStringLiteral("domain, policy_id, mode, mx, max_age, fetched_at, expires_at, policy");

MtaStsPolicy policyOf(const QSqlQuery& query)
{
    MtaStsPolicy policy;
    policy.domain = query.value(0).toString();
    policy.id = query.value(1).toString();
    policy.mode = MtaStsPolicy::parseMode(query.value(2).toString()).value_or(MtaStsPolicy::Mode::None);
    policy.mx = query.value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    policy.maxAge = query.value(4).toLongLong();
    policy.fetchedAt = query.value(5).toLongLong();
    policy.expiresAt = query.value(6).toLongLong();
    policy.text = query.value(7).toString().toUtf8();
    return policy;
}

} // namespace

Expected<std::optional<MtaStsPolicy>> MtaStsStore::policy(const QString& domain) const
{
    using Result = Expected<std::optional<MtaStsPolicy>>;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    QSqlQuery query(db.value());
    query.prepare(QStringLiteral("SELECT %1 FROM mta_sts_policies WHERE domain = ?").arg(columns));
    query.addBindValue(domain.toLower());
    if (!query.exec())
        return Result::failure(query.lastError().text());
    if (!query.next())
        return std::optional<MtaStsPolicy>();
    return std::optional<MtaStsPolicy>(policyOf(query));
}

Expected<QList<MtaStsPolicy>> MtaStsStore::policies() const
{
    using Result = Expected<QList<MtaStsPolicy>>;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM mta_sts_policies ORDER BY domain").arg(columns)))
        return Result::failure(query.lastError().text());
    QList<MtaStsPolicy> all;
    while (query.next())
        all << policyOf(query);
    return all;
}

Status MtaStsStore::save(const MtaStsPolicy& policy) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Status::failure(db.error());
    QSqlQuery query(db.value());
    query.prepare(QStringLiteral("INSERT INTO mta_sts_policies(%1) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"
                                 " ON CONFLICT(domain) DO UPDATE SET policy_id = excluded.policy_id,"
                                 " mode = excluded.mode, mx = excluded.mx, max_age = excluded.max_age,"
                                 " fetched_at = excluded.fetched_at, expires_at = excluded.expires_at,"
                                 " policy = excluded.policy")
                      .arg(columns));
    query.addBindValue(policy.domain.toLower());
    query.addBindValue(policy.id);
    query.addBindValue(policy.modeName());
    query.addBindValue(policy.mx.join(QLatin1Char('\n')));
    query.addBindValue(policy.maxAge);
    query.addBindValue(policy.fetchedAt);
    query.addBindValue(policy.expiresAt);
    query.addBindValue(QString::fromUtf8(policy.text));
    if (!query.exec())
        return Status::failure(query.lastError().text());
    return {};
}

Expected<bool> MtaStsStore::forget(const QString& domain) const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<bool>::failure(db.error());
    QSqlQuery query(db.value());
    query.prepare(QStringLiteral("DELETE FROM mta_sts_policies WHERE domain = ?"));
    query.addBindValue(domain.toLower());
    if (!query.exec())
        return Expected<bool>::failure(query.lastError().text());
    return query.numRowsAffected() > 0;
}

} // namespace RelayDesk
