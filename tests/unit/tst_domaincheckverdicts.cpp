// The verdicts of `domain check` as pure functions of DNS answers (docs/operations.md, "DNS check"): SPF for
// direct delivery and through a smarthost, DKIM's p= against the key, DMARC, MX with a null MX, the PTR and
// its forward confirmation, and the reverse names asked for.
#include "core/admin/dnsquestions.h"
#include "core/admin/domaincheckverdicts.h"

#include <QTest>

using namespace RelayDesk;
using Verdict = DomainCheckItem::Verdict;

namespace {

DnsAnswer answer(const QString& name, const QString& type, const QStringList& values)
{
    DnsAnswer made;
    made.name = name;
    made.type = type;
    made.values = values;
    made.outcome = values.isEmpty() ? DnsAnswer::Outcome::NoRecords : DnsAnswer::Outcome::Records;
    return made;
}

DomainCheckPlan directPlan()
{
    DomainCheckPlan plan;
    plan.domain = QStringLiteral("example.test");
    plan.sendingAddress = QHostAddress(QStringLiteral("192.0.2.20"));
    plan.addressFromSetting = true;
    DkimKeyRecord key;
    key.domain = plan.domain;
    key.selector = QStringLiteral("rd20261130-ed");
    key.algorithm = DkimAlgorithm::Ed25519Sha256;
    key.publicKey = "MCowBQYDK2VwAyEAkey";
    plan.keys << key;
    plan.expected = SenderDnsRecords::build(plan.domain, plan.keys, {}, {}, QStringLiteral("192.0.2.20"));
    return plan;
}

} // namespace

class TestDomainCheckVerdicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reverseNames()
    {
        QCOMPARE(DnsQuestions::reverseName(QHostAddress(QStringLiteral("192.0.2.20"))),
                 QStringLiteral("20.2.0.192.in-addr.arpa"));
        QCOMPARE(DnsQuestions::reverseName(QHostAddress(QStringLiteral("2001:db8::1"))),
                 QStringLiteral("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"));
    }

    void spf()
    {
        const DomainCheckPlan plan = directPlan();
        const auto verdict = [&plan](const QStringList& values) {
            return DomainCheckVerdicts::spf(plan, answer(plan.domain, QStringLiteral("TXT"), values)).verdict;
        };
        QCOMPARE(verdict({QStringLiteral("v=spf1 ip4:192.0.2.0/24 -all"), QStringLiteral("other text")}),
                 Verdict::Right);
        QCOMPARE(verdict({QStringLiteral("google-site-verification=x")}), Verdict::Missing);
        QCOMPARE(verdict({QStringLiteral("v=spf1 ip4:198.51.100.1 -all")}), Verdict::Wrong);
        QCOMPARE(verdict({QStringLiteral("v=spf1 +all")}), Verdict::Wrong);
        QCOMPARE(verdict({QStringLiteral("v=spf1 -all"), QStringLiteral("v=spf1 ip4:192.0.2.20 -all")}),
                 Verdict::Wrong);
        // mx is not followed: whether it passes the address cannot be told (RFC 7208 5.4).
        QCOMPARE(verdict({QStringLiteral("v=spf1 mx -all")}), Verdict::Undetermined);
        // +all written as a network: every server in the world, or a large part of it.
        QCOMPARE(verdict({QStringLiteral("v=spf1 ip4:0.0.0.0/0 -all")}), Verdict::Wrong);
        QCOMPARE(verdict({QStringLiteral("v=spf1 ip4:192.0.2.20 +ip6:::/0 -all")}), Verdict::Wrong);
        QCOMPARE(verdict({QStringLiteral("v=spf1 ip4:128.0.0.0/1 ip4:192.0.2.20 -all")}), Verdict::Wrong);
        // Not too broad (it fails, not passes), but it matches first and so fails every address.
        QCOMPARE(verdict({QStringLiteral("v=spf1 -ip4:0.0.0.0/0 ip4:192.0.2.20 -all")}), Verdict::Wrong);
        QCOMPARE(verdict({QStringLiteral("v=spf1 ip4:192.0.2.20 -ip4:0.0.0.0/0 -all")}), Verdict::Right);
        QCOMPARE(verdict({QStringLiteral("v=spf1 ip4:10.0.0.0/8 ip4:192.0.2.20 -all")}), Verdict::Right);
        const DomainCheckItem wrong =
            DomainCheckVerdicts::spf(plan, answer(plan.domain, QStringLiteral("TXT"),
                                                  {QStringLiteral("v=spf1 ip4:198.51.100.1 ~all")}));
        QCOMPARE(wrong.publish,
                 QStringLiteral("example.test TXT \"v=spf1 ip4:198.51.100.1 ip4:192.0.2.20 ~all\""));

        DomainCheckPlan relayed = plan;
        relayed.smarthost = QStringLiteral("smtp-relay.gmail.com");
        QCOMPARE(
            DomainCheckVerdicts::spf(relayed, answer(plan.domain, QStringLiteral("TXT"),
                                                     {QStringLiteral("v=spf1 include:_spf.google.com ~all")}))
                .verdict,
            Verdict::Right);
        QCOMPARE(DomainCheckVerdicts::spf(relayed, answer(plan.domain, QStringLiteral("TXT"),
                                                          {QStringLiteral("v=spf1 ip4:192.0.2.20 ~all")}))
                     .verdict,
                 Verdict::Wrong);
        // The include's qualifier is its result, and nothing after "all" is tried (RFC 7208 4.6.2, 5.1).
        const auto relayedCheck = [&](const char* record) {
            return DomainCheckVerdicts::spf(
                relayed, answer(plan.domain, QStringLiteral("TXT"), {QLatin1String(record)}));
        };
        QCOMPARE(relayedCheck("v=spf1 +include:_spf.google.com ~all").verdict, Verdict::Right);
        QCOMPARE(relayedCheck("v=spf1 INCLUDE:_spf.google.com ~all").verdict, Verdict::Right);
        const DomainCheckItem qualified = relayedCheck("v=spf1 ~include:_spf.google.com -all");
        QCOMPARE(qualified.verdict, Verdict::Wrong);
        QCOMPARE(qualified.publish,
                 QStringLiteral("example.test TXT \"v=spf1 include:_spf.google.com -all\""));
        const DomainCheckItem late = relayedCheck("v=spf1 -all include:_spf.google.com");
        QCOMPARE(late.verdict, Verdict::Wrong);
        QCOMPARE(late.publish, QStringLiteral("example.test TXT \"v=spf1 include:_spf.google.com -all\""));

        DnsAnswer failed = answer(plan.domain, QStringLiteral("TXT"), {});
        failed.outcome = DnsAnswer::Outcome::Failed;
        failed.error = QStringLiteral("timed out");
        QCOMPARE(DomainCheckVerdicts::spf(plan, failed).verdict, Verdict::Unchecked);
    }

    // RFC 7208 4.6.2: left to right, the first match decides with its qualifier; only a pass is right.
    void spfFirstMatchDecides()
    {
        DomainCheckPlan plan = directPlan();
        plan.sendingAddress = QHostAddress(QStringLiteral("192.0.2.2"));
        const auto check = [&plan](const QString& record) {
            return DomainCheckVerdicts::spf(plan, answer(plan.domain, QStringLiteral("TXT"), {record}));
        };
        const DomainCheckItem failed = check(QStringLiteral("v=spf1 -ip4:192.0.2.2 ip4:192.0.2.0/24 -all"));
        QCOMPARE(failed.verdict, Verdict::Wrong);
        QVERIFY2(failed.summary.contains(QLatin1String("'-ip4:192.0.2.2'")), qPrintable(failed.summary));
        QCOMPARE(failed.publish, QStringLiteral("example.test TXT \"v=spf1 ip4:192.0.2.2 -ip4:192.0.2.2 "
                                                "ip4:192.0.2.0/24 -all\""));
        QCOMPARE(check(QStringLiteral("v=spf1 ip4:192.0.2.0/24 -ip4:192.0.2.2 -all")).verdict,
                 Verdict::Right);
        QCOMPARE(check(QStringLiteral("v=spf1 +ip4:192.0.2.0/24 -all")).verdict, Verdict::Right);
        QCOMPARE(check(QStringLiteral("v=spf1 IP4:192.0.2.2 -all")).verdict, Verdict::Right);
        // The CIDR length counts: /31 holds .2 and .3, /32 of .3 does not hold .2.
        QCOMPARE(check(QStringLiteral("v=spf1 ip4:192.0.2.3/31 -all")).verdict, Verdict::Right);
        QCOMPARE(check(QStringLiteral("v=spf1 ip4:192.0.2.3 -all")).verdict, Verdict::Wrong);
        const DomainCheckItem soft = check(QStringLiteral("v=spf1 ~ip4:192.0.2.0/24 ip4:192.0.2.2 -all"));
        QCOMPARE(soft.verdict, Verdict::Wrong);
        QVERIFY2(soft.summary.contains(QLatin1String("softfail")), qPrintable(soft.summary));
        const DomainCheckItem neutral = check(QStringLiteral("v=spf1 ?ip4:192.0.2.2 -all"));
        QCOMPARE(neutral.verdict, Verdict::Wrong);
        QVERIFY2(neutral.summary.contains(QLatin1String("neutral")), qPrintable(neutral.summary));
        QVERIFY(check(QStringLiteral("v=spf1 ip4:198.51.100.1 ~all"))
                    .summary.contains(QLatin1String("softfail")));
        QVERIFY(
            check(QStringLiteral("v=spf1 ip4:198.51.100.1 ?all")).summary.contains(QLatin1String("neutral")));
        QCOMPARE(check(QStringLiteral("v=spf1 ip4:198.51.100.1")).verdict,
                 Verdict::Wrong); // neutral, RFC 7208 4.7
        // An ip6: term does not match an IPv4 sender.
        QCOMPARE(check(QStringLiteral("v=spf1 ip6:2001:db8::/32 ip4:192.0.2.2 -all")).verdict,
                 Verdict::Right);
        // A term that needs a lookup before the first match: not right, not wrong either.
        const DomainCheckItem include =
            check(QStringLiteral("v=spf1 include:_spf.example.net ip4:192.0.2.2 -all"));
        QCOMPARE(include.verdict, Verdict::Undetermined);
        QVERIFY2(include.summary.contains(QLatin1String("could not be determined")),
                 qPrintable(include.summary));
        QCOMPARE(include.publish, QStringLiteral("example.test TXT \"v=spf1 ip4:192.0.2.2 "
                                                 "include:_spf.example.net ip4:192.0.2.2 -all\""));
        for (const char* record : {"v=spf1 a -all", "v=spf1 mx:mail.example.test/24 -all", "v=spf1 ptr -all",
                                   "v=spf1 exists:%{i}.example.test -all",
                                   "v=spf1 redirect=_spf.example.test", "v=spf1 -ip4:198.51.100.1 a -all"})
            QCOMPARE(check(QLatin1String(record)).verdict, Verdict::Undetermined);
        // After a match, what follows is never looked at.
        QCOMPARE(check(QStringLiteral("v=spf1 ip4:192.0.2.2 include:_spf.example.net -all")).verdict,
                 Verdict::Right);
        QCOMPARE(check(QStringLiteral("v=spf1 ip4:192.0.2.2 redirect=_spf.example.test")).verdict,
                 Verdict::Right);
        QCOMPARE(check(QStringLiteral("v=spf1 -all ip4:192.0.2.2")).verdict, Verdict::Wrong);
        // exp= and unknown modifiers change nothing; an unknown mechanism or a bad network is a permerror.
        QCOMPARE(check(QStringLiteral("v=spf1 exp=explain.example.test ip4:192.0.2.2 -all")).verdict,
                 Verdict::Right);
        QCOMPARE(check(QStringLiteral("v=spf1 ip4:192.0.2.2/33 -all")).verdict, Verdict::Wrong);
        QCOMPARE(check(QStringLiteral("v=spf1 ipv4:192.0.2.2 -all")).verdict, Verdict::Wrong);
        // Still too broad, whatever comes after.
        QCOMPARE(check(QStringLiteral("v=spf1 ip4:192.0.2.2 ip4:0.0.0.0/1 -all")).verdict, Verdict::Wrong);
        QCOMPARE(check(QStringLiteral("v=spf1 ip4:192.0.2.2 ip6:::/0 -all")).verdict, Verdict::Wrong);
        QCOMPARE(check(QStringLiteral("v=spf1 ip4:192.0.2.2 all")).verdict, Verdict::Wrong);
        QCOMPARE(DomainCheckItem::verdictName(Verdict::Undetermined), QStringLiteral("undetermined"));

        plan.sendingAddress = QHostAddress(QStringLiteral("2001:db8::25"));
        QCOMPARE(check(QStringLiteral("v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/64 -all")).verdict,
                 Verdict::Right);
        QCOMPARE(check(QStringLiteral("v=spf1 -ip6:2001:db8::25 ip6:2001:db8::/64 -all")).verdict,
                 Verdict::Wrong);
    }

    // RFC 6376 3.6.1: receivers discard a record of another version, and keep a key that is not for email
    // from mail.
    void dkimRecordTags()
    {
        const DomainCheckPlan plan = directPlan();
        const DkimKeyRecord& key = plan.keys.first();
        const auto check = [&](const QString& value) {
            return DomainCheckVerdicts::dkim(plan, key,
                                             answer(key.dnsName(), QStringLiteral("TXT"), {value}));
        };
        const auto wrongBecauseOf = [&](const QString& value, const char* words) {
            const DomainCheckItem item = check(value);
            QCOMPARE(item.verdict, Verdict::Wrong);
            QVERIFY2(item.summary.contains(QLatin1String(words)), qPrintable(item.summary));
            QVERIFY2(item.publish.contains(QLatin1String("v=DKIM1; k=ed25519; p=MCowBQYDK2VwAyEAkey")),
                     qPrintable(item.publish));
        };
        wrongBecauseOf(QStringLiteral("v=DKIM2; k=ed25519; p=MCowBQYDK2VwAyEAkey"), "v=DKIM2");
        wrongBecauseOf(QStringLiteral("v=dkim1; k=ed25519; p=MCowBQYDK2VwAyEAkey"), "v=dkim1");
        wrongBecauseOf(QStringLiteral("k=ed25519; v=DKIM1; p=MCowBQYDK2VwAyEAkey"), "first tag");
        wrongBecauseOf(QStringLiteral("v=DKIM1; k=ed25519; s=other; p=MCowBQYDK2VwAyEAkey"), "s=other");
        wrongBecauseOf(QStringLiteral("v=DKIM1; k=ed25519; p=MCowBQYDK2VwAyEAkey; p=MCowBQYDK2VwAyEAkey"),
                       "p= twice");
        wrongBecauseOf(QStringLiteral("v=DKIM1; k=rsa; p=MCowBQYDK2VwAyEAkey"), "publish k=ed25519");
        // s= that lists email or *, an unknown tag, a note, no v= at all: all used by receivers.
        for (const char* value : {"v=DKIM1; k=ed25519; s=email; p=MCowBQYDK2VwAyEAkey",
                                  "v=DKIM1; k=ed25519; s=other:*; p=MCowBQYDK2VwAyEAkey",
                                  "v=DKIM1; k=ed25519; x=unknown; n=a note; p=MCowBQYDK2VwAyEAkey",
                                  "k=ed25519; p=MCowBQYDK2VwAyEAkey"})
            QCOMPARE(check(QLatin1String(value)).verdict, Verdict::Right);
        // t=y: right, with a note.
        const DomainCheckItem testing =
            check(QStringLiteral("v=DKIM1; k=ed25519; t=y:s; p=MCowBQYDK2VwAyEAkey"));
        QCOMPARE(testing.verdict, Verdict::Right);
        QVERIFY2(testing.summary.contains(QLatin1String("t=y")), qPrintable(testing.summary));
        QVERIFY(!check(QStringLiteral("v=DKIM1; k=ed25519; t=s; p=MCowBQYDK2VwAyEAkey"))
                     .summary.contains(QLatin1String("t=y")));
    }

    void dkim()
    {
        const DomainCheckPlan plan = directPlan();
        const DkimKeyRecord& key = plan.keys.first();
        const auto verdict = [&](const QStringList& values) {
            return DomainCheckVerdicts::dkim(plan, key, answer(key.dnsName(), QStringLiteral("TXT"), values));
        };
        QCOMPARE(verdict({QStringLiteral("v=DKIM1; k=ed25519; p=MCowBQYDK2Vw AyEAkey")}).verdict,
                 Verdict::Right);
        QCOMPARE(verdict({}).verdict, Verdict::Missing);
        QCOMPARE(verdict({QStringLiteral("v=DKIM1; k=ed25519; p=other")}).verdict, Verdict::Wrong);
        QCOMPARE(verdict({QStringLiteral("v=DKIM1; k=ed25519; p=")}).verdict, Verdict::Wrong);
        QCOMPARE(verdict({QStringLiteral("v=DKIM1; p=MCowBQYDK2VwAyEAkey")}).verdict,
                 Verdict::Wrong); // k=rsa
        // h= that leaves out sha256: receivers must not verify the signatures (RFC 6376 3.6.1).
        QCOMPARE(verdict({QStringLiteral("v=DKIM1; k=ed25519; h=sha1; p=MCowBQYDK2VwAyEAkey")}).verdict,
                 Verdict::Wrong);
        QCOMPARE(
            verdict({QStringLiteral("v=DKIM1; k=ed25519; h=sha1:SHA256; p=MCowBQYDK2VwAyEAkey")}).verdict,
            Verdict::Right);
        const DomainCheckItem missing = verdict({});
        QVERIFY2(missing.publish.startsWith(key.dnsName() + QStringLiteral(" TXT \"v=DKIM1; k=ed25519;")),
                 qPrintable(missing.publish));
        QCOMPARE(DomainCheckVerdicts::noDkimKeys(plan).verdict, Verdict::Missing);
    }

    void dmarcAndMx()
    {
        const DomainCheckPlan plan = directPlan();
        const auto dmarc = [&plan](const QStringList& values) {
            return DomainCheckVerdicts::dmarc(
                       plan, answer(QStringLiteral("_dmarc.example.test"), QStringLiteral("TXT"), values))
                .verdict;
        };
        QCOMPARE(dmarc({QStringLiteral("v=DMARC1; p=quarantine; rua=mailto:a@example.test")}),
                 Verdict::Right);
        QCOMPARE(dmarc({}), Verdict::Missing);
        QCOMPARE(dmarc({QStringLiteral("v=DMARC1; rua=mailto:a@example.test")}), Verdict::Wrong);
        // RFC 7489 6.3: the version must match exactly, or receivers ignore the record.
        QCOMPARE(dmarc({QStringLiteral("v=dmarc1; p=reject")}), Verdict::Wrong);
        const auto mx = [&plan](const QStringList& values) {
            return DomainCheckVerdicts::mx(plan, answer(plan.domain, QStringLiteral("MX"), values)).verdict;
        };
        QCOMPARE(mx({QStringLiteral("10 mx.example.test")}), Verdict::Right);
        QCOMPARE(mx({}), Verdict::Missing);
        QCOMPARE(mx({QStringLiteral("0 .")}), Verdict::Wrong);
    }

    void ptr()
    {
        DomainCheckPlan plan = directPlan();
        const DnsAnswer reverse = answer(QStringLiteral("20.2.0.192.in-addr.arpa"), QStringLiteral("PTR"),
                                         {QStringLiteral("mail.example.test")});
        const DnsAnswer back =
            answer(QStringLiteral("mail.example.test"), QStringLiteral("A"), {QStringLiteral("192.0.2.20")});
        const DnsAnswer elsewhere =
            answer(QStringLiteral("mail.example.test"), QStringLiteral("A"), {QStringLiteral("192.0.2.99")});
        const DnsAnswer noV6 = answer(QStringLiteral("mail.example.test"), QStringLiteral("AAAA"), {});
        QCOMPARE(DomainCheckVerdicts::ptr(plan, reverse, {back, noV6}).verdict, Verdict::Right);
        QCOMPARE(DomainCheckVerdicts::ptr(plan, reverse, {elsewhere, noV6}).verdict, Verdict::Wrong);
        QCOMPARE(DomainCheckVerdicts::ptr(plan, answer(reverse.name, QStringLiteral("PTR"), {}), {}).verdict,
                 Verdict::Missing);
        // A private address this machine found itself is not what receivers see: not looked up.
        plan.addressFromSetting = false;
        plan.sendingAddress = QHostAddress(QStringLiteral("192.168.1.5"));
        QVERIFY(!DomainCheckVerdicts::addressCheckable(plan));
        QVERIFY(DomainCheckVerdicts::ptrWithoutAddress(plan).summary.contains(
            QStringLiteral("delivery.public_address")));
    }
};

QTEST_GUILESS_MAIN(TestDomainCheckVerdicts)
#include "tst_domaincheckverdicts.moc"
