// DKIM relaxed canonicalization (RFC 6376 3.4.2, 3.4.4, with the examples of 3.4.5), the header fields a
// signature covers (h=, From oversigned, RFC 6376 5.4), the author's domain, and the RFC 8463 A.3 example
// signature checked with RelayDesk's canonicalization.
#include "core/dkim/dkimcanonicalization.h"
#include "core/dkim/dkimsignedheaders.h"
#include "core/dkim/dkimsigner.h"
#include "core/dkim/fromdomain.h"
#include "core/dkim/rawheadersection.h"

#include <QTest>

#include <openssl/evp.h>

using namespace RelayDesk;

namespace {

// RFC 8463 A.2 and A.3: the Ed25519 example key and the relaxed/relaxed signature of the RFC 6376 message.
const QByteArray rfc8463PublicKey = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";
const QByteArray rfc8463Signature = "DKIM-Signature: v=1; a=ed25519-sha256; c=relaxed/relaxed;\r\n"
                                    " d=football.example.com; i=@football.example.com;\r\n"
                                    " q=dns/txt; s=brisbane; t=1528637909; h=from : to :\r\n"
                                    " subject : date : message-id : from : subject : date;\r\n"
                                    " bh=2jUSOH9NhtVGCQWNr9BrIAPreKQjO6Sn7XIkfJVOzv8=;\r\n"
                                    " b=/gCrinpcQOoIfuHNQIbq4pgh9kyIK3AQUdt9OdqQehSwhEIug4D11Bus\r\n"
                                    " Fa3bT3FY5OsU7ZbnKELq+eXdp1Q1Dw==\r\n";
const QByteArray rfc6376Message = "From: Joe SixPack <joe@football.example.com>\r\n"
                                  "To: Suzie Q <suzie@shopping.example.net>\r\n"
                                  "Subject: Is dinner ready?\r\n"
                                  "Date: Fri, 11 Jul 2003 21:00:37 -0700 (PDT)\r\n"
                                  "Message-ID: <20030712040037.46341.5F8J@football.example.com>\r\n"
                                  "\r\n"
                                  "Hi.\r\n"
                                  "\r\n"
                                  "We lost the game.  Are you hungry yet?\r\n"
                                  "\r\n"
                                  "Joe.\r\n";

QByteArray sha256(const QByteArray& data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_Digest(data.constData(), size_t(data.size()), digest, &size, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char*>(digest), int(size));
}

bool verifyEd25519(const QByteArray& publicKey, const QByteArray& data, const QByteArray& signature)
{
    EVP_PKEY* key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                reinterpret_cast<const unsigned char*>(publicKey.constData()),
                                                size_t(publicKey.size()));
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    const QByteArray digest = sha256(data);
    const bool ok =
        key && EVP_DigestVerifyInit(context, nullptr, nullptr, nullptr, key) == 1 &&
        EVP_DigestVerify(context, reinterpret_cast<const unsigned char*>(signature.constData()),
                         size_t(signature.size()), reinterpret_cast<const unsigned char*>(digest.constData()),
                         size_t(digest.size())) == 1;
    EVP_MD_CTX_free(context);
    EVP_PKEY_free(key);
    return ok;
}

QList<QByteArray> names(const QByteArray& list)
{
    QList<QByteArray> out;
    for (const QByteArray& name : list.split(':'))
        out << name.simplified();
    return out;
}

} // namespace

