#include "core/outbound/outboundconnection.h"
#include "core/tls/tlsversion.h"
#include "core/util/transcriptnotes.h"

#include <QSslCipher>
#include <QSslConfiguration>

namespace RelayDesk {

namespace {

StartTlsMode startTlsMode(TlsPolicy policy)
{
    switch (policy) {
    case TlsPolicy::None:
        return StartTlsMode::Never;
    case TlsPolicy::Opportunistic:
        return StartTlsMode::IfOffered;
    case TlsPolicy::Required:
    case TlsPolicy::Verify:
        return StartTlsMode::Required;
    }
    return StartTlsMode::IfOffered;
}

SmtpClientConfig clientConfig(const ConnectionTarget& target, QByteArray heloName)
{
    SmtpClientConfig config;
    config.heloName = std::move(heloName);
    config.startTls = target.implicitTls ? StartTlsMode::Never : startTlsMode(target.tls);
    config.tlsActive = target.implicitTls;
    config.username = target.username;
    config.password = target.password;
    if (target.viaRoute)
        config.routeHost = target.host.toUtf8();
    return config;
}

} // namespace

OutboundConnection::OutboundConnection(ConnectionTarget target, QByteArray heloName,
                                       ConnectionTimeouts timeouts, QObject* parent)
    : QObject(parent), m_target(std::move(target)), m_timeouts(timeouts),
      m_protocol(clientConfig(m_target, std::move(heloName)), this), m_socket(new QSslSocket(this))
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater); // docs/architecture.md, "TLS 1.2 or newer"
    // The handshake takes any certificate; onEncrypted() verifies it, where the target needs it, with the
    // target's trust (a CA file or a pin, which Qt's check could not use) before anything more is sent.
    tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    m_socket->setSslConfiguration(tls);
    // SNI and the name the certificate must carry.
    if (QHostAddress(m_target.host).isNull())
        m_socket->setPeerVerifyName(m_target.host);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboundConnection::onTimeout);
    connect(m_socket, &QSslSocket::connected, this, [this] {
        m_connected = true;
        m_timer.stop(); // the connect timeout ends here; the reply timeout starts
        updateTimer();
        Q_EMIT connected();
    });
    connect(m_socket, &QSslSocket::encrypted, this, &OutboundConnection::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &OutboundConnection::onReadyRead);
    // A large message may take longer to upload than one reply timeout: progress restarts the clock.
    connect(m_socket, &QSslSocket::bytesWritten, this, &OutboundConnection::updateTimer);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &OutboundConnection::updateTimer);
    connect(m_socket, &QSslSocket::disconnected, this, &OutboundConnection::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &OutboundConnection::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, &OutboundConnection::onSslErrors);
}

OutboundConnection::~OutboundConnection()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

void OutboundConnection::open()
{
    m_timer.start(m_timeouts.connectMs);
    if (m_target.implicitTls)
        m_socket->connectToHostEncrypted(m_target.address.toString(), m_target.port,
                                         QHostAddress(m_target.host).isNull() ? m_target.host : QString());
    else
        m_socket->connectToHost(m_target.address, m_target.port);
}

bool OutboundConnection::send(const DeliveryJob& job)
{
    const bool started = m_protocol.send(job);
    updateTimer();
    return started;
}

void OutboundConnection::close()
{
    if (isReady()) {
        m_protocol.quit();
        updateTimer();
    } else {
        m_socket->abort();
        Q_EMIT closed();
    }
}

void OutboundConnection::sendToServer(const QByteArray& bytes)
{
    m_socket->write(bytes);
    m_socket->flush(); // now, not at the next write notification of the event loop
}

void OutboundConnection::startTlsHandshake()
{
    m_socket->startClientEncryption();
}

bool OutboundConnection::needsVerification(const ConnectionTarget& target)
{
    return target.tls == TlsPolicy::Verify ||
           (!target.username.isEmpty() && target.trust.mode != PeerTrust::Mode::Insecure);
}

