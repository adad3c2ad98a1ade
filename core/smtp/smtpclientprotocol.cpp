#include "core/smtp/smtpclientprotocol.h"
#include "core/smtp/dsnparameters.h"

#include <algorithm>
#include <cstring>

namespace RelayDesk {

namespace {

bool has8BitBytes(const QByteArray& bytes)
{
    // 64 bytes at a time, the top bits of eight words OR-ed without a branch (a message body is scanned
    // before every MAIL, docs/performance.md), then the rest byte by byte.
    constexpr quint64 topBits = 0x8080808080808080ULL;
    const char* p = bytes.constData();
    qsizetype left = bytes.size();
    for (; left >= 64; p += 64, left -= 64) {
        quint64 words[8];
        std::memcpy(words, p, sizeof words);
        quint64 any = 0;
        for (const quint64 word : words)
            any |= word;
        if (any & topBits)
            return true;
    }
    for (; left > 0; ++p, --left) {
        if (static_cast<unsigned char>(*p) >= 0x80)
            return true;
    }
    return false;
}

// A reply for the log that is temporary whatever the server said: failures of our own set-up
// (TLS, AUTH) must not bounce mail.
SmtpReply asTemporary(const SmtpReply& reply, const QByteArray& enhanced, const QByteArray& what)
{
    if (reply.isTransient())
        return reply;
    return SmtpReply::make(451, enhanced, what + ": " + reply.summary());
}

// RFC 4954 6: 530 is the server's "authentication required": it wants the relay to log in, which says
// nothing of the recipient. A smarthost set without its user name answered every MAIL so, and the whole queue
// bounced within a second (an outside tester). Kept queued as a failed login is (4.7.8), which the Dashboard
// names, until the setting is fixed or the message expires. The words say where a login can be set: the
// smarthost, or a route for the domain (MX delivery has none).
SmtpReply authRequiredIsTemporary(const SmtpReply& reply)
{
    if (reply.code != 530)
        return reply;
    return SmtpReply::make(
        451, "4.7.8",
        "The server wants the relay to log in first (give the smarthost, or a route for the domain with a "
        "verified certificate, its user name and password, or have the server accept this relay's "
        "address): " +
            reply.summary());
}

// RFC 5321 4.5.3.1.10: "too many recipients" is 452, and a 552 for it (as RFC 821 had it) is treated as
// temporary, so that the recipients left over go in another transaction instead of bouncing.
SmtpReply tooManyRecipientsIsTemporary(const SmtpReply& reply)
{
    const bool tooMany =
        reply.enhanced == "5.5.3" || (reply.enhanced.isEmpty() && !reply.lines.isEmpty() &&
                                      reply.lines.first().toLower().contains("too many recipients"));
    if (reply.code != 552 || !tooMany)
        return reply;
    SmtpReply temporary = reply;
    temporary.code = 452;
    if (!temporary.enhanced.isEmpty())
        temporary.enhanced[0] = '4';
    return temporary;
}

SmtpReply unexpected(const SmtpReply& reply)
{
    return SmtpReply::make(451, "4.5.0", "Unexpected reply from the server: " + reply.summary());
}

// RFC 5321 4.3.2: MAIL and RCPT succeed with 250 (RCPT also 251); an intermediate 3yz does not belong there
// and is no acceptance: taking a 354 to RCPT for one would log as delivered mail the server never took.
SmtpReply completionOnly(const SmtpReply& reply)
{
    return reply.code < 400 && !reply.isPositive() ? unexpected(reply) : reply;
}

} // namespace

SmtpClientProtocol::SmtpClientProtocol(SmtpClientConfig config, SmtpClientSink* sink)
    : m_config(std::move(config)), m_sink(sink), m_tlsActive(m_config.tlsActive)
{
}

void SmtpClientProtocol::receive(QByteArrayView bytes)
{
    if (m_state == State::Closed || m_state == State::TlsHandshake)
        return;
    m_parser.feed(bytes);
    SmtpReply reply;
    while (m_state != State::Closed && m_state != State::TlsHandshake) {
        const ReplyParser::Result result = m_parser.next(&reply);
        if (result == ReplyParser::Result::NeedMore)
            return;
        if (result == ReplyParser::Result::Error) {
            // RFC 5321 6.1: after the message's end, a server whose reply cannot be read may have kept the
            // message, as one that closes then: said, since each retry may bring another copy (an outside
            // tester's receiver got five copies, and the window said "Nothing to do").
            const QByteArray why = m_parser.error().toUtf8();
            fail(SmtpReply::make(
                451, "4.5.0",
                m_state == State::Content
                    ? QByteArray("Malformed reply from the server after the whole message was sent: " + why +
                                 "; the server may have kept it")
                    : QByteArray("Malformed reply from the server: " + why)));
            return;
        }
        for (const QByteArray& line : m_parser.lastLines()) // as the server sent them
            m_transcript += "S: " + line + "\r\n";
        m_lastReply = reply;
        handle(reply);
    }
}

void SmtpClientProtocol::handle(const SmtpReply& reply)
{
    if (reply.code == 421 && m_state != State::Quit) { // RFC 5321 3.8: the server is closing
        fail(reply);
        return;
    }
    switch (m_state) {
    case State::Greeting:
        if (reply.code == 220) {
            sendCommand("EHLO " + m_config.heloName);
            m_state = State::Ehlo;
            return;
        }
        if (reply.code >= 500 && reply.code < 600) {
            // RFC 5321 3.1: a server that refuses a session greets with 554 and waits for the client's QUIT.
            // Such a refusal is most often of this relay's address for a while (a blocklist, a throttle),
            // not of the recipients: the next MX is tried, and with none left the mail waits and is tried
            // again, as Postfix's smtp_skip_5xx_greeting does (an outside tester's message bounced at once).
            sendCommand("QUIT");
            return fail(asTemporary(reply, "4.4.0", "The server refused this relay at its greeting"));
        }
        return fail(reply);
    case State::Ehlo:
        if (reply.code == 250) {
            m_extensions.clear();
            for (qsizetype i = 1; i < reply.lines.size(); ++i)
                m_extensions.append(reply.lines[i].toUpper());
            return afterEhlo();
        }
        if (reply.isPermanent() && !m_tlsActive) { // RFC 5321 4.1.4: fall back to HELO
            sendCommand("HELO " + m_config.heloName);
            m_state = State::Helo;
            return;
        }
        return fail(reply);
    case State::Helo:
        if (reply.code != 250)
            return fail(reply);
        m_extensions.clear();
        return afterEhlo();
    case State::StartTls:
        if (reply.code == 220) {
            m_parser.reset(); // RFC 3207 4.2: discard anything the server sent before TLS
            m_state = State::TlsHandshake;
            m_sink->startTlsHandshake();
            return;
        }
        if (m_config.startTls == StartTlsMode::Required)
            return fail(asTemporary(reply, "4.7.5", "The server refused STARTTLS"));
        return startAuthOrReady(); // opportunistic: go on in plaintext
    case State::Auth:
    case State::AuthLoginUser:
    case State::AuthLoginPassword:
        if (reply.code == 235)
            return becomeReady();
        if (reply.code == 334 && m_state == State::Auth) {
            sendCommand(m_config.username.toBase64(), "<redacted>");
            m_state = State::AuthLoginUser;
            return;
        }
        if (reply.code == 334 && m_state == State::AuthLoginUser) {
            sendCommand(m_config.password.toBase64(), "<redacted>");
            m_state = State::AuthLoginPassword;
            return;
        }
        return fail(
            asTemporary(reply, "4.7.8",
                        m_config.routeHost.isEmpty()
                            ? QByteArrayLiteral("Authentication at the smarthost failed")
                            : "Authentication at the route's host " + m_config.routeHost + " failed"));
    case State::Rset:
        // RFC 5321 4.1.1.5: every server takes RSET. One that answered "502 not implemented" had the
        // recipients of the next transaction bounced with that reply, which said nothing of them: it is the
        // server's, temporary (a transaction over a new connection sends no RSET).
        if (reply.code != 250)
            return fail(asTemporary(reply, "4.3.0", "The server refused RSET between transactions"));
        if (m_pipelined) { // MAIL, RCPT and DATA are on their way already
            m_state = State::MailFrom;
            return;
        }
        return beginTransaction();
    case State::MailFrom:
        if (m_pipelined) { // RFC 2920 3.1: the replies to the RCPTs and DATA follow whatever this one says
            m_mailReply = completionOnly(reply);
            m_state = State::RcptTo;
            return;
        }
        if (!reply.isPositive())
            return finishTransaction(completionOnly(reply));
        m_state = State::RcptTo;
        sendCommand(rcptCommand(0));
        return;
    case State::RcptTo:
        m_outcomes[m_rcptIndex] = tooManyRecipientsIsTemporary(completionOnly(reply));
        m_outcomes[m_rcptIndex++].toRecipient = true;
        if (m_pipelined) {
            if (m_rcptIndex == m_job.recipients.size())
                m_state = State::Data;
            return;
        }
        if (m_rcptIndex < m_job.recipients.size()) {
            sendCommand(rcptCommand(m_rcptIndex));
            return;
        }
        if (m_job.envelopeOnly) // a connection test asked whether the server takes these recipients
            return finishTransaction({});
        for (const SmtpReply& outcome : std::as_const(m_outcomes)) {
            if (outcome.isPositive()) {
                sendCommand("DATA");
                m_state = State::Data;
                return;
            }
        }
        return finishTransaction({}); // RFC 5321 3.3: no accepted recipient, no DATA
    case State::Data:
        if (m_pipelined)
            return afterPipelinedData(reply);
        if (reply.code != 354)
            return finishTransaction(reply);
        {
            const QByteArray content = dotStuff(m_job.body);
            m_transcript += "C: <message content, " + QByteArray::number(content.size()) + " octets>\r\n";
            m_sink->sendToServer(content);
        }
        m_state = State::Content;
        return;
    case State::Content:
        return finishTransaction(reply);
    case State::Quit:
        m_state = State::Closed;
        m_sink->closeConnection();
        return;
    case State::Ready: // unsolicited reply while idle: the connection is no longer usable
    case State::TlsHandshake:
    case State::Closed:
        return fail(reply);
    }
}

void SmtpClientProtocol::afterPipelinedData(const SmtpReply& reply)
{
    if (!m_mailReply.isPositive()) { // the sender was refused: that is the answer for every recipient
        for (SmtpReply& outcome : m_outcomes)
            outcome = m_mailReply;
    }
    const bool anyAccepted = std::any_of(m_outcomes.cbegin(), m_outcomes.cend(),
                                         [](const SmtpReply& r) { return r.isPositive(); });
    if (reply.code != 354)
        return finishTransaction(reply);
    // RFC 2920 3.1: a 354 although no recipient was accepted still needs the end of data, to stay in step.
    const QByteArray content = anyAccepted ? dotStuff(m_job.body) : QByteArray(".\r\n");
    m_transcript += "C: <message content, " + QByteArray::number(content.size()) + " octets>\r\n";
    m_sink->sendToServer(content);
    m_state = State::Content;
}

void SmtpClientProtocol::afterEhlo()
{
    if (!m_tlsActive && m_config.startTls != StartTlsMode::Never) {
        if (hasExtension("STARTTLS")) {
            sendCommand("STARTTLS");
            m_state = State::StartTls;
            return;
        }
        // With a user name TLS is required whatever the policy said (the password never goes in plain text):
        // said, since the admin chose "opportunistic" (an outside tester read the refusal as a
        // contradiction).
        if (m_config.startTls == StartTlsMode::Required)
            return failIn(
                State::StartTls,
                SmtpReply::make(451, "4.7.10",
                                m_config.username.isEmpty()
                                    ? QByteArrayLiteral("TLS is required but the server does not offer "
                                                        "STARTTLS")
                                    : QByteArrayLiteral("TLS is required but the server does not offer "
                                                        "STARTTLS (a user name is only sent over TLS)")));
    }
    startAuthOrReady();
}

void SmtpClientProtocol::startAuthOrReady()
{
    if (m_config.username.isEmpty())
        return becomeReady();
    // RFC 4616 2 allows an empty passwd, but no smarthost account has one: a user name without a password is
    // a configuration left half done (docs/operations.md, "Smarthost TLS"), never an AUTH to send.
    if (m_config.password.isEmpty())
        return failIn(State::Auth,
                      SmtpReply::make(
                          451, "4.7.0",
                          (m_config.routeHost.isEmpty()
                               ? QByteArrayLiteral("The smarthost password is not set")
                               : "The password for the route's host " + m_config.routeHost + " is not set") +
                              " (user name " + m_config.username + " without a password); AUTH not sent"));
    if (!m_tlsActive) // docs/architecture.md, "secrets stay secret": credentials never cross the network in
                      // plaintext
        return failIn(
            State::Auth,
            SmtpReply::make(451, "4.7.10", "Refusing to send credentials over an unencrypted connection"));
    const QByteArray auth = extensionParameter("AUTH").toUpper();
    const QList<QByteArray> mechanisms = auth.split(' ');
    if (mechanisms.contains("PLAIN")) { // RFC 4616 2: authzid NUL authcid NUL passwd
        const QByteArray response = '\0' + m_config.username + '\0' + m_config.password;
        sendCommand("AUTH PLAIN " + response.toBase64(), "AUTH PLAIN <redacted>");
        m_state = State::Auth;
    } else if (mechanisms.contains("LOGIN")) {
        sendCommand("AUTH LOGIN");
        m_state = State::Auth;
    } else {
        failIn(
            State::Auth,
            SmtpReply::make(451, "4.7.0",
                            m_config.routeHost.isEmpty()
                                ? QByteArrayLiteral("The smarthost offers neither AUTH PLAIN nor AUTH LOGIN")
                                : "The route's host " + m_config.routeHost +
                                      " offers neither AUTH PLAIN nor AUTH LOGIN"));
    }
}

void SmtpClientProtocol::tlsEstablished()
{
    if (m_state != State::TlsHandshake)
        return;
    m_tlsActive = true;
    m_parser.reset();
    m_extensions.clear();
    sendCommand("EHLO " + m_config.heloName); // RFC 3207 4.2: forget what was learnt before TLS
    m_state = State::Ehlo;
}

bool SmtpClientProtocol::send(const DeliveryJob& job)
{
    if (m_state != State::Ready || job.recipients.isEmpty())
        return false;
    m_job = job;
    m_outcomes = QList<SmtpReply>(job.recipients.size());
    m_rcptIndex = 0;
    m_inTransaction = true;
    const qint64 limit = extensionParameter("SIZE").toLongLong();
    if (limit > 0 && job.body.size() > limit) { // RFC 1870 4: the server announced it would refuse this
        finishTransaction(SmtpReply::make(552, "5.3.4",
                                          "Message size exceeds the limit of the remote server (" +
                                              QByteArray::number(limit) + " octets)"));
        return true;
    }
    if (needsSmtpUtf8() && !hasExtension("SMTPUTF8")) { // RFC 6531 3.2: only to servers that offer it
        finishTransaction(SmtpReply::make(
            553, "5.6.7", "The remote server does not accept internationalised addresses (SMTPUTF8)"));
        return true;
    }
    // RFC 6152 3: 8-bit text goes only to a server that offers 8BITMIME; a relay that does not convert it
    // returns it (RFC 3463 X.6.3). RelayDesk does not convert: the DKIM signature, made once for every
    // attempt, covers the text as it was submitted.
    if (!hasExtension("8BITMIME") && has8BitBytes(m_job.body)) {
        // Where the 8-bit text is says what the sender must change: a header field's is written as an RFC
        // 2047 encoded word, which no body encoding does (an outside tester changed the body's encoding and
        // got the same bounce).
        const qsizetype headerEnd = m_job.body.indexOf("\r\n\r\n");
        const bool onlyInHeader = headerEnd >= 0 && !has8BitBytes(m_job.body.mid(headerEnd));
        finishTransaction(SmtpReply::make(
            554, "5.6.3",
            onlyInHeader
                ? QByteArray("The remote server does not accept 8-bit message text (8BITMIME), and "
                             "RelayDesk does not convert it: a header field holds 8-bit characters; "
                             "write them as RFC 2047 encoded words (=?utf-8?q?...?=)")
                : QByteArray("The remote server does not accept 8-bit message text (8BITMIME), and "
                             "RelayDesk does not convert it: send it as quoted-printable or base64")));
        return true;
    }
    m_pipelined = hasExtension("PIPELINING") && !job.envelopeOnly; // RFC 2920 would send DATA with them
    if (m_pipelined) {
        sendPipelinedGroup();
        return true;
    }
    if (m_usedBefore) {
        sendCommand("RSET");
        m_state = State::Rset;
        return true;
    }
    beginTransaction();
    return true;
}

void SmtpClientProtocol::sendPipelinedGroup()
{
    // RFC 2920 3.1: RSET, MAIL, every RCPT and DATA in one write, DATA last; the content waits for 354.
    const bool reset = m_usedBefore;
    m_batching = true;
    if (reset)
        sendCommand("RSET");
    beginTransaction();
    for (qsizetype i = 0; i < m_job.recipients.size(); ++i)
        sendCommand(rcptCommand(i));
    sendCommand("DATA");
    m_batching = false;
    m_mailReply = {};
    m_state = reset ? State::Rset : State::MailFrom;
    m_sink->sendToServer(std::exchange(m_batch, QByteArray()));
}

void SmtpClientProtocol::beginTransaction()
{
    m_usedBefore = true;
    QByteArray command = "MAIL FROM:<" + m_job.sender + '>';
    if (hasExtension("SIZE")) // RFC 1870
        command += " SIZE=" + QByteArray::number(m_job.body.size());
    if (hasExtension("8BITMIME") && has8BitBytes(m_job.body)) // RFC 6152
        command += " BODY=8BITMIME";
    if (needsSmtpUtf8())
        command += " SMTPUTF8";
    if (hasExtension("DSN")) { // RFC 3461 4.3, 4.4: what the sender asked goes on with the message
        if (!m_job.dsnRet.isEmpty())
            command += " RET=" + m_job.dsnRet;
        if (!m_job.dsnEnvid.isEmpty())
            command += " ENVID=" + m_job.dsnEnvid;
    }
    sendCommand(command);
    m_state = State::MailFrom;
}

QByteArray SmtpClientProtocol::rcptCommand(qsizetype index) const
{
    QByteArray command = "RCPT TO:<" + m_job.recipients[index] + '>';
    if (hasExtension("DSN")) { // RFC 3461 4.1, 4.2
        if (const int notify = m_job.notify.value(index); notify != 0)
            command += " NOTIFY=" + DsnParameters::notifyValue(notify);
        if (const QByteArray orcpt = m_job.orcpt.value(index); !orcpt.isEmpty())
            command += " ORCPT=" + orcpt;
    }
    return command;
}

void SmtpClientProtocol::finishTransaction(const SmtpReply& given)
{
    // Only a 2xx to the content delivers (RFC 5321 4.1.1.4); any other positive reply here is out of place
    // (e.g. 250 to DATA) and must not mark recipients delivered. Found by fuzz_clientprotocol.
    const bool delivered = m_state == State::Content && given.code >= 200 && given.code < 300;
    const SmtpReply unresolved = given.code > 0 && given.code < 400 && !delivered ? unexpected(given) : given;
    // After DATA the final reply applies to every recipient the server accepted (RFC 5321 3.3).
    const bool dataStage = m_state == State::Data || m_state == State::Content;
    for (SmtpReply& outcome : m_outcomes) {
        if (outcome.code == 0 || (dataStage && outcome.isPositive()))
            outcome = unresolved;
        if (!m_job.envelopeOnly) // a connection test shows the server's own reply
            outcome = authRequiredIsTemporary(outcome);
    }
    m_inTransaction = false;
    if (m_state != State::Closed)
        m_state = State::Ready;
    m_sink->transactionFinished(QList<SmtpReply>(m_outcomes)); // a copy: the sink may start the next job
    if (m_state == State::Ready)
        m_sink->sessionReady();
}

void SmtpClientProtocol::quit()
{
    if (m_state != State::Ready)
        return;
    sendCommand("QUIT");
    m_state = State::Quit;
}

void SmtpClientProtocol::connectionLost(const SmtpReply& reason)
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Quit) {
        m_state = State::Closed;
        return;
    }
    fail(reason);
}

