#include "ui/dashboardpage.h"
#include "core/admin/storeadmin.h"
#include "core/util/diskspace.h"
#include "core/util/readableaddress.h"
#include "ui/settingcatalog.h"
#include "ui/sizetext.h"

#include "ui/agentlabel.h"
#include "ui/anysenderwarning.h"
#include "ui/countaxis.h"
#include "ui/countlabel.h"
#include "ui/durationtext.h"
#include "ui/expirydate.h"
#include "ui/listenererrortext.h"
#include "ui/liverefresh.h"
#include "ui/queryrunner.h"
#include "ui/storeerrortext.h"
#include "ui/timecolumn.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QColor>
#include <QCursor>
#include <QFontMetrics>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <memory>

namespace RelayDesk {

namespace {

/// "3A:D6:A1:A8:54:5E:99:F7 65:52:...": the fingerprint in groups of eight bytes, so that it wraps between
/// groups. As one word it wrapped where Unicode's line breaking let it ("...:5E:" / "99:F7:...:AF:"), and
/// with some fingerprints a part of nineteen bytes made the window 1058 px wide in German.
QString groupedFingerprint(const QString& fingerprint)
{
    const QStringList bytes = fingerprint.split(QLatin1Char(':'));
    QStringList groups;
    for (qsizetype i = 0; i < bytes.size(); i += 8)
        groups << bytes.mid(i, 8).join(QLatin1Char(':'));
    return groups.join(QLatin1Char(' '));
}

} // namespace

DashboardPage::DashboardPage(QString dataDir, QWidget* parent)
    : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_runner = new QueryRunner(QStringLiteral("dashboard-reader"), m_dataDir, this);
    auto* layout = new QGridLayout(this);

    auto* engineBox = new QGroupBox(tr("Relay"), this);
    auto* engineLayout = new QVBoxLayout(engineBox);
    m_listenerBox = new QVBoxLayout;
    engineLayout->addLayout(m_listenerBox);
    m_certificate = new QLabel(engineBox);
    m_certificate->setObjectName(QStringLiteral("certificateLine"));
    m_certificate->setWordWrap(true);
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    engineLayout->addWidget(m_certificate);
    // Which store: an outside tester who had just moved the office to PostgreSQL could not confirm it
    // from the window (only `relaydesk status` said).
    m_store = new QLabel(engineBox);
    m_store->setObjectName(QStringLiteral("storeLine"));
    m_store->setWordWrap(true);
    m_store->setTextInteractionFlags(Qt::TextSelectableByMouse);
    engineLayout->addWidget(m_store);
    engineLayout->addStretch();

    auto* countsBox = new QGroupBox(tr("Today"), this);
    auto* tiles = new QHBoxLayout(countsBox);
    m_accepted = addTile(tr("Accepted"), tr("Messages the Mail Agents submitted today, and their recipients"),
                         &m_acceptedDetail, countsBox, tiles);
    m_delivered = addTile(tr("Delivered"), tr("Recipients whose mail server took the message today"),
                          &m_deliveredDetail, countsBox, tiles);
    // The one count of this moment among the day's, and said so in its caption (an outside tester read
    // "Deferred" as today's deferrals).
    m_waiting =
        addTile(tr("Waiting now"),
                tr("Recipients in the queue at this moment, and the messages they belong to: not tried yet, "
                   "held, or waiting for a retry after a temporary failure (see the Queue)"),
                &m_waitingDetail, countsBox, tiles);
    // Every way a recipient ends without delivery, so that the day adds up (a deleted recipient was in
    // no tile).
    m_notDelivered =
        addTile(tr("Not delivered"),
                tr("Recipients that ended today without delivery: failed for good (their senders "
                   "were told), held back by the suppression list, or deleted from the queue"),
                &m_notDeliveredDetail, countsBox, tiles);
    m_notices = addTile(
        tr("Bounce notices"),
        tr("Failure notices (bounces) that the relay queued for senders today, not counted above; delay "
           "notices and the delivery reports senders asked for are in the Delivery Logs, with whether each "
           "arrived"),
        &m_noticesDetail, countsBox, tiles);
    CountLabel::shareSize({m_accepted, m_delivered, m_waiting, m_notDelivered, m_notices});

    auto* alertsBox = new QGroupBox(tr("Alerts"), this);
    auto* alertsLayout = new QVBoxLayout(alertsBox);
    m_alertList = new QListWidget(alertsBox);
    m_alertList->setObjectName(QStringLiteral("alerts"));
    // As tall as its alerts (the chart above takes the rest of the page), and never shorter than about three
    // lines of text and its frame; more alerts than fit scroll.
    m_alertList->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_alertList->setMinimumHeight(3 * m_alertList->fontMetrics().lineSpacing() + 24);
    // An alert says what to do, and a German one is longer than the page is wide (an outside tester read
    // "...Passwort (Eins"): wrapped, never cut.
    m_alertList->setWordWrap(true);
    m_alertList->setTextElideMode(Qt::ElideNone);
    m_alertList->setResizeMode(QListView::Adjust);
    m_alertList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_setupNotice = new QWidget(alertsBox);
    m_setupNotice->setObjectName(QStringLiteral("setupNotice"));
    m_setupNotice->setStyleSheet(QStringLiteral("QWidget#setupNotice { background: #fff3bf; }"));
    auto* noticeLayout = new QHBoxLayout(m_setupNotice);
    m_setupText = new QLabel(m_setupNotice);
    m_setupText->setWordWrap(true);
    auto* openWizard = new QPushButton(tr("Open the setup wizard..."), m_setupNotice);
    openWizard->setObjectName(QStringLiteral("openSetupWizard"));
    noticeLayout->addWidget(m_setupText, 1);
    noticeLayout->addWidget(openWizard);
    m_setupNotice->hide();
    connect(openWizard, &QPushButton::clicked, this, &DashboardPage::setupRequested);
    alertsLayout->addWidget(m_setupNotice);
    alertsLayout->addWidget(m_alertList);

    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    // The chart takes the height the other rows leave. Its minimum is low enough that the page still fits
    // 1024x700 with three listeners, one down, in German (tst_layoutfit).
    m_chart->setMinimumHeight(160);

