#pragma once

#include "core/admin/securityadmin.h"

#include <QJsonArray>
#include <QList>

namespace RelayDesk {

class CliOutput;

/// Refused logins on the command line (`security refused`, and an agent's own in `agent show`): the reasons
/// in the operator log's words, the JSON with the reason as a code.
namespace CliRefusedLogins {

/// How far back both look: the window's Live Sessions page looks as far.
constexpr qint64 windowMs = 24 * 3600 * 1000;

QString reasonWords(RefusedLoginReason reason);
QJsonArray json(const QList<RefusedLoginView>& logins);
/// A table: when last, address, agent, reason, how often.
void printTable(const CliOutput& out, const QList<RefusedLoginView>& logins);

} // namespace CliRefusedLogins

} // namespace RelayDesk
