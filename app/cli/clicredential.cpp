// relaydesk credential ...: SMTP credentials of Mail Agents.
#include "app/cli/cliagentview.h"
#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "app/cli/cliverb.h"
#include "core/admin/agentadmin.h"

namespace RelayDesk {

namespace {

const CliVerb credentialVerbTable[] = {
    {"create", 1, "credential create AGENT"},
    {"revoke", 1, "credential revoke USERNAME"},
    {"rotate", 1, "credential rotate USERNAME",
     "Revokes USERNAME at once and makes the agent a new credential: a new user name and a new password, "
     "both\n"
     "shown once. Applications that use the old one are refused until they have both. To switch without a "
     "gap,\n"
     "run 'credential create AGENT', change the application, then 'credential revoke USERNAME'."},
    {"list", 1, "credential list AGENT"},
};

} // namespace

QList<CliVerb> credentialVerbs()
{
    return CliVerb::list(credentialVerbTable);
}

int runCredentialCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(credentialVerbTable, verb);
    if (!found)
        return out.error(ExitUsage, CliVerb::unknown("credential", verb, credentialVerbTable));
    const auto parsed = CliArgs::parse(args.mid(1), {});
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("credential %1: %2").arg(verb, parsed.error()));
    if (const QString problem = found->checkArguments(parsed->positional); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("credential %1: %2").arg(verb, problem));
    const QString& argument = parsed->positional[0];

    AgentAdmin agents(dataDir);
    // An agent's name where a credential's user name belongs: the admin of a leaked password types the agent
    // first (an outside tester read "no credential with username 'webshop'"). Its active credentials are
    // named.
    const auto failedFor = [&](const QString& error) {
        const auto list = agents.credentials(argument);
        if (!list)
            return out.error(ExitFailure, error);
        QStringList active;
        for (const Credential& credential : list.value()) {
            if (credential.isActive())
                active << credential.username;
        }
        return out.error(
            ExitUsage,
            active.isEmpty()
                ? QStringLiteral("credential %1: '%2' is a Mail Agent, not a credential's user name, "
                                 "and it has no active credential")
                      .arg(verb, argument)
                : QStringLiteral("credential %1: '%2' is a Mail Agent, not a credential's user name; "
                                 "its active credential%3 %4: relaydesk credential %1 %5")
                      .arg(verb, argument,
                           active.size() == 1 ? QStringLiteral(" is") : QStringLiteral("s are"),
                           active.join(QStringLiteral(", ")), active.constFirst()));
    };
    if (verb == QLatin1String("create")) {
        const auto created = agents.createCredential(argument);
        if (!created)
            return out.error(ExitFailure, created.error());
        CliAgentView::printNewCredential(out, argument, created.value());
        return ExitOk;
    }
    if (verb == QLatin1String("rotate")) {
        const auto created = agents.rotateCredential(argument);
        if (!created)
            return failedFor(created.error());
        // The user name changes too (an integrator kept the old one with the new password and got 535).
        out.line(
            QStringLiteral("Revoked %1: it can no longer authenticate. The new credential has a new user "
                           "name as well as a new password:")
                .arg(argument));
        CliAgentView::printNewCredential(out, agents.agentNameOf(created->credential), created.value(),
                                         {{QStringLiteral("revoked"), argument}});
        return ExitOk;
    }
    if (verb == QLatin1String("revoke")) {
        const Status status = agents.revokeCredential(argument);
        if (!status)
            return failedFor(status.error());
        out.line(QStringLiteral("Revoked %1: it can no longer authenticate.").arg(argument));
        out.json(QJsonObject{{QStringLiteral("revoked"), argument}});
        return ExitOk;
    }
    const auto list = agents.credentials(argument);
    if (!list)
        return out.error(ExitFailure, list.error());
    QJsonArray array;
    for (const Credential& credential : list.value())
        array.append(CliAgentView::credentialJson(credential));
    out.json(array);
    if (list->isEmpty())
        out.line(QStringLiteral("'%1' has no credentials.").arg(argument));
    else
        CliAgentView::printCredentials(out, list.value());
    return ExitOk;
}

} // namespace RelayDesk
