// The step logic of "Test connection" (core/outbound/probesteps.*), fed as OutboundConnection feeds it.
#include "core/outbound/probesteps.h"

#include <QTest>

using namespace RelayDesk;
using State = SmtpClientProtocol::State;
using Kind = ProbeStep::Kind;

namespace {

SmtpReply reply(int code, const QByteArray& text, const QList<QByteArray>& more = {})
{
    SmtpReply r = SmtpReply::make(code, {}, text);
    r.lines += more;
    return r;
}

PeerCertificateInfo certificate(bool verified)
{
    PeerCertificateInfo info;
    info.subject = QStringLiteral("CN=smtp.example.org");
    info.issuer = verified ? QStringLiteral("CN=Example CA") : QStringLiteral("CN=smtp.example.org");
    info.alternativeNames = {QStringLiteral("DNS:smtp.example.org")};
    info.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    info.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    info.sha256 = QStringLiteral("AA:BB");
    info.verified = verified;
    if (!verified)
        info.problems = {QStringLiteral("The certificate is self-signed, and untrusted")};
    return info;
}

/// "kind:sign" for each step, e.g. "connect:green".
QStringList names(std::initializer_list<const char*> words)
{
    QStringList out;
    for (const char* word : words)
        out << QString::fromLatin1(word);
    return out;
}

QStringList shape(const ProbeSteps& steps)
{
    QStringList out;
    for (const ProbeStep& step : steps.steps())
        out << ProbeStep::kindName(step.kind) + QLatin1Char(':') + ReplyCatalog::signName(step.sign);
    return out;
}

const ProbeStep* find(const ProbeSteps& steps, Kind kind)
{
    for (const ProbeStep& step : steps.steps()) {
        if (step.kind == kind)
            return &step;
    }
    return nullptr;
}

ProbeSteps::Setup setup(TlsPolicy tls, bool credentials = false, bool implicitTls = false,
                        bool reportAuth = false)
{
    return {QStringLiteral("smtp.example.org"), tls, implicitTls, credentials, reportAuth};
}

/// Greeting and EHLO, as a server that offers extensions (after connected()).
void greetAndEhlo(ProbeSteps& steps, State after, const QList<QByteArray>& extensions)
{
    steps.progressed(State::Ehlo, reply(220, "smtp.example.org ESMTP"));
    steps.progressed(after, reply(250, "smtp.example.org", extensions));
}

} // namespace

class TestProbeSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plaintextServerUnderOpportunisticTlsIsAWarning()
    {
        ProbeSteps steps(setup(TlsPolicy::Opportunistic));
        steps.connected(QStringLiteral("smtp.example.org[192.0.2.1]:25"));
        greetAndEhlo(steps, State::Ready, {"PIPELINING", "SIZE 1000"});
        steps.progressed(State::Quit, reply(250, "smtp.example.org"));
        steps.closed(true, reply(221, "Bye"));
        QCOMPARE(shape(steps),
                 names({"connect:green", "greeting:green", "ehlo:green", "tls:yellow", "quit:green"}));
        QVERIFY(find(steps, Kind::Tls)->summary.contains(QLatin1String("does not offer STARTTLS")));
        QCOMPARE(find(steps, Kind::Greeting)->summary, QStringLiteral("220 smtp.example.org ESMTP"));
        QCOMPARE(find(steps, Kind::Ehlo)->details, names({"Extensions: PIPELINING, SIZE 1000"}));
        QCOMPARE(find(steps, Kind::Quit)->summary, QStringLiteral("221 Bye"));
        QVERIFY(steps.isDone());
    }

    void noEncryptionPolicyIsNotAWarning()
    {
        ProbeSteps steps(setup(TlsPolicy::None));
        steps.connected(QStringLiteral("x"));
        greetAndEhlo(steps, State::Ready, {"STARTTLS"});
        QCOMPARE(find(steps, Kind::Tls)->sign, RoadSign::Green);
        QVERIFY(find(steps, Kind::Tls)->summary.contains(QLatin1String("offers STARTTLS")));
    }

    void startTlsWithAVerifiedCertificateAndAuthIsAllGreen()
    {
        ProbeSteps steps(setup(TlsPolicy::Required, true, false, true));
        steps.connected(QStringLiteral("x"));
        greetAndEhlo(steps, State::StartTls, {"STARTTLS", "AUTH PLAIN LOGIN"});
        steps.progressed(State::TlsHandshake, reply(220, "Ready to start TLS"));
        steps.encrypted(QStringLiteral("TLSv1.3"), QStringLiteral("TLS_AES_256_GCM_SHA384"),
                        certificate(true));
        steps.progressed(State::Ehlo, reply(220, "Ready to start TLS"));
        steps.progressed(State::Auth, reply(250, "smtp.example.org", {"AUTH PLAIN LOGIN"}));
        steps.progressed(State::Ready, reply(235, "Authentication successful"));
        steps.progressed(State::Quit, reply(235, "Authentication successful"));
        steps.closed(true, reply(221, "Bye"));
        QCOMPARE(shape(steps), names({"connect:green", "greeting:green", "ehlo:green", "tls:green",
                                      "certificate:green", "ehlo:green", "auth:green", "quit:green"}));
        QCOMPARE(steps.steps().at(5).title, QStringLiteral("EHLO after STARTTLS"));
        QVERIFY(find(steps, Kind::Tls)->summary.contains(QLatin1String("TLSv1.3")));
        QCOMPARE(find(steps, Kind::Auth)->summary, QStringLiteral("Accepted: 235 Authentication successful"));
        const ProbeStep* cert = find(steps, Kind::Certificate);
        QVERIFY(cert->summary.contains(QLatin1String("Verifies for smtp.example.org")));
        QVERIFY(cert->details.contains(QStringLiteral("Subject: CN=smtp.example.org")));
        QVERIFY(cert->details.contains(QStringLiteral("Names: DNS:smtp.example.org")));
        QVERIFY(cert->details.contains(
            QStringLiteral("Valid from 2026-01-01 00:00 UTC until 2027-01-01 00:00 UTC")));
    }

    void unverifiedCertificateIsYellowUnlessThePolicyDemandsVerification()
    {
        ProbeSteps steps(setup(TlsPolicy::Required, true));
        steps.connected(QStringLiteral("x"));
        greetAndEhlo(steps, State::StartTls, {"STARTTLS"});
        steps.progressed(State::TlsHandshake, reply(220, "go"));
        steps.encrypted(QStringLiteral("TLSv1.3"), QStringLiteral("c"), certificate(false));
        const ProbeStep* cert = find(steps, Kind::Certificate);
        QCOMPARE(cert->sign, RoadSign::Yellow);
        QVERIFY(cert->summary.contains(QLatin1String("self-signed")));
        QVERIFY(cert->summary.contains(QLatin1String("password"))); // credentials go to an unproven server

        ProbeSteps verify(setup(TlsPolicy::Verify));
        verify.connected(QStringLiteral("x"));
        greetAndEhlo(verify, State::StartTls, {"STARTTLS"});
        verify.progressed(State::TlsHandshake, reply(220, "go"));
        verify.failed(State::TlsHandshake,
                      SmtpReply::make(421, "4.7.5", "Certificate of x failed verification: self-signed"),
                      reply(220, "go"), certificate(false));
        QCOMPARE(shape(verify),
                 names({"connect:green", "greeting:green", "ehlo:green", "tls:red", "certificate:red"}));
    }

    void refusedCredentialsAreRedWithTheServersReply()
    {
        ProbeSteps steps(setup(TlsPolicy::Required, true));
        steps.connected(QStringLiteral("x"));
        greetAndEhlo(steps, State::StartTls, {"STARTTLS", "AUTH PLAIN"});
        steps.progressed(State::TlsHandshake, reply(220, "go"));
        steps.encrypted(QStringLiteral("TLSv1.3"), QStringLiteral("c"), certificate(true));
        steps.progressed(State::Ehlo, reply(220, "go"));
        steps.progressed(State::Auth, reply(250, "x", {"AUTH PLAIN"}));
        steps.failed(
            State::Auth,
            SmtpReply::make(451, "4.7.8",
                            "Authentication at the smarthost failed: 535 5.7.8 Authentication failed"),
            reply(535, "5.7.8 Authentication failed"), std::nullopt);
        const ProbeStep* auth = find(steps, Kind::Auth);
        QCOMPARE(auth->sign, RoadSign::Red);
        QVERIFY(auth->summary.contains(QLatin1String("535 5.7.8 Authentication failed")));
        QVERIFY(steps.isDone());
        steps.closed(false, {}); // nothing after a failure
        QCOMPARE(steps.steps().last().kind, Kind::Auth);
    }

    void requiredTlsThatIsNotOfferedFailsTheTlsStepNotEhlo()
    {
        ProbeSteps steps(setup(TlsPolicy::Required));
        steps.connected(QStringLiteral("x"));
        steps.progressed(State::Ehlo, reply(220, "hi"));
        steps.failed(State::StartTls,
                     SmtpReply::make(451, "4.7.10", "TLS is required but the server does not offer STARTTLS"),
                     reply(250, "x", {"PIPELINING"}), std::nullopt);
        QCOMPARE(shape(steps), names({"connect:green", "greeting:green", "ehlo:green", "tls:red"}));
    }

    void credentialsAreNotSentOverPlaintext()
    {
        ProbeSteps steps(setup(TlsPolicy::Opportunistic, true));
        steps.connected(QStringLiteral("x"));
        steps.progressed(State::Ehlo, reply(220, "hi"));
        steps.failed(
            State::Auth,
            SmtpReply::make(451, "4.7.10", "Refusing to send credentials over an unencrypted connection"),
            reply(250, "x", {"AUTH PLAIN"}), std::nullopt);
        QCOMPARE(shape(steps),
                 names({"connect:green", "greeting:green", "ehlo:green", "tls:yellow", "auth:red"}));
    }

    void startTlsRefusedUnderOpportunisticGoesOnInPlaintext()
    {
        ProbeSteps steps(setup(TlsPolicy::Opportunistic));
        steps.connected(QStringLiteral("x"));
        greetAndEhlo(steps, State::StartTls, {"STARTTLS"});
        steps.progressed(State::Ready, reply(454, "4.7.0 TLS not available"));
        const ProbeStep* tls = find(steps, Kind::Tls);
        QCOMPARE(tls->sign, RoadSign::Yellow);
        QVERIFY(tls->summary.contains(QLatin1String("refused STARTTLS (454")));
    }

    void failedHandshakesUnderOpportunisticAndImplicitTls()
    {
        ProbeSteps opportunistic(setup(TlsPolicy::Opportunistic));
        opportunistic.connected(QStringLiteral("x"));
        greetAndEhlo(opportunistic, State::StartTls, {"STARTTLS"});
        opportunistic.progressed(State::TlsHandshake, reply(220, "go"));
        opportunistic.failed(State::TlsHandshake,
                             SmtpReply::make(421, "4.7.5", "TLS handshake with x failed"), reply(220, "go"),
                             std::nullopt);
        QCOMPARE(find(opportunistic, Kind::Tls)->sign, RoadSign::Yellow); // delivery retries without TLS
        QVERIFY(find(opportunistic, Kind::Tls)->summary.contains(QLatin1String("without TLS")));

        ProbeSteps implicit(setup(TlsPolicy::Required, false, true));
        implicit.connected(QStringLiteral("x"));
        implicit.failed(State::Greeting, SmtpReply::make(421, "4.7.5", "TLS handshake with x failed"), {},
                        std::nullopt);
        QCOMPARE(shape(implicit), names({"connect:green", "tls:red"}));
    }

    void implicitTlsReportsTlsBeforeTheGreeting()
    {
        ProbeSteps steps(setup(TlsPolicy::Required, false, true, true));
        steps.connected(QStringLiteral("x"));
        steps.encrypted(QStringLiteral("TLSv1.3"), QStringLiteral("c"), certificate(true));
        greetAndEhlo(steps, State::Ready, {"AUTH PLAIN"});
        steps.closed(true, reply(221, "Bye"));
        QCOMPARE(shape(steps), names({"connect:green", "tls:green", "certificate:green", "greeting:green",
                                      "ehlo:green", "auth:green", "quit:green"}));
        QVERIFY(find(steps, Kind::Auth)->summary.contains(QLatin1String("no user name")));
        QVERIFY(find(steps, Kind::Tls)->summary.contains(QLatin1String("first byte")));
    }

    void refusedConnectionIsOneRedStep()
    {
        ProbeSteps steps(setup(TlsPolicy::Opportunistic));
        steps.failed(State::Greeting, SmtpReply::make(421, "4.4.1", "Connection refused by 127.0.0.1:1"), {},
                     std::nullopt);
        QCOMPARE(shape(steps), names({"connect:red"}));
        QCOMPARE(steps.steps().first().summary,
                 QStringLiteral("421 4.4.1 Connection refused by 127.0.0.1:1"));
    }

    void greetingAndEhloFailures()
    {
        ProbeSteps greeting(setup(TlsPolicy::Opportunistic));
        greeting.connected(QStringLiteral("x"));
        greeting.failed(State::Greeting, reply(554, "No service"), reply(554, "No service"), std::nullopt);
        QCOMPARE(shape(greeting), names({"connect:green", "greeting:red"}));

        ProbeSteps timeout(setup(TlsPolicy::Opportunistic));
        timeout.connected(QStringLiteral("x"));
        timeout.progressed(State::Ehlo, reply(220, "hi"));
        timeout.failed(State::Ehlo, SmtpReply::make(421, "4.4.2", "Timeout waiting for a reply from x"),
                       reply(220, "hi"), std::nullopt);
        QCOMPARE(shape(timeout), names({"connect:green", "greeting:green", "ehlo:red"}));
        QVERIFY(timeout.steps().last().summary.contains(QLatin1String("Timeout")));
    }

    void heloFallbackIsAWarning()
    {
        ProbeSteps steps(setup(TlsPolicy::Opportunistic));
        steps.connected(QStringLiteral("x"));
        steps.progressed(State::Ehlo, reply(220, "old ESMTP"));
        steps.progressed(State::Helo, reply(502, "5.5.2 Command not recognized"));
        steps.progressed(State::Ready, reply(250, "old"));
        QCOMPARE(shape(steps), names({"connect:green", "greeting:green", "ehlo:yellow", "tls:yellow"}));
        QVERIFY(find(steps, Kind::Ehlo)->summary.contains(QLatin1String("502")));
    }

    void cancelAndQuitWithoutReply()
    {
        ProbeSteps cancelled(setup(TlsPolicy::Opportunistic));
        cancelled.connected(QStringLiteral("x"));
        cancelled.cancelled();
        QCOMPARE(shape(cancelled), names({"connect:green", "cancelled:yellow"}));

        ProbeSteps silent(setup(TlsPolicy::Opportunistic));
        silent.connected(QStringLiteral("x"));
        greetAndEhlo(silent, State::Ready, {});
        silent.closed(false, reply(250, "x"));
        QCOMPARE(silent.steps().last().kind, Kind::Quit);
        QCOMPARE(silent.steps().last().sign, RoadSign::Yellow);
    }

    void reportSignIsTheWorstStep()
    {
        ProbeReport report;
        QCOMPARE(report.sign(), RoadSign::Green);
        QVERIFY(!report.firstFailure());
        report.steps = {{Kind::Connect, RoadSign::Green, {}, {}, {}, {}},
                        {Kind::Tls, RoadSign::Yellow, {}, {}, {}, {}}};
        QCOMPARE(report.sign(), RoadSign::Yellow);
        report.steps.append(
            {Kind::Auth, RoadSign::Red, QStringLiteral("Login"), QStringLiteral("no"), {}, {}});
        report.steps.append(
            {Kind::Quit, RoadSign::Red, QStringLiteral("QUIT"), QStringLiteral("no"), {}, {}});
        QCOMPARE(report.sign(), RoadSign::Red);
        QCOMPARE(report.firstFailure()->kind, Kind::Auth);
    }
};

QTEST_GUILESS_MAIN(TestProbeSteps)
#include "tst_probesteps.moc"