void SmtpClientProtocol::fail(const SmtpReply& given)
{
    // A 2xx/3xx that does not fit the dialog (e.g. 354 to RSET, 250 as greeting) ends the session as a
    // temporary failure, never as a success for the recipients. Found by fuzz_clientprotocol.
    const SmtpReply reason = given.code < 400 ? unexpected(given) : given;
    m_transcript += "-- " + reason.summary() + "\r\n";
    if (m_failedIn == State::Closed)
        m_failedIn = m_state;
    const bool wasInTransaction = m_inTransaction;
    if (m_state == State::Rset)
        m_state = State::MailFrom; // nothing resolved yet
    if (wasInTransaction) {
        m_state = State::Closed;
        m_inTransaction = false;
        // RFC 5321 3.3: a recipient that RCPT accepted is not delivered until the content is; a transaction
        // that breaks off before that (malformed reply, lost connection) leaves it undelivered.
        // Found by fuzz_clientprotocol.
        for (SmtpReply& outcome : m_outcomes) {
            if (outcome.code == 0 || outcome.isPositive())
                outcome = reason;
        }
        m_sink->transactionFinished(QList<SmtpReply>(m_outcomes)); // a copy: the sink may start the next job
    }
    m_state = State::Closed;
    m_sink->sessionFailed(reason);
}

