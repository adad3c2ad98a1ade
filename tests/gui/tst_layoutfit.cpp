// Nothing is clipped at 1024x700 in English, German and French: on every page and tab of the main window and
// in the dialogs, each visible label, button, line edit, combo box and check box gets at least the width its
// size hint asks for (a word-wrapped label: its minimum width and the height its text needs), and the side
// bar needs no horizontal scroll bar.
#include "tests/support/tempdatadir.h"
#include "ui/agentdialog.h"
#include "ui/confirmation.h"
#include "ui/passworddialog.h"
#include "windowtour.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QDialog>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTimer>

using namespace RelayDesk;

namespace {

/// Each visible widget of root that does not get the room it needs, described for the failure message.
QStringList clippedWidgets(QWidget* root)
{
    QStringList found;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->window() != root->window())
            continue;
        // A form in a scroll area must fit across: scrolling sideways hides the ends of its rows.
        if (auto* scroll = qobject_cast<QScrollArea*>(widget);
            scroll && scroll->horizontalScrollBar()->isVisible())
            found << QStringLiteral("QScrollArea \"%1\" scrolls sideways").arg(scroll->objectName());
        auto* label = qobject_cast<QLabel*>(widget);
        const bool kind = label || qobject_cast<QAbstractButton*>(widget) ||
                          qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
                          qobject_cast<QCheckBox*>(widget);
        if (!kind)
            continue;
        QWidget* parent = widget->parentWidget();
        // Parts of a spin box, combo box or tab bar are checked with their owner; editors in a table belong
        // to the table.
        if (qobject_cast<QAbstractSpinBox*>(parent) || qobject_cast<QComboBox*>(parent) ||
            qobject_cast<QTabBar*>(parent) ||
            (parent && parent->parentWidget() && qobject_cast<QAbstractItemView*>(parent->parentWidget())))
            continue;
        QString text = widget->objectName();
        if (label)
            text = label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            text = button->text();
        else if (auto* combo = qobject_cast<QComboBox*>(widget))
            text = combo->currentText();
        else if (auto* line = qobject_cast<QLineEdit*>(widget))
            text = line->text().isEmpty() ? line->placeholderText() : line->text();
        const QString what = QStringLiteral("%1 \"%2\"")
                                 .arg(QString::fromLatin1(widget->metaObject()->className()), text.left(60));
        if (label && label->wordWrap()) {
            if (label->minimumSizeHint().width() > label->width())
                found << what + QStringLiteral(": minimum width %1 > %2")
                                    .arg(label->minimumSizeHint().width())
                                    .arg(label->width());
            else if (label->heightForWidth(label->width()) > label->height() + 1)
                found << what + QStringLiteral(": needs height %1 > %2")
                                    .arg(label->heightForWidth(label->width()))
                                    .arg(label->height());
        } else if (widget->sizeHint().width() > widget->width()) {
            found << what + QStringLiteral(": size hint %1 > width %2")
                                .arg(widget->sizeHint().width())
                                .arg(widget->width());
        }
    }
    return found;
}

/// Checks the dialog that opens next (a modal exec), then closes it.
void checkNextDialog(const QString& where, QStringList* problems)
{
    QTimer::singleShot(200, qApp, [where, problems]() {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            *problems << where + QStringLiteral(": no dialog opened");
            return;
        }
        for (const QString& problem : clippedWidgets(dialog))
            *problems << where + QStringLiteral(": ") + problem;
        dialog->reject();
    });
}

} // namespace

class TestLayoutFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nothingIsClippedAt1024x700_data();
    void nothingIsClippedAt1024x700();
    void dialogsFit_data();
    void dialogsFit();
};

void TestLayoutFit::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("RelayDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_layoutfit"));
}

void TestLayoutFit::nothingIsClippedAt1024x700_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en_US");
    QTest::newRow("de") << QStringLiteral("de_DE");
    QTest::newRow("fr") << QStringLiteral("fr_FR");
}

