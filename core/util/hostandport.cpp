#include "core/delivery/hostandport.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace RelayDesk {

QString HostAndPort::validateHost(const QString& name)
{
    if (QHostAddress(name).protocol() != QAbstractSocket::UnknownNetworkLayerProtocol)
        return {};
    // RFC 1123 2.1: labels of letters, digits and hyphens, not starting or ending with a hyphen.
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (name.isEmpty() || name.size() > 253)
        return QStringLiteral("'%1' is not a valid host name").arg(name);
    for (const QString& part : name.split(QLatin1Char('.'))) {
        if (!label.match(part).hasMatch())
            return QStringLiteral("'%1' is not a valid host name").arg(name);
    }
    return {};
}

Expected<HostAndPort> HostAndPort::parse(const QString& text, quint16 defaultPort)
{
    HostAndPort result;
    result.port = defaultPort;
    QString host = text.trimmed();
    QString portText;
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close < 0)
            return Expected<HostAndPort>::failure(QStringLiteral("'%1': missing ']'").arg(text));
        const QString rest = host.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return Expected<HostAndPort>::failure(QStringLiteral("'%1' is not HOST:PORT").arg(text));
        portText = rest.mid(1);
        host = host.mid(1, close - 1);
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return Expected<HostAndPort>::failure(QStringLiteral("'%1' is not an IPv6 address").arg(host));
    } else if (host.count(QLatin1Char(':')) == 1) {
        portText = host.section(QLatin1Char(':'), 1);
        host = host.section(QLatin1Char(':'), 0, 0);
    } else if (host.contains(QLatin1Char(':'))) {
        return Expected<HostAndPort>::failure(
            QStringLiteral("'%1': write IPv6 addresses in brackets, e.g. [2001:db8::1]:25").arg(text));
    }
    if (!portText.isNull()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return Expected<HostAndPort>::failure(
                QStringLiteral("'%1' is not a port between 1 and 65535").arg(portText));
        result.port = quint16(port);
    }
    const QString problem = validateHost(host);
    if (!problem.isEmpty())
        return Expected<HostAndPort>::failure(problem);
    result.host = host.toLower();
    return result;
}

QString HostAndPort::toString() const
{
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace RelayDesk
