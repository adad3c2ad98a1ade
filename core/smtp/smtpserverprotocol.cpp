#include "core/smtp/smtpserverprotocol.h"
#include "core/smtp/dsnparameters.h"
#include "core/smtp/encodedwords.h"
#include "core/smtp/fromaddresses.h"
#include "core/smtp/headersection.h"
#include "core/smtp/mailpath.h"
#include "core/smtp/traceheaders.h"

#include <QHostAddress>

#include <algorithm>
#include <iterator>

namespace RelayDesk {

namespace {

/// The largest header section accepted (1 MiB, as Exim's header_maxsize): any real one is a few KiB.
constexpr qsizetype kMaxHeaderSection = 1024 * 1024;

/// " <address>" for a reply that names a header's address, or nothing when the address is not printable
/// US-ASCII or too long for a reply line (RFC 5321 4.2: the text is printable US-ASCII).
QByteArray shownInReply(const QByteArray& address)
{
    if (address.isEmpty() || address.size() > 254)
        return {};
    for (const char c : address) {
        if (c < 0x21 || c > 0x7e || c == '<' || c == '>')
            return {};
    }
    return " <" + address + '>';
}

/// Whether an address's local part shows an address of its own ("eve@evil.test"@office.test), with an @ or
/// one of its look-alikes: a person reads the other address as the sender.
bool localPartShowsAnAddress(const QByteArray& address)
{
    // Encoded words too (RFC 2047 5 allows none in an address, and mail programs decode them all the same):
    // an outside tester's =?utf-8?q?ceo=40shop=2Etest?=@billing.test was shown as
    // "ceo@shop.test"@billing.test.
    const QString shown = EncodedWords::decode(address.left(address.lastIndexOf('@')));
    return shown.contains(QLatin1Char('@')) || shown.contains(QChar(0xFF20)) || shown.contains(QChar(0xFE6B));
}

bool sameMailbox(const QByteArray& a, const QByteArray& b)
{
    const qsizetype at = a.lastIndexOf('@');
    if (at < 0 || at != b.lastIndexOf('@') || a.size() != b.size())
        return a == b;
    return QByteArrayView(a).first(at) == QByteArrayView(b).first(at) &&
           QByteArrayView(a).sliced(at).compare(QByteArrayView(b).sliced(at), Qt::CaseInsensitive) == 0;
}

// RFC 5321 4.5.3.1.4: a command line is at most 512 octets with its CRLF. RFC 4954 4: an AUTH command with
// its initial response, and each AUTH response line, may be up to 12288 octets. The reader takes lines up to
// the larger limit; the phase table holds every other command to the smaller one.
constexpr int maxCommandLine = 512;
// RFC 5321 4.5.3.1.4 counts 512 octets for a command line; the extensions offered lengthen MAIL: AUTH= by
// 500 (RFC 4954 3), SIZE= by 26 (RFC 1870 3), BODY= by 16 (RFC 6152 2), RET= by 9 and ENVID= by 107
// (RFC 3461 4.3, 4.4); and RCPT: NOTIFY= by 31 and ORCPT= by 507 (RFC 3461 4.1, 4.2).
constexpr int maxMailLine = maxCommandLine + 500 + 26 + 16 + 9 + 107;
constexpr int maxRcptLine = maxCommandLine + 31 + 507;
constexpr int maxAuthLine = 12288;

} // namespace

const SmtpServerProtocol::CommandRule& SmtpServerProtocol::ruleFor(SmtpVerb verb)
{
    using S = SmtpServerProtocol;
    using V = SmtpVerb;
    using N = Need;
    // The phase table (docs/protocols.md): which command is allowed when, and the reply each refusal gets.
    // Refusals are checked in order; every one counts as a protocol error (maxErrors).
    // clang-format off
    static constexpr CommandRule rules[] = {
        {V::Helo, maxCommandLine, {}, &S::handleHelo},
        {V::Ehlo, maxCommandLine, {}, &S::handleEhlo},
        // RFC 3207 4
        {V::StartTls, maxCommandLine, {
            {N::TlsOff, 503, "5.5.1", "TLS already active"},
            {N::NoTransaction, 503, "5.5.1", "STARTTLS not allowed during a mail transaction"},
            {N::TlsOffered, 454, "4.7.0", "TLS not available"},
            {N::NoArgument, 501, "5.5.4", "STARTTLS takes no arguments"}}, &S::handleStartTls},
        // RFC 4954 4; AUTH only over TLS and never on the LAN relay listener (no open relay,
        // docs/architecture.md)
        {V::Auth, maxAuthLine, {
            {N::NotLan, 503, "5.5.1", "AUTH is not available on the LAN relay listener"},
            {N::TlsOn, 538, "5.7.11", "Encryption required for requested authentication mechanism"},
            {N::Extended, 503, "5.5.1", "Send EHLO first"},
            {N::NotAuthenticated, 503, "5.5.1", "Already authenticated"},
            {N::NoTransaction, 503, "5.5.1", "AUTH not allowed during a mail transaction"}}, &S::handleAuth},
        // RFC 5321 4.1.4: MAIL only after a greeting and outside a transaction; relaying only for an
        // authenticated client or a trusted device (no open relay, docs/architecture.md)
        {V::Mail, maxMailLine, {
            {N::Greeted, 503, "5.5.1", "Send HELO/EHLO first"},
            {N::NoTransaction, 503, "5.5.1", "Nested MAIL command"},
            {N::TrustKnown, 451, "4.3.0", "Cannot check trusted devices now; try again later"},
            // As a paused agent's AUTH is told (454 4.7.0), in MAIL's code for a temporary refusal; not 4.7.1,
            // the sending limits' code (an outside tester's support person read it as a limit).
            {N::TrustingAgentEnabled, 451, "4.7.0",
             "The Mail Agent that trusts %1 is disabled by the relay administrator; try again later"},
            {N::TrustedOnLan, 550, "5.7.1", "Relay access denied: %1 is not a trusted device"},
            // RFC 3207 4: the client that skipped STARTTLS is told so; AUTH is offered only over TLS
            {N::TlsBeforeAuth, 530, "5.7.0", "Must issue a STARTTLS command first (AUTH is offered only over TLS)"},
            {N::AuthenticatedOffLan, 530, "5.7.0", "Authentication required"}}, &S::handleMail},
        {V::Rcpt, maxRcptLine, {
            {N::InTransaction, 503, "5.5.1", "Need MAIL before RCPT"}}, &S::handleRcpt},
        {V::Data, maxCommandLine, {
            {N::NoArgument, 501, "5.5.4", "DATA takes no arguments"},
            {N::InTransaction, 503, "5.5.1", "Need MAIL before DATA"},
            {N::HasRecipients, 554, "5.5.1", "No valid recipients"}}, &S::handleData},
        {V::Rset, maxCommandLine, {
            {N::NoArgument, 501, "5.5.4", "RSET takes no arguments"}}, &S::handleRset},
        {V::Noop, maxCommandLine, {}, &S::handleNoop},
        {V::Quit, maxCommandLine, {}, &S::handleQuit},
        {V::Vrfy, maxCommandLine, {
            {N::Argument, 501, "5.5.4", "VRFY needs a user name or mailbox (RFC 5321 4.1.1.6)"}}, &S::handleVrfy},
        {V::Help, maxCommandLine, {}, &S::handleHelp},
        {V::Expn, maxCommandLine, {{N::Never, 502, "5.5.1", "EXPN not available"}}, nullptr},
        {V::Bdat, maxCommandLine, {
            {N::Never, 502, "5.5.1", "BDAT not implemented (CHUNKING is not offered)"}}, nullptr},
        {V::Unknown, maxCommandLine, {{N::Never, 500, "5.5.2", "Command not recognized"}}, nullptr},
    };
    // clang-format on
    for (const CommandRule& rule : rules) {
        if (rule.verb == verb)
            return rule;
    }
    return rules[std::size(rules) - 1];
}

bool SmtpServerProtocol::meets(Need need, const SmtpCommand& command) const
{
    switch (need) {
    case Need::Nothing:
        return true;
    case Need::NoArgument:
        return command.argument.isEmpty();
    case Need::Argument:
        return !command.argument.trimmed().isEmpty();
    case Need::TlsOff:
        return !m_tls;
    case Need::TlsOffered:
        return m_policy.tlsAvailable;
    case Need::TlsOn:
        return m_tls;
    case Need::NotLan:
        return m_policy.kind != ListenerKind::Lan;
    case Need::Greeted:
        return !m_helo.isEmpty();
    case Need::Extended:
        return m_extended;
    case Need::NotAuthenticated:
        return !m_authenticated;
    case Need::NoTransaction:
        return !m_sender;
    case Need::InTransaction:
        return m_sender.has_value();
    case Need::HasRecipients:
        return !m_recipients.isEmpty();
    case Need::TrustKnown:
        return m_policy.kind != ListenerKind::Lan || m_trusted || !m_trustUnknown;
    case Need::TrustingAgentEnabled:
        return m_policy.kind != ListenerKind::Lan || m_trusted || !m_trustingAgentDisabled;
    case Need::TrustedOnLan:
        return m_policy.kind != ListenerKind::Lan || m_trusted;
    case Need::TlsBeforeAuth:
        return m_policy.kind == ListenerKind::Lan || m_authenticated || m_tls || !m_policy.tlsAvailable;
    case Need::AuthenticatedOffLan:
        return m_policy.kind == ListenerKind::Lan || m_authenticated;
    case Need::Never:
        return false;
    }
    return false;
}

SmtpServerProtocol::SmtpServerProtocol(SmtpServerEndpoint& endpoint, SessionPolicy policy, SessionPeer peer)
    : m_endpoint(endpoint), m_policy(std::move(policy)), m_peer(std::move(peer)), m_lines(maxAuthLine)
{
}

void SmtpServerProtocol::start()
{
    reply(220, nullptr, m_policy.hostname + " ESMTP RelayDesk ready");
}

void SmtpServerProtocol::setTrustedAgent(qint64 agentId, const QString& agentName)
{
    m_trusted = true;
    m_agentId = agentId;
    m_agentName = agentName;
}

QString SmtpServerProtocol::stateName() const
{
    switch (m_state) {
    case State::Command:
        if (m_sender)
            return QStringLiteral("transaction");
        return m_helo.isEmpty() ? QStringLiteral("connected") : QStringLiteral("ready");
    case State::AuthPlain:
    case State::AuthLoginUser:
    case State::AuthLoginPassword:
        return QStringLiteral("auth");
    case State::Data:
        return QStringLiteral("data");
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

void SmtpServerProtocol::reply(int code, const char* enhanced, const QByteArray& text, bool close)
{
    if (m_answering == SmtpVerb::Rcpt && code >= 400 && !close) {
        // RFC 5321 4.5.3.1.10: "452 4.5.3 too many recipients" asks for another transaction and refuses no
        // address. An application that mailed a list 100 longer than its limit had the session closed and
        // its accepted recipients lost (an outside tester); only a client far over the limit is probing.
        const bool overLimit = code == 452 && enhanced && qstrcmp(enhanced, "4.5.3") == 0;
        if (!overLimit || ++m_recipientsOverLimit > kRecipientOvershoot)
            ++m_refusedRecipients;
    }
    SmtpReply r = SmtpReply::make(code, enhanced ? QByteArray(enhanced) : QByteArray(), text, close);
    if (close)
        m_state = State::Closed;
    m_endpoint.sendReply(r);
}

void SmtpServerProtocol::protocolError(int code, const char* enhanced, const QByteArray& text)
{
    const SmtpReply error = SmtpReply::make(code, enhanced ? QByteArray(enhanced) : QByteArray(), text);
    if (countError(error))
        reply(code, enhanced, text);
}

void SmtpServerProtocol::pathError(const SmtpReply& refusal)
{
    // A malformed address counts towards the limit like any other protocol error: a client that sends
    // nothing else is disconnected all the same.
    if (countError(refusal))
        m_endpoint.sendReply(refusal);
}

bool SmtpServerProtocol::countError(const SmtpReply& error)
{
    ++m_errorTally.errors;
    m_errorTally.lastError = error.summary();
    if (m_errorTally.errors < m_policy.maxErrors)
        return true;
    m_errorTally.closedForErrors = true;
    reply(421, "4.7.0", "Too many errors, closing connection", true);
    return false;
}

void SmtpServerProtocol::noteAnsweredEnvelope(const SmtpCommand& command)
{
    if (command.verb != SmtpVerb::Mail && command.verb != SmtpVerb::Rcpt && command.verb != SmtpVerb::Data) {
        m_answered = {};
        return;
    }
    // The path as the client wrote it ("FROM:<a@b> SIZE=10" gives a@b): a refused one may be no path at all.
    const auto named = [&command]() {
        const QByteArray& argument = command.argument;
        const qsizetype open = argument.indexOf('<');
        // The ">" that ends the path, not one inside a quoted local part (RFC 5321 4.1.2: a quoted string may
        // hold it, and a backslash quotes the character after it): "<h1>" in one cut the record at "<h1.
        qsizetype close = -1;
        bool quoted = false;
        for (qsizetype i = open < 0 ? argument.size() : open + 1; i < argument.size() && close < 0; ++i) {
            if (quoted && argument.at(i) == '\\')
                ++i;
            else if (argument.at(i) == '"')
                quoted = !quoted;
            else if (!quoted && argument.at(i) == '>')
                close = i;
        }
        if (close > open)
            return argument.mid(open + 1, close - open - 1);
        const qsizetype colon = argument.indexOf(':');
        return argument.mid(colon + 1).trimmed().split(' ').value(0);
    };
    m_answered.sender = command.verb == SmtpVerb::Mail ? named() : m_sender.value_or(QByteArray());
    m_answered.recipients = command.verb == SmtpVerb::Rcpt ? QList<QByteArray>{named()} : m_recipients;
    m_answered.inTransaction = command.verb == SmtpVerb::Mail || m_sender.has_value();
}

void SmtpServerProtocol::resetTransaction()
{
    m_sender.reset();
    m_senderRules.reset();
    m_recipients.clear();
    m_recipientNotify.clear();
    m_recipientOrcpt.clear();
    m_recipientsOverLimit = 0;
    m_dsn = {};
}

bool SmtpServerProtocol::authAllowedHere() const
{
    // AUTH only over TLS, and never on the LAN relay listener (no open relay, docs/architecture.md).
    return m_policy.kind != ListenerKind::Lan && m_tls;
}

void SmtpServerProtocol::receive(QByteArrayView bytes)
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Data) {
        // A line of content ended, or the message: a byte now and then without a line end is no progress
        // here either (an outside tester's trusted device held its slot so, inside DATA).
        const qint64 linesBefore = m_data->lines();
        feedData(bytes);
        if (m_state != State::Data || !m_data || m_data->lines() != linesBefore)
            ++m_progress;
        return;
    }
    m_lines.append(bytes);
    if (m_state == State::Waiting) {
        // RFC 2920 allows pipelining, but not without bound while a reply is pending.
        if (m_lines.pendingBytes() > m_policy.maxPipelinedBytes)
            reply(421, "4.7.0", "Too much pipelined input, closing connection", true);
        return;
    }
    process();
}

void SmtpServerProtocol::process()
{
    while (m_state != State::Closed && m_state != State::Waiting && m_state != State::Data) {
        switch (m_lines.next()) {
        case CommandLineReader::Event::NeedMore:
            return;
        case CommandLineReader::Event::Line:
            ++m_progress; // RFC 5321 4.5.3.2.7: the server waits for a command, not for bytes
            handleLine(m_lines.line());
            break;
        case CommandLineReader::Event::TooLong:
            // RFC 5321 4.5.3.1.4 (command line) and RFC 4954 4 (AUTH data): 500 5.5.6.
            m_state = State::Command; // an over-long AUTH response also cancels the exchange
            m_answering = SmtpVerb::Unknown;
            protocolError(500, "5.5.6", "Line too long");
            break;
        case CommandLineReader::Event::BareLineFeed:
            ++m_errorTally.bareLineFeeds; // firmware that ends its lines with LF alone: named in the record
            [[fallthrough]];
        case CommandLineReader::Event::BadCharacters:
            m_state = State::Command;
            m_answering = SmtpVerb::Unknown;
            protocolError(500, "5.5.2", "Syntax error: bare CR, bare LF or NUL in command line");
            break;
        }
    }
    if (m_state == State::Data) {
        // Content may already be buffered behind the DATA command (RFC 2920).
        const QByteArray pending = m_lines.takePending();
        feedData(pending);
    }
}

void SmtpServerProtocol::handleLine(const QByteArray& line)
{
    if (m_state == State::AuthPlain || m_state == State::AuthLoginUser ||
        m_state == State::AuthLoginPassword) {
        handleAuthData(line);
        return;
    }
    if (m_accessWithdrawn)
        return closeForWithdrawnAccess();
    const SmtpCommand command = parseCommandLine(line);
    m_answering = command.verb;
    noteAnsweredEnvelope(command);
    const CommandRule& rule = ruleFor(command.verb);
    if (line.size() + 2 > rule.maxLine)
        return protocolError(500, "5.5.6", "Line too long");
    handleCommand(command, rule);
}

void SmtpServerProtocol::accessWithdrawn()
{
    if (hasAccess())
        m_accessWithdrawn = true;
}

void SmtpServerProtocol::closeForWithdrawnAccess()
{
    resetTransaction();
    reply(
        421, "4.7.0",
        "Access withdrawn: the credential was revoked or rotated, or its Mail Agent was disabled or changed; "
        "closing connection",
        true);
}

void SmtpServerProtocol::handleCommand(const SmtpCommand& command, const CommandRule& rule)
{
    for (const Refusal& refusal : rule.refusals) {
        if (refusal.need == Need::Nothing)
            break;
        if (!meets(refusal.need, command))
            return protocolError(
                refusal.code, refusal.enhanced,
                QByteArray(refusal.text).replace("%1", m_peer.address.toString().toLatin1()));
    }
    (this->*rule.handler)(command);
}

void SmtpServerProtocol::handleHelo(const SmtpCommand& command)
{
    greet(command, false);
}

void SmtpServerProtocol::handleEhlo(const SmtpCommand& command)
{
    greet(command, true);
}

void SmtpServerProtocol::greet(const SmtpCommand& command, bool extended)
{
    const QByteArray domain = command.argument.trimmed();
    if (domain.isEmpty() || domain.contains(' '))
        return protocolError(501, "5.5.4", extended ? "Syntax: EHLO domain" : "Syntax: HELO domain");
    // RFC 5321 4.1.1.1: a Domain or an address literal, in ASCII (no SMTPUTF8 here). Names that break the
    // grammar in printable ASCII (an underscore, a stray parenthesis) are common in devices and accepted;
    // receivedHeader() writes them safely.
    const bool printable =
        std::all_of(domain.cbegin(), domain.cend(), [](char c) { return c > ' ' && c < 0x7f; });
    if (!printable)
        return protocolError(501, "5.5.2",
                             "Syntax error: the " + QByteArray(extended ? "EHLO" : "HELO") +
                                 " name must be a domain or an address literal in printable ASCII");
    // RFC 5321 4.1.3: a name in brackets is an address literal and must hold a real address ("[999.1.1.1]"
    // was taken and written into Received: as it came).
    if (domain.startsWith('[') && !isValidAddressLiteral(domain))
        return protocolError(501, "5.5.2",
                             "Syntax error: the " + QByteArray(extended ? "EHLO" : "HELO") +
                                 " address literal must be [IPv4] or [IPv6:address]");
    // RFC 5321 4.1.4: EHLO/HELO resets the transaction as RSET would.
    resetTransaction();
    m_helo = domain;
    m_extended = extended;
    if (!extended) {
        reply(250, nullptr, m_policy.hostname);
        return;
    }
    SmtpReply r;
    r.code = 250;
    r.lines << m_policy.hostname + " greets " + domain;
    r.lines << "PIPELINING";
    r.lines << "SIZE " + QByteArray::number(m_policy.maxMessageSize);
    r.lines << "8BITMIME";
    r.lines << "ENHANCEDSTATUSCODES";
    r.lines << "DSN"; // RFC 3461
    if (!m_tls && m_policy.tlsAvailable)
        r.lines << "STARTTLS";
    if (authAllowedHere())
        r.lines << "AUTH PLAIN LOGIN";
    r.lines << "HELP";
    m_endpoint.sendReply(r);
}

void SmtpServerProtocol::handleRset(const SmtpCommand&)
{
    resetTransaction();
    reply(250, "2.0.0", "Reset OK");
}

void SmtpServerProtocol::handleNoop(const SmtpCommand&)
{
    reply(250, "2.0.0", "OK");
}

void SmtpServerProtocol::handleQuit(const SmtpCommand&)
{
    reply(221, "2.0.0", m_policy.hostname + " closing connection", true);
}

void SmtpServerProtocol::handleVrfy(const SmtpCommand&)
{
    reply(252, "2.5.0", "Cannot VRFY user, but will accept message and attempt delivery");
}

void SmtpServerProtocol::handleHelp(const SmtpCommand&)
{
    reply(214, "2.0.0", "RelayDesk: see RFC 5321 for the commands");
}

void SmtpServerProtocol::handleStartTls(const SmtpCommand&)
{
    // RFC 3207 4.2 and CVE-2011-0411: nothing the client sent after STARTTLS may survive into the TLS
    // session.
    m_lines.discardPending();
    m_state = State::Waiting;
    reply(220, "2.0.0", "Ready to start TLS");
    m_endpoint.startTls();
}

void SmtpServerProtocol::tlsStarted(const QString& version, const QString& cipher)
{
    m_lines.discardPending();
    m_tls = true;
    m_tlsVersion = version;
    m_tlsCipher = cipher;
    // RFC 3207 4.2: discard all knowledge obtained from the client before TLS.
    m_helo.clear();
    m_extended = false;
    m_authenticated = false;
    if (!m_trusted) {
        m_agentId = 0;
        m_agentName.clear();
    }
    resetTransaction();
    m_state = State::Command;
    m_endpoint.stateChanged();
}

void SmtpServerProtocol::handleMail(const SmtpCommand& command)
{
    const MailPathResult parsed = parseMailFrom(command.argument);
    if (!parsed.ok)
        return pathError(parsed.error);
    DsnRequest dsn;
    for (const auto& [keyword, value] : parsed.path.parameters) {
        if (keyword == "SIZE") {
            // RFC 1870 6: 1*20DIGIT, which may be more than a 64-bit number holds: any such size is too big.
            const bool digits =
                !value.isEmpty() && value.size() <= 20 &&
                std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!digits)
                return protocolError(501, "5.5.4", "Invalid SIZE parameter");
            bool fits = false;
            const qint64 size = value.toLongLong(&fits);
            if (!fits || size > m_policy.maxMessageSize)
                return protocolError(552, "5.3.4",
                                     "Message size exceeds fixed limit of " +
                                         QByteArray::number(m_policy.maxMessageSize) + " octets");
            // RFC 1870 6.1: too big for the room the store has now, 452 at once, not after the whole
            // message was sent (an outside tester's client uploaded 400 KB at a time into a full disk). The
            // store writes a body twice (its log, then the database), and keeps a megabyte for itself.
            if (const std::optional<qint64> room = m_endpoint.storeRoom();
                room && 2 * size + 1024 * 1024 > *room)
                return reply(452, "4.3.1",
                             "Insufficient system storage for a message of " + QByteArray::number(size) +
                                 " octets now; try again later");
        } else if (keyword == "BODY") {
            const QByteArray body = value.toUpper();
            if (body != "7BIT" && body != "8BITMIME")
                return protocolError(501, "5.5.4", "BODY must be 7BIT or 8BITMIME");
        } else if (keyword == "AUTH") {
            // RFC 4954 5: accepted and not propagated.
        } else if (keyword == "RET") {
            // RFC 3461 4.3
            const std::optional<QByteArray> ret = DsnParameters::parseRet(value);
            if (!ret || !dsn.ret.isEmpty())
                return protocolError(501, "5.5.4", "RET must be FULL or HDRS, given once (RFC 3461 4.3)");
            dsn.ret = *ret;
        } else if (keyword == "ENVID") {
            // RFC 3461 4.4
            if (value.isEmpty() || value.size() > DsnParameters::maxEnvid || !DsnParameters::isXtext(value) ||
                !dsn.envid.isEmpty())
                return protocolError(
                    501, "5.5.4", "ENVID must be xtext of at most 100 characters, given once (RFC 3461 4.4)");
            dsn.envid = value;
        } else {
            return protocolError(555, "5.5.4", "MAIL parameter " + keyword + " not recognized");
        }
    }
    // docs/protocols.md, "Sender domains": an agent sends only as its domains and addresses.
    auto rules = m_endpoint.senderRules(m_agentId);
    if (!rules || rules->unavailable)
        return reply(451, "4.3.0", "Sender rules unavailable; try again later");
    if (!rules->allows(parsed.path.address))
        return protocolError(553, "5.7.1", senderRefusal(*rules, parsed.path.address));
    // As in From: (fromRefusal): the envelope sender becomes the From: of a message without one and the
    // Return-Path recipients see, so <"ceo@shop.test"@billing.test> had the relay write the misleading From:
    // itself (an outside tester).
    if (localPartShowsAnAddress(parsed.path.address))
        return protocolError(553, "5.7.1",
                             "Sender address" + shownInReply(parsed.path.address) +
                                 " has a local part that shows another address (mail programs show it as the "
                                 "sender)");
    m_senderRules = std::move(rules);
    // docs/protocols.md, "Sending limits": a Mail Agent over its message rate starts no transaction;
    // 451 4.7.1 (RFC 3463: delivery not authorized for now), so that the client queues the message and
    // retries.
    m_agentMaxRecipients = 0;
    if (m_agentId != 0) {
        const SendingAdmission admission = m_endpoint.admitSending(m_agentId);
        if (admission.refusal)
            return reply(451, "4.7.1", sendingRefusalText(m_agentName, *admission.refusal));
        m_agentMaxRecipients = admission.maxRecipients;
    }
    m_sender = parsed.path.address;
    m_dsn = dsn;
    m_recipients.clear();
    m_recipientNotify.clear();
    m_recipientOrcpt.clear();
    reply(250, "2.1.0", "Sender OK");
    m_endpoint.stateChanged();
}

