#include "ui/sendinglimitspanel.h"

#include "core/util/clock.h"
#include "ui/livefeed.h"
#include "ui/liverefresh.h"
#include "ui/queryrunner.h"
#include "ui/storeerrortext.h"
#include "ui/timecolumn.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

#include <utility>

namespace RelayDesk {

namespace {

QSpinBox* limitBox(const QString& name, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, SendingLimits::maximum);
    box->setSpecialValueText(SendingLimitsPanel::tr("No limit"));
    box->setAccelerated(true);
    box->setMinimumWidth(110);
    return box;
}

QLabel* useLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SendingLimitsPanel::SendingLimitsPanel(QString dataDir, QWidget* parent)
    : QWidget(parent), m_dataDir(std::move(dataDir)), m_tick(this)
{
    m_runner = new QueryRunner(QStringLiteral("sending-limits"), m_dataDir, this);
    m_perMinute = limitBox(QStringLiteral("perMinute"), this);
    m_perHour = limitBox(QStringLiteral("perHour"), this);
    m_perDay = limitBox(QStringLiteral("perDay"), this);
    m_maxRecipients = limitBox(QStringLiteral("maxRecipients"), this);
    m_minuteUse = useLabel(QStringLiteral("minuteUse"), this);
    m_hourUse = useLabel(QStringLiteral("hourUse"), this);
    m_dayUse = useLabel(QStringLiteral("dayUse"), this);

    auto* grid = new QGridLayout;
    const auto addRow = [this, grid](int row, const QString& text, QSpinBox* box, QLabel* use) {
        auto* label = new QLabel(text, this);
        label->setBuddy(box);
        grid->addWidget(label, row, 0);
        grid->addWidget(box, row, 1);
        if (use)
            grid->addWidget(use, row, 2);
    };
    addRow(0, tr("Messages per &minute:"), m_perMinute, m_minuteUse);
    addRow(1, tr("Messages per ho&ur:"), m_perHour, m_hourUse);
    addRow(2, tr("Messages per &day:"), m_perDay, m_dayUse);
    addRow(3, tr("&Recipients per message:"), m_maxRecipients, nullptr);
    grid->setColumnStretch(2, 1);

    auto* help = new QLabel(tr("A limit keeps a leaked password from sending without end: over it, the relay "
                               "asks the application to try again later (451 4.7.1). Minutes, hours and days "
                               "are counted in UTC and start again on the next whole minute, hour or day."),
                            this);
    help->setWordWrap(true);
    m_unreachable = new QLabel(this);
    m_unreachable->setObjectName(QStringLiteral("unreachableLimits"));
    m_unreachable->setWordWrap(true);
    m_unreachable->hide();
    m_save = new QPushButton(tr("Save limits"), this);
    m_save->setObjectName(QStringLiteral("saveLimits"));
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertLimits"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("limitsStatus"));
    m_status->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_status, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_unreachable);
    layout->addWidget(help);
    layout->addLayout(buttons);
    layout->addStretch();

    for (QSpinBox* box : {m_perMinute, m_perHour, m_perDay, m_maxRecipients})
        connect(box, &QSpinBox::valueChanged, this, &SendingLimitsPanel::edited);
    connect(m_save, &QPushButton::clicked, this, &SendingLimitsPanel::save);
    connect(m_revert, &QPushButton::clicked, this, &SendingLimitsPanel::revert);
    m_live = new LiveRefresh(
        this, [this]() { reload(); }, 1000);
    m_tick.setSingleShot(true);
    connect(&m_tick, &QTimer::timeout, this, [this]() {
        m_live->request();
        scheduleTick();
    });
    scheduleTick();
    setAgent(QString());
}

void SendingLimitsPanel::scheduleTick()
{
    // Just after the next whole minute: the minute's count (and maybe the hour's and day's) starts again.
    const qint64 now = nowMs();
    m_tick.start(int(sendingWindowEnd(SendingWindow::Minute, now) - now) + 200);
}

void SendingLimitsPanel::setLiveFeed(LiveFeed* feed)
{
    connect(feed, &LiveFeed::storeChanged, this, [this](const StoreChanges& changes) {
        if (changes.accepted != 0 || changes.written)
            m_live->request();
    });
}

void SendingLimitsPanel::setAgent(const QString& agentName)
{
    if (agentName != m_agent) {
        m_status->clear();
        m_dirty = false;
    }
    m_agent = agentName;
    reload();
}

void SendingLimitsPanel::reload()
{
    const quint64 generation = ++m_generation;
    const bool hasAgent = !m_agent.isEmpty();
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_perMinute, m_perHour, m_perDay, m_maxRecipients, m_revert})
        widget->setEnabled(hasAgent && !m_saving);
    m_save->setEnabled(hasAgent && m_dirty && !m_saving);
    if (!hasAgent) {
        showStatus(AgentSendingStatus{});
        return;
    }
    using Result = Expected<AgentSendingStatus>;
    m_runner->run<Result>(
        this, [dir = m_dataDir, agent = m_agent]() { return AgentLimitAdmin(dir).status(agent, nowMs()); },
        [this, generation](Result status) {
            if (generation != m_generation)
                return;
            if (!status) {
                m_status->setText(
                    tr("Cannot read the sending limits: %1").arg(StoreErrorText::of(status.error())));
                return;
            }
            showStatus(status.value());
            Q_EMIT loaded();
        });
}

