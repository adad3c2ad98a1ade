#include "core/engine/submissionsession.h"

#include "core/agents/agentdirectory.h"
#include "core/agents/credentialcache.h"
#include "core/agents/credentialuserecorder.h"
#include "core/engine/connectionfailure.h"
#include "core/engine/connectionlimiter.h"
#include "core/engine/limitrefusalrecorder.h"
#include "core/engine/livesessionsettings.h"
#include "core/engine/senderrulescache.h"
#include "core/engine/sendinglimitbook.h"
#include "core/engine/sessionenvironment.h"
#include "core/engine/sessionregistry.h"
#include "core/engine/sessionsocket.h"
#include "core/engine/sessionworker.h"
#include "core/engine/trusteddevicecache.h"
#include "core/security/authlockouts.h"
#include "core/security/auththrottle.h"
#include "core/security/authverifier.h"
#include "core/security/refusedloginrecorder.h"
#include "core/security/refusedsubmissionrecorder.h"
#include "core/smtp/clientopening.h"
#include "core/smtp/encodedwords.h"
#include "core/store/messagespool.h"
#include "core/tls/tlsserverstream.h"
#include "core/util/clock.h"
#include "core/util/diskspace.h"
#include "core/util/logbudget.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"
#include "core/util/queueid.h"
#include "core/util/tracedate.h"

#include <QPointer>
#include <algorithm>

namespace RelayDesk {

namespace {

// How long a closing session waits for the client to take its last reply before the socket is cut.
constexpr int closeGraceMs = 10000;
// The idle time of a session while three quarters of limits.max_connections are in use: silent
// connections cannot hold the relay's slots for the five minutes RFC 5321 4.5.3.2.7 asks of a server
// with room (Postfix's smtpd shortens its timeout to 10 s under stress the same way).
constexpr int busyIdleTimeoutMs = 10000;

// The AUTH decision: the lockout is decided before the password is checked and again before a success is
// returned, so that attempts queued in parallel cannot get past a lockout that began while they waited
// (docs/reliability.md, "the lockout race"). check makes the decision: a full Argon2id verification on the
// verifier pool, or the credential cache's fast path on the session's thread.
// repeatedPair: the session's last refused AUTH had the same username and password (another mechanism for
// the same guess): refused again, but not counted again.
AuthOutcome decideAuth(const QString& dataDir, AuthThrottle* throttle, const QHostAddress& client,
                       const QString& username, const std::function<AuthDecision()>& check,
                       AuthDecision* decision, const std::function<void()>& lockoutStarted, quint64 sessionId,
                       bool repeatedPair = false)
{
    if (throttle->isLockedOut(client, nowMs()))
        return AuthOutcome::LockedOut;
    *decision = check();
    if (decision->storeFailed) // nothing was decided about the password: not a failure of the client's
        return AuthOutcome::Unavailable;
    if (decision->accepted) {
        if (throttle->isLockedOut(client, nowMs()))
            return AuthOutcome::LockedOut;
        throttle->recordSuccess(client, username);
        return AuthOutcome::Accepted;
    }
    const qint64 now = nowMs();
    // The administrator paused the agent: its application is told to try later (an outside tester's got
    // "535 credentials invalid" and reported a wrong password). Not a guess, so not counted.
    if (decision->paused)
        return throttle->isLockedOut(client, now) ? AuthOutcome::LockedOut : AuthOutcome::Paused;
    // A right password refused for what became of its credential (a device still sending the password a
    // rotation replaced) is no guess: counted, it locked the device's address out for the new password too.
    if (repeatedPair || decision->passwordMatched || !throttle->recordFailure(client, username, now))
        return throttle->isLockedOut(client, now) ? AuthOutcome::LockedOut : AuthOutcome::Rejected;
    // This failure started a lockout: one log line with the address (for fail2ban and the like), and the
    // stored row that keeps it across a restart.
    const QString key = AuthThrottle::keyOf(client);
    const int failures = throttle->failureLimit();
    const qint64 lockoutMs = throttle->lockoutMs();
    qCWarning(lcAuth) << LogLine("auth_lockout")
                             .add("session", sessionId)
                             .add("client", key)
                             .add("failures", failures)
                             .add("lockout_s", lockoutMs / 1000)
                             .add("reason", decision->reason);
    const Status stored =
        AuthLockouts(dataDir).record({key, now, now + lockoutMs, failures, decision->reason});
    if (!stored)
        qCCritical(lcAuth)
            << LogLine("auth_lockout_not_stored").add("client", key).add("error", stored.error());
    if (lockoutStarted)
        lockoutStarted();
    return AuthOutcome::LockedOut;
}

// One line per AUTH result: never the password nor the AUTH payload, and the user name only when it was
// accepted (a failed one may be a password typed into the wrong field).
void logAuth(quint64 sessionId, const QHostAddress& client, AuthOutcome outcome, const AuthDecision& decision)
{
    switch (outcome) {
    case AuthOutcome::Accepted:
        qCInfo(lcAuth) << LogLine("auth_ok")
                              .add("session", sessionId)
                              .add("client", client.toString())
                              .add("agent", decision.agentName)
                              .add("credential", decision.credentialId)
                              .add("cached", decision.cached ? "yes" : "no");
        break;
    case AuthOutcome::Rejected:
    case AuthOutcome::Paused:
        qCWarning(lcAuth) << LogLine("auth_failed")
                                 .add("session", sessionId)
                                 .add("client", client.toString())
                                 .add("reason", decision.reason);
        break;
    case AuthOutcome::LockedOut:
        if (!decision.reason.isEmpty())
            break; // this attempt's failure started the lockout: its auth_lockout line says so
        qCWarning(lcAuth) << LogLine("auth_refused")
                                 .add("session", sessionId)
                                 .add("client", client.toString())
                                 .add("reason", "locked out");
        break;
    case AuthOutcome::Unavailable:
        qCWarning(lcAuth) << LogLine("auth_unavailable")
                                 .add("session", sessionId)
                                 .add("client", client.toString())
                                 .add("reason", decision.reason);
        break;
    case AuthOutcome::Busy:
        qCWarning(lcAuth) << LogLine("auth_refused")
                                 .add("session", sessionId)
                                 .add("client", client.toString())
                                 .add("reason", decision.reason);
        break;
    }
}

} // namespace

SubmissionSession::SubmissionSession(quint64 id, qintptr descriptor, ListenerKind kind,
                                     const SessionPeer& peer, const SessionEnvironment& env,
                                     SessionWorker* worker)
    : m_id(id), m_kind(kind), m_env(env), m_worker(worker), m_settings(env.settings->current()),
      m_socket(new SessionSocket(descriptor, peer, this))
{
    for (QTimer* timer : {&m_idleTimer, &m_sessionTimer, &m_handshakeTimer, &m_closeTimer})
        timer->setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &SubmissionSession::onIdleTimer);
    connect(&m_sessionTimer, &QTimer::timeout, this, &SubmissionSession::onTimeout);
    // A stalled handshake cannot be answered with 421 (there is no channel to write it on): the socket
    // closes.
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        // A client set to STARTTLS on the implicit-TLS port waits for a greeting in silence: curl gave up
        // after 30 s, and the log said only "handshake timed out" (an outside tester).
        const bool silent =
            m_kind == ListenerKind::Smtps && m_handshakeStart.isEmpty() && !m_protocol->isTls();
        logTlsFailure(QStringLiteral("handshake timed out"),
                      silent ? ConnectionFailure::silentOnImplicitTls(m_settings->submissionPort)
                             : ConnectionFailure::handshakeTimedOut(m_settings->handshakeTimeoutMs / 1000));
        abort();
    });
    connect(&m_closeTimer, &QTimer::timeout, this, &SubmissionSession::abort);
}

