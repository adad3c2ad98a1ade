// relaydesk store use URL [--password-stdin | --password-file FILE] [--join] | use sqlite | show
//                | migrate --from-sqlite
#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "app/cli/clipassword.h"
#include "app/cli/cliverb.h"
#include "core/admin/admin.h"
#include "core/store/enginelock.h"
#include "core/store/storeaddress.h"

#include <QJsonArray>
#include <QJsonObject>

namespace RelayDesk {

namespace {

const CliVerb storeVerbTable[] = {
    {"use", 1,
     "store use postgresql://USER@HOST:PORT/DB [--password-stdin | --password-file FILE] [--join] | "
     "store use sqlite"},
    {"show", 0, "store show"},
    {"migrate", 0, "store migrate --from-sqlite"},
};

/// What the data directory's SQLite store holds that the relay stops using, in the words `store use` prints.
QString localContents(const StoreUseReport& used)
{
    QString contents =
        QStringLiteral("%1 Mail Agent(s), %2 message(s)").arg(used.localAgents).arg(used.localMessages);
    if (used.localSettings > 0)
        contents += QStringLiteral(", %1 changed setting(s)").arg(used.localSettings);
    return contents;
}

} // namespace

QList<CliVerb> storeVerbs()
{
    return CliVerb::list(storeVerbTable);
}

int runStoreCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(storeVerbTable, verb);
    if (!found)
        return out.error(ExitUsage, CliVerb::unknown("store", verb, storeVerbTable));
    QStringList words = args.mid(1);
    const auto fromStdinFlag = verb == QLatin1String("use")
                                   ? CliArgs::takeFlag(words, QStringLiteral("--password-stdin"))
                                   : Expected<bool>(false);
    const auto joinFlag = verb == QLatin1String("use") ? CliArgs::takeFlag(words, QStringLiteral("--join"))
                                                       : Expected<bool>(false);
    const auto fromSqliteFlag = verb == QLatin1String("migrate")
                                    ? CliArgs::takeFlag(words, QStringLiteral("--from-sqlite"))
                                    : Expected<bool>(false);
    for (const Expected<bool>* flag : {&fromStdinFlag, &joinFlag, &fromSqliteFlag}) {
        if (!*flag)
            return out.error(ExitUsage, QStringLiteral("store %1: %2").arg(verb, flag->error()));
    }
    const bool fromStdin = fromStdinFlag.value();
    const bool fromSqlite = fromSqliteFlag.value();
    const auto parsed = CliArgs::parse(
        words, verb == QLatin1String("use") ? QStringList{QStringLiteral("--password-file")} : QStringList{});
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("store %1: %2").arg(verb, parsed.error()));
    if (const QString problem = found->checkArguments(parsed->positional); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("store %1: %2").arg(verb, problem));
    const StoreAdmin store = Admin(dataDir).store();

    if (verb == QLatin1String("show")) {
        const auto info = store.show();
        if (!info)
            return out.error(ExitFailure, QStringLiteral("store show: %1").arg(info.error()));
        const bool readable = info->unreadable.isEmpty();
        out.json(QJsonObject{
            {QStringLiteral("backend"), info->backend},
            {QStringLiteral("address"), info->address},
            {QStringLiteral("schema_version"), readable ? QJsonValue(info->schemaVersion) : QJsonValue()},
            {QStringLiteral("build_schema_version"), info->buildSchemaVersion},
            {QStringLiteral("readable"), readable},
            {QStringLiteral("error"), readable ? QJsonValue() : QJsonValue(info->unreadable)}});
        out.line(QStringLiteral("Backend: %1").arg(info->backend));
        out.line(QStringLiteral("Address: %1").arg(info->address));
        if (!readable) {
            out.line(QStringLiteral("Schema version: unknown, the store cannot be read (this build: %1)")
                         .arg(info->buildSchemaVersion));
            return out.error(ExitFailure, QStringLiteral("store show: %1").arg(info->unreadable));
        }
        out.line(QStringLiteral("Schema version: %1 (this build: %2)")
                     .arg(info->schemaVersion)
                     .arg(info->buildSchemaVersion));
        return ExitOk;
    }
    if (verb == QLatin1String("use") && parsed->positional[0] == QLatin1String("sqlite")) {
        if (fromStdin || joinFlag.value() || !parsed->values(QStringLiteral("--password-file")).isEmpty())
            return out.error(ExitUsage, QStringLiteral("store use sqlite: takes no password and no --join"));
        const auto back = store.useSqlite();
        if (!back)
            return out.error(ExitFailure, QStringLiteral("store use sqlite: %1").arg(back.error()));
        out.json(QJsonObject{{QStringLiteral("backend"), QStringLiteral("sqlite")},
                             {QStringLiteral("address"), back->sqlitePath},
                             {QStringLiteral("exists"), back->sqliteExists},
                             {QStringLiteral("kept_aside"), QJsonArray::fromStringList(back->keptAside)}});
        out.line(QStringLiteral("This data directory's store is SQLite again: %1%2.")
                     .arg(back->sqlitePath,
                          back->sqliteExists ? QString() : QStringLiteral(" (a new, empty one)")));
        return ExitOk;
    }
    if (verb == QLatin1String("use")) {
        const QStringList files = parsed->values(QStringLiteral("--password-file"));
        if (fromStdin && !files.isEmpty())
            return out.error(ExitUsage,
                             QStringLiteral("store use: give --password-stdin or --password-file, not both"));
        if (files.size() > 1)
            return out.error(ExitUsage, QStringLiteral("store use: one --password-file"));
        // An address that cannot be one (another scheme, a password in it, an unknown parameter) is bad
        // input.
        const auto target = StoreAddress::parse(parsed->positional[0]);
        if (!target)
            return out.error(ExitUsage, QStringLiteral("store use: %1").arg(target.error()));
        QString password;
        if (fromStdin) {
            auto read = readPasswordFromStdin();
            if (!read)
                return out.error(ExitUsage, QStringLiteral("store use: %1").arg(read.error()));
            password = QString::fromUtf8(read.value());
        }
        // The same store again, with the password its DBA changed: only the password is new (an outside
        // tester was told the running node "joins the relay" and that its settings changed).
        const auto before = store.show();
        const bool samePlace =
            before && before->backend == QLatin1String("postgresql") && before->address == target->display();
        const auto used = store.use(parsed->positional[0], password, files.value(0), joinFlag.value());
        if (!used) {
            // A server that asks for a password when none was given: how to give one (an outside tester got
            // libpq's "no password supplied" alone).
            const bool noneGiven = !fromStdin && files.isEmpty() &&
                                   used.error().contains(QLatin1String("for a password, and none was given"));
            return out.error(ExitFailure,
                             QStringLiteral("store use: %1%2")
                                 .arg(used.error(), noneGiven
                                                        ? QStringLiteral("; give it with --password-stdin "
                                                                         "or --password-file FILE")
                                                        : QString()));
        }
        // A store across the network whose server is not checked: said, with how to check it (an outside
        // tester's relay sent its secrets to whatever answered at the address).
        if (const QString warning = target->unverifiedServerWarning(); !warning.isEmpty())
            out.warning(warning);
        if (used->superuser)
            out.warning(
                QStringLiteral("the relay logs in to PostgreSQL as a superuser, which may read and change "
                               "every database of that server: give it a role of its own that owns only "
                               "its database (docs/postgresql.md)"));
        const auto info = store.show();
        const QString address = info ? info->address : parsed->positional[0];
        out.json(QJsonObject{{QStringLiteral("backend"), QStringLiteral("postgresql")},
                             {QStringLiteral("address"), address},
                             {QStringLiteral("schema_version"), info ? info->schemaVersion : 0},
                             {QStringLiteral("database_agents"), double(used->databaseAgents)},
                             {QStringLiteral("database_nodes"), double(used->databaseNodes)},
                             {QStringLiteral("local_agents"), double(used->localAgents)},
                             {QStringLiteral("local_messages"), double(used->localMessages)},
                             {QStringLiteral("local_settings"), double(used->localSettings)},
                             {QStringLiteral("superuser"), used->superuser}});
        out.line(QStringLiteral("This data directory's store is now %1 (schema version %2).")
                     .arg(address)
                     .arg(info ? info->schemaVersion : 0));
        // What to do next depends on what is on each side (the advice to migrate could only fail on a
        // database that already held a relay).
        if (samePlace) {
            const auto runner = EngineLock::holder(dataDir);
            out.line(runner ? QStringLiteral("Its password was checked and saved; the running relay (pid %1) "
                                             "uses it for its next connections.")
                                  .arg(runner->pid)
                            : QStringLiteral("Its password was checked and saved; the relay uses it when it "
                                             "starts."));
            return ExitOk;
        }
        if (used->databaseHoldsRelay())
            out.line(
                QStringLiteral("It joins the relay stored there (%1 Mail Agent(s), %2 node(s)): start it "
                               "to run it as another node. Its settings are that relay's now, the listeners' "
                               "addresses included ('relaydesk config list'; 'relaydesk node listen' gives "
                               "this node addresses of its own).%3")
                    .arg(used->databaseAgents)
                    .arg(used->databaseNodes)
                    .arg(
                        used->localHoldsAnything()
                            ? QStringLiteral(" Its own SQLite store (%1) is no longer used; 'relaydesk store "
                                             "use sqlite' goes back to it.")
                                  .arg(localContents(*used))
                            : QString()));
        else if (used->localHoldsAnything())
            out.line(
                QStringLiteral("Copy this directory's SQLite store there (%1) with 'relaydesk store migrate "
                               "--from-sqlite', then start the relay: until then the relay uses none of it.")
                    .arg(localContents(*used)));
        else
            out.line(QStringLiteral("Start the relay to use it; 'relaydesk store use sqlite' goes back."));
        if (!used->nameTaken.isEmpty())
            out.warning(QStringLiteral(
                            "a node of this store is already named %1%2: 'relaydesk node rename NAME' tells "
                            "this one apart in node list, the queue and the window%3")
                            .arg(used->nameTaken,
                                 used->nameTakenHere ? QStringLiteral(", on this machine") : QString(),
                                 used->nameTakenHere
                                     ? QStringLiteral(
                                           "; and on one machine both would listen on the shared addresses: "
                                           "'relaydesk node listen LISTENER ADDRESS' gives this node its own "
                                           "before it starts")
                                     : QString()));
        return ExitOk;
    }
    if (!fromSqlite)
        return out.error(ExitUsage, QStringLiteral("store migrate: say where from: --from-sqlite"));
    const auto copied = store.migrateFromSqlite();
    if (!copied)
        return out.error(ExitFailure, QStringLiteral("store migrate: %1").arg(copied.error()));
    QJsonObject tables;
    QStringList parts;
    for (const auto& [table, rows] : copied->tables) {
        tables.insert(table, rows);
        parts << QStringLiteral("%1 %2").arg(rows).arg(table);
    }
    out.json(
        QJsonObject{{QStringLiteral("tables"), tables}, {QStringLiteral("kept_aside"), copied->keptAside}});
    out.line(
        QStringLiteral("Copied into PostgreSQL and verified: %1.").arg(parts.join(QStringLiteral(", "))));
    out.line(QStringLiteral("The SQLite file is no longer used; it is kept as %1.").arg(copied->keptAside));
    return ExitOk;
}

} // namespace RelayDesk
