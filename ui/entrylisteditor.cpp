#include "ui/entrylisteditor.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QResizeEvent>

#include <algorithm>

namespace RelayDesk {

namespace {

const QColor red(0xd6, 0x39, 0x39);

} // namespace

EntryListEditor::EntryListEditor(EntryRules rules, QWidget* parent)
    : QWidget(parent), m_rules(std::move(rules))
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_entry = new QLineEdit(this);
    m_entry->setObjectName(partName("entry"));
    m_entry->setPlaceholderText(m_rules.placeholder);
    m_add = new QPushButton(m_rules.addText, this);
    m_add->setObjectName(partName("add"));
    m_add->setEnabled(false);
    m_hint = new QLabel(this);
    m_hint->setObjectName(partName("hint"));
    m_hint->setWordWrap(true);
    // A line kept for the hint, empty or not: the list moved up a line when Add cleared it, and an outside
    // tester's next click selected the entry below the one aimed at.
    m_hint->setMinimumHeight(m_hint->fontMetrics().lineSpacing());
    m_list = new QListWidget(this);
    m_list->setObjectName(partName("entries"));
    // Its height whatever the room: two lists squeezed into a dialog too short for them shared the want
    // anew at each layout, and the one below moved up when its entry's hint was typed (an outside tester);
    // the dialog grows instead.
    m_list->setFixedHeight(m_rules.listHeight);
    m_remove = new QPushButton(m_rules.removeText, this);
    m_remove->setObjectName(partName("remove"));
    m_remove->setEnabled(false);
    layout->addWidget(m_entry, 0, 0);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(m_hint, 1, 0, 1, 2);
    layout->addWidget(m_list, 2, 0);
    layout->addWidget(m_remove, 2, 1, Qt::AlignTop);

    connect(m_entry, &QLineEdit::textChanged, this, &EntryListEditor::validateEntry);
    // Enter adds the typed entry, and only that: it must never reach the dialog's default button, typed text
    // or not (an outside tester's New Mail Agent dialog was saved by it without the domain in the field).
    m_entry->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, &EntryListEditor::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &EntryListEditor::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this]() { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
}

QString EntryListEditor::partName(const char* part) const
{
    QString name = QString::fromLatin1(part);
    if (m_rules.namePrefix.isEmpty())
        return name;
    name[0] = name[0].toUpper();
    return m_rules.namePrefix + name;
}

void EntryListEditor::setEntries(const QStringList& entries)
{
    m_entries = entries;
    rebuildList();
}

QString EntryListEditor::pendingText() const
{
    return m_entry->text().trimmed();
}

void EntryListEditor::validateEntry()
{
    const QString text = m_entry->text().trimmed();
    if (text.isEmpty()) {
        m_hint->clear();
        m_add->setEnabled(false);
        return;
    }
    const EntryCheck checked = m_rules.check(text);
    if (checked.entry.isEmpty()) {
        m_hint->setText(checked.error);
        m_hint->setStyleSheet(QStringLiteral("color: #d63939;"));
        m_add->setEnabled(false);
    } else if (m_entries.contains(checked.entry)) {
        m_hint->setText(m_rules.duplicate(checked.shown.isEmpty() ? checked.entry : checked.shown));
        m_hint->setStyleSheet(QStringLiteral("color: #b08000;"));
        m_add->setEnabled(false);
    } else {
        m_hint->setText(checked.hint);
        m_hint->setStyleSheet(checked.openDoor  ? QStringLiteral("color: #d63939;")
                              : checked.caution ? QStringLiteral("color: #b08000;")
                                                : QStringLiteral("color: #2f9e44;"));
        m_add->setEnabled(true);
    }
    keepHintHeight();
}

void EntryListEditor::keepHintHeight()
{
    // A hint of several lines keeps its room once it needed it: the list jumped back up when Enter cleared a
    // three-line hint (French), and an outside tester's next click hit the entry below the one aimed at.
    if (m_hint->width() <= 0 || m_hint->text().isEmpty())
        return;
    const int needed = m_hint->heightForWidth(m_hint->width());
    if (needed > m_hint->minimumHeight())
        m_hint->setMinimumHeight(needed);
}

void EntryListEditor::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // From the start, the room of what the hint shows while an ordinary entry is typed, a character at a
    // time: the list moved down at the first entry (an outside tester's click at a list row right after
    // Enter landed a row off), and the dialog that edited the agent afterwards showed it higher again.
    if (m_rules.typicalEntry.isEmpty() || width() <= 0 || width() == m_typicalHintWidth)
        return;
    m_typicalHintWidth = width();
    QLabel probe;
    probe.setWordWrap(true);
    probe.setFont(m_hint->font());
    int needed = 0;
    // The widest warning too, and what it says while it is typed: the trusted devices' field moved up when
    // 0.0.0.0/0's three French lines appeared, and squeezed the allowlist above it (an outside tester).
    QStringList typed;
    for (const QString& entry : {m_rules.typicalEntry, m_rules.widestHintEntry}) {
        for (qsizetype length = 1; length <= entry.size(); ++length)
            typed << entry.left(length);
    }
    for (const QString& text : std::as_const(typed)) {
        const EntryCheck checked = m_rules.check(text);
        probe.setText(checked.entry.isEmpty() ? checked.error : checked.hint);
        needed = std::max(needed, probe.heightForWidth(width())); // the hint spans the editor's width
    }
    if (needed > m_hint->minimumHeight())
        m_hint->setMinimumHeight(needed);
}

void EntryListEditor::addEntry()
{
    if (!m_add->isEnabled())
        return;
    const EntryCheck checked = m_rules.check(m_entry->text().trimmed());
    if (checked.entry.isEmpty())
        return;
    if (checked.openDoor && m_rules.confirm && !m_rules.confirm(this, checked))
        return; // the entry stays typed: the dialog will not save until it is added or cleared
    m_entries.append(checked.entry);
    m_entry->clear();
    rebuildList();
    Q_EMIT changed();
}

void EntryListEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    m_entries.removeAt(row);
    rebuildList();
    Q_EMIT changed();
}

void EntryListEditor::rebuildList()
{
    m_list->clear();
    for (const QString& entry : std::as_const(m_entries)) {
        const EntryCheck checked = m_rules.check(entry);
        auto* item = new QListWidgetItem(checked.shown.isEmpty() ? entry : checked.shown, m_list);
        item->setToolTip(checked.toolTip);
        if (checked.openDoor)
            item->setForeground(red);
        else if (checked.caution)
            item->setForeground(QColor(0xb0, 0x80, 0x00));
    }
    m_remove->setEnabled(false);
}

bool EntryListEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_entry && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (!m_entry->text().trimmed().isEmpty())
                addEntry();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace RelayDesk
