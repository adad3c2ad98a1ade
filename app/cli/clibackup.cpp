// relaydesk backup create FILE --passphrase-stdin [--with-queue] [--force] | restore FILE --passphrase-stdin
// [--force]
#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "app/cli/clipassword.h"
#include "app/cli/cliverb.h"
#include "core/admin/admin.h"
#include "core/admin/backupadmin.h"
#include "core/util/shellword.h"

#include <QFileInfo>
#include <QJsonObject>

namespace RelayDesk {

namespace {

const CliVerb backupVerbTable[] = {
    {"create", 1, "backup create FILE --passphrase-stdin [--with-queue] [--force]"},
    {"restore", 1, "backup restore FILE --passphrase-stdin [--force]"},
};

QJsonObject contentsJson(const BackupContents& contents)
{
    QJsonObject object{{QStringLiteral("file"), contents.file},
                       {QStringLiteral("data_dir"), contents.dataDir},
                       {QStringLiteral("created_at"), CliOutput::timeJson(contents.createdAt)},
                       {QStringLiteral("agents"), contents.agents},
                       {QStringLiteral("credentials"), contents.credentials},
                       {QStringLiteral("routes"), contents.routes},
                       {QStringLiteral("with_queue"), contents.withQueue},
                       {QStringLiteral("queued_messages"), contents.queuedMessages},
                       {QStringLiteral("smarthost_password"), contents.smarthostPassword},
                       {QStringLiteral("route_passwords"), contents.routePasswords},
                       {QStringLiteral("certificate"), contents.certificate},
                       {QStringLiteral("dkim_keys"), contents.dkimKeys}};
    if (!contents.keptAside.isEmpty())
        object.insert(QStringLiteral("kept_aside"), contents.keptAside);
    if (!contents.previousPostgreSql.isEmpty())
        object.insert(QStringLiteral("previous_postgresql_store"), contents.previousPostgreSql);
    return object;
}

QString summary(const BackupContents& contents)
{
    QStringList parts{QStringLiteral("%1 agent(s)").arg(contents.agents),
                      QStringLiteral("%1 credential(s)").arg(contents.credentials),
                      QStringLiteral("%1 route(s)").arg(contents.routes)};
    if (contents.smarthostPassword)
        parts << QStringLiteral("the smarthost password");
    if (contents.routePasswords > 0)
        parts << QStringLiteral("%1 route password(s)").arg(contents.routePasswords);
    if (contents.certificate)
        parts << QStringLiteral("the TLS certificate and key");
    if (contents.dkimKeys > 0)
        parts << QStringLiteral("%1 DKIM key(s)").arg(contents.dkimKeys);
    if (contents.withQueue)
        parts << QStringLiteral("%1 queued message(s)").arg(contents.queuedMessages);
    return parts.join(QStringLiteral(", "));
}

} // namespace

QList<CliVerb> backupVerbs()
{
    return CliVerb::list(backupVerbTable);
}

int runBackupCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(backupVerbTable, verb);
    if (!found)
        return out.error(ExitUsage, CliVerb::unknown("backup", verb, backupVerbTable));
    QStringList words = args.mid(1);
    const auto fromStdinFlag = CliArgs::takeFlag(words, QStringLiteral("--passphrase-stdin"));
    // The other commands that read a secret from standard input call it --password-stdin: taken here too, so
    // that a person who types the word the rest of the command line uses is not refused (an outside tester).
    const auto passwordWordFlag = CliArgs::takeFlag(words, QStringLiteral("--password-stdin"));
    const auto withQueueFlag = verb == QLatin1String("create")
                                   ? CliArgs::takeFlag(words, QStringLiteral("--with-queue"))
                                   : Expected<bool>(false);
    const auto forceFlag = CliArgs::takeFlag(words, QStringLiteral("--force"));
    for (const Expected<bool>* flag : {&fromStdinFlag, &passwordWordFlag, &withQueueFlag, &forceFlag}) {
        if (!*flag)
            return out.error(ExitUsage, QStringLiteral("backup %1: %2").arg(verb, flag->error()));
    }
    const bool fromStdin = fromStdinFlag.value() || passwordWordFlag.value();
    const bool withQueue = withQueueFlag.value();
    const bool force = forceFlag.value();
    const auto parsed = CliArgs::parse(words, {});
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("backup %1: %2").arg(verb, parsed.error()));
    if (const QString problem = found->checkArguments(parsed->positional); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("backup %1: %2").arg(verb, problem));
    // The passphrase never comes from the command line, where other users of the machine could read it.
    if (!fromStdin)
        return out.error(
            ExitUsage,
            QStringLiteral("backup %1: give the passphrase on standard input with --passphrase-stdin")
                .arg(verb));
    const QString file = parsed->positional[0];
    if (const QString problem =
            verb == QLatin1String("create") ? BackupAdmin(dataDir).targetProblem(file) : QString();
        !problem.isEmpty())
        return out.error(ExitFailure, QStringLiteral("backup create: %1").arg(problem));
    // An earlier backup is never replaced by mistake: it may be the only copy of a working configuration.
    if (verb == QLatin1String("create") && !force && QFileInfo::exists(file))
        return out.error(ExitFailure,
                         QStringLiteral("backup create: %1 exists; give --force to replace it").arg(file));
    // A file that is no backup is said before the passphrase is asked for.
    if (verb == QLatin1String("restore")) {
        if (const Status checked = BackupAdmin::checkFile(file); !checked)
            return out.error(ExitFailure,
                             QStringLiteral("backup restore: nothing was restored: %1").arg(checked.error()));
    }
    auto passphrase = readPasswordFromStdin(QStringLiteral("passphrase"));
    if (!passphrase)
        return out.error(ExitUsage, QStringLiteral("backup %1: %2").arg(verb, passphrase.error()));
    const Admin admin(dataDir);

    if (verb == QLatin1String("create")) {
        if (!QFileInfo::exists(dataDir)) // nothing to back up, and a typo must not make a directory
            return out.error(ExitFailure,
                             QStringLiteral("backup create: no data directory at %1").arg(dataDir));
        if (const Status opened = Admin::open(dataDir); !opened)
            return out.error(ExitFailure, opened.error());
        const auto created = admin.backup().create(file, passphrase.value(), withQueue);
        if (!created)
            return out.error(ExitFailure, QStringLiteral("backup create: %1").arg(created.error()));
        out.json(contentsJson(created.value()));
        out.line(QStringLiteral("Backup written to %1 (encrypted): %2.")
                     .arg(created->file, summary(created.value())));
        out.line(QStringLiteral("Keep the passphrase: without it the backup cannot be restored."));
        return ExitOk;
    }
    const auto restored = admin.backup().restore(file, passphrase.value(), force);
    if (!restored)
        return out.error(ExitFailure,
                         QStringLiteral("backup restore: nothing was restored: %1").arg(restored.error()));
    out.json(contentsJson(restored.value()));
    if (restored->abandonedStagingRemoved > 0)
        out.line(
            QStringLiteral("Removed %1 decrypted copy(ies) that an interrupted restore had left beside %2.")
                .arg(restored->abandonedStagingRemoved)
                .arg(restored->dataDir));
    out.line(QStringLiteral("Restored %1 into %2: %3.")
                 .arg(restored->file, restored->dataDir, summary(restored.value())));
    if (!restored->keptAside.isEmpty())
        out.line(QStringLiteral(
                     "The data directory that was there is kept as %1. A relay running on %2 uses the "
                     "restored configuration after a restart. The delivery log, its transcripts and the "
                     "agents' statistics are not in a backup: those of before the restore stay in %1 "
                     "(relaydesk --data-dir %3 log search reads them).")
                     .arg(restored->keptAside, restored->dataDir, shellWord(restored->keptAside)));
    // A node of a shared store became a relay of its own (an outside tester's did, without a word).
    if (!restored->previousPostgreSql.isEmpty())
        out.warning(
            QStringLiteral("%1 used the PostgreSQL store %2, shared with the other nodes; the restored "
                           "directory uses a new SQLite store of its own. To make it a node of that store "
                           "again: relaydesk --data-dir %3 store use %2 --join --password-stdin")
                .arg(restored->dataDir, restored->previousPostgreSql, shellWord(restored->dataDir)));
    // A queue restored is the queue of the backup's day: what was delivered since goes out again (an outside
    // tester's receiving server got 20 messages twice, and the restore had said only "21 queued messages").
    if (restored->withQueue && restored->queuedMessages > 0 && restored->deliveryOff)
        out.warning(
            QStringLiteral("the %1 queued message(s) are restored as they waited on %2, when the backup "
                           "was made, and delivery is off in the restored settings: look at them with "
                           "relaydesk --data-dir %3 queue list (any of them delivered since the backup "
                           "would go out again), then turn delivery on with relaydesk --data-dir %3 config "
                           "set delivery.enabled true")
                .arg(restored->queuedMessages)
                .arg(CliOutput::timeText(restored->createdAt), shellWord(restored->dataDir)));
    else if (restored->withQueue && restored->queuedMessages > 0)
        out.warning(
            QStringLiteral("the %1 queued message(s) are restored as they waited on %2, when the backup "
                           "was made: any of them delivered since then is delivered again when the "
                           "relay starts; to look at them first, run relaydesk --data-dir %3 config set "
                           "delivery.enabled false before starting it, then queue list")
                .arg(restored->queuedMessages)
                .arg(CliOutput::timeText(restored->createdAt), shellWord(restored->dataDir)));
    // Said, not silently left behind (an outside tester found the accepted mail only in the kept copy).
    if (restored->strandedMessages > 0)
        out.warning(QStringLiteral(
                        "%1 message(s) that were still waiting for delivery stay in %2, and no relay "
                        "delivers them from there: see them with relaydesk --data-dir %3 queue list; a relay "
                        "started on %2 delivers them once its listeners are off (relaydesk --data-dir %3 "
                        "config set listener.submission.enabled false listener.smtps.enabled false "
                        "listener.lan.enabled false)")
                        .arg(restored->strandedMessages)
                        .arg(restored->keptAside, shellWord(restored->keptAside)));
    return ExitOk;
}

} // namespace RelayDesk
