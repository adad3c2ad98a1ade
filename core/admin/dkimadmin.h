#pragma once

#include "core/admin/senderdnsrecords.h"
#include "core/dkim/dkimkeyrecord.h"
#include "core/util/expected.h"

#include <QList>
#include <QString>

namespace RelayDesk {

/// DKIM for the faces (docs/operations.md, "DKIM"): keys per sender domain (rsa-sha256 and ed25519-sha256
/// by default), rotation with a grace period (dkim.grace_days), and the DNS records to publish. A running
/// relay signs with new keys as soon as they are saved. Uses the calling thread's connection; generating an
/// RSA key takes a moment: call it off the GUI thread.
class DkimAdmin final
{
public:
    explicit DkimAdmin(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    /// The domain as keys are kept under: lower case, an internationalized name as its A-labels, no final
    /// dot; or why it is not a domain name.
    static Expected<QString> normalizeDomain(const QString& domain);
    /// What is wrong with an address for DMARC reports (rua=mailto:), or empty when it can be one.
    static QString reportAddressProblem(const QString& address);
    /// "rsa", "ed25519" or "both" (the default) as algorithms.
    static Expected<QList<DkimAlgorithm>> parseAlgorithms(const QString& words);

    /// Keys for domain, unless it already has active ones (then those, unchanged): what `dkim enable`
    /// does, and what adding a sender domain may call to sign its mail from the start.
    Expected<QList<DkimKeyRecord>> ensureKeys(const QString& domain,
                                              const QList<DkimAlgorithm>& algorithms = allAlgorithms());
    /// New keys for domain (it must have DKIM), signing at once; the previous ones stay published for
    /// dkim.grace_days, then retire. The new active keys.
    Expected<QList<DkimKeyRecord>> rotate(const QString& domain,
                                          const QList<DkimAlgorithm>& algorithms = allAlgorithms());
    /// Stops signing for domain: every key retired and its private key removed. The number of keys.
    Expected<int> disable(const QString& domain);
    /// Grows with every change of any DKIM key (the 'dkim' topic's version): a window follows keys made or
    /// rotated elsewhere (`relaydesk dkim enable`) by it.
    Expected<qint64> changeStamp() const;
    /// How many of domain's published keys signed mail that is still queued (DkimKeysInQueue): their DNS
    /// records must stay until that mail has left, or it arrives with signatures that fail.
    Expected<int> keysCarriedByQueuedMail(const QString& domain);
    /// The published keys (active and in grace) of domain, or of every domain when empty; grace keys whose
    /// time is up are retired first.
    Expected<QList<DkimKeyRecord>> keys(const QString& domain = {});
    /// keys(domain), each active key with cannotSign set when its private key cannot sign (missing or
    /// damaged): what the lists of keys show.
    Expected<QList<DkimKeyRecord>> keysCheckedForSigning(const QString& domain = {});
    /// The active keys whose private key cannot sign, each with cannotSign set.
    Expected<QList<DkimKeyRecord>> unusableKeys() const;
    /// Every record to publish for domain (which must have DKIM): its DKIM keys, SPF for the sending path
    /// (the smarthost, or MX delivery), DMARC. reportAddress: DMARC's rua, default postmaster@DOMAIN.
    Expected<QList<SenderDnsRecord>> records(const QString& domain, const QString& reportAddress = {});

    static QList<DkimAlgorithm> allAlgorithms()
    {
        return {DkimAlgorithm::RsaSha256, DkimAlgorithm::Ed25519Sha256};
    }

private:
    /// A domain as stored (normalized) with its published keys.
    struct DomainKeys
    {
        QString domain;
        QList<DkimKeyRecord> keys;
    };
    /// The normalized domain and its keys, or why the name is no domain or the keys cannot be read.
    Expected<DomainKeys> domainKeys(const QString& domain);

    QString m_dataDir;
};

} // namespace RelayDesk
