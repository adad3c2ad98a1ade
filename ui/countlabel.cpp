#include "ui/countlabel.h"

#include <QFontMetrics>
#include <QLocale>

#include <algorithm>

namespace RelayDesk {

namespace {
constexpr int fullPointSize = 24;
constexpr int smallestPointSize = 11;
} // namespace

CountLabel::CountLabel(QWidget* parent) : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setFont(countFont(fullPointSize));
    setCount(0);
}

QFont CountLabel::countFont(int pointSize) const
{
    QFont font = parentWidget() ? parentWidget()->font() : QFont();
    font.setPointSize(pointSize);
    font.setBold(true);
    return font;
}

void CountLabel::setUnknown()
{
    setText(QStringLiteral("\u2013"));
}

void CountLabel::setCount(qint64 count)
{
    setText(QLocale().toString(count));
    updateGeometry();
    fitFont();
}

QSize CountLabel::minimumSizeHint() const
{
    // Asks only for the smallest size's width, but always the full size's height: the tiles keep their
    // height whatever the counts.
    const QMargins margins = contentsMargins();
    return {QFontMetrics(countFont(smallestPointSize)).horizontalAdvance(text()) + margins.left() +
                margins.right() + 2 * margin(),
            QFontMetrics(countFont(fullPointSize)).height() + margins.top() + margins.bottom() +
                2 * margin()};
}

QSize CountLabel::sizeHint() const
{
    return minimumSizeHint();
}

void CountLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    fitFont();
}

void CountLabel::shareSize(const QList<CountLabel*>& row)
{
    const auto shared = std::make_shared<const QList<CountLabel*>>(row);
    for (CountLabel* label : row)
        label->m_row = shared;
    if (!row.isEmpty())
        row.first()->fitFont();
}

int CountLabel::fittingSize() const
{
    const int room = contentsRect().width() - 2 * margin();
    int size = fullPointSize;
    while (size > smallestPointSize && QFontMetrics(countFont(size)).horizontalAdvance(text()) > room)
        --size;
    return size;
}

void CountLabel::fitFont()
{
    const QList<CountLabel*> row = m_row ? *m_row : QList<CountLabel*>{this};
    int size = fullPointSize;
    for (const CountLabel* label : row)
        size = std::min(size, label->fittingSize());
    for (CountLabel* label : row) {
        if (label->font().pointSize() != size)
            label->setFont(label->countFont(size));
    }
}

} // namespace RelayDesk