bool SmtpServerProtocol::isInternalLiteral(const QByteArray& recipient)
{
    const qsizetype at = recipient.lastIndexOf('@');
    if (at < 0 || !recipient.endsWith(']') || recipient.size() <= at + 2 || recipient.at(at + 1) != '[')
        return false;
    QByteArray literal = recipient.mid(at + 2, recipient.size() - at - 3);
    if (literal.startsWith("IPv6:"))
        literal = literal.mid(5);
    const QHostAddress address(QString::fromLatin1(literal));
    if (address.isNull())
        return false;
    if (address.isLoopback() || address.isLinkLocal() || address.isMulticast() || address.isSiteLocal() ||
        address.isUniqueLocalUnicast() || address.isBroadcast() || address == QHostAddress::AnyIPv4 ||
        address == QHostAddress::AnyIPv6)
        return true;
    // RFC 1918 private networks, RFC 6598 shared address space, "this network" (0.0.0.0/8).
    static const QList<std::pair<QHostAddress, int>> internal = {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        QHostAddress::parseSubnet(QStringLiteral("0.0.0.0/8"))};
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    const QHostAddress plain = mapped ? QHostAddress(v4) : address;
    return std::any_of(internal.cbegin(), internal.cend(),
                       [&](const auto& subnet) { return plain.isInSubnet(subnet); });
}

