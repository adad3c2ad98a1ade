#pragma once

#include <QSslConfiguration>
#include <QString>

#include <memory>

struct ssl_ctx_st;

namespace RelayDesk {

class TicketKeyRing;
class TlsContext;

/// The one OpenSSL context of the listeners for one certificate (and a second one of the other key type),
/// shared by every session (each connection holds only its own SSL object): TLS 1.2 or newer, forward-secret
/// AEAD ciphers, stateless session tickets under the engine's ticket key ring, record buffers released while
/// a session is idle (docs/security.md, "TLS session resumption", "Listener certificates").
class TlsServerContext final
{
public:
    /// Builds the context from configuration's certificate chain and key; null, with *error saying why, if
    /// OpenSSL refuses them.
    static std::shared_ptr<const TlsServerContext>
    create(const QSslConfiguration& configuration, std::shared_ptr<TicketKeyRing> ticketKeys, QString* error);
    /// The same with context's second pair too, when it has one: OpenSSL keeps one certificate per key type
    /// and, for each handshake, picks the one whose key the client's cipher suites and signature
    /// algorithms can use, ECDSA first (RFC 8446 4.4.2.2, RFC 5246 7.4.2).
    static std::shared_ptr<const TlsServerContext>
    create(const TlsContext& context, std::shared_ptr<TicketKeyRing> ticketKeys, QString* error);
    ~TlsServerContext();
    Q_DISABLE_COPY_MOVE(TlsServerContext)

    ssl_ctx_st* handle() const { return m_ctx; }
    TicketKeyRing& ticketKeys() const { return *m_ticketKeys; }

    /// How long a ticket is honoured at most, whatever the key ring says (RFC 8446 4.6.1: at most 7 days).
    static constexpr long sessionLifetimeSeconds = 2 * 3600;

private:
    TlsServerContext() = default;

    ssl_ctx_st* m_ctx = nullptr;
    std::shared_ptr<TicketKeyRing> m_ticketKeys;
};

} // namespace RelayDesk
