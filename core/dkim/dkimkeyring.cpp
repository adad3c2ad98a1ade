#include "core/dkim/dkimkeyring.h"
#include "core/dkim/dkimkeystore.h"

#include <QHash>

#include <algorithm>

namespace RelayDesk {

Expected<std::shared_ptr<const DkimKeyring>> DkimKeyring::load(const QString& dataDir)
{
    using Result = Expected<std::shared_ptr<const DkimKeyring>>;
    const DkimKeyStore store(dataDir);
    auto records = store.keys();
    if (!records)
        return Result::failure(records.error());
    auto ring = std::make_shared<DkimKeyring>();
    // Grace keys first, then active ones; RSA before Ed25519 within each.
    for (const DkimKeyRecord::State state : {DkimKeyRecord::State::Grace, DkimKeyRecord::State::Active}) {
        for (const DkimAlgorithm algorithm : {DkimAlgorithm::RsaSha256, DkimAlgorithm::Ed25519Sha256}) {
            for (const DkimKeyRecord& record : records.value()) {
                if (record.state != state || record.algorithm != algorithm)
                    continue;
                auto key = store.privateKey(record);
                if (!key) {
                    ring->m_problems
                        << QStringLiteral("%1 of %2: %3").arg(record.selector, record.domain, key.error());
                    continue;
                }
                ring->m_keys[record.domain.toLatin1()].append(DkimSigningKey{
                    record.domain.toLatin1(), record.selector.toLatin1(), key.value(),
                    state == DkimKeyRecord::State::Grace ? qMax<qint64>(1, record.retireAt) : 0});
            }
        }
    }
    // A domain whose only keys are in grace (keys disabled since) is not signed for.
    for (auto it = ring->m_keys.begin(); it != ring->m_keys.end();) {
        const bool active =
            std::any_of(it->begin(), it->end(), [](const DkimSigningKey& k) { return k.retireAt == 0; });
        it = active ? std::next(it) : ring->m_keys.erase(it);
    }
    return std::shared_ptr<const DkimKeyring>(std::move(ring));
}

QList<DkimSigningKey> DkimKeyring::keysFor(const QByteArray& domain, qint64 nowMs) const
{
    QList<DkimSigningKey> keys = m_keys.value(domain);
    keys.removeIf([nowMs](const DkimSigningKey& key) { return key.retireAt != 0 && key.retireAt <= nowMs; });
    // Of the generations in grace only one signs beside the active keys: more add nothing but size (an
    // outside tester's three quick rotations put 8 signatures, 3.5 KB, on every message for a week). It is
    // the oldest, whose records were published longest: after two quick rotations the middle generation's
    // records may never have been published (another tester's mail then failed DKIM). All stay published.
    qint64 oldestGrace = 0;
    for (const DkimSigningKey& key : std::as_const(keys)) {
        if (key.retireAt != 0 && (oldestGrace == 0 || key.retireAt < oldestGrace))
            oldestGrace = key.retireAt;
    }
    keys.removeIf([oldestGrace](const DkimSigningKey& key) {
        return key.retireAt != 0 && key.retireAt != oldestGrace;
    });
    return keys;
}

} // namespace RelayDesk
