#include "core/util/dottedquad.h"

#include <QRegularExpression>

namespace RelayDesk {

std::optional<quint32> DottedQuad::parse(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    quint32 value = 0;
    for (int i = 1; i <= 4; ++i) {
        const QString octet = match.captured(i);
        if (octet.size() > 1 && octet.startsWith(QLatin1Char('0')))
            return std::nullopt; // "010" is octal to some parsers and decimal to others
        const int n = octet.toInt();
        if (n > 255)
            return std::nullopt;
        value = (value << 8) | quint32(n);
    }
    return value;
}

} // namespace RelayDesk
