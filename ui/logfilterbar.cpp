#include "ui/logfilterbar.h"
#include "ui/relaywords.h"

#include "ui/agentfilterbox.h"
#include "ui/statelabel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace RelayDesk {

namespace {

constexpr int customPeriod = -1; ///< the period item whose range the two date-time fields give
constexpr int todayPeriod = -2;  ///< the period item from this computer's midnight on

} // namespace

LogFilterBar::LogFilterBar(const QStringList& states, QWidget* parent) : QWidget(parent)
{
    m_agent = new AgentFilterBox(12, this);
    m_agent->setObjectName(QStringLiteral("agentFilter"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString& state : states)
        m_status->addItem(StateLabel::text(state), state);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->addItem(tr("Any time"), 0);
    // "Everything that failed today" (an outside tester's support person had only the last 24 hours).
    m_period->addItem(tr("Today"), todayPeriod);
    m_period->addItem(tr("Last hour"), 3600);
    m_period->addItem(tr("Last 24 hours"), 86400);
    m_period->addItem(tr("Last 7 days"), 7 * 86400);
    m_period->addItem(tr("Last 30 days"), 30 * 86400);
    m_period->addItem(tr("Custom range"), customPeriod);
    const QDateTime now = QDateTime::currentDateTime();
    m_from = new QDateTimeEdit(QDateTime(now.date().addDays(-1), QTime(0, 0)), this);
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_to = new QDateTimeEdit(QDateTime(now.date().addDays(1), QTime(0, 0)), this);
    m_to->setObjectName(QStringLiteral("toFilter"));
    // The locale's short form, with a four-digit year: a two-digit year section reads 26 as 1926.
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(format);
    }
    m_from->setToolTip(tr("From this time on (included)"));
    m_to->setToolTip(tr("Up to this time (not included)"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("textFilter"));
    // Short enough for the narrow field of the Delivery Logs page in every language; the tip says where.
    m_text->setPlaceholderText(tr("Search words"));
    m_text->setToolTip(
        tr("Shows the rows whose recipient, sender, subject, reply, queue ID or Message-ID hold every "
           "word typed here."));
    m_text->setClearButtonEnabled(true);
    m_recipient = new QLineEdit(this);
    m_recipient->setObjectName(QStringLiteral("recipientFilter"));
    // Any part of the address, as the command line's --recipient takes it: "customer.example" finds all the
    // mail to that domain (an outside tester found nothing with "starts with").
    m_recipient->setPlaceholderText(tr("Recipient contains"));
    m_recipient->setClearButtonEnabled(true);
    m_queueId = new QLineEdit(this);
    m_queueId->setObjectName(QStringLiteral("queueIdFilter"));
    m_queueId->setPlaceholderText(tr("Queue ID"));
    m_queueId->setClearButtonEnabled(true);
    // Room for a whole queue id (16 hex digits) next to the clear button.
    m_queueId->setMinimumWidth(
        qMax(m_queueId->sizeHint().width(),
             m_queueId->fontMetrics().horizontalAdvance(QStringLiteral("0123456789abcdefW")) + 32));
    setAgents({});

    auto* choices = new QHBoxLayout;
    choices->addWidget(new QLabel(tr("Agent:"), this));
    choices->addWidget(m_agent);
    choices->addWidget(new QLabel(tr("Status:"), this));
    choices->addWidget(m_status);
    choices->addWidget(new QLabel(tr("Time:"), this));
    choices->addWidget(m_period);
    choices->addStretch(1);
    // The range on a row of its own: next to the choices it made the Delivery Logs page (whose buttons share
    // the first row) wider than a 1024-pixel screen, in French by 260 pixels.
    m_range = new QWidget(this);
    m_range->setObjectName(QStringLiteral("customRange"));
    auto* range = new QHBoxLayout(m_range);
    range->setContentsMargins(0, 0, 0, 0);
    range->addWidget(m_from);
    range->addWidget(new QLabel(QStringLiteral("\u2013"), m_range));
    range->addWidget(m_to);
    // A reversed range matched nothing without a word ("0 matches"): the fields are marked and say why.
    m_rangeProblem = new QLabel(tr("The start must be before the end."), m_range);
    m_rangeProblem->setObjectName(QStringLiteral("rangeProblem"));
    m_rangeProblem->setStyleSheet(QStringLiteral("color: #d63939;"));
    range->addWidget(m_rangeProblem);
    range->addStretch(1);
    auto* searches = new QHBoxLayout;
    searches->addWidget(m_recipient, 2);
    searches->addWidget(m_queueId, 1);
    searches->addWidget(m_text, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choices);
    layout->addWidget(m_range);
    layout->addLayout(searches);
    // Tab follows the fields as they read, left to right and down (the free text was made first, and Tab went
    // from the agent to it and back left: an outside tester typed a search into the table).
    QWidget* previous = m_agent;
    for (QWidget* next :
         std::initializer_list<QWidget*>{m_status, m_period, m_from, m_to, m_recipient, m_queueId, m_text}) {
        setTabOrder(previous, next);
        previous = next;
    }
    periodChanged();
    checkRange();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &LogFilterBar::filterChanged);
    for (QLineEdit* edit : {m_text, m_recipient, m_queueId})
        connect(edit, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateTimeEdit::dateTimeChanged, &m_debounce, qOverload<>(&QTimer::start));
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &LogFilterBar::checkRange);
    }
    for (QComboBox* box : {static_cast<QComboBox*>(m_agent), m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &LogFilterBar::filterChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this]() {
        periodChanged();
        Q_EMIT filterChanged();
    });
}

