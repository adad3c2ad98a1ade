#include "core/smtp/mailpath.h"

#include <QTest>

using namespace RelayDesk;

namespace {

/// "KEY=value,KEY2=" for comparing parameter lists in one column.
QByteArray joinParameters(const MailPath& path)
{
    QByteArrayList parts;
    for (const auto& parameter : path.parameters)
        parts << parameter.first + '=' + parameter.second;
    return parts.join(',');
}

} // namespace

/// MAIL FROM / RCPT TO arguments (RFC 5321 4.1.2, 4.5.3.1) and the replies for each way they go wrong.
class TestMailPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void mailboxes_data();
    void mailboxes();
    void parameterLookup();
    void aDottedQuadGetsTheLiteralHint();
    void aNonAsciiDomainGetsItsAsciiForm();
    void needlessQuotesAreDropped();
};

void TestMailPath::parses_data()
{
    QTest::addColumn<bool>("mail");
    QTest::addColumn<QByteArray>("argument");
    QTest::addColumn<QByteArray>("address");    // expected address when ok
    QTest::addColumn<QByteArray>("parameters"); // expected parameters when ok
    QTest::addColumn<QByteArray>("error");      // "code enhanced" when refused, empty when ok

    auto ok = [](const char* name, bool mail, const QByteArray& argument, const QByteArray& address,
                 const QByteArray& parameters = {}) {
        QTest::newRow(name) << mail << argument << address << parameters << QByteArray();
    };
    auto bad = [](const char* name, bool mail, const QByteArray& argument, const QByteArray& error) {
        QTest::newRow(name) << mail << argument << QByteArray() << QByteArray() << error;
    };

    ok("mail simple", true, "FROM:<alice@example.com>", "alice@example.com");
    ok("mail lower prefix", true, "from:<alice@example.com>", "alice@example.com");
    ok("mail space after colon", true, "FROM: <alice@example.com>", "alice@example.com");
    ok("null reverse path", true, "FROM:<>", "");
    ok("null reverse path with params", true, "FROM:<> SIZE=0", "", "SIZE=0");
    ok("params", true, "FROM:<a@b.example> SIZE=12345 BODY=8BITMIME", "a@b.example",
       "SIZE=12345,BODY=8BITMIME");
    ok("param keyword upper-cased", true, "FROM:<a@b.example> body=7bit", "a@b.example", "BODY=7bit");
    ok("param without value", true, "FROM:<a@b.example> SMTPUTF8", "a@b.example", "SMTPUTF8=");
    ok("auth param xtext", true, "FROM:<a@b.example> AUTH=<>", "a@b.example", "AUTH=<>");
    ok("rcpt simple", false, "TO:<bob@example.org>", "bob@example.org");
    ok("rcpt mixed case prefix", false, "To:<bob@example.org>", "bob@example.org");
    ok("rcpt space after colon", false, "TO: <bob@example.org>", "bob@example.org");
    ok("rcpt dsn params", false, "TO:<bob@example.org> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;bob@example.org",
       "bob@example.org", "NOTIFY=SUCCESS,FAILURE,ORCPT=rfc822;bob@example.org");
    ok("source route dropped", false, "TO:<@relay1.example,@relay2.example:bob@example.org>",
       "bob@example.org");
    ok("source route one hop", true, "FROM:<@hop.example:a@b.example>", "a@b.example");
    ok("source route ipv6 hop", false, "TO:<@[IPv6:2001:db8::1]:bob@example.org>", "bob@example.org");
    ok("quoted local part", false, "TO:<\"john doe\"@example.org>", "\"john doe\"@example.org");
    ok("quoted local with > and @", false, "TO:<\"a>b@c\"@example.org>", "\"a>b@c\"@example.org");
    ok("quoted pair", false, "TO:<\"a\\\"b\"@example.org>", "\"a\\\"b\"@example.org");
    ok("atext specials", false, "TO:<o'neil+tag=x/y!#$%&*?^_`{|}~-@example.org>",
       "o'neil+tag=x/y!#$%&*?^_`{|}~-@example.org");
    ok("ipv4 literal", false, "TO:<bob@[192.0.2.1]>", "bob@[192.0.2.1]");
    ok("ipv6 literal", false, "TO:<bob@[IPv6:2001:db8::1]>", "bob@[IPv6:2001:db8::1]");
    ok("single label domain", false, "TO:<bob@localhost>", "bob@localhost");
    ok("postmaster without domain", false, "TO:<Postmaster>", "Postmaster");
    ok("local part 64", false, "TO:<" + QByteArray(64, 'l') + "@example.org>",
       QByteArray(64, 'l') + "@example.org");
    ok("path 256", false,
       "TO:<" + QByteArray(64, 'l') + "@" + QByteArray(60, 'a') + "." + QByteArray(60, 'b') + "." +
           QByteArray(60, 'c') + "." + QByteArray(6, 'd') + ">",
       QByteArray(64, 'l') + "@" + QByteArray(60, 'a') + "." + QByteArray(60, 'b') + "." +
           QByteArray(60, 'c') + "." + QByteArray(6, 'd'));

    // Argument shape: 501 5.5.4.
    bad("missing FROM:", true, "<a@b.example>", "501 5.5.4");
    bad("wrong keyword", true, "TO:<a@b.example>", "501 5.5.4");
    bad("missing colon", true, "FROM <a@b.example>", "501 5.5.4");
    // Without brackets, as old firmware writes it (an outside tester's scanner): a mailbox alone is taken.
    ok("no brackets", true, "FROM:a@b.example", "a@b.example");
    ok("no brackets with params", true, "FROM:a@b.example SIZE=12 BODY=8BITMIME", "a@b.example",
       "SIZE=12,BODY=8BITMIME");
    ok("no brackets after a space", true, "FROM: a@b.example", "a@b.example");
    bad("no brackets, no mailbox", true, "FROM:broken", "501 5.5.4");
    bad("no brackets, a source route", true, "FROM:@relay.example:a@b.example", "501 5.5.4");
    bad("no brackets, a display name", true, "FROM:Anna a@b.example", "501 5.5.4");
    bad("no brackets, bad mailbox", true, "FROM:a@@b.example", "501 5.1.7");
    bad("no closing bracket", true, "FROM:<a@b.example", "501 5.5.4");
    bad("two spaces after colon", true, "FROM:  <a@b.example>", "501 5.5.4");
    bad("junk after colon", true, "FROM:x<a@b.example>", "501 5.5.4");
    bad("junk after path", true, "FROM:<a@b.example>x", "501 5.5.4");
    bad("trailing space", true, "FROM:<a@b.example> ", "501 5.5.4");
    bad("double space between params", true, "FROM:<a@b.example> SIZE=1  BODY=7BIT", "501 5.5.4");
    bad("empty value", true, "FROM:<a@b.example> SIZE=", "501 5.5.4");
    bad("value with =", true, "FROM:<a@b.example> SIZE=1=2", "501 5.5.4");
    bad("keyword starts with -", true, "FROM:<a@b.example> -X=1", "501 5.5.4");
    bad("keyword with _", true, "FROM:<a@b.example> X_Y=1", "501 5.5.4");
    bad("duplicate param", true, "FROM:<a@b.example> SIZE=1 size=2", "501 5.5.4");
    bad("non-ascii in value", true, "FROM:<a@b.example> X=\xc3\xa9", "501 5.5.4");
    bad("rcpt missing TO:", false, "<bob@example.org>", "501 5.5.4");
    bad("rcpt empty", false, "", "501 5.5.4");
    ok("rcpt no brackets", false, "TO:bob@example.org", "bob@example.org");

    // Control characters anywhere: 501 5.5.2.
    bad("CR", true, "FROM:<a@b.example>\rRCPT TO:<x@y>", "501 5.5.2");
    bad("LF", false, "TO:<a@b.example>\n", "501 5.5.2");
    bad("NUL in address", false, QByteArray("TO:<a\0@b.example>", 17), "501 5.5.2");
    bad("TAB", true, "FROM:<a@b.example>\tSIZE=1", "501 5.5.2");
    bad("DEL", false, "TO:<a\x7f@b.example>", "501 5.5.2");
    bad("control before prefix", true,
        "\x01"
        "FROM:<a@b.example>",
        "501 5.5.2");

    // Non-ASCII address without SMTPUTF8: 553 5.6.7.
    bad("utf8 local part", false, "TO:<j\xc3\xb6rg@example.org>", "553 5.6.7");
    bad("utf8 domain", true, "FROM:<a@b\xc3\xbc.example>", "553 5.6.7");

    // Address syntax: 501 5.1.7 for the sender, 501 5.1.3 for recipients.
    bad("sender no at", true, "FROM:<alice>", "501 5.1.7");
    bad("sender empty local", true, "FROM:<@example.com>", "501 5.1.7");
    bad("sender double dot", true, "FROM:<a..b@example.com>", "501 5.1.7");
    bad("null recipient", false, "TO:<>", "501 5.1.3");
    bad("no at", false, "TO:<bob>", "501 5.1.3");
    bad("empty domain", false, "TO:<bob@>", "501 5.1.3");
    bad("leading dot", false, "TO:<.bob@example.org>", "501 5.1.3");
    bad("trailing dot local", false, "TO:<bob.@example.org>", "501 5.1.3");
    bad("space in local", false, "TO:<bo b@example.org>", "501 5.1.3");
    bad("comma in local", false, "TO:<a,b@example.org>", "501 5.1.3");
    bad("label starts with hyphen", false, "TO:<bob@-example.org>", "501 5.1.3");
    bad("label ends with hyphen", false, "TO:<bob@example-.org>", "501 5.1.3");
    bad("underscore in domain", false, "TO:<bob@ex_ample.org>", "501 5.1.3");
    bad("trailing dot domain", false, "TO:<bob@example.org.>", "501 5.1.3");
    bad("empty label", false, "TO:<bob@example..org>", "501 5.1.3");
    bad("label 64", false, "TO:<bob@" + QByteArray(64, 'a') + ".org>", "501 5.1.3");
    bad("bad ipv4 literal", false, "TO:<bob@[192.0.2.256]>", "501 5.1.3");
    bad("short ipv4 literal", false, "TO:<bob@[192.0.2]>", "501 5.1.3");
    bad("bad ipv6 literal", false, "TO:<bob@[IPv6:2001:db8:::1:2:3:4:5]>", "501 5.1.3");
    bad("ipv6 without tag", false, "TO:<bob@[2001:db8::1]>", "501 5.1.3");
    bad("ipv6 with scope", false, "TO:<bob@[IPv6:fe80::1%eth0]>", "501 5.1.3");
    bad("general literal", false, "TO:<bob@[x400:foo]>", "501 5.1.3");
    bad("unterminated quote", false, "TO:<\"bob@example.org>", "501 5.5.4");
    bad("quote in the middle", false, "TO:<a\"b\"c@example.org>", "501 5.1.3");
    // An outside tester: no local part of its own limit; the path's 256 octets bound it.
    ok("local part 65", false, "TO:<" + QByteArray(65, 'l') + "@example.org>",
       QByteArray(65, 'l') + "@example.org");
    ok("sender local part 200, a VERP return path", true,
       "FROM:<bounce+" + QByteArray(187, 'x') + "@example.org>",
       "bounce+" + QByteArray(187, 'x') + "@example.org");
    bad("local part 243", false, "TO:<" + QByteArray(243, 'l') + "@example.org>", "501 5.1.3");
    // An outside tester: x@127.0.0.1 was accepted and bounced as NXDOMAIN; the literal was meant.
    bad("dotted quad domain", false, "TO:<x@127.0.0.1>", "501 5.1.3");
    bad("sender dotted quad domain", true, "FROM:<x@192.0.2.1>", "501 5.1.7");
    bad("numeric top label", false, "TO:<x@example.123>", "501 5.1.3");
    bad("path 257", false,
        "TO:<" + QByteArray(64, 'l') + "@" + QByteArray(60, 'a') + "." + QByteArray(60, 'b') + "." +
            QByteArray(60, 'c') + "." + QByteArray(7, 'd') + ">",
        "501 5.1.3");
    bad("bad source route", false, "TO:<@relay1.example;bob@example.org>", "501 5.1.3");
    bad("empty source route hop", false, "TO:<@relay1.example,:bob@example.org>", "501 5.1.3");
    bad("source route without mailbox", false, "TO:<@relay1.example:>", "501 5.1.3");
}

