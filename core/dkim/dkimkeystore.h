#pragma once

#include "core/dkim/dkimkeyrecord.h"
#include "core/dkim/dkimprivatekey.h"
#include "core/util/expected.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace RelayDesk {

/// The DKIM keys of the data directory, by domain (docs/operations.md, "DKIM"): rows in dkim_keys (whose
/// changes bump the 'dkim' topic, so that a running engine reloads them) and each private key in
/// DATA_DIR/dkim/DOMAIN/SELECTOR.pem, mode 0600 in directories of mode 0700 (on PostgreSQL: in the store's
/// node_secrets, shared by every node, docs/postgresql.md). Keys belong to a domain, not to
/// an agent. Uses the calling thread's connection.
class DkimKeyStore final
{
public:
    explicit DkimKeyStore(QString dataDir);

    static QString topic() { return QStringLiteral("dkim"); }
    /// The selector for a key made on dayUtc ("rd20261130-rsa", "rd20261130-ed"); the n-th key of a kind
    /// made the same day gets a letter ("rd20261130b-rsa").
    static QString selectorName(const QString& dayUtc, int sameDay, DkimAlgorithm algorithm);

    /// The keys of domain (every domain when empty), newest first; retired ones only with withRetired.
    Expected<QList<DkimKeyRecord>> keys(const QString& domain = {}, bool withRetired = false) const;
    /// New keys of the given algorithms for domain, made active in one transaction; the keys active until
    /// now stay published for graceMs (state grace) and then retire. The key files are written (0600)
    /// before the rows; nothing is left behind when a step fails.
    Expected<QList<DkimKeyRecord>> addKeys(const QString& domain, const QList<DkimAlgorithm>& algorithms,
                                           qint64 nowMs, qint64 graceMs);
    /// Every key of domain retired now (its files removed); the number retired.
    Expected<int> retireDomain(const QString& domain);
    /// The grace keys whose time is up retired (their files removed), except those whose signature mail
    /// still in the queue carries (DkimKeysInQueue): they stay in grace until that mail has left. The number
    /// retired.
    Expected<int> retireExpired(qint64 nowMs);

    /// DATA_DIR/dkim: what a backup carries of the keys.
    QString directory() const;
    QString keyPath(const QString& domain, const QString& selector) const;
    /// The private key of record, read from its file (on PostgreSQL: from the store's node_secrets).
    Expected<std::shared_ptr<const DkimPrivateKey>> privateKey(const DkimKeyRecord& record) const;
    /// The PEM text of record's private key, wherever it is kept (the caller cleanses it).
    Expected<QByteArray> privateKeyPem(const DkimKeyRecord& record) const;
    /// Loads the private key of each active key in keys and sets cannotSign where that fails (its file
    /// removed or damaged by hand: the engine signs without it, and the domain's mail leaves unsigned).
    void checkSigning(QList<DkimKeyRecord>& keys) const;
    /// The active keys whose private key cannot sign, each with cannotSign set.
    Expected<QList<DkimKeyRecord>> unusableKeys() const;

private:
    Expected<int> retireWhere(const QString& condition, const QVariantList& values, bool keepCarried);

    QString m_dataDir;
};

} // namespace RelayDesk
