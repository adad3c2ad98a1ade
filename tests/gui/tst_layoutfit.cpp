// Nothing is clipped at 1024x700 in English, German and French: on every page and tab of the main window and
// in the dialogs (the message viewer, Test connection, Send test message and every page of the setup wizard
// among them), each visible label, button, line edit, combo box and check box gets at least the width its
// size hint asks for (a word-wrapped label: its minimum width and the height its text needs), the side bar
// needs no horizontal scroll bar, and no dialog is larger than the 1024x700 screen.
#include "core/admin/routeadmin.h"
#include "core/agents/agentdirectory.h"
#include "core/store/database.h"
#include "core/store/nodeidentity.h"
#include "core/store/noderegistry.h"
#include "core/util/clock.h"
#include "tests/support/tempdatadir.h"
#include "ui/agentdialog.h"
#include "ui/agentlistmodel.h"
#include "ui/agentspage.h"
#include "ui/backuppassphrasedialog.h"
#include "ui/confirmation.h"
#include "ui/connectiontestdialog.h"
#include "ui/countlabel.h"
#include "ui/dashboardpage.h"
#include "ui/elidedlabel.h"
#include "ui/enginelockdialog.h"
#include "ui/firstrunwizard.h"
#include "ui/messageviewer.h"
#include "ui/middleelidingdelegate.h"
#include "ui/nodespanel.h"
#include "ui/passworddialog.h"
#include "ui/sessionsmodel.h"
#include "ui/sessionspage.h"
#include "ui/setupwizardlauncher.h"
#include "ui/testmessagedialog.h"
#include "ui/testmessageform.h"
#include "ui/userguidedialog.h"
#include "ui/wizardagentpage.h"
#include "ui/wizarddeliverypage.h"
#include "ui/wizardlistenerspage.h"
#include "windowtour.h"

#include <QAbstractSpinBox>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDeadlineTimer>
#include <QDialog>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QGroupBox>
#include <QHeaderView>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace RelayDesk;

namespace {

/// Shows a window at the smallest size it must fit, and waits until it is on screen.
bool shownAt1024x700(QWidget& window)
{
    window.resize(1024, 700);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

/// Why a table's column is not in view without scrolling sideways; empty if it is.
QString columnOutOfView(QTableView* view, int column)
{
    const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
    const int left = view->columnViewportPosition(column);
    const int right = left + view->columnWidth(column);
    if (view->isColumnHidden(column) || left < 0 || right > view->viewport()->width())
        return QStringLiteral("column \"%1\" is not in view (%2 > %3)")
            .arg(title)
            .arg(right)
            .arg(view->viewport()->width());
    return {};
}

/// Whether layout, or a layout nested in it, places widget.
bool placesWidget(QLayout* layout, QWidget* widget)
{
    if (layout->indexOf(widget) >= 0)
        return true;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (QLayout* nested = item ? item->layout() : nullptr; nested && placesWidget(nested, widget))
            return true;
    }
    return false;
}

/// A widget as a failure message names it: its class, and its title, text or object name.
QString describe(QWidget* widget)
{
    QString name = widget->objectName();
    if (auto* box = qobject_cast<QGroupBox*>(widget))
        name = box->title();
    else if (auto* label = qobject_cast<QLabel*>(widget))
        name = label->text().left(40);
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(widget->metaObject()->className()), name);
}

/// Each visible widget of root that does not get the room it needs, described for the failure message.
/// The width a line edit needs to show its placeholder whole: the text, its margins and the frame.
int placeholderWidth(const QLineEdit* line)
{
    QStyleOptionFrame option;
    option.initFrom(line);
    option.lineWidth =
        line->hasFrame() ? line->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, line) : 0;
    const QMargins margins = line->textMargins();
    // QLineEdit's own horizontal margin (2 px each side, qlineedit_p.h) beside the frame's.
    const int text = line->fontMetrics().horizontalAdvance(line->placeholderText()) + margins.left() +
                     margins.right() + 2 * 2;
    return line->style()->sizeFromContents(QStyle::CT_LineEdit, &option, QSize(text, 0), line).width();
}

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
        // Every tab in view: a tab behind the bar's scroll arrows is one a person does not know is there.
        if (auto* tabs = qobject_cast<QTabWidget*>(widget);
            tabs && tabs->tabBar()->sizeHint().width() > tabs->tabBar()->width())
            found << QStringLiteral(
                         "QTabWidget \"%1\": its tabs need %2 > %3, some are behind the scroll arrows")
                         .arg(tabs->objectName())
                         .arg(tabs->tabBar()->sizeHint().width())
                         .arg(tabs->tabBar()->width());
        // A label that elides what it has no room for says the whole of it in its tooltip.
        if (auto* elided = qobject_cast<ElidedLabel*>(widget)) {
            if (elided->text() != elided->fullText() && elided->toolTip() != elided->fullText())
                found << QStringLiteral("ElidedLabel \"%1\": cut without its tooltip").arg(elided->text());
            continue;
        }
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
        } else if (auto* line = qobject_cast<QLineEdit*>(widget); line && line->text().isEmpty() &&
                                                                  !line->placeholderText().isEmpty() &&
                                                                  placeholderWidth(line) > line->width()) {
            // A line edit's size hint ignores its placeholder; an outside tester read "Adresse oder Bereich,
            // z. B. 192.0.2…".
            found << what + QStringLiteral(": placeholder needs %1 > width %2")
                                .arg(placeholderWidth(line))
                                .arg(line->width());
        } else if (widget->sizeHint().width() > widget->width()) {
            found << what + QStringLiteral(": size hint %1 > width %2")
                                .arg(widget->sizeHint().width())
                                .arg(widget->width());
        }
    }
    // Widgets that one layout places must not cover each other: a layout squeezed below what its widgets need
    // lets a row slide over the one before (and over a group box's title).
    QList<QWidget*> owners = root->findChildren<QWidget*>();
    owners << root;
    for (QWidget* owner : std::as_const(owners)) {
        if (!owner->isVisible() || !owner->layout() || owner->window() != root->window())
            continue;
        QList<QWidget*> placed;
        for (QObject* child : owner->children()) {
            auto* widget = qobject_cast<QWidget*>(child);
            if (widget && widget->isVisible() && !widget->isWindow() && !widget->geometry().isEmpty() &&
                placesWidget(owner->layout(), widget))
                placed << widget;
        }
        for (qsizetype i = 0; i < placed.size(); ++i) {
            for (qsizetype j = i + 1; j < placed.size(); ++j) {
                const QRect common = placed[i]->geometry().intersected(placed[j]->geometry());
                if (!common.isEmpty())
                    found << QStringLiteral("%1 and %2 overlap by %3x%4")
                                 .arg(describe(placed[i]), describe(placed[j]))
                                 .arg(common.width())
                                 .arg(common.height());
            }
        }
    }
    return found;
}

/// What is still clipped once the layout has settled. A text that a worker thread delivers re-lays out its
/// box over a few turns of the event loop; a widget counts as clipped only if it still is 2 s later.
QStringList settledClippedWidgets(QWidget* root)
{
    QStringList found = clippedWidgets(root);
    QDeadlineTimer deadline(2000);
    while (!found.isEmpty() && !deadline.hasExpired()) {
        QTest::qWait(50);
        found = clippedWidgets(root);
    }
    return found;
}

