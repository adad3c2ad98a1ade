#include "core/store/settings.h"
#include "core/store/database.h"
#include "core/store/nodesettings.h"
#include "core/store/ownlisteners.h"
#include "core/store/secondcertificatesettings.h"
#include "core/store/settingorder.h"
#include "core/tls/certificatecheck.h"
#include "core/tls/peertrust.h"
#include "core/util/canonicalsetting.h"
#include "core/util/domainname.h"
#include "core/util/dottedquad.h"
#include "core/util/hostandport.h"
#include "core/util/hostport.h"
#include "core/util/settingunits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslKey>
#include <QSysInfo>

#include <algorithm>
#include <limits>

namespace RelayDesk {

using SettingUnits::minimumMessageSizeLimit;
using SettingUnits::octetsPerMegabyte;
using SettingUnits::secondsPerDay;
using SettingUnits::secondsPerHour;

namespace {

// Shown in the desktop manager's language when it installed a translator; the CLI stays English.
QString settingsText(const char* text)
{
    return QCoreApplication::translate("RelayDesk::Settings", text);
}

} // namespace

namespace {

QString validateHostPort(const QString& value)
{
    return HostPort::parse(value) ? QString() : HostPort::parse(value).error();
}

QString validatePositive(const QString& value)
{
    bool ok = false;
    const qlonglong n = value.toLongLong(&ok);
    if (!ok && !value.isEmpty() &&
        std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.isDigit(); }))
        return settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings", "'%1' is too large")).arg(value);
    if (!ok || n <= 0)
        return settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings", "'%1' is not a positive whole number"))
            .arg(value);
    return {};
}

QString validateNonNegative(const QString& value)
{
    bool ok = false;
    const qlonglong n = value.toLongLong(&ok);
    if (!ok && !value.isEmpty() &&
        std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.isDigit(); }))
        return settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings", "'%1' is too large")).arg(value);
    if (!ok || n < 0)
        return settingsText(
                   QT_TRANSLATE_NOOP("RelayDesk::Settings", "'%1' is not a whole number of zero or more"))
            .arg(value);
    return {};
}

QString validateBool(const QString& value)
{
    static const QStringList accepted = {QStringLiteral("true"), QStringLiteral("false")};
    return accepted.contains(value)
               ? QString()
               : settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings",
                                                "'%1' is not true or false (yes and no, on and off, 1 and 0 "
                                                "are taken too)"))
                     .arg(value);
}

QString validateCertificateFile(const QString& value)
{
    if (value.isEmpty())
        return {}; // empty: use the generated self-signed certificate
    QFile file(value);
    if (!file.open(QIODevice::ReadOnly))
        return settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings", "cannot read certificate file %1: %2"))
            .arg(value, file.errorString());
    if (QSslCertificate::fromDevice(&file, QSsl::Pem).isEmpty())
        return settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings", "%1 holds no PEM certificate"))
            .arg(value);
    return {};
}

QString validateKeyFile(const QString& value)
{
    if (value.isEmpty())
        return {};
    QFile file(value);
    if (!file.open(QIODevice::ReadOnly))
        return settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings", "cannot read key file %1: %2"))
            .arg(value, file.errorString());
    const QByteArray pem = file.readAll();
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Opaque}) {
        if (!QSslKey(pem, algorithm, QSsl::Pem).isNull())
            return {};
    }
    return settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings",
                                          "%1 holds no unencrypted PEM private key (RSA or EC)"))
        .arg(value);
}

QString validateHostname(const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$"));
    if (!pattern.match(value).hasMatch() || value.size() > 253)
        return settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings", "'%1' is not a valid host name"))
            .arg(value);
    // RFC 1123 section 2.1: the last label of a host name is never all digits, so that "127.0.0.1" is an
    // address; a relay that greets with one sends an EHLO that RFC 5321 section 4.1.3 would write
    // "[127.0.0.1]".
    static const QRegularExpression digitsLast(QStringLiteral("(^|\\.)[0-9]+$"));
    if (digitsLast.match(value).hasMatch())
        return settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings",
                                              "'%1' is an address, not a host name: give the name the "
                                              "relay's address has in the DNS"))
            .arg(value);
    return {};
}

QString validateSmarthost(const QString& value)
{
    return value.isEmpty() ? QString() : HostAndPort::parse(value, 25).error();
}

QStringList smarthostTlsModes()
{
    return {QStringLiteral("starttls"), QStringLiteral("implicit"), QStringLiteral("opportunistic")};
}

/// The smarthost's AUTH user name: what `smarthost set` and the window take (an outside tester stored a line
/// break through `config set`, and the login failed for a reason nobody could see).
QString validateSmarthostUsername(const QString& value)
{
    if (value.isEmpty())
        return {};
    if (std::any_of(value.cbegin(), value.cend(),
                    [](QChar c) { return c.category() == QChar::Other_Control; }))
        return settingsText(QT_TRANSLATE_NOOP(
            "RelayDesk::Settings", "the user name holds a control character (a line break, a tab)"));
    if (value.trimmed() != value)
        return settingsText(
            QT_TRANSLATE_NOOP("RelayDesk::Settings", "the user name begins or ends with a blank"));
    return {};
}

