#pragma once

#include "core/admin/settinginfo.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace RelayDesk {

struct SettingText;

/// The editor of one setting in human units: a spin box with the unit beside it (seconds as minutes, hours
/// or days; octets as MB; days), a drop-down for a choice, a check box, or a line checked as it is typed.
/// It takes and gives the stored text; a value the user did not touch is given back exactly as stored.
class SettingField final : public QWidget
{
    Q_OBJECT
public:
    SettingField(const SettingInfo& setting, const SettingText& text, QWidget* parent = nullptr);

    const QString& key() const { return m_setting.key; }
    void setStored(const QString& stored);
    /// Shows the stored value again, dropping an edit.
    void revert() { setStored(m_stored); }
    /// A new stored value from elsewhere under an edit: the edit stays shown, compared with the new value
    /// from now on (Revert shows the new value); the note under the field names the new value.
    void rebase(const QString& stored);
    /// A stored value as people say it: "10 minutes", "25 MB", or the text itself.
    QString spoken(const QString& stored) const;
    /// The stored text last loaded or saved.
    QString stored() const { return m_stored; }
    /// The value to store: the stored text while the shown value is the loaded one, else the new one.
    QString value() const;
    /// False until a stored value was loaded: a field the page has not filled yet holds no change.
    bool isModified() const { return m_loaded && value() != m_stored; }
    /// The check box of a Flag (its text is the label), else nullptr.
    QCheckBox* checkBox() const { return m_check; }
    QSpinBox* spinBox() const { return m_spin; }
    QComboBox* unitBox() const { return m_unit; }
    QComboBox* choiceBox() const { return m_choice; }
    QLineEdit* lineEdit() const { return m_line; }
    QString problem() const;
    /// What the field says of a number it changed to the nearest it takes (0 connections: 1), while that
    /// value stands; empty otherwise. Save asks before storing it (an outside tester's 0 was saved as 1).
    QString clampNote() const { return m_clamped ? m_problem->text() : QString(); }

Q_SIGNALS:
    void edited();

private:
    /// What the widgets show, to tell a touched value from the loaded one.
    QString shown() const;
    void showNumber(qint64 stored);
    /// The spin box's bounds: the setting's, in the unit shown.
    void updateRange();
    /// A new unit for a duration as loaded shows the same duration in it, rounded to a whole count (30
    /// minutes as hours: 1 hour); for a number the person typed, it is that number's unit (2, hours).
    void convertToUnit();
    qint64 unitFactor() const;
    void updatePlurals();
    void check();
    /// The spin box refused typed: says what it takes (a whole number above its largest: sets the largest).
    void explainRefusal(const QString& typed);

    SettingInfo m_setting;
    QString m_stored;
    bool m_loaded = false;
    QString m_loadedShown;
    qint64 m_seconds = 0; ///< a duration as last typed or loaded, so that units can change back and forth
    bool m_converting = false; ///< the spin box changes for a unit change or a load, not by the person
    bool m_typed = false;      ///< the person typed the number since the value was loaded
    QCheckBox* m_check = nullptr;
    QSpinBox* m_spin = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_choice = nullptr;
    QLineEdit* m_line = nullptr;
    QLabel* m_problem = nullptr;
    bool m_clamped = false; ///< the shown value is one the field chose for a number it does not take
};

} // namespace RelayDesk
