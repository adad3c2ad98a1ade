#include "core/dkim/dkimkeyring.h"
#include "core/dkim/dkimkeystore.h"

namespace RelayDesk {

Expected<std::shared_ptr<const DkimKeyring>> DkimKeyring::load(const QString& dataDir)
{
    using Result = Expected<std::shared_ptr<const DkimKeyring>>;
    const DkimKeyStore store(dataDir);
    auto records = store.keys();
    if (!records)
        return Result::failure(records.error());
    auto ring = std::make_shared<DkimKeyring>();
    for (const DkimKeyRecord& record : records.value()) {
        if (record.state != DkimKeyRecord::State::Active)
            continue;
        auto key = store.privateKey(record);
        if (!key) {
            ring->m_problems
                << QStringLiteral("%1 of %2: %3").arg(record.selector, record.domain, key.error());
            continue;
        }
        QList<DkimSigningKey>& keys = ring->m_keys[record.domain.toLatin1()];
        DkimSigningKey signing{record.domain.toLatin1(), record.selector.toLatin1(), key.value()};
        if (record.algorithm == DkimAlgorithm::RsaSha256)
            keys.prepend(signing);
        else
            keys.append(signing);
    }
    return std::shared_ptr<const DkimKeyring>(std::move(ring));
}

} // namespace RelayDesk
