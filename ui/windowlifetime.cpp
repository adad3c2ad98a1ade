#include "ui/windowlifetime.h"

#include "ui/enginehost.h"
#include "ui/mainwindow.h"
#include "ui/statustray.h"

#include <QAction>
#include <QCheckBox>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace RelayDesk {

WindowLifetime::WindowLifetime(MainWindow* window, std::function<void()> quitApplication, QObject* parent)
    : QObject(parent), m_window(window), m_quitApplication(std::move(quitApplication))
{
    m_window->setCloseFilter([this]() { return mayClose(); });
    // Without a tray (or with "keep running" chosen) the window must still offer a way to quit.
    auto* quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                   tr("&Quit (stops the relay)"), m_window);
    m_quitAction = quitAction;
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(quitAction, &QAction::triggered, this, &WindowLifetime::quit);
    // The window has its View and Help menus by now; File goes first, where every desktop puts it.
    QMenuBar* bar = m_window->menuBar();
    auto* fileMenu = new QMenu(tr("&File"), bar);
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(quitAction);
    const QList<QAction*> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.first(), fileMenu);
}

void WindowLifetime::setRelayElsewhere(bool elsewhere)
{
    m_quitAction->setText(elsewhere ? tr("&Quit (the relay keeps running)") : tr("&Quit (stops the relay)"));
}

void WindowLifetime::followEngineHost(EngineHost* host, StatusTray* tray)
{
    const auto follow = [this, host, tray]() {
        setRelayElsewhere(host->isAttached());
        if (tray)
            tray->setRelayElsewhere(host->isAttached());
    };
    connect(host, &EngineHost::engineChanged, this, follow);
    follow();
}

void WindowLifetime::connectTray(StatusTray* tray)
{
    connect(tray, &StatusTray::showWindowRequested, this, &WindowLifetime::showWindow);
    connect(tray, &StatusTray::quitRequested, this, &WindowLifetime::quit);
}

void WindowLifetime::setWaitingMail(std::function<qint64()> waitingMessages)
{
    m_waitingMail = std::move(waitingMessages);
}

void WindowLifetime::quit()
{
    if (m_quitting)
        return;
    // An outside tester quit with File > Quit while mail waited, and nothing said it would stay undelivered.
    if (!confirmStopWithWaitingMail())
        return;
    m_quitting = true;
    if (!m_window->close()) {
        // The window stays: it asks about unsaved settings first. Quit must work again afterwards; a flag
        // left set here made every later Quit and Ctrl+Q return at once, and the process run on.
        m_quitting = false;
        return;
    }
    m_quitApplication();
}

void WindowLifetime::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

bool WindowLifetime::mayClose()
{
    if (m_quitting)
        return true;
    const bool tray = StatusTray::isAvailable();
    CloseAction::Choice choice = CloseAction::load(tray);
    if (choice == CloseAction::Ask)
        choice = ask(tray); // says itself what waits
    else if (choice == CloseAction::Quit && !confirmStopWithWaitingMail())
        return false;
    switch (choice) {
    case CloseAction::KeepRunning:
        keepRunning(tray);
        return false;
    case CloseAction::Quit:
        // Close now; end the application once the close event is done.
        m_quitting = true;
        QTimer::singleShot(0, this, [this]() { m_quitApplication(); });
        return true;
    case CloseAction::Ask:
        break;
    }
    return false; // the question was cancelled: the window stays
}

CloseAction::Choice WindowLifetime::ask(bool trayAvailable)
{
    QMessageBox box(
        QMessageBox::Question, tr("Close RelayDesk"),
        tr("The relay delivers mail only while RelayDesk runs. Keep it running in the background, "
           "or quit and stop the relay?"),
        QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("closeQuestion"));
    QString informative = trayAvailable ? tr("In the background, the tray icon shows the window again.")
                                        : tr("In the background, the window stays minimized in the task "
                                             "bar; Quit in its File menu stops the relay.");
    if (const qint64 waiting = m_waitingMail ? m_waitingMail() : 0; waiting > 0)
        informative =
            tr("%Ln message(s) wait in the queue.", "", int(waiting)) + QLatin1Char(' ') + informative;
    box.setInformativeText(informative);
    QPushButton* keep = box.addButton(tr("Keep running"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepRunning"));
    QPushButton* quit = box.addButton(tr("Quit"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quit"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.setEscapeButton(QMessageBox::Cancel);
    auto* remember = new QCheckBox(tr("Remember my choice (Settings, Desktop, can change it)"), &box);
    remember->setObjectName(QStringLiteral("remember"));
    remember->setChecked(true);
    box.setCheckBox(remember);
    box.exec();
    CloseAction::Choice choice = CloseAction::Ask;
    if (box.clickedButton() == keep)
        choice = CloseAction::KeepRunning;
    else if (box.clickedButton() == quit)
        choice = CloseAction::Quit;
    if (choice != CloseAction::Ask && remember->isChecked())
        CloseAction::save(choice);
    return choice;
}

bool WindowLifetime::confirmStopWithWaitingMail()
{
    const qint64 waiting = m_waitingMail ? m_waitingMail() : 0;
    if (waiting <= 0)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Quit RelayDesk"),
                    tr("%Ln message(s) wait in the queue. The relay delivers them only while RelayDesk runs.",
                       "", int(waiting)),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("quitWithWaitingMail"));
    box.setInformativeText(tr("Quit and stop the relay now? What waits stays in the queue and goes out when "
                              "RelayDesk starts again."));
    QPushButton* quit = box.addButton(tr("Quit"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quit"));
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == quit;
}

void WindowLifetime::keepRunning(bool trayAvailable)
{
    // Without a tray a hidden window could not be found again: it stays in the task bar, minimized.
    if (trayAvailable)
        m_window->hide();
    else
        m_window->showMinimized();
    Q_EMIT keptRunning();
}

} // namespace RelayDesk
