#include "tests/support/clientdialogplayer.h"
#include "core/smtp/dsnparameters.h"
#include "core/smtp/smtpclientprotocol.h"
#include "tests/support/dialogmatcher.h"
#include "tests/support/recordingsink.h"

#include <memory>

namespace RelayDesk::Test {

namespace {

/// One run of a script: the client is made at the first line that is not a setting.
class ClientRun
{
public:
    explicit ClientRun(const DialogScript& script) : m_script(script), m_match(script, m_sink.log)
    {
        m_config.heloName = "relay.test";
    }

    QString run()
    {
        for (const DialogLine& line : m_script.lines()) {
            QString error;
            switch (line.kind) {
            case DialogLine::Kind::Server:
                create();
                if (m_pending.isEmpty())
                    error = m_match.allMatched(&line);
                m_pending += line.text + "\r\n";
                break;
            case DialogLine::Kind::Client:
            case DialogLine::Kind::Event:
                create();
                flush();
                error = m_match.expect(line);
                break;
            case DialogLine::Kind::Message:
                error = m_match.at(line, "M: lines belong to server dialogs");
                break;
            case DialogLine::Kind::Directive:
                if (m_client)
                    flush();
                error = m_match.allMatched(&line);
                if (error.isEmpty())
                    error = directive(line);
                break;
            }
            if (!error.isEmpty())
                return error;
        }
        if (m_client)
            flush();
        return m_match.allMatched(nullptr);
    }

private:
    void create()
    {
        if (!m_client)
            m_client = std::make_unique<SmtpClientProtocol>(m_config, &m_sink);
    }
    void flush()
    {
        if (!m_pending.isEmpty())
            m_client->receive(std::exchange(m_pending, QByteArray()));
    }

    QString directive(const DialogLine& line)
    {
        const QByteArray& name = line.name;
        const QList<QByteArray>& args = line.args;
        const auto bad = [&](const char* why) { return m_match.at(line, "@" + name + ": " + why); };
        const bool setting =
            name == "helo" || name == "starttls" || name == "implicit-tls" || name == "login";
        if (setting && m_client)
            return bad("a setting must come before the dialog starts");
        if (name == "helo") {
            m_config.heloName = args.value(0);
        } else if (name == "starttls") {
            const QByteArray mode = args.value(0);
            if (mode == "never")
                m_config.startTls = StartTlsMode::Never;
            else if (mode == "if-offered")
                m_config.startTls = StartTlsMode::IfOffered;
            else if (mode == "required")
                m_config.startTls = StartTlsMode::Required;
            else
                return bad("never, if-offered or required");
        } else if (name == "implicit-tls") {
            m_config.tlsActive = true;
        } else if (name == "login") {
            if (args.size() != 1 && args.size() != 2)
                return bad("a username and a password (none: an empty one)");
            m_config.username = args[0];
            m_config.password = args.value(1);
        } else if (name == "body") {
            m_body = line.argumentText;
        } else if (name == "send") {
            // DSN parameters (RFC 3461) follow the path they belong to: RET= and ENVID= the sender, NOTIFY=
            // and ORCPT= a recipient.
            QList<QByteArray> paths;
            DeliveryJob job;
            for (const QByteArray& arg : args) {
                if (arg.startsWith('<') && arg.endsWith('>')) {
                    paths << arg.mid(1, arg.size() - 2);
                    if (paths.size() > 1) {
                        job.notify << 0;
                        job.orcpt << QByteArray();
                    }
                } else if (arg.startsWith("RET=") && paths.size() == 1) {
                    job.dsnRet = arg.mid(4);
                } else if (arg.startsWith("ENVID=") && paths.size() == 1) {
                    job.dsnEnvid = arg.mid(6);
                } else if (arg.startsWith("NOTIFY=") && paths.size() > 1) {
                    job.notify.last() = DsnParameters::parseNotify(arg.mid(7)).value_or(0);
                } else if (arg.startsWith("ORCPT=") && paths.size() > 1) {
                    job.orcpt.last() = arg.mid(6);
                } else {
                    return bad("<sender> [RET=.. ENVID=..] <recipient> [NOTIFY=.. ORCPT=..]...");
                }
            }
            if (paths.size() < 2)
                return bad("<sender> <recipient>...");
            job.sender = paths.takeFirst();
            job.recipients = paths;
            job.domain = QString::fromUtf8(paths.first().mid(paths.first().indexOf('@') + 1));
            for (qsizetype i = 0; i < paths.size(); ++i)
                job.recipientIds << i + 1;
            job.body = m_body;
            create();
            m_sink.recipients = paths;
            if (!m_client->send(job))
                m_sink.log << "E: not ready";
        } else if (name == "tls") {
            create();
            m_client->tlsEstablished();
        } else if (name == "quit") {
            create();
            m_client->quit();
        } else if (name == "lost") {
            create();
            m_client->connectionLost(
                SmtpReply::make(args.value(0).toInt(), args.value(1), args.mid(2).join(' ')));
        } else {
            return bad("unknown directive for a client dialog");
        }
        return {};
    }

    const DialogScript& m_script;
    RecordingSink m_sink;
    DialogMatcher m_match;
    SmtpClientConfig m_config;
    std::unique_ptr<SmtpClientProtocol> m_client;
    QByteArray m_body = "Subject: hi\r\n\r\nHello\r\n";
    QByteArray m_pending;
};

} // namespace

QString ClientDialogPlayer::play(const DialogScript& script)
{
    if (script.side() != DialogScript::Side::Client)
        return script.name() + QStringLiteral(": not a client dialog");
    return ClientRun(script).run();
}

} // namespace RelayDesk::Test