    layout->addWidget(engineBox, 0, 0);
    layout->addWidget(countsBox, 0, 1);
    layout->addWidget(m_chart, 1, 0, 1, 2);
    layout->addWidget(alertsBox, 2, 0, 1, 2);
    // The Relay box gets what the Today tiles leave, not only its narrowest: at 216 px in German its
    // listeners and the certificate wrapped into 339 px of height, and the window was 721 px tall (an outside
    // tester).
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(1, 1);

    // The chart is rebuilt on each refresh: at most one every 700 ms under load, every 2 s while hidden.
    m_live = new LiveRefresh(
        this, [this]() { refresh(); }, 700, LiveRefresh::WhenHidden::Reload);
    m_timer.setInterval(10000);
    connect(&m_timer, &QTimer::timeout, this, &DashboardPage::refresh);
    m_loadPause.setSingleShot(true);
    connect(&m_loadPause, &QTimer::timeout, this, [this]() {
        if (m_loadWanted)
            refresh();
    });
    m_timer.start();
    setListeners({});
    setCertificate({}, {});
    refresh();
}

DashboardPage::~DashboardPage() = default;

CountLabel* DashboardPage::addTile(const QString& title, const QString& toolTip, QLabel** detail,
                                   QWidget* parent, QHBoxLayout* row)
{
    auto* tile = new QWidget(parent);
    tile->setToolTip(toolTip);
    auto* layout = new QVBoxLayout(tile);
    // Five tiles side by side: narrow margins leave the room to the words (German ones are long).
    layout->setContentsMargins(3, 0, 3, 0);
    // A busy day's counts (1,186 bounce notices, 10,286 recipients) made the window 1103 px wide: the number
    // shrinks to the width the tile gets instead (tst_layoutfit dashboardFitsBusyDays).
    auto* number = new CountLabel(tile);
    auto* caption = new QLabel(title, tile);
    caption->setAlignment(Qt::AlignCenter);
    caption->setWordWrap(true);
    *detail = new QLabel(tile);
    (*detail)->setAlignment(Qt::AlignCenter);
    (*detail)->setWordWrap(true);
    layout->addWidget(number);
    layout->addWidget(caption);
    layout->addWidget(*detail);
    layout->addStretch();
    row->addWidget(tile);
    return number;
}

void DashboardPage::refresh()
{
    if (m_loading || m_loadPause.isActive()) {
        m_loadWanted = true;
        return;
    }
    m_loading = true;
    m_loadWanted = false;
    m_loadTime.start();
    using Result = Expected<DashboardSnapshot>;
    m_runner->run<Result>(
        this,
        [dir = m_dataDir]() {
            // The per-agent counts are kept per UTC day; the tiles count the local today.
            return DashboardQuery(dir).load(QDate::currentDate(), 14, QDateTime::currentDateTimeUtc().date());
        },
        [this](Result result) {
            m_loading = false;
            // A load of 40 ms pauses the next 160 ms, under the 700 ms a busy relay waits anyway; one of
            // 3 s pauses 12 s.
            m_loadPause.start(int(std::min<qint64>(m_loadTime.elapsed() * loadPauseFactor, 60000)));
            if (result) {
                const bool wasAway = !m_storeProblem.isEmpty();
                m_storeProblem.clear();
                m_storeProblemSince = 0;
                m_snapshotReadAt = QDateTime::currentMSecsSinceEpoch();
                setSnapshot(result.value());
                if (wasAway) {
                    m_storeLineRead = false;
                    Q_EMIT storeReadableChanged(true);
                }
                return;
            }
            // Everything the relay does goes through the store: while it cannot be read, every message gets
            // a temporary error, and the numbers above are from the last read (an outside tester saw green
            // dots and "All is well" through an outage).
            const bool wasReadable = m_storeProblem.isEmpty();
            if (wasReadable)
                m_storeProblemSince = QDateTime::currentMSecsSinceEpoch();
            m_storeProblem = result.error();
            if (wasReadable)
                Q_EMIT storeReadableChanged(false);
            // Never read: no number at all, rather than zeros that look like today's (an outside tester).
            if (m_snapshotReadAt == 0) {
                for (CountLabel* tile : {m_accepted, m_delivered, m_waiting, m_notDelivered, m_notices})
                    tile->setUnknown();
                for (QLabel* detail : {m_acceptedDetail, m_deliveredDetail, m_waitingDetail,
                                       m_notDeliveredDetail, m_noticesDetail})
                    detail->clear();
            }
            updateAlerts();
        });
    // Where the store lives changes only with `store use`, which a running relay refuses: read once, and
    // again after the store was away (a service restarted on another store meanwhile).
    if (!m_storeLineRead)
        m_runner->run<Expected<StoreInfo>>(
            this, [dir = m_dataDir]() { return StoreAdmin(dir).show(); },
            [this](const Expected<StoreInfo>& store) {
                if (!store)
                    return;
                m_storeLineRead = true;
                // The address may break after its slashes and its @ (a zero-width space): a long one in the
                // narrow box would push the window wider.
                QString address = store->address;
                address.replace(QLatin1Char('/'), QStringLiteral("/\u200b"))
                    .replace(QLatin1Char('@'), QStringLiteral("@\u200b"));
                m_store->setText(store->backend == QLatin1String("postgresql")
                                     ? tr("Store: PostgreSQL, %1").arg(address)
                                     : tr("Store: SQLite, in the data directory"));
                m_store->setToolTip(store->address);
                fitRelayLines();
            });
    m_runner->run<Expected<SetupState>>(
        this, [dir = m_dataDir]() { return SetupQuery(dir).load(); },
        [this](Expected<SetupState> setup) {
            if (setup)
                setSetupState(setup.value());
        });
}

