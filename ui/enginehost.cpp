#include "ui/enginehost.h"

#include "core/admin/admin.h"
#include "core/control/remoteengine.h"
#include "core/engine/enginecontrol.h"
#include "core/store/enginelock.h"
#include "ui/confirmation.h"
#include "ui/enginelink.h"
#include "ui/mainwindow.h"
#include "ui/settingspage.h"
#include "ui/statustray.h"
#include "ui/storeerrortext.h"
#include "ui/timecolumn.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStyle>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <utility>

namespace RelayDesk {

EngineHost::EngineHost(QString dataDir, EngineFactory makeOwnEngine, MainWindow* window, StatusTray* tray,
                       QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_makeOwnEngine(std::move(makeOwnEngine)),
      m_window(window), m_tray(tray), m_origin(new QLabel(window)), m_startHere(new QPushButton(window))
{
    m_origin->setObjectName(QStringLiteral("engineOrigin"));
    m_startHere->setObjectName(QStringLiteral("startRelayHere"));
    m_startHere->setText(tr("Start relay here"));
    m_startHere->setToolTip(
        tr("Run the relay in this window. Until then, the window attaches again as soon as "
           "a relay runs on its data directory."));
    m_startHere->hide();
    // In the menu bar's free corner: it takes no height from the pages (which must fit 1024x700).
    m_corner = new QWidget(window);
    auto* layout = new QHBoxLayout(m_corner);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(m_origin);
    layout->addWidget(m_startHere);
    m_startHere->setFlat(true);
    window->menuBar()->setCornerWidget(m_corner, Qt::TopRightCorner);
    connect(m_startHere, &QPushButton::clicked, this, [this] {
        if (const QString question = startHereQuestion(m_dataDir);
            !question.isEmpty() &&
            !Confirmation::ask(m_window, QStringLiteral("confirmStartHere"), tr("Start relay here"), question,
                               tr("Run in this window")))
            return;
        if (Status started = startHere(); !started)
            showNotStarted(started.error());
    });
    // A relay that ran on while a restore replaced its store wrote its outcomes to the file set aside and
    // read its work from the restored one: it delivered the same message hundreds of times (an outside
    // tester).
    connect(window->settingsPage(), &SettingsPage::restoreStarting, this, &EngineHost::stopForRestore);
    connect(window->settingsPage(), &SettingsPage::restoreFinished, this, &EngineHost::afterRestore);
    m_reattach.setInterval(2000);
    connect(&m_reattach, &QTimer::timeout, this, &EngineHost::retryAttach);
    m_storeWait.setInterval(5000);
    connect(&m_storeWait, &QTimer::timeout, this, &EngineHost::retryStart);
}

EngineHost::~EngineHost()
{
    shutdown();
}

bool EngineHost::isAttached() const
{
    return m_engine && m_engine->isRemote();
}

Status EngineHost::begin()
{
    // One engine per data directory: beside a running one the window attaches to it, never starts another.
    // One that is stopping (the window quit a moment ago, finishing a delivery) is waited for.
    std::optional<EngineLockHolder> holder = EngineLock::holder(m_dataDir);
    if (holder && holder->stopping)
        holder = waitWhileStopping(*holder);
    if (holder)
        return attachOrRefuse(*holder);
    // The relay service's directory while the service is stopped: opening the window ran the office's relay
    // here, as this person, until they quit or logged out, and the service could not start meanwhile (an
    // outside tester). The window waits for the service and attaches when it runs; "Start relay here" asks.
    if (!startHereQuestion(m_dataDir).isEmpty()) {
        waitForService();
        return {};
    }
    Status started = startOwn();
    if (!started) {
        // Another engine may have started in the meantime: attach to it instead.
        if (const std::optional<EngineLockHolder> holder = EngineLock::holder(m_dataDir);
            holder && holder->pid != QCoreApplication::applicationPid())
            return attachOrRefuse(*holder);
        // A PostgreSQL server that does not answer yet is waited for, as the relay service does; the
        // window shows what it can meanwhile.
        if (Admin::isStoreAway(started.error())) {
            m_storeAway = started.error();
            m_storeWait.start();
            updateStatusBar();
        }
    }
    return started;
}

std::optional<EngineLockHolder> EngineHost::waitWhileStopping(const EngineLockHolder& holder)
{
    // A start right after a quit found no control channel and showed a dialog about another window and
    // systemctl, half in English (an outside tester).
    QProgressDialog waiting(
        holder.face == EngineFace::Window
            ? tr("The RelayDesk that was quit a moment ago (pid %1) is still finishing a "
                 "delivery under way, for at most 20 seconds. This window starts then.")
                  .arg(holder.pid)
            : tr("The relay service (pid %1) is stopping: it finishes a delivery under way, "
                 "for at most 20 seconds. This window starts then.")
                  .arg(holder.pid),
        QString(), 0, 0, m_window);
    waiting.setWindowTitle(tr("RelayDesk"));
    waiting.setWindowModality(Qt::ApplicationModal);
    waiting.setMinimumDuration(0);
    waiting.show();
    return EngineLock::waitWhileStopping(m_dataDir, 30'000,
                                         [] { QCoreApplication::processEvents(QEventLoop::AllEvents, 50); });
}

Status EngineHost::attachOrRefuse(const EngineLockHolder& holder)
{
    // An engine that is still starting holds the lock before its channel listens: give it a few seconds.
    Status attached;
    for (int attempt = 0; attempt < 20; ++attempt) {
        attached = attach(holder);
        if (attached || !EngineLock::holder(m_dataDir))
            break;
        QThread::msleep(250);
    }
    if (!attached)
        m_refusedBy = holder;
    return attached;
}

Status EngineHost::attach(const EngineLockHolder& holder)
{
    auto remote = std::make_unique<RemoteEngine>(m_dataDir);
    m_attaching = true;
    const Status started = remote->start();
    m_attaching = false;
    if (Status attached = started; !attached)
        return Status::failure(tr("The relay runs in process %1, but this window cannot reach its control "
                                  "channel: %2")
                                   .arg(holder.pid)
                                   .arg(attached.error()));
    connect(remote.get(), &RemoteEngine::detached, this, &EngineHost::onDetached, Qt::QueuedConnection);
    use(std::move(remote));
    return {};
}

void EngineHost::waitForService()
{
    use(std::make_unique<RemoteEngine>(m_dataDir)); // not attached: shows the store, runs nothing
    m_serviceStopped = true;
    m_detachReason = tr("the relay service is not running");
    updateStatusBar();
    m_reattach.start();
}

void EngineHost::stopForRestore()
{
    if (!m_engine || m_engine->isRemote() || !m_engine->isRunning())
        return;
    m_engine->stop();
    m_stoppedForRestore = true;
    updateStatusBar();
    Q_EMIT engineChanged();
}

void EngineHost::afterRestore(bool restored)
{
    if (!m_stoppedForRestore)
        return;
    if (restored) {
        updateStatusBar(); // stopped until the admin starts it (Start relay here)
        return;
    }
    // Nothing replaced: the relay goes on as before.
    if (Status started = startOwn(); !started)
        showNotStarted(StoreErrorText::of(started.error()));
}

Status EngineHost::startOwn()
{
    const bool afterRestore = std::exchange(m_stoppedForRestore, false);
    use(m_makeOwnEngine(m_dataDir));
    const Status started = m_engine->start();
    updateStatusBar();
    if (afterRestore && started)
        m_window->settingsPage()->noteRelayStartedAgain();
    return started;
}

void EngineHost::use(std::unique_ptr<EngineControl> engine)
{
    m_reattach.stop();
    m_detachReason.clear();
    m_serviceStopped = false;
    m_link.reset();
    if (m_engine)
        m_engine->stop();
    m_engine = std::move(engine);
    m_link = std::make_unique<EngineLink>(m_engine.get(), m_window, m_tray);
    connect(m_engine.get(), &EngineControl::listenersChanged, this, &EngineHost::updateStatusBar);
    updateStatusBar();
    Q_EMIT engineChanged();
}

Status EngineHost::startHere()
{
    if (const std::optional<EngineLockHolder> holder = EngineLock::holder(m_dataDir)) {
        if (Status attached = attach(*holder); !attached)
            return attached;
        return {};
    }
    // A data directory moved away (or a typo) never gets a second, empty relay (README): an outside tester's
    // click made an empty store where the moved one had been.
    if (!QFileInfo(m_dataDir).isDir())
        return Status::failure(
            tr("The data directory %1 no longer exists: it was moved or removed. Nothing was started and "
               "nothing was created there. Open RelayDesk on the directory where it is now (relaydesk "
               "--data-dir DIRECTORY), or put it back.")
                .arg(m_dataDir));
    return startOwn();
}

QString EngineHost::startHereQuestion(const QString& dataDir)
{
    const QFileInfo directory(dataDir);
    const uint owner = directory.ownerId();
    if (!directory.exists() || owner == uint(::geteuid()))
        return {};
    const struct passwd* account = ::getpwuid(owner);
    const QString name = account ? QString::fromLocal8Bit(account->pw_name) : QString::number(owner);
    // Root may listen below 1024: said only to others (an outside tester, as root, was told otherwise).
    return (::geteuid() == 0
                ? tr("The data directory %1 belongs to %2: it is the relay service's. Start the service "
                     "again "
                     "(systemctl start relaydesk) rather than here: a relay in this window runs as you, "
                     "stops "
                     "when you quit or log out, and the service cannot start while it runs.\n\nRun the relay "
                     "in this window all the same?")
                : tr("The data directory %1 belongs to %2: it is the relay service's. Start the service "
                     "again "
                     "(sudo systemctl start relaydesk) rather than here: a relay in this window runs as you, "
                     "stops when you quit or log out, cannot listen on ports below 1024, and the service "
                     "cannot "
                     "start while it runs.\n\nRun the relay in this window all the same?"))
        .arg(directory.absoluteFilePath(), name);
}

void EngineHost::shutdown()
{
    m_reattach.stop();
    // The windows go at once: an own relay waits up to 20 s for the deliveries under way to end and be
    // recorded (docs/operations.md, "A clean stop"), and the window stood frozen meanwhile (an outside
    // tester).
    if (m_engine && !m_engine->isRemote()) {
        for (QWidget* widget : QApplication::topLevelWidgets())
            widget->hide();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    if (m_engine)
        m_engine->stop(); // an attached engine: detaches only
}

void EngineHost::onDetached(const QString& reason)
{
    // The tray already says that the relay stopped (EngineLink); the menu bar says whose, and what now.
    m_detachReason = reason.isEmpty() ? tr("the channel closed") : reason;
    updateStatusBar();
    m_reattach.start();
    Q_EMIT engineChanged();
}

void EngineHost::retryAttach()
{
    if (m_attaching)
        return; // an attach waits for its answer (in a local event loop) right now
    if (isAttached() && m_engine->isRunning()) {
        m_reattach.stop();
        return;
    }
    const std::optional<EngineLockHolder> holder = EngineLock::holder(m_dataDir);
    if (holder && holder->pid > 0)
        attach(*holder); // on failure, tried again at the next tick
}

void EngineHost::retryStart()
{
    if (const std::optional<EngineLockHolder> holder = EngineLock::holder(m_dataDir);
        holder && holder->pid != QCoreApplication::applicationPid()) {
        m_storeWait.stop(); // a relay service started meanwhile (and found its store): show that one
        m_storeAway.clear();
        attach(*holder);
        updateStatusBar();
        return;
    }
    const Status started = m_engine->start();
    if (!started && Admin::isStoreAway(started.error())) {
        m_storeAway = started.error();
        return;
    }
    m_storeWait.stop();
    m_storeAway.clear();
    if (!started)
        showNotStarted(StoreErrorText::of(started.error()));
    else
        updateStatusBar();
    Q_EMIT engineChanged();
}

QString EngineHost::originText() const
{
    if (!m_engine)
        return {};
    const EngineLockHolder runner = m_engine->runner();
    const QString since = runner.since.isValid() ? shortDateTimeText(runner.since) : tr("an unknown time");
    if (!m_engine->isRemote() && waitsForStore())
        return tr("Relay in this window: waiting for the store");
    if (!m_engine->isRemote() && m_stoppedForRestore && !m_engine->isRunning())
        return tr("Relay in this window: stopped for the restore");
    if (!m_engine->isRemote())
        return m_engine->isRunning() ? tr("Relay in this window") : tr("Relay in this window (stopped)");
    if (m_serviceStopped)
        return tr("The relay service is not running");
    if (!m_detachReason.isEmpty())
        return runner.face == EngineFace::Service
                   ? tr("The relay service (pid %1) has stopped or gone away").arg(runner.pid)
                   : tr("The relay of the other window (pid %1) has stopped").arg(runner.pid);
    return runner.face == EngineFace::Service
               ? tr("Relay service (pid %1, since %2)").arg(runner.pid).arg(since)
               : tr("Relay in another RelayDesk window (pid %1, since %2)").arg(runner.pid).arg(since);
}

void EngineHost::updateStatusBar()
{
    m_startHere->setVisible((isAttached() && !m_detachReason.isEmpty()) ||
                            (m_stoppedForRestore && m_engine && !m_engine->isRunning()));
    // The service stopped and its directory then moved away: said, not left to the next click.
    const QString gone =
        !m_detachReason.isEmpty() && !QFileInfo(m_dataDir).isDir()
            ? tr("The data directory %1 was not found: it was moved or removed.").arg(m_dataDir) +
                  QLatin1Char('\n')
            : QString();
    setOrigin(originText(),
              gone +
                  (waitsForStore() ? tr("%1. The relay starts by itself once the store answers.")
                                         .arg(StoreErrorText::sentence(m_storeAway))
                   : m_serviceStopped
                       ? tr("Start it with sudo systemctl start relaydesk: the window attaches as soon as it "
                            "runs.")
                   : m_detachReason.isEmpty()
                       ? QString()
                       : tr("%1. The window attaches again as soon as a relay runs on its data "
                            "directory.")
                             .arg(m_detachReason)));
    // The menu bar sizes its corner only when it is set: set it again with the new words.
    m_corner->adjustSize();
    m_window->menuBar()->setCornerWidget(m_corner, Qt::TopRightCorner);
}

void EngineHost::setOrigin(const QString& text, const QString& tip)
{
    // The menus' room first: each title with its item spacing and margins.
    const QMenuBar* bar = m_window->menuBar();
    const QFontMetrics menuFont(bar->font());
    int menus = 0;
    for (const QAction* action : bar->actions()) {
        if (action->isVisible())
            menus += menuFont.horizontalAdvance(QString(action->text()).remove(QLatin1Char('&'))) +
                     2 * bar->style()->pixelMetric(QStyle::PM_MenuBarItemSpacing, nullptr, bar) + 16;
    }
    const int windowWidth = m_window->width() >= 640 ? m_window->width() : 1024;
    const int button = m_startHere->isVisibleTo(m_window) ? m_startHere->sizeHint().width() : 0;
    const int room = std::max(160, windowWidth - menus - button - 48);
    const QString shown = m_origin->fontMetrics().elidedText(text, Qt::ElideRight, room);
    m_origin->setText(shown);
    m_origin->setMaximumWidth(room);
    m_origin->setToolTip(shown == text ? tip : tip.isEmpty() ? text : text + QStringLiteral("\n\n") + tip);
}

void EngineHost::showNotStarted(const QString& reason)
{
    setOrigin(tr("The relay did not start"), reason);
    m_corner->adjustSize();
    m_window->menuBar()->setCornerWidget(m_corner, Qt::TopRightCorner);
    // Not exec(): window-modal, and the window's event loop (and its updates) keeps running.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("The relay did not start"), reason, QMessageBox::Ok,
                                m_window);
    box->setObjectName(QStringLiteral("relayNotStarted"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace RelayDesk
