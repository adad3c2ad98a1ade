#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace RelayDesk {

/// Edits the sender domains and exact addresses of a Mail Agent (docs/protocols.md, "Sender domains"). The
/// entry is checked as it is typed: the hint shows it as it will be stored (an internationalized name as its
/// xn-- form) or what is wrong with it, and Add is enabled only for a valid new entry.
class SenderListEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit SenderListEditor(QWidget* parent = nullptr);

    void setSenders(const QStringList& senders);
    QStringList senders() const { return m_senders; }
    /// The entry still being typed, if any (the dialog refuses to save with a half-typed entry).
    QString pendingText() const;

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void validateEntry();
    void addEntry();
    void removeSelected();
    void rebuildList();

    QLineEdit* m_entry = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QListWidget* m_list = nullptr;
    QStringList m_senders;
};

} // namespace RelayDesk
