#include "core/dkim/dkimmessagesigner.h"
#include "core/dkim/fromdomain.h"
#include "core/dkim/rawheadersection.h"
#include "core/util/clock.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"

namespace RelayDesk {

void DkimMessageSigner::reload()
{
    auto loaded = DkimKeyring::load(m_dataDir);
    if (!loaded) {
        qCWarning(lcConfig) << LogLine("dkim_keys_not_loaded").add("error", loaded.error());
        return;
    }
    for (const QString& problem : loaded.value()->problems())
        qCWarning(lcConfig) << LogLine("dkim_key_unusable").add("error", problem);
    qCInfo(lcConfig) << LogLine("dkim_keys_loaded").add("domains", loaded.value()->domainCount());
    QMutexLocker locker(&m_mutex);
    m_keyring = std::move(loaded).value();
}

void DkimMessageSigner::retryUnusable()
{
    const auto before = current();
    if (!before || before->problems().isEmpty())
        return;
    auto loaded = DkimKeyring::load(m_dataDir);
    if (!loaded)
        return; // the store is away: said where it is read next
    if (loaded.value()->problems() != before->problems()) {
        for (const QString& problem : loaded.value()->problems())
            qCWarning(lcConfig) << LogLine("dkim_key_unusable").add("error", problem);
        qCInfo(lcConfig) << LogLine("dkim_keys_loaded")
                                .add("domains", loaded.value()->domainCount())
                                .add("reason", QStringLiteral("a key that could not be used changed"));
    }
    QMutexLocker locker(&m_mutex);
    m_keyring = std::move(loaded).value();
}

std::shared_ptr<const DkimKeyring> DkimMessageSigner::current() const
{
    QMutexLocker locker(&m_mutex);
    return m_keyring;
}

QList<DkimSigningKey> DkimMessageSigner::keysFor(const QByteArray& content) const
{
    const auto keyring = current();
    if (!keyring || keyring->isEmpty())
        return {};
    const QByteArray domain = FromDomain::of(RawHeaderSection::parse(content).firstValue("From"));
    return domain.isEmpty() ? QList<DkimSigningKey>() : keyring->keysFor(domain, nowMs());
}

} // namespace RelayDesk
