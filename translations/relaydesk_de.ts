<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>RelayDesk</name>
    <message>
        <source>RelayDesk cannot start</source>
        <translation>RelayDesk kann nicht starten</translation>
    </message>
    <message>
        <source>The data directory %1 cannot be used: %2</source>
        <translation>Das Datenverzeichnis %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The relay did not start</source>
        <translation>Das Relay wurde nicht gestartet</translation>
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
        <source>address or range, e.g. 192.0.2.7 or 10.0.0.0/8</source>
        <translation>Adresse oder Bereich, z. B. 192.0.2.7 oder 10.0.0.0/8</translation>
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
        <source>Devices that cannot log in (printers, scanners) may send without a password on the LAN relay port, and only from these addresses.</source>
        <translation>Geräte, die sich nicht anmelden können (Drucker, Scanner), dürfen über den LAN-Relay-Port ohne Passwort senden, und nur von diesen Adressen aus.</translation>
    </message>
    <message>
        <source>Give the agent a name.</source>
        <translation>Geben Sie dem Agenten einen Namen.</translation>
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
</context>
<context>
    <name>RelayDesk::AgentsPage</name>
    <message>
        <source>New agent...</source>
        <translation>Neuer Agent …</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>SMTP credentials</source>
        <translation>SMTP-Zugangsdaten</translation>
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
        <source>Delete %1 with all its credentials? Applications using them can no longer send mail.</source>
        <translation>%1 mit allen Zugangsdaten löschen? Anwendungen, die sie verwenden, können dann keine E-Mails mehr senden.</translation>
    </message>
    <message>
        <source>Cannot delete the agent</source>
        <translation>Der Agent kann nicht gelöscht werden</translation>
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
        <source>(generate a credential first)</source>
        <translation>(erst Zugangsdaten erzeugen)</translation>
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
        <source>A generated self-signed certificate (tls.certificate is empty).</source>
        <translation>Ein erzeugtes selbstsigniertes Zertifikat (tls.certificate ist leer).</translation>
    </message>
    <message>
        <source>Cannot use the certificate: %1</source>
        <translation>Das Zertifikat kann nicht verwendet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1
SHA-256 %2
Expires %3 (in %n day(s))
%4</source>
        <translation>
            <numerusform>%1
SHA-256 %2
Läuft ab am %3 (in %n Tag)
%4</numerusform>
            <numerusform>%1
