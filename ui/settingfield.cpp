#include "ui/settingfield.h"

#include "core/admin/settingsadmin.h"
#include "core/store/settingorder.h"
#include "core/util/settingunits.h"
#include "ui/explainingspinbox.h"
#include "ui/filechooser.h"
#include "ui/settingcatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <utility>

namespace RelayDesk {

using SettingUnits::octetsPerMegabyte;
using SettingUnits::secondsPerDay;
using SettingUnits::secondsPerHour;
using SettingUnits::secondsPerMinute;

SettingField::SettingField(const SettingInfo& setting, const SettingText& text, QWidget* parent)
    : QWidget(parent), m_setting(setting)
{
    setObjectName(setting.key);
    setToolTip(text.help);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #d63939;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    switch (setting.kind) {
    case SettingKind::Flag:
        m_check = new QCheckBox(text.label, this);
        row->addWidget(m_check);
        row->addStretch();
        connect(m_check, &QCheckBox::toggled, this, &SettingField::edited);
        break;
    case SettingKind::Choice:
        m_choice = new QComboBox(this);
        for (const QString& choice : setting.choices)
            m_choice->addItem(SettingCatalog::choiceText(setting.key, choice), choice);
        row->addWidget(m_choice);
        row->addStretch();
        connect(m_choice, &QComboBox::currentIndexChanged, this, &SettingField::edited);
        break;
    case SettingKind::Text:
    case SettingKind::Address:
        m_line = new QLineEdit(this);
        m_line->setPlaceholderText(setting.defaultValue);
        row->addWidget(m_line, 1);
        connect(m_line, &QLineEdit::textChanged, this, &SettingField::check);
        connect(m_line, &QLineEdit::textChanged, this, &SettingField::edited);
        // A file's name is chosen, not typed from memory (an outside tester had to type the CA file's path
        // that the connection test asked for).
        if (setting.filePath) {
            auto* browse = new QPushButton(tr("Browse..."), this);
            browse->setObjectName(QStringLiteral("browse"));
            row->addWidget(browse);
            connect(browse, &QPushButton::clicked, this, [this, label = text.label]() {
                const QString path = FileChooser::openFile(
                    this, QStringLiteral("settingFile"), tr("Choose the file: %1").arg(label),
                    tr("PEM files (*.pem *.crt *.cer);;All files (*)"));
                if (!path.isEmpty())
                    m_line->setText(path);
            });
        }
        break;
    case SettingKind::Count:
    case SettingKind::Port:
    case SettingKind::Seconds:
    case SettingKind::Octets:
    case SettingKind::Days: {
        auto* spin = new ExplainingSpinBox(this);
        m_spin = spin;
        if (setting.minimum == 0) // 0 has words of its own ("not kept", "off")
            m_spin->setSpecialValueText(text.zeroText);
        // Queued: the box is still validating the keystroke it refused when it says so.
        connect(spin, &ExplainingSpinBox::refused, this, &SettingField::explainRefusal, Qt::QueuedConnection);
        row->addWidget(m_spin);
        if (setting.kind == SettingKind::Seconds) {
            m_unit = new QComboBox(this);
            // Its texts follow the number (minute, minutes): the width follows them.
            m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            // Only the units the setting's largest value reaches: a handshake timeout offers no days.
            for (qint64 unit : {qint64(1), secondsPerMinute, secondsPerHour, secondsPerDay}) {
                if (unit == 1 || setting.maximum == 0 || unit <= setting.maximum)
                    m_unit->addItem(QString(), unit);
            }
            row->addWidget(m_unit);
            connect(m_unit, &QComboBox::currentIndexChanged, this, &SettingField::convertToUnit);
            connect(m_unit, &QComboBox::currentIndexChanged, this, &SettingField::edited);
            connect(m_spin, &QSpinBox::valueChanged, this, [this](int value) {
                if (!m_converting) {
                    m_seconds = qint64(value) * unitFactor();
                    m_typed = true;
                }
            });
        }
        updateRange();
        row->addStretch();
        connect(m_spin, &QSpinBox::valueChanged, this, &SettingField::updatePlurals);
        connect(m_spin, &QSpinBox::valueChanged, m_problem, [this] {
            m_problem->hide();
            m_clamped = false; // a value of the person's own again
        });
        connect(m_spin, &QSpinBox::valueChanged, this, &SettingField::edited);
        break;
    }
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    for (QWidget* child : findChildren<QWidget*>())
        child->setToolTip(text.help);
    if (QWidget* editor = m_check    ? static_cast<QWidget*>(m_check)
                          : m_choice ? static_cast<QWidget*>(m_choice)
                          : m_line   ? static_cast<QWidget*>(m_line)
                                     : static_cast<QWidget*>(m_spin))
        setFocusProxy(editor);
    updatePlurals();
}

void SettingField::updateRange()
{
    // The setting's bounds in the unit shown: 1 to 24 for a day's worth of hours, 1 to 512 MB.
    const qint64 factor = unitFactor();
    const qint64 lowest =
        (m_setting.minimum + factor - 1) / factor; // the smallest whole count that reaches it
    const qint64 highest = m_setting.maximum > 0 ? m_setting.maximum / factor : 999999;
    m_spin->setRange(int(lowest), int(std::clamp<qint64>(highest, std::max<qint64>(lowest, 1), 999999)));
}

void SettingField::convertToUnit()
{
    const bool loading = std::exchange(m_converting, true);
    updateRange(); // a typed number stays, within the new unit's bounds
    if (m_typed) {
        m_seconds = qint64(m_spin->value()) * unitFactor();
        m_converting = loading;
        return;
    }
    const qint64 factor = unitFactor();
    // To the nearest whole count, at least 1 (0 is "off" and stays 0), within the setting's bounds.
    const qint64 count = m_seconds == 0 ? 0 : std::max<qint64>(1, (m_seconds + factor / 2) / factor);
    m_spin->setValue(int(std::clamp<qint64>(count, m_spin->minimum(), m_spin->maximum())));
    m_converting = loading;
    // Not the same duration in whole counts of the new unit: said beside it, since Save stores what the
    // field shows (an outside tester chose days for 5 minutes and saved a day without a word).
    const qint64 shownSeconds = qint64(m_spin->value()) * factor;
    if (!loading && shownSeconds != m_seconds) {
        m_problem->setText(
            tr("Rounded to a whole number in this unit: %1 becomes %2.")
                .arg(SettingOrder::spokenSeconds(m_seconds), SettingOrder::spokenSeconds(shownSeconds)));
        m_problem->show();
    } else if (!loading) {
        m_problem->hide();
    }
}

void SettingField::rebase(const QString& stored)
{
    m_stored = stored;
    // The note under the field spoke of the old value ("5 minutes becomes 1 hour") after the command line
    // had stored another (an outside tester).
    m_problem->setText(
        tr("Changed elsewhere to %1 meanwhile: Save stores the value shown here, Discard changes shows %1.")
            .arg(spoken(stored)));
    m_problem->show();
}

QString SettingField::spoken(const QString& stored) const
{
    bool number = false;
    const qint64 value = stored.toLongLong(&number);
    if (number && m_setting.kind == SettingKind::Seconds)
        return SettingOrder::spokenSeconds(value);
    if (number && m_setting.kind == SettingKind::Octets)
        return SettingOrder::spokenOctets(value);
    if (number && m_setting.kind == SettingKind::Days)
        return SettingOrder::spokenDays(value);
    return stored;
}

qint64 SettingField::unitFactor() const
{
    if (m_setting.kind == SettingKind::Octets)
        return octetsPerMegabyte;
    return m_unit ? m_unit->currentData().toLongLong() : 1;
}

void SettingField::setStored(const QString& stored)
{
    m_stored = stored;
    m_loaded = true;
    if (m_check)
        m_check->setChecked(stored == QLatin1String("true"));
    if (m_choice)
        m_choice->setCurrentIndex(std::max(0, m_choice->findData(stored)));
    if (m_line)
        m_line->setText(stored);
    if (m_spin)
        showNumber(stored.toLongLong());
    m_loadedShown = shown();
}

void SettingField::showNumber(qint64 stored)
{
    qint64 shownValue = stored;
    if (m_setting.kind == SettingKind::Octets) {
        shownValue = std::max<qint64>(1, (stored + octetsPerMegabyte / 2) / octetsPerMegabyte);
    } else if (m_unit) {
        m_seconds = stored;
        m_typed = false;
        m_converting = true;
        // The largest unit that shows the value exactly: 432000 s is 5 days, 90 s stays 90 seconds.
        int index = 0;
        for (int i = m_unit->count() - 1; i > 0; --i) {
            const qint64 unit = m_unit->itemData(i).toLongLong();
            if (stored > 0 && stored % unit == 0) {
                index = i;
                break;
            }
        }
        if (stored == 0)
            index = std::max(0, m_unit->findData(secondsPerHour));
        m_unit->setCurrentIndex(index);
        shownValue = stored / m_unit->itemData(index).toLongLong();
    }
    m_spin->setValue(static_cast<int>(std::min<qint64>(shownValue, m_spin->maximum())));
    m_converting = false;
}

QString SettingField::shown() const
{
    if (m_check)
        return m_check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (m_choice)
        return m_choice->currentData().toString();
    if (m_line)
        return m_line->text().trimmed();
    return QStringLiteral("%1 %2").arg(m_spin->value()).arg(m_unit ? m_unit->currentIndex() : 0);
}

QString SettingField::value() const
{
    if (shown() == m_loadedShown)
        return m_stored;
    if (!m_spin)
        return shown();
    return QString::number(qint64(m_spin->value()) * unitFactor());
}

QString SettingField::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text(); // also on a tab not shown now
}

