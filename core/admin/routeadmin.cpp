#include "core/admin/routeadmin.h"
#include "core/admin/configchangelog.h"

#include "core/routing/routestore.h"
#include "core/store/settings.h"
#include "core/util/hostandport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace RelayDesk {

namespace {

// Shown in the desktop manager's language when it installed a translator; the CLI stays English
// (docs/translations.md).
QString routeAdminText(const char* text)
{
    return QCoreApplication::translate("RelayDesk::RouteAdmin", text);
}

const QString hostKey = QStringLiteral("delivery.smarthost");
const QString tlsKey = QStringLiteral("delivery.smarthost_tls");
const QString userKey = QStringLiteral("delivery.smarthost_username");
const QString caFileKey = QStringLiteral("delivery.smarthost_ca_file");
const QString fingerprintKey = QStringLiteral("delivery.smarthost_fingerprint");
const QString insecureKey = QStringLiteral("delivery.smarthost_insecure_skip_verify");

} // namespace

Expected<PeerTrust> SmarthostSettings::trust() const
{
    const int given = int(!caFile.isEmpty()) + int(!fingerprint.isEmpty()) + int(insecureSkipVerify);
    if (given > 1)
        return Expected<PeerTrust>::failure(routeAdminText(QT_TRANSLATE_NOOP(
            "RelayDesk::RouteAdmin",
            "only one of a CA file, a fingerprint or skipping the verification can be set")));
    if (insecureSkipVerify)
        return PeerTrust::insecure();
    if (!fingerprint.isEmpty()) {
        const auto digest = PeerTrust::parseFingerprint(fingerprint);
        if (!digest)
            return Expected<PeerTrust>::failure(digest.error());
        return PeerTrust::fromFingerprint(digest.value());
    }
    if (!caFile.isEmpty()) // absolute: the engine may run in another directory
        return PeerTrust::fromCaFile(QFileInfo(caFile).absoluteFilePath());
    return PeerTrust::system();
}