QString validateSmarthostTls(const QString& value)
{
    return smarthostTlsModes().contains(value)
               ? QString()
               : settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings",
                                                "'%1' is not implicit, starttls or opportunistic"))
                     .arg(value);
}

QStringList logLevels()
{
    return {QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error"),
            QStringLiteral("debug")};
}

QString validateLogLevel(const QString& value)
{
    // Not translated: only the command line and the service's operators meet it (no field in the window).
    return logLevels().contains(value)
               ? QString()
               : QStringLiteral("'%1' is not debug, info, warning or error").arg(value);
}

QString validateCaFile(const QString& value)
{
    if (value.isEmpty())
        return {};
    QFile file(value);
    if (!file.open(QIODevice::ReadOnly))
        return settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings", "cannot read CA file %1: %2"))
            .arg(value, file.errorString());
    return QSslCertificate::fromData(file.readAll(), QSsl::Pem).isEmpty()
               ? settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings", "%1 holds no PEM certificate"))
                     .arg(value)
               : QString();
}

QString validateFingerprint(const QString& value)
{
    return value.isEmpty() || PeerTrust::parseFingerprint(value)
               ? QString()
               : settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings",
                                                "'%1' is not a SHA-256 fingerprint (SHA256: and 64 hex "
                                                "digits, colons optional)"))
                     .arg(value);
}

QString validateOptionalAddress(const QString& value)
{
    if (value.isEmpty() || DottedQuad::address(value))
        return {};
    // "5.5" is 5.0.0.5 to QHostAddress and inet_aton: an SPF record made of it (ip4:5.5) is broken, and the
    // DNS server asked was another than the one written (an outside tester).
    const QHostAddress meant(value);
    if (meant.protocol() == QAbstractSocket::IPv4Protocol)
        return settingsText(
                   QT_TRANSLATE_NOOP("RelayDesk::Settings",
                                     "'%1' is not an IP address as written: write it as four numbers "
                                     "(%2 is what it would stand for)"))
            .arg(value, meant.toString());
    return settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings", "'%1' is not an IP address")).arg(value);
}

/// Empty, or local@domain with a domain DNS can name (its A-labels) and a local part without blanks.
QString validateOptionalMailbox(const QString& value)
{
    static const QRegularExpression local(QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$"));
    const qsizetype at = value.lastIndexOf(QLatin1Char('@'));
    if (value.isEmpty() ||
        (at > 0 && local.match(value.left(at)).hasMatch() && DomainName::normalize(value.mid(at + 1)).ok()))
        return {};
    return settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings", "'%1' is not a mail address of the form "
                                                                 "name@domain.example"))
        .arg(value);
}

QString validateOptionalHostname(const QString& value)
{
    return value.isEmpty() ? QString() : validateHostname(value);
}

QString defaultHostname()
{
    const QString host = QSysInfo::machineHostName();
    return validateHostname(host).isEmpty() && !host.isEmpty() ? host : QStringLiteral("localhost");
}

/// A setting that names a file.
SettingDefinition fileSetting(SettingDefinition definition)
{
    definition.filePath = true;
    return definition;
}

/// A number setting (Count, Seconds, Octets, Days, Port) with its bounds in the stored unit.
SettingDefinition ranged(SettingDefinition definition, qint64 minimum, qint64 maximum)
{
    definition.minimum = minimum;
    definition.maximum = maximum;
    return definition;
}

} // namespace

