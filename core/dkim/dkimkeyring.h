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
    /// The active keys of the store of dataDir and the replaced ones still in grace (those first, so that a
    /// receiver that reads only the top signature finds one whose record is surely published; RSA before
    /// Ed25519 within each); a key whose file cannot be read is left out and named in problems().
    static Expected<std::shared_ptr<const DkimKeyring>> load(const QString& dataDir);

    /// The keys that sign for domain (lower case) at nowMs, none when it has no DKIM: a replaced key until
    /// its grace ends (a rotation signed with the new key at once, before its record could be published:
    /// mail failed DKIM, and DMARC, until DNS caught up; an outside tester).
    QList<DkimSigningKey> keysFor(const QByteArray& domain, qint64 nowMs) const;
    bool isEmpty() const { return m_keys.isEmpty(); }
    int domainCount() const { return int(m_keys.size()); }
    const QStringList& problems() const { return m_problems; }

private:
    QHash<QByteArray, QList<DkimSigningKey>> m_keys;
    QStringList m_problems;
};

} // namespace RelayDesk
