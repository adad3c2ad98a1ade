#pragma once

#include "core/agents/cidrrange.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace RelayDesk {

/// A Mail Agent: a named container of credentials, allowlist, trusted devices and statistics.
struct MailAgent
{
    qint64 id = 0;
    QString name;
    QString description;
    bool enabled = true;
    QList<CidrRange> allowlist;      ///< AUTH is accepted only from these addresses; empty admits nobody
    QList<CidrRange> trustedDevices; ///< may submit without AUTH on the LAN relay listener
    /// What it may send as (docs/protocols.md, "Sender domains"): domains ("example.com") and exact
    /// addresses ("billing@example.org"), normalized (SenderRules::normalizeEntry); subdomains not included.
    QStringList senders;
    bool anySender = false; ///< may send as anyone, as before sender domains existed; not recommended
    QDateTime createdAt;
    bool operator==(const MailAgent&) const = default;

    /// An agent to be created (enabled, no id yet) from what a face asks for.
    static MailAgent wanted(const QString& name, const QList<CidrRange>& allowlist,
                            const QList<CidrRange>& trustedDevices, const QString& description,
                            const QStringList& senders, bool anySender)
    {
        MailAgent agent;
        agent.name = name;
        agent.allowlist = allowlist;
        agent.trustedDevices = trustedDevices;
        agent.description = description;
        agent.senders = senders;
        agent.anySender = anySender;
        return agent;
    }
};

/// An SMTP credential of a Mail Agent. The password itself is never stored, only its Argon2id hash.
struct Credential
{
    qint64 id = 0;
    qint64 agentId = 0;
    QString username; ///< the generated API key
    QDateTime createdAt;
    QDateTime revokedAt; ///< null while active
    QDateTime lastUsedAt;
    bool isActive() const { return revokedAt.isNull(); }
};

/// A credential just created: the one moment its password exists in clear, to be shown once.
struct NewCredential
{
    Credential credential;
    QString password;
};

} // namespace RelayDesk