void TestMailPath::parses()
{
    QFETCH(bool, mail);
    QFETCH(QByteArray, argument);
    QFETCH(QByteArray, address);
    QFETCH(QByteArray, parameters);
    QFETCH(QByteArray, error);

    const MailPathResult result = mail ? parseMailFrom(argument) : parseRcptTo(argument);
    if (error.isEmpty()) {
        QVERIFY2(result.ok, result.error.summary().constData());
        QCOMPARE(result.path.address, address);
        QCOMPARE(joinParameters(result.path), parameters);
    } else {
        QVERIFY(!result.ok);
        const QByteArray summary = result.error.summary();
        QVERIFY2(summary.startsWith(QByteArray(error + ' ')), summary.constData());
        QVERIFY(summary.size() > error.size() + 1); // a human-readable text follows
    }
}

void TestMailPath::mailboxes_data()
{
    QTest::addColumn<QByteArray>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QByteArray("user@example.com") << true;
    QTest::newRow("dots") << QByteArray("first.last@sub.example.co.uk") << true;
    QTest::newRow("digits domain") << QByteArray("a@123.example") << true;
    QTest::newRow("quoted") << QByteArray("\"a b\"@example.com") << true;
    QTest::newRow("literal") << QByteArray("a@[10.0.0.1]") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("brackets") << QByteArray("<a@b.example>") << false;
    QTest::newRow("two ats") << QByteArray("a@b@c.example") << false;
    QTest::newRow("no local") << QByteArray("@example.com") << false;
    QTest::newRow("domain too long") << QByteArray("a@") + QByteArray(250, 'x') + ".example" << false;
}

