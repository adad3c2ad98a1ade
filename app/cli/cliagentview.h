#pragma once

#include "app/cli/clioutput.h"
#include "core/agents/mailagent.h"

#include <QJsonArray>
#include <QJsonObject>

namespace RelayDesk {

/// How Mail Agents and credentials look on the command line, in text and JSON. Never shows a hash;
/// shows a password only in printNewCredential (docs/architecture.md, "secrets stay secret").
namespace CliAgentView {
QJsonArray networksJson(const QList<CidrRange>& ranges);
QJsonObject agentJson(const MailAgent& agent);
QJsonObject credentialJson(const Credential& credential);
/// The agent, its networks in plain words and (if given) its credentials, as text.
void printAgent(const CliOutput& out, const MailAgent& agent, const QList<Credential>* credentials);
void printCredentials(const CliOutput& out, const QList<Credential>& credentials);
/// The agent's sender domains and any-sender state as text (docs/protocols.md, "Sender domains").
void printSenders(const CliOutput& out, const MailAgent& agent);
/// An agent's name as one word of a shell command in a hint: as it is, or in double quotes when it has a
/// space or a character the shell would take ("Office printer" -> "\"Office printer\"").
QString commandWord(const QString& name);
/// The warning for an agent that may send as anyone, or for one that cannot send as anyone yet.
QString senderWarning(const MailAgent& agent);
/// The one time a password is shown. In JSON mode, extra is merged into the printed object.
void printNewCredential(const CliOutput& out, const QString& agentName, const NewCredential& created,
                        const QJsonObject& extra = {});
} // namespace CliAgentView

} // namespace RelayDesk
