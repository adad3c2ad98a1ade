// GUI test of Help, "Look up a reply code..." (offscreen): a code typed as a support person hears it on the
// phone is read, and explained from the table the Delivery Logs use.
#include "tests/support/tempdatadir.h"
#include "ui/mainwindow.h"
#include "ui/replycodedialog.h"
#include "ui/roadsign.h"
#include "ui/translations.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>
#include <QTextBrowser>

using namespace RelayDesk;

class TestReplyCodeDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void codesAreReadAsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("enhanced");
        QTest::newRow("both") << QStringLiteral("535 5.7.8") << 535 << QStringLiteral("5.7.8");
        QTest::newRow("as the log writes it")
            << QStringLiteral("451 4.7.1 Greylisted") << 451 << QStringLiteral("4.7.1");
        QTest::newRow("enhanced alone, temporary")
            << QStringLiteral("4.7.10") << 451 << QStringLiteral("4.7.10");
        QTest::newRow("enhanced alone, permanent")
            << QStringLiteral(" 5.1.1 ") << 550 << QStringLiteral("5.1.1");
        QTest::newRow("basic alone") << QStringLiteral("550") << 550 << QString();
        QTest::newRow("nothing") << QStringLiteral("hello") << 0 << QString();
        QTest::newRow("not a code") << QStringLiteral("1234") << 0 << QString();
    }
    void codesAreReadAsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(int, code);
        QFETCH(QString, enhanced);
        const auto [readCode, readEnhanced] = ReplyCodeDialog::parse(typed);
        QCOMPARE(readCode, code);
        QCOMPARE(readEnhanced, enhanced);
    }

    void theHelpMenuExplainsACode()
    {
        Test::TempDataDir dir;
        MainWindow window(dir.path());
        window.show();
        QAction* lookup = window.findChild<QAction*>(QStringLiteral("replyCodeAction"));
        QVERIFY(lookup);
        lookup->trigger();
        ReplyCodeDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ReplyCodeDialog*>()) != nullptr);
        QTest::keyClicks(dialog->codeField(), QStringLiteral("550 5.1.1"));
        // What the Delivery Logs say of that reply, word for word.
        QTextBrowser expected;
        expected.setHtml(RoadSignStyle::explanationHtml(550, QStringLiteral("5.1.1"), QString()));
        QTRY_VERIFY2(dialog->explanation()->toPlainText().startsWith(expected.toPlainText()),
                     qPrintable(dialog->explanation()->toPlainText()));
        QVERIFY(!expected.toPlainText().isEmpty());
        // And what the relay does then: such a recipient goes on the agent's suppression list (support staff
        // read only "check the address for typos": an outside tester). Not for a domain that does not exist.
        QVERIFY2(dialog->explanation()->toPlainText().contains(
                     QStringLiteral("puts the address on the sending Mail Agent's suppression list")),
                 qPrintable(dialog->explanation()->toPlainText()));
        dialog->codeField()->clear();
        QTest::keyClicks(dialog->codeField(), QStringLiteral("550 5.1.2"));
        QTRY_VERIFY(!dialog->explanation()->toPlainText().contains(QStringLiteral("5.1.1")));
        QVERIFY(!dialog->explanation()->toPlainText().contains(QStringLiteral("suppression list")));
        dialog->codeField()->clear();
        QTest::keyClicks(dialog->codeField(), QStringLiteral("550 5.1.1"));
        // A reply RelayDesk itself gives applications says so, with its own advice (an outside tester was
        // sent to regenerate a working password for a 535 that came from the allowlist, and told that
        // RelayDesk sends a 452 4.5.3's recipients later).
        for (const auto& [typed, said] :
             {std::pair{"535 5.7.8", "not among its Mail Agent's allowed addresses"},
              std::pair{"452 4.5.3", "the application must send it to them again"},
              std::pair{"421 4.7.0", "locked out"},
              // A third tester: the connection limit read as a lockout, RelayDesk's own 454 as a remote
              // refusal "RelayDesk retries", also when only the enhanced code was typed.
              std::pair{"421 4.7.0 Too many connections from your address",
                        "\"Connections from one address\""},
              std::pair{"421 4.7.0 Access withdrawn: the credential was revoked or rotated",
                        "Give the application the agent's current user name and password"},
              std::pair{"454 4.7.0", "The application must send it again"},
              std::pair{"4.7.0", "The application must send it again"},
              std::pair{"4.7.0", "\"Connections from one address\""},
              // A second tester: a sending limit read as greylisting, a sender domain as DNS records.
              std::pair{"451 4.7.1", "RelayDesk did not take the message and does not retry it"},
              // The domain is added in the agent's dialog, not on its tab (an outside tester found no way).
              std::pair{"553 5.7.1", "Add the domain to the agent's Sender domains (Mail Agents, Edit...)"},
              std::pair{"550 5.7.1", "Sender domains (Mail Agents, Edit...) or change the application's"},
              std::pair{"530 5.7.0", "turn on STARTTLS"},
              std::pair{"550 5.6.0", "a text line longer than 1,000 characters"},
              std::pair{"552 5.3.4", "\"Largest message\""}}) {
            dialog->codeField()->clear();
            QTest::keyClicks(dialog->codeField(), QString::fromLatin1(typed));
            QTRY_VERIFY2(dialog->explanation()->toPlainText().contains(
                             QStringLiteral("When RelayDesk itself gave this reply to an application: ")),
                         typed);
            QVERIFY2(dialog->explanation()->toPlainText().contains(QString::fromLatin1(said)), typed);
        }
        // A whole reply of RelayDesk's own says its one cause, alone: a sending limit led with a receiving
        // server's greylisting, a rotated password with throttling (a fourth tester).
        for (const auto& [typed, said] :
             {std::pair{
                  "451 4.7.1 Agent \"Buchhaltung\" sent 3 messages this minute (limit 3); try again after "
                  "22:06 UTC",
                  "the Mail Agent reached one of its sending limits"},
              std::pair{
                  "421 4.7.0 Access withdrawn: the credential was revoked or rotated, or its Mail Agent was "
                  "disabled or changed; closing connection",
                  "sending again with the old ones never works"},
              // A fifth tester: an untrusted device was told to fix a From: address.
              std::pair{"550 5.7.1 Relay access denied: ::1 is not a trusted device",
                        "Add the address the reply names to the Trusted devices"}}) {
            dialog->codeField()->clear();
            QTest::keyClicks(dialog->codeField(), QString::fromLatin1(typed));
            QTRY_VERIFY2(dialog->explanation()->toPlainText().contains(QString::fromLatin1(said)), typed);
            for (const char* remote : {"greylisting", "Greylisting", "Temporarily deferred", "throttl"})
                QVERIFY2(!dialog->explanation()->toPlainText().contains(QLatin1String(remote)), typed);
        }
        dialog->codeField()->clear();
        QTest::keyClicks(dialog->codeField(), QStringLiteral("550 5.1.1"));
        QTRY_VERIFY(!dialog->explanation()->toPlainText().contains(QStringLiteral("RelayDesk itself")));
        dialog->codeField()->clear();
        QVERIFY(dialog->explanation()->toPlainText().contains(QStringLiteral("Type the code")));
        QVERIFY(!dialog->explanation()->toPlainText().contains(QStringLiteral("holds no SMTP reply code")));
        // Typed, but no code: said so (an outside tester read the hint alone, as if nothing was typed).
        QTest::keyClicks(dialog->codeField(), QStringLiteral("999"));
        QTRY_VERIFY(dialog->explanation()->toPlainText().contains(QStringLiteral(
            "\"999\" holds no SMTP reply code: a reply code has three digits and begins with 2")));
        // Enter keeps the explanation: it closed the dialog, and the typed code was lost (a third tester).
        dialog->codeField()->clear();
        QTest::keyClicks(dialog->codeField(), QStringLiteral("550 5.1.1"));
        QTest::keyClick(dialog->codeField(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->codeField()->text(), QStringLiteral("550 5.1.1"));
        dialog->codeField()->clear();
        dialog->close();
        QVERIFY(window.findChild<QAction*>(QStringLiteral("aboutAction")));
    }
};

QTEST_MAIN(TestReplyCodeDialog)
#include "tst_replycodedialog.moc"