const QList<SettingDefinition>& Settings::definitions()
{
    static const QList<SettingDefinition> list = {
        {QStringLiteral("listener.submission.address"), QStringLiteral("127.0.0.1:2587"),
         QStringLiteral("Submission listener (plaintext + STARTTLS, AUTH after TLS)"), validateHostPort,
         SettingKind::Address, false},
        {QStringLiteral("listener.submission.enabled"), QStringLiteral("true"),
         QStringLiteral("Run the submission listener"), validateBool, SettingKind::Flag, false},
        {QStringLiteral("listener.smtps.address"), QStringLiteral("127.0.0.1:2465"),
         QStringLiteral("SMTPS listener (implicit TLS, RFC 8314)"), validateHostPort, SettingKind::Address,
         false},
        {QStringLiteral("listener.smtps.enabled"), QStringLiteral("true"),
         QStringLiteral("Run the SMTPS listener"), validateBool, SettingKind::Flag, false},
        {QStringLiteral("listener.lan.address"), QStringLiteral("127.0.0.1:2525"),
         QStringLiteral("LAN relay listener for trusted devices (no AUTH)"), validateHostPort,
         SettingKind::Address, false},
        {QStringLiteral("listener.lan.enabled"), QStringLiteral("true"),
         QStringLiteral("Run the LAN relay listener"), validateBool, SettingKind::Flag, false},
        fileSetting({QStringLiteral("tls.certificate"), QString(),
                     QStringLiteral("PEM certificate file (empty: generated self-signed)"),
                     validateCertificateFile, SettingKind::Text, false}),
        fileSetting({QStringLiteral("tls.key"), QString(),
                     QStringLiteral("PEM private key file (empty: generated)"), validateKeyFile,
                     SettingKind::Text, false}),
        // docs/security.md, "Listener certificates": an outside tester's RSA-only devices could not connect
        // to the ECDSA certificate alone.
        fileSetting(
            {QStringLiteral("tls.second_certificate"), QString(),
             QStringLiteral("PEM certificate file of the other key type (RSA beside ECDSA), served to "
                            "clients that cannot use the first (empty: none)"),
             validateCertificateFile, SettingKind::Text, false}),
        fileSetting({QStringLiteral("tls.second_key"), QString(),
                     QStringLiteral("PEM private key file of tls.second_certificate (empty: none)"),
                     validateKeyFile, SettingKind::Text, false}),
        {QStringLiteral("server.hostname"), defaultHostname(),
         QStringLiteral("Name in the greeting and Received: headers"), validateHostname, SettingKind::Text,
         false},
        ranged({QStringLiteral("limits.max_message_size"), QStringLiteral("26214400"),
                QStringLiteral("SIZE limit in octets (RFC 1870)"), validatePositive, SettingKind::Octets,
                false},
               minimumMessageSizeLimit, 512 * octetsPerMegabyte),
        ranged({QStringLiteral("limits.max_recipients"), QStringLiteral("1000"),
                QStringLiteral("Recipients per message"), validatePositive, SettingKind::Count, false},
               1, 10000),
        ranged({QStringLiteral("limits.max_hops"), QStringLiteral("50"),
                QStringLiteral(
                    "Received: header fields at which a message is refused as a mail loop (554 5.4.6)"),
                validatePositive, SettingKind::Count, false},
               1, 1000),
        ranged({QStringLiteral("limits.idle_timeout"), QStringLiteral("300"),
                QStringLiteral("Seconds a session may stay silent"), validatePositive, SettingKind::Seconds,
                false},
               1, secondsPerDay),
        ranged({QStringLiteral("limits.session_timeout"), QStringLiteral("1800"),
                QStringLiteral("Seconds a session may last in all"), validatePositive, SettingKind::Seconds,
                false},
               1, secondsPerDay),
        ranged({QStringLiteral("limits.tls_handshake_timeout"), QStringLiteral("30"),
                QStringLiteral("Seconds a TLS handshake may take (implicit TLS and STARTTLS) before the "
                               "connection is closed"),
                validatePositive, SettingKind::Seconds, false},
               1, secondsPerHour),
        ranged({QStringLiteral("limits.max_connections"), QStringLiteral("1024"),
                QStringLiteral("Concurrent connections in total"), validatePositive, SettingKind::Count,
                false},
               1, 100000),
        ranged({QStringLiteral("limits.max_connections_per_address"), QStringLiteral("50"),
                QStringLiteral("Concurrent connections from one address"), validatePositive,
                SettingKind::Count, false},
               1, 100000),
        ranged({QStringLiteral("auth.max_failures"), QStringLiteral("5"),
                QStringLiteral(
                    "Failed AUTH attempts from one address that start a lockout (the last is answered 421)"),
                validatePositive, SettingKind::Count, false},
               1, 1000),
        ranged({QStringLiteral("auth.failure_window"), QStringLiteral("900"),
                QStringLiteral("Seconds over which failed AUTH attempts are counted"), validatePositive,
                SettingKind::Seconds, false},
               1, 30 * secondsPerDay),
        ranged({QStringLiteral("auth.lockout"), QStringLiteral("900"),
                QStringLiteral("Seconds an address is locked out after too many failures"), validatePositive,
                SettingKind::Seconds, false},
               1, 30 * secondsPerDay),
        ranged({QStringLiteral("auth.max_in_flight_per_address"), QStringLiteral("32"),
                QStringLiteral(
                    "AUTH attempts from one address checked at once; more get 454 4.7.0 (try again later)"),
                validatePositive, SettingKind::Count, false},
               1, 1000),
        // At most a day: the cache's worth is a busy hour, its cost grows with the time a tag stays in
        // memory.
        ranged({QStringLiteral("auth.cache_ttl"), QStringLiteral("900"),
                QStringLiteral(
                    "Seconds a verified password is remembered (keyed hash, this process only) so that the "
                    "next AUTH skips Argon2id; 0: off"),
                nullptr, SettingKind::Seconds, false},
               0, secondsPerDay),
        ranged({QStringLiteral("auth.verify_threads"), QStringLiteral("0"),
                QStringLiteral("Password verifications (Argon2id) run at once; 0: one per CPU core"), nullptr,
                SettingKind::Count, false},
               0, 256),
        // At least one verification (19 MiB) must fit.
        ranged({QStringLiteral("auth.verify_memory_mb"), QStringLiteral("256"),
                QStringLiteral("Memory in MiB that password verifications in flight may take (19 MiB each)"),
                nullptr, SettingKind::Count, false},
               19, 65536),
        {QStringLiteral("delivery.enabled"), QStringLiteral("true"),
         QStringLiteral("Deliver the queue (false: accept and hold everything)"), validateBool,
         SettingKind::Flag, false},
        ranged({QStringLiteral("engine.worker_threads"), QStringLiteral("2"),
                QStringLiteral("Session worker threads"), validatePositive, SettingKind::Count, true},
               1, 64),
        ranged({QStringLiteral("delivery.retry_first"), QStringLiteral("300"),
                QStringLiteral("Seconds before the first retry of a deferred recipient"), validatePositive,
                SettingKind::Seconds, false},
               1, secondsPerDay),
        ranged({QStringLiteral("delivery.retry_max"), QStringLiteral("3600"),
                QStringLiteral("Longest wait in seconds between retries (the wait doubles up to this)"),
                validatePositive, SettingKind::Seconds, false},
               1, 7 * secondsPerDay),
        ranged({QStringLiteral("delivery.give_up_after"), QStringLiteral("432000"),
                QStringLiteral("Seconds after which an undeliverable message is bounced"), validatePositive,
                SettingKind::Seconds, false},
               1, 30 * secondsPerDay),
        ranged({QStringLiteral("delivery.delay_notice_after"), QStringLiteral("14400"),
                QStringLiteral("Seconds after which the sender is told of a delay (0: never)"),
                validateNonNegative, SettingKind::Seconds, false},
               0, 30 * secondsPerDay),
        ranged({QStringLiteral("delivery.max_in_flight"), QStringLiteral("100"),
                QStringLiteral("Delivery jobs in progress at once, from hand-over until the outcome is "
                               "recorded (those beyond "
                               "the connection limits wait, ready); also the most a crash may deliver twice"),
                validatePositive, SettingKind::Count, false},
               1, 10000),
        // A lease must outlast a renewal interval (a third of it) with room to spare; beyond an hour a dead
        // node's mail would wait too long (docs/scaling.md, "Queue leases").
        ranged(
            {QStringLiteral("delivery.lease_time"), QStringLiteral("60"),
             QStringLiteral(
                 "Seconds a node holds the recipients it delivers, renewed while it runs; after a node dies "
                 "another one delivers its mail once this has passed"),
             nullptr, SettingKind::Seconds, false},
            3, secondsPerHour),
        ranged({QStringLiteral("delivery.poll_interval"), QStringLiteral("5"),
                QStringLiteral("Seconds between looks at the queue for due recipients"), validatePositive,
                SettingKind::Seconds, false},
               1, secondsPerHour),
        {QStringLiteral("delivery.smarthost"), QString(),
         QStringLiteral("Relay all mail not routed otherwise through HOST:PORT (empty: deliver by MX)"),
         validateSmarthost, SettingKind::Address, false},
        {QStringLiteral("delivery.smarthost_tls"), QStringLiteral("starttls"),
         QStringLiteral("Smarthost TLS: implicit, starttls (required) or opportunistic"),
         validateSmarthostTls, SettingKind::Choice, false, smarthostTlsModes()},
        {QStringLiteral("delivery.smarthost_username"), QString(),
         QStringLiteral("Smarthost AUTH user name (the password is kept in smarthost.secret)"),
         validateSmarthostUsername, SettingKind::Text, false},
        fileSetting(
            {QStringLiteral("delivery.smarthost_ca_file"), QString(),
             QStringLiteral(
                 "PEM file of the CAs the smarthost's certificate must chain to (empty: the system CA "
                 "store)"),
             validateCaFile, SettingKind::Text, false}),
        {QStringLiteral("delivery.smarthost_fingerprint"), QString(),
         QStringLiteral("SHA256:HEX of the smarthost's own certificate, pinned instead of a CA check (empty: "
                        "none)"),
         validateFingerprint, SettingKind::Text, false},
        {QStringLiteral("delivery.smarthost_insecure_skip_verify"), QStringLiteral("false"),
         QStringLiteral("Accept any smarthost certificate and send the password all the same (insecure; "
                        "logged at each start)"),
         validateBool, SettingKind::Flag, false},
        fileSetting(
            {QStringLiteral("tls.trust_file"), QString(),
             QStringLiteral(
                 "PEM file of CAs trusted besides the system CA store when verifying outbound servers "
                 "(MTA-STS, the smarthost, routes with TLS verify; empty: none)"),
             validateCaFile, SettingKind::Text, false}),
        {QStringLiteral("delivery.dns_server"), QString(),
         QStringLiteral("DNS server for MX lookups (empty: the system resolver)"), validateOptionalAddress,
         SettingKind::Text, false},
        {QStringLiteral("delivery.public_address"), QString(),
         QStringLiteral("Public IP address this office sends from, for SPF and the PTR in 'domain check' "
                        "(empty: unknown)"),
         validateOptionalAddress, SettingKind::Text, false},
        ranged({QStringLiteral("delivery.mx_port"), QStringLiteral("25"),
                QStringLiteral(
                    "Port of the MX hosts (RFC 5321: 25; another port only for tests and lab setups)"),
                nullptr, SettingKind::Port, false},
               1, 65535),
        ranged({QStringLiteral("delivery.connect_timeout"), QStringLiteral("30"),
                QStringLiteral("Seconds to wait for an outbound connection"), validatePositive,
                SettingKind::Seconds, false},
               1, secondsPerHour),
        ranged({QStringLiteral("delivery.command_timeout"), QStringLiteral("300"),
                QStringLiteral(
                    "Seconds to wait for each reply of a remote server (RFC 5321 4.5.3.2); the reply to "
                    "the end of a message waits at least 10 minutes (4.5.3.2.6)"),
                validatePositive, SettingKind::Seconds, false},
               1, secondsPerHour),
        ranged({QStringLiteral("delivery.max_connections"), QStringLiteral("20"),
                QStringLiteral("Outbound connections in total"), validatePositive, SettingKind::Count, false},
               1, 10000),
        ranged({QStringLiteral("delivery.max_connections_per_domain"), QStringLiteral("4"),
                QStringLiteral("Outbound connections to one destination (recipient domain, route or "
                               "smarthost), and to one server's IP address"),
                validatePositive, SettingKind::Count, false},
               1, 1000),
        {QStringLiteral("delivery.postmaster"), QString(),
         QStringLiteral("Where mail to <postmaster> goes, the relay's own reserved mailbox (RFC 5321 4.5.1; "
                        "empty: refused)"),
         validateOptionalMailbox, SettingKind::Text, false},
        {QStringLiteral("delivery.internal_literals"), QStringLiteral("false"),
         QStringLiteral("Take recipients at an address literal of this machine or a private network "
                        "(user@[10.0.0.5]; false: refused, 550 5.7.1) and at a name without a dot "
                        "(user@intranet; false: refused, 550 5.1.2)"),
         validateBool, SettingKind::Flag, false},
        {QStringLiteral("delivery.helo_name"), QString(),
         QStringLiteral("Name sent in EHLO (empty: server.hostname)"), validateOptionalHostname,
         SettingKind::Text, false},
        ranged({QStringLiteral("retention.bodies"), QStringLiteral("0"),
                QStringLiteral(
                    "Days a message body is kept after its last recipient is final (0: removed at once)"),
                nullptr, SettingKind::Days, false},
               0, 36500),
        ranged({QStringLiteral("retention.log"), QStringLiteral("90"),
                QStringLiteral(
                    "Days the delivery log (envelope, outcome, transcript) and security events are kept (0: "
                    "none kept, removed at the next purge)"),
                nullptr, SettingKind::Days, false},
               0, 36500),
        ranged(
            {QStringLiteral("dkim.grace_days"), QStringLiteral("7"),
             QStringLiteral(
                 "Days a replaced DKIM key stays published after a rotation, so that mail signed with it "
                 "still verifies (at least 1: receivers and DNS caches need time; longer while queued mail "
                 "carries its signature)"),
             nullptr, SettingKind::Days, false},
            1, 36500),
        {QStringLiteral("log.level"), QStringLiteral("info"),
         QStringLiteral("Lowest level of the operator log: debug, info, warning or error (--log-level wins)"),
         validateLogLevel, SettingKind::Choice, false, logLevels()},
    };
    return list;
}

