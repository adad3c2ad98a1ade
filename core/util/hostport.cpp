#include "core/util/hostport.h"

namespace RelayDesk {

Expected<HostPort> HostPort::parse(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return Expected<HostPort>::failure(
            QStringLiteral("'%1' is not ADDRESS:PORT (e.g. 127.0.0.1:2587 or [::1]:2587)").arg(text));
    QString host = text.left(colon);
    const QString portText = text.mid(colon + 1);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(QLatin1Char(':')))
        return Expected<HostPort>::failure(
            QStringLiteral("'%1': write IPv6 addresses in brackets, e.g. [::1]:2587").arg(text));
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return Expected<HostPort>::failure(
            QStringLiteral("'%1' is not a port between 1 and 65535").arg(portText));
    HostPort result;
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    if (!result.address.setAddress(host))
        return Expected<HostPort>::failure(QStringLiteral("'%1' is not an IP address").arg(host));
    result.port = quint16(port);
    return result;
}

QString HostPort::toString() const
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

} // namespace RelayDesk
