#include "core/tls/tlsversion.h"

namespace RelayDesk {

QString tlsVersionName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    default:
        // Not reached: both the listeners and outbound connections require TLS 1.2 or newer.
        return QStringLiteral("TLS");
    }
}

} // namespace RelayDesk
