#pragma once

#include "core/smtp/smtpserverprotocol.h"
#include "core/tls/tlsserverstream.h"

#include <QString>

namespace RelayDesk {

/// The reasons, in words that tell an office's IT person what to change on the device, for a connection
/// that failed before it could send mail: a failed TLS handshake, the wrong TLS mode, a session the relay
/// closed for protocol errors. An outside tester's device "just didn't send", and neither the window nor
/// `log refused` said why; they are listed with the refused submissions under the commands below
/// (docs/security.md, "Connections that fail before mail").
namespace ConnectionFailure {

/// The command a failed handshake or a client in the wrong TLS mode is listed under.
inline constexpr char tlsCommand[] = "TLS";
/// The command a session closed for protocol errors, or a client ending its lines with LF only, is listed
/// under.
inline constexpr char protocolCommand[] = "PROTOCOL";

/// A handshake OpenSSL refused; error is its words, used when failure says nothing more.
QString tlsFailed(TlsServerStream::Failure failure, const QString& error);
/// Plain SMTP on the implicit-TLS port (RFC 8314 3.3); submissionPort 0: that listener is turned off.
QString plainSmtpOnImplicitTls(quint16 submissionPort);
/// Nothing from the client on the implicit-TLS port until the handshake timed out: a client set to STARTTLS
/// or to no encryption waits for a 220 greeting that this port never sends before TLS.
QString silentOnImplicitTls(quint16 submissionPort);
/// A handshake that timed out after the client sent something.
QString handshakeTimedOut(int seconds);
/// The client closed the connection in the middle of the handshake without saying why.
QString closedDuringHandshake();
/// A TLS ClientHello as the first bytes on a STARTTLS listener (RFC 3207 4: TLS starts only after
/// STARTTLS); smtpsPort 0: the implicit-TLS listener is turned off.
QString tlsOnStartTlsPort(quint16 smtpsPort);
/// What is recorded of a session's protocol errors, or empty when nothing is: a session the relay closed
/// for too many errors, or one whose command lines ended with LF only and that sent no message.
QString protocolErrors(const SmtpServerProtocol::ErrorTally& tally, int messagesAccepted);

} // namespace ConnectionFailure

} // namespace RelayDesk