void DashboardPage::setSetupState(const SetupState& setup)
{
    const bool certificateChanged = !m_setupKnown || m_setup.hasCertificate != setup.hasCertificate;
    m_setup = setup;
    m_setupKnown = true;
    if (certificateChanged)
        setCertificate(m_certificateExpiry, m_certificateFingerprint);
    const QStringList gaps = setupGaps();
    m_setupText->setText(tr("Not set up yet:") + QStringLiteral("\n- ") + gaps.join(QStringLiteral("\n- ")));
    m_setupNotice->setVisible(!gaps.isEmpty());
    updateAlerts();
    Q_EMIT setupStateRead(setup);
}

QStringList DashboardPage::setupGaps() const
{
    QStringList gaps;
    if (!m_setupKnown)
        return gaps;
    // The relay's own certificate is no gap: the wizard calls it enough for applications set up by the
    // office, and outside testers who kept it read "Not set up yet" for good. The Relay box says whose it is.
    if (!m_setup.hasAgent)
        gaps << tr("No Mail Agent: no application can send mail through the relay yet.");
    if (m_setup.deliveryEnabled && m_setup.smarthostMissesPassword)
        gaps << tr("The smarthost %1 has a user name but no password: mail cannot leave.")
                    .arg(m_setup.smarthost);
    // Recipients' servers see the name the relay greets them with; a smarthost that takes a login does not
    // mind it.
    if (m_setup.smarthost.isEmpty() && !m_setup.hostnameIsFull())
        gaps
            << tr("The relay greets other mail servers as \"%1\", which is not a full host name: many refuse "
                  "it. Set the host name this relay has in DNS (Settings, Listeners, Host name).")
                   .arg(m_setup.hostname);
    return gaps;
}

void DashboardPage::noteStoreChanges(const StoreChanges& changes)
{
    if (changes.touchesMessages())
        m_live->request();
}

void DashboardPage::setSnapshot(const DashboardSnapshot& snapshot)
{
    m_snapshot = snapshot;
    m_accepted->setCount(snapshot.acceptedToday);
    // Both counted: "1 message to 3 recipients", "40 messages to 52 recipients".
    m_acceptedDetail->setText(tr("%1 to %2", "N messages to M recipients")
                                  .arg(tr("%Ln message(s)", nullptr, snapshot.acceptedToday),
                                       tr("%Ln recipient(s)", "after \"N messages to\" (German: dative)",
                                          snapshot.acceptedRecipientsToday)));
    m_delivered->setCount(snapshot.deliveredToday);
    m_deliveredDetail->setText(tr("%Ln recipient(s)", nullptr, snapshot.deliveredToday));
    m_waiting->setCount(snapshot.waitingNow);
    // What of it waits on a person: a held message is not retried (an outside tester read "3 after a
    // temporary failure" while one of the three was held). The rest too, so that the parts add up to the
    // count (another read "1 on hold, 2 after a temporary failure" under 4): not tried yet, or on their
    // first attempt now. In short words on the tile (the long ones overlapped its title in French at
    // 1024x700), and at length in the tile's tooltip.
    QStringList shortParts;
    QStringList longParts;
    if (snapshot.heldNow > 0) {
        shortParts << tr("%Ln on hold", nullptr, snapshot.heldNow);
        longParts << shortParts.last();
    }
    if (snapshot.deferredNow > 0) {
        shortParts << tr("%Ln to retry", nullptr, snapshot.deferredNow);
        longParts << tr("%Ln after a temporary failure", nullptr, snapshot.deferredNow);
    }
    if (const int first = snapshot.waitingNow - snapshot.heldNow - snapshot.deferredNow;
        first > 0 && !shortParts.isEmpty()) {
        shortParts << tr("%Ln new", "recipients not tried yet or on their first attempt", first);
        longParts << tr("%Ln before or in their first attempt", nullptr, first);
    }
    // The messages too, as the Accepted tile and the Queue page count them (the tile's 30 stood beside the
    // Queue's one message to 30 recipients).
    const QString waitingMessages =
        snapshot.waitingMessagesNow > 0
            ? tr("%1 to %2", "N messages to M recipients")
                  .arg(
                      tr("%Ln message(s)", nullptr, snapshot.waitingMessagesNow),
                      tr("%Ln recipient(s)", "after \"N messages to\" (German: dative)", snapshot.waitingNow))
            : tr("%Ln recipient(s)", nullptr, snapshot.waitingNow);
    // The relay's own notices wait in the same queue; the Queue page counts them (an outside tester read 6
    // here and 33 there). Apart from the counts before them, which they are not part of: "2 messages to 2
    // recipients: 2 after a temporary failure and 1 bounce notice" read as 2 + 1 beside a tile of 2 (an
    // outside tester). The separator is the language's (French sets a no-break space before ";").
    const auto withNotices = [&snapshot](const QString& text) {
        return snapshot.noticesWaitingNow > 0
                   ? tr("%1; %2", "the messages waiting; the notices apart from them")
                         .arg(text,
                              tr("besides them, %Ln bounce notice(s)", nullptr, snapshot.noticesWaitingNow))
                   : text;
    };
    const auto joined = [&waitingMessages](const QStringList& parts) {
        return parts.isEmpty() ? waitingMessages
                               : tr("%1: %2", "N messages to M recipients: how many of them are held or wait")
                                     .arg(waitingMessages, parts.join(QStringLiteral(", ")));
    };
    // On the tile the count above is the recipients': the parts alone where there are some (the messages
    // they belong to are in the tooltip), and the notices after a plus.
    QString shortText = shortParts.isEmpty() ? waitingMessages : shortParts.join(QStringLiteral(", "));
    if (snapshot.noticesWaitingNow > 0)
        shortText += QLatin1Char(' ') + tr("+ %Ln bounce notice(s)", nullptr, snapshot.noticesWaitingNow);
    m_waitingDetail->setText(shortText);
    m_waitingDetail->setToolTip(withNotices(joined(longParts)));
    m_notDelivered->setCount(snapshot.bouncedToday + snapshot.suppressedToday + snapshot.deletedToday);
    QStringList ends;
    if (snapshot.bouncedToday > 0)
        ends << tr("%Ln bounced", nullptr, snapshot.bouncedToday);
    if (snapshot.suppressedToday > 0)
        ends << tr("%Ln suppressed", nullptr, snapshot.suppressedToday);
    if (snapshot.deletedToday > 0)
        ends << tr("%Ln deleted", nullptr, snapshot.deletedToday);
    m_notDeliveredDetail->setText(ends.isEmpty() ? tr("%Ln recipient(s)", nullptr, 0)
                                                 : ends.join(QStringLiteral(", ")));
    m_notices->setCount(snapshot.bounceNoticesToday);
    // The caption says what they are; the line under it says where they go (it repeated the caption).
    // "queued" read as still waiting once they had all been delivered (an outside tester).
    // One that never reached its sender is said (an outside tester's "5 written" counted 3 held back).
    // "written" read as "sent" while all 27 waited (an outside tester): those waiting are said too.
    QStringList noticeParts{
        tr("written to senders", "bounce notices, as many as the count above", snapshot.bounceNoticesToday)};
    if (snapshot.noticesWaitingNow > 0)
        noticeParts << tr("%Ln waiting", nullptr, snapshot.noticesWaitingNow);
    if (snapshot.noticesNotSentToday > 0)
        noticeParts << tr("%Ln not delivered", nullptr, snapshot.noticesNotSentToday);
    m_noticesDetail->setText(noticeParts.join(QStringLiteral(", ")));
    updateChart(snapshot.history);
    updateAlerts();
    Q_EMIT snapshotShown();
}

