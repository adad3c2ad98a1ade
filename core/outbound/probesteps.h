#pragma once

#include "core/outbound/probereport.h"
#include "core/routing/tlspolicy.h"
#include "core/smtp/smtpclientprotocol.h"

#include <QCoreApplication>

#include <optional>

namespace RelayDesk {

/// The step logic of a connection test, without sockets: turns what one outbound connection reports (TCP up,
/// TLS up with its certificate, the SMTP client's state after each reply, the step a failure broke off in,
/// the end of QUIT) into steps with road signs. ConnectionProbe feeds it; unit tests feed it directly.
class ProbeSteps final
{
    Q_DECLARE_TR_FUNCTIONS(ProbeSteps)

public:
    using State = SmtpClientProtocol::State;

    struct Setup
    {
        QString host; ///< the name the certificate must carry
        TlsPolicy tls = TlsPolicy::Opportunistic;
        bool implicitTls = false;
        bool credentials = false; ///< AUTH will be tried
        bool reportAuth = false;  ///< say so when there is no AUTH (a smarthost without a user name)
    };

    explicit ProbeSteps(Setup setup);

    /// The host the certificate must name, once known (an MX host found by the lookup).
    void setHost(const QString& host) { m_setup.host = host; }
    /// A step the caller made itself (name resolution, a refused target).
    void add(ProbeStep step);
    void connected(const QString& where);
    void encrypted(const QString& version, const QString& cipher, const PeerCertificateInfo& certificate);
    /// The client is in state now after reply (Ready once greeting, EHLO, TLS and AUTH are done).
    void progressed(State now, const SmtpReply& reply);
    /// The session broke off in step `in` (SmtpClientProtocol::failedIn()) for reason; lastReply is the last
    /// reply the server sent; certificate is what the server presented, if a handshake got that far.
    void failed(State in, const SmtpReply& reason, const SmtpReply& lastReply,
                const std::optional<PeerCertificateInfo>& certificate);
    /// Whether no connection was made yet (the server did not answer the connect).
    bool connecting() const { return m_stage == Stage::Connect; }
    /// The connection to an MX host failed for reason, and the test goes on to the next one, next, as
    /// delivery does (RFC 5321 5.1): a warning, not the test's end.
    void triesNextHost(const SmtpReply& reason, const QString& next);
    /// The server's answer to MAIL FROM:<> and RCPT TO:<address> (RFC 5321 4.5.1: every domain's server takes
    /// its postmaster), asked for domain: whether mail for it would be taken, put off or refused.
    void recipient(const QString& domain, const QByteArray& address, const SmtpReply& reply);
    /// The connection ended after QUIT; answered: the server replied (reply).
    void closed(bool answered, const SmtpReply& reply);
    void cancelled();

    const QList<ProbeStep>& steps() const { return m_steps; }
    bool isDone() const { return m_stage == Stage::Done; }

    /// The certificate step for info under policy (green verified, yellow accepted anyway, red refused).
    /// What to do about a certificate that does not verify (empty when nothing specific helps).
    static QString certificateAdvice(const PeerCertificateInfo& info);
    static ProbeStep certificateStep(const PeerCertificateInfo& info, const QString& host, TlsPolicy policy,
                                     bool credentials);

private:
    enum class Stage
    {
        Connect,
        Greeting,
        Ehlo,
        Tls,
        EhloAgain,
        Auth,
        Ready,
        Quit,
        Done
    };

    Stage stageOf(State state) const;
    void advanceTo(Stage next, const SmtpReply& reply);
    void complete(Stage stage, const SmtpReply& reply);
    void skip(Stage stage);
    void addStep(ProbeStep::Kind kind, RoadSign sign, const QString& summary,
                 const QStringList& details = {});
    void addEhlo(bool again, const SmtpReply& reply);

    Setup m_setup;
    QList<ProbeStep> m_steps;
    Stage m_stage = Stage::Connect;
    bool m_encrypted = false;
    bool m_startTlsDone = false;
    bool m_tlsReported = false;
    bool m_startTlsOffered = false;
    std::optional<SmtpReply> m_ehloRefused; ///< the server refused EHLO; HELO followed
};

} // namespace RelayDesk