QByteArray OutboundConnection::verdictNote() const
{
    const QByteArray where = "-- certificate of " + m_target.display().toUtf8();
    if (!m_verdict->accepted)
        return where + " refused: " + m_verdict->summary().toUtf8() + " (checked against " +
               m_verdict->how.toUtf8() + ")";
    if (!m_verdict->verified)
        return where + ' ' + TranscriptNotes::kNotVerified + ": " + m_verdict->summary().toUtf8();
    return where + ' ' + m_verdict->summary().toUtf8();
}

void OutboundConnection::onEncrypted()
{
    m_tlsVersion = tlsVersionName(m_socket->sessionProtocol());
    m_tlsCipher = m_socket->sessionCipher().name();
    m_peerChain = m_socket->peerCertificateChain();
    if (needsVerification(m_target) || m_target.trust.mode == PeerTrust::Mode::Insecure)
        m_verdict = PeerVerifier::verify(m_peerChain, m_target.host, m_target.trust);
    if (m_verdict)
        m_transcript += m_protocol.takeTranscript() + verdictNote() + "\r\n";
    if (certificateRefused()) { // nothing more is sent: no EHLO, no AUTH
        return lose(SmtpReply::make(421, "4.7.5",
                                    "Certificate of " + m_target.display().toUtf8() +
                                        " failed verification: " + m_verdict->summary().toUtf8() +
                                        " (checked against " + m_verdict->how.toUtf8() +
                                        (m_target.username.isEmpty() ? ")" : "; AUTH not sent)")));
    }
    Q_EMIT encrypted();
    if (m_lost)
        return;
    const SmtpClientProtocol::State before = m_protocol.state();
    m_protocol.tlsEstablished();
    updateTimer();
    if (!m_lost && m_protocol.state() != before)
        Q_EMIT progressed();
}

void OutboundConnection::onReadyRead()
{
    // With implicit TLS, nothing counts before the handshake; readyRead only carries decrypted data then.
    const SmtpClientProtocol::State before = m_protocol.state();
    m_protocol.receive(m_socket->readAll());
    updateTimer();
    if (!m_lost && m_protocol.state() != before)
        Q_EMIT progressed();
}

void OutboundConnection::sessionReady()
{
    Q_EMIT ready();
}

void OutboundConnection::transactionFinished(const QList<SmtpReply>& perRecipient)
{
    Q_EMIT transactionDone(perRecipient);
}

void OutboundConnection::sessionFailed(const SmtpReply& reason)
{
    m_timer.stop();
    m_lost = true;
    m_socket->abort();
    Q_EMIT failed(reason);
}

void OutboundConnection::closeConnection()
{
    m_timer.stop();
    m_lost = true;
    m_socket->disconnectFromHost();
    Q_EMIT closed();
}

void OutboundConnection::onDisconnected()
{
    const QByteArray lost = "Connection to " + m_target.display().toUtf8() + " lost";
    // RFC 5321 6.1: a server that closes after the whole message went out, before its reply, may have kept
    // it, and each retry may bring the recipient another copy. Said, so that support does not read the
    // failure notice as "not received" (an outside tester's recipient got four copies).
    if (m_protocol.state() == SmtpClientProtocol::State::Content && m_socket->bytesToWrite() == 0)
        return lose(SmtpReply::make(
            421, "4.4.2",
            lost +
                " after the whole message was sent, before the server's reply: the server may have kept it"));
    lose(SmtpReply::make(421, "4.4.2", lost));
}

