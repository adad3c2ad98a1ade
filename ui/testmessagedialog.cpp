#include "ui/testmessagedialog.h"

#include "ui/testmessageform.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace RelayDesk {

TestMessageDialog::TestMessageDialog(const QString& dataDir, LiveFeed* feed, const QString& agent,
                                     QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("testMessageDialog"));
    setWindowTitle(tr("Send test message"));
    auto* intro = new QLabel(tr("RelayDesk queues a short test message as if the Mail Agent had sent it and "
                                "delivers it the usual way. Its delivery shows here as it happens."),
                             this);
    intro->setWordWrap(true);
    m_form = new TestMessageForm(dataDir, feed, this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 440);
    m_form->loadAgents(agent);
}

} // namespace RelayDesk