/// Checks the dialog that opens next (a modal exec), then closes it.
/// Looks at the next modal dialog (one opened within five seconds: some ask only after a read off the GUI
/// thread), then closes it; the returned flag is set once it was looked at, or given up on.
std::shared_ptr<bool> checkNextDialog(const QString& where, QStringList* problems)
{
    auto done = std::make_shared<bool>(false);
    auto* poll = new QTimer(qApp);
    auto waited = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, qApp, [where, problems, done, poll, waited]() {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        *waited += poll->interval();
        if (!dialog && *waited < 5000)
            return;
        poll->deleteLater();
        poll->stop();
        *done = true;
        if (!dialog) {
            *problems << where + QStringLiteral(": no dialog opened");
            return;
        }
        for (const QString& problem : clippedWidgets(dialog))
            *problems << where + QStringLiteral(": ") + problem;
        dialog->reject();
    });
    poll->start(200);
    return done;
}

/// The problems of a dialog: what is clipped, and a size larger than the 1024x700 screen.
QStringList dialogProblems(const QString& where, QWidget* dialog)
{
    QStringList found;
    QApplication::processEvents();
    for (const QString& problem : settledClippedWidgets(dialog))
        found << where + QStringLiteral(": ") + problem;
    if (dialog->width() > 1024 || dialog->height() > 700)
        found << where + QStringLiteral(": %1x%2 is larger than the screen")
                             .arg(dialog->width())
                             .arg(dialog->height());
    return found;
}

/// The dashboard of a running relay as the outside tester saw it: three listeners listening, a generated
/// certificate with its fingerprint, and the setup notice.
void fillDashboardOfARunningRelay(DashboardPage* dashboard)
{
    QList<ListenerStatus> listeners;
    for (const auto& [name, port] : {std::pair{"submission", 41587}, {"smtps", 41465}, {"lan", 41525}}) {
        ListenerStatus status;
        status.name = QString::fromLatin1(name);
        status.address = QStringLiteral("127.0.0.1:%1").arg(port);
        status.enabled = true;
        status.listening = true;
        listeners << status;
    }
    dashboard->setListeners(listeners);
    dashboard->setCertificate(
        QDateTime::currentDateTime().addDays(825),
        // A fingerprint an outside tester's relay had: as one word, Unicode's line breaking left a part of
        // nineteen bytes ("99:F7:...:AF:") that made the window 1058 px wide in German.
        QStringLiteral("3A:D6:A1:A8:54:5E:99:F7:65:52:EA:FE:EE:FE:B6:D3:71:9A:A3:1A:C0:72:AB:D1:AF:91:"
                       "73:47:C0:39:33:E5"));
    SetupState setup;
    setup.hasAgent = true;
    setup.hostname = QStringLiteral("relay.example.com");
    dashboard->setSetupState(setup);
}

/// The queue id of the first row of a table model whose state column reads state.
template <typename Model> QString queueIdWhere(const Model* model, const QString& state)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row).state == state)
            return model->rowAt(row).queueId;
    }
    return {};
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
    void viewerAndTestsFit_data();
    void viewerAndTestsFit();
    void setupWizardFits_data();
    void setupWizardFits();
    void liveSessionsShowEveryColumn_data() { Test::WindowTour::addLanguageRows(); }
    void liveSessionsShowEveryColumn();
    void sessionBytesStayOnOneLine_data();
    void sessionBytesStayOnOneLine();
    void nodesShowTheirNamesAndAddresses_data() { Test::WindowTour::addLanguageRows(); }
    void nodesShowTheirNamesAndAddresses();
    void nodesWithSeveralAddressesShowEveryColumn_data() { Test::WindowTour::addLanguageRows(); }
    void nodesWithSeveralAddressesShowEveryColumn();
    void queueAndLogsShowTheState_data() { Test::WindowTour::addLanguageRows(); }
    void queueAndLogsShowTheState();
    void aDeletedAgentsNameIsWhole_data() { Test::WindowTour::addLanguageRows(); }
    void aDeletedAgentsNameIsWhole();
    void customRangeFitsTheWindow_data() { Test::WindowTour::addLanguageRows(); }
    void customRangeFitsTheWindow();
    void agentsPageFitsEveryAgent_data() { Test::WindowTour::addLanguageRows(); }
    void agentsPageFitsEveryAgent();
    void dashboardFitsBusyDays_data() { Test::WindowTour::addLanguageRows(); }
    void dashboardFitsBusyDays();
    void refreshSitsBelowEachListAtTheRight_data() { Test::WindowTour::addLanguageRows(); }
    void refreshSitsBelowEachListAtTheRight();
};

void TestLayoutFit::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("RelayDeskTest"));
    QApplication::setApplicationName(QStringLiteral("tst_layoutfit"));
    // The tables' default columns, not a choice an earlier run left.
    QSettings().remove(QStringLiteral("columns"));
}

void TestLayoutFit::nothingIsClippedAt1024x700_data()
{
    Test::WindowTour::addLanguageRows();
}