void DashboardPage::setListeners(const QList<ListenerStatus>& listeners)
{
    m_listeners = listeners;
    while (QLayoutItem* item = m_listenerBox->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (listeners.isEmpty())
        m_listenerBox->addWidget(new QLabel(tr("The relay is not running."), this));
    for (const ListenerStatus& listener : listeners) {
        QString state;
        QString colour = QStringLiteral("#2f9e44");
        if (!listener.enabled) {
            state = tr("off");
            colour = QStringLiteral("gray");
        } else if (listener.listening) {
            state = tr("listening");
        } else {
            // No reason when the relay itself is stopped: "down:" ended with a colon (an outside tester).
            state = listener.error.isEmpty() ? tr("not listening")
                                             : tr("down: %1").arg(ListenerErrorText::of(listener.error));
            colour = QStringLiteral("#d63939");
        }
        auto* label =
            new QLabel(QStringLiteral("<span style=\"color:%1\">&#9679;</span> <b>%2</b> %3 &mdash; %4")
                           .arg(colour, SettingCatalog::listenerShortTitle(listener.name).toHtmlEscaped(),
                                listener.address.toHtmlEscaped(), state.toHtmlEscaped()),
                       this);
        // A long error or a long German state wraps instead of widening the window past the screen.
        label->setWordWrap(true);
        m_listenerBox->addWidget(label);
    }
    fitRelayLines();
    updateAlerts();
}

void DashboardPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitRelayLines();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitRelayLines();
}

void DashboardPage::fitRelayLines()
{
    // After the layout has placed them at their width: the height that width needs. A layout counts a
    // word-wrapped label's lines at a width of its own choosing, so without this the narrow Relay box would
    // claim too little height, and the rows below would slide over it. Only at the width the layout gives:
    // a label made while the page is hidden has not been placed yet (100 px wide), and the many lines of that
    // width stayed its minimum, which pushed the window past the screen on every page (tst_layoutfit
    // agentsPageFitsEveryAgent). The show event measures them again.
    QTimer::singleShot(0, this, [this] {
        if (!isVisible())
            return;
        const int width = m_listenerBox->geometry().width();
        if (width <= 0)
            return;
        QList<QLabel*> lines{m_certificate, m_store};
        for (int i = 0; i < m_listenerBox->count(); ++i) {
            if (auto* label = qobject_cast<QLabel*>(m_listenerBox->itemAt(i)->widget()))
                lines << label;
        }
        for (QLabel* label : std::as_const(lines)) {
            if (label->wordWrap())
                label->setMinimumHeight(label->heightForWidth(width));
        }
    });
}

