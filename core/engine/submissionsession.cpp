#include "core/engine/submissionsession.h"
#include "core/agents/agentdirectory.h"
#include "core/engine/sessionenvironment.h"
#include "core/engine/sessionregistry.h"
#include "core/engine/sessionworker.h"
#include "core/engine/trusteddevicecache.h"
#include "core/security/auththrottle.h"
#include "core/store/database.h"
#include "core/store/messagespool.h"

#include <QPointer>
#include <QSslCipher>
#include <QSslSocket>
#include <QThreadPool>

namespace RelayDesk {

namespace {

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    default:
        return QStringLiteral("TLS");
    }
}

} // namespace

SubmissionSession::SubmissionSession(quint64 id, qintptr descriptor, ListenerKind kind,
                                     const SessionEnvironment& env, SessionWorker* worker)
    : m_id(id), m_descriptor(descriptor), m_kind(kind), m_env(env), m_worker(worker),
      m_socket(new QSslSocket(this))
{
    m_idleTimer.setSingleShot(true);
    m_sessionTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { m_protocol->timedOut(); });
    connect(&m_sessionTimer, &QTimer::timeout, this, [this] { m_protocol->timedOut(); });
}

SubmissionSession::~SubmissionSession() = default;

bool SubmissionSession::start()
{
    if (!m_socket->setSocketDescriptor(m_descriptor))
        return false;
    m_socket->setSslConfiguration(m_env.tls);
    const SessionPeer peer{m_socket->peerAddress(), m_socket->peerPort()};
    SmtpServerEndpoint& endpoint = *this;
    m_protocol = std::make_unique<SmtpServerProtocol>(endpoint, m_env.policy(m_kind), peer);

    m_info.id = m_id;
    m_info.client = peer.address.toString() + QLatin1Char(':') + QString::number(peer.port);
    m_info.listener = listenerName(m_kind);
    m_info.startedMs = nowMs();

    connect(m_socket, &QSslSocket::readyRead, this, &SubmissionSession::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, &SubmissionSession::onEncrypted);
    connect(m_socket, &QSslSocket::disconnected, this, &SubmissionSession::onClosed);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) { onClosed(); });
    // A failed handshake (TLS 1.0/1.1, no shared cipher) ends the session; nothing is sent in plaintext.
    connect(m_socket, &QSslSocket::handshakeInterruptedOnError, this,
            [this](const QSslError&) { onClosed(); });

    if (m_kind == ListenerKind::Lan) {
        // Contract 2: the LAN listener relays only for devices a Mail Agent lists as trusted.
        if (auto agent = m_env.trustedDevices->lookup(peer.address, nowMs())) {
            m_protocol->setTrustedAgent(agent->id, agent->name);
            m_info.agent = agent->name;
        }
    }
    m_idleTimer.start(m_env.idleTimeoutMs);
    m_sessionTimer.start(m_env.sessionTimeoutMs);
    if (m_kind == ListenerKind::Smtps)
        m_socket->startServerEncryption(); // RFC 8314 3: implicit TLS from the first byte
    else
        m_protocol->start();
    publish();
    return true;
}

void SubmissionSession::publish()
{
    m_info.state = m_protocol->stateName();
    if (!m_protocol->agentName().isEmpty())
        m_info.agent = m_protocol->agentName();
    m_info.messages = m_protocol->messagesAccepted();
    m_env.registry->update(m_info);
}

void SubmissionSession::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (m_closing)
        return;
    m_info.bytesIn += bytes.size();
    m_idleTimer.start(m_env.idleTimeoutMs);
    // The replies to everything in this read leave in one write, now rather than at the socket's next
    // write notification (RFC 2920 3.2: a pipelining client gets its replies together).
    m_receiving = true;
    m_protocol->receive(bytes);
    m_receiving = false;
    if (!m_closing)
        m_socket->flush();
}

