<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::AgentActivityPanel</name>
    <message numerus="yes">
        <source>%Ln sender(s), recipient(s) or message(s) refused at submission in the last 30 days (never queued); the last at %1: %2</source>
        <translation>
            <numerusform>%Ln sender, recipient or message refused at submission in the last 30 days (never queued); the last at %1: %2</numerusform>
            <numerusform>%Ln senders, recipients or messages refused at submission in the last 30 days (never queued); the last at %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) of this agent&apos;s mail wait in the queue now.</source>
        <translation>
            <numerusform>%Ln recipient of this agent&apos;s mail waits in the queue now.</numerusform>
            <numerusform>%Ln recipients of this agent&apos;s mail wait in the queue now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln login(s) refused in the last 24 hours; the last at %1 from %2: %3.</source>
        <translation>
            <numerusform>%Ln login refused in the last 24 hours; the last at %1 from %2: %3.</numerusform>
            <numerusform>%Ln logins refused in the last 24 hours; the last at %1 from %2: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::AgentDialog</name>
    <message numerus="yes">
        <source>The DKIM keys of %1 are kept: mail any other agent sends as it is signed with them, and so is this agent&apos;s mail if you add it again.</source>
        <translation>
            <numerusform>The DKIM keys of %1 are kept: mail any other agent sends as it is signed with them, and so is this agent&apos;s mail if you add it again.</numerusform>
            <numerusform>The DKIM keys of %1 are kept: mail any other agent sends as them is signed with them, and so is this agent&apos;s mail if you add them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::AgentsPage</name>
    <message numerus="yes">
        <source>%Ln message(s) it handed over still wait in the queue: they stay in the queue and are still delivered. The Delivery Logs keep its messages under its name.</source>
        <translation>
            <numerusform>%Ln message it handed over still waits in the queue: it stays in the queue and is still delivered. The Delivery Logs keep its messages under its name.</numerusform>
            <numerusform>%Ln messages it handed over still wait in the queue: they stay in the queue and are still delivered. The Delivery Logs keep its messages under its name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) it handed over still wait in the queue, and stay there: %1 of them are held, which are delivered once released; the others are still delivered. The Delivery Logs keep its messages under its name.</source>
        <translation>
            <numerusform>%Ln message it handed over still waits in the queue, and stays there: %1 of them are held, which are delivered once released; the others are still delivered. The Delivery Logs keep its messages under its name.</numerusform>
            <numerusform>%Ln messages it handed over still wait in the queue, and stay there: %1 of them are held, which are delivered once released; the others are still delivered. The Delivery Logs keep its messages under its name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::BackupPanel</name>
    <message numerus="yes">
        <source>Backup written to %1: %n agent(s), encrypted.</source>
        <translation>
            <numerusform>Backup written to %1: %n agent, encrypted.</numerusform>
            <numerusform>Backup written to %1: %n agents, encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1: %n agent(s) and %2, encrypted.</source>
        <translation>
            <numerusform>Backup written to %1: %n agent and %2, encrypted.</numerusform>
            <numerusform>Backup written to %1: %n agents and %2, encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 (%n agent(s)).</source>
        <translation>
            <numerusform>Restored %1 (%n agent).</numerusform>
            <numerusform>Restored %1 (%n agents).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) wait in the queue now. The restored relay does not deliver them: they stay in the directory that is moved aside. Unless the backup holds them, cancel and restore once they are delivered.</source>
        <translation>
            <numerusform>%Ln message waits in the queue now. The restored relay does not deliver it: it stays in the directory that is moved aside. Unless the backup holds it, cancel and restore once it is delivered.</numerusform>
            <numerusform>%Ln messages wait in the queue now. The restored relay does not deliver them: they stay in the directory that is moved aside. Unless the backup holds them, cancel and restore once they are delivered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup holds %Ln queued message(s) as they waited on %1: any delivered since then goes out again once the relay runs. To look at them first, turn delivery off (Settings, Delivery) before RelayDesk starts again.</source>
        <translation>
            <numerusform>The backup holds %Ln queued message as it waited on %1: if it was delivered since then, it goes out again once the relay runs. To look at it first, turn delivery off (Settings, Delivery) before RelayDesk starts again.</numerusform>
            <numerusform>The backup holds %Ln queued messages as they waited on %1: any delivered since then goes out again once the relay runs. To look at them first, turn delivery off (Settings, Delivery) before RelayDesk starts again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln queued message(s)</source>
        <translation>
            <numerusform>%Ln queued message</numerusform>
            <numerusform>%Ln queued messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln message(s) that waited in its queue stay there, not delivered.</source>
        <translation>
            <numerusform>The %Ln message that waited in its queue stays there, not delivered.</numerusform>
            <numerusform>The %Ln messages that waited in its queue stay there, not delivered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln queued message(s) are restored as they waited on %1, when the backup was made, and delivery is off in the restored settings: look at them in the Queue (any delivered since the backup would go out again), then turn delivery on (Settings, Delivery).</source>
        <translation>
            <numerusform>The %Ln queued message is restored as it waited on %1, when the backup was made, and delivery is off in the restored settings: look at it in the Queue (if it was delivered since the backup, it would go out again), then turn delivery on (Settings, Delivery).</numerusform>
            <numerusform>The %Ln queued messages are restored as they waited on %1, when the backup was made, and delivery is off in the restored settings: look at them in the Queue (any delivered since the backup would go out again), then turn delivery on (Settings, Delivery).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln queued message(s) are restored as they waited on %1, when the backup was made: any delivered since then is delivered again. To look at them first, turn delivery off (Settings, Delivery) before the relay starts.</source>
        <translation>
            <numerusform>The %Ln queued message is restored as it waited on %1, when the backup was made: if it was delivered since then, it is delivered again. To look at it first, turn delivery off (Settings, Delivery) before the relay starts.</numerusform>
            <numerusform>The %Ln queued messages are restored as they waited on %1, when the backup was made: any delivered since then is delivered again. To look at them first, turn delivery off (Settings, Delivery) before the relay starts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::BackupPassphraseDialog</name>
    <message numerus="yes">
        <source>A backup&apos;s passphrase has at least %n characters.</source>
        <translation>
            <numerusform>A backup&apos;s passphrase has at least %n character.</numerusform>
            <numerusform>A backup&apos;s passphrase has at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::CertificatePanel</name>
    <message numerus="yes">
        <source>%1
