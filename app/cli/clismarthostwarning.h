#pragma once

#include "app/cli/clioutput.h"

#include <QList>
#include <QString>

#include <utility>

namespace RelayDesk {

class SettingsAdmin;

/// The command line's warnings for a smarthost checked less than it could be (docs/operations.md, "Smarthost
/// TLS"): one text each, whether `smarthost set` or `config set` made the change.
class SmarthostWarning final
{
public:
    /// The certificate of endpoint is not verified (--insecure-skip-verify, or its setting).
    static QString unverified(const QString& endpoint);
    /// Opportunistic TLS without a user name: mail may go to endpoint without TLS.
    static QString withoutTls(const QString& endpoint);
    /// Opportunistic TLS with a user name: verified all the same (RouteTable::routeOf).
    static QString verifiedWithUsername();
    /// A user name is stored without a password: delivery defers instead of logging in.
    static QString withoutPassword(const QString& username);
    /// After `config set` stored values: warns of each that leaves the stored smarthost less checked,
    /// "config set: KEY: " and the text smarthost set prints for its flag.
    static void afterConfigSet(const QString& dataDir, const QList<std::pair<QString, QString>>& values,
                               const CliOutput& out);

    /// The smarthost and the certificate exceptions made for it.
    struct Exceptions
    {
        QString host;
        QString pin;
        bool insecure = false;
    };
    static Exceptions exceptions(const SettingsAdmin& settings);
    /// Says which exception a new host ended (Settings::setAll ends them: they were made for the old one).
    static void exceptionsEnded(const Exceptions& before, const Exceptions& after, const CliOutput& out);
};

} // namespace RelayDesk
