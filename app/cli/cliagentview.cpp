#include "app/cli/cliagentview.h"

#include "core/util/readableaddress.h"

#include <QRegularExpression>

namespace RelayDesk {

namespace {

const QString passwordWarning =
    QStringLiteral("Store this password now: it is shown only this once and cannot be recovered.");

} // namespace

QJsonArray CliAgentView::networksJson(const QList<CidrRange>& ranges)
{
    QJsonArray array;
    for (const CidrRange& range : ranges)
        array.append(QJsonObject{{QStringLiteral("cidr"), range.toString()},
                                 {QStringLiteral("description"), range.describe()}});
    return array;
}

QJsonObject CliAgentView::agentJson(const MailAgent& agent)
{
    return QJsonObject{
        {QStringLiteral("id"), agent.id},
        {QStringLiteral("name"), agent.name},
        {QStringLiteral("description"), agent.description},
        {QStringLiteral("enabled"), agent.enabled},
        {QStringLiteral("created_at"), CliOutput::timeJson(agent.createdAt)},
        {QStringLiteral("allowlist"), networksJson(agent.allowlist)},
        {QStringLiteral("trusted_devices"), networksJson(agent.trustedDevices)},
        {QStringLiteral("sender_domains"), QJsonArray::fromStringList(agent.senders)},
        {QStringLiteral("any_sender"), agent.anySender},
    };
}

QJsonObject CliAgentView::credentialJson(const Credential& credential)
{
    return QJsonObject{
        {QStringLiteral("username"), credential.username},
        {QStringLiteral("active"), credential.isActive()},
        {QStringLiteral("created_at"), CliOutput::timeJson(credential.createdAt)},
        {QStringLiteral("revoked_at"), CliOutput::timeJson(credential.revokedAt)},
        {QStringLiteral("last_used_at"), CliOutput::timeJson(credential.lastUsedAt)},
    };
}

void CliAgentView::printAgent(const CliOutput& out, const MailAgent& agent,
                              const QList<Credential>* credentials)
{
    out.line(QStringLiteral("Mail Agent:   %1").arg(agent.name));
    out.line(QStringLiteral("Status:       %1")
                 .arg(agent.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled")));
    if (!agent.description.isEmpty())
        out.line(QStringLiteral("Description:  %1").arg(agent.description));
    out.line(QStringLiteral("Created:      %1").arg(CliOutput::timeText(agent.createdAt)));
    const auto printNetworks = [&out](const QString& title, const QList<CidrRange>& ranges,
                                      const QString& none) {
        out.line(title);
        if (ranges.isEmpty())
            out.line(QStringLiteral("  (none: %1)").arg(none));
        for (const CidrRange& range : ranges)
            out.line(QStringLiteral("  %1  (%2)").arg(range.toString(), range.describe()));
    };
    printNetworks(QStringLiteral("Allowlist (may authenticate from):"), agent.allowlist,
                  QStringLiteral("no address may authenticate"));
    printNetworks(QStringLiteral("Trusted devices (may relay without AUTH):"), agent.trustedDevices,
                  QStringLiteral("no trusted devices"));
    printSenders(out, agent);
    if (credentials) {
        out.line(QStringLiteral("Credentials:"));
        if (credentials->isEmpty())
            out.line(QStringLiteral("  (none)"));
        else
            printCredentials(out, *credentials);
    }
}

QString CliAgentView::commandWord(const QString& name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._@%+=:,/-]+$"));
    if (plain.match(name).hasMatch())
        return name;
    QString quoted;
    for (const QChar c : name) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"') || c == QLatin1Char('$') || c == QLatin1Char('`'))
            quoted += QLatin1Char('\\'); // inside double quotes the shell still reads these
        quoted += c;
    }
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CliAgentView::senderWarning(const MailAgent& agent)
{
    if (agent.anySender)
        return QStringLiteral("Mail Agent '%1' may send as any sender address (not recommended): give it its "
                              "domains with 'relaydesk domain add %2 DOMAIN', then 'relaydesk agent "
                              "set-any-sender %2 off'")
            .arg(agent.name, commandWord(agent.name));
    if (agent.senders.isEmpty())
        return QStringLiteral("Mail Agent '%1' has no sender domains, so it cannot send yet; add one with "
                              "'relaydesk domain add %2 DOMAIN'")
            .arg(agent.name, commandWord(agent.name));
    return {};
}

void CliAgentView::printSenders(const CliOutput& out, const MailAgent& agent)
{
    out.line(QStringLiteral("Sender domains (may send as):"));
    if (agent.senders.isEmpty())
        out.line(QStringLiteral("  (none)"));
    for (const QString& sender : agent.senders)
        out.line(sender.contains(QLatin1Char('@'))
                     ? QStringLiteral("  %1  (this address only)").arg(ReadableAddress::address(sender))
                     : QStringLiteral("  %1").arg(ReadableAddress::domain(sender)));
    out.line(QStringLiteral("Any sender:   %1")
                 .arg(agent.anySender ? QStringLiteral("ON (warning: may send as any address)")
                                      : QStringLiteral("off")));
}

void CliAgentView::printCredentials(const CliOutput& out, const QList<Credential>& credentials)
{
    QList<QStringList> rows;
    for (const Credential& credential : credentials) {
        rows << QStringList{credential.username, CliOutput::timeText(credential.createdAt),
                            CliOutput::timeText(credential.revokedAt, QStringLiteral("active")),
                            CliOutput::timeText(credential.lastUsedAt)};
    }
    out.table({QStringLiteral("USERNAME"), QStringLiteral("CREATED"), QStringLiteral("REVOKED"),
               QStringLiteral("LAST USED")},
              rows);
}

void CliAgentView::printNewCredential(const CliOutput& out, const QString& agentName,
                                      const NewCredential& created, const QJsonObject& extra)
{
    if (out.isJson()) {
        QJsonObject credential = credentialJson(created.credential);
        credential.insert(QStringLiteral("password"), created.password);
        QJsonObject object = extra;
        object.insert(QStringLiteral("agent_name"), agentName);
        object.insert(QStringLiteral("credential"), credential);
        object.insert(QStringLiteral("warning"), passwordWarning);
        out.json(object);
        return;
    }
    out.line(QStringLiteral("SMTP credential for '%1':").arg(agentName));
    out.line(QStringLiteral("  username: %1").arg(created.credential.username));
    out.line(QStringLiteral("  password: %1").arg(created.password));
    out.line(passwordWarning);
}

} // namespace RelayDesk
