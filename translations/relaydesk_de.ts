<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DurationText</name>
    <message>
        <source>%1 s</source>
        <comment>seconds, abbreviated</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes, abbreviated</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours, abbreviated</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a larger unit, then a smaller one: 4 h 26 min</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListenerErrorText</name>
    <message>
        <source>this computer has no such address (a typing mistake?)</source>
        <translation>dieser Computer hat keine solche Adresse (ein Tippfehler?)</translation>
    </message>
    <message>
        <source>another program, or another listener, already uses this address and port</source>
        <translation>ein anderes Programm oder ein anderer Empfangsport verwendet diese Adresse und diesen Port bereits</translation>
    </message>
    <message>
        <source>only the system administrator may use a port below 1024 (run the relay as the service)</source>
        <translation>nur der Systemadministrator darf einen Port unter 1024 verwenden (betreiben Sie das Relay als Dienst)</translation>
    </message>
</context>
<context>
    <name>PeerVerifier</name>
    <message>
        <source>certificate not trusted: self-signed</source>
        <translation>Zertifikat nicht vertrauenswürdig: selbst signiert</translation>
    </message>
    <message>
        <source>certificate not trusted: its root CA (%1) is not a trusted one</source>
        <translation>Zertifikat nicht vertrauenswürdig: Seine Stammzertifizierungsstelle (%1) ist keine vertrauenswürdige</translation>
    </message>
    <message>
        <source>certificate not trusted: issuer unknown (%1)</source>
        <translation>Zertifikat nicht vertrauenswürdig: Aussteller unbekannt (%1)</translation>
    </message>
    <message>
        <source>certificate expired on %1</source>
        <translation>Zertifikat abgelaufen am %1</translation>
    </message>
    <message>
        <source>certificate not valid before %1</source>
        <translation>Zertifikat nicht gültig vor %1</translation>
    </message>
    <message>
        <source>name mismatch: the certificate is for %1, not %2</source>
        <translation>Name passt nicht: Das Zertifikat gilt für %1, nicht für %2</translation>
    </message>
    <message>
        <source>certificate not trusted: %1</source>
        <translation>Zertifikat nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <source>the server presented no certificate</source>
        <translation>Der Server hat kein Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>fingerprint mismatch: the server&apos;s certificate is %1, the pin is %2</source>
        <translation>Fingerabdruck passt nicht: Das Zertifikat des Servers ist %1, festgelegt ist %2</translation>
    </message>
    <message>
        <source>the certificate cannot be read</source>
        <translation>Das Zertifikat kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read CA file %1: %2</source>
        <translation>CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the certificate cannot be checked</source>
        <translation>Das Zertifikat kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>%1 (written as a DNS name, which no address matches: an address needs an IP address entry)</source>
        <translation>%1 (als DNS-Name eingetragen, dem keine Adresse entspricht: eine Adresse braucht einen Eintrag als IP-Adresse)</translation>
    </message>
</context>
<context>
    <name>ProbeStep</name>
    <message>
        <source>Name lookup</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Verschlüsselung (TLS)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Login (AUTH)</source>
        <translation>Anmeldung (AUTH)</translation>
    </message>
    <message>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Mail for the domain</source>
        <translation>Mail für die Domain</translation>
    </message>
</context>
<context>
    <name>ProbeSteps</name>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>TLS from the first byte (RFC 8314): %1, %2</source>
        <translation>TLS ab dem ersten Byte (RFC 8314): %1, %2</translation>
    </message>
    <message>
        <source>STARTTLS (RFC 3207): %1, %2</source>
        <translation>STARTTLS (RFC 3207): %1, %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <translation>Gültig von %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Verifies for %1</source>
        <translation>Geprüft und gültig für %1</translation>
    </message>
    <message>
        <source>Does not verify for %1: %2. Accepted: the TLS policy takes any certificate, so the mail is encrypted but the server is not authenticated.</source>
        <translation>Für %1 nicht gültig: %2. Akzeptiert: Die TLS-Richtlinie nimmt jedes Zertifikat an, die E-Mail ist also verschlüsselt, aber der Server nicht authentifiziert.</translation>
    </message>
    <message>
        <source>The password goes to a server whose identity is not proven.</source>
        <translation>Das Passwort geht an einen Server, dessen Identität nicht nachgewiesen ist.</translation>
    </message>
    <message>
        <source>Extensions: %1</source>
        <translation>Erweiterungen: %1</translation>
    </message>
    <message>
        <source>The server refused EHLO (%1); HELO was accepted, so it offers no extensions (no STARTTLS, no AUTH, no SIZE)</source>
        <translation>Der Server hat EHLO abgelehnt (%1); HELO wurde angenommen, er bietet also keine Erweiterungen an (kein STARTTLS, kein AUTH, kein SIZE)</translation>
    </message>
    <message>
        <source>EHLO after STARTTLS</source>
        <translation>EHLO nach STARTTLS</translation>
    </message>
    <message>
        <source>The server refused STARTTLS (%1): mail to it goes unencrypted</source>
        <translation>Der Server hat STARTTLS abgelehnt (%1): E-Mails an ihn gehen unverschlüsselt</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Angenommen: %1</translation>
    </message>
    <message>
        <source>Not used: this destination is set to no encryption (the server offers STARTTLS)</source>
        <translation>Nicht verwendet: Für dieses Ziel ist keine Verschlüsselung eingestellt (der Server bietet STARTTLS an)</translation>
    </message>
    <message>
        <source>Not used: this destination is set to no encryption</source>
        <translation>Nicht verwendet: Für dieses Ziel ist keine Verschlüsselung eingestellt</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: mail to it goes unencrypted</source>
        <translation>Der Server bietet kein STARTTLS an: E-Mails an ihn gehen unverschlüsselt</translation>
    </message>
    <message>
        <source>Not used: no user name is set</source>
        <translation>Nicht verwendet: Es ist kein Benutzername eingestellt</translation>
    </message>
    <message>
        <source>No usable greeting: %1</source>
        <translation>Keine brauchbare Begrüßung: %1</translation>
    </message>
    <message>
        <source>%1. Delivery then tries this server once more without TLS.</source>
        <translation>%1. Die Zustellung versucht es dann bei diesem Server noch einmal ohne TLS.</translation>
    </message>
    <message>
        <source>The server closed the connection without a reply</source>
        <translation>Der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>Stopped before the test was complete</source>
        <translation>Abgebrochen, bevor der Test abgeschlossen war</translation>
    </message>
    <message>
        <source>Chain presented by the server:</source>
        <translation>Vom Server vorgelegte Zertifikatskette:</translation>
    </message>
    <message>
        <source>Checked against: %1</source>
        <translation>Geprüft gegen: %1</translation>
    </message>
    <message>
        <source>Does not verify for %1: %2. A verified certificate is required, so delivery is deferred (4.7.5)%3.</source>
        <translation>Nicht gültig für %1: %2. Ein geprüftes Zertifikat ist erforderlich, daher wird die Zustellung zurückgestellt (4.7.5)%3.</translation>
    </message>
    <message>
        <source> and the password is not sent</source>
        <translation> und das Passwort wird nicht gesendet</translation>
    </message>
    <message>
        <source>If this is the server you mean, trust it: give the CA certificate that issued it as the CA file, or pin this certificate by its SHA-256 fingerprint (above). Ask its operator for either rather than taking them from this connection.</source>
        <translation>Wenn das der gemeinte Server ist, vertrauen Sie ihm: Geben Sie das CA-Zertifikat, das es ausgestellt hat, als CA-Datei an, oder legen Sie dieses Zertifikat über seinen SHA-256-Fingerabdruck (oben) fest. Erfragen Sie beides beim Betreiber, statt es aus dieser Verbindung zu übernehmen.</translation>
    </message>
    <message>
        <source>Use a host name the certificate is for (%1), or pin this certificate by its SHA-256 fingerprint (above).</source>
        <translation>Verwenden Sie einen Hostnamen, für den das Zertifikat gilt (%1), oder legen Sie dieses Zertifikat über seinen SHA-256-Fingerabdruck (oben) fest.</translation>
    </message>
    <message>
        <source>it names none</source>
        <translation>es nennt keinen</translation>
    </message>
    <message>
        <source>The certificate is outside its dates (above): ask the server&apos;s operator to renew it, and check this computer&apos;s clock.</source>
        <translation>Das Zertifikat ist außerhalb seiner Gültigkeit (oben): Bitten Sie den Betreiber des Servers, es zu erneuern, und prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>The server presents another certificate than the pinned one. If its operator confirms the new fingerprint (above), pin that one.</source>
        <translation>Der Server legt ein anderes als das festgelegte Zertifikat vor. Wenn sein Betreiber den neuen Fingerabdruck (oben) bestätigt, legen Sie diesen fest.</translation>
    </message>
    <message>
        <source>Check the CA file: the relay must be able to read it, and it must hold PEM certificates.</source>
        <translation>Prüfen Sie die CA-Datei: Das Relay muss sie lesen können, und sie muss PEM-Zertifikate enthalten.</translation>
    </message>
    <message>
        <source>Asked: MAIL FROM:&lt;&gt; and RCPT TO:&lt;%1&gt;</source>
        <translation>Gefragt: MAIL FROM:&lt;&gt; und RCPT TO:&lt;%1&gt;</translation>
    </message>
    <message>
        <source>The server takes mail for %1: %2 (no message was sent)</source>
        <translation>Der Server nimmt Mail für %1 an: %2 (es wurde keine Nachricht gesendet)</translation>
    </message>
    <message>
        <source>The server wants a login before it takes mail: %1</source>
        <translation>Der Server verlangt eine Anmeldung, bevor er Mail annimmt: %1</translation>
    </message>
    <message>
        <source>Mail to a route or to an MX is sent without a login, so it would wait here and be retried until it expires. Send %1 through the smarthost (it logs in with its user name and password), or have this server accept mail from this relay&apos;s address.</source>
        <translation>Mail an eine Route oder einen MX wird ohne Anmeldung gesendet; sie würde hier warten und erneut versucht, bis sie abläuft. Senden Sie %1 über den Smarthost (er meldet sich mit seinem Benutzernamen und Passwort an), oder lassen Sie diesen Server Mail von der Adresse dieses Relays annehmen.</translation>
    </message>
    <message>
        <source>The server puts mail for %1 off for now: %2</source>
        <translation>Der Server stellt Mail für %1 vorerst zurück: %2</translation>
    </message>
    <message>
        <source>Mail would wait and be tried again (a server that greylists answers this way the first time). If it says so again later, ask the server&apos;s administrator.</source>
        <translation>Mail würde warten und erneut versucht (ein Server mit Greylisting antwortet beim ersten Mal so). Antwortet er später wieder so, fragen Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server refuses mail for %1: %2</source>
        <translation>Der Server lehnt Mail für %1 ab: %2</translation>
    </message>
    <message>
        <source>Mail sent this way would bounce. Check that this server receives mail for %1 and that it accepts mail from this relay&apos;s address.</source>
        <translation>Auf diesem Weg gesendete Mail würde zurückkommen. Prüfen Sie, ob dieser Server Mail für %1 empfängt und Mail von der Adresse dieses Relays annimmt.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list; French writes a no-break space before the semicolon</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1. Delivery tries the next MX host, %2, and so does this test.</source>
        <translation>%1. Die Zustellung versucht den nächsten MX-Host, %2, und dieser Test ebenso.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Symbolischer Link</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Laufwerk</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>RelayDesk</name>
    <message>
        <source>RelayDesk cannot start</source>
        <translation>RelayDesk kann nicht starten</translation>
    </message>
    <message>
        <source>The relay did not start</source>
        <translation>Das Relay wurde nicht gestartet</translation>
    </message>
    <message>
        <source>%1 is not a RelayDesk data directory: it holds other files and no relay store. Check the path given with --data-dir: a relay makes its store in a new or empty directory.</source>
        <translation>%1 ist kein RelayDesk-Datenverzeichnis: Es enthält andere Dateien und keinen Relay-Speicher. Prüfen Sie den mit --data-dir angegebenen Pfad: Ein Relay legt seinen Speicher in einem neuen oder leeren Verzeichnis an.</translation>
    </message>
    <message>
        <source>%1. The relay starts by itself once the store answers; until then the pages show what they can read.</source>
        <translation>%1. Das Relay startet von selbst, sobald der Speicher antwortet; bis dahin zeigen die Seiten, was sie lesen können.</translation>
    </message>
    <message>
        <source>Give the new password with: relaydesk --data-dir %1 store use ADDRESS --password-stdin (relaydesk store show names the address).</source>
        <translation>Geben Sie das neue Passwort so an: relaydesk --data-dir %1 store use ADRESSE --password-stdin (relaydesk store show nennt die Adresse).</translation>
    </message>
    <message>
        <source>The store of the data directory %1 cannot be used: %2</source>
        <translation>Der Speicher des Datenverzeichnisses %1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AgentActivityPanel</name>
    <message>
        <source>Today (UTC)</source>
        <translation>Heute (UTC)</translation>
    </message>
    <message>
        <source>Messages accepted</source>
        <translation>Angenommene Nachrichten</translation>
    </message>
    <message>
        <source>Recipients delivered</source>
        <translation>Zugestellte Empfänger</translation>
    </message>
    <message>
        <source>Recipients bounced</source>
        <translation>Unzustellbare Empfänger</translation>
    </message>
    <message>
        <source>Show in Delivery Logs</source>
        <translation>Im Zustellprotokoll zeigen</translation>
    </message>
    <message>
        <source>The delivery attempts of this agent&apos;s mail in the last 30 days</source>
        <translation>Die Zustellversuche der Mail dieses Agenten in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>Nothing of this agent&apos;s mail waits in the queue.</source>
        <translation>Keine Mail dieses Agenten wartet in der Warteschlange.</translation>
    </message>
    <message>
        <source>Cannot read the activity: %1</source>
        <translation>Die Aktivität kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Letzte %1 Tage</translation>
    </message>
    <message>
        <source>Not sent (on the suppression list)</source>
        <translation>Nicht gesendet (auf der Unterdrückungsliste)</translation>
    </message>
    <message>
        <source>Recipients of this agent&apos;s messages. The bounce notices the relay sent to its senders are in the Delivery Logs under its name too, and are not counted here.</source>
        <translation>Empfänger der Nachrichten dieses Agenten. Die Unzustellbarkeitsberichte, die das Relay an seine Absender schickte, stehen ebenfalls unter seinem Namen im Zustellprotokoll und werden hier nicht gezählt.</translation>
    </message>
    <message>
        <source>Delivery attempts that failed for now and are tried again: one recipient may count several times, while the Delivery Logs show each recipient once.</source>
        <translation>Zustellversuche, die vorerst fehlschlugen und wiederholt werden: Ein Empfänger kann mehrmals zählen, während das Zustellprotokoll jeden Empfänger einmal zeigt.</translation>
    </message>
    <message>
        <source>Counted per UTC day, as the sending limits are. A delivery counts on the day it was made: mail accepted yesterday and delivered today is in today&apos;s deliveries. Bounce notices to the agent&apos;s senders are not counted here; the Delivery Logs list them under its name, sent from &quot;(bounce notice)&quot;.</source>
        <translation>Gezählt je UTC-Tag, wie bei den Sendelimits. Eine Zustellung zählt an dem Tag, an dem sie erfolgte: Mail, die gestern angenommen und heute zugestellt wurde, steht bei den heutigen Zustellungen. Unzustellbarkeitsberichte an die Absender des Agenten werden hier nicht gezählt; das Zustellprotokoll führt sie unter seinem Namen, mit dem Absender „(Unzustellbarkeitsbericht)“.</translation>
    </message>
    <message>
        <source>Messages refused by a sending limit</source>
        <translation>Wegen eines Sendelimits abgelehnte Nachrichten</translation>
    </message>
    <message>
        <source>Messages the relay refused with &quot;451 4.7.1&quot; because this agent had reached one of its sending limits (the Sending limits tab): nothing of them was queued, and the application was told to try again later. An application that tries again at once counts again.</source>
        <translation>Nachrichten, die das Relay mit „451 4.7.1“ abgelehnt hat, weil dieser Agent eines seiner Sendelimits erreicht hatte (Reiter Sendelimits): Nichts davon kam in die Warteschlange, und der Anwendung wurde gesagt, es später erneut zu versuchen. Eine Anwendung, die es sofort erneut versucht, zählt erneut.</translation>
    </message>
    <message>
        <source>Attempts failed for now (tried again)</source>
        <translation>Vorerst fehlgeschlagene Versuche (erneut versucht)</translation>
    </message>
    <message>
        <source>Not sent (deleted from the queue)</source>
        <translation>Nicht gesendet (aus der Warteschlange gelöscht)</translation>
    </message>
    <message>
        <source>Show refusals</source>
        <translation>Ablehnungen zeigen</translation>
    </message>
    <message>
        <source>What of this agent&apos;s mail the relay refused at submission (Delivery Logs, Refused at submission)</source>
        <translation>Was das Relay von der Mail dieses Agenten beim Einliefern abgelehnt hat (Zustellprotokoll, Beim Einliefern abgelehnt)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sender(s), recipient(s) or message(s) refused at submission in the last 30 days (never queued); the last at %1: %2</source>
        <translation>
            <numerusform>%Ln Absender, Empfänger oder Nachricht in den letzten 30 Tagen beim Einliefern abgelehnt (nie in der Warteschlange); zuletzt am %1: %2</numerusform>
            <numerusform>%Ln Absender, Empfänger oder Nachrichten in den letzten 30 Tagen beim Einliefern abgelehnt (nie in der Warteschlange); zuletzt am %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) of this agent&apos;s mail wait in the queue now.</source>
        <translation>
            <numerusform>%Ln Empfänger der Mail dieses Agenten wartet jetzt in der Warteschlange.</numerusform>
            <numerusform>%Ln Empfänger der Mail dieses Agenten warten jetzt in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln login(s) refused in the last 24 hours; the last at %1 from %2: %3.</source>
        <translation>
            <numerusform>%Ln Anmeldung in den letzten 24 Stunden abgelehnt; zuletzt am %1 von %2: %3.</numerusform>
            <numerusform>%Ln Anmeldungen in den letzten 24 Stunden abgelehnt; zuletzt am %1 von %2: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is locked out of logins until %2: every application there is refused, this agent&apos;s too. Live Sessions can unlock it.</source>
        <translation>%1 ist bis %2 für Anmeldungen gesperrt: Jede Anwendung dort wird abgewiesen, auch die dieses Agenten. Unter „Aktive Sitzungen“ lässt sich die Sperre aufheben.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AgentDialog</name>
    <message>
        <source>New Mail Agent</source>
        <translation>Neuer Mail-Agent</translation>
    </message>
    <message>
        <source>Edit Mail Agent %1</source>
        <translation>Mail-Agent %1 bearbeiten</translation>
    </message>
    <message>
        <source>for example: billing-app</source>
        <translation>zum Beispiel: buchhaltung-app</translation>
    </message>
    <message>
        <source>Accept mail from this agent</source>
        <translation>E-Mails von diesem Agenten annehmen</translation>
    </message>
    <message>
        <source>device address, e.g. 192.168.1.50</source>
        <translation>Geräteadresse, z. B. 192.168.1.50</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Allowed addresses:</source>
        <translation>&amp;Erlaubte Adressen:</translation>
    </message>
    <message>
        <source>Credentials of this agent work only from these addresses.</source>
        <translation>Die Zugangsdaten dieses Agenten funktionieren nur von diesen Adressen aus.</translation>
    </message>
    <message>
        <source>&amp;Trusted devices:</source>
        <translation>&amp;Vertrauenswürdige Geräte:</translation>
    </message>
    <message>
        <source>The allowlist is empty: this agent&apos;s credentials will not work from anywhere yet.</source>
        <translation>Die Liste erlaubter Adressen ist leer: Die Zugangsdaten dieses Agenten funktionieren noch von nirgendwo.</translation>
    </message>
    <message>
        <source>An address is typed but not added: press Add or clear the field.</source>
        <translation>Eine Adresse ist eingegeben, aber nicht hinzugefügt: Klicken Sie auf Hinzufügen oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Any sender (not recommended)</source>
        <translation>Beliebiger Absender (nicht empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Sender domains:</source>
        <translation>&amp;Absenderdomains:</translation>
    </message>
    <message>
        <source>The agent may send only from addresses at these domains (the envelope sender and the From: header), or as the exact addresses listed.</source>
        <translation>Der Agent darf nur von Adressen dieser Domains senden (Umschlag-Absender und From:-Kopfzeile) oder als die genau aufgeführten Adressen.</translation>
    </message>
    <message>
        <source>Devices that cannot log in (printers, scanners) may send without a password on the LAN relay port, and only from these addresses, as the sender domains allow.</source>
        <translation>Geräte, die sich nicht anmelden können (Drucker, Scanner), dürfen ohne Passwort über den LAN-Relay-Port senden, nur von diesen Adressen und wie es die Absenderdomains erlauben.</translation>
    </message>
    <message>
        <source>Warning: this agent may send as any address, including other companies&apos; domains. Add its domains and clear this box.</source>
        <translation>Warnung: Dieser Agent darf als beliebige Adresse senden, auch mit Domains anderer Firmen. Fügen Sie seine Domains hinzu und entfernen Sie dieses Häkchen.</translation>
    </message>
    <message>
        <source>No sender domain yet: this agent cannot send until you add one.</source>
        <translation>Noch keine Absenderdomain: Dieser Agent kann erst senden, wenn Sie eine hinzufügen.</translation>
    </message>
    <message>
        <source>e.g. 192.0.2.7 or 10.0.0.0/8</source>
        <translation>z. B. 192.0.2.7 oder 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Applications at %1 logged in as %2 and sent mail in the last 7 days. The new allowlist leaves that out: their logins will be refused (535 5.7.8). Save anyway?</source>
        <translation>Von %1 aus haben sich in den letzten 7 Tagen Anwendungen als %2 angemeldet und E-Mails gesendet. Die neue Liste erlaubter Adressen schließt das aus: Ihre Anmeldungen werden abgelehnt (535 5.7.8). Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Allowlist</source>
        <translation>Erlaubte Adressen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Close without saving? What you entered for this Mail Agent is lost.</source>
        <translation>Schließen, ohne zu speichern? Was Sie für diesen Mail-Agenten eingegeben haben, geht verloren.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>The DKIM keys of %1 are kept: mail any other agent sends as it is signed with them, and so is this agent&apos;s mail if you add it again.</source>
        <translation>
            <numerusform>Die DKIM-Schlüssel von %1 bleiben erhalten: Mail, die ein anderer Agent von dieser Domain sendet, wird mit ihnen signiert, ebenso die Mail dieses Agenten, wenn Sie sie wieder hinzufügen.</numerusform>
            <numerusform>Die DKIM-Schlüssel von %1 bleiben erhalten: Mail, die ein anderer Agent von diesen Domains sendet, wird mit ihnen signiert, ebenso die Mail dieses Agenten, wenn Sie sie wieder hinzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weitere</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications sent mail as %1 through %2 in the last 7 days. The new sender domains leave that out: their mail will be refused (553 5.7.1). Save anyway?</source>
        <translation>Anwendungen haben in den letzten 7 Tagen über %2 als %1 gesendet. Die neuen Absenderdomains lassen das aus: Ihre Mail wird abgewiesen (553 5.7.1). Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Sender domains</source>
        <translation>Absenderdomains</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AgentFilterBox</name>
    <message>
        <source>All agents</source>
        <translation>Alle Agenten</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AgentLabel</name>
    <message>
        <source>Agent #%1 (deleted)</source>
        <translation>Agent #%1 (gelöscht)</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>%1: this Mail Agent was deleted; a new agent may have its name</source>
        <translation>%1: Dieser Mail-Agent wurde gelöscht; ein neuer Agent kann seinen Namen tragen</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AgentListModel</name>
    <message>
        <source>enabled</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Allowed addresses</source>
        <translation>Erlaubte Adressen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>any sender (not recommended)</source>
        <translation>beliebiger Absender (nicht empfohlen)</translation>
    </message>
    <message>
        <source>(none: cannot send)</source>
        <translation>(keine: kann nicht senden)</translation>
    </message>
    <message>
        <source>Sender domains</source>
        <translation>Absenderdomains</translation>
    </message>
    <message>
        <source>devices: %1</source>
        <translation>Geräte: %1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list; French writes a no-break space before the semicolon</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>RelayDesk::AgentNameText</name>
    <message>
        <source>Give the agent a name.</source>
        <translation>Geben Sie dem Agenten einen Namen.</translation>
    </message>
    <message>
        <source>A Mail Agent name has at most %1 characters.</source>
        <translation>Der Name eines Mail-Agenten hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A Mail Agent name does not begin or end with a space.</source>
        <translation>Ein Name eines Mail-Agenten beginnt und endet nicht mit einem Leerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a Mail Agent: use letters (accents are fine), digits, spaces and . _ -</source>
        <translation>„%1“ kann keinen Mail-Agenten benennen: Verwenden Sie Buchstaben (auch mit Umlauten und Akzenten), Ziffern, Leerzeichen und . _ -</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AgentRows</name>
    <message>
        <source>no Mail Agent named &apos;%1&apos;</source>
        <translation>kein Mail-Agent namens „%1“</translation>
    </message>
    <message>
        <source>this Mail Agent no longer exists: it was deleted elsewhere (in another window, with the command line or on another relay node)</source>
        <translation>dieser Mail-Agent existiert nicht mehr: Er wurde anderswo gelöscht (in einem anderen Fenster, über die Befehlszeile oder auf einem anderen Relay-Knoten)</translation>
    </message>
    <message>
        <source>a Mail Agent named &apos;%1&apos; already exists</source>
        <translation>es gibt bereits einen Mail-Agenten namens „%1“</translation>
    </message>
    <message>
        <source>no Mail Agent named &apos;%1&apos;: it was deleted; its mail and delivery log stay (relaydesk log search --agent %1)</source>
        <translation>kein Mail-Agent namens „%1“: Er wurde gelöscht; seine Mail und sein Zustellprotokoll bleiben (relaydesk log search --agent %1)</translation>
    </message>
    <message>
        <source>a Mail Agent named &apos;%1&apos; already exists: names that differ only in spaces or . _ - read as the same name</source>
        <translation>es gibt bereits einen Mail-Agenten namens „%1“: Namen, die sich nur in Leerzeichen oder . _ - unterscheiden, gelten als derselbe Name</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AgentsPage</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>No agent selected</source>
        <translation>Kein Agent ausgewählt</translation>
    </message>
    <message>
        <source>Delete Mail Agent</source>
        <translation>Mail-Agent löschen</translation>
    </message>
    <message>
        <source>Cannot delete the agent</source>
        <translation>Der Agent kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Send test message...</source>
        <translation>Testnachricht senden …</translation>
    </message>
    <message>
        <source>Sending limits</source>
        <translation>Sendelimits</translation>
    </message>
    <message>
        <source>Sender domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Suppressions</source>
        <translation>Unterdrückungen</translation>
    </message>
    <message>
        <source>Cannot read the Mail Agents: %1</source>
        <translation>Die Mail-Agenten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>%1 is disabled: enable it (Edit...) to send a test message as it.</source>
        <translation>%1 ist deaktiviert: Aktivieren Sie den Agenten (Bearbeiten …), um als er eine Testnachricht zu senden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) it handed over still wait in the queue: they stay in the queue and are still delivered. The Delivery Logs keep its messages under its name.</source>
        <translation>
            <numerusform>%Ln von ihm übergebene Nachricht wartet noch in der Warteschlange: Sie bleibt dort und wird weiter zugestellt. Das Zustellprotokoll behält seine Nachrichten unter seinem Namen.</numerusform>
            <numerusform>%Ln von ihm übergebene Nachrichten warten noch in der Warteschlange: Sie bleiben dort und werden weiter zugestellt. Das Zustellprotokoll behält seine Nachrichten unter seinem Namen.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of its messages waits in the queue. The Delivery Logs keep its messages under its name.</source>
        <translation>Keine seiner Nachrichten wartet in der Warteschlange. Das Zustellprotokoll behält seine Nachrichten unter seinem Namen.</translation>
    </message>
    <message>
        <source>Messages it has already handed over stay in the queue and are still delivered; the Delivery Logs keep them under its name.</source>
        <translation>Bereits übergebene Nachrichten bleiben in der Warteschlange und werden weiter zugestellt; das Zustellprotokoll behält sie unter seinem Namen.</translation>
    </message>
    <message>
        <source>Delete %1 with all its credentials, trusted devices, sending domains and limits? Applications and devices that send as it are refused from then on; this cannot be undone (Edit..., &quot;Accept mail from this agent&quot; stops it for a while instead).</source>
        <translation>%1 mit allen Zugangsdaten, vertrauenswürdigen Geräten, Absenderdomains und Limits löschen? Anwendungen und Geräte, die als dieser Agent senden, werden ab dann abgewiesen; das lässt sich nicht rückgängig machen (Bearbeiten …, „E-Mails von diesem Agenten annehmen“ hält ihn stattdessen vorübergehend an).</translation>
    </message>
    <message>
        <source>&amp;New agent...</source>
        <translation>&amp;Neuer Agent …</translation>
    </message>
    <message>
        <source>Create a Mail Agent (%1)</source>
        <translation>Einen Mail-Agenten anlegen (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) it handed over still wait in the queue, and stay there: %1 of them are held, which are delivered once released; the others are still delivered. The Delivery Logs keep its messages under its name.</source>
        <translation>
            <numerusform>%Ln von ihm übergebene Nachricht wartet noch in der Warteschlange und bleibt dort: %1 davon angehalten, sie wird zugestellt, sobald sie freigegeben ist; die übrigen werden weiter zugestellt. Das Zustellprotokoll behält seine Nachrichten unter seinem Namen.</numerusform>
            <numerusform>%Ln von ihm übergebene Nachrichten warten noch in der Warteschlange und bleiben dort: %1 davon sind angehalten und werden zugestellt, sobald sie freigegeben sind; die übrigen werden weiter zugestellt. Das Zustellprotokoll behält seine Nachrichten unter seinem Namen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::AnySenderWarning</name>
    <message>
        <source>%1 may send as any address of any domain (not recommended). To restrict it, give it its sender domains and untick &quot;Any sender&quot; (Edit...).</source>
        <translation>%1 darf als jede Adresse jeder Domain senden (nicht empfohlen). Um es einzuschränken, geben Sie ihm seine Absenderdomains und entfernen Sie den Haken bei „Beliebiger Absender“ (Bearbeiten …).</translation>
    </message>
    <message>
        <source>This agent may send as any address of any domain (not recommended): its mail is DKIM-signed for every domain that has keys here, whoever wrote it, so it passes DKIM and DMARC as that domain. To restrict it, give it its sender domains and untick &quot;Any sender&quot; (Edit...).</source>
        <translation>Dieser Agent darf als jede Adresse jeder Domain senden (nicht empfohlen): Seine Mail wird für jede Domain, die hier Schlüssel hat, mit DKIM signiert, wer auch immer sie geschrieben hat, und besteht so DKIM und DMARC als diese Domain. Um es einzuschränken, geben Sie ihm seine Absenderdomains und entfernen Sie den Haken bei „Beliebiger Absender“ (Bearbeiten …).</translation>
    </message>
    <message>
        <source>The Mail Agent &quot;%1&quot; may send as any address of any domain (not recommended): its mail is DKIM-signed for every domain that has keys here, whoever wrote it. Give it its sender domains and untick &quot;Any sender&quot; (Mail Agents, Edit...).</source>
        <translation>Der Mail-Agent „%1“ darf als jede Adresse jeder Domain senden (nicht empfohlen): Seine Mail wird für jede Domain, die hier Schlüssel hat, mit DKIM signiert, wer auch immer sie geschrieben hat. Geben Sie ihm seine Absenderdomains und entfernen Sie den Haken bei „Beliebiger Absender“ (Mail-Agenten, Bearbeiten …).</translation>
    </message>
    <message>
        <source>%1 may send as any address: mail from them as %2 is signed with these keys too, so it passes DKIM and DMARC whoever wrote it. Give them their own sender domains and untick &quot;Any sender&quot; (Mail Agents, Edit...).</source>
        <translation>%1 darf als jede Adresse senden: Mail von dort als %2 wird auch mit diesen Schlüsseln signiert und besteht so DKIM und DMARC, wer auch immer sie geschrieben hat. Geben Sie jedem genannten Agenten eigene Absenderdomains und entfernen Sie den Haken bei „Beliebiger Absender“ (Mail-Agenten, Bearbeiten …).</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AppConfigPanel</name>
    <message>
        <source>Configure your application</source>
        <translation>Ihre Anwendung einrichten</translation>
    </message>
    <message>
        <source>Copy settings</source>
        <translation>Einstellungen kopieren</translation>
    </message>
    <message>
        <source>Select a Mail Agent to see the settings for its applications.</source>
        <translation>Wählen Sie einen Mail-Agenten, um die Einstellungen für seine Anwendungen zu sehen.</translation>
    </message>
    <message>
        <source>SMTP server: %1</source>
        <translation>SMTP-Server: %1</translation>
    </message>
    <message>
        <source>Port %1 with STARTTLS (submission), or port %2 with SSL/TLS (implicit TLS)</source>
        <translation>Port %1 mit STARTTLS (Submission) oder Port %2 mit SSL/TLS (implizites TLS)</translation>
    </message>
    <message>
        <source>Authentication: normal password (PLAIN or LOGIN)</source>
        <translation>Authentifizierung: normales Passwort (PLAIN oder LOGIN)</translation>
    </message>
    <message>
        <source>Username: %1</source>
        <translation>Benutzername: %1</translation>
    </message>
    <message>
        <source>Password: the one shown when the credential was generated</source>
        <translation>Passwort: das beim Erzeugen der Zugangsdaten angezeigte</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port (STARTTLS)</source>
        <translation>Port (STARTTLS)</translation>
    </message>
    <message>
        <source>Port (SSL/TLS)</source>
        <translation>Port (SSL/TLS)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Use STARTTLS on the submission port or implicit TLS on the SSL/TLS port; the relay offers login only over an encrypted connection.</source>
        <translation>Verwenden Sie STARTTLS auf dem Submission-Port oder implizites TLS auf dem SSL/TLS-Port; das Relay bietet die Anmeldung nur über eine verschlüsselte Verbindung an.</translation>
    </message>
    <message>
        <source>none: this agent has no active credential, generate one first</source>
        <translation>keine: Dieser Agent hat keine aktiven Zugangsdaten, erzeugen Sie zuerst welche</translation>
    </message>
    <message>
        <source>%1 is this computer&apos;s network address: the host name %2 is not a full name, so other computers cannot look it up. A full name (Settings, Listeners, Host name) also lets applications check the relay&apos;s certificate.</source>
        <translation>%1 ist die Netzwerkadresse dieses Computers: Der Hostname %2 ist kein vollständiger Name, andere Computer können ihn daher nicht nachschlagen. Ein vollständiger Name (Einstellungen, Empfangsports, Hostname) lässt Anwendungen auch das Zertifikat des Relays prüfen.</translation>
    </message>
    <message>
        <source>No address may log in yet: add the applications&apos; addresses to the agent&apos;s allowed addresses (Edit...).</source>
        <translation>Noch darf sich keine Adresse anmelden: Tragen Sie die Adressen der Anwendungen bei den erlaubten Adressen des Agenten ein (Bearbeiten …).</translation>
    </message>
    <message>
        <source>Devices at %1: port %2 (LAN relay), no authentication, no encryption needed</source>
        <translation>Geräte unter %1: Port %2 (LAN-Relay), ohne Anmeldung, ohne Verschlüsselung</translation>
    </message>
    <message>
        <source>Port (LAN relay, no login)</source>
        <translation>Port (LAN-Relay, ohne Anmeldung)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>The devices listed send to the LAN relay port without a login; mail from any other address is refused there.</source>
        <translation>Die genannten Geräte senden ohne Anmeldung an den LAN-Relay-Port; Mail von jeder anderen Adresse wird dort abgewiesen.</translation>
    </message>
    <message>
        <source>The settings for the applications of %1 cannot be shown now: %2</source>
        <translation>Die Einstellungen für die Anwendungen von %1 können jetzt nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>Certificate: the relay&apos;s own (self-signed). Applications that check certificates refuse it until they are given it: save it with Settings, Security, &quot;Save certificate...&quot; and give the file to the application (in msmtp: tls_trust_file).</source>
        <translation>Zertifikat: das eigene des Relays (selbstsigniert). Anwendungen, die Zertifikate prüfen, lehnen es ab, bis man es ihnen gibt: Speichern Sie es unter Einstellungen, Sicherheit, „Zertifikat speichern …“ und geben Sie die Datei der Anwendung (in msmtp: tls_trust_file).</translation>
    </message>
    <message>
        <source>The host name %1 does not resolve on this computer: applications cannot reach the relay by it until the office&apos;s DNS knows it (Settings, Listeners, Host name).</source>
        <translation>Der Hostname %1 lässt sich auf diesem Computer nicht auflösen: Anwendungen erreichen das Relay unter diesem Namen erst, wenn das DNS des Büros ihn kennt (Einstellungen, Empfangsports, Hostname).</translation>
    </message>
    <message>
        <source>The host name %1 does not resolve on this computer: applications cannot reach the relay by it until the office&apos;s DNS knows it with this computer&apos;s address %2. Until then give them %2 as the server (they then cannot check the relay&apos;s certificate by name), or change the name in Settings, Listeners, Host name.</source>
        <translation>Der Hostname %1 lässt sich auf diesem Computer nicht auflösen: Anwendungen erreichen das Relay unter diesem Namen erst, wenn das DNS des Büros ihn mit der Adresse %2 dieses Computers kennt. Geben Sie ihnen bis dahin %2 als Server an (dann können sie das Zertifikat des Relays nicht anhand des Namens prüfen), oder ändern Sie den Namen unter Einstellungen, Empfangsports, Hostname.</translation>
    </message>
    <message>
        <source>Port %1 with STARTTLS (submission; the SSL/TLS port is switched off)</source>
        <translation>Port %1 mit STARTTLS (Submission; der SSL/TLS-Port ist ausgeschaltet)</translation>
    </message>
    <message>
        <source>Port %1 with SSL/TLS (implicit TLS; the submission port is switched off)</source>
        <translation>Port %1 mit SSL/TLS (implizites TLS; der Submission-Port ist ausgeschaltet)</translation>
    </message>
    <message>
        <source>No port for applications: the submission and SSL/TLS ports are both switched off (Settings, Listeners)</source>
        <translation>Kein Port für Anwendungen: Der Submission- und der SSL/TLS-Port sind beide ausgeschaltet (Einstellungen, Empfangsports)</translation>
    </message>
    <message>
        <source>Devices at %1: none can send now, the LAN relay port is switched off (Settings, Listeners)</source>
        <translation>Geräte unter %1: Keines kann jetzt senden, der LAN-Relay-Port ist ausgeschaltet (Einstellungen, Empfangsports)</translation>
    </message>
    <message>
        <source>The relay takes connections from this computer only (its listeners are on a loopback address): applications on other computers reach it once a listener&apos;s address is this computer&apos;s network address (Settings, Listeners).</source>
        <translation>Das Relay nimmt nur Verbindungen von diesem Computer an (seine Empfangsports liegen auf einer Loopback-Adresse): Anwendungen auf anderen Computern erreichen es, sobald die Adresse eines Empfangsports die Netzwerkadresse dieses Computers ist (Einstellungen, Empfangsports).</translation>
    </message>
    <message>
        <source>(from this computer only now)</source>
        <translation>(zurzeit nur von diesem Computer aus)</translation>
    </message>
    <message>
        <source>Port %1 takes connections from this computer only: applications on other computers cannot use it until its listener&apos;s address is this computer&apos;s network address (Settings, Listeners).</source>
        <translation>Port %1 nimmt nur Verbindungen von diesem Computer an: Anwendungen auf anderen Computern können ihn erst nutzen, wenn die Adresse seines Empfangsports die Netzwerkadresse dieses Computers ist (Einstellungen, Empfangsports).</translation>
    </message>
    <message>
        <source>The host name %1 does not lead to this computer&apos;s loopback address, where the relay listens now: applications on this computer are given %2 as the server until a listener takes the network (Settings, Listeners).</source>
        <translation>Der Hostname %1 führt nicht zur Loopback-Adresse dieses Computers, auf der das Relay jetzt lauscht: Anwendungen auf diesem Computer erhalten %2 als Server, bis ein Empfangsport das Netzwerk annimmt (Einstellungen, Empfangsports).</translation>
    </message>
    <message>
        <source>The relay&apos;s certificate does not name %1 (it names %2): applications that check the server&apos;s certificate refuse the relay. Give them one of those names as the server, or change the host name (Settings, Listeners, Host name) or the certificate (Settings, Security).</source>
        <translation>Das Zertifikat des Relays nennt %1 nicht (es nennt %2): Anwendungen, die das Zertifikat des Servers prüfen, lehnen das Relay ab. Geben Sie ihnen einen dieser Namen als Server an, oder ändern Sie den Hostnamen (Einstellungen, Empfangsports, Hostname) oder das Zertifikat (Einstellungen, Sicherheit).</translation>
    </message>
    <message>
        <source>(not named by the certificate)</source>
        <translation>(nicht im Zertifikat genannt)</translation>
    </message>
    <message>
        <source>Certificate: self-signed. Applications that check certificates refuse it until they are given it: save it with Settings, Security, &quot;Save certificate...&quot; and give the file to the application (in msmtp: tls_trust_file).</source>
        <translation>Zertifikat: selbstsigniert. Anwendungen, die Zertifikate prüfen, lehnen es ab, bis man es ihnen gibt: Speichern Sie es unter Einstellungen, Sicherheit, „Zertifikat speichern …“ und geben Sie die Datei der Anwendung (in msmtp: tls_trust_file).</translation>
    </message>
    <message>
        <source>Sender address (envelope and From: header): any; this agent may send as anyone</source>
        <translation>Absenderadresse (Umschlag und From:-Kopfzeile): beliebig; dieser Agent darf als jeder senden</translation>
    </message>
    <message>
        <source>Sender address (envelope and From: header): none is allowed yet; add the agent&apos;s sender domains (Sender domains tab), or every message is refused</source>
        <translation>Absenderadresse (Umschlag und From:-Kopfzeile): noch keine erlaubt; tragen Sie die Absenderdomains des Agenten ein (Reiter Domains), sonst wird jede Nachricht abgelehnt</translation>
    </message>
    <message>
        <source>an address at %1</source>
        <translation>eine Adresse unter %1</translation>
    </message>
    <message>
        <source>Sender address (envelope and From: header): %1</source>
        <translation>Absenderadresse (Umschlag und From:-Kopfzeile): %1</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, oder </translation>
    </message>
</context>
<context>
    <name>RelayDesk::BackupAdmin</name>
    <message>
        <source>%1 is inside the data directory %2: write the backup to another folder, best on another disk</source>
        <translation>%1 liegt im Datenverzeichnis %2: Schreiben Sie die Sicherung in einen anderen Ordner, am besten auf einem anderen Datenträger</translation>
    </message>
    <message>
        <source>the relay service (process %1, since %2) runs on the data directory %3: stop it before restoring (sudo systemctl stop relaydesk)</source>
        <translation>Der Relay-Dienst (Prozess %1, seit %2) läuft auf dem Datenverzeichnis %3: Halten Sie ihn vor der Wiederherstellung an (sudo systemctl stop relaydesk)</translation>
    </message>
    <message>
        <source>a relay in a RelayDesk window (process %1, since %2) runs on the data directory %3: quit that window before restoring</source>
        <translation>Ein Relay in einem RelayDesk-Fenster (Prozess %1, seit %2) läuft auf dem Datenverzeichnis %3: Beenden Sie dieses Fenster vor der Wiederherstellung</translation>
    </message>
    <message>
        <source>a restore replaces the data directory %1 and keeps the old one beside it in %2, where this account may not create anything: restore as root (sudo relaydesk --data-dir %3 backup restore FILE --force)</source>
        <translation>eine Wiederherstellung ersetzt das Datenverzeichnis %1 und legt das alte daneben in %2 ab, wo dieses Konto nichts anlegen darf: als root wiederherstellen (sudo relaydesk --data-dir %3 backup restore DATEI --force)</translation>
    </message>
    <message>
        <source>the relay service (process %1, since %2) runs on the data directory %3: stop it before restoring (kill -TERM %1)</source>
        <translation>Der Relay-Dienst (Prozess %1, seit %2) läuft auf dem Datenverzeichnis %3: Halten Sie ihn vor der Wiederherstellung an (kill -TERM %1)</translation>
    </message>
    <message>
        <source>a relay service runs on the data directory %1: stop it before restoring</source>
        <translation>Ein Relay-Dienst läuft auf dem Datenverzeichnis %1: Halten Sie ihn vor der Wiederherstellung an</translation>
    </message>
    <message>
        <source>%1 is a folder: give the backup a file name, such as %1/relaydesk.rdbackup</source>
        <translation>%1 ist ein Ordner: Geben Sie der Sicherung einen Dateinamen, etwa %1/relaydesk.rdbackup</translation>
    </message>
</context>
<context>
    <name>RelayDesk::BackupFile</name>
    <message>
        <source>wrong passphrase, or the backup file is damaged</source>
        <translation>falsche Passphrase, oder die Sicherungsdatei ist beschädigt</translation>
    </message>
    <message>
        <source>the backup file is damaged</source>
        <translation>die Sicherungsdatei ist beschädigt</translation>
    </message>
    <message>
        <source>the backup file is truncated: it ends before its last block</source>
        <translation>die Sicherungsdatei ist abgeschnitten: sie endet vor ihrem letzten Block</translation>
    </message>
    <message>
        <source>this is not a RelayDesk backup file</source>
        <translation>dies ist keine Sicherungsdatei von RelayDesk</translation>
    </message>
    <message>
        <source>the backup file has format version %1; this RelayDesk reads version %2</source>
        <translation>die Sicherungsdatei hat die Formatversion %1; dieses RelayDesk liest Version %2</translation>
    </message>
</context>
<context>
    <name>RelayDesk::BackupPanel</name>
    <message>
        <source>Back up configuration...</source>
        <translation>Konfiguration sichern …</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>Wiederherstellen …</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Wird bearbeitet …</translation>
    </message>
    <message>
        <source>Back up configuration to</source>
        <translation>Konfiguration sichern nach</translation>
    </message>
    <message>
        <source>Restore configuration from</source>
        <translation>Konfiguration wiederherstellen aus</translation>
    </message>
    <message>
        <source>RelayDesk backups (*.rdbackup)</source>
        <translation>RelayDesk-Sicherungen (*.rdbackup)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore configuration</source>
        <translation>Konfiguration wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the configuration of %1 with the backup %2?

A restore needs an empty data directory: the current one, with its queue and delivery log, is moved aside and kept beside it. The relay uses the restored configuration only after RelayDesk is restarted; quit and start it again right away.</source>
        <translation>Die Konfiguration von %1 durch die Sicherung %2 ersetzen?

Eine Wiederherstellung braucht ein leeres Datenverzeichnis: Das aktuelle wird mit seiner Warteschlange und seinem Zustellprotokoll beiseitegelegt und daneben aufbewahrt. Das Relay verwendet die wiederhergestellte Konfiguration erst nach einem Neustart von RelayDesk; beenden Sie RelayDesk und starten Sie es gleich wieder.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1: %n agent(s), encrypted.</source>
        <translation>
            <numerusform>Sicherung nach %1 geschrieben: %n Agent, verschlüsselt.</numerusform>
            <numerusform>Sicherung nach %1 geschrieben: %n Agenten, verschlüsselt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Es wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>An encrypted file, protected by a passphrase, with the settings, the Mail Agents (allowlists, trusted devices, credentials, sender domains), routes and TLS policies, the smarthost and its password, suppressions, the TLS certificate and the DKIM keys; the queue if you choose. Not the delivery log.</source>
        <translation>Eine verschlüsselte, mit einer Passphrase geschützte Datei mit den Einstellungen, den Mail-Agenten (erlaubte Adressen, vertrauenswürdige Geräte, Zugangsdaten, Absenderdomains), den Routen und TLS-Richtlinien, dem Smarthost und seinem Passwort, den Unterdrückungen, dem TLS-Zertifikat und den DKIM-Schlüsseln; auf Wunsch auch mit der Warteschlange. Das Zustellprotokoll gehört nicht dazu.</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1: %n agent(s) and %2, encrypted.</source>
        <translation>
            <numerusform>Sicherung nach %1 geschrieben: %n Agent und %2, verschlüsselt.</numerusform>
            <numerusform>Sicherung nach %1 geschrieben: %n Agenten und %2, verschlüsselt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous data directory is kept as %1, with the delivery log and the agents&apos; statistics of before the restore, which a backup does not carry.</source>
        <translation>Das bisherige Datenverzeichnis bleibt als %1 erhalten, mit dem Zustellprotokoll und den Statistiken der Agenten von vor der Wiederherstellung, die eine Sicherung nicht enthält.</translation>
    </message>
    <message>
        <source>The replaced data directory used the PostgreSQL store %1, shared with the other nodes; the restored one uses a new SQLite store of its own (relaydesk store use %1 --join makes it a node of that store again).</source>
        <translation>Das ersetzte Datenverzeichnis verwendete den PostgreSQL-Speicher %1, den es mit den anderen Knoten teilte; das wiederhergestellte verwendet einen eigenen, neuen SQLite-Speicher (relaydesk store use %1 --join macht es wieder zu einem Knoten dieses Speichers).</translation>
    </message>
    <message>
        <source>The relay in this window stops taking and delivering mail now, until RelayDesk starts again.</source>
        <translation>Das Relay in diesem Fenster nimmt ab jetzt keine Mail mehr an und stellt keine mehr zu, bis RelayDesk neu startet.</translation>
    </message>
    <message>
        <source>The relay in this window runs with the restored configuration now.</source>
        <translation>Das Relay in diesem Fenster läuft jetzt mit der wiederhergestellten Konfiguration.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 (%n agent(s)).</source>
        <translation>
            <numerusform>%1 wiederhergestellt (%n Agent).</numerusform>
            <numerusform>%1 wiederhergestellt (%n Agenten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit RelayDesk and start it again to use it.</source>
        <translation>Beenden Sie RelayDesk und starten Sie es erneut, um die Konfiguration zu verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) wait in the queue now. The restored relay does not deliver them: they stay in the directory that is moved aside. Unless the backup holds them, cancel and restore once they are delivered.</source>
        <translation>
            <numerusform>%Ln Nachricht wartet jetzt in der Warteschlange. Das wiederhergestellte Relay stellt sie nicht zu: Sie bleibt in dem Verzeichnis, das beiseitegelegt wird. Wenn die Sicherung sie nicht enthält, brechen Sie ab und stellen Sie wieder her, sobald sie zugestellt ist.</numerusform>
            <numerusform>%Ln Nachrichten warten jetzt in der Warteschlange. Das wiederhergestellte Relay stellt sie nicht zu: Sie bleiben in dem Verzeichnis, das beiseitegelegt wird. Wenn die Sicherung sie nicht enthält, brechen Sie ab und stellen Sie wieder her, sobald sie zugestellt sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup holds %Ln queued message(s) as they waited on %1: any delivered since then goes out again once the relay runs. To look at them first, turn delivery off (Settings, Delivery) before RelayDesk starts again.</source>
        <translation>
            <numerusform>Die Sicherung enthält %Ln wartende Nachricht, wie sie am %1 wartete: Wurde sie seitdem zugestellt, geht sie erneut hinaus, sobald das Relay läuft. Um sie zuerst anzusehen, schalten Sie die Zustellung aus (Einstellungen, Zustellung), bevor RelayDesk neu startet.</numerusform>
            <numerusform>Die Sicherung enthält %Ln wartende Nachrichten, wie sie am %1 warteten: Jede, die seitdem zugestellt wurde, geht erneut hinaus, sobald das Relay läuft. Um sie zuerst anzusehen, schalten Sie die Zustellung aus (Einstellungen, Zustellung), bevor RelayDesk neu startet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln queued message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht in der Warteschlange</numerusform>
            <numerusform>%Ln Nachrichten in der Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln message(s) that waited in its queue stay there, not delivered.</source>
        <translation>
            <numerusform>Die %Ln Nachricht, die in seiner Warteschlange wartete, bleibt dort und wird nicht zugestellt.</numerusform>
            <numerusform>Die %Ln Nachrichten, die in seiner Warteschlange warteten, bleiben dort und werden nicht zugestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln queued message(s) are restored as they waited on %1, when the backup was made, and delivery is off in the restored settings: look at them in the Queue (any delivered since the backup would go out again), then turn delivery on (Settings, Delivery).</source>
        <translation>
            <numerusform>Die %Ln wartende Nachricht ist so wiederhergestellt, wie sie am %1 beim Erstellen der Sicherung wartete, und die Zustellung ist in den wiederhergestellten Einstellungen ausgeschaltet: Sehen Sie sie in der Warteschlange an (wurde sie seit der Sicherung zugestellt, ginge sie erneut hinaus), dann schalten Sie die Zustellung ein (Einstellungen, Zustellung).</numerusform>
            <numerusform>Die %Ln wartenden Nachrichten sind so wiederhergestellt, wie sie am %1 beim Erstellen der Sicherung warteten, und die Zustellung ist in den wiederhergestellten Einstellungen ausgeschaltet: Sehen Sie sie in der Warteschlange an (jede, die seit der Sicherung zugestellt wurde, ginge erneut hinaus), dann schalten Sie die Zustellung ein (Einstellungen, Zustellung).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln queued message(s) are restored as they waited on %1, when the backup was made: any delivered since then is delivered again. To look at them first, turn delivery off (Settings, Delivery) before the relay starts.</source>
        <translation>
            <numerusform>Die %Ln wartende Nachricht ist so wiederhergestellt, wie sie am %1 beim Erstellen der Sicherung wartete: Wurde sie seitdem zugestellt, wird sie erneut zugestellt. Um sie zuerst anzusehen, schalten Sie die Zustellung aus (Einstellungen, Zustellung), bevor das Relay startet.</numerusform>
            <numerusform>Die %Ln wartenden Nachrichten sind so wiederhergestellt, wie sie am %1 beim Erstellen der Sicherung warteten: Jede, die seitdem zugestellt wurde, wird erneut zugestellt. Um sie zuerst anzusehen, schalten Sie die Zustellung aus (Einstellungen, Zustellung), bevor das Relay startet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::BackupPassphraseDialog</name>
    <message>
        <source>Back up configuration</source>
        <translation>Konfiguration sichern</translation>
    </message>
    <message>
        <source>Restore configuration</source>
        <translation>Konfiguration wiederherstellen</translation>
    </message>
    <message>
        <source>The backup of %1 is encrypted with this passphrase. Keep it safe: without it the backup cannot be restored.</source>
        <translation>Die Sicherung in %1 wird mit dieser Passphrase verschlüsselt. Bewahren Sie sie sicher auf: Ohne sie lässt sich die Sicherung nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>The passphrase the backup %1 was made with.</source>
        <translation>Die Passphrase, mit der die Sicherung %1 erstellt wurde.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Wiederholung:</translation>
    </message>
    <message>
        <source>Include the messages waiting in the queue</source>
        <translation>Die wartenden Nachrichten der Warteschlange einschließen</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Geben Sie eine Passphrase ein.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message numerus="yes">
        <source>A backup&apos;s passphrase has at least %n characters.</source>
        <translation>
            <numerusform>Die Passphrase einer Sicherung hat mindestens %n Zeichen.</numerusform>
            <numerusform>Die Passphrase einer Sicherung hat mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::CertificateAdmin</name>
    <message>
        <source>%1 is inside the data directory %2, which holds the relay&apos;s own files (its store and keys): save the certificate in another folder</source>
        <translation>%1 liegt im Datenverzeichnis %2, das die eigenen Dateien des Relays enthält (Speicher und Schlüssel): Speichern Sie das Zertifikat in einem anderen Ordner</translation>
    </message>
    <message>
        <source>%1 is the file the listeners use (%2): save the certificate in another file</source>
        <translation>%1 ist die Datei, die die Empfangsports verwenden (%2): Speichern Sie das Zertifikat in einer anderen Datei</translation>
    </message>
    <message>
        <source>this certificate names %1, not %2 (server.hostname): applications that check the relay&apos;s name refuse it</source>
        <translation>Dieses Zertifikat nennt %1, nicht %2 (server.hostname): Anwendungen, die den Namen des Relays prüfen, lehnen es ab.</translation>
    </message>
    <message>
        <source>the certificate file holds this certificate without the certificate of %1 that issued it: applications that check certificates refuse the relay unless they trust %1 themselves. Import the file that holds the chain as well (often called fullchain.pem)</source>
        <translation>die Zertifikatsdatei enthält dieses Zertifikat ohne das Zertifikat von %1, das es ausgestellt hat: Anwendungen, die Zertifikate prüfen, lehnen das Relay ab, sofern sie %1 nicht selbst vertrauen. Importieren Sie die Datei, die auch die Kette enthält (oft fullchain.pem genannt)</translation>
    </message>
    <message>
        <source>this certificate names no host name, not even %1 (server.hostname): applications that check the relay&apos;s name refuse it</source>
        <translation>Dieses Zertifikat nennt keinen Hostnamen, auch nicht %1 (server.hostname): Anwendungen, die den Namen des Relays prüfen, lehnen es ab.</translation>
    </message>
    <message>
        <source>the file also held certificates that are not part of this certificate&apos;s chain (%1): they were left out</source>
        <translation>die Datei enthielt auch Zertifikate, die nicht zur Kette dieses Zertifikats gehören (%1): Sie wurden weggelassen</translation>
    </message>
</context>
<context>
    <name>RelayDesk::CertificateCheck</name>
    <message>
        <source>%1 is set but %2 is not: the listeners need both or neither; set or reset both in one change</source>
        <translation>%1 ist gesetzt, %2 aber nicht: Die Empfangsports brauchen beides oder keines von beiden; setzen Sie beide in einer Änderung oder setzen Sie beide zurück</translation>
    </message>
    <message>
        <source>cannot read certificate %1: %2</source>
        <translation>Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read key %1: %2</source>
        <translation>Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the certificate in %1 expired on %2</source>
        <translation>das Zertifikat in %1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>the certificate in %1 is not valid before %2</source>
        <translation>das Zertifikat in %1 ist erst ab %2 gültig</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-Schlüssel</translation>
    </message>
    <message>
        <source>the private key in %1 does not belong to the certificate in %2 (their public keys differ)</source>
        <translation>der private Schlüssel in %1 gehört nicht zum Zertifikat in %2 (ihre öffentlichen Schlüssel unterscheiden sich)</translation>
    </message>
    <message>
        <source>the certificate in %1 may not serve TLS: its key usage or extended key usage does not allow a TLS server (it is a certificate authority&apos;s, for signing certificates); import the certificate that was issued for the relay&apos;s host name</source>
        <translation>das Zertifikat in %1 darf nicht für TLS dienen: Seine Schlüsselverwendung oder erweiterte Schlüsselverwendung erlaubt keinen TLS-Server (es gehört einer Zertifizierungsstelle und dient zum Signieren von Zertifikaten); importieren Sie das Zertifikat, das für den Hostnamen des Relays ausgestellt wurde</translation>
    </message>
    <message>
        <source>the certificate in %1 may not serve TLS: its key usage or extended key usage does not allow a TLS server; import the certificate that was issued for the relay&apos;s host name</source>
        <translation>das Zertifikat in %1 darf nicht für TLS dienen: Seine Schlüsselverwendung oder erweiterte Schlüsselverwendung erlaubt keinen TLS-Server; importieren Sie das Zertifikat, das für den Hostnamen des Relays ausgestellt wurde</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 file with a certificate and key, or the password is wrong</source>
        <translation>%1 ist keine PKCS#12-Datei mit Zertifikat und Schlüssel, oder das Passwort ist falsch</translation>
    </message>
    <message>
        <source>the private key in %1 belongs to certificate %2 in %3, not to the first: the server&apos;s certificate goes first (relaydesk tls import-pem puts it there)</source>
        <translation>der private Schlüssel in %1 gehört zu Zertifikat %2 in %3, nicht zum ersten: Das Zertifikat des Servers steht zuerst (relaydesk tls import-pem stellt es dorthin)</translation>
    </message>
    <message>
        <source>certificate %1 in %2 did not issue the one before it: the file holds the server&apos;s certificate and then only the ones that issued it, in order</source>
        <translation>Zertifikat %1 in %2 hat das davor nicht ausgestellt: Die Datei enthält das Zertifikat des Servers und danach nur die, die es ausgestellt haben, der Reihe nach</translation>
    </message>
    <message>
        <source>the certificate in %1 has an %2 key like the one in %3: a second certificate must have the other kind of key (RSA beside ECDSA), for the clients that cannot use the first</source>
        <translation>das Zertifikat in %1 hat einen %2-Schlüssel wie das in %3: ein zweites Zertifikat braucht die andere Schlüsselart (RSA neben ECDSA), für die Clients, die das erste nicht verwenden können</translation>
    </message>
</context>
<context>
    <name>RelayDesk::CertificatePanel</name>
    <message>
        <source>Generate self-signed certificate</source>
        <translation>Selbstsigniertes Zertifikat erzeugen</translation>
    </message>
    <message>
        <source>Import PKCS#12...</source>
        <translation>PKCS#12 importieren …</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Wird bearbeitet …</translation>
    </message>
    <message>
        <source>Cannot use the certificate: %1</source>
        <translation>Das Zertifikat kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Generate certificate</source>
        <translation>Zertifikat erzeugen</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file</source>
        <translation>PKCS#12-Datei auswählen</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation>PKCS#12-Passwort</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Passwort von %1:</translation>
    </message>
    <message>
        <source>Import PEM...</source>
        <translation>PEM importieren …</translation>
    </message>
    <message>
        <source>A certificate file and its private key file, both PEM</source>
        <translation>Eine Zertifikatsdatei und ihre private Schlüsseldatei, beide im PEM-Format</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Create a new self-signed certificate for the listeners? Applications that check certificates must be told to trust it. New connections use it within a second.</source>
        <translation>Ein neues selbstsigniertes Zertifikat für die Empfangsports erstellen? Anwendungen, die Zertifikate prüfen, müssen ihm ausdrücklich vertrauen. Neue Verbindungen verwenden es innerhalb einer Sekunde.</translation>
    </message>
    <message>
        <source>Save certificate...</source>
        <translation>Zertifikat speichern …</translation>
    </message>
    <message>
        <source>Saves the certificate (not its key) for mail programs that verify the relay</source>
        <translation>Speichert das Zertifikat (ohne seinen Schlüssel) für Mailprogramme, die das Relay prüfen</translation>
    </message>
    <message>
        <source>A self-signed certificate that RelayDesk generates for itself when the relay first starts.</source>
        <translation>Ein selbstsigniertes Zertifikat, das RelayDesk beim ersten Start des Relays für sich selbst erzeugt.</translation>
    </message>
    <message>
        <source>Self-signed: mail programs that verify the relay need this certificate file (Save certificate...) to trust it.</source>
        <translation>Selbstsigniert: Mailprogramme, die das Relay prüfen, brauchen diese Zertifikatsdatei (Zertifikat speichern …), um ihm zu vertrauen.</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Zertifikat speichern</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no certificate to save yet: the relay generates it when it first starts</source>
        <translation>Es gibt noch kein Zertifikat zum Speichern: Das Relay erzeugt es bei seinem ersten Start</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Still in use: the last change failed and changed nothing (%1).</source>
        <translation>Weiterhin in Verwendung: Die letzte Änderung ist fehlgeschlagen und hat nichts geändert (%1).</translation>
    </message>
    <message>
        <source>Use this certificate?</source>
        <translation>Dieses Zertifikat verwenden?</translation>
    </message>
    <message>
        <source>%1.

Use it for the listeners anyway? New connections get it within a second; the certificate in use now stays if you cancel.</source>
        <translation>%1.

Trotzdem für die Empfangsports verwenden? Neue Verbindungen erhalten es innerhalb einer Sekunde; brechen Sie ab, bleibt das jetzige Zertifikat in Verwendung.</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>At %1 the relay made this certificate again for a new hostname or listener address: mail programs that verify the relay need it again.</source>
        <translation>Am %1 hat das Relay dieses Zertifikat für einen neuen Hostnamen oder eine neue Empfangsport-Adresse neu erstellt: Mailprogramme, die das Relay prüfen, brauchen es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%1
SHA-256 %2
Expires %3 (in %Ln day(s))
%4</source>
        <translation>
            <numerusform>%1
SHA-256 %2
Läuft ab am %3 (in %Ln Tag)
%4</numerusform>
            <numerusform>%1
SHA-256 %2
Läuft ab am %3 (in %Ln Tagen)
%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the certificate (PEM)</source>
        <translation>Zertifikat wählen (PEM)</translation>
    </message>
    <message>
        <source>Choose the private key for this certificate</source>
        <translation>Privaten Schlüssel zu diesem Zertifikat wählen</translation>
    </message>
    <message>
        <source>An %1 certificate for older devices is served too (%2).</source>
        <translation>Für ältere Geräte wird zusätzlich ein %1-Zertifikat angeboten (%2).</translation>
    </message>
    <message>
        <source>The second certificate is not served: %1</source>
        <translation>Das zweite Zertifikat wird nicht angeboten: %1</translation>
    </message>
</context>
<context>
    <name>RelayDesk::CidrListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 steht bereits auf der Liste.</translation>
    </message>
    <message>
        <source>%1. Anyone in this range can send mail through you without a password.</source>
        <translation>%1. Jeder in diesem Bereich kann ohne Passwort E-Mails über Sie versenden.</translation>
    </message>
    <message>
        <source>Trust a wide range?</source>
        <translation>Einem großen Bereich vertrauen?</translation>
    </message>
    <message>
        <source>Trust %1 (%2) as a device?

Anyone in this range can send mail through you without a password. List only the addresses of devices that cannot log in, such as a printer or a scanner.</source>
        <translation>%1 (%2) als Gerät vertrauen?

Jeder in diesem Bereich kann ohne Passwort E-Mails über Sie versenden. Tragen Sie nur die Adressen von Geräten ein, die sich nicht anmelden können, etwa einen Drucker oder einen Scanner.</translation>
    </message>
    <message>
        <source>Trust this range</source>
        <translation>Diesem Bereich vertrauen</translation>
    </message>
    <message>
        <source>%1. The credentials can log in from anywhere: only the password keeps others out.</source>
        <translation>%1. Die Zugangsdaten können sich von überall anmelden: Nur das Passwort hält andere fern.</translation>
    </message>
    <message>
        <source>%1 is %2: trusting it would let anyone send mail through this relay without a password. List the addresses of the devices.</source>
        <translation>%1 ist %2: Wer dieser Adresse vertraut, lässt jeden ohne Passwort Mail über dieses Relay senden. Geben Sie die Adressen der Geräte an.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::CidrRange</name>
    <message>
        <source>&apos;%1&apos; is not an IP address or CIDR range (examples: 192.0.2.7, 10.0.0.0/8, 2001:db8::/32)</source>
        <translation>„%1“ ist keine IP-Adresse und kein CIDR-Bereich (Beispiele: 192.0.2.7, 10.0.0.0/8, 2001:db8::/32)</translation>
    </message>
    <message>
        <source>an empty address is not an IP address or CIDR range</source>
        <translation>eine leere Adresse ist keine IP-Adresse und kein CIDR-Bereich</translation>
    </message>
    <message>
        <source>%1: prefix length /%2 is out of range for %3 (0 to %4)</source>
        <translation>%1: Präfixlänge /%2 liegt für %3 außerhalb des gültigen Bereichs (0 bis %4)</translation>
    </message>
    <message>
        <source>%1 has host bits set; did you mean %2?</source>
        <translation>%1 hat gesetzte Host-Bits; meinten Sie %2?</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>one address: %1</source>
        <translation>eine Adresse: %1</translation>
    </message>
    <message>
        <source>every %1 address</source>
        <translation>jede %1-Adresse</translation>
    </message>
    <message>
        <source>%1 addresses: %2 to %3</source>
        <translation>%1 Adressen: %2 bis %3</translation>
    </message>
</context>
<context>
    <name>RelayDesk::CloseAction</name>
    <message>
        <source>Keep the relay running in the tray</source>
        <translation>Relay im Infobereich weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Keep the relay running, with the window minimized</source>
        <translation>Relay mit minimiertem Fenster weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Quit RelayDesk and stop the relay</source>
        <translation>RelayDesk beenden und das Relay anhalten</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Jedes Mal fragen</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ConnectionProbe</name>
    <message>
        <source>MX of %1: %2</source>
        <translation>MX von %1: %2</translation>
    </message>
    <message>
        <source>%1 has no MX records: the domain itself receives its mail</source>
        <translation>%1 hat keine MX-Einträge: Die Domain selbst empfängt ihre E-Mails</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 wird aufgelöst zu %2</translation>
    </message>
    <message>
        <source>Not connecting: %1:%2 is %3, so mail sent there would come back to this relay (a loop)</source>
        <translation>Keine Verbindung: %1:%2 ist %3, E-Mails dorthin kämen also zu diesem Relay zurück (eine Schleife)</translation>
    </message>
    <message>
        <source>%1. %2 (issued by %3), SHA-256 %4</source>
        <translation>%1. %2 (ausgestellt von %3), SHA-256 %4</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ConnectionTestDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Transcript (passwords are never shown):</source>
        <translation>Mitschrift (Passwörter werden nie angezeigt):</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Erneut testen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1: testing... (no mail is sent)</source>
        <translation>%1: wird getestet … (es wird keine E-Mail gesendet)</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The test could not start: %1</source>
        <translation>Der Test konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message>
        <source>%1: works, with warnings.</source>
        <translation>%1: funktioniert, mit Warnungen.</translation>
    </message>
    <message>
        <source>%1: every step passed.</source>
        <translation>%1: alle Schritte erfolgreich.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>%1: failed at &quot;%2&quot;: %3</source>
        <translation>%1: fehlgeschlagen bei „%2“: %3</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ControlClient</name>
    <message>
        <source>the relay engine closed the control channel</source>
        <translation>der Relay-Dienst hat die Steuerverbindung geschlossen</translation>
    </message>
    <message>
        <source>cannot reach the relay&apos;s control channel %1: %2</source>
        <translation>die Steuerverbindung des Relays %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>not connected to the relay engine</source>
        <translation>nicht mit dem Relay-Dienst verbunden</translation>
    </message>
    <message>
        <source>the relay engine did not answer within %1 s</source>
        <translation>der Relay-Dienst hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>detached from the relay engine</source>
        <translation>vom Relay-Dienst getrennt</translation>
    </message>
    <message>
        <source>the relay engine sent a line longer than %1 bytes</source>
        <translation>der Relay-Dienst hat eine Zeile mit mehr als %1 Bytes gesendet</translation>
    </message>
</context>
<context>
    <name>RelayDesk::CredentialsPanel</name>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Generate credential</source>
        <translation>Zugangsdaten erzeugen</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>Cannot generate a credential</source>
        <translation>Zugangsdaten können nicht erzeugt werden</translation>
    </message>
    <message>
        <source>Rotate credential</source>
        <translation>Zugangsdaten erneuern</translation>
    </message>
    <message>
        <source>Cannot rotate the credential</source>
        <translation>Die Zugangsdaten können nicht erneuert werden</translation>
    </message>
    <message>
        <source>Revoke credential</source>
        <translation>Zugangsdaten widerrufen</translation>
    </message>
    <message>
        <source>Revoke %1? Applications using it can no longer send mail. This cannot be undone.</source>
        <translation>%1 widerrufen? Anwendungen, die diese Zugangsdaten verwenden, können keine E-Mails mehr senden. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Cannot revoke the credential</source>
        <translation>Die Zugangsdaten können nicht widerrufen werden</translation>
    </message>
    <message>
        <source>Cannot read the credentials: %1</source>
        <translation>Die Zugangsdaten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Replace %1 with a new credential? Both the user name and the password change: the old ones stop working at once, and applications still connected with them are cut off. Update every application that uses them.</source>
        <translation>%1 durch neue Zugangsdaten ersetzen? Benutzername und Passwort ändern sich beide: Die alten funktionieren sofort nicht mehr, und Anwendungen, die noch damit verbunden sind, werden getrennt. Passen Sie jede Anwendung an, die sie verwendet.</translation>
    </message>
    <message>
        <source>The last login with this credential, written at most a minute after it happened.</source>
        <translation>Die letzte Anmeldung mit diesen Zugangsdaten, höchstens eine Minute danach gespeichert.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::DashboardPage</name>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>The relay is not running.</source>
        <translation>Das Relay läuft nicht.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>empfangsbereit</translation>
    </message>
    <message>
        <source>down: %1</source>
        <translation>ausgefallen: %1</translation>
    </message>
    <message>
        <source>TLS certificate: not loaded</source>
        <translation>TLS-Zertifikat: nicht geladen</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message numerus="yes">
        <source>The TLS certificate expires in %n day(s).</source>
        <translation>
            <numerusform>Das TLS-Zertifikat läuft in %n Tag ab.</numerusform>
            <numerusform>Das TLS-Zertifikat läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>All is well.</source>
        <translation>Alles in Ordnung.</translation>
    </message>
    <message>
        <source>Messages the Mail Agents submitted today, and their recipients</source>
        <translation>Nachrichten, die die Mail-Agenten heute eingeliefert haben, und ihre Empfänger</translation>
    </message>
    <message>
        <source>Recipients whose mail server took the message today</source>
        <translation>Empfänger, deren Mailserver die Nachricht heute angenommen hat</translation>
    </message>
    <message>
        <source>Bounce notices</source>
        <translation>Unzustellbarkeitsberichte</translation>
    </message>
    <message>
        <source>The queue is growing: %1 waiting, the oldest for %2.</source>
        <translation>Die Warteschlange wächst: %1 warten, der älteste seit %2.</translation>
    </message>
    <message>
        <source>Open the setup wizard...</source>
        <translation>Einrichtungsassistent öffnen …</translation>
    </message>
    <message>
        <source>Not set up yet:</source>
        <translation>Noch nicht eingerichtet:</translation>
    </message>
    <message>
        <source>No Mail Agent: no application can send mail through the relay yet.</source>
        <translation>Kein Mail-Agent: Noch kann keine Anwendung E-Mails über das Relay senden.</translation>
    </message>
    <message>
        <source>The smarthost %1 has a user name but no password: mail cannot leave.</source>
        <translation>Der Smarthost %1 hat einen Benutzernamen, aber kein Passwort: E-Mails können nicht hinausgehen.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>N messages to M recipients</comment>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>The relay greets other mail servers as &quot;%1&quot;, which is not a full host name: many refuse it. Set the host name this relay has in DNS (Settings, Listeners, Host name).</source>
        <translation>Das Relay meldet sich bei anderen Mailservern als „%1“, und das ist kein vollständiger Hostname: Viele lehnen ihn ab. Tragen Sie den Hostnamen ein, den dieses Relay im DNS hat (Einstellungen, Empfangsports, Hostname).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln Empfänger</numerusform>
            <numerusform>%Ln Empfänger</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Jetzt wartend</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>Recipients that ended today without delivery: failed for good (their senders were told), held back by the suppression list, or deleted from the queue</source>
        <translation>Empfänger, die heute ohne Zustellung endeten: endgültig gescheitert (ihre Absender wurden benachrichtigt), von der Unterdrückungsliste zurückgehalten oder aus der Warteschlange gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%Ln after a temporary failure</source>
        <translation>
            <numerusform>%Ln nach einem vorübergehenden Fehler</numerusform>
            <numerusform>%Ln nach einem vorübergehenden Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bounced</source>
        <translation>
            <numerusform>%Ln unzustellbar</numerusform>
            <numerusform>%Ln unzustellbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln suppressed</source>
        <translation>
            <numerusform>%Ln unterdrückt</numerusform>
            <numerusform>%Ln unterdrückt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted</source>
        <translation>
            <numerusform>%Ln gelöscht</numerusform>
            <numerusform>%Ln gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on hold</source>
        <translation>
            <numerusform>%Ln angehalten</numerusform>
            <numerusform>%Ln angehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>The smarthost %1 cannot be reached over a trusted TLS connection: mail to it waits. Check its certificate settings (Settings, Delivery); the Delivery Logs show why.</source>
        <translation>Der Smarthost %1 ist nicht über eine vertrauenswürdige TLS-Verbindung erreichbar: Mail an ihn wartet. Prüfen Sie seine Zertifikatseinstellungen (Einstellungen, Zustellung); das Zustellprotokoll zeigt den Grund.</translation>
    </message>
    <message>
        <source>The server of a route, %1, cannot be reached over a trusted TLS connection: mail to it waits. Check the route (Settings, Delivery); the Delivery Logs show why.</source>
        <translation>Der Server einer Route, %1, ist nicht über eine vertrauenswürdige TLS-Verbindung erreichbar: Mail an ihn wartet. Prüfen Sie die Route (Einstellungen, Zustellung); das Zustellprotokoll zeigt den Grund.</translation>
    </message>
    <message>
        <source>The smarthost %1 refuses the relay&apos;s login: mail to it waits. Check the user name and password (Settings, Delivery); the Delivery Logs show its answer.</source>
        <translation>Der Smarthost %1 lehnt die Anmeldung des Relays ab: Mail an ihn wartet. Prüfen Sie Benutzername und Passwort (Einstellungen, Zustellung); das Zustellprotokoll zeigt seine Antwort.</translation>
    </message>
    <message numerus="yes">
        <source>%1, day %2 (UTC): %Ln message(s)</source>
        <translation>
            <numerusform>%1, Tag %2 (UTC): %Ln Nachricht</numerusform>
            <numerusform>%1, Tag %2 (UTC): %Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages accepted per agent, %1 to %2 (UTC days)</source>
        <translation>Angenommene Nachrichten je Agent, %1 bis %2 (UTC-Tage)</translation>
    </message>
    <message>
        <source>The store cannot be read since %1: %2.</source>
        <translation>Der Speicher kann seit %1 nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The relay answers mail with temporary errors until it is back.</source>
        <translation>Bis er wieder da ist, beantwortet das Relay E-Mails mit vorübergehenden Fehlern.</translation>
    </message>
    <message>
        <source>The relay waits for it to start; until then it accepts no mail.</source>
        <translation>Das Relay wartet auf ihn, um zu starten; bis dahin nimmt es keine E-Mails an.</translation>
    </message>
    <message>
        <source>The numbers above are from %1.</source>
        <translation>Die Zahlen oben sind von %1.</translation>
    </message>
    <message>
        <source>No numbers could be read yet.</source>
        <translation>Es konnten noch keine Zahlen gelesen werden.</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>nicht empfangsbereit</translation>
    </message>
    <message>
        <source>Delivery is turned off: every message is held in the queue (Settings, Delivery, &quot;Deliver queued mail&quot;).</source>
        <translation>Die Zustellung ist ausgeschaltet: Jede Nachricht wartet in der Warteschlange (Einstellungen, Zustellung, „E-Mails aus der Warteschlange zustellen“).</translation>
    </message>
    <message>
        <source>Bounce notices to %1 are not sent: the address is on its agent&apos;s suppression list (Mail Agents, Suppressions).</source>
        <translation>Unzustellbarkeitsberichte an %1 werden nicht gesendet: Die Adresse steht auf der Unterdrückungsliste ihres Agenten (Mail-Agenten, Unterdrückungen).</translation>
    </message>
    <message>
        <source>Bounce notices to %1 cannot be delivered; the Delivery Logs show why.</source>
        <translation>Unzustellbarkeitsberichte an %1 können nicht zugestellt werden; das Zustellprotokoll zeigt, warum.</translation>
    </message>
    <message>
        <source>%1&apos;s application does not learn of its failed mail.</source>
        <translation>Die Anwendung von %1 erfährt nichts von ihren fehlgeschlagenen E-Mails.</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln bounce notice(s)</source>
        <translation>
            <numerusform>und %Ln Unzustellbarkeitsbericht</numerusform>
            <numerusform>und %Ln Unzustellbarkeitsberichte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln wartet</numerusform>
            <numerusform>%Ln warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not delivered</source>
        <translation>
            <numerusform>%Ln nicht zugestellt</numerusform>
            <numerusform>%Ln nicht zugestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>The relay (pid %1) has not answered since %2: it may hang, and what this page shows of its listeners is from before. Restart it (sudo systemctl restart relaydesk).</source>
        <translation>Das Relay (PID %1) antwortet seit %2 nicht: Es hängt vielleicht, und was diese Seite von seinen Listenern zeigt, ist von vorher. Starten Sie es neu (sudo systemctl restart relaydesk).</translation>
    </message>
    <message>
        <source>Store: PostgreSQL, %1</source>
        <translation>Speicher: PostgreSQL, %1</translation>
    </message>
    <message>
        <source>Store: SQLite, in the data directory</source>
        <translation>Speicher: SQLite, im Datenverzeichnis</translation>
    </message>
    <message>
        <source>Applications that check certificates need it before they accept it: Mail Agents, Configure your application, says how.</source>
        <translation>Anwendungen, die Zertifikate prüfen, brauchen es, bevor sie es annehmen: Mail-Agenten, „Ihre Anwendung einrichten“, sagt, wie.</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a day and a short month in the chart&apos;s title (Qt date format)</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Recipients in the queue at this moment, and the messages they belong to: not tried yet, held, or waiting for a retry after a temporary failure (see the Queue)</source>
        <translation>Empfänger, die gerade in der Warteschlange sind, und die Nachrichten, zu denen sie gehören: noch nicht versucht, angehalten oder nach einem vorübergehenden Fehler auf einen neuen Versuch wartend (siehe Warteschlange)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>N messages to M recipients: how many of them are held or wait</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>besides them, %Ln bounce notice(s)</source>
        <translation>
            <numerusform>außerdem %Ln Unzustellbarkeitsbericht</numerusform>
            <numerusform>außerdem %Ln Unzustellbarkeitsberichte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No mail server can be found: %Ln name server lookup(s) failed since %1, and no server was reached since. Check the name server the relay asks (Settings, Delivery, &quot;DNS server&quot;; empty: the computer&apos;s own).</source>
        <translation>
            <numerusform>Kein Mailserver ist zu finden: %Ln Namensabfrage ist seit %1 fehlgeschlagen, und seither wurde kein Server erreicht. Prüfen Sie den Namensserver, den das Relay fragt (Einstellungen, Zustellung, „DNS-Server“; leer: der des Computers).</numerusform>
            <numerusform>Kein Mailserver ist zu finden: %Ln Namensabfragen sind seit %1 fehlgeschlagen, und seither wurde kein Server erreicht. Prüfen Sie den Namensserver, den das Relay fragt (Einstellungen, Zustellung, „DNS-Server“; leer: der des Computers).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is locked out of logins until %2: every application there is refused. Live Sessions, &quot;Addresses locked out of AUTH&quot;, shows why and can unlock it.</source>
        <translation>%1 ist bis %2 für Anmeldungen gesperrt: Jede Anwendung dort wird abgewiesen. Aktive Sitzungen, „Für AUTH gesperrte Adressen“, zeigt den Grund und kann die Sperre aufheben.</translation>
    </message>
    <message numerus="yes">
        <source>An application at %1 keeps logging in as %2, a deleted Mail Agent: %Ln login(s) refused in the last hour. Give it another agent&apos;s credentials, or turn its mail off.</source>
        <translation>
            <numerusform>Eine Anwendung unter %1 meldet sich weiter als %2 an, ein gelöschter Mail-Agent: %Ln Anmeldung in der letzten Stunde abgewiesen. Geben Sie ihr die Zugangsdaten eines anderen Agenten oder schalten Sie ihren Mailversand ab.</numerusform>
            <numerusform>Eine Anwendung unter %1 meldet sich weiter als %2 an, ein gelöschter Mail-Agent: %Ln Anmeldungen in der letzten Stunde abgewiesen. Geben Sie ihr die Zugangsdaten eines anderen Agenten oder schalten Sie ihren Mailversand ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An application at %1 keeps logging in with a revoked or replaced password of %2: %Ln login(s) refused in the last hour. Give it the agent&apos;s current user name and password (a rotation makes both new).</source>
        <translation>
            <numerusform>Eine Anwendung unter %1 meldet sich weiter mit einem widerrufenen oder ersetzten Passwort von %2 an: %Ln Anmeldung in der letzten Stunde abgewiesen. Geben Sie ihr den aktuellen Benutzernamen und das Passwort des Agenten (eine Rotation erneuert beide).</numerusform>
            <numerusform>Eine Anwendung unter %1 meldet sich weiter mit einem widerrufenen oder ersetzten Passwort von %2 an: %Ln Anmeldungen in der letzten Stunde abgewiesen. Geben Sie ihr den aktuellen Benutzernamen und das Passwort des Agenten (eine Rotation erneuert beide).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <comment>an agent and its messages in the chart&apos;s fourteen days</comment>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>The smarthost %1 takes no connection: mail to it waits. Check its address and port (Settings, Delivery, &quot;Test connection&quot;); the Delivery Logs show why.</source>
        <translation>Der Smarthost %1 nimmt keine Verbindung an: Mail an ihn wartet. Prüfen Sie Adresse und Port (Einstellungen, Zustellung, „Verbindung testen“); das Zustellprotokoll zeigt den Grund.</translation>
    </message>
    <message>
        <source>The server of a route, %1, takes no connection: mail to it waits. Check the route (Settings, Delivery); the Delivery Logs show why.</source>
        <translation>Der Server einer Route, %1, nimmt keine Verbindung an: Mail an ihn wartet. Prüfen Sie die Route (Einstellungen, Zustellung); das Zustellprotokoll zeigt den Grund.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>the messages waiting; the notices apart from them</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>The disk that holds the relay&apos;s data (%1) is full: every message is refused (452 4.3.1, insufficient storage) and deliveries cannot be recorded. Free some space there.</source>
        <translation>Das Laufwerk mit den Daten des Relays (%1) ist voll: Jede Nachricht wird abgelehnt (452 4.3.1, Speicher unzureichend), und Zustellungen können nicht aufgezeichnet werden. Schaffen Sie dort Platz.</translation>
    </message>
    <message>
        <source>%1 at %2 is not listening.</source>
        <translation>%1 auf %2 lauscht nicht.</translation>
    </message>
    <message>
        <source>%1 at %2 is down: %3</source>
        <translation>%1 auf %2 ist ausgefallen: %3</translation>
    </message>
    <message>
        <source>The Mail Agent &quot;%1&quot; cannot send: its allowlist is empty, so its password works from no address, and it trusts no device. Add the addresses of its applications (Mail Agents, Edit...).</source>
        <translation>Der Mail-Agent „%1“ kann nicht senden: Seine erlaubten Adressen sind leer, sein Passwort gilt also von keiner Adresse aus, und er vertraut keinem Gerät. Fügen Sie die Adressen seiner Anwendungen hinzu (Mail-Agenten, Bearbeiten …).</translation>
    </message>
    <message>
        <source>The Mail Agent &quot;%1&quot; cannot send: every password it had is revoked, and it trusts no device. Make a new password (Mail Agents, Credentials).</source>
        <translation>Der Mail-Agent „%1“ kann nicht senden: Jedes seiner Passwörter ist widerrufen, und er vertraut keinem Gerät. Erstellen Sie ein neues Passwort (Mail-Agenten, Zugangsdaten).</translation>
    </message>
    <message numerus="yes">
        <source>Deliveries to %1 are failing: %Ln recipient(s) not delivered since %2, waiting for a retry or bounced; the Delivery Logs say why.</source>
        <translation>
            <numerusform>Zustellungen an %1 schlagen fehl: %Ln Empfänger seit %2 nicht zugestellt, wartend auf einen neuen Versuch oder zurückgewiesen; das Zustellprotokoll sagt, warum.</numerusform>
            <numerusform>Zustellungen an %1 schlagen fehl: %Ln Empfänger seit %2 nicht zugestellt, wartend auf einen neuen Versuch oder zurückgewiesen; das Zustellprotokoll sagt, warum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln addresses are locked out of logins (%1 and others), the last until %2: every application there is refused. Live Sessions, &quot;Addresses locked out of AUTH&quot;, shows them and can unlock them.</source>
        <translation>
            <numerusform>%Ln Adresse ist für Anmeldungen gesperrt (%1 und weitere), die letzte bis %2: Jede Anwendung dort wird abgewiesen. Aktive Sitzungen, „Für AUTH gesperrte Adressen“, zeigt sie und kann die Sperren aufheben.</numerusform>
            <numerusform>%Ln Adressen sind für Anmeldungen gesperrt (%1 und weitere), die letzte bis %2: Jede Anwendung dort wird abgewiesen. Aktive Sitzungen, „Für AUTH gesperrte Adressen“, zeigt sie und kann die Sperren aufheben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln login(s) refused in the last hour for a wrong password or an unknown user name, from %1 addresses: someone may be guessing passwords. Live Sessions, &quot;Logins refused&quot;, shows where from.</source>
        <translation>
            <numerusform>%Ln Anmeldung in der letzten Stunde wegen eines falschen Passworts oder eines unbekannten Benutzernamens abgelehnt, von %1 Adressen: Vielleicht rät jemand Passwörter. Aktive Sitzungen, „In den letzten 24 Stunden abgelehnte Anmeldungen“, zeigt, von wo.</numerusform>
            <numerusform>%Ln Anmeldungen in der letzten Stunde wegen eines falschen Passworts oder eines unbekannten Benutzernamens abgelehnt, von %1 Adressen: Vielleicht rät jemand Passwörter. Aktive Sitzungen, „In den letzten 24 Stunden abgelehnte Anmeldungen“, zeigt, von wo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s) turned away at the connection limits in the last 10 minutes (addresses: %1): applications may get &quot;Too many connections&quot;. Live Sessions shows who holds the connections; Delivery Logs, &quot;Refused at submission&quot;, lists those turned away.</source>
        <translation>
            <numerusform>%Ln Verbindung in den letzten 10 Minuten an den Verbindungsgrenzen abgewiesen (Adressen: %1): Anwendungen bekommen vielleicht „Too many connections“. Aktive Sitzungen zeigt, wer die Verbindungen hält; Zustellprotokoll, „Beim Einliefern abgelehnt“, listet die abgewiesenen.</numerusform>
            <numerusform>%Ln Verbindungen in den letzten 10 Minuten an den Verbindungsgrenzen abgewiesen (Adressen: %1): Anwendungen bekommen vielleicht „Too many connections“. Aktive Sitzungen zeigt, wer die Verbindungen hält; Zustellprotokoll, „Beim Einliefern abgelehnt“, listet die abgewiesenen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Mail Agent &quot;%1&quot; cannot send: its trusted devices send on the LAN relay port, which is turned off (Settings, Listeners).</source>
        <translation>Der Mail-Agent „%1“ kann nicht senden: Seine vertrauenswürdigen Geräte senden an den LAN-Relay-Port, und der ist ausgeschaltet (Einstellungen, Empfangsports).</translation>
    </message>
    <message>
        <source>The disk that holds the relay&apos;s data (%1) has %2 free, less than the %3 the relay keeps for incoming mail (two messages of the largest size it takes, and at least 16 MB): a message that no longer fits is refused (452 4.3.1), and once the disk is full every message is. Free some space there.</source>
        <translation>Auf dem Laufwerk mit den Daten des Relays (%1) sind %2 frei, weniger als die %3, die das Relay für eingehende Mail freihält (zwei Nachrichten der größten angenommenen Größe, mindestens 16 MB): Eine Nachricht, die nicht mehr passt, wird abgelehnt (452 4.3.1), und ist das Laufwerk voll, jede. Schaffen Sie dort Platz.</translation>
    </message>
    <message>
        <source>The DKIM key %1 of %2 cannot sign: its private key is missing or damaged, so mail from %2 leaves without that signature, and receivers that check DMARC may refuse it. Make new keys for %2 (Mail Agents, Sender domains, Rotate DKIM...).</source>
        <translation>Der DKIM-Schlüssel %1 von %2 kann nicht signieren: Sein privater Schlüssel fehlt oder ist beschädigt. Mail von %2 geht ohne diese Signatur hinaus, und Empfänger, die DMARC prüfen, können sie ablehnen. Erzeugen Sie neue Schlüssel für %2 (Mail-Agenten, Absenderdomains, DKIM erneuern …).</translation>
    </message>
    <message numerus="yes">
        <source>The name server refused %Ln lookup(s) in the last 15 minutes (for %1): mail to those domains waits, and waiting does not fix it. Check the name server the relay asks (Settings, Delivery, &quot;DNS server&quot;; empty: the computer&apos;s own).</source>
        <translation>
            <numerusform>Der Namensserver hat in den letzten 15 Minuten %Ln Abfrage abgelehnt (für %1): Mail an diese Domains wartet, und Warten behebt das nicht. Prüfen Sie den Namensserver, den das Relay fragt (Einstellungen, Zustellung, „DNS-Server“; leer: der des Computers).</numerusform>
            <numerusform>Der Namensserver hat in den letzten 15 Minuten %Ln Abfragen abgelehnt (für %1): Mail an diese Domains wartet, und Warten behebt das nicht. Prüfen Sie den Namensserver, den das Relay fragt (Einstellungen, Zustellung, „DNS-Server“; leer: der des Computers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to retry</source>
        <translation>
            <numerusform>%Ln zu wiederholen</numerusform>
            <numerusform>%Ln zu wiederholen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <comment>recipients not tried yet or on their first attempt</comment>
        <translation>
            <numerusform>%Ln neu</numerusform>
            <numerusform>%Ln neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln before or in their first attempt</source>
        <translation>
            <numerusform>%Ln vor oder in ihrem ersten Versuch</numerusform>
            <numerusform>%Ln vor oder in ihrem ersten Versuch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln bounce notice(s)</source>
        <translation>
            <numerusform>+ %Ln Unzustellbarkeits­bericht</numerusform>
            <numerusform>+ %Ln Unzustellbarkeits­berichte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>written to senders</source>
        <comment>bounce notices, as many as the count above</comment>
        <translation>
            <numerusform>an Absender geschrieben</numerusform>
            <numerusform>an Absender geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The relay&apos;s own TLS certificate (self-signed) expires %1 (in %Ln day(s))</source>
        <translation>
            <numerusform>Eigenes TLS-Zertifikat des Relays (selbstsigniert) läuft am %1 ab (in %Ln Tag)</numerusform>
            <numerusform>Eigenes TLS-Zertifikat des Relays (selbstsigniert) läuft am %1 ab (in %Ln Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TLS certificate expires %1 (in %Ln day(s))</source>
        <translation>
            <numerusform>TLS-Zertifikat läuft am %1 ab (in %Ln Tag)</numerusform>
            <numerusform>TLS-Zertifikat läuft am %1 ab (in %Ln Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Failure notices (bounces) that the relay queued for senders today, not counted above; delay notices and the delivery reports senders asked for are in the Delivery Logs, with whether each arrived</source>
        <translation>Unzustellbarkeitsberichte, die das Relay heute für Absender in die Warteschlange gestellt hat (oben nicht mitgezählt); Verzögerungshinweise und die von Absendern erbetenen Zustellberichte stehen im Zustellprotokoll, mit der Angabe, ob sie angekommen sind</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <comment>after &quot;N messages to&quot; (German: dative)</comment>
        <translation>
            <numerusform>%Ln Empfänger</numerusform>
            <numerusform>%Ln Empfängern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s) from %1 failed in the last hour before any mail could be sent: %2 (Delivery Logs, &quot;Refused at submission&quot;).</source>
        <translation>
            <numerusform>%Ln Verbindung von %1 ist in der letzten Stunde gescheitert, bevor Mail gesendet werden konnte: %2 (Zustellprotokoll, „Beim Einliefern abgelehnt“).</numerusform>
            <numerusform>%Ln Verbindungen von %1 sind in der letzten Stunde gescheitert, bevor Mail gesendet werden konnte: %2 (Zustellprotokoll, „Beim Einliefern abgelehnt“).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections failed before any mail could be sent for %Ln more address(es) or reason(s) in the last hour: Delivery Logs, &quot;Refused at submission&quot;, lists them.</source>
        <translation>
            <numerusform>In der letzten Stunde sind Verbindungen für %Ln weitere Adresse oder weiteren Grund gescheitert, bevor Mail gesendet werden konnte: das Zustellprotokoll, „Beim Einliefern abgelehnt“, listet sie auf.</numerusform>
            <numerusform>In der letzten Stunde sind Verbindungen für %Ln weitere Adressen oder Gründe gescheitert, bevor Mail gesendet werden konnte: das Zustellprotokoll, „Beim Einliefern abgelehnt“, listet sie auf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::DataDirMode</name>
    <message>
        <source>cannot create the data directory %1 (%2)</source>
        <translation>das Datenverzeichnis %1 kann nicht angelegt werden (%2)</translation>
    </message>
    <message>
        <source>the data directory %1 is not a directory</source>
        <translation>das Datenverzeichnis %1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>the data directory %1 is on a read-only file system: RelayDesk writes to it, so mount it read-write (Read-only file system)</source>
        <translation>das Datenverzeichnis %1 liegt auf einem schreibgeschützten Dateisystem: RelayDesk schreibt hinein, hängen Sie es also mit Schreibrecht ein</translation>
    </message>
    <message>
        <source>the data directory %1 cannot be used (%2)</source>
        <translation>das Datenverzeichnis %1 ist nicht nutzbar (%2)</translation>
    </message>
    <message>
        <source>the data directory %1 (owner %2, group %3, mode %4)</source>
        <translation>das Datenverzeichnis %1 (Eigentümer %2, Gruppe %3, Modus %4)</translation>
    </message>
    <message>
        <source>%1 belongs to %2, but its mode does not let %2 write to it: give the owner its permissions back (&apos;chmod u+rwx %3&apos;) (Permission denied)</source>
        <translation>%1 gehört %2, aber sein Modus lässt %2 nicht hineinschreiben: Geben Sie dem Eigentümer seine Rechte zurück („chmod u+rwx %3“) (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>%1 is not open to %2: use it as %3 (Permission denied)</source>
        <translation>%1 ist für %2 nicht offen: Verwenden Sie es als %3 (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>%1 or root</source>
        <translation>%1 oder root</translation>
    </message>
    <message>
        <source>%1: Permission denied</source>
        <translation>%1: Zugriff verweigert</translation>
    </message>
    <message>
        <source>%1 is open to the group %2, and %3 is in it, but this session is not yet: log in again (or run &apos;newgrp %2&apos;) (Permission denied)</source>
        <translation>%1 ist für die Gruppe %2 offen, und %3 gehört dazu, diese Sitzung aber noch nicht: Melden Sie sich neu an (oder führen Sie „newgrp %2“ aus) (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>%1 is open to the group %2 only, and %3 is not in it: &apos;sudo adduser %3 %2&apos;, then log in again (Permission denied)</source>
        <translation>%1 ist nur für die Gruppe %2 offen, und %3 gehört nicht dazu: „sudo adduser %3 %2“, dann neu anmelden (Zugriff verweigert)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::DeliveryLogModel</name>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>Warteschlangen-ID</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>(bounce notice)</source>
        <translation>(Unzustellbarkeitsbericht)</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
</context>
<context>
    <name>RelayDesk::DeliveryLogPage</name>
    <message>
        <source>Export CSV...</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Cannot read the delivery log: %1</source>
        <translation>Das Zustellprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a row to see its attempts and what the replies mean.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Zeile, um ihre Zustellversuche und die Bedeutung der Antworten zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>From %1 via %2, queue id %3, subject &quot;%4&quot;</source>
        <translation>Von %1 über %2, Warteschlangen-ID %3, Betreff „%4“</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>No attempt recorded yet.</source>
        <translation>Noch kein Zustellversuch aufgezeichnet.</translation>
    </message>
    <message>
        <source>Content not kept: the message body was removed once every recipient was final.</source>
        <translation>Inhalt nicht aufbewahrt: Der Nachrichtentext wurde entfernt, sobald jeder Empfänger endgültig war.</translation>
    </message>
    <message>
        <source>Export delivery log</source>
        <translation>Zustellprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Exportiere …</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the delivery log again (F5). It also updates by itself.</source>
        <translation>Das Zustellprotokoll neu lesen (F5). Es aktualisiert sich auch von selbst.</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Zählen …</translation>
    </message>
    <message>
        <source>Cannot count the matches</source>
        <translation>Die Treffer können nicht gezählt werden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Envelope, headers, text, source and attempts of the current row&apos;s message (Enter or double-click).</source>
        <translation>Umschlag, Kopfzeilen, Text, Quelltext und Versuche der Nachricht in der aktuellen Zeile (Eingabetaste oder Doppelklick).</translation>
    </message>
    <message>
        <source>Queued a copy as %1.</source>
        <translation>Kopie als %1 in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>Content not kept: the message body was removed when the message was deleted from the queue.</source>
        <translation>Inhalt nicht aufbewahrt: Der Nachrichtentext wurde entfernt, als die Nachricht aus der Warteschlange gelöscht wurde.</translation>
    </message>
    <message>
        <source>Accepted by node %1.</source>
        <translation>Angenommen von Knoten %1.</translation>
    </message>
    <message>
        <source>node %1 to %2</source>
        <translation>Knoten %1 an %2</translation>
    </message>
    <message>
        <source>delivery-log.csv</source>
        <comment>the file name the export suggests</comment>
        <translation>zustellprotokoll.csv</translation>
    </message>
    <message>
        <source>RelayDesk&apos;s own notice (sender &lt;&gt;) to a sender of %1: the notice&apos;s queue id is %2, its subject &quot;%3&quot;; the message it reports on is named in its text (View message)</source>
        <translation>Eigene Benachrichtigung von RelayDesk (Absender &lt;&gt;) an einen Absender von %1: Die Warteschlangen-ID der Benachrichtigung ist %2, ihr Betreff „%3“; die Nachricht, über die sie berichtet, nennt ihr Text (Nachricht anzeigen)</translation>
    </message>
    <message>
        <source>The smarthost&apos;s certificate was not checked (Settings, Delivery, &quot;Do not verify the smarthost&apos;s certificate&quot;): the message and the smarthost password went to whichever server answered at its address.</source>
        <translation>Das Zertifikat des Smarthosts wurde nicht geprüft (Einstellungen, Zustellung, „Zertifikat des Smarthosts nicht prüfen“): Die Nachricht und das Smarthost-Passwort gingen an den Server, der unter seiner Adresse antwortete, wer auch immer es war.</translation>
    </message>
    <message>
        <source>RelayDesk&apos;s own notice (sender &lt;&gt;) to a sender of %1 about their message %2 (type that queue id into the search to see it); the notice&apos;s own queue id is %3, its subject &quot;%4&quot;</source>
        <translation>Eigene Benachrichtigung von RelayDesk (Absender &lt;&gt;) an einen Absender von %1 über dessen Nachricht %2 (geben Sie diese Warteschlangen-ID in die Suche ein, um sie zu sehen); die Warteschlangen-ID der Benachrichtigung selbst ist %3, ihr Betreff „%4“</translation>
    </message>
    <message>
        <source>the relay (time limit)</source>
        <translation>das Relay (Frist abgelaufen)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Refused at submission</source>
        <translation>Beim Einliefern abgelehnt</translation>
    </message>
    <message>
        <source>Senders, recipients and messages the relay said no to while the application was connected: never queued, so not among the recipients</source>
        <translation>Absender, Empfänger und Nachrichten, die das Relay abgelehnt hat, solange die Anwendung verbunden war: nie in der Warteschlange, daher nicht unter den Empfängern</translation>
    </message>
    <message>
        <source>Waiting in the queue: the Queue page says when it is tried next, and Retry now there tries it at once.</source>
        <translation>Wartet in der Warteschlange: Die Seite „Warteschlange“ zeigt, wann sie erneut versucht wird, und „Jetzt erneut versuchen“ dort versucht sie sofort.</translation>
    </message>
    <message>
        <source>This address is on the suppression list of %1 now: later messages to it are not sent, and their senders get a bounce notice. If the mailbox works again, lift it (Mail Agents, %1, Suppressions).</source>
        <translation>Diese Adresse steht jetzt auf der Unterdrückungsliste von %1: Spätere Nachrichten an sie werden nicht gesendet, und ihre Absender erhalten einen Unzustellbarkeitsbericht. Wenn das Postfach wieder funktioniert, heben Sie den Eintrag auf (Mail-Agenten, %1, Unterdrückungen).</translation>
    </message>
    <message>
        <source>the relay (stopped)</source>
        <translation>das Relay (beendet)</translation>
    </message>
    <message>
        <source>Being delivered now, since %1: RelayDesk is handing it to the receiving server; this page shows the outcome when the attempt ends.</source>
        <translation>Wird gerade zugestellt, seit %1: RelayDesk übergibt die Nachricht dem empfangenden Server; diese Seite zeigt das Ergebnis, sobald der Versuch endet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) loaded</source>
        <translation>
            <numerusform>%Ln Zeile geladen</numerusform>
            <numerusform>%Ln Zeilen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the message (%1) and use &quot;%2&quot;: it sends this message to the address now.</source>
        <translation>Öffnen Sie die Nachricht (%1) und wählen Sie „%2“: Damit geht diese Nachricht jetzt an die Adresse.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::DnsQuestions</name>
    <message>
        <source>the name server did not answer in time</source>
        <translation>der Nameserver hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the name server gave no usable answer</source>
        <translation>der Nameserver gab keine verwertbare Antwort</translation>
    </message>
</context>
<context>
    <name>RelayDesk::DomainCheckVerdicts</name>
    <message>
        <source>Could not be checked: the DNS lookup of %1 failed (%2).</source>
        <translation>Konnte nicht geprüft werden: die DNS-Abfrage von %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The sending address %1 is the setting delivery.public_address.</source>
        <translation>Die sendende Adresse %1 ist die Einstellung delivery.public_address.</translation>
    </message>
    <message>
        <source>No SPF record: receivers cannot tell which servers may send as %1.</source>
        <translation>Kein SPF-Eintrag: Empfänger können nicht erkennen, welche Server als %1 senden dürfen.</translation>
    </message>
    <message>
        <source>%1 SPF records: receivers treat more than one as an error (RFC 7208 3.2). Merge them into one.</source>
        <translation>%1 SPF-Einträge: Empfänger werten mehr als einen als Fehler (RFC 7208 3.2). Fassen Sie sie zu einem zusammen.</translation>
    </message>
    <message>
        <source>The SPF record ends in &apos;%1&apos;: it allows every server in the world to send as %2.</source>
        <translation>Der SPF-Eintrag endet auf „%1“: Er erlaubt jedem Server der Welt, als %2 zu senden.</translation>
    </message>
    <message>
        <source>Found one SPF record. Mail goes through the smarthost %1, whose SPF include RelayDesk does not know: make sure the record has the include: your provider documents.</source>
        <translation>Ein SPF-Eintrag gefunden. Die Mail läuft über den Smarthost %1, dessen SPF-include RelayDesk nicht kennt: Stellen Sie sicher, dass der Eintrag das include: enthält, das Ihr Anbieter angibt.</translation>
    </message>
    <message>
        <source>Found and right: it includes %1 for the smarthost %2.</source>
        <translation>Gefunden und richtig: Er enthält %1 für den Smarthost %2.</translation>
    </message>
    <message>
        <source>The SPF record does not include %1, so mail relayed through the smarthost %2 fails SPF.</source>
        <translation>Der SPF-Eintrag enthält %1 nicht, daher besteht Mail über den Smarthost %2 die SPF-Prüfung nicht.</translation>
    </message>
    <message>
        <source>Found one SPF record. RelayDesk cannot tell whether it covers the public address this office sends from: set delivery.public_address.</source>
        <translation>Ein SPF-Eintrag gefunden. RelayDesk kann nicht erkennen, ob er die öffentliche Adresse abdeckt, von der dieses Büro sendet: Legen Sie delivery.public_address fest.</translation>
    </message>
    <message>
        <source>No key record for the selector %1%2: receivers cannot verify the signatures it makes.</source>
        <translation>Kein Schlüsseleintrag für den Selektor %1%2: Empfänger können seine Signaturen nicht prüfen.</translation>
    </message>
    <message>
        <source>%1 key records for the selector %2: receivers may pick any of them. Keep one.</source>
        <translation>%1 Schlüsseleinträge für den Selektor %2: Empfänger können einen beliebigen wählen. Behalten Sie einen.</translation>
    </message>
    <message>
        <source>The key of the selector %1 is published empty (p=): that revokes it, and its signatures fail.</source>
        <translation>Der Schlüssel des Selektors %1 ist leer veröffentlicht (p=): Das widerruft ihn, und seine Signaturen scheitern.</translation>
    </message>
    <message>
        <source>The key published for the selector %1 is not the key RelayDesk signs with: its signatures fail.</source>
        <translation>Der für den Selektor %1 veröffentlichte Schlüssel ist nicht der, mit dem RelayDesk signiert: Seine Signaturen scheitern.</translation>
    </message>
    <message>
        <source>Found and right: the published key is the key of the selector %1%2.</source>
        <translation>Gefunden und richtig: Der veröffentlichte Schlüssel ist der des Selektors %1%2.</translation>
    </message>
    <message>
        <source>No DMARC record: large mailbox providers expect one from bulk senders, and you get no reports of who sends as %1.</source>
        <translation>Kein DMARC-Eintrag: Große Postfachanbieter erwarten einen von Massenversendern, und Sie erhalten keine Berichte darüber, wer als %1 sendet.</translation>
    </message>
    <message>
        <source>%1 DMARC records: receivers ignore them all (RFC 7489 6.6.3). Keep one.</source>
        <translation>%1 DMARC-Einträge: Empfänger ignorieren sie alle (RFC 7489 6.6.3). Behalten Sie einen.</translation>
    </message>
    <message>
        <source>The DMARC record has no valid policy (p=none, quarantine or reject).</source>
        <translation>Der DMARC-Eintrag hat keine gültige Richtlinie (p=none, quarantine oder reject).</translation>
    </message>
    <message>
        <source>Found and right: the policy is p=%1.</source>
        <translation>Gefunden und richtig: Die Richtlinie ist p=%1.</translation>
    </message>
    <message>
        <source>%1 MX 10 &lt;the mail server your mailbox provider names&gt;</source>
        <translation>%1 MX 10 &lt;der Mailserver, den Ihr Postfachanbieter nennt&gt;</translation>
    </message>
    <message>
        <source>No MX record: replies and bounces to %1 have nowhere to go, and some receivers refuse mail from a domain that cannot receive any.</source>
        <translation>Kein MX-Eintrag: Antworten und Unzustellbarkeitsberichte an %1 können nirgends hin, und manche Empfänger lehnen Mail von einer Domain ab, die keine empfangen kann.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it says it receives no mail, and receivers refuse mail from it.</source>
        <translation>%1 veröffentlicht einen Null-MX (RFC 7505): Die Domain empfängt damit keine Mail, und Empfänger lehnen Mail von ihr ab.</translation>
    </message>
    <message>
        <source>Found: %1 receives mail at %2.</source>
        <translation>Gefunden: %1 empfängt Mail bei %2.</translation>
    </message>
    <message>
        <source>The PTR of the sending address could not be checked. </source>
        <translation>Der PTR der sendenden Adresse konnte nicht geprüft werden. </translation>
    </message>
    <message>
        <source>delivery.public_address = &lt;the public IP address this office sends from&gt;</source>
        <translation>delivery.public_address = &lt;die öffentliche IP-Adresse, von der dieses Büro sendet&gt;</translation>
    </message>
    <message>
        <source>%1 PTR %2  (set by whoever provides the address, usually your ISP)
%2 %3 %4</source>
        <translation>%1 PTR %2  (gesetzt vom Anbieter der Adresse, meist Ihrem Internetanbieter)
%2 %3 %4</translation>
    </message>
    <message>
        <source>The sending address %1 has no PTR (reverse DNS): many receivers refuse or distrust mail from it.</source>
        <translation>Die sendende Adresse %1 hat keinen PTR (Reverse-DNS): Viele Empfänger lehnen Mail von ihr ab oder misstrauen ihr.</translation>
    </message>
    <message>
        <source>Found and right: %1 is %2, which resolves back to %1.</source>
        <translation>Gefunden und richtig: %1 ist %2, das wieder zu %1 auflöst.</translation>
    </message>
    <message>
        <source>The PTR of %1 names %2, which does not resolve to any address: receivers see no confirmed name (FCrDNS) and distrust the mail.</source>
        <translation>Der PTR von %1 nennt %2, das zu keiner Adresse auflöst: Empfänger sehen keinen bestätigten Namen (FCrDNS) und misstrauen der Mail.</translation>
    </message>
    <message>
        <source>The PTR of %1 names %2, which resolves to %3, not back to %1: receivers see no confirmed name (FCrDNS) and distrust the mail.</source>
        <translation>Der PTR von %1 nennt %2, das zu %3 auflöst, nicht zurück zu %1: Empfänger sehen keinen bestätigten Namen (FCrDNS) und misstrauen der Mail.</translation>
    </message>
    <message>
        <source>The SPF record&apos;s &apos;%1&apos; allows a whole /%2 network, far more servers than yours, to send as %3.</source>
        <translation>„%1“ im SPF-Eintrag erlaubt einem ganzen /%2-Netz, weit mehr Servern als Ihren, als %3 zu senden.</translation>
    </message>
    <message>
        <source>The record of the selector %1 says h=%2: receivers then reject its sha256 signatures. Remove h= or add sha256.</source>
        <translation>Der Eintrag des Selektors %1 sagt h=%2: Empfänger verwerfen dann seine sha256-Signaturen. Entfernen Sie h= oder ergänzen Sie sha256.</translation>
    </message>
    <message>
        <source>The DMARC record starts &apos;%1&apos;: receivers ignore a record whose version is not exactly v=DMARC1 (RFC 7489 6.3).</source>
        <translation>Der DMARC-Eintrag beginnt mit „%1“: Empfänger ignorieren einen Eintrag, dessen Version nicht genau v=DMARC1 ist (RFC 7489 6.3).</translation>
    </message>
    <message>
        <source>Found and right: its &apos;%2&apos; passes the sending address %1.</source>
        <translation>Gefunden und richtig: Seine Angabe &apos;%2&apos; lässt die sendende Adresse %1 bestehen (pass).</translation>
    </message>
    <message>
        <source>The SPF record fails the sending address %1: its &apos;%2&apos; is the first term that matches, and the first match decides (RFC 7208 4.6.2). Mail sent to MX hosts directly fails SPF.</source>
        <translation>Der SPF-Eintrag lässt die sendende Adresse %1 durchfallen (fail): Seine Angabe &apos;%2&apos; trifft als erste zu, und die erste zutreffende entscheidet (RFC 7208 4.6.2). Direkt an MX-Hosts gesendete Mail besteht die SPF-Prüfung nicht.</translation>
    </message>
    <message>
        <source>The SPF record gives the sending address %1 a softfail: its &apos;%2&apos; is the first term that matches (RFC 7208 4.6.2, 8.5), and receivers treat the mail as suspect. Only a pass is right.</source>
        <translation>Der SPF-Eintrag gibt der sendenden Adresse %1 ein Softfail: Seine Angabe &apos;%2&apos; trifft als erste zu (RFC 7208 4.6.2, 8.5), und Empfänger halten die Mail für verdächtig. Richtig ist nur ein Pass.</translation>
    </message>
    <message>
        <source>The SPF record gives the sending address %1 a neutral result: its &apos;%2&apos; is the first term that matches (RFC 7208 4.6.2, 8.2), which says nothing for the mail. Only a pass is right.</source>
        <translation>Der SPF-Eintrag gibt der sendenden Adresse %1 ein neutrales Ergebnis: Seine Angabe &apos;%2&apos; trifft als erste zu (RFC 7208 4.6.2, 8.2) und sagt nichts für die Mail. Richtig ist nur ein Pass.</translation>
    </message>
    <message>
        <source>Whether the SPF record passes the sending address %1 could not be determined: its &apos;%2&apos; comes before any ip4: or ip6: term that matches %1, and RelayDesk does not follow a, mx, include:, exists:, ptr or redirect=. Make sure it passes %1, or list %1 before it, as below.</source>
        <translation>Ob der SPF-Eintrag die sendende Adresse %1 bestehen lässt, ließ sich nicht feststellen: Seine Angabe &apos;%2&apos; steht vor jeder ip4:- oder ip6:-Angabe, die auf %1 zutrifft, und RelayDesk verfolgt a, mx, include:, exists:, ptr und redirect= nicht. Stellen Sie sicher, dass sie %1 bestehen lässt, oder nennen Sie %1 davor, wie unten.</translation>
    </message>
    <message>
        <source>The SPF record&apos;s &apos;%1&apos; is not valid SPF: receivers give the whole record a permanent error (RFC 7208 4.6), and nothing passes. Correct it.</source>
        <translation>Die Angabe &apos;%1&apos; des SPF-Eintrags ist kein gültiges SPF: Empfänger werten den ganzen Eintrag als dauerhaften Fehler (RFC 7208 4.6), und nichts besteht. Korrigieren Sie sie.</translation>
    </message>
    <message>
        <source>The SPF record does not cover the sending address %1: no term matches it, a neutral result (RFC 7208 4.7), so mail sent to MX hosts directly does not pass SPF.</source>
        <translation>Der SPF-Eintrag deckt die sendende Adresse %1 nicht ab: Keine Angabe trifft auf sie zu, ein neutrales Ergebnis (RFC 7208 4.7), also besteht direkt an MX-Hosts gesendete Mail die SPF-Prüfung nicht.</translation>
    </message>
    <message>
        <source>The record of the selector %1 says v=%2: receivers discard a key record whose version is not DKIM1 (RFC 6376 3.6.1). Publish it with v=DKIM1, as below.</source>
        <translation>Der Eintrag des Selektors %1 sagt v=%2: Empfänger verwerfen einen Schlüsseleintrag, dessen Version nicht DKIM1 ist (RFC 6376 3.6.1). Veröffentlichen Sie ihn mit v=DKIM1, wie unten.</translation>
    </message>
    <message>
        <source>The record of the selector %1 has v= after other tags: v=DKIM1 must be the first tag (RFC 6376 3.6.1), and receivers may discard the record. Publish it as below.</source>
        <translation>Der Eintrag des Selektors %1 hat v= nach anderen Angaben: v=DKIM1 muss die erste Angabe sein (RFC 6376 3.6.1), und Empfänger können den Eintrag verwerfen. Veröffentlichen Sie ihn wie unten.</translation>
    </message>
    <message>
        <source>The record of the selector %1 gives %2= twice: receivers treat it as an error (RFC 6376 3.2). Publish it as below.</source>
        <translation>Der Eintrag des Selektors %1 nennt %2= zweimal: Empfänger werten ihn als Fehler (RFC 6376 3.2). Veröffentlichen Sie ihn wie unten.</translation>
    </message>
    <message>
        <source>The record of the selector %1 says s=%2: its key is not for mail (the service types list neither * nor email, RFC 6376 3.6.1), so receivers do not use it. Remove s= or publish s=email, as below.</source>
        <translation>Der Eintrag des Selektors %1 sagt s=%2: Sein Schlüssel ist nicht für Mail (die Diensttypen nennen weder * noch email, RFC 6376 3.6.1), also verwenden Empfänger ihn nicht. Entfernen Sie s= oder veröffentlichen Sie s=email, wie unten.</translation>
    </message>
    <message>
        <source>The record of the selector %1 says k=%2, but the key is %3: publish k=%3, as below.</source>
        <translation>Der Eintrag des Selektors %1 sagt k=%2, der Schlüssel ist aber %3: Veröffentlichen Sie k=%3, wie unten.</translation>
    </message>
    <message>
        <source>It says t=y (testing): receivers may treat its signatures as absent. Remove t=y once mail verifies.</source>
        <translation>Er sagt t=y (Test): Empfänger können seine Signaturen als fehlend behandeln. Entfernen Sie t=y, sobald Mail geprüft besteht.</translation>
    </message>
    <message>
        <source>The SPF record&apos;s &apos;%1&apos; comes before its %2: receivers stop at &apos;%1&apos;, so mail relayed through the smarthost %3 does not pass SPF (RFC 7208 4.6.2, 5.1).</source>
        <translation>Die Angabe &apos;%1&apos; des SPF-Eintrags steht vor seinem %2: Empfänger hören bei &apos;%1&apos; auf, also besteht über den Smarthost %3 weitergeleitete Mail die SPF-Prüfung nicht (RFC 7208 4.6.2, 5.1).</translation>
    </message>
    <message>
        <source>The SPF record has &apos;%1&apos;: the servers of the smarthost %2 match it with its qualifier&apos;s result, not a pass (RFC 7208 4.6.2). Publish it without the qualifier, as below.</source>
        <translation>Der SPF-Eintrag hat &apos;%1&apos;: Die Server des Smarthosts %2 treffen darauf mit dem Ergebnis seines Qualifizierers zu, nicht mit einem Pass (RFC 7208 4.6.2). Veröffentlichen Sie ihn ohne Qualifizierer, wie unten.</translation>
    </message>
    <message>
        <source> (replaced by a rotation; kept for the mail already signed with it)</source>
        <translation> (durch eine Erneuerung ersetzt; bleibt für die schon damit signierte Mail veröffentlicht)</translation>
    </message>
    <message>
        <source>RelayDesk does not know the public address this office sends from. Set it under Settings, Delivery, Public sending address (relaydesk config set delivery.public_address ADDRESS).</source>
        <translation>RelayDesk kennt die öffentliche Adresse nicht, von der dieses Büro sendet. Tragen Sie sie unter Einstellungen, Zustellung, „Öffentliche Absendeadresse“ ein (relaydesk config set delivery.public_address ADRESSE).</translation>
    </message>
    <message>
        <source>This machine sends from %1, a private address: receivers see the office&apos;s public address instead (NAT). Set that one under Settings, Delivery, Public sending address (relaydesk config set delivery.public_address ADDRESS).</source>
        <translation>Dieser Rechner sendet von %1, einer privaten Adresse: Empfänger sehen stattdessen die öffentliche Adresse des Büros (NAT). Tragen Sie diese unter Einstellungen, Zustellung, „Öffentliche Absendeadresse“ ein (relaydesk config set delivery.public_address ADRESSE).</translation>
    </message>
    <message>
        <source>Checked %1, the address this machine uses for outbound connections. If the office sends from another public address (NAT), set it under Settings, Delivery, Public sending address (relaydesk config set delivery.public_address ADDRESS).</source>
        <translation>Geprüft wurde %1, die Adresse, die dieser Rechner für ausgehende Verbindungen verwendet. Sendet das Büro von einer anderen öffentlichen Adresse (NAT), tragen Sie sie unter Einstellungen, Zustellung, „Öffentliche Absendeadresse“ ein (relaydesk config set delivery.public_address ADRESSE).</translation>
    </message>
    <message>
        <source>RelayDesk has no DKIM keys for %1, so its mail is not signed. Create them (&quot;Create DKIM keys&quot; on the agent&apos;s Sender domains tab, or &apos;relaydesk domain dkim %1&apos;), then publish their records (&quot;Copy records&quot;, or what &apos;relaydesk domain records %1&apos; prints).</source>
        <translation>RelayDesk hat keine DKIM-Schlüssel für %1, daher wird seine Mail nicht signiert. Erstellen Sie sie („DKIM-Schlüssel erstellen“ im Reiter „Domains“ des Agenten oder „relaydesk domain dkim %1“) und veröffentlichen Sie dann ihre Einträge („Einträge kopieren“ oder was „relaydesk domain records %1“ ausgibt).</translation>
    </message>
</context>
<context>
    <name>RelayDesk::DomainName</name>
    <message>
        <source>a domain name is needed</source>
        <translation>ein Domainname wird benötigt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an address, not a domain name (give only the part after &apos;@&apos;)</source>
        <translation>„%1“ ist eine Adresse, kein Domainname (geben Sie nur den Teil nach „@“ an)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid internationalized domain name</source>
        <translation>„%1“ ist kein gültiger internationalisierter Domainname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too long for a domain name (at most %2 characters)</source>
        <translation>„%1“ ist zu lang für einen Domainnamen (höchstens %2 Zeichen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain a message can come from: give the full name, e.g. example.com</source>
        <translation>„%1“ ist keine Domain, von der eine Nachricht kommen kann: Geben Sie den vollständigen Namen an, z. B. example.com</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty label (two dots in a row?)</source>
        <translation>„%1“ enthält einen leeren Namensteil (zwei Punkte hintereinander?)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a label longer than %2 characters</source>
        <translation>„%1“ enthält einen Namensteil mit mehr als %2 Zeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name: use letters, digits, hyphens and dots</source>
        <translation>„%1“ ist kein gültiger Domainname: Verwenden Sie Buchstaben, Ziffern, Bindestriche und Punkte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name: a label may not start or end with a hyphen</source>
        <translation>„%1“ ist kein gültiger Domainname: Ein Namensteil darf nicht mit einem Bindestrich beginnen oder enden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an IP address, not a domain name (its last label is all digits)</source>
        <translation>„%1“ ist eine IP-Adresse, kein Domainname (der letzte Namensteil besteht nur aus Ziffern)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::DomainRecordsHtml</name>
    <message>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Publish these records in the DNS of %1 (your DNS provider&apos;s form, or a zone file):</source>
        <translation>Veröffentlichen Sie diese Einträge im DNS von %1 (Formular Ihres DNS-Anbieters oder eine Zonendatei):</translation>
    </message>
    <message>
        <source>DKIM key %1 (%2, grace period)</source>
        <translation>DKIM-Schlüssel %1 (%2, Übergangsfrist)</translation>
    </message>
    <message>
        <source>DKIM key %1 (%2)</source>
        <translation>DKIM-Schlüssel %1 (%2)</translation>
    </message>
    <message>
        <source>DNS check of %1 through the system resolver:</source>
        <translation>DNS-Prüfung von %1 über den Resolver des Systems:</translation>
    </message>
    <message>
        <source>DNS check of %1 through the name server %2:</source>
        <translation>DNS-Prüfung von %1 über den Nameserver %2:</translation>
    </message>
    <message>
        <source>DKIM key %1</source>
        <translation>DKIM-Schlüssel %1</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Gefunden:</translation>
    </message>
    <message>
        <source>Publish instead:</source>
        <translation>Stattdessen veröffentlichen:</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Unbestimmt</translation>
    </message>
    <message>
        <source>DNS records for %1, as a zone file takes them (names end with a dot).</source>
        <translation>DNS-Einträge für %1, wie eine Zonendatei sie nimmt (Namen enden mit einem Punkt).</translation>
    </message>
    <message>
        <source>In a DNS provider&apos;s form, give the name without .%1 (or @ for %1 itself), the type TXT, and the text between the quotes.</source>
        <translation>Im Formular eines DNS-Anbieters: den Namen ohne .%1 (oder @ für %1 selbst), den Typ TXT und den Text zwischen den Anführungszeichen.</translation>
    </message>
    <message>
        <source>Replace the placeholder first; until then this line is a comment:</source>
        <translation>Ersetzen Sie zuerst den Platzhalter; bis dahin ist diese Zeile ein Kommentar:</translation>
    </message>
</context>
<context>
    <name>RelayDesk::DomainsPanel</name>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>DKIM selectors</source>
        <translation>DKIM-Selektoren</translation>
    </message>
    <message>
        <source>Create DKIM keys</source>
        <translation>DKIM-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Rotate DKIM...</source>
        <translation>DKIM erneuern …</translation>
    </message>
    <message>
        <source>Check DNS</source>
        <translation>DNS prüfen</translation>
    </message>
    <message>
        <source>Copy records</source>
        <translation>Einträge kopieren</translation>
    </message>
    <message>
        <source>%1 (grace period)</source>
        <translation>%1 (Übergangsfrist)</translation>
    </message>
    <message>
        <source>none: mail is not signed</source>
        <translation>keine: Mail wird nicht signiert</translation>
    </message>
    <message>
        <source>This agent has no sender domains yet: add them with Edit...</source>
        <translation>Dieser Agent hat noch keine Absenderdomains: Fügen Sie sie mit Bearbeiten … hinzu</translation>
    </message>
    <message>
        <source>Mail from %1 is not signed yet. Create DKIM keys, then publish the records shown here.</source>
        <translation>Mail von %1 wird noch nicht signiert. Erstellen Sie DKIM-Schlüssel und veröffentlichen Sie dann die hier gezeigten Einträge.</translation>
    </message>
    <message>
        <source>Rotate DKIM keys</source>
        <translation>DKIM-Schlüssel erneuern</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>Making DKIM keys for %1...</source>
        <translation>DKIM-Schlüssel für %1 werden erzeugt …</translation>
    </message>
    <message>
        <source>DKIM keys not changed</source>
        <translation>DKIM-Schlüssel nicht geändert</translation>
    </message>
    <message>
        <source>New DKIM keys for %1: publish their records now.</source>
        <translation>Neue DKIM-Schlüssel für %1: Veröffentlichen Sie jetzt ihre Einträge.</translation>
    </message>
    <message>
        <source>DKIM keys for %1 created: publish their records.</source>
        <translation>DKIM-Schlüssel für %1 erstellt: Veröffentlichen Sie ihre Einträge.</translation>
    </message>
    <message>
        <source>Checking the DNS records of %1...</source>
        <translation>DNS-Einträge von %1 werden geprüft …</translation>
    </message>
    <message>
        <source>Every record is published and right.</source>
        <translation>Alle Einträge sind veröffentlicht und richtig.</translation>
    </message>
    <message>
        <source>Some records are missing or wrong: publish what is shown.</source>
        <translation>Einige Einträge fehlen oder sind falsch: Veröffentlichen Sie das Gezeigte.</translation>
    </message>
    <message>
        <source>No record is wrong, but some could not be judged from here: read their notes.</source>
        <translation>Kein Eintrag ist falsch, aber einige ließen sich von hier aus nicht beurteilen: Lesen Sie ihre Hinweise.</translation>
    </message>
    <message>
        <source>%1 right, %2 missing or wrong, %3 not checked or not judged</source>
        <translation>%1 richtig, %2 fehlend oder falsch, %3 nicht geprüft oder nicht beurteilt</translation>
    </message>
    <message>
        <source>Some records could not be checked: the name server did not answer for them (each note says how).</source>
        <translation>Einige Einträge konnten nicht geprüft werden: Der Nameserver hat für sie nicht geantwortet (jeder Hinweis sagt, wie).</translation>
    </message>
    <message numerus="yes">
        <source>Make new DKIM keys for %1? Publish their records right away. For %n day(s) its mail is signed with the current keys as well, so that it verifies while the new records reach the DNS; then the current keys are removed with their private keys.</source>
        <translation>
            <numerusform>Neue DKIM-Schlüssel für %1 erstellen? Veröffentlichen Sie ihre Einträge sofort. %n Tag lang wird ihre Mail zusätzlich mit den bisherigen Schlüsseln signiert, damit sie sich prüfen lässt, während die neuen Einträge das DNS erreichen; danach werden die bisherigen Schlüssel mit ihren privaten Schlüsseln entfernt.</numerusform>
            <numerusform>Neue DKIM-Schlüssel für %1 erstellen? Veröffentlichen Sie ihre Einträge sofort. %n Tage lang wird ihre Mail zusätzlich mit den bisherigen Schlüsseln signiert, damit sie sich prüfen lässt, während die neuen Einträge das DNS erreichen; danach werden die bisherigen Schlüssel mit ihren privaten Schlüsseln entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (cannot sign: its private key is missing)</source>
        <translation>%1 (kann nicht signieren: privater Schlüssel fehlt)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::EngineHost</name>
    <message>
        <source>Start relay here</source>
        <translation>Relay hier starten</translation>
    </message>
    <message>
        <source>Run the relay in this window. Until then, the window attaches again as soon as a relay runs on its data directory.</source>
        <translation>Das Relay in diesem Fenster ausführen. Bis dahin verbindet sich das Fenster wieder, sobald ein Relay auf seinem Datenverzeichnis läuft.</translation>
    </message>
    <message>
        <source>The relay runs in process %1, but this window cannot reach its control channel: %2</source>
        <translation>Das Relay läuft in Prozess %1, aber dieses Fenster erreicht seinen Steuerkanal nicht: %2</translation>
    </message>
    <message>
        <source>the channel closed</source>
        <translation>der Kanal wurde geschlossen</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>unbekannter Zeit</translation>
    </message>
    <message>
        <source>Relay in this window</source>
        <translation>Relay in diesem Fenster</translation>
    </message>
    <message>
        <source>Relay in this window (stopped)</source>
        <translation>Relay in diesem Fenster (gestoppt)</translation>
    </message>
    <message>
        <source>The relay service (pid %1) has stopped or gone away</source>
        <translation>Der Relay-Dienst (PID %1) wurde gestoppt oder ist verschwunden</translation>
    </message>
    <message>
        <source>The relay of the other window (pid %1) has stopped</source>
        <translation>Das Relay des anderen Fensters (PID %1) wurde gestoppt</translation>
    </message>
    <message>
        <source>Relay service (pid %1, since %2)</source>
        <translation>Relay-Dienst (PID %1, seit %2)</translation>
    </message>
    <message>
        <source>Relay in another RelayDesk window (pid %1, since %2)</source>
        <translation>Relay in einem anderen RelayDesk-Fenster (PID %1, seit %2)</translation>
    </message>
    <message>
        <source>%1. The window attaches again as soon as a relay runs on its data directory.</source>
        <translation>%1. Das Fenster verbindet sich wieder, sobald ein Relay auf seinem Datenverzeichnis läuft.</translation>
    </message>
    <message>
        <source>Relay in this window: waiting for the store</source>
        <translation>Relay in diesem Fenster: wartet auf den Speicher</translation>
    </message>
    <message>
        <source>%1. The relay starts by itself once the store answers.</source>
        <translation>%1. Das Relay startet von selbst, sobald der Speicher antwortet.</translation>
    </message>
    <message>
        <source>Run in this window</source>
        <translation>In diesem Fenster betreiben</translation>
    </message>
    <message>
        <source>The data directory %1 belongs to %2: it is the relay service&apos;s. Start the service again (sudo systemctl start relaydesk) rather than here: a relay in this window runs as you, stops when you quit or log out, cannot listen on ports below 1024, and the service cannot start while it runs.

Run the relay in this window all the same?</source>
        <translation>Das Datenverzeichnis %1 gehört %2: Es ist das des Relay-Dienstes. Starten Sie lieber den Dienst wieder (sudo systemctl start relaydesk): Ein Relay in diesem Fenster läuft unter Ihrem Konto, endet, wenn Sie das Fenster schließen oder sich abmelden, kann keine Ports unter 1024 verwenden, und der Dienst kann nicht starten, solange es läuft.

Das Relay trotzdem in diesem Fenster betreiben?</translation>
    </message>
    <message>
        <source>Relay in this window: stopped for the restore</source>
        <translation>Relay in diesem Fenster: für die Wiederherstellung gestoppt</translation>
    </message>
    <message>
        <source>the relay service is not running</source>
        <translation>der Relay-Dienst läuft nicht</translation>
    </message>
    <message>
        <source>The data directory %1 belongs to %2: it is the relay service&apos;s. Start the service again (systemctl start relaydesk) rather than here: a relay in this window runs as you, stops when you quit or log out, and the service cannot start while it runs.

Run the relay in this window all the same?</source>
        <translation>Das Datenverzeichnis %1 gehört %2: Es ist das des Relay-Dienstes. Starten Sie lieber den Dienst wieder (systemctl start relaydesk): Ein Relay in diesem Fenster läuft unter Ihrem Konto, endet, wenn Sie das Fenster schließen oder sich abmelden, und der Dienst kann nicht starten, solange es läuft.

Das Relay trotzdem in diesem Fenster betreiben?</translation>
    </message>
    <message>
        <source>The relay service is not running</source>
        <translation>Der Relay-Dienst läuft nicht</translation>
    </message>
    <message>
        <source>Start it with sudo systemctl start relaydesk: the window attaches as soon as it runs.</source>
        <translation>Starten Sie ihn mit sudo systemctl start relaydesk: Das Fenster verbindet sich, sobald er läuft.</translation>
    </message>
    <message>
        <source>The RelayDesk that was quit a moment ago (pid %1) is still finishing a delivery under way, for at most 20 seconds. This window starts then.</source>
        <translation>Das gerade beendete RelayDesk (PID %1) schließt noch eine laufende Zustellung ab, höchstens 20 Sekunden lang. Danach startet dieses Fenster.</translation>
    </message>
    <message>
        <source>The relay service (pid %1) is stopping: it finishes a delivery under way, for at most 20 seconds. This window starts then.</source>
        <translation>Der Relay-Dienst (PID %1) wird beendet: Er schließt eine laufende Zustellung ab, höchstens 20 Sekunden lang. Danach startet dieses Fenster.</translation>
    </message>
    <message>
        <source>RelayDesk</source>
        <translation>RelayDesk</translation>
    </message>
    <message>
        <source>The data directory %1 no longer exists: it was moved or removed. Nothing was started and nothing was created there. Open RelayDesk on the directory where it is now (relaydesk --data-dir DIRECTORY), or put it back.</source>
        <translation>Das Datenverzeichnis %1 gibt es nicht mehr: Es wurde verschoben oder entfernt. Nichts wurde gestartet und dort nichts angelegt. Öffnen Sie RelayDesk mit dem Verzeichnis, wo es jetzt liegt (relaydesk --data-dir VERZEICHNIS), oder legen Sie es zurück.</translation>
    </message>
    <message>
        <source>The data directory %1 was not found: it was moved or removed.</source>
        <translation>Das Datenverzeichnis %1 wurde nicht gefunden: Es wurde verschoben oder entfernt.</translation>
    </message>
    <message>
        <source>The relay did not start</source>
        <translation>Das Relay ist nicht gestartet</translation>
    </message>
</context>
<context>
    <name>RelayDesk::EngineLink</name>
    <message>
        <source>RelayDesk</source>
        <translation>RelayDesk</translation>
    </message>
    <message>
        <source>The relay has stopped.</source>
        <translation>Das Relay wurde gestoppt.</translation>
    </message>
    <message>
        <source>RelayDesk: listener %1 is down: %2</source>
        <translation>RelayDesk: Empfangsport %1 ist ausgefallen: %2</translation>
    </message>
    <message>
        <source>RelayDesk: the relay is stopped</source>
        <translation>RelayDesk: das Relay ist gestoppt</translation>
    </message>
    <message>
        <source>RelayDesk: %1</source>
        <translation>RelayDesk: %1</translation>
    </message>
    <message>
        <source>RelayDesk: relaying</source>
        <translation>RelayDesk: leitet weiter</translation>
    </message>
    <message>
        <source>Queue action failed</source>
        <translation>Warteschlangenaktion fehlgeschlagen</translation>
    </message>
    <message>
        <source>this window shows the relay service (pid %1) and cannot restart it; restart the service (for example &quot;systemctl restart relaydesk&quot;) to apply the change</source>
        <translation>dieses Fenster zeigt den Relay-Dienst (PID %1) und kann ihn nicht neu starten; starten Sie den Dienst neu (zum Beispiel mit „systemctl restart relaydesk“), um die Änderung anzuwenden</translation>
    </message>
    <message>
        <source>this window shows the relay of another RelayDesk window (pid %1) and cannot restart it; restart it from that window</source>
        <translation>dieses Fenster zeigt das Relay eines anderen RelayDesk-Fensters (PID %1) und kann es nicht neu starten; starten Sie es in jenem Fenster neu</translation>
    </message>
    <message numerus="yes">
        <source>%n of them was being delivered: that delivery may still complete, and the Delivery Logs will show it.</source>
        <translation>
            <numerusform>%n davon wurde gerade zugestellt: Diese Zustellung kann noch gelingen; das Zustellprotokoll zeigt es.</numerusform>
            <numerusform>%n davon wurden gerade zugestellt: Diese Zustellungen können noch gelingen; das Zustellprotokoll zeigt es.</numerusform>
        </translation>
    </message>
    <message>
        <source>RelayDesk: listener %1 is not listening</source>
        <translation>RelayDesk: Empfangsport %1 ist nicht empfangsbereit</translation>
    </message>
    <message>
        <source>RelayDesk: the relay does not answer</source>
        <translation>RelayDesk: das Relay antwortet nicht</translation>
    </message>
    <message numerus="yes">
        <source>Working on %Ln message(s)...</source>
        <translation>
            <numerusform>Bearbeite %Ln Nachricht …</numerusform>
            <numerusform>Bearbeite %Ln Nachrichten …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) will be tried as soon as the relay runs again: it is not running now.</source>
        <translation>
            <numerusform>%Ln Nachricht wird versucht, sobald das Relay wieder läuft: Es läuft gerade nicht.</numerusform>
            <numerusform>%Ln Nachrichten werden versucht, sobald das Relay wieder läuft: Es läuft gerade nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) will be retried now.</source>
        <translation>
            <numerusform>%Ln Nachricht wird jetzt erneut versucht.</numerusform>
            <numerusform>%Ln Nachrichten werden jetzt erneut versucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) will be tried as soon as delivery is turned on: it is off (Settings, Delivery, &quot;Deliver queued mail&quot;).</source>
        <translation>
            <numerusform>%Ln Nachricht wird zugestellt, sobald die Zustellung eingeschaltet ist: Sie ist aus (Einstellungen, Zustellung, „E-Mails aus der Warteschlange zustellen“).</numerusform>
            <numerusform>%Ln Nachrichten werden zugestellt, sobald die Zustellung eingeschaltet ist: Sie ist aus (Einstellungen, Zustellung, „E-Mails aus der Warteschlange zustellen“).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) on hold not retried: release them first.</source>
        <translation>
            <numerusform>%Ln angehaltene Nachricht nicht erneut versucht: geben Sie sie zuerst frei.</numerusform>
            <numerusform>%Ln angehaltene Nachrichten nicht erneut versucht: geben Sie sie zuerst frei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) held: not delivered until released.</source>
        <translation>
            <numerusform>%Ln Nachricht angehalten: nicht zugestellt, bis sie freigegeben wird.</numerusform>
            <numerusform>%Ln Nachrichten angehalten: nicht zugestellt, bis sie freigegeben werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) held: not delivered from now on until released; a delivery already under way may still complete.</source>
        <translation>
            <numerusform>%Ln Nachricht angehalten: ab jetzt nicht zugestellt, bis sie freigegeben wird; eine Zustellung, die schon läuft, kann noch abgeschlossen werden.</numerusform>
            <numerusform>%Ln Nachrichten angehalten: ab jetzt nicht zugestellt, bis sie freigegeben werden; eine Zustellung, die schon läuft, kann noch abgeschlossen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) already held; nothing changed for them.</source>
        <translation>
            <numerusform>%Ln Nachricht war bereits angehalten; für sie hat sich nichts geändert.</numerusform>
            <numerusform>%Ln Nachrichten waren bereits angehalten; für sie hat sich nichts geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) released: delivered once the relay runs again; it is not running now.</source>
        <translation>
            <numerusform>%Ln Nachricht freigegeben: zugestellt, sobald das Relay wieder läuft; es läuft gerade nicht.</numerusform>
            <numerusform>%Ln Nachrichten freigegeben: zugestellt, sobald das Relay wieder läuft; es läuft gerade nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) released.</source>
        <translation>
            <numerusform>%Ln Nachricht freigegeben.</numerusform>
            <numerusform>%Ln Nachrichten freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) not held; nothing changed for them.</source>
        <translation>
            <numerusform>%Ln Nachricht war nicht angehalten; für sie hat sich nichts geändert.</numerusform>
            <numerusform>%Ln Nachrichten waren nicht angehalten; für sie hat sich nichts geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) deleted.</source>
        <translation>
            <numerusform>%Ln Nachricht gelöscht.</numerusform>
            <numerusform>%Ln Nachrichten gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) bounced.</source>
        <translation>
            <numerusform>%Ln Nachricht an den Absender zurückgesendet.</numerusform>
            <numerusform>%Ln Nachrichten an die Absender zurückgesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) had already left the queue (delivered, bounced or deleted meanwhile).</source>
        <translation>
            <numerusform>%Ln Nachricht hatte die Warteschlange schon verlassen (inzwischen zugestellt, zurückgesandt oder gelöscht).</numerusform>
            <numerusform>%Ln Nachrichten hatten die Warteschlange schon verlassen (inzwischen zugestellt, zurückgesandt oder gelöscht).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) could not be changed.</source>
        <translation>
            <numerusform>%Ln Nachricht konnte nicht geändert werden.</numerusform>
            <numerusform>%Ln Nachrichten konnten nicht geändert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) had waited longer than the give-up time (Settings, Delivery: Give up after): one more attempt each; a recipient it does not deliver bounces and its sender is told.</source>
        <translation>
            <numerusform>%Ln Nachricht hatte länger gewartet als die Aufgabefrist (Einstellungen, Zustellung: Aufgeben nach): noch ein Versuch; ein Empfänger, den er nicht zustellt, gilt als unzustellbar, und der Absender erfährt es.</numerusform>
            <numerusform>%Ln Nachrichten hatten länger gewartet als die Aufgabefrist (Einstellungen, Zustellung: Aufgeben nach): noch je ein Versuch; ein Empfänger, den er nicht zustellt, gilt als unzustellbar, und der Absender erfährt es.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::EngineLockDialog</name>
    <message>
        <source>RelayDesk cannot start the relay</source>
        <translation>RelayDesk kann das Relay nicht starten</translation>
    </message>
    <message>
        <source>Data directory: %1

Two relays on one data directory would compete for its ports and its queue, so this window does not start another one. Stop the running one (the service with &quot;systemctl stop relaydesk&quot;), or start RelayDesk with another --data-dir.</source>
        <translation>Datenverzeichnis: %1

Zwei Relays auf einem Datenverzeichnis würden um dessen Ports und Warteschlange konkurrieren, daher startet dieses Fenster kein weiteres. Beenden Sie das laufende (den Dienst mit „systemctl stop relaydesk“) oder starten Sie RelayDesk mit einem anderen --data-dir.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>unbekannter Zeit</translation>
    </message>
    <message>
        <source>A relay service already runs on this data directory (pid %1, since %2).</source>
        <translation>Auf diesem Datenverzeichnis läuft bereits ein Relay-Dienst (PID %1, seit %2).</translation>
    </message>
    <message>
        <source>A RelayDesk window already runs the relay on this data directory (pid %1, since %2).</source>
        <translation>Ein RelayDesk-Fenster betreibt auf diesem Datenverzeichnis bereits das Relay (PID %1, seit %2).</translation>
    </message>
    <message>
        <source>Data directory: %1

This window would show that relay, but cannot reach its control channel: %2

Two relays on one data directory would compete for its ports and its queue, so this window does not start another one. Run RelayDesk as the relay&apos;s user (or a member of its group), stop the running relay (the service with &quot;systemctl stop relaydesk&quot;), or start RelayDesk with another --data-dir.</source>
        <translation>Datenverzeichnis: %1

Dieses Fenster würde jenes Relay zeigen, erreicht aber seinen Steuerkanal nicht: %2

Zwei Relays auf einem Datenverzeichnis würden um dessen Ports und Warteschlange konkurrieren, daher startet dieses Fenster kein weiteres. Führen Sie RelayDesk als Benutzer des Relays (oder als Mitglied seiner Gruppe) aus, stoppen Sie das laufende Relay (den Dienst mit „systemctl stop relaydesk“) oder starten Sie RelayDesk mit einem anderen --data-dir.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::FirstRunWizard</name>
    <message>
        <source>RelayDesk setup</source>
        <translation>RelayDesk einrichten</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Schritt überspringen</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Close the setup wizard? What you entered for this Mail Agent is lost; what the earlier steps saved stays.</source>
        <translation>Den Einrichtungsassistenten schließen? Was Sie für diesen Mail-Agenten eingegeben haben, geht verloren; was die vorigen Schritte gespeichert haben, bleibt.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>RelayDesk::HostAndPort</name>
    <message>
        <source>&apos;%1&apos; is not a valid host name</source>
        <translation>„%1“ ist kein gültiger Hostname</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: missing &apos;]&apos;</source>
        <translation>„%1“: „]“ fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT</source>
        <translation>„%1“ hat nicht die Form SERVER:PORT</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write IPv6 addresses in brackets, e.g. [2001:db8::1]:25</source>
        <translation>„%1“: Schreiben Sie IPv6-Adressen in eckigen Klammern, z. B. [2001:db8::1]:25</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address</source>
        <translation>„%1“ ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port between 1 and 65535</source>
        <translation>„%1“ ist kein Port zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name, and as an address it would be %2: write an IPv4 address as four numbers, e.g. %2</source>
        <translation>„%1“ ist kein Hostname, und als Adresse stünde es für %2: Schreiben Sie eine IPv4-Adresse als vier Zahlen, z. B. %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name (a name&apos;s last part is not a number) nor an IPv4 address of four numbers</source>
        <translation>„%1“ ist weder ein Hostname (der letzte Teil eines Namens ist keine Zahl) noch eine IPv4-Adresse aus vier Zahlen</translation>
    </message>
</context>
<context>
    <name>RelayDesk::HostPort</name>
    <message>
        <source>&apos;%1&apos;: write IPv6 addresses in brackets, e.g. [::1]:2587</source>
        <translation>„%1“: Schreiben Sie IPv6-Adressen in eckigen Klammern, z. B. [::1]:2587</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not ADDRESS:PORT (e.g. 127.0.0.1:2587 or [::1]:2587)</source>
        <translation>„%1“ hat nicht die Form ADRESSE:PORT (z. B. 127.0.0.1:2587 oder [::1]:2587)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port between 1 and 65535</source>
        <translation>„%1“ ist kein Port zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
</context>
<context>
    <name>RelayDesk::HostPortSyntax</name>
    <message>
        <source>&apos;%1&apos;: give %2 without a scheme such as %3</source>
        <translation>„%1“: geben Sie %2 ohne ein Schema wie %3 an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; ends with &apos;:&apos; but no port</source>
        <translation>„%1“ endet mit „:“, aber ohne Port</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ListenerDownNotice</name>
    <message>
        <source>%1 is not listening on %2: %3</source>
        <translation>%1 lauscht nicht auf %2: %3</translation>
    </message>
</context>
<context>
    <name>RelayDesk::LockoutsPanel</name>
    <message>
        <source>Addresses locked out of AUTH</source>
        <translation>Für AUTH gesperrte Adressen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Locked since</source>
        <translation>Gesperrt seit</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlversuche</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Letzter Fehlversuch</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Let this address try to log in again now</source>
        <translation>Diese Adresse darf sich ab sofort wieder anmelden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Cannot read the lockouts: %1</source>
        <translation>Die Sperren können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No address is locked out.</source>
        <translation>Keine Adresse ist gesperrt.</translation>
    </message>
    <message>
        <source>Unlocked: %1 may log in again.</source>
        <translation>Entsperrt: %1 darf sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Cannot unlock %1: %2</source>
        <translation>%1 kann nicht entsperrt werden: %2</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>falsches Passwort</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>unbekannter Benutzername</translation>
    </message>
    <message>
        <source>credential revoked</source>
        <translation>Zugangsdaten widerrufen</translation>
    </message>
    <message>
        <source>agent disabled</source>
        <translation>Agent deaktiviert</translation>
    </message>
    <message>
        <source>authorization identity not permitted</source>
        <translation>Autorisierungsidentität nicht erlaubt</translation>
    </message>
    <message>
        <source>address %1 not on the agent&apos;s allowlist</source>
        <translation>Adresse %1 steht nicht in der Liste erlaubter Adressen des Agenten</translation>
    </message>
    <message>
        <source>%1 was locked out again after it was unlocked: it went on giving wrong passwords. Leave a guessing address locked, and block it in the firewall.</source>
        <translation>%1 wurde nach dem Entsperren erneut gesperrt: Es kamen weiter falsche Passwörter. Lassen Sie eine Adresse, die Passwörter rät, gesperrt, und blockieren Sie sie in der Firewall.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::LogFilterBar</name>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>From this time on (included)</source>
        <translation>Ab diesem Zeitpunkt (einschließlich)</translation>
    </message>
    <message>
        <source>Up to this time (not included)</source>
        <translation>Bis zu diesem Zeitpunkt (ausschließlich)</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>Warteschlangen-ID</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Suchbegriffe</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>Der Anfang muss vor dem Ende liegen.</translation>
    </message>
    <message>
        <source>Recipient contains</source>
        <translation>Empfänger enthält</translation>
    </message>
    <message>
        <source>Shows the rows whose recipient, sender, subject, reply, queue ID or Message-ID hold every word typed here.</source>
        <translation>Zeigt die Zeilen, deren Empfänger, Absender, Betreff, Antwort, Warteschlangen-ID oder Message-ID jedes hier eingegebene Wort enthalten.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>RelayDesk::MainWindow</name>
    <message>
        <source>RelayDesk</source>
        <translation>RelayDesk</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Mail Agents</source>
        <translation>Mail-Agenten</translation>
    </message>
    <message>
        <source>Live Sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Delivery Logs</source>
        <translation>Zustellprotokoll</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Setup wizard...</source>
        <translation>&amp;Einrichtungsassistent …</translation>
    </message>
    <message>
        <source>Look up a &amp;reply code...</source>
        <translation>&amp;Antwortcode nachschlagen …</translation>
    </message>
    <message>
        <source>&amp;About RelayDesk</source>
        <translation>&amp;Über RelayDesk</translation>
    </message>
    <message>
        <source>About RelayDesk</source>
        <translation>Über RelayDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;RelayDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A mail relay for the office: applications and devices submit mail, RelayDesk delivers it and shows what became of it.&lt;/p&gt;&lt;p&gt;Data directory: %2&lt;br&gt;Qt %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;RelayDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Mail-Relay für das Büro: Anwendungen und Geräte übergeben E-Mails, RelayDesk stellt sie zu und zeigt, was aus ihnen wurde.&lt;/p&gt;&lt;p&gt;Datenverzeichnis: %2&lt;br&gt;Qt %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>RelayDesk::MessageViewer</name>
    <message>
        <source>RelayDesk itself (a delivery status notice)</source>
        <translation>RelayDesk selbst (eine Zustellstatusmeldung)</translation>
    </message>
    <message>
        <source>Resent by an administrator</source>
        <translation>Von einem Administrator erneut gesendet</translation>
    </message>
    <message>
        <source>no attempt yet</source>
        <translation>noch kein Versuch</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <source>Reading the message...</source>
        <translation>Nachricht wird gelesen …</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Kopfzeilen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Raw source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Resend to the same recipients...</source>
        <translation>An dieselben Empfänger erneut senden …</translation>
    </message>
    <message>
        <source>Cannot read message %1: %2</source>
        <translation>Nachricht %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>From %1, received %2</source>
        <translation>Von %1, empfangen %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; from %2, received %3</source>
        <translation>„%1“ von %2, empfangen %3</translation>
    </message>
    <message>
        <source>Queue a new copy of this message for the same recipients. The original stays as it is.</source>
        <translation>Eine neue Kopie dieser Nachricht für dieselben Empfänger in die Warteschlange stellen. Das Original bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>The body is no longer stored, so there is nothing to resend.</source>
        <translation>Der Nachrichteninhalt ist nicht mehr gespeichert, es gibt also nichts erneut zu senden.</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>Warteschlangen-ID</translation>
    </message>
    <message>
        <source>Mail Agent</source>
        <translation>Mail-Agent</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ohne)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Empfangen über</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Client-Adresse</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>&lt;&gt; (no return address: a notice)</source>
        <translation>&lt;&gt; (keine Rücksendeadresse: eine Benachrichtigung)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>RelayDesk does not try to deliver it until you release it.</source>
        <translation>RelayDesk versucht nicht, sie zuzustellen, bis Sie sie freigeben.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Road sign of the last reply</source>
        <translation>Bewertung der letzten Antwort</translation>
    </message>
    <message>
        <source>The body of this message is no longer stored: RelayDesk removes it once every recipient is delivered, returned or suppressed. The envelope, the recipients and the attempts stay in the delivery log. To keep bodies for a while, set &quot;Keep message bodies for&quot; in Settings, Retention.</source>
        <translation>Der Inhalt dieser Nachricht ist nicht mehr gespeichert: RelayDesk entfernt ihn, sobald sie an jeden Empfänger zugestellt, zurückgeschickt oder unterdrückt ist. Umschlag, Empfänger und Versuche bleiben im Zustellprotokoll. Um Inhalte eine Weile zu behalten, stellen Sie „Nachrichteninhalte aufbewahren für“ unter Einstellungen, Aufbewahrung ein.</translation>
    </message>
    <message>
        <source>This message has no plain-text part (it is %1). The Raw source tab shows all of it.</source>
        <translation>Diese Nachricht hat keinen reinen Textteil (Typ %1). Der Reiter „Quelltext“ zeigt sie vollständig.</translation>
    </message>
    <message>
        <source>The text declares the character set &quot;%1&quot;, which RelayDesk does not know; it is shown as UTF-8.</source>
        <translation>Der Text gibt den Zeichensatz „%1“ an, den RelayDesk nicht kennt; er wird als UTF-8 angezeigt.</translation>
    </message>
    <message>
        <source>No delivery attempt yet.</source>
        <translation>Noch kein Zustellversuch.</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>(no host)</source>
        <translation>(kein Host)</translation>
    </message>
    <message>
        <source>Encrypted with %1 (%2)</source>
        <translation>Verschlüsselt mit %1 (%2)</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>SMTP-Mitschrift</translation>
    </message>
    <message>
        <source>Resend message</source>
        <translation>Nachricht erneut senden</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Queuing a copy...</source>
        <translation>Kopie wird in die Warteschlange gestellt …</translation>
    </message>
    <message>
        <source>Could not resend: %1</source>
        <translation>Erneutes Senden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Queued again as %1.</source>
        <translation>Erneut in die Warteschlange gestellt als %1.</translation>
    </message>
    <message>
        <source>Accepted by node</source>
        <translation>Angenommen von Knoten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sent by node %1</source>
        <translation>Gesendet von Knoten %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>not tried until released</source>
        <translation>wird erst nach der Freigabe versucht</translation>
    </message>
    <message>
        <source>not tried until released; last reply: %1</source>
        <translation>wird erst nach der Freigabe versucht; letzte Antwort: %1</translation>
    </message>
    <message>
        <source>Deleted from the queue</source>
        <translation>Aus der Warteschlange gelöscht</translation>
    </message>
    <message>
        <source>The body of this message is no longer stored: it was removed when the message was deleted from the queue. The envelope, the recipients and the attempts stay in the delivery log.</source>
        <translation>Der Inhalt dieser Nachricht ist nicht mehr gespeichert: Er wurde entfernt, als die Nachricht aus der Warteschlange gelöscht wurde. Umschlag, Empfänger und Zustellversuche bleiben im Zustellprotokoll.</translation>
    </message>
    <message>
        <source>Body removed by the administrator</source>
        <translation>Inhalt vom Administrator entfernt</translation>
    </message>
    <message>
        <source>The body of this message is no longer stored: the relay administrator removed it after every recipient was final. The envelope, the recipients and the attempts stay in the delivery log.</source>
        <translation>Der Inhalt dieser Nachricht ist nicht mehr gespeichert: Der Relay-Administrator hat ihn entfernt, nachdem jeder Empfänger abgeschlossen war. Umschlag, Empfänger und Zustellversuche bleiben im Zustellprotokoll.</translation>
    </message>
    <message>
        <source>the relay administrator</source>
        <translation>den Relay-Administrator</translation>
    </message>
    <message>
        <source>Message %1 is no longer in the delivery log: its retention time ended or the log was purged (Settings, Retention).</source>
        <translation>Die Nachricht %1 ist nicht mehr im Zustellprotokoll: Ihre Aufbewahrungszeit ist abgelaufen oder das Protokoll wurde bereinigt (Einstellungen, Aufbewahrung).</translation>
    </message>
    <message>
        <source>Could not resend: the message is no longer in the delivery log.</source>
        <translation>Erneutes Senden nicht möglich: Die Nachricht ist nicht mehr im Zustellprotokoll.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is on the suppression list of %2 (it bounced for good before): the copy is not sent there. Lift the address on the agent&apos;s Suppressions tab first if it can take mail again.</source>
        <translation>
            <numerusform>%1 steht auf der Unterdrückungsliste von %2 (sie kam zuvor endgültig zurück): Die Kopie wird nicht dorthin gesendet. Heben Sie die Adresse zuerst im Reiter „Unterdrückungen“ des Agenten auf, wenn sie wieder Mail annehmen kann.</numerusform>
            <numerusform>%1 stehen auf der Unterdrückungsliste von %2 (sie kamen zuvor endgültig zurück): Die Kopie wird nicht dorthin gesendet. Heben Sie die Adressen zuerst im Reiter „Unterdrückungen“ des Agenten auf, wenn sie wieder Mail annehmen können.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>%1, resent by an administrator %2</source>
        <translation>%1, von einem Administrator erneut gesendet am %2</translation>
    </message>
    <message>
        <source>%1, received %2 from %3</source>
        <translation>%1, empfangen am %2 von %3</translation>
    </message>
    <message>
        <source>Same Message-ID</source>
        <translation>Gleiche Message-ID</translation>
    </message>
    <message numerus="yes">
        <source>%n other message(s) with this Message-ID: the same message was handed over again.</source>
        <translation>
            <numerusform>%n weitere Nachricht mit dieser Message-ID: Dieselbe Nachricht wurde erneut übergeben.</numerusform>
            <numerusform>%n weitere Nachrichten mit dieser Message-ID: Dieselbe Nachricht wurde erneut übergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not resent: every recipient is on the suppression list of %1. Lift them on the agent&apos;s Suppressions tab first if they can take mail again.</source>
        <translation>Nicht erneut gesendet: Jeder Empfänger steht auf der Unterdrückungsliste von %1. Heben Sie die Einträge zuerst im Reiter „Unterdrückungen“ des Agenten auf, wenn die Adressen wieder Mail annehmen können.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <comment>recipients of one attempt, then how many others</comment>
        <translation>
            <numerusform>%1 und %Ln weiterer</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice about</source>
        <translation>Benachrichtigung über</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <source>To resend delivered and bounced messages, set &quot;Keep message bodies for&quot; in Settings, Retention.</source>
        <translation>Um zugestellte und zurückgewiesene Nachrichten erneut zu senden, stellen Sie „Nachrichteninhalte aufbewahren für“ unter Einstellungen, Aufbewahrung ein.</translation>
    </message>
    <message>
        <source>This message is still being delivered, and a copy would reach its waiting recipients twice. Its body is removed once every recipient is delivered or bounced, so it cannot be resent then either.</source>
        <translation>Diese Nachricht wird noch zugestellt, und eine Kopie erreichte ihre wartenden Empfänger doppelt. Ihr Inhalt wird entfernt, sobald jeder Empfänger zugestellt oder zurückgewiesen ist, also kann sie auch dann nicht erneut gesendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>This message is still being delivered: resend it once every recipient is delivered or bounced (its body is kept %n day(s) after that).</source>
        <translation>
            <numerusform>Diese Nachricht wird noch zugestellt: Senden Sie sie erneut, sobald jeder Empfänger zugestellt oder zurückgewiesen ist (ihr Inhalt bleibt danach %n Tag aufbewahrt).</numerusform>
            <numerusform>Diese Nachricht wird noch zugestellt: Senden Sie sie erneut, sobald jeder Empfänger zugestellt oder zurückgewiesen ist (ihr Inhalt bleibt danach %n Tage aufbewahrt).</numerusform>
        </translation>
    </message>
    <message>
        <source>the relay (time limit)</source>
        <translation>das Relay (Frist abgelaufen)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>(no file name)</source>
        <translation>(ohne Dateinamen)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>RelayDesk did not read the message to its end: its parts nest deeper than 16 levels, or it has more than 500 attachments (the Raw source tab shows it all).</source>
        <translation>RelayDesk hat die Nachricht nicht bis zum Ende gelesen: Ihre Teile sind tiefer als 16 Ebenen verschachtelt, oder sie hat mehr als 500 Anhänge (der Reiter Quelltext zeigt alles).</translation>
    </message>
    <message>
        <source>none found.</source>
        <translation>keine gefunden.</translation>
    </message>
    <message>
        <source>the relay (stopped)</source>
        <translation>das Relay (beendet)</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Try the recipients still waiting again now.</source>
        <translation>Die noch wartenden Empfänger jetzt erneut versuchen.</translation>
    </message>
    <message>
        <source>Every recipient is delivered, bounced or deleted.</source>
        <translation>Jeder Empfänger ist zugestellt, zurückgesendet oder gelöscht.</translation>
    </message>
    <message>
        <source>Asking for another attempt...</source>
        <translation>Neuer Versuch wird angefordert …</translation>
    </message>
    <message>
        <source>Not retried: %1</source>
        <translation>Nicht erneut versucht: %1</translation>
    </message>
    <message>
        <source>It will be tried as soon as the relay runs again: it is not running now.</source>
        <translation>Sie wird versucht, sobald das Relay wieder läuft: Es läuft gerade nicht.</translation>
    </message>
    <message>
        <source>It will be tried as soon as delivery is turned on: it is off (Settings, Delivery, &quot;Deliver queued mail&quot;).</source>
        <translation>Sie wird versucht, sobald die Zustellung eingeschaltet ist: Sie ist aus (Einstellungen, Zustellung, „E-Mails aus der Warteschlange zustellen“).</translation>
    </message>
    <message>
        <source>Tried again now: the Attempts tab shows how it goes.</source>
        <translation>Jetzt erneut versucht: Der Reiter „Versuche“ zeigt, wie es ausgeht.</translation>
    </message>
    <message>
        <source>Notices to its sender</source>
        <translation>Berichte an den Absender</translation>
    </message>
    <message>
        <source>Now on the suppression list of %1: later messages to it are not sent (Mail Agents, %1, Suppressions).</source>
        <translation>Jetzt auf der Unterdrückungsliste von %1: Spätere Nachrichten an sie werden nicht gesendet (Mail-Agenten, %1, Unterdrückungen).</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>The message is on hold: release it, and its waiting recipients are tried again.</source>
        <translation>Die Nachricht ist angehalten: Geben Sie sie frei, dann werden ihre wartenden Empfänger erneut versucht.</translation>
    </message>
    <message>
        <source>Releasing...</source>
        <translation>Wird freigegeben …</translation>
    </message>
    <message>
        <source>Not released: %1</source>
        <translation>Nicht freigegeben: %1</translation>
    </message>
    <message>
        <source>Released: its waiting recipients are tried again.</source>
        <translation>Freigegeben: Ihre wartenden Empfänger werden erneut versucht.</translation>
    </message>
    <message>
        <source>Released: delivered once the relay runs again; it is not running now.</source>
        <translation>Freigegeben: Sie wird zugestellt, sobald das Relay wieder läuft; es läuft gerade nicht.</translation>
    </message>
    <message>
        <source>This message is on hold with recipients still waiting: a copy would reach them twice once it is released. Release it, or bounce or delete it on the Queue page.</source>
        <translation>Diese Nachricht ist angehalten, und Empfänger warten noch: Eine Kopie erreichte sie doppelt, sobald sie freigegeben ist. Geben Sie sie frei, oder senden Sie sie zurück oder löschen Sie sie auf der Seite Warteschlange.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln Empfänger</numerusform>
            <numerusform>%Ln Empfänger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send a new copy of this message to its %Ln recipient(s)? It is queued as a new message; the original stays as it is.</source>
        <translation>
            <numerusform>Eine neue Kopie dieser Nachricht an %Ln Empfänger senden? Sie wird als neue Nachricht in die Warteschlange gestellt; das Original bleibt, wie es ist.</numerusform>
            <numerusform>Eine neue Kopie dieser Nachricht an ihre %Ln Empfänger senden? Sie wird als neue Nachricht in die Warteschlange gestellt; das Original bleibt, wie es ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send a new copy of this message to %Ln of its %1 recipients? It is queued as a new message; the original stays as it is.</source>
        <translation>
            <numerusform>Eine neue Kopie dieser Nachricht an %Ln ihrer %1 Empfänger senden? Sie wird als neue Nachricht eingereiht; das Original bleibt, wie es ist.</numerusform>
            <numerusform>Eine neue Kopie dieser Nachricht an %Ln ihrer %1 Empfänger senden? Sie wird als neue Nachricht eingereiht; das Original bleibt, wie es ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a resent copy&apos;s queue id and when it was resent</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This message was resent by an administrator:</source>
        <translation>Diese Nachricht wurde von einem Administrator erneut gesendet:</translation>
    </message>
    <message>
        <source>This is a copy an administrator resent of the same message:</source>
        <translation>Dies ist eine Kopie derselben Nachricht, die ein Administrator erneut gesendet hat:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; below sends this message to the address now.</source>
        <translation>„%1“ unten sendet diese Nachricht jetzt an die Adresse.</translation>
    </message>
    <message>
        <source>No longer on the suppression list of %1, as it was when this message was sent. %2</source>
        <translation>Nicht mehr auf der Unterdrückungsliste von %1, wie noch beim Senden dieser Nachricht. %2</translation>
    </message>
</context>
<context>
    <name>RelayDesk::MessageViewerOpener</name>
    <message>
        <source>View message</source>
        <translation>Nachricht anzeigen</translation>
    </message>
</context>
<context>
    <name>RelayDesk::MtaStsPanel</name>
    <message>
        <source>enforce: only listed servers, verified TLS</source>
        <translation>enforce: nur gelistete Server, geprüftes TLS</translation>
    </message>
    <message>
        <source>testing: delivered, problems logged</source>
        <translation>testing: zugestellt, Probleme protokolliert</translation>
    </message>
    <message>
        <source>none: no policy</source>
        <translation>none: keine Richtlinie</translation>
    </message>
    <message>
        <source>Domains that publish MTA-STS get mail only over verified TLS to the servers they list. RelayDesk fetches and keeps their policies by itself.</source>
        <translation>Domains, die MTA-STS veröffentlichen, erhalten Mail nur über geprüftes TLS an die Server, die sie nennen. RelayDesk holt und speichert ihre Richtlinien selbst.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Cannot read the MTA-STS policies: %1</source>
        <translation>Die MTA-STS-Richtlinien können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>expired (%1)</source>
        <translation>abgelaufen (%1)</translation>
    </message>
    <message>
        <source>No recipient domain&apos;s policy is cached yet.</source>
        <translation>Noch keine Richtlinie einer Empfängerdomain gespeichert.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::NodesPanel</name>
    <message>
        <source>Nodes sharing this store</source>
        <translation>Knoten, die diesen Speicher teilen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Letztes Lebenszeichen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Cannot read the nodes: %1</source>
        <translation>Die Knoten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation>Antwortet nicht</translation>
    </message>
    <message>
        <source>%1 (this node)</source>
        <translation>%1 (dieser Knoten)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No heartbeat for a while: the node may have died. Its deliveries are taken over by the other nodes once their leases run out.</source>
        <translation>Seit einer Weile kein Lebenszeichen: Der Knoten ist vielleicht ausgefallen. Seine Zustellungen übernehmen die anderen Knoten, sobald seine Haltedauer abläuft.</translation>
    </message>
    <message>
        <source>No node has run on this store yet.</source>
        <translation>Auf diesem Speicher lief noch kein Knoten.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) alive</source>
        <translation>
            <numerusform>%n Knoten aktiv</numerusform>
            <numerusform>%n Knoten aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Node id %2</source>
        <translation>%1
Knoten-ID %2</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln held until %1</source>
        <translation>
            <numerusform>%Ln gehalten bis %1</numerusform>
            <numerusform>%Ln gehalten bis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The node still holds the leases of %Ln recipient(s): no node delivers them before their leases run out. If the node is gone for good, &apos;relaydesk node forget %1&apos; hands them to the other nodes now.</source>
        <translation>
            <numerusform>Der Knoten hält noch die Lease von %Ln Empfänger: kein Knoten stellt an ihn zu, bevor die Lease abläuft. Ist der Knoten endgültig weg, übergibt „relaydesk node forget %1“ ihn jetzt an die anderen Knoten.</numerusform>
            <numerusform>Der Knoten hält noch die Leases von %Ln Empfängern: kein Knoten stellt an sie zu, bevor ihre Leases ablaufen. Ist der Knoten endgültig weg, übergibt „relaydesk node forget %1“ sie jetzt an die anderen Knoten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::OwnListeners</name>
    <message>
        <source>the %1 listener (%2) and the %3 listener (%4) would both listen on port %5 of the same address; give each its own port</source>
        <translation>der Empfangsport %1 (%2) und der Empfangsport %3 (%4) würden beide auf Port %5 derselben Adresse lauschen; geben Sie jedem einen eigenen Port</translation>
    </message>
    <message>
        <source>%1%2 is this relay&apos;s own %3 listener (%4): mail sent there would come straight back (a mail loop)</source>
        <translation>%1%2 ist der eigene %3-Empfangsport dieses Relays (%4): Dorthin gesendete Mail käme sofort zurück (eine Mailschleife)</translation>
    </message>
    <message>
        <source>%1%2 is a listener of the node %3 (%4), which shares this relay&apos;s store: mail sent there would come back into the same queue (a mail loop)</source>
        <translation>%1%2 ist ein Empfangsport des Knotens %3 (%4), der den Speicher dieses Relays teilt: Dorthin gesendete Mail käme in dieselbe Warteschlange zurück (eine Mailschleife)</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>smtps</source>
        <translation>SMTPS</translation>
    </message>
    <message>
        <source>lan</source>
        <translation>LAN-Relay</translation>
    </message>
</context>
<context>
    <name>RelayDesk::PasswordDialog</name>
    <message>
        <source>New SMTP credential</source>
        <translation>Neue SMTP-Zugangsdaten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the password now.&lt;/b&gt; It is shown only this once: RelayDesk keeps only a hash of it and cannot show it again. If it is lost, rotate the credential.</source>
        <translation>&lt;b&gt;Kopieren Sie das Passwort jetzt.&lt;/b&gt; Es wird nur dieses eine Mal angezeigt: RelayDesk speichert nur einen Hash davon und kann es nicht erneut anzeigen. Geht es verloren, erneuern Sie die Zugangsdaten.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Username copied.</source>
        <translation>Benutzername kopiert.</translation>
    </message>
    <message>
        <source>Password copied to the clipboard.</source>
        <translation>Passwort in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation>Schließen, ohne zu kopieren</translation>
    </message>
    <message>
        <source>Close without copying the password? It is not shown again: a lost password means rotating the credential.</source>
        <translation>Schließen, ohne das Passwort zu kopieren? Es wird nicht noch einmal angezeigt: Ein verlorenes Passwort heißt, die Zugangsdaten zu erneuern.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>RelayDesk::PeerTrust</name>
    <message>
        <source>the system CA store</source>
        <translation>den CA-Speicher des Systems</translation>
    </message>
    <message>
        <source>the system CA store and the CAs in %1</source>
        <translation>den CA-Speicher des Systems und die CAs in %1</translation>
    </message>
    <message>
        <source>the CAs in %1</source>
        <translation>die CAs in %1</translation>
    </message>
    <message>
        <source>the pinned certificate %1</source>
        <translation>das festgelegte Zertifikat %1</translation>
    </message>
    <message>
        <source>nothing (--insecure-skip-verify: any certificate is accepted)</source>
        <translation>nichts (--insecure-skip-verify: jedes Zertifikat wird angenommen)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::PublicMailboxDomains</name>
    <message>
        <source>%1 belongs to a public mail provider: this office cannot sign mail as it (DKIM) or publish SPF for it, and receivers that follow its DMARC policy reject or junk mail sent as it from here. Send as a domain the office owns.</source>
        <translation>%1 gehört einem öffentlichen E-Mail-Anbieter: Dieses Büro kann keine Mail in seinem Namen signieren (DKIM) und kein SPF dafür veröffentlichen, und Empfänger, die seiner DMARC-Richtlinie folgen, weisen von hier in seinem Namen gesendete Mail ab oder stufen sie als Spam ein. Senden Sie im Namen einer Domain, die dem Büro gehört.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::QueueActions</name>
    <message>
        <source>no queued message with id %1</source>
        <translation>keine Nachricht mit der ID %1 in der Warteschlange</translation>
    </message>
    <message>
        <source>message %1 has no recipient left to deliver</source>
        <translation>Nachricht %1 hat keinen Empfänger mehr, an den zuzustellen ist</translation>
    </message>
    <message>
        <source>message %1 is on hold: release it first, then retry it</source>
        <translation>Nachricht %1 ist angehalten: Geben Sie sie zuerst frei und versuchen Sie sie dann erneut</translation>
    </message>
    <message>
        <source>message %1 has nothing left to delete: every recipient is final and its body is gone (its delivery log stays until retention removes it)</source>
        <translation>Nachricht %1 hat nichts mehr zu löschen: jeder Empfänger ist abgeschlossen und ihr Inhalt ist schon entfernt (ihr Zustellprotokoll bleibt, bis die Aufbewahrungsfrist es entfernt)</translation>
    </message>
    <message>
        <source>message %1 was deleted from the queue on %2: there is nothing left to do with it (its body went with it; queue show %1 shows its history)</source>
        <translation>Nachricht %1 wurde am %2 aus der Warteschlange gelöscht: mit ihr ist nichts mehr zu tun (ihr Inhalt wurde mit entfernt; queue show %1 zeigt ihren Verlauf)</translation>
    </message>
    <message>
        <source>message %1 waits for node %2, which stopped answering: no node delivers it until that node&apos;s hold on it runs out at %3 UTC, when another node takes it; &quot;relaydesk node forget %2&quot; frees it now</source>
        <translation>Nachricht %1 wartet auf Knoten %2, der nicht mehr antwortet: Kein Knoten stellt sie zu, bis dessen Zugriff darauf um %3 UTC abläuft; dann übernimmt sie ein anderer Knoten. „relaydesk node forget %2“ gibt sie sofort frei</translation>
    </message>
    <message>
        <source>message %1 is being delivered right now: a bounce would tell its sender that it failed while it may still arrive; bounce it once this attempt has ended, or hold it to stop further attempts</source>
        <translation>Nachricht %1 wird gerade zugestellt: Ein Zurücksenden würde dem Absender einen Fehlschlag melden, während sie vielleicht noch ankommt; senden Sie sie zurück, wenn dieser Versuch beendet ist, oder halten Sie sie an, um weitere Versuche zu stoppen</translation>
    </message>
    <message>
        <source>message %1 still has recipients in the queue (waiting for a try or a retry): resend it once every recipient is delivered or bounced, or try it again now (relaydesk queue retry %1)</source>
        <translation>Die Nachricht %1 hat noch Empfänger in der Warteschlange (sie warten auf einen Versuch oder einen neuen Versuch): Senden Sie sie erneut, sobald jeder Empfänger zugestellt oder zurückgewiesen ist, oder versuchen Sie es jetzt erneut (relaydesk queue retry %1)</translation>
    </message>
    <message>
        <source>message %1 has no recipients to resend to that are not on the suppression list</source>
        <translation>Nachricht %1 hat keine Empfänger zum erneuten Senden, die nicht auf der Unterdrückungsliste stehen</translation>
    </message>
</context>
<context>
    <name>RelayDesk::QueueModel</name>
    <message>
        <source>on hold</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <source>delivery is off</source>
        <translation>Zustellung ist aus</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Under way since %1</source>
        <translation>In Zustellung seit %1</translation>
    </message>
    <message>
        <source>Being delivered by the node %1</source>
        <translation>Wird vom Knoten %1 zugestellt</translation>
    </message>
    <message>
        <source>(bounce notice)</source>
        <translation>(Unzustellbarkeitsbericht)</translation>
    </message>
    <message>
        <source>The node %1 took it and no longer answers: another node takes it when its lease runs out</source>
        <translation>Der Knoten %1 hat sie übernommen und antwortet nicht mehr: Ein anderer Knoten übernimmt sie, wenn seine Haltedauer abläuft</translation>
    </message>
    <message>
        <source>relay stopped</source>
        <translation>Relay gestoppt</translation>
    </message>
    <message>
        <source>Due at %1; the relay of this computer is not running, so nothing is sent until it runs again.</source>
        <translation>Fällig um %1; das Relay dieses Computers läuft nicht, daher wird nichts gesendet, bis es wieder läuft.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <comment>the first recipient, then how many others</comment>
        <translation>
            <numerusform>%1 und %Ln weiterer</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>und %Ln weiterer</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting for a free outbound connection since %1</source>
        <translation>Wartet seit %1 auf eine freie ausgehende Verbindung</translation>
    </message>
</context>
<context>
    <name>RelayDesk::QueuePage</name>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Bounce...</source>
        <translation>Zurücksenden …</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation>Die Warteschlange kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Confirm queue action</source>
        <translation>Warteschlangenaktion bestätigen</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 an %2</translation>
    </message>
    <message>
        <source>Read the queue again (F5). It also updates by itself.</source>
        <translation>Die Warteschlange neu lesen (F5). Sie aktualisiert sich auch von selbst.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Zurücksenden</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a message to see its recipients and what its last reply means.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Nachricht aus, um ihre Empfänger und die Bedeutung der letzten Antwort zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Nächster Versuch: %1</translation>
    </message>
    <message>
        <source>Envelope, headers, text, source and attempts of the current message (Enter or double-click).</source>
        <translation>Umschlag, Kopfzeilen, Text, Quelltext und Versuche der aktuellen Nachricht (Eingabetaste oder Doppelklick).</translation>
    </message>
    <message>
        <source>Queued a copy as %1.</source>
        <translation>Kopie als %1 in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>Cannot count the messages</source>
        <translation>Die Nachrichten können nicht gezählt werden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln message(s) loaded so far are selected; %1 more match and are left as they are. Scroll to the end of the table to load them.</source>
        <translation>
            <numerusform>Nur die %Ln bisher geladene Nachricht ist ausgewählt; %1 weitere passen zum Filter und bleiben unverändert. Scrollen Sie ans Ende der Tabelle, um sie zu laden.</numerusform>
            <numerusform>Nur die %Ln bisher geladenen Nachrichten sind ausgewählt; %1 weitere passen zum Filter und bleiben unverändert. Scrollen Sie ans Ende der Tabelle, um sie zu laden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next attempt: none while delivery is turned off (Settings, Delivery, &quot;Deliver queued mail&quot;).</source>
        <translation>Nächster Versuch: keiner, solange die Zustellung ausgeschaltet ist (Einstellungen, Zustellung, „E-Mails aus der Warteschlange zustellen“).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>Being delivered to %1 since %2: the result shows here when the attempt ends.</source>
        <translation>Wird seit %2 an %1 zugestellt: Das Ergebnis erscheint hier, sobald der Versuch endet.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them is being delivered right now: that delivery may still complete.</source>
        <translation>
            <numerusform>%n davon wird gerade zugestellt: Diese Zustellung kann noch gelingen.</numerusform>
            <numerusform>%n davon werden gerade zugestellt: Diese Zustellungen können noch gelingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Being delivered by the node %1 of this store: the result shows here when the attempt ends.</source>
        <translation>Wird vom Knoten %1 dieses Speichers zugestellt: Das Ergebnis erscheint hier, sobald der Versuch endet.</translation>
    </message>
    <message>
        <source>a bounce notice to %1</source>
        <translation>ein Unzustellbarkeitsbericht an %1</translation>
    </message>
    <message>
        <source>Waiting: the node %1 took it and no longer answers. Another node takes it at %2, when that node&apos;s lease runs out; Retry now cannot bring that forward.</source>
        <translation>Wartet: Der Knoten %1 hat sie übernommen und antwortet nicht mehr. Ein anderer Knoten übernimmt sie um %2, wenn die Haltedauer dieses Knotens abläuft; „Jetzt erneut versuchen“ kann das nicht vorziehen.</translation>
    </message>
    <message>
        <source>Next attempt: once the relay runs again; it is not running now (the attempt was due at %1).</source>
        <translation>Nächster Versuch: sobald das Relay wieder läuft; es läuft gerade nicht (der Versuch war um %1 fällig).</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more (the message viewer lists them all)</source>
        <translation>
            <numerusform>%1 und %Ln weiterer (die Nachrichtenansicht listet alle auf)</numerusform>
            <numerusform>%1 und %Ln weitere (die Nachrichtenansicht listet alle auf)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <comment>the first recipients, then how many others</comment>
        <translation>
            <numerusform>%1 und %Ln weiterer</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other reply(s): the message viewer shows every recipient&apos;s.</source>
        <translation>
            <numerusform>%Ln weitere Antwort: Die Nachrichtenansicht zeigt die jedes Empfängers.</numerusform>
            <numerusform>%Ln weitere Antworten: Die Nachrichtenansicht zeigt die jedes Empfängers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them is being delivered right now and is not bounced: bounce it once that attempt has ended.</source>
        <translation>
            <numerusform>%n davon wird gerade zugestellt und nicht zurückgesendet: Senden Sie sie zurück, wenn dieser Versuch beendet ist.</numerusform>
            <numerusform>%n davon werden gerade zugestellt und nicht zurückgesendet: Senden Sie sie zurück, wenn diese Versuche beendet sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln message(s) retried have left the queue: the Delivery Logs say how each ended.</source>
        <translation>
            <numerusform>Die %Ln erneut versuchte Nachricht hat die Warteschlange verlassen: Das Zustellprotokoll zeigt, wie es ausging.</numerusform>
            <numerusform>Die %Ln erneut versuchten Nachrichten haben die Warteschlange verlassen: Das Zustellprotokoll zeigt, wie jede ausging.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln message(s) from the queue? Recipients still waiting will not get them and the senders are not told; what was delivered stays in the Delivery Logs.</source>
        <translation>
            <numerusform>%Ln Nachricht aus der Warteschlange löschen? Noch wartende Empfänger erhalten sie nicht, und der Absender wird nicht benachrichtigt; was bereits zugestellt wurde, bleibt im Zustellprotokoll.</numerusform>
            <numerusform>%Ln Nachrichten aus der Warteschlange löschen? Noch wartende Empfänger erhalten sie nicht, und die Absender werden nicht benachrichtigt; was bereits zugestellt wurde, bleibt im Zustellprotokoll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bounce %Ln message(s)? Delivery stops and a failure notice is queued for each sender, unless it asked for none; the Delivery Logs show whether it arrived.</source>
        <translation>
            <numerusform>%Ln Nachricht zurücksenden? Die Zustellung endet, und für den Absender wird ein Unzustellbarkeitsbericht in die Warteschlange gestellt, außer er hat keinen verlangt; das Zustellprotokoll zeigt, ob er angekommen ist.</numerusform>
            <numerusform>%Ln Nachrichten zurücksenden? Die Zustellung endet, und für jeden Absender wird ein Unzustellbarkeitsbericht in die Warteschlange gestellt, außer er hat keinen verlangt; das Zustellprotokoll zeigt, ob er angekommen ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole messages are deleted: %Ln waiting recipient(s) in all, %1 of them at addresses the filter does not show.</source>
        <translation>
            <numerusform>Die ganzen Nachrichten werden gelöscht: insgesamt %Ln wartender Empfänger, davon %1 an Adressen, die der Filter nicht zeigt.</numerusform>
            <numerusform>Die ganzen Nachrichten werden gelöscht: insgesamt %Ln wartende Empfänger, davon %1 an Adressen, die der Filter nicht zeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole messages are bounced: %Ln waiting recipient(s) in all, %1 of them at addresses the filter does not show.</source>
        <translation>
            <numerusform>Die ganzen Nachrichten gehen an die Absender zurück: insgesamt %Ln wartender Empfänger, davon %1 an Adressen, die der Filter nicht zeigt.</numerusform>
            <numerusform>Die ganzen Nachrichten gehen an die Absender zurück: insgesamt %Ln wartende Empfänger, davon %1 an Adressen, die der Filter nicht zeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting since %2 for a free outbound connection to %1: every connection the relay may open for it is in use. Nothing has been sent yet; holding or deleting it now stops it.</source>
        <translation>Wartet seit %2 auf eine freie ausgehende Verbindung zu %1: Jede Verbindung, die das Relay dafür öffnen darf, ist belegt. Noch wurde nichts gesendet; Anhalten oder Löschen stoppt sie jetzt.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RefusedLoginsPanel</name>
    <message>
        <source>Logins refused in the last 24 hours</source>
        <translation>In den letzten 24 Stunden abgelehnte Anmeldungen</translation>
    </message>
    <message>
        <source>Last refused</source>
        <translation>Zuletzt abgelehnt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Mail Agent</source>
        <translation>Mail-Agent</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Cannot read the refused logins: %1</source>
        <translation>Die abgelehnten Anmeldungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>unbekannter Benutzername</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>falsches Passwort</translation>
    </message>
    <message>
        <source>address not on the agent&apos;s allowlist</source>
        <translation>Adresse nicht in den erlaubten Adressen des Agenten</translation>
    </message>
    <message>
        <source>agent disabled</source>
        <translation>Agent deaktiviert</translation>
    </message>
    <message>
        <source>password revoked or replaced</source>
        <translation>Passwort widerrufen oder ersetzt</translation>
    </message>
    <message>
        <source>No Mail Agent has this user name: the device has a mistyped user name, or one of an agent that was deleted.</source>
        <translation>Kein Mail-Agent hat diesen Benutzernamen: Das Gerät hat einen vertippten Benutzernamen oder den eines gelöschten Agenten.</translation>
    </message>
    <message>
        <source>The user name is the agent&apos;s, the password is not: type the password into the device again, or rotate it and give the device the new one.</source>
        <translation>Der Benutzername gehört dem Agenten, das Passwort nicht: Geben Sie das Passwort im Gerät neu ein, oder erneuern Sie es und geben Sie dem Gerät das neue.</translation>
    </message>
    <message>
        <source>User name and password are right, but the device&apos;s address is not on the agent&apos;s allowlist: add the address on the agent&apos;s Allowlist tab if the device belongs to you.</source>
        <translation>Benutzername und Passwort stimmen, aber die Adresse des Geräts steht nicht in den erlaubten Adressen des Agenten: Tragen Sie die Adresse im Reiter „Erlaubte Adressen“ des Agenten ein, wenn das Gerät Ihnen gehört.</translation>
    </message>
    <message>
        <source>User name and password are right, but the agent is disabled: enable it on the Mail Agents page.</source>
        <translation>Benutzername und Passwort stimmen, aber der Agent ist deaktiviert: Aktivieren Sie ihn auf der Seite Mail-Agenten.</translation>
    </message>
    <message>
        <source>The device still uses a password that was revoked or replaced by a rotation: give it the agent&apos;s current password.</source>
        <translation>Das Gerät verwendet noch ein Passwort, das widerrufen oder durch eine Erneuerung ersetzt wurde: Geben Sie ihm das aktuelle Passwort des Agenten.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>No login was refused in the last 24 hours.</source>
        <translation>In den letzten 24 Stunden wurde keine Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>asked to act as another user</source>
        <translation>wollte als anderer Benutzer handeln</translation>
    </message>
    <message>
        <source>The program logs in with PLAIN and names another user to act as (an authorization identity, often the sender&apos;s address): leave that field empty in its settings. Its password was not checked.</source>
        <translation>Das Programm meldet sich mit PLAIN an und nennt einen anderen Benutzer, als der es handeln will (eine Autorisierungsidentität, oft die Absenderadresse): Lassen Sie dieses Feld in seinen Einstellungen leer. Sein Passwort wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>too many logins at once</source>
        <translation>zu viele Anmeldungen gleichzeitig</translation>
    </message>
    <message>
        <source>agent deleted</source>
        <translation>Agent gelöscht</translation>
    </message>
    <message>
        <source>The device still logs in with the user name and password of a Mail Agent that was deleted: give it the credentials of another agent, or turn its mail off. These logins do not lock its address out.</source>
        <translation>Das Gerät meldet sich noch mit Benutzername und Passwort eines gelöschten Mail-Agenten an: Geben Sie ihm die Zugangsdaten eines anderen Agenten oder schalten Sie seinen Mailversand ab. Diese Anmeldungen sperren seine Adresse nicht.</translation>
    </message>
    <message>
        <source>tried while locked out</source>
        <translation>während der Sperre versucht</translation>
    </message>
    <message>
        <source>The address kept trying to log in after it was locked out for too many failures: its password was not checked. A program with an old password tries now and then; hundreds of tries, or unknown user names above, are someone guessing passwords: leave the address locked and block it in the firewall (the README&apos;s fail2ban filter does that).</source>
        <translation>Die Adresse versuchte sich weiter anzumelden, nachdem sie wegen zu vieler Fehlversuche gesperrt wurde: Ihr Passwort wurde nicht geprüft. Ein Programm mit einem alten Passwort versucht es hin und wieder; Hunderte Versuche oder unbekannte Benutzernamen weiter oben bedeuten, dass jemand Passwörter rät: Lassen Sie die Adresse gesperrt und blockieren Sie sie in der Firewall (der fail2ban-Filter aus der README erledigt das).</translation>
    </message>
    <message>
        <source>More logins from this address waited for their password check than &quot;Logins checked at once per address&quot; (Settings, Security) allows: the program was told to try again later (454), and one that does not retry lost that message. Raise the setting if a program sends many messages in parallel. Its password was not checked.</source>
        <translation>Mehr Anmeldungen von dieser Adresse warteten auf die Prüfung ihres Passworts, als „Gleichzeitig geprüfte Anmeldungen je Adresse“ (Einstellungen, Sicherheit) erlaubt: Das Programm wurde gebeten, es später erneut zu versuchen (454), und eines, das es nicht erneut versucht, hat diese Nachricht verloren. Erhöhen Sie die Einstellung, wenn ein Programm viele Nachrichten gleichzeitig sendet. Sein Passwort wurde nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RefusedSubmissionsPanel</name>
    <message>
        <source>The relay refused the sender</source>
        <translation>Das Relay hat den Absender abgelehnt</translation>
    </message>
    <message>
        <source>The relay refused a recipient</source>
        <translation>Das Relay hat einen Empfänger abgelehnt</translation>
    </message>
    <message>
        <source>The relay refused the message</source>
        <translation>Das Relay hat die Nachricht abgelehnt</translation>
    </message>
    <message>
        <source>Senders, recipients and messages the relay refused while the application was still connected. Nothing of them was queued, so the delivery log has no row for them; the application was told why.</source>
        <translation>Absender, Empfänger und Nachrichten, die das Relay abgelehnt hat, solange die Anwendung noch verbunden war. Nichts davon wurde in die Warteschlange gestellt, daher hat das Zustellprotokoll keine Zeile dafür; der Anwendung wurde der Grund genannt.</translation>
    </message>
    <message>
        <source>Search sender, recipient, Mail Agent, address or reply</source>
        <translation>Absender, Empfänger, Mail-Agent, Adresse oder Antwort suchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the refusals again (F5). They also update by themselves.</source>
        <translation>Die Ablehnungen neu lesen (F5). Sie aktualisieren sich auch von selbst.</translation>
    </message>
    <message>
        <source>Last refused</source>
        <translation>Zuletzt abgelehnt</translation>
    </message>
    <message>
        <source>Mail Agent</source>
        <translation>Mail-Agent</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Cannot read the refusals: %1</source>
        <translation>Die Ablehnungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing was refused at submission.</source>
        <translation>Beim Einliefern wurde nichts abgelehnt.</translation>
    </message>
    <message>
        <source>No refusal matches the search.</source>
        <translation>Keine Ablehnung passt zur Suche.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln refusal(s).</source>
        <translation>
            <numerusform>%Ln Ablehnung.</numerusform>
            <numerusform>%Ln Ablehnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a refusal to see what the application was told, and why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Ablehnung, um zu sehen, was der Anwendung gesagt wurde und warum.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Refused for now</source>
        <translation>Vorerst abgelehnt</translation>
    </message>
    <message>
        <source>The application was told to try again later. Nothing was queued: a program that retries sends it again by itself, one that does not has lost it.</source>
        <translation>Der Anwendung wurde gesagt, es später erneut zu versuchen. Nichts wurde in die Warteschlange gestellt: Ein Programm, das es erneut versucht, sendet es von selbst noch einmal; eines, das das nicht tut, hat es verloren.</translation>
    </message>
    <message>
        <source>The application was told that it cannot be sent this way. Nothing was queued: it arrives only if it is sent again once the cause above is put right.</source>
        <translation>Der Anwendung wurde gesagt, dass es so nicht gesendet werden kann. Nichts wurde in die Warteschlange gestellt: Es kommt nur an, wenn es erneut gesendet wird, nachdem die obige Ursache behoben ist.</translation>
    </message>
    <message>
        <source>What the code means:</source>
        <translation>Was der Code bedeutet:</translation>
    </message>
    <message>
        <source>First refused</source>
        <translation>Zuerst abgelehnt</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Client-Adresse</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Empfangen über</translation>
    </message>
    <message>
        <source>(none: not logged in)</source>
        <translation>(keiner: nicht angemeldet)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>%1 (not logged in)</source>
        <translation>%1 (nicht angemeldet)</translation>
    </message>
    <message>
        <source>From %1, not logged in</source>
        <translation>Von %1, nicht angemeldet</translation>
    </message>
    <message>
        <source>Mail Agent %1, from %2</source>
        <translation>Mail-Agent %1, von %2</translation>
    </message>
    <message numerus="yes">
        <source>The latest %Ln row(s) of refusals are shown; search to find older ones.</source>
        <translation>
            <numerusform>Die letzte Zeile (%Ln) der Ablehnungen wird gezeigt; suchen Sie, um ältere zu finden.</numerusform>
            <numerusform>Die letzten %Ln Zeilen der Ablehnungen werden gezeigt; suchen Sie, um ältere zu finden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 refusals, in %Ln row(s): equal refusals share a row and its count (Times).</source>
        <translation>
            <numerusform>%1 Ablehnungen in %Ln Zeile: Gleiche Ablehnungen teilen sich eine Zeile und deren Zähler (Spalte „Anzahl“).</numerusform>
            <numerusform>%1 Ablehnungen in %Ln Zeilen: Gleiche Ablehnungen teilen sich eine Zeile und deren Zähler (Spalte „Anzahl“).</numerusform>
        </translation>
    </message>
    <message>
        <source>The application was told to try again later, but its login no longer works: nothing was queued, and sending it again with the same user name and password fails every time.</source>
        <translation>Der Anwendung wurde gesagt, sie solle es später erneut versuchen, aber ihre Anmeldung funktioniert nicht mehr: Nichts wurde in die Warteschlange gestellt, und ein erneutes Senden mit demselben Benutzernamen und Passwort scheitert jedes Mal.</translation>
    </message>
    <message>
        <source>What it means:</source>
        <translation>Was das bedeutet:</translation>
    </message>
    <message>
        <source>(none: no MAIL command)</source>
        <translation>(keiner: kein MAIL-Befehl)</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <source>The relay turned the connection away</source>
        <translation>Das Relay hat die Verbindung abgewiesen</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>The connection failed at its TLS handshake</source>
        <translation>Die Verbindung ist am TLS-Handshake gescheitert</translation>
    </message>
    <message>
        <source>The connection failed on protocol errors</source>
        <translation>Die Verbindung ist an Protokollfehlern gescheitert</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>The connection failed before the application could send any mail: nothing was queued, and the device fails the same way each time until its settings are changed as the line above says.</source>
        <translation>Die Verbindung ist gescheitert, bevor die Anwendung Mail senden konnte: Nichts wurde eingereiht, und das Gerät scheitert jedes Mal genauso, bis seine Einstellungen so geändert sind, wie die Zeile darüber sagt.</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RelayEngine</name>
    <message>
        <source>The relay engine is not running.</source>
        <translation>Das Relay läuft nicht.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RelayWords</name>
    <message>
        <source>; </source>
        <comment>between the items of a list; French writes a no-break space before the semicolon</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>RelayDesk::RemoteEngine</name>
    <message>
        <source>The relay engine is not running.</source>
        <translation>Der Relay-Dienst läuft nicht.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ReplyCodeDialog</name>
    <message>
        <source>Look up a reply code</source>
        <translation>Antwortcode nachschlagen</translation>
    </message>
    <message>
        <source>e.g. 535 5.7.8, 4.7.10 or 550</source>
        <translation>z. B. 535 5.7.8, 4.7.10 oder 550</translation>
    </message>
    <message>
        <source>Reply code:</source>
        <translation>Antwortcode:</translation>
    </message>
    <message>
        <source>Type the code a mail server or application reported: the three digits (550), the enhanced code (5.1.1), or both.</source>
        <translation>Geben Sie den Code ein, den ein Mailserver oder eine Anwendung gemeldet hat: die drei Ziffern (550), den erweiterten Code (5.1.1) oder beides.</translation>
    </message>
    <message>
        <source>When RelayDesk itself gave this reply to an application:</source>
        <translation>Wenn RelayDesk selbst einer Anwendung so geantwortet hat:</translation>
    </message>
    <message>
        <source>the login was refused: the user name or password is wrong, or the application&apos;s address is not among its Mail Agent&apos;s allowed addresses. Live Sessions, &quot;Logins refused in the last 24 hours&quot;, says which; a new password does not help in the second case.</source>
        <translation>Die Anmeldung wurde abgelehnt: Benutzername oder Passwort sind falsch, oder die Adresse der Anwendung gehört nicht zu den erlaubten Adressen ihres Mail-Agenten. Aktive Sitzungen, „In den letzten 24 Stunden abgelehnte Anmeldungen“, sagt, was zutrifft; im zweiten Fall hilft ein neues Passwort nicht.</translation>
    </message>
    <message>
        <source>the message named more recipients than one message may have (Settings, Listeners, &quot;Recipients per message&quot;) or than its Mail Agent&apos;s limit. The recipients before were taken; RelayDesk does not send the message to the others: the application must send it to them again.</source>
        <translation>Die Nachricht nannte mehr Empfänger, als eine Nachricht haben darf (Einstellungen, Empfangsports, „Empfänger pro Nachricht“) oder als das Limit ihres Mail-Agenten erlaubt. Die Empfänger davor wurden angenommen; an die übrigen sendet RelayDesk die Nachricht nicht: Die Anwendung muss sie ihnen erneut senden.</translation>
    </message>
    <message>
        <source>the application sent mail without logging in, or tried to log in before encrypting the connection: turn on STARTTLS (or SSL/TLS on the SMTPS port) and authentication with the agent&apos;s user name and password in its settings.</source>
        <translation>Die Anwendung hat Mail gesendet, ohne sich anzumelden, oder sich angemeldet, bevor die Verbindung verschlüsselt war: Schalten Sie in ihren Einstellungen STARTTLS (oder SSL/TLS am SMTPS-Port) und die Anmeldung mit Benutzername und Passwort des Agenten ein.</translation>
    </message>
    <message>
        <source>RelayDesk refused the message as written: a text line longer than 1,000 characters, a line not ended by CR LF, a NUL character, or two From:, Sender: or Reply-To: fields; the reply&apos;s text says which. The application&apos;s mail library must write the message so (long lines: quoted-printable or base64 encoding).</source>
        <translation>RelayDesk hat die Nachricht so, wie sie geschrieben ist, abgelehnt: eine Textzeile mit mehr als 1.000 Zeichen, eine Zeile, die nicht mit CR LF endet, ein NUL-Zeichen oder zwei From:-, Sender:- oder Reply-To:-Felder; der Text der Antwort sagt, was davon. Die Mail-Bibliothek der Anwendung muss die Nachricht entsprechend schreiben (lange Zeilen: Kodierung quoted-printable oder base64).</translation>
    </message>
    <message>
        <source>the message is larger than RelayDesk takes (Settings, Listeners, &quot;Largest message&quot;), or its header section is too large: send it smaller, or raise the limit.</source>
        <translation>Die Nachricht ist größer, als RelayDesk annimmt (Einstellungen, Empfangsports, „Größte Nachricht“), oder ihr Kopfbereich ist zu groß: Senden Sie sie kleiner, oder erhöhen Sie das Limit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no SMTP reply code: a reply code has three digits and begins with 2 (done), 4 (temporary) or 5 (permanent).</source>
        <translation>„%1“ enthält keinen SMTP-Antwortcode: Ein Antwortcode hat drei Ziffern und beginnt mit 2 (erledigt), 4 (vorübergehend) oder 5 (dauerhaft).</translation>
    </message>
    <message>
        <source>the application&apos;s address held more connections at once than Settings, Listeners, &quot;Connections from one address&quot; allows (or the relay as many as &quot;Connections in total&quot;), or too many failed logins came from it and it is locked out for a while (Live Sessions, &quot;Addresses locked out of AUTH&quot;, where it can be unlocked), or its login stopped working while it was connected (&quot;Access withdrawn&quot;: its password was revoked or replaced, or its Mail Agent disabled or changed: give it the current password); the reply&apos;s text says which.</source>
        <translation>Die Adresse der Anwendung hielt mehr Verbindungen gleichzeitig, als Einstellungen, Empfangsports, „Verbindungen von einer Adresse“ erlaubt (oder das Relay so viele wie „Verbindungen insgesamt“), oder von ihr kamen zu viele fehlgeschlagene Anmeldungen und sie ist eine Weile gesperrt (Aktive Sitzungen, „Für AUTH gesperrte Adressen“, wo die Sperre aufgehoben werden kann), oder ihre Anmeldung galt nicht mehr, während sie verbunden war („Access withdrawn“: ihr Passwort wurde widerrufen oder ersetzt, oder ihr Mail-Agent deaktiviert oder geändert: Geben Sie ihr das aktuelle Passwort); der Text der Antwort sagt, was zutrifft.</translation>
    </message>
    <message>
        <source>the application&apos;s login stopped working while it was connected: the Mail Agent&apos;s password was revoked or replaced by a rotation, or the agent was disabled, deleted or its allowed addresses changed. Give the application the agent&apos;s current user name and password (Mail Agents, Credentials): sending again with the old ones never works.</source>
        <translation>Die Anmeldung der Anwendung hörte auf zu funktionieren, während sie verbunden war: Das Passwort des Mail-Agenten wurde widerrufen oder durch eine Erneuerung ersetzt, oder der Agent wurde deaktiviert, gelöscht oder seine erlaubten Adressen wurden geändert. Geben Sie der Anwendung den aktuellen Benutzernamen und das aktuelle Passwort des Agenten (Mail-Agenten, Zugangsdaten): Erneutes Senden mit den alten gelingt nie.</translation>
    </message>
    <message>
        <source>the Mail Agent reached one of its sending limits (Mail Agents, Sending limits); the reply says which and when it may send again. RelayDesk did not take the message and does not retry it: the application must send it again after that time, or raise the limit.</source>
        <translation>Der Mail-Agent hat eines seiner Sendelimits erreicht (Mail-Agenten, Sendelimits); die Antwort nennt welches und wann er wieder senden darf. RelayDesk hat die Nachricht nicht angenommen und versucht sie nicht erneut: Die Anwendung muss sie nach dieser Zeit erneut senden, oder erhöhen Sie das Limit.</translation>
    </message>
    <message>
        <source>the Mail Agent reached one of its sending limits (Mail Agents, Sending limits; the reply says which and when it may send again). RelayDesk did not take the message and does not retry it: the application must send it again later, or raise the limit.</source>
        <translation>Der Mail-Agent hat eines seiner Sendelimits erreicht (Mail-Agenten, Sendelimits; die Antwort nennt welches und wann er wieder senden darf). RelayDesk hat die Nachricht nicht angenommen und versucht sie nicht erneut: Die Anwendung muss sie später erneut senden, oder erhöhen Sie das Limit.</translation>
    </message>
    <message>
        <source>When a receiving server answers a recipient with this, RelayDesk puts the address on the sending Mail Agent&apos;s suppression list: later messages to it are not sent until it is lifted there (Mail Agents, Suppressions).</source>
        <translation>Antwortet ein empfangender Server einem Empfänger so, setzt RelayDesk die Adresse auf die Unterdrückungsliste des sendenden Mail-Agenten: Spätere Nachrichten an sie werden nicht gesendet, bis der Eintrag dort aufgehoben wird (Mail-Agenten, Unterdrückungen).</translation>
    </message>
    <message>
        <source>a device sent on the LAN relay port without logging in, and no Mail Agent lists its address as a trusted device. Add the address the reply names to the Trusted devices of the agent it sends for (Mail Agents, Edit), or have the device log in on the submission port with the agent&apos;s user name and password.</source>
        <translation>Ein Gerät hat ohne Anmeldung über den LAN-Relay-Port gesendet, und kein Mail-Agent führt seine Adresse als vertrauenswürdiges Gerät. Fügen Sie die Adresse, die die Antwort nennt, zu den vertrauenswürdigen Geräten des Agenten hinzu, für den es sendet (Mail-Agenten, Bearbeiten), oder lassen Sie das Gerät sich am Submission-Port mit Benutzername und Passwort des Agenten anmelden.</translation>
    </message>
    <message>
        <source>RelayDesk did not take the message, and it is not in the queue: the Mail Agent is disabled (&quot;Accept mail from this agent&quot; is off), more logins from the address waited for their check than Settings, Security, &quot;Logins checked at once per address&quot; allows, or the relay could not read its store for a moment; the reply&apos;s text says which. The application must send it again (most mail programs do by themselves).</source>
        <translation>RelayDesk hat die Nachricht nicht angenommen, sie ist nicht in der Warteschlange: Der Mail-Agent ist deaktiviert („E-Mails von diesem Agenten annehmen“ ist aus), mehr Anmeldungen von der Adresse warteten auf ihre Prüfung, als Einstellungen, Sicherheit, „Gleichzeitig geprüfte Anmeldungen je Adresse“ erlaubt, oder das Relay konnte seinen Speicher kurz nicht lesen; der Text der Antwort sagt, was zutrifft. Die Anwendung muss sie erneut senden (die meisten Mailprogramme tun das von selbst).</translation>
    </message>
    <message>
        <source>the Mail Agent that trusts the device on the LAN relay port is disabled (&quot;Accept mail from this agent&quot; is off). RelayDesk did not take the message, and it is not in the queue: the device must send it again once the agent accepts mail.</source>
        <translation>Der Mail-Agent, der dem Gerät am LAN-Relay-Port vertraut, ist deaktiviert („E-Mails von diesem Agenten annehmen“ ist aus). RelayDesk hat die Nachricht nicht angenommen, sie ist nicht in der Warteschlange: Das Gerät muss sie erneut senden, sobald der Agent wieder Mail annimmt.</translation>
    </message>
    <message>
        <source>the relay held three quarters of &quot;Connections in total&quot; (Settings, Listeners) and keeps the rest for addresses that hold few, and this address held its share already. Nothing was wrong with the application: it may try again in a moment. If this happens often, raise &quot;Connections in total&quot;, or find what holds so many connections open (Live Sessions).</source>
        <translation>das Relay hatte drei Viertel von „Verbindungen insgesamt“ (Einstellungen, Empfangsports) belegt und hält den Rest für Adressen frei, die wenige halten, und diese Adresse hielt ihren Anteil schon. An der Anwendung war nichts falsch: Sie kann es gleich erneut versuchen. Kommt das oft vor, erhöhen Sie „Verbindungen insgesamt“, oder finden Sie heraus, was so viele Verbindungen offen hält (Aktive Sitzungen).</translation>
    </message>
    <message>
        <source>the envelope sender (MAIL FROM) is not one of the Mail Agent&apos;s sender domains or addresses (the reply names them). Add the domain to the agent&apos;s Sender domains (Mail Agents, Edit...), or set the application&apos;s sender address to one of them. DNS records do not matter here.</source>
        <translation>Der Umschlagabsender (MAIL FROM) gehört zu keiner Absenderdomain und keiner Adresse des Mail-Agenten (die Antwort nennt sie). Fügen Sie die Domain den Absenderdomains des Agenten hinzu (Mail-Agenten, Bearbeiten …), oder stellen Sie die Absenderadresse der Anwendung auf eine davon. DNS-Einträge spielen hier keine Rolle.</translation>
    </message>
    <message>
        <source>the message&apos;s From: address is not one of the Mail Agent&apos;s sender domains, the device is not trusted on the LAN relay port, or the recipient is this computer or an internal address; the reply&apos;s text says which. For a From: address, add its domain to the agent&apos;s Sender domains (Mail Agents, Edit...) or change the application&apos;s From: address.</source>
        <translation>Die From:-Adresse der Nachricht gehört zu keiner Absenderdomain des Mail-Agenten, das Gerät ist am LAN-Relay-Port nicht vertrauenswürdig, oder der Empfänger ist dieser Computer oder eine interne Adresse; der Text der Antwort sagt, was davon. Bei einer From:-Adresse fügen Sie deren Domain den Absenderdomains des Agenten hinzu (Mail-Agenten, Bearbeiten …) oder ändern die From:-Adresse der Anwendung.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RestartBanner</name>
    <message>
        <source>Restart relay</source>
        <translation>Relay neu starten</translation>
    </message>
    <message>
        <source>Restart needed to apply: %1.</source>
        <translation>Neustart nötig, um zu übernehmen: %1.</translation>
    </message>
    <message>
        <source>Restarting the relay...</source>
        <translation>Relay wird neu gestartet …</translation>
    </message>
    <message>
        <source>The relay did not start: %1</source>
        <translation>Das Relay wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Not restarted: %1</source>
        <translation>Nicht neu gestartet: %1</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RouteAdmin</name>
    <message>
        <source>no route for &apos;%1&apos;</source>
        <translation>keine Route für „%1“</translation>
    </message>
    <message>
        <source>no TLS policy for &apos;%1&apos;</source>
        <translation>keine TLS-Richtlinie für „%1“</translation>
    </message>
    <message>
        <source>the user name has a line break</source>
        <translation>der Benutzername enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>the password has several lines</source>
        <translation>das Passwort hat mehrere Zeilen</translation>
    </message>
    <message>
        <source>the route has no host</source>
        <translation>die Route hat keinen Host</translation>
    </message>
    <message>
        <source>no smarthost is set (mail goes to the recipients&apos; MX hosts)</source>
        <translation>es ist kein Smarthost eingestellt (E-Mails gehen an die MX-Hosts der Empfänger)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not implicit, starttls or opportunistic</source>
        <translation>„%1“ ist weder implicit noch starttls noch opportunistic</translation>
    </message>
    <message>
        <source>only one of a CA file, a fingerprint or skipping the verification can be set</source>
        <translation>nur eines von CA-Datei, Fingerabdruck oder Verzicht auf die Prüfung kann gesetzt werden</translation>
    </message>
    <message>
        <source>the user name %1 needs a password</source>
        <translation>der Benutzername %1 braucht ein Passwort</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RouteTable</name>
    <message>
        <source>&apos;%1&apos; is not a domain or *.domain</source>
        <translation>„%1“ ist keine Domain und kein *.domain</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain or *.domain: for all mail, set a smarthost</source>
        <translation>„%1“ ist keine Domain und kein *.domain: Für alle E-Mails richten Sie einen Smarthost ein</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RoutesEditor</name>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>example.com or *.example.com</source>
        <translation>example.com oder *.example.com</translation>
    </message>
    <message>
        <source>mail.example.com</source>
        <translation>mail.example.com</translation>
    </message>
    <message>
        <source>Add or replace</source>
        <translation>Hinzufügen oder ersetzen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>STARTTLS if offered</source>
        <translation>STARTTLS, wenn angeboten</translation>
    </message>
    <message>
        <source>STARTTLS, verified certificate</source>
        <translation>STARTTLS, geprüftes Zertifikat</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Keine Verschlüsselung</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS von Anfang an (Port 465)</translation>
    </message>
    <message>
        <source>Mail for these domains goes to the given host instead of the domain&apos;s own mail servers or the smarthost.</source>
        <translation>E-Mails für diese Domains gehen an den angegebenen Server statt an die eigenen Mailserver der Domain oder den Smarthost.</translation>
    </message>
    <message>
        <source>Enter the host that receives the mail.</source>
        <translation>Geben Sie den Server an, der die E-Mails empfängt.</translation>
    </message>
    <message>
        <source>route for %1: %2</source>
        <translation>Route für %1: %2</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connect to the selected route&apos;s host as delivery would, without sending mail</source>
        <translation>Wie bei der Zustellung mit dem Host der gewählten Route verbinden, ohne E-Mails zu senden</translation>
    </message>
    <message>
        <source>The route for %1</source>
        <translation>Die Route für %1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>password (empty: the stored one stays)</source>
        <translation>Passwort (leer: das gespeicherte bleibt)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Geben Sie das Passwort für %1 ein.</translation>
    </message>
    <message>
        <source>Enter the user name that goes with the password.</source>
        <translation>Geben Sie den Benutzernamen zum Passwort ein.</translation>
    </message>
    <message>
        <source>AUTH at the route&apos;s host, sent only after its certificate is verified.</source>
        <translation>AUTH beim Server der Route, erst gesendet, nachdem sein Zertifikat geprüft ist.</translation>
    </message>
    <message>
        <source>A login needs &quot;STARTTLS, verified certificate&quot; or &quot;TLS from the start&quot;: a password goes only to a server whose certificate is checked.</source>
        <translation>Eine Anmeldung braucht „STARTTLS, geprüftes Zertifikat“ oder „TLS von Anfang an“: Ein Passwort geht nur an einen Server, dessen Zertifikat geprüft ist.</translation>
    </message>
    <message>
        <source>user name, if it asks for one</source>
        <translation>Benutzername, falls verlangt</translation>
    </message>
    <message>
        <source>STARTTLS, any certificate</source>
        <translation>STARTTLS, beliebiges Zertifikat</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS von Anfang an</translation>
    </message>
    <message>
        <source>%1, CA file %2</source>
        <translation>%1, CA-Datei %2</translation>
    </message>
    <message>
        <source>%1, pinned certificate</source>
        <translation>%1, festgelegtes Zertifikat</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>Route entfernen</translation>
    </message>
    <message>
        <source>Remove the route for %1? Once the settings are saved, its mail goes to the domain&apos;s own mail servers or the smarthost again.</source>
        <translation>Die Route für %1 entfernen? Sobald die Einstellungen gespeichert sind, geht ihre Mail wieder an die Mailserver der Domain oder an den Smarthost.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SenderDnsRecords</name>
    <message>
        <source>replaced by a rotation: keep it published until %1, then remove it</source>
        <translation>durch eine Erneuerung ersetzt: bis %1 veröffentlicht lassen, dann entfernen</translation>
    </message>
    <message>
        <source>publish one SPF record for %1 only: merge this into an existing one and keep the mechanisms of the other services that send as %1</source>
        <translation>veröffentlichen Sie nur einen SPF-Eintrag für %1: Fügen Sie dies in einen vorhandenen ein und behalten Sie die Angaben der anderen Dienste, die als %1 senden</translation>
    </message>
    <message>
        <source>mail goes to the recipients&apos; MX hosts directly from %1 (delivery.public_address); </source>
        <translation>Mail geht direkt von %1 an die MX-Hosts der Empfänger (delivery.public_address); </translation>
    </message>
    <message>
        <source>mail goes to the recipients&apos; MX hosts directly: replace YOUR.PUBLIC.IP with the public IPv4 address this office sends from (add ip6: for IPv6); </source>
        <translation>Mail geht direkt an die MX-Hosts der Empfänger: Ersetzen Sie YOUR.PUBLIC.IP durch die öffentliche IPv4-Adresse, von der dieses Büro sendet (für IPv6 ip6: ergänzen); </translation>
    </message>
    <message>
        <source>mail goes through the smarthost %1; </source>
        <translation>Mail geht über den Smarthost %1; </translation>
    </message>
    <message>
        <source>mail goes through the smarthost %1: replace SPF.DOMAIN.OF.YOUR.PROVIDER with the include: your provider documents for it; </source>
        <translation>Mail geht über den Smarthost %1: Ersetzen Sie SPF.DOMAIN.OF.YOUR.PROVIDER durch das include:, das Ihr Anbieter dafür angibt; </translation>
    </message>
    <message>
        <source>a starting policy that only asks for reports: once they show every source passing, move to p=quarantine, then p=reject</source>
        <translation>eine Anfangsrichtlinie, die nur Berichte anfordert: Sobald diese zeigen, dass jede Quelle besteht, zu p=quarantine und dann p=reject wechseln</translation>
    </message>
    <message>
        <source>replaced by a rotation, its grace period over, but mail still in the queue carries its signature: keep it published until it is no longer listed here</source>
        <translation>durch eine Rotation ersetzt, die Übergangsfrist ist vorbei, aber Mail in der Warteschlange trägt noch seine Signatur: veröffentlicht lassen, bis er hier nicht mehr aufgeführt wird</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SenderListEditor</name>
    <message>
        <source>e.g. example.com</source>
        <translation>z. B. example.com</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 steht bereits auf der Liste.</translation>
    </message>
    <message>
        <source>May send as %1 only.</source>
        <translation>Darf nur als %1 senden.</translation>
    </message>
    <message>
        <source>May send as any address at %1 (not its subdomains).</source>
        <translation>Darf als jede Adresse unter %1 senden (nicht unter deren Subdomains).</translation>
    </message>
    <message>
        <source>This address only</source>
        <translation>Nur diese Adresse</translation>
    </message>
    <message>
        <source>Any address at this domain</source>
        <translation>Jede Adresse dieser Domain</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SenderRules</name>
    <message>
        <source>&apos;%1&apos; is not an address of the form local@domain in plain ASCII</source>
        <translation>„%1“ ist keine Adresse der Form name@domain in reinem ASCII</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give a domain (%2) or an address (user@%2)</source>
        <translation>„%1“: Geben Sie eine Domain (%2) oder eine Adresse (benutzer@%2) an</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SendingLimitsPanel</name>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Messages per &amp;minute:</source>
        <translation>Nachrichten pro &amp;Minute:</translation>
    </message>
    <message>
        <source>Messages per ho&amp;ur:</source>
        <translation>Nachrichten pro &amp;Stunde:</translation>
    </message>
    <message>
        <source>Messages per &amp;day:</source>
        <translation>Nachrichten pro &amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Recipients per message:</source>
        <translation>&amp;Empfänger pro Nachricht:</translation>
    </message>
    <message>
        <source>A limit keeps a leaked password from sending without end: over it, the relay asks the application to try again later (451 4.7.1). Minutes, hours and days are counted in UTC and start again on the next whole minute, hour or day.</source>
        <translation>Ein Limit verhindert, dass ein gestohlenes Passwort unbegrenzt sendet: Darüber bittet das Relay die Anwendung, es später erneut zu versuchen (451 4.7.1). Minuten, Stunden und Tage werden in UTC gezählt und beginnen mit der nächsten vollen Minute, Stunde oder dem nächsten Tag neu.</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>Limits speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Cannot read the sending limits: %1</source>
        <translation>Die Sendelimits können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 this minute</source>
        <translation>%1 von %2 in dieser Minute</translation>
    </message>
    <message>
        <source>%1 this minute</source>
        <translation>%1 in dieser Minute</translation>
    </message>
    <message>
        <source>%1 of %2 this hour</source>
        <translation>%1 von %2 in dieser Stunde</translation>
    </message>
    <message>
        <source>%1 this hour</source>
        <translation>%1 in dieser Stunde</translation>
    </message>
    <message>
        <source>%1 of %2 today (UTC)</source>
        <translation>%1 von %2 heute (UTC)</translation>
    </message>
    <message>
        <source>%1 today (UTC)</source>
        <translation>%1 heute (UTC)</translation>
    </message>
    <message>
        <source>Starts again at %1</source>
        <translation>Beginnt neu um %1</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Saved. A running relay applies the limits within a second.</source>
        <translation>Gespeichert. Ein laufendes Relay wendet die Limits innerhalb einer Sekunde an.</translation>
    </message>
    <message>
        <source>The limit per minute (%1) is above the limit per hour (%2), so it is never reached.</source>
        <translation>Die Grenze pro Minute (%1) liegt über der Grenze pro Stunde (%2) und wird daher nie erreicht.</translation>
    </message>
    <message>
        <source>The limit per minute (%1) is above the limit per day (%2), so it is never reached.</source>
        <translation>Die Grenze pro Minute (%1) liegt über der Grenze pro Tag (%2) und wird daher nie erreicht.</translation>
    </message>
    <message>
        <source>The limit per hour (%1) is above the limit per day (%2), so it is never reached.</source>
        <translation>Die Grenze pro Stunde (%1) liegt über der Grenze pro Tag (%2) und wird daher nie erreicht.</translation>
    </message>
    <message>
        <source>Unsaved sending limits</source>
        <translation>Nicht gespeicherte Sendelimits</translation>
    </message>
    <message>
        <source>Save the sending limits of %1?</source>
        <translation>Die Sendelimits von %1 speichern?</translation>
    </message>
    <message>
        <source>They were changed and not saved yet. Discard keeps the limits stored before.</source>
        <translation>Sie wurden geändert und noch nicht gespeichert. Verwerfen behält die bisher gespeicherten Limits.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ServiceAccess</name>
    <message>
        <source>the relay service does not see %1: it sees no file under /home, /root, /run/user, /tmp or /var/tmp; put it in /etc/relaydesk</source>
        <translation>der Relay-Dienst sieht %1 nicht: Er sieht keine Datei unter /home, /root, /run/user, /tmp oder /var/tmp; legen Sie sie in /etc/relaydesk ab</translation>
    </message>
    <message>
        <source>the relay runs as %1, which cannot read %2 (%3 is closed to it): put the file in /etc/relaydesk, or let the group %4 read it (chgrp %4 FILE; chmod g+r FILE)</source>
        <translation>das Relay läuft als %1, der %2 nicht lesen kann (%3 ist ihm verschlossen): Legen Sie die Datei in /etc/relaydesk ab oder lassen Sie die Gruppe %4 sie lesen (chgrp %4 DATEI; chmod g+r DATEI)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SessionsModel</name>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>(not logged in)</source>
        <translation>(nicht angemeldet)</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Empfangsport</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>meldet sich an</translation>
    </message>
    <message>
        <source>receiving message</source>
        <translation>empfängt Nachricht</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>%1, cipher %2</source>
        <translation>%1, Verschlüsselung %2</translation>
    </message>
    <message>
        <source>addressing</source>
        <translation>adressiert</translation>
    </message>
    <message>
        <source>%1 received, %2 sent</source>
        <translation>%1 empfangen, %2 gesendet</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SessionsPage</name>
    <message numerus="yes">
        <source>%n open session(s)</source>
        <translation>
            <numerusform>%n offene Sitzung</numerusform>
            <numerusform>%n offene Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect...</source>
        <translation>Trennen …</translation>
    </message>
    <message>
        <source>Disconnect session</source>
        <translation>Sitzung trennen</translation>
    </message>
    <message>
        <source>Disconnect %1? The client is told that the connection is closing (421) and a message it has not finished sending is not accepted; most clients try again later.</source>
        <translation>%1 trennen? Der Client erfährt, dass die Verbindung geschlossen wird (421), und eine nicht fertig gesendete Nachricht wird nicht angenommen; die meisten Clients versuchen es später erneut.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>End the selected sessions now; their clients are told to try again later</source>
        <translation>Die ausgewählten Sitzungen jetzt beenden; ihre Clients werden gebeten, es später erneut zu versuchen</translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %n sessions? Their clients are told that the connection is closing (421) and a message one has not finished sending is not accepted; most clients try again later.</source>
        <translation>
            <numerusform>%n Sitzung trennen? Ihr Client erfährt, dass die Verbindung geschlossen wird (421), und eine nicht fertig gesendete Nachricht wird nicht angenommen; die meisten Clients versuchen es später erneut.</numerusform>
            <numerusform>%n Sitzungen trennen? Ihre Clients erfahren, dass die Verbindung geschlossen wird (421), und eine nicht fertig gesendete Nachricht wird nicht angenommen; die meisten Clients versuchen es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session had already ended before the disconnect: its client left on its own.</source>
        <translation>Die Sitzung war vor dem Trennen schon beendet: ihr Client ist von selbst gegangen.</translation>
    </message>
    <message numerus="yes">
        <source>All %n sessions had already ended before the disconnect: their clients left on their own.</source>
        <translation>
            <numerusform>Die %n Sitzung war vor dem Trennen schon beendet: ihr Client ist von selbst gegangen.</numerusform>
            <numerusform>Alle %n Sitzungen waren vor dem Trennen schon beendet: ihre Clients sind von selbst gegangen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected sessions had already ended before the disconnect; the others are being disconnected.</source>
        <translation>
            <numerusform>%n der ausgewählten Sitzungen war vor dem Trennen schon beendet; die anderen werden getrennt.</numerusform>
            <numerusform>%n der ausgewählten Sitzungen waren vor dem Trennen schon beendet; die anderen werden getrennt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::SettingCatalog</name>
    <message>
        <source>This relay</source>
        <translation>Dieses Relay</translation>
    </message>
    <message>
        <source>Submission port (STARTTLS)</source>
        <translation>Submission-Port (STARTTLS)</translation>
    </message>
    <message>
        <source>SMTPS port (implicit TLS)</source>
        <translation>SMTPS-Port (implizites TLS)</translation>
    </message>
    <message>
        <source>LAN relay for devices (no password)</source>
        <translation>LAN-Relay für Geräte (ohne Passwort)</translation>
    </message>
    <message>
        <source>Incoming connections</source>
        <translation>Eingehende Verbindungen</translation>
    </message>
    <message>
        <source>Incoming messages</source>
        <translation>Eingehende Nachrichten</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Smarthost</source>
        <translation>Smarthost</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Neue Versuche</translation>
    </message>
    <message>
        <source>Outgoing connections</source>
        <translation>Ausgehende Verbindungen</translation>
    </message>
    <message>
        <source>What is kept</source>
        <translation>Was aufbewahrt wird</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>The name this relay gives in its greeting and in Received: headers. Applications should connect to it by this name.</source>
        <translation>Der Name, den dieses Relay in seiner Begrüßung und in Received:-Kopfzeilen nennt. Anwendungen sollten sich über diesen Namen verbinden.</translation>
    </message>
    <message>
        <source>Worker threads</source>
        <translation>Arbeits-Threads</translation>
    </message>
    <message>
        <source>Threads that serve client connections.</source>
        <translation>Threads, die Client-Verbindungen bedienen.</translation>
    </message>
    <message>
        <source>Accept mail on the submission port</source>
        <translation>E-Mails auf dem Submission-Port annehmen</translation>
    </message>
    <message>
        <source>Applications connect, start TLS (STARTTLS) and log in.</source>
        <translation>Anwendungen verbinden sich, starten TLS (STARTTLS) und melden sich an.</translation>
    </message>
    <message>
        <source>Address and port</source>
        <translation>Adresse und Port</translation>
    </message>
    <message>
        <source>IP address and port, for example 0.0.0.0:587 for every network or 127.0.0.1:587 for this computer only.</source>
        <translation>IP-Adresse und Port, zum Beispiel 0.0.0.0:587 für alle Netze oder 127.0.0.1:587 nur für diesen Computer.</translation>
    </message>
    <message>
        <source>Accept mail on the SMTPS port</source>
        <translation>E-Mails auf dem SMTPS-Port annehmen</translation>
    </message>
    <message>
        <source>Applications connect with TLS from the first byte (RFC 8314) and log in.</source>
        <translation>Anwendungen verbinden sich ab dem ersten Byte mit TLS (RFC 8314) und melden sich an.</translation>
    </message>
    <message>
        <source>IP address and port, for example 0.0.0.0:465.</source>
        <translation>IP-Adresse und Port, zum Beispiel 0.0.0.0:465.</translation>
    </message>
    <message>
        <source>Accept mail from trusted devices</source>
        <translation>E-Mails von vertrauenswürdigen Geräten annehmen</translation>
    </message>
    <message>
        <source>Printers and scanners that cannot log in send here; only the devices a Mail Agent trusts are accepted.</source>
        <translation>Drucker und Scanner, die sich nicht anmelden können, senden hierher; nur Geräte, denen ein Mail-Agent vertraut, werden angenommen.</translation>
    </message>
    <message>
        <source>IP address and port, for example 192.168.1.10:25.</source>
        <translation>IP-Adresse und Port, zum Beispiel 192.168.1.10:25.</translation>
    </message>
    <message>
        <source>Connections in total</source>
        <translation>Verbindungen insgesamt</translation>
    </message>
    <message>
        <source>Connections served at once; more are refused until one ends.</source>
        <translation>Gleichzeitig bediente Verbindungen; weitere werden abgelehnt, bis eine endet.</translation>
    </message>
    <message>
        <source>Connections from one address</source>
        <translation>Verbindungen von einer Adresse</translation>
    </message>
    <message>
        <source>Connections one computer may hold open at once.</source>
        <translation>Verbindungen, die ein Computer gleichzeitig offen halten darf.</translation>
    </message>
    <message>
        <source>Silence allowed</source>
        <translation>Erlaubte Stille</translation>
    </message>
    <message>
        <source>Longest connection</source>
        <translation>Längste Verbindung</translation>
    </message>
    <message>
        <source>How long one connection may last in all.</source>
        <translation>Wie lange eine Verbindung insgesamt dauern darf.</translation>
    </message>
    <message>
        <source>Time to start TLS</source>
        <translation>Zeit für den TLS-Start</translation>
    </message>
    <message>
        <source>How long the TLS handshake may take before the connection is closed.</source>
        <translation>Wie lange der TLS-Handshake dauern darf, bevor die Verbindung geschlossen wird.</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>Größte Nachricht</translation>
    </message>
    <message>
        <source>Larger messages are refused, and the limit is announced to clients (RFC 1870 SIZE).</source>
        <translation>Größere Nachrichten werden abgelehnt, und die Grenze wird den Clients mitgeteilt (RFC 1870 SIZE).</translation>
    </message>
    <message>
        <source>Recipients per message</source>
        <translation>Empfänger pro Nachricht</translation>
    </message>
    <message>
        <source>Recipients beyond this number are refused; the client sends the message again for them.</source>
        <translation>Empfänger über diese Zahl hinaus werden abgelehnt; der Client sendet die Nachricht für sie erneut.</translation>
    </message>
    <message>
        <source>Hops before a mail loop</source>
        <translation>Stationen bis zur Mailschleife</translation>
    </message>
    <message>
        <source>A message that has passed this many mail servers (Received: headers) is refused as a loop.</source>
        <translation>Eine Nachricht, die so viele Mailserver passiert hat (Received:-Kopfzeilen), wird als Schleife abgelehnt.</translation>
    </message>
    <message>
        <source>Counted over</source>
        <translation>Gezählt über</translation>
    </message>
    <message>
        <source>Failed logins older than this are forgotten.</source>
        <translation>Ältere Fehlanmeldungen werden vergessen.</translation>
    </message>
    <message>
        <source>Lockout lasts</source>
        <translation>Sperre dauert</translation>
    </message>
    <message>
        <source>How long a locked-out address may not log in.</source>
        <translation>Wie lange sich eine gesperrte Adresse nicht anmelden darf.</translation>
    </message>
    <message>
        <source>Login attempts from one address checked at the same time; more are asked to try again later.</source>
        <translation>Gleichzeitig geprüfte Anmeldeversuche einer Adresse; weitere werden gebeten, es später erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Deliver queued mail</source>
        <translation>E-Mails aus der Warteschlange zustellen</translation>
    </message>
    <message>
        <source>When off, the relay accepts mail and holds it in the queue.</source>
        <translation>Wenn aus, nimmt das Relay E-Mails an und hält sie in der Warteschlange.</translation>
    </message>
    <message>
        <source>Send all mail that no route covers through this server (host:port), for example smtp.example.com:587. Empty: deliver straight to each domain&apos;s mail servers.</source>
        <translation>Alle E-Mails, die keine Route abdeckt, über diesen Server senden (Server:Port), zum Beispiel smtp.example.com:587. Leer: direkt an die Mailserver jeder Domain zustellen.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>How the connection to the smarthost is encrypted.</source>
        <translation>Wie die Verbindung zum Smarthost verschlüsselt wird.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Login name at the smarthost; empty if it needs no login.</source>
        <translation>Anmeldename beim Smarthost; leer, wenn keine Anmeldung nötig ist.</translation>
    </message>
    <message>
        <source>First retry after</source>
        <translation>Erster neuer Versuch nach</translation>
    </message>
    <message>
        <source>When a receiving server asks to try later, the first retry waits this long.</source>
        <translation>Wenn ein empfangender Server um einen späteren Versuch bittet, wartet der erste neue Versuch so lange.</translation>
    </message>
    <message>
        <source>Longest wait between retries</source>
        <translation>Längste Pause zwischen Versuchen</translation>
    </message>
    <message>
        <source>The wait doubles after each try, up to this.</source>
        <translation>Die Pause verdoppelt sich nach jedem Versuch, bis zu diesem Wert.</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>Aufgeben nach</translation>
    </message>
    <message>
        <source>A message that could not be delivered for this long is returned to its sender.</source>
        <translation>Eine Nachricht, die so lange nicht zugestellt werden konnte, geht an ihren Absender zurück.</translation>
    </message>
    <message>
        <source>Tell the sender of a delay after</source>
        <translation>Absender über Verzögerung informieren nach</translation>
    </message>
    <message>
        <source>The sender is told that the message is late, once.</source>
        <translation>Der Absender erfährt einmal, dass sich die Nachricht verzögert.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Outgoing connections open at once.</source>
        <translation>Gleichzeitig offene ausgehende Verbindungen.</translation>
    </message>
    <message>
        <source>Connections to one destination</source>
        <translation>Verbindungen zu einem Ziel</translation>
    </message>
    <message>
        <source>Outgoing connections to one receiving server at once.</source>
        <translation>Gleichzeitige ausgehende Verbindungen zu einem empfangenden Server.</translation>
    </message>
    <message>
        <source>Deliveries at once</source>
        <translation>Gleichzeitige Zustellungen</translation>
    </message>
    <message>
        <source>Deliveries in progress at the same time; also the most that a crash may deliver twice.</source>
        <translation>Gleichzeitig laufende Zustellungen; zugleich die Höchstzahl, die ein Absturz doppelt zustellen kann.</translation>
    </message>
    <message>
        <source>Time to connect</source>
        <translation>Zeit für den Verbindungsaufbau</translation>
    </message>
    <message>
        <source>How long to wait for a receiving server to answer a connection.</source>
        <translation>Wie lange auf die Antwort eines empfangenden Servers beim Verbindungsaufbau gewartet wird.</translation>
    </message>
    <message>
        <source>Time for each reply</source>
        <translation>Zeit für jede Antwort</translation>
    </message>
    <message>
        <source>Look at the queue every</source>
        <translation>Warteschlange prüfen alle</translation>
    </message>
    <message>
        <source>How often the queue is checked for messages that are due.</source>
        <translation>Wie oft die Warteschlange nach fälligen Nachrichten durchsucht wird.</translation>
    </message>
    <message>
        <source>Name sent to servers</source>
        <translation>An Server gesendeter Name</translation>
    </message>
    <message>
        <source>The name this relay gives in EHLO; empty: the host name.</source>
        <translation>Der Name, den dieses Relay in EHLO nennt; leer: der Hostname.</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>IP address of the DNS server that finds the receiving servers; empty: the system&apos;s.</source>
        <translation>IP-Adresse des DNS-Servers, der die empfangenden Server findet; leer: der des Systems.</translation>
    </message>
    <message>
        <source>Port of receiving servers</source>
        <translation>Port der empfangenden Server</translation>
    </message>
    <message>
        <source>Mail servers receive on port 25 (RFC 5321); another port only for tests.</source>
        <translation>Mailserver empfangen auf Port 25 (RFC 5321); ein anderer Port nur für Tests.</translation>
    </message>
    <message>
        <source>Keep message bodies for</source>
        <translation>Nachrichteninhalte aufbewahren für</translation>
    </message>
    <message>
        <source>How long a message&apos;s text is kept after it was delivered or returned, for a look or a resend.</source>
        <translation>Wie lange der Text einer Nachricht nach Zustellung oder Rücksendung aufbewahrt wird, zum Ansehen oder erneuten Senden.</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>nicht aufbewahrt</translation>
    </message>
    <message>
        <source>Keep the delivery log for</source>
        <translation>Zustellprotokoll aufbewahren für</translation>
    </message>
    <message>
        <source>How long delivery records (envelope, outcome, transcript) and security events are kept.</source>
        <translation>Wie lange Zustelldaten (Umschlag, Ergebnis, Mitschrift) und Sicherheitsereignisse aufbewahrt werden.</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Privater TLS-Schlüssel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Empfangsports</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>STARTTLS, required</source>
        <translation>STARTTLS, erforderlich</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS von Anfang an (Port 465)</translation>
    </message>
    <message>
        <source>STARTTLS if offered</source>
        <translation>STARTTLS, wenn angeboten</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>A PEM file of the certificate authorities the smarthost&apos;s certificate must be signed by, for a smarthost with a certificate of its own CA. Empty: the system&apos;s CAs. The host name is checked either way.</source>
        <translation>Eine PEM-Datei der Zertifizierungsstellen, von denen das Zertifikat des Smarthosts signiert sein muss, für einen Smarthost mit einem Zertifikat einer eigenen CA. Leer: die CAs des Systems. Der Hostname wird in jedem Fall geprüft.</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Festgelegtes Zertifikat</translation>
    </message>
    <message>
        <source>SHA256: and the 64 hex digits of the smarthost&apos;s own certificate (as Test connection shows it), accepted instead of a CA check. Empty: none.</source>
        <translation>SHA256: und die 64 Hexziffern des eigenen Zertifikats des Smarthosts (wie „Verbindung testen“ es zeigt), akzeptiert statt einer CA-Prüfung. Leer: keines.</translation>
    </message>
    <message>
        <source>Do not verify the smarthost&apos;s certificate (insecure)</source>
        <translation>Zertifikat des Smarthosts nicht prüfen (unsicher)</translation>
    </message>
    <message>
        <source>Any server on the way can then pose as the smarthost and receive its password. Logged at each start.</source>
        <translation>Jeder Server auf dem Weg kann sich dann als Smarthost ausgeben und sein Passwort erhalten. Wird bei jedem Start protokolliert.</translation>
    </message>
    <message>
        <source>Password checks</source>
        <translation>Passwortprüfungen</translation>
    </message>
    <message>
        <source>Remember a checked password for</source>
        <translation>Geprüftes Passwort merken für</translation>
    </message>
    <message>
        <source>A password that passed its check is remembered (as a keyed hash, in memory only) for this long, so that the next login with it is fast. 0 turns this off. Rotating or revoking the password, disabling its agent or changing its allowed addresses forgets it at once.</source>
        <translation>Ein Passwort, das die Prüfung bestanden hat, wird so lange gemerkt (als Hash mit geheimem Schlüssel, nur im Arbeitsspeicher), damit die nächste Anmeldung damit schnell geht. 0 schaltet das ab. Erneuern oder Widerrufen des Passworts, Deaktivieren seines Agenten oder Ändern seiner erlaubten Adressen vergisst es sofort.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Password checks at once</source>
        <translation>Gleichzeitige Passwortprüfungen</translation>
    </message>
    <message>
        <source>How many password checks run at the same time; 0 means one per processor core.</source>
        <translation>Wie viele Passwortprüfungen gleichzeitig laufen; 0 bedeutet eine pro Prozessorkern.</translation>
    </message>
    <message>
        <source>One per core</source>
        <translation>Eine pro Kern</translation>
    </message>
    <message>
        <source>Memory for password checks (MiB)</source>
        <translation>Speicher für Passwortprüfungen (MiB)</translation>
    </message>
    <message>
        <source>Each password check takes 19 MiB; checks beyond this memory wait their turn.</source>
        <translation>Jede Passwortprüfung belegt 19 MiB; Prüfungen über diesen Speicher hinaus warten, bis sie an der Reihe sind.</translation>
    </message>
    <message>
        <source>Public sending address</source>
        <translation>Öffentliche Absendeadresse</translation>
    </message>
    <message>
        <source>The public IP address this office sends mail from (behind NAT: the router&apos;s); the DNS check looks up its PTR and the suggested SPF record names it. Empty: unknown.</source>
        <translation>Die öffentliche IP-Adresse, von der dieses Büro Mail sendet (hinter NAT: die des Routers); die DNS-Prüfung fragt ihren PTR ab, und der vorgeschlagene SPF-Eintrag nennt sie. Leer: unbekannt.</translation>
    </message>
    <message>
        <source>Extra trusted CAs</source>
        <translation>Zusätzliche vertrauenswürdige CAs</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities trusted besides the system&apos;s, for servers with certificates of the office&apos;s own CA: checked for MTA-STS, the smarthost and routes that verify. Empty: the system&apos;s CAs only.</source>
        <translation>Eine PEM-Datei mit Zertifizierungsstellen, denen neben denen des Systems vertraut wird, für Server mit Zertifikaten der eigenen CA des Büros: geprüft für MTA-STS, den Smarthost und prüfende Routen. Leer: nur die CAs des Systems.</translation>
    </message>
    <message>
        <source>Delivery lease</source>
        <translation>Haltedauer bei der Zustellung</translation>
    </message>
    <message>
        <source>With several relays on one PostgreSQL store: how long a relay keeps the messages it is delivering; if it stops responding, another relay delivers them after this time.</source>
        <translation>Bei mehreren Relays auf einem PostgreSQL-Speicher: wie lange ein Relay die Nachrichten behält, die es gerade zustellt; antwortet es nicht mehr, stellt ein anderes Relay sie nach dieser Zeit zu.</translation>
    </message>
    <message>
        <source>Mail to postmaster goes to</source>
        <translation>Mail an postmaster geht an</translation>
    </message>
    <message>
        <source>The address that gets mail sent to &quot;postmaster&quot; without a domain, the mailbox every mail relay must take (RFC 5321). Empty: such mail is refused.</source>
        <translation>Die Adresse, die Mail an „postmaster“ ohne Domain erhält, das Postfach, das jedes Mail-Relay annehmen muss (RFC 5321). Leer: Solche Mail wird abgewiesen.</translation>
    </message>
    <message>
        <source>Deliver to internal IP addresses</source>
        <translation>An interne IP-Adressen zustellen</translation>
    </message>
    <message>
        <source>Failed logins that lock an address out</source>
        <translation>Fehlgeschlagene Anmeldungen, die eine Adresse sperren</translation>
    </message>
    <message>
        <source>The wrong password that reaches this number, from one address, locks that address out: with 5, four are answered &quot;wrong password&quot; and the fifth &quot;too many attempts&quot;.</source>
        <translation>Das falsche Passwort, das diese Zahl erreicht, sperrt die Adresse, von der es kommt: Bei 5 erhalten vier die Antwort „falsches Passwort“ und das fünfte „zu viele Versuche“.</translation>
    </message>
    <message>
        <source>Take mail for an address such as user@[10.0.0.5], an address of this machine or of a private network, and for a name without a dot such as user@intranet (a route says where it goes). Off: such recipients are refused, so that no application or device names an office server by its address. A domain whose mail server (MX) is an internal address is delivered there either way, as split DNS and routes to the office&apos;s own mail server need.</source>
        <translation>Mail an eine Adresse wie user@[10.0.0.5] annehmen, eine Adresse dieses Computers oder eines privaten Netzes, und an einen Namen ohne Punkt wie user@intranet (eine Route legt fest, wohin sie geht). Aus: Solche Empfänger werden abgelehnt, damit keine Anwendung und kein Gerät einen Server des Büros über seine Adresse nennt. Eine Domain, deren Mailserver (MX) eine interne Adresse ist, wird in jedem Fall dorthin zugestellt, wie es Split-DNS und Routen zum eigenen Mailserver des Büros brauchen.</translation>
    </message>
    <message>
        <source>How long to wait for each reply of a receiving server (RFC 5321 4.5.3.2). The reply to the end of a message is waited for at least 10 minutes: the server may be checking it (4.5.3.2.6).</source>
        <translation>Wie lange auf jede Antwort eines empfangenden Servers gewartet wird (RFC 5321 4.5.3.2). Auf die Antwort zum Ende einer Nachricht wird mindestens 10 Minuten gewartet: Der Server prüft sie vielleicht (4.5.3.2.6).</translation>
    </message>
    <message>
        <source>How long a connection may stay silent before it is closed; 10 seconds while three quarters of &quot;Connections in total&quot; are in use.</source>
        <translation>Wie lange eine Verbindung still bleiben darf, bevor sie geschlossen wird; 10 Sekunden, solange drei Viertel von „Verbindungen insgesamt“ belegt sind.</translation>
    </message>
    <message>
        <source>Logins checked at once per address</source>
        <translation>Gleichzeitig geprüfte Anmeldungen je Adresse</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>SMTPS</source>
        <translation>SMTPS</translation>
    </message>
    <message>
        <source>LAN relay</source>
        <translation>LAN-Relay</translation>
    </message>
    <message>
        <source>Second TLS certificate (other key type)</source>
        <translation>Zweites TLS-Zertifikat (andere Schlüsselart)</translation>
    </message>
    <message>
        <source>Second TLS private key</source>
        <translation>Zweiter privater TLS-Schlüssel</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SettingField</name>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>second(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>Sekunde</numerusform>
            <numerusform>Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>Minute</numerusform>
            <numerusform>Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>Stunde</numerusform>
            <numerusform>Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Type whole megabytes: 1 GB is 1024 MB.</source>
        <translation>Geben Sie ganze Megabyte ein: 1 GB sind 1024 MB.</translation>
    </message>
    <message>
        <source>Type a whole number and choose its unit in the list beside it (1.5 minutes: 90 seconds).</source>
        <translation>Geben Sie eine ganze Zahl ein und wählen Sie die Einheit in der Liste daneben (1,5 Minuten: 90 Sekunden).</translation>
    </message>
    <message>
        <source>Type a whole number of days (a week is 7, a month about 30).</source>
        <translation>Geben Sie eine ganze Zahl von Tagen ein (eine Woche sind 7, ein Monat etwa 30).</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>%1 is more than this setting takes: it is set to the largest, %2.</source>
        <translation>%1 ist mehr, als diese Einstellung zulässt: sie steht jetzt auf dem Höchstwert, %2.</translation>
    </message>
    <message>
        <source>Rounded to a whole number in this unit: %1 becomes %2.</source>
        <translation>Auf eine ganze Zahl dieser Einheit gerundet: aus %1 wird %2.</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose the file: %1</source>
        <translation>Datei wählen: %1</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is less than this setting takes: it is set to the smallest, %2.</source>
        <translation>%1 ist weniger, als diese Einstellung zulässt: sie steht jetzt auf dem Mindestwert, %2.</translation>
    </message>
    <message>
        <source>Changed elsewhere to %1 meanwhile: Save stores the value shown here, Discard changes shows %1.</source>
        <translation>Inzwischen anderswo auf %1 geändert: Speichern speichert den hier gezeigten Wert, Änderungen verwerfen zeigt %1.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::Settings</name>
    <message>
        <source>&apos;%1&apos; is not a positive whole number</source>
        <translation>„%1“ ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of zero or more</source>
        <translation>„%1“ ist keine ganze Zahl ab null</translation>
    </message>
    <message>
        <source>cannot read certificate file %1: %2</source>
        <translation>Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>cannot read key file %1: %2</source>
        <translation>Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (RSA or EC)</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-Schlüssel (RSA oder EC)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name</source>
        <translation>„%1“ ist kein gültiger Hostname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not implicit, starttls or opportunistic</source>
        <translation>„%1“ ist weder implicit noch starttls noch opportunistic</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>cannot read CA file %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint (SHA256: and 64 hex digits, colons optional)</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck (SHA256: und 64 Hexziffern, Doppelpunkte optional)</translation>
    </message>
    <message>
        <source>%1: only one of a CA file, a fingerprint or skipping the verification can be set</source>
        <translation>%1: nur eines von CA-Datei, Fingerabdruck oder Verzicht auf die Prüfung kann gesetzt werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation>„%1“ ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days from %2 to %3</source>
        <translation>„%1“ ist keine ganze Zahl von Tagen zwischen %2 und %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port between %2 and %3</source>
        <translation>„%1“ ist kein Port zwischen %2 und %3</translation>
    </message>
    <message>
        <source>; to replace both, set them together</source>
        <translation>; um beide zu ersetzen, setzen Sie sie zusammen</translation>
    </message>
    <message>
        <source>the longest wait between retries cannot be shorter than the first wait</source>
        <translation>die längste Wartezeit zwischen Wiederholungen kann nicht kürzer als die erste sein</translation>
    </message>
    <message>
        <source>a message would be bounced before its first retry</source>
        <translation>eine Nachricht würde vor ihrer ersten Wiederholung zurückgewiesen</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) is shorter than %3 (%4): %5</source>
        <translation>%1 (%2) ist kürzer als %3 (%4): %5</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message numerus="yes">
        <source>%Ln octet(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a duration from %2 to %3</source>
        <translation>%1 ist keine Dauer von %2 bis %3</translation>
    </message>
    <message>
        <source>%1 is not a size from %2 to %3</source>
        <translation>%1 ist keine Größe von %2 bis %3</translation>
    </message>
    <message>
        <source>%1 seconds is far longer than %2, the most it may be</source>
        <translation>%1 Sekunden ist weit länger als %2, das Höchste, was erlaubt ist</translation>
    </message>
    <message>
        <source>%1 octets</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>a session ends at its overall limit before it could be silent that long</source>
        <translation>eine Sitzung endet an ihrer Gesamtgrenze, bevor sie so lange still sein könnte</translation>
    </message>
    <message>
        <source>a session ends at its overall limit before its TLS handshake could take that long</source>
        <translation>eine Sitzung endet an ihrer Gesamtgrenze, bevor ihr TLS-Handshake so lange dauern könnte</translation>
    </message>
    <message>
        <source>a message is bounced before its delay notice would be sent (0 sends none)</source>
        <translation>eine Nachricht wird zurückgesandt, bevor ihre Verzögerungsbenachrichtigung versandt würde (0 sendet keine)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mail address of the form name@domain.example</source>
        <translation>„%1“ ist keine Mail-Adresse der Form name@domain.example</translation>
    </message>
    <message>
        <source>%1 is not a size from %2 to %3: a relay must take messages of %2 at least (RFC 5321 4.5.3.1.7). For %4, type %5</source>
        <translation>%1 ist keine Größe von %2 bis %3: Ein Relay muss Nachrichten von mindestens %2 annehmen (RFC 5321 4.5.3.1.7). Für %4 geben Sie %5 ein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an address, not a host name: give the name the relay&apos;s address has in the DNS</source>
        <translation>„%1“ ist eine Adresse, kein Hostname: Geben Sie den Namen an, den die Adresse des Relays im DNS hat</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration from %2 to %3</source>
        <translation>„%1“ ist keine Dauer von %2 bis %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address as written: write it as four numbers (%2 is what it would stand for)</source>
        <translation>„%1“ ist so geschrieben keine IP-Adresse: Schreiben Sie sie als vier Zahlen (%2 ist, wofür es stünde)</translation>
    </message>
    <message>
        <source>the user name holds a control character (a line break, a tab)</source>
        <translation>der Benutzername enthält ein Steuerzeichen (einen Zeilenumbruch, einen Tabulator)</translation>
    </message>
    <message>
        <source>the user name begins or ends with a blank</source>
        <translation>der Benutzername beginnt oder endet mit einem Leerzeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large</source>
        <translation>„%1“ ist zu groß</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false (yes and no, on and off, 1 and 0 are taken too)</source>
        <translation>„%1“ ist weder true noch false (auch yes und no, on und off, 1 und 0 gehen)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SettingsPage</name>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>expires %1
SHA-256 %2</source>
        <translation>läuft ab am %1
SHA-256 %2</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Certificate not changed: %1</source>
        <translation>Zertifikat nicht geändert: %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Laden …</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Show the saved values again and drop the changes</source>
        <translation>Die gespeicherten Werte wieder anzeigen und die Änderungen verwerfen</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>Jetzt in Verwendung:</translation>
    </message>
    <message>
        <source>Configured:</source>
        <translation>Eingerichtet:</translation>
    </message>
    <message>
        <source>Certificate installed.</source>
        <translation>Zertifikat installiert.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Routes for particular domains</source>
        <translation>Routen für bestimmte Domains</translation>
    </message>
    <message>
        <source>Remove the stored password</source>
        <translation>Das gespeicherte Passwort entfernen</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>This window</source>
        <translation>Dieses Fenster</translation>
    </message>
    <message>
        <source>When the window is closed:</source>
        <translation>Wenn das Fenster geschlossen wird:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Smarthost password</source>
        <translation>Smarthost-Passwort</translation>
    </message>
    <message>
        <source>When the window is closed</source>
        <translation>Wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Not saved yet: %1.</source>
        <translation>Noch nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>smarthost password: %1</source>
        <translation>Smarthost-Passwort: %1</translation>
    </message>
    <message>
        <source>Saved, except %1</source>
        <translation>Gespeichert, außer %1</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Nicht gespeicherte Einstellungen</translation>
    </message>
    <message>
        <source>Save the changes to the settings?</source>
        <translation>Die Änderungen an den Einstellungen speichern?</translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation>Geändert: %1.</translation>
    </message>
    <message>
        <source>none (the relay is not running)</source>
        <translation>keines (das Relay läuft nicht)</translation>
    </message>
    <message>
        <source>The relay was restarted.</source>
        <translation>Das Relay wurde neu gestartet.</translation>
    </message>
    <message>
        <source>The relay did not start: %1</source>
        <translation>Das Relay wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connect to the smarthost as delivery would, log in, and send no mail</source>
        <translation>Wie bei der Zustellung mit dem Smarthost verbinden und anmelden, ohne E-Mails zu senden</translation>
    </message>
    <message>
        <source>The smarthost</source>
        <translation>Der Smarthost</translation>
    </message>
    <message>
        <source>The smarthost %1</source>
        <translation>Der Smarthost %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Configuration restored: restart RelayDesk to use it.</source>
        <translation>Konfiguration wiederhergestellt: Starten Sie RelayDesk neu, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Fills in the server, the port and the encryption of a known mail service</source>
        <translation>Trägt Server, Port und Verschlüsselung eines bekannten Maildienstes ein</translation>
    </message>
    <message>
        <source>Choose a mail service...</source>
        <translation>Maildienst wählen …</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Mail service:</source>
        <translation>Maildienst:</translation>
    </message>
    <message>
        <source>Warning: the smarthost&apos;s certificate is not verified. Anyone on the network path can pose as the smarthost and receive its password and every message.</source>
        <translation>Warnung: Das Zertifikat des Smarthosts wird nicht geprüft. Jeder auf dem Netzwerkpfad kann sich als Smarthost ausgeben und sein Passwort und jede Nachricht erhalten.</translation>
    </message>
    <message>
        <source>Do not verify the smarthost?</source>
        <translation>Smarthost nicht prüfen?</translation>
    </message>
    <message>
        <source>Without verification, RelayDesk sends the smarthost password and every message to whichever server answers, even one that only pretends to be the smarthost.</source>
        <translation>Ohne Prüfung sendet RelayDesk das Smarthost-Passwort und jede Nachricht an den Server, der antwortet, auch an einen, der nur vorgibt, der Smarthost zu sein.</translation>
    </message>
    <message>
        <source>Use this only for a test server. A CA file or a pinned certificate keeps the connection verified.</source>
        <translation>Nur für einen Testserver verwenden. Mit einer CA-Datei oder einem festgelegten Zertifikat bleibt die Verbindung geprüft.</translation>
    </message>
    <message>
        <source>Do not verify</source>
        <translation>Nicht prüfen</translation>
    </message>
    <message>
        <source>MTA-STS policies of recipient domains</source>
        <translation>MTA-STS-Richtlinien von Empfängerdomains</translation>
    </message>
    <message>
        <source>Certificate saved to %1.</source>
        <translation>Zertifikat in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Certificate not saved: %1</source>
        <translation>Zertifikat nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>the smarthost user name %1 has no password</source>
        <translation>der Smarthost-Benutzername %1 hat kein Passwort</translation>
    </message>
    <message>
        <source>Smarthost password missing</source>
        <translation>Smarthost-Passwort fehlt</translation>
    </message>
    <message>
        <source>The smarthost user name %1 needs its password. Type it in the Password field, or clear the user name to send without AUTH.</source>
        <translation>Der Smarthost-Benutzername %1 braucht sein Passwort. Geben Sie es im Feld „Passwort“ ein, oder leeren Sie den Benutzernamen, um ohne AUTH zu senden.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Not restarted: %1</source>
        <translation>Nicht neu gestartet: %1</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>keines gespeichert</translation>
    </message>
    <message>
        <source>%1: %2 instead of %3</source>
        <translation>%1: %2 statt %3</translation>
    </message>
    <message>
        <source>Keep less history?</source>
        <translation>Weniger Verlauf aufbewahren?</translation>
    </message>
    <message>
        <source>%1.

What is older is deleted at the next purge, within the hour, and cannot be brought back.</source>
        <translation>%1.

Älteres wird bei der nächsten Bereinigung, innerhalb einer Stunde, gelöscht und lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Keep less and save</source>
        <translation>Weniger aufbewahren und speichern</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>less history was not confirmed</source>
        <translation>weniger Verlauf wurde nicht bestätigt</translation>
    </message>
    <message>
        <source>Note: &quot;%1&quot; (%2) is shorter than &quot;%3&quot; (%4), so a message is bounced before its delay notice would be sent, and none is sent.</source>
        <translation>Hinweis: „%1“ (%2) ist kürzer als „%3“ (%4); eine Nachricht wird also zurückgesandt, bevor ihre Verzögerungsbenachrichtigung versandt würde, und es wird keine versandt.</translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation>%1 (jetzt %2)</translation>
    </message>
    <message>
        <source>The relay made its certificate again, to name its new hostname or listener address: mail programs that verify the relay need the new one (Save certificate... on the Security tab).</source>
        <translation>Das Relay hat sein Zertifikat neu erstellt, damit es den neuen Hostnamen oder die neue Empfangsport-Adresse nennt: Mailprogramme, die das Relay prüfen, brauchen das neue (Zertifikat speichern … auf der Registerkarte Sicherheit).</translation>
    </message>
    <message>
        <source>Changed elsewhere (the command line or another window), shown here: %1.</source>
        <translation>Anderswo geändert (auf der Befehlszeile oder in einem anderen Fenster), hier angezeigt: %1.</translation>
    </message>
    <message>
        <source>Cannot read the settings: %1. They are shown again once the store answers.</source>
        <translation>Die Einstellungen können nicht gelesen werden: %1. Sie werden wieder angezeigt, sobald der Speicher antwortet.</translation>
    </message>
    <message>
        <source>Note: %1: %2.</source>
        <translation>Hinweis: %1: %2.</translation>
    </message>
    <message>
        <source>Save the changed settings (%1)</source>
        <translation>Die geänderten Einstellungen speichern (%1)</translation>
    </message>
    <message>
        <source>Note: with &quot;STARTTLS if offered&quot; and no user name the smarthost&apos;s certificate is not checked: mail is encrypted when the smarthost offers STARTTLS, but a server posing as it would get it. No password is sent. Choose &quot;STARTTLS, required&quot; to have it checked.</source>
        <translation>Hinweis: Mit „STARTTLS, wenn angeboten“ und ohne Benutzernamen wird das Zertifikat des Smarthosts nicht geprüft: Mail wird verschlüsselt, wenn der Smarthost STARTTLS anbietet, aber ein Server, der sich als er ausgibt, würde sie erhalten. Es wird kein Passwort gesendet. Wählen Sie „STARTTLS, erforderlich“, damit es geprüft wird.</translation>
    </message>
    <message>
        <source>Configuration restored; the relay in this window runs with it.</source>
        <translation>Konfiguration wiederhergestellt; das Relay in diesem Fenster läuft mit ihr.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save changed values?</source>
        <translation>Geänderte Werte speichern?</translation>
    </message>
    <message>
        <source>These values were outside what their settings take, and were changed:

%1

Save them as they are now?</source>
        <translation>Diese Werte lagen außerhalb dessen, was ihre Einstellungen annehmen, und wurden geändert:

%1

So speichern, wie sie jetzt sind?</translation>
    </message>
    <message>
        <source>Save them</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>changed values were not confirmed</source>
        <translation>geänderte Werte wurden nicht bestätigt</translation>
    </message>
    <message>
        <source>Bounce waiting mail?</source>
        <translation>Wartende Mail zurücksenden?</translation>
    </message>
    <message>
        <source>Bounce them and save</source>
        <translation>Zurücksenden und speichern</translation>
    </message>
    <message>
        <source>bouncing the waiting mail was not confirmed</source>
        <translation>das Zurücksenden der wartenden Mail wurde nicht bestätigt</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Drop the changes not saved yet (%1) and show the saved values again?</source>
        <translation>Die noch nicht gespeicherten Änderungen (%1) verwerfen und wieder die gespeicherten Werte zeigen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>shorten %1 or lengthen %2</source>
        <translation>verkürzen Sie „%1“ oder verlängern Sie „%2“</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 (all may change before one Save).</source>
        <translation>Nichts wurde geändert: %1 (alle dürfen sich vor einem Speichern ändern).</translation>
    </message>
    <message>
        <source>%1 changed elsewhere (the command line, another window or another node) while you were editing. Your values are still shown: Save again to replace the new ones, or Discard changes to see them.</source>
        <translation>%1 wurde anderswo geändert (über die Befehlszeile, in einem anderen Fenster oder auf einem anderen Knoten), während Sie bearbeitet haben. Ihre Werte werden weiterhin angezeigt: Klicken Sie erneut auf „Speichern“, um die neuen zu ersetzen, oder auf „Änderungen verwerfen“, um sie zu sehen.</translation>
    </message>
    <message>
        <source>%1: none kept instead of %2: the whole delivery log and the security events go, and no new attempt or event is kept</source>
        <translation>%1: nichts aufbewahrt statt %2: Das ganze Zustellprotokoll und die Sicherheitsereignisse werden gelöscht, und kein neuer Versuch und kein neues Ereignis wird aufbewahrt</translation>
    </message>
    <message>
        <source>%1: none kept instead of %2: every kept message body goes, and a body is removed as soon as its last recipient is final</source>
        <translation>%1: nichts aufbewahrt statt %2: Jeder aufbewahrte Nachrichteninhalt wird gelöscht, und ein Inhalt wird entfernt, sobald sein letzter Empfänger abgeschlossen ist</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) in the queue were received more than %1 ago. With &quot;%2&quot; set so, their recipients still waiting bounce now, and each sender gets a bounce notice.</source>
        <translation>
            <numerusform>%Ln Nachricht in der Warteschlange wurde vor mehr als %1 empfangen. Mit „%2“ so eingestellt werden ihre noch wartenden Empfänger jetzt endgültig als gescheitert gewertet, und jeder Absender erhält einen Unzustellbarkeitsbericht.</numerusform>
            <numerusform>%Ln Nachrichten in der Warteschlange wurden vor mehr als %1 empfangen. Mit „%2“ so eingestellt werden ihre noch wartenden Empfänger jetzt endgültig als gescheitert gewertet, und jeder Absender erhält einen Unzustellbarkeitsbericht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the relay&apos;s own bounce or delay notices waiting in the queue was queued more than %1 ago: it is dropped now.</source>
        <translation>
            <numerusform>%Ln eigener Unzustellbarkeits- oder Verzögerungsbericht des Relays in der Warteschlange wurde vor mehr als %1 eingereiht: Er wird jetzt verworfen.</numerusform>
            <numerusform>%Ln eigene Unzustellbarkeits- oder Verzögerungsberichte des Relays in der Warteschlange wurden vor mehr als %1 eingereiht: Sie werden jetzt verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list; French writes a no-break space before the semicolon</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>RelayDesk::SettingsSave</name>
    <message>
        <source>%1 is in use by another program: choose another port</source>
        <translation>%1 wird von einem anderen Programm verwendet: Wählen Sie einen anderen Port</translation>
    </message>
    <message>
        <source>%1 is no address of this computer: use one it has (127.0.0.1, or 0.0.0.0 for every network)</source>
        <translation>%1 ist keine Adresse dieses Computers: Verwenden Sie eine, die er hat (127.0.0.1, oder 0.0.0.0 für alle Netze)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::StatusTray</name>
    <message>
        <source>Show RelayDesk</source>
        <translation>RelayDesk anzeigen</translation>
    </message>
    <message>
        <source>Quit (stops the relay)</source>
        <translation>Beenden (hält das Relay an)</translation>
    </message>
    <message>
        <source>RelayDesk: starting</source>
        <translation>RelayDesk: startet</translation>
    </message>
    <message>
        <source>Quit (the relay keeps running)</source>
        <translation>Beenden (das Relay läuft weiter)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::StrandedMessageText</name>
    <message>
        <source>%1 (node %2 stopped; taken again after %3)</source>
        <translation>%1 (Knoten %2 angehalten; wieder übernommen nach %3)</translation>
    </message>
    <message>
        <source>%1 waits for the node %2, which stopped answering: another node takes it at %3, when its lease runs out, and Retry now cannot bring that forward. If %2 is gone for good, &quot;relaydesk node forget %2&quot; frees its messages now.</source>
        <translation>%1 wartet auf den Knoten %2, der nicht mehr antwortet: Ein anderer Knoten übernimmt sie um %3, wenn dessen Zugriff abläuft, und „Jetzt erneut versuchen“ kann das nicht vorziehen. Ist %2 endgültig weg, gibt „relaydesk node forget %2“ seine Nachrichten sofort frei.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SuppressionAddDialog</name>
    <message>
        <source>Suppress an address</source>
        <translation>Eine Adresse unterdrücken</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>e.g. asked to get no more mail, ticket 4711</source>
        <translation>z. B. möchte keine E-Mails mehr erhalten, Ticket 4711</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Suppress</source>
        <translation>Unterdrücken</translation>
    </message>
    <message>
        <source>Mail from %1 is no longer sent to this address; the sender gets a bounce notice for it instead. Lift it to send again.</source>
        <translation>E-Mails von %1 werden nicht mehr an diese Adresse gesendet; der Absender erhält stattdessen einen Unzustellbarkeitsbericht. Heben Sie die Unterdrückung auf, um wieder zu senden.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SuppressionList</name>
    <message>
        <source>&apos;%1&apos; has letters outside ASCII before the &apos;@&apos;: this relay takes no such recipient (no SMTPUTF8), so there is nothing to suppress</source>
        <translation>„%1“ enthält vor dem „@“ Buchstaben außerhalb von ASCII: Dieses Relay nimmt keinen solchen Empfänger an (kein SMTPUTF8), es gibt also nichts zu unterdrücken</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mail address of the form local@domain</source>
        <translation>„%1“ ist keine E-Mail-Adresse der Form name@domain</translation>
    </message>
    <message>
        <source>the reason is %1 characters long; keep it to %2 at most</source>
        <translation>Der Grund ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>the reason holds a line break, a control character or an invisible direction mark; write it on one line of plain text</source>
        <translation>Der Grund enthält einen Zeilenumbruch, ein Steuerzeichen oder eine unsichtbare Richtungsmarke; schreiben Sie ihn als eine Zeile einfachen Text</translation>
    </message>
    <message>
        <source>%1 is already on the suppression list of %2, since %3 (%4): nothing changed; remove it first to give another reason</source>
        <translation>%1 steht bereits seit %3 auf der Unterdrückungsliste von %2 (%4): Nichts wurde geändert; heben Sie die Unterdrückung zuerst auf, um einen anderen Grund anzugeben</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SuppressionPanel</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <source>Send this agent&apos;s mail to the address again</source>
        <translation>E-Mails dieses Agenten wieder an die Adresse senden</translation>
    </message>
    <message>
        <source>Cannot read the suppression list: %1</source>
        <translation>Die Unterdrückungsliste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No address is suppressed: this agent&apos;s mail goes to every recipient.</source>
        <translation>Keine Adresse ist unterdrückt: Die E-Mails dieses Agenten gehen an jeden Empfänger.</translation>
    </message>
    <message>
        <source>Lifted: mail from this agent goes to %1 again.</source>
        <translation>Aufgehoben: E-Mails dieses Agenten gehen wieder an %1.</translation>
    </message>
    <message>
        <source>Cannot lift the suppression: %1</source>
        <translation>Die Unterdrückung kann nicht aufgehoben werden: %1</translation>
    </message>
    <message>
        <source>Filter addresses</source>
        <translation>Adressen filtern</translation>
    </message>
    <message>
        <source>Shows the addresses, or reasons, that hold the text typed here.</source>
        <translation>Zeigt die Adressen oder Gründe, die den hier eingegebenen Text enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suppressed address(es)</source>
        <translation>
            <numerusform>%Ln unterdrückte Adresse</numerusform>
            <numerusform>%Ln unterdrückte Adressen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Suppress...</source>
        <translation>Unterdrücken …</translation>
    </message>
    <message>
        <source>Stop this agent&apos;s mail to an address (a customer who asked to get no more mail)</source>
        <translation>E-Mails dieses Agenten an eine Adresse stoppen (ein Kunde, der keine E-Mails mehr erhalten möchte)</translation>
    </message>
    <message>
        <source>Suppressed: mail from this agent no longer goes to %1.</source>
        <translation>Unterdrückt: E-Mails dieses Agenten gehen nicht mehr an %1.</translation>
    </message>
    <message>
        <source>Lift suppression</source>
        <translation>Unterdrückung aufheben</translation>
    </message>
    <message>
        <source>Send mail from %1 to %2 again? It was suppressed because: %3</source>
        <translation>Wieder Mail von %1 an %2 senden? Unterdrückt wurde sie, weil: %3</translation>
    </message>
</context>
<context>
    <name>RelayDesk::TableColumns</name>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten zu wählen</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Standardspalten</translation>
    </message>
</context>
<context>
    <name>RelayDesk::TestMessage</name>
    <message>
        <source>RelayDesk test message, %1</source>
        <translation>Testnachricht von RelayDesk, %1</translation>
    </message>
    <message>
        <source>This is a test message sent by RelayDesk for the Mail Agent &quot;%1&quot;.

If you can read it, mail relayed through RelayDesk reaches this mailbox.
</source>
        <translation>Dies ist eine Testnachricht, die RelayDesk für den Mail-Agenten „%1“ gesendet hat.

Wenn Sie sie lesen können, erreicht Mail über RelayDesk dieses Postfach.
</translation>
    </message>
</context>
<context>
    <name>RelayDesk::TestMessageAdmin</name>
    <message>
        <source>Mail Agent &apos;%1&apos; is disabled</source>
        <translation>Mail-Agent „%1“ ist deaktiviert</translation>
    </message>
    <message>
        <source>cannot queue the test message (see the log)</source>
        <translation>die Testnachricht kann nicht in die Warteschlange gestellt werden (siehe Protokoll)</translation>
    </message>
    <message>
        <source>Mail Agent &apos;%1&apos; may not send as %2; allowed: %3</source>
        <translation>Mail-Agent „%1“ darf nicht als %2 senden; erlaubt: %3</translation>
    </message>
    <message>
        <source>%1 is on this machine or a private network, where this relay does not deliver: write to a domain name</source>
        <translation>%1 liegt auf diesem Rechner oder in einem privaten Netz, wohin dieses Relay nicht zustellt: Schreiben Sie an einen Domainnamen</translation>
    </message>
    <message>
        <source>%1 is on the suppression list of Mail Agent &apos;%2&apos;: lift it first, or the test would not be sent</source>
        <translation>%1 steht auf der Unterdrückungsliste des Mail-Agenten „%2“: Heben Sie sie zuerst auf, sonst würde der Test nicht gesendet</translation>
    </message>
</context>
<context>
    <name>RelayDesk::TestMessageDialog</name>
    <message>
        <source>Send test message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>RelayDesk queues a short test message as if the Mail Agent had sent it and delivers it the usual way. Its delivery shows here as it happens.</source>
        <translation>RelayDesk stellt eine kurze Testnachricht in die Warteschlange, als hätte der Mail-Agent sie gesendet, und stellt sie auf dem üblichen Weg zu. Ihre Zustellung erscheint hier, während sie geschieht.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::TestMessageForm</name>
    <message>
        <source>e.g. it@your-office.example</source>
        <translation>z. B. it@ihr-buero.example</translation>
    </message>
    <message>
        <source>a mailbox you can read</source>
        <translation>ein Postfach, das Sie lesen können</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>Send as Mail Agent:</source>
        <translation>Senden als Mail-Agent:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>There is no enabled Mail Agent to send as yet: create one first.</source>
        <translation>Es gibt noch keinen aktivierten Mail-Agenten, als der gesendet werden kann: Legen Sie zuerst einen an.</translation>
    </message>
    <message>
        <source>The From address &quot;%1&quot; is not an address of the form name@domain.</source>
        <translation>Die Absenderadresse „%1“ hat nicht die Form name@domain.</translation>
    </message>
    <message>
        <source>The To address &quot;%1&quot; is not an address of the form name@domain.</source>
        <translation>Die Empfängeradresse „%1“ hat nicht die Form name@domain.</translation>
    </message>
    <message>
        <source>The test message was not queued: %1</source>
        <translation>Die Testnachricht wurde nicht in die Warteschlange gestellt: %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>%1 is disabled: it sends nothing until it is enabled again (Mail Agents, Edit...). Choose another agent to send as.</source>
        <translation>%1 ist deaktiviert: Der Agent sendet nichts, bis er wieder aktiviert ist (Mail-Agenten, Bearbeiten …). Wählen Sie einen anderen Agenten als Absender.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::TestMessageStatus</name>
    <message>
        <source>Queued as %1...</source>
        <translation>Als %1 in die Warteschlange gestellt …</translation>
    </message>
    <message>
        <source>Cannot read the message: %1</source>
        <translation>Die Nachricht kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Delivered to %1 by %2.</source>
        <translation>An %1 zugestellt über %2.</translation>
    </message>
    <message>
        <source>Not delivered yet to %1: the relay will try again.</source>
        <translation>Noch nicht an %1 zugestellt: Das Relay versucht es erneut.</translation>
    </message>
    <message>
        <source>Not delivered to %1: %2.</source>
        <translation>Nicht an %1 zugestellt: %2.</translation>
    </message>
    <message>
        <source>%1: waiting to be delivered to %2 (%3).</source>
        <translation>%1: wartet auf Zustellung an %2 (%3).</translation>
    </message>
</context>
<context>
    <name>RelayDesk::UserGuideDialog</name>
    <message>
        <source>RelayDesk User Guide</source>
        <translation>RelayDesk-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>The user guide cannot be read.</source>
        <translation>Das Benutzerhandbuch kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::WindowLifetime</name>
    <message>
        <source>&amp;Quit (stops the relay)</source>
        <translation>&amp;Beenden (hält das Relay an)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Close RelayDesk</source>
        <translation>RelayDesk schließen</translation>
    </message>
    <message>
        <source>The relay delivers mail only while RelayDesk runs. Keep it running in the background, or quit and stop the relay?</source>
        <translation>Das Relay stellt E-Mails nur zu, solange RelayDesk läuft. Im Hintergrund weiterlaufen lassen oder beenden und das Relay anhalten?</translation>
    </message>
    <message>
        <source>In the background, the tray icon shows the window again.</source>
        <translation>Im Hintergrund zeigt das Symbol im Infobereich das Fenster wieder an.</translation>
    </message>
    <message>
        <source>In the background, the window stays minimized in the task bar; Quit in its File menu stops the relay.</source>
        <translation>Im Hintergrund bleibt das Fenster in der Taskleiste minimiert; „Beenden“ im Menü „Datei“ hält das Relay an.</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Remember my choice (Settings, Desktop, can change it)</source>
        <translation>Meine Wahl merken (änderbar unter Einstellungen, Desktop)</translation>
    </message>
    <message>
        <source>Quit RelayDesk</source>
        <translation>RelayDesk beenden</translation>
    </message>
    <message>
        <source>Quit and stop the relay now? What waits stays in the queue and goes out when RelayDesk starts again.</source>
        <translation>Jetzt beenden und das Relay anhalten? Was wartet, bleibt in der Warteschlange und wird versandt, wenn RelayDesk wieder startet.</translation>
    </message>
    <message>
        <source>&amp;Quit (the relay keeps running)</source>
        <translation>&amp;Beenden (das Relay läuft weiter)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) wait in the queue.</source>
        <translation>
            <numerusform>%Ln Nachricht wartet in der Warteschlange.</numerusform>
            <numerusform>%Ln Nachrichten warten in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) wait in the queue. The relay delivers them only while RelayDesk runs.</source>
        <translation>
            <numerusform>%Ln Nachricht wartet in der Warteschlange. Das Relay stellt sie nur zu, solange RelayDesk läuft.</numerusform>
            <numerusform>%Ln Nachrichten warten in der Warteschlange. Das Relay stellt sie nur zu, solange RelayDesk läuft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::WizardAgentPage</name>
    <message>
        <source>The first Mail Agent</source>
        <translation>Der erste Mail-Agent</translation>
    </message>
    <message>
        <source>e.g. Billing application</source>
        <translation>z. B. Rechnungsprogramm</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20 or 192.168.1.0/24</source>
        <translation>z. B. 192.168.1.20 oder 192.168.1.0/24</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>May send from:</source>
        <translation>Darf senden von:</translation>
    </message>
    <message>
        <source>Add the address you typed to the list with Add, or clear it.</source>
        <translation>Fügen Sie die eingegebene Adresse mit „Hinzufügen“ zur Liste hinzu, oder löschen Sie sie.</translation>
    </message>
    <message>
        <source>The Mail Agent was not created: %1</source>
        <translation>Der Mail-Agent wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <source>A Mail Agent stands for one application or device that sends mail through RelayDesk: it gets its own SMTP user name and password, sends only from the addresses you allow, and only as its own domain. Leave the name empty to skip this step.</source>
        <translation>Ein Mail-Agent steht für eine Anwendung oder ein Gerät, das Mail über RelayDesk sendet: Er erhält einen eigenen SMTP-Benutzernamen und ein Passwort, sendet nur von den Adressen, die Sie erlauben, und nur als seine eigene Domain. Lassen Sie den Namen leer, um diesen Schritt zu überspringen.</translation>
    </message>
    <message>
        <source>e.g. example.com</source>
        <translation>z. B. example.com</translation>
    </message>
    <message>
        <source>Sends as domain:</source>
        <translation>Sendet als Domain:</translation>
    </message>
    <message>
        <source>Give the domain this agent sends as, e.g. example.com: it may send only from addresses at that domain.</source>
        <translation>Geben Sie die Domain an, als die dieser Agent sendet, z. B. example.com: Er darf nur von Adressen dieser Domain senden.</translation>
    </message>
    <message>
        <source>This domain cannot be used: %1</source>
        <translation>Diese Domain kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Another Mail Agent (optional)</source>
        <translation>Ein weiterer Mail-Agent (optional)</translation>
    </message>
    <message>
        <source>The Mail Agent &quot;%1&quot; is created. Click Next to choose how its mail leaves.</source>
        <translation>Der Mail-Agent „%1“ ist angelegt. Klicken Sie auf „Weiter“, um festzulegen, wie seine Mail das Haus verlässt.</translation>
    </message>
    <message>
        <source>Add at least one address its applications send from: its password works only from the addresses listed here (e.g. 127.0.0.1 for programs on this computer, 192.168.1.0/24 for the office network).</source>
        <translation>Fügen Sie mindestens eine Adresse hinzu, von der seine Anwendungen senden: Sein Passwort gilt nur von den hier aufgeführten Adressen aus (z. B. 127.0.0.1 für Programme auf diesem Computer, 192.168.1.0/24 für das Büronetz).</translation>
    </message>
</context>
<context>
    <name>RelayDesk::WizardCertificatePage</name>
    <message>
        <source>The TLS certificate</source>
        <translation>Das TLS-Zertifikat</translation>
    </message>
    <message>
        <source>Applications log in only over TLS, so the listeners need a certificate. A self-signed one is enough for applications you configure yourself; import your organisation&apos;s certificate (PEM or PKCS#12) if applications check it.</source>
        <translation>Anwendungen melden sich nur über TLS an, daher brauchen die Empfangsports ein Zertifikat. Ein selbstsigniertes genügt für Anwendungen, die Sie selbst einrichten; importieren Sie das Zertifikat Ihrer Organisation (PEM oder PKCS#12), wenn Anwendungen es prüfen.</translation>
    </message>
    <message>
        <source>The running relay uses a new certificate for new connections within a second, without a restart.</source>
        <translation>Das laufende Relay verwendet ein neues Zertifikat innerhalb einer Sekunde für neue Verbindungen, ohne Neustart.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::WizardDeliveryPage</name>
    <message>
        <source>How mail leaves</source>
        <translation>Wie E-Mails versendet werden</translation>
    </message>
    <message>
        <source>RelayDesk can hand each message straight to the recipients&apos; mail servers, or pass everything to a mail service (a smarthost) that sends it on.</source>
        <translation>RelayDesk kann jede Nachricht direkt an die Mailserver der Empfänger übergeben oder alles an einen Maildienst (einen Smarthost) weiterreichen, der sie weiterversendet.</translation>
    </message>
    <message>
        <source>Directly to the recipients&apos; mail servers (MX)</source>
        <translation>Direkt an die Mailserver der Empfänger (MX)</translation>
    </message>
    <message>
        <source>Needs outgoing port 25, which many internet providers block; receivers may distrust mail from an office connection.</source>
        <translation>Braucht den ausgehenden Port 25, den viele Internetanbieter sperren; Empfänger misstrauen E-Mails von einem Büroanschluss unter Umständen.</translation>
    </message>
    <message>
        <source>Through a smarthost (a mail service such as ZeptoMail)</source>
        <translation>Über einen Smarthost (einen Maildienst wie ZeptoMail)</translation>
    </message>
    <message>
        <source>host:port, e.g. smtp.example.com:587</source>
        <translation>Host:Port, z. B. smtp.example.com:587</translation>
    </message>
    <message>
        <source>TLS is required: RelayDesk sends the password only over an encrypted connection to a server whose certificate it verified.</source>
        <translation>TLS ist Pflicht: RelayDesk sendet das Passwort nur über eine verschlüsselte Verbindung an einen Server, dessen Zertifikat es geprüft hat.</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>(stored; type to replace)</source>
        <translation>(gespeichert; zum Ersetzen eintippen)</translation>
    </message>
    <message>
        <source>Enter the smarthost as host:port, e.g. smtp.zeptomail.com:587%1</source>
        <translation>Geben Sie den Smarthost als Host:Port ein, z. B. smtp.zeptomail.com:587%1</translation>
    </message>
    <message>
        <source>Delivery is turned off now: every message is held in the queue.</source>
        <translation>Die Zustellung ist jetzt ausgeschaltet: jede Nachricht wird in der Warteschlange angehalten.</translation>
    </message>
    <message>
        <source>Turn delivery on</source>
        <translation>Zustellung einschalten</translation>
    </message>
    <message>
        <source>Automatic (TLS from the start on port 465, STARTTLS otherwise)</source>
        <translation>Automatisch (TLS von Anfang an auf Port 465, sonst STARTTLS)</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>Without TLS when the server offers none, as an office server may: no password is sent.</source>
        <translation>Ohne TLS, wenn der Server keines anbietet, wie es ein Server im Büro tun kann: Es wird kein Passwort gesendet.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::WizardListenersPage</name>
    <message>
        <source>Where applications and devices hand mail over</source>
        <translation>Wo Anwendungen und Geräte E-Mails übergeben</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>address:port</source>
        <translation>Adresse:Port</translation>
    </message>
    <message>
        <source>Off: nothing listens here.</source>
        <translation>Aus: Hier lauscht nichts.</translation>
    </message>
    <message>
        <source>%1 is free.</source>
        <translation>%1 ist frei.</translation>
    </message>
    <message>
        <source>%1 is in use by another program: choose another port.</source>
        <translation>%1 ist von einem anderen Programm belegt: Wählen Sie einen anderen Port.</translation>
    </message>
    <message>
        <source>%1 is in use by this relay.</source>
        <translation>%1 wird von diesem Relay belegt.</translation>
    </message>
    <message>
        <source>RelayDesk listens on three ports. Ports below 1024 (such as 587 and 465) need administrator rights, so RelayDesk starts with 2587, 2465 and 2525; the fields show the ports set now. 127.0.0.1 accepts mail from this computer only; 0.0.0.0 from every computer that can reach it.</source>
        <translation>RelayDesk lauscht auf drei Ports. Ports unter 1024 (wie 587 und 465) erfordern Administratorrechte, daher beginnt RelayDesk mit 2587, 2465 und 2525; die Felder zeigen die jetzt eingestellten Ports. 127.0.0.1 nimmt nur E-Mails von diesem Computer an, 0.0.0.0 von jedem Computer, der ihn erreicht.</translation>
    </message>
    <message>
        <source>%1 is the same port as %2: each listener needs a port of its own.</source>
        <translation>%1 ist derselbe Port wie %2: Jeder Empfangsport braucht einen eigenen Port.</translation>
    </message>
    <message>
        <source>%1 and %2 have the same port: give each listener a port of its own.</source>
        <translation>%1 und %2 haben denselben Port: Geben Sie jedem Empfangsport einen eigenen Port.</translation>
    </message>
    <message>
        <source>e.g. relay.office.example</source>
        <translation>z. B. relay.buero.example</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Hostname:</translation>
    </message>
    <message>
        <source>The name the relay greets other mail servers with; its certificate names it, and applications should connect to it by this name.</source>
        <translation>Der Name, mit dem sich das Relay bei anderen Mailservern meldet; sein Zertifikat nennt ihn, und Anwendungen sollten sich unter diesem Namen verbinden.</translation>
    </message>
    <message>
        <source>Type the name this computer has in DNS, such as relay.office.example.</source>
        <translation>Geben Sie den Namen ein, den dieser Computer im DNS hat, etwa relay.buero.example.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full host name: many mail servers refuse a relay that greets them with it. Type the name this computer has in DNS, such as relay.office.example; a relay that sends only through a smarthost may keep it.</source>
        <translation>„%1“ ist kein vollständiger Hostname: viele Mailserver weisen ein Relay ab, das sich so meldet. Geben Sie den Namen ein, den dieser Computer im DNS hat, etwa relay.buero.example; ein Relay, das nur über einen Smarthost sendet, kann ihn behalten.</translation>
    </message>
    <message>
        <source>RelayDesk listens on three ports. The relay service may use the standard ones (587, 465 and 25); the fields show the ports set now. 127.0.0.1 accepts mail from this computer only; 0.0.0.0 from every computer that can reach it.</source>
        <translation>RelayDesk lauscht auf drei Ports. Der Relay-Dienst darf die üblichen verwenden (587, 465 und 25); die Felder zeigen die jetzt eingestellten Ports. 127.0.0.1 nimmt nur E-Mails von diesem Computer an, 0.0.0.0 von jedem Computer, der ihn erreicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a space: a host name is letters, digits, hyphens and dots only.</source>
        <translation>„%1“ enthält ein Leerzeichen: Ein Hostname besteht nur aus Buchstaben, Ziffern, Bindestrichen und Punkten.</translation>
    </message>
    <message>
        <source>%1 is no address of this computer: use one it has (127.0.0.1 for this computer alone, 0.0.0.0 for every network).</source>
        <translation>%1 ist keine Adresse dieses Computers: Verwenden Sie eine, die er hat (127.0.0.1 nur für diesen Computer, 0.0.0.0 für alle Netze).</translation>
    </message>
    <message>
        <source>%1: %2 is in use by another program. Choose another port, or switch the listener off.</source>
        <translation>%1: %2 wird von einem anderen Programm belegt. Wählen Sie einen anderen Port, oder schalten Sie den Empfangsport ab.</translation>
    </message>
    <message>
        <source>%1, like port 587: applications log in with a Mail Agent&apos;s credential after STARTTLS.</source>
        <translation>%1, wie Port 587: Anwendungen melden sich nach STARTTLS mit den Zugangsdaten eines Mail-Agenten an.</translation>
    </message>
    <message>
        <source>%1, like port 465: the same, for applications that start with TLS.</source>
        <translation>%1, wie Port 465: dasselbe, für Anwendungen, die gleich mit TLS beginnen.</translation>
    </message>
    <message>
        <source>%1: printers and scanners you trust by address send without a password.</source>
        <translation>%1: Drucker und Scanner, denen Sie anhand ihrer Adresse vertrauen, senden ohne Passwort.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::WizardTestPage</name>
    <message>
        <source>A test message</source>
        <translation>Eine Testnachricht</translation>
    </message>
    <message>
        <source>Send a message to a mailbox you can read and watch it leave. If it cannot be delivered, the reason shows here with what to do about it.</source>
        <translation>Senden Sie eine Nachricht an ein Postfach, das Sie lesen können, und sehen Sie zu, wie sie versendet wird. Kann sie nicht zugestellt werden, steht hier der Grund und was zu tun ist.</translation>
    </message>
</context>
<context>
    <name>RelayWords</name>
    <message>
        <source>Connection refused by %1</source>
        <translation>Verbindung abgelehnt von %1</translation>
    </message>
    <message>
        <source>Connection to %1 lost</source>
        <translation>Verbindung zu %1 verloren</translation>
    </message>
    <message>
        <source>Connection to %1 timed out</source>
        <translation>Zeitüberschreitung beim Verbinden mit %1</translation>
    </message>
    <message>
        <source>Timeout waiting for a reply from %1</source>
        <translation>Zeitüberschreitung beim Warten auf eine Antwort von %1</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>TLS is required but the server does not offer STARTTLS</source>
        <translation>TLS ist verlangt, aber der Server bietet kein STARTTLS an</translation>
    </message>
    <message>
        <source>Refusing to send credentials over an unencrypted connection</source>
        <translation>Zugangsdaten werden nicht über eine unverschlüsselte Verbindung gesendet</translation>
    </message>
    <message>
        <source>The smarthost offers neither AUTH PLAIN nor AUTH LOGIN</source>
        <translation>Der Smarthost bietet weder AUTH PLAIN noch AUTH LOGIN an</translation>
    </message>
    <message>
        <source>The smarthost password is not set (user name %1 without a password); AUTH not sent</source>
        <translation>Das Smarthost-Passwort ist nicht gesetzt (Benutzername %1 ohne Passwort); AUTH nicht gesendet</translation>
    </message>
    <message>
        <source>Domain %1 does not exist (NXDOMAIN)</source>
        <translation>Die Domain %1 existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <source>Recipient domain has a null MX (RFC 7505)</source>
        <translation>Die Empfängerdomain hat einen Null-MX (RFC 7505)</translation>
    </message>
    <message>
        <source>No address records for %1 (NXDOMAIN)</source>
        <translation>Keine Adresseinträge für %1 (NXDOMAIN)</translation>
    </message>
    <message>
        <source>No address records for %1</source>
        <translation>Keine Adresseinträge für %1</translation>
    </message>
    <message>
        <source>DNS lookup for %1 failed: %2</source>
        <translation>DNS-Abfrage für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No host could be tried</source>
        <translation>Kein Host konnte versucht werden</translation>
    </message>
    <message>
        <source>bounced by the relay administrator</source>
        <translation>vom Administrator des Relays zurückgesendet</translation>
    </message>
    <message>
        <source>Domain %1 has no mail server: no MX, A or AAAA record</source>
        <translation>Die Domain %1 hat keinen Mailserver: kein MX-, A- oder AAAA-Eintrag</translation>
    </message>
    <message>
        <source>MX host %1 of %2 has no address records</source>
        <translation>Der MX-Host %1 von %2 hat keine Adresseinträge</translation>
    </message>
    <message>
        <source>DNS lookup for %1 failed: no answer from the name server</source>
        <translation>DNS-Abfrage für %1 fehlgeschlagen: keine Antwort vom Nameserver</translation>
    </message>
    <message>
        <source>not sent: deleted from the queue by the relay administrator</source>
        <translation>nicht gesendet: vom Relay-Administrator aus der Warteschlange gelöscht</translation>
    </message>
    <message>
        <source>Certificate of %1 failed verification: %2 (checked against %3; AUTH not sent)</source>
        <translation>Das Zertifikat von %1 hat die Prüfung nicht bestanden: %2 (geprüft gegen %3; AUTH nicht gesendet)</translation>
    </message>
    <message>
        <source>Certificate of %1 failed verification: %2 (checked against %3)</source>
        <translation>Das Zertifikat von %1 hat die Prüfung nicht bestanden: %2 (geprüft gegen %3)</translation>
    </message>
    <message>
        <source>DNS lookup for %1 failed: the name server %2 refused to answer (REFUSED)</source>
        <translation>DNS-Abfrage für %1 fehlgeschlagen: der Nameserver %2 hat die Antwort verweigert (REFUSED)</translation>
    </message>
    <message>
        <source>DNS lookup for %1 failed: the name server refused to answer (REFUSED)</source>
        <translation>DNS-Abfrage für %1 fehlgeschlagen: der Nameserver hat die Antwort verweigert (REFUSED)</translation>
    </message>
    <message>
        <source>DNS lookup for %1 failed: the name server %2 could not answer (SERVFAIL)</source>
        <translation>DNS-Abfrage für %1 fehlgeschlagen: der Nameserver %2 konnte nicht antworten (SERVFAIL)</translation>
    </message>
    <message>
        <source>DNS lookup for %1 failed: the name server could not answer (SERVFAIL)</source>
        <translation>DNS-Abfrage für %1 fehlgeschlagen: der Nameserver konnte nicht antworten (SERVFAIL)</translation>
    </message>
    <message>
        <source>DNS lookup for %1 failed: timed out</source>
        <translation>DNS-Abfrage für %1 fehlgeschlagen: Zeitüberschreitung</translation>
    </message>
    <message>
        <source>delivery time expired; last reply: %1</source>
        <translation>Zustellfrist abgelaufen; letzte Antwort: %1</translation>
    </message>
    <message>
        <source>interrupted: the relay stopped during this delivery; tried again after the next start (if the server had already received the whole message, it arrives twice)</source>
        <translation>unterbrochen: Das Relay wurde während dieser Zustellung beendet; nach dem nächsten Start erneut versucht (hatte der Server die ganze Nachricht schon erhalten, kommt sie zweimal an)</translation>
    </message>
    <message>
        <source>The server refused this relay at its greeting: %1</source>
        <translation>Der Server wies dieses Relay bei seiner Begrüßung ab: %1</translation>
    </message>
    <message>
        <source>The server wants the relay to log in first (give the smarthost, or a route for the domain with a verified certificate, its user name and password, or have the server accept this relay&apos;s address): %1</source>
        <translation>Der Server verlangt zuerst eine Anmeldung des Relays (geben Sie dem Smarthost oder einer Route für die Domain mit geprüftem Zertifikat Benutzernamen und Passwort, oder lassen Sie den Server die Adresse dieses Relays annehmen): %1</translation>
    </message>
    <message>
        <source>The route&apos;s host %1 offers neither AUTH PLAIN nor AUTH LOGIN</source>
        <translation>Der Server %1 der Route bietet weder AUTH PLAIN noch AUTH LOGIN an</translation>
    </message>
    <message>
        <source>The password for the route&apos;s host %1 is not set (user name %2 without a password); AUTH not sent</source>
        <translation>Das Passwort für den Server %1 der Route ist nicht gesetzt (Benutzername %2 ohne Passwort); AUTH nicht gesendet</translation>
    </message>
    <message>
        <source>Authentication at the smarthost failed: %1</source>
        <translation>Anmeldung beim Smarthost fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Authentication at the route&apos;s host %1 failed: %2</source>
        <translation>Anmeldung beim Server %1 der Route fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>DNS lookup for %1 failed: no answer from the name server %2</source>
        <translation>DNS-Abfrage für %1 fehlgeschlagen: keine Antwort vom Nameserver %2</translation>
    </message>
    <message>
        <source>DNS lookup for %1 failed: the name server %2 did not answer in time</source>
        <translation>DNS-Abfrage für %1 fehlgeschlagen: Der Nameserver %2 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Connection to %1 lost after the whole message was sent, before the server&apos;s reply: the server may have kept it</source>
        <translation>Verbindung zu %1 verloren, nachdem die ganze Nachricht gesendet war, vor der Antwort des Servers: Der Server hat sie vielleicht behalten</translation>
    </message>
    <message>
        <source>connecting to %1 again for the %2 recipient(s) left over</source>
        <translation>erneute Verbindung zu %1 für die übrigen %2 Empfänger</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>Verbindung zu %1</translation>
    </message>
    <message>
        <source>reusing connection to %1</source>
        <translation>bestehende Verbindung zu %1 wird weiterverwendet</translation>
    </message>
    <message>
        <source>not connecting to %1: it is %2</source>
        <translation>keine Verbindung zu %1: das ist %2</translation>
    </message>
    <message>
        <source>MX lookup for %1: %2</source>
        <translation>MX-Abfrage für %1: %2</translation>
    </message>
    <message>
        <source>%1 recipient(s) answered 452 4.5.3 (too many recipients): sent in another transaction (RFC 5321 4.5.3.1.10)</source>
        <translation>%1 Empfänger mit 452 4.5.3 beantwortet (zu viele Empfänger): in einer weiteren Transaktion gesendet (RFC 5321 4.5.3.1.10)</translation>
    </message>
    <message>
        <source>not sent: the job may no longer be delivered (message held, or the queue lease is gone)</source>
        <translation>nicht gesendet: der Auftrag darf nicht mehr zugestellt werden (Nachricht angehalten, oder die Warteschlangen-Zuteilung ist abgelaufen)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>message content, %1 bytes</source>
        <translation>Nachrichteninhalt, %1 Bytes</translation>
    </message>
    <message>
        <source>MTA-STS: _mta-sts.%1: DNS trouble: %2</source>
        <translation>MTA-STS: _mta-sts.%1: DNS-Problem: %2</translation>
    </message>
    <message>
        <source>MTA-STS: _mta-sts.%1: %2</source>
        <translation>MTA-STS: _mta-sts.%1: %2</translation>
    </message>
    <message>
        <source>MTA-STS: cannot read the policy cache: %1</source>
        <translation>MTA-STS: der Richtlinien-Zwischenspeicher ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>MTA-STS: the cached policy of %1 holds (%2)</source>
        <translation>MTA-STS: die zwischengespeicherte Richtlinie von %1 gilt (%2)</translation>
    </message>
    <message>
        <source>MTA-STS: the cached policy holds (%1)</source>
        <translation>MTA-STS: die zwischengespeicherte Richtlinie gilt (%1)</translation>
    </message>
    <message>
        <source>MTA-STS: policy of %1 from the cache (%2)</source>
        <translation>MTA-STS: Richtlinie von %1 aus dem Zwischenspeicher (%2)</translation>
    </message>
    <message>
        <source>MTA-STS: cannot fetch https://mta-sts.%1/.well-known/mta-sts.txt: %2</source>
        <translation>MTA-STS: https://mta-sts.%1/.well-known/mta-sts.txt ist nicht abrufbar: %2</translation>
    </message>
    <message>
        <source>MTA-STS: fetched the policy of %1 (%2)</source>
        <translation>MTA-STS: Richtlinie von %1 abgerufen (%2)</translation>
    </message>
    <message>
        <source>MTA-STS: cannot cache the policy: %1</source>
        <translation>MTA-STS: die Richtlinie lässt sich nicht zwischenspeichern: %1</translation>
    </message>
    <message>
        <source>MTA-STS (%1): %2 is not an MX host of the policy (mx %3); tried all the same (testing mode)</source>
        <translation>MTA-STS (%1): %2 ist kein MX-Host der Richtlinie (mx %3); trotzdem versucht (Testmodus)</translation>
    </message>
    <message>
        <source>MTA-STS (%1): %2 is not an MX host of the policy (mx %3); not tried</source>
        <translation>MTA-STS (%1): %2 ist kein MX-Host der Richtlinie (mx %3); nicht versucht</translation>
    </message>
    <message>
        <source>MTA-STS (testing): enforce would not deliver here: %1</source>
        <translation>MTA-STS (Testmodus): im Modus enforce würde hier nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>the name server %1 refused to answer (REFUSED)</source>
        <translation>der Nameserver %1 hat die Antwort verweigert (REFUSED)</translation>
    </message>
    <message>
        <source>the name server refused to answer (REFUSED)</source>
        <translation>der Nameserver hat die Antwort verweigert (REFUSED)</translation>
    </message>
    <message>
        <source>the name server %1 could not answer (SERVFAIL)</source>
        <translation>der Nameserver %1 konnte nicht antworten (SERVFAIL)</translation>
    </message>
    <message>
        <source>the name server could not answer (SERVFAIL)</source>
        <translation>der Nameserver konnte nicht antworten (SERVFAIL)</translation>
    </message>
    <message>
        <source>the name server %1 did not answer in time</source>
        <translation>der Nameserver %1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Malformed reply from the server after the whole message was sent: %1; the server may have kept it</source>
        <translation>Fehlerhafte Antwort des Servers, nachdem die ganze Nachricht gesendet war: %1; der Server hat sie vielleicht behalten</translation>
    </message>
    <message>
        <source>Malformed reply from the server: %1</source>
        <translation>Fehlerhafte Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>Unexpected reply from the server: %1</source>
        <translation>Unerwartete Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>reply line longer than %1 octets</source>
        <translation>Antwortzeile länger als %1 Bytes</translation>
    </message>
    <message>
        <source>malformed reply line &apos;%1&apos;</source>
        <translation>fehlerhafte Antwortzeile „%1“</translation>
    </message>
    <message>
        <source>reply code changed from %1 to %2 inside a multi-line reply</source>
        <translation>Antwortcode wechselte innerhalb einer mehrzeiligen Antwort von %1 zu %2</translation>
    </message>
    <message>
        <source>multi-line reply longer than %1 lines</source>
        <translation>mehrzeilige Antwort länger als %1 Zeilen</translation>
    </message>
    <message>
        <source>%1 more host(s) not tried: at most %2 addresses are tried in one attempt</source>
        <translation>%1 weitere(r) Host(s) nicht versucht: in einem Versuch werden höchstens %2 Adressen versucht</translation>
    </message>
</context>
<context>
    <name>ReplyCatalog</name>
    <message>
        <source>Nothing to do: RelayDesk retries automatically.</source>
        <translation>Nichts zu tun: RelayDesk versucht es automatisch erneut.</translation>
    </message>
    <message>
        <source>System status</source>
        <translation>Systemstatus</translation>
    </message>
    <message>
        <source>The server answered a status request.</source>
        <translation>Der Server hat eine Statusanfrage beantwortet.</translation>
    </message>
    <message>
        <source>Help message</source>
        <translation>Hilfetext</translation>
    </message>
    <message>
        <source>The server sent help text in answer to HELP.</source>
        <translation>Der Server hat auf HELP einen Hilfetext gesendet.</translation>
    </message>
    <message>
        <source>Server ready</source>
        <translation>Server bereit</translation>
    </message>
    <message>
        <source>The mail server greeted the connection and is ready.</source>
        <translation>Der Mailserver hat die Verbindung begrüßt und ist bereit.</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The server closed the connection normally.</source>
        <translation>Der Server hat die Verbindung ordnungsgemäß geschlossen.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>The username and password were accepted (RFC 4954).</source>
        <translation>Benutzername und Passwort wurden angenommen (RFC 4954).</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>The server accepted the command or the message.</source>
        <translation>Der Server hat den Befehl oder die Nachricht angenommen.</translation>
    </message>
    <message>
        <source>Accepted for forwarding</source>
        <translation>Zur Weiterleitung angenommen</translation>
    </message>
    <message>
        <source>The recipient is not local to that server, but it accepted the message and will forward it.</source>
        <translation>Der Empfänger ist auf diesem Server nicht lokal, aber der Server hat die Nachricht angenommen und leitet sie weiter.</translation>
    </message>
    <message>
        <source>Accepted without verification</source>
        <translation>Ohne Prüfung angenommen</translation>
    </message>
    <message>
        <source>The server cannot confirm the mailbox exists but accepted the message and will try to deliver it.</source>
        <translation>Der Server kann nicht bestätigen, dass das Postfach existiert, hat die Nachricht aber angenommen und versucht sie zuzustellen.</translation>
    </message>
    <message>
        <source>Sign-in in progress</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>The server is waiting for the next step of the sign-in exchange.</source>
        <translation>Der Server wartet auf den nächsten Schritt der Anmeldung.</translation>
    </message>
    <message>
        <source>Ready for the message</source>
        <translation>Bereit für die Nachricht</translation>
    </message>
    <message>
        <source>The server is waiting for the message content.</source>
        <translation>Der Server wartet auf den Inhalt der Nachricht.</translation>
    </message>
    <message>
        <source>Server unavailable</source>
        <translation>Server nicht verfügbar</translation>
    </message>
    <message>
        <source>The receiving server is busy, restarting or limiting connections and closed the connection.</source>
        <translation>Der empfangende Server ist ausgelastet, startet neu oder begrenzt Verbindungen und hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>Password change needed</source>
        <translation>Passwortänderung nötig</translation>
    </message>
    <message>
        <source>The server requires the account&apos;s password to be changed before signing in (RFC 4954).</source>
        <translation>Der Server verlangt, dass das Passwort des Kontos vor der Anmeldung geändert wird (RFC 4954).</translation>
    </message>
    <message>
        <source>Sign in to the account with a mail program and change the password, then update it in RelayDesk.</source>
        <translation>Melden Sie sich mit einem E-Mail-Programm am Konto an und ändern Sie das Passwort; tragen Sie es dann in RelayDesk ein.</translation>
    </message>
    <message>
        <source>Mailbox temporarily unavailable</source>
        <translation>Postfach vorübergehend nicht verfügbar</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is busy or temporarily blocked by the receiving server.</source>
        <translation>Das Postfach des Empfängers ist belegt oder vom empfangenden Server vorübergehend gesperrt.</translation>
    </message>
    <message>
        <source>Temporary server error</source>
        <translation>Vorübergehender Serverfehler</translation>
    </message>
    <message>
        <source>The receiving server hit a local problem while handling the message.</source>
        <translation>Der empfangende Server hatte beim Bearbeiten der Nachricht ein lokales Problem.</translation>
    </message>
    <message>
        <source>Temporarily out of room</source>
        <translation>Vorübergehend kein Platz</translation>
    </message>
    <message>
        <source>The receiving server is short of storage or took too many recipients at once.</source>
        <translation>Dem empfangenden Server fehlt Speicherplatz, oder er hat zu viele Empfänger auf einmal erhalten.</translation>
    </message>
    <message>
        <source>Temporary sign-in or encryption failure</source>
        <translation>Vorübergehender Anmelde- oder Verschlüsselungsfehler</translation>
    </message>
    <message>
        <source>Parameters not accepted now</source>
        <translation>Parameter derzeit nicht angenommen</translation>
    </message>
    <message>
        <source>The server cannot handle the requested options at the moment.</source>
        <translation>Der Server kann die gewünschten Optionen im Moment nicht verarbeiten.</translation>
    </message>
    <message>
        <source>Command not recognised</source>
        <translation>Befehl nicht erkannt</translation>
    </message>
    <message>
        <source>The server did not understand a command.</source>
        <translation>Der Server hat einen Befehl nicht verstanden.</translation>
    </message>
    <message>
        <source>Check that the sending program speaks standard SMTP; report the transcript if it persists.</source>
        <translation>Prüfen Sie, ob das sendende Programm Standard-SMTP spricht; melden Sie die Mitschrift, wenn es weiter auftritt.</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation>Ungültige Befehlsargumente</translation>
    </message>
    <message>
        <source>A command had badly formed arguments, often an address with invalid characters.</source>
        <translation>Ein Befehl hatte fehlerhafte Argumente, oft eine Adresse mit ungültigen Zeichen.</translation>
    </message>
    <message>
        <source>Check the sender and recipient addresses for typos and invalid characters.</source>
        <translation>Prüfen Sie Absender- und Empfängeradresse auf Tippfehler und ungültige Zeichen.</translation>
    </message>
    <message>
        <source>Command not supported</source>
        <translation>Befehl nicht unterstützt</translation>
    </message>
    <message>
        <source>The server does not implement this command.</source>
        <translation>Der Server unterstützt diesen Befehl nicht.</translation>
    </message>
    <message>
        <source>Turn off the feature in the sending program, or use a server that supports it.</source>
        <translation>Schalten Sie die Funktion im sendenden Programm ab oder verwenden Sie einen Server, der sie unterstützt.</translation>
    </message>
    <message>
        <source>Commands out of order</source>
        <translation>Befehle in falscher Reihenfolge</translation>
    </message>
    <message>
        <source>A command came at the wrong point of the conversation.</source>
        <translation>Ein Befehl kam an der falschen Stelle des Dialogs.</translation>
    </message>
    <message>
        <source>Check the sending program&apos;s SMTP settings (for example, sign in before sending).</source>
        <translation>Prüfen Sie die SMTP-Einstellungen des sendenden Programms (zum Beispiel: vor dem Senden anmelden).</translation>
    </message>
    <message>
        <source>Option not supported</source>
        <translation>Option nicht unterstützt</translation>
    </message>
    <message>
        <source>The server does not support a parameter of the command.</source>
        <translation>Der Server unterstützt einen Parameter des Befehls nicht.</translation>
    </message>
    <message>
        <source>Choose another sign-in method or option in the sending program.</source>
        <translation>Wählen Sie im sendenden Programm ein anderes Anmeldeverfahren oder eine andere Option.</translation>
    </message>
    <message>
        <source>Server accepts no mail</source>
        <translation>Server nimmt keine E-Mails an</translation>
    </message>
    <message>
        <source>This host never accepts mail (RFC 7504).</source>
        <translation>Dieser Server nimmt grundsätzlich keine E-Mails an (RFC 7504).</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s domain: it does not receive email at this server.</source>
        <translation>Prüfen Sie die Domain des Empfängers: Sie empfängt auf diesem Server keine E-Mails.</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>The server only accepts mail after sign-in, or only over an encrypted connection.</source>
        <translation>Der Server nimmt E-Mails nur nach einer Anmeldung oder nur über eine verschlüsselte Verbindung an.</translation>
    </message>
    <message>
        <source>Enable TLS and enter the username and password in the sending program.</source>
        <translation>Schalten Sie TLS ein und tragen Sie Benutzername und Passwort im sendenden Programm ein.</translation>
    </message>
    <message>
        <source>Sign-in method too weak</source>
        <translation>Anmeldeverfahren zu schwach</translation>
    </message>
    <message>
        <source>The server refuses the chosen sign-in method as too weak.</source>
        <translation>Der Server lehnt das gewählte Anmeldeverfahren als zu schwach ab.</translation>
    </message>
    <message>
        <source>Choose a stronger sign-in method and make sure the connection is encrypted.</source>
        <translation>Wählen Sie ein stärkeres Anmeldeverfahren und stellen Sie sicher, dass die Verbindung verschlüsselt ist.</translation>
    </message>
    <message>
        <source>Wrong username or password</source>
        <translation>Falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>Check the username and password; generate a new password if in doubt.</source>
        <translation>Prüfen Sie Benutzername und Passwort; erzeugen Sie im Zweifel ein neues Passwort.</translation>
    </message>
    <message>
        <source>Encryption required to sign in</source>
        <translation>Verschlüsselung für die Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>This sign-in method is only allowed over an encrypted connection (RFC 4954).</source>
        <translation>Dieses Anmeldeverfahren ist nur über eine verschlüsselte Verbindung erlaubt (RFC 4954).</translation>
    </message>
    <message>
        <source>Turn on TLS (STARTTLS or SMTPS) in the sending program.</source>
        <translation>Schalten Sie im sendenden Programm TLS ein (STARTTLS oder SMTPS).</translation>
    </message>
    <message>
        <source>Rejected: mailbox unavailable</source>
        <translation>Abgelehnt: Postfach nicht verfügbar</translation>
    </message>
    <message>
        <source>The receiving server refused the message: the mailbox does not exist or the message was refused by policy.</source>
        <translation>Der empfangende Server hat die Nachricht abgelehnt: Das Postfach existiert nicht, oder eine Richtlinie hat die Nachricht abgewiesen.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address; if it is right, read the server&apos;s text for the reason.</source>
        <translation>Prüfen Sie die Adresse des Empfängers; wenn sie stimmt, lesen Sie den Grund im Text des Servers.</translation>
    </message>
    <message>
        <source>Recipient not local</source>
        <translation>Empfänger nicht lokal</translation>
    </message>
    <message>
        <source>The server does not handle mail for this recipient.</source>
        <translation>Der Server ist für E-Mails an diesen Empfänger nicht zuständig.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address for typos or ask the recipient for a current address.</source>
        <translation>Prüfen Sie die Adresse des Empfängers auf Tippfehler oder fragen Sie nach einer aktuellen Adresse.</translation>
    </message>
    <message>
        <source>Storage limit exceeded</source>
        <translation>Speichergrenze überschritten</translation>
    </message>
    <message>
        <source>The message is too large, or the recipient&apos;s mailbox has no room left.</source>
        <translation>Die Nachricht ist zu groß, oder im Postfach des Empfängers ist kein Platz mehr.</translation>
    </message>
    <message>
        <source>Send a smaller message (share large files by link) or ask the recipient to free up space.</source>
        <translation>Senden Sie eine kleinere Nachricht (große Dateien per Link teilen) oder bitten Sie den Empfänger, Platz zu schaffen.</translation>
    </message>
    <message>
        <source>Address not allowed</source>
        <translation>Adresse nicht erlaubt</translation>
    </message>
    <message>
        <source>The server refused the mailbox name, usually as invalid.</source>
        <translation>Der Server hat den Postfachnamen abgelehnt, meist als ungültig.</translation>
    </message>
    <message>
        <source>Check the address for typos and characters that are not allowed.</source>
        <translation>Prüfen Sie die Adresse auf Tippfehler und unerlaubte Zeichen.</translation>
    </message>
    <message>
        <source>Transaction failed</source>
        <translation>Übertragung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server refused the message or the whole connection.</source>
        <translation>Der Server hat die Nachricht oder die ganze Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Read the server&apos;s text for the reason; often the sender&apos;s IP or content was refused.</source>
        <translation>Lesen Sie den Grund im Text des Servers; oft wurde die IP des Absenders oder der Inhalt abgelehnt.</translation>
    </message>
    <message>
        <source>Options not recognised</source>
        <translation>Optionen nicht erkannt</translation>
    </message>
    <message>
        <source>The server did not recognise options given with MAIL or RCPT.</source>
        <translation>Der Server hat Optionen zu MAIL oder RCPT nicht erkannt.</translation>
    </message>
    <message>
        <source>Turn off extra sending options such as delivery notifications in the sending program.</source>
        <translation>Schalten Sie zusätzliche Sendeoptionen wie Zustellbenachrichtigungen im sendenden Programm ab.</translation>
    </message>
    <message>
        <source>Domain accepts no mail</source>
        <translation>Domain nimmt keine E-Mails an</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not receive email (RFC 7504).</source>
        <translation>Die Domain des Empfängers empfängt keine E-Mails (RFC 7504).</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s domain for typos; ask the recipient for a working address.</source>
        <translation>Prüfen Sie die Domain des Empfängers auf Tippfehler; fragen Sie nach einer funktionierenden Adresse.</translation>
    </message>
    <message>
        <source>Unspecified error</source>
        <translation>Nicht näher bezeichneter Fehler</translation>
    </message>
    <message>
        <source>The server gave no detail beyond the reply code.</source>
        <translation>Der Server hat außer dem Antwortcode keine Einzelheiten genannt.</translation>
    </message>
    <message>
        <source>Read the server&apos;s text for the reason.</source>
        <translation>Lesen Sie den Grund im Text des Servers.</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Adressproblem</translation>
    </message>
    <message>
        <source>Something about the sender or recipient address caused this.</source>
        <translation>Die Ursache liegt bei der Absender- oder Empfängeradresse.</translation>
    </message>
    <message>
        <source>Check the sender and recipient addresses.</source>
        <translation>Prüfen Sie Absender- und Empfängeradresse.</translation>
    </message>
    <message>
        <source>Mailbox does not exist</source>
        <translation>Postfach existiert nicht</translation>
    </message>
    <message>
        <source>The receiving server has no mailbox with this name.</source>
        <translation>Der empfangende Server hat kein Postfach mit diesem Namen.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address for typos, or ask the recipient for the right address.</source>
        <translation>Prüfen Sie die Adresse des Empfängers auf Tippfehler oder fragen Sie nach der richtigen Adresse.</translation>
    </message>
    <message>
        <source>Domain does not exist</source>
        <translation>Domain existiert nicht</translation>
    </message>
    <message>
        <source>The part after the @ does not exist or cannot receive mail.</source>
        <translation>Der Teil nach dem @ existiert nicht oder kann keine E-Mails empfangen.</translation>
    </message>
    <message>
        <source>Check the domain of the recipient&apos;s address for typos.</source>
        <translation>Prüfen Sie die Domain der Empfängeradresse auf Tippfehler.</translation>
    </message>
    <message>
        <source>Nothing to do now: RelayDesk retries; check the domain for typos if it keeps failing.</source>
        <translation>Jetzt nichts zu tun: RelayDesk versucht es erneut; prüfen Sie die Domain auf Tippfehler, wenn es weiter scheitert.</translation>
    </message>
    <message>
        <source>Invalid recipient address</source>
        <translation>Ungültige Empfängeradresse</translation>
    </message>
    <message>
        <source>The recipient&apos;s address is not written correctly.</source>
        <translation>Die Adresse des Empfängers ist nicht korrekt geschrieben.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address for typos, spaces or invalid characters.</source>
        <translation>Prüfen Sie die Adresse des Empfängers auf Tippfehler, Leerzeichen oder ungültige Zeichen.</translation>
    </message>
    <message>
        <source>Ambiguous address</source>
        <translation>Mehrdeutige Adresse</translation>
    </message>
    <message>
        <source>The address matches more than one mailbox on that server.</source>
        <translation>Die Adresse passt auf diesem Server zu mehr als einem Postfach.</translation>
    </message>
    <message>
        <source>Use the recipient&apos;s full, exact address.</source>
        <translation>Verwenden Sie die vollständige, genaue Adresse des Empfängers.</translation>
    </message>
    <message>
        <source>Recipient address valid</source>
        <translation>Empfängeradresse gültig</translation>
    </message>
    <message>
        <source>The server confirmed the recipient&apos;s address.</source>
        <translation>Der Server hat die Adresse des Empfängers bestätigt.</translation>
    </message>
    <message>
        <source>Read the server&apos;s text for the reason the message was still refused.</source>
        <translation>Lesen Sie im Text des Servers, warum die Nachricht trotzdem abgelehnt wurde.</translation>
    </message>
    <message>
        <source>Mailbox has moved</source>
        <translation>Postfach umgezogen</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox moved and the server knows no forwarding address.</source>
        <translation>Das Postfach des Empfängers ist umgezogen, und der Server kennt keine Weiterleitungsadresse.</translation>
    </message>
    <message>
        <source>Ask the recipient for their new address.</source>
        <translation>Fragen Sie den Empfänger nach seiner neuen Adresse.</translation>
    </message>
    <message>
        <source>Invalid sender address</source>
        <translation>Ungültige Absenderadresse</translation>
    </message>
    <message>
        <source>The sender&apos;s address is not written correctly.</source>
        <translation>Die Adresse des Absenders ist nicht korrekt geschrieben.</translation>
    </message>
    <message>
        <source>Check the From address configured in the sending program.</source>
        <translation>Prüfen Sie die im sendenden Programm eingetragene Absenderadresse.</translation>
    </message>
    <message>
        <source>Sender domain invalid</source>
        <translation>Absenderdomain ungültig</translation>
    </message>
    <message>
        <source>The domain of the sender&apos;s address does not exist or cannot receive replies.</source>
        <translation>Die Domain der Absenderadresse existiert nicht oder kann keine Antworten empfangen.</translation>
    </message>
    <message>
        <source>Use a sender address in a real domain with working DNS (MX or A records).</source>
        <translation>Verwenden Sie eine Absenderadresse in einer echten Domain mit funktionierendem DNS (MX- oder A-Einträge).</translation>
    </message>
    <message>
        <source>Relayed to a non-compliant server</source>
        <translation>An einen nicht konformen Server weitergegeben</translation>
    </message>
    <message>
        <source>The message was passed to a server that cannot report delivery status (RFC 3886).</source>
        <translation>Die Nachricht wurde an einen Server weitergegeben, der keinen Zustellstatus melden kann (RFC 3886).</translation>
    </message>
    <message>
        <source>Read the server&apos;s text; ask the recipient whether the message arrived.</source>
        <translation>Lesen Sie den Text des Servers; fragen Sie den Empfänger, ob die Nachricht angekommen ist.</translation>
    </message>
    <message>
        <source>Recipient domain accepts no mail</source>
        <translation>Empfängerdomain nimmt keine E-Mails an</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX record: it never receives email (RFC 7505).</source>
        <translation>Die Domain des Empfängers veröffentlicht einen Null-MX-Eintrag: Sie empfängt nie E-Mails (RFC 7505).</translation>
    </message>
    <message>
        <source>Mailbox problem</source>
        <translation>Postfachproblem</translation>
    </message>
    <message>
        <source>Something about the recipient&apos;s mailbox caused this.</source>
        <translation>Die Ursache liegt beim Postfach des Empfängers.</translation>
    </message>
    <message>
        <source>Contact the recipient by other means.</source>
        <translation>Kontaktieren Sie den Empfänger auf anderem Weg.</translation>
    </message>
    <message>
        <source>Mailbox disabled</source>
        <translation>Postfach deaktiviert</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox exists but does not accept messages.</source>
        <translation>Das Postfach des Empfängers existiert, nimmt aber keine Nachrichten an.</translation>
    </message>
    <message>
        <source>Contact the recipient by other means; the account may be closed.</source>
        <translation>Kontaktieren Sie den Empfänger auf anderem Weg; das Konto ist vielleicht geschlossen.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota.</source>
        <translation>Das Postfach des Empfängers hat sein Speicherkontingent überschritten.</translation>
    </message>
    <message>
        <source>Ask the recipient to free up space, then send again.</source>
        <translation>Bitten Sie den Empfänger, Platz zu schaffen, und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Nothing to do: RelayDesk retries; if it keeps failing, ask the recipient to free up space.</source>
        <translation>Nichts zu tun: RelayDesk versucht es erneut; wenn es weiter scheitert, bitten Sie den Empfänger, Platz zu schaffen.</translation>
    </message>
    <message>
        <source>Message too large for recipient</source>
        <translation>Nachricht zu groß für den Empfänger</translation>
    </message>
    <message>
        <source>The message is larger than the recipient&apos;s server allows.</source>
        <translation>Die Nachricht ist größer, als der Server des Empfängers erlaubt.</translation>
    </message>
    <message>
        <source>Send a smaller message; share large attachments by link.</source>
        <translation>Senden Sie eine kleinere Nachricht; teilen Sie große Anhänge per Link.</translation>
    </message>
    <message>
        <source>Mailing list problem</source>
        <translation>Problem mit der Mailingliste</translation>
    </message>
    <message>
        <source>The recipient is a mailing list that could not be expanded.</source>
        <translation>Der Empfänger ist eine Mailingliste, die nicht aufgelöst werden konnte.</translation>
    </message>
    <message>
        <source>Contact the list&apos;s owner.</source>
        <translation>Wenden Sie sich an den Betreiber der Liste.</translation>
    </message>
    <message>
        <source>Receiving server problem</source>
        <translation>Problem beim empfangenden Server</translation>
    </message>
    <message>
        <source>The receiving mail system reported a problem.</source>
        <translation>Das empfangende Mailsystem hat ein Problem gemeldet.</translation>
    </message>
    <message>
        <source>Contact the recipient&apos;s administrator if it keeps happening.</source>
        <translation>Wenden Sie sich an den Administrator des Empfängers, wenn es wiederholt auftritt.</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <translation>Mailsystem voll</translation>
    </message>
    <message>
        <source>The receiving server is out of storage.</source>
        <translation>Der empfangende Server hat keinen Speicherplatz mehr.</translation>
    </message>
    <message>
        <source>Contact the recipient&apos;s administrator.</source>
        <translation>Wenden Sie sich an den Administrator des Empfängers.</translation>
    </message>
    <message>
        <source>Server not accepting mail</source>
        <translation>Server nimmt keine E-Mails an</translation>
    </message>
    <message>
        <source>The receiving server is not accepting messages right now, for example while shutting down.</source>
        <translation>Der empfangende Server nimmt gerade keine Nachrichten an, zum Beispiel beim Herunterfahren.</translation>
    </message>
    <message>
        <source>Feature not supported</source>
        <translation>Funktion nicht unterstützt</translation>
    </message>
    <message>
        <source>The receiving server cannot handle a feature the message needs.</source>
        <translation>Der empfangende Server beherrscht eine Funktion nicht, die die Nachricht braucht.</translation>
    </message>
    <message>
        <source>Send the message without the special feature (for example, as plain 7-bit text).</source>
        <translation>Senden Sie die Nachricht ohne diese besondere Funktion (zum Beispiel als einfachen 7-Bit-Text).</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>The message is larger than the receiving server accepts.</source>
        <translation>Die Nachricht ist größer, als der empfangende Server annimmt.</translation>
    </message>
    <message>
        <source>Server misconfigured</source>
        <translation>Server falsch eingerichtet</translation>
    </message>
    <message>
        <source>The receiving server is configured incorrectly.</source>
        <translation>Der empfangende Server ist falsch eingerichtet.</translation>
    </message>
    <message>
        <source>Priority changed</source>
        <translation>Priorität geändert</translation>
    </message>
    <message>
        <source>The server changed the message&apos;s priority (RFC 6710).</source>
        <translation>Der Server hat die Priorität der Nachricht geändert (RFC 6710).</translation>
    </message>
    <message>
        <source>Send the message with normal priority.</source>
        <translation>Senden Sie die Nachricht mit normaler Priorität.</translation>
    </message>
    <message>
        <source>Network or routing problem</source>
        <translation>Netzwerk- oder Routingproblem</translation>
    </message>
    <message>
        <source>Something went wrong finding or reaching the server.</source>
        <translation>Beim Finden oder Erreichen des Servers ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <source>Check the relay&apos;s network connection and DNS settings.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die DNS-Einstellungen des Relays.</translation>
    </message>
    <message>
        <source>No answer from server</source>
        <translation>Keine Antwort vom Server</translation>
    </message>
    <message>
        <source>The receiving server did not answer.</source>
        <translation>Der empfangende Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Check the relay&apos;s internet connection and that outgoing port 25 is not blocked.</source>
        <translation>Prüfen Sie die Internetverbindung des Relays und ob der ausgehende Port 25 gesperrt ist.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>Verbindung abgebrochen</translation>
    </message>
    <message>
        <source>The connection to the server broke or timed out.</source>
        <translation>Die Verbindung zum Server ist abgebrochen oder hat das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <source>Check the relay&apos;s internet connection and firewall.</source>
        <translation>Prüfen Sie die Internetverbindung und die Firewall des Relays.</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <translation>Fehler des Verzeichnisdienstes</translation>
    </message>
    <message>
        <source>A directory service (such as DNS) failed during delivery.</source>
        <translation>Ein Verzeichnisdienst (etwa DNS) ist während der Zustellung ausgefallen.</translation>
    </message>
    <message>
        <source>Check the relay&apos;s DNS settings.</source>
        <translation>Prüfen Sie die DNS-Einstellungen des Relays.</translation>
    </message>
    <message>
        <source>No route to the domain</source>
        <translation>Kein Weg zur Domain</translation>
    </message>
    <message>
        <source>No mail server could be found for the recipient&apos;s domain.</source>
        <translation>Für die Domain des Empfängers wurde kein Mailserver gefunden.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s domain for typos; it may have no mail servers.</source>
        <translation>Prüfen Sie die Domain des Empfängers auf Tippfehler; vielleicht hat sie keine Mailserver.</translation>
    </message>
    <message>
        <source>Nothing to do: RelayDesk retries; check the recipient&apos;s domain if it keeps failing.</source>
        <translation>Nichts zu tun: RelayDesk versucht es erneut; prüfen Sie die Domain des Empfängers, wenn es weiter scheitert.</translation>
    </message>
    <message>
        <source>Mail system congested</source>
        <translation>Mailsystem überlastet</translation>
    </message>
    <message>
        <source>The receiving system is overloaded.</source>
        <translation>Das empfangende System ist überlastet.</translation>
    </message>
    <message>
        <source>Send again later.</source>
        <translation>Senden Sie später erneut.</translation>
    </message>
    <message>
        <source>Routing loop</source>
        <translation>Routingschleife</translation>
    </message>
    <message>
        <source>The message went round in a loop between servers.</source>
        <translation>Die Nachricht ist zwischen Servern im Kreis gelaufen.</translation>
    </message>
    <message>
        <source>Check the relay&apos;s routes and smarthost settings for a loop.</source>
        <translation>Prüfen Sie die Routen und Smarthost-Einstellungen des Relays auf eine Schleife.</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <translation>Zustellzeit abgelaufen</translation>
    </message>
    <message>
        <source>The message could not be delivered before its time limit ran out.</source>
        <translation>Die Nachricht konnte nicht zugestellt werden, bevor ihre Frist ablief.</translation>
    </message>
    <message>
        <source>Look at the earlier attempts in the delivery log for the underlying reason.</source>
        <translation>Den eigentlichen Grund finden Sie in den früheren Versuchen im Zustellprotokoll.</translation>
    </message>
    <message>
        <source>Protocol problem</source>
        <translation>Protokollproblem</translation>
    </message>
    <message>
        <source>Something went wrong in the SMTP conversation.</source>
        <translation>Im SMTP-Dialog ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <source>Check the sending program&apos;s SMTP settings.</source>
        <translation>Prüfen Sie die SMTP-Einstellungen des sendenden Programms.</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation>Ungültiger Befehl</translation>
    </message>
    <message>
        <source>The server did not accept a command.</source>
        <translation>Der Server hat einen Befehl nicht angenommen.</translation>
    </message>
    <message>
        <source>Check that the sending program speaks standard SMTP.</source>
        <translation>Prüfen Sie, ob das sendende Programm Standard-SMTP spricht.</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>A command was not written correctly, for example with control characters.</source>
        <translation>Ein Befehl war nicht korrekt geschrieben, zum Beispiel mit Steuerzeichen.</translation>
    </message>
    <message>
        <source>Check the sending program&apos;s settings and the addresses it uses.</source>
        <translation>Prüfen Sie die Einstellungen des sendenden Programms und die verwendeten Adressen.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Zu viele Empfänger</translation>
    </message>
    <message>
        <source>The message has more recipients than the server accepts at once.</source>
        <translation>Die Nachricht hat mehr Empfänger, als der Server auf einmal annimmt.</translation>
    </message>
    <message>
        <source>Split the recipients over several messages.</source>
        <translation>Verteilen Sie die Empfänger auf mehrere Nachrichten.</translation>
    </message>
    <message>
        <source>Nothing to do: RelayDesk sends the remaining recipients in another attempt.</source>
        <translation>Nichts zu tun: RelayDesk sendet an die übrigen Empfänger in einem weiteren Versuch.</translation>
    </message>
    <message>
        <source>A command had arguments the server could not accept.</source>
        <translation>Ein Befehl hatte Argumente, die der Server nicht annehmen konnte.</translation>
    </message>
    <message>
        <source>Check the addresses and sending options.</source>
        <translation>Prüfen Sie die Adressen und Sendeoptionen.</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation>Falsche Protokollversion</translation>
    </message>
    <message>
        <source>The two servers could not agree on the protocol.</source>
        <translation>Die beiden Server konnten sich nicht auf das Protokoll einigen.</translation>
    </message>
    <message>
        <source>Sign-in data too long</source>
        <translation>Anmeldedaten zu lang</translation>
    </message>
    <message>
        <source>A sign-in line was longer than the server allows (RFC 4954).</source>
        <translation>Eine Anmeldezeile war länger, als der Server erlaubt (RFC 4954).</translation>
    </message>
    <message>
        <source>Use a shorter sign-in token or another sign-in method.</source>
        <translation>Verwenden Sie ein kürzeres Anmelde-Token oder ein anderes Anmeldeverfahren.</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation>Inhaltsproblem</translation>
    </message>
    <message>
        <source>Something about the message content caused this.</source>
        <translation>Die Ursache liegt beim Inhalt der Nachricht.</translation>
    </message>
    <message>
        <source>Check the message&apos;s format and attachments.</source>
        <translation>Prüfen Sie das Format und die Anhänge der Nachricht.</translation>
    </message>
    <message>
        <source>Content type not supported</source>
        <translation>Inhaltstyp nicht unterstützt</translation>
    </message>
    <message>
        <source>The server does not accept this kind of content.</source>
        <translation>Der Server nimmt diese Art von Inhalt nicht an.</translation>
    </message>
    <message>
        <source>Send the content in another format.</source>
        <translation>Senden Sie den Inhalt in einem anderen Format.</translation>
    </message>
    <message>
        <source>Conversion not allowed</source>
        <translation>Umwandlung nicht erlaubt</translation>
    </message>
    <message>
        <source>The message would need converting, which was prohibited.</source>
        <translation>Die Nachricht müsste umgewandelt werden, was untersagt war.</translation>
    </message>
    <message>
        <source>Send the message in a format the recipient supports.</source>
        <translation>Senden Sie die Nachricht in einem Format, das der Empfänger unterstützt.</translation>
    </message>
    <message>
        <source>Conversion not supported</source>
        <translation>Umwandlung nicht unterstützt</translation>
    </message>
    <message>
        <source>The message would need a conversion the server cannot do.</source>
        <translation>Die Nachricht bräuchte eine Umwandlung, die der Server nicht beherrscht.</translation>
    </message>
    <message>
        <source>Send the message as plain 7-bit text or standard MIME.</source>
        <translation>Senden Sie die Nachricht als einfachen 7-Bit-Text oder als Standard-MIME.</translation>
    </message>
    <message>
        <source>Converted with loss</source>
        <translation>Mit Verlust umgewandelt</translation>
    </message>
    <message>
        <source>The message was converted and some content was lost.</source>
        <translation>Die Nachricht wurde umgewandelt, und ein Teil des Inhalts ging verloren.</translation>
    </message>
    <message>
        <source>Send the message in a simpler format, such as plain text.</source>
        <translation>Senden Sie die Nachricht in einem einfacheren Format, etwa als reinen Text.</translation>
    </message>
    <message>
        <source>Conversion failed</source>
        <translation>Umwandlung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Converting the message failed.</source>
        <translation>Die Umwandlung der Nachricht ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Send the message in a simpler format.</source>
        <translation>Senden Sie die Nachricht in einem einfacheren Format.</translation>
    </message>
    <message>
        <source>Content not available</source>
        <translation>Inhalt nicht verfügbar</translation>
    </message>
    <message>
        <source>Referenced message content could not be fetched (RFC 4468).</source>
        <translation>Referenzierter Nachrichteninhalt konnte nicht abgerufen werden (RFC 4468).</translation>
    </message>
    <message>
        <source>Send the message again with its full content.</source>
        <translation>Senden Sie die Nachricht erneut mit vollständigem Inhalt.</translation>
    </message>
    <message>
        <source>Non-ASCII address not allowed</source>
        <translation>Nicht-ASCII-Adresse nicht erlaubt</translation>
    </message>
    <message>
        <source>The address contains international characters, which this server does not accept (RFC 6531).</source>
        <translation>Die Adresse enthält internationale Zeichen, die dieser Server nicht annimmt (RFC 6531).</translation>
    </message>
    <message>
        <source>Use an address written in plain ASCII letters.</source>
        <translation>Verwenden Sie eine Adresse aus einfachen ASCII-Buchstaben.</translation>
    </message>
    <message>
        <source>International text not accepted</source>
        <translation>Internationaler Text nicht angenommen</translation>
    </message>
    <message>
        <source>The message needs international (UTF-8) support the other side lacks (RFC 6531).</source>
        <translation>Die Nachricht braucht internationale Unterstützung (UTF-8), die der Gegenseite fehlt (RFC 6531).</translation>
    </message>
    <message>
        <source>Use plain ASCII addresses and headers for this recipient.</source>
        <translation>Verwenden Sie für diesen Empfänger reine ASCII-Adressen und -Kopfzeilen.</translation>
    </message>
    <message>
        <source>Security or policy refusal</source>
        <translation>Ablehnung aus Sicherheits- oder Richtliniengründen</translation>
    </message>
    <message>
        <source>The server refused the message for a security or policy reason.</source>
        <translation>Der Server hat die Nachricht aus Sicherheits- oder Richtliniengründen abgelehnt.</translation>
    </message>
    <message>
        <source>Read the server&apos;s text for the reason; check sign-in and the sender&apos;s domain setup.</source>
        <translation>Lesen Sie den Grund im Text des Servers; prüfen Sie die Anmeldung und die Einrichtung der Absenderdomain.</translation>
    </message>
    <message>
        <source>Delivery not authorised</source>
        <translation>Zustellung nicht erlaubt</translation>
    </message>
    <message>
        <source>The receiving server refused the message by its policy.</source>
        <translation>Der empfangende Server hat die Nachricht aufgrund seiner Richtlinien abgelehnt.</translation>
    </message>
    <message>
        <source>Read the server&apos;s text; check the sender&apos;s SPF, DKIM and DMARC and that the recipient accepts mail from you.</source>
        <translation>Lesen Sie den Text des Servers; prüfen Sie SPF, DKIM und DMARC des Absenders und ob der Empfänger E-Mails von Ihnen annimmt.</translation>
    </message>
    <message>
        <source>List expansion not allowed</source>
        <translation>Auflösen der Liste nicht erlaubt</translation>
    </message>
    <message>
        <source>The sender may not send to this mailing list.</source>
        <translation>Der Absender darf nicht an diese Mailingliste senden.</translation>
    </message>
    <message>
        <source>Ask the list&apos;s owner for permission.</source>
        <translation>Bitten Sie den Betreiber der Liste um Erlaubnis.</translation>
    </message>
    <message>
        <source>Security conversion impossible</source>
        <translation>Sicherheitsumwandlung unmöglich</translation>
    </message>
    <message>
        <source>The message needed a security conversion that could not be done.</source>
        <translation>Die Nachricht brauchte eine Sicherheitsumwandlung, die nicht möglich war.</translation>
    </message>
    <message>
        <source>Send the message without encryption or signing.</source>
        <translation>Senden Sie die Nachricht ohne Verschlüsselung oder Signatur.</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <translation>Sicherheitsfunktionen nicht unterstützt</translation>
    </message>
    <message>
        <source>The server cannot handle the message&apos;s security features.</source>
        <translation>Der Server kann die Sicherheitsfunktionen der Nachricht nicht verarbeiten.</translation>
    </message>
    <message>
        <source>Send the message without those security features.</source>
        <translation>Senden Sie die Nachricht ohne diese Sicherheitsfunktionen.</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation>Kryptografischer Fehler</translation>
    </message>
    <message>
        <source>Decrypting or verifying the message failed.</source>
        <translation>Das Entschlüsseln oder Prüfen der Nachricht ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check the signing or encryption set-up of the sending program.</source>
        <translation>Prüfen Sie die Signatur- oder Verschlüsselungseinstellungen des sendenden Programms.</translation>
    </message>
    <message>
        <source>Algorithm not supported</source>
        <translation>Algorithmus nicht unterstützt</translation>
    </message>
    <message>
        <source>The message uses a cryptographic algorithm the server lacks.</source>
        <translation>Die Nachricht verwendet einen kryptografischen Algorithmus, den der Server nicht kennt.</translation>
    </message>
    <message>
        <source>Use a common algorithm for signing or encryption.</source>
        <translation>Verwenden Sie einen gängigen Algorithmus zum Signieren oder Verschlüsseln.</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <translation>Integritätsfehler der Nachricht</translation>
    </message>
    <message>
        <source>The message was changed or damaged on the way.</source>
        <translation>Die Nachricht wurde unterwegs verändert oder beschädigt.</translation>
    </message>
    <message>
        <source>Send the message again; check for software that rewrites messages.</source>
        <translation>Senden Sie die Nachricht erneut; prüfen Sie, ob Software Nachrichten umschreibt.</translation>
    </message>
    <message>
        <source>The server rejected the sign-in credentials (RFC 4954).</source>
        <translation>Der Server hat die Anmeldedaten abgelehnt (RFC 4954).</translation>
    </message>
    <message>
        <source>The chosen sign-in method is too weak for this server.</source>
        <translation>Das gewählte Anmeldeverfahren ist für diesen Server zu schwach.</translation>
    </message>
    <message>
        <source>Choose a stronger sign-in method in the sending program.</source>
        <translation>Wählen Sie im sendenden Programm ein stärkeres Anmeldeverfahren.</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <translation>Verschlüsselung nötig</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection (RFC 5248).</source>
        <translation>Der Server verlangt eine verschlüsselte Verbindung (RFC 5248).</translation>
    </message>
    <message>
        <source>The account must change its password before signing in.</source>
        <translation>Für das Konto muss vor der Anmeldung das Passwort geändert werden.</translation>
    </message>
    <message>
        <source>Change the account&apos;s password, then update it in RelayDesk.</source>
        <translation>Ändern Sie das Passwort des Kontos und tragen Sie es dann in RelayDesk ein.</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Konto deaktiviert</translation>
    </message>
    <message>
        <source>The account used to sign in is disabled (RFC 5248).</source>
        <translation>Das für die Anmeldung verwendete Konto ist deaktiviert (RFC 5248).</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to enable the account.</source>
        <translation>Bitten Sie den Administrator des Servers, das Konto zu aktivieren.</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <translation>Vertrauensbeziehung erforderlich</translation>
    </message>
    <message>
        <source>The server only accepts this from systems it has a trust agreement with.</source>
        <translation>Der Server nimmt dies nur von Systemen an, mit denen eine Vertrauensvereinbarung besteht.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s administrator to allow your server.</source>
        <translation>Bitten Sie den Administrator des Empfängers, Ihren Server zuzulassen.</translation>
    </message>
    <message>
        <source>Priority too low</source>
        <translation>Priorität zu niedrig</translation>
    </message>
    <message>
        <source>The server refused the message&apos;s priority or size for that priority (RFC 6710).</source>
        <translation>Der Server hat die Priorität der Nachricht oder ihre Größe für diese Priorität abgelehnt (RFC 6710).</translation>
    </message>
    <message>
        <source>Send the message with normal priority or make it smaller.</source>
        <translation>Senden Sie die Nachricht mit normaler Priorität oder verkleinern Sie sie.</translation>
    </message>
    <message>
        <source>Mailbox owner changed</source>
        <translation>Postfachinhaber gewechselt</translation>
    </message>
    <message>
        <source>The mailbox or domain changed owner since the sender last used it (RFC 7293).</source>
        <translation>Postfach oder Domain haben seit der letzten Verwendung durch den Absender den Inhaber gewechselt (RFC 7293).</translation>
    </message>
    <message>
        <source>Confirm the recipient&apos;s current address before sending again.</source>
        <translation>Lassen Sie sich die aktuelle Adresse des Empfängers bestätigen, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>DKIM signature missing or invalid</source>
        <translation>DKIM-Signatur fehlt oder ist ungültig</translation>
    </message>
    <message>
        <source>The message had no acceptable DKIM signature from the sender&apos;s domain (RFC 7372).</source>
        <translation>Die Nachricht hatte keine gültige DKIM-Signatur der Absenderdomain (RFC 7372).</translation>
    </message>
    <message>
        <source>Set up DKIM signing for the sender&apos;s domain and publish its key in DNS.</source>
        <translation>Richten Sie DKIM-Signaturen für die Absenderdomain ein und veröffentlichen Sie den Schlüssel im DNS.</translation>
    </message>
    <message>
        <source>SPF check failed</source>
        <translation>SPF-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sender&apos;s domain does not list this relay&apos;s IP address in its SPF record (RFC 7372).</source>
        <translation>Die Absenderdomain führt die IP-Adresse dieses Relays nicht in ihrem SPF-Eintrag (RFC 7372).</translation>
    </message>
    <message>
        <source>Add the relay&apos;s public IP address (or smarthost) to the SPF record of the sender&apos;s domain.</source>
        <translation>Nehmen Sie die öffentliche IP-Adresse des Relays (oder den Smarthost) in den SPF-Eintrag der Absenderdomain auf.</translation>
    </message>
    <message>
        <source>Reverse DNS check failed</source>
        <translation>Reverse-DNS-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The relay&apos;s public IP address has no matching reverse DNS (PTR) name (RFC 7372).</source>
        <translation>Die öffentliche IP-Adresse des Relays hat keinen passenden Reverse-DNS-Namen (PTR) (RFC 7372).</translation>
    </message>
    <message>
        <source>Ask the internet provider to set a PTR record for the relay&apos;s IP, or use a smarthost.</source>
        <translation>Bitten Sie den Internetanbieter, einen PTR-Eintrag für die IP des Relays zu setzen, oder verwenden Sie einen Smarthost.</translation>
    </message>
    <message>
        <source>Sender not authenticated</source>
        <translation>Absender nicht authentifiziert</translation>
    </message>
    <message>
        <source>The message failed several authentication checks: SPF, DKIM and DMARC did not pass (RFC 7372).</source>
        <translation>Die Nachricht hat mehrere Authentifizierungsprüfungen nicht bestanden: SPF, DKIM und DMARC schlugen fehl (RFC 7372).</translation>
    </message>
    <message>
        <source>Publish SPF, DKIM and DMARC records for the sender&apos;s domain that cover this relay.</source>
        <translation>Veröffentlichen Sie für die Absenderdomain SPF-, DKIM- und DMARC-Einträge, die dieses Relay abdecken.</translation>
    </message>
    <message>
        <source>Sender domain accepts no mail</source>
        <translation>Absenderdomain nimmt keine E-Mails an</translation>
    </message>
    <message>
        <source>The sender&apos;s domain publishes a null MX, so replies could never reach it (RFC 7505).</source>
        <translation>Die Absenderdomain veröffentlicht einen Null-MX, Antworten könnten sie also nie erreichen (RFC 7505).</translation>
    </message>
    <message>
        <source>Use a sender address in a domain that can receive email.</source>
        <translation>Verwenden Sie eine Absenderadresse in einer Domain, die E-Mails empfangen kann.</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <translation>E-Mail-Flut erkannt</translation>
    </message>
    <message>
        <source>The receiving server saw an unusual amount of mail from this sender and is limiting it.</source>
        <translation>Der empfangende Server hat ungewöhnlich viele E-Mails von diesem Absender gesehen und begrenzt sie.</translation>
    </message>
    <message>
        <source>Send less mail at once and make sure recipients want it; check for a compromised account.</source>
        <translation>Senden Sie weniger E-Mails auf einmal und stellen Sie sicher, dass die Empfänger sie wünschen; prüfen Sie, ob ein Konto kompromittiert ist.</translation>
    </message>
    <message>
        <source>Nothing to do: RelayDesk retries more slowly; reduce sending volume if it keeps happening.</source>
        <translation>Nichts zu tun: RelayDesk versucht es langsamer erneut; verringern Sie die Sendemenge, wenn es wiederholt auftritt.</translation>
    </message>
    <message>
        <source>ARC validation failed</source>
        <translation>ARC-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The message&apos;s ARC forwarding chain did not validate (RFC 8617).</source>
        <translation>Die ARC-Weiterleitungskette der Nachricht war nicht gültig (RFC 8617).</translation>
    </message>
    <message>
        <source>Check forwarding servers or mailing lists that handle the message.</source>
        <translation>Prüfen Sie weiterleitende Server oder Mailinglisten, die die Nachricht bearbeiten.</translation>
    </message>
    <message>
        <source>REQUIRETLS not supported</source>
        <translation>REQUIRETLS nicht unterstützt</translation>
    </message>
    <message>
        <source>The message required TLS all the way, which a server on the path cannot guarantee (RFC 8689).</source>
        <translation>Die Nachricht verlangte TLS auf dem ganzen Weg, was ein Server unterwegs nicht garantieren kann (RFC 8689).</translation>
    </message>
    <message>
        <source>Send without the REQUIRETLS option or to a server that supports it.</source>
        <translation>Senden Sie ohne die Option REQUIRETLS oder an einen Server, der sie unterstützt.</translation>
    </message>
    <message>
        <source>Sign-in required (Microsoft 365)</source>
        <translation>Anmeldung erforderlich (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refused to relay because the connection did not sign in.</source>
        <translation>Microsoft 365 hat die Weiterleitung abgelehnt, weil sich die Verbindung nicht angemeldet hat.</translation>
    </message>
    <message>
        <source>Enter the Microsoft 365 username and password for the smarthost route, with TLS on.</source>
        <translation>Tragen Sie Benutzername und Passwort von Microsoft 365 für die Smarthost-Route ein, mit eingeschaltetem TLS.</translation>
    </message>
    <message>
        <source>Relay denied (Microsoft 365)</source>
        <translation>Weiterleitung verweigert (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 could not attribute the message to a tenant and refused to relay it.</source>
        <translation>Microsoft 365 konnte die Nachricht keinem Mandanten zuordnen und hat die Weiterleitung abgelehnt.</translation>
    </message>
    <message>
        <source>Check the Microsoft 365 inbound connector for the relay&apos;s IP or certificate.</source>
        <translation>Prüfen Sie den eingehenden Connector von Microsoft 365 auf die IP oder das Zertifikat des Relays.</translation>
    </message>
    <message>
        <source>SMTP sign-in disabled (Microsoft 365)</source>
        <translation>SMTP-Anmeldung deaktiviert (Microsoft 365)</translation>
    </message>
    <message>
        <source>The Microsoft 365 tenant or mailbox does not allow SMTP sign-in.</source>
        <translation>Der Microsoft-365-Mandant oder das Postfach erlaubt keine SMTP-Anmeldung.</translation>
    </message>
    <message>
        <source>Enable authenticated SMTP for the mailbox in Microsoft 365, or use a connector.</source>
        <translation>Aktivieren Sie authentifiziertes SMTP für das Postfach in Microsoft 365 oder verwenden Sie einen Connector.</translation>
    </message>
    <message>
        <source>IPv6 not accepted</source>
        <translation>IPv6 nicht angenommen</translation>
    </message>
    <message>
        <source>The recipient&apos;s Microsoft 365 domain does not accept mail over IPv6.</source>
        <translation>Die Microsoft-365-Domain des Empfängers nimmt keine E-Mails über IPv6 an.</translation>
    </message>
    <message>
        <source>Deliver to this domain over IPv4, or publish SPF and DKIM for IPv6 senders.</source>
        <translation>Stellen Sie an diese Domain über IPv4 zu oder veröffentlichen Sie SPF und DKIM für IPv6-Absender.</translation>
    </message>
    <message>
        <source>Sending IP banned (Microsoft)</source>
        <translation>Sende-IP gesperrt (Microsoft)</translation>
    </message>
    <message>
        <source>Microsoft lists the relay&apos;s public IP address as a source of abuse and refuses its mail.</source>
        <translation>Microsoft führt die öffentliche IP-Adresse des Relays als Missbrauchsquelle und lehnt ihre E-Mails ab.</translation>
    </message>
    <message>
        <source>Request delisting of the relay&apos;s IP at sender.office.com, then send again.</source>
        <translation>Beantragen Sie unter sender.office.com die Entfernung der IP des Relays aus der Liste und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Tenant blocked (Microsoft 365)</source>
        <translation>Mandant gesperrt (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 blocked the sending tenant, usually after it sent suspicious volumes of mail.</source>
        <translation>Microsoft 365 hat den sendenden Mandanten gesperrt, meist nach verdächtig vielen E-Mails.</translation>
    </message>
    <message>
        <source>Check the tenant for compromised accounts, then contact Microsoft support.</source>
        <translation>Prüfen Sie den Mandanten auf kompromittierte Konten und wenden Sie sich dann an den Microsoft-Support.</translation>
    </message>
    <message>
        <source>Unregistered domain blocked (Microsoft 365)</source>
        <translation>Nicht registrierte Domain gesperrt (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refused mail from a sender domain that is not registered in the tenant.</source>
        <translation>Microsoft 365 hat E-Mails einer Absenderdomain abgelehnt, die im Mandanten nicht registriert ist.</translation>
    </message>
    <message>
        <source>Add and verify the sender&apos;s domain in the Microsoft 365 tenant.</source>
        <translation>Fügen Sie die Absenderdomain im Microsoft-365-Mandanten hinzu und bestätigen Sie sie.</translation>
    </message>
    <message>
        <source>The server accepted the message for delivery.</source>
        <translation>Der Server hat die Nachricht zur Zustellung angenommen.</translation>
    </message>
    <message>
        <source>Sender accepted</source>
        <translation>Absender angenommen</translation>
    </message>
    <message>
        <source>The server accepted the sender&apos;s address.</source>
        <translation>Der Server hat die Adresse des Absenders angenommen.</translation>
    </message>
    <message>
        <source>Recipient accepted</source>
        <translation>Empfänger angenommen</translation>
    </message>
    <message>
        <source>The server accepted the recipient&apos;s address.</source>
        <translation>Der Server hat die Adresse des Empfängers angenommen.</translation>
    </message>
    <message>
        <source>Queued for delivery</source>
        <translation>Zur Zustellung eingereiht</translation>
    </message>
    <message>
        <source>The server queued the message for delivery.</source>
        <translation>Der Server hat die Nachricht zur Zustellung in seine Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>Temporarily deferred</source>
        <translation>Vorübergehend zurückgestellt</translation>
    </message>
    <message>
        <source>The receiving server is limiting or deferring mail from this relay for now, often because of sending rate or reputation.</source>
        <translation>Der empfangende Server begrenzt oder verzögert E-Mails von diesem Relay vorerst, oft wegen der Senderate oder der Reputation.</translation>
    </message>
    <message>
        <source>Nothing to do: RelayDesk retries automatically; if it keeps happening, check SPF, DKIM and the relay IP&apos;s reputation.</source>
        <translation>Nichts zu tun: RelayDesk versucht es automatisch erneut; wenn es wiederholt auftritt, prüfen Sie SPF, DKIM und die Reputation der Relay-IP.</translation>
    </message>
    <message>
        <source>Rate limited (Gmail)</source>
        <translation>Senderate begrenzt (Gmail)</translation>
    </message>
    <message>
        <source>Gmail saw an unusual rate of mail from this IP or domain and is slowing it down.</source>
        <translation>Gmail hat eine ungewöhnliche E-Mail-Rate von dieser IP oder Domain gesehen und bremst sie.</translation>
    </message>
    <message>
        <source>Nothing to do: RelayDesk retries more slowly; send less mail at once and authenticate it with SPF and DKIM.</source>
        <translation>Nichts zu tun: RelayDesk versucht es langsamer erneut; senden Sie weniger E-Mails auf einmal und authentifizieren Sie sie mit SPF und DKIM.</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <source>The connection to the receiving server timed out or was dropped.</source>
        <translation>Die Verbindung zum empfangenden Server hat das Zeitlimit überschritten oder wurde getrennt.</translation>
    </message>
    <message>
        <source>Recipient receiving too fast</source>
        <translation>Empfänger erhält zu viele E-Mails</translation>
    </message>
    <message>
        <source>The recipient is receiving mail at a rate that prevents more messages for now.</source>
        <translation>Der Empfänger erhält E-Mails so schnell, dass vorerst keine weiteren Nachrichten angenommen werden.</translation>
    </message>
    <message>
        <source>The receiving server had a temporary local error while handling the message.</source>
        <translation>Der empfangende Server hatte beim Bearbeiten der Nachricht einen vorübergehenden lokalen Fehler.</translation>
    </message>
    <message>
        <source>Try again later (greylisting)</source>
        <translation>Später erneut versuchen (Greylisting)</translation>
    </message>
    <message>
        <source>The receiving server postpones mail from new senders and accepts it on a later attempt.</source>
        <translation>Der empfangende Server stellt E-Mails neuer Absender zurück und nimmt sie bei einem späteren Versuch an.</translation>
    </message>
    <message>
        <source>Server out of storage</source>
        <translation>Server ohne Speicherplatz</translation>
    </message>
    <message>
        <source>The receiving server does not have enough storage for the message right now.</source>
        <translation>Der empfangende Server hat gerade nicht genug Speicherplatz für die Nachricht.</translation>
    </message>
    <message>
        <source>The server only accepts mail after sign-in over an encrypted connection.</source>
        <translation>Der Server nimmt E-Mails nur nach einer Anmeldung über eine verschlüsselte Verbindung an.</translation>
    </message>
    <message>
        <source>Sign-in failed (Microsoft 365)</source>
        <translation>Anmeldung fehlgeschlagen (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 rejected the username or password, or the account may not use SMTP.</source>
        <translation>Microsoft 365 hat Benutzername oder Passwort abgelehnt, oder das Konto darf SMTP nicht verwenden.</translation>
    </message>
    <message>
        <source>Check the credentials and that authenticated SMTP is enabled for the mailbox.</source>
        <translation>Prüfen Sie die Zugangsdaten und ob authentifiziertes SMTP für das Postfach aktiviert ist.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server says there is no such user.</source>
        <translation>Der Mailserver des Empfängers meldet, dass es diesen Benutzer nicht gibt.</translation>
    </message>
    <message>
        <source>Recipient rejected (Microsoft 365)</source>
        <translation>Empfänger abgelehnt (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the recipient: the address does not exist in that organisation.</source>
        <translation>Microsoft 365 hat den Empfänger abgelehnt: Die Adresse existiert in dieser Organisation nicht.</translation>
    </message>
    <message>
        <source>Blocked by policy</source>
        <translation>Durch Richtlinie blockiert</translation>
    </message>
    <message>
        <source>The receiving server&apos;s policy refused this message or sender.</source>
        <translation>Die Richtlinie des empfangenden Servers hat diese Nachricht oder diesen Absender abgelehnt.</translation>
    </message>
    <message>
        <source>Read the server&apos;s text; check SPF, DKIM and DMARC of the sender&apos;s domain and that the recipient accepts your mail.</source>
        <translation>Lesen Sie den Text des Servers; prüfen Sie SPF, DKIM und DMARC der Absenderdomain und ob der Empfänger Ihre E-Mails annimmt.</translation>
    </message>
    <message>
        <source>Unauthenticated sender</source>
        <translation>Nicht authentifizierter Absender</translation>
    </message>
    <message>
        <source>The message was blocked because the sender&apos;s domain is not authenticated: SPF and DKIM did not pass or DMARC failed.</source>
        <translation>Die Nachricht wurde blockiert, weil die Absenderdomain nicht authentifiziert ist: SPF und DKIM bestanden nicht, oder DMARC schlug fehl.</translation>
    </message>
    <message>
        <source>Publish SPF, DKIM and DMARC for the sender&apos;s domain that cover this relay.</source>
        <translation>Veröffentlichen Sie für die Absenderdomain SPF, DKIM und DMARC, die dieses Relay abdecken.</translation>
    </message>
    <message>
        <source>Refused by policy</source>
        <translation>Durch Richtlinie abgelehnt</translation>
    </message>
    <message>
        <source>Read the server&apos;s text for the reason; often the sender&apos;s IP or domain is refused.</source>
        <translation>Lesen Sie den Grund im Text des Servers; oft wird die IP oder Domain des Absenders abgelehnt.</translation>
    </message>
    <message>
        <source>Listed on a blocklist</source>
        <translation>Auf einer Sperrliste</translation>
    </message>
    <message>
        <source>The receiving server refused the mail because the relay&apos;s public IP address is on a spam blocklist.</source>
        <translation>Der empfangende Server hat die E-Mail abgelehnt, weil die öffentliche IP-Adresse des Relays auf einer Spam-Sperrliste steht.</translation>
    </message>
    <message>
        <source>Look up the relay&apos;s IP on the blocklist named in the text (e.g. check.spamhaus.org) and request delisting; use a smarthost meanwhile.</source>
        <translation>Suchen Sie die IP des Relays auf der im Text genannten Sperrliste (z. B. check.spamhaus.org) und beantragen Sie die Entfernung; verwenden Sie bis dahin einen Smarthost.</translation>
    </message>
    <message>
        <source>Rejected by DMARC policy</source>
        <translation>Durch DMARC-Richtlinie abgelehnt</translation>
    </message>
    <message>
        <source>The sender&apos;s domain publishes a DMARC policy and this message did not pass SPF or DKIM for it.</source>
        <translation>Die Absenderdomain veröffentlicht eine DMARC-Richtlinie, und diese Nachricht hat dafür weder SPF noch DKIM bestanden.</translation>
    </message>
    <message>
        <source>Add the relay to the SPF record and enable DKIM signing for the sender&apos;s domain.</source>
        <translation>Nehmen Sie das Relay in den SPF-Eintrag auf und aktivieren Sie DKIM-Signaturen für die Absenderdomain.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain does not list this relay&apos;s IP address in its SPF record.</source>
        <translation>Die Absenderdomain führt die IP-Adresse dieses Relays nicht in ihrem SPF-Eintrag.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Weiterleitung verweigert</translation>
    </message>
    <message>
        <source>The server refused to pass the message on: the sender is not allowed to send through it.</source>
        <translation>Der Server hat die Weitergabe der Nachricht verweigert: Der Absender darf nicht über ihn senden.</translation>
    </message>
    <message>
        <source>Sign in to the server, or ask its administrator to allow this relay&apos;s address.</source>
        <translation>Melden Sie sich am Server an oder bitten Sie seinen Administrator, die Adresse dieses Relays zuzulassen.</translation>
    </message>
    <message>
        <source>Encryption required</source>
        <translation>Verschlüsselung erforderlich</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection before this command.</source>
        <translation>Der Server verlangt vor diesem Befehl eine verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Senderate begrenzt</translation>
    </message>
    <message>
        <source>The receiving server is limiting how much mail it takes from this relay.</source>
        <translation>Der empfangende Server begrenzt, wie viele E-Mails er von diesem Relay annimmt.</translation>
    </message>
    <message>
        <source>Send less mail at once, or spread it out over time.</source>
        <translation>Senden Sie weniger E-Mails auf einmal oder verteilen Sie sie über die Zeit.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>The server reported success.</source>
        <translation>Der Server hat Erfolg gemeldet.</translation>
    </message>
    <message>
        <source>Waiting for more</source>
        <translation>Wartet auf mehr</translation>
    </message>
    <message>
        <source>The server accepted the command and waits for more input.</source>
        <translation>Der Server hat den Befehl angenommen und wartet auf weitere Eingaben.</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>Vorübergehender Fehler</translation>
    </message>
    <message>
        <source>The server reported a temporary problem; a later attempt may work.</source>
        <translation>Der Server hat ein vorübergehendes Problem gemeldet; ein späterer Versuch kann gelingen.</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>Dauerhafter Fehler</translation>
    </message>
    <message>
        <source>The server refused the request; sending again unchanged will fail.</source>
        <translation>Der Server hat die Anfrage abgelehnt; ein unveränderter neuer Versand wird scheitern.</translation>
    </message>
    <message>
        <source>Unrecognised reply</source>
        <translation>Unbekannte Antwort</translation>
    </message>
    <message>
        <source>The server sent a reply code that SMTP does not define.</source>
        <translation>Der Server hat einen Antwortcode gesendet, den SMTP nicht definiert.</translation>
    </message>
    <message>
        <source>Check that the route points at a real SMTP server.</source>
        <translation>Prüfen Sie, ob die Route auf einen echten SMTP-Server zeigt.</translation>
    </message>
    <message>
        <source>TLS required by RelayDesk, not offered by the server</source>
        <translation>TLS von RelayDesk verlangt, vom Server nicht angeboten</translation>
    </message>
    <message>
        <source>Smarthost password not set</source>
        <translation>Smarthost-Passwort nicht gesetzt</translation>
    </message>
    <message>
        <source>The smarthost has a user name but no password, so RelayDesk does not log in: it never sends an empty password. The mail waits and is retried.</source>
        <translation>Der Smarthost hat einen Benutzernamen, aber kein Passwort; daher meldet sich RelayDesk nicht an: Es sendet nie ein leeres Passwort. Die Mail wartet und wird erneut versucht.</translation>
    </message>
    <message>
        <source>Set the password with the user name (Settings, Delivery, or relaydesk smarthost set HOST:PORT --username USER --password-stdin), or clear the user name if the smarthost needs no login.</source>
        <translation>Setzen Sie das Passwort zum Benutzernamen (Einstellungen, Zustellung, oder relaydesk smarthost set HOST:PORT --username USER --password-stdin), oder leeren Sie den Benutzernamen, wenn der Smarthost keine Anmeldung braucht.</translation>
    </message>
    <message>
        <source>Returned to the sender by an administrator</source>
        <translation>Von einem Administrator an den Absender zurückgesendet</translation>
    </message>
    <message>
        <source>Nothing to do. If it was a mistake, ask the sender to send the message again.</source>
        <translation>Nichts zu tun. War es ein Versehen, bitten Sie den Absender, die Nachricht erneut zu senden.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Nothing accepted the connection on that host and port: the mail server is down or restarting, or a route or the smarthost names the wrong host or port. RelayDesk retries.</source>
        <translation>Auf diesem Host und Port hat nichts die Verbindung angenommen: Der Mailserver ist ausgefallen oder startet neu, oder eine Route bzw. der Smarthost nennt den falschen Host oder Port. RelayDesk versucht es erneut.</translation>
    </message>
    <message>
        <source>If it lasts, check the host and port of the route or smarthost (Settings, Delivery) and that the server there runs; for a recipient&apos;s own mail server, wait: RelayDesk keeps retrying until it gives up.</source>
        <translation>Hält es an, prüfen Sie Host und Port der Route oder des Smarthosts (Einstellungen, Zustellung) und ob der Server dort läuft; beim eigenen Mailserver eines Empfängers warten Sie: RelayDesk versucht es weiter, bis es aufgibt.</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>RelayDesk refused the server&apos;s TLS certificate (not signed by a trusted authority, for another name, or out of date) and sent it nothing secret.</source>
        <translation>RelayDesk hat das TLS-Zertifikat des Servers abgelehnt (nicht von einer vertrauenswürdigen Stelle signiert, für einen anderen Namen oder abgelaufen) und ihm nichts Geheimes gesendet.</translation>
    </message>
    <message>
        <source>If it is the right server, trust its CA or pin its certificate (Settings, Delivery; Test connection shows the fingerprint); RelayDesk keeps retrying meanwhile.</source>
        <translation>Wenn es der richtige Server ist, vertrauen Sie seiner Zertifizierungsstelle oder heften Sie sein Zertifikat an (Einstellungen, Zustellung; „Verbindung testen“ zeigt den Fingerabdruck); RelayDesk versucht es bis dahin weiter.</translation>
    </message>
    <message>
        <source>Someone returned this message to its sender from the queue (Queue, Bounce, or relaydesk queue bounce). No server refused it; a bounce notice was queued for the sender, and the Delivery Logs show whether it arrived.</source>
        <translation>Jemand hat diese Nachricht aus der Warteschlange an ihren Absender zurückgesendet (Warteschlange, Zurücksenden, oder relaydesk queue bounce). Kein Server hat sie abgelehnt; für den Absender wurde ein Unzustellbarkeitsbericht in die Warteschlange gestellt, und das Zustellprotokoll zeigt, ob er angekommen ist.</translation>
    </message>
    <message>
        <source>Given up: delivery time expired</source>
        <translation>Aufgegeben: Zustellfrist abgelaufen</translation>
    </message>
    <message>
        <source>Read the last reply and the earlier attempts for the reason; once it is fixed, resend the message or ask the sender to send it again.</source>
        <translation>Lesen Sie in der letzten Antwort und den früheren Versuchen den Grund nach; ist er behoben, senden Sie die Nachricht erneut oder bitten Sie den Absender, sie noch einmal zu senden.</translation>
    </message>
    <message>
        <source>The server rejected the sign-in credentials. From RelayDesk: a wrong password, one that was revoked or replaced by a rotation, or a sign-in from an address the Mail Agent&apos;s allowlist does not list.</source>
        <translation>Der Server hat die Anmeldedaten abgelehnt. Von RelayDesk: ein falsches Passwort, eines, das widerrufen oder durch eine Rotation ersetzt wurde, oder eine Anmeldung von einer Adresse, die nicht unter den erlaubten Adressen des Mail-Agenten steht.</translation>
    </message>
    <message>
        <source>Check the username and password (generate a new password if in doubt) and the address the program sends from against the agent&apos;s allowlist.</source>
        <translation>Prüfen Sie Benutzername und Passwort (erzeugen Sie im Zweifel ein neues Passwort) und ob die Adresse, von der das Programm sendet, unter den erlaubten Adressen des Agenten steht.</translation>
    </message>
    <message>
        <source>The server could not complete sign-in or start encryption just now (RFC 4954, RFC 3207). From RelayDesk it may also mean that the administrator disabled the Mail Agent (&quot;Accept mail from this agent&quot; is off): the password is right.</source>
        <translation>Der Server konnte die Anmeldung gerade nicht abschließen oder die Verschlüsselung nicht starten (RFC 4954, RFC 3207). Von RelayDesk kann es auch heißen, dass der Administrator den Mail-Agenten deaktiviert hat („E-Mails von diesem Agenten annehmen“ ist aus): Das Passwort stimmt.</translation>
    </message>
    <message>
        <source>Connection closed before the server&apos;s reply</source>
        <translation>Verbindung vor der Antwort des Servers geschlossen</translation>
    </message>
    <message>
        <source>The receiving server closed the connection after the whole message was sent, before it said whether it took it. It may have kept the message: then every retry brings the recipient another copy.</source>
        <translation>Der empfangende Server hat die Verbindung geschlossen, nachdem die ganze Nachricht gesendet war, bevor er sagte, ob er sie annimmt. Vielleicht hat er sie behalten: Dann bringt jeder neue Versuch dem Empfänger eine weitere Kopie.</translation>
    </message>
    <message>
        <source>RelayDesk retries, as the standard asks. If the recipient reports copies, or a failure notice for mail that arrived, ask the receiving server&apos;s administrator why it closes the connection at the message&apos;s end.</source>
        <translation>RelayDesk versucht es erneut, wie der Standard es verlangt. Meldet der Empfänger Kopien oder kam ein Unzustellbarkeitsbericht für angekommene Mail, fragen Sie den Administrator des empfangenden Servers, warum er die Verbindung am Ende der Nachricht schließt.</translation>
    </message>
    <message>
        <source>Connection closed by the server</source>
        <translation>Verbindung vom Server geschlossen</translation>
    </message>
    <message>
        <source>The receiving server closed the connection before the delivery was finished.</source>
        <translation>Der empfangende Server hat die Verbindung geschlossen, bevor die Zustellung abgeschlossen war.</translation>
    </message>
    <message>
        <source>RelayDesk tried this recipient until its time limit ran out (Settings, Delivery: Give up after) and will not try it again; a failure notice to the sender was queued (its own row in the Delivery Logs shows whether it arrived). The last reply says why: the receiving server&apos;s words, or RelayDesk&apos;s own where no server answered (a connection refused or lost, a name that does not resolve).</source>
        <translation>RelayDesk hat diesen Empfänger versucht, bis seine Frist abgelaufen war (Einstellungen, Zustellung: Aufgeben nach), und versucht ihn nicht mehr; ein Unzustellbarkeitsbericht an den Absender wurde in die Warteschlange gestellt (seine eigene Zeile im Zustellprotokoll zeigt, ob er angekommen ist). Die letzte Antwort sagt, warum: die Worte des empfangenden Servers oder die von RelayDesk selbst, wo kein Server antwortete (eine abgelehnte oder verlorene Verbindung, ein Name, der sich nicht auflösen lässt).</translation>
    </message>
    <message>
        <source>RelayDesk stopped during this delivery</source>
        <translation>RelayDesk wurde während dieser Zustellung beendet</translation>
    </message>
    <message>
        <source>RelayDesk itself stopped (it was quit, restarted or ended) while it delivered this message; no server refused it. It tries again after its next start. If the receiving server had already taken the whole message, the recipient gets it twice.</source>
        <translation>RelayDesk selbst wurde beendet (geschlossen, neu gestartet oder abgebrochen), während es diese Nachricht zustellte; kein Server hat sie abgelehnt. Nach dem nächsten Start versucht es sie erneut. Hatte der empfangende Server die ganze Nachricht schon angenommen, erhält der Empfänger sie zweimal.</translation>
    </message>
    <message>
        <source>Nothing to do: RelayDesk retries after its start. If the recipient reports two copies, this is why.</source>
        <translation>Nichts zu tun: RelayDesk versucht es nach seinem Start erneut. Meldet der Empfänger zwei Exemplare, ist dies der Grund.</translation>
    </message>
    <message>
        <source>The DNS server refused the lookup</source>
        <translation>Der DNS-Server hat die Abfrage abgelehnt</translation>
    </message>
    <message>
        <source>The name server RelayDesk asks for the recipient&apos;s mail servers refused to answer: it does not serve this relay, or is set up wrongly. This does not pass by waiting.</source>
        <translation>Der Namensserver, den RelayDesk nach den Mailservern des Empfängers fragt, hat die Antwort verweigert: Er bedient dieses Relay nicht oder ist falsch eingerichtet. Das vergeht nicht durch Warten.</translation>
    </message>
    <message>
        <source>Check the DNS server in Settings, Delivery (empty: this computer&apos;s own), and that it answers this computer&apos;s questions. RelayDesk retries meanwhile.</source>
        <translation>Prüfen Sie den DNS-Server unter Einstellungen, Zustellung (leer: der dieses Computers) und dass er die Fragen dieses Computers beantwortet. RelayDesk versucht es inzwischen weiter.</translation>
    </message>
    <message>
        <source>The domain receives no mail</source>
        <translation>Die Domain empfängt keine Mail</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain names no mail server: it has no MX record and no address (A or AAAA), so no server can be asked.</source>
        <translation>Die Domain des Empfängers nennt keinen Mailserver: Sie hat keinen MX-Eintrag und keine Adresse (A oder AAAA), also kann kein Server gefragt werden.</translation>
    </message>
    <message>
        <source>Check the domain of the recipient&apos;s address for typos; if it is right, the domain cannot receive mail: ask the recipient for another address.</source>
        <translation>Prüfen Sie die Domain der Empfängeradresse auf Tippfehler; stimmt sie, kann die Domain keine Mail empfangen: Bitten Sie den Empfänger um eine andere Adresse.</translation>
    </message>
    <message>
        <source>RelayDesk sends to this server only over TLS (STARTTLS), and the server does not offer it. A TLS policy for the recipient&apos;s domain, the TLS setting of a route or of the smarthost demands it, or the smarthost has a user name: a password is only ever sent over verified TLS. RelayDesk keeps retrying, but nothing changes until the setting or the server does.</source>
        <translation>RelayDesk sendet an diesen Server nur über TLS (STARTTLS), und der Server bietet es nicht an. Eine TLS-Richtlinie für die Domain des Empfängers, die TLS-Einstellung einer Route oder des Smarthosts verlangt es, oder der Smarthost hat einen Benutzernamen: Ein Passwort wird nur über geprüftes TLS gesendet. RelayDesk versucht es weiter, aber nichts ändert sich, bis sich die Einstellung oder der Server ändert.</translation>
    </message>
    <message>
        <source>Check what sends this mail: a TLS policy for the recipient&apos;s domain (relaydesk tls-policy list), a route (Settings, Delivery, Routes) or the smarthost (Settings, Delivery: port 465 needs &quot;TLS from the start (port 465)&quot;; a server inside the office without TLS needs &quot;STARTTLS if offered&quot; and no user name, since a smarthost with a user name always needs verified TLS). Or ask the server&apos;s operator to enable STARTTLS.</source>
        <translation>Prüfen Sie, worüber diese Mail geht: eine TLS-Richtlinie für die Domain des Empfängers (relaydesk tls-policy list), eine Route (Einstellungen, Zustellung, Routen) oder der Smarthost (Einstellungen, Zustellung: Port 465 braucht „TLS von Anfang an (Port 465)“; ein Server im Büro ohne TLS braucht „STARTTLS, wenn angeboten“ und keinen Benutzernamen, denn ein Smarthost mit Benutzername braucht immer geprüftes TLS). Oder bitten Sie den Betreiber des Servers, STARTTLS einzuschalten.</translation>
    </message>
    <message>
        <source>Unreadable reply after the whole message was sent</source>
        <translation>Unlesbare Antwort, nachdem die ganze Nachricht gesendet war</translation>
    </message>
    <message>
        <source>The receiving server took the whole message, then answered in a way that breaks the rules of SMTP, so RelayDesk cannot tell whether it kept the message. If it did, every retry brings the recipient another copy.</source>
        <translation>Der empfangende Server hat die ganze Nachricht entgegengenommen und dann entgegen den Regeln von SMTP geantwortet, daher kann RelayDesk nicht sagen, ob er die Nachricht behalten hat. Falls ja, bringt jeder neue Versuch dem Empfänger eine weitere Kopie.</translation>
    </message>
    <message>
        <source>RelayDesk retries, as the standard asks. If the recipient reports copies, delete the message from the queue and ask the receiving server&apos;s administrator to fix its replies.</source>
        <translation>RelayDesk versucht es erneut, wie es der Standard verlangt. Meldet der Empfänger Kopien, löschen Sie die Nachricht aus der Warteschlange und bitten Sie den Administrator des empfangenden Servers, seine Antworten zu korrigieren.</translation>
    </message>
</context>
<context>
    <name>RoadSignStyle</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Temporary problem, will retry</source>
        <translation>Vorübergehendes Problem, wird erneut versucht</translation>
    </message>
    <message>
        <source>Permanent problem, needs a person</source>
        <translation>Dauerhaftes Problem, braucht einen Menschen</translation>
    </message>
    <message>
        <source>&lt;p&gt;No delivery attempt yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch kein Zustellversuch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Suppressed by the relay</source>
        <translation>Vom Relay unterdrückt</translation>
    </message>
    <message>
        <source>RelayDesk did not try this recipient and will not: the address is on the Mail Agent&apos;s suppression list, after a permanent failure or added there by hand (the reason is above).</source>
        <translation>RelayDesk hat diesen Empfänger nicht versucht und wird es nicht tun: Die Adresse steht auf der Unterdrückungsliste des Mail-Agenten, nach einem endgültigen Fehlschlag oder von Hand eingetragen (der Grund steht oben).</translation>
    </message>
    <message>
        <source>If the address works again, remove it from the suppression list (Mail Agents, Suppressions).</source>
        <translation>Wenn die Adresse wieder funktioniert, entfernen Sie sie aus der Unterdrückungsliste (Mail-Agenten, Unterdrückungen).</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>von Hand hinzugefügt</translation>
    </message>
    <message>
        <source>not sent: the address is on the agent&apos;s suppression list (%1)</source>
        <translation>nicht gesendet: Die Adresse steht auf der Unterdrückungsliste des Agenten (%1)</translation>
    </message>
    <message>
        <source>On hold: RelayDesk does not try to deliver it until you release it (Queue, Release).</source>
        <translation>Angehalten: RelayDesk versucht nicht, sie zuzustellen, bis Sie sie freigeben (Warteschlange, Freigeben).</translation>
    </message>
    <message>
        <source>Last reply: %1</source>
        <translation>Letzte Antwort: %1</translation>
    </message>
    <message>
        <source>Deleted from the queue</source>
        <translation>Aus der Warteschlange gelöscht</translation>
    </message>
    <message>
        <source>The relay administrator deleted this message from the queue before it reached this recipient. RelayDesk will not try it again and told the sender nothing; its content is no longer stored.</source>
        <translation>Der Relay-Administrator hat diese Nachricht aus der Warteschlange gelöscht, bevor sie diesen Empfänger erreichte. RelayDesk versucht es nicht erneut und hat dem Absender nichts mitgeteilt; ihr Inhalt ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>If it was deleted by mistake, ask the sender to send it again.</source>
        <translation>Wurde sie versehentlich gelöscht, bitten Sie den Absender, sie erneut zu senden.</translation>
    </message>
    <message>
        <source>deleted from the queue by the relay administrator</source>
        <translation>vom Relay-Administrator aus der Warteschlange gelöscht</translation>
    </message>
    <message>
        <source>the address is on the agent&apos;s suppression list (%1)</source>
        <translation>die Adresse steht auf der Unterdrückungsliste des Agenten (%1)</translation>
    </message>
    <message>
        <source>Suppressed by the relay then, no longer</source>
        <translation>Damals vom Relay unterdrückt, jetzt nicht mehr</translation>
    </message>
    <message>
        <source>RelayDesk did not try this recipient: when this message was sent, the address was on the Mail Agent&apos;s suppression list (the reason is above). It is no longer on it, so later messages to it are sent; this one was not.</source>
        <translation>RelayDesk hat diesen Empfänger nicht versucht: Als diese Nachricht gesendet wurde, stand die Adresse auf der Unterdrückungsliste des Mail-Agenten (der Grund steht oben). Jetzt steht sie nicht mehr darauf, spätere Nachrichten an sie werden also gesendet; diese wurde es nicht.</translation>
    </message>
    <message>
        <source>The content of this message is no longer stored, so it cannot be resent: ask its sender to send it again.</source>
        <translation>Der Inhalt dieser Nachricht ist nicht mehr gespeichert, sie kann also nicht erneut gesendet werden: Bitten Sie den Absender, sie noch einmal zu senden.</translation>
    </message>
</context>
<context>
    <name>SmarthostPreset</name>
    <message>
        <source>emailapikey</source>
        <translation>emailapikey</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>the mailbox&apos;s address</source>
        <translation>die Adresse des Postfachs</translation>
    </message>
    <message>
        <source>the SMTP user name from the SES console</source>
        <translation>der SMTP-Benutzername aus der SES-Konsole</translation>
    </message>
    <message>
        <source>SendGrid</source>
        <translation>SendGrid</translation>
    </message>
    <message>
        <source>apikey</source>
        <translation>apikey</translation>
    </message>
    <message>
        <source>Mailgun</source>
        <translation>Mailgun</translation>
    </message>
    <message>
        <source>the domain&apos;s SMTP login</source>
        <translation>die SMTP-Anmeldung der Domain</translation>
    </message>
    <message>
        <source>ZeptoMail (port 587, STARTTLS)</source>
        <translation>ZeptoMail (Port 587, STARTTLS)</translation>
    </message>
    <message>
        <source>ZeptoMail (port 465, TLS from the start)</source>
        <translation>ZeptoMail (Port 465, TLS von Anfang an)</translation>
    </message>
    <message>
        <source>Google Workspace SMTP relay</source>
        <translation>Google Workspace SMTP-Relay</translation>
    </message>
    <message>
        <source>a Workspace address (or none: allowed by IP)</source>
        <translation>eine Workspace-Adresse (oder keine: per IP erlaubt)</translation>
    </message>
    <message>
        <source>Amazon SES</source>
        <translation>Amazon SES</translation>
    </message>
    <message>
        <source>Generic (type host:port)</source>
        <translation>Allgemein (Host:Port eingeben)</translation>
    </message>
</context>
<context>
    <name>StateLabel</name>
    <message>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <source>held</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>delivering</source>
        <translation>in Zustellung</translation>
    </message>
    <message>
        <source>waiting for a connection</source>
        <translation>wartet auf Verbindung</translation>
    </message>
</context>
<context>
    <name>StoreErrorText</name>
    <message>
        <source>the PostgreSQL server at %1 refused the password of user &quot;%2&quot;</source>
        <translation>Der PostgreSQL-Server unter %1 hat das Passwort des Benutzers „%2“ abgelehnt</translation>
    </message>
    <message>
        <source>TLS to the PostgreSQL server at %1 failed (%2)</source>
        <translation>TLS zum PostgreSQL-Server unter %1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>cannot open the PostgreSQL store %1 (%2)</source>
        <translation>Der PostgreSQL-Speicher %1 kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>cannot reach the PostgreSQL server at %1</source>
        <translation>Der PostgreSQL-Server unter %1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the connection to the PostgreSQL server was lost</source>
        <translation>Die Verbindung zum PostgreSQL-Server ist abgebrochen</translation>
    </message>
    <message>
        <source>the PostgreSQL server at %1 asks user &quot;%2&quot; for a password, and none was given</source>
        <translation>Der PostgreSQL-Server unter %1 verlangt ein Passwort für den Benutzer „%2“, es wurde aber keines angegeben</translation>
    </message>
    <message>
        <source>cannot read %1: %2. The file&apos;s owner, or root, can give it to the data directory&apos;s group (chgrp, chmod g+r).</source>
        <translation>%1 kann nicht gelesen werden: %2. Der Eigentümer der Datei oder root kann sie der Gruppe des Datenverzeichnisses geben (chgrp, chmod g+r).</translation>
    </message>
    <message>
        <source>the PostgreSQL server at %1 has no database &quot;%2&quot;: create it, or correct the store&apos;s address</source>
        <translation>der PostgreSQL-Server unter %1 hat keine Datenbank „%2“: Legen Sie sie an oder berichtigen Sie die Adresse des Speichers</translation>
    </message>
</context>
</TS>