void DashboardPage::setCertificate(const QDateTime& expiry, const QString& fingerprint)
{
    m_certificateExpiry = expiry;
    m_certificateFingerprint = fingerprint;
    if (!expiry.isValid()) {
        m_certificate->setText(tr("TLS certificate: not loaded"));
    } else {
        const qint64 days = QDateTime::currentDateTime().daysTo(expiry);
        const bool own = m_setupKnown && !m_setup.hasCertificate;
        m_certificate->setText(
            (own ? tr("The relay's own TLS certificate (self-signed) expires %1 (in %Ln day(s))", nullptr,
                      static_cast<int>(days))
                 : tr("TLS certificate expires %1 (in %Ln day(s))", nullptr, static_cast<int>(days)))
                .arg(expiryDateText(expiry)));
        // The fingerprint in the tooltip (and on the Settings page): its wrapped hex took the room of the
        // store's line in the narrow box.
        m_certificate->setToolTip(
            tr("SHA-256: %1").arg(groupedFingerprint(fingerprint)) +
            (own ? QStringLiteral("\n") +
                       tr("Applications that check certificates need it before they accept "
                          "it: Mail Agents, Configure your application, says how.")
                 : QString()));
    }
    fitRelayLines();
    updateAlerts();
}

void DashboardPage::noteStoreUnreachableSince(qint64 sinceMs)
{
    if (m_storeProblem.isEmpty() || sinceMs <= 0 || sinceMs >= m_storeProblemSince)
        return;
    m_storeProblemSince = sinceMs;
    updateAlerts();
}

void DashboardPage::setRelaySilentSince(qint64 sinceMs, qint64 runnerPid)
{
    m_relaySilentSince = sinceMs;
    m_relaySilentPid = runnerPid;
    updateAlerts();
}

