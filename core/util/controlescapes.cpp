#include "core/util/controlescapes.h"

#include <algorithm>

namespace RelayDesk {

QString ControlEscapes::visible(const QString& text, Lines lines)
{
    // One rule for the command line and the window, so that both show the same text (an outside tester saw
    // boxes for ESC and BEL in the Delivery Logs where the command line printed \x1b).
    const auto hidden = [lines](char16_t c) {
        if (c == u'\t')
            return false;
        if (c == u'\n')
            return lines == Lines::One;
        if (c == u'\r')
            return lines != Lines::Breaks;
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
               (c >= 0x2066 && c <= 0x2069);
    };
    if (std::none_of(text.cbegin(), text.cend(), [&hidden](QChar c) { return hidden(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!hidden(u))
            out += c;
        else if (u <= 0xff)
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace RelayDesk