SubmissionSession::~SubmissionSession() = default;

bool SubmissionSession::start()
{
    if (!m_socket->open())
        return false;
    const SessionPeer& peer = m_socket->peer();
    SmtpServerEndpoint& endpoint = *this;
    m_protocol = std::make_unique<SmtpServerProtocol>(endpoint, m_settings->policy(m_kind), peer);

    m_info.id = m_id;
    m_info.client = peer.address.toString() + QLatin1Char(':') + QString::number(peer.port);
    m_info.listener = listenerName(m_kind);
    m_info.startedMs = nowMs();

    connect(m_socket, &SessionSocket::readyRead, this, &SubmissionSession::onReadyRead);
    connect(m_socket, &SessionSocket::disconnected, this, &SubmissionSession::onDisconnected);
    connect(m_socket, &SessionSocket::readFinished, this, &SubmissionSession::onReadFinished);

    if (m_kind == ListenerKind::Lan) {
        // docs/architecture.md, "no open relay": the LAN listener relays only for devices a Mail Agent lists
        // as trusted.
        bool storeFailed = false;
        bool onlyDisabled = false;
        if (auto agent = m_env.trustedDevices->lookup(peer.address, nowMs(), &storeFailed, &onlyDisabled)) {
            m_protocol->setTrustedAgent(agent->id, agent->name);
            m_trustedAgentId = agent->id;
            m_info.agent = agent->name;
        } else if (storeFailed) {
            m_protocol->setTrustUnknown(); // MAIL gets a temporary 451, not "not a trusted device"
        } else if (onlyDisabled) {
            m_protocol->setTrustingAgentDisabled(); // 451 too: the device keeps its mail meanwhile
        }
    }
    qCDebug(lcSmtp) << LogLine("session_started")
                           .add("session", m_id)
                           .add("listener", m_info.listener)
                           .add("client", m_info.client)
                           .add("agent", m_info.agent);
    m_lastRead.start();
    m_idleTimer.start(std::min(m_settings->idleTimeoutMs, busyIdleTimeoutMs)); // onIdleTimer() waits on
    m_sessionTimer.start(m_settings->sessionTimeoutMs);
    if (m_kind == ListenerKind::Smtps)
        startEncryption(); // RFC 8314 3: implicit TLS from the first byte
    else {
        const SessionSocket::FlushAtEnd flushAtEnd(m_socket); // the greeting leaves now
        m_protocol->start();
    }
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
    m_publishedBytes = m_info.bytesIn + m_info.bytesOut;
}