void SendingLimitsPanel::showStatus(const AgentSendingStatus& status)
{
    m_stored = status.limits;
    if (!m_dirty)
        showLimits(status.limits);
    const auto useText = [&status](SendingWindow window, QLabel* label) {
        const int limit = status.limits.of(window);
        const int sent = status.use.of(window);
        QString text;
        switch (window) {
        case SendingWindow::Minute:
            text =
                limit > 0 ? tr("%1 of %2 this minute").arg(sent).arg(limit) : tr("%1 this minute").arg(sent);
            break;
        case SendingWindow::Hour:
            text = limit > 0 ? tr("%1 of %2 this hour").arg(sent).arg(limit) : tr("%1 this hour").arg(sent);
            break;
        case SendingWindow::Day:
            text =
                limit > 0 ? tr("%1 of %2 today (UTC)").arg(sent).arg(limit) : tr("%1 today (UTC)").arg(sent);
            break;
        }
        if (status.agent.isEmpty())
            text.clear();
        const QDateTime reset =
            QDateTime::fromMSecsSinceEpoch(status.resetsAtMs(window), QTimeZone::utc()).toLocalTime();
        label->setText(text);
        label->setToolTip(status.agent.isEmpty() ? QString()
                                                 : tr("Starts again at %1").arg(shortDateTimeText(reset)));
        // At the limit the agent's next message is refused until the window ends: red.
        label->setStyleSheet(limit > 0 && sent >= limit ? QStringLiteral("color: #d63939;") : QString());
    };
    useText(SendingWindow::Minute, m_minuteUse);
    useText(SendingWindow::Hour, m_hourUse);
    useText(SendingWindow::Day, m_dayUse);
}

void SendingLimitsPanel::showLimits(const SendingLimits& limits)
{
    const QSignalBlocker blockMinute(m_perMinute);
    const QSignalBlocker blockHour(m_perHour);
    const QSignalBlocker blockDay(m_perDay);
    const QSignalBlocker blockRecipients(m_maxRecipients);
    m_perMinute->setValue(limits.perMinute);
    m_perHour->setValue(limits.perHour);
    m_perDay->setValue(limits.perDay);
    m_maxRecipients->setValue(limits.maxRecipients);
    noteUnreachable();
}

void SendingLimitsPanel::noteUnreachable()
{
    const SendingLimits limits = editedLimits();
    QStringList notes;
    for (const SendingLimits::Unreachable& pair : limits.unreachable()) {
        const int limit = limits.of(pair.window);
        const int bound = limits.of(pair.longer);
        if (pair.window == SendingWindow::Minute && pair.longer == SendingWindow::Hour)
            notes << tr("The limit per minute (%1) is above the limit per hour (%2), so it is never reached.")
                         .arg(limit)
                         .arg(bound);
        else if (pair.window == SendingWindow::Minute)
            notes << tr("The limit per minute (%1) is above the limit per day (%2), so it is never reached.")
                         .arg(limit)
                         .arg(bound);
        else
            notes << tr("The limit per hour (%1) is above the limit per day (%2), so it is never reached.")
                         .arg(limit)
                         .arg(bound);
    }
    m_unreachable->setText(notes.join(QLatin1Char('\n')));
    m_unreachable->setVisible(!notes.isEmpty());
}

SendingLimits SendingLimitsPanel::editedLimits() const
{
    return SendingLimits{m_perMinute->value(), m_perHour->value(), m_perDay->value(),
                         m_maxRecipients->value()};
}

void SendingLimitsPanel::edited()
{
    m_dirty = editedLimits() != m_stored;
    noteUnreachable();
    m_save->setEnabled(!m_agent.isEmpty() && m_dirty && !m_saving);
    m_status->setStyleSheet(QString());
    m_status->setText(m_dirty ? tr("Not saved yet.") : QString());
}

void SendingLimitsPanel::revert()
{
    m_dirty = false;
    showLimits(m_stored);
    edited();
}

void SendingLimitsPanel::save()
{
    if (m_agent.isEmpty() || m_saving)
        return;
    m_saving = true;
    const SendingLimits wanted = editedLimits();
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_perMinute, m_perHour, m_perDay, m_maxRecipients, m_save, m_revert})
        widget->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Saving..."));
    using Result = Expected<SendingLimits>;
    m_runner->run<Result>(
        this,
        [dir = m_dataDir, agent = m_agent, wanted]() { return AgentLimitAdmin(dir).set(agent, wanted); },
        [this](Result stored) {
            m_saving = false;
            const auto proceed = std::exchange(m_afterSave, nullptr);
            const auto stay = std::exchange(m_afterSaveFailed, nullptr);
            if (!stored) {
                m_status->setStyleSheet(QStringLiteral("color: #d63939;"));
                m_status->setText(stored.error());
            } else {
                m_dirty = false;
                m_stored = stored.value();
                m_status->setText(tr("Saved. A running relay applies the limits within a second."));
                Q_EMIT saved();
            }
            reload();
            if (stored && proceed)
                proceed();
            else if (!stored && stay)
                stay();
        });
}

void SendingLimitsPanel::requestLeave(std::function<void()> proceed, std::function<void()> stay)
{
    if (!m_dirty) {
        proceed();
        return;
    }
    if (m_saving || m_asking)
        return; // saving, or asked already: the panel stays on its agent until that is answered
    m_asking = true;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved sending limits"),
                                tr("Save the sending limits of %1?").arg(m_agent),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedSendingLimits"));
    box->setInformativeText(
        tr("They were changed and not saved yet. Discard keeps the limits stored before."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Not exec(): the box is window-modal and the engine's updates keep arriving meanwhile.
    connect(box, &QMessageBox::finished, this,
            [this, box, proceed = std::move(proceed), stay = std::move(stay)]() {
                m_asking = false;
                const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
                if (answer == QMessageBox::Save) {
                    m_afterSave = proceed;
                    m_afterSaveFailed = stay;
                    save();
                } else if (answer == QMessageBox::Discard) {
                    revert();
                    proceed();
                } else if (stay) {
                    stay();
                }
            });
    box->open();
}

} // namespace RelayDesk
