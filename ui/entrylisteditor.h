#pragma once

#include "ui/entryrules.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace RelayDesk {

/// Edits a list of entries (addresses and ranges, sender domains) by the rules of their kind (EntryRules):
/// the entry is checked as it is typed, the hint says what it covers in plain words or what is wrong with it,
/// and Add is enabled only for a valid new entry; an entry that opens a door is shown red and asks first.
class EntryListEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit EntryListEditor(EntryRules rules, QWidget* parent = nullptr);

    void setEntries(const QStringList& entries);
    QStringList entries() const { return m_entries; }
    /// The entry still being typed, if any (the dialog refuses to save with a half-typed entry).
    QString pendingText() const;

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Keeps the hint's line count at the most it needed so far, so that the list below it stays put.
    void keepHintHeight();
    void validateEntry();
    void addEntry();
    void removeSelected();
    void rebuildList();
    QString partName(const char* part) const;

    EntryRules m_rules;
    int m_typicalHintWidth = 0; ///< the width the typical hint's room was measured at
    QLineEdit* m_entry = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QListWidget* m_list = nullptr;
    QStringList m_entries;
};

} // namespace RelayDesk
