#include "core/util/hostportsyntax.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace RelayDesk {

namespace {

// Shown in the desktop manager's language when it installed a translator; the CLI stays English.
QString hostPortSyntaxText(const char* text)
{
    return QCoreApplication::translate("RelayDesk::HostPortSyntax", text);
}

// Hex digits and at least two colons ("2001:db8::1:25"), or an IPv6 address with or without a port after it
// ("::ffff:192.0.2.1:25"): what someone meant as an IPv6 literal.
bool looksLikeIpv6(const QString& text)
{
    static const QRegularExpression hexAndColons(QStringLiteral("^[0-9A-Fa-f:]+$"));
    if (hexAndColons.match(text).hasMatch())
        return true;
    const auto isIpv6 = [](const QString& candidate) {
        return QHostAddress(candidate).protocol() == QAbstractSocket::IPv6Protocol;
    };
    return isIpv6(text) || isIpv6(text.left(text.lastIndexOf(QLatin1Char(':'))));
}

} // namespace

HostPortSyntax HostPortSyntax::split(const QString& text)
{
    HostPortSyntax result;
    // RFC 3986 3.1: a scheme is a letter, then letters, digits, '+', '-' or '.'.
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (const QRegularExpressionMatch match = scheme.match(text); match.hasMatch()) {
        result.error = Error::Scheme;
        result.scheme = match.captured(0);
        return result;
    }
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
        result.error = looksLikeIpv6(text)               ? Error::UnbracketedColons
                       : text.endsWith(QLatin1Char(':')) ? Error::TrailingColon
                                                         : Error::ExtraColons;
    } else {
        result.host = text;
    }
    return result;
}

QString HostPortSyntax::sharedProblem(const QString& text, const QString& shape) const
{
    switch (error) {
    case Error::Scheme:
        return hostPortSyntaxText(QT_TRANSLATE_NOOP("RelayDesk::HostPortSyntax",
                                                    "'%1': give %2 without a scheme such as %3"))
            .arg(text, shape, scheme);
    case Error::TrailingColon:
        return missingPortProblem(text);
    default:
        return {};
    }
}

QString HostPortSyntax::missingPortProblem(const QString& text)
{
    return hostPortSyntaxText(
               QT_TRANSLATE_NOOP("RelayDesk::HostPortSyntax", "'%1' ends with ':' but no port"))
        .arg(text);
}

quint16 HostPortSyntax::portNumber(const QString& port)
{
    static const QRegularExpression digits(QStringLiteral("^\\s*\\+?(\\d{1,15})\\s*$"));
    const QRegularExpressionMatch match = digits.match(port);
    if (!match.hasMatch())
        return 0;
    const qint64 number = match.captured(1).toLongLong();
    return number >= 1 && number <= 65535 ? quint16(number) : 0;
}

QString HostPortSyntax::canonical(const QString& text)
{
    const QString trimmed = text.trimmed();
    const HostPortSyntax syntax = split(trimmed);
    if (syntax.error != Error::None || syntax.port.isNull())
        return trimmed;
    const quint16 port = portNumber(syntax.port);
    if (port == 0)
        return trimmed; // the parser says what is wrong with it
    const QString host = syntax.bracketed ? QStringLiteral("[%1]").arg(syntax.host) : syntax.host;
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace RelayDesk