void SubmissionSession::onReadyRead()
{
    // Everything written while this read is handled (a TLS handshake's answer too) leaves at the end.
    const SessionSocket::FlushAtEnd flushAtEnd(m_socket);
    QByteArray bytes = m_socket->readAll();
    if (m_closing)
        return;
    // A client set to implicit TLS on a STARTTLS port: its ClientHello is no command, and read as lines it
    // made 500s and counted errors (curl said only "wrong version number"). RFC 3207 4: TLS starts after
    // STARTTLS only.
    if (!m_tls && m_info.bytesIn == 0 && classifyOpening(bytes) == ClientOpening::TlsHello)
        return refuseTlsOnStartTlsPort();
    if (m_tls) {
        bytes = decrypt(bytes);
        if (m_closing || m_ended || bytes.isEmpty())
            return;
    }
    m_info.bytesIn += bytes.size();
    // The replies to everything in this read leave in one write, now rather than at the socket's next
    // write notification (RFC 2920 3.2: a pipelining client gets its replies together).
    const qint64 progressBefore = m_protocol->progress();
    m_receiving = true;
    m_protocol->receive(bytes);
    m_receiving = false;
    // The idle timer is not restarted on every read: onIdleTimer() looks at this. Only a whole command or
    // message content counts: a byte now and then without a line end kept a slot for good (an outside
    // tester's 64 trickling connections turned the office's client away for the session's whole limit).
    if (m_protocol->progress() != progressBefore)
        m_lastRead.start();
    if (m_closing)
        return;
    m_socket->flush();
    // The live-session table follows every command (EHLO, RCPT, NOOP...) and every read of a DATA; the
    // protocol itself reports only the states other parts of the relay wait for.
    if (m_info.bytesIn + m_info.bytesOut != m_publishedBytes || m_protocol->stateName() != m_info.state)
        publish();
}

void SubmissionSession::startEncryption()
{
    if (!m_settings->tlsServer) { // not reached: no listener listens without a certificate
        logTlsFailure(QStringLiteral("no TLS context"), QString());
        return abort();
    }
    m_handshaking = true;
    m_handshakeTimer.start(m_settings->handshakeTimeoutMs);
    m_tls = std::make_unique<TlsServerStream>(m_settings->tlsServer);
}

QByteArray SubmissionSession::decrypt(const QByteArray& ciphertext)
{
    constexpr qsizetype keptOfHandshake = 16; // enough to tell a command from a ClientHello
    if (m_handshaking && m_handshakeStart.size() < keptOfHandshake)
        m_handshakeStart += ciphertext.left(keptOfHandshake - m_handshakeStart.size());
    QByteArray toClient;
    QByteArray plaintext = m_tls->receive(ciphertext, &toClient);
    if (!toClient.isEmpty())
        m_socket->write(toClient);
    switch (m_tls->state()) {
    case TlsServerStream::State::Handshaking:
        break;
    case TlsServerStream::State::Established:
        if (m_handshaking)
            onEncrypted();
        break;
    case TlsServerStream::State::Failed:
        // A failed handshake (TLS 1.0/1.1, no shared cipher) ends the session after OpenSSL's alert (RFC 8446
        // 6.2, RFC 5246 7.2.2: protocol_version for an old client); nothing is sent in plaintext.
        if (!m_ended)
            logTlsFailure(m_tls->error(), m_handshaking ? tlsFailureReason() : QString());
        m_socket->flush();
        startClosing();
        onClosed();
        return {};
    case TlsServerStream::State::Closed:
        startClosing();
        onClosed();
        return {};
    }
    return plaintext;
}

void SubmissionSession::writePlaintext(const QByteArray& bytes)
{
    m_socket->write(m_tls ? m_tls->encrypt(bytes) : bytes);
}

