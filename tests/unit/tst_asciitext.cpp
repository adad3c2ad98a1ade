// AsciiText: names with accents in US-ASCII-only places (SMTP replies, a trace header, a us-ascii body).
#include "core/util/asciitext.h"

#include <QTest>

using namespace RelayDesk;

class TestAsciiText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accentsAreDroppedAndTheRestReplaced()
    {
        QCOMPARE(AsciiText::folded(QStringLiteral("B\u00fcro-Drucker")), QByteArray("Buro-Drucker"));
        QCOMPARE(AsciiText::folded(QStringLiteral("Comptabilit\u00e9")), QByteArray("Comptabilite"));
        QCOMPARE(AsciiText::folded(QStringLiteral("Comptabilite\u0301")), QByteArray("Comptabilite"));
        QCOMPARE(AsciiText::folded(QStringLiteral("\ufb01le")), QByteArray("file")); // a ligature
        // No ASCII letter to fall back on: one '?' per character, never a byte outside printable US-ASCII.
        QCOMPARE(AsciiText::folded(QStringLiteral("\u039b\u03bf\u03b3")), QByteArray("???"));
        QCOMPARE(AsciiText::folded(QStringLiteral("a\tb\u00df")), QByteArray("a?b?"));
        QCOMPARE(AsciiText::folded(QStringLiteral("Billing 2.0_eu")), QByteArray("Billing 2.0_eu"));
    }
};

QTEST_GUILESS_MAIN(TestAsciiText)
#include "tst_asciitext.moc"
