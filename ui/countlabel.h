#pragma once

#include <QLabel>

namespace RelayDesk {

/// A dashboard tile's big count: drawn as large as the width its layout gives allows (at most its full size),
/// so that a busy day's seven-digit counts never widen the window.
class CountLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit CountLabel(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void setCount(qint64 count);
    /// A dash: the count could not be read (never a 0 that looks like one).
    void setUnknown();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /// The font at pointSize, bold.
    QFont countFont(int pointSize) const;
    /// The largest size from the full size down to the smallest at which the text fits the width.
    void fitFont();
};

} // namespace RelayDesk
