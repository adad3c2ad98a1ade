#include "core/routing/addressliteral.h"

namespace RelayDesk {

std::optional<QHostAddress> addressLiteral(const QString& domain)
{
    if (domain.size() < 3 || !domain.startsWith(QLatin1Char('[')) || !domain.endsWith(QLatin1Char(']')))
        return std::nullopt;
    QString inside = domain.mid(1, domain.size() - 2);
    // RFC 5321 4.1.3: IPv4-address-literal, or "IPv6:" IPv6-addr (the tag is case-insensitive).
    const bool v6 = inside.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive);
    if (v6)
        inside = inside.mid(5);
    const QHostAddress address(inside);
    if (address.isNull())
        return std::nullopt;
    const bool isV4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    if (isV4 == v6)
        return std::nullopt; // "[IPv6:192.0.2.7]" or "[2001:db8::7]" without its tag
    return address;
}

} // namespace RelayDesk
