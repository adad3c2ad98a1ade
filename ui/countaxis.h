#pragma once

namespace RelayDesk {

/// A value axis for counts: from 0 to a round top in whole, round steps (1, 2 or 5 times a power of ten), so
/// that every label is an integer and every gridline has a label. An empty chart reads 0 to 5.
struct CountAxis
{
    int top = 5;
    int step = 1;
    int tickCount() const { return top / step + 1; }

    static CountAxis forMaximum(double maximum);
};

} // namespace RelayDesk