const SettingDefinition* Settings::definition(const QString& key)
{
    for (const SettingDefinition& def : definitions()) {
        if (def.key == key)
            return &def;
    }
    return nullptr;
}

Settings::Settings(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString Settings::ownFile(const QString& dataDir, const QString& path)
{
    if (path.isEmpty())
        return path;
    const QFileInfo stored(path);
    const QString name = stored.fileName();
    const bool relayWritten = name.startsWith(QLatin1String("imported-")) ||
                              name.startsWith(QLatin1String("selfsigned-")) ||
                              name.startsWith(QLatin1String("restored."));
    if (!relayWritten || stored.dir().dirName() != QLatin1String("tls"))
        return path;
    const QString own = QDir(QDir(dataDir).filePath(QStringLiteral("tls"))).absoluteFilePath(name);
    return QFileInfo::exists(own) ? own : path;
}

QString Settings::value(const QString& key) const
{
    const SettingDefinition* def = definition(key);
    const bool file = def && def->filePath;
    if (NodeSettings::isNodeKey(key)) { // this node's own value wins (docs/scaling.md, "Nodes")
        if (const QMap<QString, QString> own = NodeSettings::values(m_dataDir); own.contains(key))
            return file ? ownFile(m_dataDir, own.value(key)) : own.value(key);
    }
    return file ? ownFile(m_dataDir, sharedValue(key)) : sharedValue(key);
}

QString Settings::sharedValue(const QString& key) const
{
    const SettingDefinition* def = definition(key);
    auto db = Database::connection(m_dataDir);
    if (db) {
        QSqlQuery query(db.value());
        query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
        query.addBindValue(key);
        if (query.exec() && query.next())
            return query.value(0).toString();
    }
    return def ? def->defaultValue : QString();
}

QMap<QString, QString> Settings::values() const
{
    QMap<QString, QString> all;
    for (const SettingDefinition& def : definitions())
        all.insert(def.key, def.defaultValue);
    if (auto db = Database::connection(m_dataDir)) {
        QSqlQuery query(db.value());
        query.setForwardOnly(true);
        if (query.exec(QStringLiteral("SELECT key, value FROM settings"))) {
            while (query.next()) {
                const QString key = query.value(0).toString();
                if (all.contains(key))
                    all.insert(key, query.value(1).toString());
            }
        }
    }
    const QMap<QString, QString> own = NodeSettings::values(m_dataDir);
    for (auto it = own.cbegin(); it != own.cend(); ++it)
        all.insert(it.key(), it.value());
    for (const SettingDefinition& def : definitions()) {
        if (def.filePath)
            all.insert(def.key, ownFile(m_dataDir, all.value(def.key)));
    }
    return all;
}

int Settings::intValue(const QString& key) const
{
    const qint64 number = value(key).toLongLong();
    const SettingDefinition* def = definition(key);
    if (def && def->maximum > 0)
        return int(std::clamp(number, def->minimum, def->maximum));
    return int(std::clamp<qint64>(number, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

QString Settings::storedForm(const SettingDefinition& definition, const QString& typed)
{
    // A file named relative to where the command ran means nothing to the engine: kept as an absolute path.
    if (definition.filePath && !typed.isEmpty())
        return QFileInfo(typed).absoluteFilePath();
    return CanonicalSetting::of(definition.kind, typed);
}

QString Settings::problem(const SettingDefinition& definition, const QString& typed)
{
    const QString value = CanonicalSetting::of(definition.kind, typed);
    if (definition.validate) {
        if (const QString problem = definition.validate(value); !problem.isEmpty())
            return problem;
    }
    if (definition.maximum == 0)
        return {};
    bool ok = false;
    const qlonglong number = value.toLongLong(&ok);
    if (ok && number >= definition.minimum && number <= definition.maximum)
        return {};
    // A number of days beyond any count that can be spoken read "5 days is not a duration from 1 second to
    // 30 days" for 4294967301 days (an outside tester): said as the seconds it is.
    if (ok && definition.kind == SettingKind::Seconds && number / 86400 > std::numeric_limits<int>::max())
        return settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings",
                                              "%1 seconds is far longer than %2, the most it may be"))
            .arg(number)
            .arg(SettingOrder::spokenSeconds(definition.maximum));
    // Below zero, said as typed: "-5" read "0 seconds is not a duration from 0 seconds to 1 day" (an outside
    // tester).
    if (ok && number < 0 && definition.kind == SettingKind::Seconds)
        return settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings", "'%1' is not a duration from %2 to %3"))
            .arg(typed.trimmed(), SettingOrder::spokenSeconds(definition.minimum),
                 SettingOrder::spokenSeconds(definition.maximum));
    // Durations and sizes in the units people use: "2 days is not a duration from 0 seconds to 1 day".
    if (ok && definition.kind == SettingKind::Seconds)
        return settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings", "%1 is not a duration from %2 to %3"))
            .arg(SettingOrder::spokenSeconds(number), SettingOrder::spokenSeconds(definition.minimum),
                 SettingOrder::spokenSeconds(definition.maximum));
    // "10" meant as megabytes (an outside tester): say so, and what to type for them.
    if (ok && definition.kind == SettingKind::Octets && number >= 1 && number < definition.minimum &&
        number <= definition.maximum / octetsPerMegabyte)
        return settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings",
                                              "%1 is not a size from %2 to %3: a relay must take messages of "
                                              "%2 at least (RFC 5321 4.5.3.1.7). For %4, type %5"))
            .arg(SettingOrder::spokenOctets(number), SettingOrder::spokenOctets(definition.minimum),
                 SettingOrder::spokenOctets(definition.maximum),
                 SettingOrder::spokenOctets(number * octetsPerMegabyte), QStringLiteral("%1MB").arg(number));
    if (ok && definition.kind == SettingKind::Octets)
        return settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings", "%1 is not a size from %2 to %3"))
            .arg(SettingOrder::spokenOctets(number), SettingOrder::spokenOctets(definition.minimum),
                 SettingOrder::spokenOctets(definition.maximum));
    const char* text =
        definition.kind == SettingKind::Days
            ? QT_TRANSLATE_NOOP("RelayDesk::Settings", "'%1' is not a whole number of days from %2 to %3")
        : definition.kind == SettingKind::Port
            ? QT_TRANSLATE_NOOP("RelayDesk::Settings", "'%1' is not a port between %2 and %3")
            : QT_TRANSLATE_NOOP("RelayDesk::Settings", "'%1' is not a whole number from %2 to %3");
    return settingsText(text).arg(value).arg(definition.minimum).arg(definition.maximum);
}

