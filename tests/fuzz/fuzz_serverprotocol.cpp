// libFuzzer target: the whole server state machine (SmtpServerProtocol) fed arbitrary client bytes,
// including AUTH PLAIN / LOGIN decoding, DATA and pipelining, through a fake endpoint.
#include "core/smtp/smtpserverprotocol.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QHostAddress>

using namespace RelayDesk;
using namespace RelayDesk::Fuzz;

namespace {

constexpr int kMaxRecipients = 5;
constexpr qint64 kMaxSize = 4000;

/// Answers the protocol's requests after each read, as the session adapter does with queued calls,
/// and checks every reply and request against the protocol's contracts.
class FuzzEndpoint final : public SmtpServerEndpoint
{
public:
    void sendReply(const SmtpReply& reply) override
    {
        FUZZ_CHECK(!closed); // nothing is said after a closing reply
        FUZZ_CHECK(reply.code >= 200 && reply.code <= 599);
        const char cls = char('0' + reply.code / 100);
        FUZZ_CHECK(reply.enhanced.isEmpty() || (reply.enhanced.size() >= 5 && reply.enhanced[0] == cls));
        const QByteArray wire = reply.toWire();
        FUZZ_CHECK(wire.endsWith("\r\n"));
        FUZZ_CHECK(wire.count('\r') == wire.count("\r\n") && wire.count('\n') == wire.count("\r\n"));
        for (const QByteArray& line : wire.split('\n'))
            FUZZ_CHECK(line.size() <= 512); // RFC 5321 4.5.3.1.5
        if (reply.code != 334 && reply.code != 354)
            ++finalReplies;
        closed = reply.closeAfter;
    }
    void startTls() override
    {
        FUZZ_CHECK(!protocol->isTls());
        tlsRequested = true;
    }
    qint64 authLockoutMsLeft() override { return lockedOut ? 61'000 : 0; }
    void verifyCredentials(const QByteArray& username, const QByteArray& password) override
    {
        // docs/architecture.md, "no open relay": AUTH only over TLS and never on the LAN listener.
        FUZZ_CHECK(protocol->isTls() && kind != ListenerKind::Lan);
        FUZZ_CHECK(!pendingAuth);
        pendingAuth = true;
        accept = username == "user" && password == "secret";
    }
    void commitMessage(const SubmittedMessage& message) override
    {
        FUZZ_CHECK(authenticated || trusted); // docs/architecture.md, "no open relay": no open relay
        FUZZ_CHECK(!pendingCommit);
        FUZZ_CHECK(!message.recipients.isEmpty() && message.recipients.size() <= kMaxRecipients);
        // docs/protocols.md, "Sender domains": only an allowed envelope sender gets this far.
        FUZZ_CHECK(rules->allows(message.sender));
        // The Received:, Message-ID: and Date: fields are the only additions.
        FUZZ_CHECK(message.content.size() <= kMaxSize + 1024);
        FUZZ_CHECK(message.content.endsWith("\r\n") || message.content.isEmpty());
        pendingCommit = true;
    }
    QString newQueueId() override { return QStringLiteral("q%1").arg(++queueIds, 15, 10, QLatin1Char('0')); }
    QByteArray traceDate() override { return "01 Jan 2026 00:00:00 +0000"; }
    std::shared_ptr<const SenderRules> senderRules(qint64) override { return rules; }

    /// Completes what the protocol asked for; returns false when nothing was pending.
    bool answer(CommitFailure failure)
    {
        if (tlsRequested) {
            tlsRequested = false;
            authenticated = false; // RFC 3207 4.2: the session starts over
            protocol->tlsStarted(QStringLiteral("TLSv1.3"), QStringLiteral("TLS_AES_128_GCM_SHA256"));
            return true;
        }
        if (pendingAuth) {
            pendingAuth = false;
            authenticated = accept;
            protocol->authFinished(accept ? AuthOutcome::Accepted : AuthOutcome::Rejected, 7,
                                   QStringLiteral("Agent"));
            return true;
        }
        if (pendingCommit) {
            pendingCommit = false;
            protocol->commitFinished(failure);
            return true;
        }
        return false;
    }

    SmtpServerProtocol* protocol = nullptr;
    ListenerKind kind = ListenerKind::Submission;
    int finalReplies = 0;
    int queueIds = 0;
    bool closed = false;
    bool lockedOut = false;
    bool tlsRequested = false;
    bool pendingAuth = false;
    bool accept = false;
    bool authenticated = false;
    bool trusted = false;
    bool pendingCommit = false;
    std::shared_ptr<const SenderRules> rules = std::make_shared<const SenderRules>(SenderRules::anyone());
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    // Byte 0 sets the scene: listener, TLS from the start, sender domains, trusted device, lock-out, commit
    // outcome.
    const uint8_t scene = data[0];
    const FuzzChunks chunks(data + 1, size - 1);

    FuzzEndpoint endpoint;
    endpoint.kind = (scene & 3) == 1   ? ListenerKind::Smtps
                    : (scene & 3) == 2 ? ListenerKind::Lan
                                       : ListenerKind::Submission;
    endpoint.lockedOut = scene & 0x10;
    if (scene & 8) {
        SenderRules restricted;
        restricted.domains = {QStringLiteral("b.test")};
        restricted.addresses = {QStringLiteral("x@y.test")};
        endpoint.rules = std::make_shared<const SenderRules>(restricted);
    }
    const CommitFailure failure = (scene & 0x60) == 0x20   ? CommitFailure::StorageFull
                                  : (scene & 0x60) == 0x40 ? CommitFailure::LocalError
                                                           : CommitFailure::None;
    SessionPolicy policy;
    policy.kind = endpoint.kind;
    policy.hostname = "relay.fuzz";
    policy.maxMessageSize = kMaxSize;
    policy.maxRecipients = kMaxRecipients;
    policy.maxPipelinedBytes = 2048;
    SmtpServerProtocol protocol(endpoint, policy,
                                SessionPeer{QHostAddress(QStringLiteral("192.0.2.9")), 41000});
    endpoint.protocol = &protocol;
    if ((scene & 3) == 3 || (endpoint.kind == ListenerKind::Lan && (scene & 0x80))) {
        endpoint.trusted = true;
        protocol.setTrustedAgent(3, QStringLiteral("Printer"));
    }
    if (endpoint.kind == ListenerKind::Smtps || (scene & 4))
        protocol.tlsStarted(QStringLiteral("TLSv1.3"), QStringLiteral("TLS_AES_256_GCM_SHA384"));
    protocol.start();
    FUZZ_CHECK(endpoint.finalReplies == 1);

    for (const QByteArrayView piece : chunks.pieces()) {
        protocol.receive(piece);
        for (int rounds = 0; endpoint.answer(failure); ++rounds)
            FUZZ_CHECK(rounds < 100000);
        if (endpoint.closed)
            FUZZ_CHECK(protocol.state() == SmtpServerProtocol::State::Closed);
    }
    // Every final reply answers a line (command, AUTH response or end of data; a bare LF ends the command
    // line it refuses), bar the greeting, one closing 421 for too much pipelined input and one 500 for an
    // over-long line whose end never came. A message ends with CRLF.CRLF only.
    const qsizetype lines = chunks.bytes().count('\n');
    FUZZ_CHECK(endpoint.finalReplies <= lines + 3);
    FUZZ_CHECK(protocol.messagesAccepted() <= chunks.bytes().count("\r\n"));
    return 0;
}