void TestMailPath::mailboxes()
{
    QFETCH(QByteArray, address);
    QFETCH(bool, valid);
    QCOMPARE(isValidMailbox(address), valid);
}

void TestMailPath::aDottedQuadGetsTheLiteralHint()
{
    const MailPathResult result = parseRcptTo("TO:<x@127.0.0.1>");
    QVERIFY(!result.ok);
    const QByteArray text = result.error.fullText();
    QVERIFY2(text.contains("x@[127.0.0.1]"), text.constData());
    QVERIFY(!isValidMailbox("x@127.0.0.1"));
    QVERIFY(isValidMailbox("x@[127.0.0.1]"));
}

void TestMailPath::aNonAsciiDomainGetsItsAsciiForm()
{
    // An outside tester's client sent bob@bücher.example and was told only "not supported".
    const MailPathResult domain = parseRcptTo("TO:<bob@b\xc3\xbc"
                                              "cher.example>");
    QVERIFY(!domain.ok);
    QCOMPARE(domain.error.code, 553);
    QVERIFY2(
        domain.error.fullText().contains("write the domain in its ASCII form, bob@xn--bcher-kva.example"),
        domain.error.fullText().constData());
    // A non-ASCII local part has no ASCII form.
    const MailPathResult local = parseMailFrom("FROM:<j\xc3\xb6rg@example.org>");
    QVERIFY(!local.ok);
    QVERIFY2(local.error.fullText().contains("use an address in ASCII"), local.error.fullText().constData());
    QVERIFY(!local.error.fullText().contains("xn--"));
}

