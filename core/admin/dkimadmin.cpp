#include "core/admin/dkimadmin.h"
#include "core/admin/configchangelog.h"
#include "core/dkim/dkimkeysinqueue.h"
#include "core/dkim/dkimkeystore.h"
#include "core/store/database.h"
#include "core/store/settings.h"
#include "core/util/clock.h"
#include "core/util/hostandport.h"
#include "core/util/readableaddress.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace RelayDesk {

namespace {

constexpr qint64 dayMs = 24 * 3600 * 1000LL;

bool hasActive(const QList<DkimKeyRecord>& keys)
{
    return std::any_of(keys.cbegin(), keys.cend(),
                       [](const DkimKeyRecord& key) { return key.state == DkimKeyRecord::State::Active; });
}

QString noDkim(const QString& domain)
{
    return QStringLiteral("%1 has no DKIM keys: create them with 'relaydesk dkim enable %1'")
        .arg(ReadableAddress::domain(domain));
}

} // namespace

Expected<QString> DkimAdmin::normalizeDomain(const QString& domain)
{
    QString name = domain.trimmed();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const QString ace = QString::fromLatin1(QUrl::toAce(name.toLower()));
    // RFC 1035 2.3.1 letters, digits and hyphens in labels of 1 to 63, at least two labels.
    static const QRegularExpression pattern(QStringLiteral(
        "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    if (ace.isEmpty() || !pattern.match(ace).hasMatch())
        return Expected<QString>::failure(QStringLiteral("'%1' is not a domain name").arg(domain));
    return ace;
}

Expected<QList<DkimAlgorithm>> DkimAdmin::parseAlgorithms(const QString& words)
{
    if (words.isEmpty() || words == QLatin1String("both"))
        return allAlgorithms();
    if (words == QLatin1String("rsa"))
        return QList<DkimAlgorithm>{DkimAlgorithm::RsaSha256};
    if (words == QLatin1String("ed25519"))
        return QList<DkimAlgorithm>{DkimAlgorithm::Ed25519Sha256};
    return Expected<QList<DkimAlgorithm>>::failure(
        QStringLiteral("'%1' is not a DKIM algorithm (rsa, ed25519 or both)").arg(words));
}

Expected<DkimAdmin::DomainKeys> DkimAdmin::domainKeys(const QString& domain)
{
    const auto name = normalizeDomain(domain);
    if (!name)
        return Expected<DomainKeys>::failure(name.error());
    auto existing = keys(name.value());
    if (!existing)
        return Expected<DomainKeys>::failure(existing.error());
    return DomainKeys{name.value(), existing.value()};
}

Expected<QList<DkimKeyRecord>> DkimAdmin::ensureKeys(const QString& domain,
                                                     const QList<DkimAlgorithm>& algorithms)
{
    const auto existing = domainKeys(domain);
    if (!existing)
        return Expected<QList<DkimKeyRecord>>::failure(existing.error());
    if (hasActive(existing->keys)) {
        QList<DkimKeyRecord> active;
        for (const DkimKeyRecord& key : existing->keys) {
            if (key.state == DkimKeyRecord::State::Active)
                active << key;
        }
        return active;
    }
    return ConfigChangeLog::record(DkimKeyStore(m_dataDir).addKeys(existing->domain, algorithms, nowMs(), 0),
                                   LogLine("dkim_enabled").add("domain", existing->domain));
}

Expected<QList<DkimKeyRecord>> DkimAdmin::rotate(const QString& domain,
                                                 const QList<DkimAlgorithm>& algorithms)
{
    using Result = Expected<QList<DkimKeyRecord>>;
    const auto existing = domainKeys(domain);
    if (!existing)
        return Result::failure(existing.error());
    if (!hasActive(existing->keys))
        return Result::failure(noDkim(existing->domain));
    const qint64 graceMs = qint64(Settings(m_dataDir).intValue(QStringLiteral("dkim.grace_days"))) * dayMs;
    // The audit line names the keys that sign from now on (an outside tester's rotation in the window left
    // only "dkim_keys_loaded domains=1").
    auto added = DkimKeyStore(m_dataDir).addKeys(existing->domain, algorithms, nowMs(), graceMs);
    if (added) {
        QStringList selectors;
        for (const DkimKeyRecord& key : added.value())
            selectors << key.selector;
        ConfigChangeLog::record(Status(), LogLine("dkim_rotated")
                                              .add("domain", existing->domain)
                                              .add("selectors", selectors.join(QLatin1Char(','))));
    }
    return added;
}

Expected<qint64> DkimAdmin::changeStamp() const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<qint64>::failure(db.error());
    QSqlQuery query(db.value());
    if (!query.exec(QStringLiteral("SELECT version FROM admin_changes WHERE topic = 'dkim'")))
        return Expected<qint64>::failure(query.lastError().text());
    return query.next() ? query.value(0).toLongLong() : 0;
}

Expected<int> DkimAdmin::disable(const QString& domain)
{
    const auto name = normalizeDomain(domain);
    if (!name)
        return Expected<int>::failure(name.error());
    auto retired = DkimKeyStore(m_dataDir).retireDomain(name.value());
    if (retired && retired.value() == 0)
        return Expected<int>::failure(noDkim(name.value()));
    return ConfigChangeLog::record(retired, LogLine("dkim_disabled").add("domain", name.value()));
}

Expected<int> DkimAdmin::keysCarriedByQueuedMail(const QString& domain)
{
    const auto published = keys(domain);
    if (!published)
        return Expected<int>::failure(published.error());
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Expected<int>::failure(db.error());
    int carried = 0;
    for (const DkimKeyRecord& key : published.value()) {
        const auto signedQueued = DkimKeysInQueue::carried(db.value(), key.domain, key.selector);
        if (!signedQueued)
            return Expected<int>::failure(signedQueued.error());
        carried += signedQueued.value() ? 1 : 0;
    }
    return carried;
}

Expected<QList<DkimKeyRecord>> DkimAdmin::keys(const QString& domain)
{
    DkimKeyStore store(m_dataDir);
    if (auto retired = store.retireExpired(nowMs()); !retired)
        return Expected<QList<DkimKeyRecord>>::failure(retired.error());
    return store.keys(domain);
}

Expected<QList<DkimKeyRecord>> DkimAdmin::keysCheckedForSigning(const QString& domain)
{
    auto found = keys(domain);
    if (found)
        DkimKeyStore(m_dataDir).checkSigning(found.value());
    return found;
}

Expected<QList<DkimKeyRecord>> DkimAdmin::unusableKeys() const
{
    return DkimKeyStore(m_dataDir).unusableKeys();
}

QString DkimAdmin::reportAddressProblem(const QString& address)
{
    if (address.isEmpty() || (address.contains(QLatin1Char('@')) && !address.contains(QLatin1Char(';')) &&
                              !address.contains(QLatin1Char(' '))))
        return {};
    return QStringLiteral("'%1' is not an address for DMARC reports").arg(address);
}

Expected<QList<SenderDnsRecord>> DkimAdmin::records(const QString& domain, const QString& reportAddress)
{
    using Result = Expected<QList<SenderDnsRecord>>;
    const auto name = normalizeDomain(domain);
    if (!name)
        return Result::failure(name.error());
    auto published = keys(name.value());
    if (!published)
        return Result::failure(published.error());
    if (!hasActive(published.value()))
        return Result::failure(noDkim(name.value()));
    if (const QString problem = reportAddressProblem(reportAddress); !problem.isEmpty())
        return Result::failure(problem);
    QString smarthost;
    if (const QString stored = Settings(m_dataDir).value(QStringLiteral("delivery.smarthost"));
        !stored.isEmpty()) {
        if (const auto target = HostAndPort::parse(stored, 25))
            smarthost = target->host;
        else
            smarthost = stored;
    }
    return SenderDnsRecords::build(name.value(), published.value(), smarthost, reportAddress,
                                   Settings(m_dataDir).value(QStringLiteral("delivery.public_address")));
}

} // namespace RelayDesk
