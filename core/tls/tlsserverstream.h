#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct ssl_st;

namespace RelayDesk {

class TlsServerContext;

/// The server end of one TLS connection over bytes, without a socket: ciphertext from the client in,
/// plaintext out, and the other way round; the session adapter moves the bytes. Holds no buffers of its
/// own between calls, and OpenSSL releases its record buffers while the connection is idle.
class TlsServerStream final
{
public:
    enum class State
    {
        Handshaking,
        Established,
        Failed, ///< handshake or record error: error() says which; send what receive() gave, then close
        Closed  ///< the client sent close_notify
    };

    /// What a failed handshake's error was about, for the reason the refused-submissions record gives.
    enum class Failure
    {
        None,
        NoSharedCipher,     ///< the client offers no cipher suite the relay accepts
        OldProtocol,        ///< the client offers only TLS 1.1 or older
        CertificateRefused, ///< the client's alert says it does not trust the relay's certificate
        NotTls,             ///< the bytes were no TLS record (plaintext)
        Other
    };

    explicit TlsServerStream(std::shared_ptr<const TlsServerContext> context);
    ~TlsServerStream();
    Q_DISABLE_COPY_MOVE(TlsServerStream)

    /// Takes ciphertext from the client and returns the plaintext it carried; what must go back to the
    /// client (handshake messages, tickets, alerts) is appended to *toClient.
    QByteArray receive(const QByteArray& ciphertext, QByteArray* toClient);
    /// The records that carry plaintext to the client.
    QByteArray encrypt(const QByteArray& plaintext);
    /// A close_notify alert (RFC 8446 6.1), once.
    QByteArray close();

    State state() const { return m_state; }
    QString error() const { return m_error; }
    Failure failure() const { return m_failure; }
    QString version() const; ///< "TLSv1.3", "TLSv1.2"
    QString cipher() const;  ///< OpenSSL's name, e.g. "TLS_AES_256_GCM_SHA384"
    bool resumed() const;    ///< the handshake redeemed a session ticket

    // The BIO's ends (called by OpenSSL through it).
    int readCiphertext(char* data, int size);
    void writeCiphertext(const char* data, int size);

private:
    void fail(const char* operation, int result);

    std::shared_ptr<const TlsServerContext> m_context;
    ssl_st* m_ssl = nullptr;
    const QByteArray* m_in = nullptr;
    qsizetype m_inOffset = 0;
    QByteArray* m_out = nullptr;
    State m_state = State::Handshaking;
    QString m_error;
    Failure m_failure = Failure::None;
    bool m_closeSent = false;
};

} // namespace RelayDesk
