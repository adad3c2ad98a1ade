#include "core/outbound/probereport.h"

#include <QCoreApplication>

namespace RelayDesk {

QString ProbeStep::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Resolve:
        return QStringLiteral("resolve");
    case Kind::Connect:
        return QStringLiteral("connect");
    case Kind::Greeting:
        return QStringLiteral("greeting");
    case Kind::Ehlo:
        return QStringLiteral("ehlo");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Certificate:
        return QStringLiteral("certificate");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Recipient:
        return QStringLiteral("recipient");
    case Kind::Quit:
        return QStringLiteral("quit");
    case Kind::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

QString ProbeStep::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::Resolve:
        return QCoreApplication::translate("ProbeStep", "Name lookup");
    case Kind::Connect:
        return QCoreApplication::translate("ProbeStep", "Connect");
    case Kind::Greeting:
        return QCoreApplication::translate("ProbeStep", "Greeting");
    case Kind::Ehlo:
        return QCoreApplication::translate("ProbeStep", "EHLO");
    case Kind::Tls:
        return QCoreApplication::translate("ProbeStep", "Encryption (TLS)");
    case Kind::Certificate:
        return QCoreApplication::translate("ProbeStep", "Certificate");
    case Kind::Auth:
        return QCoreApplication::translate("ProbeStep", "Login (AUTH)");
    case Kind::Recipient:
        return QCoreApplication::translate("ProbeStep", "Mail for the domain");
    case Kind::Quit:
        return QCoreApplication::translate("ProbeStep", "QUIT");
    case Kind::Cancelled:
        break;
    }
    return QCoreApplication::translate("ProbeStep", "Cancelled");
}

RoadSign ProbeReport::sign() const
{
    RoadSign worst = RoadSign::Green;
    for (const ProbeStep& step : steps) {
        if (static_cast<int>(step.sign) > static_cast<int>(worst))
            worst = step.sign;
    }
    return worst;
}

const ProbeStep* ProbeReport::firstFailure() const
{
    for (const ProbeStep& step : steps) {
        if (step.sign == RoadSign::Red)
            return &step;
    }
    return nullptr;
}

} // namespace RelayDesk
