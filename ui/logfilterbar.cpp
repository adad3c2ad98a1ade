#include "ui/logfilterbar.h"

#include "ui/statelabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace RelayDesk {

LogFilterBar::LogFilterBar(const QStringList& states, QWidget* parent) : QWidget(parent)
{
    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("agentFilter"));
    m_agent->setMinimumContentsLength(12);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString& state : states)
        m_status->addItem(StateLabel::text(state), state);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Last hour"), 3600);
    m_period->addItem(tr("Last 24 hours"), 86400);
    m_period->addItem(tr("Last 7 days"), 7 * 86400);
    m_period->addItem(tr("Last 30 days"), 30 * 86400);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Search sender, recipient or subject"));
    m_text->setClearButtonEnabled(true);
    m_recipient = new QLineEdit(this);
    m_recipient->setObjectName(QStringLiteral("recipientFilter"));
    m_recipient->setPlaceholderText(tr("Recipient starts with"));
    m_recipient->setClearButtonEnabled(true);
    setAgents({});

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Agent:"), this));
    layout->addWidget(m_agent);
    layout->addWidget(new QLabel(tr("Status:"), this));
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Time:"), this));
    layout->addWidget(m_period);
    layout->addWidget(m_recipient, 1);
    layout->addWidget(m_text, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &LogFilterBar::filterChanged);
    for (QLineEdit* edit : {m_text, m_recipient})
        connect(edit, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox* box : {m_agent, m_status, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &LogFilterBar::filterChanged);
}

void LogFilterBar::setAgents(const QStringList& names)
{
    const QString current = m_agent->currentData().toString();
    const QSignalBlocker blocker(m_agent);
    m_agent->clear();
    m_agent->addItem(tr("All agents"), QString());
    for (const QString& name : names)
        m_agent->addItem(name, name);
    const int index = m_agent->findData(current);
    m_agent->setCurrentIndex(index < 0 ? 0 : index);
}

LogFilter LogFilterBar::filter(qint64 nowMs) const
{
    LogFilter filter;
    filter.agent = m_agent->currentData().toString();
    filter.status = m_status->currentData().toString();
    const qint64 seconds = m_period->currentData().toLongLong();
    filter.fromMs = seconds > 0 ? nowMs - seconds * 1000 : 0;
    filter.text = m_text->text().trimmed();
    filter.recipient = m_recipient->text().trimmed();
    return filter;
}

} // namespace RelayDesk