void DashboardPage::updateAlerts()
{
    QStringList alerts;
    // A relay that hangs keeps its listeners' last state, all green (an outside tester stopped the service
    // with SIGSTOP): said first, as nothing below is known now.
    if (m_relaySilentSince > 0)
        alerts << tr("The relay (pid %1) has not answered since %2: it may hang, and what this page shows of "
                     "its "
                     "listeners is from before. Restart it (sudo systemctl restart relaydesk).")
                      .arg(m_relaySilentPid)
                      .arg(tableTimeText(QDateTime::fromMSecsSinceEpoch(m_relaySilentSince)));
    if (!m_storeProblem.isEmpty()) {
        // What it means for mail: a running relay answers with 4xx; one that waits for its store to start
        // accepts nothing (an outside tester read "answers with temporary errors" while nothing listened).
        const bool listening = std::any_of(m_listeners.cbegin(), m_listeners.cend(),
                                           [](const ListenerStatus& l) { return l.listening; });
        alerts << tr("The store cannot be read since %1: %2.")
                          .arg(tableTimeText(QDateTime::fromMSecsSinceEpoch(m_storeProblemSince)),
                               StoreErrorText::of(m_storeProblem)) +
                      QLatin1Char(' ') +
                      (listening ? tr("The relay answers mail with temporary errors until it is back.")
                                 : tr("The relay waits for it to start; until then it accepts no mail.")) +
                      QLatin1Char(' ') +
                      (m_snapshotReadAt > 0
                           ? tr("The numbers above are from %1.")
                                 .arg(tableTimeText(QDateTime::fromMSecsSinceEpoch(m_snapshotReadAt)))
                           : tr("No numbers could be read yet."));
    }
    // A full disk refused every message with 452 4.3.1 while this page stayed green (an outside tester).
    if (m_snapshot.diskFreeBytes >= 0 && m_snapshot.diskFreeBytes < m_snapshot.diskNeededBytes)
        alerts
            << (DiskSpace::isFull(m_snapshot.diskFreeBytes)
                    ? tr("The disk that holds the relay's data (%1) is full: every message is refused (452 "
                         "4.3.1, insufficient storage) and deliveries cannot be recorded. Free some space "
                         "there.")
                          .arg(m_dataDir)
                    // The room it wants, not half of it as "the largest message": the floor of 16 MiB
                    // made a 2 MB limit read as 8 MB (an outside tester).
                    : tr("The disk that holds the relay's data (%1) has %2 free, less than the %3 the relay "
                         "keeps for incoming mail (two messages of the largest size it takes, and at least "
                         "16 MB): a message that no longer fits is refused (452 4.3.1), and once the disk is "
                         "full every message is. Free some space there.")
                          .arg(m_dataDir, sizeText(m_snapshot.diskFreeBytes, 0),
                               sizeText(m_snapshot.diskNeededBytes, 0)));
    // A relay that holds all mail is an alert, not a step of the setup (an outside tester's admin, set up
    // long ago, had learned to overlook that notice).
    if (m_setupKnown && !m_setup.deliveryEnabled)
        alerts << tr(
            "Delivery is turned off: every message is held in the queue (Settings, Delivery, \"Deliver "
            "queued mail\").");
    if (m_setupKnown) {
        for (const QString& agent : std::as_const(m_setup.agentsWithoutLogins))
            alerts
                << tr("The Mail Agent \"%1\" cannot send: its allowlist is empty, so its password works from "
                      "no address, and it trusts no device. Add the addresses of its applications (Mail "
                      "Agents, Edit...).")
                       .arg(agent);
        for (const QString& agent : std::as_const(m_setup.agentsWithoutPassword))
            alerts << tr("The Mail Agent \"%1\" cannot send: every password it had is revoked, and it trusts "
                         "no device. Make a new password (Mail Agents, Credentials).")
                          .arg(agent);
        for (const QString& agent : std::as_const(m_setup.agentsWithoutLanPort))
            alerts << tr("The Mail Agent \"%1\" cannot send: its trusted devices send on the LAN relay port, "
                         "which is turned off (Settings, Listeners).")
                          .arg(agent);
        for (const QString& agent : std::as_const(m_setup.agentsWithAnySender))
            alerts << AnySenderWarning::alert(agent);
        for (const UnusableDkimKey& key : std::as_const(m_setup.unusableDkimKeys))
            alerts
                << tr("The DKIM key %1 of %2 cannot sign: its private key is missing or damaged, so mail "
                      "from %2 leaves without that signature, and receivers that check DMARC may refuse it. "
                      "Make new keys for %2 (Mail Agents, Sender domains, Rotate DKIM...).")
                       .arg(key.selector, ReadableAddress::domain(key.domain));
    }
    for (const ListenerStatus& listener : std::as_const(m_listeners)) {
        if (listener.enabled && !listener.listening)
            // No reason when the relay itself is stopped: "is down:" ended with a colon (an outside tester).
            alerts << (listener.error.isEmpty()
                           ? tr("%1 at %2 is not listening.")
                                 .arg(SettingCatalog::listenerTitle(listener.name), listener.address)
                           : tr("%1 at %2 is down: %3")
                                 .arg(SettingCatalog::listenerTitle(listener.name), listener.address,
                                      ListenerErrorText::of(listener.error)));
    }
    if (m_certificateExpiry.isValid()) {
        const qint64 days = QDateTime::currentDateTime().daysTo(m_certificateExpiry);
        if (days < 14)
            alerts << tr("The TLS certificate expires in %n day(s).", nullptr, static_cast<int>(days));
    }
    const qint64 ageMs =
        m_snapshot.oldestPendingMs ? QDateTime::currentMSecsSinceEpoch() - m_snapshot.oldestPendingMs : 0;
    if (m_snapshot.pendingRecipients > 500 || ageMs > 60 * 60000) {
        // Counted as the Waiting now tile counts them: the recipients, and the relay's notices apart (an
        // outside tester read 1,151 in the tile and 1,152 here).
        QString waiting = tr("%Ln recipient(s)", nullptr, m_snapshot.waitingNow);
        if (m_snapshot.noticesWaitingNow > 0)
            waiting +=
                QLatin1Char(' ') + tr("and %Ln bounce notice(s)", nullptr, m_snapshot.noticesWaitingNow);
        alerts
            << tr("The queue is growing: %1 waiting, the oldest for %2.").arg(waiting, durationText(ageMs));
    }
    // A name server that refuses some names is named as such first: "No mail server can be found" over it
    // read as if nothing went out (an outside tester).
    if (m_snapshot.dnsFailures > 0 && m_snapshot.dnsRefused == 0)
        alerts << tr("No mail server can be found: %Ln name server lookup(s) failed since %1, and no "
                     "server was reached since. Check the name server the relay asks (Settings, Delivery, "
                     "\"DNS server\"; empty: the computer's own).",
                     nullptr, m_snapshot.dnsFailures)
                      .arg(tableTimeText(m_snapshot.dnsFailingSinceMs));
    else if (m_snapshot.dnsRefused > 0) {
        QStringList domains;
        for (const QString& domain : std::as_const(m_snapshot.dnsRefusedDomains))
            domains << ReadableAddress::domain(domain);
        alerts << tr("The name server refused %Ln lookup(s) in the last 15 minutes (for %1): mail to those "
                     "domains waits, and waiting does not fix it. Check the name server the relay asks "
                     "(Settings, Delivery, \"DNS server\"; empty: the computer's own).",
                     nullptr, m_snapshot.dnsRefused)
                      .arg(QLocale().createSeparatedList(domains));
    }
    for (const FailingDomain& failing : std::as_const(m_snapshot.failingDomains))
        alerts
            // Waiting and bounced both: said, since the Waiting now tile beside it counts only the first (an
            // outside tester read 4 here and 3 there).
            << tr("Deliveries to %1 are failing: %Ln recipient(s) not delivered since %2, waiting for a "
                  "retry "
                  "or bounced; the Delivery Logs say why.",
                  nullptr, failing.notDelivered)
                   .arg(failing.domain, tableTimeText(failing.sinceMs));
    for (const PeerProblem& peer : std::as_const(m_snapshot.peerProblems)) {
        const bool smarthost = peer.route == QLatin1String("smarthost");
        const QString where =
            peer.port > 0 ? QStringLiteral("%1:%2").arg(peer.host).arg(peer.port) : peer.host;
        if (peer.enhanced == QLatin1String("4.7.5"))
            alerts << (smarthost
                           ? tr("The smarthost %1 cannot be reached over a trusted TLS connection: mail to "
                                "it waits. Check its certificate settings (Settings, Delivery); the "
                                "Delivery Logs show why.")
                           : tr("The server of a route, %1, cannot be reached over a trusted TLS "
                                "connection: mail to it waits. Check the route (Settings, Delivery); the "
                                "Delivery Logs show why."))
                          .arg(where);
        else if (peer.enhanced == QLatin1String("4.4.1"))
            alerts << (smarthost
                           ? tr("The smarthost %1 takes no connection: mail to it waits. Check its address "
                                "and port (Settings, Delivery, \"Test connection\"); the Delivery Logs show "
                                "why.")
                           : tr("The server of a route, %1, takes no connection: mail to it waits. Check the "
                                "route (Settings, Delivery); the Delivery Logs show why."))
                          .arg(where);
        else if (smarthost) // only the smarthost logs in (a route has no credentials)
            alerts
                << tr("The smarthost %1 refuses the relay's login: mail to it waits. Check the user name and "
                      "password (Settings, Delivery); the Delivery Logs show its answer.")
                       .arg(where);
    }
    // Shown in Live Sessions only, a locked-out address and an application refused every few seconds went
    // unseen under "All is well" (an outside tester).
    // Guessing spread over many addresses stays under each one's lockout, and connections turned away at the
    // limits are only on the Refused at submission tab: both went unsaid while the office's client was
    // refused (an outside tester).
    if (m_snapshot.guessedLogins >= 20 && m_snapshot.guessingAddresses >= 3)
        alerts
            << tr("%Ln login(s) refused in the last hour for a wrong password or an unknown user name, from "
                  "%1 addresses: someone may be guessing passwords. Live Sessions, \"Logins refused\", shows "
                  "where from.",
                  nullptr, m_snapshot.guessedLogins)
                   .arg(m_snapshot.guessingAddresses);
    if (m_snapshot.connectionsTurnedAway >= 10)
        alerts << tr("%Ln connection(s) turned away at the connection limits in the last 10 minutes "
                     "(addresses: %1): "
                     "applications may get \"Too many connections\". Live Sessions shows who holds the "
                     "connections; Delivery Logs, \"Refused at submission\", lists those turned away.",
                     nullptr, m_snapshot.connectionsTurnedAway)
                      .arg(m_snapshot.turnedAwayAddresses);
    // A device set to the wrong TLS mode, or one ending its lines with LF only, never reaches MAIL: only the
    // Refused at submission tab listed it, and the Dashboard said "All is well" (an outside tester's "a
    // device just doesn't send"). The reason says what to change on the device.
    for (const ConnectionFailures& failed : std::as_const(m_snapshot.connectionFailures))
        alerts << tr("%Ln connection(s) from %1 failed in the last hour before any mail could be sent: %2 "
                     "(Delivery Logs, \"Refused at submission\").",
                     nullptr, failed.count)
                      .arg(failed.address, failed.reason);
    if (m_snapshot.moreConnectionFailures > 0)
        alerts << tr("Connections failed before any mail could be sent for %Ln more address(es) or reason(s) "
                     "in the last hour: Delivery Logs, \"Refused at submission\", lists them.",
                     nullptr, m_snapshot.moreConnectionFailures);
    // A few by name; more in one alert, so that an attacker's many addresses do not push every other alert
    // out of view (an outside tester's 15 lockouts made 18 alerts and squeezed the chart to a strip).
    constexpr qsizetype namedLockouts = 3;
    if (m_snapshot.lockedOut.size() <= namedLockouts) {
        for (const AuthLockout& lockout : std::as_const(m_snapshot.lockedOut))
            alerts << tr("%1 is locked out of logins until %2: every application there is refused. Live "
                         "Sessions, \"Addresses locked out of AUTH\", shows why and can unlock it.")
                          .arg(lockout.address, tableTimeText(lockout.lockedUntil));
    } else {
        QStringList first;
        qint64 last = 0;
        for (const AuthLockout& lockout : std::as_const(m_snapshot.lockedOut)) {
            if (first.size() < namedLockouts)
                first << lockout.address;
            last = std::max(last, lockout.lockedUntil);
        }
        alerts << tr("%Ln addresses are locked out of logins (%1 and others), the last until %2: every "
                     "application there is refused. Live Sessions, \"Addresses locked out of AUTH\", shows "
                     "them and can unlock them.",
                     nullptr, int(m_snapshot.lockedOut.size()))
                      .arg(first.join(QStringLiteral(", ")), tableTimeText(last));
    }
    for (const StaleLogins& stale : std::as_const(m_snapshot.staleLogins))
        alerts
            << (stale.agentDeleted
                    ? tr("An application at %1 keeps logging in as %2, a deleted Mail Agent: %Ln login(s) "
                         "refused in the last hour. Give it another agent's credentials, or turn its mail "
                         "off.",
                         nullptr, stale.count)
                    : tr("An application at %1 keeps logging in with a revoked or replaced password of %2: "
                         "%Ln login(s) refused in the last hour. Give it the agent's current user name and "
                         "password (a rotation makes both new).",
                         nullptr, stale.count))
                   .arg(stale.address, stale.agent);
    for (const NoticeProblem& notice : std::as_const(m_snapshot.noticeProblems)) {
        QString alert =
            notice.suppressed
                ? tr("Bounce notices to %1 are not sent: the address is on its agent's suppression "
                     "list (Mail Agents, Suppressions).")
                : tr("Bounce notices to %1 cannot be delivered; the Delivery Logs show why.");
        alert = alert.arg(notice.address);
        if (!notice.agent.isEmpty())
            alert += QLatin1Char(' ') +
                     tr("%1's application does not learn of its failed mail.").arg(notice.agent);
        alerts << alert;
    }

    m_alertList->clear();
    if (alerts.isEmpty() && setupGaps().isEmpty())
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/tray-green.svg")), tr("All is well."), m_alertList);
    for (const QString& alert : std::as_const(alerts))
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/warning.svg")), alert, m_alertList);
    m_alertList->updateGeometry(); // wrapped alerts are taller: the list follows them
    // With only setup steps to do, the notice above says it all: an empty white list under it looked broken
    // (an outside tester).
    m_alertList->setVisible(m_alertList->count() > 0);
    if (alerts != m_alerts) {
        m_alerts = alerts;
        Q_EMIT alertsChanged(m_alerts);
    }
}

