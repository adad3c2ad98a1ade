#include "core/util/hostport.h"
#include "core/util/dottedquad.h"
#include "core/util/hostportsyntax.h"

#include <QCoreApplication>

namespace RelayDesk {

namespace {

// Shown in the desktop manager's language when it installed a translator; the CLI stays English.
QString hostPortText(const char* text)
{
    return QCoreApplication::translate("RelayDesk::HostPort", text);
}

} // namespace

Expected<HostPort> HostPort::parse(const QString& text)
{
    const HostPortSyntax syntax = HostPortSyntax::split(text.trimmed());
    if (const QString problem = syntax.sharedProblem(text.trimmed(), QStringLiteral("ADDRESS:PORT"));
        !problem.isEmpty())
        return Expected<HostPort>::failure(problem);
    if (syntax.port.isEmpty() && !syntax.port.isNull())
        return Expected<HostPort>::failure(HostPortSyntax::missingPortProblem(text.trimmed()));
    if (syntax.error == HostPortSyntax::Error::UnbracketedColons)
        return Expected<HostPort>::failure(
            hostPortText(QT_TRANSLATE_NOOP("RelayDesk::HostPort",
                                           "'%1': write IPv6 addresses in brackets, e.g. [::1]:2587"))
                .arg(text));
    if (syntax.error != HostPortSyntax::Error::None || syntax.host.isEmpty() || syntax.port.isNull())
        return Expected<HostPort>::failure(
            hostPortText(QT_TRANSLATE_NOOP("RelayDesk::HostPort",
                                           "'%1' is not ADDRESS:PORT (e.g. 127.0.0.1:2587 or [::1]:2587)"))
                .arg(text));
    const quint16 port = HostPortSyntax::portNumber(syntax.port);
    if (port == 0)
        return Expected<HostPort>::failure(
            hostPortText(QT_TRANSLATE_NOOP("RelayDesk::HostPort", "'%1' is not a port between 1 and 65535"))
                .arg(syntax.port));
    const QString host =
        syntax.host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : syntax.host;
    HostPort result;
    // Only the dotted quad for IPv4, not the shorthand forms QHostAddress also takes (DottedQuad).
    if ((!host.contains(QLatin1Char(':')) && !DottedQuad::parse(host)) || !result.address.setAddress(host))
        return Expected<HostPort>::failure(
            hostPortText(QT_TRANSLATE_NOOP("RelayDesk::HostPort", "'%1' is not an IP address")).arg(host));
    result.port = port;
    return result;
}

QString HostPort::toString() const
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

} // namespace RelayDesk