void SmtpClientProtocol::failIn(State step, const SmtpReply& reason)
{
    m_failedIn = step;
    fail(reason);
}

void SmtpClientProtocol::sendCommand(const QByteArray& line, const QByteArray& transcriptLine)
{
    m_transcript += "C: " + (transcriptLine.isEmpty() ? line : transcriptLine) + "\r\n";
    if (m_batching)
        m_batch += line + "\r\n";
    else
        m_sink->sendToServer(line + "\r\n");
}

void SmtpClientProtocol::becomeReady()
{
    m_state = State::Ready;
    m_sink->sessionReady();
}

bool SmtpClientProtocol::needsSmtpUtf8() const
{
    if (has8BitBytes(m_job.sender))
        return true;
    return std::any_of(m_job.recipients.cbegin(), m_job.recipients.cend(), has8BitBytes);
}

bool SmtpClientProtocol::hasExtension(QByteArrayView keyword) const
{
    for (const QByteArray& line : m_extensions) {
        if (line == keyword || line.startsWith(QByteArray(keyword.toByteArray() + ' ')))
            return true;
    }
    return false;
}

QByteArray SmtpClientProtocol::extensionParameter(QByteArrayView keyword) const
{
    const QByteArray prefix = keyword.toByteArray() + ' ';
    for (const QByteArray& line : m_extensions) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

QByteArray SmtpClientProtocol::takeTranscript()
{
    return std::exchange(m_transcript, QByteArray());
}

QByteArray SmtpClientProtocol::dotStuff(const QByteArray& body)
{
    // RFC 5321 4.5.2: a line that starts with a period gets one more.
    QByteArray out;
    out.reserve(body.size() + body.size() / 64 + 8);
    const char* const begin = body.constData();
    const char* const end = begin + body.size();
    const char* from = begin;
    if (from != end && *from == '.')
        out += '.';
    while (from != end) {
        const auto* newline = static_cast<const char*>(std::memchr(from, '\n', size_t(end - from)));
        const char* lineEnd = newline ? newline + 1 : end;
        out.append(from, lineEnd - from);
        if (lineEnd != end && *lineEnd == '.')
            out += '.';
        from = lineEnd;
    }
    if (!out.isEmpty() && !out.endsWith("\r\n"))
        out += "\r\n";
    out += ".\r\n";
    return out;
}

} // namespace RelayDesk
