#include "ui/testmessageform.h"

#include "core/admin/agentadmin.h"
#include "core/admin/testmessageadmin.h"
#include "core/util/readableaddress.h"
#include "ui/queryrunner.h"
#include "ui/testmessagestatus.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace RelayDesk {

TestMessageForm::TestMessageForm(QString dataDir, LiveFeed* feed, QWidget* parent)
    : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_runner = new QueryRunner(QStringLiteral("test-send"), m_dataDir, this);
    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("testAgent"));
    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("testFrom"));
    m_from->setPlaceholderText(tr("e.g. it@your-office.example"));
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("testTo"));
    m_to->setPlaceholderText(tr("a mailbox you can read"));
    m_send = new QPushButton(tr("Send test message"), this);
    m_send->setObjectName(QStringLiteral("sendTestMessage"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("testMessageError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_status = new TestMessageStatus(m_dataDir, feed, this);

    auto* form = new QFormLayout;
    form->addRow(tr("Send as Mail Agent:"), m_agent);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_send, 0, Qt::AlignLeft);
    layout->addWidget(m_error);
    layout->addWidget(m_status, 1);

    connect(m_send, &QPushButton::clicked, this, &TestMessageForm::send);
    connect(m_from, &QLineEdit::textChanged, this, &TestMessageForm::updateSendButton);
    connect(m_to, &QLineEdit::textChanged, this, &TestMessageForm::updateSendButton);
    connect(m_agent, &QComboBox::currentIndexChanged, this, &TestMessageForm::updateSendButton);
    connect(m_agent, &QComboBox::activated, m_error, &QWidget::hide); // another agent chosen: its own news
    // As the owner writes the domain: "it@bücher.example", not its A-labels (an outside tester).
    connect(m_agent, &QComboBox::currentIndexChanged, this, [this] {
        const QString suggestion = m_agent->currentData().toString();
        m_from->setPlaceholderText(suggestion.isEmpty()
                                       ? tr("e.g. it@your-office.example")
                                       : tr("e.g. %1").arg(ReadableAddress::address(suggestion)));
    });
    updateSendButton();
}

void TestMessageForm::loadAgents(const QString& agent)
{
    using Result = Expected<QList<MailAgent>>;
    m_runner->run<Result>(
        this, [dataDir = m_dataDir]() { return AgentAdmin(dataDir).list(); },
        [this, agent](Result agents) {
            const QString keep = agent.isEmpty() ? m_agent->currentText() : agent;
            m_agent->clear();
            bool keptIsDisabled = false;
            for (const MailAgent& each : agents ? agents.value() : QList<MailAgent>()) {
                if (!each.enabled) {
                    keptIsDisabled = keptIsDisabled || each.name == keep;
                    continue;
                }
                // The From placeholder suggests an address the agent may send as (its first domain).
                QString suggestion;
                for (const QString& sender : each.senders) {
                    if (suggestion.isEmpty() || !sender.contains(QLatin1Char('@')))
                        suggestion =
                            sender.contains(QLatin1Char('@')) ? sender : QStringLiteral("it@") + sender;
                    if (!sender.contains(QLatin1Char('@')))
                        break;
                }
                m_agent->addItem(each.name, suggestion);
            }
            if (const int index = m_agent->findText(keep); index >= 0)
                m_agent->setCurrentIndex(index);
            if (keptIsDisabled) {
                // Not another agent in its place: an outside tester's test of the disabled ERP agent went
                // out as the printer's, and was delivered.
                m_agent->setCurrentIndex(-1);
                fail(tr("%1 is disabled: it sends nothing until it is enabled again (Mail Agents, Edit...). "
                        "Choose another agent to send as.")
                         .arg(keep));
            } else if (m_agent->count() == 0) {
                fail(tr("There is no enabled Mail Agent to send as yet: create one first."));
            } else {
                m_error->hide();
            }
            updateSendButton();
            Q_EMIT agentsLoaded();
        });
}

QString TestMessageForm::agent() const
{
    return m_agent->currentText();
}

QString TestMessageForm::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void TestMessageForm::updateSendButton()
{
    m_send->setEnabled(!m_busy && m_agent->currentIndex() >= 0 && !m_from->text().trimmed().isEmpty() &&
                       !m_to->text().trimmed().isEmpty());
}

void TestMessageForm::fail(const QString& reason)
{
    m_error->setText(reason);
    m_error->show();
    Q_EMIT sendFailed(reason);
}

void TestMessageForm::send()
{
    const QString agent = m_agent->currentText();
    const QString from = m_from->text().trimmed();
    const QString to = m_to->text().trimmed();
    if (TestMessageAdmin::addressProblem(from).size()) {
        fail(tr("The From address \"%1\" is not an address of the form name@domain.").arg(from));
        return;
    }
    if (TestMessageAdmin::addressProblem(to).size()) {
        fail(tr("The To address \"%1\" is not an address of the form name@domain.").arg(to));
        return;
    }
    m_error->hide();
    m_busy = true;
    updateSendButton();
    using Result = Expected<QString>;
    m_runner->run<Result>(
        this,
        [dataDir = m_dataDir, agent, from, to]() { return TestMessageAdmin(dataDir).send(agent, from, to); },
        [this](Result queued) {
            m_busy = false;
            updateSendButton();
            if (!queued) {
                fail(tr("The test message was not queued: %1").arg(queued.error()));
                return;
            }
            m_status->watch(queued.value());
            Q_EMIT sent(queued.value());
        });
}

} // namespace RelayDesk
