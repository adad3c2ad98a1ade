#include "core/engine/sessionworker.h"
#include "core/agents/agentdirectory.h"
#include "core/engine/connectionlimiter.h"
#include "core/engine/sendinglimitbook.h"
#include "core/engine/sessionenvironment.h"
#include "core/engine/submissionsession.h"
#include "core/store/database.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>

namespace RelayDesk {

namespace {
// How long a stopping engine waits for the commits its sessions wait on (a commit takes milliseconds).
constexpr int commitWaitAtStopMs = 5000;
} // namespace

SessionWorker::SessionWorker(const SessionEnvironment& env) : m_env(env) {}

SessionWorker::~SessionWorker()
{
    closeAll();
}

void SessionWorker::adopt(qintptr descriptor, ListenerKind kind, const SessionPeer& peer, quint64 sessionId)
{
    auto* session = new SubmissionSession(sessionId, descriptor, kind, peer, m_env, this);
    m_sessions.insert(sessionId, session);
    m_peers.insert(sessionId, peer.address);
    connect(session, &SubmissionSession::finished, this, &SessionWorker::onFinished, Qt::QueuedConnection);
    if (!session->start())
        onFinished(sessionId); // the session's socket closes the descriptor
}

void SessionWorker::deliverAuthResult(quint64 sessionId, AuthOutcome outcome, qint64 agentId,
                                      const QString& agentName, qint64 credentialId)
{
    if (SubmissionSession* session = m_sessions.value(sessionId))
        session->onAuthResult(outcome, agentId, agentName, credentialId);
}

void SessionWorker::recheckAccess()
{
    const AgentDirectory directory(m_env.dataDir);
    for (const QPointer<SubmissionSession>& session : std::as_const(m_sessions)) {
        if (session)
            session->recheckAccess(directory);
    }
}

void SessionWorker::deliverCommitResult(quint64 sessionId, CommitFailure failure, const QString& queueId,
                                        qint64 agentId)
{
    // Counted once the store holds it, before the 250 goes out, or its place in the agent's limits given back
    // (docs/protocols.md, "Sending limits"); also when its client is gone: stored, it is delivered all the
    // same (and perhaps sent again by the client).
    if (m_env.sendingLimits && agentId != 0)
        m_env.sendingLimits->settle(agentId, failure == CommitFailure::None);
    if (SubmissionSession* session = m_sessions.value(sessionId))
        return session->onCommitResult(failure);
    if (failure != CommitFailure::None)
        return;
    // Logged as every accepted message is (an outside tester found no line for one whose client had gone).
    qCInfo(lcSmtp) << LogLine("message_accepted")
                          .add("session", sessionId)
                          .add("queue_id", queueId)
                          .add("reply", "not sent: the client had closed the connection");
}

bool SessionWorker::disconnectSession(quint64 sessionId)
{
    SubmissionSession* session = m_sessions.value(sessionId);
    if (!session)
        return false;
    session->disconnectByAdministrator();
    return true;
}

void SessionWorker::closeAll()
{
    // A message being committed gets its reply before the 421: the writer still runs (RelayEngine::stop
    // drains it after the sessions), and a 421 for a message that the store then holds had the client send
    // it again (an outside tester: 18 of 29 such messages under load). Bounded, as a stuck store may never
    // answer; socket events wait, so no new command starts meanwhile.
    const QDeadlineTimer deadline(commitWaitAtStopMs);
    const auto committing = [this] {
        return std::any_of(m_sessions.cbegin(), m_sessions.cend(),
                           [](const QPointer<SubmissionSession>& s) { return s && s->isCommitting(); });
    };
    while (committing() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::ExcludeSocketNotifiers);
        if (committing())
            QThread::msleep(1);
    }
    const auto sessions = m_sessions;
    for (const QPointer<SubmissionSession>& session : sessions) {
        if (session)
            session->shutDown();
    }
    for (auto it = sessions.begin(); it != sessions.end(); ++it)
        onFinished(it.key());
    Database::releaseThreadConnection(m_env.dataDir);
}

void SessionWorker::onFinished(quint64 sessionId)
{
    // Idempotent: a session may report its end more than once; the limiter slot is released once.
    const auto peer = m_peers.find(sessionId);
    if (peer != m_peers.end()) {
        m_env.limiter->release(peer.value());
        m_peers.erase(peer);
    }
    if (QPointer<SubmissionSession> session = m_sessions.take(sessionId))
        session->deleteLater();
}

} // namespace RelayDesk
