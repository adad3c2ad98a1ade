#include "ui/cidrlisteditor.h"

#include "ui/confirmation.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace RelayDesk {

CidrListEditor::CidrListEditor(const QString& placeholder, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_entry = new QLineEdit(this);
    m_entry->setObjectName(QStringLiteral("entry"));
    m_entry->setPlaceholderText(placeholder);
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("add"));
    m_add->setEnabled(false);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("entries"));
    m_list->setMaximumHeight(110);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("remove"));
    m_remove->setEnabled(false);
    layout->addWidget(m_entry, 0, 0);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(m_hint, 1, 0, 1, 2);
    layout->addWidget(m_list, 2, 0);
    layout->addWidget(m_remove, 2, 1, Qt::AlignTop);

    connect(m_entry, &QLineEdit::textChanged, this, &CidrListEditor::validateEntry);
    // Enter adds the typed entry; it must not also reach the dialog's default button (saving half-typed
    // input).
    m_entry->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, &CidrListEditor::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &CidrListEditor::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this]() { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
}

void CidrListEditor::setRanges(const QList<CidrRange>& ranges)
{
    m_ranges = ranges;
    rebuildList();
}

QString CidrListEditor::pendingText() const
{
    return m_entry->text().trimmed();
}

void CidrListEditor::validateEntry()
{
    const QString text = m_entry->text().trimmed();
    if (text.isEmpty()) {
        m_hint->clear();
        m_add->setEnabled(false);
        return;
    }
    const Expected<CidrRange> range = CidrRange::parse(text);
    if (!range) {
        m_hint->setText(range.error());
        m_hint->setStyleSheet(QStringLiteral("color: #d63939;"));
        m_add->setEnabled(false);
    } else if (m_ranges.contains(range.value())) {
        m_hint->setText(tr("%1 is already on the list.").arg(range->toString()));
        m_hint->setStyleSheet(QStringLiteral("color: #b08000;"));
        m_add->setEnabled(false);
    } else if (isOpenDoor(range.value())) {
        m_hint->setText(tr("%1. Anyone in this range can send mail through you without a password.")
                            .arg(range->describe()));
        m_hint->setStyleSheet(QStringLiteral("color: #d63939;"));
        m_add->setEnabled(true);
    } else {
        m_hint->setText(range->describe());
        m_hint->setStyleSheet(QStringLiteral("color: #2f9e44;"));
        m_add->setEnabled(true);
    }
}

void CidrListEditor::addEntry()
{
    if (!m_add->isEnabled())
        return;
    const Expected<CidrRange> range = CidrRange::parse(m_entry->text().trimmed());
    if (!range)
        return;
    if (isOpenDoor(range.value()) && !confirmOpenDoor(range.value()))
        return; // the entry stays typed: the dialog will not save until it is added or cleared
    m_ranges.append(range.value());
    m_entry->clear();
    rebuildList();
    Q_EMIT changed();
}

void CidrListEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_ranges.size())
        return;
    m_ranges.removeAt(row);
    rebuildList();
    Q_EMIT changed();
}

void CidrListEditor::rebuildList()
{
    m_list->clear();
    for (const CidrRange& range : m_ranges) {
        auto* item = new QListWidgetItem(range.toString(), m_list);
        item->setToolTip(range.describe());
        if (isOpenDoor(range)) {
            item->setForeground(QColor(0xd6, 0x39, 0x39));
            item->setToolTip(tr("%1. Anyone in this range can send mail through you without a password.")
                                 .arg(range.describe()));
        }
    }
    m_remove->setEnabled(false);
}

bool CidrListEditor::confirmOpenDoor(const CidrRange& range)
{
    return Confirmation::ask(
        this, QStringLiteral("confirmWideRange"), tr("Trust a wide range?"),
        tr("Trust %1 (%2) as a device?\n\nAnyone in this range can send mail through you without a password. "
           "List only the addresses of devices that cannot log in, such as a printer or a scanner.")
            .arg(range.toString(), range.describe()),
        tr("Trust this range"));
}

bool CidrListEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_entry && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (!m_entry->text().trimmed().isEmpty()) {
                addEntry();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace RelayDesk
