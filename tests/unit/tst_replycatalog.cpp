#include "core/smtp/replycatalog.h"

#include <QTest>

using namespace RelayDesk;

Q_DECLARE_METATYPE(RelayDesk::RoadSign)

/// docs/architecture.md, "one table of replies": every reply maps to a title, a plain-language explanation, a
/// colour and a fix.
class TestReplyCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explains_data();
    void explains();
    void signs();
    void everyEntryIsComplete();
};

void TestReplyCatalog::explains_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("enhanced");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<RoadSign>("sign");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("fixContains"); // a word of the suggested fix; empty: the fix must be empty

    auto row = [](const char* name, int code, const char* enhanced, const char* text, RoadSign sign,
                  bool known, const char* title, const char* fixContains) {
        QTest::newRow(name) << code << QByteArray(enhanced) << QByteArray(text) << sign << known
                            << QString::fromUtf8(title) << QString::fromUtf8(fixContains);
    };
    const RoadSign G = RoadSign::Green, Y = RoadSign::Yellow, R = RoadSign::Red;

    // Providers (code + enhanced pair)
    row("gmail unauthenticated", 550, "5.7.26",
        "This mail has been blocked because the sender is unauthenticated.", R, true,
        "Unauthenticated sender", "DMARC");
    row("gmail deferred", 421, "4.7.0", "Try again later, closing connection.", Y, true,
        "Temporarily deferred", "retries");
    row("gmail no such user", 550, "5.1.1", "The email account that you tried to reach does not exist.", R,
        true, "Mailbox does not exist", "typos");
    row("gmail mailbox full", 552, "5.2.2", "The email account that you tried to reach is over quota.", R,
        true, "Mailbox full", "free up space");
    row("gmail policy", 550, "5.7.1", "Our system has detected that this message is likely unsolicited mail.",
        R, true, "Blocked by policy", "SPF");
    row("gmail rate limit", 421, "4.7.28",
        "There is an unusual rate of unsolicited mail from your IP address.", Y, true, "Rate limited (Gmail)",
        "retries");
    row("greylisting", 451, "4.7.1", "Please try again later", Y, true, "Try again later (greylisting)",
        "retries");
    row("timeout", 421, "4.4.2", "Connection timed out", Y, true, "Connection timed out", "retries");
    // The relay's own words for a server that closed the connection (an outside tester read "timed out").
    row("timeout waiting", 421, "4.4.2", "Timeout waiting for a reply from mx.example.com[192.0.2.1]:25", Y,
        true, "Connection timed out", "retries");
    row("closed", 421, "4.4.2", "Connection to mx.example.com[192.0.2.1]:25 lost", Y, true,
        "Connection closed by the server", "retries");
    row("closed after the message", 421, "4.4.2",
        "Connection to mx.example.com[192.0.2.1]:25 lost after the whole message was sent, before the "
        "server's "
        "reply: the server may have kept it",
        Y, true, "Connection closed before the server's reply", "copies");
    // A reply to the message's end that cannot be read: the server may have kept it (an outside tester's
    // receiver got five copies while the window said "Nothing to do").
    row("unreadable after the message", 451, "4.5.0",
        "Malformed reply from the server after the whole message was sent: malformed reply line '250queued "
        "as "
        "1'; the server may have kept it",
        Y, true, "Unreadable reply after the whole message was sent", "copies");
    // The relay's own words (an outside tester read "Server not accepting mail" for its own stop, "Domain
    // does not exist" for a domain without a mail server, and "Nothing to do" for a DNS server that refuses).
    row("relay stopped", 421, "4.3.2",
        "interrupted: the relay stopped during this delivery; tried again after the next start (if the "
        "server "
        "had already received the whole message, it arrives twice)",
        Y, true, "RelayDesk stopped during this delivery", "two copies");
    row("no mail server", 550, "5.1.2", "Domain nowhere.test has no mail server: no MX, A or AAAA record", R,
        true, "The domain receives no mail", "another address");
    row("dns refused", 451, "4.4.3",
        "DNS lookup for example.test failed: the name server 127.0.0.54 refused to answer (REFUSED)", Y, true,
        "The DNS server refused the lookup", "DNS server in Settings");
    row("local error", 451, "4.3.0", "Temporary local problem", Y, true, "Temporary server error", "retries");
    row("insufficient storage", 452, "4.3.1", "Insufficient system storage", Y, true, "Server out of storage",
        "retries");
    row("microsoft banned ip 606", 550, "5.7.606", "Access denied, banned sending IP [192.0.2.1].", R, true,
        "Sending IP banned (Microsoft)", "sender.office.com");
    row("microsoft banned ip 610", 550, "5.7.610", "Access denied, banned sending IP [192.0.2.1].", R, true,
        "Sending IP banned (Microsoft)", "delisting");
    row("microsoft smtp auth disabled", 535, "5.7.139",
        "Authentication unsuccessful, SmtpClientAuthentication is "
        "disabled for the Tenant.",
        R, true, "SMTP sign-in disabled (Microsoft 365)", "Enable");

    // Text keywords
    row("spamhaus", 554, "5.7.1",
        "Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", R, true,
        "Listed on a blocklist", "delisting");
    row("spamhaus without enhanced", 554, "", "blocked using zen.SPAMHAUS.org", R, true,
        "Listed on a blocklist", "delisting");
    row("spamcop temporary", 450, "4.7.1", "Listed at bl.spamcop.net", Y, true, "Listed on a blocklist",
        "delisting");
    row("dmarc", 550, "5.7.1",
        "Unauthenticated email from example.com is not accepted due to domain's DMARC policy", R, true,
        "Rejected by DMARC policy", "DKIM");
    row("relay denied", 554, "5.7.1", "<bob@example.org>: Relay access denied", R, true, "Relaying denied",
        "Sign in");
    row("greylist keyword", 450, "4.2.0", "Recipient address rejected: Greylisted, see http://postgrey", Y,
        true, "Try again later (greylisting)", "retries");
    row("user unknown without enhanced", 550, "", "User unknown", R, true, "Mailbox does not exist", "typos");
    row("user unknown with generic enhanced", 550, "5.1.0", "<x@y>: Recipient address rejected: User unknown",
        R, true, "Mailbox does not exist", "typos");
    row("quota temporary", 452, "", "Mailbox is full / over quota", Y, true, "Mailbox full", "free up space");

    // Enhanced code alone (class from the reply code)
    row("enhanced 5.1.10 null mx", 550, "5.1.10", "Recipient address has null MX", R, true,
        "Recipient domain accepts no mail", "domain");
    row("enhanced 5.7.27 sender null mx", 550, "5.7.27", "", R, true, "Sender domain accepts no mail",
        "domain");
    // RFC 3463 4.4.7: the time limit ran out and RelayDesk gave the recipient up; final, red, whatever the
    // last reply's words said (greylisting read "will retry" for mail already bounced: an outside tester).
    row("enhanced 4.4.7 expired", 451, "4.4.7", "", R, true, "Given up: delivery time expired", "resend");
    row("given up after greylisting", 451, "4.4.7",
        "delivery time expired; last reply: 451 4.7.1 Greylisted, try again later", R, true,
        "Given up: delivery time expired", "resend");
    row("enhanced 5.4.7 expired", 554, "5.4.7", "", R, true, "Delivery time expired", "delivery log");
    row("enhanced 5.3.4 too big", 554, "5.3.4", "", R, true, "Message too big", "smaller");
    row("enhanced 4.5.3 too many rcpts", 452, "4.5.3", "Too many recipients", Y, true, "Too many recipients",
        "another attempt");
    row("enhanced 5.7.8 credentials", 535, "5.7.8", "Authentication credentials invalid", R, true,
        "Wrong username or password", "password");
    row("enhanced 5.7.11 encryption", 538, "5.7.11", "", R, true, "Encryption required to sign in", "TLS");
    row("enhanced 5.7.23 spf", 550, "5.7.23", "SPF validation failed", R, true, "SPF check failed",
        "SPF record");
    row("enhanced 5.7.25 ptr", 550, "5.7.25", "", R, true, "Reverse DNS check failed", "PTR");
    row("enhanced 5.6.7 non-ascii", 553, "5.6.7", "", R, true, "Non-ASCII address not allowed", "ASCII");
    row("enhanced 4.2.2 temporary full", 452, "4.2.2", "", Y, true, "Mailbox full", "free up space");
    row("enhanced 5.0.0", 550, "5.0.0", "", R, true, "Unspecified error", "text");
    row("enhanced with spaces", 550, " 5.1.1 ", "", R, true, "Mailbox does not exist", "typos");

    // Precedence
    row("pair beats enhanced", 421, "4.7.0", "", Y, true, "Temporarily deferred", "retries");
    row("enhanced beats code", 550, "5.2.2", "", R, true, "Mailbox full", "free up space");
    row("specific enhanced beats vague keyword", 550, "5.1.2", "Domain does not exist", R, true,
        "Domain does not exist", "domain");
    row("blocklist keyword beats pair", 550, "5.7.1", "rejected: listed on a blocklist", R, true,
        "Listed on a blocklist", "delisting");
    row("code when enhanced unknown", 550, "5.9.99", "", R, true, "Rejected: mailbox unavailable", "address");
    row("code when enhanced invalid", 451, "x.y.z", "", Y, true, "Temporary server error", "retries");
    row("keywords ignored on success", 250, "2.0.0", "Ok: queued; spamhaus mention", G, true, "Accepted", "");
    row("success pair", 250, "2.1.5", "Recipient ok", G, true, "Recipient accepted", "");
    row("success enhanced not a problem", 250, "2.1.1", "", G, true, "Accepted", "");
    row("plain 354", 354, "", "End data with <CR><LF>.<CR><LF>", G, true, "Ready for the message", "");
    // A smarthost with a user name is verified even when set to 'opportunistic' (docs/operations.md): the
    // advice names that cause too, not only the TLS setting an outside tester had already changed.
    row("relay's own tls refusal names the user name", 451, "4.7.10",
        "TLS is required but the server does not offer STARTTLS", Y, true,
        "TLS required by RelayDesk, not offered by the server",
        "smarthost with a user name always needs verified TLS");
    // An outside tester's relay had no smarthost: a TLS policy for the domain demanded TLS, and the advice
    // spoke only of the smarthost.
    row("relay's own tls refusal names the tls policy", 451, "4.7.10",
        "TLS is required but the server does not offer STARTTLS", Y, true,
        "TLS required by RelayDesk, not offered by the server", "TLS policy for the recipient's domain");
    row("relay's own deferral for a missing smarthost password", 451, "4.7.0",
        "The smarthost password is not set (user name relayuser without a password); AUTH not sent", Y, true,
        "Smarthost password not set", "--password-stdin");
    row("plain 530", 530, "", "Must issue a STARTTLS command first", R, true, "Encryption required", "TLS");
    // Outside tester: an administrator's bounce read "Unspecified error ... read the server's text", and a
    // refused connection "No answer from the server ... nothing to do".
    row("relay's own bounce by an administrator", 550, "5.0.0", "bounced by the relay administrator", R, true,
        "Returned to the sender by an administrator", "send the message again");
    row("relay's own connection refused", 421, "4.4.1", "Connection refused by 127.0.0.1:47299", Y, true,
        "Connection refused", "host and port");

    // Class fallbacks
    row("unknown 2xx", 299, "", "", G, false, "Success", "");
    row("unknown 3xx", 399, "", "", G, false, "Waiting for more", "");
    row("unknown 4xx", 499, "", "", Y, false, "Temporary failure", "retries");
    row("unknown 4xx with unknown enhanced", 471, "4.9.9", "", Y, false, "Temporary failure", "retries");
    row("unknown 5xx", 599, "", "", R, false, "Permanent failure", "text");
    row("not smtp", 0, "", "", R, false, "Unrecognised reply", "SMTP server");
    row("no code but enhanced", 0, "4.2.2", "", Y, true, "Mailbox full", "retries");
}

