// DKIM signing end to end inside the process: keys generated with OpenSSL (RSA 2048, Ed25519), their DNS
// forms, and signatures that verify with OpenSSL over the data a verifier rebuilds (RFC 6376 3.7), for long
// folded fields, an 8-bit body, trailing blank lines and an existing signature; a changed body does not.
#include "core/dkim/dkimprivatekey.h"
#include "core/dkim/dkimsignedheaders.h"
#include "core/dkim/dkimsigner.h"
#include "core/dkim/rawheadersection.h"

#include <QRegularExpression>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/x509.h>

using namespace RelayDesk;

namespace {

struct Signature
{
    QMap<QByteArray, QByteArray> tags;
    QByteArray unsignedField; ///< the field up to and including "b="
    QByteArray field;
};

QList<Signature> signaturesOf(const QByteArray& message)
{
    QList<Signature> found;
    const RawHeaderSection section = RawHeaderSection::parse(message);
    for (const RawHeaderSection::Field& field : section.fields()) {
        if (field.name.compare("DKIM-Signature", Qt::CaseInsensitive) != 0)
            continue;
        Signature signature;
        signature.field = field.raw.toByteArray();
        const QByteArray value = signature.field.sliced(signature.field.indexOf(':') + 1);
        for (const QByteArray& tag : value.split(';')) {
            const qsizetype equals = tag.indexOf('=');
            if (equals < 0)
                continue;
            QByteArray tagValue = tag.sliced(equals + 1);
            tagValue.replace("\r\n", "").replace('\t', "").replace(' ', "");
            signature.tags.insert(tag.first(equals).trimmed(), tagValue);
        }
        static const QRegularExpression bTag(QStringLiteral("[;\\s]b="));
        const qsizetype b = QString::fromLatin1(signature.field).lastIndexOf(bTag) + 3;
        signature.unsignedField = signature.field.first(b);
        found << signature;
    }
    return found;
}

QByteArray sha256(QByteArrayView data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_Digest(data.data(), size_t(data.size()), digest, &size, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char*>(digest), int(size));
}

EVP_PKEY* publicKeyOf(const Signature& signature, const QByteArray& dnsP)
{
    const QByteArray raw = QByteArray::fromBase64(dnsP);
    if (signature.tags.value("a") == "ed25519-sha256")
        return EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                           reinterpret_cast<const unsigned char*>(raw.constData()),
                                           size_t(raw.size()));
    const auto* der = reinterpret_cast<const unsigned char*>(raw.constData());
    return d2i_PUBKEY(nullptr, &der, long(raw.size()));
}

// What a verifier does (RFC 6376 6.1.3): the body hash, then the signature over the fields h= names.
bool verifies(const QByteArray& message, const Signature& signature, const QByteArray& dnsP)
{
    const RawHeaderSection section = RawHeaderSection::parse(message);
    if (DkimSigner::bodyHash(QByteArrayView(message).sliced(section.bodyOffset())) !=
        signature.tags.value("bh"))
        return false;
    const QList<QByteArray> names = signature.tags.value("h").split(':');
    const QByteArray data =
        DkimSigner::signedData(DkimSignedHeaders::canonicalized(section, names), signature.unsignedField);
    const bool ed = signature.tags.value("a") == "ed25519-sha256";
    const QByteArray input = ed ? sha256(data) : data;
    const QByteArray b = QByteArray::fromBase64(signature.tags.value("b"));
    EVP_PKEY* key = publicKeyOf(signature, dnsP);
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    const bool ok =
        key && EVP_DigestVerifyInit(context, nullptr, ed ? nullptr : EVP_sha256(), nullptr, key) == 1 &&
        EVP_DigestVerify(context, reinterpret_cast<const unsigned char*>(b.constData()), size_t(b.size()),
                         reinterpret_cast<const unsigned char*>(input.constData()),
                         size_t(input.size())) == 1;
    EVP_MD_CTX_free(context);
    EVP_PKEY_free(key);
    return ok;
}

const QByteArray hardMessage =
    "DKIM-Signature: v=1; a=rsa-sha256; d=elsewhere.example; s=x; h=from; bh=AAAA; b=BBBB\r\n"
    "Received: from client by relay; Mon, 30 Nov 2026 10:00:00 +0000\r\n"
    "From: \"Accounts, Billing\" <billing@example.com>\r\n"
    "To: one@example.net, two@example.net, three@example.net, four@example.net,\r\n"
    " five@example.net, six@example.net, seven@example.net,\r\n"
    "\teight@example.net\r\n"
    "Subject: =?UTF-8?Q?Rechnung_f=C3=BCr_November?= with a subject that goes on and on and on\r\n"
    "  and is folded\r\n"
    "Date: Mon, 30 Nov 2026 10:00:00 +0000\r\n"
    "Message-ID: <1@example.com>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "Gr\xc3\xbc\xc3\x9f"
    "e,  the  invoice \t is attached.   \r\n"
    "\r\n"
    "\xe2\x82\xac 12.00\r\n"
    "\r\n"
    "\r\n"
    "   \r\n";

} // namespace

