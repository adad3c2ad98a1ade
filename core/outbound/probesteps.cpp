#include "core/outbound/probesteps.h"

#include <QLocale>

namespace RelayDesk {

namespace {

QString replyText(const SmtpReply& reply)
{
    return QString::fromUtf8(reply.summary());
}

/// The extensions an EHLO reply offers (every line after the first).
QStringList extensionsOf(const SmtpReply& reply)
{
    QStringList extensions;
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        // Postfix's smtp-sink ends its EHLO reply with an empty "250 " line: no extension.
        if (!reply.lines[i].trimmed().isEmpty())
            extensions << QString::fromUtf8(reply.lines[i]);
    }
    return extensions;
}

} // namespace

ProbeSteps::ProbeSteps(Setup setup) : m_setup(std::move(setup)) {}

void ProbeSteps::add(ProbeStep step)
{
    m_steps.append(std::move(step));
}

void ProbeSteps::addStep(ProbeStep::Kind kind, RoadSign sign, const QString& summary,
                         const QStringList& details)
{
    m_steps.append({kind, sign, ProbeStep::kindTitle(kind), summary, details, {}});
}

void ProbeSteps::connected(const QString& where)
{
    if (m_stage != Stage::Connect)
        return;
    addStep(ProbeStep::Kind::Connect, RoadSign::Green, tr("Connected to %1").arg(where));
    m_stage = Stage::Greeting;
}

void ProbeSteps::encrypted(const QString& version, const QString& cipher,
                           const PeerCertificateInfo& certificate)
{
    m_encrypted = true;
    m_startTlsDone = !m_setup.implicitTls;
    m_tlsReported = true;
    const QString how = m_setup.implicitTls ? tr("TLS from the first byte (RFC 8314): %1, %2")
                                            : tr("STARTTLS (RFC 3207): %1, %2");
    addStep(ProbeStep::Kind::Tls, RoadSign::Green, how.arg(version, cipher));
    m_steps.append(certificateStep(certificate, m_setup.host, m_setup.tls, m_setup.credentials));
}

QString ProbeSteps::certificateAdvice(const PeerCertificateInfo& info)
{
    // The first problem that has a remedy of its own; a certificate can have several.
    using Problem = PeerVerdict::Problem;
    for (const Problem kind : info.kinds) {
        switch (kind) {
        case Problem::Untrusted:
            return tr("If this is the server you mean, trust it: give the CA certificate that issued it as "
                      "the CA file, or pin this certificate by its SHA-256 fingerprint (above). Ask its "
                      "operator for either rather than taking them from this connection.");
        case Problem::NameMismatch:
            return tr("Use a host name the certificate is for (%1), or pin this certificate by its SHA-256 "
                      "fingerprint (above).")
                .arg(info.alternativeNames.isEmpty() ? tr("it names none")
                                                     : info.alternativeNames.join(QStringLiteral(", ")));
        case Problem::OutOfDate:
            return tr("The certificate is outside its dates (above): ask the server's operator to renew it, "
                      "and check this computer's clock.");
        case Problem::PinMismatch:
            return tr("The server presents another certificate than the pinned one. If its operator confirms "
                      "the new fingerprint (above), pin that one.");
        case Problem::CaFile:
            return tr("Check the CA file: the relay must be able to read it, and it must hold PEM "
                      "certificates.");
        case Problem::Other:
            break;
        }
    }
    return {};
}

