#pragma once

#include "core/engine/sessioninfo.h"
#include "core/smtp/smtpserverprotocol.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class QSslSocket;

namespace RelayDesk {

struct SessionEnvironment;
class SessionWorker;

/// One client connection on a worker thread: the thin adapter between a QSslSocket and the pure
/// SmtpServerProtocol (STYLE rule 2), with idle and total timeouts.
class SubmissionSession final : public QObject, private SmtpServerEndpoint
{
    Q_OBJECT
public:
    SubmissionSession(quint64 id, qintptr descriptor, ListenerKind kind, const SessionEnvironment& env,
                      SessionWorker* worker);
    ~SubmissionSession() override;
    Q_DISABLE_COPY_MOVE(SubmissionSession)

    quint64 id() const { return m_id; }
    /// Adopts the socket and greets (or starts implicit TLS). Returns false if the descriptor is unusable.
    bool start();
    void onAuthResult(AuthOutcome outcome, qint64 agentId, const QString& agentName);
    void onCommitResult(CommitFailure failure);
    /// Ends the session now (engine stopping).
    void abort();

Q_SIGNALS:
    void finished(quint64 id);

private:
    void sendReply(const SmtpReply& reply) override;
    void startTls() override;
    bool isAuthLockedOut() override;
    void verifyCredentials(const QByteArray& username, const QByteArray& password) override;
    void commitMessage(const SubmittedMessage& message) override;
    void stateChanged() override;

    void onReadyRead();
    void onEncrypted();
    void onClosed();
    void publish();

    quint64 m_id;
    qintptr m_descriptor;
    ListenerKind m_kind;
    const SessionEnvironment& m_env;
    SessionWorker* m_worker;
    QSslSocket* m_socket;
    std::unique_ptr<SmtpServerProtocol> m_protocol;
    SessionInfo m_info;
    QTimer m_idleTimer;
    QTimer m_sessionTimer;
    bool m_closing = false;
    bool m_receiving = false; ///< inside onReadyRead: replies are flushed together at its end
    bool m_ended = false;
};

} // namespace RelayDesk
