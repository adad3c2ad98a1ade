// Reading a submitted message's header section (RFC 5322 2.2) and the mailboxes of its From: field (3.6.2,
// 3.4), for the sender check and the fields RFC 6409 8 adds.
#include "core/smtp/fromaddresses.h"
#include "core/smtp/headersection.h"

#include <QTest>

using namespace RelayDesk;

class TestFromAddresses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mailboxes_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QList<QByteArray>>("addresses");
        QTest::addColumn<bool>("malformed");
        using L = QList<QByteArray>;
        QTest::newRow("bare") << QByteArray(" anna@example.com") << L{"anna@example.com"} << false;
        QTest::newRow("display name")
            << QByteArray(" Anna Example <anna@example.com>") << L{"anna@example.com"} << false;
        QTest::newRow("quoted name with @ and <")
            << QByteArray(" \"evil@other.test <x@other.test>\" <anna@example.com>") << L{"anna@example.com"}
            << false;
        QTest::newRow("comment") << QByteArray(" anna@example.com (Anna <x@other.test>)")
                                 << L{"anna@example.com"} << false;
        QTest::newRow("nested comment")
            << QByteArray(" (a (b) c) anna@example.com") << L{"anna@example.com"} << false;
        QTest::newRow("encoded word") << QByteArray(" =?UTF-8?B?QW5uYSBNw7xsbGVy?= <anna@example.com>")
                                      << L{"anna@example.com"} << false;
        QTest::newRow("encoded word with a bare @")
            << QByteArray(" =?UTF-8?Q?boss@other.test?= <anna@example.com>") << L{"anna@example.com"}
            << false;
        QTest::newRow("unfolded white space")
            << QByteArray(" Anna\r\n <anna@example.com>") << L{"anna@example.com"} << false;
        QTest::newRow("several") << QByteArray(" anna@example.com, Bob <bob@other.test>")
                                 << L{"anna@example.com", "bob@other.test"} << false;
        QTest::newRow("group") << QByteArray(" Team: anna@example.com, bob@example.com;")
                               << L{"anna@example.com", "bob@example.com"} << false;
        QTest::newRow("empty group") << QByteArray(" undisclosed-recipients:;") << L{} << false;
        QTest::newRow("quoted local part")
            << QByteArray(" \"anna smith\"@example.com") << L{"\"anna smith\"@example.com"} << false;
        // RFC 5322 4.4: never generated; a reader may take the route's host for the sender's.
        QTest::newRow("obsolete route")
            << QByteArray(" <@relay.test:anna@example.com>") << L{"anna@example.com"} << true;
        QTest::newRow("no domain") << QByteArray(" Anna Example") << L{"AnnaExample"} << false;
        QTest::newRow("empty angle") << QByteArray(" <>") << L{""} << false;
        QTest::newRow("two @") << QByteArray(" a@other.test@example.com") << L{"a@other.test@example.com"}
                               << true;
        QTest::newRow("words in the domain")
            << QByteArray(" a@example.com other.test") << L{"a@example.comother.test"} << true;
        QTest::newRow("text after the angle")
            << QByteArray(" <a@example.com> b@other.test") << L{"a@example.com", "b@other.test"} << true;
        QTest::newRow("address as an unquoted display name")
            << QByteArray(" ceo@bank.example <scan@office.example>") << L{"scan@office.example"} << true;
        QTest::newRow("address as an unquoted name of the second mailbox")
            << QByteArray(" anna@example.com, ceo@bank.example <scan@office.example>")
            << L{"anna@example.com", "scan@office.example"} << true;
        QTest::newRow("address as an unquoted group name")
            << QByteArray(" eve@evil.test: anna@example.com;") << L{"anna@example.com"} << true;
        QTest::newRow("unclosed angle") << QByteArray(" Anna <a@example.com") << L{} << true;
        QTest::newRow("unclosed quote") << QByteArray(" \"Anna <a@example.com>") << L{} << true;
        QTest::newRow("unclosed comment") << QByteArray(" a@example.com (Anna") << L{} << true;
    }
    void mailboxes()
    {
        QFETCH(QByteArray, value);
        QFETCH(QList<QByteArray>, addresses);
        QFETCH(bool, malformed);
        const FromAddresses from = FromAddresses::parse(value);
        QCOMPARE(from.malformed, malformed);
        if (!malformed || !addresses.isEmpty())
            QCOMPARE(from.addresses, addresses);
    }

    void addressesAReaderSees_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("plain name") << QByteArray(" Anna Example <anna@example.com>") << QStringList{};
        QTest::newRow("own address as the name")
            << QByteArray(" \"Anna@Example.com\" <anna@example.com>") << QStringList{};
        QTest::newRow("own address as a comment")
            << QByteArray(" anna@example.com (anna@example.com)") << QStringList{};
        QTest::newRow("quoted other address") << QByteArray(" \"eve@evil.test\" <anna@example.com>")
                                              << QStringList{QStringLiteral("eve@evil.test")};
        QTest::newRow("quoted with a quoted-pair") << QByteArray(" \"eve\\@evil.test\" <anna@example.com>")
                                                   << QStringList{QStringLiteral("eve@evil.test")};
        QTest::newRow("encoded word") << QByteArray(" =?utf-8?q?eve=40evil=2Etest?= <anna@example.com>")
                                      << QStringList{QStringLiteral("eve@evil.test")};
        QTest::newRow("encoded word in base64")
            << QByteArray(" =?utf-8?b?ZXZlQGV2aWwudGVzdA==?= <anna@example.com>")
            << QStringList{QStringLiteral("eve@evil.test")};
        QTest::newRow("comment") << QByteArray(" anna@example.com (eve@evil.test)")
                                 << QStringList{QStringLiteral("eve@evil.test")};
        QTest::newRow("full-width at sign") << QByteArray(" \"eve\xef\xbc\xa0"
                                                          "evil.test\" <anna@example.com>")
                                            << QStringList{QStringLiteral("eve@evil.test")};
        QTest::newRow("quoted group name") << QByteArray(" \"eve@evil.test\": anna@example.com;")
                                           << QStringList{QStringLiteral("eve@evil.test")};
        // Any '@' a reader sees counts (an outside tester's "eve@", "support@evil" and "eve@[1.2.3.4]").
        QTest::newRow("no dot") << QByteArray(" \"support@evil\" <anna@example.com>")
                                << QStringList{QStringLiteral("support@evil")};
        QTest::newRow("an @ alone") << QByteArray(" \"eve@\" <anna@example.com>")
                                    << QStringList{QStringLiteral("eve@")};
        QTest::newRow("a literal") << QByteArray(" \"eve@[192.0.2.1]\" <anna@example.com>")
                                   << QStringList{QStringLiteral("eve@[192.0.2.1]")};
        QTest::newRow("no @ at all") << QByteArray(" \"Team office\" <anna@example.com>") << QStringList{};
        // Split over encoded words, which a reader joins (RFC 2047 6.2): a second outside tester's passed.
        QTest::newRow("split over two encoded words")
            << QByteArray(" =?UTF-8?Q?eve?= =?UTF-8?Q?=40evil.test?= <anna@example.com>")
            << QStringList{QStringLiteral("eve@evil.test")};
        QTest::newRow("split, charsets differ")
            << QByteArray(" =?ISO-8859-1?Q?eve?= =?UTF-8?B?QGV2aWwudGVzdA==?= <anna@example.com>")
            << QStringList{QStringLiteral("eve@evil.test")};
        QTest::newRow("a full-width at split over two words")
            << QByteArray(" =?UTF-8?Q?eve=EF=BC?= =?UTF-8?Q?=A0evil.test?= <anna@example.com>")
            << QStringList{QStringLiteral("eve@evil.test")};
    }
    void addressesAReaderSees()
    {
        QFETCH(QByteArray, value);
        QFETCH(QStringList, shown);
        const FromAddresses from = FromAddresses::parse(value);
        QCOMPARE(from.shownOtherAddresses, shown);
    }

    void headerSectionFieldsAndEnd()
    {
        const QByteArray message = "Subject: hi\r\n"
                                   "FROM : Anna\r\n"
                                   "\t<anna@example.com>\r\n"
                                   "from: bob@example.com\r\n"
                                   "X-Date: not the date\r\n"
                                   "\r\n"
                                   "Date: in the body\r\n"
                                   "Message-ID: in the body\r\n";
        const HeaderSection section = HeaderSection::scan(message);
        QCOMPARE(section.from, (QList<QByteArray>{" Anna\t<anna@example.com>", " bob@example.com"}));
        QVERIFY(!section.hasDate);
        QVERIFY(!section.hasMessageId);
        QCOMPARE(section.end, message.indexOf("\r\n\r\n") + 2);
        QVERIFY(!section.needsSeparator);
    }

    void headerSectionKnowsDateAndMessageId()
    {
        const HeaderSection section = HeaderSection::scan(
            "message-id: <1@client.test>\r\nDATE: Thu, 1 Jan 2026 00:00:00 +0000\r\n\r\nx\r\n");
        QVERIFY(section.hasDate);
        QVERIFY(section.hasMessageId);
        QVERIFY(section.from.isEmpty());
    }

    void headerSectionWithoutSeparator()
    {
        // No empty line: the first line that is no field ends the section, and a field added there needs one.
        const QByteArray body = "Subject: hi\r\nplain text, no header\r\nmore\r\n";
        const HeaderSection noSeparator = HeaderSection::scan(body);
        QCOMPARE(noSeparator.end, qsizetype(13));
        QVERIFY(noSeparator.needsSeparator);
        // Only fields: the section ends with the message.
        const QByteArray fields = "Subject: hi\r\nTo: a@b.test\r\n";
        const HeaderSection onlyFields = HeaderSection::scan(fields);
        QCOMPARE(onlyFields.end, fields.size());
        QVERIFY(!onlyFields.needsSeparator);
        // White space before any field, or an empty message: no header section at all.
        QCOMPARE(HeaderSection::scan(" folded\r\nSubject: x\r\n").end, qsizetype(0));
        QVERIFY(HeaderSection::scan(" folded\r\nSubject: x\r\n").needsSeparator);
        QCOMPARE(HeaderSection::scan("").end, qsizetype(0));
        QVERIFY(!HeaderSection::scan("").needsSeparator);
    }
};

QTEST_GUILESS_MAIN(TestFromAddresses)
#include "tst_fromaddresses.moc"