RouteAdmin::RouteAdmin(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString RouteAdmin::tlsName(const RouteEntry& entry)
{
    return entry.implicitTls ? QStringLiteral("implicit") : tlsPolicyName(entry.tls);
}

QString RouteAdmin::tlsName(SmarthostConfig::Tls tls)
{
    switch (tls) {
    case SmarthostConfig::Tls::Implicit:
        return QStringLiteral("implicit");
    case SmarthostConfig::Tls::StartTls:
        return QStringLiteral("starttls");
    case SmarthostConfig::Tls::Opportunistic:
        return QStringLiteral("opportunistic");
    }
    return QStringLiteral("starttls");
}

Expected<RouteEntry> RouteAdmin::parseRoute(const QString& pattern, const QString& destination,
                                            const QString& tls, const QString& caFile,
                                            const QString& fingerprint)
{
    RouteEntry entry;
    entry.pattern = pattern.toLower();
    if (const QString problem = RouteTable::validatePattern(entry.pattern); !problem.isEmpty())
        return Expected<RouteEntry>::failure(problem);
    if (tls == QLatin1String("implicit")) {
        entry.implicitTls = true; // RFC 8314 3: TLS from the first byte, a certificate is required
        entry.tls = TlsPolicy::Required;
    } else if (const auto policy = parseTlsPolicy(tls); policy && tls == tls.toLower()) {
        entry.tls = *policy;
    } else {
        return Expected<RouteEntry>::failure(
            QStringLiteral("'%1' is not none, opportunistic, required, verify or implicit").arg(tls));
    }
    const auto endpoint = HostAndPort::parse(destination, entry.implicitTls ? 465 : 25);
    if (!endpoint)
        return Expected<RouteEntry>::failure(endpoint.error());
    entry.host = endpoint->host;
    entry.port = endpoint->port;
    if (caFile.isEmpty() && fingerprint.isEmpty())
        return entry;
    if (!caFile.isEmpty() && !fingerprint.isEmpty())
        return Expected<RouteEntry>::failure(
            QStringLiteral("--ca-file and --fingerprint exclude each other"));
    // TLS from the first byte is verified against them too (an outside tester's partner on port 465 had its
    // own CA, and only tls.trust_file, trusted for everything, could say so).
    if (entry.tls != TlsPolicy::Verify && !entry.implicitTls)
        return Expected<RouteEntry>::failure(
            QStringLiteral("--ca-file and --fingerprint need --tls verify or --tls implicit"));
    entry.tls = TlsPolicy::Verify;
    if (!caFile.isEmpty()) {
        if (const QString problem = PeerTrust::caFileProblem(caFile); !problem.isEmpty())
            return Expected<RouteEntry>::failure(problem);
        entry.trust = PeerTrust::fromCaFile(QFileInfo(caFile).absoluteFilePath());
        return entry;
    }
    const auto digest = PeerTrust::parseFingerprint(fingerprint);
    if (!digest)
        return Expected<RouteEntry>::failure(digest.error());
    entry.trust = PeerTrust::fromFingerprint(digest.value());
    return entry;
}

Expected<TlsPolicy> RouteAdmin::parsePolicy(const QString& name)
{
    const auto policy = parseTlsPolicy(name);
    if (!policy || name != name.toLower())
        return Expected<TlsPolicy>::failure(
            QStringLiteral("'%1' is not none, opportunistic, required or verify").arg(name));
    return *policy;
}

Expected<QList<RouteEntry>> RouteAdmin::routes() const
{
    return RouteStore(m_dataDir).routes();
}

Status RouteAdmin::setRoute(const RouteEntry& entry)
{
    return ConfigChangeLog::record(RouteStore(m_dataDir).setRoute(entry),
                                   LogLine("route_set").add("pattern", entry.pattern));
}

QString RouteAdmin::routeProblem(const RouteEntry& entry) const
{
    return RouteStore(m_dataDir).routeProblem(entry);
}

Status RouteAdmin::removeRoute(const QString& pattern)
{
    RouteStore store(m_dataDir);
    const auto entries = store.routes();
    if (!entries)
        return Status::failure(entries.error());
    const bool exists = std::any_of(entries->cbegin(), entries->cend(),
                                    [&](const RouteEntry& entry) { return entry.pattern == pattern; });
    if (!exists)
        return Status::failure(
            routeAdminText(QT_TRANSLATE_NOOP("RelayDesk::RouteAdmin", "no route for '%1'")).arg(pattern));
    return ConfigChangeLog::record(store.removeRoute(pattern),
                                   LogLine("route_removed").add("pattern", pattern));
}

Expected<QHash<QString, TlsPolicy>> RouteAdmin::tlsPolicies() const
{
    return RouteStore(m_dataDir).tlsPolicies();
}

Status RouteAdmin::setTlsPolicy(const QString& domain, TlsPolicy policy)
{
    return ConfigChangeLog::record(
        RouteStore(m_dataDir).setTlsPolicy(domain, policy),
        LogLine("tls_policy_set").add("domain", domain).add("policy", int(policy)));
}

Status RouteAdmin::removeTlsPolicy(const QString& domain)
{
    RouteStore store(m_dataDir);
    const auto policies = store.tlsPolicies();
    if (!policies)
        return Status::failure(policies.error());
    if (!policies->contains(domain))
        return Status::failure(
            routeAdminText(QT_TRANSLATE_NOOP("RelayDesk::RouteAdmin", "no TLS policy for '%1'")).arg(domain));
    return ConfigChangeLog::record(store.removeTlsPolicy(domain),
                                   LogLine("tls_policy_removed").add("domain", domain));
}

Expected<SmarthostConfig> RouteAdmin::smarthost() const
{
    return RouteStore(m_dataDir).smarthost();
}

Status RouteAdmin::setSmarthost(const SmarthostSettings& smarthost)
{
    if (smarthost.username.contains(QLatin1Char('\n')) || smarthost.username.contains(QLatin1Char('\r')))
        return Status::failure(
            routeAdminText(QT_TRANSLATE_NOOP("RelayDesk::RouteAdmin", "the user name has a line break")));
    if (smarthost.password.contains('\n') || smarthost.password.contains('\r') ||
        smarthost.password.contains('\0'))
        return Status::failure(
            routeAdminText(QT_TRANSLATE_NOOP("RelayDesk::RouteAdmin", "the password has several lines")));
    // The password is replaced with the host: a user name without one would log in with an empty password.
    if (const QString problem = smarthostPasswordProblem(smarthost.username, smarthost.password);
        !problem.isEmpty())
        return Status::failure(problem);
    const auto trust = smarthost.trust();
    if (!trust)
        return Status::failure(trust.error());
    // The trust is replaced with the host: a new host never keeps the old one's pin or CA file.
    QList<std::pair<QString, QString>> values = {
        {hostKey, HostAndPort{smarthost.host, smarthost.port}.toString()},
        {tlsKey, smarthost.tls},
        {caFileKey, trust->mode == PeerTrust::Mode::CaFile ? trust->caFile : QString()},
        {fingerprintKey,
         trust->mode == PeerTrust::Mode::Fingerprint ? PeerTrust::fingerprintText(trust->sha256) : QString()},
        {insecureKey,
         trust->mode == PeerTrust::Mode::Insecure ? QStringLiteral("true") : QStringLiteral("false")}};
    if (!smarthost.username.isEmpty())
        values.append({userKey, smarthost.username});
    // All or nothing: the password first, since its file is what an admin of the group may not write (after
    // a restore, say); a failure after it puts the old one back. The host, the CA file and the user name
    // changed while the password could not be written, and the old host's password went with the new host
    // (an outside tester).
    RouteStore store(m_dataDir);
    const auto before = store.readSmarthostPassword();
    if (Status status = setSmarthostPassword(smarthost.password); !status)
        return status;
    const auto undoPassword = [&store, &before] {
        // A password that could not be read is not put back: none is safer than the new one with the old
        // host.
        store.setSmarthostPassword(before ? before.value() : QByteArray());
    };
    Settings settings(m_dataDir);
    if (Status status = settings.setAll(values); !status) {
        undoPassword();
        return status;
    }
    // No user name: the stored one goes, so that a new host never gets the old host's credentials.
    if (Status status = smarthost.username.isEmpty() ? settings.reset(userKey) : Status(); !status) {
        undoPassword();
        return status;
    }
    return ConfigChangeLog::record(Status(),
                                   LogLine("smarthost_set")
                                       .add("host", HostAndPort{smarthost.host, smarthost.port}.toString())
                                       .add("tls", smarthost.tls)
                                       .add("username", smarthost.username)
                                       .add("password", smarthost.password.isEmpty() ? "none" : "(secret)"));
}

QString RouteAdmin::smarthostPasswordProblem(const QString& username,
                                             const std::optional<QByteArray>& password) const
{
    if (username.isEmpty())
        return {};
    if (password) {
        if (!password->isEmpty())
            return {};
    } else if (const auto stored = RouteStore(m_dataDir).readSmarthostPassword();
               !stored || !stored->isEmpty()) {
        return {}; // a password that cannot be read is a problem of its own, said where it is read
    }
    return routeAdminText(QT_TRANSLATE_NOOP("RelayDesk::RouteAdmin", "the user name %1 needs a password"))
        .arg(username);
}

Status RouteAdmin::clearSmarthost()
{
    Settings settings(m_dataDir);
    for (const Status& status :
         {settings.reset(hostKey), settings.reset(tlsKey), settings.reset(userKey), settings.reset(caFileKey),
          settings.reset(fingerprintKey), settings.reset(insecureKey), setSmarthostPassword(QByteArray())}) {
        if (!status)
            return status;
    }
    return ConfigChangeLog::record(Status(), LogLine("smarthost_cleared"));
}

Status RouteAdmin::setSmarthostPassword(const QByteArray& password)
{
    return RouteStore(m_dataDir).setSmarthostPassword(password);
}

} // namespace RelayDesk