void SubmissionSession::onEncrypted()
{
    m_handshaking = false;
    m_handshakeTimer.stop();
    m_info.tlsVersion = m_tls->version();
    m_info.tlsCipher = m_tls->cipher();
    qCDebug(lcTls) << LogLine("tls_established")
                          .add("session", m_id)
                          .add("version", m_info.tlsVersion)
                          .add("cipher", m_info.tlsCipher)
                          .add("resumed", m_tls->resumed() ? "yes" : "no");
    m_protocol->tlsStarted(m_info.tlsVersion, m_info.tlsCipher);
    if (m_kind == ListenerKind::Smtps)
        m_protocol->start();
    publish();
}

namespace {

// The commands whose refusals say why a message was not taken, for the operator's log.
const char* transactionVerbName(SmtpVerb verb)
{
    switch (verb) {
    case SmtpVerb::Mail:
        return "MAIL";
    case SmtpVerb::Rcpt:
        return "RCPT";
    case SmtpVerb::Data:
        return "DATA";
    default:
        return nullptr;
    }
}

} // namespace

void SubmissionSession::sendReply(const SmtpReply& reply)
{
    if (m_closing)
        return;
    if (reply.code >= 400)
        logRefusal(reply);
    const QByteArray wire = reply.toWire();
    m_info.bytesOut += wire.size();
    writePlaintext(wire);
    if (!m_receiving && !reply.closeAfter)
        m_socket->flush(); // a reply of its own (e.g. after the store committed): out at once
    if (reply.closeAfter)
        startClosing();
}