void OutboundConnection::onSocketError(QAbstractSocket::SocketError error)
{
    const QByteArray where = m_target.display().toUtf8();
    if (error == QAbstractSocket::ConnectionRefusedError && !m_connected)
        return lose(SmtpReply::make(421, "4.4.1",
                                    "Connection refused by " + m_target.address.toString().toUtf8() + ':' +
                                        QByteArray::number(m_target.port)));
    if (error == QAbstractSocket::SslHandshakeFailedError) {
        // OpenSSL's "wrong version number" alone did not say that the server answered in plain text, as a
        // STARTTLS port does to implicit TLS (an outside tester's smarthost set with --tls implicit on 587).
        const QString why = m_socket->errorString();
        const QByteArray hint =
            m_target.implicitTls && why.contains(QLatin1String("wrong version number"))
                ? QByteArrayLiteral(" (the server answered without TLS: it may expect STARTTLS "
                                    "on this port, not implicit TLS)")
                : QByteArray();
        return lose(
            SmtpReply::make(421, "4.7.5", "TLS handshake with " + where + " failed: " + why.toUtf8() + hint));
    }
    if (error == QAbstractSocket::RemoteHostClosedError && m_connected)
        return onDisconnected();
    lose(SmtpReply::make(421, m_connected ? "4.4.2" : "4.4.1",
                         (m_connected ? "Connection to " : "Cannot connect to ") + where + ": " +
                             m_socket->errorString().toUtf8()));
}

void OutboundConnection::onSslErrors(const QList<QSslError>& errors)
{
    m_peerChain = m_socket->peerCertificateChain();
    m_certificateErrors = errors;
    // RFC 7435: opportunistic security accepts any certificate; where one must verify, onEncrypted() decides.
    m_socket->ignoreSslErrors(errors);
}

void OutboundConnection::onTimeout()
{
    // Progress since the timer was armed moves the deadline: updateTimer() notes it rather than restarting
    // the timer on every write and read (docs/performance.md).
    if (m_connected && !m_lost && m_progress.isValid()) {
        const qint64 left = replyTimeoutMs() - m_progress.elapsed();
        if (left > 0) {
            m_timer.start(int(left));
            return;
        }
    }
    const QByteArray where = m_target.display().toUtf8();
    if (!m_connected)
        return lose(SmtpReply::make(421, "4.4.1", "Connection to " + where + " timed out"));
    // Silence before the greeting is what an implicit-TLS port (465) gives a client that waits to speak SMTP
    // in plain text: said with the timeout.
    const bool noGreeting =
        !m_target.implicitTls && m_protocol.state() == SmtpClientProtocol::State::Greeting;
    lose(SmtpReply::make(421, "4.4.2",
                         "Timeout waiting for a reply from " + where +
                             (noGreeting
                                  ? QByteArrayLiteral(" (no greeting: the server may expect implicit TLS on "
                                                      "this port, as on 465)")
                                  : QByteArray())));
}

int OutboundConnection::replyTimeoutMs() const
{
    if (m_protocol.state() == SmtpClientProtocol::State::Content)
        return std::max(m_timeouts.commandMs, m_timeouts.dataEndMs);
    return m_timeouts.commandMs;
}

void OutboundConnection::updateTimer()
{
    if (!m_connected || m_lost)
        return;
    const bool waiting =
        m_protocol.awaitingReply() || m_protocol.state() == SmtpClientProtocol::State::TlsHandshake;
    if (waiting) {
        m_progress.start();
        if (!m_timer.isActive())
            m_timer.start(replyTimeoutMs());
    } else {
        m_timer.stop();
        m_progress.invalidate();
    }
}

void OutboundConnection::lose(const SmtpReply& given)
{
    if (m_lost)
        return;
    SmtpReply reason = given;
    const bool handshaking = m_protocol.state() == SmtpClientProtocol::State::TlsHandshake ||
                             (m_target.implicitTls && m_connected && !m_socket->isEncrypted());
    if (handshaking && !reason.enhanced.startsWith("4.7.")) // whatever broke, it broke during TLS
        reason = SmtpReply::make(421, "4.7.5",
                                 "TLS handshake with " + m_target.display().toUtf8() +
                                     " failed: " + given.lines.value(0));
    m_lost = true;
    m_timer.stop();
    m_socket->abort();
    if (m_protocol.state() == SmtpClientProtocol::State::Quit ||
        m_protocol.state() == SmtpClientProtocol::State::Closed) {
        m_protocol.connectionLost(reason);
        Q_EMIT closed();
        return;
    }
    m_protocol.connectionLost(reason); // ends in sessionFailed(), which emits failed()
}

} // namespace RelayDesk