ProbeStep ProbeSteps::certificateStep(const PeerCertificateInfo& info, const QString& host, TlsPolicy policy,
                                      bool credentials)
{
    ProbeStep step{ProbeStep::Kind::Certificate,
                   RoadSign::Green,
                   ProbeStep::kindTitle(ProbeStep::Kind::Certificate),
                   {},
                   {},
                   {}};
    const QLocale c = QLocale::c();
    step.details << tr("Subject: %1").arg(info.subject) << tr("Issuer: %1").arg(info.issuer)
                 << tr("Names: %1")
                        .arg(info.alternativeNames.isEmpty()
                                 ? tr("(none)")
                                 : info.alternativeNames.join(QStringLiteral(", ")))
                 << tr("Valid from %1 until %2")
                        .arg(c.toString(info.notBefore.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                             c.toString(info.notAfter.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
                 << tr("SHA-256: %1").arg(info.sha256);
    if (!info.chain.isEmpty())
        step.details << tr("Chain presented by the server:") << info.chain;
    if (!info.checkedAgainst.isEmpty())
        step.details << tr("Checked against: %1").arg(info.checkedAgainst);
    if (info.verified) {
        step.summary = tr("Verifies for %1").arg(host);
        return step;
    }
    const QString problems =
        (info.shownProblems.isEmpty() ? info.problems : info.shownProblems)
            .join(
                tr("; ", "between the items of a list; French writes a no-break space before the semicolon"));
    if (policy == TlsPolicy::Verify) {
        step.sign = RoadSign::Red;
        step.summary =
            tr("Does not verify for %1: %2. A verified certificate is required, so delivery is "
               "deferred (4.7.5)%3.")
                .arg(host, problems, credentials ? tr(" and the password is not sent") : QString());
        step.advice = certificateAdvice(info);
        return step;
    }
    // RFC 7435: opportunistic and "required" TLS accept any certificate; the mail is encrypted, but the
    // server is not authenticated.
    step.sign = RoadSign::Yellow;
    step.summary = tr("Does not verify for %1: %2. Accepted: the TLS policy takes any certificate, so the "
                      "mail is encrypted but the server is not authenticated.")
                       .arg(host, problems);
    if (credentials)
        step.summary += QLatin1Char(' ') + tr("The password goes to a server whose identity is not proven.");
    return step;
}

ProbeSteps::Stage ProbeSteps::stageOf(State state) const
{
    switch (state) {
    case State::Greeting:
        return Stage::Greeting;
    case State::Ehlo:
    case State::Helo:
        return m_startTlsDone ? Stage::EhloAgain : Stage::Ehlo;
    case State::StartTls:
    case State::TlsHandshake:
        return Stage::Tls;
    case State::Auth:
    case State::AuthLoginUser:
    case State::AuthLoginPassword:
        return Stage::Auth;
    case State::Quit:
        return Stage::Quit;
    case State::Closed:
        return Stage::Done;
    case State::Ready:
    case State::Rset:
    case State::MailFrom:
    case State::RcptTo:
    case State::Data:
    case State::Content:
        break;
    }
    return Stage::Ready;
}

void ProbeSteps::progressed(State now, const SmtpReply& reply)
{
    if (m_stage == Stage::Done)
        return;
    if (now == State::Helo && !m_ehloRefused) // RFC 5321 4.1.4: EHLO refused, HELO follows
        m_ehloRefused = reply;
    const Stage next = stageOf(now);
    if (next > m_stage)
        advanceTo(next, reply);
}

void ProbeSteps::advanceTo(Stage next, const SmtpReply& reply)
{
    complete(m_stage, reply); // the reply ended the stage that was waiting for it
    for (int stage = static_cast<int>(m_stage) + 1; stage < static_cast<int>(next); ++stage)
        skip(static_cast<Stage>(stage));
    m_stage = next;
}

void ProbeSteps::addEhlo(bool again, const SmtpReply& reply)
{
    const QStringList extensions = extensionsOf(reply);
    if (!again) {
        m_startTlsOffered = std::any_of(extensions.cbegin(), extensions.cend(), [](const QString& line) {
            return line.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0;
        });
    }
    QStringList details;
    if (!extensions.isEmpty())
        details << tr("Extensions: %1").arg(extensions.join(QStringLiteral(", ")));
    if (m_ehloRefused && !again) {
        addStep(
            ProbeStep::Kind::Ehlo, RoadSign::Yellow,
            tr("The server refused EHLO (%1); HELO was accepted, so it offers no extensions (no STARTTLS, "
               "no AUTH, no SIZE)")
                .arg(replyText(*m_ehloRefused)),
            details);
        return;
    }
    ProbeStep step{ProbeStep::Kind::Ehlo,
                   RoadSign::Green,
                   again ? tr("EHLO after STARTTLS") : ProbeStep::kindTitle(ProbeStep::Kind::Ehlo),
                   replyText(reply),
                   details,
                   {}};
    m_steps.append(step);
}

void ProbeSteps::complete(Stage stage, const SmtpReply& reply)
{
    switch (stage) {
    case Stage::Greeting:
        addStep(ProbeStep::Kind::Greeting, RoadSign::Green, replyText(reply));
        return;
    case Stage::Ehlo:
    case Stage::EhloAgain:
        addEhlo(stage == Stage::EhloAgain, reply);
        return;
    case Stage::Tls:
        if (!m_tlsReported) { // opportunistic: the server said no to STARTTLS, delivery goes on in plaintext
            m_tlsReported = true;
            addStep(
                ProbeStep::Kind::Tls, RoadSign::Yellow,
                tr("The server refused STARTTLS (%1): mail to it goes unencrypted").arg(replyText(reply)));
        }
        return;
    case Stage::Auth:
        addStep(ProbeStep::Kind::Auth, RoadSign::Green, tr("Accepted: %1").arg(replyText(reply)));
        return;
    case Stage::Connect:
    case Stage::Ready:
    case Stage::Quit:
    case Stage::Done:
        return;
    }
}

void ProbeSteps::skip(Stage stage)
{
    if (stage == Stage::Tls && !m_tlsReported) {
        m_tlsReported = true;
        if (m_setup.tls == TlsPolicy::None) {
            addStep(
                ProbeStep::Kind::Tls, RoadSign::Green,
                m_startTlsOffered
                    ? tr("Not used: this destination is set to no encryption (the server offers STARTTLS)")
                    : tr("Not used: this destination is set to no encryption"));
            return;
        }
        addStep(ProbeStep::Kind::Tls, RoadSign::Yellow,
                tr("The server does not offer STARTTLS: mail to it goes unencrypted"));
        return;
    }
    if (stage == Stage::Auth && !m_setup.credentials && m_setup.reportAuth)
        addStep(ProbeStep::Kind::Auth, RoadSign::Green, tr("Not used: no user name is set"));
}

void ProbeSteps::triesNextHost(const SmtpReply& reason, const QString& next)
{
    addStep(
        ProbeStep::Kind::Connect, RoadSign::Yellow,
        tr("%1. Delivery tries the next MX host, %2, and so does this test.").arg(replyText(reason), next));
}

void ProbeSteps::failed(State in, const SmtpReply& reason, const SmtpReply& lastReply,
                        const std::optional<PeerCertificateInfo>& certificate)
{
    if (m_stage == Stage::Done)
        return;
    const QString why = replyText(reason);
    if (m_stage == Stage::Connect) {
        addStep(ProbeStep::Kind::Connect, RoadSign::Red, why);
        m_stage = Stage::Done;
        return;
    }
    const bool beforeHandshake = m_setup.implicitTls && !m_encrypted; // nothing else can break then
    const bool tlsBroke = reason.enhanced.startsWith("4.7.5") || beforeHandshake;
    const Stage stage = beforeHandshake ? Stage::Tls : in == State::Closed ? m_stage : stageOf(in);
    if (stage > m_stage && !beforeHandshake) // the last reply was good; the client stopped at the next step
        advanceTo(stage, lastReply);
    m_stage = Stage::Done;
    switch (stage) {
    case Stage::Connect:
    case Stage::Greeting:
        addStep(ProbeStep::Kind::Greeting, RoadSign::Red, tr("No usable greeting: %1").arg(why));
        return;
    case Stage::Ehlo:
    case Stage::EhloAgain:
        addStep(ProbeStep::Kind::Ehlo, RoadSign::Red, why);
        return;
    case Stage::Tls: {
        // RFC 7435: under an opportunistic policy delivery tries the same address once more without TLS.
        const bool fallsBack = tlsBroke && m_setup.tls == TlsPolicy::Opportunistic && !m_setup.implicitTls;
        addStep(ProbeStep::Kind::Tls, fallsBack ? RoadSign::Yellow : RoadSign::Red,
                fallsBack ? tr("%1. Delivery then tries this server once more without TLS.").arg(why) : why);
        m_tlsReported = true;
        if (certificate)
            m_steps.append(certificateStep(*certificate, m_setup.host, m_setup.tls, m_setup.credentials));
        return;
    }
    case Stage::Auth:
        addStep(ProbeStep::Kind::Auth, RoadSign::Red, why);
        return;
    case Stage::Ready:
    case Stage::Quit:
    case Stage::Done:
        addStep(ProbeStep::Kind::Quit, RoadSign::Yellow, why);
        return;
    }
}

void ProbeSteps::recipient(const QString& domain, const QByteArray& address, const SmtpReply& reply)
{
    if (m_stage == Stage::Done)
        return;
    const QString asked = tr("Asked: MAIL FROM:<> and RCPT TO:<%1>").arg(QString::fromUtf8(address));
    ProbeStep step{ProbeStep::Kind::Recipient,
                   RoadSign::Green,
                   ProbeStep::kindTitle(ProbeStep::Kind::Recipient),
                   {},
                   {asked},
                   {}};
    if (reply.isPositive()) {
        step.summary =
            tr("The server takes mail for %1: %2 (no message was sent)").arg(domain, replyText(reply));
    } else if (reply.code == 530) { // RFC 4954 6: authentication required
        step.sign = RoadSign::Red;
        step.summary = tr("The server wants a login before it takes mail: %1").arg(replyText(reply));
        step.advice = tr("Mail to a route or to an MX is sent without a login, so it would wait here and be "
                         "retried until it expires. Send %1 through the smarthost (it logs in with its user "
                         "name and password), or have this server accept mail from this relay's address.")
                          .arg(domain);
    } else if (reply.isTransient()) {
        step.sign = RoadSign::Yellow;
        step.summary = tr("The server puts mail for %1 off for now: %2").arg(domain, replyText(reply));
        step.advice = tr("Mail would wait and be tried again (a server that greylists answers this way the "
                         "first time). If it says so again later, ask the server's administrator.");
    } else {
        step.sign = RoadSign::Red;
        step.summary = tr("The server refuses mail for %1: %2").arg(domain, replyText(reply));
        step.advice = tr("Mail sent this way would bounce. Check that this server receives mail for %1 and "
                         "that it accepts mail from this relay's address.")
                          .arg(domain);
    }
    m_steps.append(step);
}

void ProbeSteps::closed(bool answered, const SmtpReply& reply)
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    if (answered)
        addStep(ProbeStep::Kind::Quit, RoadSign::Green, replyText(reply));
    else
        addStep(ProbeStep::Kind::Quit, RoadSign::Yellow,
                tr("The server closed the connection without a reply"));
}

void ProbeSteps::cancelled()
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    addStep(ProbeStep::Kind::Cancelled, RoadSign::Yellow, tr("Stopped before the test was complete"));
}

} // namespace RelayDesk
