#include "ui/settingcatalog.h"

#include "core/admin/settingsadmin.h"

#include <algorithm>

namespace RelayDesk {

QList<SettingText> SettingCatalog::fields()
{
    using T = SettingsTab;
    const QString relay = tr("This relay");
    const QString submission = tr("Submission port (STARTTLS)");
    const QString smtps = tr("SMTPS port (implicit TLS)");
    const QString lan = tr("LAN relay for devices (no password)");
    const QString connections = tr("Incoming connections");
    const QString messages = tr("Incoming messages");
    const QString logins = tr("Failed logins");
    const QString checks = tr("Password checks");
    const QString delivery = tr("Delivery");
    const QString smarthost = tr("Smarthost");
    const QString retries = tr("Retries");
    const QString outbound = tr("Outgoing connections");
    const QString keep = tr("What is kept");
    return {
        {QStringLiteral("server.hostname"),
         tr("Host name"),
         tr("The name this relay gives in its greeting and in Received: headers. Applications should "
            "connect to it by this name."),
         T::Listeners,
         relay,
         {}},
        {QStringLiteral("engine.worker_threads"),
         tr("Worker threads"),
         tr("Threads that serve client connections."),
         T::Listeners,
         relay,
         {}},
        {QStringLiteral("listener.submission.enabled"),
         tr("Accept mail on the submission port"),
         tr("Applications connect, start TLS (STARTTLS) and log in."),
         T::Listeners,
         submission,
         {}},
        {QStringLiteral("listener.submission.address"),
         tr("Address and port"),
         tr("IP address and port, for example 0.0.0.0:587 for every network or 127.0.0.1:587 for this "
            "computer only."),
         T::Listeners,
         submission,
         {}},
        {QStringLiteral("listener.smtps.enabled"),
         tr("Accept mail on the SMTPS port"),
         tr("Applications connect with TLS from the first byte (RFC 8314) and log in."),
         T::Listeners,
         smtps,
         {}},
        {QStringLiteral("listener.smtps.address"),
         tr("Address and port"),
         tr("IP address and port, for example 0.0.0.0:465."),
         T::Listeners,
         smtps,
         {}},
        {QStringLiteral("listener.lan.enabled"),
         tr("Accept mail from trusted devices"),
         tr("Printers and scanners that cannot log in send here; only the devices a Mail Agent trusts "
            "are accepted."),
         T::Listeners,
         lan,
         {}},
        {QStringLiteral("listener.lan.address"),
         tr("Address and port"),
         tr("IP address and port, for example 192.168.1.10:25."),
         T::Listeners,
         lan,
         {}},
        {QStringLiteral("limits.max_connections"),
         tr("Connections in total"),
         tr("Connections served at once; more are refused until one ends."),
         T::Listeners,
         connections,
         {}},
        {QStringLiteral("limits.max_connections_per_address"),
         tr("Connections from one address"),
         tr("Connections one computer may hold open at once."),
         T::Listeners,
         connections,
         {}},
        {QStringLiteral("limits.idle_timeout"),
         tr("Silence allowed"),
         tr("How long a connection may stay silent before it is closed; 10 seconds while three quarters of "
            "\"Connections in total\" are in use."),
         T::Listeners,
         connections,
         {}},
        {QStringLiteral("limits.session_timeout"),
         tr("Longest connection"),
         tr("How long one connection may last in all."),
         T::Listeners,
         connections,
         {}},
        {QStringLiteral("limits.tls_handshake_timeout"),
         tr("Time to start TLS"),
         tr("How long the TLS handshake may take before the connection is closed."),
         T::Listeners,
         connections,
         {}},
        {QStringLiteral("limits.max_message_size"),
         tr("Largest message"),
         tr("Larger messages are refused, and the limit is announced to clients (RFC 1870 SIZE)."),
         T::Listeners,
         messages,
         {}},
        {QStringLiteral("limits.max_recipients"),
         tr("Recipients per message"),
         tr("Recipients beyond this number are refused; the client sends the message again for them."),
         T::Listeners,
         messages,
         {}},
        {QStringLiteral("limits.max_hops"),
         tr("Hops before a mail loop"),
         tr("A message that has passed this many mail servers (Received: headers) is refused as a "
            "loop."),
         T::Listeners,
         messages,
         {}},
        {QStringLiteral("auth.max_failures"),
         tr("Failed logins that lock an address out"),
         tr("The wrong password that reaches this number, from one address, locks that address out: with 5, "
            "four are answered \"wrong password\" and the fifth \"too many attempts\"."),
         T::Security,
         logins,
         {}},
        {QStringLiteral("auth.failure_window"),
         tr("Counted over"),
         tr("Failed logins older than this are forgotten."),
         T::Security,
         logins,
         {}},
        {QStringLiteral("auth.lockout"),
         tr("Lockout lasts"),
         tr("How long a locked-out address may not log in."),
         T::Security,
         logins,
         {}},
        {QStringLiteral("auth.max_in_flight_per_address"),
         tr("Logins checked at once per address"), // beside the relay's own "Password checks at once"
         tr("Login attempts from one address checked at the same time; more are asked to try again "
            "later."),
         T::Security,
         logins,
         {}},
        {QStringLiteral("auth.cache_ttl"), tr("Remember a checked password for"),
         tr("A password that passed its check is remembered (as a keyed hash, in memory only) for this "
            "long, so that the next login with it is fast. 0 turns this off. Rotating or revoking the "
            "password, disabling its agent or changing its allowed addresses forgets it at once."),
         T::Security, checks, tr("Off")},
        {QStringLiteral("auth.verify_threads"), tr("Password checks at once"),
         tr("How many password checks run at the same time; 0 means one per processor core."), T::Security,
         checks, tr("One per core")},
        {QStringLiteral("auth.verify_memory_mb"),
         tr("Memory for password checks (MiB)"),
         tr("Each password check takes 19 MiB; checks beyond this memory wait their turn."),
         T::Security,
         checks,
         {}},
        {QStringLiteral("delivery.enabled"),
         tr("Deliver queued mail"),
         tr("When off, the relay accepts mail and holds it in the queue."),
         T::Delivery,
         delivery,
         {}},
        {QStringLiteral("delivery.smarthost"),
         tr("Smarthost"),
         tr("Send all mail that no route covers through this server (host:port), for example "
            "smtp.example.com:587. Empty: deliver straight to each domain's mail servers."),
         T::Delivery,
         smarthost,
         {}},
        {QStringLiteral("delivery.smarthost_tls"),
         tr("Encryption"),
         tr("How the connection to the smarthost is encrypted."),
         T::Delivery,
         smarthost,
         {}},
        {QStringLiteral("delivery.smarthost_username"),
         tr("User name"),
         tr("Login name at the smarthost; empty if it needs no login."),
         T::Delivery,
         smarthost,
         {}},
        {QStringLiteral("delivery.smarthost_ca_file"),
         tr("CA file"),
         tr("A PEM file of the certificate authorities the smarthost's certificate must be signed by, for a "
            "smarthost with a certificate of its own CA. Empty: the system's CAs. The host name is checked "
            "either way."),
         T::Delivery,
         smarthost,
         {}},
        {QStringLiteral("delivery.smarthost_fingerprint"),
         tr("Pinned certificate"),
         tr("SHA256: and the 64 hex digits of the smarthost's own certificate (as Test connection shows it), "
            "accepted instead of a CA check. Empty: none."),
         T::Delivery,
         smarthost,
         {}},
        {QStringLiteral("delivery.smarthost_insecure_skip_verify"),
         tr("Do not verify the smarthost's certificate (insecure)"),
         tr("Any server on the way can then pose as the smarthost and receive its password. Logged at each "
            "start."),
         T::Delivery,
         smarthost,
         {}},
        {QStringLiteral("delivery.retry_first"),
         tr("First retry after"),
         tr("When a receiving server asks to try later, the first retry waits this long."),
         T::Delivery,
         retries,
         {}},
        {QStringLiteral("delivery.retry_max"),
         tr("Longest wait between retries"),
         tr("The wait doubles after each try, up to this."),
         T::Delivery,
         retries,
         {}},
        {QStringLiteral("delivery.give_up_after"),
         tr("Give up after"),
         tr("A message that could not be delivered for this long is returned to its sender."),
         T::Delivery,
         retries,
         {}},
        {QStringLiteral("delivery.delay_notice_after"), tr("Tell the sender of a delay after"),
         tr("The sender is told that the message is late, once."), T::Delivery, retries, tr("never")},
        {QStringLiteral("delivery.max_connections"),
         tr("Connections in total"),
         tr("Outgoing connections open at once."),
         T::Delivery,
         outbound,
         {}},
        {QStringLiteral("delivery.max_connections_per_domain"),
         tr("Connections to one destination"),
         tr("Outgoing connections to one receiving server at once."),
         T::Delivery,
         outbound,
         {}},
        {QStringLiteral("delivery.max_in_flight"),
         tr("Deliveries at once"),
         tr("Deliveries in progress at the same time; also the most that a crash may deliver twice."),
         T::Delivery,
         outbound,
         {}},
        {QStringLiteral("delivery.lease_time"),
         tr("Delivery lease"),
         tr("With several relays on one PostgreSQL store: how long a relay keeps the messages it is "
            "delivering; if it stops responding, another relay delivers them after this time."),
         T::Delivery,
         outbound,
         {}},
        {QStringLiteral("delivery.connect_timeout"),
         tr("Time to connect"),
         tr("How long to wait for a receiving server to answer a connection."),
         T::Delivery,
         outbound,
         {}},
        {QStringLiteral("delivery.command_timeout"),
         tr("Time for each reply"),
         tr("How long to wait for each reply of a receiving server (RFC 5321 4.5.3.2). The reply to the end "
            "of a "
            "message is waited for at least 10 minutes: the server may be checking it (4.5.3.2.6)."),
         T::Delivery,
         outbound,
         {}},
        {QStringLiteral("delivery.poll_interval"),
         tr("Look at the queue every"),
         tr("How often the queue is checked for messages that are due."),
         T::Delivery,
         outbound,
         {}},
        {QStringLiteral("delivery.helo_name"),
         tr("Name sent to servers"),
         tr("The name this relay gives in EHLO; empty: the host name."),
         T::Delivery,
         outbound,
         {}},
        {QStringLiteral("delivery.dns_server"),
         tr("DNS server"),
         tr("IP address of the DNS server that finds the receiving servers; empty: the system's."),
         T::Delivery,
         outbound,
         {}},
        {QStringLiteral("delivery.public_address"),
         tr("Public sending address"),
         tr("The public IP address this office sends mail from (behind NAT: the router's); the DNS check "
            "looks up its PTR and the suggested SPF record names it. Empty: unknown."),
         T::Delivery,
         outbound,
         {}},
        {QStringLiteral("delivery.postmaster"),
         tr("Mail to postmaster goes to"),
         tr("The address that gets mail sent to \"postmaster\" without a domain, the mailbox every mail "
            "relay must take (RFC 5321). Empty: such mail is refused."),
         T::Delivery,
         outbound,
         {}},
        {QStringLiteral("delivery.internal_literals"),
         tr("Deliver to internal IP addresses"),
         tr("Take mail for an address such as user@[10.0.0.5], an address of this machine or of a private "
            "network, and for a name without a dot such as user@intranet (a route says where it goes). Off: "
            "such recipients are refused, so that no application or device names an office server by its "
            "address. A domain whose mail server (MX) is an internal address is delivered there either way, "
            "as split DNS and routes to the office's own mail server need."),
         T::Delivery,
         outbound,
         {}},
        {QStringLiteral("tls.trust_file"),
         tr("Extra trusted CAs"),
         tr("A PEM file of certificate authorities trusted besides the system's, for servers with "
            "certificates of the office's own CA: checked for MTA-STS, the smarthost and routes that verify. "
            "Empty: the system's CAs only."),
         T::Delivery,
         outbound,
         {}},
        {QStringLiteral("delivery.mx_port"),
         tr("Port of receiving servers"),
         tr("Mail servers receive on port 25 (RFC 5321); another port only for tests."),
         T::Delivery,
         outbound,
         {}},
        {QStringLiteral("retention.bodies"), tr("Keep message bodies for"),
         tr("How long a message's text is kept after it was delivered or returned, for a look or a "
            "resend."),
         T::Retention, keep, tr("not kept")},
        {QStringLiteral("retention.log"), tr("Keep the delivery log for"),
         tr("How long delivery records (envelope, outcome, transcript) and security events are kept."),
         T::Retention, keep, tr("not kept")},
    };
}

QString SettingCatalog::listenerTitle(const QString& name)
{
    const QString key = QStringLiteral("listener.%1.address").arg(name);
    for (const SettingText& field : fields()) {
        if (field.key == key)
            return field.section;
    }
    return name;
}

QString SettingCatalog::listenerShortTitle(const QString& name)
{
    if (name == QLatin1String("submission"))
        return tr("Submission");
    if (name == QLatin1String("smtps"))
        return tr("SMTPS");
    if (name == QLatin1String("lan"))
        return tr("LAN relay");
    return name;
}

QString SettingCatalog::label(const QString& key)
{
    if (key == QLatin1String("tls.certificate"))
        return tr("TLS certificate");
    if (key == QLatin1String("tls.key"))
        return tr("TLS private key");
    // The pair of the other key type (RSA beside ECDSA) served to clients that cannot use the first.
    if (key == QLatin1String("tls.second_certificate"))
        return tr("Second TLS certificate (other key type)");
    if (key == QLatin1String("tls.second_key"))
        return tr("Second TLS private key");
    for (const SettingText& text : fields()) {
        if (text.key != key)
            continue;
        // "Address and port" alone does not say which listener.
        const bool listener =
            key.startsWith(QLatin1String("listener.")) && key.endsWith(QLatin1String(".address"));
        return listener ? tr("%1: %2").arg(text.section, text.label) : text.label;
    }
    return key;
}

QString SettingCatalog::tabTitle(SettingsTab tab)
{
    switch (tab) {
    case SettingsTab::Listeners:
        return tr("Listeners");
    case SettingsTab::Security:
        return tr("Security");
    case SettingsTab::Delivery:
        return tr("Delivery");
    case SettingsTab::Retention:
        return tr("Retention");
    case SettingsTab::Desktop:
        return tr("Desktop");
    }
    return {};
}

QString SettingCatalog::choiceText(const QString& key, const QString& value)
{
    if (key == QLatin1String("delivery.smarthost_tls")) {
        if (value == QLatin1String("starttls"))
            return tr("STARTTLS, required");
        if (value == QLatin1String("implicit"))
            return tr("TLS from the start (port 465)");
        if (value == QLatin1String("opportunistic"))
            return tr("STARTTLS if offered");
    }
    return value;
}

QString SettingCatalog::humanError(QString text)
{
    QList<SettingInfo> definitions = SettingsAdmin::definitions();
    // Longest first: delivery.smarthost_tls before delivery.smarthost.
    std::sort(definitions.begin(), definitions.end(),
              [](const SettingInfo& a, const SettingInfo& b) { return a.key.size() > b.key.size(); });
    for (const SettingInfo& setting : definitions) {
        // "key: what is wrong" from the store: the field's name, then the colon the language writes ("Adresse
        // et port: l'écouteur ..." lacked French's space before it: an outside tester).
        if (text.startsWith(setting.key + QStringLiteral(": ")))
            text = tr("%1: %2").arg(label(setting.key), text.mid(setting.key.size() + 2));
        text.replace(setting.key, label(setting.key));
    }
    return text;
}

} // namespace RelayDesk
