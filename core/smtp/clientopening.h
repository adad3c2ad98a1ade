#pragma once

#include <QByteArrayView>

namespace RelayDesk {

/// What a client's first bytes say about the mode it was set to: a device set to implicit TLS ("SSL/TLS")
/// on the STARTTLS port starts with a TLS ClientHello, one set to STARTTLS or no encryption on the
/// implicit-TLS port with an SMTP command. Either failed without a word in the window (an outside tester).
enum class ClientOpening
{
    Unknown,     ///< too few bytes to say, or neither
    TlsHello,    ///< a TLS handshake record (RFC 8446 5.1: content type 22, legacy version 3.x)
    SmtpCommand, ///< an SMTP command verb (RFC 5321 4.1) at the start of a line
};

/// Classifies the first bytes a client sent on a connection.
ClientOpening classifyOpening(QByteArrayView firstBytes);

} // namespace RelayDesk
