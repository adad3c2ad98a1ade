#include "core/util/shellword.h"

#include <QProcess>
#include <QTest>

using namespace RelayDesk;

/// Words the relay prints inside commands read back whole by a real shell (/bin/sh, dash on Debian).
class TestShellWord : public QObject
{
    Q_OBJECT

    /// What /bin/sh makes of "printf %s WORD": the word as the shell read it, if it read one word.
    static QString readBack(const QString& word)
    {
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"), QStringLiteral("printf '%s|' ") + shellWord(word)});
        if (!shell.waitForFinished(10000))
            return QStringLiteral("(no answer)");
        return QString::fromUtf8(shell.readAllStandardOutput());
    }

private Q_SLOTS:
    void plainWordsStayAsTheyAre()
    {
        for (const char* word : {"/var/lib/relaydesk", "relay-2.data_dir", "user@example.com", "a=b:c,d%e+f"})
            QCOMPARE(shellWord(QString::fromUtf8(word)), QString::fromUtf8(word));
    }

    void everyOtherWordIsReadBackWhole_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("spaces and accents") << QStringLiteral("/tmp/Dossier été 2026/données relais");
        QTest::newRow("a quote") << QStringLiteral("/srv/l'office/relay");
        QTest::newRow("shell characters") << QStringLiteral("/srv/$HOME `id` *;&|<>(){}[]!#~\"\\");
        QTest::newRow("empty") << QString();
        QTest::newRow("only quotes") << QStringLiteral("''");
    }

    void everyOtherWordIsReadBackWhole()
    {
        QFETCH(QString, word);
        QVERIFY(shellWord(word).startsWith(QLatin1Char('\'')));
        QCOMPARE(readBack(word), word + QLatin1Char('|'));
    }
};

QTEST_GUILESS_MAIN(TestShellWord)
#include "tst_shellword.moc"
