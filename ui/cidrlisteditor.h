#pragma once

#include "core/agents/cidrrange.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace RelayDesk {

/// Edits a list of addresses and CIDR ranges. The entry is parsed as it is typed: the hint says what it
/// covers in plain words, or what is wrong with it, and Add is enabled only for a valid entry. As the list
/// of trusted devices, a wide range (CidrRange::isWide) is shown as the open door it is and asks first.
class CidrListEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit CidrListEditor(const QString& placeholder, QWidget* parent = nullptr);

    void setRanges(const QList<CidrRange>& ranges);
    QList<CidrRange> ranges() const { return m_ranges; }
    /// The entry still being typed, if any (the dialog refuses to save with a half-typed entry).
    QString pendingText() const;
    /// Entries may send without a password: wide ranges are flagged and need a confirmation to be added.
    void setTrustedDevices(bool trusted) { m_trustedDevices = trusted; }

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void validateEntry();
    void addEntry();
    void removeSelected();
    void rebuildList();
    bool isOpenDoor(const CidrRange& range) const { return m_trustedDevices && range.isWide(); }
    bool confirmOpenDoor(const CidrRange& range);

    QLineEdit* m_entry = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QListWidget* m_list = nullptr;
    QList<CidrRange> m_ranges;
    bool m_trustedDevices = false;
};

} // namespace RelayDesk
