// relaydesk security lockouts | unlock ADDRESS|RANGE | refused
#include "app/cli/clicommands.h"
#include "app/cli/clirefusedlogins.h"
#include "app/cli/cliverb.h"
#include "core/admin/securityadmin.h"
#include "core/agents/cidrrange.h"
#include "core/util/clock.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>

namespace RelayDesk {

namespace {

const CliVerb securityVerbTable[] = {
    {"lockouts", 0, "security lockouts"},
    {"unlock", 1, "security unlock ADDRESS|RANGE"},
    {"refused", 0, "security refused"},
};

int listLockouts(const SecurityAdmin& lockouts, const CliOutput& out)
{
    const auto active = lockouts.lockouts();
    if (!active)
        return out.error(ExitFailure, active.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const AuthLockout& lockout : active.value()) {
        array.append(QJsonObject{{QStringLiteral("address"), lockout.address},
                                 {QStringLiteral("locked_at"), CliOutput::timeJson(lockout.lockedAt)},
                                 {QStringLiteral("locked_until"), CliOutput::timeJson(lockout.lockedUntil)},
                                 {QStringLiteral("failures"), lockout.failures},
                                 {QStringLiteral("last_failure"), lockout.detail}});
        rows << QStringList{lockout.address, CliOutput::timeText(lockout.lockedAt),
                            CliOutput::timeText(lockout.lockedUntil), QString::number(lockout.failures),
                            lockout.detail};
    }
    out.json(array);
    if (rows.isEmpty())
        out.line(QStringLiteral("No address is locked out."));
    else
        out.table({QStringLiteral("ADDRESS"), QStringLiteral("SINCE"), QStringLiteral("UNTIL"),
                   QStringLiteral("FAILURES"), QStringLiteral("LAST FAILURE")},
                  rows);
    return ExitOk;
}

// The logins refused in the last 24 hours: each address, agent and reason once.
int listRefused(const SecurityAdmin& security, const CliOutput& out)
{
    const auto refused = security.refusedLogins(nowMs() - CliRefusedLogins::windowMs);
    if (!refused)
        return out.error(ExitFailure, refused.error());
    out.json(CliRefusedLogins::json(refused.value()));
    if (refused->isEmpty())
        out.line(QStringLiteral("No login was refused in the last 24 hours."));
    else
        CliRefusedLogins::printTable(out, refused.value());
    return ExitOk;
}

} // namespace

QList<CliVerb> securityVerbs()
{
    return CliVerb::list(securityVerbTable);
}

int runSecurityCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(securityVerbTable, verb);
    if (!found)
        return out.error(ExitUsage, CliVerb::unknown("security", verb, securityVerbTable));
    if (const QString problem = found->checkArguments(args.mid(1)); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("security %1: %2").arg(verb, problem));
    SecurityAdmin lockouts(dataDir);
    if (verb == QLatin1String("lockouts"))
        return listLockouts(lockouts, out);
    if (verb == QLatin1String("refused"))
        return listRefused(lockouts, out);
    // A range unlocks every address of it that is locked out: an outside tester's 18 lockouts of an attack's
    // addresses had to be lifted one by one.
    if (args.value(1).contains(QLatin1Char('/'))) {
        const auto range = CidrRange::parse(args.value(1));
        if (!range)
            return out.error(ExitUsage,
                             QStringLiteral("security unlock: '%1' is not an IP address or range: %2")
                                 .arg(args.value(1), range.error()));
        const auto locked = lockouts.lockouts();
        if (!locked)
            return out.error(ExitFailure, locked.error());
        QStringList unlocked;
        for (const AuthLockout& lockout : locked.value()) {
            const QHostAddress one(lockout.address);
            if (one.isNull() || !range->contains(one))
                continue;
            if (const Status status = lockouts.unlock(one); !status)
                return out.error(ExitFailure, status.error());
            unlocked << lockout.address;
        }
        if (unlocked.isEmpty())
            return out.error(
                ExitFailure,
                QStringLiteral("security unlock: no address in %1 is locked out").arg(args.value(1)));
        out.json(QJsonObject{{QStringLiteral("range"), args.value(1)},
                             {QStringLiteral("unlocked"), QJsonArray::fromStringList(unlocked)}});
        out.line(
            QStringLiteral("%1 address(es) may AUTH again (%2); a running relay lifts the lockouts within a "
                           "second.")
                .arg(unlocked.size())
                .arg(unlocked.join(QStringLiteral(", "))));
        return ExitOk;
    }
    const QHostAddress address(args.value(1));
    if (address.isNull())
        return out.error(ExitUsage,
                         QStringLiteral("security unlock: '%1' is not an IP address").arg(args.value(1)));
    const Status status = lockouts.unlock(address);
    if (!status)
        return out.error(ExitFailure, status.error());
    out.json(QJsonObject{{QStringLiteral("address"), args.value(1)}, {QStringLiteral("unlocked"), true}});
    out.line(QStringLiteral("%1 may AUTH again; a running relay lifts the lockout within a second.")
                 .arg(args.value(1)));
    return ExitOk;
}

} // namespace RelayDesk
