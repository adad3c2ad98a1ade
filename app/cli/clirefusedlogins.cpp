#include "app/cli/clirefusedlogins.h"
#include "app/cli/clioutput.h"

#include <QJsonObject>

namespace RelayDesk::CliRefusedLogins {

QString reasonWords(RefusedLoginReason reason)
{
    switch (reason) {
    case RefusedLoginReason::UnknownUser:
        return QStringLiteral("unknown user name");
    case RefusedLoginReason::WrongPassword:
        return QStringLiteral("wrong password");
    case RefusedLoginReason::NotOnAllowlist:
        return QStringLiteral("address not on the agent's allowlist");
    case RefusedLoginReason::AgentDisabled:
        return QStringLiteral("agent disabled");
    case RefusedLoginReason::CredentialRevoked:
        return QStringLiteral("password revoked or replaced");
    case RefusedLoginReason::AgentDeleted:
        return QStringLiteral("agent deleted (its credentials are retired)");
    case RefusedLoginReason::AuthorizationIdentity:
        return QStringLiteral("authorization identity not permitted");
    case RefusedLoginReason::TooManyAtOnce:
        return QStringLiteral("too many logins at once (auth.max_in_flight_per_address)");
    case RefusedLoginReason::LockedOut:
        return QStringLiteral("tried while locked out (the password was not checked)");
    }
    return {};
}

QJsonArray json(const QList<RefusedLoginView>& logins)
{
    QJsonArray array;
    for (const RefusedLoginView& view : logins) {
        const RefusedLogin& login = view.login;
        array.append(QJsonObject{{QStringLiteral("last_at"), CliOutput::timeJson(login.lastAt)},
                                 {QStringLiteral("first_at"), CliOutput::timeJson(login.firstAt)},
                                 {QStringLiteral("address"), login.address},
                                 {QStringLiteral("agent_id"), login.agentId},
                                 {QStringLiteral("agent"), view.agentName},
                                 {QStringLiteral("agent_deleted"), view.agentDeleted},
                                 {QStringLiteral("reason"), RefusedLogins::codeOf(login.reason)},
                                 {QStringLiteral("count"), login.count}});
    }
    return array;
}

void printTable(const CliOutput& out, const QList<RefusedLoginView>& logins)
{
    QList<QStringList> rows;
    for (const RefusedLoginView& view : logins) {
        const RefusedLogin& login = view.login;
        const QString agent = login.agentId == 0         ? QStringLiteral("-")
                              : !view.agentDeleted       ? view.agentName
                              : view.agentName.isEmpty() ? QStringLiteral("(deleted #%1)").arg(login.agentId)
                                                         : QStringLiteral("%1 (deleted)").arg(view.agentName);
        rows << QStringList{CliOutput::timeText(login.lastAt), login.address, agent,
                            reasonWords(login.reason), QString::number(login.count)};
    }
    out.table({QStringLiteral("LAST"), QStringLiteral("ADDRESS"), QStringLiteral("AGENT"),
               QStringLiteral("REASON"), QStringLiteral("TIMES")},
              rows);
}

} // namespace RelayDesk::CliRefusedLogins