SHA-256 %2
Läuft ab am %3 (in %n Tagen)
%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate certificate</source>
        <translation>Zertifikat erzeugen</translation>
    </message>
    <message>
        <source>Create a new self-signed certificate for the listeners? Applications that check certificates must be told to trust it. It takes effect when the relay restarts.</source>
        <translation>Ein neues selbstsigniertes Zertifikat für die Listener erzeugen? Anwendungen, die Zertifikate prüfen, müssen ihm ausdrücklich vertrauen. Es wird beim Neustart des Relays wirksam.</translation>
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
        <source>Replace %1 with a new credential? The old password stops working at once; update every application that uses it.</source>
        <translation>%1 durch neue Zugangsdaten ersetzen? Das alte Passwort funktioniert sofort nicht mehr; passen Sie jede Anwendung an, die es verwendet.</translation>
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
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Unzustellbar</translation>
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
    <message numerus="yes">
        <source>TLS certificate expires %1 (in %n day(s))</source>
        <translation>
            <numerusform>TLS-Zertifikat läuft am %1 ab (in %n Tag)</numerusform>
            <numerusform>TLS-Zertifikat läuft am %1 ab (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Listener %1 (%2) is down: %3</source>
        <translation>Listener %1 (%2) ist ausgefallen: %3</translation>
    </message>
    <message numerus="yes">
        <source>The TLS certificate expires in %n day(s).</source>
        <translation>
            <numerusform>Das TLS-Zertifikat läuft in %n Tag ab.</numerusform>
            <numerusform>Das TLS-Zertifikat läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The queue is growing: %n recipient(s) waiting, the oldest for %1 minutes.</source>
        <translation>
            <numerusform>Die Warteschlange wächst: %n Empfänger wartet, der älteste seit %1 Minuten.</numerusform>
            <numerusform>Die Warteschlange wächst: %n Empfänger warten, der älteste seit %1 Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deliveries to %1 are failing.</source>
        <translation>Zustellungen an %1 schlagen fehl.</translation>
    </message>
    <message>
        <source>All is well.</source>
        <translation>Alles in Ordnung.</translation>
    </message>
    <message>
        <source>Messages accepted per agent, last 14 days</source>
        <translation>Angenommene Nachrichten pro Agent, letzte 14 Tage</translation>
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
</context>
<context>
    <name>RelayDesk::DeliveryLogPage</name>
    <message>
        <source>Export CSV...</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) loaded</source>
        <translation>
            <numerusform>%n Zeile geladen</numerusform>
            <numerusform>%n Zeilen geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the delivery log: %1</source>
        <translation>Das Zustellprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
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
</context>
<context>
    <name>RelayDesk::EngineLink</name>
    <message>
        <source>RelayDesk</source>
        <translation>RelayDesk</translation>
    </message>
    <message>
        <source>The relay has stopped.</source>
        <translation>Das Relay wurde angehalten.</translation>
    </message>
    <message>
        <source>RelayDesk: listener %1 is down: %2</source>
        <translation>RelayDesk: Listener %1 ist ausgefallen: %2</translation>
    </message>
    <message>
        <source>RelayDesk: the relay is stopped</source>
        <translation>RelayDesk: das Relay ist angehalten</translation>
    </message>
    <message>
        <source>RelayDesk: %1</source>
        <translation>RelayDesk: %1</translation>
    </message>
    <message>
        <source>RelayDesk: relaying</source>
        <translation>RelayDesk: leitet weiter</translation>
    </message>
    <message numerus="yes">
        <source>Working on %n message(s)...</source>
        <translation>
            <numerusform>Bearbeite %n Nachricht …</numerusform>
            <numerusform>Bearbeite %n Nachrichten …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be retried now.</source>
        <translation>
            <numerusform>%n Nachricht wird jetzt erneut versucht.</numerusform>
            <numerusform>%n Nachrichten werden jetzt erneut versucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) held.</source>
        <translation>
            <numerusform>%n Nachricht angehalten.</numerusform>
            <numerusform>%n Nachrichten angehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) released.</source>
        <translation>
            <numerusform>%n Nachricht freigegeben.</numerusform>
            <numerusform>%n Nachrichten freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted.</source>
        <translation>
            <numerusform>%n Nachricht gelöscht.</numerusform>
            <numerusform>%n Nachrichten gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) bounced.</source>
        <translation>
            <numerusform>%n Nachricht zurückgewiesen.</numerusform>
            <numerusform>%n Nachrichten zurückgewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue action failed</source>
        <translation>Warteschlangenaktion fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be changed.</source>
        <translation>
            <numerusform>%n Nachricht konnte nicht geändert werden.</numerusform>
            <numerusform>%n Nachrichten konnten nicht geändert werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::LogFilterBar</name>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
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
        <source>Search sender, recipient or subject</source>
        <translation>Absender, Empfänger oder Betreff suchen</translation>
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
        <source>All agents</source>
        <translation>Alle Agenten</translation>
    </message>
    <message>
        <source>Recipient starts with</source>
        <translation>Empfänger beginnt mit</translation>
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
        <source>State</source>
        <translation>Zustand</translation>
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
        <translation>Zurückweisen …</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation>Die Warteschlange kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) from the queue? They will not be delivered and the senders are not told.</source>
        <translation>
            <numerusform>%n Nachricht aus der Warteschlange löschen? Sie wird nicht zugestellt, und der Absender wird nicht benachrichtigt.</numerusform>
            <numerusform>%n Nachrichten aus der Warteschlange löschen? Sie werden nicht zugestellt, und die Absender werden nicht benachrichtigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bounce %n message(s)? Delivery stops and each sender gets a failure notice.</source>
        <translation>
            <numerusform>%n Nachricht zurückweisen? Die Zustellung endet, und der Absender erhält eine Fehlermeldung.</numerusform>
            <numerusform>%n Nachrichten zurückweisen? Die Zustellung endet, und jeder Absender erhält eine Fehlermeldung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm queue action</source>
        <translation>Warteschlangenaktion bestätigen</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 an %2</translation>
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
        <source>TLS</source>
        <translation>TLS</translation>
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
        <source>implicit (port 465)</source>
        <translation>implizit (Port 465)</translation>
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
        <source>Mail for these domains goes to the given host instead of the domain&apos;s MX or the smarthost.</source>
        <translation>E-Mails an diese Domains gehen an den angegebenen Server statt an den MX der Domain oder den Smarthost.</translation>
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
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Listener</translation>
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
</context>
<context>
    <name>RelayDesk::SettingsPage</name>
    <message>
        <source>Listeners</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzwerte</translation>
    </message>
    <message>
        <source>Retry schedule</source>
        <translation>Wiederholungsplan</translation>
    </message>
    <message>
        <source>Smarthost</source>
        <translation>Smarthost</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Import PEM certificate and key...</source>
        <translation>PEM-Zertifikat und Schlüssel importieren …</translation>
    </message>
    <message>
        <source>Leave both empty to use a generated self-signed certificate.</source>
        <translation>Lassen Sie beide Felder leer, um ein erzeugtes selbstsigniertes Zertifikat zu verwenden.</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Closing the window keeps the relay running in the tray</source>
        <translation>Beim Schließen des Fensters läuft das Relay im Infobereich weiter</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Datenverzeichnis:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
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
        <source>Saved. Listener and TLS changes take effect when the relay restarts.</source>
        <translation>Gespeichert. Änderungen an Listenern und TLS werden beim Neustart des Relays wirksam.</translation>
    </message>
    <message>
        <source>expires %1
SHA-256 %2</source>
        <translation>läuft ab am %1
SHA-256 %2</translation>
    </message>
    <message>
        <source>not loaded (the relay is not running)</source>
        <translation>nicht geladen (das Relay läuft nicht)</translation>
    </message>
    <message>
        <source>Choose the PEM certificate</source>
        <translation>PEM-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the PEM private key</source>
        <translation>Privaten PEM-Schlüssel auswählen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Running certificate:</source>
        <translation>Laufendes Zertifikat:</translation>
    </message>
    <message>
        <source>Configured certificate:</source>
        <translation>Eingestelltes Zertifikat:</translation>
    </message>
    <message>
        <source>Certificate saved. It takes effect when the relay restarts.</source>
        <translation>Zertifikat gespeichert. Es wird beim Neustart des Relays wirksam.</translation>
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
        <source>Set password</source>
        <translation>Passwort setzen</translation>
    </message>
    <message>
        <source>Smarthost password:</source>
        <translation>Smarthost-Passwort:</translation>
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
        <source>Password not saved: %1</source>
        <translation>Passwort nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Smarthost password removed.</source>
        <translation>Smarthost-Passwort entfernt.</translation>
    </message>
    <message>
        <source>Smarthost password saved.</source>
        <translation>Smarthost-Passwort gespeichert.</translation>
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
</context>
</TS>