bool SmtpServerProtocol::isLocalhostDomain(const QByteArray& recipient)
{
    const qsizetype at = recipient.lastIndexOf('@');
    if (at < 0)
        return false;
    QByteArray domain = recipient.mid(at + 1).toLower();
    if (domain.endsWith('.'))
        domain.chop(1);
    // localhost.localdomain: the name many systems give 127.0.0.1 besides localhost.
    return domain == "localhost" || domain.endsWith(".localhost") || domain == "localhost.localdomain";
}

bool SmtpServerProtocol::isOwnHostName(const QByteArray& recipient) const
{
    const qsizetype at = recipient.lastIndexOf('@');
    if (at < 0 || m_policy.hostname.isEmpty())
        return false;
    QByteArray domain = recipient.mid(at + 1);
    if (domain.endsWith('.'))
        domain.chop(1);
    return domain.compare(m_policy.hostname, Qt::CaseInsensitive) == 0;
}

bool SmtpServerProtocol::isUnqualifiedDomain(const QByteArray& recipient)
{
    const qsizetype at = recipient.lastIndexOf('@');
    if (at < 0)
        return false;
    QByteArray domain = recipient.mid(at + 1);
    if (domain.startsWith('['))
        return false; // an address literal (RFC 5321 4.1.3), judged on its own
    if (domain.endsWith('.'))
        domain.chop(1);
    return !domain.contains('.');
}