bool Settings::boolValue(const QString& key) const
{
    return value(key) == QLatin1String("true");
}

Status Settings::set(const QString& key, const QString& value)
{
    return setAll({{key, value}});
}

QString Settings::nodeValueProblem(const QString& key, const QString& ownValue) const
{
    return nodeValuesProblem({{key, ownValue}});
}

QString Settings::nodeValuesProblem(const QList<std::pair<QString, QString>>& ownValues) const
{
    QList<std::pair<QString, QString>> after;
    for (const auto& [key, own] : ownValues)
        after.append({key, own.isEmpty() ? sharedValue(key) : own});
    return crossCheck(after);
}

QString Settings::crossCheck(const QList<std::pair<QString, QString>>& values) const
{
    const auto after = [this, &values](const QString& key) {
        for (const auto& [k, v] : values) {
            if (k == key)
                return v;
        }
        return value(key);
    };
    const auto changes = [&values](auto predicate) {
        return std::any_of(values.cbegin(), values.cend(),
                           [&](const auto& kv) { return predicate(kv.first); });
    };
    const QString smarthostKey = QStringLiteral("delivery.smarthost");
    const QString smarthost = after(smarthostKey);
    if (!smarthost.isEmpty() && changes([](const QString& key) {
            return key == QLatin1String("delivery.smarthost") || key.startsWith(QLatin1String("listener."));
        })) {
        if (const auto target = HostAndPort::parse(smarthost, 25)) {
            OwnListeners listeners = OwnListeners::fromValues(after);
            listeners.addOtherNodes(m_dataDir); // a node of the same store is a loop too
            const QString loop = listeners.refuseTarget(target->host, target->port);
            if (!loop.isEmpty())
                return QStringLiteral("%1: %2").arg(smarthostKey, loop);
        }
    }
    if (changes([](const QString& key) { return key.startsWith(QLatin1String("listener.")); })) {
        if (const QString clash = OwnListeners::fromValues(after).clash(); !clash.isEmpty()) {
            for (const auto& [key, value] : values) {
                if (key.startsWith(QLatin1String("listener.")))
                    return QStringLiteral("%1: %2").arg(key, clash);
            }
        }
    }
    // One way to trust the smarthost's certificate at a time (docs/operations.md, "Smarthost TLS").
    const QStringList trustKeys = {QStringLiteral("delivery.smarthost_ca_file"),
                                   QStringLiteral("delivery.smarthost_fingerprint"),
                                   QStringLiteral("delivery.smarthost_insecure_skip_verify")};
    if (changes([&](const QString& key) { return trustKeys.contains(key); })) {
        QStringList set;
        for (const QString& key : trustKeys) {
            const QString v = after(key);
            if (!v.isEmpty() && v != QLatin1String("false"))
                set << key;
        }
        if (set.size() > 1)
            return settingsText(QT_TRANSLATE_NOOP("RelayDesk::Settings",
                                                  "%1: only one of a CA file, a fingerprint or skipping the "
                                                  "verification can be set"))
                .arg(set.join(QStringLiteral(", ")));
    }
    const QString certKey = QStringLiteral("tls.certificate");
    const QString keyKey = QStringLiteral("tls.key");
    const bool certChanges = changes([&](const QString& key) { return key == certKey; });
    const bool keyChanges = changes([&](const QString& key) { return key == keyKey; });
    if (certChanges || keyChanges) {
        const QString certificate = after(certKey);
        const QString key = after(keyKey);
        QString problem = CertificateCheck::halfPairProblem(certificate, key);
        if (problem.isEmpty() && !certificate.isEmpty())
            problem = CertificateCheck::pairProblem(certificate, key);
        if (problem.isEmpty() && !certificate.isEmpty())
            problem = CertificateCheck::chainProblem(certificate);
        if (problem.isEmpty() && !certificate.isEmpty())
            problem = CertificateCheck::serverUseProblem(certificate);
        if (!problem.isEmpty() && certChanges != keyChanges && !certificate.isEmpty() && !key.isEmpty())
            problem += settingsText(
                QT_TRANSLATE_NOOP("RelayDesk::Settings", "; to replace both, set them together"));
        if (!problem.isEmpty())
            return QStringLiteral("%1: %2").arg(certChanges ? certKey : keyKey, problem);
    }
    if (changes(SecondCertificateSettings::concerns)) {
        if (const QString problem = SecondCertificateSettings::problem(after); !problem.isEmpty())
            return problem;
    }
    // A first retry after the longest wait or after giving up, an idle limit beyond the session's
    // (SettingOrder).
    return SettingOrder::problem(after, [&](const QString& key) {
        return changes([&](const QString& changed) { return changed == key; });
    });
}

