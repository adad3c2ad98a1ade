#pragma once

#include "core/dkim/dkimprivatekey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <memory>

namespace RelayDesk {

/// One key a domain signs with: the d= and s= of its signatures and the private key.
struct DkimSigningKey
{
    QByteArray domain;   ///< d=, lower case, ASCII (A-labels)
    QByteArray selector; ///< s=
    std::shared_ptr<const DkimPrivateKey> key;
    /// A key a rotation replaced (still published, in grace): it signs beside its successor until then, so
    /// that mail verifies while the successor's record is not yet published or cached (ms since the epoch;
    /// 0: an active key).
    qint64 retireAt = 0;
};

/// Makes the DKIM-Signature header fields of a message (RFC 6376 3.5, 3.7, 5): relaxed/relaxed, the header
/// fields DkimSignedHeaders selects with From oversigned, t= and a body hash over the whole body (no l=).
/// One body hash and one header hash serve every key. Pure and thread-safe: the caller prepends the result.
class DkimSigner final
{
public:
    /// The DKIM-Signature fields for message (its header section and body, CRLF line ends), one per key in
    /// the order of keys, each ending in CRLF and folded below 80 columns; signed at unixTime (t=). A key
    /// whose signature fails is left out.
    static QByteArray sign(QByteArrayView message, const QList<DkimSigningKey>& keys, qint64 unixTime);
    /// bh=: base64 of the SHA-256 of the relaxed body (RFC 6376 3.7).
    static QByteArray bodyHash(QByteArrayView body);
    /// The part of a DKIM-Signature field before its b= value ("DKIM-Signature: v=1; ... b="), folded.
    static QByteArray unsignedField(const DkimSigningKey& key, qint64 unixTime,
                                    const QList<QByteArray>& names, const QByteArray& bodyHash);
    /// What a signature signs (RFC 6376 3.7): the canonicalized header fields followed by the canonicalized
    /// DKIM-Signature field with an empty b= and no final line end.
    static QByteArray signedData(const QByteArray& canonicalHeaders, QByteArrayView unsignedField);
};

} // namespace RelayDesk