void SmtpServerProtocol::handleRcpt(const SmtpCommand& command)
{
    // As Postfix's smtpd_hard_error_limit counts refused recipients: a client that names address after
    // address the relay refuses is probing or broken, and each refusal costs a log line and a record.
    if (m_refusedRecipients >= m_policy.maxRefusedRecipients)
        return reply(421, "4.7.0",
                     "Too many refused recipients (" + QByteArray::number(m_refusedRecipients) +
                         ") without a message accepted, closing connection",
                     true);
    const MailPathResult parsed = parseRcptTo(command.argument);
    if (!parsed.ok)
        return pathError(parsed.error);
    int notify = 0;
    QByteArray orcpt;
    for (const auto& [keyword, value] : parsed.path.parameters) {
        if (keyword == "NOTIFY") {
            // RFC 3461 4.1
            const std::optional<int> asked = DsnParameters::parseNotify(value);
            if (!asked || notify != 0)
                return protocolError(
                    501, "5.5.4",
                    "NOTIFY must be NEVER or a list of SUCCESS, FAILURE and DELAY, given once "
                    "(RFC 3461 4.1)");
            notify = *asked;
        } else if (keyword == "ORCPT") {
            // RFC 3461 4.2
            const std::optional<QByteArray> original = DsnParameters::parseOrcpt(value);
            if (!original || !orcpt.isEmpty())
                return protocolError(
                    501, "5.5.4",
                    "ORCPT must be a type, \";\" and an xtext address, given once (RFC 3461 4.2)");
            orcpt = *original;
        } else {
            return protocolError(555, "5.5.4", "RCPT parameter " + keyword + " not recognized");
        }
    }
    // RFC 5321 4.1.1.3 makes "<Postmaster>" without a domain valid syntax, and 4.5.1 says a relay MUST take
    // it: it goes to the address the administrator set (delivery.postmaster). Without one, it is refused
    // here, not queued and then failed at every attempt (docs/protocols.md, "Recipients").
    QByteArray recipient = withoutNeedlessQuotes(parsed.path.address);
    if (!recipient.contains('@')) {
        if (recipient.compare("postmaster", Qt::CaseInsensitive) != 0 || m_policy.postmaster.isEmpty())
            return reply(550, "5.1.1",
                         "This relay has no mailboxes of its own: write to the postmaster of a domain, e.g. "
                         "postmaster@example.com");
        recipient = m_policy.postmaster;
    }
    // RFC 5321 4.1.3 lets a recipient name an address instead of a domain: one of this machine or of a
    // private network would have the relay connect to port 25 of the office's own hosts, skipping DNS and
    // every route (an outside tester's reached the relay's own machine). Public addresses go as any domain.
    if (!m_policy.internalLiterals && isInternalLiteral(recipient))
        return reply(550, "5.7.1",
                     "This relay does not deliver to an address of its own machine or of a private network: "
                     "write to a domain name");
    // RFC 6761 6.3: localhost and the names under it are this machine, whatever DNS says; an outside tester
    // reached the relay's machine with user@localhost where user@[127.0.0.1] was refused.
    if (!m_policy.internalLiterals && isLocalhostDomain(recipient))
        return reply(550, "5.7.1",
                     "This relay does not deliver to localhost, its own machine: write to a domain name");
    // RFC 5321 2.3.5: the domain of an address is fully qualified. A name without a dot ("x@sales") is one
    // of a local network's search domains, or a typo; it has no MX and waited through every retry before it
    // bounced (an outside tester). Refused now, as Postfix's reject_non_fqdn_recipient does, unless a route
    // names it or the setting for internal destinations lets such names through.
    if (!m_policy.internalLiterals && isUnqualifiedDomain(recipient) &&
        !m_policy.routedNames.contains(recipient.mid(recipient.lastIndexOf('@') + 1).toLower()))
        return reply(550, "5.1.2",
                     "The recipient's domain \"" + recipient.mid(recipient.lastIndexOf('@') + 1) +
                         "\" is not a full domain name: write to an address such as user@example.com");
    // The relay's own host name (server.hostname) is this machine, where the relay keeps no mailboxes: a cron
    // job's mail to root@<host name> was taken and waited through every retry before it bounced (an outside
    // tester). Refused as localhost is, unless a route names it.
    if (!m_policy.internalLiterals && isOwnHostName(recipient) &&
        !m_policy.routedNames.contains(m_policy.hostname.toLower()))
        return reply(550, "5.7.1",
                     "This relay does not deliver to " + m_policy.hostname +
                         ", its own host name: write to a domain that receives mail");
    // One mailbox once per message (as Postfix's duplicate filter): a client that names it twice would
    // otherwise have it delivered twice, and use up the recipient limits. RFC 5321 2.4: the domain is
    // compared without regard to case, the local part as it is.
    if (std::any_of(m_recipients.cbegin(), m_recipients.cend(),
                    [&](const QByteArray& known) { return sameMailbox(known, recipient); }))
        return reply(250, "2.1.5", "Recipient OK (already a recipient of this message)");
    if (m_recipients.size() >= m_policy.maxRecipients)
        return reply(452, "4.5.3",
                     "Too many recipients (at most " + QByteArray::number(m_policy.maxRecipients) +
                         " per message)");
    // RFC 5321 4.5.3.1.10: too many recipients is 452, which the client takes as "send the rest in another
    // transaction" (RFC 3463 4.5.3); 552 would make older clients give the recipients up.
    if (m_agentMaxRecipients > 0 && m_recipients.size() >= m_agentMaxRecipients)
        return reply(452, "4.5.3",
                     "Too many recipients for this agent (limit " + QByteArray::number(m_agentMaxRecipients) +
                         ")");
    m_recipients << recipient;
    m_recipientNotify << notify;
    m_recipientOrcpt << orcpt;
    reply(250, "2.1.5", "Recipient OK");
}