void TestLayoutFit::nothingIsClippedAt1024x700()
{
    QFETCH(QString, language);
    Test::WindowTour::useLanguage(language);
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    MainWindow window(dir.path());
    QVERIFY(shownAt1024x700(window));
    QCOMPARE(window.size(), QSize(1024, 700));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QStringList problems;
    int stops = 0;
    Test::WindowTour::visit(window, [&](const QString& where, QWidget*) {
        ++stops;
        QApplication::processEvents();
        for (const QString& problem : settledClippedWidgets(&window))
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
    // The dashboard as a running relay fills it (three listeners, one down with its reason): the window still
    // fits the screen, whatever the language.
    QList<ListenerStatus> listeners;
    for (const char* name : {"submission", "smtps", "lan"}) {
        ListenerStatus status;
        status.name = QString::fromLatin1(name);
        status.address = QStringLiteral("127.0.0.1:2587");
        status.enabled = true;
        status.listening = status.name != QLatin1String("lan");
        status.error = QStringLiteral("The bound address is already in use");
        listeners << status;
    }
    window.dashboardPage()->setListeners(listeners);
    window.showPage(MainWindow::Dashboard);
    QTest::qWait(100); // the wrapped lines take their height once laid out
    if (window.minimumSizeHint().width() > 1024 || window.minimumSizeHint().height() > 700)
        problems << QStringLiteral("the dashboard of a running relay needs %1x%2")
                        .arg(window.minimumSizeHint().width())
                        .arg(window.minimumSizeHint().height());
    for (const QString& problem : settledClippedWidgets(&window))
        problems << QStringLiteral("dashboard of a running relay: ") + problem;
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
    QVERIFY(shownAt1024x700(window));
    QStringList problems;

    const auto agent = AgentDirectory(dir.path()).agent(QStringLiteral("office-printer"));
    QVERIFY(bool(agent));
    for (const MailAgent& edited : {agent.value(), MailAgent()}) {
        AgentDialog dialog(dir.path(), edited, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The empty fields' placeholders first.
        for (const QString& problem : clippedWidgets(&dialog))
            problems << QStringLiteral("agent dialog, empty: ") + problem;
        // The wide-range warning is the longest hint the dialog shows.
        if (auto* entry = dialog.findChild<QLineEdit*>(QStringLiteral("entry")))
            QTest::keyClicks(entry, QStringLiteral("0.0.0.0/0"));
        QTest::qWait(50);
        for (const QString& problem : clippedWidgets(&dialog))
            problems << QStringLiteral("agent dialog: ") + problem;
        // On a 1024-pixel screen (an outside tester's French dialog was 1028 wide).
        if (dialog.width() > 1024 || dialog.minimumSizeHint().width() > 1024)
            problems << QStringLiteral("agent dialog: %1 px wide (at least %2)")
                            .arg(dialog.width())
                            .arg(dialog.minimumSizeHint().width());
    }

    PasswordDialog password(QStringLiteral("rd_7Hq2mX9kLp"), QStringLiteral("xV3-q9Lm-TT2w-8fKd-pR4s-Zy7a"),
                            &window);
    password.show();
    QVERIFY(QTest::qWaitForWindowExposed(&password));
    for (const QString& problem : clippedWidgets(&password))
        problems << QStringLiteral("password dialog: ") + problem;
    password.accept();

    // The backup passphrase dialog, for a new backup (with its "differ" hint) and for a restore, and the
    // dialog that says another relay runs on the data directory.
    const QString backupFile = dir.path() + QStringLiteral("/backups/relaydesk-2024-05-02.rdbackup");
    for (const auto purpose :
         {BackupPassphraseDialog::Purpose::Create, BackupPassphraseDialog::Purpose::Restore}) {
        BackupPassphraseDialog dialog(purpose, backupFile, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (auto* passphrase = dialog.findChild<QLineEdit*>(QStringLiteral("passphrase")))
            QTest::keyClicks(passphrase, QStringLiteral("correct horse"));
        problems << dialogProblems(QStringLiteral("backup passphrase dialog"), &dialog);
    }
    EngineLockHolder holder;
    holder.pid = 4711;
    holder.since = QDateTime::currentDateTimeUtc();
    for (const EngineFace face : {EngineFace::Service, EngineFace::Window}) {
        holder.face = face;
        EngineLockDialog dialog(dir.path(), holder, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        problems << dialogProblems(QStringLiteral("engine lock dialog"), &dialog);
    }
    {
        UserGuideDialog guide(QLocale(), &window);
        guide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&guide));
        problems << dialogProblems(QStringLiteral("user guide"), &guide);
    }

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
           "Delete %n message(s) from the queue? Recipients still waiting will not get them and the senders "
           "are not told; what was delivered stays in the Delivery Logs.",
           3),
        tr("RelayDesk::QueuePage", "Delete"));
    checkNextDialog(QStringLiteral("disconnect prompt"), &problems);
    Confirmation::ask(
        &window, QStringLiteral("confirmDisconnect"), tr("RelayDesk::SessionsPage", "Disconnect session"),
        tr("RelayDesk::SessionsPage",
           "Disconnect %1? The client is told that the connection is closing (421) and a message it "
           "has not finished sending is not accepted; most clients try again later."),
        tr("RelayDesk::SessionsPage", "Disconnect"));
    checkNextDialog(QStringLiteral("restore prompt"), &problems);
    Confirmation::ask(&window, QStringLiteral("confirmRestore"),
                      tr("RelayDesk::BackupPanel", "Restore configuration"),
                      tr("RelayDesk::BackupPanel",
                         "Replace the configuration of %1 with the backup %2?\n\nA restore needs an empty "
                         "data directory: the current one, with its queue and delivery log, is moved aside "
                         "and kept beside it. The relay uses the restored configuration only after "
                         "RelayDesk is restarted; quit and start it again right away.")
                          .arg(dir.path(), backupFile),
                      tr("RelayDesk::BackupPanel", "Restore"));
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestLayoutFit::viewerAndTestsFit_data()
{
    nothingIsClippedAt1024x700_data();
}

void TestLayoutFit::viewerAndTestsFit()
{
    QFETCH(QString, language);
    Test::WindowTour::useLanguage(language);
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    MainWindow window(dir.path());
    QVERIFY(shownAt1024x700(window));
    QStringList problems;

    // The message viewer on every tab: a deferred message (body kept, attempts with a transcript-less reply)
    // and a delivered one whose body is gone (the notes say so).
    window.showPage(MainWindow::Queue);
    QTRY_VERIFY(window.queuePage()->model()->rowCount() > 0);
    window.showPage(MainWindow::Logs);
    QTRY_VERIFY(window.deliveryLogPage()->model()->rowCount() > 0);
    const QString kept = queueIdWhere(window.queuePage()->model(), QStringLiteral("deferred"));
    const QString gone = queueIdWhere(window.deliveryLogPage()->model(), QStringLiteral("delivered"));
    QVERIFY(!kept.isEmpty());
    QVERIFY(!gone.isEmpty());
    {
        // Delivered since, its body kept: Resend asks (a message still on its way is not resent).
        QSqlQuery q(Database::connection(dir.path()).value());
        q.prepare(
            QStringLiteral("UPDATE recipients SET state = 'delivered' WHERE message_id = (SELECT id FROM"
                           " messages WHERE queue_id = ?)"));
        q.addBindValue(kept);
        QVERIFY(q.exec());
    }
    for (const QString& queueId : {kept, gone}) {
        MessageViewer viewer(dir.path(), queueId, &window);
        QSignalSpy loaded(&viewer, &MessageViewer::loaded);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QTRY_COMPARE(loaded.count(), 1);
        for (int tab = 0; tab < viewer.tabs()->count(); ++tab) {
            viewer.tabs()->setCurrentIndex(tab);
            QTest::qWait(30);
            problems << dialogProblems(
                QStringLiteral("message viewer %1 / %2")
                    .arg(queueId == kept ? QStringLiteral("kept") : QStringLiteral("body gone"),
                         viewer.tabs()->tabText(tab)),
                &viewer);
        }
        if (queueId == kept) {
            const auto looked = checkNextDialog(QStringLiteral("resend prompt"), &problems);
            viewer.resend(); // asks once it has read the agent's suppression list
            QTRY_VERIFY_WITH_TIMEOUT(*looked, 10000);
        }
    }

    // Test connection against a port nobody listens on: the steps, the status that names the failed step.
    quint16 closedPort = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        closedPort = server.serverPort();
    }
    RouteEntry route;
    route.pattern = QStringLiteral("customers.example.net");
    route.host = QStringLiteral("127.0.0.1");
    route.port = closedPort;
    ConnectionTestDialog test(
        dir.path(),
        QCoreApplication::translate("RelayDesk::RoutesEditor", "The route for %1").arg(route.pattern),
        [route](const QString& dataDir) { return RouteAdmin(dataDir).probeRoute(route); }, &window);
    QSignalSpy finished(&test, &ConnectionTestDialog::testFinished);
    test.show();
    QVERIFY(QTest::qWaitForWindowExposed(&test));
    test.start();
    problems << dialogProblems(QStringLiteral("test connection (running)"), &test);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(test.stepsView()->topLevelItemCount() > 0);
    problems << dialogProblems(QStringLiteral("test connection (failed)"), &test);

    // Send test message: the agents listed, long addresses, then queued (no relay runs: it waits).
    TestMessageDialog message(dir.path(), window.liveFeed(), QStringLiteral("billing-app"), &window);
    QSignalSpy agentsLoaded(message.form(), &TestMessageForm::agentsLoaded);
    QSignalSpy sent(message.form(), &TestMessageForm::sent);
    message.show();
    QVERIFY(QTest::qWaitForWindowExposed(&message));
    QTRY_VERIFY(agentsLoaded.count() >= 1);
    problems << dialogProblems(QStringLiteral("send test message"), &message);
    QTest::keyClicks(message.findChild<QLineEdit*>(QStringLiteral("testFrom")),
                     QStringLiteral("accounts-receivable@billing.example.com"));
    QTest::keyClicks(message.findChild<QLineEdit*>(QStringLiteral("testTo")),
                     QStringLiteral("it-department-mailbox@mail.example.net"));
    QTest::mouseClick(message.findChild<QPushButton*>(QStringLiteral("sendTestMessage")), Qt::LeftButton);
    QTRY_COMPARE(sent.count(), 1);
    QTest::qWait(300); // the status reads the message back on a worker thread
    problems << dialogProblems(QStringLiteral("send test message (queued)"), &message);
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestLayoutFit::setupWizardFits_data()
{
    nothingIsClippedAt1024x700_data();
}

void TestLayoutFit::setupWizardFits()
{
    QFETCH(QString, language);
    Test::WindowTour::useLanguage(language);
    Test::TempDataDir dir;
    MainWindow window(dir.path());
    QVERIFY(shownAt1024x700(window));
    QStringList problems;
    // The dashboard's "not set up" notice on a fresh data directory.
    window.showPage(MainWindow::Dashboard);
    QSignalSpy counted(window.dashboardPage(), &DashboardPage::snapshotShown);
    window.dashboardPage()->refresh();
    QTRY_VERIFY(counted.count() >= 1);
    for (const QString& problem : settledClippedWidgets(&window))
        problems << QStringLiteral("dashboard (not set up): ") + problem;

    window.setupWizard()->open();
    FirstRunWizard* wizard = window.setupWizard()->wizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));

    // Listeners: one port taken by another program, the longest status a row shows.
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    QSignalSpy portsChecked(wizard->listenersPage(), &WizardListenersPage::portsChecked);
    QLineEdit* address = wizard->listenersPage()->addressField(QStringLiteral("submission"));
    QVERIFY(address);
    QTRY_VERIFY(!address->text().isEmpty()); // the stored addresses load on a worker thread
    QTest::qWait(200);
    address->selectAll();
    QTest::keyClicks(address, QStringLiteral("127.0.0.1:%1").arg(taken.serverPort()));
    wizard->listenersPage()->checkPorts();
    QTRY_VERIFY(portsChecked.count() >= 1);
    QTRY_VERIFY(wizard->listenersPage()
                    ->portStatus(QStringLiteral("submission"))
                    .contains(QString::number(taken.serverPort())));
    problems << dialogProblems(QStringLiteral("wizard / listeners"), wizard);

    wizard->skipPage();
    QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::Certificate));
    QTest::qWait(300);
    problems << dialogProblems(QStringLiteral("wizard / certificate"), wizard);

    wizard->skipPage();
    QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::Agent));
    problems << dialogProblems(QStringLiteral("wizard / agent"), wizard);
    // An address typed but not added: Next says what to do.
    QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("wizardAgentName")),
                     QStringLiteral("Billing"));
    if (auto* entry = wizard->agentPage()->findChild<QLineEdit*>(QStringLiteral("entry")))
        QTest::keyClicks(entry, QStringLiteral("192.168.1.20"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::qWait(100);
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::Agent));
    problems << dialogProblems(QStringLiteral("wizard / agent (not added)"), wizard);

    QSignalSpy deliveryLoaded(wizard->deliveryPage(), &WizardDeliveryPage::loaded);
    wizard->skipPage();
    QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::Delivery));
    QTRY_VERIFY(deliveryLoaded.count() >= 1);
    problems << dialogProblems(QStringLiteral("wizard / delivery"), wizard);
    wizard->findChild<QRadioButton*>(QStringLiteral("deliverBySmarthost"))->click();
    QLineEdit* host = wizard->findChild<QLineEdit*>(QStringLiteral("smarthostHost"));
    host->selectAll();
    QTest::keyClicks(host, QStringLiteral("smtp.example.com:99999"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::qWait(100);
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::Delivery));
    problems << dialogProblems(QStringLiteral("wizard / delivery (smarthost, bad host)"), wizard);

    wizard->skipPage();
    QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::Test));
    QTest::qWait(300); // the agents load on a worker thread
    problems << dialogProblems(QStringLiteral("wizard / test message"), wizard);
    wizard->reject();
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLayoutFit)
void TestLayoutFit::liveSessionsShowEveryColumn()
{
    // Support staff read a session across its row: every column is in view at 1024x700 and no text in it is
    // cut ("receiving message" wrapped into two half-hidden lines, Bytes and Duration were off to the right).
    QFETCH(QString, language);
    Test::WindowTour::useLanguage(language);
    Test::TempDataDir dir;
    MainWindow window(dir.path());
    QVERIFY(shownAt1024x700(window));
    QList<SessionInfo> sessions = Test::WindowTour::sessions();
    sessions[0].bytesIn = 1023 * 1024 + 900;                  // the widest size below a MiB
    sessions[0].startedMs -= (59 * 60 + 50) * 1000;           // an hour's minutes and seconds
    sessions[2].agent = QStringLiteral("office-printer-2nd"); // a longer agent name
    window.sessionsPage()->setSessions(sessions);
    window.showPage(MainWindow::Sessions);
    QApplication::processEvents();
    QTableView* view = window.sessionsPage()->view();
    QStringList problems;
    if (view->horizontalScrollBar()->isVisible())
        problems << QStringLiteral("the table scrolls sideways");
    const QFontMetrics metrics = view->fontMetrics();
    for (int column = 0; column < SessionsModel::ColumnCount; ++column) {
        const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
        if (const QString problem = columnOutOfView(view, column); !problem.isEmpty())
            problems << problem;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QString text = view->model()->index(row, column).data().toString();
            if (metrics.horizontalAdvance(text) + 8 > view->columnWidth(column))
                problems << QStringLiteral("column \"%1\" (%2 px) cuts \"%3\"")
                                .arg(title)
                                .arg(view->columnWidth(column))
                                .arg(text);
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestLayoutFit::sessionBytesStayOnOneLine_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de_DE");
    QTest::newRow("fr") << QStringLiteral("fr_FR");
}

void TestLayoutFit::sessionBytesStayOnOneLine()
{
    // French Live Sessions at 1024x700: "208 octets" wrapped into "208 / octets" and every row was twice as
    // high, while Durée and État had room (an outside tester). Each size a session reaches fits its column.
    QFETCH(QString, language);
    Test::WindowTour::useLanguage(language);
    Test::TempDataDir dir;
    MainWindow window(dir.path());
    QVERIFY(shownAt1024x700(window));
    QList<SessionInfo> sessions = Test::WindowTour::sessions();
    const QList<qint64> sizes{208, 999, 41'975, 999'990, 1023 * 1024 + 900, 25'000'000};
    while (sessions.size() < sizes.size())
        sessions << sessions.last();
    for (int i = 0; i < sizes.size(); ++i) {
        sessions[i].id = quint64(100 + i);
        sessions[i].bytesIn = sizes.at(i);
        sessions[i].bytesOut = 0;
    }
    window.sessionsPage()->setSessions(sessions);
    window.showPage(MainWindow::Sessions);
    QApplication::processEvents();
    QTableView* view = window.sessionsPage()->view();
    const QFontMetrics metrics = view->fontMetrics();
    const int width = view->columnWidth(SessionsModel::Bytes);
    QStringList problems;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString text = view->model()->index(row, SessionsModel::Bytes).data().toString();
        if (metrics.horizontalAdvance(text) + 8 > width)
            problems << QStringLiteral("\"%1\" does not fit %2 px").arg(text).arg(width);
    }
    if (const QString problem = columnOutOfView(view, SessionsModel::Bytes); !problem.isEmpty())
        problems << problem;
    if (view->horizontalScrollBar()->isVisible())
        problems << QStringLiteral("the table scrolls sideways");
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestLayoutFit::nodesShowTheirNamesAndAddresses()
{
    // Two nodes on a shared store at 1024x700: the Nodes panel cut the addresses ("127.0.0.1:3258…",
    // "127.0.0.…") and this node's name ("node2 (…") in every language (an outside tester). The name and the
    // address are shown whole; the other columns keep their titles.
    QFETCH(QString, language);
    Test::WindowTour::useLanguage(language);
    Test::TempDataDir dir;
    {
        auto db = Database::connection(dir.path());
        QVERIFY(db);
        const qint64 now = nowMs();
        QVERIFY(NodeRegistry::registerNode(
            db.value(), {NodeIdentity::of(dir.path()).id, QStringLiteral("node2"),
                         QStringLiteral("127.0.0.1:32587"), QStringLiteral("0.1.0"), now, QString()}));
        // node1 was killed holding a recipient's lease: its row is the widest ("1 held until ...").
        QVERIFY(NodeRegistry::registerNode(db.value(),
                                           {QStringLiteral("0123456789abcdef"), QStringLiteral("node1"),
                                            QStringLiteral("127.0.0.1:32588"), QStringLiteral("0.1.0"),
                                            now - 120'000, QString()}));
        QSqlQuery insert(db.value());
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO messages(id, queue_id, agent_name, sender, subject, size, received_at, listener,"
            " client_address) VALUES(1, 'Q1', 'Billing', 'a@example.com', 'Hi', 10, 0, 'submission',"
            " '127.0.0.1')")));
        QVERIFY(insert.exec(
            QStringLiteral(
                "INSERT INTO recipients(id, message_id, address, domain, state, next_attempt_at, updated_at,"
                " lease_node, lease_expires) VALUES(1, 1, 'x@example.net', 'example.net', 'queued', 0, 0,"
                " '0123456789abcdef', %1)")
                .arg(now + 600'000)));
    }
    MainWindow window(dir.path());
    QVERIFY(shownAt1024x700(window));
    NodesPanel* panel = window.sessionsPage()->nodesPanel();
    QSignalSpy loaded(panel, &NodesPanel::nodesLoaded);
    window.showPage(MainWindow::Sessions);
    QVERIFY(loaded.count() > 0 || loaded.wait());
    QApplication::processEvents();
    QTreeWidget* list = panel->list();
    QCOMPARE(list->topLevelItemCount(), 2);
    QStringList problems;
    if (list->horizontalScrollBar()->isVisible())
        problems << QStringLiteral("the list scrolls sideways");
    const QFontMetrics metrics = list->fontMetrics();
    // The text's room in a cell: the section less the item's margins on both sides.
    const int margins = 2 * (list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1);
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        for (const int column : {0, 1}) {
            const QString text = list->topLevelItem(row)->text(column);
            if (metrics.horizontalAdvance(text) + margins > list->header()->sectionSize(column))
                problems << QStringLiteral("column \"%1\" (%2 px) cuts \"%3\"")
                                .arg(list->headerItem()->text(column))
                                .arg(list->header()->sectionSize(column))
                                .arg(text);
        }
    }
    const QFontMetrics headerMetrics(list->header()->font());
    for (int column = 0; column < list->columnCount(); ++column) {
        if (list->header()->sectionSize(column) <
            headerMetrics.horizontalAdvance(list->headerItem()->text(column)))
            problems << QStringLiteral("the title \"%1\" is cut").arg(list->headerItem()->text(column));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestLayoutFit::nodesWithSeveralAddressesShowEveryColumn()
{
    // A node listening on three addresses at 1024x700: in German its Address column filled the width and
    // "In Zustellung" and "Sitzungen" were only reachable by scrolling sideways (an outside tester). Every
    // column is in view with its title; the address list is cut at the end, whole in its tooltip.
    QFETCH(QString, language);
    Test::WindowTour::useLanguage(language);
    Test::TempDataDir dir;
    const QString addresses = QStringLiteral("192.168.100.200:25, 192.168.100.200:587, 192.168.100.200:465");
    {
        auto db = Database::connection(dir.path());
        QVERIFY(db);
        const qint64 now = nowMs();
        QVERIFY(NodeRegistry::registerNode(db.value(),
                                           {NodeIdentity::of(dir.path()).id, QStringLiteral("relay-office-2"),
                                            addresses, QStringLiteral("0.1.0"), now, QString()}));
        QVERIFY(NodeRegistry::registerNode(db.value(), {QStringLiteral("0123456789abcdef"),
                                                        QStringLiteral("relay-office-1"), addresses,
                                                        QStringLiteral("0.1.0"), now - 120'000, QString()}));
    }
    MainWindow window(dir.path());
    QVERIFY(shownAt1024x700(window));
    NodesPanel* panel = window.sessionsPage()->nodesPanel();
    QSignalSpy loaded(panel, &NodesPanel::nodesLoaded);
    window.showPage(MainWindow::Sessions);
    QVERIFY(loaded.count() > 0 || loaded.wait());
    QApplication::processEvents();
    QTreeWidget* list = panel->list();
    QCOMPARE(list->topLevelItemCount(), 2);
    QStringList problems;
    if (list->horizontalScrollBar()->isVisible())
        problems << QStringLiteral("the list scrolls sideways");
    const QFontMetrics headerMetrics(list->header()->font());
    for (int column = 0; column < list->columnCount(); ++column) {
        const QString title = list->headerItem()->text(column);
        if (list->header()->sectionSize(column) < headerMetrics.horizontalAdvance(title))
            problems << QStringLiteral("the title \"%1\" is cut").arg(title);
        const int right = list->header()->sectionPosition(column) + list->header()->sectionSize(column);
        if (right > list->viewport()->width())
            problems << QStringLiteral("\"%1\" ends at %2 px, the list is %3 px wide")
                            .arg(title)
                            .arg(right)
                            .arg(list->viewport()->width());
    }
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        if (list->topLevelItem(row)->toolTip(1) != addresses)
            problems
                << QStringLiteral("the address tooltip is \"%1\"").arg(list->topLevelItem(row)->toolTip(1));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestLayoutFit::aDeletedAgentsNameIsWhole()
{
    // The reported defect: at 1024x700 the German Delivery Logs showed "Te… (gelöscht)" for "Temp
    // (gelöscht)", the French Queue "Prakti…primé)": a deleted agent's short name is shown whole, beside
    // every other column still in view.
    QFETCH(QString, language);
    Test::WindowTour::useLanguage(language);
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    for (const QString& name : {QStringLiteral("Temp"), QStringLiteral("Praktikum")}) {
        QVERIFY(AgentDirectory(dir.path()).createAgent(name, {}, {}).ok());
        QVERIFY(Test::ExampleData::addMessage(dir.path(), name, QStringLiteral("intern@example.com"),
                                              QStringLiteral("boss@example.org"), QStringLiteral("Report"),
                                              QStringLiteral("deferred"), 451, QStringLiteral("4.7.1"),
                                              QStringLiteral("Greylisted"), at) > 0);
        QVERIFY(AgentDirectory(dir.path()).deleteAgent(name).ok());
    }
    MainWindow window(dir.path());
    QVERIFY(shownAt1024x700(window));
    QStringList problems;
    const auto check = [&problems, &language](const QString& page, QTableView* view, int column) {
        QTRY_VERIFY(view->model()->rowCount() > 0);
        static_cast<void>(
            QTest::qWaitFor([view] { return !view->horizontalScrollBar()->isVisible(); }, 2000));
        QApplication::processEvents();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex cell = view->model()->index(row, column);
            const QString head = cell.data(MiddleElidingDelegate::HeadRole).toString();
            if (head != QLatin1String("Temp") && head != QLatin1String("Praktikum"))
                continue;
            QFont font = view->font();
            font.setItalic(true);
            const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
            const QString text = cell.data().toString();
            const QString shown = MiddleElidingDelegate::fitted(text, head, QFontMetrics(font),
                                                                view->columnWidth(column) - 2 * margin);
            if (shown != text)
                problems << QStringLiteral("%1 %2: \"%3\" shown as \"%4\" in %5 px")
                                .arg(language, page, text, shown)
                                .arg(view->columnWidth(column));
        }
        if (view->horizontalScrollBar()->isVisible())
            problems << QStringLiteral("%1 %2: the table scrolls sideways (%3 px of %4)")
                            .arg(language, page)
                            .arg(view->horizontalHeader()->length())
                            .arg(view->viewport()->width());
    };
    window.showPage(MainWindow::Logs);
    check(QStringLiteral("Delivery Logs"), window.deliveryLogPage()->view(), DeliveryLogQuery::Agent);
    window.showPage(MainWindow::Queue);
    check(QStringLiteral("Queue"), window.queuePage()->view(), QueueQuery::Agent);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestLayoutFit::queueAndLogsShowTheState()
{
    // On the Queue and Delivery Logs pages every column a new user sees (the time, the state, the recipient,
    // the subject, the last reply...) is in view at 1024x700 without scrolling sideways; the rest is one
    // right click on the header away (TableColumns).
    QFETCH(QString, language);
    Test::WindowTour::useLanguage(language);
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    MainWindow window(dir.path());
    QVERIFY(shownAt1024x700(window));
    QStringList problems;
    auto check = [&problems](const QString& page, QTableView* view, std::initializer_list<int> columns) {
        QTRY_VERIFY(view->model()->rowCount() > 0);
        // A page laid out anew (shown, or its tab made current) settles its scroll bars in events of their
        // own.
        static_cast<void>(
            QTest::qWaitFor([view] { return !view->horizontalScrollBar()->isVisible(); }, 2000));
        for (int column : columns) {
            if (const QString problem = columnOutOfView(view, column); !problem.isEmpty())
                problems << page + QStringLiteral(": ") + problem;
        }
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            if (view->isColumnHidden(column))
                continue;
            if (const QString problem = columnOutOfView(view, column); !problem.isEmpty())
                problems << page + QStringLiteral(": ") + problem;
        }
        if (view->horizontalScrollBar()->isVisible())
            problems << page + QStringLiteral(": the table scrolls sideways (%1 px of %2)")
                                   .arg(view->horizontalHeader()->length())
                                   .arg(view->viewport()->width());
        // Every title in full, its sort indicator included ("Nächster Versuch" lost its last letters); the
        // last column takes the rest of the width.
        const QHeaderView* titles = view->horizontalHeader();
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            if (view->isColumnHidden(column) || titles->visualIndex(column) == titles->count() - 1)
                continue;
            if (titles->sectionSize(column) < titles->sectionSizeHint(column))
                problems << page + QStringLiteral(": the title \"%1\" is cut (%2 of %3 px)")
                                       .arg(view->model()->headerData(column, Qt::Horizontal).toString())
                                       .arg(titles->sectionSize(column))
                                       .arg(titles->sectionSizeHint(column));
        }
        // The filters' placeholders in full ("...subject, re").
        for (auto* edit : view->window()->findChildren<QLineEdit*>()) {
            if (!edit->isVisible() || edit->placeholderText().isEmpty())
                continue;
            const int frame = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit);
            const int room = edit->width() - 2 * frame - 4 - (edit->isClearButtonEnabled() ? 22 : 0);
            if (edit->fontMetrics().horizontalAdvance(edit->placeholderText()) > room)
                problems << page + QStringLiteral(": the placeholder \"%1\" is cut (%2 px of room)")
                                       .arg(edit->placeholderText())
                                       .arg(room);
        }
        // The last column takes the rest of the width: its whole title ("Dernière répons" was cut) and
        // enough of it to read (20 average characters).
        const QHeaderView* header = view->horizontalHeader();
        const int last = header->logicalIndex(header->count() - 1 - [header] {
            int hiddenAtEnd = 0;
            while (header->isSectionHidden(header->logicalIndex(header->count() - 1 - hiddenAtEnd)))
                ++hiddenAtEnd;
            return hiddenAtEnd;
        }());
        if (view->columnWidth(last) < header->sectionSizeHint(last))
            problems << page + QStringLiteral(": the last title \"%1\" is cut (%2 of %3 px)")
                                   .arg(view->model()->headerData(last, Qt::Horizontal).toString())
                                   .arg(view->columnWidth(last))
                                   .arg(header->sectionSizeHint(last));
        if (view->columnWidth(last) < 20 * view->fontMetrics().averageCharWidth())
            problems << page + QStringLiteral(": the last column is %1 px wide").arg(view->columnWidth(last));
    };
    window.showPage(MainWindow::Queue);
    check(QStringLiteral("Queue"), window.queuePage()->view(),
          {QueueQuery::Received, QueueQuery::State, QueueQuery::Recipients, QueueQuery::NextAttempt,
           QueueQuery::LastReply});
    // An action's result wraps under the table: the German "held" result (1,237 px on one line) widened the
    // whole window past the screen, and it never shrank back.
    window.queuePage()->showActionResult(
        QCoreApplication::translate(
            "RelayDesk::EngineLink",
            "%n message(s) held: not delivered from now on until released; a delivery "
            "already under way may still complete.",
            nullptr, 2) +
        QStringLiteral(" ") + QString(60, QLatin1Char('x')));
    QApplication::processEvents();
    if (window.minimumSizeHint().width() > 1024)
        problems << QStringLiteral("Queue: an action's result needs a window %1 px wide")
                        .arg(window.minimumSizeHint().width());
    window.showPage(MainWindow::Logs);
    check(QStringLiteral("Delivery Logs"), window.deliveryLogPage()->view(),
          {DeliveryLogQuery::Received, DeliveryLogQuery::State, DeliveryLogQuery::Recipient,
           DeliveryLogQuery::Subject, DeliveryLogQuery::LastReply});
    // A day's log fills more than the page: with the vertical scroll bar the columns must still fit (an
    // outside tester's English Delivery Logs scrolled sideways by 8 px and cut the last reply short).
    for (const auto& [name, view] :
         {std::pair{QStringLiteral("Queue"), window.queuePage()->view()},
          std::pair{QStringLiteral("Delivery Logs"), window.deliveryLogPage()->view()}}) {
        window.showPage(name == QStringLiteral("Queue") ? MainWindow::Queue : MainWindow::Logs);
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        QApplication::processEvents();
        check(name + QStringLiteral(" (a long list)"), view, {});
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestLayoutFit::customRangeFitsTheWindow()
{
    // "Custom range" shows two date fields: on the Delivery Logs page they made the window 1198 px wide in
    // English and 1288 in French, Refresh, Export CSV and the match count off the screen.
    QFETCH(QString, language);
    Test::WindowTour::useLanguage(language);
    Test::TempDataDir dir;
    MainWindow window(dir.path());
    QVERIFY(shownAt1024x700(window));
    QStringList problems;
    for (const MainWindow::Page page : {MainWindow::Logs, MainWindow::Queue}) {
        window.showPage(page);
        QWidget* shown = window.centralWidget()->findChild<QStackedWidget*>()->currentWidget();
        auto* period = shown->findChild<QComboBox*>(QStringLiteral("periodFilter"));
        QVERIFY(period);
        period->setCurrentIndex(period->findData(-1));
        // A reversed range, so that the words that say so are checked too.
        auto* from = shown->findChild<QDateTimeEdit*>(QStringLiteral("fromFilter"));
        QVERIFY(from);
        from->setDateTime(from->dateTime().addDays(7));
        QTest::qWait(100);
        if (!shown->findChild<QLabel*>(QStringLiteral("rangeProblem"))->isVisible())
            problems << QStringLiteral("a reversed range says nothing");
        const QString where =
            page == MainWindow::Logs ? QStringLiteral("Delivery Logs: ") : QStringLiteral("Queue: ");
        if (window.width() > 1024)
            problems << where + QStringLiteral("the window grew to %1 px").arg(window.width());
        if (window.minimumSizeHint().width() > 1024)
            problems << where +
                            QStringLiteral("the window needs %1 px").arg(window.minimumSizeHint().width());
        if (window.height() > 700 || window.minimumSizeHint().height() > 700)
            problems << where + QStringLiteral("the window is %1 px tall and needs %2 px")
                                    .arg(window.height())
                                    .arg(window.minimumSizeHint().height());
        for (QWidget* widget : shown->findChildren<QWidget*>()) {
            if (!widget->isVisible() || widget->objectName().isEmpty())
                continue;
            const int right = widget->mapTo(&window, QPoint(widget->width(), 0)).x();
            if (right > 1024)
                problems << where + widget->objectName() + QStringLiteral(" ends at %1 px").arg(right);
        }
        for (const QString& problem : settledClippedWidgets(&window))
            problems << where + problem;
        period->setCurrentIndex(0);
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestLayoutFit::agentsPageFitsEveryAgent()
{
    // The reported defect: in German, "Scanner" (one sender domain, no credential) on the Sender domains tab
    // made the window 1024x763, "Configure your application" cut and "Copy settings" off the screen. Every
    // tab of the page fits with a short agent, and with one that has several domains and credentials.
    QFETCH(QString, language);
    Test::WindowTour::useLanguage(language);
    Test::TempDataDir dir;
    {
        AgentDirectory agents(dir.path());
        const auto host = CidrRange::parse(QStringLiteral("127.0.0.1")).value();
        // Any sender too: its Sender domains tab, the other agents' DKIM records and the Dashboard warn of
        // it at length.
        QVERIFY(agents.createAgent(QStringLiteral("Scanner"), {host}, {}, {}, {QStringLiteral("office.test")},
                                   true));
        QVERIFY(agents.createAgent(
            QStringLiteral("billing-application-server"), {host}, {}, QStringLiteral("Invoices"),
            {QStringLiteral("example.com"), QStringLiteral("billing.example.com"),
             QStringLiteral("mail.subsidiary-company.example.org"), QStringLiteral("invoices@example.net"),
             QStringLiteral("news.example.com")}));
        for (int i = 0; i < 4; ++i)
            QVERIFY(agents.createCredential(QStringLiteral("billing-application-server")));
        // A long name made the window 1279 px wide, on every page (an outside tester).
        QVERIFY(agents.createAgent(QStringLiteral("Scanner-Empfang-Erdgeschoss-Westflügel-Raum-0.14"), {host},
                                   {}, {}, {QStringLiteral("office.test")}));
    }
    MainWindow window(dir.path());
    QVERIFY(shownAt1024x700(window));
    window.showPage(MainWindow::Agents);
    // The engine reports its listeners while another page is shown (as after a restart of the relay).
    fillDashboardOfARunningRelay(window.dashboardPage());
    QTest::qWait(200);
    window.showPage(MainWindow::Dashboard);
    QTest::qWait(200);
    QStringList problems;
    // The chart's counts are readable (Qt Charts elides a label it has no room for), and Alerts is on screen.
    for (QGraphicsItem* item : window.dashboardPage()->chartView()->scene()->items()) {
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item);
            text && text->isVisible() && text->toPlainText().endsWith(QStringLiteral("...")))
            problems << QStringLiteral("Dashboard: a chart label is elided");
    }
    for (auto* box : window.dashboardPage()->findChildren<QGroupBox*>()) {
        if (box->mapTo(&window, QPoint(0, box->height())).y() > window.height())
            problems << QStringLiteral("Dashboard: \"%1\" ends below the window").arg(box->title());
    }
    window.showPage(MainWindow::Agents);
    auto* list = window.findChild<QTableView*>(QStringLiteral("agentList"));
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("agentTabs"));
    QVERIFY(list && tabs);
    QTRY_COMPARE(list->model()->rowCount(), 3);
    // No agent selected: nothing to copy.
    list->clearSelection();
    auto* copySettings = window.findChild<QPushButton*>(QStringLiteral("copySettings"));
    QVERIFY(copySettings);
    QTest::qWait(1500); // the page settles (its parts load on worker threads)
    if (copySettings->isEnabled())
        problems << QStringLiteral("\"Copy settings\" is enabled with no agent selected");
    // The name, the state and the allowed addresses in view with their whole titles ("Allowed a" was cut).
    for (const int column : {AgentListModel::Name, AgentListModel::Enabled, AgentListModel::Allowlist}) {
        const int right = list->columnViewportPosition(column) + list->columnWidth(column);
        if (right > list->viewport()->width() ||
            list->columnWidth(column) < list->horizontalHeader()->sectionSizeHint(column))
            problems << QStringLiteral("agent list: the title of column %1 is cut").arg(column);
    }
    // No column past the list's edge: a scroll bar ran under it (an outside tester).
    if (list->horizontalScrollBar()->isVisible())
        problems << QStringLiteral("agent list: a horizontal scroll bar");
    // The sender domains shown from the header's menu keep their whole title (the list may then scroll
    // sideways to them): "aines d'expéd" (an outside tester, in French).
    list->setColumnHidden(AgentListModel::Senders, false);
    QTest::qWait(200);
    if (list->columnWidth(AgentListModel::Senders) <
        list->horizontalHeader()->sectionSizeHint(AgentListModel::Senders))
        problems << QStringLiteral("agent list: the sender domains shown are cut (%1 px of %2)")
                        .arg(list->columnWidth(AgentListModel::Senders))
                        .arg(list->horizontalHeader()->sectionSizeHint(AgentListModel::Senders));
    list->setColumnHidden(AgentListModel::Senders, true);
    QTest::qWait(100);
    for (int row = 0; row < 3; ++row) {
        list->selectRow(row);
        const QString agent = list->model()->index(row, 0).data().toString();
        // The whole name in the heading's tooltip where the heading elides it.
        auto* title = window.findChild<QLabel*>(QStringLiteral("agentTitle"));
        QVERIFY(title);
        QTRY_VERIFY(title->text() == agent || title->toolTip() == agent);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(300); // the tab's data and the settings to copy arrive from worker threads
            const QString where = agent + QStringLiteral(", ") + tabs->tabText(tab) + QStringLiteral(": ");
            if (window.size() != QSize(1024, 700))
                problems
                    << where + QStringLiteral("the window is %1x%2").arg(window.width()).arg(window.height());
            if (window.minimumSizeHint().height() > 700 || window.minimumSizeHint().width() > 1024)
                problems << where + QStringLiteral("the window needs %1x%2")
                                        .arg(window.minimumSizeHint().width())
                                        .arg(window.minimumSizeHint().height());
            for (auto* button : window.agentsPage()->findChildren<QPushButton*>()) {
                if (!button->isVisible())
                    continue;
                const QRect shown(button->mapTo(&window, QPoint(0, 0)), button->size());
                if (!window.rect().contains(shown))
                    problems << where + QStringLiteral("\"%1\" is off the window").arg(button->text());
                // In a scrolled tab (Activity), in sight without scrolling (an outside tester looked for
                // "Show in Delivery Logs" below the fold).
                for (QWidget* up = button->parentWidget(); up; up = up->parentWidget()) {
                    auto* scroll = qobject_cast<QScrollArea*>(up);
                    if (!scroll)
                        continue;
                    const QRect inView(button->mapTo(scroll->viewport(), QPoint(0, 0)), button->size());
                    if (!scroll->viewport()->rect().contains(inView))
                        problems << where + QStringLiteral("\"%1\" is out of sight until scrolled")
                                                .arg(button->text());
                    break;
                }
            }
            for (const QString& problem : settledClippedWidgets(&window))
                problems << where + problem;
            // The settings to copy come from a worker: on a loaded machine (the PostgreSQL pass beside a
            // compile) they took longer than the wait above.
            if (!QTest::qWaitFor([copySettings]() { return copySettings->isEnabled(); }, 10000))
                problems << where + QStringLiteral("\"Copy settings\" is disabled");
        }
        // Each domain's selectors shown whole, wrapped in their cell ("keine: Mail wird nicht …", and the
        // French column was cut).
        auto* domains = window.findChild<QTreeWidget*>(QStringLiteral("senderDomains"));
        QVERIFY(domains);
        QTest::qWait(50); // the rows are laid out again once the columns have their widths
        for (int i = 0; i < domains->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = domains->topLevelItem(i);
            const int needs = domains->fontMetrics()
                                  .boundingRect(QRect(0, 0, domains->columnWidth(1) - 8, 10000),
                                                Qt::TextWordWrap, item->text(1))
                                  .height();
            if (domains->visualItemRect(item).height() < needs)
                problems << agent + QStringLiteral(": the selectors of %1 are cut").arg(item->text(0));
        }
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestLayoutFit::dashboardFitsBusyDays()
{
    // The reported defect: with four-digit counts (9,067 accepted, 10,286 recipients, 1,186 bounce notices)
    // the window grew to 1103 px (1123 in German), "Bounce notices", the chart's legend and "Open the setup
    // wizard" off the screen. The tiles fit 1024 px with counts up to seven digits, each count whole.
    QFETCH(QString, language);
    Test::WindowTour::useLanguage(language);
    Test::TempDataDir dir;
    Test::ExampleData::populate(dir.path());
    MainWindow window(dir.path());
    QVERIFY(shownAt1024x700(window));
    DashboardPage* dashboard = window.dashboardPage();
    // The page's own read (every 10 s) comes first, so that it does not overwrite the counts below.
    QSignalSpy shown(dashboard, &DashboardPage::snapshotShown);
    dashboard->refresh();
    QTRY_VERIFY(shown.count() > 0);
    fillDashboardOfARunningRelay(dashboard);
    window.showPage(MainWindow::Dashboard);
    QStringList problems;
    for (const int scale : {1, 130}) {
        DashboardSnapshot busy;
        busy.acceptedToday = 9067 * scale;
        busy.acceptedRecipientsToday = 10286 * scale;
        busy.deliveredToday = 9371 * scale;
        busy.waitingNow = 1803 * scale;
        busy.deferredNow = 1203 * scale;
        // Every part of the Waiting tile's words at once: they overlapped its title in French (an outside
        // tester); with bounce notices waiting too, the German tiles took 600 px and squeezed the Relay box
        // (another tester).
        busy.heldNow = 112 * scale;
        busy.noticesWaitingNow = 10 * scale;
        busy.waitingMessagesNow = 1402 * scale;
        busy.bouncedToday = 1186 * scale;
        busy.suppressedToday = 41 * scale;
        busy.deletedToday = 7 * scale;
        busy.bounceNoticesToday = 1186 * scale;
        busy.noticesNotSentToday = 1185 * scale;
        // An outside tester's window with failing deliveries was 721 px tall in German, the alerts' frame and
        // the Delivery Logs page's buttons below the screen's edge.
        const qint64 hourAgo = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
        busy.failingDomains = {{QStringLiteral("rx.test"), 12, hourAgo},
                               {QStringLiteral("mail.example.net"), 3, hourAgo}};
        // And a smarthost that refuses the relay's login (the longest alerts).
        busy.peerProblems = {{QStringLiteral("smarthost"),
                              QStringLiteral("smtp.transactional-provider.example"),
                              QStringLiteral("4.7.8")}};
        busy.noticeProblems = {
            {QStringLiteral("orders@webshop-of-the-office.example"), QStringLiteral("WebShop"), false}};
        busy.pendingRecipients = 600 * scale;
        busy.oldestPendingMs = QDateTime::currentMSecsSinceEpoch() - 2 * 3600 * 1000;
        dashboard->setSnapshot(busy);
        // And the relay's own certificate and a short host name: two gaps in the setup notice above the
        // alerts.
        SetupState setup;
        setup.hasAgent = true;
        setup.hostname = QStringLiteral("vm");
        dashboard->setSetupState(setup);
        QTest::qWait(100);
        const QString where = QStringLiteral("%1 accepted: ").arg(QLocale().toString(busy.acceptedToday));
        if (window.width() > 1024)
            problems << where + QStringLiteral("the window grew to %1 px").arg(window.width());
        if (window.minimumSizeHint().width() > 1024)
            problems << where +
                            QStringLiteral("the window needs %1 px").arg(window.minimumSizeHint().width());
        if (window.height() > 700 || window.minimumSizeHint().height() > 700)
            problems << where + QStringLiteral("the window is %1 px tall and needs %2 px")
                                    .arg(window.height())
                                    .arg(window.minimumSizeHint().height());
        for (QWidget* widget : dashboard->findChildren<QWidget*>()) {
            if (!widget->isVisible())
                continue;
            const int right = widget->mapTo(&window, QPoint(widget->width(), 0)).x();
            if (right > 1024)
                problems << where + describe(widget) + QStringLiteral(" ends at %1 px").arg(right);
        }
        for (QLabel* label : dashboard->findChildren<QLabel*>()) {
            if (label->isVisible() && !label->wordWrap() &&
                label->fontMetrics().horizontalAdvance(label->text()) > label->contentsRect().width())
                problems << where + describe(label) + QStringLiteral(" is cut");
        }
        for (const QString& problem : settledClippedWidgets(&window))
            problems << where + problem;
        // The row of counts at one size: four digits beside three were drawn smaller (an outside tester).
        QSet<int> sizes;
        for (const CountLabel* count : dashboard->findChildren<CountLabel*>())
            sizes << count->font().pointSize();
        if (sizes.size() != 1)
            problems << where + QStringLiteral("the counts are drawn at %1 sizes").arg(sizes.size());
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestLayoutFit::refreshSitsBelowEachListAtTheRight()
{
    // The Delivery Logs' two tabs placed Refresh in two places (below the list, beside the search) and the
    // refused logins a third (at the left): an outside tester looked for it. Below its list, at the right.
    QFETCH(QString, language);
    Test::WindowTour::useLanguage(language);
    Test::TempDataDir dir;
    MainWindow window(dir.path());
    QVERIFY(shownAt1024x700(window));
    const struct
    {
        MainWindow::Page page;
        const char* list;
        const char* refresh;
    } places[] = {{MainWindow::Logs, "logView", "refreshLog"},
                  {MainWindow::Logs, "refusedSubmissions", "refreshRefused"},
                  {MainWindow::Sessions, "refusedLogins", "refreshRefusedLogins"},
                  {MainWindow::Sessions, "lockouts", "refreshLockouts"},
                  {MainWindow::Queue, "queueView", "refreshQueue"},
                  {MainWindow::SettingsPageIndex, "mtaStsPolicies", "refreshMtaSts"}};
    QStringList problems;
    for (const auto& place : places) {
        window.showPage(place.page);
        auto* list = window.findChild<QAbstractItemView*>(QLatin1String(place.list));
        auto* refresh = window.findChild<QPushButton*>(QLatin1String(place.refresh));
        QVERIFY2(list && refresh, place.refresh);
        // A list on a tab of its own: that tab shown.
        for (QWidget* up = list->parentWidget(); up; up = up->parentWidget()) {
            if (auto* stack = qobject_cast<QStackedWidget*>(up->parentWidget());
                stack && qobject_cast<QTabWidget*>(stack->parentWidget()))
                qobject_cast<QTabWidget*>(stack->parentWidget())->setCurrentWidget(up);
        }
        QApplication::processEvents();
        QVERIFY2(list->isVisible() && refresh->isVisible(), place.refresh);
        const QRect listArea(list->mapTo(&window, QPoint(0, 0)), list->size());
        const QRect button(refresh->mapTo(&window, QPoint(0, 0)), refresh->size());
        if (button.top() < listArea.bottom())
            problems << QStringLiteral("%1 is not below %2")
                            .arg(QLatin1String(place.refresh), QLatin1String(place.list));
        if (button.right() < listArea.right() - 2 * refresh->width())
            problems << QStringLiteral("%1 is at the left of %2 (%3 < %4)")
                            .arg(QLatin1String(place.refresh), QLatin1String(place.list))
                            .arg(button.right())
                            .arg(listArea.right());
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(language + QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

#include "tst_layoutfit.moc"