void DashboardPage::updateChart(const QList<AgentDayCounts>& history)
{
    QStringList days;
    // The relay counts each agent's messages per UTC day (as its daily sending limits do): the bars and their
    // labels are UTC days, and the title says so. With local labels an office far from UTC saw this
    // morning's mail on yesterday's bar (an outside tester, at UTC+14).
    const QDate today = QDateTime::currentDateTimeUtc().date();
    // The day of the month under each bar (unique within 14 days; "17 Nov" would be elided at 1024x700), the
    // months in the title.
    for (int i = 13; i >= 0; --i)
        days << QString::number(today.addDays(-i).day());
    QMap<QString, QList<qreal>> perAgent;
    QMap<QString, qint64> agentNumbers; // the label's agent: its number is never handed out again
    for (const AgentDayCounts& counts : history) {
        const qint64 slot = 13 - counts.day.daysTo(today);
        if (slot < 0 || slot > 13)
            continue;
        // A deleted agent is named as such, apart from a new agent that may have taken its name.
        const QString agent = AgentLabel::text(counts.agent, counts.deleted, counts.agentId);
        agentNumbers[agent] = counts.agentId;
        QList<qreal>& values = perAgent[agent];
        if (values.isEmpty())
            values.fill(0, 14);
        values[slot] += counts.accepted;
    }
    auto* series = new QBarSeries;
    qreal top = 0;
    // Each agent keeps its colour from one start to the next and when another agent joins the chart (an
    // outside tester's agent changed colour between starts), and no two agents share one while there are
    // colours left (a hash of the shown name gave two of three agents the same gold in French: a second
    // tester). The colour follows the agent's number, which is never handed out again; a number whose colour
    // an older agent took gets the next free one. Eight hues a person tells apart at a glance: blue, orange,
    // green, purple, brown, pink, cyan, grey (two greens of the earlier palette read as one to an outside
    // tester); no red, which the window keeps for failures.
    static const QList<QColor> colours = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                          QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                          QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
                                          QColor(0x17, 0xbe, 0xcf), QColor(0x7f, 0x7f, 0x7f)};
    QList<std::pair<qint64, QString>> byNumber;
    for (auto it = agentNumbers.cbegin(); it != agentNumbers.cend(); ++it)
        byNumber.append({it.value(), it.key()});
    std::sort(byNumber.begin(), byNumber.end());
    QHash<QString, int> colourOf;
    QList<bool> taken(colours.size(), false);
    for (const auto& [number, agent] : std::as_const(byNumber)) {
        if (std::all_of(taken.cbegin(), taken.cend(), [](bool t) { return t; }))
            taken.fill(false); // more agents than colours: the next round of them
        int index = int(std::max<qint64>(number, 0) % colours.size());
        while (taken.at(index))
            index = (index + 1) % int(colours.size());
        taken[index] = true;
        colourOf.insert(agent, index);
    }
    for (auto it = perAgent.cbegin(); it != perAgent.cend(); ++it) {
        auto* set = new QBarSet(it.key());
        set->setColor(colours.at(colourOf.value(it.key())));
        for (qreal value : it.value()) {
            *set << value;
            top = qMax(top, value);
        }
        series->append(set);
    }
    // The exact count of a bar on hover: bars of 1,504 and 1,514 cannot be told apart by their height (an
    // outside tester).
    connect(series, &QBarSeries::hovered, this, [days](bool over, int index, QBarSet* set) {
        if (!over || index < 0 || index >= days.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           tr("%1, day %2 (UTC): %Ln message(s)", nullptr, int(set->at(index)))
                               .arg(set->label(), days.at(index)));
    });
    auto* chart = new QChart;
    // The day and the month as each language writes them ("22. Nov." in German: an outside tester read
    // "22 Nov." there).
    const QString dayFormat = tr("d MMM", "a day and a short month in the chart's title (Qt date format)");
    chart->setTitle(
        tr("Messages accepted per agent, %1 to %2 (UTC days)")
            .arg(QLocale().toString(today.addDays(-13), dayFormat), QLocale().toString(today, dayFormat)));
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(days);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setObjectName(QStringLiteral("countAxis"));
    axisY->setTickType(QValueAxis::TicksFixed);
    axisY->setMinorTickCount(0);
    // Whole counts as the window's language writes them ("15,000", "15.000" in German), as the tiles and the
    // legend show them (an outside tester read "15000" beside "12,345"). With localized numbers Qt Charts 6.4
    // writes "%d" labels as nothing at all; "%.0f" gives the grouped whole number.
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    // As many labels as the plot's height has lines for: a German page leaves the chart short, and Qt Charts
    // elides a label that gets less than its line to "…".
    // The new range changes the labels' width and so the plot area again, which called this again without
    // end: an outside tester's window died of the stack overflow, its relay with it. It is fitted once per
    // change of the number of lines the plot has room for, and never from inside itself.
    const auto fitting = std::make_shared<bool>(false);
    const auto fittedIntervals = std::make_shared<int>(-1);
    const auto fitCounts = [axisY, top, fitting, fittedIntervals](const QRectF& plot) {
        const int line = QFontMetrics(axisY->labelsFont()).height();
        const int intervals = CountAxis::intervalsFor(plot.height(), line);
        if (*fitting || intervals == *fittedIntervals)
            return;
        *fitting = true;
        *fittedIntervals = intervals;
        const CountAxis counts = CountAxis::forMaximum(top, intervals);
        axisY->setRange(0, counts.top);
        axisY->setTickCount(counts.tickCount());
        *fitting = false;
    };
    fitCounts(m_chart->chart() ? m_chart->chart()->plotArea() : QRectF());
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    connect(chart, &QChart::plotAreaChanged, axisY, fitCounts);
    chart->legend()->setAlignment(Qt::AlignRight);
    // Each agent's count for the fourteen days beside its name: an agent with a few messages charted beside
    // one with thousands has bars too thin to see or to hover (an outside tester), and is still counted here.
    const QList<QLegendMarker*> markers = chart->legend()->markers(series);
    for (QLegendMarker* marker : markers) {
        auto* bar = qobject_cast<QBarLegendMarker*>(marker);
        if (!bar)
            continue;
        qreal total = 0;
        for (int day = 0; day < bar->barset()->count(); ++day)
            total += bar->barset()->at(day);
        marker->setLabel(tr("%1 (%L2)", "an agent and its messages in the chart's fourteen days")
                             .arg(bar->barset()->label())
                             .arg(qint64(total)));
    }
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace RelayDesk
