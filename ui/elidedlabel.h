#pragma once

#include <QLabel>

namespace RelayDesk {

/// A one-line label that shows as much of its text as fits, with "…" at the end, and the whole text in its
/// tooltip: a long name never widens the window (an outside tester's agent name made it 1279 px wide).
class ElidedLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    /// The whole text; what is shown follows the label's width.
    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace RelayDesk
