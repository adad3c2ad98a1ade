// GUI tests of the main window driven by the keyboard alone, on the offscreen platform: Tab leaves every
// list and table of every page and tab (arrows move between rows), and the Mail Agents page's buttons have
// mnemonics of their own and Ctrl+N.
#include "core/admin/routeadmin.h"
#include "core/admin/suppressionadmin.h"
#include "core/store/database.h"
#include "exampledata.h"
#include "mnemonics.h"
#include "tests/support/tempdatadir.h"
#include "ui/agentdialog.h"
#include "ui/agentspage.h"
#include "ui/mainwindow.h"
#include "ui/messageviewer.h"
#include "ui/settingspage.h"
#include "ui/userguidedialog.h"
#include "windowtour.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace RelayDesk;

namespace {

QString viewName(const QAbstractItemView* view)
{
    return view->objectName().isEmpty() ? QString::fromLatin1(view->metaObject()->className())
                                        : view->objectName();
}

/// The item views of window shown now that keep Tab for themselves: Tab moved cell by cell through them and
/// at the end of a row to the next row (an outside tester's Delete then acted on another agent), and nothing
/// after them could be reached.
QStringList tabTraps(QWidget* window, const QString& where)
{
    QStringList problems;
    for (QAbstractItemView* view : window->findChildren<QAbstractItemView*>()) {
        // Combo boxes' and completers' lists live in popups of their own.
        if (!view->isVisible() || view->window() != window || !view->isEnabled() ||
            view->focusPolicy() == Qt::NoFocus)
            continue;
        const QString name = where + QStringLiteral(" / ") + viewName(view);
        // Also where the view is empty now and a key would show nothing.
        if (view->tabKeyNavigation())
            problems << name + QStringLiteral(": Tab moves between its cells");
        QAbstractItemModel* model = view->model();
        if (model && model->rowCount() > 0 && !view->currentIndex().isValid())
            view->setCurrentIndex(model->index(0, 0));
        const QPersistentModelIndex before = view->currentIndex();
        view->setFocus(Qt::TabFocusReason);
        if (QApplication::focusWidget() != view) {
            problems << name + QStringLiteral(": cannot take the focus");
            continue;
        }
        QTest::keyClick(view, Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        if (now == view || (now && view->isAncestorOf(now)))
            problems << name + QStringLiteral(": Tab stays in it");
        if (QModelIndex(before) != view->currentIndex())
            problems << name + QStringLiteral(": Tab moved its current row or cell");
    }
    return problems;
}

} // namespace

class TestKeyboardWalk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tabLeavesEveryItemView();
    void tabLeavesTheListsOfTheWindowsDialogs();
    void agentButtonsHaveMnemonicsOfTheirOwn();
    void noTwoMnemonicsShareAKeyOnAnyPage_data();
    void noTwoMnemonicsShareAKeyOnAnyPage();
    void ctrlNMakesANewAgentOnTheAgentsPage();
};

void TestKeyboardWalk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RelayDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_keyboardwalk"));
    QSettings().clear();
}

