#include "tests/support/serverdialogplayer.h"
#include "core/smtp/smtpserverprotocol.h"
#include "tests/support/dialogmatcher.h"
#include "tests/support/scriptedendpoint.h"

#include <memory>

namespace RelayDesk::Test {

namespace {

/// One run of a script: the protocol is made at the first line that needs it (settings come first) and
/// greets at the first "C:" or "S:" line.
class ServerRun
{
public:
    explicit ServerRun(const DialogScript& script) : m_script(script), m_match(script, m_endpoint.log)
    {
        m_policy.hostname = "relay.test";
    }

    QString run()
    {
        for (const DialogLine& line : m_script.lines()) {
            QString error;
            switch (line.kind) {
            case DialogLine::Kind::Client:
                start();
                if (m_pending.isEmpty())
                    error = m_match.allMatched(&line);
                m_pending += line.text + "\r\n";
                break;
            case DialogLine::Kind::Server:
            case DialogLine::Kind::Event:
            case DialogLine::Kind::Message:
                start();
                flush();
                error = m_match.expect(line);
                break;
            case DialogLine::Kind::Directive:
                flush();
                error = m_match.allMatched(&line);
                if (error.isEmpty())
                    error = directive(line);
                break;
            }
            if (!error.isEmpty())
                return error;
        }
        flush();
        return m_match.allMatched(nullptr);
    }

private:
    void create()
    {
        if (!m_protocol)
            m_protocol = std::make_unique<SmtpServerProtocol>(m_endpoint, m_policy, m_peer);
    }
    void start()
    {
        create();
        if (!m_started) {
            m_started = true;
            m_protocol->start();
        }
    }
    void flush()
    {
        if (!m_pending.isEmpty())
            m_protocol->receive(std::exchange(m_pending, QByteArray()));
    }

    QString directive(const DialogLine& line)
    {
        const QByteArray& name = line.name;
        const QList<QByteArray>& args = line.args;
        const auto bad = [&](const char* why) { return m_match.at(line, "@" + name + ": " + why); };
        const bool setting = name == "listener" || name == "limit" || name == "no-certificate" ||
                             name == "hostname" || name == "peer" || name == "postmaster";
        if (setting && m_protocol)
            return bad("a setting must come before the dialog starts");
        if (name == "listener") {
            const QByteArray kind = args.value(0);
            if (kind == "submission")
                m_policy.kind = ListenerKind::Submission;
            else if (kind == "smtps")
                m_policy.kind = ListenerKind::Smtps;
            else if (kind == "lan")
                m_policy.kind = ListenerKind::Lan;
            else
                return bad("submission, smtps or lan");
        } else if (name == "limit") {
            bool ok = false;
            const qint64 value = args.value(1).toLongLong(&ok);
            const QByteArray what = args.value(0);
            if (!ok)
                return bad("a limit and a number");
            if (what == "recipients")
                m_policy.maxRecipients = int(value);
            else if (what == "size")
                m_policy.maxMessageSize = value;
            else if (what == "errors")
                m_policy.maxErrors = int(value);
            else if (what == "hops")
                m_policy.maxHops = int(value);
            else if (what == "pipelined")
                m_policy.maxPipelinedBytes = value;
            else
                return bad("recipients, size, errors, hops or pipelined");
        } else if (name == "no-certificate") {
            m_policy.tlsAvailable = false;
        } else if (name == "hostname") {
            m_policy.hostname = args.value(0);
        } else if (name == "postmaster") {
            m_policy.postmaster = args.value(0);
        } else if (name == "peer") {
            m_peer.address = QHostAddress(QString::fromLatin1(args.value(0)));
            if (m_peer.address.isNull())
                return bad("an IP address");
        } else if (name == "trusted") {
            create();
            m_protocol->setTrustedAgent(args.value(0).toLongLong(), QString::fromUtf8(args.mid(1).join(' ')));
        } else if (name == "trusting-agent-disabled") {
            create();
            m_protocol->setTrustingAgentDisabled();
        } else if (name == "tls") {
            create();
            m_protocol->tlsStarted(QString::fromLatin1(args.value(0, "TLSv1.3")),
                                   QString::fromLatin1(args.value(1, "TLS_AES_256_GCM_SHA384")));
        } else if (name == "locked-out") {
            m_endpoint.lockedOut = true;
        } else if (name == "auth") {
            create();
            const QByteArray outcome = args.value(0);
            if (outcome == "accepted")
                m_protocol->authFinished(AuthOutcome::Accepted, args.value(1).toLongLong(),
                                         QString::fromUtf8(args.mid(2).join(' ')));
            else if (outcome == "rejected")
                m_protocol->authFinished(AuthOutcome::Rejected, 0, {});
            else if (outcome == "locked-out") {
                m_endpoint.lockedOut =
                    true; // the failure that began the lockout: the address is locked out now
                m_protocol->authFinished(AuthOutcome::LockedOut, 0, {});
            } else if (outcome == "busy")
                m_protocol->authFinished(AuthOutcome::Busy, 0, {});
            else
                return bad("accepted ID NAME, rejected, locked-out or busy");
        } else if (name == "commit") {
            create();
            const QByteArray outcome = args.value(0);
            if (outcome == "ok")
                m_protocol->commitFinished(CommitFailure::None);
            else if (outcome == "storage-full")
                m_protocol->commitFinished(CommitFailure::StorageFull);
            else if (outcome == "local-error")
                m_protocol->commitFinished(CommitFailure::LocalError);
            else
                return bad("ok, storage-full or local-error");
        } else if (name == "withdraw") {
            create();
            m_protocol->accessWithdrawn();
        } else if (name == "timeout") {
            create();
            m_protocol->timedOut();
        } else if (name == "senders") {
            auto rules = std::make_shared<SenderRules>();
            const QByteArray first = args.value(0);
            if (args.isEmpty())
                return bad("any, unavailable, none or the allowed domains and addresses");
            if (first == "any")
                rules->anySender = true;
            else if (first == "unavailable")
                rules->unavailable = true;
            else if (first != "none") {
                for (const QByteArray& entry : args)
                    (entry.contains('@') ? rules->addresses : rules->domains) << QString::fromUtf8(entry);
            }
            m_endpoint.rules = rules;
        } else if (name == "advance") {
            m_endpoint.clock.advanceSeconds(args.value(0).toLongLong());
        } else {
            return bad("unknown directive for a server dialog");
        }
        return {};
    }

    const DialogScript& m_script;
    ScriptedEndpoint m_endpoint;
    DialogMatcher m_match;
    SessionPolicy m_policy;
    SessionPeer m_peer{QHostAddress(QStringLiteral("127.0.0.1")), 40000};
    std::unique_ptr<SmtpServerProtocol> m_protocol;
    QByteArray m_pending;
    bool m_started = false;
};

} // namespace

QString ServerDialogPlayer::play(const DialogScript& script)
{
    if (script.side() != DialogScript::Side::Server)
        return script.name() + QStringLiteral(": not a server dialog");
    return ServerRun(script).run();
}

} // namespace RelayDesk::Test