void TestReplyCatalog::explains()
{
    QFETCH(int, code);
    QFETCH(QByteArray, enhanced);
    QFETCH(QByteArray, text);
    QFETCH(RoadSign, sign);
    QFETCH(bool, known);
    QFETCH(QString, title);
    QFETCH(QString, fixContains);

    const ReplyExplanation e = ReplyCatalog::explain(code, enhanced, text);
    QCOMPARE(e.title, title);
    QCOMPARE(e.sign, sign);
    QCOMPARE(e.known, known);
    QVERIFY(!e.explanation.isEmpty());
    if (fixContains.isEmpty())
        QVERIFY2(e.suggestedFix.isEmpty(), qPrintable(e.suggestedFix));
    else
        QVERIFY2(e.suggestedFix.contains(fixContains, Qt::CaseInsensitive), qPrintable(e.suggestedFix));
}

void TestReplyCatalog::signs()
{
    QCOMPARE(ReplyCatalog::signFor(250), RoadSign::Green);
    QCOMPARE(ReplyCatalog::signFor(354), RoadSign::Green);
    QCOMPARE(ReplyCatalog::signFor(421), RoadSign::Yellow);
    QCOMPARE(ReplyCatalog::signFor(554), RoadSign::Red);
    QCOMPARE(ReplyCatalog::signFor(0), RoadSign::Red);
    QCOMPARE(ReplyCatalog::signFor(199), RoadSign::Red);
    QCOMPARE(ReplyCatalog::signName(RoadSign::Green), QStringLiteral("green"));
    QCOMPARE(ReplyCatalog::signName(RoadSign::Yellow), QStringLiteral("yellow"));
    QCOMPARE(ReplyCatalog::signName(RoadSign::Red), QStringLiteral("red"));
}

