#include "ui/userguidedialog.h"

#include "ui/userguide.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <iterator>

namespace RelayDesk {

UserGuideDialog::UserGuideDialog(const QLocale& locale, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("RelayDesk User Guide"));
    m_topics = new QListWidget(this);
    m_topics->setObjectName(QStringLiteral("userGuideTopics"));
    m_topics->setAccessibleName(tr("Topics"));
    m_topics->setSpacing(2);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("userGuideText"));
    m_text->setOpenLinks(false);
    const QList<UserGuide::Section> sections = UserGuide::sections(UserGuide::resourceFor(locale));
    for (const UserGuide::Section& section : sections) {
        auto* item = new QListWidgetItem(section.title, m_topics);
        const QString page = QStringLiteral("# ") + section.title + QStringLiteral("\n\n") + section.markdown;
        item->setData(Qt::UserRole, page);
    }
    // The topics as wide as their longest title, so that no title is cut; the text takes the rest.
    m_topics->setMaximumWidth(m_topics->sizeHintForColumn(0) + 2 * m_topics->frameWidth() + 8);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* panes = new QHBoxLayout;
    panes->addWidget(m_topics);
    panes->addWidget(m_text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(panes, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_topics, &QListWidget::currentRowChanged, this, &UserGuideDialog::showTopic);
    if (sections.isEmpty())
        m_text->setPlainText(tr("The user guide cannot be read."));
    else
        m_topics->setCurrentRow(0);
    resize(880, 600);
}

int UserGuideDialog::topicOf(int page)
{
    // The window's pages in MainWindow::Page order: Dashboard, Mail Agents, Live Sessions, Queue, Delivery
    // Logs, Settings; the sections: Getting started, Connecting an application, Reading the Delivery Logs,
    // Finding a customer's message, The queue, Security, Sender domains and DKIM, How mail leaves, Backups.
    static constexpr int topics[] = {0, 1, 5, 4, 2, 7};
    return page >= 0 && page < int(std::size(topics)) ? topics[page] : 0;
}

void UserGuideDialog::showTopic(int row)
{
    if (QListWidgetItem* item = m_topics->item(row))
        m_text->setMarkdown(item->data(Qt::UserRole).toString());
}

} // namespace RelayDesk