void LogFilterBar::checkRange()
{
    const bool reversed = m_from->dateTime() >= m_to->dateTime();
    m_rangeProblem->setVisible(reversed);
    for (QDateTimeEdit* edit : {m_from, m_to})
        edit->setStyleSheet(reversed ? QStringLiteral("QDateTimeEdit { background: #ffd8d8; }") : QString());
}

void LogFilterBar::periodChanged()
{
    const bool custom = m_period->currentData().toInt() == customPeriod;
    m_range->setVisible(custom);
}

void LogFilterBar::setAgents(const QStringList& names, const QStringList& formerNames)
{
    m_agent->setAgents(names, formerNames);
}

void LogFilterBar::showAgent(const QString& name, int periodSeconds)
{
    {
        const QSignalBlocker statusBlocker(m_status);
        const QSignalBlocker periodBlocker(m_period);
        m_agent->chooseLive(name);
        m_status->setCurrentIndex(0);
        const int period = m_period->findData(periodSeconds);
        m_period->setCurrentIndex(period < 0 ? 0 : period);
        periodChanged();
        for (QLineEdit* edit : {m_text, m_recipient, m_queueId}) {
            const QSignalBlocker editBlocker(edit);
            edit->clear();
        }
    }
    m_debounce.stop();
    Q_EMIT filterChanged();
}

void LogFilterBar::setCustomRange(const QDateTime& from, const QDateTime& to)
{
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDateTime(from);
        m_to->setDateTime(to);
    }
    checkRange();
    const int custom = m_period->findData(customPeriod);
    if (m_period->currentIndex() == custom)
        Q_EMIT filterChanged();
    else
        m_period->setCurrentIndex(custom);
}

LogFilter LogFilterBar::filter(qint64 nowMs) const
{
    LogFilter filter;
    filter.agent = m_agent->agentName();
    filter.deletedAgent = m_agent->deletedAgent();
    filter.status = m_status->currentData().toString();
    const qint64 seconds = m_period->currentData().toLongLong();
    if (seconds == customPeriod) {
        filter.fromMs = m_from->dateTime().toMSecsSinceEpoch();
        filter.toMs = m_to->dateTime().toMSecsSinceEpoch();
    } else if (seconds == todayPeriod) {
        filter.fromMs =
            QDateTime(QDateTime::fromMSecsSinceEpoch(nowMs).date(), QTime(0, 0)).toMSecsSinceEpoch();
    } else {
        filter.fromMs = seconds > 0 ? nowMs - seconds * 1000 : 0;
    }
    filter.text = m_text->text().trimmed();
    // The relay's own replies are shown in the window's language and stored in English: searching the words
    // shown finds them too (an outside tester's "Connexion refus" found nothing).
    filter.textAlternatives = RelayWords::englishOf(filter.text);
    filter.recipientContains = m_recipient->text().trimmed();
    filter.queueId = m_queueId->text().trimmed();
    return filter;
}

} // namespace RelayDesk
