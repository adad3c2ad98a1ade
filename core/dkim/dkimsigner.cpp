#include "core/dkim/dkimsigner.h"
#include "core/dkim/dkimcanonicalization.h"
#include "core/dkim/dkimsignedheaders.h"
#include "core/dkim/rawheadersection.h"

#include <openssl/evp.h>

namespace RelayDesk {

namespace {

constexpr qsizetype foldAt = 76;
const QByteArray fold = "\r\n\t";

// Appends text to a folded field: on the current line if it fits, else on a new one.
void appendFolded(QByteArray& field, qsizetype& lineLength, const QByteArray& text, bool spaceBefore)
{
    if (lineLength + text.size() + (spaceBefore ? 1 : 0) > foldAt) {
        field += fold;
        lineLength = 1;
    } else if (spaceBefore) {
        field += ' ';
        ++lineLength;
    }
    field += text;
    lineLength += text.size();
}

} // namespace

QByteArray DkimSigner::bodyHash(QByteArrayView body)
{
    const QByteArray canonical = DkimCanonicalization::relaxedBody(body);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(canonical.constData(), size_t(canonical.size()), digest, &size, EVP_sha256(), nullptr) !=
        1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(digest), int(size)).toBase64();
}

QByteArray DkimSigner::unsignedField(const DkimSigningKey& key, qint64 unixTime,
                                     const QList<QByteArray>& names, const QByteArray& bodyHash)
{
    QByteArray field = "DKIM-Signature:";
    qsizetype lineLength = field.size();
    const QList<QByteArray> tags = {
        "v=1;",
        "a=" + dkimAlgorithmName(key.key->algorithm()) + ';',
        "c=relaxed/relaxed;",
        "d=" + key.domain + ';',
        "s=" + key.selector + ';',
        "t=" + QByteArray::number(unixTime) + ';',
    };
    for (const QByteArray& tag : tags)
        appendFolded(field, lineLength, tag, true);
    // h= may be long: folded after a colon (RFC 6376 3.5 allows FWS around them).
    for (qsizetype i = 0; i < names.size(); ++i) {
        QByteArray part =
            (i == 0 ? QByteArray("h=") : QByteArray()) + names[i] + (i + 1 < names.size() ? ":" : ";");
        appendFolded(field, lineLength, part, i == 0);
    }
    appendFolded(field, lineLength, "bh=" + bodyHash + ';', true);
    appendFolded(field, lineLength, "b=", true);
    return field;
}

QByteArray DkimSigner::signedData(const QByteArray& canonicalHeaders, QByteArrayView unsignedField)
{
    QByteArray own = DkimCanonicalization::relaxedHeader(unsignedField);
    own.chop(2); // RFC 6376 3.7: the signature's own field without its line end
    return canonicalHeaders + own;
}

QByteArray DkimSigner::sign(QByteArrayView message, const QList<DkimSigningKey>& keys, qint64 unixTime)
{
    if (keys.isEmpty())
        return {};
    const RawHeaderSection section = RawHeaderSection::parse(message);
    const QList<QByteArray> names = DkimSignedHeaders::select(section);
    const QByteArray canonicalHeaders = DkimSignedHeaders::canonicalized(section, names);
    const QByteArray hash = bodyHash(message.sliced(section.bodyOffset()));
    QByteArray fields;
    for (const DkimSigningKey& key : keys) {
        QByteArray field = unsignedField(key, unixTime, names, hash);
        const QByteArray signature = key.key->sign(signedData(canonicalHeaders, field)).toBase64();
        if (signature.isEmpty())
            continue;
        // The b= value folded in pieces (whitespace in it is ignored, RFC 6376 3.5).
        qsizetype lineLength = field.size() - field.lastIndexOf('\n');
        for (qsizetype at = 0; at < signature.size();) {
            const qsizetype room = qMax<qsizetype>(foldAt - lineLength, 0);
            if (room < 8) {
                field += fold;
                lineLength = 1;
                continue;
            }
            const QByteArray piece = signature.sliced(at, qMin(room, signature.size() - at));
            field += piece;
            lineLength += piece.size();
            at += piece.size();
        }
        fields += field + "\r\n";
    }
    return fields;
}

} // namespace RelayDesk
