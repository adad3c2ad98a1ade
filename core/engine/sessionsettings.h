#pragma once

#include "core/smtp/sessionpolicy.h"
#include "core/tls/tlscontext.h"

#include <memory>

namespace RelayDesk {

class Settings;
class TlsServerContext;

/// What a session takes from the configuration when it starts: the listeners' TLS configuration, each
/// listener's policy and the timeouts. A session keeps the one it started with to its end; a configuration
/// change reaches the sessions that start after it (docs/operations.md, "Apply without restart").
struct SessionSettings
{
    TlsContext tls; ///< the certificate (and the second one of the other key type), ciphers, protocols
    /// The OpenSSL context the sessions' TLS runs on, shared by all of them (null without a certificate).
    std::shared_ptr<const TlsServerContext> tlsServer;
    SessionPolicy submission;
    SessionPolicy smtps;
    SessionPolicy lan;
    int idleTimeoutMs = 300000;
    int sessionTimeoutMs = 1800000;
    int handshakeTimeoutMs = 30000; ///< a TLS handshake must finish within this (RFC 8314, RFC 3207)
    /// The ports of the STARTTLS and the implicit-TLS listeners (0: turned off), named in the reason a client
    /// set to the wrong TLS mode is recorded with (ConnectionFailure).
    quint16 submissionPort = 0;
    quint16 smtpsPort = 0;

    static SessionSettings read(const Settings& settings, const TlsContext& tls,
                                std::shared_ptr<const TlsServerContext> tlsServer = nullptr);

    const SessionPolicy& policy(ListenerKind kind) const
    {
        return kind == ListenerKind::Smtps ? smtps : kind == ListenerKind::Lan ? lan : submission;
    }
};

} // namespace RelayDesk
