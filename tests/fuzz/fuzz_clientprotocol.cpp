// libFuzzer target: the outbound SMTP client (SmtpClientProtocol) talking to a hostile or broken server.
#include "core/smtp/smtpclientprotocol.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace RelayDesk;
using namespace RelayDesk::Fuzz;

namespace {

const QByteArray kPassword = "pw-never-in-transcripts";

/// Plays the transport: records commands, completes TLS handshakes and sends jobs when the client is ready.
class FuzzSink final : public SmtpClientSink
{
public:
    void sendToServer(const QByteArray& bytes) override
    {
        FUZZ_CHECK(!failed && !closed);
        FUZZ_CHECK(bytes.endsWith("\r\n"));
        if (bytes.startsWith("AUTH"))
            FUZZ_CHECK(client->tlsActive()); // credentials never travel in plaintext
        if (bytes.startsWith("MAIL FROM") && requireTls)
            FUZZ_CHECK(client->tlsActive()); // TLS policy "required"
        if (bytes.endsWith("\r\n.\r\n"))
            bodySent = true;
    }
    void startTlsHandshake() override
    {
        FUZZ_CHECK(!client->tlsActive());
        handshakePending = true;
    }
    void sessionReady() override { ready = true; }
    void transactionFinished(const QList<SmtpReply>& perRecipient) override
    {
        FUZZ_CHECK(inTransaction);
        inTransaction = false;
        FUZZ_CHECK(perRecipient.size() == recipients);
        for (const SmtpReply& reply : perRecipient) {
            FUZZ_CHECK(reply.code >= 200 && reply.code <= 599);
            // Delivered only when the server took the whole content (RFC 5321 4.1.1.4).
            if (reply.code < 300)
                FUZZ_CHECK(bodySent);
        }
    }
    void sessionFailed(const SmtpReply& reason) override
    {
        FUZZ_CHECK(!inTransaction);
        FUZZ_CHECK(reason.code >= 400 && reason.code <= 599);
        failed = true;
    }
    void closeConnection() override { closed = true; }

    SmtpClientProtocol* client = nullptr;
    bool requireTls = false;
    bool handshakePending = false;
    bool ready = false;
    bool inTransaction = false;
    bool bodySent = false;
    bool failed = false;
    bool closed = false;
    qsizetype recipients = 0;
};

DeliveryJob makeJob(int recipients)
{
    DeliveryJob job;
    job.sender = "app@relay.test";
    job.domain = QStringLiteral("example.org");
    for (int i = 0; i < recipients; ++i) {
        job.recipientIds << i + 1;
        job.recipients << "r" + QByteArray::number(i) + "@example.org";
    }
    job.body = "Subject: hi\r\n\r\n.leading dot\r\nbody\r\n";
    return job;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    // Byte 0: TLS mode, implicit TLS, credentials, recipients per job.
    const uint8_t scene = data[0];
    const FuzzChunks chunks(data + 1, size - 1);
    SmtpClientConfig config;
    config.heloName = "relay.test";
    config.startTls = (scene & 3) == 0   ? StartTlsMode::Never
                      : (scene & 3) == 1 ? StartTlsMode::IfOffered
                                         : StartTlsMode::Required;
    config.tlsActive = scene & 4;
    if (scene & 8) {
        config.username = "agent";
        config.password = kPassword;
    }
    const int recipients = 1 + ((scene >> 4) & 3);

    FuzzSink sink;
    sink.requireTls = config.startTls == StartTlsMode::Required && !config.tlsActive;
    SmtpClientProtocol client(config, &sink);
    sink.client = &client;
    int jobs = 0;
    for (const QByteArrayView piece : chunks.pieces()) {
        client.receive(piece);
        if (sink.handshakePending) {
            sink.handshakePending = false;
            client.tlsEstablished();
        }
        if (sink.ready && !sink.inTransaction && client.state() == SmtpClientProtocol::State::Ready) {
            sink.ready = false;
            if (jobs++ < 3) {
                sink.inTransaction = true;
                sink.bodySent = false;
                sink.recipients = recipients;
                FUZZ_CHECK(client.send(makeJob(recipients)));
            } else {
                client.quit();
            }
        }
        // docs/architecture.md, "secrets stay secret": AUTH data never reaches the transcript, in clear or in
        // base64.
        const QByteArray transcript = client.takeTranscript();
        FUZZ_CHECK(!transcript.contains(kPassword) && !transcript.contains(kPassword.toBase64()));
        FUZZ_CHECK(!transcript.contains(QByteArray(QByteArray("\0agent\0", 7) + kPassword).toBase64()));
    }
    if (client.state() != SmtpClientProtocol::State::Closed) {
        client.connectionLost(SmtpReply::make(421, "4.4.2", "connection lost"));
        FUZZ_CHECK(!sink.inTransaction);
    }
    return 0;
}