void TestKeyboardWalk::tabLeavesEveryItemView()
{
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    // Two routes and a suppression, so that the routes table and the suppression list have rows to move in.
    for (const QString& pattern : {QStringLiteral("partner.test"), QStringLiteral("*.corp.test")}) {
        const auto route = RouteAdmin::parseRoute(pattern, QStringLiteral("mx.partner.test:25"),
                                                  QStringLiteral("opportunistic"));
        QVERIFY2(route, qPrintable(route.error()));
        QVERIFY(RouteAdmin(dir.path()).setRoute(route.value()));
    }
    const Status suppressed = SuppressionAdmin(dir.path())
                                  .add(QStringLiteral("billing-app"), QStringLiteral("gone@customer.test"),
                                       QStringLiteral("asked to get no more mail"));
    QVERIFY2(suppressed, qPrintable(suppressed.error()));
    MainWindow window(dir.path());
    window.resize(1024, 700);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QStringList problems;
    QStringList visited;
    Test::WindowTour::visit(window, [&](const QString& where, QWidget*) {
        QApplication::setActiveWindow(&window);
        problems << tabTraps(&window, where);
        for (QAbstractItemView* view : window.findChildren<QAbstractItemView*>()) {
            if (view->isVisible() && view->window() == &window)
                visited << viewName(view);
        }
    });
    // The tour reached the tables the tester was caught in.
    for (const char* name : {"agentList", "routes", "navigation"})
        QVERIFY2(visited.contains(QString::fromLatin1(name)), name);
    problems.removeDuplicates();
    for (const QString& problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem)); // the failure message keeps only its first lines
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestKeyboardWalk::tabLeavesTheListsOfTheWindowsDialogs()
{
    // The windows the main window opens: the message viewer (its headers table), the agent dialog and the
    // user guide.
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    QStringList problems;
    const auto walk = [&problems](QWidget* window, const QString& where) {
        window->show();
        QApplication::setActiveWindow(window);
        if (!QTest::qWaitForWindowActive(window)) {
            problems << where + QStringLiteral(": never active");
            return;
        }
        Test::WindowTour::visitTabs(where, window, [&problems, window](const QString& at, QWidget*) {
            QApplication::setActiveWindow(window);
            problems << tabTraps(window, at);
        });
    };
    QSqlQuery query(Database::connection(dir.path()).value());
    QVERIFY(query.exec(QStringLiteral("SELECT queue_id FROM messages ORDER BY id LIMIT 1")) && query.next());
    MessageViewer viewer(dir.path(), query.value(0).toString());
    QSignalSpy loaded(&viewer, &MessageViewer::loaded);
    viewer.show();
    QVERIFY(loaded.wait());
    walk(&viewer, QStringLiteral("Message viewer"));
    MailAgent agent;
    agent.senders = {QStringLiteral("example.com")};
    agent.allowlist = {CidrRange::parse(QStringLiteral("192.0.2.0/24")).value()};
    AgentDialog dialog(dir.path(), agent);
    walk(&dialog, QStringLiteral("Agent dialog"));
    UserGuideDialog guide{QLocale()};
    walk(&guide, QStringLiteral("User guide"));
    problems.removeDuplicates();
    for (const QString& problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestKeyboardWalk::agentButtonsHaveMnemonicsOfTheirOwn()
{
    // A keyboard user had no Alt+letter for New agent, Edit and Delete: each has one that no other button,
    // label, tab or menu shows on the page, whichever of the agent's tabs is open.
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    MainWindow window(dir.path());
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(window.agentsPage(), &AgentsPage::agentsLoaded);
    window.agentsPage()->reload(QStringLiteral("billing-app"));
    QTRY_VERIFY(loaded.count() >= 1);
    window.showPage(MainWindow::Agents);
    QStringList problems;
    Test::WindowTour::visitTabs(
        QStringLiteral("Mail Agents"), window.agentsPage(), [&](const QString& where, QWidget*) {
            for (const char* name : {"newAgent", "editAgent", "deleteAgent"}) {
                auto* button = window.agentsPage()->findChild<QPushButton*>(QString::fromLatin1(name));
                if (QKeySequence::mnemonic(button->text()).isEmpty())
                    problems << where + QStringLiteral(": \"%1\" has no mnemonic").arg(button->text());
                else if (const QStringList clashes = Test::mnemonicClashes(&window, button->text());
                         !clashes.isEmpty())
                    problems << where + QStringLiteral(": \"%1\" shares its key with %2")
                                            .arg(button->text(), clashes.join(QStringLiteral(", ")));
            }
        });
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestKeyboardWalk::noTwoMnemonicsShareAKeyOnAnyPage_data()
{
    Test::WindowTour::addLanguageRows();
}

void TestKeyboardWalk::noTwoMnemonicsShareAKeyOnAnyPage()
{
    // Alt+H on the agent's Sending limits tab went to "Messages per hour" or to the Help menu, whichever Qt
    // picked: two mnemonics shown at once with one key make neither of them work at the first press.
    QFETCH(QString, language);
    Test::WindowTour::useLanguage(language);
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    MainWindow window(dir.path());
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList problems;
    Test::WindowTour::visit(window, [&](const QString& where, QWidget*) {
        const QList<Test::Mnemonic> shown = Test::visibleMnemonics(&window);
        for (const Test::Mnemonic& mnemonic : shown) {
            if (const QStringList clashes = Test::mnemonicClashes(&window, mnemonic.text); !clashes.isEmpty())
                problems << where + QStringLiteral(": \"%1\" shares its key with %2")
                                        .arg(mnemonic.text, clashes.join(QStringLiteral(", ")));
        }
    });
    Test::WindowTour::useLanguage(QStringLiteral("en_US"));
    problems.removeDuplicates();
    for (const QString& problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestKeyboardWalk::ctrlNMakesANewAgentOnTheAgentsPage()
{
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    MainWindow window(dir.path());
    window.resize(1024, 700);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    int dialogs = 0;
    QTimer close;
    close.setInterval(20);
    connect(&close, &QTimer::timeout, this, [&dialogs]() {
        if (auto* dialog = qobject_cast<AgentDialog*>(QApplication::activeModalWidget())) {
            ++dialogs;
            dialog->reject(); // nothing typed: closes without a question
        }
    });
    close.start();
    // Only where it means a new agent: on the Queue, Ctrl+N does nothing.
    window.showPage(MainWindow::Queue);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QTest::qWait(100);
    QCOMPARE(dialogs, 0);
    window.showPage(MainWindow::Agents);
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keySequence(&window, QKeySequence::New);
    QTRY_COMPARE(dialogs, 1);
}

QTEST_MAIN(TestKeyboardWalk)
#include "tst_keyboardwalk.moc"
