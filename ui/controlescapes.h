#pragma once

#include <QString>

namespace RelayDesk {

/// Text from clients and remote servers as the window shows it: control characters written out as the command
/// line prints them ("\x1b", "\u202e"), where they drew as boxes or turned the text around them.
class ControlEscapes final
{
public:
    enum class Lines
    {
        One,  ///< a table cell or a reply: line breaks are written out too
        Kept, ///< a transcript: its line breaks (CR LF) stay
    };
    /// The C0 controls but tab (and, with Lines::Kept, CR and LF), DEL, the C1 controls and the direction
    /// overrides and isolates as \xHH or \uHHHH; everything else as it is.
    static QString visible(const QString& text, Lines lines = Lines::One);
};

} // namespace RelayDesk