Status Settings::setAll(const QList<std::pair<QString, QString>>& typed)
{
    QList<std::pair<QString, QString>> values = typed;
    for (auto& [key, value] : values) {
        if (const SettingDefinition* def = definition(key))
            value = storedForm(*def, value);
    }
    // The checks read one value per key; a second one would be stored unchecked.
    for (qsizetype i = 0; i < values.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (values[j].first == values[i].first)
                return Status::failure(
                    QStringLiteral("%1 given more than once (give each setting once)").arg(values[i].first));
        }
    }
    for (const auto& [key, value] : values) {
        const SettingDefinition* def = definition(key);
        if (!def)
            return Status::failure(QStringLiteral("unknown setting '%1'").arg(key));
        if (const QString problem = Settings::problem(*def, value); !problem.isEmpty())
            return Status::failure(QStringLiteral("%1: %2").arg(key, problem));
    }
    if (const QString problem = crossCheck(values); !problem.isEmpty())
        return Status::failure(problem);
    values += exceptionsEndedBy(values);
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Status::failure(db.error());
    // Inside a caller's transaction this cannot begin one of its own, and need not.
    const bool own = values.size() > 1 && db.value().transaction();
    for (const auto& [key, value] : values) {
        QSqlQuery query(db.value());
        query.prepare(
            QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE "
                           "SET value = excluded.value"));
        query.addBindValue(key);
        query.addBindValue(value.isNull() ? QStringLiteral("") : value); // a null QString would bind NULL
        if (!query.exec()) {
            const QString error = query.lastError().text();
            if (own)
                db.value().rollback();
            return Status::failure(QStringLiteral("cannot save %1: %2").arg(key, error));
        }
    }
    if (own && !db.value().commit()) {
        const QString error = db.value().lastError().text();
        db.value().rollback();
        return Status::failure(error);
    }
    return {};
}

