#pragma once

#include <QString>

namespace RelayDesk {

/// Text from clients and remote servers as a person is shown it, on a terminal or in the window: control
/// characters written out ("\x1b", "\u202e"), which a terminal obeys (a cursor move, a colour) and the window
/// drew as boxes, and direction overrides, which turn the text around them.
class ControlEscapes final
{
public:
    enum class Lines
    {
        One,    ///< a table cell, a reply, one line of a terminal: line breaks are written out too
        Feeds,  ///< lines for a terminal: LF stays, CR (which moves back over the line) is written out
        Breaks, ///< a transcript in the window: its CR LF line breaks stay
    };
    /// The C0 controls but tab (and the line breaks lines keeps), DEL, the C1 controls and the direction
    /// overrides and isolates as \xHH or \uHHHH; everything else as it is.
    static QString visible(const QString& text, Lines lines = Lines::One);
};

} // namespace RelayDesk
