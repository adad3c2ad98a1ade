#include "ui/countaxis.h"

#include <cmath>
#include <initializer_list>

namespace RelayDesk {

CountAxis CountAxis::forMaximum(double maximum)
{
    constexpr int maxIntervals = 5;
    CountAxis axis;
    if (!(maximum > maxIntervals)) // also NaN
        return axis;
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

} // namespace RelayDesk
