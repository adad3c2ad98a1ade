#include "core/routing/mtastsfetch.h"
#include "core/routing/mtastsresponse.h"
#include "core/tls/peerverifier.h"

#include <QSslConfiguration>

namespace RelayDesk {

MtaStsFetch::MtaStsFetch(QString policyHost, QList<QHostAddress> addresses, PeerTrust trust, QObject* parent)
    : QObject(parent), m_host(std::move(policyHost)), m_addresses(std::move(addresses)),
      m_trust(std::move(trust))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(Expected<QByteArray>::failure(QStringLiteral("no complete answer from https://%1 within %2 s")
                                                 .arg(m_host)
                                                 .arg(m_timeoutMs / 1000)));
    });
}

void MtaStsFetch::start(Callback done)
{
    m_callback = std::move(done);
    m_deadline.start(m_timeoutMs);
    tryNextAddress();
}

void MtaStsFetch::tryNextAddress()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_next >= m_addresses.size()) {
        return finish(Expected<QByteArray>::failure(
            m_lastError.isEmpty() ? QStringLiteral("%1 has no address").arg(m_host) : m_lastError));
    }
    const QHostAddress address = m_addresses[m_next++];
    m_response.clear();
    m_requested = false;
    m_socket = new QSslSocket(this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    // onEncrypted() verifies with PeerVerifier (which also knows tls.trust_file) before a byte is sent.
    tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    m_socket->setSslConfiguration(tls);
    m_socket->setPeerVerifyName(m_host);
    connect(m_socket, &QSslSocket::encrypted, this, &MtaStsFetch::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &MtaStsFetch::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &MtaStsFetch::onError);
    connect(m_socket, &QSslSocket::disconnected, this, &MtaStsFetch::onClosed);
    connect(m_socket, &QSslSocket::sslErrors, m_socket,
            [socket = m_socket](const QList<QSslError>& errors) { socket->ignoreSslErrors(errors); });
    // RFC 8461 3.3 and RFC 6066 3: SNI names the policy host.
    m_socket->connectToHostEncrypted(address.toString(), m_port, m_host);
}

void MtaStsFetch::onEncrypted()
{
    // RFC 8461 3.3: the certificate must be valid for mta-sts.DOMAIN and chain to a trusted root.
    const PeerVerdict verdict = PeerVerifier::verify(m_socket->peerCertificateChain(), m_host, m_trust);
    if (!verdict.verified)
        return finish(Expected<QByteArray>::failure(QStringLiteral("the certificate of %1 is refused: %2 "
                                                                   "(checked against %3)")
                                                        .arg(m_host, verdict.summary(), verdict.how)));
    m_requested = true;
    m_socket->write(MtaStsResponse::request(m_host));
}

void MtaStsFetch::onReadyRead()
{
    m_response += m_socket->readAll();
    if (m_response.size() > MtaStsResponse::maxBytes)
        return finish(
            Expected<QByteArray>::failure(QStringLiteral("the answer of https://%1 is larger than %2 KiB")
                                              .arg(m_host)
                                              .arg(MtaStsResponse::maxBytes / 1024)));
    // A server that keeps the connection open after a body of known length need not be waited for.
    if (MtaStsResponse::isComplete(m_response))
        finish(MtaStsResponse::policyBody(m_response));
}

void MtaStsFetch::onClosed()
{
    if (m_done || !m_requested)
        return;
    m_response += m_socket->readAll();
    if (m_response.size() > MtaStsResponse::maxBytes)
        return onReadyRead();
    finish(MtaStsResponse::policyBody(m_response));
}

void MtaStsFetch::onError(QAbstractSocket::SocketError error)
{
    if (m_done)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError && m_requested)
        return onClosed(); // HTTP/1.0: the end of the body
    m_lastError = QStringLiteral("https://%1 (%2): %3")
                      .arg(m_host,
                           m_socket->peerAddress().isNull() ? m_addresses.value(m_next - 1).toString()
                                                            : m_socket->peerAddress().toString(),
                           m_socket->errorString());
    if (m_requested) // the server answered TLS; another address would not do better
        return finish(Expected<QByteArray>::failure(m_lastError));
    tryNextAddress();
}

void MtaStsFetch::finish(const Expected<QByteArray>& result)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    deleteLater();
    if (m_callback)
        m_callback(result);
}

} // namespace RelayDesk
