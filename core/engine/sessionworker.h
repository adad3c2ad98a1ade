#pragma once

#include "core/smtp/sessionpolicy.h"
#include "core/smtp/smtpserverendpoint.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

namespace RelayDesk {

struct SessionEnvironment;
class SubmissionSession;

/// Owns the sessions of one worker thread; every call into it arrives queued on that thread.
/// Results of background work (AUTH checks, commits) are routed through it by session id, so a
/// session that has gone away is simply not found.
class SessionWorker final : public QObject
{
    Q_OBJECT
public:
    explicit SessionWorker(const SessionEnvironment& env);
    ~SessionWorker() override;

    void adopt(qintptr descriptor, ListenerKind kind, const SessionPeer& peer, quint64 sessionId);
    void deliverAuthResult(quint64 sessionId, AuthOutcome outcome, qint64 agentId, const QString& agentName,
                           qint64 credentialId);
    /// After an admin change to agents, credentials or networks: every session re-checks its access.
    void recheckAccess();
    /// queueId and agentId name the message: if its session is gone (the client closed before its reply),
    /// the accept is still logged and counted against the agent's sending limits.
    void deliverCommitResult(quint64 sessionId, CommitFailure failure, const QString& queueId,
                             qint64 agentId);
    /// Ends one session with 421 if this worker owns it; false if it does not.
    bool disconnectSession(quint64 sessionId);
    /// Closes every session (engine stopping), each with 421 where it can be said; call on the worker's
    /// thread.
    void closeAll();

private:
    void onFinished(quint64 sessionId);

    const SessionEnvironment& m_env;
    QHash<quint64, QPointer<SubmissionSession>> m_sessions; ///< QPointer: an entry never outlives its session
    QHash<quint64, QHostAddress> m_peers;
};

} // namespace RelayDesk
