#include "ui/countaxis.h"

#include <QtGlobal>

#include <cmath>
#include <initializer_list>

namespace RelayDesk {

CountAxis CountAxis::forMaximum(double maximum, int maxIntervals)
{
    maxIntervals = qBound(1, maxIntervals, 5);
    CountAxis axis;
    if (!(maximum > maxIntervals)) { // also NaN
        axis.top = maxIntervals;
        return axis;
    }
    for (long long power = 1;; power *= 10) {
        for (const int factor : {1, 2, 5}) {
            const long long step = factor * power;
            const long long intervals = static_cast<long long>(std::ceil(maximum / double(step)));
            if (intervals <= maxIntervals) {
                axis.step = static_cast<int>(step);
                axis.top = static_cast<int>(intervals * step);
                return axis;
            }
        }
    }
}

int CountAxis::intervalsFor(double height, int lineHeight)
{
    // Each label gets its line and a little room above and below it, as Qt Charts pads it.
    const double perLabel = lineHeight * 1.5;
    if (!(height > 0) || perLabel <= 0)
        return 5;
    return qBound(1, static_cast<int>(height / perLabel), 5);
}

} // namespace RelayDesk