void SmtpServerProtocol::handleData(const SmtpCommand&)
{
    m_data = std::make_unique<DataReader>(m_policy.maxMessageSize, 998, m_policy.dataBudget);
    m_state = State::Data;
    reply(354, nullptr, "End data with <CR><LF>.<CR><LF>");
    m_endpoint.stateChanged();
}

void SmtpServerProtocol::feedData(QByteArrayView bytes)
{
    const qsizetype used = m_data->feed(bytes);
    if (!m_data->isFinished())
        return;
    // What follows the end of data is the next command (RFC 2920); keep it until the reply is sent.
    m_lines.append(bytes.sliced(used));
    finishData();
}

void SmtpServerProtocol::finishData()
{
    const DataReader::Problem problem = m_data->problem();
    QByteArray message = m_data->takeMessage();
    m_data.reset();
    m_state = State::Command;
    m_answering = SmtpVerb::Data;
    switch (problem) {
    case DataReader::Problem::None:
        break;
    case DataReader::Problem::TooBig:
        resetTransaction();
        reply(552, "5.3.4",
              "Message size exceeds fixed limit of " + QByteArray::number(m_policy.maxMessageSize) +
                  " octets");
        return process();
    case DataReader::Problem::NoMemory:
        resetTransaction();
        // RFC 5321 4.2.3 and RFC 3463 4.3.1: the relay is short of room now; the client tries again later.
        reply(452, "4.3.1",
              "Insufficient system storage: too many messages are being received at once; try again later");
        return process();
    case DataReader::Problem::BareCrOrLf:
        resetTransaction();
        // RFC 5321 2.3.8: lines end with CRLF. A bare LF is read as one (DataReader), but never a bare CR,
        // and a dot line with or after a bare LF never ends the data (SMTP smuggling).
        reply(550, "5.6.0",
              "Message refused: a bare CR, or a dot line ended by or after a bare LF, in message content; "
              "lines must end with CRLF");
        return process();
    case DataReader::Problem::DoubledCr:
        resetTransaction();
        reply(
            550, "5.6.0",
            "Message refused: a line in message content ends with CR CR LF (a file whose lines already end "
            "with CRLF, converted again, as curl --crlf does) or holds two CRs in a row; lines must end with "
            "CRLF alone");
        return process();
    case DataReader::Problem::Nul:
        resetTransaction();
        reply(550, "5.6.0", "Message refused: NUL character in message content");
        return process();
    case DataReader::Problem::LineTooLong:
        resetTransaction();
        reply(550, "5.6.0", "Message refused: a text line is longer than 1000 octets (RFC 5321 4.5.3.1.6)");
        return process();
    }
    if (m_accessWithdrawn)
        return closeForWithdrawnAccess(); // the message came in after access ended: not accepted
    // RFC 5321 6.3: count the Received: fields the client sent (before the relay adds its own); this many
    // hops means a mail loop, and relaying once more would only feed it.
    if (TraceHeaders::countReceived(message, m_policy.maxHops) >= m_policy.maxHops) {
        resetTransaction();
        reply(554, "5.4.6",
              "Too many hops: " + QByteArray::number(m_policy.maxHops) +
                  " or more Received: header fields, the message is looping");
        return process();
    }
    // One pass over the header lines serves the From: check and the fields RFC 6409 8 has the MSA add.
    const HeaderSection headers = HeaderSection::scan(message);
    // A header section of megabytes (an outside tester's one folded 18 MB field) is refused here, while the
    // client is still there to be told, rather than by the receiving server later, as Exim's header_maxsize
    // does (Postfix cuts at 100 KiB).
    if (headers.end > kMaxHeaderSection) {
        resetTransaction();
        reply(552, "5.3.4",
              "Message header section exceeds fixed limit of " + QByteArray::number(kMaxHeaderSection) +
                  " octets");
        return process();
    }
    // RFC 5322 3.6: one From: field. Two let a reader see one author and a DMARC check judge the other
    // (an outside tester's second From: was delivered and signed); no agent may send that.
    if (headers.from.size() > 1) {
        resetTransaction();
        reply(550, "5.6.0", "Message refused: more than one From: header field (RFC 5322 3.6 allows one)");
        return process();
    }
    // The same for the fields that say who sent it and where replies go (a second tester's two Sender: and
    // two Reply-To: fields passed).
    for (const auto& [fields, name] :
         {std::pair{&headers.sender, "Sender:"}, std::pair{&headers.replyTo, "Reply-To:"}}) {
        if (fields->size() > 1) {
            resetTransaction();
            reply(550, "5.6.0",
                  "Message refused: more than one " + QByteArray(name) +
                      " header field (RFC 5322 3.6 allows one)");
            return process();
        }
    }
    // And the other fields a message has once (an outside tester's two Subject: and two To: were accepted,
    // signed, and would have bounced at a large mailbox provider).
    if (!headers.repeated.isEmpty()) {
        resetTransaction();
        reply(550, "5.6.0",
              "Message refused: more than one " + headers.repeated +
                  " header field (RFC 5322 3.6 allows one)");
        return process();
    }
    if (!m_senderRules->anySender) {
        if (const QByteArray refusal = fromRefusal(headers); !refusal.isEmpty()) {
            resetTransaction();
            reply(550, "5.7.1", refusal);
            return process();
        }
    }
    // RFC 5322 3.6.2: a From: of several mailboxes needs a Sender: naming the one that sent it; without it a
    // reader and a DMARC check each pick another author, as with two From: fields (an outside tester). After
    // the sender rules, which name a foreign mailbox among them.
    if (headers.from.size() == 1 && headers.sender.isEmpty() &&
        FromAddresses::parse(headers.from.first()).addresses.size() > 1) {
        resetTransaction();
        reply(550, "5.6.0",
              "Message refused: a From: header field of several mailboxes needs a Sender: field naming the "
              "one that sent it (RFC 5322 3.6.2)");
        return process();
    }
    // docs/protocols.md, "Sending limits": MAIL answered from what was stored then, and parallel sessions
    // of one agent all past their MAIL would each store one more message than the limit allows.
    if (m_agentId != 0) {
        const SendingAdmission admission = m_endpoint.reserveSending(m_agentId);
        if (admission.refusal) {
            resetTransaction();
            reply(451, "4.7.1", sendingRefusalText(m_agentName, *admission.refusal));
            return process();
        }
    }
    SubmittedMessage submitted;
    submitted.queueId = m_endpoint.newQueueId();
    submitted.sender = *m_sender;
    submitted.recipients = m_recipients;
    submitted.dsn = m_dsn;
    submitted.notify = m_recipientNotify;
    submitted.orcpt = m_recipientOrcpt;
    submitted.agentId = m_agentId;
    submitted.agentName = m_agentName;
    const QByteArray date = m_endpoint.traceDate();
    // RFC 6409 8.3 and 8.2: a message without Message-ID: or Date: gets them here, at the end of its
    // header section, before it is queued (and signed).
    QByteArray added;
    // RFC 5322 3.6: From: is required, and DKIM signs it (RFC 6376 5.4). A message without one gets its
    // envelope sender, which MAIL checked against the agent's senders; without it the receiver made of the
    // sender whatever it liked (an outside tester), and the sender check had nothing to check.
    if (headers.from.isEmpty() && m_sender && !m_sender->isEmpty())
        added += "From: <" + *m_sender + ">\r\n";
    if (!headers.hasMessageId)
        added += "Message-ID: <" + submitted.queueId.toLatin1() + '@' + m_policy.hostname + ">\r\n";
    if (!headers.hasDate)
        added += "Date: " + date + "\r\n";
    // A header section that ends at a line that is no header field (no empty line before it) gets its empty
    // line here, so that what follows is body for every reader: a From: after such a line would otherwise be
    // read as the sender by a lenient reader, unchecked by the rule above.
    if (headers.needsSeparator)
        added += "\r\n";
    const QByteArray received = receivedHeader(submitted.queueId, date);
    submitted.content.reserve(received.size() + added.size() + message.size());
    submitted.content += received;
    // RFC 5322 3.6.3: the blind copies' addresses are for the envelope only. A Bcc: field left in the header
    // would show them to every recipient, so it goes, as Postfix's cleanup and the mail programs do it. So
    // does a Return-Path: the application wrote (RFC 5321 4.4; an outside tester's agent showed a bounce
    // address of another domain, which no sender check looks at) and a Content-Length:.
    qsizetype copied = 0;
    for (const auto& [first, second] : headers.dropped) {
        submitted.content += QByteArrayView(message).sliced(copied, first - copied);
        copied = second;
    }
    submitted.content += QByteArrayView(message).sliced(copied, headers.end - copied);
    submitted.content += added;
    submitted.content += QByteArrayView(message).sliced(headers.end);
    m_pendingQueueId = submitted.queueId;
    m_state = State::Waiting;
    m_endpoint.stateChanged();
    m_endpoint.commitMessage(submitted);
}