class TestDkimSigner : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const DkimPrivateKey> m_rsa;
    std::shared_ptr<const DkimPrivateKey> m_ed;

private Q_SLOTS:
    void initTestCase()
    {
        auto rsa = DkimPrivateKey::generate(DkimAlgorithm::RsaSha256);
        auto ed = DkimPrivateKey::generate(DkimAlgorithm::Ed25519Sha256);
        QVERIFY2(rsa && ed, qPrintable(rsa.error() + ed.error()));
        m_rsa = rsa.value();
        m_ed = ed.value();
    }

    void keyForms()
    {
        // Ed25519: the 32 raw bytes (RFC 8463 4.2); RSA: a DER SubjectPublicKeyInfo of 2048 bits.
        QCOMPARE(QByteArray::fromBase64(m_ed->publicKeyBase64()).size(), 32);
        const QByteArray der = QByteArray::fromBase64(m_rsa->publicKeyBase64());
        const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
        EVP_PKEY* key = d2i_PUBKEY(nullptr, &p, long(der.size()));
        QVERIFY(key);
        QCOMPARE(EVP_PKEY_get_bits(key), 2048);
        EVP_PKEY_free(key);
        // PEM round trip, and the kind is checked.
        for (const auto& original : {m_rsa, m_ed}) {
            const QByteArray pem = original->toPem();
            QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
            auto again = DkimPrivateKey::fromPem(pem, original->algorithm());
            QVERIFY2(again, qPrintable(again.error()));
            QCOMPARE(again.value()->publicKeyBase64(), original->publicKeyBase64());
        }
        QVERIFY(!DkimPrivateKey::fromPem(m_ed->toPem(), DkimAlgorithm::RsaSha256));
        QVERIFY(!DkimPrivateKey::fromPem("not a key", DkimAlgorithm::Ed25519Sha256));
    }

    void signsAndVerifies()
    {
        const QList<DkimSigningKey> keys = {{"example.com", "rd20261130-rsa", m_rsa},
                                            {"example.com", "rd20261130-ed", m_ed}};
        const QByteArray fields = DkimSigner::sign(hardMessage, keys, 1796032800);
        for (const QByteArray& line : fields.split('\n'))
            QVERIFY2(line.size() <= 80, line.constData());
        const QByteArray message = fields + hardMessage;
        const QList<Signature> signatures = signaturesOf(message);
        QCOMPARE(signatures.size(), 3); // ours (rsa on top, then ed25519) and the one that was there
        QCOMPARE(signatures[0].tags.value("a"), QByteArray("rsa-sha256"));
        QCOMPARE(signatures[1].tags.value("a"), QByteArray("ed25519-sha256"));
        for (int i = 0; i < 2; ++i) {
            const Signature& signature = signatures[i];
            QCOMPARE(signature.tags.value("c"), QByteArray("relaxed/relaxed"));
            QCOMPARE(signature.tags.value("d"), QByteArray("example.com"));
            QCOMPARE(signature.tags.value("s"), keys[i].selector);
            QCOMPARE(signature.tags.value("t"), QByteArray("1796032800"));
            QCOMPARE(
                signature.tags.value("h"),
                QByteArray("from:from:reply-to:subject:subject:date:date:to:to:cc:in-reply-to:references:"
                           "message-id:message-id:sender:mime-version:mime-version:content-type:"
                           "content-type:content-transfer-encoding:content-transfer-encoding:"
                           "disposition-notification-to"));
            QVERIFY(!signature.tags.contains("l"));
            QVERIFY2(verifies(message, signature, keys[i].key->publicKeyBase64()),
                     signature.field.constData());
        }
        // The body changed after signing: neither verifies.
        QByteArray altered = message;
        altered.replace("12.00", "99.00");
        for (int i = 0; i < 2; ++i)
            QVERIFY(!verifies(altered, signaturesOf(altered)[i], keys[i].key->publicKeyBase64()));
        // A second From: added below: the oversigned From breaks it.
        QByteArray added = message;
        added.replace("Date: Mon", "From: evil@example.org\r\nDate: Mon");
        QVERIFY(!verifies(added, signaturesOf(added)[1], m_ed->publicKeyBase64()));
        // So does a Subject: above, or a Reply-To: or Cc: the message did not have (an outside tester's
        // delivered copy verified with both added).
        for (const QByteArray& field :
             {QByteArray("Subject: URGENT: new bank details\r\n"),
              QByteArray("Reply-To: eve@evil.example\r\n"), QByteArray("Cc: victim@example.net\r\n"),
              // A read receipt's address added on the way.
              QByteArray("Disposition-Notification-To: eve@evil.example\r\n")}) {
            QByteArray more = message;
            more.replace("Date: Mon", QByteArray(field + "Date: Mon"));
            for (int i = 0; i < 2; ++i)
                QVERIFY2(!verifies(more, signaturesOf(more)[i], keys[i].key->publicKeyBase64()),
                         field.constData());
        }
        // What relaxed canonicalization forgives: refolding and trailing spaces on the way.
        QByteArray refolded = message;
        refolded.replace("and is folded\r\n", "and   is folded  \r\n")
            .replace("attached.   \r\n", "attached.\r\n");
        for (int i = 0; i < 2; ++i)
            QVERIFY(verifies(refolded, signaturesOf(refolded)[i], keys[i].key->publicKeyBase64()));
    }

    void listFieldsAreOversignedWhereTheMessageHasThem()
    {
        // A newsletter's own List-Unsubscribe could be joined by another above it and still verify (an
        // outside tester): a receiver offering one-click unsubscribe (RFC 8058 3) could take the added one.
        // A message without list fields leaves them to a list that passes it on.
        const QByteArray message = "From: news@example.com\r\nTo: reader@example.net\r\nSubject: News\r\n"
                                   "List-Unsubscribe: <https://example.com/u/1>\r\n"
                                   "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
                                   "\r\nBody.\r\n";
        const QList<DkimSigningKey> keys = {{"example.com", "rd20261130-ed", m_ed}};
        const QByteArray signedMessage = DkimSigner::sign(message, keys, 1796032800) + message;
        const Signature signature = signaturesOf(signedMessage).value(0);
        const QList<QByteArray> names = signature.tags.value("h").split(':');
        QCOMPARE(names.count("list-unsubscribe"), 2);
        QCOMPARE(names.count("list-unsubscribe-post"), 2);
        QCOMPARE(names.count("list-id"), 0);
        QVERIFY(verifies(signedMessage, signature, m_ed->publicKeyBase64()));
        for (const QByteArray& field :
             {QByteArray("List-Unsubscribe: <https://evil.example/u>\r\n"),
              QByteArray("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n")}) {
            QByteArray added = signedMessage;
            added.replace("From: news@", QByteArray(field + "From: news@"));
            QVERIFY2(!verifies(added, signaturesOf(added).value(0), m_ed->publicKeyBase64()),
                     field.constData());
        }
        // A list that passes on a message without list fields may add its own.
        const QByteArray plain = "From: news@example.com\r\nSubject: News\r\n\r\nBody.\r\n";
        const QByteArray signedPlain = DkimSigner::sign(plain, keys, 1796032800) + plain;
        QByteArray listed = signedPlain;
        listed.replace("Subject: News", "List-Id: <news.example.com>\r\nSubject: News");
        QVERIFY(verifies(listed, signaturesOf(listed).value(0), m_ed->publicKeyBase64()));
    }

    void manyFieldsOfOneNameAreAllSigned()
    {
        // An outside tester's 55,000 Cc: lines took seconds to sign (each mention searched the whole section
        // again); with only 100 of 300 signed, a Cc: added above them still verified (a second tester).
        QByteArray message = "From: a@example.com\r\nSubject: many\r\n";
        for (int i = 0; i < 300; ++i)
            message += "Cc: person" + QByteArray::number(i) + "@example.net\r\n";
        message += "\r\nBody.\r\n";
        const QList<DkimSigningKey> keys = {{"example.com", "rd20261130-rsa", m_rsa},
                                            {"example.com", "rd20261130-ed", m_ed}};
        const QByteArray signedMessage = DkimSigner::sign(message, keys, 1796032800) + message;
        const QList<Signature> signatures = signaturesOf(signedMessage);
        QCOMPARE(signatures.size(), 2);
        QByteArray added = signedMessage;
        added.replace("Subject: many\r\n", "Subject: many\r\nCc: eve@evil.example\r\n");
        QByteArray replaced = signedMessage;
        replaced.replace("Cc: person0@example.net", "Cc: eve00000@evil.example");
        for (int i = 0; i < 2; ++i) {
            const QList<QByteArray> names = signatures[i].tags.value("h").split(':');
            QCOMPARE(names.count("cc"), 301); // every one, and one more
            QVERIFY(verifies(signedMessage, signatures[i], keys[i].key->publicKeyBase64()));
            QVERIFY(!verifies(added, signatures[i], keys[i].key->publicKeyBase64()));
            QVERIFY(!verifies(replaced, signatures[i], keys[i].key->publicKeyBase64()));
        }
    }

    void signsAMessageWithoutBody()
    {
        const QByteArray message = "From: a@example.com\r\nSubject: none\r\n";
        const QByteArray signed_ = DkimSigner::sign(message, {{"example.com", "s", m_ed}}, 1) + message;
        const QList<Signature> signatures = signaturesOf(signed_);
        QCOMPARE(signatures.size(), 1);
        QCOMPARE(signatures[0].tags.value("bh"), sha256("").toBase64()); // the empty relaxed body
        QVERIFY(verifies(signed_, signatures[0], m_ed->publicKeyBase64()));
    }
};

QTEST_GUILESS_MAIN(TestDkimSigner)
#include "tst_dkimsigner.moc"
