#pragma once

#include "core/dkim/dkimsigner.h"
#include "core/util/expected.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace RelayDesk {

/// The active DKIM keys of every domain, loaded with their private keys, as a running engine signs with
/// them: read once, then shared read-only by the session threads until the next reload.
class DkimKeyring final
{
public:
    /// The active keys of the store of dataDir (RSA before Ed25519 within a domain, so that the RSA
    /// signature is the top one); a key whose file cannot be read is left out and named in problems().
    static Expected<std::shared_ptr<const DkimKeyring>> load(const QString& dataDir);

    /// The keys that sign for domain (lower case), none when it has no DKIM.
    QList<DkimSigningKey> keysFor(const QByteArray& domain) const { return m_keys.value(domain); }
    bool isEmpty() const { return m_keys.isEmpty(); }
    int domainCount() const { return int(m_keys.size()); }
    const QStringList& problems() const { return m_problems; }

private:
    QHash<QByteArray, QList<DkimSigningKey>> m_keys;
    QStringList m_problems;
};

} // namespace RelayDesk
