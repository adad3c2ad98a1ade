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

std::optional<QHostAddress> DottedQuad::address(const QString& text)
{
    if (text.contains(QLatin1Char(':'))) {
        const QHostAddress v6(text);
        if (v6.protocol() == QAbstractSocket::IPv6Protocol)
            return v6;
        return std::nullopt;
    }
    if (const auto v4 = parse(text))
        return QHostAddress(*v4);
    return std::nullopt;
}

bool DottedQuad::isDisguisedAddress(const QString& text)
{
    if (text.contains(QLatin1Char(':')) || parse(text))
        return false;
    if (QHostAddress(text).protocol() == QAbstractSocket::IPv4Protocol)
        return true;
    // What glibc's resolver takes as an address before it asks the DNS: the last label all digits, or a
    // hexadecimal number.
    static const QRegularExpression numericLast(QStringLiteral("(^|\\.)([0-9]+|0[xX][0-9A-Fa-f]*)\\.?$"));
    return numericLast.match(text).hasMatch();
}

} // namespace RelayDesk
