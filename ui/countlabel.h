#pragma once

#include <QLabel>
#include <QList>

#include <memory>

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
    /// The counts of one row are drawn at one size, the largest at which each fits its width: a four-digit
    /// count was drawn smaller than its neighbours, and the row looked uneven (an outside tester).
    static void shareSize(const QList<CountLabel*>& row);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /// The font at pointSize, bold.
    QFont countFont(int pointSize) const;
    /// The largest size from the full size down to the smallest at which the text fits the width.
    int fittingSize() const;
    /// This label, or its whole row, at the size that fits.
    void fitFont();

    std::shared_ptr<const QList<CountLabel*>> m_row; ///< the labels sharing one size, this one among them
};

} // namespace RelayDesk
