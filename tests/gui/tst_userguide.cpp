// GUI test of Help, "User guide" (offscreen): the guide opens with F1 in the window's language, shows every
// topic, and fits beside the window at 1024x700 in English, German and French.
#include "tests/support/tempdatadir.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"
#include "ui/userguide.h"
#include "ui/userguidedialog.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>

using namespace RelayDesk;

class TestUserGuide : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theGuideFollowsTheWindowsLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("guide");
        QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral(":/manual/userguide_de.md");
        QTest::newRow("Austrian German")
            << QStringLiteral("de_AT") << QStringLiteral(":/manual/userguide_de.md");
        QTest::newRow("French") << QStringLiteral("fr_FR") << QStringLiteral(":/manual/userguide_fr.md");
        QTest::newRow("Canadian French")
            << QStringLiteral("fr_CA") << QStringLiteral(":/manual/userguide_fr.md");
        QTest::newRow("English") << QStringLiteral("en_GB") << QStringLiteral(":/manual/userguide_en.md");
        QTest::newRow("Spanish: no guide, English")
            << QStringLiteral("es_ES") << QStringLiteral(":/manual/userguide_en.md");
    }

    void theGuideFollowsTheWindowsLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, guide);
        QCOMPARE(UserGuide::resourceFor(QLocale(locale)), guide);
    }

    void everyLanguageHasEveryTopic()
    {
        const auto english = UserGuide::sections(QStringLiteral(":/manual/userguide_en.md"));
        QVERIFY(english.size() >= 8);
        for (const QString& language : {QStringLiteral("de"), QStringLiteral("fr")}) {
            const auto translated =
                UserGuide::sections(QStringLiteral(":/manual/userguide_%1.md").arg(language));
            QCOMPARE(translated.size(), english.size());
            for (qsizetype i = 0; i < english.size(); ++i) {
                QVERIFY2(!translated[i].title.isEmpty() && translated[i].title != english[i].title,
                         qPrintable(language + QLatin1Char(' ') + english[i].title));
                // About as long as the English topic: a topic left half translated is much shorter.
                const double ratio = double(translated[i].markdown.size()) / english[i].markdown.size();
                QVERIFY2(ratio > 0.8 && ratio < 1.6,
                         qPrintable(QStringLiteral("%1 %2: %3").arg(language, english[i].title).arg(ratio)));
            }
        }
        for (const auto& section : english)
            QVERIFY2(section.markdown.size() > 200, qPrintable(section.title));
    }

    void f1OpensTheGuideInTheWindowsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    void f1OpensTheGuideInTheWindowsLanguage()
    {
        QFETCH(QString, language);
        const QLocale locale(language);
        const QLocale before;
        QLocale::setDefault(locale);
        const auto restore = qScopeGuard([&before]() { QLocale::setDefault(before); });
        const auto sections = UserGuide::sections(UserGuide::resourceFor(locale));
        QVERIFY(!sections.isEmpty());

        Test::TempDataDir dir;
        MainWindow window(dir.path());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* action = window.findChild<QAction*>(QStringLiteral("userGuideAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QTest::keyClick(&window, Qt::Key_F1);
        UserGuideDialog* guide = nullptr;
        QTRY_VERIFY((guide = window.findChild<UserGuideDialog*>()) != nullptr && guide->isVisible());
        QVERIFY(!guide->isModal()); // it stays open beside the window while a person follows it

        QCOMPARE(guide->topics()->count(), sections.size());
        for (qsizetype row = 0; row < sections.size(); ++row) {
            QCOMPARE(guide->topics()->item(int(row))->text(), sections[row].title);
            guide->topics()->setCurrentRow(int(row));
            const QString shown = guide->text()->toPlainText();
            QVERIFY2(shown.startsWith(sections[row].title), qPrintable(shown.left(80)));
            QVERIFY(shown.size() > 200);
            QVERIFY2(!shown.contains(QLatin1String("**")),
                     qPrintable(sections[row].title)); // read as Markdown
        }

        // Fits at 1024x700: no topic cut, the text wraps instead of scrolling sideways.
        QVERIFY(guide->frameGeometry().width() <= 1024 && guide->frameGeometry().height() <= 700);
        QListWidget* topics = guide->topics();
        for (int row = 0; row < topics->count(); ++row) {
            const int needed = topics->fontMetrics().horizontalAdvance(topics->item(row)->text());
            QVERIFY2(topics->viewport()->width() >= needed, qPrintable(topics->item(row)->text()));
        }
        QVERIFY(!topics->horizontalScrollBar()->isVisible());
        QTRY_VERIFY(!guide->text()->horizontalScrollBar()->isVisible());

        // Asked again, the same guide comes forward: not a second one.
        action->trigger();
        QCOMPARE(window.findChildren<UserGuideDialog*>().size(), 1);

        // F1 opens the topic of the page shown (an outside tester's F1 on the Delivery Logs opened "Getting
        // started"): the titles as the English guide names them, in every language by position.
        const auto english = UserGuide::sections(UserGuide::resourceFor(QLocale(QLocale::English)));
        const QList<QPair<MainWindow::Page, QString>> pages{
            {MainWindow::Logs, QStringLiteral("Reading the Delivery Logs")},
            {MainWindow::Queue, QStringLiteral("The queue")},
            {MainWindow::SettingsPageIndex, QStringLiteral("How mail leaves")},
            {MainWindow::Sessions, QStringLiteral("Security")},
            {MainWindow::Agents, QStringLiteral("Connecting an application")},
            {MainWindow::Dashboard, QStringLiteral("Getting started")}};
        for (const auto& [page, title] : pages) {
            window.showPage(page);
            window.activateWindow();
            action->trigger();
            const int row = guide->topics()->currentRow();
            QVERIFY(row >= 0 && row < english.size());
            QCOMPARE(english[row].title, title);
            QCOMPARE(guide->topics()->currentItem()->text(), sections[row].title);
        }
    }
};

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
