// AUTH (RFC 4954) for SmtpServerProtocol: the PLAIN (RFC 4616) and LOGIN mechanisms.
#include "core/smtp/smtpserverprotocol.h"

namespace RelayDesk {

namespace {

std::optional<QByteArray> decodeBase64(const QByteArray& text)
{
    if (text == "=")
        return QByteArray(); // RFC 4954 4: "=" is an empty initial response
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

// The reply to a locked-out address says for how long: an application's log that said only "later" sent an
// outside tester to the relay's own lists to find out. Whole minutes, rounded up.
QByteArray lockoutText(qint64 msLeft)
{
    if (msLeft <= 0)
        return "Too many failed authentication attempts; try again later";
    const qint64 minutes = (msLeft + 59'999) / 60'000;
    return "Too many failed authentication attempts; try again in " + QByteArray::number(minutes) +
           (minutes == 1 ? " minute" : " minutes");
}

} // namespace

void SmtpServerProtocol::handleAuth(const SmtpCommand& command)
{
    // Where AUTH is allowed at all is in the phase table (SmtpServerProtocol::ruleFor).
    if (const qint64 left = m_endpoint.authLockoutMsLeft(); left > 0) {
        m_endpoint.authRefusedLockedOut();
        return reply(421, "4.7.0", lockoutText(left), true);
    }

    const QList<QByteArray> parts = command.argument.split(' ');
    const QByteArray mechanism = parts.value(0).toUpper();
    if (parts.size() > 2 || mechanism.isEmpty()) // RFC 4954 4: the mechanism is not optional
        return protocolError(501, "5.5.4", "Syntax: AUTH mechanism [initial-response]");
    if (mechanism == "PLAIN") {
        if (parts.size() == 2) {
            m_state = State::AuthPlain;
            return handleAuthData(parts[1]);
        }
        m_state = State::AuthPlain;
        reply(334, nullptr, QByteArray());
    } else if (mechanism == "LOGIN") {
        if (parts.size() == 2) {
            m_state = State::AuthLoginUser;
            return handleAuthData(parts[1]);
        }
        m_state = State::AuthLoginUser;
        reply(334, nullptr, QByteArray("Username:").toBase64());
    } else {
        protocolError(504, "5.5.4", "Unrecognized authentication type");
    }
}

void SmtpServerProtocol::handleAuthData(const QByteArray& given)
{
    QByteArray line = given;
    while (!line.isEmpty() && (line.back() == ' ' || line.back() == '\t')) // RFC 5321 4.1.1, as commands
        line.chop(1);
    if (line == "*") {
        m_state = State::Command;
        return protocolError(501, "5.0.0", "Authentication cancelled");
    }
    const std::optional<QByteArray> decoded = decodeBase64(line);
    if (!decoded) {
        m_state = State::Command;
        return protocolError(501, "5.5.2", "Cannot decode base64 response");
    }
    switch (m_state) {
    case State::AuthPlain: {
        // RFC 4616 2: [authzid] NUL authcid NUL passwd
        const QList<QByteArray> fields = decoded->split('\0');
        if (fields.size() != 3 || fields[1].isEmpty()) {
            m_state = State::Command;
            return protocolError(501, "5.5.2", "Malformed PLAIN response");
        }
        // RFC 4616 2: a server may refuse to act for another identity. An agent acts only as itself; the
        // password is not checked, so this says nothing about it.
        if (!fields[0].isEmpty() && fields[0] != fields[1]) {
            m_state = State::Command;
            m_endpoint.authRefusedUnchecked("authorization identity not permitted");
            return protocolError(535, "5.7.8",
                                 "Authorization identity not permitted: leave it empty or give the username");
        }
        return finishAuth(fields[1], fields[2]);
    }
    case State::AuthLoginUser:
        if (decoded->isEmpty() || decoded->contains('\0')) {
            m_state = State::Command;
            return protocolError(501, "5.5.2", "Malformed LOGIN username");
        }
        m_loginUsername = *decoded;
        m_state = State::AuthLoginPassword;
        return reply(334, nullptr, QByteArray("Password:").toBase64());
    case State::AuthLoginPassword:
        if (decoded->contains('\0')) {
            m_state = State::Command;
            return protocolError(501, "5.5.2", "Malformed LOGIN password");
        }
        return finishAuth(std::exchange(m_loginUsername, QByteArray()), *decoded);
    default:
        break;
    }
}

void SmtpServerProtocol::finishAuth(const QByteArray& username, const QByteArray& password)
{
    m_state = State::Waiting;
    m_endpoint.stateChanged();
    m_endpoint.verifyCredentials(username, password);
}

void SmtpServerProtocol::authFinished(AuthOutcome outcome, qint64 agentId, const QString& agentName)
{
    if (m_state != State::Waiting)
        return;
    m_state = State::Command;
    switch (outcome) {
    case AuthOutcome::Accepted:
        m_authenticated = true;
        m_agentId = agentId;
        m_agentName = agentName;
        reply(235, "2.7.0", "Authentication successful");
        break;
    case AuthOutcome::Rejected:
        // Never says whether the username exists, nor whether a right password came from an address outside
        // the agent's allowlist: the text names both causes, so that a person checks both.
        protocolError(535, "5.7.8", "Authentication credentials invalid or not allowed from your address");
        break;
    case AuthOutcome::LockedOut:
        reply(421, "4.7.0", lockoutText(m_endpoint.authLockoutMsLeft()), true);
        break;
    case AuthOutcome::Busy:
        // RFC 4954 6: 454 4.7.0 Temporary authentication failure; not counted as a failure.
        reply(454, "4.7.0",
              "Too many authentication attempts in progress from your address; try again later");
        break;
    case AuthOutcome::Unavailable:
        // RFC 4954 6: the credentials could not be checked now, which says nothing about them.
        reply(454, "4.7.0", "Temporary authentication failure; try again later");
        break;
    case AuthOutcome::Paused:
        // RFC 4954 6 (454 4.7.0): the administrator switched the agent off for a while; the application keeps
        // its mail and tries again, where a 535 read as a wrong password. Only a client that gave the right
        // password from the agent's allowlist hears it (AuthDecision::paused).
        reply(454, "4.7.0", "This Mail Agent is disabled by the relay administrator; try again later");
        break;
    }
    m_endpoint.stateChanged();
    process();
}

} // namespace RelayDesk
