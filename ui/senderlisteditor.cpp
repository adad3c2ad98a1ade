#include "ui/senderlisteditor.h"

#include "core/admin/agentadmin.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace RelayDesk {

SenderListEditor::SenderListEditor(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_entry = new QLineEdit(this);
    m_entry->setObjectName(QStringLiteral("senderEntry"));
    m_entry->setPlaceholderText(tr("e.g. example.com"));
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("senderAdd"));
    m_add->setEnabled(false);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("senderHint"));
    m_hint->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("senderEntries"));
    m_list->setMaximumHeight(90);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("senderRemove"));
    m_remove->setEnabled(false);
    layout->addWidget(m_entry, 0, 0);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(m_hint, 1, 0, 1, 2);
    layout->addWidget(m_list, 2, 0);
    layout->addWidget(m_remove, 2, 1, Qt::AlignTop);

    connect(m_entry, &QLineEdit::textChanged, this, &SenderListEditor::validateEntry);
    // Enter adds the typed entry; it must not also reach the dialog's default button.
    m_entry->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, &SenderListEditor::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &SenderListEditor::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this]() { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
}

void SenderListEditor::setSenders(const QStringList& senders)
{
    m_senders = senders;
    rebuildList();
}

QString SenderListEditor::pendingText() const
{
    return m_entry->text().trimmed();
}

void SenderListEditor::validateEntry()
{
    const QString text = m_entry->text().trimmed();
    if (text.isEmpty()) {
        m_hint->clear();
        m_add->setEnabled(false);
        return;
    }
    const Expected<QString> entry = AgentAdmin::normalizeSender(text);
    if (!entry) {
        m_hint->setText(entry.error());
        m_hint->setStyleSheet(QStringLiteral("color: #d63939;"));
        m_add->setEnabled(false);
    } else if (m_senders.contains(entry.value())) {
        m_hint->setText(tr("%1 is already on the list.").arg(entry.value()));
        m_hint->setStyleSheet(QStringLiteral("color: #b08000;"));
        m_add->setEnabled(false);
    } else {
        m_hint->setText(entry->contains(QLatin1Char('@'))
                            ? tr("May send as %1 only.").arg(entry.value())
                            : tr("May send as any address at %1 (not its subdomains).").arg(entry.value()));
        m_hint->setStyleSheet(QStringLiteral("color: #2f9e44;"));
        m_add->setEnabled(true);
    }
}

void SenderListEditor::addEntry()
{
    if (!m_add->isEnabled())
        return;
    const Expected<QString> entry = AgentAdmin::normalizeSender(m_entry->text().trimmed());
    if (!entry)
        return;
    m_senders.append(entry.value());
    m_entry->clear();
    rebuildList();
    Q_EMIT changed();
}

void SenderListEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_senders.size())
        return;
    m_senders.removeAt(row);
    rebuildList();
    Q_EMIT changed();
}

void SenderListEditor::rebuildList()
{
    m_list->clear();
    for (const QString& sender : std::as_const(m_senders)) {
        auto* item = new QListWidgetItem(sender, m_list);
        item->setToolTip(sender.contains(QLatin1Char('@')) ? tr("This address only")
                                                           : tr("Any address at this domain"));
    }
    m_remove->setEnabled(false);
}

bool SenderListEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_entry && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_entry->text().trimmed().isEmpty()) {
            addEntry();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace RelayDesk