void TestMailPath::needlessQuotesAreDropped()
{
    // RFC 5321 4.1.2: a quoted local part whose content is a dot-string names the same mailbox. An outside
    // tester's "reject1"@dest.test passed the suppression entry of reject1@dest.test.
    QCOMPARE(withoutNeedlessQuotes("\"reject1\"@dest.test"), QByteArray("reject1@dest.test"));
    QCOMPARE(withoutNeedlessQuotes("\"first.last\"@dest.test"), QByteArray("first.last@dest.test"));
    QCOMPARE(withoutNeedlessQuotes("\"r\\eject1\"@dest.test"),
             QByteArray("reject1@dest.test")); // a quoted pair
    QCOMPARE(withoutNeedlessQuotes("\"m\xc3\xbcller\"@dest.test"), QByteArray("m\xc3\xbcller@dest.test"));
    // Quotes that are needed stay: a space, a double dot, a leading dot, an @, an empty local part.
    for (const QByteArray& kept : {QByteArray("\"john doe\"@dest.test"), QByteArray("\"a..b\"@dest.test"),
                                   QByteArray("\".a\"@dest.test"), QByteArray("\"a@b\"@dest.test"),
                                   QByteArray("\"\"@dest.test"), QByteArray("plain@dest.test")})
        QCOMPARE(withoutNeedlessQuotes(kept), kept);
}

void TestMailPath::parameterLookup()
{
    const MailPathResult result = parseMailFrom("FROM:<Alice@Example.COM> size=100 Body=8BITMIME RET=HDRS");
    QVERIFY(result.ok);
    QCOMPARE(result.path.address, QByteArray("Alice@Example.COM"));
    QCOMPARE(result.path.domain(), QByteArray("example.com"));
    QVERIFY(result.path.hasParameter("SIZE"));
    QVERIFY(result.path.hasParameter("size"));
    QVERIFY(!result.path.hasParameter("ENVID"));
    QCOMPARE(result.path.parameter("Size"), QByteArray("100"));
    QCOMPARE(result.path.parameter("BODY"), QByteArray("8BITMIME"));
    QCOMPARE(result.path.parameter("ENVID"), QByteArray());

    const MailPathResult literal = parseRcptTo("TO:<x@[IPv6:2001:DB8::1]>");
    QVERIFY(literal.ok);
    QCOMPARE(literal.path.domain(), QByteArray("[ipv6:2001:db8::1]"));
    QCOMPARE(parseMailFrom("FROM:<>").path.domain(), QByteArray());
}

QTEST_GUILESS_MAIN(TestMailPath)
#include "tst_mailpath.moc"
