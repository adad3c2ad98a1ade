// Header text as a person reads it (RFC 2047): encoded words decoded, white space between adjacent ones
// dropped (6.2), and adjacent words of one charset joined as bytes before decoding, so that a character
// split over two words is whole again in a stored subject or a shown display name.
#include "core/smtp/encodedwords.h"
#include "core/store/messagespool.h"

#include <QTest>

using namespace RelayDesk;

class TestEncodedWords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain ASCII") << QByteArray("Invoice 1042") << QStringLiteral("Invoice 1042");
        QTest::newRow("raw UTF-8 (RFC 6532)") << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                                            "e")
                                              << QStringLiteral("Grüße");
        QTest::newRow("raw Latin-1") << QByteArray("Gr\xfc\xdf"
                                                   "e")
                                     << QStringLiteral("Grüße");
        QTest::newRow("one Q word") << QByteArray("=?UTF-8?Q?Gr=C3=BC=C3=9Fe?=") << QStringLiteral("Grüße");
        QTest::newRow("one B word") << QByteArray("=?utf-8?B?R3LDvMOfZQ==?=") << QStringLiteral("Grüße");
        QTest::newRow("text around a word") << QByteArray("Re: =?ISO-8859-1?Q?Gr=FC=DFe?= aus Berlin")
                                            << QStringLiteral("Re: Grüße aus Berlin");
        QTest::newRow("space between words dropped")
            << QByteArray("=?UTF-8?Q?Rechnung_?= =?UTF-8?Q?1042?=") << QStringLiteral("Rechnung 1042");
        // A mail program splits a long subject between the bytes of one character: joined again.
        QTest::newRow("a character split over two Q words")
            << QByteArray("=?UTF-8?Q?Gr=C3?= =?UTF-8?Q?=BC=C3=9Fe?=") << QStringLiteral("Grüße");
        QTest::newRow("a character split over two B words")
            << QByteArray("=?UTF-8?B?8J+Y?=\r\n =?UTF-8?B?gA==?=") << QStringLiteral("\U0001F600");
        QTest::newRow("charset names differ in case only")
            << QByteArray("=?utf-8?Q?Gr=C3?= =?UTF-8?Q?=BCn?=") << QStringLiteral("Grün");
        QTest::newRow("two charsets side by side")
            << QByteArray("=?ISO-8859-1?Q?Gr=FC?= =?UTF-8?Q?=C3=9Fe?=") << QStringLiteral("Grüße");
        QTest::newRow("text between keeps its space")
            << QByteArray("=?UTF-8?Q?a?= b =?UTF-8?Q?c?=") << QStringLiteral("a b c");
        QTest::newRow("a line break decoded is a space")
            << QByteArray("=?UTF-8?Q?one=0Atwo?=") << QStringLiteral("one two");
    }
    void decode()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, shown);
        QCOMPARE(EncodedWords::decode(value), shown);
    }

    /// A long subject is kept whole, so that a search finds its last words (an outside tester's 203-character
    /// German invoice reminders were cut at 200 without a sign, and not found by their last word); one longer
    /// than a line ends in "…", never in half a character.
    void longSubjectsAreKeptAndACutSaysSo()
    {
        const QString reminder = QStringLiteral(
            "Rechnung Nr. 101 für Müller & Söhne GmbH – Zahlungserinnerung (zweite Mahnung) bezüglich der "
            "Lieferung vom November, bitte umgehend überweisen, sonst übergeben wir die Angelegenheit "
            "unserem "
            "Inkassobüro");
        QVERIFY(reminder.size() > 200);
        const QByteArray message =
            "From: a@example.com\r\nSubject: " + reminder.toUtf8() + "\r\n\r\nbody\r\n";
        QCOMPARE(MessageSpool::subjectOf(message), reminder);

        const QString endless =
            QString(MessageSpool::maxSubjectLength - 2, QLatin1Char('x')) + QStringLiteral("\U0001F600 tail");
        const QString cut = MessageSpool::subjectOf("Subject: " + endless.toUtf8() + "\r\n\r\n");
        QCOMPARE(cut.toUcs4().size(), MessageSpool::maxSubjectLength);
        QVERIFY(cut.endsWith(QStringLiteral("x\U0001F600\u2026")));
        // Counted in characters: 998 emoji are kept whole (a second tester's were cut at 499).
        QString emoji;
        for (int i = 0; i < MessageSpool::maxSubjectLength; ++i)
            emoji += QStringLiteral("\U0001F600");
        QCOMPARE(MessageSpool::subjectOf("Subject: " + emoji.toUtf8() + "\r\n\r\n"), emoji);
        const QString more = MessageSpool::subjectOf("Subject: " + emoji.toUtf8() + "E\r\n\r\n");
        QCOMPARE(more.toUcs4().size(), MessageSpool::maxSubjectLength);
        QVERIFY(more.endsWith(QStringLiteral("\U0001F600\u2026")));
    }
};

QTEST_GUILESS_MAIN(TestEncodedWords)
#include "tst_encodedwords.moc"