void TestReplyCatalog::everyEntryIsComplete()
{
    // Sweep every reply code with no enhanced code, and every enhanced subject.detail under a 4xx and a 5xx
    // reply: every answer has words, a colour matching the code class, and a fix for every failure.
    QList<QByteArray> texts = {
        QByteArray(),          "spamhaus",   "dmarc",      "spf",        "relay access denied",
        "must issue STARTTLS", "greylisted", "rate limit", "over quota", "user unknown"};
    int knownCount = 0;
    auto check = [&](int code, const QByteArray& enhanced, const QByteArray& text) {
        const ReplyExplanation e = ReplyCatalog::explain(code, enhanced, text);
        const QByteArray where = QByteArray::number(code) + ' ' + enhanced + ' ' + text;
        QVERIFY2(!e.title.isEmpty() && !e.explanation.isEmpty(), where.constData());
        // 4.4.7 is the one exception: the time limit ran out, given up (red) under a 4xx code.
        const bool givenUp = enhanced == "4.4.7" && code >= 400 && code < 500;
        QVERIFY2(e.sign == (givenUp ? RoadSign::Red : ReplyCatalog::signFor(code)), where.constData());
        if (code >= 400)
            QVERIFY2(!e.suggestedFix.isEmpty(), where.constData());
        else
            QVERIFY2(e.suggestedFix.isEmpty(), where.constData());
        QVERIFY2(!e.title.endsWith(QLatin1Char('.')), where.constData());
        QVERIFY2(e.explanation.endsWith(QLatin1Char('.')), where.constData());
        if (e.known)
            ++knownCount;
    };
    for (int code = 200; code < 600; ++code) {
        check(code, {}, {});
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(knownCount >= 33); // every RFC 5321 / 4954 / 7504 code in the table
    for (const int code : {250, 421, 451, 452, 535, 550, 552, 554}) {
        for (int subject = 0; subject <= 7; ++subject) {
            for (int detail = 0; detail <= 800; ++detail) {
                const QByteArray enhanced = QByteArray::number(code / 100) + '.' +
                                            QByteArray::number(subject) + '.' + QByteArray::number(detail);
                check(code, enhanced, {});
                if (QTest::currentTestFailed())
                    return;
            }
        }
        for (const QByteArray& text : texts) {
            check(code, QByteArray::number(code / 100) + ".7.1", text);
            check(code, {}, text);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

QTEST_GUILESS_MAIN(TestReplyCatalog)
#include "tst_replycatalog.moc"