void SmtpServerProtocol::commitFinished(CommitFailure failure)
{
    if (m_state != State::Waiting)
        return;
    m_state = State::Command;
    resetTransaction();
    switch (failure) {
    case CommitFailure::None:
        ++m_messagesAccepted;
        m_refusedRecipients = 0;
        reply(250, "2.0.0", "OK: queued as " + m_pendingQueueId.toLatin1());
        break;
    case CommitFailure::StorageFull:
        reply(452, "4.3.1", "Insufficient system storage; try again later");
        break;
    case CommitFailure::LocalError:
    case CommitFailure::StoreUnavailable:
    case CommitFailure::StoreLocked:
        reply(451, "4.3.0", "Local error in processing; try again later");
        break;
    }
    m_endpoint.stateChanged();
    process();
}

void SmtpServerProtocol::closedByAdministrator()
{
    if (m_state == State::Closed)
        return;
    m_answering = SmtpVerb::Unknown; // no command is answered: nothing was refused
    resetTransaction();
    reply(421, "4.7.0", m_policy.hostname + " connection closed by the administrator", true);
}

void SmtpServerProtocol::shuttingDown()
{
    if (m_state == State::Closed)
        return;
    m_answering = SmtpVerb::Unknown; // no command is answered: nothing was refused
    resetTransaction();
    reply(421, "4.3.2", m_policy.hostname + " service shutting down, closing connection", true);
}

