// MTA-STS parsing without the network: the TXT record (RFC 8461 3.1), the policy (3.2), MX patterns (4.1)
// and the HTTP answer of the policy host (3.3).
#include "core/routing/mtastspolicy.h"
#include "core/routing/mtastsrecord.h"
#include "core/routing/mtastsresponse.h"

#include <QTest>

using namespace RelayDesk;

class TestMtaStsPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void record()
    {
        auto found = MtaStsRecord::parse(QStringLiteral("v=STSv1; id=20160831085700Z;"));
        QVERIFY2(found, qPrintable(found.error()));
        QCOMPARE(found->id, QStringLiteral("20160831085700Z"));
        QVERIFY(MtaStsRecord::parse(QStringLiteral("v=STSv1;id=abc")));
        QVERIFY(!MtaStsRecord::parse(QStringLiteral("v=STSv1;")));        // no id
        QVERIFY(!MtaStsRecord::parse(QStringLiteral("v=STSv1; id=a-b"))); // not alphanumeric
        QVERIFY(!MtaStsRecord::parse(QStringLiteral("v=STSv1; id=") + QString(33, QLatin1Char('a'))));
        QVERIFY(!MtaStsRecord::parse(QStringLiteral("v=spf1 -all")));
        QVERIFY(!MtaStsRecord::parse(QStringLiteral("v=STSv10; id=abc")));
    }

    void recordAmongOthers()
    {
        auto one = MtaStsRecord::fromTxt({QStringLiteral("v=spf1 -all"), QStringLiteral("v=STSv1; id=x1")});
        QVERIFY(one);
        QCOMPARE(one->id, QStringLiteral("x1"));
        QVERIFY(!MtaStsRecord::fromTxt({QStringLiteral("v=spf1 -all")}));
        // RFC 8461 3.1: more than one record: no policy.
        QVERIFY(!MtaStsRecord::fromTxt({QStringLiteral("v=STSv1; id=a"), QStringLiteral("v=STSv1; id=b")}));
    }

    void policy()
    {
        const auto parsed = MtaStsPolicy::parse("version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\n"
                                                "mx: *.example.net\r\nmx: backupmx.example.com\r\n"
                                                "max_age: 604800\r\nextension: ignored\r\n");
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(parsed->mode, MtaStsPolicy::Mode::Enforce);
        QCOMPARE(parsed->mx, (QStringList{QStringLiteral("mail.example.com"), QStringLiteral("*.example.net"),
                                          QStringLiteral("backupmx.example.com")}));
        QCOMPARE(parsed->maxAge, 604800);
        // LF line ends and surrounding blanks are fine; max_age is capped at a year.
        const auto lf =
            MtaStsPolicy::parse("version: STSv1\nmode:testing\nmx:  a.example\nmax_age: 99999999\n");
        QVERIFY2(lf, qPrintable(lf.error()));
        QCOMPARE(lf->mode, MtaStsPolicy::Mode::Testing);
        QCOMPARE(lf->maxAge, MtaStsPolicy::maxMaxAge);
        QVERIFY(MtaStsPolicy::parse("version: STSv1\nmode: none\nmax_age: 0\n")); // none needs no mx
    }

    void badPolicies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no version") << QByteArray("mode: enforce\nmx: a.example\nmax_age: 1\n");
        QTest::newRow("wrong version")
            << QByteArray("version: STSv2\nmode: enforce\nmx: a.example\nmax_age: 1\n");
        QTest::newRow("bad mode") << QByteArray("version: STSv1\nmode: strict\nmx: a.example\nmax_age: 1\n");
        QTest::newRow("no max_age") << QByteArray("version: STSv1\nmode: enforce\nmx: a.example\n");
        QTest::newRow("negative max_age")
            << QByteArray("version: STSv1\nmode: enforce\nmx: a.example\nmax_age: -1\n");
        QTest::newRow("no mx") << QByteArray("version: STSv1\nmode: enforce\nmax_age: 1\n");
        QTest::newRow("bad mx") << QByteArray("version: STSv1\nmode: enforce\nmx: a.*.example\nmax_age: 1\n");
        QTest::newRow("html") << QByteArray("<html><body>hello</body></html>\n");
    }

    void badPolicies()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!MtaStsPolicy::parse(body));
    }

    void mxPatterns()
    {
        // RFC 8461 4.1: the wildcard is exactly the leftmost label.
        QVERIFY(
            MtaStsPolicy::patternMatches(QStringLiteral("*.example.com"), QStringLiteral("mx1.example.com")));
        QVERIFY(MtaStsPolicy::patternMatches(QStringLiteral("*.example.com"),
                                             QStringLiteral("MX1.Example.COM.")));
        QVERIFY(
            !MtaStsPolicy::patternMatches(QStringLiteral("*.example.com"), QStringLiteral("example.com")));
        QVERIFY(!MtaStsPolicy::patternMatches(QStringLiteral("*.example.com"),
                                              QStringLiteral("a.b.example.com")));
        QVERIFY(MtaStsPolicy::patternMatches(QStringLiteral("mail.example.com"),
                                             QStringLiteral("mail.example.com")));
        QVERIFY(!MtaStsPolicy::patternMatches(QStringLiteral("mail.example.com"),
                                              QStringLiteral("xmail.example.com")));
        MtaStsPolicy policy;
        policy.mx = {QStringLiteral("mail.example.com"), QStringLiteral("*.example.net")};
        QVERIFY(policy.allowsMx(QStringLiteral("mx.example.net")));
        QVERIFY(!policy.allowsMx(QStringLiteral("mx.example.org")));
    }

    void httpAnswer()
    {
        QVERIFY(MtaStsResponse::request(QStringLiteral("mta-sts.example.com"))
                    .contains("\r\nHost: mta-sts.example.com\r\n"));
        auto body =
            MtaStsResponse::policyBody("HTTP/1.0 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n"
                                       "Content-Length: 5\r\n\r\nhello");
        QVERIFY2(body, qPrintable(body.error()));
        QCOMPARE(body.value(), QByteArray("hello"));
        auto chunked =
            MtaStsResponse::policyBody("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                                       "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n");
        QVERIFY2(chunked, qPrintable(chunked.error()));
        QCOMPARE(chunked.value(), QByteArray("abcde"));
        // RFC 8461 3.3: no redirects, only 200, only text/plain.
        const auto redirect = MtaStsResponse::policyBody(
            "HTTP/1.1 301 Moved\r\nLocation: https://elsewhere/\r\nContent-Type: text/plain\r\n\r\n");
        QVERIFY(!redirect);
        QVERIFY(redirect.error().contains(QLatin1String("redirect")));
        QVERIFY(!MtaStsResponse::policyBody("HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\n\r\nx"));
        QVERIFY(!MtaStsResponse::policyBody("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\nx"));
        QVERIFY(!MtaStsResponse::policyBody("HTTP/1.1 200 OK\r\nContent-Type: text/plain"));
        QVERIFY(!MtaStsResponse::policyBody("SSH-2.0-OpenSSH\r\n\r\n"));
        // Complete by Content-Length (the server may keep the connection open), else only at its end.
        QVERIFY(MtaStsResponse::isComplete("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nab"));
        QVERIFY(!MtaStsResponse::isComplete("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nab"));
        QVERIFY(!MtaStsResponse::isComplete("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nab"));
        QVERIFY(!MtaStsResponse::isComplete("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestMtaStsPolicy)
#include "tst_mtastspolicy.moc"