void SubmissionSession::onEncrypted()
{
    const QSslCipher cipher = m_socket->sessionCipher();
    m_info.tlsVersion = protocolName(m_socket->sessionProtocol());
    m_info.tlsCipher = cipher.name();
    m_protocol->tlsStarted(m_info.tlsVersion, m_info.tlsCipher);
    if (m_kind == ListenerKind::Smtps)
        m_protocol->start();
    publish();
}

void SubmissionSession::sendReply(const SmtpReply& reply)
{
    if (m_closing)
        return;
    const QByteArray wire = reply.toWire();
    m_info.bytesOut += wire.size();
    m_socket->write(wire);
    if (!m_receiving && !reply.closeAfter)
        m_socket->flush(); // a reply of its own (e.g. after the store committed): out at once
    if (reply.closeAfter) {
        m_closing = true;
        m_socket->disconnectFromHost(); // flushes what is written first
    }
}

void SubmissionSession::startTls()
{
    m_socket->startServerEncryption();
}

bool SubmissionSession::isAuthLockedOut()
{
    return m_env.throttle->isLockedOut(m_socket->peerAddress(), nowMs());
}

void SubmissionSession::verifyCredentials(const QByteArray& username, const QByteArray& password)
{
    publish();
    const QString dataDir = m_env.dataDir;
    const QHostAddress client = m_socket->peerAddress();
    AuthThrottle* throttle = m_env.throttle;
    QPointer<SessionWorker> worker = m_worker;
    const quint64 id = m_id;
    m_env.authPool->start([dataDir, client, throttle, worker, id, username, password] {
        const AuthDecision decision =
            AgentDirectory(dataDir).authenticate(QString::fromUtf8(username), password, client);
        AuthOutcome outcome = AuthOutcome::Accepted;
        if (decision.accepted) {
            throttle->recordSuccess(client);
        } else {
            const bool lockedNow = throttle->recordFailure(client, nowMs());
            outcome = lockedNow ? AuthOutcome::LockedOut : AuthOutcome::Rejected;
            if (lockedNow)
                AuthThrottle::logLockout(dataDir, client, decision.reason, nowMs());
        }
        QMetaObject::invokeMethod(
            worker,
            [worker, id, outcome, decision] {
                worker->deliverAuthResult(id, outcome, decision.agentId, decision.agentName);
            },
            Qt::QueuedConnection);
    });
}

void SubmissionSession::onAuthResult(AuthOutcome outcome, qint64 agentId, const QString& agentName)
{
    m_protocol->authFinished(outcome, agentId, agentName);
    publish();
}

void SubmissionSession::commitMessage(const SubmittedMessage& message)
{
    publish();
    QPointer<SessionWorker> worker = m_worker;
    const quint64 id = m_id;
    auto committed = m_env.messageCommitted;
    m_env.spool->commit(message, listenerName(m_kind), m_socket->peerAddress().toString(),
                        [worker, id, committed](CommitFailure failure) {
                            if (failure == CommitFailure::None && committed)
                                committed();
                            QMetaObject::invokeMethod(
                                worker, [worker, id, failure] { worker->deliverCommitResult(id, failure); },
                                Qt::QueuedConnection);
                        });
}

void SubmissionSession::onCommitResult(CommitFailure failure)
{
    m_protocol->commitFinished(failure);
    publish();
}

void SubmissionSession::stateChanged()
{
    publish();
}

void SubmissionSession::abort()
{
    m_closing = true;
    m_socket->abort();
    onClosed();
}

void SubmissionSession::onClosed()
{
    if (m_ended)
        return;
    if (m_socket->state() != QAbstractSocket::UnconnectedState && !m_closing) {
        m_closing = true;
        m_socket->abort();
    }
    m_ended = true;
    m_idleTimer.stop();
    m_sessionTimer.stop();
    publish();
    m_env.registry->end(m_id, nowMs());
    Q_EMIT finished(m_id);
}

} // namespace RelayDesk