void SmtpServerProtocol::timedOut(int busySeconds)
{
    if (m_state == State::Closed)
        return;
    m_answering = SmtpVerb::Unknown; // no command is answered: nothing was refused
    if (busySeconds > 0)
        return reply(421, "4.4.2",
                     m_policy.hostname + " idle for " + QByteArray::number(busySeconds) +
                         " seconds while the relay is near its connection limit, closing connection",
                     true);
    reply(421, "4.4.2", m_policy.hostname + " timeout exceeded, closing connection", true);
}

QByteArray SmtpServerProtocol::senderRefusal(const SenderRules& rules, const QByteArray& sender)
{
    // RFC 5321 4.5.5: the null sender is for bounces and other notifications, which Mail Agents do not send.
    if (sender.isEmpty())
        return "Null sender not allowed for this agent (it is for bounces); allowed: " + rules.allowedList();
    return "Sender address not allowed for this agent; allowed: " + rules.allowedList();
}

QByteArray SmtpServerProtocol::fromRefusal(const HeaderSection& headers) const
{
    // RFC 5322 3.6.2: every mailbox of every From: field must be the agent's, and so must the Sender: (the
    // mailbox that sent it, which receivers show as "on behalf of" and DMARC-blind filters trust); a message
    // without From: has only its envelope sender, which MAIL checked.
    const auto refusal = [this](const QList<QByteArray>& fields, const char* name) -> QByteArray {
        for (const QByteArray& field : fields) {
            const FromAddresses from = FromAddresses::parse(field);
            // A group with no mailbox ("undisclosed:;") names no sender at all: said so, not "not allowed".
            if (!from.malformed && from.addresses.isEmpty())
                return QByteArray(name) +
                       " header names no mailbox (an empty group, RFC 5322 3.6.2): give the "
                       "sender's own address; allowed: " +
                       m_senderRules->allowedList();
            // A mailbox without a domain ("From: root (Cron Daemon)", as cron writes it): said so, since the
            // domains allowed are no help (an outside tester's msmtp cron job).
            for (const QByteArray& address : from.addresses) {
                if (from.malformed || address.contains('@'))
                    continue;
                // An encoded word where the address should be (RFC 2047 5: never in an addr-spec) is no user
                // name: an outside tester's "From: =?utf-8?q?ceo=40bank.example?=" was sent to cron's advice.
                if (address.startsWith("=?") && address.endsWith("?="))
                    return QByteArray(name) +
                           " header holds only an encoded display name, no address (RFC 2047 5): give the "
                           "sender's own address; allowed: " +
                           m_senderRules->allowedList();
                return QByteArray(name) +
                       " header address has no domain (a bare user name, as cron writes it): give a full "
                       "address (msmtp: set_from_header on); allowed: " +
                       m_senderRules->allowedList();
            }
            if (from.malformed)
                return QByteArray(name) +
                       " header address not allowed for this agent; allowed: " + m_senderRules->allowedList();
            // The address refused is named: the refusal's row is where support looks for it (an outside
            // tester's row showed only the allowed envelope sender).
            for (const QByteArray& address : from.addresses)
                if (!m_senderRules->allows(address))
                    return QByteArray(name) + " header address" + shownInReply(address) +
                           " not allowed for this agent; allowed: " + m_senderRules->allowedList();
            if (!from.shownOtherAddresses.isEmpty())
                return QByteArray(name) +
                       " header display name or comment shows another address than its "
                       "mailbox (mail programs show it as the sender); allowed: " +
                       m_senderRules->allowedList();
            // A quoted local part that is itself an address ("eve@evil.test"@office.test): allowed by its
            // domain, and read by a person as the other address (an outside tester's was accepted, signed).
            // Its look-alikes too, as in a display name (a second tester's "eve\u{FF20}evil.test" passed).
            for (const QByteArray& address : from.addresses)
                if (localPartShowsAnAddress(address))
                    return QByteArray(name) + " header address" + shownInReply(address) +
                           " has a local part that shows another address (mail programs show it as the "
                           "sender); allowed: " +
                           m_senderRules->allowedList();
        }
        return {};
    };
    if (QByteArray from = refusal(headers.from, "From:"); !from.isEmpty())
        return from;
    if (QByteArray sender = refusal(headers.sender, "Sender:"); !sender.isEmpty())
        return sender;
    // RFC 5322 3.6.6: Resent-From: and Resent-Sender: name who re-sent the message, the originator fields of
    // the resend; a client may not claim another domain there either.
    if (QByteArray resentFrom = refusal(headers.resentFrom, "Resent-From:"); !resentFrom.isEmpty())
        return resentFrom;
    if (QByteArray resentSender = refusal(headers.resentSender, "Resent-Sender:"); !resentSender.isEmpty())
        return resentSender;
    // Reply-To may name any address (a help desk elsewhere), but not show another one than it names.
    for (const QByteArray& field : headers.replyTo) {
        if (!FromAddresses::parse(field).shownOtherAddresses.isEmpty())
            return "Reply-To: header display name or comment shows another address than its mailbox (mail "
                   "programs show it); allowed: " +
                   m_senderRules->allowedList();
    }
    return {};
}

