#include "core/engine/connectionfailure.h"

namespace RelayDesk::ConnectionFailure {

namespace {

QString tlsFailurePrefix()
{
    return QStringLiteral("TLS handshake failed: ");
}

QString submissionPortText(quint16 port)
{
    return port ? QStringLiteral("the submission port (%1)").arg(port)
                : QStringLiteral("the submission port");
}

// RFC 5321 2.3.8: lines end with CR LF. Named when most of the session's errors were such lines.
QString bareLineFeedReason()
{
    return QStringLiteral("the client ends its command lines with LF only; SMTP needs CR LF");
}

} // namespace

QString tlsFailed(TlsServerStream::Failure failure, const QString& error)
{
    switch (failure) {
    case TlsServerStream::Failure::NoSharedCipher:
        // The choice of core/tls/tlsservercontext.cpp (TlsContext::forwardSecretAeadCiphers).
        return tlsFailurePrefix() +
               QStringLiteral(
                   "the client offers no cipher suite this relay accepts (TLS 1.2 with ECDHE or DHE "
                   "and AES-GCM or ChaCha20-Poly1305, or TLS 1.3)");
    case TlsServerStream::Failure::OldProtocol:
        return tlsFailurePrefix() +
               QStringLiteral("the client offers only TLS 1.1 or older; RelayDesk needs TLS 1.2 or newer");
    case TlsServerStream::Failure::CertificateRefused:
        return tlsFailurePrefix() +
               QStringLiteral("the client does not trust the relay's certificate (%1): give the relay a "
                              "certificate the device trusts, or add this one to the device's trusted "
                              "certificates")
                   .arg(error);
    case TlsServerStream::Failure::NotTls:
        return tlsFailurePrefix() +
               QStringLiteral("the client sent something other than TLS (%1): set it to SSL/TLS for this "
                              "port")
                   .arg(error);
    case TlsServerStream::Failure::None:
    case TlsServerStream::Failure::Other:
        break;
    }
    return tlsFailurePrefix() + error;
}

QString plainSmtpOnImplicitTls(quint16 submissionPort)
{
    return tlsFailurePrefix() +
           QStringLiteral("the client spoke plain SMTP to the implicit-TLS port: set it to "
                          "STARTTLS on %1, or to SSL/TLS here")
               .arg(submissionPortText(submissionPort));
}

QString silentOnImplicitTls(quint16 submissionPort)
{
    return tlsFailurePrefix() +
           QStringLiteral("the client sent nothing: it probably waits for a greeting (set it "
                          "to SSL/TLS, or use %1 with STARTTLS)")
               .arg(submissionPortText(submissionPort));
}

QString handshakeTimedOut(int seconds)
{
    return tlsFailurePrefix() +
           QStringLiteral("the client did not finish it within %1 s (limits.tls_handshake_timeout)")
               .arg(seconds);
}

QString closedDuringHandshake()
{
    return tlsFailurePrefix() +
           QStringLiteral("the client closed the connection during the handshake; it may not trust the "
                          "relay's certificate");
}

QString tlsOnStartTlsPort(quint16 smtpsPort)
{
    const QString advice =
        smtpsPort ? QStringLiteral("set it to STARTTLS, or use the implicit-TLS port %1").arg(smtpsPort)
                  : QStringLiteral("set it to STARTTLS (the implicit-TLS port is turned off)");
    return QStringLiteral("Wrong TLS mode: the client started TLS at once on this STARTTLS port: ") + advice;
}

QString protocolErrors(const SmtpServerProtocol::ErrorTally& tally, int messagesAccepted)
{
    // The last error by its codes only: its words may name a sender each session chose anew, and a row per
    // session would no longer be counted together (the command's own refusal has the words).
    const QList<QByteArray> words = tally.lastError.split(' ');
    QString lastCodes = QString::fromLatin1(words.value(0));
    if (words.value(1).count('.') == 2)
        lastCodes += QLatin1Char(' ') + QString::fromLatin1(words.value(1));
    const bool mostlyBareLf = tally.bareLineFeeds > 0 && tally.bareLineFeeds * 2 >= tally.errors;
    if (tally.closedForErrors) {
        const QString why =
            mostlyBareLf
                ? bareLineFeedReason()
                : QStringLiteral("%1 protocol errors, the last: %2").arg(tally.errors).arg(lastCodes);
        return QStringLiteral("421 4.7.0 Too many errors, closing connection (%1)").arg(why);
    }
    // A client that gives up after its LF-only lines were refused (without reaching the limit) sent nothing
    // either: its device waits in vain all the same.
    if (mostlyBareLf && messagesAccepted == 0)
        return QStringLiteral("500 5.5.2 Syntax error: bare CR, bare LF or NUL in command line (%1)")
            .arg(bareLineFeedReason());
    return {};
}

} // namespace RelayDesk::ConnectionFailure
