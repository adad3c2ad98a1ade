#pragma once

#include "core/agents/agentdirectory.h"
#include "core/agents/mailagent.h"
#include "core/query/agentactivityquery.h"
#include "core/util/expected.h"
#include "core/util/logline.h"

#include <QList>
#include <QString>

namespace RelayDesk {

/// A Mail Agent just created together with its first credential (whose password is shown once).
struct CreatedAgent
{
    MailAgent agent;
    NewCredential credential;
};

/// Mail Agents, their allowlists, trusted devices and credentials, for the faces. Every change is validated
/// here with one error text; uses the calling thread's connection (call it off the GUI thread).
class AgentAdmin final
{
public:
    explicit AgentAdmin(QString dataDir);

    /// Empty if name may name an agent, otherwise what is wrong with it.
    static QString nameProblem(const QString& name);
    /// The rule of agent names that name breaks first (the window words it in its language).
    static AgentDirectory::NameRule nameRule(const QString& name);
    /// Empty if text may describe an agent, otherwise what is wrong with it.
    static QString descriptionProblem(const QString& text);

    Expected<QList<MailAgent>> list() const;
    Expected<MailAgent> agent(const QString& name) const;
    /// The name of the agent a credential belongs to (empty if it is gone).
    QString agentNameOf(const Credential& credential) const;

    /// Creates the agent and its first credential, or neither. It sends only as senders (domains and exact
    /// addresses, docs/protocols.md "Sender domains"), or as anyone with anySender.
    Expected<CreatedAgent> create(const QString& name, const QList<CidrRange>& allowlist,
                                  const QList<CidrRange>& trustedDevices, const QString& description = {},
                                  const QStringList& senders = {}, bool anySender = false);
    /// Stores an agent as edited: a new one (id 0) is created, an existing one replaced (name, description,
    /// enabled, allowlist, trusted devices) in one transaction. Returns the agent as stored.
    Expected<MailAgent> save(const MailAgent& agent);
    Status setEnabled(const QString& name, bool enabled);
    /// Deletes the agent with its credentials and networks.
    Status remove(const QString& name);
    /// The messages from the agent still waiting in the queue (a deleted agent's are still delivered).
    Expected<int> waitingMessages(const QString& name) const;
    /// Of those, the messages on hold: they are not delivered until released.
    Expected<int> heldMessages(const QString& name) const;
    /// What the agent's mail did today, in the last 7 and 30 UTC days, and what of it waits now.
    Expected<AgentActivity> activity(const QString& name, qint64 nowMs) const;
    /// Names of deleted agents, also one a live agent has now (AgentDirectory::formerNames).
    Expected<QStringList> formerNames() const;
    /// Adds range to the agent's allowlist, or to its trusted devices.
    Status addNetwork(const QString& name, const CidrRange& range, bool trustedDevice);
    Status removeNetwork(const QString& name, const CidrRange& range, bool trustedDevice);
    /// Adds a sender domain ("example.com", IDNA names become A-labels) or exact address to the agent;
    /// returns the entry as stored.
    Expected<QString> addSender(const QString& name, const QString& entry);
    Expected<QString> removeSender(const QString& name, const QString& entry);
    /// Any sender: the agent may send as anyone (not recommended; agents from before sender domains).
    Status setAnySender(const QString& name, bool anySender);
    /// An empty string if entry may be a sender domain or address, otherwise what is wrong with it.
    static QString senderProblem(const QString& entry);
    /// Why sending as entry from here fails at the receivers (a public mail provider's domain such as
    /// gmail.com: PublicMailboxDomains), or empty. The entry is taken all the same.
    static QString senderWarning(const QString& entry);
    /// The entry as it would be stored ("Bücher.Example" → "xn--bcher-kva.example"), or what is wrong.
    static Expected<QString> normalizeSender(const QString& entry);

    Expected<QList<Credential>> credentials(const QString& agentName) const;
    /// Addresses the agent's applications logged in from since sinceMs
    /// (AgentDirectory::recentLoginAddresses).
    Expected<QStringList> recentLoginAddresses(qint64 agentId, qint64 sinceMs) const;
    /// Senders the agent's mail came from since sinceMs (AgentDirectory::recentSenders).
    Expected<QStringList> recentSenders(qint64 agentId, qint64 sinceMs) const;
    /// How far back a change's question looks for the agent's applications (recentLoginAddresses,
    /// recentSenders): a week.
    static constexpr qint64 recentUseMs = 7LL * 24 * 3600 * 1000;
    /// Of senders (the agent's recent mail), those before's sender domains allowed and after's do not: whose
    /// mail the change refuses from now on (553 5.7.1).
    static QStringList sendersCutOff(const MailAgent& before, const MailAgent& after,
                                     const QStringList& senders);
    Expected<NewCredential> createCredential(const QString& agentName);
    /// Revokes the credential and creates a new one for the same agent, in one transaction.
    Expected<NewCredential> rotateCredential(const QString& username);
    Status revokeCredential(const QString& username);

private:
    /// Adds to an agent_changed line what changed between before and after (name, enabled, lists).
    static void describeChange(const MailAgent& before, const MailAgent& after, LogLine& line);

    QString m_dataDir;
};

} // namespace RelayDesk
