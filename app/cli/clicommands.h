#pragma once

#include "app/cli/clioutput.h"
#include "app/cli/cliverb.h"

#include <QStringList>

namespace RelayDesk {

/// One command group of the admin command line ("agent", "config", ...): args start with its verb.
using CliGroupHandler = int (*)(const QString& dataDir, const QStringList& args, const CliOutput& out);
/// The commands of a group with their synopses: what "relaydesk GROUP" lists and "--help" prints.
using CliGroupVerbs = QList<CliVerb> (*)();

QList<CliVerb> agentVerbs();
QList<CliVerb> domainVerbList(); ///< its own verbs and the DKIM verbs (domainDkimVerbs)
QList<CliVerb> credentialVerbs();
QList<CliVerb> configVerbs();
QList<CliVerb> queueVerbs();
QList<CliVerb> logVerbs();
QList<CliVerb> suppressionVerbs();
QList<CliVerb> routeVerbs();
QList<CliVerb> tlsPolicyVerbs();
QList<CliVerb> smarthostVerbs();
QList<CliVerb> securityVerbs();
QList<CliVerb> tlsVerbs();
QList<CliVerb> dkimVerbList();
QList<CliVerb> mtaStsVerbs();
QList<CliVerb> nodeVerbs();
QList<CliVerb> backupVerbs();
QList<CliVerb> statusVerbs();
QList<CliVerb> sessionsVerbs();
QList<CliVerb> reloadVerbs();
QList<CliVerb> storeVerbs();

int runAgentCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
/// domain add|remove AGENT DOMAIN | list [AGENT]: the sender domains and addresses of Mail Agents.
int runDomainCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
int runCredentialCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
int runConfigCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
int runQueueCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
/// queue show|retry|hold|release|delete|bounce|resend ID (runQueueCommand hands these verbs over).
int runQueueActionCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
int runLogCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
int runSuppressionCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
int runRouteCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
int runTlsPolicyCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
int runSmarthostCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
/// security lockouts | unlock ADDRESS | refused: the AUTH lockouts of the data directory, and the logins
/// refused in the last 24 hours.
int runSecurityCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
/// tls show | export FILE|- | import-pem CERT KEY | import-pkcs12 FILE [--password-stdin] | generate
/// [--hostname H]...: the listeners' certificate.
int runTlsCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
/// backup create FILE --passphrase-stdin [--with-queue] | restore FILE --passphrase-stdin [--force]: the
/// encrypted configuration backup. Opens the data directory itself (a restore needs it missing or empty).
/// dkim enable|rotate DOMAIN [--algorithm A] | disable DOMAIN | list [DOMAIN] | records DOMAIN [--rua
/// ADDRESS]: the DKIM keys of sender domains and the DNS records to publish.
int runDkimCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
/// domain dkim|rotate-dkim|records DOMAIN: the DKIM verbs of the domain group (isDomainDkimVerb says which).
int runDomainDkimCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
bool isDomainDkimVerb(const QString& verb);
QList<CliVerb> domainDkimVerbs();
/// mta-sts list | show DOMAIN | forget DOMAIN: the cached MTA-STS policies of recipient domains.
int runMtaStsCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
/// node list | rename NAME | listen LISTENER ADDRESS: the nodes that share the store (docs/scaling.md), this
/// data directory's node name and its own listener addresses.
int runNodeCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
int runBackupCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
/// status: the running engine (who runs it, since when, listeners, sessions, accepted count), asked over its
/// control channel (docs/control-channel.md). Fails when no engine runs on the data directory.
int runStatusCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
/// sessions: the running engine's live sessions (and those ended in the last seconds).
/// relaydesk reload: the running engine reads its configuration and certificate files again (as on SIGHUP).
int runReloadCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
int runSessionsCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);
/// store use URL [--password-stdin | --password-file FILE] | show | migrate --from-sqlite: the data
/// directory's store backend (docs/postgresql.md). Opens the store itself (use must not create SQLite).
int runStoreCommand(const QString& dataDir, const QStringList& args, const CliOutput& out);

} // namespace RelayDesk
