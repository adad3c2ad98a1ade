#pragma once

#include <QtGlobal>

class QDateTime;
class QFontMetrics;
class QString;
class QTableView;

namespace RelayDesk {

/// A date and time as the tables, the details and the message viewer show them: the locale's short date with
/// a four-digit year and its short time with seconds ("04/12/2026 16:29:07", "04.12.2026 16:29:07"), since
/// support staff line attempts up with an application's log (French and German dropped the seconds).
QString tableTimeText(const QDateTime& time);
/// The same for milliseconds since the epoch, in local time.
QString tableTimeText(qint64 msSinceEpoch);

/// A date and time where seconds say nothing (a credential's last use, a lockout's end): the locale's short
/// forms with a four-digit year ("05.12.2026 20:13", "12/5/2026 8:13 PM"). The short formats of English and
/// German write the year with two digits, French with four: one window showed both (an outside tester).
QString shortDateTimeText(const QDateTime& time);
/// The date alone, the same way ("05.12.2026").
QString shortDateText(const QDateTime& time);

/// The width of a table column that shows tableTimeText: the widest such
/// text (the 28th of December, 23:58) and the cell's margins, so that the time is never elided away.
int timeColumnWidth(const QFontMetrics& metrics);
/// The same for column of view, and at least as wide as its title with the sort indicator: "Nächster
/// Versuch" and "Prochaine tentative" are wider than a time.
int timeColumnWidth(const QTableView* view, int column);

} // namespace RelayDesk