QString Settings::smarthostEndpoint(const QString& hostPort)
{
    const auto parsed = HostAndPort::parse(hostPort.trimmed(), 587);
    return parsed ? parsed->toString() : hostPort.trimmed().toLower();
}

QList<std::pair<QString, QString>>
Settings::exceptionsEndedBy(const QList<std::pair<QString, QString>>& values) const
{
    const QString hostKey = QStringLiteral("delivery.smarthost");
    const QString pinKey = QStringLiteral("delivery.smarthost_fingerprint");
    const QString insecureKey = QStringLiteral("delivery.smarthost_insecure_skip_verify");
    const auto given = [&values](const QString& key) -> const QString* {
        for (const auto& [k, v] : values) {
            if (k == key)
                return &v;
        }
        return nullptr;
    };
    const QString* newHost = given(hostKey);
    if (!newHost)
        return {};
    if (smarthostEndpoint(*newHost) == smarthostEndpoint(value(hostKey)))
        return {};
    QList<std::pair<QString, QString>> ended;
    if (!given(pinKey) && !value(pinKey).isEmpty())
        ended.append({pinKey, QString()});
    if (!given(insecureKey) && boolValue(insecureKey))
        ended.append({insecureKey, QStringLiteral("false")});
    return ended;
}

Status Settings::reset(const QString& key)
{
    return resetAll({key});
}

