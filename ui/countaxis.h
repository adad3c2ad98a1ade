#pragma once

namespace RelayDesk {

/// A value axis for counts: from 0 to a round top in whole, round steps (1, 2 or 5 times a power of ten), so
/// that every label is an integer and every gridline has a label. An empty chart reads 0 to 5. A short chart
/// asks for fewer intervals (at least one), so that each label has the height of a line: Qt Charts elides a
/// label to "…" that has less.
struct CountAxis
{
    int top = 5;
    int step = 1;
    int tickCount() const { return top / step + 1; }

    static CountAxis forMaximum(double maximum, int maxIntervals = 5);
    /// The most intervals a plot area of height px shows with labels of lineHeight px each, from 1 to 5.
    static int intervalsFor(double height, int lineHeight);
};

} // namespace RelayDesk
