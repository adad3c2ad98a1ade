#include "core/util/hostandport.h"
#include "core/util/dottedquad.h"
#include "core/util/hostportsyntax.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace RelayDesk {

namespace {

// Shown in the desktop manager's language when it installed a translator; the CLI stays English.
QString hostAndPortText(const char* text)
{
    return QCoreApplication::translate("RelayDesk::HostAndPort", text);
}

} // namespace

QString HostAndPort::validateHost(const QString& name)
{
    // "5.5" or "0x10" is an address to the resolver, and not the one it seems to be (5.0.0.5, 0.0.0.16):
    // refused with the address it stands for, where there is one (an outside tester's smarthost "5.5").
    if (DottedQuad::isDisguisedAddress(name)) {
        const QHostAddress meant(name);
        return meant.protocol() == QAbstractSocket::IPv4Protocol
                   ? hostAndPortText(
                         QT_TRANSLATE_NOOP("RelayDesk::HostAndPort",
                                           "'%1' is not a host name, and as an address it would be "
                                           "%2: write an IPv4 address as four numbers, e.g. %2"))
                         .arg(name, meant.toString())
                   : hostAndPortText(QT_TRANSLATE_NOOP("RelayDesk::HostAndPort",
                                                       "'%1' is not a host name (a name's last part is not a "
                                                       "number) nor an IPv4 address of four numbers"))
                         .arg(name);
    }
    if (DottedQuad::address(name))
        return {};
    // RFC 1123 2.1: labels of letters, digits and hyphens, not starting or ending with a hyphen.
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (name.isEmpty() || name.size() > 253)
        return hostAndPortText(QT_TRANSLATE_NOOP("RelayDesk::HostAndPort", "'%1' is not a valid host name"))
            .arg(name);
    for (const QString& part : name.split(QLatin1Char('.'))) {
        if (!label.match(part).hasMatch())
            return hostAndPortText(
                       QT_TRANSLATE_NOOP("RelayDesk::HostAndPort", "'%1' is not a valid host name"))
                .arg(name);
    }
    return {};
}

bool HostAndPort::hasPort(const QString& text)
{
    return !HostPortSyntax::split(text.trimmed()).port.isEmpty();
}

Expected<HostAndPort> HostAndPort::parse(const QString& text, quint16 defaultPort)
{
    const HostPortSyntax syntax = HostPortSyntax::split(text.trimmed());
    if (const QString problem = syntax.sharedProblem(text.trimmed(), QStringLiteral("HOST:PORT"));
        !problem.isEmpty())
        return Expected<HostAndPort>::failure(problem);
    switch (syntax.error) {
    case HostPortSyntax::Error::None:
    case HostPortSyntax::Error::Scheme:
    case HostPortSyntax::Error::TrailingColon:
        break;
    case HostPortSyntax::Error::MissingBracket:
        return Expected<HostAndPort>::failure(
            hostAndPortText(QT_TRANSLATE_NOOP("RelayDesk::HostAndPort", "'%1': missing ']'")).arg(text));
    case HostPortSyntax::Error::AfterBracket:
    case HostPortSyntax::Error::ExtraColons:
        return Expected<HostAndPort>::failure(
            hostAndPortText(QT_TRANSLATE_NOOP("RelayDesk::HostAndPort", "'%1' is not HOST:PORT")).arg(text));
    case HostPortSyntax::Error::UnbracketedColons:
        return Expected<HostAndPort>::failure(
            hostAndPortText(
                QT_TRANSLATE_NOOP("RelayDesk::HostAndPort",
                                  "'%1': write IPv6 addresses in brackets, e.g. [2001:db8::1]:25"))
                .arg(text));
    }
    if (syntax.bracketed && QHostAddress(syntax.host).protocol() != QAbstractSocket::IPv6Protocol)
        return Expected<HostAndPort>::failure(
            hostAndPortText(QT_TRANSLATE_NOOP("RelayDesk::HostAndPort", "'%1' is not an IPv6 address"))
                .arg(syntax.host));
    HostAndPort result;
    result.port = defaultPort;
    if (!syntax.port.isEmpty()) { // "host:" keeps the default port
        const quint16 port = HostPortSyntax::portNumber(syntax.port);
        if (port == 0)
            return Expected<HostAndPort>::failure(
                hostAndPortText(
                    QT_TRANSLATE_NOOP("RelayDesk::HostAndPort", "'%1' is not a port between 1 and 65535"))
                    .arg(syntax.port));
        result.port = port;
    }
    const QString problem = validateHost(syntax.host);
    if (!problem.isEmpty())
        return Expected<HostAndPort>::failure(problem);
    result.host = syntax.host.toLower();
    return result;
}

QString HostAndPort::toString() const
{
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace RelayDesk
