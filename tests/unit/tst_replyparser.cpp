#include "core/smtp/replyparser.h"

#include <QTest>

using namespace RelayDesk;

/// The outbound reply parser: framing, multi-line replies, enhanced codes and its bounds.
class TestReplyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleLineWithEnhancedCode()
    {
        ReplyParser parser;
        parser.feed("250 2.1.0 Sender ok\r\n");
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Reply);
        QCOMPARE(reply.code, 250);
        QCOMPARE(reply.enhanced, QByteArray("2.1.0"));
        QCOMPARE(reply.lines, QList<QByteArray>{"Sender ok"});
        QCOMPARE(parser.next(&reply), ReplyParser::Result::NeedMore);
    }

    void multiLineArrivingInPieces()
    {
        ReplyParser parser;
        SmtpReply reply;
        parser.feed("250-mx.example.org Hello\r\n250-PIPE");
        QCOMPARE(parser.next(&reply), ReplyParser::Result::NeedMore);
        parser.feed("LINING\r\n250-SIZE 1000\r\n250 8BITMIME\r\n220 next");
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Reply);
        QCOMPARE(reply.code, 250);
        QCOMPARE(reply.lines,
                 (QList<QByteArray>{"mx.example.org Hello", "PIPELINING", "SIZE 1000", "8BITMIME"}));
        QVERIFY(reply.enhanced.isEmpty());
        QCOMPARE(parser.next(&reply), ReplyParser::Result::NeedMore);
        QCOMPARE(parser.bufferedBytes(), 8);
    }

    void bareCodeAndBareLf()
    {
        ReplyParser parser;
        SmtpReply reply;
        parser.feed("354\n");
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Reply);
        QCOMPARE(reply.code, 354);
        QCOMPARE(reply.lines, QList<QByteArray>{QByteArray()});
    }

    void enhancedCodeMustMatchClass()
    {
        QByteArray text("5.1.1 No such user");
        QCOMPARE(ReplyParser::extractEnhanced(550, &text), QByteArray("5.1.1"));
        QCOMPARE(text, QByteArray("No such user"));
        text = "2.1.1 mismatched class";
        QVERIFY(ReplyParser::extractEnhanced(550, &text).isEmpty());
        text = "4.7.1234 too many digits";
        QVERIFY(ReplyParser::extractEnhanced(451, &text).isEmpty());
        text = "4.4.2";
        QCOMPARE(ReplyParser::extractEnhanced(421, &text), QByteArray("4.4.2"));
        QVERIFY(text.isEmpty());
    }

    void malformedLines_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("letters") << QByteArray("abc hello\r\n");
        QTest::newRow("short") << QByteArray("25\r\n");
        QTest::newRow("bad separator") << QByteArray("250xhello\r\n");
        QTest::newRow("class 1") << QByteArray("150 hi\r\n");
        QTest::newRow("class 6") << QByteArray("650 hi\r\n");
        QTest::newRow("code changes") << QByteArray("250-first\r\n251 second\r\n");
    }

    void malformedLines()
    {
        QFETCH(QByteArray, input);
        ReplyParser parser;
        parser.feed(input);
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Error);
        QVERIFY(!parser.error().isEmpty());
        parser.feed("250 ok\r\n");
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Error); // stays broken
        parser.reset();
        parser.feed("250 ok\r\n");
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Reply);
    }

    void overlongLineWithoutEnd()
    {
        ReplyParser parser;
        parser.feed(QByteArray(QByteArray("250 ") + QByteArray(ReplyParser::maxLineLength + 10, 'x')));
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Error);
        QVERIFY(parser.error().contains(QStringLiteral("longer")));
    }

    void tooManyLines()
    {
        ReplyParser parser;
        QByteArray input;
        for (int i = 0; i < ReplyParser::maxLines + 1; ++i)
            input += "250-line\r\n";
        parser.feed(input);
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Error);
    }

    void resetDiscardsBufferedBytes()
    {
        ReplyParser parser;
        parser.feed("220 go ahead\r\n250 injected before TLS\r\n");
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), ReplyParser::Result::Reply);
        parser.reset();
        QCOMPARE(parser.next(&reply), ReplyParser::Result::NeedMore);
    }
};

QTEST_APPLESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
