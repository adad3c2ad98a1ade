#pragma once

#include "core/outbound/connectiontarget.h"
#include "core/smtp/smtpclientprotocol.h"
#include "core/tls/peerverifier.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslSocket>
#include <QTimer>

namespace RelayDesk {

/// One SMTP client connection: the thin adapter between QSslSocket and SmtpClientProtocol
/// (docs/conventions.md, "protocols without sockets"). Connects with a timeout, does implicit TLS or STARTTLS
/// per the target's TlsPolicy (TLS 1.2 or newer), and turns every network trouble into a temporary reply
/// (4.4.1 connect, 4.4.2 lost/timeout, 4.7.x TLS). Under TlsPolicy::Verify, and whenever it carries
/// credentials, the server's certificate is checked (PeerVerifier, the target's PeerTrust) as soon as the
/// handshake ends and before the client says anything more: a certificate that fails ends the connection with
/// 421 4.7.5 and the reason, so AUTH never goes to it (docs/architecture.md, "credentials only to verified
/// peers").
class OutboundConnection final : public QObject, private SmtpClientSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboundConnection)

public:
    OutboundConnection(ConnectionTarget target, QByteArray heloName, ConnectionTimeouts timeouts,
                       QObject* parent = nullptr);
    ~OutboundConnection() override;

    /// Connects; then ready() or failed() follows.
    void open();
    /// Runs one transaction; only when isReady(). transactionDone() follows.
    bool send(const DeliveryJob& job);
    /// QUIT and disconnect; closed() follows.
    void close();

    bool isReady() const { return m_protocol.state() == SmtpClientProtocol::State::Ready; }
    const ConnectionTarget& target() const { return m_target; }
    QString tlsVersion() const { return m_tlsVersion; } ///< "TLSv1.2", "TLSv1.3"; empty in plaintext
    /// The server offered DSN (RFC 3461): the sender's notice requests went on with the message.
    bool offersDsn() const { return m_protocol.hasExtension("DSN"); }
    QString tlsCipher() const { return m_tlsCipher; }
    /// The redacted transcript since the last call, with the certificate verdict as a "-- " note in its
    /// place.
    QByteArray takeTranscript() { return std::exchange(m_transcript, {}) + m_protocol.takeTranscript(); }
    /// The SMTP state machine, read-only: where the session is, the last reply, where it failed.
    const SmtpClientProtocol& protocol() const { return m_protocol; }
    /// The certificate chain the server presented (empty before the handshake or without TLS).
    QList<QSslCertificate> peerCertificateChain() const { return m_peerChain; }
    /// What certificate verification found (for the target's host name); empty when the chain verified.
    QList<QSslError> certificateErrors() const { return m_certificateErrors; }
    /// The certificate check, once the handshake ended, when the target needed one (or is insecure).
    const std::optional<PeerVerdict>& verdict() const { return m_verdict; }
    /// The connection ended because the certificate failed verification.
    bool certificateRefused() const { return m_verdict && !m_verdict->accepted; }
    /// Whether this target's certificate must verify before the session goes on.
    static bool needsVerification(const ConnectionTarget& target);

Q_SIGNALS:
    /// The TCP connection is up (before any TLS handshake or greeting).
    void connected();
    /// The TLS handshake succeeded (implicit TLS or STARTTLS).
    void encrypted();
    /// A reply moved the session to another state (see protocol()); not emitted once it failed or closed.
    void progressed();
    void ready();
    void transactionDone(const QList<SmtpReply>& perRecipient);
    /// The connection is unusable (emitted after transactionDone when a job was running).
    void failed(const SmtpReply& reason);
    void closed();

private:
    void sendToServer(const QByteArray& bytes) override;
    void startTlsHandshake() override;
    void sessionReady() override;
    void transactionFinished(const QList<SmtpReply>& perRecipient) override;
    void sessionFailed(const SmtpReply& reason) override;
    void closeConnection() override;

    void onEncrypted();
    void onReadyRead();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError>& errors);
    void onTimeout();
    void updateTimer();
    /// How long the reply now awaited may take: longer for the one to the final ".".
    int replyTimeoutMs() const;
    void lose(const SmtpReply& reason);
    QByteArray verdictNote() const;

    ConnectionTarget m_target;
    ConnectionTimeouts m_timeouts;
    SmtpClientProtocol m_protocol;
    QSslSocket* m_socket;
    QTimer m_timer;
    QElapsedTimer m_progress; ///< since the last write or read while a reply is awaited
    bool m_connected = false;
    bool m_lost = false;
    QString m_tlsVersion;
    QString m_tlsCipher;
    QList<QSslCertificate> m_peerChain;
    QList<QSslError> m_certificateErrors;
    std::optional<PeerVerdict> m_verdict;
    QByteArray m_transcript; ///< the protocol's transcript up to the handshake, and the verdict note
};

} // namespace RelayDesk
