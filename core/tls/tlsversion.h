#pragma once

#include <QSsl>
#include <QString>

namespace RelayDesk {

/// The name of a negotiated TLS version as the session views and the delivery log show it ("TLSv1.3").
QString tlsVersionName(QSsl::SslProtocol protocol);

} // namespace RelayDesk
