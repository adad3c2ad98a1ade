#include "core/admin/agentadmin.h"
#include "core/admin/configchangelog.h"
#include "core/smtp/publicmailboxdomains.h"

#include "core/agents/agentdirectory.h"
#include "core/agents/agentrows.h"
#include "core/smtp/senderrules.h"

namespace RelayDesk {

AgentAdmin::AgentAdmin(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString AgentAdmin::nameProblem(const QString& name)
{
    return AgentDirectory::validateAgentName(name);
}

AgentDirectory::NameRule AgentAdmin::nameRule(const QString& name)
{
    return AgentDirectory::agentNameRule(name);
}

QString AgentAdmin::descriptionProblem(const QString& text)
{
    return AgentDirectory::validateDescription(text);
}

Expected<QList<MailAgent>> AgentAdmin::list() const
{
    return AgentDirectory(m_dataDir).listAgents();
}

Expected<MailAgent> AgentAdmin::agent(const QString& name) const
{
    return AgentDirectory(m_dataDir).agent(name);
}

QString AgentAdmin::agentNameOf(const Credential& credential) const
{
    const auto agent = AgentDirectory(m_dataDir).agentById(credential.agentId);
    return agent ? agent->name : QString();
}

Expected<CreatedAgent> AgentAdmin::create(const QString& name, const QList<CidrRange>& allowlist,
                                          const QList<CidrRange>& trustedDevices, const QString& description,
                                          const QStringList& senders, bool anySender)
{
    NewCredential credential;
    const auto agent = AgentDirectory(m_dataDir).createAgent(
        MailAgent::wanted(name, allowlist, trustedDevices, description, senders, anySender), &credential);
    if (!agent)
        return Expected<CreatedAgent>::failure(agent.error());
    ConfigChangeLog::record(
        Status(),
        LogLine("agent_created").add("agent", name).add("credential", credential.credential.username));
    return CreatedAgent{agent.value(), credential};
}

namespace {

/// "added=a,b removed=c" of two lists, for the audit line.
void addListChange(LogLine& line, const char* key, const QStringList& before, const QStringList& after)
{
    QStringList added;
    QStringList removed;
    for (const QString& entry : after)
        if (!before.contains(entry))
            added << entry;
    for (const QString& entry : before)
        if (!after.contains(entry))
            removed << entry;
    if (!added.isEmpty())
        line.add(QByteArray(QByteArray(key) + "_added").constData(), added.join(QLatin1Char(',')));
    if (!removed.isEmpty())
        line.add(QByteArray(QByteArray(key) + "_removed").constData(), removed.join(QLatin1Char(',')));
}

QStringList texts(const QList<CidrRange>& ranges)
{
    QStringList out;
    for (const CidrRange& range : ranges)
        out << range.toString();
    return out;
}

} // namespace

void AgentAdmin::describeChange(const MailAgent& before, const MailAgent& after, LogLine& line)
{
    // What changed, so that "who stopped our invoices, and when" has an answer (an outside tester's rename,
    // disable and removed sender domain were each a bare agent_changed, the old name lost).
    if (before.name != after.name)
        line.add("renamed_from", before.name);
    if (before.enabled != after.enabled)
        line.add("enabled", after.enabled ? "yes" : "no");
    addListChange(line, "sender", before.senders, after.senders);
    addListChange(line, "allow", texts(before.allowlist), texts(after.allowlist));
    addListChange(line, "trusted", texts(before.trustedDevices), texts(after.trustedDevices));
    if (before.anySender != after.anySender)
        line.add("any_sender", after.anySender ? "yes" : "no");
    if (before.description != after.description)
        line.add("description", "changed");
}

Expected<MailAgent> AgentAdmin::save(const MailAgent& wanted)
{
    AgentDirectory directory(m_dataDir);
    if (wanted.id != 0) {
        const auto before = directory.agentById(wanted.id);
        if (Status status = directory.updateAgent(wanted); !status)
            return Expected<MailAgent>::failure(status.error());
        LogLine line("agent_changed");
        line.add("agent", wanted.name);
        if (before)
            describeChange(before.value(), wanted, line);
        ConfigChangeLog::record(Status(), std::move(line));
        return wanted;
    }
    Expected<MailAgent> created = directory.createAgent(wanted);
    if (created)
        ConfigChangeLog::record(Status(), LogLine("agent_created").add("agent", created->name));
    return created;
}

Status AgentAdmin::setEnabled(const QString& name, bool enabled)
{
    return ConfigChangeLog::record(AgentDirectory(m_dataDir).setEnabled(name, enabled),
                                   LogLine(enabled ? "agent_enabled" : "agent_disabled").add("agent", name));
}

Status AgentAdmin::remove(const QString& name)
{
    return ConfigChangeLog::record(AgentDirectory(m_dataDir).deleteAgent(name),
                                   LogLine("agent_removed").add("agent", name));
}

Expected<QStringList> AgentAdmin::formerNames() const
{
    return AgentDirectory(m_dataDir).formerNames();
}

Expected<int> AgentAdmin::waitingMessages(const QString& name) const
{
    return AgentDirectory(m_dataDir).waitingMessages(name);
}

Expected<int> AgentAdmin::heldMessages(const QString& name) const
{
    return AgentDirectory(m_dataDir).heldMessages(name);
}

Expected<AgentActivity> AgentAdmin::activity(const QString& name, qint64 nowMs) const
{
    const auto agent = AgentRows::openAgent(m_dataDir, name);
    if (!agent)
        return Expected<AgentActivity>::failure(agent.error());
    return AgentActivityQuery(m_dataDir).of(agent->id, nowMs);
}

Status AgentAdmin::addNetwork(const QString& name, const CidrRange& range, bool trustedDevice)
{
    return ConfigChangeLog::record(AgentDirectory(m_dataDir).addNetwork(name, range, trustedDevice),
                                   LogLine(trustedDevice ? "trusted_device_added" : "network_added")
                                       .add("agent", name)
                                       .add("network", range.toString()));
}

Status AgentAdmin::removeNetwork(const QString& name, const CidrRange& range, bool trustedDevice)
{
    return ConfigChangeLog::record(AgentDirectory(m_dataDir).removeNetwork(name, range, trustedDevice),
                                   LogLine(trustedDevice ? "trusted_device_removed" : "network_removed")
                                       .add("agent", name)
                                       .add("network", range.toString()));
}

Expected<QString> AgentAdmin::addSender(const QString& name, const QString& entry)
{
    auto added = AgentDirectory(m_dataDir).addSender(name, entry);
    if (added)
        ConfigChangeLog::record(Status(),
                                LogLine("sender_added").add("agent", name).add("sender", added.value()));
    return added;
}

Expected<QString> AgentAdmin::removeSender(const QString& name, const QString& entry)
{
    auto removed = AgentDirectory(m_dataDir).removeSender(name, entry);
    if (removed)
        ConfigChangeLog::record(Status(),
                                LogLine("sender_removed").add("agent", name).add("sender", removed.value()));
    return removed;
}

Status AgentAdmin::setAnySender(const QString& name, bool anySender)
{
    return ConfigChangeLog::record(
        AgentDirectory(m_dataDir).setAnySender(name, anySender),
        LogLine(anySender ? "any_sender_on" : "any_sender_off").add("agent", name));
}

Expected<QString> AgentAdmin::normalizeSender(const QString& entry)
{
    return SenderRules::normalizeEntry(entry);
}

QString AgentAdmin::senderProblem(const QString& entry)
{
    const auto normalized = SenderRules::normalizeEntry(entry);
    return normalized ? QString() : normalized.error();
}

QString AgentAdmin::senderWarning(const QString& entry)
{
    return PublicMailboxDomains::warning(entry);
}

Expected<QList<Credential>> AgentAdmin::credentials(const QString& agentName) const
{
    return AgentDirectory(m_dataDir).credentials(agentName);
}

Expected<QStringList> AgentAdmin::recentLoginAddresses(qint64 agentId, qint64 sinceMs) const
{
    return AgentDirectory(m_dataDir).recentLoginAddresses(agentId, sinceMs);
}

Expected<QStringList> AgentAdmin::recentSenders(qint64 agentId, qint64 sinceMs) const
{
    return AgentDirectory(m_dataDir).recentSenders(agentId, sinceMs);
}

QStringList AgentAdmin::sendersCutOff(const MailAgent& before, const MailAgent& after,
                                      const QStringList& senders)
{
    const SenderRules allowedBefore = SenderRules::of(before.senders, before.anySender);
    const SenderRules allowedAfter = SenderRules::of(after.senders, after.anySender);
    QStringList cutOff;
    for (const QString& sender : senders) {
        if (allowedBefore.allows(sender.toUtf8()) && !allowedAfter.allows(sender.toUtf8()))
            cutOff << sender;
    }
    return cutOff;
}

Expected<NewCredential> AgentAdmin::createCredential(const QString& agentName)
{
    auto created = AgentDirectory(m_dataDir).createCredential(agentName);
    if (created)
        ConfigChangeLog::record(Status(), LogLine("credential_created")
                                              .add("agent", agentName)
                                              .add("credential", created->credential.username));
    return created;
}

Expected<NewCredential> AgentAdmin::rotateCredential(const QString& username)
{
    return ConfigChangeLog::record(AgentDirectory(m_dataDir).rotateCredential(username),
                                   LogLine("credential_rotated").add("credential", username));
}

Status AgentAdmin::revokeCredential(const QString& username)
{
    return ConfigChangeLog::record(AgentDirectory(m_dataDir).revokeCredential(username),
                                   LogLine("credential_revoked").add("credential", username));
}

} // namespace RelayDesk