void TestLayoutFit::nothingIsClippedAt1024x700()
{
    QFETCH(QString, language);
    Test::WindowTour::useLanguage(language);
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    MainWindow window(dir.path());
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1024, 700));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QStringList problems;
    int stops = 0;
    Test::WindowTour::visit(window, [&](const QString& where, QWidget*) {
        ++stops;
        QApplication::processEvents();
        for (const QString& problem : clippedWidgets(&window))
            problems << where + QStringLiteral(": ") + problem;
        if (navigation->horizontalScrollBar()->isVisible())
            problems << where + QStringLiteral(": the side bar scrolls sideways");
        for (int row = 0; row < navigation->count(); ++row) {
            const QRect item = navigation->visualItemRect(navigation->item(row));
            if (item.right() > navigation->viewport()->width())
                problems << where + QStringLiteral(": side bar item \"%1\" is cut")
                                        .arg(navigation->item(row)->text());
        }
    });
    QVERIFY(stops >= 10);
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestLayoutFit::dialogsFit_data()
{
    nothingIsClippedAt1024x700_data();
}

void TestLayoutFit::dialogsFit()
{
    QFETCH(QString, language);
    Test::WindowTour::useLanguage(language);
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    MainWindow window(dir.path());
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList problems;

    const auto agent = AgentDirectory(dir.path()).agent(QStringLiteral("office-printer"));
    QVERIFY(bool(agent));
    for (const MailAgent& edited : {agent.value(), MailAgent()}) {
        AgentDialog dialog(dir.path(), edited, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The wide-range warning is the longest hint the dialog shows.
        if (auto* entry = dialog.findChild<QLineEdit*>(QStringLiteral("entry")))
            QTest::keyClicks(entry, QStringLiteral("0.0.0.0/0"));
        QTest::qWait(50);
        for (const QString& problem : clippedWidgets(&dialog))
            problems << QStringLiteral("agent dialog: ") + problem;
    }

    PasswordDialog password(QStringLiteral("rd_7Hq2mX9kLp"), QStringLiteral("xV3-q9Lm-TT2w-8fKd-pR4s-Zy7a"),
                            &window);
    password.show();
    QVERIFY(QTest::qWaitForWindowExposed(&password));
    for (const QString& problem : clippedWidgets(&password))
        problems << QStringLiteral("password dialog: ") + problem;
    password.close();

    // The confirmation prompts, with their longest questions.
    const auto tr = [](const char* context, const char* text, int n = -1) {
        return QCoreApplication::translate(context, text, nullptr, n);
    };
    checkNextDialog(QStringLiteral("wide range prompt"), &problems);
    Confirmation::ask(
        &window, QStringLiteral("confirmWideRange"), tr("RelayDesk::CidrListEditor", "Trust a wide range?"),
        tr("RelayDesk::CidrListEditor",
           "Trust %1 (%2) as a device?\n\nAnyone in this range can send mail through you without a "
           "password. List only the addresses of devices that cannot log in, such as a printer or a "
           "scanner."),
        tr("RelayDesk::CidrListEditor", "Trust this range"));
    checkNextDialog(QStringLiteral("queue prompt"), &problems);
    Confirmation::ask(
        &window, QStringLiteral("confirmQueueAction"), tr("RelayDesk::QueuePage", "Confirm queue action"),
        tr("RelayDesk::QueuePage",
           "Delete %n message(s) from the queue? They will not be delivered and the senders are not "
           "told.",
           3),
        tr("RelayDesk::QueuePage", "Delete"));
    checkNextDialog(QStringLiteral("disconnect prompt"), &problems);
    Confirmation::ask(
        &window, QStringLiteral("confirmDisconnect"), tr("RelayDesk::SessionsPage", "Disconnect session"),
        tr("RelayDesk::SessionsPage",
           "Disconnect %1? The client is told that the connection is closing (421) and a message it "
           "has not finished sending is not accepted; most clients try again later."),
        tr("RelayDesk::SessionsPage", "Disconnect"));
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLayoutFit)
#include "tst_layoutfit.moc"
