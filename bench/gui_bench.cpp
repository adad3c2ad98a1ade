// The GUI benchmark (run through bench/gui_bench.sh):
//   gui_bench generate DATADIR ROWS      a delivery log of ROWS rows
//   gui_bench measure DATADIR T0_NS PREFIX [smtp-source args...]
// measure starts the application as runGui() does (engine, window, tray) and prints one line of timings:
// the window usable since T0_NS (the wall-clock time the script took just before starting this process),
// the first Delivery Logs page, a recipient prefix filter, and the longest GUI-thread stall while
// smtp-source feeds the engine's LAN relay listener.
#include "bench/gui_bench_data.h"
#include "core/agents/agentdirectory.h"
#include "core/engine/relayengine.h"
#include "core/store/database.h"
#include "core/store/settings.h"
#include "ui/deliverylogmodel.h"
#include "ui/deliverylogpage.h"
#include "ui/enginelink.h"
#include "ui/logfilterbar.h"
#include "ui/mainwindow.h"
#include "ui/statustray.h"
#include "ui/uiresources.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QTableView>
#include <QTcpServer>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <ctime>
#include <functional>

using namespace RelayDesk;

namespace {

qint64 wallNs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

/// Runs the event loop until done() holds (or timeoutMs passes); returns whether it held.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

/// Runs the event loop until it has nothing left to do right now (a zero timer fires after pending events).
void waitIdle()
{
    bool idle = false;
    QTimer::singleShot(0, QCoreApplication::instance(), [&idle]() { idle = true; });
    while (!idle)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
}

/// Milliseconds from a model reload or filter until its first page is in and painted.
double timePage(DeliveryLogPage* page, const std::function<void()>& start)
{
    QElapsedTimer timer;
    timer.start();
    bool loaded = false;
    const QMetaObject::Connection c =
        QObject::connect(page->model(), &PagedTableModel::pageLoaded, page, [&loaded]() { loaded = true; });
    start();
    waitFor([&loaded]() { return loaded; }, 60000);
    page->view()->viewport()->repaint(); // the rows on screen, not just in the model
    QObject::disconnect(c);
    return timer.nsecsElapsed() / 1e6;
}

int measure(int argc, char** argv)
{
    const QString dataDir = QString::fromLocal8Bit(argv[2]);
    const qint64 t0 = QByteArray(argv[3]).toLongLong();
    const QString prefix = QString::fromLocal8Bit(argv[4]);
    QStringList smtpSourceArgs;
    for (int i = 5; i < argc; ++i)
        smtpSourceArgs << QString::fromLocal8Bit(argv[i]);

    // Setup that a real installation has already done: free ports, delivery off, a trusted device.
    {
        if (Status s = Database::initialize(dataDir); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            return 1;
        }
        Settings settings(dataDir);
        settings.set(QStringLiteral("listener.submission.address"),
                     QStringLiteral("127.0.0.1:%1").arg(freePort()));
        settings.set(QStringLiteral("listener.smtps.address"),
                     QStringLiteral("127.0.0.1:%1").arg(freePort()));
        settings.set(QStringLiteral("listener.lan.address"), QStringLiteral("127.0.0.1:%1").arg(freePort()));
        settings.set(QStringLiteral("delivery.enabled"), QStringLiteral("false"));
        AgentDirectory agents(dataDir);
        if (!agents.agent(QStringLiteral("bench-device")))
            agents.createAgent(QStringLiteral("bench-device"), {},
                               {CidrRange::parse(QStringLiteral("127.0.0.1")).value()});
        Database::releaseThreadConnection(dataDir);
    }

    // As runGui() does it.
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RelayDeskBench"));
    QApplication::setApplicationName(QStringLiteral("gui_bench"));
    initUiResources();
    if (Status status = Database::initialize(dataDir); !status)
        return 1;
    RelayEngine engine(dataDir);
    MainWindow window(dataDir);
    window.showPage(MainWindow::Dashboard);
    StatusTray tray;
    EngineLink link(&engine, &window, &tray);
    if (Status status = engine.start(); !status) {
        std::fprintf(stderr, "engine: %s\n", qPrintable(status.error()));
        return 1;
    }
    window.resize(1280, 800);
    window.show();
    waitFor([&window]() { return window.windowHandle() && window.windowHandle()->isExposed(); }, 30000);
    waitIdle();
    const double windowMs = (wallNs() - t0) / 1e6;

    // The first page of the Delivery Logs (the page loaded its first rows at construction; reload it to time
    // it on its own), then a recipient prefix filter, timed from when the filter applies (after the
    // 250 ms typing debounce) to the rows painted.
    window.showPage(MainWindow::Logs);
    waitIdle();
    DeliveryLogPage* logs = window.deliveryLogPage();
    const double firstPageMs = timePage(logs, [logs]() { logs->model()->reload(); });
    const int firstRows = logs->model()->rowCount();
    const double againMs = timePage(logs, [logs]() { logs->model()->reload(); });
    auto* recipientField = logs->filterBar()->findChild<QLineEdit*>(QStringLiteral("recipientFilter"));
    const double filterMs = timePage(logs, [&]() {
        const QSignalBlocker blocker(recipientField); // skip the debounce: apply at once
        recipientField->setText(prefix);
        Q_EMIT logs->filterBar()->filterChanged();
    });
    const int filterRows = logs->model()->rowCount();
    {
        const QSignalBlocker blocker(recipientField);
        recipientField->clear();
    }
    // Free-text search over the full-text index (delivery_log_fts), first page painted: a word in 1.5% of the
    // rows (the greylisting reply), a common one (a subject word in a sixth of them) and one message's queue
    // id; then the count of the first ("N matches"), timed from the filter to the number.
    auto* textField = logs->filterBar()->findChild<QLineEdit*>(QStringLiteral("textFilter"));
    auto timeText = [&](const QString& words) {
        return timePage(logs, [&]() {
            const QSignalBlocker blocker(textField);
            textField->setText(words);
            Q_EMIT logs->filterBar()->filterChanged();
        });
    };
    const double textCommonMs = timeText(QStringLiteral("invoice"));
    const double textRareMs = timeText(QStringLiteral("B0007a120"));
    const int textRareRows = logs->model()->rowCount();
    QElapsedTimer countClock;
    qint64 counted = -1;
    const QMetaObject::Connection countDone = QObject::connect(logs, &DeliveryLogPage::countFinished, logs,
                                                               [&counted](qint64 rows) { counted = rows; });
    countClock.start();
    const double textMs = timeText(QStringLiteral("greylisted"));
    const int textRows = logs->model()->rowCount();
    waitFor([&counted]() { return counted >= 0; }, 60000);
    const double textCountMs = countClock.nsecsElapsed() / 1e6;
    QObject::disconnect(countDone);
    {
        const QSignalBlocker blocker(textField);
        textField->clear();
    }
    // Scrolling: keyset pages deep into the log.
    Q_EMIT logs->filterBar()->filterChanged();
    waitFor([logs]() { return !logs->model()->isLoading() && logs->model()->filter().recipient.isEmpty(); },
            60000);
    QElapsedTimer scroll;
    scroll.start();
    for (int i = 0; i < 50 && logs->model()->canFetchMore({}); ++i) {
        logs->model()->fetchMore({});
        waitFor([logs]() { return !logs->model()->isLoading(); }, 60000);
    }
    const double fetch50Ms = scroll.nsecsElapsed() / 1e6;
    const int scrolledRows = logs->model()->rowCount();

    // GUI-thread stalls while smtp-source sends through the LAN relay listener, with Live Sessions shown.
    window.showPage(MainWindow::Sessions);
    QString lanAddress;
    for (const ListenerStatus& listener : engine.listeners()) {
        if (listener.name == QLatin1String("lan"))
            lanAddress = listener.address;
    }
    QElapsedTimer gapClock;
    gapClock.start();
    qint64 last = gapClock.nsecsElapsed();
    qint64 maxGap = 0;
    QList<qint64> gaps;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&]() {
        const qint64 now = gapClock.nsecsElapsed();
        maxGap = std::max(maxGap, now - last);
        gaps << now - last;
        last = now;
    });
    const quint64 acceptedBefore = engine.acceptedCount();
    QProcess source;
    source.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    source.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer loadClock;
    ticker.start();
    loadClock.start();
    source.start(QStringLiteral("/usr/sbin/smtp-source"), smtpSourceArgs << lanAddress);
    waitFor([&source]() { return source.state() == QProcess::NotRunning; }, 600000);
    const double loadSeconds = loadClock.nsecsElapsed() / 1e9;
    ticker.stop();
    const quint64 accepted = engine.acceptedCount() - acceptedBefore;
    std::sort(gaps.begin(), gaps.end());
    const double p99 = gaps.isEmpty() ? 0 : gaps.at(gaps.size() * 99 / 100) / 1e6;

    QSqlQuery count(Database::connection(dataDir).value());
    count.exec(QStringLiteral("SELECT COUNT(*) FROM recipients"));
    count.next();
    std::printf("rows=%lld window_ms=%.1f first_page_ms=%.1f first_page_rows=%d again_ms=%.1f filter_ms=%.1f "
                "filter_rows=%d text_ms=%.1f text_rows=%d text_count_ms=%.1f text_matches=%lld "
                "text_common_ms=%.1f text_rare_ms=%.1f text_rare_rows=%d "
                "fetch50_ms=%.1f scrolled_rows=%d max_stall_ms=%.1f p99_gap_ms=%.2f ticks=%lld accepted=%llu "
                "load_s=%.2f accept_rate=%.0f smtp_source_exit=%d\n",
                count.value(0).toLongLong(), windowMs, firstPageMs, firstRows, againMs, filterMs, filterRows,
                textMs, textRows, textCountMs, static_cast<long long>(counted), textCommonMs, textRareMs,
                textRareRows, fetch50Ms, scrolledRows, maxGap / 1e6, p99, static_cast<long long>(gaps.size()),
                static_cast<unsigned long long>(accepted), loadSeconds, accepted / loadSeconds,
                source.exitCode());
    std::fflush(stdout);
    engine.stop();
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc >= 4 && qstrcmp(argv[1], "generate") == 0) {
        QCoreApplication app(argc, argv);
        QElapsedTimer timer;
        timer.start();
        const QString error =
            Bench::generateDeliveryLog(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
        if (!error.isEmpty()) {
            std::fprintf(stderr, "generate: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("generated %s rows in %.1f s\n", argv[3], timer.elapsed() / 1000.0);
        return 0;
    }
    if (argc >= 5 && qstrcmp(argv[1], "measure") == 0)
        return measure(argc, argv);
    std::fprintf(stderr, "usage: gui_bench generate DATADIR ROWS | gui_bench measure DATADIR T0_NS PREFIX "
                         "[smtp-source args]\n");
    return 2;
}