void SettingField::check()
{
    const QString problem = SettingsAdmin::valueProblem(m_setting.key, m_line->text().trimmed());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void SettingField::explainRefusal(const QString& typed)
{
    // A whole number above the largest the setting takes ("600" in a field of at most 512 MB) left the box at
    // what it had taken before the last digit (60), and Save stored 60 (an outside tester): the field takes
    // the largest instead, and says so.
    // The box that refused it is an ExplainingSpinBox (the only kind this field makes).
    const QString digits = static_cast<const ExplainingSpinBox*>(m_spin)->wholeNumber(typed);
    const bool whole = !digits.isEmpty();
    const qlonglong number = digits.toLongLong();
    if (whole && number > m_spin->maximum()) {
        m_spin->setValue(m_spin->maximum());
        m_clamped = true;
        QString largest = QLocale().toString(m_spin->maximum()) + m_spin->suffix();
        if (m_unit)
            largest += QLatin1Char(' ') + m_unit->currentText();
        m_problem->setText(tr("%1 is more than this setting takes: it is set to the largest, %2.")
                               .arg(QLocale().toString(number), largest));
        m_problem->show();
        return;
    }
    // Below the smallest ("0" connections) the box went back to what it had without a word, and Save said
    // "Saved." (an outside tester): it takes the smallest, and says so.
    if (whole && number < m_spin->minimum()) {
        m_spin->setValue(m_spin->minimum());
        m_clamped = true;
        QString smallest = QLocale().toString(m_spin->minimum()) + m_spin->suffix();
        if (m_unit)
            smallest += QLatin1Char(' ') + m_unit->currentText();
        m_problem->setText(tr("%1 is less than this setting takes: it is set to the smallest, %2.")
                               .arg(QLocale().toString(number), smallest));
        m_problem->show();
        return;
    }
    // What the box could not take, said where it was typed: a unit or a decimal comma was dropped silently
    // ("2 GB" became 2 MB, "1,5" minutes 15; an outside tester).
    QString hint;
    switch (m_setting.kind) {
    case SettingKind::Octets:
        hint = tr("Type whole megabytes: 1 GB is 1024 MB.");
        break;
    case SettingKind::Seconds:
        hint = tr("Type a whole number and choose its unit in the list beside it (1.5 minutes: 90 seconds).");
        break;
    case SettingKind::Days:
        hint = tr("Type a whole number of days (a week is 7, a month about 30).");
        break;
    default:
        hint = tr("Type a whole number.");
        break;
    }
    m_problem->setText(hint);
    m_problem->show();
}

void SettingField::updatePlurals()
{
    if (!m_spin)
        return;
    // Numerus translations pick the word for the value shown (English: "1 day", "2 days").
    const int n = m_spin->value();
    if (m_setting.kind == SettingKind::Octets)
        m_spin->setSuffix(tr(" MB"));
    else if (m_setting.kind == SettingKind::Days)
        m_spin->setSuffix(tr(" day(s)", "unit after a number", n));
    if (!m_unit)
        return;
    const QStringList names = {
        tr("second(s)", "unit after a number", n), tr("minute(s)", "unit after a number", n),
        tr("hour(s)", "unit after a number", n), tr("day(s)", "unit after a number", n)};
    for (int i = 0; i < names.size(); ++i)
        m_unit->setItemText(i, names.at(i));
}

} // namespace RelayDesk
