#include "core/routing/mtastsresolver.h"
#include "core/routing/mtastsfetch.h"
#include "core/routing/mtastsrecord.h"
#include "core/routing/mtastsstore.h"
#include "core/routing/mxresolver.h"
#include "core/util/clock.h"

#include <QDateTime>

namespace RelayDesk {

namespace {

/// A failed fetch is not repeated for every message: at most once a minute for the same id.
constexpr qint64 fetchRetryMs = 60'000;

QByteArray untilText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate).toUtf8();
}

QByteArray describe(const MtaStsPolicy& policy)
{
    return "id " + policy.id.toUtf8() + ", mode " + policy.modeName().toUtf8() + ", mx " +
           policy.mx.join(QLatin1Char(' ')).toUtf8() + ", valid until " + untilText(policy.expiresAt);
}

} // namespace

MtaStsResolver::MtaStsResolver(MxResolver* dns, QObject* parent) : QObject(parent), m_dns(dns) {}

void MtaStsResolver::configure(const QString& dataDir, const PeerTrust& trust)
{
    m_dataDir = dataDir;
    m_trust = trust;
}

void MtaStsResolver::policyFor(const QString& given, QObject* context, Callback done)
{
    const QString domain = given.toLower();
    auto& waiters = m_waiting[domain];
    waiters.append({context, std::move(done)});
    if (waiters.size() > 1)
        return; // a lookup for this domain is under way
    m_notes.remove(domain);
    // RFC 8461 3.1: the TXT record at _mta-sts.DOMAIN.
    m_dns->lookupTxt(QStringLiteral("_mta-sts.") + domain, this, [this, domain](const TxtAnswer& txt) {
        if (!txt.failure.isEmpty())
            return onRecord(domain, std::nullopt, QStringLiteral("DNS trouble: ") + txt.failure);
        if (txt.records.isEmpty())
            return onRecord(domain, std::nullopt, {});
        const auto record = MtaStsRecord::fromTxt(txt.records);
        if (!record)
            return onRecord(domain, std::nullopt, record.error());
        onRecord(domain, record.value(), {});
    });
}

std::optional<MtaStsPolicy> MtaStsResolver::cachedPolicy(const QString& domain, QByteArrayList& notes) const
{
    const auto cached = MtaStsStore(m_dataDir).policy(domain);
    if (!cached) {
        notes << "-- MTA-STS: cannot read the policy cache: " + cached.error().toUtf8();
        return std::nullopt;
    }
    if (!cached.value() || cached.value()->isExpired(nowMs()))
        return std::nullopt;
    return cached.value();
}

void MtaStsResolver::onRecord(const QString& domain, const std::optional<MtaStsRecord>& record,
                              const QString& why)
{
    QByteArrayList& notes = m_notes[domain];
    std::optional<MtaStsPolicy> cached = cachedPolicy(domain, notes);
    if (!record) {
        // RFC 8461 3.1 and 5.1: no usable record means no new policy; one cached and unexpired still holds.
        if (!why.isEmpty())
            notes << "-- MTA-STS: _mta-sts." + domain.toUtf8() + ": " + why.toUtf8();
        if (cached)
            notes << "-- MTA-STS: the cached policy of " + domain.toUtf8() + " holds (" + describe(*cached) +
                         ')';
        return answer(domain, {cached, {}});
    }
    if (cached && cached->id == record->id) {
        notes << "-- MTA-STS: policy of " + domain.toUtf8() + " from the cache (" + describe(*cached) + ')';
        return answer(domain, {cached, {}});
    }
    fetch(domain, record->id, std::move(cached));
}

void MtaStsResolver::fetch(const QString& domain, const QString& id, std::optional<MtaStsPolicy> cached)
{
    const QString host = QStringLiteral("mta-sts.") + domain;
    const auto fail = [this, domain, cached](const QString& why) {
        QByteArrayList& notes = m_notes[domain];
        notes << "-- MTA-STS: cannot fetch https://mta-sts." + domain.toUtf8() +
                     "/.well-known/mta-sts.txt: " + why.toUtf8();
        if (cached) // RFC 8461 5.1: a failed fetch keeps the cached policy while it is unexpired
            notes << "-- MTA-STS: the cached policy holds (" + describe(*cached) + ')';
        answer(domain, {cached, {}});
    };
    const QString failedKey = domain + QLatin1Char(' ') + id;
    if (const qint64 at = m_failedFetchAt.value(failedKey); at > 0 && nowMs() - at < fetchRetryMs)
        return fail(QStringLiteral("the last try failed %1 s ago; tried again after %2 s")
                        .arg((nowMs() - at) / 1000)
                        .arg(fetchRetryMs / 1000));
    m_dns->lookupAddresses(
        host, this, [this, domain, id, host, failedKey, fail](const AddressAnswer& addresses) {
            if (addresses.failure) {
                m_failedFetchAt.insert(failedKey, nowMs());
                return fail(QString::fromUtf8(addresses.failure->summary()));
            }
            auto* fetch = new MtaStsFetch(host, addresses.addresses, m_trust, this);
            fetch->setPort(m_fetchPort);
            fetch->setTimeout(m_fetchTimeoutMs);
            fetch->start([this, domain, id, failedKey, fail](const Expected<QByteArray>& body) {
                auto parsed =
                    body ? MtaStsPolicy::parse(body.value()) : Expected<MtaStsPolicy>::failure(body.error());
                if (!parsed) {
                    m_failedFetchAt.insert(failedKey, nowMs());
                    return fail(parsed.error());
                }
                m_failedFetchAt.remove(failedKey);
                MtaStsPolicy policy = std::move(parsed).value();
                policy.domain = domain;
                policy.id = id;
                policy.fetchedAt = nowMs();
                policy.expiresAt = policy.fetchedAt + policy.maxAge * 1000;
                QByteArrayList& notes = m_notes[domain];
                notes << "-- MTA-STS: fetched the policy of " + domain.toUtf8() + " (" + describe(policy) +
                             ')';
                if (const Status saved = MtaStsStore(m_dataDir).save(policy); !saved)
                    notes << "-- MTA-STS: cannot cache the policy: " + saved.error().toUtf8();
                answer(domain, {policy, {}});
            });
        });
}

void MtaStsResolver::answer(const QString& domain, MtaStsAnswer result)
{
    result.notes = m_notes.take(domain);
    // RFC 8461 8.3: mode none withdraws the policy: deliver as without one.
    if (result.policy && result.policy->mode == MtaStsPolicy::Mode::None)
        result.policy.reset();
    const QList<Waiter> waiters = m_waiting.take(domain);
    for (const Waiter& waiter : waiters) {
        if (waiter.context)
            waiter.done(result);
    }
}

} // namespace RelayDesk
