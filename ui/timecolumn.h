#pragma once

class QFontMetrics;
class QTableView;

namespace RelayDesk {

/// The width of a table column that shows a date and a time in the locale's short format: the widest such
/// text (the 28th of December, 23:58) and the cell's margins, so that the time is never elided away.
int timeColumnWidth(const QFontMetrics& metrics);
/// The same for column of view, and at least as wide as its title with the sort indicator: "Nächster
/// Versuch" and "Prochaine tentative" are wider than a time.
int timeColumnWidth(const QTableView* view, int column);

} // namespace RelayDesk
