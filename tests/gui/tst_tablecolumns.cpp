// The column chooser of the Queue and Delivery Logs tables: the header's right-click menu hides and shows
// columns, the choice outlives the window, "Default columns" brings back a new user's set, and no choice can
// leave a table without columns. The preferences live in a temporary directory of their own.
#include "ui/tablecolumns.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace RelayDesk;

namespace {

/// A table of four columns named A to D, as a page builds one.
struct Table
{
    QStandardItemModel model{1, 4};
    QTableView view;

    Table()
    {
        model.setHorizontalHeaderLabels(
            {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")});
        view.setObjectName(QStringLiteral("testView"));
        view.setModel(&model);
    }

    QList<int> hidden() const
    {
        QList<int> columns;
        for (int column = 0; column < model.columnCount(); ++column) {
            if (view.isColumnHidden(column))
                columns << column;
        }
        return columns;
    }
};

/// The menu entry of a column, found by its title.
QAction* entry(QMenu& menu, const QString& title)
{
    for (QAction* action : menu.actions()) {
        if (action->text() == title)
            return action;
    }
    return nullptr;
}

} // namespace

/// TableColumns on a plain table.
class TestTableColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void newUserSeesTheDefaults();
    void choiceOutlivesTheTable();
    void defaultColumnsForgetsTheChoice();
    void lastShownColumnStays();
    void savedChoiceHidingEverythingShowsAll();
    void aColumnShownComesIntoSight();

private:
    QTemporaryDir m_preferences;
};

void TestTableColumns::initTestCase()
{
    QVERIFY(m_preferences.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_preferences.path());
    QApplication::setOrganizationName(QStringLiteral("RelayDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_tablecolumns"));
}

void TestTableColumns::newUserSeesTheDefaults()
{
    Table table;
    new TableColumns(&table.view, {1, 3});
    QCOMPARE(table.hidden(), QList<int>({1, 3}));
}

void TestTableColumns::choiceOutlivesTheTable()
{
    {
        Table table;
        auto* columns = new TableColumns(&table.view, {1});
        QMenu menu;
        columns->fillMenu(&menu);
        QAction* b = entry(menu, QStringLiteral("B"));
        QAction* c = entry(menu, QStringLiteral("C"));
        QVERIFY(b && c);
        QVERIFY(!b->isChecked());
        QVERIFY(c->isChecked());
        b->setChecked(true);
        c->setChecked(false);
        QCOMPARE(table.hidden(), QList<int>({2}));
    }
    Table again;
    new TableColumns(&again.view, {1});
    QCOMPARE(again.hidden(), QList<int>({2}));
    // Every column shown is a choice too, not the absence of one.
    {
        QMenu menu;
        again.view.findChild<TableColumns*>()->fillMenu(&menu);
        entry(menu, QStringLiteral("C"))->setChecked(true);
    }
    Table third;
    new TableColumns(&third.view, {1});
    QCOMPARE(third.hidden(), QList<int>());
}

void TestTableColumns::defaultColumnsForgetsTheChoice()
{
    Table table;
    auto* columns = new TableColumns(&table.view, {0});
    QMenu menu;
    columns->fillMenu(&menu);
    entry(menu, QStringLiteral("A"))->setChecked(true);
    entry(menu, QStringLiteral("D"))->setChecked(false);
    QCOMPARE(table.hidden(), QList<int>({3}));
    QAction* defaults = entry(menu, QStringLiteral("Default columns"));
    QVERIFY(defaults);
    defaults->trigger();
    QCOMPARE(table.hidden(), QList<int>({0}));
    Table again;
    new TableColumns(&again.view, {0});
    QCOMPARE(again.hidden(), QList<int>({0}));
}

void TestTableColumns::lastShownColumnStays()
{
    Table table;
    auto* columns = new TableColumns(&table.view, {0, 1, 2});
    QMenu menu;
    columns->fillMenu(&menu);
    QVERIFY(!entry(menu, QStringLiteral("D"))->isEnabled());
    QVERIFY(entry(menu, QStringLiteral("A"))->isEnabled());
}

void TestTableColumns::savedChoiceHidingEverythingShowsAll()
{
    QSettings().setValue(QStringLiteral("columns/testView/hidden"), QStringLiteral("0,1,2,3"));
    Table table;
    new TableColumns(&table.view, {1});
    QCOMPARE(table.hidden(), QList<int>());
}

void TestTableColumns::aColumnShownComesIntoSight()
{
    // A column shown from the menu took its old place past the right edge, out of sight (an outside tester
    // looked for it). Per pixel and per item, with rows and without.
    for (const auto mode : {QAbstractItemView::ScrollPerPixel, QAbstractItemView::ScrollPerItem}) {
        for (const int rows : {0, 40}) {
            QSettings().clear(); // each table as a new user's
            Table table;
            table.model.setRowCount(rows);
            table.view.setHorizontalScrollMode(mode);
            for (int column = 0; column < 3; ++column)
                table.view.setColumnWidth(column, 150);
            table.view.resize(260, 200);
            table.view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&table.view));
            auto* columns = new TableColumns(&table.view, {3});
            // Wider than the view (a second tester saw its title cut at both edges): narrowed to fit.
            table.view.setColumnWidth(3, mode == QAbstractItemView::ScrollPerPixel ? 120 : 600);
            table.view.verticalScrollBar()->setValue(rows > 0 ? 5 : 0);
            const int topRow = table.view.rowAt(0);
            QMenu menu;
            columns->fillMenu(&menu);
            entry(menu, QStringLiteral("D"))->setChecked(true);
            QApplication::processEvents();
            const QHeaderView* header = table.view.horizontalHeader();
            const int left = header->sectionViewportPosition(3);
            QVERIFY2(left >= 0 && left + header->sectionSize(3) <= table.view.viewport()->width() + 1,
                     qPrintable(QStringLiteral("mode %1, %2 rows: D at %3..%4 of %5")
                                    .arg(int(mode))
                                    .arg(rows)
                                    .arg(left)
                                    .arg(left + header->sectionSize(3))
                                    .arg(table.view.viewport()->width())));
            QCOMPARE(table.view.rowAt(0), topRow);
            if (mode == QAbstractItemView::ScrollPerItem)
                QVERIFY2(header->sectionSize(3) < 600 && header->sectionSize(3) > 100,
                         qPrintable(QString::number(header->sectionSize(3))));
        }
    }
}

QTEST_MAIN(TestTableColumns)
#include "tst_tablecolumns.moc"
