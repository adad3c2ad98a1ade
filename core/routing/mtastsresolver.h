#pragma once

#include "core/routing/mtastspolicy.h"
#include "core/tls/peertrust.h"

#include <QByteArrayList>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace RelayDesk {

class MxResolver;
struct MtaStsRecord;

/// What MTA-STS says about one delivery: the policy to apply (enforce or testing), if any, and what was
/// found on the way, as transcript notes ("-- MTA-STS: ...").
struct MtaStsAnswer
{
    std::optional<MtaStsPolicy> policy;
    QByteArrayList notes;
};

/// Policy discovery of RFC 8461 3 and 5.1 for direct MX delivery: the `_mta-sts.DOMAIN` TXT record through
/// the configured resolver, the cached policy when its id is unchanged and it has not expired, else an HTTPS
/// fetch (MtaStsFetch) whose result replaces the cache; a failed fetch keeps an unexpired cached policy.
/// Lookups for a domain already in progress are shared. Lives on the delivery thread; asynchronous.
class MtaStsResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MtaStsResolver)

public:
    using Callback = std::function<void(const MtaStsAnswer&)>;

    MtaStsResolver(MxResolver* dns, QObject* parent = nullptr);

    /// The data directory holding the cache (empty: MTA-STS is off) and how the policy host's certificate
    /// is trusted (the system CAs and tls.trust_file).
    void configure(const QString& dataDir, const PeerTrust& trust);
    bool isEnabled() const { return !m_dataDir.isEmpty(); }
    void setFetchPort(quint16 port) { m_fetchPort = port; }
    void setFetchTimeout(int milliseconds) { m_fetchTimeoutMs = milliseconds; }

    /// Finds the policy of domain; done runs once, later, unless context is gone by then.
    void policyFor(const QString& domain, QObject* context, Callback done);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback done;
    };

    void onRecord(const QString& domain, const std::optional<MtaStsRecord>& record, const QString& why);
    void fetch(const QString& domain, const QString& id, std::optional<MtaStsPolicy> cached);
    void answer(const QString& domain, MtaStsAnswer answer);
    std::optional<MtaStsPolicy> cachedPolicy(const QString& domain, QByteArrayList& notes) const;

    MxResolver* m_dns;
    QString m_dataDir;
    PeerTrust m_trust;
    quint16 m_fetchPort = 443;
    int m_fetchTimeoutMs = 20000;
    QHash<QString, QList<Waiter>> m_waiting;
    QHash<QString, QByteArrayList> m_notes; ///< per domain in progress
    QHash<QString, qint64> m_failedFetchAt; ///< "domain id" -> when its fetch last failed (ms)
};

} // namespace RelayDesk