class TestDkimCanonicalization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relaxedHeader_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("canonical");
        // RFC 6376 3.4.5.
        QTest::newRow("rfc A") << QByteArray("A: X\r\n") << QByteArray("a:X\r\n");
        QTest::newRow("rfc B") << QByteArray("B : Y\t\r\n\tZ  \r\n") << QByteArray("b:Y Z\r\n");
        QTest::newRow("name case") << QByteArray("SuBjEcT: Hello World\r\n")
                                   << QByteArray("subject:Hello World\r\n");
        QTest::newRow("runs of WSP") << QByteArray("Subject:  a \t\t b   c \r\n")
                                     << QByteArray("subject:a b c\r\n");
        QTest::newRow("long folded") << QByteArray(
                                            "To: a@example.com,\r\n b@example.com,\r\n\t c@example.com\r\n")
                                     << QByteArray("to:a@example.com, b@example.com, c@example.com\r\n");
        QTest::newRow("empty value") << QByteArray("X-Empty:\r\n") << QByteArray("x-empty:\r\n");
        QTest::newRow("blank value") << QByteArray("X-Empty:   \r\n") << QByteArray("x-empty:\r\n");
        QTest::newRow("8-bit") << QByteArray("Subject: Gr\xc3\xbc\xc3\x9f"
                                             "e  \r\n")
                               << QByteArray("subject:Gr\xc3\xbc\xc3\x9f"
                                             "e\r\n");
        QTest::newRow("no line end") << QByteArray("DKIM-Signature: v=1; b=")
                                     << QByteArray("dkim-signature:v=1; b=\r\n");
    }
    void relaxedHeader()
    {
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, canonical);
        QCOMPARE(DkimCanonicalization::relaxedHeader(field), canonical);
    }

    void relaxedBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("canonical");
        // RFC 6376 3.4.5.
        QTest::newRow("rfc") << QByteArray(" C \r\nD \t E\r\n\r\n\r\n") << QByteArray(" C\r\nD E\r\n");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("only empty lines") << QByteArray("\r\n\r\n\r\n") << QByteArray();
        QTest::newRow("only blank lines") << QByteArray("  \r\n\t\r\n") << QByteArray();
        QTest::newRow("no final line end") << QByteArray("abc") << QByteArray("abc\r\n");
        QTest::newRow("inner empty lines kept")
            << QByteArray("a\r\n\r\n\r\nb\r\n") << QByteArray("a\r\n\r\n\r\nb\r\n");
        QTest::newRow("trailing blank lines go") << QByteArray("a\r\n \r\n\r\n\t\r\n") << QByteArray("a\r\n");
        QTest::newRow("8-bit unchanged") << QByteArray("Gr\xfc\xdf"
                                                       "e \xe2\x82\xac  x\r\n")
                                         << QByteArray("Gr\xfc\xdf"
                                                       "e \xe2\x82\xac x\r\n");
        QTest::newRow("leading WSP one space") << QByteArray("\t\tx\r\n") << QByteArray(" x\r\n");
        QTest::newRow("dot line") << QByteArray(".\r\n..\r\n") << QByteArray(".\r\n..\r\n");
    }
    void relaxedBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, canonical);
        QCOMPARE(DkimCanonicalization::relaxedBody(body), canonical);
    }

    void rfc8463BodyHash()
    {
        const RawHeaderSection section = RawHeaderSection::parse(rfc6376Message);
        QCOMPARE(section.fields().size(), 5);
        QCOMPARE(DkimSigner::bodyHash(QByteArrayView(rfc6376Message).sliced(section.bodyOffset())),
                 QByteArray("2jUSOH9NhtVGCQWNr9BrIAPreKQjO6Sn7XIkfJVOzv8="));
    }

    // The RFC's own signature verifies over the data RelayDesk's canonicalization and field selection make:
    // both halves agree with an independent signer.
    void rfc8463SignatureVerifies()
    {
        const RawHeaderSection section = RawHeaderSection::parse(rfc6376Message);
        const QList<QByteArray> signedNames =
            names("from : to : subject : date : message-id : from : subject : date");
        const QByteArray headers = DkimSignedHeaders::canonicalized(section, signedNames);
        const qsizetype b = rfc8463Signature.indexOf(" b=") + 3;
        const QByteArray unsignedField = rfc8463Signature.first(b);
        QByteArray signature = rfc8463Signature.sliced(b);
        signature.replace("\r\n", "").replace(' ', "");
        const QByteArray data = DkimSigner::signedData(headers, unsignedField);
        QVERIFY(data.startsWith("from:Joe SixPack <joe@football.example.com>\r\nto:"));
        QVERIFY(data.endsWith("bh=2jUSOH9NhtVGCQWNr9BrIAPreKQjO6Sn7XIkfJVOzv8=; b="));
        QVERIFY(
            verifyEd25519(QByteArray::fromBase64(rfc8463PublicKey), data, QByteArray::fromBase64(signature)));
        // One changed byte of a signed field, and it no longer does.
        QByteArray altered = rfc6376Message;
        altered.replace("dinner", "Dinner");
        const RawHeaderSection changed = RawHeaderSection::parse(altered);
        QVERIFY(!verifyEd25519(
            QByteArray::fromBase64(rfc8463PublicKey),
            DkimSigner::signedData(DkimSignedHeaders::canonicalized(changed, signedNames), unsignedField),
            QByteArray::fromBase64(signature)));
    }

    void headerSection()
    {
        const QByteArray message = "Received: from a\r\n\tby b; date\r\n"
                                   "Subject : folded\r\n  twice\r\n"
                                   "From: x@example.com\r\n"
                                   "\r\n"
                                   "Body: not a field\r\n";
        const RawHeaderSection section = RawHeaderSection::parse(message);
        QCOMPARE(section.fields().size(), 3);
        QCOMPARE(section.fields()[0].raw, QByteArrayView("Received: from a\r\n\tby b; date\r\n"));
        QCOMPARE(section.fields()[1].name, QByteArrayView("Subject"));
        QCOMPARE(section.firstValue("subject"), QByteArray("folded  twice"));
        QCOMPARE(QByteArrayView(message).sliced(section.bodyOffset()),
                 QByteArrayView("Body: not a field\r\n"));
        QCOMPARE(RawHeaderSection::parse("A: b\r\n").bodyOffset(), qsizetype(6));
    }

    void selectsRecommendedFieldsAndOversignsFrom()
    {
        const QByteArray message = "DKIM-Signature: v=1; d=old.example\r\n"
                                   "Received: by relay\r\n"
                                   "Return-Path: <a@example.com>\r\n"
                                   "From: a@example.com\r\n"
                                   "To: b@example.net\r\n"
                                   "TO: c@example.net\r\n"
                                   "Subject: s\r\n"
                                   "X-Mailer: m\r\n"
                                   "List-Unsubscribe: <https://example.com/u>\r\n"
                                   "MIME-Version: 1.0\r\n"
                                   "Message-ID: <1@example.com>\r\n"
                                   "Date: today\r\n"
                                   "\r\nbody\r\n";
        const QList<QByteArray> selected = DkimSignedHeaders::select(RawHeaderSection::parse(message));
        // Oversigned (one more than present, once when absent): what a reader takes for the message's own;
        // the list fields only where present (a list that passes a message on adds its own).
        QCOMPARE(selected, (QList<QByteArray>{"from",
                                              "from",
                                              "reply-to",
                                              "subject",
                                              "subject",
                                              "date",
                                              "date",
                                              "to",
                                              "to",
                                              "to",
                                              "cc",
                                              "in-reply-to",
                                              "references",
                                              "list-unsubscribe", // present: oversigned
                                              "list-unsubscribe",
                                              "message-id",
                                              "message-id",
                                              "sender",
                                              "mime-version",
                                              "mime-version",
                                              "content-type",
                                              "content-transfer-encoding",
                                              "disposition-notification-to"}));
        // Without From at all, h= still names it once: a From added later breaks the signature.
        const QList<QByteArray> bare =
            DkimSignedHeaders::select(RawHeaderSection::parse("Subject: s\r\n\r\n"));
        QCOMPARE(bare.mid(0, 5), (QList<QByteArray>{"from", "reply-to", "subject", "subject", "date"}));
        QCOMPARE(bare.count("subject"), 2);
        QVERIFY(!bare.contains("list-id")); // a list adds its own fields: not oversigned
    }

    void signsInstancesFromTheBottom()
    {
        const RawHeaderSection section =
            RawHeaderSection::parse("To: first\r\nSubject: s\r\nTo: second\r\n\r\n");
        QCOMPARE(DkimSignedHeaders::canonicalized(section, {"to"}), QByteArray("to:second\r\n"));
        QCOMPARE(DkimSignedHeaders::canonicalized(section, {"to", "to", "to"}),
                 QByteArray("to:second\r\nto:first\r\n"));
        QCOMPARE(DkimSignedHeaders::canonicalized(section, {"from", "from", "subject"}),
                 QByteArray("subject:s\r\n"));
    }

    void fromDomain_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("domain");
        QTest::newRow("bare") << QByteArray("joe@Example.COM") << QByteArray("example.com");
        QTest::newRow("angle") << QByteArray("Joe <joe@example.com>") << QByteArray("example.com");
        QTest::newRow("quoted name with @")
            << QByteArray("\"joe@evil.test\" <joe@example.com>") << QByteArray("example.com");
        QTest::newRow("comment") << QByteArray("joe@example.com (Joe <joe@evil.test>)")
                                 << QByteArray("example.com");
        QTest::newRow("list takes the first")
            << QByteArray("a@one.example, b@two.example") << QByteArray("one.example");
        QTest::newRow("quoted local part")
            << QByteArray("\"joe doe\"@example.com") << QByteArray("example.com");
        QTest::newRow("final dot") << QByteArray("<joe@example.com.>") << QByteArray("example.com");
        QTest::newRow("folded") << QByteArray("Joe\r\n <joe@example.com>") << QByteArray("example.com");
        QTest::newRow("literal") << QByteArray("joe@[192.0.2.1]") << QByteArray();
        QTest::newRow("none") << QByteArray("undisclosed") << QByteArray();
        QTest::newRow("unterminated") << QByteArray("\"joe <joe@example.com>") << QByteArray();
        // As the sender check reads it (FromAddresses): the mailbox after an encoded word or a bracketed
        // display name, never an address inside them, which signed mail as a domain the check never saw.
        QTest::newRow("angle inside an encoded word")
            << QByteArray("=?utf-8?q?<alice@example.com>?= <eve@evil.test>") << QByteArray("evil.test");
        QTest::newRow("angle inside brackets")
            << QByteArray("[<alice@example.com>] <eve@evil.test>") << QByteArray("evil.test");
        QTest::newRow("encoded name with an angle")
            << QByteArray("=?utf-8?q?Support_<help@other.test>?= <alice@example.com>")
            << QByteArray("example.com");
        QTest::newRow("group") << QByteArray("Team: alice@example.com;") << QByteArray("example.com");
        QTest::newRow("empty group") << QByteArray("undisclosed-recipients:;") << QByteArray();
        QTest::newRow("IDN in UTF-8")
            << QByteArray("Info <info@m\xc3\xbcnchen.de>") << QByteArray("xn--mnchen-3ya.de");
        QTest::newRow("text after the angle")
            << QByteArray("<eve@evil.test> alice@example.com") << QByteArray();
    }
    void fromDomain()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, domain);
        QCOMPARE(FromDomain::of(from), domain);
    }
};

QTEST_GUILESS_MAIN(TestDkimCanonicalization)
#include "tst_dkimcanonicalization.moc"
