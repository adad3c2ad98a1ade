// The lists of the agent dialog stay where they are when their first entry is typed and added, in every
// language the window ships: an outside tester (German) saw the sender domains and the allowed addresses move
// down by two lines after the first Add, and the dialog that edits the same agent showed them higher again.
#include "tests/support/tempdatadir.h"
#include "ui/agentdialog.h"
#include "ui/entrylisteditor.h"
#include "windowtour.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using namespace RelayDesk;

/// EntryListEditor in the agent dialog: the list's place before, while and after its first entry is typed.
class TestEntryListRoom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Test::WindowTour::useLanguage(QStringLiteral("en_US")); }

    void theListsStayPutAtTheFirstEntry_data() { Test::WindowTour::addLanguageRows(); }

    void theListsStayPutAtTheFirstEntry()
    {
        QFETCH(QString, language);
        Test::WindowTour::useLanguage(language);
        Test::TempDataDir dir;
        AgentDialog dialog(dir.path(), MailAgent());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const struct
        {
            const char* editor;
            const char* typed;
        } lists[] = {{"senders", "buchhaltung.example.de"}, {"allowlist", "192.168.1.0/24"}};
        for (const auto& list : lists) {
            auto* editor = dialog.findChild<EntryListEditor*>(QLatin1String(list.editor));
            QVERIFY(editor);
            auto* entry = editor->findChild<QLineEdit*>();
            auto* entries = editor->findChild<QListWidget*>();
            auto* hint = editor->findChild<QLabel*>();
            QVERIFY(entry && entries && hint);
            auto listTop = [&]() {
                QApplication::processEvents();
                return entries->mapTo(&dialog, QPoint(0, 0)).y();
            };
            QTest::qWait(50);
            const int before = listTop();
            QTest::keyClicks(entry, QLatin1String(list.typed));
            QVERIFY(!hint->text().isEmpty());
            QTest::qWait(50); // the layout's turn
            QVERIFY2(listTop() == before, qPrintable(QStringLiteral("%1: %2 -> %3 while typing (hint: %4)")
                                                         .arg(QLatin1String(list.editor))
                                                         .arg(before)
                                                         .arg(listTop())
                                                         .arg(hint->text())));
            QTest::keyClick(entry, Qt::Key_Return);
            QCOMPARE(editor->entries().size(), 1);
            QTest::qWait(50);
            QCOMPARE(listTop(), before);
        }
    }

    void aWideRangesWarningMovesNothing_data() { Test::WindowTour::addLanguageRows(); }

    // An outside tester (French) typed 0.0.0.0/0 into the trusted devices: its three-line warning moved the
    // field up by a line and squeezed the allowlist above it.
    void aWideRangesWarningMovesNothing()
    {
        QFETCH(QString, language);
        Test::WindowTour::useLanguage(language);
        Test::TempDataDir dir;
        AgentDialog dialog(dir.path(), MailAgent());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* allowlist = dialog.findChild<EntryListEditor*>(QStringLiteral("allowlist"));
        auto* trusted = dialog.findChild<EntryListEditor*>(QStringLiteral("trusted"));
        QVERIFY(allowlist && trusted);
        auto* entry = trusted->findChild<QLineEdit*>();
        auto* hint = trusted->findChild<QLabel*>();
        auto* allowed = allowlist->findChild<QListWidget*>();
        QVERIFY(entry && hint && allowed);
        const auto places = [&]() {
            QApplication::processEvents();
            return QList<int>{entry->mapTo(&dialog, QPoint(0, 0)).y(), allowed->height(), dialog.height()};
        };
        QTest::qWait(50);
        const QList<int> before = places();
        QTest::keyClicks(entry, QStringLiteral("0.0.0.0/0"));
        QVERIFY(!hint->text().isEmpty());
        QTest::qWait(50);
        QCOMPARE(places(), before);
    }
};

QTEST_MAIN(TestEntryListRoom)
#include "tst_entrylistroom.moc"