void SubmissionSession::logRefusal(const SmtpReply& reply)
{
    // Every refused sender, recipient and message, and every session the relay ends itself (a timeout, too
    // many errors, withdrawn access), one line each at info: what the client was told and why mail did not
    // arrive. AUTH has lines of its own (auth_failed, auth_lockout); other commands' syntax errors are debug.
    const SmtpVerb verb = m_protocol->answering();
    const char* command = transactionVerbName(verb);
    const bool ownClose = reply.closeAfter && verb != SmtpVerb::Auth && verb != SmtpVerb::Quit;
    LogLine line("smtp_refused");
    line.add("session", m_id)
        .add("listener", m_info.listener)
        .add("client", m_info.client)
        .add("agent", m_protocol->agentName().isEmpty() ? m_info.agent : m_protocol->agentName())
        .add("command", command ? QByteArray(command) : QByteArray())
        .add("reply", reply.summary());
    if (command || ownClose) {
        // At most 100 lines each 10 s on this thread; the rest are counted, and said when the next 10 s
        // begin (a client not logged in wrote 13,000 lines a second: an outside tester).
        static thread_local LogBudget budget(100, 10'000);
        const qint64 now = nowMs();
        const bool allowed = budget.allow(now);
        if (const quint64 held = budget.takeHeldBack())
            qCWarning(lcSmtp) << LogLine("smtp_refused_not_logged")
                                     .add("count", held)
                                     .add("note", "refusals over 100 in 10 s on one session thread");
        if (allowed)
            qCInfo(lcSmtp) << line;
        else if (budget.firstHeldBack())
            qCWarning(lcSmtp) << LogLine("smtp_refused_flood")
                                     .add("client", m_info.client)
                                     .add("note", "more than 100 refusals in 10 s on one session thread: "
                                                  "the rest of these 10 s are counted, not logged");
    } else {
        qCDebug(lcSmtp) << line;
    }
    if (command && m_env.refusedSubmissions)
        recordRefusal(command, reply);
}

RefusedSubmission SubmissionSession::refusalOf(const char* command) const
{
    RefusedSubmission refusal;
    refusal.address = m_socket->peer().address.toString();
    refusal.listener = m_info.listener;
    refusal.agentId = m_protocol->agentId();
    refusal.agentName = m_protocol->agentName().isEmpty() ? m_info.agent : m_protocol->agentName();
    refusal.command = QString::fromLatin1(command);
    return refusal;
}

void SubmissionSession::recordRefusal(const char* command, const SmtpReply& reply)
{
    // For the window and `log refused`: nothing of a refused message is queued, and support staff searched
    // the delivery log in vain for it (an outside tester).
    const SmtpServerProtocol::AnsweredEnvelope& envelope = m_protocol->answeredEnvelope();
    // A RCPT or DATA without a MAIL before it refuses nothing of a message: after a refused MAIL, a client
    // that pipelines (msmtp) has its RCPTs and DATA answered 503, and an outside tester's one refusal came
    // with eight red rows of them that hid it.
    if (!envelope.inTransaction)
        return;
    QStringList recipients;
    for (const QByteArray& recipient : envelope.recipients)
        recipients << EncodedWords::plainText(recipient); // Latin-1 from old firmware shown as sent
    RefusedSubmission refusal = refusalOf(command);
    refusal.sender = EncodedWords::plainText(envelope.sender);
    refusal.recipients = recipients.join(QStringLiteral(", "));
    refusal.reply = QString::fromUtf8(reply.summary());
    m_env.refusedSubmissions->note(std::move(refusal), nowMs());
}

void SubmissionSession::startClosing()
{
    m_closing = true;
    m_closeTimer.start(closeGraceMs);
    if (m_tls)
        m_socket->write(m_tls->close()); // RFC 8446 6.1: close_notify
    m_socket->disconnectFromHost();      // flushes what is written first, if the client reads it
}

void SubmissionSession::onIdleTimer()
{
    // Looked at every 10 s at most, since the relay may have become busy meanwhile. A session waiting for
    // the relay's own answer (a password check, a commit) keeps its full idle time.
    const qint64 idle = m_lastRead.elapsed();
    const bool busy = m_protocol->state() != SmtpServerProtocol::State::Waiting &&
                      m_settings->idleTimeoutMs > busyIdleTimeoutMs && m_env.limiter &&
                      m_env.limiter->isBusy();
    const int limit = busy ? busyIdleTimeoutMs : m_settings->idleTimeoutMs;
    if (idle < limit)
        return m_idleTimer.start(int(std::min<qint64>(limit - idle, busyIdleTimeoutMs)));
    if (!busy)
        return onTimeout();
    if (m_handshaking)
        return abort();
    m_protocol->timedOut(busyIdleTimeoutMs / 1000);
}

void SubmissionSession::onTimeout()
{
    // During a handshake nothing can be written to the client: the socket closes without a reply.
    if (m_handshaking)
        return abort();
    m_protocol->timedOut();
}

void SubmissionSession::logTlsFailure(const QString& error, const QString& reason)
{
    qCWarning(lcTls) << LogLine("tls_failed")
                            .add("session", m_id)
                            .add("listener", m_info.listener)
                            .add("client", m_info.client)
                            .add("error", error)
                            .add("reason", reason);
    if (!reason.isEmpty())
        recordConnectionFailure(ConnectionFailure::tlsCommand, reason);
}

QString SubmissionSession::tlsFailureReason() const
{
    // Only the implicit-TLS handshake: a client that sent STARTTLS knows it speaks SMTP first.
    const bool implicit = m_kind == ListenerKind::Smtps && !m_protocol->isTls();
    if (implicit && classifyOpening(m_handshakeStart) == ClientOpening::SmtpCommand)
        return ConnectionFailure::plainSmtpOnImplicitTls(m_settings->submissionPort);
    return ConnectionFailure::tlsFailed(m_tls->failure(), m_tls->error());
}

void SubmissionSession::refuseTlsOnStartTlsPort()
{
    const QString reason = ConnectionFailure::tlsOnStartTlsPort(m_settings->smtpsPort);
    qCWarning(lcTls) << LogLine("tls_failed")
                            .add("session", m_id)
                            .add("listener", m_info.listener)
                            .add("client", m_info.client)
                            .add("error", "TLS ClientHello before STARTTLS")
                            .add("reason", reason);
    recordConnectionFailure(ConnectionFailure::tlsCommand, reason);
    // Nothing more is said: the client reads every reply as a TLS record (the greeting already failed it).
    startClosing();
}

void SubmissionSession::recordConnectionFailure(const char* command, const QString& reply)
{
    if (m_failureRecorded || !m_env.refusedSubmissions)
        return;
    m_failureRecorded = true;
    RefusedSubmission refusal = refusalOf(command);
    refusal.reply = reply;
    // Counted by the recorder like any refusal: a device that retries every second costs a row a second per
    // reason, not one per connection.
    m_env.refusedSubmissions->note(std::move(refusal), nowMs());
}

bool SubmissionSession::isCommitting() const
{
    // Not the protocol's Waiting state: it waits for a password check too, and a client that leaves then
    // is gone (its check is skipped), while one that leaves after its final dot still reads its reply.
    return !m_ended && m_awaitingCommit;
}

void SubmissionSession::onReadFinished()
{
    // A client that shuts its sending side down right after the final dot (and perhaps a pipelined QUIT)
    // still reads: the message is being committed, and without its 250 the client would send it again
    // (an outside tester lost the reply 6 times in 6). Kept open until the replies are out.
    if (!isCommitting() || m_closing)
        return;
    m_clientDone = true;
    m_socket->keepOpenForReplies();
}

void SubmissionSession::onDisconnected()
{
    // A client that closes before its first byte (a port check) failed nothing; one that left in the middle
    // of a handshake gave up on it.
    if (m_handshaking && !m_closing && !m_ended)
        logTlsFailure(m_socket->errorString(),
                      m_handshakeStart.isEmpty() ? QString() : ConnectionFailure::closedDuringHandshake());
    onClosed();
}

void SubmissionSession::startTls()
{
    startEncryption();
}

qint64 SubmissionSession::authLockoutMsLeft()
{
    return m_env.throttle->lockedForMs(m_socket->peer().address, nowMs());
}

void SubmissionSession::verifyCredentials(const QByteArray& username, const QByteArray& password)
{
    publish();
    const QString dataDir = m_env.dataDir;
    const QHostAddress client = m_socket->peer().address;
    AuthThrottle* throttle = m_env.throttle;
    CredentialCache* cache = m_env.credentialCache;
    CredentialUseRecorder* use = m_env.credentialUse;
    RefusedLoginRecorder* refused = m_env.refusedLogins;
    QPointer<SessionWorker> worker = m_worker;
    const quint64 id = m_id;
    // Usernames are generated in small letters (CredentialGenerator): one typed or sent in capitals is the
    // same username (an outside tester's device firmware upper-cased its fields, and was "unknown").
    const QString user = QString::fromUtf8(username).toLower();
    bool repeatedPair = false;
    m_checkingPair.reset();
    if (cache) {
        m_checkingPair = cache->tagOf(user, password);
        repeatedPair =
            m_refusedPair && CredentialCache::tagsEqual(m_checkingPair->data(), m_refusedPair->data());
    }
    auto answer = [worker, id, use, refused, client, repeatedPair](AuthOutcome outcome,
                                                                   const AuthDecision& decision) {
        if (outcome == AuthOutcome::Accepted && use)
            use->noteUse(decision.credentialId, nowMs());
        // A refusal decided on the password or the credential (this one's lockout included) is kept for the
        // admin's window, and so is one that waited for its check while the lockout began, as a try during
        // a lockout is (authRefusedLockedOut): 30 guesses sent at once showed as 6 refusals and no try while
        // locked out (an outside tester). The same pair again by another mechanism (smtplib tries PLAIN,
        // then LOGIN) is no news.
        const bool lockedBeforeItsCheck =
            outcome == AuthOutcome::LockedOut && decision.reason.isEmpty() && !decision.accepted;
        if (!repeatedPair &&
            (outcome == AuthOutcome::Rejected || outcome == AuthOutcome::LockedOut ||
             outcome == AuthOutcome::Paused || outcome == AuthOutcome::Busy) &&
            refused) {
            if (lockedBeforeItsCheck)
                refused->note(client.toString(), 0, RefusedLoginReason::LockedOut, nowMs());
            else if (const auto reason = RefusedLogins::reasonOf(decision.reason))
                refused->note(client.toString(), decision.agentId, *reason, nowMs());
        }
        QMetaObject::invokeMethod(
            worker,
            [worker, id, outcome, decision] {
                worker->deliverAuthResult(id, outcome, decision.agentId, decision.agentName,
                                          decision.credentialId);
            },
            Qt::QueuedConnection);
    };
    // The fast path (docs/security.md, "The verified-credential cache"): a pair verified within
    // auth.cache_ttl is decided here, with the lockout, revocation, agent and allowlist checked as always;
    // anything else waits for a full Argon2id verification.
    if (cache && cache->isEnabled() && !throttle->isLockedOut(client, nowMs())) {
        if (auto hit = AgentDirectory(dataDir).authenticateCached(user, password, client, *cache)) {
            AuthDecision decision;
            const AuthOutcome outcome = decideAuth(
                dataDir, throttle, client, user, [&hit] { return *hit; }, &decision, m_env.lockoutStarted, id,
                repeatedPair);
            logAuth(id, client, outcome, decision);
            return answer(outcome, decision);
        }
    }
    // Bounded: one address cannot queue password checks without limit (each costs an Argon2id hash).
    // Listed with the refused logins (an outside tester's burst of 30 submissions lost 5 to 454 with no
    // trace in the window).
    if (!throttle->beginAttempt(client)) {
        AuthDecision busy;
        busy.reason = QStringLiteral("too many checks in flight");
        logAuth(id, client, AuthOutcome::Busy, busy);
        return answer(AuthOutcome::Busy, busy);
    }
    m_authAbandoned = std::make_shared<std::atomic_bool>(false);
    m_env.verifier->submit(AuthThrottle::keyOf(client), [dataDir, client, throttle, cache, user, password,
                                                         answer, lockoutStarted = m_env.lockoutStarted, id,
                                                         repeatedPair, abandoned = m_authAbandoned] {
        if (abandoned->load()) {
            throttle->endAttempt(client);
            qCInfo(lcAuth) << LogLine("auth_abandoned")
                                  .add("session", id)
                                  .add("client", client.toString())
                                  .add("reason", "client left before its password was checked");
            return;
        }
        AuthDecision decision;
        const auto check = [&] {
            // A check of the same pair queued before this one may have verified it meanwhile (a burst of
            // logins of one program): decided from the cache, without a second Argon2id.
            if (cache && cache->isEnabled())
                if (auto hit = AgentDirectory(dataDir).authenticateCached(user, password, client, *cache))
                    return *hit;
            return AgentDirectory(dataDir).authenticate(user, password, client, cache);
        };
        const AuthOutcome outcome =
            decideAuth(dataDir, throttle, client, user, check, &decision, lockoutStarted, id, repeatedPair);
        throttle->endAttempt(client);
        logAuth(id, client, outcome, decision);
        answer(outcome, decision);
    });
}

void SubmissionSession::authRefusedUnchecked(const QByteArray& reason)
{
    // Counted and logged as a failed AUTH, so that the lockout and fail2ban see every attempt.
    const QHostAddress client = m_socket->peer().address;
    AuthDecision decision;
    const AuthOutcome outcome = decideAuth(
        m_env.dataDir, m_env.throttle, client, QString(),
        [&reason] {
            AuthDecision refused;
            refused.reason = QString::fromUtf8(reason);
            return refused;
        },
        &decision, m_env.lockoutStarted, m_id);
    logAuth(m_id, client, outcome, decision);
    // Counted toward a lockout, so listed with the refusals too (an outside tester's lockout of five had no
    // refusal listed).
    if (m_env.refusedLogins && (outcome == AuthOutcome::Rejected || outcome == AuthOutcome::LockedOut))
        if (const auto why = RefusedLogins::reasonOf(decision.reason))
            m_env.refusedLogins->note(client.toString(), 0, *why, nowMs());
}

void SubmissionSession::authRefusedLockedOut()
{
    // Each try during a lockout, logged and counted: an outside tester's guessing went on for a minute after
    // the lockout began, and neither the window nor the log showed one more attempt.
    const QHostAddress client = m_socket->peer().address;
    AuthDecision decision; // no reason: not the attempt that started the lockout
    logAuth(m_id, client, AuthOutcome::LockedOut, decision);
    if (m_env.refusedLogins)
        m_env.refusedLogins->note(client.toString(), 0, RefusedLoginReason::LockedOut, nowMs());
}

void SubmissionSession::onAuthResult(AuthOutcome outcome, qint64 agentId, const QString& agentName,
                                     qint64 credentialId)
{
    if (outcome == AuthOutcome::Accepted)
        m_credentialId = credentialId;
    if (outcome == AuthOutcome::Rejected || outcome == AuthOutcome::Paused) // smtplib tries LOGIN after PLAIN
        m_refusedPair = std::exchange(m_checkingPair, std::nullopt);
    else if (outcome != AuthOutcome::Busy && outcome != AuthOutcome::Unavailable)
        m_refusedPair.reset();
    m_protocol->authFinished(outcome, agentId, agentName);
    publish();
}

void SubmissionSession::recheckAccess(const AgentDirectory& directory)
{
    if (m_ended || !m_protocol || !m_protocol->hasAccess())
        return;
    const QHostAddress client = m_socket->peer().address;
    bool admitted = false;
    if (m_credentialId != 0) {
        admitted = directory.credentialStillAdmits(m_credentialId, client);
    } else if (m_trustedAgentId != 0) {
        const auto agent = directory.trustedDeviceAgent(client);
        admitted = agent && agent->id == m_trustedAgentId;
    }
    if (!admitted)
        m_protocol->accessWithdrawn();
}

void SubmissionSession::commitMessage(const SubmittedMessage& message)
{
    publish();
    m_awaitingCommit = true;
    m_committing = {message.queueId, message.agentName, message.content.size(),
                    static_cast<int>(message.recipients.size()), message.agentId};
    QPointer<SessionWorker> worker = m_worker;
    const quint64 id = m_id;
    const auto committed = m_env.messageCommitted;
    // docs/operations.md, "DKIM": stored as accepted (with the Message-ID: and Date: that submission adds,
    // RFC 6409 8); delivery signs it when it first hands it out, so that no signature costs the accept path.
    auto done = [worker, id, committed, queueId = message.queueId,
                 agentId = message.agentId](CommitFailure failure) {
        if (failure == CommitFailure::None && committed)
            committed();
        QMetaObject::invokeMethod(
            worker,
            [worker, id, failure, queueId, agentId] {
                worker->deliverCommitResult(id, failure, queueId, agentId);
            },
            Qt::QueuedConnection);
    };
    m_env.spool->commit(message, listenerName(m_kind), m_socket->peer().address.toString(), done);
}

QString SubmissionSession::newQueueId()
{
    return generateQueueId();
}

QByteArray SubmissionSession::traceDate()
{
    return TraceDate::now();
}

std::shared_ptr<const SenderRules> SubmissionSession::senderRules(qint64 agentId)
{
    return m_env.senderRules->lookup(agentId);
}

std::optional<qint64> SubmissionSession::storeRoom()
{
    // The SQLite store writes into the data directory; a PostgreSQL one on its server's disk.
    if (!m_env.localStore)
        return std::nullopt;
    return DiskSpace::available(m_env.dataDir);
}

SendingAdmission SubmissionSession::admitSending(qint64 agentId)
{
    if (!m_env.sendingLimits)
        return {};
    return logLimitRefusal(m_env.sendingLimits->admit(agentId), agentId, "mail");
}

SendingAdmission SubmissionSession::reserveSending(qint64 agentId)
{
    if (!m_env.sendingLimits)
        return {};
    return logLimitRefusal(m_env.sendingLimits->reserve(agentId), agentId, "end of data");
}

SendingAdmission SubmissionSession::logLimitRefusal(SendingAdmission admission, qint64 agentId,
                                                    const char* at) const
{
    if (!admission.refusal)
        return admission;
    if (m_env.limitRefusals)
        m_env.limitRefusals->note(agentId, nowMs());
    qCInfo(lcSmtp) << LogLine("sending_limit_reached")
                          .add("session", m_id)
                          .add("agent", m_protocol->agentName())
                          .add("client", m_info.client)
                          .add("window", sendingWindowName(admission.refusal->window))
                          .add("sent", admission.refusal->sent)
                          .add("limit", admission.refusal->limit)
                          .add("at", at);
    return admission;
}

void SubmissionSession::onCommitResult(CommitFailure failure)
{
    const SessionSocket::FlushAtEnd flushAtEnd(m_socket);
    m_awaitingCommit = false;
    if (failure == CommitFailure::None) {
        qCInfo(lcSmtp) << LogLine("message_accepted")
                              .add("session", m_id)
                              .add("queue_id", m_committing.queueId)
                              .add("agent", m_committing.agent)
                              .add("client", m_info.client)
                              .add("listener", m_info.listener)
                              .add("size", m_committing.size)
                              .add("recipients", m_committing.recipients);
    } else {
        qCWarning(lcQueue) << LogLine("message_not_queued")
                                  .add("session", m_id)
                                  .add("queue_id", m_committing.queueId)
                                  .add("client", m_info.client)
                                  .add("reason", failure == CommitFailure::StorageFull ? "storage full"
                                                 : failure == CommitFailure::StoreUnavailable
                                                     ? "store unavailable"
                                                 // An outside tester's sqlite3 shell held the lock; the line
                                                 // said "local error", and the cause was in other lines only.
                                                 : failure == CommitFailure::StoreLocked
                                                     ? "the store is locked by another program"
                                                     : "local error");
    }
    m_protocol->commitFinished(failure); // its reply, and the replies to what was pipelined behind the dot
    if (m_clientDone && !m_closing && !m_ended)
        startClosing(); // the client sends nothing more: close once it has what it was sent
    else
        m_socket->flush();
    publish();
}

void SubmissionSession::stateChanged()
{
    publish();
}

void SubmissionSession::disconnectByAdministrator()
{
    if (m_ended || m_closing)
        return;
    // During a handshake nothing can be written to the client, as with a timeout.
    if (m_handshaking)
        return abort();
    m_protocol->closedByAdministrator();
}

void SubmissionSession::shutDown()
{
    if (!m_ended && !m_closing && !m_handshaking)
        m_protocol->shuttingDown(); // the reply and a close that sends what the kernel takes now
    abort();
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
    if (m_socket->isOpen() && !m_closing) {
        m_closing = true;
        m_socket->abort();
    }
    m_ended = true;
    if (m_protocol)
        if (const QString errors =
                ConnectionFailure::protocolErrors(m_protocol->errorTally(), m_protocol->messagesAccepted());
            !errors.isEmpty())
            recordConnectionFailure(ConnectionFailure::protocolCommand, errors);
    if (m_authAbandoned)
        m_authAbandoned->store(true);
    for (QTimer* timer : {&m_idleTimer, &m_sessionTimer, &m_handshakeTimer, &m_closeTimer})
        timer->stop();
    publish();
    qCDebug(lcSmtp) << LogLine("session_ended")
                           .add("session", m_id)
                           .add("client", m_info.client)
                           .add("agent", m_info.agent)
                           .add("messages", m_info.messages)
                           .add("bytes_in", m_info.bytesIn)
                           .add("bytes_out", m_info.bytesOut)
                           .add("duration_ms", nowMs() - m_info.startedMs);
    m_env.registry->end(m_id, nowMs());
    Q_EMIT finished(m_id);
}

} // namespace RelayDesk