SHA-256 %2
Expires %3 (in %Ln day(s))
%4</source>
        <translation>
            <numerusform>%1
SHA-256 %2
Expires %3 (in %Ln day)
%4</numerusform>
            <numerusform>%1
SHA-256 %2
Expires %3 (in %Ln days)
%4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::DashboardPage</name>
    <message numerus="yes">
        <source>The TLS certificate expires in %n day(s).</source>
        <translation>
            <numerusform>The TLS certificate expires in %n day.</numerusform>
            <numerusform>The TLS certificate expires in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln after a temporary failure</source>
        <translation>
            <numerusform>%Ln after a temporary failure</numerusform>
            <numerusform>%Ln after a temporary failure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bounced</source>
        <translation>
            <numerusform>%Ln bounced</numerusform>
            <numerusform>%Ln bounced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln suppressed</source>
        <translation>
            <numerusform>%Ln suppressed</numerusform>
            <numerusform>%Ln suppressed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted</source>
        <translation>
            <numerusform>%Ln deleted</numerusform>
            <numerusform>%Ln deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on hold</source>
        <translation>
            <numerusform>%Ln on hold</numerusform>
            <numerusform>%Ln on hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, day %2 (UTC): %Ln message(s)</source>
        <translation>
            <numerusform>%1, day %2 (UTC): %Ln message</numerusform>
            <numerusform>%1, day %2 (UTC): %Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln bounce notice(s)</source>
        <translation>
            <numerusform>and %Ln bounce notice</numerusform>
            <numerusform>and %Ln bounce notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln waiting</numerusform>
            <numerusform>%Ln waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not delivered</source>
        <translation>
            <numerusform>%Ln not delivered</numerusform>
            <numerusform>%Ln not delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>besides them, %Ln bounce notice(s)</source>
        <translation>
            <numerusform>besides them, %Ln bounce notice</numerusform>
            <numerusform>besides them, %Ln bounce notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No mail server can be found: %Ln name server lookup(s) failed since %1, and no server was reached since. Check the name server the relay asks (Settings, Delivery, &quot;DNS server&quot;; empty: the computer&apos;s own).</source>
        <translation>
            <numerusform>No mail server can be found: %Ln name server lookup failed since %1, and no server was reached since. Check the name server the relay asks (Settings, Delivery, &quot;DNS server&quot;; empty: the computer&apos;s own).</numerusform>
            <numerusform>No mail server can be found: %Ln name server lookups failed since %1, and no server was reached since. Check the name server the relay asks (Settings, Delivery, &quot;DNS server&quot;; empty: the computer&apos;s own).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An application at %1 keeps logging in as %2, a deleted Mail Agent: %Ln login(s) refused in the last hour. Give it another agent&apos;s credentials, or turn its mail off.</source>
        <translation>
            <numerusform>An application at %1 keeps logging in as %2, a deleted Mail Agent: %Ln login refused in the last hour. Give it another agent&apos;s credentials, or turn its mail off.</numerusform>
            <numerusform>An application at %1 keeps logging in as %2, a deleted Mail Agent: %Ln logins refused in the last hour. Give it another agent&apos;s credentials, or turn its mail off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An application at %1 keeps logging in with a revoked or replaced password of %2: %Ln login(s) refused in the last hour. Give it the agent&apos;s current user name and password (a rotation makes both new).</source>
        <translation>
            <numerusform>An application at %1 keeps logging in with a revoked or replaced password of %2: %Ln login refused in the last hour. Give it the agent&apos;s current user name and password (a rotation makes both new).</numerusform>
            <numerusform>An application at %1 keeps logging in with a revoked or replaced password of %2: %Ln logins refused in the last hour. Give it the agent&apos;s current user name and password (a rotation makes both new).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deliveries to %1 are failing: %Ln recipient(s) not delivered since %2, waiting for a retry or bounced; the Delivery Logs say why.</source>
        <translation>
            <numerusform>Deliveries to %1 are failing: %Ln recipient not delivered since %2, waiting for a retry or bounced; the Delivery Logs say why.</numerusform>
            <numerusform>Deliveries to %1 are failing: %Ln recipients not delivered since %2, waiting for a retry or bounced; the Delivery Logs say why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln addresses are locked out of logins (%1 and others), the last until %2: every application there is refused. Live Sessions, &quot;Addresses locked out of AUTH&quot;, shows them and can unlock them.</source>
        <translation>
            <numerusform>%Ln address is locked out of logins (%1 and others), the last until %2: every application there is refused. Live Sessions, &quot;Addresses locked out of AUTH&quot;, shows them and can unlock them.</numerusform>
            <numerusform>%Ln addresses are locked out of logins (%1 and others), the last until %2: every application there is refused. Live Sessions, &quot;Addresses locked out of AUTH&quot;, shows them and can unlock them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln login(s) refused in the last hour for a wrong password or an unknown user name, from %1 addresses: someone may be guessing passwords. Live Sessions, &quot;Logins refused&quot;, shows where from.</source>
        <translation>
            <numerusform>%Ln login refused in the last hour for a wrong password or an unknown user name, from %1 addresses: someone may be guessing passwords. Live Sessions, &quot;Logins refused&quot;, shows where from.</numerusform>
            <numerusform>%Ln logins refused in the last hour for a wrong password or an unknown user name, from %1 addresses: someone may be guessing passwords. Live Sessions, &quot;Logins refused&quot;, shows where from.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s) turned away at the connection limits in the last 10 minutes (addresses: %1): applications may get &quot;Too many connections&quot;. Live Sessions shows who holds the connections; Delivery Logs, &quot;Refused at submission&quot;, lists those turned away.</source>
        <translation>
            <numerusform>%Ln connection turned away at the connection limits in the last 10 minutes (addresses: %1): applications may get &quot;Too many connections&quot;. Live Sessions shows who holds the connections; Delivery Logs, &quot;Refused at submission&quot;, lists those turned away.</numerusform>
            <numerusform>%Ln connections turned away at the connection limits in the last 10 minutes (addresses: %1): applications may get &quot;Too many connections&quot;. Live Sessions shows who holds the connections; Delivery Logs, &quot;Refused at submission&quot;, lists those turned away.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name server refused %Ln lookup(s) in the last 15 minutes (for %1): mail to those domains waits, and waiting does not fix it. Check the name server the relay asks (Settings, Delivery, &quot;DNS server&quot;; empty: the computer&apos;s own).</source>
        <translation>
            <numerusform>The name server refused %Ln lookup in the last 15 minutes (for %1): mail to those domains waits, and waiting does not fix it. Check the name server the relay asks (Settings, Delivery, &quot;DNS server&quot;; empty: the computer&apos;s own).</numerusform>
            <numerusform>The name server refused %Ln lookups in the last 15 minutes (for %1): mail to those domains waits, and waiting does not fix it. Check the name server the relay asks (Settings, Delivery, &quot;DNS server&quot;; empty: the computer&apos;s own).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to retry</source>
        <translation>
            <numerusform>%Ln to retry</numerusform>
            <numerusform>%Ln to retry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <comment>recipients not tried yet or on their first attempt</comment>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln before or in their first attempt</source>
        <translation>
            <numerusform>%Ln before or in its first attempt</numerusform>
            <numerusform>%Ln before or in their first attempt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln bounce notice(s)</source>
        <translation>
            <numerusform>+ %Ln bounce notice</numerusform>
            <numerusform>+ %Ln bounce notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>written to senders</source>
        <comment>bounce notices, as many as the count above</comment>
        <translation>
            <numerusform>written to senders</numerusform>
            <numerusform>written to senders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The relay&apos;s own TLS certificate (self-signed) expires %1 (in %Ln day(s))</source>
        <translation>
            <numerusform>The relay&apos;s own TLS certificate (self-signed) expires %1 (in %Ln day)</numerusform>
            <numerusform>The relay&apos;s own TLS certificate (self-signed) expires %1 (in %Ln days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TLS certificate expires %1 (in %Ln day(s))</source>
        <translation>
            <numerusform>TLS certificate expires %1 (in %Ln day)</numerusform>
            <numerusform>TLS certificate expires %1 (in %Ln days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <comment>after &quot;N messages to&quot; (German: dative)</comment>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s) from %1 failed in the last hour before any mail could be sent: %2 (Delivery Logs, &quot;Refused at submission&quot;).</source>
        <translation>
            <numerusform>%Ln connection from %1 failed in the last hour before any mail could be sent: %2 (Delivery Logs, &quot;Refused at submission&quot;).</numerusform>
            <numerusform>%Ln connections from %1 failed in the last hour before any mail could be sent: %2 (Delivery Logs, &quot;Refused at submission&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections failed before any mail could be sent for %Ln more address(es) or reason(s) in the last hour: Delivery Logs, &quot;Refused at submission&quot;, lists them.</source>
        <translation>
            <numerusform>Connections failed before any mail could be sent for %Ln more address or reason in the last hour: Delivery Logs, &quot;Refused at submission&quot;, lists it.</numerusform>
            <numerusform>Connections failed before any mail could be sent for %Ln more addresses or reasons in the last hour: Delivery Logs, &quot;Refused at submission&quot;, lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::DeliveryLogPage</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) loaded</source>
        <translation>
            <numerusform>%Ln row loaded</numerusform>
            <numerusform>%Ln rows loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::DomainsPanel</name>
    <message numerus="yes">
        <source>Make new DKIM keys for %1? Publish their records right away. For %n day(s) its mail is signed with the current keys as well, so that it verifies while the new records reach the DNS; then the current keys are removed with their private keys.</source>
        <translation>
            <numerusform>Make new DKIM keys for %1? Publish their records right away. For %n day its mail is signed with the current keys as well, so that it verifies while the new records reach the DNS; then the current keys are removed with their private keys.</numerusform>
            <numerusform>Make new DKIM keys for %1? Publish their records right away. For %n days its mail is signed with the current keys as well, so that it verifies while the new records reach the DNS; then the current keys are removed with their private keys.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::EngineLink</name>
    <message numerus="yes">
        <source>%n of them was being delivered: that delivery may still complete, and the Delivery Logs will show it.</source>
        <translation>
            <numerusform>It was being delivered: that delivery may still complete, and the Delivery Logs will show it.</numerusform>
            <numerusform>%n of them were being delivered: those deliveries may still complete, and the Delivery Logs will show them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Working on %Ln message(s)...</source>
        <translation>
            <numerusform>Working on %Ln message...</numerusform>
            <numerusform>Working on %Ln messages...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) will be tried as soon as the relay runs again: it is not running now.</source>
        <translation>
            <numerusform>%Ln message will be tried as soon as the relay runs again: it is not running now.</numerusform>
            <numerusform>%Ln messages will be tried as soon as the relay runs again: it is not running now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) will be retried now.</source>
        <translation>
            <numerusform>%Ln message will be retried now.</numerusform>
            <numerusform>%Ln messages will be retried now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) will be tried as soon as delivery is turned on: it is off (Settings, Delivery, &quot;Deliver queued mail&quot;).</source>
        <translation>
            <numerusform>%Ln message will be tried as soon as delivery is turned on: it is off (Settings, Delivery, &quot;Deliver queued mail&quot;).</numerusform>
            <numerusform>%Ln messages will be tried as soon as delivery is turned on: it is off (Settings, Delivery, &quot;Deliver queued mail&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) on hold not retried: release them first.</source>
        <translation>
            <numerusform>%Ln message on hold not retried: release it first.</numerusform>
            <numerusform>%Ln messages on hold not retried: release them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) held: not delivered until released.</source>
        <translation>
            <numerusform>%Ln message held: not delivered until released.</numerusform>
            <numerusform>%Ln messages held: not delivered until released.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) held: not delivered from now on until released; a delivery already under way may still complete.</source>
        <translation>
            <numerusform>%Ln message held: not delivered from now on until released; a delivery already under way may still complete.</numerusform>
            <numerusform>%Ln messages held: not delivered from now on until released; a delivery already under way may still complete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) already held; nothing changed for them.</source>
        <translation>
            <numerusform>%Ln message already held; nothing changed for it.</numerusform>
            <numerusform>%Ln messages already held; nothing changed for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) released: delivered once the relay runs again; it is not running now.</source>
        <translation>
            <numerusform>%Ln message released: delivered once the relay runs again; it is not running now.</numerusform>
            <numerusform>%Ln messages released: delivered once the relay runs again; it is not running now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) released.</source>
        <translation>
            <numerusform>%Ln message released.</numerusform>
            <numerusform>%Ln messages released.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) not held; nothing changed for them.</source>
        <translation>
            <numerusform>%Ln message not held; nothing changed for it.</numerusform>
            <numerusform>%Ln messages not held; nothing changed for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) deleted.</source>
        <translation>
            <numerusform>%Ln message deleted.</numerusform>
            <numerusform>%Ln messages deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) bounced.</source>
        <translation>
            <numerusform>%Ln message bounced.</numerusform>
            <numerusform>%Ln messages bounced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) had already left the queue (delivered, bounced or deleted meanwhile).</source>
        <translation>
            <numerusform>%Ln message had already left the queue (delivered, bounced or deleted meanwhile).</numerusform>
            <numerusform>%Ln messages had already left the queue (delivered, bounced or deleted meanwhile).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) could not be changed.</source>
        <translation>
            <numerusform>%Ln message could not be changed.</numerusform>
            <numerusform>%Ln messages could not be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) had waited longer than the give-up time (Settings, Delivery: Give up after): one more attempt each; a recipient it does not deliver bounces and its sender is told.</source>
        <translation>
            <numerusform>%Ln message had waited longer than the give-up time (Settings, Delivery: Give up after): one more attempt; a recipient it does not deliver bounces and its sender is told.</numerusform>
            <numerusform>%Ln messages had waited longer than the give-up time (Settings, Delivery: Give up after): one more attempt each; a recipient it does not deliver bounces and its sender is told.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::MessageViewer</name>
    <message numerus="yes">
        <source>%1 is on the suppression list of %2 (it bounced for good before): the copy is not sent there. Lift the address on the agent&apos;s Suppressions tab first if it can take mail again.</source>
        <translation>
            <numerusform>%1 is on the suppression list of %2 (it bounced for good before): the copy is not sent there. Lift the address on the agent&apos;s Suppressions tab first if it can take mail again.</numerusform>
            <numerusform>%1 are on the suppression list of %2 (they bounced for good before): the copy is not sent there. Lift the addresses on the agent&apos;s Suppressions tab first if they can take mail again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other message(s) with this Message-ID: the same message was handed over again.</source>
        <translation>
            <numerusform>%n other message with this Message-ID: the same message was handed over again.</numerusform>
            <numerusform>%n other messages with this Message-ID: the same message was handed over again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <comment>recipients of one attempt, then how many others</comment>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This message is still being delivered: resend it once every recipient is delivered or bounced (its body is kept %n day(s) after that).</source>
        <translation>
            <numerusform>This message is still being delivered: resend it once every recipient is delivered or bounced (its body is kept %n day after that).</numerusform>
            <numerusform>This message is still being delivered: resend it once every recipient is delivered or bounced (its body is kept %n days after that).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send a new copy of this message to its %Ln recipient(s)? It is queued as a new message; the original stays as it is.</source>
        <translation>
            <numerusform>Send a new copy of this message to its %Ln recipient? It is queued as a new message; the original stays as it is.</numerusform>
            <numerusform>Send a new copy of this message to its %Ln recipients? It is queued as a new message; the original stays as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send a new copy of this message to %Ln of its %1 recipients? It is queued as a new message; the original stays as it is.</source>
        <translation>
            <numerusform>Send a new copy of this message to %Ln of its %1 recipients? It is queued as a new message; the original stays as it is.</numerusform>
            <numerusform>Send a new copy of this message to %Ln of its %1 recipients? It is queued as a new message; the original stays as it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::NodesPanel</name>
    <message numerus="yes">
        <source>%n node(s) alive</source>
        <translation>
            <numerusform>%n node alive</numerusform>
            <numerusform>%n nodes alive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held until %1</source>
        <translation>
            <numerusform>%Ln held until %1</numerusform>
            <numerusform>%Ln held until %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The node still holds the leases of %Ln recipient(s): no node delivers them before their leases run out. If the node is gone for good, &apos;relaydesk node forget %1&apos; hands them to the other nodes now.</source>
        <translation>
            <numerusform>The node still holds the lease of %Ln recipient: no node delivers it before the lease runs out. If the node is gone for good, ’relaydesk node forget %1’ hands it to the other nodes now.</numerusform>
            <numerusform>The node still holds the leases of %Ln recipients: no node delivers them before their leases run out. If the node is gone for good, ’relaydesk node forget %1’ hands them to the other nodes now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::QueueModel</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <comment>the first recipient, then how many others</comment>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::QueuePage</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln message(s) loaded so far are selected; %1 more match and are left as they are. Scroll to the end of the table to load them.</source>
        <translation>
            <numerusform>Only the %Ln message loaded so far is selected; %1 more match and are left as they are. Scroll to the end of the table to load them.</numerusform>
            <numerusform>Only the %Ln messages loaded so far are selected; %1 more match and are left as they are. Scroll to the end of the table to load them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them is being delivered right now: that delivery may still complete.</source>
        <translation>
            <numerusform>It is being delivered right now: that delivery may still complete.</numerusform>
            <numerusform>%n of them are being delivered right now: those deliveries may still complete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more (the message viewer lists them all)</source>
        <translation>
            <numerusform>%1 and %Ln more (the message viewer lists them all)</numerusform>
            <numerusform>%1 and %Ln more (the message viewer lists them all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <comment>the first recipients, then how many others</comment>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other reply(s): the message viewer shows every recipient&apos;s.</source>
        <translation>
            <numerusform>%Ln other reply: the message viewer shows every recipient&apos;s.</numerusform>
            <numerusform>%Ln other replies: the message viewer shows every recipient&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them is being delivered right now and is not bounced: bounce it once that attempt has ended.</source>
        <translation>
            <numerusform>%n of them is being delivered right now and is not bounced: bounce it once that attempt has ended.</numerusform>
            <numerusform>%n of them are being delivered right now and are not bounced: bounce them once those attempts have ended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln message(s) retried have left the queue: the Delivery Logs say how each ended.</source>
        <translation>
            <numerusform>The message retried has left the queue: the Delivery Logs say how it ended.</numerusform>
            <numerusform>The %Ln messages retried have left the queue: the Delivery Logs say how each ended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln message(s) from the queue? Recipients still waiting will not get them and the senders are not told; what was delivered stays in the Delivery Logs.</source>
        <translation>
            <numerusform>Delete %Ln message from the queue? Recipients still waiting will not get it and the sender is not told; what was delivered stays in the Delivery Logs.</numerusform>
            <numerusform>Delete %Ln messages from the queue? Recipients still waiting will not get them and the senders are not told; what was delivered stays in the Delivery Logs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bounce %Ln message(s)? Delivery stops and a failure notice is queued for each sender, unless it asked for none; the Delivery Logs show whether it arrived.</source>
        <translation>
            <numerusform>Bounce %Ln message? Delivery stops and a failure notice is queued for its sender, unless it asked for none; the Delivery Logs show whether it arrived.</numerusform>
            <numerusform>Bounce %Ln messages? Delivery stops and a failure notice is queued for each sender, unless it asked for none; the Delivery Logs show whether it arrived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole messages are deleted: %Ln waiting recipient(s) in all, %1 of them at addresses the filter does not show.</source>
        <translation>
            <numerusform>The whole messages are deleted: %Ln waiting recipient in all, %1 of them at addresses the filter does not show.</numerusform>
            <numerusform>The whole messages are deleted: %Ln waiting recipients in all, %1 of them at addresses the filter does not show.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole messages are bounced: %Ln waiting recipient(s) in all, %1 of them at addresses the filter does not show.</source>
        <translation>
            <numerusform>The whole messages are bounced: %Ln waiting recipient in all, %1 of them at addresses the filter does not show.</numerusform>
            <numerusform>The whole messages are bounced: %Ln waiting recipients in all, %1 of them at addresses the filter does not show.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::RefusedSubmissionsPanel</name>
    <message numerus="yes">
        <source>%Ln refusal(s).</source>
        <translation>
            <numerusform>%Ln refusal.</numerusform>
            <numerusform>%Ln refusals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest %Ln row(s) of refusals are shown; search to find older ones.</source>
        <translation>
            <numerusform>The latest row of refusals is shown; search to find older ones.</numerusform>
            <numerusform>The latest %Ln rows of refusals are shown; search to find older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 refusals, in %Ln row(s): equal refusals share a row and its count (Times).</source>
        <translation>
            <numerusform>%1 refusals, in %Ln row: equal refusals share a row and its count (Times).</numerusform>
            <numerusform>%1 refusals, in %Ln rows: equal refusals share a row and its count (Times).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::SessionsPage</name>
    <message numerus="yes">
        <source>%n open session(s)</source>
        <translation>
            <numerusform>%n open session</numerusform>
            <numerusform>%n open sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %n sessions? Their clients are told that the connection is closing (421) and a message one has not finished sending is not accepted; most clients try again later.</source>
        <translation>
            <numerusform>Disconnect %n session? Its client is told that the connection is closing (421) and a message it has not finished sending is not accepted; most clients try again later.</numerusform>
            <numerusform>Disconnect %n sessions? Their clients are told that the connection is closing (421) and a message one has not finished sending is not accepted; most clients try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n sessions had already ended before the disconnect: their clients left on their own.</source>
        <translation>
            <numerusform>The %n session had already ended before the disconnect: its client left on its own.</numerusform>
            <numerusform>All %n sessions had already ended before the disconnect: their clients left on their own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected sessions had already ended before the disconnect; the others are being disconnected.</source>
        <translation>
            <numerusform>%n of the selected sessions had already ended before the disconnect; the others are being disconnected.</numerusform>
            <numerusform>%n of the selected sessions had already ended before the disconnect; the others are being disconnected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::SettingField</name>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>second(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>second</numerusform>
            <numerusform>seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>minute</numerusform>
            <numerusform>minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>hour</numerusform>
            <numerusform>hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::Settings</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln octet(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::SettingsPage</name>
    <message numerus="yes">
        <source>%Ln message(s) in the queue were received more than %1 ago. With &quot;%2&quot; set so, their recipients still waiting bounce now, and each sender gets a bounce notice.</source>
        <translation>
            <numerusform>%Ln message in the queue was received more than %1 ago. With &quot;%2&quot; set so, their recipients still waiting bounce now, and each sender gets a bounce notice.</numerusform>
            <numerusform>%Ln messages in the queue were received more than %1 ago. With &quot;%2&quot; set so, their recipients still waiting bounce now, and each sender gets a bounce notice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the relay&apos;s own bounce or delay notices waiting in the queue was queued more than %1 ago: it is dropped now.</source>
        <translation>
            <numerusform>%Ln of the relay&apos;s own bounce or delay notices waiting in the queue was queued more than %1 ago: it is dropped now.</numerusform>
            <numerusform>%Ln of the relay&apos;s own bounce or delay notices waiting in the queue were queued more than %1 ago: they are dropped now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::SuppressionPanel</name>
    <message numerus="yes">
        <source>%Ln suppressed address(es)</source>
        <translation>
            <numerusform>%Ln suppressed address</numerusform>
            <numerusform>%Ln suppressed addresses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::WindowLifetime</name>
    <message numerus="yes">
        <source>%Ln message(s) wait in the queue.</source>
        <translation>
            <numerusform>%Ln message waits in the queue.</numerusform>
            <numerusform>%Ln messages wait in the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) wait in the queue. The relay delivers them only while RelayDesk runs.</source>
        <translation>
            <numerusform>%Ln message waits in the queue. The relay delivers it only while RelayDesk runs.</numerusform>
            <numerusform>%Ln messages wait in the queue. The relay delivers them only while RelayDesk runs.</numerusform>
        </translation>
    </message>
</context>
</TS>
