#include "core/util/hostportsyntax.h"

namespace RelayDesk {

HostPortSyntax HostPortSyntax::split(const QString& text)
{
    HostPortSyntax result;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0) {
            result.error = Error::MissingBracket;
            return result;
        }
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':'))) {
            result.error = Error::AfterBracket;
            return result;
        }
        result.host = text.mid(1, close - 1);
        result.bracketed = true;
        if (!rest.isEmpty())
            result.port = rest.mid(1);
    } else if (text.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        result.host = text.left(colon);
        result.port = text.mid(colon + 1);
    } else if (text.contains(QLatin1Char(':'))) {
        result.error = Error::UnbracketedColons;
    } else {
        result.host = text;
    }
    return result;
}

} // namespace RelayDesk