Status Settings::resetAll(const QStringList& keys)
{
    // Checked as a change to the defaults: half a certificate pair, a smarthost on a listener's address.
    QList<std::pair<QString, QString>> defaults;
    for (const QString& key : keys) {
        const SettingDefinition* def = definition(key);
        if (!def)
            return Status::failure(QStringLiteral("unknown setting '%1'").arg(key));
        defaults.append({key, def->defaultValue});
    }
    if (const QString problem = crossCheck(defaults); !problem.isEmpty())
        return Status::failure(problem);
    // A smarthost reset ends its certificate exceptions too (they were its; an outside tester's stayed set
    // until the next host was given).
    QStringList resetKeys = keys;
    for (const auto& [key, value] : exceptionsEndedBy(defaults)) {
        if (!resetKeys.contains(key))
            resetKeys << key;
    }
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Status::failure(db.error());
    const bool own = resetKeys.size() > 1 && db.value().transaction();
    for (const QString& key : std::as_const(resetKeys)) {
        QSqlQuery query(db.value());
        query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        query.addBindValue(key);
        if (!query.exec()) {
            const QString error = query.lastError().text();
            if (own)
                db.value().rollback();
            return Status::failure(error);
        }
    }
    if (own && !db.value().commit()) {
        const QString error = db.value().lastError().text();
        db.value().rollback();
        return Status::failure(error);
    }
    return {};
}

} // namespace RelayDesk
