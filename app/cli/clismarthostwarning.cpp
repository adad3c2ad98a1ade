#include "app/cli/clismarthostwarning.h"
#include "core/admin/routeadmin.h"
#include "core/admin/settingsadmin.h"
#include "core/util/hostandport.h"

namespace RelayDesk {

QString SmarthostWarning::unverified(const QString& endpoint)
{
    return QStringLiteral("the certificate of %1 is not verified; anyone on the path can receive the "
                          "password. The relay logs this at each start.")
        .arg(endpoint);
}

QString SmarthostWarning::withoutTls(const QString& endpoint)
{
    return QStringLiteral("mail to %1 goes without TLS when it offers no STARTTLS, and to any certificate "
                          "(no password is sent: there is no user name)")
        .arg(endpoint);
}

QString SmarthostWarning::verifiedWithUsername()
{
    return QStringLiteral(
        "with a user name, opportunistic TLS is verified TLS: the password goes only to a "
        "server that offers STARTTLS with a verified certificate; mail to one that does not "
        "waits in the queue (451 4.7.10)");
}

QString SmarthostWarning::withoutPassword(const QString& username)
{
    return QStringLiteral(
               "no smarthost password is stored for the user name %1: mail waits in the queue "
               "(451 4.7.0) until it is given with 'relaydesk smarthost set HOST:PORT --username %1 "
               "--password-stdin'")
        .arg(username);
}

SmarthostWarning::Exceptions SmarthostWarning::exceptions(const SettingsAdmin& settings)
{
    return {settings.value(QStringLiteral("delivery.smarthost")),
            settings.value(QStringLiteral("delivery.smarthost_fingerprint")),
            settings.value(QStringLiteral("delivery.smarthost_insecure_skip_verify")) ==
                QLatin1String("true")};
}

void SmarthostWarning::exceptionsEnded(const Exceptions& before, const Exceptions& after,
                                       const CliOutput& out)
{
    if (before.host == after.host)
        return;
    // Named as the person knows them: "no smarthost" rather than an empty name (an outside tester read
    // "allowed for  only" after a reset).
    const QString oldHost = before.host.isEmpty() ? QStringLiteral("no smarthost") : before.host;
    const QString now = after.host.isEmpty() ? QStringLiteral("no smarthost is set now")
                                             : QStringLiteral("%1 is verified now").arg(after.host);
    if (before.insecure && !after.insecure)
        out.note(
            QStringLiteral("delivery.smarthost: skipping the certificate verification was allowed for %1 "
                           "only: %2 (set delivery.smarthost_insecure_skip_verify again if it must be)")
                .arg(oldHost, now));
    if (!before.pin.isEmpty() && after.pin.isEmpty())
        out.note(
            QStringLiteral("delivery.smarthost: the pinned certificate was that of %1: it is removed; %2 "
                           "(against the system's CAs, or delivery.smarthost_ca_file)")
                .arg(oldHost, now));
}

void SmarthostWarning::afterConfigSet(const QString& dataDir,
                                      const QList<std::pair<QString, QString>>& values, const CliOutput& out)
{
    const SettingsAdmin settings(dataDir);
    const QString host = settings.value(QStringLiteral("delivery.smarthost"));
    const QString endpoint = host.isEmpty() ? QStringLiteral("the smarthost (none is set yet)") : host;
    for (const auto& [key, value] : values) {
        // What is stored now counts: a later key of the same command may have undone an earlier one.
        const QString stored = settings.value(key);
        if (key == QLatin1String("delivery.smarthost_insecure_skip_verify") &&
            stored == QLatin1String("true"))
            out.warning(QStringLiteral("config set: %1: %2").arg(key, unverified(endpoint)));
        // With a user name, opportunistic is verified all the same (RouteTable::routeOf).
        if (key == QLatin1String("delivery.smarthost_tls") && stored == QLatin1String("opportunistic") &&
            settings.value(QStringLiteral("delivery.smarthost_username")).isEmpty())
            out.warning(QStringLiteral("config set: %1: %2").arg(key, withoutTls(endpoint)));
        const bool opportunisticWithUser =
            settings.value(QStringLiteral("delivery.smarthost_tls")) == QLatin1String("opportunistic") &&
            !settings.value(QStringLiteral("delivery.smarthost_username")).isEmpty();
        if ((key == QLatin1String("delivery.smarthost_tls") ||
             key == QLatin1String("delivery.smarthost_username")) &&
            opportunisticWithUser)
            out.note(QStringLiteral("config set: %1: %2").arg(key, verifiedWithUsername()));
        // A host without a port: the port the relay connects to is said (the description asks HOST:PORT).
        if ((key == QLatin1String("delivery.smarthost") || key == QLatin1String("delivery.smarthost_tls")) &&
            !host.isEmpty() && !HostAndPort::hasPort(host)) {
            if (const auto config = RouteAdmin(dataDir).smarthost(); config && !config->host.isEmpty())
                out.note(
                    QStringLiteral("config set: %1: no port is given: the relay connects to port %2 (%3)")
                        .arg(key)
                        .arg(config->port)
                        .arg(config->tls == SmarthostConfig::Tls::Implicit
                                 ? QStringLiteral("implicit TLS, as delivery.smarthost_tls says")
                                 : QStringLiteral("submission with STARTTLS; write HOST:PORT for another")));
        }
        if (key == QLatin1String("delivery.smarthost_username") && !stored.isEmpty()) {
            const auto config = RouteAdmin(dataDir).smarthost();
            if (config && config->password.isEmpty())
                out.warning(QStringLiteral("config set: %1: %2").arg(key, withoutPassword(stored)));
        }
    }
}

} // namespace RelayDesk
