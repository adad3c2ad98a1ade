#pragma once

class QFontMetrics;

namespace RelayDesk {

/// The width of a table column that shows a date and a time in the locale's short format: the widest such
/// text (the 28th of December, 23:58) and the cell's margins, so that the time is never elided away.
int timeColumnWidth(const QFontMetrics& metrics);

} // namespace RelayDesk
