#pragma once

#include "core/outbound/connectiontarget.h"
#include "core/smtp/smtpclientprotocol.h"

#include <QObject>
#include <QSslSocket>
#include <QTimer>

namespace RelayDesk {

/// One SMTP client connection: the thin adapter between QSslSocket and SmtpClientProtocol
/// (docs/conventions.md, "protocols without sockets"). Connects with a timeout, does implicit TLS or STARTTLS
/// per the target's TlsPolicy (TLS 1.2 or newer), and turns every network trouble into a temporary reply
/// (4.4.1 connect, 4.4.2 lost/timeout, 4.7.x TLS).
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
    QString tlsCipher() const { return m_tlsCipher; }
    QByteArray takeTranscript() { return m_protocol.takeTranscript(); }
    /// The SMTP state machine, read-only: where the session is, the last reply, where it failed.
    const SmtpClientProtocol& protocol() const { return m_protocol; }
    /// The certificate chain the server presented (empty before the handshake or without TLS).
    QList<QSslCertificate> peerCertificateChain() const { return m_peerChain; }
    /// What certificate verification found (for the target's host name); empty when the chain verified.
    QList<QSslError> certificateErrors() const { return m_certificateErrors; }

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
    void lose(const SmtpReply& reason);

    ConnectionTarget m_target;
    ConnectionTimeouts m_timeouts;
    SmtpClientProtocol m_protocol;
    QSslSocket* m_socket;
    QTimer m_timer;
    bool m_connected = false;
    bool m_lost = false;
    QString m_tlsVersion;
    QString m_tlsCipher;
    QList<QSslCertificate> m_peerChain;
    QList<QSslError> m_certificateErrors;
};

} // namespace RelayDesk
