// Sender domains (docs/protocols.md, "Sender domains"): domain names in their compared form, what an agent's
// rules allow, and the mailboxes of a From: field.
#include "core/smtp/publicmailboxdomains.h"
#include "core/smtp/senderrules.h"
#include "core/util/domainname.h"

#include <QTest>

using namespace RelayDesk;

class TestSenderRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void domainsAreNormalized_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("lower-cased") << "Example.COM"
                                     << "example.com";
        QTest::newRow("trailing dot") << "example.com."
                                      << "example.com";
        QTest::newRow("spaces trimmed") << "  example.com "
                                        << "example.com";
        QTest::newRow("IDNA to A-label") << "Bücher.example"
                                         << "xn--bcher-kva.example";
        QTest::newRow("A-label kept") << "xn--bcher-kva.example"
                                      << "xn--bcher-kva.example";
        QTest::newRow("hyphen inside") << "my-office.example"
                                       << "my-office.example";
        QTest::newRow("single label") << "localhost"
                                      << "";
        QTest::newRow("empty label") << "a..example"
                                     << "";
        QTest::newRow("underscore") << "bad_name.example"
                                    << "";
        QTest::newRow("leading hyphen") << "-a.example"
                                        << "";
        QTest::newRow("address") << "a@example.com"
                                 << "";
        QTest::newRow("space inside") << "exa mple.com"
                                      << "";
        QTest::newRow("label too long") << QString(64, QLatin1Char('a')) + QStringLiteral(".example") << "";
        QTest::newRow("empty") << ""
                               << "";
        // RFC 3696 2: an all-numeric top-level label makes it an IP address, which names no domain.
        QTest::newRow("IPv4 address") << "1.2.3.4"
                                      << "";
        QTest::newRow("numeric top label") << "example.123"
                                           << "";
        QTest::newRow("digits elsewhere") << "123.example"
                                          << "123.example";
    }
    void domainsAreNormalized()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto normalized = DomainName::normalize(input);
        if (expected.isEmpty()) {
            QVERIFY2(!normalized, qPrintable(input));
            QVERIFY(!normalized.error().isEmpty());
        } else {
            QVERIFY2(normalized, qPrintable(normalized.error()));
            QCOMPARE(normalized.value(), expected);
        }
    }

    void entriesAreNormalized()
    {
        QCOMPARE(SenderRules::normalizeEntry(QStringLiteral("Billing@Bücher.Example")).value(),
                 QStringLiteral("billing@xn--bcher-kva.example"));
        QCOMPARE(SenderRules::normalizeEntry(QStringLiteral("EXAMPLE.org")).value(),
                 QStringLiteral("example.org"));
        QVERIFY(!SenderRules::normalizeEntry(QStringLiteral("@example.org")));
        QVERIFY(!SenderRules::normalizeEntry(QStringLiteral("a b@example.org")));
        QVERIFY(!SenderRules::normalizeEntry(QStringLiteral("jürgen@example.org")));
        QVERIFY(!SenderRules::normalizeEntry(QStringLiteral("a@localhost")));
    }

    void domainOfAnAddress()
    {
        QCOMPARE(DomainName::ofAddress("anna@Example.COM"), QStringLiteral("example.com"));
        QCOMPARE(DomainName::ofAddress("\"a@b\"@example.com"), QStringLiteral("example.com"));
        QCOMPARE(DomainName::ofAddress("anna@b\xc3\xbc"
                                       "cher.example"),
                 QStringLiteral("xn--bcher-kva.example"));
        QVERIFY(DomainName::ofAddress("anna@[192.0.2.1]").isEmpty());
        QVERIFY(DomainName::ofAddress("anna").isEmpty());
        QVERIFY(DomainName::ofAddress("anna@").isEmpty());
    }

    void rulesMatchDomainsAndAddresses_data()
    {
        QTest::addColumn<QByteArray>("address");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("domain") << QByteArray("anna@example.com") << true;
        QTest::newRow("domain in capitals") << QByteArray("Anna@EXAMPLE.COM") << true;
        QTest::newRow("domain with root dot") << QByteArray("anna@example.com.") << true;
        QTest::newRow("subdomain") << QByteArray("anna@mail.example.com") << false;
        QTest::newRow("parent") << QByteArray("anna@com") << false;
        QTest::newRow("look-alike suffix") << QByteArray("anna@badexample.com") << false;
        QTest::newRow("IDN as U-label") << QByteArray("verkauf@b\xc3\xbc"
                                                      "cher.example")
                                        << true;
        QTest::newRow("IDN as A-label") << QByteArray("verkauf@xn--bcher-kva.example") << true;
        QTest::newRow("exact address") << QByteArray("billing@example.org") << true;
        QTest::newRow("exact address, capitals") << QByteArray("BILLING@Example.Org") << true;
        QTest::newRow("other address there") << QByteArray("sales@example.org") << false;
        QTest::newRow("null sender") << QByteArray() << false;
        QTest::newRow("no domain") << QByteArray("anna") << false;
        QTest::newRow("address literal") << QByteArray("anna@[192.0.2.1]") << false;
    }
    void rulesMatchDomainsAndAddresses()
    {
        QFETCH(QByteArray, address);
        QFETCH(bool, allowed);
        SenderRules rules;
        rules.domains = {QStringLiteral("example.com"), QStringLiteral("xn--bcher-kva.example")};
        rules.addresses = {QStringLiteral("billing@example.org")};
        QCOMPARE(rules.allows(address), allowed);
        QVERIFY(SenderRules::anyone().allows(address));
        SenderRules unavailable = SenderRules::anyone();
        unavailable.unavailable = true;
        QVERIFY(!unavailable.allows(address));
        QVERIFY(!SenderRules().allows(address));
    }

    void aDomainWrittenWithItsAtSaysWhatToGive()
    {
        const auto entry = SenderRules::normalizeEntry(QStringLiteral("@shop.example"));
        QVERIFY(!entry);
        QCOMPARE(entry.error(),
                 QStringLiteral(
                     "'@shop.example': give a domain (shop.example) or an address (user@shop.example)"));
    }

    void publicProvidersAreKnownByTheirDomain()
    {
        // A sender domain such as gmail.com was taken without a word (an outside tester): its mail from an
        // office relay fails DMARC at the receivers.
        QVERIFY(PublicMailboxDomains::contains(QStringLiteral("gmail.com")));
        QVERIFY(PublicMailboxDomains::contains(QStringLiteral("GMX.DE.")));
        QVERIFY(PublicMailboxDomains::contains(QStringLiteral("kunde@orange.fr")));
        QVERIFY(!PublicMailboxDomains::contains(QStringLiteral("gmail.com.example")));
        QVERIFY(
            !PublicMailboxDomains::contains(QStringLiteral("mail.gmail.com"))); // the provider's, not "it"
        QVERIFY(!PublicMailboxDomains::contains(QStringLiteral("office.example")));
        QVERIFY(!PublicMailboxDomains::contains(QStringLiteral("xn--bro-hoa.example")));
        QVERIFY(PublicMailboxDomains::warning(QStringLiteral("office.example")).isEmpty());
        QVERIFY(PublicMailboxDomains::warning(QStringLiteral("a@Web.de"))
                    .startsWith(QStringLiteral("web.de belongs")));
    }

    void allowedListFitsAReplyLine()
    {
        SenderRules rules;
        QCOMPARE(rules.allowedList(), QByteArray("none"));
        rules.domains = {QStringLiteral("example.com"), QStringLiteral("example.org")};
        QCOMPARE(rules.allowedList(), QByteArray("example.com, example.org"));
        for (int i = 0; i < 40; ++i)
            rules.domains << QStringLiteral("domain-number-%1-with-a-long-name.example").arg(i);
        const QByteArray list = rules.allowedList();
        QVERIFY2(list.size() < 400, list.constData()); // RFC 5321 4.5.3.1.5: a reply line is at most 512
        QVERIFY2(list.startsWith("example.com, example.org, ") && list.endsWith(" more"), list.constData());
    }
};

QTEST_GUILESS_MAIN(TestSenderRules)
#include "tst_senderrules.moc"
