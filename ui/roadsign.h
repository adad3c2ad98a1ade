#pragma once

#include "core/smtp/replycatalog.h"

#include <QColor>
#include <QString>

namespace RelayDesk {

/// How the UI shows a reply's road sign (docs/architecture.md, "one table of replies"): colours for tables,
/// and the explanation as rich text.
class RoadSignStyle final
{
public:
    static QColor background(RoadSign sign); ///< a light tint that keeps text readable
    static QColor foreground(RoadSign sign); ///< the strong colour for icons and headings
    static QString label(RoadSign sign);     ///< translated "Delivered", "Will retry", "Needs attention"
    /// The explanation of a reply as HTML: a coloured heading, what it means, and the suggested fix.
    static QString explanationHtml(int code, const QString& enhanced, const QString& text);
};

} // namespace RelayDesk