QByteArray SmtpServerProtocol::receivedHeader(const QString& queueId, const QByteArray& date) const
{
    // RFC 5321 4.4 trace field; "with" keywords from RFC 3848. Neither the credential nor the Mail Agent's
    // name: recipients read this field, and an agent named after a person or a machine told them who in the
    // office sent it (an outside tester). The queue id leads support staff to the agent in the Delivery Logs.
    QByteArray with = m_extended ? "ESMTP" : "SMTP";
    if (m_tls)
        with += 'S';
    if (m_authenticated)
        with += 'A';
    // The client as an address literal (RFC 5321 4.1.3): "[192.0.2.1]", "[IPv6:2001:db8::1]".
    const bool ipv6 = m_peer.address.protocol() == QAbstractSocket::IPv6Protocol;
    const QByteArray literal =
        "[" + QByteArray(ipv6 ? "IPv6:" : "") + m_peer.address.toString().toLatin1() + "]";
    // RFC 5321 4.4, From-domain: the client's name where it is one; otherwise its address literal, and what
    // it said inside the comment, where only \, ( and ) need a quoted-pair (RFC 5322 3.2.2).
    const QByteArray from = TraceHeaders::isHeloName(m_helo)
                                ? QByteArray(m_helo + " (" + literal + ")")
                                : QByteArray(literal + " (" + QByteArray(m_extended ? "EHLO " : "HELO ") +
                                             TraceHeaders::commentText(m_helo) + ")");
    QByteArray header = "Received: from " + from + "\r\n\tby " + m_policy.hostname + " (RelayDesk " +
                        listenerName(m_policy.kind).toLatin1() + " listener) with " + with + " id " +
                        queueId.toLatin1();
    if (m_tls)
        header += "\r\n\t(using " + m_tlsVersion.toLatin1() + " with cipher " + m_tlsCipher.toLatin1() + ")";
    header += ";\r\n\t" + date + "\r\n";
    return header;
}

} // namespace RelayDesk
