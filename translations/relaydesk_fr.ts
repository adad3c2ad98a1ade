<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListenerErrorText</name>
    <message>
        <source>this computer has no such address (a typing mistake?)</source>
        <translation>cet ordinateur n’a pas cette adresse (une faute de frappe&#xa0;?)</translation>
    </message>
    <message>
        <source>another program, or another listener, already uses this address and port</source>
        <translation>un autre programme, ou un autre écouteur, utilise déjà cette adresse et ce port</translation>
    </message>
    <message>
        <source>only the system administrator may use a port below 1024 (run the relay as the service)</source>
        <translation>seul l’administrateur du système peut utiliser un port inférieur à 1024 (faites tourner le relais comme service)</translation>
    </message>
</context>
<context>
    <name>PeerVerifier</name>
    <message>
        <source>certificate not trusted: self-signed</source>
        <translation>certificat non reconnu&#xa0;: auto-signé</translation>
    </message>
    <message>
        <source>certificate not trusted: its root CA (%1) is not a trusted one</source>
        <translation>certificat non reconnu&#xa0;: son AC racine (%1) n’est pas une AC de confiance</translation>
    </message>
    <message>
        <source>certificate not trusted: issuer unknown (%1)</source>
        <translation>certificat non reconnu&#xa0;: émetteur inconnu (%1)</translation>
    </message>
    <message>
        <source>certificate expired on %1</source>
        <translation>certificat expiré le %1</translation>
    </message>
    <message>
        <source>certificate not valid before %1</source>
        <translation>certificat non valide avant le %1</translation>
    </message>
    <message>
        <source>name mismatch: the certificate is for %1, not %2</source>
        <translation>nom différent&#xa0;: le certificat est pour %1, pas pour %2</translation>
    </message>
    <message>
        <source>certificate not trusted: %1</source>
        <translation>certificat non reconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server presented no certificate</source>
        <translation>le serveur n’a présenté aucun certificat</translation>
    </message>
    <message>
        <source>fingerprint mismatch: the server&apos;s certificate is %1, the pin is %2</source>
        <translation>empreinte différente&#xa0;: le certificat du serveur est %1, l’épinglé est %2</translation>
    </message>
    <message>
        <source>the certificate cannot be read</source>
        <translation>le certificat est illisible</translation>
    </message>
    <message>
        <source>cannot read CA file %1: %2</source>
        <translation>impossible de lire le fichier d’AC %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>the certificate cannot be checked</source>
        <translation>le certificat ne peut pas être vérifié</translation>
    </message>
    <message>
        <source>%1 (written as a DNS name, which no address matches: an address needs an IP address entry)</source>
        <translation>%1 (inscrit comme nom DNS, auquel aucune adresse ne correspond&#xa0;: une adresse doit figurer comme adresse IP)</translation>
    </message>
</context>
<context>
    <name>ProbeStep</name>
    <message>
        <source>Name lookup</source>
        <translation>Résolution de nom</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Message d’accueil</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Chiffrement (TLS)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Login (AUTH)</source>
        <translation>Authentification (AUTH)</translation>
    </message>
    <message>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Mail for the domain</source>
        <translation>Courrier pour le domaine</translation>
    </message>
</context>
<context>
    <name>ProbeSteps</name>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>TLS from the first byte (RFC 8314): %1, %2</source>
        <translation>TLS dès le premier octet (RFC 8314)&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>STARTTLS (RFC 3207): %1, %2</source>
        <translation>STARTTLS (RFC 3207)&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Noms&#xa0;: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <translation>Valide du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Verifies for %1</source>
        <translation>Vérifié pour %1</translation>
    </message>
    <message>
        <source>Does not verify for %1: %2. Accepted: the TLS policy takes any certificate, so the mail is encrypted but the server is not authenticated.</source>
        <translation>Non vérifié pour %1&#xa0;: %2. Accepté&#xa0;: la politique TLS accepte tout certificat, le courrier est donc chiffré mais le serveur n’est pas authentifié.</translation>
    </message>
    <message>
        <source>The password goes to a server whose identity is not proven.</source>
        <translation>Le mot de passe part vers un serveur dont l’identité n’est pas prouvée.</translation>
    </message>
    <message>
        <source>Extensions: %1</source>
        <translation>Extensions&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused EHLO (%1); HELO was accepted, so it offers no extensions (no STARTTLS, no AUTH, no SIZE)</source>
        <translation>Le serveur a refusé EHLO (%1)&#xa0;; HELO a été accepté, il n’offre donc aucune extension (ni STARTTLS, ni AUTH, ni SIZE)</translation>
    </message>
    <message>
        <source>EHLO after STARTTLS</source>
        <translation>EHLO après STARTTLS</translation>
    </message>
    <message>
        <source>The server refused STARTTLS (%1): mail to it goes unencrypted</source>
        <translation>Le serveur a refusé STARTTLS (%1)&#xa0;: le courrier vers lui part en clair</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Accepté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not used: this destination is set to no encryption (the server offers STARTTLS)</source>
        <translation>Non utilisé&#xa0;: cette destination est réglée sans chiffrement (le serveur propose STARTTLS)</translation>
    </message>
    <message>
        <source>Not used: this destination is set to no encryption</source>
        <translation>Non utilisé&#xa0;: cette destination est réglée sans chiffrement</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: mail to it goes unencrypted</source>
        <translation>Le serveur ne propose pas STARTTLS&#xa0;: le courrier vers lui part en clair</translation>
    </message>
    <message>
        <source>Not used: no user name is set</source>
        <translation>Non utilisé&#xa0;: aucun nom d’utilisateur n’est défini</translation>
    </message>
    <message>
        <source>No usable greeting: %1</source>
        <translation>Pas de message d’accueil utilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1. Delivery then tries this server once more without TLS.</source>
        <translation>%1. La remise réessaie alors ce serveur une fois sans TLS.</translation>
    </message>
    <message>
        <source>The server closed the connection without a reply</source>
        <translation>Le serveur a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>Stopped before the test was complete</source>
        <translation>Arrêté avant la fin du test</translation>
    </message>
    <message>
        <source>Chain presented by the server:</source>
        <translation>Chaîne présentée par le serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Checked against: %1</source>
        <translation>Vérifié par rapport à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Does not verify for %1: %2. A verified certificate is required, so delivery is deferred (4.7.5)%3.</source>
        <translation>Non valide pour %1&#xa0;: %2. Un certificat vérifié est exigé, la remise est donc différée (4.7.5)%3.</translation>
    </message>
    <message>
        <source> and the password is not sent</source>
        <translation> et le mot de passe n’est pas envoyé</translation>
    </message>
    <message>
        <source>If this is the server you mean, trust it: give the CA certificate that issued it as the CA file, or pin this certificate by its SHA-256 fingerprint (above). Ask its operator for either rather than taking them from this connection.</source>
        <translation>Si c’est bien le serveur voulu, faites-lui confiance&#xa0;: indiquez comme fichier d’AC le certificat de l’AC qui l’a émis, ou épinglez ce certificat par son empreinte SHA-256 (ci-dessus). Demandez l’un ou l’autre à son exploitant plutôt que de les reprendre de cette connexion.</translation>
    </message>
    <message>
        <source>Use a host name the certificate is for (%1), or pin this certificate by its SHA-256 fingerprint (above).</source>
        <translation>Utilisez un nom d’hôte pour lequel le certificat est émis (%1), ou épinglez ce certificat par son empreinte SHA-256 (ci-dessus).</translation>
    </message>
    <message>
        <source>it names none</source>
        <translation>il n’en nomme aucun</translation>
    </message>
    <message>
        <source>The certificate is outside its dates (above): ask the server&apos;s operator to renew it, and check this computer&apos;s clock.</source>
        <translation>Le certificat est hors de sa période de validité (ci-dessus)&#xa0;: demandez à l’exploitant du serveur de le renouveler, et vérifiez l’horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>The server presents another certificate than the pinned one. If its operator confirms the new fingerprint (above), pin that one.</source>
        <translation>Le serveur présente un autre certificat que celui épinglé. Si son exploitant confirme la nouvelle empreinte (ci-dessus), épinglez celle-ci.</translation>
    </message>
    <message>
        <source>Check the CA file: the relay must be able to read it, and it must hold PEM certificates.</source>
        <translation>Vérifiez le fichier d’AC&#xa0;: le relais doit pouvoir le lire, et il doit contenir des certificats PEM.</translation>
    </message>
    <message>
        <source>Asked: MAIL FROM:&lt;&gt; and RCPT TO:&lt;%1&gt;</source>
        <translation>Demandé&#xa0;: MAIL FROM:&lt;&gt; et RCPT TO:&lt;%1&gt;</translation>
    </message>
    <message>
        <source>The server takes mail for %1: %2 (no message was sent)</source>
        <translation>Le serveur accepte le courrier pour %1&#xa0;: %2 (aucun message n’a été envoyé)</translation>
    </message>
    <message>
        <source>The server wants a login before it takes mail: %1</source>
        <translation>Le serveur exige une connexion avant d’accepter du courrier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mail to a route or to an MX is sent without a login, so it would wait here and be retried until it expires. Send %1 through the smarthost (it logs in with its user name and password), or have this server accept mail from this relay&apos;s address.</source>
        <translation>Le courrier vers une route ou un MX est envoyé sans connexion&#xa0;: il attendrait ici et serait réessayé jusqu’à son expiration. Envoyez %1 par le smarthost (il se connecte avec son nom d’utilisateur et son mot de passe), ou faites accepter par ce serveur le courrier venant de l’adresse de ce relais.</translation>
    </message>
    <message>
        <source>The server puts mail for %1 off for now: %2</source>
        <translation>Le serveur diffère pour l’instant le courrier pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Mail would wait and be tried again (a server that greylists answers this way the first time). If it says so again later, ask the server&apos;s administrator.</source>
        <translation>Le courrier attendrait et serait réessayé (un serveur qui pratique le greylisting répond ainsi la première fois). S’il répond encore ainsi plus tard, demandez à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server refuses mail for %1: %2</source>
        <translation>Le serveur refuse le courrier pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Mail sent this way would bounce. Check that this server receives mail for %1 and that it accepts mail from this relay&apos;s address.</source>
        <translation>Le courrier envoyé ainsi serait rejeté. Vérifiez que ce serveur reçoit le courrier pour %1 et qu’il accepte le courrier venant de l’adresse de ce relais.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list; French writes a no-break space before the semicolon</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>%1. Delivery tries the next MX host, %2, and so does this test.</source>
        <translation>%1. La remise essaie l’hôte MX suivant, %2, et ce test aussi.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>RelayDesk</name>
    <message>
        <source>RelayDesk cannot start</source>
        <translation>RelayDesk ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The relay did not start</source>
        <translation>Le relais n’a pas démarré</translation>
    </message>
    <message>
        <source>%1 is not a RelayDesk data directory: it holds other files and no relay store. Check the path given with --data-dir: a relay makes its store in a new or empty directory.</source>
        <translation>%1 n’est pas un répertoire de données RelayDesk&#xa0;: il contient d’autres fichiers et aucun stockage de relais. Vérifiez le chemin donné avec --data-dir&#xa0;: un relais crée son stockage dans un répertoire nouveau ou vide.</translation>
    </message>
    <message>
        <source>%1. The relay starts by itself once the store answers; until then the pages show what they can read.</source>
        <translation>%1. Le relais démarre de lui-même dès que le stockage répond&#xa0;; d’ici là, les pages affichent ce qu’elles peuvent lire.</translation>
    </message>
    <message>
        <source>Give the new password with: relaydesk --data-dir %1 store use ADDRESS --password-stdin (relaydesk store show names the address).</source>
        <translation>Donnez le nouveau mot de passe avec&#xa0;: relaydesk --data-dir %1 store use ADRESSE --password-stdin (relaydesk store show indique l’adresse).</translation>
    </message>
    <message>
        <source>The store of the data directory %1 cannot be used: %2</source>
        <translation>Le stockage du répertoire de données %1 ne peut pas être utilisé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AgentActivityPanel</name>
    <message>
        <source>Today (UTC)</source>
        <translation>Aujourd’hui (UTC)</translation>
    </message>
    <message>
        <source>Messages accepted</source>
        <translation>Messages acceptés</translation>
    </message>
    <message>
        <source>Recipients delivered</source>
        <translation>Destinataires remis</translation>
    </message>
    <message>
        <source>Recipients bounced</source>
        <translation>Destinataires en échec</translation>
    </message>
    <message>
        <source>Show in Delivery Logs</source>
        <translation>Voir dans les journaux de remise</translation>
    </message>
    <message>
        <source>The delivery attempts of this agent&apos;s mail in the last 30 days</source>
        <translation>Les tentatives de remise du courrier de cet agent sur les 30 derniers jours</translation>
    </message>
    <message>
        <source>Nothing of this agent&apos;s mail waits in the queue.</source>
        <translation>Aucun courrier de cet agent n’attend dans la file.</translation>
    </message>
    <message>
        <source>Cannot read the activity: %1</source>
        <translation>Impossible de lire l’activité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>%1 derniers jours</translation>
    </message>
    <message>
        <source>Not sent (on the suppression list)</source>
        <translation>Non envoyés (sur la liste d’exclusion)</translation>
    </message>
    <message>
        <source>Recipients of this agent&apos;s messages. The bounce notices the relay sent to its senders are in the Delivery Logs under its name too, and are not counted here.</source>
        <translation>Destinataires des messages de cet agent. Les avis de non-remise que le relais a envoyés à ses expéditeurs figurent aussi sous son nom dans les Journaux de remise, et ne sont pas comptés ici.</translation>
    </message>
    <message>
        <source>Delivery attempts that failed for now and are tried again: one recipient may count several times, while the Delivery Logs show each recipient once.</source>
        <translation>Tentatives de remise qui ont échoué pour l’instant et seront renouvelées&#xa0;: un destinataire peut compter plusieurs fois, alors que les Journaux de remise montrent chaque destinataire une fois.</translation>
    </message>
    <message>
        <source>Counted per UTC day, as the sending limits are. A delivery counts on the day it was made: mail accepted yesterday and delivered today is in today&apos;s deliveries. Bounce notices to the agent&apos;s senders are not counted here; the Delivery Logs list them under its name, sent from &quot;(bounce notice)&quot;.</source>
        <translation>Compté par jour UTC, comme les limites d’envoi. Une remise compte le jour où elle a eu lieu&#xa0;: un courrier accepté hier et remis aujourd’hui figure dans les remises d’aujourd’hui. Les avis de non-remise aux expéditeurs de l’agent ne sont pas comptés ici&#xa0;; les Journaux de remise les listent sous son nom, avec l’expéditeur «&#xa0;(avis de non-remise)&#xa0;».</translation>
    </message>
    <message>
        <source>Messages refused by a sending limit</source>
        <translation>Messages refusés par une limite d’envoi</translation>
    </message>
    <message>
        <source>Messages the relay refused with &quot;451 4.7.1&quot; because this agent had reached one of its sending limits (the Sending limits tab): nothing of them was queued, and the application was told to try again later. An application that tries again at once counts again.</source>
        <translation>Messages que le relais a refusés avec «&#xa0;451 4.7.1&#xa0;» parce que cet agent avait atteint l’une de ses limites d’envoi (onglet Limites d’envoi)&#xa0;: rien n’en a été mis en file d’attente, et l’application a été invitée à réessayer plus tard. Une application qui réessaie aussitôt compte de nouveau.</translation>
    </message>
    <message>
        <source>Attempts failed for now (tried again)</source>
        <translation>Tentatives en échec pour l’instant (réessayées)</translation>
    </message>
    <message>
        <source>Not sent (deleted from the queue)</source>
        <translation>Non envoyés (supprimés de la file d’attente)</translation>
    </message>
    <message>
        <source>Show refusals</source>
        <translation>Afficher les refus</translation>
    </message>
    <message>
        <source>What of this agent&apos;s mail the relay refused at submission (Delivery Logs, Refused at submission)</source>
        <translation>Ce que le relais a refusé du courrier de cet agent à la soumission (Journaux de remise, Refusés à la soumission)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sender(s), recipient(s) or message(s) refused at submission in the last 30 days (never queued); the last at %1: %2</source>
        <translation>
            <numerusform>%Ln expéditeur, destinataire ou message refusé à la soumission ces 30 derniers jours (jamais mis en file d’attente)&#xa0;; le dernier le %1&#xa0;: %2</numerusform>
            <numerusform>%Ln expéditeurs, destinataires ou messages refusés à la soumission ces 30 derniers jours (jamais mis en file d’attente)&#xa0;; le dernier le %1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) of this agent&apos;s mail wait in the queue now.</source>
        <translation>
            <numerusform>%Ln&#xa0;destinataire du courrier de cet agent attend dans la file.</numerusform>
            <numerusform>%Ln&#xa0;destinataires du courrier de cet agent attendent dans la file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln login(s) refused in the last 24 hours; the last at %1 from %2: %3.</source>
        <translation>
            <numerusform>%Ln authentification refusée ces dernières 24 heures&#xa0;; la dernière le %1 depuis %2&#xa0;: %3.</numerusform>
            <numerusform>%Ln authentifications refusées ces dernières 24 heures&#xa0;; la dernière le %1 depuis %2&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is locked out of logins until %2: every application there is refused, this agent&apos;s too. Live Sessions can unlock it.</source>
        <translation>%1 est bloquée pour les connexions jusqu’à %2&#xa0;: toute application à cette adresse est refusée, celle de cet agent aussi. Les Sessions en cours permettent de la débloquer.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AgentDialog</name>
    <message>
        <source>New Mail Agent</source>
        <translation>Nouvel agent de messagerie</translation>
    </message>
    <message>
        <source>Edit Mail Agent %1</source>
        <translation>Modifier l’agent de messagerie %1</translation>
    </message>
    <message>
        <source>for example: billing-app</source>
        <translation>par exemple&#xa0;: appli-facturation</translation>
    </message>
    <message>
        <source>Accept mail from this agent</source>
        <translation>Accepter le courrier de cet agent</translation>
    </message>
    <message>
        <source>device address, e.g. 192.168.1.50</source>
        <translation>appareil, p. ex. 192.168.1.50</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Allowed addresses:</source>
        <translation>&amp;Adresses autorisées&#xa0;:</translation>
    </message>
    <message>
        <source>Credentials of this agent work only from these addresses.</source>
        <translation>Les identifiants de cet agent ne fonctionnent que depuis ces adresses.</translation>
    </message>
    <message>
        <source>&amp;Trusted devices:</source>
        <translation>Appareils de con&amp;fiance&#xa0;:</translation>
    </message>
    <message>
        <source>The allowlist is empty: this agent&apos;s credentials will not work from anywhere yet.</source>
        <translation>La liste des adresses autorisées est vide&#xa0;: les identifiants de cet agent ne fonctionnent encore depuis aucune adresse.</translation>
    </message>
    <message>
        <source>An address is typed but not added: press Add or clear the field.</source>
        <translation>Une adresse est saisie mais pas ajoutée&#xa0;: cliquez sur Ajouter ou videz le champ.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Any sender (not recommended)</source>
        <translation>N’importe quel expéditeur (déconseillé)</translation>
    </message>
    <message>
        <source>&amp;Sender domains:</source>
        <translation>Domaines d’e&amp;xpédition&#xa0;:</translation>
    </message>
    <message>
        <source>The agent may send only from addresses at these domains (the envelope sender and the From: header), or as the exact addresses listed.</source>
        <translation>L’agent ne peut envoyer que depuis des adresses de ces domaines (l’expéditeur de l’enveloppe et l’en-tête From:), ou depuis les adresses exactes listées.</translation>
    </message>
    <message>
        <source>Devices that cannot log in (printers, scanners) may send without a password on the LAN relay port, and only from these addresses, as the sender domains allow.</source>
        <translation>Les appareils qui ne peuvent pas s’authentifier (imprimantes, scanners) peuvent envoyer sans mot de passe sur le port du relais LAN, seulement depuis ces adresses et comme les domaines d’expédition le permettent.</translation>
    </message>
    <message>
        <source>Warning: this agent may send as any address, including other companies&apos; domains. Add its domains and clear this box.</source>
        <translation>Attention&#xa0;: cet agent peut envoyer sous n’importe quelle adresse, y compris les domaines d’autres entreprises. Ajoutez ses domaines et décochez cette case.</translation>
    </message>
    <message>
        <source>No sender domain yet: this agent cannot send until you add one.</source>
        <translation>Aucun domaine d’expédition&#xa0;: cet agent ne peut pas envoyer tant que vous n’en ajoutez pas un.</translation>
    </message>
    <message>
        <source>e.g. 192.0.2.7 or 10.0.0.0/8</source>
        <translation>p. ex. 192.0.2.7 ou 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Applications at %1 logged in as %2 and sent mail in the last 7 days. The new allowlist leaves that out: their logins will be refused (535 5.7.8). Save anyway?</source>
        <translation>Des applications depuis %1 se sont connectées en tant que %2 et ont envoyé du courrier ces 7 derniers jours. La nouvelle liste d’adresses autorisées les exclut&#xa0;: leurs connexions seront refusées (535 5.7.8). Enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Allowlist</source>
        <translation>Adresses autorisées</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Close without saving? What you entered for this Mail Agent is lost.</source>
        <translation>Fermer sans enregistrer&#xa0;? Ce que vous avez saisi pour cet agent de messagerie sera perdu.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message numerus="yes">
        <source>The DKIM keys of %1 are kept: mail any other agent sends as it is signed with them, and so is this agent&apos;s mail if you add it again.</source>
        <translation>
            <numerusform>Les clés DKIM de %1 sont conservées&#xa0;: le courrier qu’un autre agent envoie depuis ce domaine est signé avec elles, et celui de cet agent aussi si vous l’ajoutez de nouveau.</numerusform>
            <numerusform>Les clés DKIM de %1 sont conservées&#xa0;: le courrier qu’un autre agent envoie depuis ces domaines est signé avec elles, et celui de cet agent aussi si vous les ajoutez de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>R&amp;etirer</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications sent mail as %1 through %2 in the last 7 days. The new sender domains leave that out: their mail will be refused (553 5.7.1). Save anyway?</source>
        <translation>Des applications ont envoyé du courrier en tant que %1 par %2 ces 7 derniers jours. Les nouveaux domaines d’expédition l’excluent&#xa0;: leur courrier sera refusé (553 5.7.1). Enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Sender domains</source>
        <translation>Domaines d’expédition</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AgentFilterBox</name>
    <message>
        <source>All agents</source>
        <translation>Tous les agents</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AgentLabel</name>
    <message>
        <source>Agent #%1 (deleted)</source>
        <translation>Agent n°%1 (supprimé)</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>%1: this Mail Agent was deleted; a new agent may have its name</source>
        <translation>%1&#xa0;: cet agent de messagerie a été supprimé&#xa0;; un nouvel agent peut porter son nom</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AgentListModel</name>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Allowed addresses</source>
        <translation>Adresses autorisées</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>any sender (not recommended)</source>
        <translation>n’importe quel expéditeur (déconseillé)</translation>
    </message>
    <message>
        <source>(none: cannot send)</source>
        <translation>(aucun&#xa0;: ne peut pas envoyer)</translation>
    </message>
    <message>
        <source>Sender domains</source>
        <translation>Domaines d’expédition</translation>
    </message>
    <message>
        <source>devices: %1</source>
        <translation>appareils&#xa0;: %1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list; French writes a no-break space before the semicolon</comment>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>RelayDesk::AgentNameText</name>
    <message>
        <source>Give the agent a name.</source>
        <translation>Donnez un nom à l’agent.</translation>
    </message>
    <message>
        <source>A Mail Agent name has at most %1 characters.</source>
        <translation>Le nom d’un agent de messagerie compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A Mail Agent name does not begin or end with a space.</source>
        <translation>Le nom d’un agent de messagerie ne commence ni ne finit par une espace.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a Mail Agent: use letters (accents are fine), digits, spaces and . _ -</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas nommer un agent de messagerie&#xa0;: utilisez des lettres (accents compris), des chiffres, des espaces et . _ -</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AgentRows</name>
    <message>
        <source>no Mail Agent named &apos;%1&apos;</source>
        <translation>aucun agent de messagerie nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>this Mail Agent no longer exists: it was deleted elsewhere (in another window, with the command line or on another relay node)</source>
        <translation>cet agent de messagerie n’existe plus&#xa0;: il a été supprimé ailleurs (dans une autre fenêtre, en ligne de commande ou sur un autre nœud du relais)</translation>
    </message>
    <message>
        <source>a Mail Agent named &apos;%1&apos; already exists</source>
        <translation>un agent de messagerie nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>no Mail Agent named &apos;%1&apos;: it was deleted; its mail and delivery log stay (relaydesk log search --agent %1)</source>
        <translation>aucun agent de messagerie nommé «&#xa0;%1&#xa0;»&#xa0;: il a été supprimé&#xa0;; son courrier et son journal de remise restent (relaydesk log search --agent %1)</translation>
    </message>
    <message>
        <source>a Mail Agent named &apos;%1&apos; already exists: names that differ only in spaces or . _ - read as the same name</source>
        <translation>un agent de messagerie nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;: des noms qui ne diffèrent que par des espaces ou . _ - se lisent comme le même nom</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AgentsPage</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No agent selected</source>
        <translation>Aucun agent sélectionné</translation>
    </message>
    <message>
        <source>Delete Mail Agent</source>
        <translation>Supprimer l’agent de messagerie</translation>
    </message>
    <message>
        <source>Cannot delete the agent</source>
        <translation>Impossible de supprimer l’agent</translation>
    </message>
    <message>
        <source>Send test message...</source>
        <translation>Envoyer un test…</translation>
    </message>
    <message>
        <source>Sending limits</source>
        <translation>Limites d’envoi</translation>
    </message>
    <message>
        <source>Sender domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Suppressions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <source>Cannot read the Mail Agents: %1</source>
        <translation>Impossible de lire les agents de messagerie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>%1 is disabled: enable it (Edit...) to send a test message as it.</source>
        <translation>%1 est désactivé&#xa0;: activez-le (Modifier…) pour envoyer un message de test en son nom.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) it handed over still wait in the queue: they stay in the queue and are still delivered. The Delivery Logs keep its messages under its name.</source>
        <translation>
            <numerusform>%Ln message qu’il a envoyé attend encore dans la file d’attente&#xa0;: il y reste et sera toujours remis. Les Journaux de remise gardent ses messages sous son nom.</numerusform>
            <numerusform>%Ln messages qu’il a envoyés attendent encore dans la file d’attente&#xa0;: ils y restent et seront toujours remis. Les Journaux de remise gardent ses messages sous son nom.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of its messages waits in the queue. The Delivery Logs keep its messages under its name.</source>
        <translation>Aucun de ses messages n’attend dans la file d’attente. Les Journaux de remise gardent ses messages sous son nom.</translation>
    </message>
    <message>
        <source>Messages it has already handed over stay in the queue and are still delivered; the Delivery Logs keep them under its name.</source>
        <translation>Les messages qu’il a déjà remis restent dans la file d’attente et sont toujours remis&#xa0;; les Journaux de remise les gardent sous son nom.</translation>
    </message>
    <message>
        <source>Delete %1 with all its credentials, trusted devices, sending domains and limits? Applications and devices that send as it are refused from then on; this cannot be undone (Edit..., &quot;Accept mail from this agent&quot; stops it for a while instead).</source>
        <translation>Supprimer %1 avec tous ses identifiants, appareils de confiance, domaines d’envoi et limites&#xa0;? Les applications et appareils qui envoient en son nom sont refusés dès lors&#xa0;; c’est irréversible (Modifier…, «&#xa0;Accepter le courrier de cet agent&#xa0;» l’arrête plutôt pour un temps).</translation>
    </message>
    <message>
        <source>&amp;New agent...</source>
        <translation>&amp;Nouvel agent…</translation>
    </message>
    <message>
        <source>Create a Mail Agent (%1)</source>
        <translation>Créer un agent de messagerie (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>Modif&amp;ier…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) it handed over still wait in the queue, and stay there: %1 of them are held, which are delivered once released; the others are still delivered. The Delivery Logs keep its messages under its name.</source>
        <translation>
            <numerusform>%Ln message qu’il a envoyé attend encore dans la file d’attente et y reste&#xa0;: %1 d’entre eux est suspendu et sera remis une fois libéré&#xa0;; les autres seront toujours remis. Les Journaux de remise gardent ses messages sous son nom.</numerusform>
            <numerusform>%Ln messages qu’il a envoyés attendent encore dans la file d’attente et y restent&#xa0;: %1 d’entre eux sont suspendus et seront remis une fois libérés&#xa0;; les autres seront toujours remis. Les Journaux de remise gardent ses messages sous son nom.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::AnySenderWarning</name>
    <message>
        <source>%1 may send as any address of any domain (not recommended). To restrict it, give it its sender domains and untick &quot;Any sender&quot; (Edit...).</source>
        <translation>%1 peut envoyer en tant que n’importe quelle adresse de n’importe quel domaine (déconseillé). Pour le restreindre, donnez-lui ses domaines d’expédition et décochez «&#xa0;N’importe quel expéditeur&#xa0;» (Modifier…).</translation>
    </message>
    <message>
        <source>This agent may send as any address of any domain (not recommended): its mail is DKIM-signed for every domain that has keys here, whoever wrote it, so it passes DKIM and DMARC as that domain. To restrict it, give it its sender domains and untick &quot;Any sender&quot; (Edit...).</source>
        <translation>Cet agent peut envoyer en tant que n’importe quelle adresse de n’importe quel domaine (déconseillé)&#xa0;: son courrier est signé DKIM pour chaque domaine qui a des clés ici, quel qu’en soit l’auteur, et passe donc DKIM et DMARC au nom de ce domaine. Pour le restreindre, donnez-lui ses domaines d’expédition et décochez «&#xa0;N’importe quel expéditeur&#xa0;» (Modifier…).</translation>
    </message>
    <message>
        <source>The Mail Agent &quot;%1&quot; may send as any address of any domain (not recommended): its mail is DKIM-signed for every domain that has keys here, whoever wrote it. Give it its sender domains and untick &quot;Any sender&quot; (Mail Agents, Edit...).</source>
        <translation>L’agent de messagerie «&#xa0;%1&#xa0;» peut envoyer en tant que n’importe quelle adresse de n’importe quel domaine (déconseillé)&#xa0;: son courrier est signé DKIM pour chaque domaine qui a des clés ici, quel qu’en soit l’auteur. Donnez-lui ses domaines d’expédition et décochez «&#xa0;N’importe quel expéditeur&#xa0;» (Agents de messagerie, Modifier…).</translation>
    </message>
    <message>
        <source>%1 may send as any address: mail from them as %2 is signed with these keys too, so it passes DKIM and DMARC whoever wrote it. Give them their own sender domains and untick &quot;Any sender&quot; (Mail Agents, Edit...).</source>
        <translation>%1 peut envoyer en tant que n’importe quelle adresse&#xa0;: son courrier au nom de %2 est aussi signé avec ces clés et passe donc DKIM et DMARC, quel qu’en soit l’auteur. Donnez-lui ses propres domaines d’expédition et décochez «&#xa0;N’importe quel expéditeur&#xa0;» (Agents de messagerie, Modifier…).</translation>
    </message>
</context>
<context>
    <name>RelayDesk::AppConfigPanel</name>
    <message>
        <source>Configure your application</source>
        <translation>Configurer votre application</translation>
    </message>
    <message>
        <source>Copy settings</source>
        <translation>Copier les paramètres</translation>
    </message>
    <message>
        <source>Select a Mail Agent to see the settings for its applications.</source>
        <translation>Sélectionnez un agent de messagerie pour voir les paramètres de ses applications.</translation>
    </message>
    <message>
        <source>SMTP server: %1</source>
        <translation>Serveur SMTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Port %1 with STARTTLS (submission), or port %2 with SSL/TLS (implicit TLS)</source>
        <translation>Port %1 avec STARTTLS (soumission), ou port %2 avec SSL/TLS (TLS implicite)</translation>
    </message>
    <message>
        <source>Authentication: normal password (PLAIN or LOGIN)</source>
        <translation>Authentification&#xa0;: mot de passe normal (PLAIN ou LOGIN)</translation>
    </message>
    <message>
        <source>Username: %1</source>
        <translation>Nom d’utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Password: the one shown when the credential was generated</source>
        <translation>Mot de passe&#xa0;: celui affiché lors de la création de l’identifiant</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Serveur</translation>
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
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Use STARTTLS on the submission port or implicit TLS on the SSL/TLS port; the relay offers login only over an encrypted connection.</source>
        <translation>Utilisez STARTTLS sur le port de soumission ou le TLS implicite sur le port SSL/TLS&#xa0;; le relais ne propose l’authentification que sur une connexion chiffrée.</translation>
    </message>
    <message>
        <source>none: this agent has no active credential, generate one first</source>
        <translation>aucun&#xa0;: cet agent n’a pas d’identifiant actif, générez-en d’abord un</translation>
    </message>
    <message>
        <source>%1 is this computer&apos;s network address: the host name %2 is not a full name, so other computers cannot look it up. A full name (Settings, Listeners, Host name) also lets applications check the relay&apos;s certificate.</source>
        <translation>%1 est l’adresse réseau de cet ordinateur&#xa0;: le nom d’hôte %2 n’est pas un nom complet, les autres ordinateurs ne peuvent donc pas le trouver. Un nom complet (Paramètres, Écouteurs, Nom d’hôte) permet aussi aux applications de vérifier le certificat du relais.</translation>
    </message>
    <message>
        <source>No address may log in yet: add the applications&apos; addresses to the agent&apos;s allowed addresses (Edit...).</source>
        <translation>Aucune adresse ne peut encore s’authentifier&#xa0;: ajoutez les adresses des applications aux adresses autorisées de l’agent (Modifier…).</translation>
    </message>
    <message>
        <source>Devices at %1: port %2 (LAN relay), no authentication, no encryption needed</source>
        <translation>Appareils en %1&#xa0;: port %2 (relais LAN), sans authentification, sans chiffrement</translation>
    </message>
    <message>
        <source>Port (LAN relay, no login)</source>
        <translation>Port (relais LAN, sans authentification)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>The devices listed send to the LAN relay port without a login; mail from any other address is refused there.</source>
        <translation>Les appareils indiqués envoient au port du relais LAN sans s’authentifier&#xa0;; le courrier de toute autre adresse y est refusé.</translation>
    </message>
    <message>
        <source>The settings for the applications of %1 cannot be shown now: %2</source>
        <translation>Les paramètres des applications de %1 ne peuvent pas être affichés pour l’instant&#xa0;: %2</translation>
    </message>
    <message>
        <source>Certificate: the relay&apos;s own (self-signed). Applications that check certificates refuse it until they are given it: save it with Settings, Security, &quot;Save certificate...&quot; and give the file to the application (in msmtp: tls_trust_file).</source>
        <translation>Certificat&#xa0;: celui du relais (auto-signé). Les applications qui vérifient les certificats le refusent tant qu’on ne le leur donne pas&#xa0;: enregistrez-le via Paramètres, Sécurité, «&#xa0;Enregistrer le certificat…&#xa0;» et donnez le fichier à l’application (dans msmtp&#xa0;: tls_trust_file).</translation>
    </message>
    <message>
        <source>The host name %1 does not resolve on this computer: applications cannot reach the relay by it until the office&apos;s DNS knows it (Settings, Listeners, Host name).</source>
        <translation>Le nom d’hôte %1 ne se résout pas sur cet ordinateur&#xa0;: les applications ne peuvent joindre le relais sous ce nom tant que le DNS du bureau ne le connaît pas (Paramètres, Écouteurs, Nom d’hôte).</translation>
    </message>
    <message>
        <source>The host name %1 does not resolve on this computer: applications cannot reach the relay by it until the office&apos;s DNS knows it with this computer&apos;s address %2. Until then give them %2 as the server (they then cannot check the relay&apos;s certificate by name), or change the name in Settings, Listeners, Host name.</source>
        <translation>Le nom d’hôte %1 ne se résout pas sur cet ordinateur&#xa0;: les applications ne peuvent joindre le relais sous ce nom tant que le DNS du bureau ne le connaît pas avec l’adresse %2 de cet ordinateur. D’ici là, donnez-leur %2 comme serveur (elles ne peuvent alors pas vérifier le certificat du relais par son nom), ou changez le nom dans Paramètres, Écouteurs, Nom d’hôte.</translation>
    </message>
    <message>
        <source>Port %1 with STARTTLS (submission; the SSL/TLS port is switched off)</source>
        <translation>Port %1 avec STARTTLS (soumission&#xa0;; le port SSL/TLS est désactivé)</translation>
    </message>
    <message>
        <source>Port %1 with SSL/TLS (implicit TLS; the submission port is switched off)</source>
        <translation>Port %1 avec SSL/TLS (TLS implicite&#xa0;; le port de soumission est désactivé)</translation>
    </message>
    <message>
        <source>No port for applications: the submission and SSL/TLS ports are both switched off (Settings, Listeners)</source>
        <translation>Aucun port pour les applications&#xa0;: les ports de soumission et SSL/TLS sont tous deux désactivés (Paramètres, Écouteurs)</translation>
    </message>
    <message>
        <source>Devices at %1: none can send now, the LAN relay port is switched off (Settings, Listeners)</source>
        <translation>Appareils à %1&#xa0;: aucun ne peut envoyer pour l’instant, le port du relais LAN est désactivé (Paramètres, Écouteurs)</translation>
    </message>
    <message>
        <source>The relay takes connections from this computer only (its listeners are on a loopback address): applications on other computers reach it once a listener&apos;s address is this computer&apos;s network address (Settings, Listeners).</source>
        <translation>Le relais n’accepte que les connexions de cet ordinateur (ses écouteurs sont sur une adresse de bouclage)&#xa0;: les applications des autres ordinateurs l’atteignent dès que l’adresse d’un écouteur est l’adresse réseau de cet ordinateur (Paramètres, Écouteurs).</translation>
    </message>
    <message>
        <source>(from this computer only now)</source>
        <translation>(pour l’instant depuis cet ordinateur seulement)</translation>
    </message>
    <message>
        <source>Port %1 takes connections from this computer only: applications on other computers cannot use it until its listener&apos;s address is this computer&apos;s network address (Settings, Listeners).</source>
        <translation>Le port %1 n’accepte que les connexions de cet ordinateur&#xa0;: les applications des autres ordinateurs ne peuvent l’utiliser que lorsque l’adresse de son écouteur est l’adresse réseau de cet ordinateur (Paramètres, Écouteurs).</translation>
    </message>
    <message>
        <source>The host name %1 does not lead to this computer&apos;s loopback address, where the relay listens now: applications on this computer are given %2 as the server until a listener takes the network (Settings, Listeners).</source>
        <translation>Le nom d’hôte %1 ne mène pas à l’adresse de bouclage de cet ordinateur, où le relais écoute maintenant&#xa0;: les applications de cet ordinateur reçoivent %2 comme serveur tant qu’aucun écouteur n’accepte le réseau (Paramètres, Écouteurs).</translation>
    </message>
    <message>
        <source>The relay&apos;s certificate does not name %1 (it names %2): applications that check the server&apos;s certificate refuse the relay. Give them one of those names as the server, or change the host name (Settings, Listeners, Host name) or the certificate (Settings, Security).</source>
        <translation>Le certificat du relais ne nomme pas %1 (il nomme %2)&#xa0;: les applications qui vérifient le certificat du serveur refusent le relais. Donnez-leur l’un de ces noms comme serveur, ou changez le nom d’hôte (Paramètres, Écouteurs, Nom d’hôte) ou le certificat (Paramètres, Sécurité).</translation>
    </message>
    <message>
        <source>(not named by the certificate)</source>
        <translation>(non nommé par le certificat)</translation>
    </message>
    <message>
        <source>Certificate: self-signed. Applications that check certificates refuse it until they are given it: save it with Settings, Security, &quot;Save certificate...&quot; and give the file to the application (in msmtp: tls_trust_file).</source>
        <translation>Certificat&#xa0;: auto-signé. Les applications qui vérifient les certificats le refusent tant qu’on ne le leur donne pas&#xa0;: enregistrez-le via Paramètres, Sécurité, «&#xa0;Enregistrer le certificat…&#xa0;» et donnez le fichier à l’application (dans msmtp&#xa0;: tls_trust_file).</translation>
    </message>
    <message>
        <source>Sender address (envelope and From: header): any; this agent may send as anyone</source>
        <translation>Adresse d’expéditeur (enveloppe et en-tête From:)&#xa0;: n’importe laquelle&#xa0;; cet agent peut envoyer au nom de tous</translation>
    </message>
    <message>
        <source>Sender address (envelope and From: header): none is allowed yet; add the agent&apos;s sender domains (Sender domains tab), or every message is refused</source>
        <translation>Adresse d’expéditeur (enveloppe et en-tête From:)&#xa0;: aucune n’est encore autorisée&#xa0;; ajoutez les domaines d’expédition de l’agent (onglet Domaines), sinon chaque message est refusé</translation>
    </message>
    <message>
        <source>an address at %1</source>
        <translation>une adresse du domaine %1</translation>
    </message>
    <message>
        <source>Sender address (envelope and From: header): %1</source>
        <translation>Adresse d’expéditeur (enveloppe et en-tête From:)&#xa0;: %1</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, ou </translation>
    </message>
</context>
<context>
    <name>RelayDesk::BackupAdmin</name>
    <message>
        <source>%1 is inside the data directory %2: write the backup to another folder, best on another disk</source>
        <translation>%1 se trouve dans le répertoire de données %2&#xa0;: écrivez la sauvegarde dans un autre dossier, de préférence sur un autre disque</translation>
    </message>
    <message>
        <source>the relay service (process %1, since %2) runs on the data directory %3: stop it before restoring (sudo systemctl stop relaydesk)</source>
        <translation>le service de relais (processus %1, depuis %2) fonctionne sur le répertoire de données %3&#xa0;: arrêtez-le avant de restaurer (sudo systemctl stop relaydesk)</translation>
    </message>
    <message>
        <source>a relay in a RelayDesk window (process %1, since %2) runs on the data directory %3: quit that window before restoring</source>
        <translation>un relais dans une fenêtre RelayDesk (processus %1, depuis %2) fonctionne sur le répertoire de données %3&#xa0;: quittez cette fenêtre avant de restaurer</translation>
    </message>
    <message>
        <source>a restore replaces the data directory %1 and keeps the old one beside it in %2, where this account may not create anything: restore as root (sudo relaydesk --data-dir %3 backup restore FILE --force)</source>
        <translation>une restauration remplace le répertoire de données %1 et garde l’ancien à côté, dans %2, où ce compte ne peut rien créer&#xa0;: restaurez en tant que root (sudo relaydesk --data-dir %3 backup restore FICHIER --force)</translation>
    </message>
    <message>
        <source>the relay service (process %1, since %2) runs on the data directory %3: stop it before restoring (kill -TERM %1)</source>
        <translation>le service de relais (processus %1, depuis %2) fonctionne sur le répertoire de données %3&#xa0;: arrêtez-le avant de restaurer (kill -TERM %1)</translation>
    </message>
    <message>
        <source>a relay service runs on the data directory %1: stop it before restoring</source>
        <translation>un service de relais fonctionne sur le répertoire de données %1&#xa0;: arrêtez-le avant de restaurer</translation>
    </message>
    <message>
        <source>%1 is a folder: give the backup a file name, such as %1/relaydesk.rdbackup</source>
        <translation>%1 est un dossier&#xa0;: donnez un nom de fichier à la sauvegarde, par exemple %1/relaydesk.rdbackup</translation>
    </message>
</context>
<context>
    <name>RelayDesk::BackupFile</name>
    <message>
        <source>wrong passphrase, or the backup file is damaged</source>
        <translation>phrase secrète erronée, ou fichier de sauvegarde endommagé</translation>
    </message>
    <message>
        <source>the backup file is damaged</source>
        <translation>le fichier de sauvegarde est endommagé</translation>
    </message>
    <message>
        <source>the backup file is truncated: it ends before its last block</source>
        <translation>le fichier de sauvegarde est tronqué&#xa0;: il s’arrête avant son dernier bloc</translation>
    </message>
    <message>
        <source>this is not a RelayDesk backup file</source>
        <translation>ce n’est pas un fichier de sauvegarde de RelayDesk</translation>
    </message>
    <message>
        <source>the backup file has format version %1; this RelayDesk reads version %2</source>
        <translation>le fichier de sauvegarde est au format version %1&#xa0;; ce RelayDesk lit la version %2</translation>
    </message>
</context>
<context>
    <name>RelayDesk::BackupPanel</name>
    <message>
        <source>Back up configuration...</source>
        <translation>Sauvegarder la configuration…</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <source>Back up configuration to</source>
        <translation>Sauvegarder la configuration dans</translation>
    </message>
    <message>
        <source>Restore configuration from</source>
        <translation>Restaurer la configuration depuis</translation>
    </message>
    <message>
        <source>RelayDesk backups (*.rdbackup)</source>
        <translation>Sauvegardes RelayDesk (*.rdbackup)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore configuration</source>
        <translation>Restaurer la configuration</translation>
    </message>
    <message>
        <source>Replace the configuration of %1 with the backup %2?

A restore needs an empty data directory: the current one, with its queue and delivery log, is moved aside and kept beside it. The relay uses the restored configuration only after RelayDesk is restarted; quit and start it again right away.</source>
        <translation>Remplacer la configuration de %1 par la sauvegarde %2&#xa0;?

Une restauration nécessite un répertoire de données vide&#xa0;: le répertoire actuel, avec sa file d’attente et son journal de remise, est mis de côté et conservé à côté. Le relais n’utilise la configuration restaurée qu’après le redémarrage de RelayDesk&#xa0;; quittez-le et relancez-le tout de suite.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Échec de la sauvegarde&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1: %n agent(s), encrypted.</source>
        <translation>
            <numerusform>Sauvegarde écrite dans %1&#xa0;: %n agent, chiffrée.</numerusform>
            <numerusform>Sauvegarde écrite dans %1&#xa0;: %n agents, chiffrée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Rien n’a été restauré&#xa0;: %1</translation>
    </message>
    <message>
        <source>An encrypted file, protected by a passphrase, with the settings, the Mail Agents (allowlists, trusted devices, credentials, sender domains), routes and TLS policies, the smarthost and its password, suppressions, the TLS certificate and the DKIM keys; the queue if you choose. Not the delivery log.</source>
        <translation>Un fichier chiffré, protégé par une phrase secrète, contenant les paramètres, les agents de messagerie (adresses autorisées, appareils de confiance, identifiants, domaines d’expédition), les routes et les politiques TLS, le smarthost et son mot de passe, les exclusions, le certificat TLS et les clés DKIM&#xa0;; la file d’attente si vous le choisissez. Pas le journal de remise.</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1: %n agent(s) and %2, encrypted.</source>
        <translation>
            <numerusform>Sauvegarde écrite dans %1&#xa0;: %n agent et %2, chiffrée.</numerusform>
            <numerusform>Sauvegarde écrite dans %1&#xa0;: %n agents et %2, chiffrée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous data directory is kept as %1, with the delivery log and the agents&apos; statistics of before the restore, which a backup does not carry.</source>
        <translation>Le répertoire de données précédent est conservé sous %1, avec les journaux de remise et les statistiques des agents d’avant la restauration, qu’une sauvegarde ne contient pas.</translation>
    </message>
    <message>
        <source>The replaced data directory used the PostgreSQL store %1, shared with the other nodes; the restored one uses a new SQLite store of its own (relaydesk store use %1 --join makes it a node of that store again).</source>
        <translation>Le répertoire de données remplacé utilisait le stockage PostgreSQL %1, partagé avec les autres nœuds&#xa0;; celui restauré utilise un nouveau stockage SQLite à lui (relaydesk store use %1 --join en refait un nœud de ce stockage).</translation>
    </message>
    <message>
        <source>The relay in this window stops taking and delivering mail now, until RelayDesk starts again.</source>
        <translation>Le relais de cette fenêtre cesse dès maintenant de prendre et de remettre du courrier, jusqu’au redémarrage de RelayDesk.</translation>
    </message>
    <message>
        <source>The relay in this window runs with the restored configuration now.</source>
        <translation>Le relais de cette fenêtre fonctionne maintenant avec la configuration restaurée.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 (%n agent(s)).</source>
        <translation>
            <numerusform>%1 restauré (%n agent).</numerusform>
            <numerusform>%1 restauré (%n agents).</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit RelayDesk and start it again to use it.</source>
        <translation>Quittez RelayDesk et relancez-le pour l’utiliser.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) wait in the queue now. The restored relay does not deliver them: they stay in the directory that is moved aside. Unless the backup holds them, cancel and restore once they are delivered.</source>
        <translation>
            <numerusform>%Ln message attend maintenant dans la file. Le relais restauré ne le remet pas&#xa0;: il reste dans le répertoire mis de côté. Si la sauvegarde ne le contient pas, annulez et restaurez une fois qu’il est remis.</numerusform>
            <numerusform>%Ln messages attendent maintenant dans la file. Le relais restauré ne les remet pas&#xa0;: ils restent dans le répertoire mis de côté. Si la sauvegarde ne les contient pas, annulez et restaurez une fois qu’ils sont remis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup holds %Ln queued message(s) as they waited on %1: any delivered since then goes out again once the relay runs. To look at them first, turn delivery off (Settings, Delivery) before RelayDesk starts again.</source>
        <translation>
            <numerusform>La sauvegarde contient %Ln&#xa0;message en attente tel qu’il attendait le %1&#xa0;: s’il a été remis depuis, il repart dès que le relais tourne. Pour le voir d’abord, désactivez la remise (Paramètres, Remise) avant le redémarrage de RelayDesk.</numerusform>
            <numerusform>La sauvegarde contient %Ln&#xa0;messages en attente tels qu’ils attendaient le %1&#xa0;: ceux remis depuis repartent dès que le relais tourne. Pour les voir d’abord, désactivez la remise (Paramètres, Remise) avant le redémarrage de RelayDesk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln queued message(s)</source>
        <translation>
            <numerusform>%Ln message en file d’attente</numerusform>
            <numerusform>%Ln messages en file d’attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln message(s) that waited in its queue stay there, not delivered.</source>
        <translation>
            <numerusform>Le %Ln message qui attendait dans sa file y reste, non remis.</numerusform>
            <numerusform>Les %Ln messages qui attendaient dans sa file y restent, non remis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln queued message(s) are restored as they waited on %1, when the backup was made, and delivery is off in the restored settings: look at them in the Queue (any delivered since the backup would go out again), then turn delivery on (Settings, Delivery).</source>
        <translation>
            <numerusform>Le %Ln&#xa0;message en attente est restauré tel qu’il attendait le %1, à la création de la sauvegarde, et la remise est désactivée dans les paramètres restaurés&#xa0;: consultez-le dans la file d’attente (s’il a été remis depuis la sauvegarde, il repartirait), puis activez la remise (Paramètres, Remise).</numerusform>
            <numerusform>Les %Ln&#xa0;messages en attente sont restaurés tels qu’ils attendaient le %1, à la création de la sauvegarde, et la remise est désactivée dans les paramètres restaurés&#xa0;: consultez-les dans la file d’attente (ceux remis depuis la sauvegarde repartiraient), puis activez la remise (Paramètres, Remise).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln queued message(s) are restored as they waited on %1, when the backup was made: any delivered since then is delivered again. To look at them first, turn delivery off (Settings, Delivery) before the relay starts.</source>
        <translation>
            <numerusform>Le %Ln&#xa0;message en attente est restauré tel qu’il attendait le %1, à la création de la sauvegarde&#xa0;: s’il a été remis depuis, il le sera de nouveau. Pour le voir d’abord, désactivez la remise (Paramètres, Remise) avant le démarrage du relais.</numerusform>
            <numerusform>Les %Ln&#xa0;messages en attente sont restaurés tels qu’ils attendaient le %1, à la création de la sauvegarde&#xa0;: ceux remis depuis le seront de nouveau. Pour les voir d’abord, désactivez la remise (Paramètres, Remise) avant le démarrage du relais.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::BackupPassphraseDialog</name>
    <message>
        <source>Back up configuration</source>
        <translation>Sauvegarder la configuration</translation>
    </message>
    <message>
        <source>Restore configuration</source>
        <translation>Restaurer la configuration</translation>
    </message>
    <message>
        <source>The backup of %1 is encrypted with this passphrase. Keep it safe: without it the backup cannot be restored.</source>
        <translation>La sauvegarde %1 est chiffrée avec cette phrase secrète. Conservez-la en lieu sûr&#xa0;: sans elle, la sauvegarde ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>The passphrase the backup %1 was made with.</source>
        <translation>La phrase secrète avec laquelle la sauvegarde %1 a été faite.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Include the messages waiting in the queue</source>
        <translation>Inclure les messages en attente dans la file d’attente</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message numerus="yes">
        <source>A backup&apos;s passphrase has at least %n characters.</source>
        <translation>
            <numerusform>La phrase secrète d’une sauvegarde compte au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète d’une sauvegarde compte au moins %n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::CertificateAdmin</name>
    <message>
        <source>%1 is inside the data directory %2, which holds the relay&apos;s own files (its store and keys): save the certificate in another folder</source>
        <translation>%1 se trouve dans le répertoire de données %2, qui contient les fichiers propres au relais (sa base et ses clés)&#xa0;: enregistrez le certificat dans un autre dossier</translation>
    </message>
    <message>
        <source>%1 is the file the listeners use (%2): save the certificate in another file</source>
        <translation>%1 est le fichier qu’utilisent les écouteurs (%2)&#xa0;: enregistrez le certificat dans un autre fichier</translation>
    </message>
    <message>
        <source>this certificate names %1, not %2 (server.hostname): applications that check the relay&apos;s name refuse it</source>
        <translation>Ce certificat nomme %1, pas %2 (server.hostname)&#xa0;: les applications qui vérifient le nom du relais le refusent.</translation>
    </message>
    <message>
        <source>the certificate file holds this certificate without the certificate of %1 that issued it: applications that check certificates refuse the relay unless they trust %1 themselves. Import the file that holds the chain as well (often called fullchain.pem)</source>
        <translation>le fichier du certificat contient ce certificat sans le certificat de %1 qui l’a émis&#xa0;: les applications qui vérifient les certificats refusent le relais, sauf si elles font elles-mêmes confiance à %1. Importez le fichier qui contient aussi la chaîne (souvent appelé fullchain.pem)</translation>
    </message>
    <message>
        <source>this certificate names no host name, not even %1 (server.hostname): applications that check the relay&apos;s name refuse it</source>
        <translation>Ce certificat ne nomme aucun nom d’hôte, pas même %1 (server.hostname)&#xa0;: les applications qui vérifient le nom du relais le refusent.</translation>
    </message>
    <message>
        <source>the file also held certificates that are not part of this certificate&apos;s chain (%1): they were left out</source>
        <translation>le fichier contenait aussi des certificats qui ne font pas partie de la chaîne de ce certificat (%1)&#xa0;: ils ont été laissés de côté</translation>
    </message>
</context>
<context>
    <name>RelayDesk::CertificateCheck</name>
    <message>
        <source>%1 is set but %2 is not: the listeners need both or neither; set or reset both in one change</source>
        <translation>%1 est défini mais %2 ne l’est pas&#xa0;: les écouteurs ont besoin des deux ou d’aucun&#xa0;; définissez ou réinitialisez les deux en une seule modification</translation>
    </message>
    <message>
        <source>cannot read certificate %1: %2</source>
        <translation>impossible de lire le certificat %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read key %1: %2</source>
        <translation>impossible de lire la clé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>the certificate in %1 expired on %2</source>
        <translation>le certificat de %1 a expiré le %2</translation>
    </message>
    <message>
        <source>the certificate in %1 is not valid before %2</source>
        <translation>le certificat de %1 n’est pas valable avant le %2</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key</source>
        <translation>%1 ne contient aucune clé privée PEM non chiffrée</translation>
    </message>
    <message>
        <source>the private key in %1 does not belong to the certificate in %2 (their public keys differ)</source>
        <translation>la clé privée de %1 n’appartient pas au certificat de %2 (leurs clés publiques diffèrent)</translation>
    </message>
    <message>
        <source>the certificate in %1 may not serve TLS: its key usage or extended key usage does not allow a TLS server (it is a certificate authority&apos;s, for signing certificates); import the certificate that was issued for the relay&apos;s host name</source>
        <translation>le certificat de %1 ne peut pas servir à TLS&#xa0;: son usage de clé ou son usage étendu n’autorise pas un serveur TLS (c’est celui d’une autorité de certification, pour signer des certificats)&#xa0;; importez le certificat délivré pour le nom d’hôte du relais</translation>
    </message>
    <message>
        <source>the certificate in %1 may not serve TLS: its key usage or extended key usage does not allow a TLS server; import the certificate that was issued for the relay&apos;s host name</source>
        <translation>le certificat de %1 ne peut pas servir à TLS&#xa0;: son usage de clé ou son usage étendu n’autorise pas un serveur TLS&#xa0;; importez le certificat délivré pour le nom d’hôte du relais</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 file with a certificate and key, or the password is wrong</source>
        <translation>%1 n’est pas un fichier PKCS#12 contenant un certificat et une clé, ou le mot de passe est faux</translation>
    </message>
    <message>
        <source>the private key in %1 belongs to certificate %2 in %3, not to the first: the server&apos;s certificate goes first (relaydesk tls import-pem puts it there)</source>
        <translation>la clé privée de %1 appartient au certificat %2 de %3, pas au premier&#xa0;: le certificat du serveur vient en premier (relaydesk tls import-pem l’y place)</translation>
    </message>
    <message>
        <source>certificate %1 in %2 did not issue the one before it: the file holds the server&apos;s certificate and then only the ones that issued it, in order</source>
        <translation>le certificat %1 de %2 n’a pas émis celui qui le précède&#xa0;: le fichier contient le certificat du serveur, puis seulement ceux qui l’ont émis, dans l’ordre</translation>
    </message>
    <message>
        <source>the certificate in %1 has an %2 key like the one in %3: a second certificate must have the other kind of key (RSA beside ECDSA), for the clients that cannot use the first</source>
        <translation>le certificat de %1 a une clé %2 comme celui de %3&#xa0;: un second certificat doit avoir l’autre type de clé (RSA à côté d’ECDSA), pour les clients qui ne peuvent pas utiliser le premier</translation>
    </message>
</context>
<context>
    <name>RelayDesk::CertificatePanel</name>
    <message>
        <source>Generate self-signed certificate</source>
        <translation>Générer un certificat auto-signé</translation>
    </message>
    <message>
        <source>Import PKCS#12...</source>
        <translation>Importer un PKCS#12…</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <source>Cannot use the certificate: %1</source>
        <translation>Impossible d’utiliser le certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Generate certificate</source>
        <translation>Générer un certificat</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file</source>
        <translation>Choisir le fichier PKCS#12</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation>Mot de passe PKCS#12</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Mot de passe de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Import PEM...</source>
        <translation>Importer un PEM…</translation>
    </message>
    <message>
        <source>A certificate file and its private key file, both PEM</source>
        <translation>Un fichier de certificat et le fichier de sa clé privée, tous deux au format PEM</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Create a new self-signed certificate for the listeners? Applications that check certificates must be told to trust it. New connections use it within a second.</source>
        <translation>Créer un nouveau certificat auto-signé pour les écouteurs&#xa0;? Les applications qui vérifient les certificats doivent être configurées pour lui faire confiance. Les nouvelles connexions l’utilisent en moins d’une seconde.</translation>
    </message>
    <message>
        <source>Save certificate...</source>
        <translation>Enregistrer le certificat…</translation>
    </message>
    <message>
        <source>Saves the certificate (not its key) for mail programs that verify the relay</source>
        <translation>Enregistre le certificat (sans sa clé) pour les logiciels de messagerie qui vérifient le relais</translation>
    </message>
    <message>
        <source>A self-signed certificate that RelayDesk generates for itself when the relay first starts.</source>
        <translation>Un certificat auto-signé que RelayDesk génère pour lui-même au premier démarrage du relais.</translation>
    </message>
    <message>
        <source>Self-signed: mail programs that verify the relay need this certificate file (Save certificate...) to trust it.</source>
        <translation>Auto-signé&#xa0;: les logiciels de messagerie qui vérifient le relais ont besoin de ce fichier de certificat (Enregistrer le certificat…) pour lui faire confiance.</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Enregistrer le certificat</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>There is no certificate to save yet: the relay generates it when it first starts</source>
        <translation>Il n’y a pas encore de certificat à enregistrer&#xa0;: le relais le génère à son premier démarrage</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Rien n’a changé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Still in use: the last change failed and changed nothing (%1).</source>
        <translation>Toujours utilisé&#xa0;: la dernière modification a échoué et n’a rien changé (%1).</translation>
    </message>
    <message>
        <source>Use this certificate?</source>
        <translation>Utiliser ce certificat&#xa0;?</translation>
    </message>
    <message>
        <source>%1.

Use it for the listeners anyway? New connections get it within a second; the certificate in use now stays if you cancel.</source>
        <translation>%1.

L’utiliser quand même pour les écouteurs&#xa0;? Les nouvelles connexions le reçoivent en une seconde&#xa0;; si vous annulez, le certificat utilisé maintenant reste.</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>L’utiliser</translation>
    </message>
    <message>
        <source>At %1 the relay made this certificate again for a new hostname or listener address: mail programs that verify the relay need it again.</source>
        <translation>Le %1, le relais a refait ce certificat pour un nouveau nom d’hôte ou une nouvelle adresse d’écoute&#xa0;: les logiciels de messagerie qui vérifient le relais en ont de nouveau besoin.</translation>
    </message>
    <message numerus="yes">
        <source>%1
SHA-256 %2
Expires %3 (in %Ln day(s))
%4</source>
        <translation>
            <numerusform>%1
SHA-256 %2
Expire le %3 (dans %Ln jour)
%4</numerusform>
            <numerusform>%1
SHA-256 %2
Expire le %3 (dans %Ln jours)
%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the certificate (PEM)</source>
        <translation>Choisir le certificat (PEM)</translation>
    </message>
    <message>
        <source>Choose the private key for this certificate</source>
        <translation>Choisir la clé privée de ce certificat</translation>
    </message>
    <message>
        <source>An %1 certificate for older devices is served too (%2).</source>
        <translation>Un certificat %1 est aussi présenté aux appareils plus anciens (%2).</translation>
    </message>
    <message>
        <source>The second certificate is not served: %1</source>
        <translation>Le second certificat n’est pas présenté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RelayDesk::CidrListEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>%1. Anyone in this range can send mail through you without a password.</source>
        <translation>%1. N’importe qui dans cette plage peut envoyer du courrier par votre relais sans mot de passe.</translation>
    </message>
    <message>
        <source>Trust a wide range?</source>
        <translation>Faire confiance à une large plage&#xa0;?</translation>
    </message>
    <message>
        <source>Trust %1 (%2) as a device?

Anyone in this range can send mail through you without a password. List only the addresses of devices that cannot log in, such as a printer or a scanner.</source>
        <translation>Faire confiance à %1 (%2) comme appareil&#xa0;?

N’importe qui dans cette plage peut envoyer du courrier par votre relais sans mot de passe. N’indiquez que les adresses d’appareils qui ne peuvent pas s’authentifier, comme une imprimante ou un scanner.</translation>
    </message>
    <message>
        <source>Trust this range</source>
        <translation>Faire confiance à cette plage</translation>
    </message>
    <message>
        <source>%1. The credentials can log in from anywhere: only the password keeps others out.</source>
        <translation>%1. Les identifiants peuvent se connecter depuis n’importe où&#xa0;: seul le mot de passe arrête les autres.</translation>
    </message>
    <message>
        <source>%1 is %2: trusting it would let anyone send mail through this relay without a password. List the addresses of the devices.</source>
        <translation>%1 est %2&#xa0;: lui faire confiance laisserait n’importe qui envoyer du courrier par ce relais sans mot de passe. Indiquez les adresses des appareils.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::CidrRange</name>
    <message>
        <source>&apos;%1&apos; is not an IP address or CIDR range (examples: 192.0.2.7, 10.0.0.0/8, 2001:db8::/32)</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni une adresse IP ni une plage CIDR (exemples&#xa0;: 192.0.2.7, 10.0.0.0/8, 2001:db8::/32)</translation>
    </message>
    <message>
        <source>an empty address is not an IP address or CIDR range</source>
        <translation>une adresse vide n’est ni une adresse IP ni une plage CIDR</translation>
    </message>
    <message>
        <source>%1: prefix length /%2 is out of range for %3 (0 to %4)</source>
        <translation>%1&#xa0;: la longueur de préfixe /%2 est hors limites pour %3 (0 à %4)</translation>
    </message>
    <message>
        <source>%1 has host bits set; did you mean %2?</source>
        <translation>%1 a des bits d’hôte à 1&#xa0;; vouliez-vous dire %2&#xa0;?</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <source>one address: %1</source>
        <translation>une adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>every %1 address</source>
        <translation>toutes les adresses %1</translation>
    </message>
    <message>
        <source>%1 addresses: %2 to %3</source>
        <translation>%1 adresses&#xa0;: de %2 à %3</translation>
    </message>
</context>
<context>
    <name>RelayDesk::CloseAction</name>
    <message>
        <source>Keep the relay running in the tray</source>
        <translation>Laisser le relais tourner dans la zone de notification</translation>
    </message>
    <message>
        <source>Keep the relay running, with the window minimized</source>
        <translation>Laisser le relais tourner, fenêtre réduite</translation>
    </message>
    <message>
        <source>Quit RelayDesk and stop the relay</source>
        <translation>Quitter RelayDesk et arrêter le relais</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Demander à chaque fois</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ConnectionProbe</name>
    <message>
        <source>MX of %1: %2</source>
        <translation>MX de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no MX records: the domain itself receives its mail</source>
        <translation>%1 n’a pas d’enregistrement MX&#xa0;: le domaine reçoit lui-même son courrier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 se résout en %2</translation>
    </message>
    <message>
        <source>Not connecting: %1:%2 is %3, so mail sent there would come back to this relay (a loop)</source>
        <translation>Pas de connexion&#xa0;: %1:%2 est %3, le courrier envoyé là reviendrait à ce relais (une boucle)</translation>
    </message>
    <message>
        <source>%1. %2 (issued by %3), SHA-256 %4</source>
        <translation>%1. %2 (émis par %3), SHA-256 %4</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Transcript (passwords are never shown):</source>
        <translation>Transcription (les mots de passe ne sont jamais affichés)&#xa0;:</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Tester à nouveau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1: testing... (no mail is sent)</source>
        <translation>%1&#xa0;: test en cours… (aucun courrier n’est envoyé)</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The test could not start: %1</source>
        <translation>Le test n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1&#xa0;: annulé.</translation>
    </message>
    <message>
        <source>%1: works, with warnings.</source>
        <translation>%1&#xa0;: fonctionne, avec des avertissements.</translation>
    </message>
    <message>
        <source>%1: every step passed.</source>
        <translation>%1&#xa0;: toutes les étapes ont réussi.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: failed at &quot;%2&quot;: %3</source>
        <translation>%1&#xa0;: échec à l’étape «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ControlClient</name>
    <message>
        <source>the relay engine closed the control channel</source>
        <translation>le service de relais a fermé le canal de contrôle</translation>
    </message>
    <message>
        <source>cannot reach the relay&apos;s control channel %1: %2</source>
        <translation>impossible de joindre le canal de contrôle du relais %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not connected to the relay engine</source>
        <translation>pas de connexion au service de relais</translation>
    </message>
    <message>
        <source>the relay engine did not answer within %1 s</source>
        <translation>le service de relais n’a pas répondu en %1&#xa0;s</translation>
    </message>
    <message>
        <source>detached from the relay engine</source>
        <translation>détaché du service de relais</translation>
    </message>
    <message>
        <source>the relay engine sent a line longer than %1 bytes</source>
        <translation>le service de relais a envoyé une ligne de plus de %1&#xa0;octets</translation>
    </message>
</context>
<context>
    <name>RelayDesk::CredentialsPanel</name>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Generate credential</source>
        <translation>Générer un identifiant</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>Cannot generate a credential</source>
        <translation>Impossible de générer un identifiant</translation>
    </message>
    <message>
        <source>Rotate credential</source>
        <translation>Renouveler l’identifiant</translation>
    </message>
    <message>
        <source>Cannot rotate the credential</source>
        <translation>Impossible de renouveler l’identifiant</translation>
    </message>
    <message>
        <source>Revoke credential</source>
        <translation>Révoquer l’identifiant</translation>
    </message>
    <message>
        <source>Revoke %1? Applications using it can no longer send mail. This cannot be undone.</source>
        <translation>Révoquer %1&#xa0;? Les applications qui l’utilisent ne pourront plus envoyer de courrier. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Cannot revoke the credential</source>
        <translation>Impossible de révoquer l’identifiant</translation>
    </message>
    <message>
        <source>Cannot read the credentials: %1</source>
        <translation>Impossible de lire les identifiants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Replace %1 with a new credential? Both the user name and the password change: the old ones stop working at once, and applications still connected with them are cut off. Update every application that uses them.</source>
        <translation>Remplacer %1 par un nouvel identifiant&#xa0;? Le nom d’utilisateur et le mot de passe changent tous deux&#xa0;: les anciens cessent aussitôt de fonctionner, et les applications encore connectées avec eux sont coupées. Mettez à jour chaque application qui les utilise.</translation>
    </message>
    <message>
        <source>The last login with this credential, written at most a minute after it happened.</source>
        <translation>La dernière connexion avec cet identifiant, enregistrée au plus une minute après.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::DashboardPage</name>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>The relay is not running.</source>
        <translation>Le relais n’est pas démarré.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>en écoute</translation>
    </message>
    <message>
        <source>down: %1</source>
        <translation>hors service&#xa0;: %1</translation>
    </message>
    <message>
        <source>TLS certificate: not loaded</source>
        <translation>Certificat TLS&#xa0;: non chargé</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The TLS certificate expires in %n day(s).</source>
        <translation>
            <numerusform>Le certificat TLS expire dans %n jour.</numerusform>
            <numerusform>Le certificat TLS expire dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>All is well.</source>
        <translation>Tout va bien.</translation>
    </message>
    <message>
        <source>Messages the Mail Agents submitted today, and their recipients</source>
        <translation>Messages soumis aujourd’hui par les agents de messagerie, et leurs destinataires</translation>
    </message>
    <message>
        <source>Recipients whose mail server took the message today</source>
        <translation>Destinataires dont le serveur de messagerie a pris le message aujourd’hui</translation>
    </message>
    <message>
        <source>Bounce notices</source>
        <translation>Avis de non-remise</translation>
    </message>
    <message>
        <source>The queue is growing: %1 waiting, the oldest for %2.</source>
        <translation>La file d’attente s’allonge&#xa0;: %1 en attente, le plus ancien depuis %2.</translation>
    </message>
    <message>
        <source>Open the setup wizard...</source>
        <translation>Ouvrir l’assistant de configuration…</translation>
    </message>
    <message>
        <source>Not set up yet:</source>
        <translation>Pas encore configuré&#xa0;:</translation>
    </message>
    <message>
        <source>No Mail Agent: no application can send mail through the relay yet.</source>
        <translation>Aucun agent de messagerie&#xa0;: aucune application ne peut encore envoyer de courrier par le relais.</translation>
    </message>
    <message>
        <source>The smarthost %1 has a user name but no password: mail cannot leave.</source>
        <translation>Le smarthost %1 a un nom d’utilisateur mais pas de mot de passe&#xa0;: le courrier ne peut pas partir.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>N messages to M recipients</comment>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>The relay greets other mail servers as &quot;%1&quot;, which is not a full host name: many refuse it. Set the host name this relay has in DNS (Settings, Listeners, Host name).</source>
        <translation>Le relais se présente aux autres serveurs de messagerie sous le nom «&#xa0;%1&#xa0;», qui n’est pas un nom d’hôte complet&#xa0;: beaucoup le refusent. Indiquez le nom d’hôte que ce relais a dans le DNS (Paramètres, Écouteurs, Nom d’hôte).</translation>
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
            <numerusform>%Ln destinataire</numerusform>
            <numerusform>%Ln destinataires</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>En attente maintenant</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Non remis</translation>
    </message>
    <message>
        <source>Recipients that ended today without delivery: failed for good (their senders were told), held back by the suppression list, or deleted from the queue</source>
        <translation>Destinataires terminés aujourd’hui sans remise&#xa0;: en échec définitif (leurs expéditeurs ont été prévenus), retenus par la liste d’exclusion, ou supprimés de la file d’attente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln after a temporary failure</source>
        <translation>
            <numerusform>%Ln après un échec temporaire</numerusform>
            <numerusform>%Ln après un échec temporaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bounced</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln suppressed</source>
        <translation>
            <numerusform>%Ln exclu</numerusform>
            <numerusform>%Ln exclus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted</source>
        <translation>
            <numerusform>%Ln supprimé</numerusform>
            <numerusform>%Ln supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on hold</source>
        <translation>
            <numerusform>%Ln suspendu</numerusform>
            <numerusform>%Ln suspendus</numerusform>
        </translation>
    </message>
    <message>
        <source>The smarthost %1 cannot be reached over a trusted TLS connection: mail to it waits. Check its certificate settings (Settings, Delivery); the Delivery Logs show why.</source>
        <translation>Le smarthost %1 n’est pas joignable par une connexion TLS de confiance&#xa0;: le courrier qui lui est destiné attend. Vérifiez les réglages de son certificat (Paramètres, Remise)&#xa0;; les journaux de remise en donnent la raison.</translation>
    </message>
    <message>
        <source>The server of a route, %1, cannot be reached over a trusted TLS connection: mail to it waits. Check the route (Settings, Delivery); the Delivery Logs show why.</source>
        <translation>Le serveur d’une route, %1, n’est pas joignable par une connexion TLS de confiance&#xa0;: le courrier qui lui est destiné attend. Vérifiez la route (Paramètres, Remise)&#xa0;; les journaux de remise en donnent la raison.</translation>
    </message>
    <message>
        <source>The smarthost %1 refuses the relay&apos;s login: mail to it waits. Check the user name and password (Settings, Delivery); the Delivery Logs show its answer.</source>
        <translation>Le smarthost %1 refuse l’authentification du relais&#xa0;: le courrier qui lui est destiné attend. Vérifiez le nom d’utilisateur et le mot de passe (Paramètres, Remise)&#xa0;; les journaux de remise montrent sa réponse.</translation>
    </message>
    <message numerus="yes">
        <source>%1, day %2 (UTC): %Ln message(s)</source>
        <translation>
            <numerusform>%1, jour %2 (UTC)&#xa0;: %Ln message</numerusform>
            <numerusform>%1, jour %2 (UTC)&#xa0;: %Ln messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages accepted per agent, %1 to %2 (UTC days)</source>
        <translation>Messages acceptés par agent, du %1 au %2 (jours UTC)</translation>
    </message>
    <message>
        <source>The store cannot be read since %1: %2.</source>
        <translation>Le stockage ne peut pas être lu depuis %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The relay answers mail with temporary errors until it is back.</source>
        <translation>Jusqu’à son retour, le relais répond aux e-mails par des erreurs temporaires.</translation>
    </message>
    <message>
        <source>The relay waits for it to start; until then it accepts no mail.</source>
        <translation>Le relais l’attend pour démarrer&#xa0;; d’ici là, il n’accepte aucun e-mail.</translation>
    </message>
    <message>
        <source>The numbers above are from %1.</source>
        <translation>Les chiffres ci-dessus datent de %1.</translation>
    </message>
    <message>
        <source>No numbers could be read yet.</source>
        <translation>Aucun chiffre n’a encore pu être lu.</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>pas en écoute</translation>
    </message>
    <message>
        <source>Delivery is turned off: every message is held in the queue (Settings, Delivery, &quot;Deliver queued mail&quot;).</source>
        <translation>La remise est désactivée&#xa0;: chaque message est suspendu dans la file d’attente (Paramètres, Remise, «&#xa0;Distribuer le courrier en attente&#xa0;»).</translation>
    </message>
    <message>
        <source>Bounce notices to %1 are not sent: the address is on its agent&apos;s suppression list (Mail Agents, Suppressions).</source>
        <translation>Les avis de non-remise à %1 ne sont pas envoyés&#xa0;: l’adresse figure sur la liste d’exclusion de son agent (Agents de messagerie, Exclusions).</translation>
    </message>
    <message>
        <source>Bounce notices to %1 cannot be delivered; the Delivery Logs show why.</source>
        <translation>Les avis de non-remise à %1 ne peuvent pas être remis&#xa0;; les journaux de remise en donnent la raison.</translation>
    </message>
    <message>
        <source>%1&apos;s application does not learn of its failed mail.</source>
        <translation>L’application de %1 n’apprend rien de ses courriers en échec.</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln bounce notice(s)</source>
        <translation>
            <numerusform>et %Ln avis de non-remise</numerusform>
            <numerusform>et %Ln avis de non-remise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln en attente</numerusform>
            <numerusform>%Ln en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not delivered</source>
        <translation>
            <numerusform>%Ln non remis</numerusform>
            <numerusform>%Ln non remis</numerusform>
        </translation>
    </message>
    <message>
        <source>The relay (pid %1) has not answered since %2: it may hang, and what this page shows of its listeners is from before. Restart it (sudo systemctl restart relaydesk).</source>
        <translation>Le relais (PID %1) ne répond plus depuis %2&#xa0;: il est peut-être bloqué, et ce que cette page montre de ses écouteurs date d’avant. Redémarrez-le (sudo systemctl restart relaydesk).</translation>
    </message>
    <message>
        <source>Store: PostgreSQL, %1</source>
        <translation>Stockage&#xa0;: PostgreSQL, %1</translation>
    </message>
    <message>
        <source>Store: SQLite, in the data directory</source>
        <translation>Stockage&#xa0;: SQLite, dans le répertoire de données</translation>
    </message>
    <message>
        <source>Applications that check certificates need it before they accept it: Mail Agents, Configure your application, says how.</source>
        <translation>Les applications qui vérifient les certificats en ont besoin avant de l’accepter&#xa0;: Agents de messagerie, «&#xa0;Configurer votre application&#xa0;», explique comment.</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a day and a short month in the chart&apos;s title (Qt date format)</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Recipients in the queue at this moment, and the messages they belong to: not tried yet, held, or waiting for a retry after a temporary failure (see the Queue)</source>
        <translation>Destinataires dans la file d’attente en ce moment, et les messages auxquels ils appartiennent&#xa0;: pas encore essayés, suspendus, ou en attente d’un nouvel essai après un échec temporaire (voir la file d’attente)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>N messages to M recipients: how many of them are held or wait</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>besides them, %Ln bounce notice(s)</source>
        <translation>
            <numerusform>en plus, %Ln avis de non-remise</numerusform>
            <numerusform>en plus, %Ln avis de non-remise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No mail server can be found: %Ln name server lookup(s) failed since %1, and no server was reached since. Check the name server the relay asks (Settings, Delivery, &quot;DNS server&quot;; empty: the computer&apos;s own).</source>
        <translation>
            <numerusform>Aucun serveur de messagerie ne peut être trouvé&#xa0;: %Ln recherche auprès du serveur de noms a échoué depuis %1, et aucun serveur n’a été joint depuis. Vérifiez le serveur de noms qu’interroge le relais (Paramètres, Remise, «&#xa0;Serveur DNS&#xa0;»&#xa0;; vide&#xa0;: celui de l’ordinateur).</numerusform>
            <numerusform>Aucun serveur de messagerie ne peut être trouvé&#xa0;: %Ln recherches auprès du serveur de noms ont échoué depuis %1, et aucun serveur n’a été joint depuis. Vérifiez le serveur de noms qu’interroge le relais (Paramètres, Remise, «&#xa0;Serveur DNS&#xa0;»&#xa0;; vide&#xa0;: celui de l’ordinateur).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is locked out of logins until %2: every application there is refused. Live Sessions, &quot;Addresses locked out of AUTH&quot;, shows why and can unlock it.</source>
        <translation>%1 est bloquée pour l’authentification jusqu’à %2&#xa0;: toute application à cette adresse est refusée. Sessions en cours, «&#xa0;Adresses bloquées pour l’authentification&#xa0;», montre pourquoi et peut la débloquer.</translation>
    </message>
    <message numerus="yes">
        <source>An application at %1 keeps logging in as %2, a deleted Mail Agent: %Ln login(s) refused in the last hour. Give it another agent&apos;s credentials, or turn its mail off.</source>
        <translation>
            <numerusform>Une application à %1 continue de s’authentifier comme %2, un agent de messagerie supprimé&#xa0;: %Ln connexion refusée dans la dernière heure. Donnez-lui les identifiants d’un autre agent, ou coupez son envoi de courrier.</numerusform>
            <numerusform>Une application à %1 continue de s’authentifier comme %2, un agent de messagerie supprimé&#xa0;: %Ln authentifications refusées dans la dernière heure. Donnez-lui les identifiants d’un autre agent, ou coupez son envoi de courrier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An application at %1 keeps logging in with a revoked or replaced password of %2: %Ln login(s) refused in the last hour. Give it the agent&apos;s current user name and password (a rotation makes both new).</source>
        <translation>
            <numerusform>Une application à %1 continue de s’authentifier avec un mot de passe révoqué ou remplacé de %2&#xa0;: %Ln connexion refusée dans la dernière heure. Donnez-lui le nom d’utilisateur et le mot de passe actuels de l’agent (une rotation renouvelle les deux).</numerusform>
            <numerusform>Une application à %1 continue de s’authentifier avec un mot de passe révoqué ou remplacé de %2&#xa0;: %Ln authentifications refusées dans la dernière heure. Donnez-lui le nom d’utilisateur et le mot de passe actuels de l’agent (une rotation renouvelle les deux).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <comment>an agent and its messages in the chart&apos;s fourteen days</comment>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>The smarthost %1 takes no connection: mail to it waits. Check its address and port (Settings, Delivery, &quot;Test connection&quot;); the Delivery Logs show why.</source>
        <translation>Le smarthost %1 n’accepte aucune connexion&#xa0;: le courrier qui lui est destiné attend. Vérifiez son adresse et son port (Paramètres, Remise, «&#xa0;Tester la connexion&#xa0;»)&#xa0;; les journaux de remise en donnent la raison.</translation>
    </message>
    <message>
        <source>The server of a route, %1, takes no connection: mail to it waits. Check the route (Settings, Delivery); the Delivery Logs show why.</source>
        <translation>Le serveur d’une route, %1, n’accepte aucune connexion&#xa0;: le courrier qui lui est destiné attend. Vérifiez la route (Paramètres, Remise)&#xa0;; les journaux de remise en donnent la raison.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>the messages waiting; the notices apart from them</comment>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>The disk that holds the relay&apos;s data (%1) is full: every message is refused (452 4.3.1, insufficient storage) and deliveries cannot be recorded. Free some space there.</source>
        <translation>Le disque qui contient les données du relais (%1) est plein&#xa0;: chaque message est refusé (452 4.3.1, stockage insuffisant) et les remises ne peuvent pas être enregistrées. Libérez de la place.</translation>
    </message>
    <message>
        <source>%1 at %2 is not listening.</source>
        <translation>%1 sur %2 n’écoute pas.</translation>
    </message>
    <message>
        <source>%1 at %2 is down: %3</source>
        <translation>%1 sur %2 est hors service&#xa0;: %3</translation>
    </message>
    <message>
        <source>The Mail Agent &quot;%1&quot; cannot send: its allowlist is empty, so its password works from no address, and it trusts no device. Add the addresses of its applications (Mail Agents, Edit...).</source>
        <translation>L’agent de messagerie «&#xa0;%1&#xa0;» ne peut pas envoyer&#xa0;: ses adresses autorisées sont vides, son mot de passe ne vaut donc depuis aucune adresse, et il ne fait confiance à aucun appareil. Ajoutez les adresses de ses applications (Agents de messagerie, Modifier…).</translation>
    </message>
    <message>
        <source>The Mail Agent &quot;%1&quot; cannot send: every password it had is revoked, and it trusts no device. Make a new password (Mail Agents, Credentials).</source>
        <translation>L’agent de messagerie «&#xa0;%1&#xa0;» ne peut pas envoyer&#xa0;: tous ses mots de passe sont révoqués, et il ne fait confiance à aucun appareil. Créez un nouveau mot de passe (Agents de messagerie, Identifiants).</translation>
    </message>
    <message numerus="yes">
        <source>Deliveries to %1 are failing: %Ln recipient(s) not delivered since %2, waiting for a retry or bounced; the Delivery Logs say why.</source>
        <translation>
            <numerusform>Les remises vers %1 échouent&#xa0;: %Ln destinataire non remis depuis %2, en attente d’un nouvel essai ou rejeté&#xa0;; les Journaux de remise disent pourquoi.</numerusform>
            <numerusform>Les remises vers %1 échouent&#xa0;: %Ln destinataires non remis depuis %2, en attente d’un nouvel essai ou rejetés&#xa0;; les Journaux de remise disent pourquoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln addresses are locked out of logins (%1 and others), the last until %2: every application there is refused. Live Sessions, &quot;Addresses locked out of AUTH&quot;, shows them and can unlock them.</source>
        <translation>
            <numerusform>%Ln adresse est bloquée pour l’authentification (%1 et d’autres), la dernière jusqu’à %2&#xa0;: toute application à ces adresses est refusée. Sessions en cours, «&#xa0;Adresses bloquées pour l’authentification&#xa0;», les montre et peut les débloquer.</numerusform>
            <numerusform>%Ln adresses sont bloquées pour l’authentification (%1 et d’autres), la dernière jusqu’à %2&#xa0;: toute application à ces adresses est refusée. Sessions en cours, «&#xa0;Adresses bloquées pour l’authentification&#xa0;», les montre et peut les débloquer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln login(s) refused in the last hour for a wrong password or an unknown user name, from %1 addresses: someone may be guessing passwords. Live Sessions, &quot;Logins refused&quot;, shows where from.</source>
        <translation>
            <numerusform>%Ln authentification refusée dans la dernière heure pour un mot de passe erroné ou un nom d’utilisateur inconnu, depuis %1 adresses&#xa0;: quelqu’un devine peut-être des mots de passe. Sessions en cours, «&#xa0;Authentifications refusées ces dernières 24 heures&#xa0;», montre d’où.</numerusform>
            <numerusform>%Ln authentifications refusées dans la dernière heure pour un mot de passe erroné ou un nom d’utilisateur inconnu, depuis %1 adresses&#xa0;: quelqu’un devine peut-être des mots de passe. Sessions en cours, «&#xa0;Authentifications refusées ces dernières 24 heures&#xa0;», montre d’où.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s) turned away at the connection limits in the last 10 minutes (addresses: %1): applications may get &quot;Too many connections&quot;. Live Sessions shows who holds the connections; Delivery Logs, &quot;Refused at submission&quot;, lists those turned away.</source>
        <translation>
            <numerusform>%Ln connexion refusée aux limites de connexions ces 10 dernières minutes (adresses&#xa0;: %1)&#xa0;: des applications reçoivent peut-être «&#xa0;Too many connections&#xa0;». Sessions en cours montre qui tient les connexions&#xa0;; Journaux de remise, «&#xa0;Refusés à la soumission&#xa0;», liste celles refusées.</numerusform>
            <numerusform>%Ln connexions refusées aux limites de connexions ces 10 dernières minutes (adresses&#xa0;: %1)&#xa0;: des applications reçoivent peut-être «&#xa0;Too many connections&#xa0;». Sessions en cours montre qui tient les connexions&#xa0;; Journaux de remise, «&#xa0;Refusés à la soumission&#xa0;», liste celles refusées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Mail Agent &quot;%1&quot; cannot send: its trusted devices send on the LAN relay port, which is turned off (Settings, Listeners).</source>
        <translation>L’agent de messagerie «&#xa0;%1&#xa0;» ne peut pas envoyer&#xa0;: ses appareils de confiance envoient sur le port du relais LAN, qui est désactivé (Paramètres, Écouteurs).</translation>
    </message>
    <message>
        <source>The disk that holds the relay&apos;s data (%1) has %2 free, less than the %3 the relay keeps for incoming mail (two messages of the largest size it takes, and at least 16 MB): a message that no longer fits is refused (452 4.3.1), and once the disk is full every message is. Free some space there.</source>
        <translation>Le disque qui contient les données du relais (%1) a %2 de libre, moins que les %3 que le relais garde pour le courrier entrant (deux messages de la plus grande taille acceptée, et au moins 16 Mo)&#xa0;: un message qui n’y tient plus est refusé (452 4.3.1), et une fois le disque plein, tous le sont. Libérez de la place.</translation>
    </message>
    <message>
        <source>The DKIM key %1 of %2 cannot sign: its private key is missing or damaged, so mail from %2 leaves without that signature, and receivers that check DMARC may refuse it. Make new keys for %2 (Mail Agents, Sender domains, Rotate DKIM...).</source>
        <translation>La clé DKIM %1 de %2 ne peut pas signer&#xa0;: sa clé privée manque ou est endommagée. Le courrier de %2 part sans cette signature, et les destinataires qui vérifient DMARC peuvent le refuser. Créez de nouvelles clés pour %2 (Agents de messagerie, Domaines d’expédition, Renouveler DKIM…).</translation>
    </message>
    <message numerus="yes">
        <source>The name server refused %Ln lookup(s) in the last 15 minutes (for %1): mail to those domains waits, and waiting does not fix it. Check the name server the relay asks (Settings, Delivery, &quot;DNS server&quot;; empty: the computer&apos;s own).</source>
        <translation>
            <numerusform>Le serveur de noms a refusé %Ln recherche ces 15 dernières minutes (pour %1)&#xa0;: le courrier vers ces domaines attend, et attendre n’y change rien. Vérifiez le serveur de noms qu’interroge le relais (Paramètres, Remise, «&#xa0;Serveur DNS&#xa0;»&#xa0;; vide&#xa0;: celui de l’ordinateur).</numerusform>
            <numerusform>Le serveur de noms a refusé %Ln recherches ces 15 dernières minutes (pour %1)&#xa0;: le courrier vers ces domaines attend, et attendre n’y change rien. Vérifiez le serveur de noms qu’interroge le relais (Paramètres, Remise, «&#xa0;Serveur DNS&#xa0;»&#xa0;; vide&#xa0;: celui de l’ordinateur).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to retry</source>
        <translation>
            <numerusform>%Ln à réessayer</numerusform>
            <numerusform>%Ln à réessayer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <comment>recipients not tried yet or on their first attempt</comment>
        <translation>
            <numerusform>%Ln nouveau</numerusform>
            <numerusform>%Ln nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln before or in their first attempt</source>
        <translation>
            <numerusform>%Ln avant ou pendant sa première tentative</numerusform>
            <numerusform>%Ln avant ou pendant leur première tentative</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln bounce notice(s)</source>
        <translation>
            <numerusform>+ %Ln avis de non-remise</numerusform>
            <numerusform>+ %Ln avis de non-remise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>written to senders</source>
        <comment>bounce notices, as many as the count above</comment>
        <translation>
            <numerusform>écrit à l’expéditeur</numerusform>
            <numerusform>écrits aux expéditeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The relay&apos;s own TLS certificate (self-signed) expires %1 (in %Ln day(s))</source>
        <translation>
            <numerusform>Le certificat TLS propre au relais (auto-signé) expire le %1 (dans %Ln jour)</numerusform>
            <numerusform>Le certificat TLS propre au relais (auto-signé) expire le %1 (dans %Ln jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TLS certificate expires %1 (in %Ln day(s))</source>
        <translation>
            <numerusform>Le certificat TLS expire le %1 (dans %Ln jour)</numerusform>
            <numerusform>Le certificat TLS expire le %1 (dans %Ln jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Failure notices (bounces) that the relay queued for senders today, not counted above; delay notices and the delivery reports senders asked for are in the Delivery Logs, with whether each arrived</source>
        <translation>Avis de non-remise que le relais a mis en file d’attente pour les expéditeurs aujourd’hui (non comptés ci-dessus)&#xa0;; les avis de retard et les rapports de remise demandés par les expéditeurs figurent dans les journaux de remise, avec leur arrivée ou non</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <comment>after &quot;N messages to&quot; (German: dative)</comment>
        <translation>
            <numerusform>%Ln destinataire</numerusform>
            <numerusform>%Ln destinataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s) from %1 failed in the last hour before any mail could be sent: %2 (Delivery Logs, &quot;Refused at submission&quot;).</source>
        <translation>
            <numerusform>%Ln connexion depuis %1 a échoué dans la dernière heure avant qu’un courrier puisse être envoyé&#xa0;: %2 (Journaux de remise, «&#xa0;Refusés à la soumission&#xa0;»).</numerusform>
            <numerusform>%Ln connexions depuis %1 ont échoué dans la dernière heure avant qu’un courrier puisse être envoyé&#xa0;: %2 (Journaux de remise, «&#xa0;Refusés à la soumission&#xa0;»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections failed before any mail could be sent for %Ln more address(es) or reason(s) in the last hour: Delivery Logs, &quot;Refused at submission&quot;, lists them.</source>
        <translation>
            <numerusform>Des connexions ont échoué avant qu’un courrier puisse être envoyé pour %Ln autre adresse ou raison dans la dernière heure&#xa0;: les Journaux de remise, «&#xa0;Refusés à la soumission&#xa0;», les listent.</numerusform>
            <numerusform>Des connexions ont échoué avant qu’un courrier puisse être envoyé pour %Ln autres adresses ou raisons dans la dernière heure&#xa0;: les Journaux de remise, «&#xa0;Refusés à la soumission&#xa0;», les listent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::DataDirMode</name>
    <message>
        <source>cannot create the data directory %1 (%2)</source>
        <translation>impossible de créer le répertoire de données %1 (%2)</translation>
    </message>
    <message>
        <source>the data directory %1 is not a directory</source>
        <translation>le répertoire de données %1 n’est pas un répertoire</translation>
    </message>
    <message>
        <source>the data directory %1 is on a read-only file system: RelayDesk writes to it, so mount it read-write (Read-only file system)</source>
        <translation>le répertoire de données %1 est sur un système de fichiers en lecture seule&#xa0;: RelayDesk y écrit, montez-le donc en lecture-écriture</translation>
    </message>
    <message>
        <source>the data directory %1 cannot be used (%2)</source>
        <translation>le répertoire de données %1 est inutilisable (%2)</translation>
    </message>
    <message>
        <source>the data directory %1 (owner %2, group %3, mode %4)</source>
        <translation>le répertoire de données %1 (propriétaire %2, groupe %3, mode %4)</translation>
    </message>
    <message>
        <source>%1 belongs to %2, but its mode does not let %2 write to it: give the owner its permissions back (&apos;chmod u+rwx %3&apos;) (Permission denied)</source>
        <translation>%1 appartient à %2, mais son mode ne permet pas à %2 d’y écrire&#xa0;: rendez ses droits au propriétaire («&#xa0;chmod u+rwx %3&#xa0;») (permission refusée)</translation>
    </message>
    <message>
        <source>%1 is not open to %2: use it as %3 (Permission denied)</source>
        <translation>%1 n’est pas ouvert à %2&#xa0;: utilisez-le en tant que %3 (permission refusée)</translation>
    </message>
    <message>
        <source>%1 or root</source>
        <translation>%1 ou root</translation>
    </message>
    <message>
        <source>%1: Permission denied</source>
        <translation>%1&#xa0;: permission refusée</translation>
    </message>
    <message>
        <source>%1 is open to the group %2, and %3 is in it, but this session is not yet: log in again (or run &apos;newgrp %2&apos;) (Permission denied)</source>
        <translation>%1 est ouvert au groupe %2, et %3 en fait partie, mais pas encore cette session&#xa0;: reconnectez-vous (ou lancez «&#xa0;newgrp %2&#xa0;») (permission refusée)</translation>
    </message>
    <message>
        <source>%1 is open to the group %2 only, and %3 is not in it: &apos;sudo adduser %3 %2&apos;, then log in again (Permission denied)</source>
        <translation>%1 n’est ouvert qu’au groupe %2, dont %3 ne fait pas partie&#xa0;: «&#xa0;sudo adduser %3 %2&#xa0;», puis reconnectez-vous (permission refusée)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::DeliveryLogModel</name>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>ID de file</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>(bounce notice)</source>
        <translation>(avis de non-remise)</translation>
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
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Cannot read the delivery log: %1</source>
        <translation>Impossible de lire le journal de remise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a row to see its attempts and what the replies mean.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une ligne pour voir ses tentatives et la signification des réponses.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>From %1 via %2, queue id %3, subject &quot;%4&quot;</source>
        <translation>De %1 via %2, identifiant %3, objet «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>No attempt recorded yet.</source>
        <translation>Aucune tentative enregistrée pour le moment.</translation>
    </message>
    <message>
        <source>Content not kept: the message body was removed once every recipient was final.</source>
        <translation>Contenu non conservé&#xa0;: le corps du message a été supprimé dès que tous les destinataires étaient définitifs.</translation>
    </message>
    <message>
        <source>Export delivery log</source>
        <translation>Exporter le journal de remise</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the delivery log again (F5). It also updates by itself.</source>
        <translation>Relire le journal de remise (F5). Il se met aussi à jour tout seul.</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Cannot count the matches</source>
        <translation>Impossible de compter les résultats</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Envelope, headers, text, source and attempts of the current row&apos;s message (Enter or double-click).</source>
        <translation>Enveloppe, en-têtes, texte, source et tentatives du message de la ligne courante (Entrée ou double-clic).</translation>
    </message>
    <message>
        <source>Queued a copy as %1.</source>
        <translation>Copie mise en file d’attente sous %1.</translation>
    </message>
    <message>
        <source>Content not kept: the message body was removed when the message was deleted from the queue.</source>
        <translation>Contenu non conservé&#xa0;: le corps du message a été retiré quand le message a été supprimé de la file d’attente.</translation>
    </message>
    <message>
        <source>Accepted by node %1.</source>
        <translation>Accepté par le nœud %1.</translation>
    </message>
    <message>
        <source>node %1 to %2</source>
        <translation>nœud %1 vers %2</translation>
    </message>
    <message>
        <source>delivery-log.csv</source>
        <comment>the file name the export suggests</comment>
        <translation>journal-de-remise.csv</translation>
    </message>
    <message>
        <source>RelayDesk&apos;s own notice (sender &lt;&gt;) to a sender of %1: the notice&apos;s queue id is %2, its subject &quot;%3&quot;; the message it reports on is named in its text (View message)</source>
        <translation>Avis propre à RelayDesk (expéditeur &lt;&gt;) à un expéditeur de %1&#xa0;: l’identifiant de l’avis est %2, son objet «&#xa0;%3&#xa0;»&#xa0;; le message dont il rend compte est nommé dans son texte (Afficher le message)</translation>
    </message>
    <message>
        <source>The smarthost&apos;s certificate was not checked (Settings, Delivery, &quot;Do not verify the smarthost&apos;s certificate&quot;): the message and the smarthost password went to whichever server answered at its address.</source>
        <translation>Le certificat du smarthost n’a pas été vérifié (Paramètres, Remise, «&#xa0;Ne pas vérifier le certificat du smarthost&#xa0;»)&#xa0;: le message et le mot de passe du smarthost sont allés au serveur qui a répondu à son adresse, quel qu’il soit.</translation>
    </message>
    <message>
        <source>RelayDesk&apos;s own notice (sender &lt;&gt;) to a sender of %1 about their message %2 (type that queue id into the search to see it); the notice&apos;s own queue id is %3, its subject &quot;%4&quot;</source>
        <translation>Avis propre à RelayDesk (expéditeur &lt;&gt;) à un expéditeur de %1 au sujet de son message %2 (saisissez cet identifiant dans la recherche pour le voir)&#xa0;; l’identifiant de l’avis lui-même est %3, son objet «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>the relay (time limit)</source>
        <translation>le relais (délai écoulé)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Refused at submission</source>
        <translation>Refusés à la soumission</translation>
    </message>
    <message>
        <source>Senders, recipients and messages the relay said no to while the application was connected: never queued, so not among the recipients</source>
        <translation>Expéditeurs, destinataires et messages que le relais a refusés pendant que l’application était connectée&#xa0;: jamais mis en file d’attente, donc absents des destinataires</translation>
    </message>
    <message>
        <source>Waiting in the queue: the Queue page says when it is tried next, and Retry now there tries it at once.</source>
        <translation>En attente dans la file&#xa0;: la page «&#xa0;File d’attente&#xa0;» indique quand il sera réessayé, et «&#xa0;Réessayer maintenant&#xa0;» y lance l’essai tout de suite.</translation>
    </message>
    <message>
        <source>This address is on the suppression list of %1 now: later messages to it are not sent, and their senders get a bounce notice. If the mailbox works again, lift it (Mail Agents, %1, Suppressions).</source>
        <translation>Cette adresse est désormais sur la liste d’exclusion de %1&#xa0;: les messages suivants ne lui sont pas envoyés, et leurs expéditeurs reçoivent un avis de non-remise. Si la boîte aux lettres fonctionne de nouveau, levez l’exclusion (Agents de messagerie, %1, Exclusions).</translation>
    </message>
    <message>
        <source>the relay (stopped)</source>
        <translation>le relais (arrêté)</translation>
    </message>
    <message>
        <source>Being delivered now, since %1: RelayDesk is handing it to the receiving server; this page shows the outcome when the attempt ends.</source>
        <translation>En cours de remise depuis %1&#xa0;: RelayDesk transmet le message au serveur destinataire&#xa0;; cette page affiche le résultat à la fin de la tentative.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) loaded</source>
        <translation>
            <numerusform>%Ln ligne chargée</numerusform>
            <numerusform>%Ln lignes chargées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1.</numerusform>
            <numerusform>%Ln lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the message (%1) and use &quot;%2&quot;: it sends this message to the address now.</source>
        <translation>Ouvrez le message (%1) et utilisez «&#xa0;%2&#xa0;»&#xa0;: ce message part alors vers l’adresse.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::DnsQuestions</name>
    <message>
        <source>the name server did not answer in time</source>
        <translation>le serveur de noms n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>the name server gave no usable answer</source>
        <translation>le serveur de noms n’a donné aucune réponse exploitable</translation>
    </message>
</context>
<context>
    <name>RelayDesk::DomainCheckVerdicts</name>
    <message>
        <source>Could not be checked: the DNS lookup of %1 failed (%2).</source>
        <translation>Vérification impossible&#xa0;: la requête DNS de %1 a échoué (%2).</translation>
    </message>
    <message>
        <source>The sending address %1 is the setting delivery.public_address.</source>
        <translation>L’adresse d’envoi %1 est le paramètre delivery.public_address.</translation>
    </message>
    <message>
        <source>No SPF record: receivers cannot tell which servers may send as %1.</source>
        <translation>Aucun enregistrement SPF&#xa0;: les destinataires ne peuvent pas savoir quels serveurs ont le droit d’envoyer en tant que %1.</translation>
    </message>
    <message>
        <source>%1 SPF records: receivers treat more than one as an error (RFC 7208 3.2). Merge them into one.</source>
        <translation>%1 enregistrements SPF&#xa0;: les destinataires considèrent qu’il y a erreur au-delà d’un (RFC 7208 3.2). Fusionnez-les en un seul.</translation>
    </message>
    <message>
        <source>The SPF record ends in &apos;%1&apos;: it allows every server in the world to send as %2.</source>
        <translation>L’enregistrement SPF se termine par «&#xa0;%1&#xa0;»&#xa0;: il autorise n’importe quel serveur au monde à envoyer en tant que %2.</translation>
    </message>
    <message>
        <source>Found one SPF record. Mail goes through the smarthost %1, whose SPF include RelayDesk does not know: make sure the record has the include: your provider documents.</source>
        <translation>Un enregistrement SPF trouvé. Le courrier passe par le smarthost %1, dont RelayDesk ne connaît pas l’include SPF&#xa0;: vérifiez que l’enregistrement contient l’include: indiqué par votre fournisseur.</translation>
    </message>
    <message>
        <source>Found and right: it includes %1 for the smarthost %2.</source>
        <translation>Trouvé et correct&#xa0;: il inclut %1 pour le smarthost %2.</translation>
    </message>
    <message>
        <source>The SPF record does not include %1, so mail relayed through the smarthost %2 fails SPF.</source>
        <translation>L’enregistrement SPF n’inclut pas %1&#xa0;: le courrier relayé par le smarthost %2 échoue donc au contrôle SPF.</translation>
    </message>
    <message>
        <source>Found one SPF record. RelayDesk cannot tell whether it covers the public address this office sends from: set delivery.public_address.</source>
        <translation>Un enregistrement SPF trouvé. RelayDesk ne peut pas savoir s’il couvre l’adresse publique depuis laquelle ce bureau envoie&#xa0;: définissez delivery.public_address.</translation>
    </message>
    <message>
        <source>No key record for the selector %1%2: receivers cannot verify the signatures it makes.</source>
        <translation>Aucun enregistrement de clé pour le sélecteur %1%2&#xa0;: les destinataires ne peuvent pas vérifier ses signatures.</translation>
    </message>
    <message>
        <source>%1 key records for the selector %2: receivers may pick any of them. Keep one.</source>
        <translation>%1 enregistrements de clé pour le sélecteur %2&#xa0;: les destinataires peuvent choisir n’importe lequel. Gardez-en un.</translation>
    </message>
    <message>
        <source>The key of the selector %1 is published empty (p=): that revokes it, and its signatures fail.</source>
        <translation>La clé du sélecteur %1 est publiée vide (p=)&#xa0;: cela la révoque, et ses signatures échouent.</translation>
    </message>
    <message>
        <source>The key published for the selector %1 is not the key RelayDesk signs with: its signatures fail.</source>
        <translation>La clé publiée pour le sélecteur %1 n’est pas celle avec laquelle RelayDesk signe&#xa0;: ses signatures échouent.</translation>
    </message>
    <message>
        <source>Found and right: the published key is the key of the selector %1%2.</source>
        <translation>Trouvé et correct&#xa0;: la clé publiée est celle du sélecteur %1%2.</translation>
    </message>
    <message>
        <source>No DMARC record: large mailbox providers expect one from bulk senders, and you get no reports of who sends as %1.</source>
        <translation>Aucun enregistrement DMARC&#xa0;: les grands fournisseurs de messagerie en attendent un des expéditeurs en masse, et vous ne recevez aucun rapport sur qui envoie en tant que %1.</translation>
    </message>
    <message>
        <source>%1 DMARC records: receivers ignore them all (RFC 7489 6.6.3). Keep one.</source>
        <translation>%1 enregistrements DMARC&#xa0;: les destinataires les ignorent tous (RFC 7489 6.6.3). Gardez-en un.</translation>
    </message>
    <message>
        <source>The DMARC record has no valid policy (p=none, quarantine or reject).</source>
        <translation>L’enregistrement DMARC n’a pas de politique valide (p=none, quarantine ou reject).</translation>
    </message>
    <message>
        <source>Found and right: the policy is p=%1.</source>
        <translation>Trouvé et correct&#xa0;: la politique est p=%1.</translation>
    </message>
    <message>
        <source>%1 MX 10 &lt;the mail server your mailbox provider names&gt;</source>
        <translation>%1 MX 10 &lt;le serveur de messagerie indiqué par votre fournisseur&gt;</translation>
    </message>
    <message>
        <source>No MX record: replies and bounces to %1 have nowhere to go, and some receivers refuse mail from a domain that cannot receive any.</source>
        <translation>Aucun enregistrement MX&#xa0;: les réponses et les rapports de non-remise vers %1 ne peuvent aller nulle part, et certains destinataires refusent le courrier d’un domaine qui ne peut pas en recevoir.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it says it receives no mail, and receivers refuse mail from it.</source>
        <translation>%1 publie un MX nul (RFC 7505)&#xa0;: il déclare ne recevoir aucun courrier, et les destinataires refusent le sien.</translation>
    </message>
    <message>
        <source>Found: %1 receives mail at %2.</source>
        <translation>Trouvé&#xa0;: %1 reçoit le courrier sur %2.</translation>
    </message>
    <message>
        <source>The PTR of the sending address could not be checked. </source>
        <translation>Le PTR de l’adresse d’envoi n’a pas pu être vérifié. </translation>
    </message>
    <message>
        <source>delivery.public_address = &lt;the public IP address this office sends from&gt;</source>
        <translation>delivery.public_address = &lt;l’adresse IP publique depuis laquelle ce bureau envoie&gt;</translation>
    </message>
    <message>
        <source>%1 PTR %2  (set by whoever provides the address, usually your ISP)
%2 %3 %4</source>
        <translation>%1 PTR %2  (défini par le fournisseur de l’adresse, en général votre FAI)
%2 %3 %4</translation>
    </message>
    <message>
        <source>The sending address %1 has no PTR (reverse DNS): many receivers refuse or distrust mail from it.</source>
        <translation>L’adresse d’envoi %1 n’a pas de PTR (DNS inverse)&#xa0;: beaucoup de destinataires refusent son courrier ou s’en méfient.</translation>
    </message>
    <message>
        <source>Found and right: %1 is %2, which resolves back to %1.</source>
        <translation>Trouvé et correct&#xa0;: %1 est %2, qui se résout à nouveau en %1.</translation>
    </message>
    <message>
        <source>The PTR of %1 names %2, which does not resolve to any address: receivers see no confirmed name (FCrDNS) and distrust the mail.</source>
        <translation>Le PTR de %1 indique %2, qui ne se résout en aucune adresse&#xa0;: les destinataires ne voient aucun nom confirmé (FCrDNS) et se méfient du courrier.</translation>
    </message>
    <message>
        <source>The PTR of %1 names %2, which resolves to %3, not back to %1: receivers see no confirmed name (FCrDNS) and distrust the mail.</source>
        <translation>Le PTR de %1 indique %2, qui se résout en %3 et non en %1&#xa0;: les destinataires ne voient aucun nom confirmé (FCrDNS) et se méfient du courrier.</translation>
    </message>
    <message>
        <source>The SPF record&apos;s &apos;%1&apos; allows a whole /%2 network, far more servers than yours, to send as %3.</source>
        <translation>«&#xa0;%1&#xa0;» dans l’enregistrement SPF autorise tout un réseau /%2, bien plus de serveurs que les vôtres, à envoyer en tant que %3.</translation>
    </message>
    <message>
        <source>The record of the selector %1 says h=%2: receivers then reject its sha256 signatures. Remove h= or add sha256.</source>
        <translation>L’enregistrement du sélecteur %1 indique h=%2&#xa0;: les destinataires rejettent alors ses signatures sha256. Supprimez h= ou ajoutez sha256.</translation>
    </message>
    <message>
        <source>The DMARC record starts &apos;%1&apos;: receivers ignore a record whose version is not exactly v=DMARC1 (RFC 7489 6.3).</source>
        <translation>L’enregistrement DMARC commence par «&#xa0;%1&#xa0;»&#xa0;: les destinataires ignorent un enregistrement dont la version n’est pas exactement v=DMARC1 (RFC 7489 6.3).</translation>
    </message>
    <message>
        <source>Found and right: its &apos;%2&apos; passes the sending address %1.</source>
        <translation>Trouvé et correct&#xa0;: son terme &apos;%2&apos; fait passer l’adresse d’envoi %1 (pass).</translation>
    </message>
    <message>
        <source>The SPF record fails the sending address %1: its &apos;%2&apos; is the first term that matches, and the first match decides (RFC 7208 4.6.2). Mail sent to MX hosts directly fails SPF.</source>
        <translation>L’enregistrement SPF fait échouer l’adresse d’envoi %1 (fail)&#xa0;: son terme &apos;%2&apos; est le premier qui correspond, et la première correspondance décide (RFC 7208 4.6.2). Le courrier envoyé directement aux hôtes MX échoue à SPF.</translation>
    </message>
    <message>
        <source>The SPF record gives the sending address %1 a softfail: its &apos;%2&apos; is the first term that matches (RFC 7208 4.6.2, 8.5), and receivers treat the mail as suspect. Only a pass is right.</source>
        <translation>L’enregistrement SPF donne un softfail à l’adresse d’envoi %1&#xa0;: son terme &apos;%2&apos; est le premier qui correspond (RFC 7208 4.6.2, 8.5), et les destinataires tiennent le courrier pour suspect. Seul un pass est correct.</translation>
    </message>
    <message>
        <source>The SPF record gives the sending address %1 a neutral result: its &apos;%2&apos; is the first term that matches (RFC 7208 4.6.2, 8.2), which says nothing for the mail. Only a pass is right.</source>
        <translation>L’enregistrement SPF donne un résultat neutre à l’adresse d’envoi %1&#xa0;: son terme &apos;%2&apos; est le premier qui correspond (RFC 7208 4.6.2, 8.2) et ne dit rien en faveur du courrier. Seul un pass est correct.</translation>
    </message>
    <message>
        <source>Whether the SPF record passes the sending address %1 could not be determined: its &apos;%2&apos; comes before any ip4: or ip6: term that matches %1, and RelayDesk does not follow a, mx, include:, exists:, ptr or redirect=. Make sure it passes %1, or list %1 before it, as below.</source>
        <translation>Impossible de déterminer si l’enregistrement SPF fait passer l’adresse d’envoi %1&#xa0;: son terme &apos;%2&apos; précède tout terme ip4: ou ip6: qui correspond à %1, et RelayDesk ne suit pas a, mx, include:, exists:, ptr ni redirect=. Assurez-vous qu’il fait passer %1, ou indiquez %1 avant lui, comme ci-dessous.</translation>
    </message>
    <message>
        <source>The SPF record&apos;s &apos;%1&apos; is not valid SPF: receivers give the whole record a permanent error (RFC 7208 4.6), and nothing passes. Correct it.</source>
        <translation>Le terme &apos;%1&apos; de l’enregistrement SPF n’est pas du SPF valide&#xa0;: les destinataires donnent une erreur permanente à tout l’enregistrement (RFC 7208 4.6), et rien ne passe. Corrigez-le.</translation>
    </message>
    <message>
        <source>The SPF record does not cover the sending address %1: no term matches it, a neutral result (RFC 7208 4.7), so mail sent to MX hosts directly does not pass SPF.</source>
        <translation>L’enregistrement SPF ne couvre pas l’adresse d’envoi %1&#xa0;: aucun terme ne lui correspond, un résultat neutre (RFC 7208 4.7), donc le courrier envoyé directement aux hôtes MX ne passe pas SPF.</translation>
    </message>
    <message>
        <source>The record of the selector %1 says v=%2: receivers discard a key record whose version is not DKIM1 (RFC 6376 3.6.1). Publish it with v=DKIM1, as below.</source>
        <translation>L’enregistrement du sélecteur %1 indique v=%2&#xa0;: les destinataires écartent un enregistrement de clé dont la version n’est pas DKIM1 (RFC 6376 3.6.1). Publiez-le avec v=DKIM1, comme ci-dessous.</translation>
    </message>
    <message>
        <source>The record of the selector %1 has v= after other tags: v=DKIM1 must be the first tag (RFC 6376 3.6.1), and receivers may discard the record. Publish it as below.</source>
        <translation>L’enregistrement du sélecteur %1 a v= après d’autres balises&#xa0;: v=DKIM1 doit être la première balise (RFC 6376 3.6.1), et les destinataires peuvent écarter l’enregistrement. Publiez-le comme ci-dessous.</translation>
    </message>
    <message>
        <source>The record of the selector %1 gives %2= twice: receivers treat it as an error (RFC 6376 3.2). Publish it as below.</source>
        <translation>L’enregistrement du sélecteur %1 donne %2= deux fois&#xa0;: les destinataires le traitent comme une erreur (RFC 6376 3.2). Publiez-le comme ci-dessous.</translation>
    </message>
    <message>
        <source>The record of the selector %1 says s=%2: its key is not for mail (the service types list neither * nor email, RFC 6376 3.6.1), so receivers do not use it. Remove s= or publish s=email, as below.</source>
        <translation>L’enregistrement du sélecteur %1 indique s=%2&#xa0;: sa clé n’est pas destinée au courrier (les types de service ne citent ni * ni email, RFC 6376 3.6.1), donc les destinataires ne l’utilisent pas. Retirez s= ou publiez s=email, comme ci-dessous.</translation>
    </message>
    <message>
        <source>The record of the selector %1 says k=%2, but the key is %3: publish k=%3, as below.</source>
        <translation>L’enregistrement du sélecteur %1 indique k=%2, mais la clé est %3&#xa0;: publiez k=%3, comme ci-dessous.</translation>
    </message>
    <message>
        <source>It says t=y (testing): receivers may treat its signatures as absent. Remove t=y once mail verifies.</source>
        <translation>Il indique t=y (test)&#xa0;: les destinataires peuvent traiter ses signatures comme absentes. Retirez t=y dès que le courrier est vérifié.</translation>
    </message>
    <message>
        <source>The SPF record&apos;s &apos;%1&apos; comes before its %2: receivers stop at &apos;%1&apos;, so mail relayed through the smarthost %3 does not pass SPF (RFC 7208 4.6.2, 5.1).</source>
        <translation>Le terme &apos;%1&apos; de l’enregistrement SPF précède son %2&#xa0;: les destinataires s’arrêtent à &apos;%1&apos;, donc le courrier relayé par le smarthost %3 ne passe pas SPF (RFC 7208 4.6.2, 5.1).</translation>
    </message>
    <message>
        <source>The SPF record has &apos;%1&apos;: the servers of the smarthost %2 match it with its qualifier&apos;s result, not a pass (RFC 7208 4.6.2). Publish it without the qualifier, as below.</source>
        <translation>L’enregistrement SPF contient &apos;%1&apos;&#xa0;: les serveurs du smarthost %2 y correspondent avec le résultat de son qualificatif, pas un pass (RFC 7208 4.6.2). Publiez-le sans qualificatif, comme ci-dessous.</translation>
    </message>
    <message>
        <source> (replaced by a rotation; kept for the mail already signed with it)</source>
        <translation> (remplacée par un renouvellement&#xa0;; conservée pour le courrier déjà signé avec elle)</translation>
    </message>
    <message>
        <source>RelayDesk does not know the public address this office sends from. Set it under Settings, Delivery, Public sending address (relaydesk config set delivery.public_address ADDRESS).</source>
        <translation>RelayDesk ne connaît pas l’adresse publique depuis laquelle ce bureau envoie. Indiquez-la dans Paramètres, Remise, «&#xa0;Adresse d’envoi publique&#xa0;» (relaydesk config set delivery.public_address ADRESSE).</translation>
    </message>
    <message>
        <source>This machine sends from %1, a private address: receivers see the office&apos;s public address instead (NAT). Set that one under Settings, Delivery, Public sending address (relaydesk config set delivery.public_address ADDRESS).</source>
        <translation>Cette machine envoie depuis %1, une adresse privée&#xa0;: les destinataires voient à la place l’adresse publique du bureau (NAT). Indiquez celle-ci dans Paramètres, Remise, «&#xa0;Adresse d’envoi publique&#xa0;» (relaydesk config set delivery.public_address ADRESSE).</translation>
    </message>
    <message>
        <source>Checked %1, the address this machine uses for outbound connections. If the office sends from another public address (NAT), set it under Settings, Delivery, Public sending address (relaydesk config set delivery.public_address ADDRESS).</source>
        <translation>Adresse vérifiée&#xa0;: %1, celle que cette machine utilise pour ses connexions sortantes. Si le bureau envoie depuis une autre adresse publique (NAT), indiquez-la dans Paramètres, Remise, «&#xa0;Adresse d’envoi publique&#xa0;» (relaydesk config set delivery.public_address ADRESSE).</translation>
    </message>
    <message>
        <source>RelayDesk has no DKIM keys for %1, so its mail is not signed. Create them (&quot;Create DKIM keys&quot; on the agent&apos;s Sender domains tab, or &apos;relaydesk domain dkim %1&apos;), then publish their records (&quot;Copy records&quot;, or what &apos;relaydesk domain records %1&apos; prints).</source>
        <translation>RelayDesk n’a aucune clé DKIM pour %1&#xa0;: son courrier n’est donc pas signé. Créez-les («&#xa0;Créer les clés DKIM&#xa0;» dans l’onglet «&#xa0;Domaines&#xa0;» de l’agent, ou «&#xa0;relaydesk domain dkim %1&#xa0;»), puis publiez leurs enregistrements («&#xa0;Copier les enregistrements&#xa0;», ou ce qu’affiche «&#xa0;relaydesk domain records %1&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>RelayDesk::DomainName</name>
    <message>
        <source>a domain name is needed</source>
        <translation>un nom de domaine est nécessaire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an address, not a domain name (give only the part after &apos;@&apos;)</source>
        <translation>«&#xa0;%1&#xa0;» est une adresse, pas un nom de domaine (indiquez seulement la partie après «&#xa0;@&#xa0;»)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid internationalized domain name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de domaine internationalisé valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too long for a domain name (at most %2 characters)</source>
        <translation>«&#xa0;%1&#xa0;» est trop long pour un nom de domaine (%2 caractères au plus)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain a message can come from: give the full name, e.g. example.com</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un domaine d’où un message peut venir&#xa0;: indiquez le nom complet, par exemple example.com</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty label (two dots in a row?)</source>
        <translation>«&#xa0;%1&#xa0;» contient une partie vide (deux points à la suite&#xa0;?)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a label longer than %2 characters</source>
        <translation>«&#xa0;%1&#xa0;» contient une partie de plus de %2 caractères</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name: use letters, digits, hyphens and dots</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de domaine valide&#xa0;: utilisez des lettres, des chiffres, des tirets et des points</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name: a label may not start or end with a hyphen</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de domaine valide&#xa0;: une partie ne peut ni commencer ni finir par un tiret</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an IP address, not a domain name (its last label is all digits)</source>
        <translation>«&#xa0;%1&#xa0;» est une adresse IP, pas un nom de domaine (sa dernière partie n’a que des chiffres)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::DomainRecordsHtml</name>
    <message>
        <source>Right</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Incorrect</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Publish these records in the DNS of %1 (your DNS provider&apos;s form, or a zone file):</source>
        <translation>Publiez ces enregistrements dans le DNS de %1 (formulaire de votre fournisseur DNS ou fichier de zone)&#xa0;:</translation>
    </message>
    <message>
        <source>DKIM key %1 (%2, grace period)</source>
        <translation>Clé DKIM %1 (%2, période de grâce)</translation>
    </message>
    <message>
        <source>DKIM key %1 (%2)</source>
        <translation>Clé DKIM %1 (%2)</translation>
    </message>
    <message>
        <source>DNS check of %1 through the system resolver:</source>
        <translation>Vérification DNS de %1 par le résolveur du système&#xa0;:</translation>
    </message>
    <message>
        <source>DNS check of %1 through the name server %2:</source>
        <translation>Vérification DNS de %1 par le serveur de noms %2&#xa0;:</translation>
    </message>
    <message>
        <source>DKIM key %1</source>
        <translation>Clé DKIM %1</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Trouvé&#xa0;:</translation>
    </message>
    <message>
        <source>Publish instead:</source>
        <translation>Publier à la place&#xa0;:</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>DNS records for %1, as a zone file takes them (names end with a dot).</source>
        <translation>Enregistrements DNS de %1, tels qu’un fichier de zone les prend (les noms finissent par un point).</translation>
    </message>
    <message>
        <source>In a DNS provider&apos;s form, give the name without .%1 (or @ for %1 itself), the type TXT, and the text between the quotes.</source>
        <translation>Dans le formulaire d’un fournisseur DNS, donnez le nom sans .%1 (ou @ pour %1 lui-même), le type TXT et le texte entre les guillemets.</translation>
    </message>
    <message>
        <source>Replace the placeholder first; until then this line is a comment:</source>
        <translation>Remplacez d’abord l’espace réservé&#xa0;; d’ici là, cette ligne est un commentaire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RelayDesk::DomainsPanel</name>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>DKIM selectors</source>
        <translation>Sélecteurs DKIM</translation>
    </message>
    <message>
        <source>Create DKIM keys</source>
        <translation>Créer les clés DKIM</translation>
    </message>
    <message>
        <source>Rotate DKIM...</source>
        <translation>Renouveler DKIM…</translation>
    </message>
    <message>
        <source>Check DNS</source>
        <translation>Vérifier le DNS</translation>
    </message>
    <message>
        <source>Copy records</source>
        <translation>Copier les enregistrements</translation>
    </message>
    <message>
        <source>%1 (grace period)</source>
        <translation>%1 (période de grâce)</translation>
    </message>
    <message>
        <source>none: mail is not signed</source>
        <translation>aucun&#xa0;: le courrier n’est pas signé</translation>
    </message>
    <message>
        <source>This agent has no sender domains yet: add them with Edit...</source>
        <translation>Cet agent n’a encore aucun domaine d’expédition&#xa0;: ajoutez-les avec Modifier…</translation>
    </message>
    <message>
        <source>Mail from %1 is not signed yet. Create DKIM keys, then publish the records shown here.</source>
        <translation>Le courrier de %1 n’est pas encore signé. Créez les clés DKIM, puis publiez les enregistrements affichés ici.</translation>
    </message>
    <message>
        <source>Rotate DKIM keys</source>
        <translation>Renouveler les clés DKIM</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Making DKIM keys for %1...</source>
        <translation>Création des clés DKIM pour %1…</translation>
    </message>
    <message>
        <source>DKIM keys not changed</source>
        <translation>Clés DKIM inchangées</translation>
    </message>
    <message>
        <source>New DKIM keys for %1: publish their records now.</source>
        <translation>Nouvelles clés DKIM pour %1&#xa0;: publiez maintenant leurs enregistrements.</translation>
    </message>
    <message>
        <source>DKIM keys for %1 created: publish their records.</source>
        <translation>Clés DKIM pour %1 créées&#xa0;: publiez leurs enregistrements.</translation>
    </message>
    <message>
        <source>Checking the DNS records of %1...</source>
        <translation>Vérification des enregistrements DNS de %1…</translation>
    </message>
    <message>
        <source>Every record is published and right.</source>
        <translation>Tous les enregistrements sont publiés et corrects.</translation>
    </message>
    <message>
        <source>Some records are missing or wrong: publish what is shown.</source>
        <translation>Certains enregistrements manquent ou sont incorrects&#xa0;: publiez ce qui est affiché.</translation>
    </message>
    <message>
        <source>No record is wrong, but some could not be judged from here: read their notes.</source>
        <translation>Aucun enregistrement n’est faux, mais certains n’ont pas pu être jugés d’ici&#xa0;: lisez leurs remarques.</translation>
    </message>
    <message>
        <source>%1 right, %2 missing or wrong, %3 not checked or not judged</source>
        <translation>%1 correct(s), %2 manquant(s) ou erroné(s), %3 non vérifié(s) ou non jugé(s)</translation>
    </message>
    <message>
        <source>Some records could not be checked: the name server did not answer for them (each note says how).</source>
        <translation>Certains enregistrements n’ont pas pu être vérifiés&#xa0;: le serveur de noms n’a pas répondu pour eux (chaque note dit comment).</translation>
    </message>
    <message numerus="yes">
        <source>Make new DKIM keys for %1? Publish their records right away. For %n day(s) its mail is signed with the current keys as well, so that it verifies while the new records reach the DNS; then the current keys are removed with their private keys.</source>
        <translation>
            <numerusform>Créer de nouvelles clés DKIM pour %1&#xa0;? Publiez leurs enregistrements tout de suite. Pendant %n&#xa0;jour, son courrier est aussi signé avec les clés actuelles, pour qu’il soit vérifiable pendant que les nouveaux enregistrements gagnent le DNS&#xa0;; ensuite les clés actuelles sont supprimées avec leurs clés privées.</numerusform>
            <numerusform>Créer de nouvelles clés DKIM pour %1&#xa0;? Publiez leurs enregistrements tout de suite. Pendant %n&#xa0;jours, son courrier est aussi signé avec les clés actuelles, pour qu’il soit vérifiable pendant que les nouveaux enregistrements gagnent le DNS&#xa0;; ensuite les clés actuelles sont supprimées avec leurs clés privées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (cannot sign: its private key is missing)</source>
        <translation>%1 (ne peut pas signer&#xa0;: clé privée manquante)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::EngineHost</name>
    <message>
        <source>Start relay here</source>
        <translation>Démarrer le relais ici</translation>
    </message>
    <message>
        <source>Run the relay in this window. Until then, the window attaches again as soon as a relay runs on its data directory.</source>
        <translation>Exécuter le relais dans cette fenêtre. D’ici là, la fenêtre se rattache dès qu’un relais tourne sur son répertoire de données.</translation>
    </message>
    <message>
        <source>The relay runs in process %1, but this window cannot reach its control channel: %2</source>
        <translation>Le relais tourne dans le processus %1, mais cette fenêtre ne peut pas joindre son canal de contrôle&#xa0;: %2</translation>
    </message>
    <message>
        <source>the channel closed</source>
        <translation>le canal s’est fermé</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>Relay in this window</source>
        <translation>Relais dans cette fenêtre</translation>
    </message>
    <message>
        <source>Relay in this window (stopped)</source>
        <translation>Relais dans cette fenêtre (arrêté)</translation>
    </message>
    <message>
        <source>The relay service (pid %1) has stopped or gone away</source>
        <translation>Le service de relais (pid %1) s’est arrêté ou a disparu</translation>
    </message>
    <message>
        <source>The relay of the other window (pid %1) has stopped</source>
        <translation>Le relais de l’autre fenêtre (pid %1) s’est arrêté</translation>
    </message>
    <message>
        <source>Relay service (pid %1, since %2)</source>
        <translation>Service de relais (pid %1, depuis %2)</translation>
    </message>
    <message>
        <source>Relay in another RelayDesk window (pid %1, since %2)</source>
        <translation>Relais dans une autre fenêtre RelayDesk (pid %1, depuis %2)</translation>
    </message>
    <message>
        <source>%1. The window attaches again as soon as a relay runs on its data directory.</source>
        <translation>%1. La fenêtre se rattache dès qu’un relais tourne sur son répertoire de données.</translation>
    </message>
    <message>
        <source>Relay in this window: waiting for the store</source>
        <translation>Relais dans cette fenêtre&#xa0;: en attente du stockage</translation>
    </message>
    <message>
        <source>%1. The relay starts by itself once the store answers.</source>
        <translation>%1. Le relais démarre de lui-même dès que le stockage répond.</translation>
    </message>
    <message>
        <source>Run in this window</source>
        <translation>Lancer dans cette fenêtre</translation>
    </message>
    <message>
        <source>The data directory %1 belongs to %2: it is the relay service&apos;s. Start the service again (sudo systemctl start relaydesk) rather than here: a relay in this window runs as you, stops when you quit or log out, cannot listen on ports below 1024, and the service cannot start while it runs.

Run the relay in this window all the same?</source>
        <translation>Le répertoire de données %1 appartient à %2&#xa0;: c’est celui du service de relais. Redémarrez plutôt le service (sudo systemctl start relaydesk)&#xa0;: un relais dans cette fenêtre tourne sous votre compte, s’arrête quand vous quittez ou fermez votre session, ne peut pas écouter sur les ports inférieurs à 1024, et le service ne peut pas démarrer tant qu’il tourne.

Lancer quand même le relais dans cette fenêtre&#xa0;?</translation>
    </message>
    <message>
        <source>Relay in this window: stopped for the restore</source>
        <translation>Relais dans cette fenêtre&#xa0;: arrêté pour la restauration</translation>
    </message>
    <message>
        <source>the relay service is not running</source>
        <translation>le service de relais ne tourne pas</translation>
    </message>
    <message>
        <source>The data directory %1 belongs to %2: it is the relay service&apos;s. Start the service again (systemctl start relaydesk) rather than here: a relay in this window runs as you, stops when you quit or log out, and the service cannot start while it runs.

Run the relay in this window all the same?</source>
        <translation>Le répertoire de données %1 appartient à %2&#xa0;: c’est celui du service de relais. Redémarrez plutôt le service (systemctl start relaydesk)&#xa0;: un relais dans cette fenêtre tourne sous votre compte, s’arrête quand vous quittez ou fermez votre session, et le service ne peut pas démarrer tant qu’il tourne.

Lancer quand même le relais dans cette fenêtre&#xa0;?</translation>
    </message>
    <message>
        <source>The relay service is not running</source>
        <translation>Le service de relais ne tourne pas</translation>
    </message>
    <message>
        <source>Start it with sudo systemctl start relaydesk: the window attaches as soon as it runs.</source>
        <translation>Démarrez-le avec sudo systemctl start relaydesk&#xa0;: la fenêtre s’y rattache dès qu’il tourne.</translation>
    </message>
    <message>
        <source>The RelayDesk that was quit a moment ago (pid %1) is still finishing a delivery under way, for at most 20 seconds. This window starts then.</source>
        <translation>Le RelayDesk fermé à l’instant (PID %1) termine encore une remise en cours, pendant 20 secondes au plus. Cette fenêtre démarre ensuite.</translation>
    </message>
    <message>
        <source>The relay service (pid %1) is stopping: it finishes a delivery under way, for at most 20 seconds. This window starts then.</source>
        <translation>Le service relais (PID %1) s’arrête&#xa0;: il termine une remise en cours, pendant 20 secondes au plus. Cette fenêtre démarre ensuite.</translation>
    </message>
    <message>
        <source>RelayDesk</source>
        <translation>RelayDesk</translation>
    </message>
    <message>
        <source>The data directory %1 no longer exists: it was moved or removed. Nothing was started and nothing was created there. Open RelayDesk on the directory where it is now (relaydesk --data-dir DIRECTORY), or put it back.</source>
        <translation>Le répertoire de données %1 n’existe plus&#xa0;: il a été déplacé ou supprimé. Rien n’a été démarré et rien n’y a été créé. Ouvrez RelayDesk sur le répertoire là où il se trouve maintenant (relaydesk --data-dir RÉPERTOIRE), ou remettez-le en place.</translation>
    </message>
    <message>
        <source>The data directory %1 was not found: it was moved or removed.</source>
        <translation>Le répertoire de données %1 est introuvable&#xa0;: il a été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>The relay did not start</source>
        <translation>Le relais n’a pas démarré</translation>
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
        <translation>Le relais s’est arrêté.</translation>
    </message>
    <message>
        <source>RelayDesk: listener %1 is down: %2</source>
        <translation>RelayDesk&#xa0;: l’écouteur %1 est hors service&#xa0;: %2</translation>
    </message>
    <message>
        <source>RelayDesk: the relay is stopped</source>
        <translation>RelayDesk&#xa0;: le relais est arrêté</translation>
    </message>
    <message>
        <source>RelayDesk: %1</source>
        <translation>RelayDesk&#xa0;: %1</translation>
    </message>
    <message>
        <source>RelayDesk: relaying</source>
        <translation>RelayDesk&#xa0;: relais actif</translation>
    </message>
    <message>
        <source>Queue action failed</source>
        <translation>L’action sur la file a échoué</translation>
    </message>
    <message>
        <source>this window shows the relay service (pid %1) and cannot restart it; restart the service (for example &quot;systemctl restart relaydesk&quot;) to apply the change</source>
        <translation>cette fenêtre affiche le service de relais (pid %1) et ne peut pas le redémarrer&#xa0;; redémarrez le service (par exemple «&#xa0;systemctl restart relaydesk&#xa0;») pour appliquer la modification</translation>
    </message>
    <message>
        <source>this window shows the relay of another RelayDesk window (pid %1) and cannot restart it; restart it from that window</source>
        <translation>cette fenêtre affiche le relais d’une autre fenêtre RelayDesk (pid %1) et ne peut pas le redémarrer&#xa0;; redémarrez-le depuis cette fenêtre-là</translation>
    </message>
    <message numerus="yes">
        <source>%n of them was being delivered: that delivery may still complete, and the Delivery Logs will show it.</source>
        <translation>
            <numerusform>%n d’entre eux était en cours de remise&#xa0;: cette remise peut encore aboutir, les journaux de remise le montreront.</numerusform>
            <numerusform>%n d’entre eux étaient en cours de remise&#xa0;: ces remises peuvent encore aboutir, les journaux de remise le montreront.</numerusform>
        </translation>
    </message>
    <message>
        <source>RelayDesk: listener %1 is not listening</source>
        <translation>RelayDesk&#xa0;: l’écouteur %1 n’écoute pas</translation>
    </message>
    <message>
        <source>RelayDesk: the relay does not answer</source>
        <translation>RelayDesk&#xa0;: le relais ne répond pas</translation>
    </message>
    <message numerus="yes">
        <source>Working on %Ln message(s)...</source>
        <translation>
            <numerusform>Traitement de %Ln message…</numerusform>
            <numerusform>Traitement de %Ln messages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) will be tried as soon as the relay runs again: it is not running now.</source>
        <translation>
            <numerusform>%Ln message sera tenté dès que le relais tournera de nouveau&#xa0;: il ne tourne pas en ce moment.</numerusform>
            <numerusform>%Ln messages seront tentés dès que le relais tournera de nouveau&#xa0;: il ne tourne pas en ce moment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) will be retried now.</source>
        <translation>
            <numerusform>%Ln message va être réessayé maintenant.</numerusform>
            <numerusform>%Ln messages vont être réessayés maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) will be tried as soon as delivery is turned on: it is off (Settings, Delivery, &quot;Deliver queued mail&quot;).</source>
        <translation>
            <numerusform>%Ln message sera tenté dès que la remise sera activée&#xa0;: elle est désactivée (Paramètres, Remise, «&#xa0;Distribuer le courrier en attente&#xa0;»).</numerusform>
            <numerusform>%Ln messages seront tentés dès que la remise sera activée&#xa0;: elle est désactivée (Paramètres, Remise, «&#xa0;Distribuer le courrier en attente&#xa0;»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) on hold not retried: release them first.</source>
        <translation>
            <numerusform>%Ln message suspendu non réessayé&#xa0;: libérez-le d’abord.</numerusform>
            <numerusform>%Ln messages suspendus non réessayés&#xa0;: libérez-les d’abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) held: not delivered until released.</source>
        <translation>
            <numerusform>%Ln message suspendu&#xa0;: il n’est pas remis jusqu’à sa libération.</numerusform>
            <numerusform>%Ln messages suspendus&#xa0;: ils ne sont pas remis jusqu’à leur libération.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) held: not delivered from now on until released; a delivery already under way may still complete.</source>
        <translation>
            <numerusform>%Ln message suspendu : il n’est plus remis jusqu’à sa libération ; une remise déjà en cours peut encore aboutir.</numerusform>
            <numerusform>%Ln messages suspendus : ils ne sont plus remis jusqu’à leur libération ; une remise déjà en cours peut encore aboutir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) already held; nothing changed for them.</source>
        <translation>
            <numerusform>%Ln message déjà suspendu&#xa0;; rien n’a changé pour lui.</numerusform>
            <numerusform>%Ln messages déjà suspendus&#xa0;; rien n’a changé pour eux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) released: delivered once the relay runs again; it is not running now.</source>
        <translation>
            <numerusform>%Ln message libéré&#xa0;: remis dès que le relais tournera de nouveau&#xa0;; il ne tourne pas en ce moment.</numerusform>
            <numerusform>%Ln messages libérés&#xa0;: remis dès que le relais tournera de nouveau&#xa0;; il ne tourne pas en ce moment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) released.</source>
        <translation>
            <numerusform>%Ln message libéré.</numerusform>
            <numerusform>%Ln messages libérés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) not held; nothing changed for them.</source>
        <translation>
            <numerusform>%Ln message n’était pas suspendu&#xa0;; rien n’a changé pour lui.</numerusform>
            <numerusform>%Ln messages n’étaient pas suspendus&#xa0;; rien n’a changé pour eux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) deleted.</source>
        <translation>
            <numerusform>%Ln message supprimé.</numerusform>
            <numerusform>%Ln messages supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) bounced.</source>
        <translation>
            <numerusform>%Ln message retourné à son expéditeur.</numerusform>
            <numerusform>%Ln messages retournés à leurs expéditeurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) had already left the queue (delivered, bounced or deleted meanwhile).</source>
        <translation>
            <numerusform>%Ln message avait déjà quitté la file d’attente (remis, retourné ou supprimé entre-temps).</numerusform>
            <numerusform>%Ln messages avaient déjà quitté la file d’attente (remis, retournés ou supprimés entre-temps).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) could not be changed.</source>
        <translation>
            <numerusform>%Ln message n’a pas pu être modifié.</numerusform>
            <numerusform>%Ln messages n’ont pas pu être modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) had waited longer than the give-up time (Settings, Delivery: Give up after): one more attempt each; a recipient it does not deliver bounces and its sender is told.</source>
        <translation>
            <numerusform>%Ln message avait attendu plus longtemps que le délai d’abandon (Paramètres, Remise&#xa0;: Abandonner après)&#xa0;: encore une tentative&#xa0;; un destinataire qu’elle ne remet pas passe en échec et l’expéditeur en est averti.</numerusform>
            <numerusform>%Ln messages avaient attendu plus longtemps que le délai d’abandon (Paramètres, Remise&#xa0;: Abandonner après)&#xa0;: encore une tentative chacun&#xa0;; un destinataire qu’elle ne remet pas passe en échec et l’expéditeur en est averti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::EngineLockDialog</name>
    <message>
        <source>RelayDesk cannot start the relay</source>
        <translation>RelayDesk ne peut pas démarrer le relais</translation>
    </message>
    <message>
        <source>Data directory: %1

Two relays on one data directory would compete for its ports and its queue, so this window does not start another one. Stop the running one (the service with &quot;systemctl stop relaydesk&quot;), or start RelayDesk with another --data-dir.</source>
        <translation>Répertoire de données&#xa0;: %1

Deux relais sur un même répertoire de données se disputeraient ses ports et sa file d’attente&#xa0;; cette fenêtre n’en démarre donc pas un second. Arrêtez celui qui tourne (le service, avec «&#xa0;systemctl stop relaydesk&#xa0;») ou démarrez RelayDesk avec un autre --data-dir.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>A relay service already runs on this data directory (pid %1, since %2).</source>
        <translation>Un service de relais tourne déjà sur ce répertoire de données (PID %1, depuis %2).</translation>
    </message>
    <message>
        <source>A RelayDesk window already runs the relay on this data directory (pid %1, since %2).</source>
        <translation>Une fenêtre RelayDesk fait déjà tourner le relais sur ce répertoire de données (PID %1, depuis %2).</translation>
    </message>
    <message>
        <source>Data directory: %1

This window would show that relay, but cannot reach its control channel: %2

Two relays on one data directory would compete for its ports and its queue, so this window does not start another one. Run RelayDesk as the relay&apos;s user (or a member of its group), stop the running relay (the service with &quot;systemctl stop relaydesk&quot;), or start RelayDesk with another --data-dir.</source>
        <translation>Répertoire de données&#xa0;: %1

Cette fenêtre afficherait ce relais, mais ne peut pas joindre son canal de contrôle&#xa0;: %2

Deux relais sur un même répertoire de données se disputeraient ses ports et sa file d’attente, cette fenêtre n’en démarre donc pas un second. Lancez RelayDesk sous l’utilisateur du relais (ou un membre de son groupe), arrêtez le relais en cours (le service avec «&#xa0;systemctl stop relaydesk&#xa0;») ou démarrez RelayDesk avec un autre --data-dir.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::FirstRunWizard</name>
    <message>
        <source>RelayDesk setup</source>
        <translation>Configuration de RelayDesk</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Passer cette étape</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Close the setup wizard? What you entered for this Mail Agent is lost; what the earlier steps saved stays.</source>
        <translation>Fermer l’assistant de configuration&#xa0;? Ce que vous avez saisi pour cet agent de messagerie est perdu&#xa0;; ce que les étapes précédentes ont enregistré reste.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>RelayDesk::HostAndPort</name>
    <message>
        <source>&apos;%1&apos; is not a valid host name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’hôte valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: missing &apos;]&apos;</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: «&#xa0;]&#xa0;» manquant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme HÔTE:PORT</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write IPv6 addresses in brackets, e.g. [2001:db8::1]:25</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: écrivez les adresses IPv6 entre crochets, p. ex. [2001:db8::1]:25</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IPv6</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port between 1 and 65535</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un port entre 1 et 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name, and as an address it would be %2: write an IPv4 address as four numbers, e.g. %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’hôte, et comme adresse ce serait %2&#xa0;: écrivez une adresse IPv4 en quatre nombres, par exemple %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name (a name&apos;s last part is not a number) nor an IPv4 address of four numbers</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un nom d’hôte (la dernière partie d’un nom n’est pas un nombre) ni une adresse IPv4 de quatre nombres</translation>
    </message>
</context>
<context>
    <name>RelayDesk::HostPort</name>
    <message>
        <source>&apos;%1&apos;: write IPv6 addresses in brackets, e.g. [::1]:2587</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: écrivez les adresses IPv6 entre crochets, p. ex. [::1]:2587</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not ADDRESS:PORT (e.g. 127.0.0.1:2587 or [::1]:2587)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme ADRESSE:PORT (p. ex. 127.0.0.1:2587 ou [::1]:2587)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port between 1 and 65535</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un port entre 1 et 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IP</translation>
    </message>
</context>
<context>
    <name>RelayDesk::HostPortSyntax</name>
    <message>
        <source>&apos;%1&apos;: give %2 without a scheme such as %3</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: indiquez %2 sans schéma tel que %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; ends with &apos;:&apos; but no port</source>
        <translation>«&#xa0;%1&#xa0;» se termine par «&#xa0;:&#xa0;» sans port</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ListenerDownNotice</name>
    <message>
        <source>%1 is not listening on %2: %3</source>
        <translation>%1 n’écoute pas sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>RelayDesk::LockoutsPanel</name>
    <message>
        <source>Addresses locked out of AUTH</source>
        <translation>Adresses bloquées pour l’authentification</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Locked since</source>
        <translation>Bloquée depuis</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’à</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Dernier échec</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Let this address try to log in again now</source>
        <translation>Autoriser cette adresse à s’authentifier de nouveau dès maintenant</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Cannot read the lockouts: %1</source>
        <translation>Impossible de lire les blocages&#xa0;: %1</translation>
    </message>
    <message>
        <source>No address is locked out.</source>
        <translation>Aucune adresse n’est bloquée.</translation>
    </message>
    <message>
        <source>Unlocked: %1 may log in again.</source>
        <translation>Débloquée&#xa0;: %1 peut de nouveau s’authentifier.</translation>
    </message>
    <message>
        <source>Cannot unlock %1: %2</source>
        <translation>Impossible de débloquer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>mot de passe erroné</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>nom d’utilisateur inconnu</translation>
    </message>
    <message>
        <source>credential revoked</source>
        <translation>identifiants révoqués</translation>
    </message>
    <message>
        <source>agent disabled</source>
        <translation>agent désactivé</translation>
    </message>
    <message>
        <source>authorization identity not permitted</source>
        <translation>identité d’autorisation non permise</translation>
    </message>
    <message>
        <source>address %1 not on the agent&apos;s allowlist</source>
        <translation>adresse %1 absente de la liste des adresses autorisées de l’agent</translation>
    </message>
    <message>
        <source>%1 was locked out again after it was unlocked: it went on giving wrong passwords. Leave a guessing address locked, and block it in the firewall.</source>
        <translation>%1 a de nouveau été bloquée après son déblocage&#xa0;: elle a continué à donner de mauvais mots de passe. Laissez bloquée une adresse qui devine des mots de passe, et bloquez-la dans le pare-feu.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::LogFilterBar</name>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>From this time on (included)</source>
        <translation>À partir de ce moment (inclus)</translation>
    </message>
    <message>
        <source>Up to this time (not included)</source>
        <translation>Jusqu’à ce moment (exclu)</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>ID de file</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Mots à chercher</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>Le début doit précéder la fin.</translation>
    </message>
    <message>
        <source>Recipient contains</source>
        <translation>Le destinataire contient</translation>
    </message>
    <message>
        <source>Shows the rows whose recipient, sender, subject, reply, queue ID or Message-ID hold every word typed here.</source>
        <translation>Affiche les lignes dont le destinataire, l’expéditeur, l’objet, la réponse, l’ID de file ou le Message-ID contiennent chaque mot saisi ici.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
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
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Mail Agents</source>
        <translation>Agents de messagerie</translation>
    </message>
    <message>
        <source>Live Sessions</source>
        <translation>Sessions en cours</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>Delivery Logs</source>
        <translation>Journaux de remise</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Setup wizard...</source>
        <translation>&amp;Assistant de configuration…</translation>
    </message>
    <message>
        <source>Look up a &amp;reply code...</source>
        <translation>Rechercher un code de &amp;réponse…</translation>
    </message>
    <message>
        <source>&amp;About RelayDesk</source>
        <translation>À &amp;propos de RelayDesk</translation>
    </message>
    <message>
        <source>About RelayDesk</source>
        <translation>À propos de RelayDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;RelayDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A mail relay for the office: applications and devices submit mail, RelayDesk delivers it and shows what became of it.&lt;/p&gt;&lt;p&gt;Data directory: %2&lt;br&gt;Qt %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;RelayDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un relais de courrier pour le bureau&#xa0;: les applications et les appareils déposent le courrier, RelayDesk le remet et montre ce qu’il en est advenu.&lt;/p&gt;&lt;p&gt;Répertoire de données&#xa0;: %2&lt;br&gt;Qt %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
</context>
<context>
    <name>RelayDesk::MessageViewer</name>
    <message>
        <source>RelayDesk itself (a delivery status notice)</source>
        <translation>RelayDesk lui-même (un avis d’état de remise)</translation>
    </message>
    <message>
        <source>Resent by an administrator</source>
        <translation>Renvoyé par un administrateur</translation>
    </message>
    <message>
        <source>no attempt yet</source>
        <translation>aucune tentative pour l’instant</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Message %1</translation>
    </message>
    <message>
        <source>Reading the message...</source>
        <translation>Lecture du message…</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Raw source</source>
        <translation>Source brute</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Resend to the same recipients...</source>
        <translation>Renvoyer aux mêmes destinataires…</translation>
    </message>
    <message>
        <source>Cannot read message %1: %2</source>
        <translation>Impossible de lire le message %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>From %1, received %2</source>
        <translation>De %1, reçu le %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; from %2, received %3</source>
        <translation>«&#xa0;%1&#xa0;» de %2, reçu le %3</translation>
    </message>
    <message>
        <source>Queue a new copy of this message for the same recipients. The original stays as it is.</source>
        <translation>Mettre en file d’attente une nouvelle copie de ce message pour les mêmes destinataires. L’original reste tel quel.</translation>
    </message>
    <message>
        <source>The body is no longer stored, so there is nothing to resend.</source>
        <translation>Le contenu n’est plus conservé, il n’y a donc rien à renvoyer.</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>ID de file</translation>
    </message>
    <message>
        <source>Mail Agent</source>
        <translation>Agent de messagerie</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu sur</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Adresse du client</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>&lt;&gt; (no return address: a notice)</source>
        <translation>&lt;&gt; (pas d’adresse de retour&#xa0;: un avis)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>RelayDesk does not try to deliver it until you release it.</source>
        <translation>RelayDesk n’essaie pas de le remettre tant que vous ne l’avez pas libéré.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Road sign of the last reply</source>
        <translation>Bilan de la dernière réponse</translation>
    </message>
    <message>
        <source>The body of this message is no longer stored: RelayDesk removes it once every recipient is delivered, returned or suppressed. The envelope, the recipients and the attempts stay in the delivery log. To keep bodies for a while, set &quot;Keep message bodies for&quot; in Settings, Retention.</source>
        <translation>Le contenu de ce message n’est plus conservé&#xa0;: RelayDesk le supprime dès que le message est remis, retourné ou exclu pour chaque destinataire. L’enveloppe, les destinataires et les tentatives restent dans le journal de remise. Pour garder les contenus un certain temps, réglez «&#xa0;Conserver le contenu des messages&#xa0;» dans Paramètres, Conservation.</translation>
    </message>
    <message>
        <source>This message has no plain-text part (it is %1). The Raw source tab shows all of it.</source>
        <translation>Ce message n’a pas de partie en texte brut (type %1). L’onglet «&#xa0;Source brute&#xa0;» le montre en entier.</translation>
    </message>
    <message>
        <source>The text declares the character set &quot;%1&quot;, which RelayDesk does not know; it is shown as UTF-8.</source>
        <translation>Le texte déclare le jeu de caractères «&#xa0;%1&#xa0;», que RelayDesk ne connaît pas&#xa0;; il est affiché en UTF-8.</translation>
    </message>
    <message>
        <source>No delivery attempt yet.</source>
        <translation>Aucune tentative de remise pour le moment.</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>(no host)</source>
        <translation>(aucun hôte)</translation>
    </message>
    <message>
        <source>Encrypted with %1 (%2)</source>
        <translation>Chiffré avec %1 (%2)</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>Transcription SMTP</translation>
    </message>
    <message>
        <source>Resend message</source>
        <translation>Renvoyer le message</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Queuing a copy...</source>
        <translation>Mise en file d’attente d’une copie…</translation>
    </message>
    <message>
        <source>Could not resend: %1</source>
        <translation>Renvoi impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Queued again as %1.</source>
        <translation>Nouvelle copie en file d’attente sous %1.</translation>
    </message>
    <message>
        <source>Accepted by node</source>
        <translation>Accepté par le nœud</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sent by node %1</source>
        <translation>Envoyé par le nœud %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>not tried until released</source>
        <translation>pas d’essai avant sa libération</translation>
    </message>
    <message>
        <source>not tried until released; last reply: %1</source>
        <translation>pas d’essai avant sa libération&#xa0;; dernière réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted from the queue</source>
        <translation>Supprimé de la file d’attente</translation>
    </message>
    <message>
        <source>The body of this message is no longer stored: it was removed when the message was deleted from the queue. The envelope, the recipients and the attempts stay in the delivery log.</source>
        <translation>Le corps de ce message n’est plus conservé&#xa0;: il a été retiré quand le message a été supprimé de la file d’attente. L’enveloppe, les destinataires et les tentatives restent dans le journal de remise.</translation>
    </message>
    <message>
        <source>Body removed by the administrator</source>
        <translation>Corps retiré par l’administrateur</translation>
    </message>
    <message>
        <source>The body of this message is no longer stored: the relay administrator removed it after every recipient was final. The envelope, the recipients and the attempts stay in the delivery log.</source>
        <translation>Le corps de ce message n’est plus conservé&#xa0;: l’administrateur du relais l’a retiré après que chaque destinataire a été terminé. L’enveloppe, les destinataires et les tentatives restent dans le journal de remise.</translation>
    </message>
    <message>
        <source>the relay administrator</source>
        <translation>l’administrateur du relais</translation>
    </message>
    <message>
        <source>Message %1 is no longer in the delivery log: its retention time ended or the log was purged (Settings, Retention).</source>
        <translation>Le message %1 n’est plus dans le journal de remise&#xa0;: sa durée de conservation est écoulée ou le journal a été purgé (Paramètres, Conservation).</translation>
    </message>
    <message>
        <source>Could not resend: the message is no longer in the delivery log.</source>
        <translation>Renvoi impossible&#xa0;: le message n’est plus dans le journal de remise.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is on the suppression list of %2 (it bounced for good before): the copy is not sent there. Lift the address on the agent&apos;s Suppressions tab first if it can take mail again.</source>
        <translation>
            <numerusform>%1 figure dans la liste d’exclusion de %2 (elle a été refusée définitivement)&#xa0;: la copie n’y est pas envoyée. Levez d’abord l’exclusion dans l’onglet «&#xa0;Exclusions&#xa0;» de l’agent si l’adresse peut de nouveau recevoir du courrier.</numerusform>
            <numerusform>%1 figurent dans la liste d’exclusion de %2 (elles ont été refusées définitivement)&#xa0;: la copie n’y est pas envoyée. Levez d’abord les exclusions dans l’onglet «&#xa0;Exclusions&#xa0;» de l’agent si ces adresses peuvent de nouveau recevoir du courrier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>%1, resent by an administrator %2</source>
        <translation>%1, renvoyé par un administrateur le %2</translation>
    </message>
    <message>
        <source>%1, received %2 from %3</source>
        <translation>%1, reçu le %2 depuis %3</translation>
    </message>
    <message>
        <source>Same Message-ID</source>
        <translation>Même Message-ID</translation>
    </message>
    <message numerus="yes">
        <source>%n other message(s) with this Message-ID: the same message was handed over again.</source>
        <translation>
            <numerusform>%n autre message avec ce Message-ID&#xa0;: le même message a été remis une nouvelle fois.</numerusform>
            <numerusform>%n autres messages avec ce Message-ID&#xa0;: le même message a été remis une nouvelle fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not resent: every recipient is on the suppression list of %1. Lift them on the agent&apos;s Suppressions tab first if they can take mail again.</source>
        <translation>Non renvoyé&#xa0;: chaque destinataire figure dans la liste d’exclusion de %1. Levez d’abord ces exclusions dans l’onglet «&#xa0;Exclusions&#xa0;» de l’agent si les adresses peuvent de nouveau recevoir du courrier.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <comment>recipients of one attempt, then how many others</comment>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice about</source>
        <translation>Avis au sujet de</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>message %1</translation>
    </message>
    <message>
        <source>To resend delivered and bounced messages, set &quot;Keep message bodies for&quot; in Settings, Retention.</source>
        <translation>Pour renvoyer les messages distribués et retournés, réglez «&#xa0;Conserver le contenu des messages&#xa0;» dans Paramètres, Conservation.</translation>
    </message>
    <message>
        <source>This message is still being delivered, and a copy would reach its waiting recipients twice. Its body is removed once every recipient is delivered or bounced, so it cannot be resent then either.</source>
        <translation>Ce message est encore en cours de distribution, et une copie parviendrait deux fois à ses destinataires en attente. Son contenu est supprimé une fois chaque destinataire servi ou retourné&#xa0;: il ne pourra donc pas non plus être renvoyé à ce moment-là.</translation>
    </message>
    <message numerus="yes">
        <source>This message is still being delivered: resend it once every recipient is delivered or bounced (its body is kept %n day(s) after that).</source>
        <translation>
            <numerusform>Ce message est encore en cours de distribution&#xa0;: renvoyez-le une fois chaque destinataire servi ou retourné (son contenu est conservé %n jour ensuite).</numerusform>
            <numerusform>Ce message est encore en cours de distribution&#xa0;: renvoyez-le une fois chaque destinataire servi ou retourné (son contenu est conservé %n jours ensuite).</numerusform>
        </translation>
    </message>
    <message>
        <source>the relay (time limit)</source>
        <translation>le relais (délai écoulé)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>(no file name)</source>
        <translation>(sans nom de fichier)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>RelayDesk did not read the message to its end: its parts nest deeper than 16 levels, or it has more than 500 attachments (the Raw source tab shows it all).</source>
        <translation>RelayDesk n’a pas lu le message jusqu’au bout&#xa0;: ses parties sont imbriquées sur plus de 16 niveaux, ou il a plus de 500 pièces jointes (l’onglet Source brute montre tout).</translation>
    </message>
    <message>
        <source>none found.</source>
        <translation>aucune trouvée.</translation>
    </message>
    <message>
        <source>the relay (stopped)</source>
        <translation>le relais (arrêté)</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Try the recipients still waiting again now.</source>
        <translation>Réessayer maintenant les destinataires encore en attente.</translation>
    </message>
    <message>
        <source>Every recipient is delivered, bounced or deleted.</source>
        <translation>Chaque destinataire est remis, rejeté ou supprimé.</translation>
    </message>
    <message>
        <source>Asking for another attempt...</source>
        <translation>Demande d’une nouvelle tentative…</translation>
    </message>
    <message>
        <source>Not retried: %1</source>
        <translation>Pas réessayé&#xa0;: %1</translation>
    </message>
    <message>
        <source>It will be tried as soon as the relay runs again: it is not running now.</source>
        <translation>Il sera essayé dès que le relais fonctionnera de nouveau&#xa0;: il est arrêté.</translation>
    </message>
    <message>
        <source>It will be tried as soon as delivery is turned on: it is off (Settings, Delivery, &quot;Deliver queued mail&quot;).</source>
        <translation>Il sera essayé dès que la remise sera activée&#xa0;: elle est désactivée (Paramètres, Remise, «&#xa0;Distribuer le courrier en attente&#xa0;»).</translation>
    </message>
    <message>
        <source>Tried again now: the Attempts tab shows how it goes.</source>
        <translation>Réessayé maintenant&#xa0;: l’onglet «&#xa0;Tentatives&#xa0;» montre la suite.</translation>
    </message>
    <message>
        <source>Notices to its sender</source>
        <translation>Avis à son expéditeur</translation>
    </message>
    <message>
        <source>Now on the suppression list of %1: later messages to it are not sent (Mail Agents, %1, Suppressions).</source>
        <translation>Désormais sur la liste d’exclusion de %1&#xa0;: les messages suivants ne lui sont pas envoyés (Agents de messagerie, %1, Exclusions).</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>The message is on hold: release it, and its waiting recipients are tried again.</source>
        <translation>Le message est retenu&#xa0;: libérez-le, et ses destinataires en attente sont de nouveau essayés.</translation>
    </message>
    <message>
        <source>Releasing...</source>
        <translation>Libération…</translation>
    </message>
    <message>
        <source>Not released: %1</source>
        <translation>Pas libéré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Released: its waiting recipients are tried again.</source>
        <translation>Libéré&#xa0;: ses destinataires en attente sont de nouveau essayés.</translation>
    </message>
    <message>
        <source>Released: delivered once the relay runs again; it is not running now.</source>
        <translation>Libéré&#xa0;: il sera remis dès que le relais fonctionnera de nouveau&#xa0;; il est arrêté.</translation>
    </message>
    <message>
        <source>This message is on hold with recipients still waiting: a copy would reach them twice once it is released. Release it, or bounce or delete it on the Queue page.</source>
        <translation>Ce message est retenu et des destinataires attendent encore&#xa0;: une copie leur parviendrait deux fois une fois le message libéré. Libérez-le, ou retournez-le à son expéditeur ou supprimez-le sur la page File d’attente.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln destinataire</numerusform>
            <numerusform>%Ln destinataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send a new copy of this message to its %Ln recipient(s)? It is queued as a new message; the original stays as it is.</source>
        <translation>
            <numerusform>Envoyer une nouvelle copie de ce message à son %Ln destinataire&#xa0;? Elle est mise en file d’attente comme un nouveau message&#xa0;; l’original reste tel quel.</numerusform>
            <numerusform>Envoyer une nouvelle copie de ce message à ses %Ln destinataires&#xa0;? Elle est mise en file d’attente comme un nouveau message&#xa0;; l’original reste tel quel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send a new copy of this message to %Ln of its %1 recipients? It is queued as a new message; the original stays as it is.</source>
        <translation>
            <numerusform>Envoyer une nouvelle copie de ce message à %Ln de ses %1 destinataires&#xa0;? Elle est mise en file d’attente comme un nouveau message&#xa0;; l’original reste tel quel.</numerusform>
            <numerusform>Envoyer une nouvelle copie de ce message à %Ln de ses %1 destinataires&#xa0;? Elle est mise en file d’attente comme un nouveau message&#xa0;; l’original reste tel quel.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a resent copy&apos;s queue id and when it was resent</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This message was resent by an administrator:</source>
        <translation>Ce message a été renvoyé par un administrateur&#xa0;:</translation>
    </message>
    <message>
        <source>This is a copy an administrator resent of the same message:</source>
        <translation>Ceci est une copie du même message, renvoyée par un administrateur&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; below sends this message to the address now.</source>
        <translation>«&#xa0;%1&#xa0;» ci-dessous envoie ce message à l’adresse maintenant.</translation>
    </message>
    <message>
        <source>No longer on the suppression list of %1, as it was when this message was sent. %2</source>
        <translation>N’est plus sur la liste d’exclusion de %1, comme elle l’était à l’envoi de ce message. %2</translation>
    </message>
</context>
<context>
    <name>RelayDesk::MessageViewerOpener</name>
    <message>
        <source>View message</source>
        <translation>Afficher le message</translation>
    </message>
</context>
<context>
    <name>RelayDesk::MtaStsPanel</name>
    <message>
        <source>enforce: only listed servers, verified TLS</source>
        <translation>enforce&#xa0;: seulement les serveurs listés, TLS vérifié</translation>
    </message>
    <message>
        <source>testing: delivered, problems logged</source>
        <translation>testing&#xa0;: remis, problèmes journalisés</translation>
    </message>
    <message>
        <source>none: no policy</source>
        <translation>none&#xa0;: aucune politique</translation>
    </message>
    <message>
        <source>Domains that publish MTA-STS get mail only over verified TLS to the servers they list. RelayDesk fetches and keeps their policies by itself.</source>
        <translation>Les domaines qui publient MTA-STS ne reçoivent le courrier que par TLS vérifié, vers les serveurs qu’ils listent. RelayDesk récupère et conserve leurs politiques tout seul.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Serveurs de messagerie</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Récupérée</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Cannot read the MTA-STS policies: %1</source>
        <translation>Impossible de lire les politiques MTA-STS&#xa0;: %1</translation>
    </message>
    <message>
        <source>expired (%1)</source>
        <translation>expirée (%1)</translation>
    </message>
    <message>
        <source>No recipient domain&apos;s policy is cached yet.</source>
        <translation>Aucune politique de domaine destinataire n’est encore en cache.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::NodesPanel</name>
    <message>
        <source>Nodes sharing this store</source>
        <translation>Nœuds qui partagent ce stockage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Dernier signe de vie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En cours de remise</translation>
    </message>
    <message>
        <source>Cannot read the nodes: %1</source>
        <translation>Impossible de lire les nœuds&#xa0;: %1</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation>Ne répond pas</translation>
    </message>
    <message>
        <source>%1 (this node)</source>
        <translation>%1 (ce nœud)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>No heartbeat for a while: the node may have died. Its deliveries are taken over by the other nodes once their leases run out.</source>
        <translation>Aucun signe de vie depuis un moment&#xa0;: le nœud est peut-être tombé. Les autres nœuds reprennent ses remises dès que ses baux expirent.</translation>
    </message>
    <message>
        <source>No node has run on this store yet.</source>
        <translation>Aucun nœud n’a encore fonctionné sur ce stockage.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) alive</source>
        <translation>
            <numerusform>%n nœud actif</numerusform>
            <numerusform>%n nœuds actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Node id %2</source>
        <translation>%1
Identifiant du nœud %2</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message numerus="yes">
        <source>%Ln held until %1</source>
        <translation>
            <numerusform>%Ln retenu jusqu’à %1</numerusform>
            <numerusform>%Ln retenus jusqu’à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The node still holds the leases of %Ln recipient(s): no node delivers them before their leases run out. If the node is gone for good, &apos;relaydesk node forget %1&apos; hands them to the other nodes now.</source>
        <translation>
            <numerusform>Le nœud détient encore le bail de %Ln destinataire&#xa0;: aucun nœud ne le livre avant la fin du bail. Si le nœud a disparu pour de bon, «&#xa0;relaydesk node forget %1&#xa0;» le confie maintenant aux autres nœuds.</numerusform>
            <numerusform>Le nœud détient encore les baux de %Ln destinataires&#xa0;: aucun nœud ne les livre avant la fin de leurs baux. Si le nœud a disparu pour de bon, «&#xa0;relaydesk node forget %1&#xa0;» les confie maintenant aux autres nœuds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::OwnListeners</name>
    <message>
        <source>the %1 listener (%2) and the %3 listener (%4) would both listen on port %5 of the same address; give each its own port</source>
        <translation>l’écouteur %1 (%2) et l’écouteur %3 (%4) écouteraient tous deux sur le port %5 de la même adresse&#xa0;; donnez à chacun son propre port</translation>
    </message>
    <message>
        <source>%1%2 is this relay&apos;s own %3 listener (%4): mail sent there would come straight back (a mail loop)</source>
        <translation>%1%2 est l’écouteur %3 de ce relais (%4)&#xa0;: le courrier envoyé là reviendrait aussitôt (une boucle de courrier)</translation>
    </message>
    <message>
        <source>%1%2 is a listener of the node %3 (%4), which shares this relay&apos;s store: mail sent there would come back into the same queue (a mail loop)</source>
        <translation>%1%2 est un écouteur du nœud %3 (%4), qui partage le stockage de ce relais&#xa0;: le courrier envoyé là reviendrait dans la même file d’attente (une boucle de courrier)</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>de soumission</translation>
    </message>
    <message>
        <source>smtps</source>
        <translation>SMTPS</translation>
    </message>
    <message>
        <source>lan</source>
        <translation>du relais LAN</translation>
    </message>
</context>
<context>
    <name>RelayDesk::PasswordDialog</name>
    <message>
        <source>New SMTP credential</source>
        <translation>Nouvel identifiant SMTP</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the password now.&lt;/b&gt; It is shown only this once: RelayDesk keeps only a hash of it and cannot show it again. If it is lost, rotate the credential.</source>
        <translation>&lt;b&gt;Copiez le mot de passe maintenant.&lt;/b&gt; Il n’est affiché qu’une seule fois&#xa0;: RelayDesk n’en conserve qu’une empreinte et ne peut plus l’afficher. S’il est perdu, renouvelez l’identifiant.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Username copied.</source>
        <translation>Nom d’utilisateur copié.</translation>
    </message>
    <message>
        <source>Password copied to the clipboard.</source>
        <translation>Mot de passe copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation>Fermer sans copier</translation>
    </message>
    <message>
        <source>Close without copying the password? It is not shown again: a lost password means rotating the credential.</source>
        <translation>Fermer sans copier le mot de passe&#xa0;? Il ne sera plus affiché&#xa0;: un mot de passe perdu oblige à renouveler l’identifiant.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>RelayDesk::PeerTrust</name>
    <message>
        <source>the system CA store</source>
        <translation>le magasin d’AC du système</translation>
    </message>
    <message>
        <source>the system CA store and the CAs in %1</source>
        <translation>le magasin d’AC du système et les AC de %1</translation>
    </message>
    <message>
        <source>the CAs in %1</source>
        <translation>les AC de %1</translation>
    </message>
    <message>
        <source>the pinned certificate %1</source>
        <translation>le certificat épinglé %1</translation>
    </message>
    <message>
        <source>nothing (--insecure-skip-verify: any certificate is accepted)</source>
        <translation>rien (--insecure-skip-verify&#xa0;: tout certificat est accepté)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::PublicMailboxDomains</name>
    <message>
        <source>%1 belongs to a public mail provider: this office cannot sign mail as it (DKIM) or publish SPF for it, and receivers that follow its DMARC policy reject or junk mail sent as it from here. Send as a domain the office owns.</source>
        <translation>%1 appartient à un fournisseur de messagerie public&#xa0;: ce bureau ne peut ni signer de courrier en son nom (DKIM) ni publier de SPF pour lui, et les destinataires qui suivent sa politique DMARC refusent ou classent en indésirables le courrier envoyé d’ici en son nom. Envoyez au nom d’un domaine qui appartient au bureau.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::QueueActions</name>
    <message>
        <source>no queued message with id %1</source>
        <translation>aucun message d’identifiant %1 dans la file d’attente</translation>
    </message>
    <message>
        <source>message %1 has no recipient left to deliver</source>
        <translation>le message %1 n’a plus de destinataire à qui remettre</translation>
    </message>
    <message>
        <source>message %1 is on hold: release it first, then retry it</source>
        <translation>le message %1 est suspendu&#xa0;: libérez-le d’abord, puis réessayez</translation>
    </message>
    <message>
        <source>message %1 has nothing left to delete: every recipient is final and its body is gone (its delivery log stays until retention removes it)</source>
        <translation>le message %1 n’a plus rien à supprimer&#xa0;: chaque destinataire est terminé et son contenu est déjà retiré (son journal de remise reste jusqu’à ce que la conservation le retire)</translation>
    </message>
    <message>
        <source>message %1 was deleted from the queue on %2: there is nothing left to do with it (its body went with it; queue show %1 shows its history)</source>
        <translation>le message %1 a été supprimé de la file d’attente le %2&#xa0;: il n’y a plus rien à faire avec lui (son corps est parti avec lui&#xa0;; queue show %1 montre son historique)</translation>
    </message>
    <message>
        <source>message %1 waits for node %2, which stopped answering: no node delivers it until that node&apos;s hold on it runs out at %3 UTC, when another node takes it; &quot;relaydesk node forget %2&quot; frees it now</source>
        <translation>le message %1 attend le nœud %2, qui ne répond plus&#xa0;: aucun nœud ne le remet avant que la prise de ce nœud n’expire à %3 UTC, puis un autre nœud le reprend&#xa0;; «&#xa0;relaydesk node forget %2&#xa0;» le libère tout de suite</translation>
    </message>
    <message>
        <source>message %1 is being delivered right now: a bounce would tell its sender that it failed while it may still arrive; bounce it once this attempt has ended, or hold it to stop further attempts</source>
        <translation>le message %1 est en cours de remise&#xa0;: le retourner à son expéditeur annoncerait un échec à son expéditeur alors qu’il peut encore arriver&#xa0;; retournez-le une fois cette tentative terminée, ou retenez-le pour arrêter les tentatives suivantes</translation>
    </message>
    <message>
        <source>message %1 still has recipients in the queue (waiting for a try or a retry): resend it once every recipient is delivered or bounced, or try it again now (relaydesk queue retry %1)</source>
        <translation>le message %1 a encore des destinataires dans la file d’attente (en attente d’un essai ou d’un nouvel essai)&#xa0;: renvoyez-le une fois chaque destinataire servi ou retourné, ou réessayez maintenant (relaydesk queue retry %1)</translation>
    </message>
    <message>
        <source>message %1 has no recipients to resend to that are not on the suppression list</source>
        <translation>le message %1 n’a aucun destinataire à qui le renvoyer qui ne soit pas sur la liste d’exclusion</translation>
    </message>
</context>
<context>
    <name>RelayDesk::QueueModel</name>
    <message>
        <source>on hold</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <source>delivery is off</source>
        <translation>remise désactivée</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Under way since %1</source>
        <translation>En cours depuis %1</translation>
    </message>
    <message>
        <source>Being delivered by the node %1</source>
        <translation>En cours de remise par le nœud %1</translation>
    </message>
    <message>
        <source>(bounce notice)</source>
        <translation>(avis de non-remise)</translation>
    </message>
    <message>
        <source>The node %1 took it and no longer answers: another node takes it when its lease runs out</source>
        <translation>Le nœud %1 l’a prise et ne répond plus&#xa0;: un autre nœud la reprend quand son bail expire</translation>
    </message>
    <message>
        <source>relay stopped</source>
        <translation>relais arrêté</translation>
    </message>
    <message>
        <source>Due at %1; the relay of this computer is not running, so nothing is sent until it runs again.</source>
        <translation>Prévue à %1&#xa0;; le relais de cet ordinateur ne tourne pas, donc rien n’est envoyé avant qu’il ne tourne de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <comment>the first recipient, then how many others</comment>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Waiting for a free outbound connection since %1</source>
        <translation>En attente d’une connexion sortante libre depuis %1</translation>
    </message>
</context>
<context>
    <name>RelayDesk::QueuePage</name>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Bounce...</source>
        <translation>Retourner à l’expéditeur…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation>Impossible de lire la file d’attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Confirm queue action</source>
        <translation>Confirmer l’action sur la file d’attente</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>Read the queue again (F5). It also updates by itself.</source>
        <translation>Relire la file d’attente (F5). Elle se met aussi à jour toute seule.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Retourner à l’expéditeur</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a message to see its recipients and what its last reply means.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un message pour voir ses destinataires et ce que signifie sa dernière réponse.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Prochaine tentative&#xa0;: %1</translation>
    </message>
    <message>
        <source>Envelope, headers, text, source and attempts of the current message (Enter or double-click).</source>
        <translation>Enveloppe, en-têtes, texte, source et tentatives du message courant (Entrée ou double-clic).</translation>
    </message>
    <message>
        <source>Queued a copy as %1.</source>
        <translation>Copie mise en file d’attente sous %1.</translation>
    </message>
    <message>
        <source>Cannot count the messages</source>
        <translation>Impossible de compter les messages</translation>
    </message>
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
            <numerusform>Seul le %Ln message chargé jusqu’ici est sélectionné&#xa0;; %1 autres correspondent et restent tels quels. Faites défiler jusqu’à la fin du tableau pour les charger.</numerusform>
            <numerusform>Seuls les %Ln messages chargés jusqu’ici sont sélectionnés&#xa0;; %1 autres correspondent et restent tels quels. Faites défiler jusqu’à la fin du tableau pour les charger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next attempt: none while delivery is turned off (Settings, Delivery, &quot;Deliver queued mail&quot;).</source>
        <translation>Prochaine tentative&#xa0;: aucune tant que la remise est désactivée (Paramètres, Remise, «&#xa0;Distribuer le courrier en attente&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>Being delivered to %1 since %2: the result shows here when the attempt ends.</source>
        <translation>En cours de remise à %1 depuis %2&#xa0;: le résultat s’affiche ici à la fin de la tentative.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them is being delivered right now: that delivery may still complete.</source>
        <translation>
            <numerusform>%n d’entre eux est en cours de remise&#xa0;: cette remise peut encore aboutir.</numerusform>
            <numerusform>%n d’entre eux sont en cours de remise&#xa0;: ces remises peuvent encore aboutir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Being delivered by the node %1 of this store: the result shows here when the attempt ends.</source>
        <translation>En cours de remise par le nœud %1 de ce stockage&#xa0;: le résultat s’affiche ici à la fin de la tentative.</translation>
    </message>
    <message>
        <source>a bounce notice to %1</source>
        <translation>un avis de non-remise à %1</translation>
    </message>
    <message>
        <source>Waiting: the node %1 took it and no longer answers. Another node takes it at %2, when that node&apos;s lease runs out; Retry now cannot bring that forward.</source>
        <translation>En attente&#xa0;: le nœud %1 l’a prise et ne répond plus. Un autre nœud la reprend à %2, quand le bail de ce nœud expire&#xa0;; «&#xa0;Réessayer maintenant&#xa0;» ne peut pas avancer ce moment.</translation>
    </message>
    <message>
        <source>Next attempt: once the relay runs again; it is not running now (the attempt was due at %1).</source>
        <translation>Prochaine tentative&#xa0;: dès que le relais tournera de nouveau&#xa0;; il ne tourne pas maintenant (la tentative était prévue à %1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more (the message viewer lists them all)</source>
        <translation>
            <numerusform>%1 et %Ln autre (l’affichage du message les liste tous)</numerusform>
            <numerusform>%1 et %Ln autres (l’affichage du message les liste tous)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <comment>the first recipients, then how many others</comment>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other reply(s): the message viewer shows every recipient&apos;s.</source>
        <translation>
            <numerusform>%Ln autre réponse&#xa0;: l’affichage du message montre celle de chaque destinataire.</numerusform>
            <numerusform>%Ln autres réponses&#xa0;: l’affichage du message montre celle de chaque destinataire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them is being delivered right now and is not bounced: bounce it once that attempt has ended.</source>
        <translation>
            <numerusform>%n d’entre eux est en cours de remise et n’est pas retourné&#xa0;: retournez-le une fois cette tentative terminée.</numerusform>
            <numerusform>%n d’entre eux sont en cours de remise et ne sont pas retournés&#xa0;: retournez-les une fois ces tentatives terminées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln message(s) retried have left the queue: the Delivery Logs say how each ended.</source>
        <translation>
            <numerusform>%Ln message réessayé a quitté la file d’attente&#xa0;: les journaux de remise disent comment il s’est terminé.</numerusform>
            <numerusform>Les %Ln messages réessayés ont quitté la file d’attente&#xa0;: les journaux de remise disent comment chacun s’est terminé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln message(s) from the queue? Recipients still waiting will not get them and the senders are not told; what was delivered stays in the Delivery Logs.</source>
        <translation>
            <numerusform>Supprimer %Ln message de la file d’attente&#xa0;? Les destinataires encore en attente ne le recevront pas et l’expéditeur n’est pas prévenu&#xa0;; ce qui a été remis reste dans les Journaux de remise.</numerusform>
            <numerusform>Supprimer %Ln messages de la file d’attente&#xa0;? Les destinataires encore en attente ne les recevront pas et les expéditeurs ne sont pas prévenus&#xa0;; ce qui a été remis reste dans les Journaux de remise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bounce %Ln message(s)? Delivery stops and a failure notice is queued for each sender, unless it asked for none; the Delivery Logs show whether it arrived.</source>
        <translation>
            <numerusform>Retourner %Ln message à son expéditeur&#xa0;? La remise s’arrête pour de bon et un avis de non-remise est mis en file d’attente pour l’expéditeur, sauf s’il n’en a demandé aucun&#xa0;; les Journaux de remise indiquent s’il est arrivé.</numerusform>
            <numerusform>Retourner %Ln messages à leurs expéditeurs&#xa0;? La remise s’arrête pour de bon et un avis de non-remise est mis en file d’attente pour chaque expéditeur, sauf s’il n’en a demandé aucun&#xa0;; les Journaux de remise indiquent s’il est arrivé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole messages are deleted: %Ln waiting recipient(s) in all, %1 of them at addresses the filter does not show.</source>
        <translation>
            <numerusform>Les messages entiers sont supprimés&#xa0;: %Ln destinataire en attente en tout, dont %1 à des adresses que le filtre n’affiche pas.</numerusform>
            <numerusform>Les messages entiers sont supprimés&#xa0;: %Ln destinataires en attente en tout, dont %1 à des adresses que le filtre n’affiche pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole messages are bounced: %Ln waiting recipient(s) in all, %1 of them at addresses the filter does not show.</source>
        <translation>
            <numerusform>Les messages entiers sont retournés&#xa0;: %Ln destinataire en attente en tout, dont %1 à des adresses que le filtre n’affiche pas.</numerusform>
            <numerusform>Les messages entiers sont retournés&#xa0;: %Ln destinataires en attente en tout, dont %1 à des adresses que le filtre n’affiche pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting since %2 for a free outbound connection to %1: every connection the relay may open for it is in use. Nothing has been sent yet; holding or deleting it now stops it.</source>
        <translation>En attente depuis %2 d’une connexion sortante libre vers %1&#xa0;: toutes les connexions que le relais peut ouvrir pour lui sont occupées. Rien n’a encore été envoyé&#xa0;; le suspendre ou le supprimer maintenant l’arrête.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RefusedLoginsPanel</name>
    <message>
        <source>Logins refused in the last 24 hours</source>
        <translation>Authentifications refusées ces dernières 24 heures</translation>
    </message>
    <message>
        <source>Last refused</source>
        <translation>Dernier refus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Mail Agent</source>
        <translation>Agent de messagerie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Fois</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Cannot read the refused logins: %1</source>
        <translation>Impossible de lire les authentifications refusées&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>nom d’utilisateur inconnu</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>mot de passe erroné</translation>
    </message>
    <message>
        <source>address not on the agent&apos;s allowlist</source>
        <translation>adresse absente des adresses autorisées de l’agent</translation>
    </message>
    <message>
        <source>agent disabled</source>
        <translation>agent désactivé</translation>
    </message>
    <message>
        <source>password revoked or replaced</source>
        <translation>mot de passe révoqué ou remplacé</translation>
    </message>
    <message>
        <source>No Mail Agent has this user name: the device has a mistyped user name, or one of an agent that was deleted.</source>
        <translation>Aucun agent de messagerie n’a ce nom d’utilisateur&#xa0;: l’appareil a un nom d’utilisateur mal saisi, ou celui d’un agent supprimé.</translation>
    </message>
    <message>
        <source>The user name is the agent&apos;s, the password is not: type the password into the device again, or rotate it and give the device the new one.</source>
        <translation>Le nom d’utilisateur est celui de l’agent, le mot de passe non&#xa0;: saisissez à nouveau le mot de passe dans l’appareil, ou renouvelez-le et donnez le nouveau à l’appareil.</translation>
    </message>
    <message>
        <source>User name and password are right, but the device&apos;s address is not on the agent&apos;s allowlist: add the address on the agent&apos;s Allowlist tab if the device belongs to you.</source>
        <translation>Le nom d’utilisateur et le mot de passe sont justes, mais l’adresse de l’appareil n’est pas dans les adresses autorisées de l’agent&#xa0;: ajoutez-la dans l’onglet «&#xa0;Adresses autorisées&#xa0;» de l’agent si l’appareil vous appartient.</translation>
    </message>
    <message>
        <source>User name and password are right, but the agent is disabled: enable it on the Mail Agents page.</source>
        <translation>Le nom d’utilisateur et le mot de passe sont justes, mais l’agent est désactivé&#xa0;: activez-le sur la page Agents de messagerie.</translation>
    </message>
    <message>
        <source>The device still uses a password that was revoked or replaced by a rotation: give it the agent&apos;s current password.</source>
        <translation>L’appareil utilise encore un mot de passe révoqué ou remplacé lors d’un renouvellement&#xa0;: donnez-lui le mot de passe actuel de l’agent.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>No login was refused in the last 24 hours.</source>
        <translation>Aucune connexion n’a été refusée ces dernières 24 heures.</translation>
    </message>
    <message>
        <source>asked to act as another user</source>
        <translation>a demandé à agir au nom d’un autre utilisateur</translation>
    </message>
    <message>
        <source>The program logs in with PLAIN and names another user to act as (an authorization identity, often the sender&apos;s address): leave that field empty in its settings. Its password was not checked.</source>
        <translation>Le programme se connecte avec PLAIN et nomme un autre utilisateur au nom duquel agir (une identité d’autorisation, souvent l’adresse de l’expéditeur)&#xa0;: laissez ce champ vide dans ses paramètres. Son mot de passe n’a pas été vérifié.</translation>
    </message>
    <message>
        <source>too many logins at once</source>
        <translation>trop d’authentifications à la fois</translation>
    </message>
    <message>
        <source>agent deleted</source>
        <translation>agent supprimé</translation>
    </message>
    <message>
        <source>The device still logs in with the user name and password of a Mail Agent that was deleted: give it the credentials of another agent, or turn its mail off. These logins do not lock its address out.</source>
        <translation>L’appareil se connecte encore avec le nom d’utilisateur et le mot de passe d’un agent de messagerie supprimé&#xa0;: donnez-lui les identifiants d’un autre agent, ou coupez son envoi de courrier. Ces connexions ne bloquent pas son adresse.</translation>
    </message>
    <message>
        <source>tried while locked out</source>
        <translation>tentée pendant le blocage</translation>
    </message>
    <message>
        <source>The address kept trying to log in after it was locked out for too many failures: its password was not checked. A program with an old password tries now and then; hundreds of tries, or unknown user names above, are someone guessing passwords: leave the address locked and block it in the firewall (the README&apos;s fail2ban filter does that).</source>
        <translation>L’adresse a continué d’essayer de s’authentifier après avoir été bloquée pour trop d’échecs&#xa0;: son mot de passe n’a pas été vérifié. Un programme avec un ancien mot de passe réessaie de temps en temps&#xa0;; des centaines d’essais, ou des noms d’utilisateur inconnus plus haut, signifient que quelqu’un devine des mots de passe&#xa0;: laissez l’adresse bloquée et bloquez-la dans le pare-feu (le filtre fail2ban du README s’en charge).</translation>
    </message>
    <message>
        <source>More logins from this address waited for their password check than &quot;Logins checked at once per address&quot; (Settings, Security) allows: the program was told to try again later (454), and one that does not retry lost that message. Raise the setting if a program sends many messages in parallel. Its password was not checked.</source>
        <translation>Plus d’authentifications de cette adresse attendaient la vérification de leur mot de passe que «&#xa0;Authentifications vérifiées à la fois par adresse&#xa0;» (Paramètres, Sécurité) ne le permet&#xa0;: le programme a été invité à réessayer plus tard (454), et un programme qui ne réessaie pas a perdu ce message. Augmentez ce réglage si un programme envoie de nombreux messages en parallèle. Son mot de passe n’a pas été vérifié.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RefusedSubmissionsPanel</name>
    <message>
        <source>The relay refused the sender</source>
        <translation>Le relais a refusé l’expéditeur</translation>
    </message>
    <message>
        <source>The relay refused a recipient</source>
        <translation>Le relais a refusé un destinataire</translation>
    </message>
    <message>
        <source>The relay refused the message</source>
        <translation>Le relais a refusé le message</translation>
    </message>
    <message>
        <source>Senders, recipients and messages the relay refused while the application was still connected. Nothing of them was queued, so the delivery log has no row for them; the application was told why.</source>
        <translation>Expéditeurs, destinataires et messages que le relais a refusés pendant que l’application était encore connectée. Rien n’en a été mis en file d’attente, le journal de remise n’a donc aucune ligne pour eux&#xa0;; l’application en a reçu la raison.</translation>
    </message>
    <message>
        <source>Search sender, recipient, Mail Agent, address or reply</source>
        <translation>Rechercher expéditeur, destinataire, agent de messagerie, adresse ou réponse</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the refusals again (F5). They also update by themselves.</source>
        <translation>Relire les refus (F5). Ils se mettent aussi à jour d’eux-mêmes.</translation>
    </message>
    <message>
        <source>Last refused</source>
        <translation>Dernier refus</translation>
    </message>
    <message>
        <source>Mail Agent</source>
        <translation>Agent de messagerie</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Fois</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>expéditeur</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>Cannot read the refusals: %1</source>
        <translation>Impossible de lire les refus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was refused at submission.</source>
        <translation>Rien n’a été refusé à la soumission.</translation>
    </message>
    <message>
        <source>No refusal matches the search.</source>
        <translation>Aucun refus ne correspond à la recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln refusal(s).</source>
        <translation>
            <numerusform>%Ln refus.</numerusform>
            <numerusform>%Ln refus.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a refusal to see what the application was told, and why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un refus pour voir ce qui a été répondu à l’application, et pourquoi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Refused for now</source>
        <translation>Refusé pour l’instant</translation>
    </message>
    <message>
        <source>The application was told to try again later. Nothing was queued: a program that retries sends it again by itself, one that does not has lost it.</source>
        <translation>L’application a été invitée à réessayer plus tard. Rien n’a été mis en file d’attente&#xa0;: un programme qui réessaie le renvoie de lui-même, un programme qui ne le fait pas l’a perdu.</translation>
    </message>
    <message>
        <source>The application was told that it cannot be sent this way. Nothing was queued: it arrives only if it is sent again once the cause above is put right.</source>
        <translation>L’application a été informée qu’il ne peut pas être envoyé ainsi. Rien n’a été mis en file d’attente&#xa0;: il n’arrive que s’il est renvoyé une fois la cause ci-dessus corrigée.</translation>
    </message>
    <message>
        <source>What the code means:</source>
        <translation>Ce que signifie le code&#xa0;:</translation>
    </message>
    <message>
        <source>First refused</source>
        <translation>Premier refus</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Adresse du client</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu sur</translation>
    </message>
    <message>
        <source>(none: not logged in)</source>
        <translation>(aucun&#xa0;: non connecté)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l’instant)</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>%1 (not logged in)</source>
        <translation>%1 (non connecté)</translation>
    </message>
    <message>
        <source>From %1, not logged in</source>
        <translation>De %1, non connecté</translation>
    </message>
    <message>
        <source>Mail Agent %1, from %2</source>
        <translation>Agent de messagerie %1, depuis %2</translation>
    </message>
    <message numerus="yes">
        <source>The latest %Ln row(s) of refusals are shown; search to find older ones.</source>
        <translation>
            <numerusform>La dernière ligne (%Ln) de refus est affichée&#xa0;; recherchez pour trouver les plus anciennes.</numerusform>
            <numerusform>Les %Ln dernières lignes de refus sont affichées&#xa0;; recherchez pour trouver les plus anciennes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 refusals, in %Ln row(s): equal refusals share a row and its count (Times).</source>
        <translation>
            <numerusform>%1 refus, en %Ln ligne&#xa0;: les refus identiques partagent une ligne et son nombre (Fois).</numerusform>
            <numerusform>%1 refus, en %Ln lignes&#xa0;: les refus identiques partagent une ligne et son nombre (Fois).</numerusform>
        </translation>
    </message>
    <message>
        <source>The application was told to try again later, but its login no longer works: nothing was queued, and sending it again with the same user name and password fails every time.</source>
        <translation>L’application a été invitée à réessayer plus tard, mais son authentification ne fonctionne plus&#xa0;: rien n’a été mis en file d’attente, et le renvoyer avec le même nom d’utilisateur et le même mot de passe échoue à chaque fois.</translation>
    </message>
    <message>
        <source>What it means:</source>
        <translation>Ce que cela signifie&#xa0;:</translation>
    </message>
    <message>
        <source>(none: no MAIL command)</source>
        <translation>(aucun&#xa0;: pas de commande MAIL)</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>The relay turned the connection away</source>
        <translation>Le relais a refusé la connexion</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>The connection failed at its TLS handshake</source>
        <translation>La connexion a échoué à la négociation TLS</translation>
    </message>
    <message>
        <source>The connection failed on protocol errors</source>
        <translation>La connexion a échoué sur des erreurs de protocole</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>The connection failed before the application could send any mail: nothing was queued, and the device fails the same way each time until its settings are changed as the line above says.</source>
        <translation>La connexion a échoué avant que l’application puisse envoyer un courrier&#xa0;: rien n’a été mis en file d’attente, et l’appareil échoue de la même façon à chaque fois tant que ses réglages ne sont pas modifiés comme le dit la ligne ci-dessus.</translation>
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
        <translation>Le moteur du relais ne tourne pas.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RelayWords</name>
    <message>
        <source>; </source>
        <comment>between the items of a list; French writes a no-break space before the semicolon</comment>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>RelayDesk::RemoteEngine</name>
    <message>
        <source>The relay engine is not running.</source>
        <translation>Le service de relais ne fonctionne pas.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ReplyCodeDialog</name>
    <message>
        <source>Look up a reply code</source>
        <translation>Rechercher un code de réponse</translation>
    </message>
    <message>
        <source>e.g. 535 5.7.8, 4.7.10 or 550</source>
        <translation>p. ex. 535 5.7.8, 4.7.10 ou 550</translation>
    </message>
    <message>
        <source>Reply code:</source>
        <translation>Code de réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Type the code a mail server or application reported: the three digits (550), the enhanced code (5.1.1), or both.</source>
        <translation>Tapez le code signalé par un serveur de messagerie ou une application&#xa0;: les trois chiffres (550), le code étendu (5.1.1), ou les deux.</translation>
    </message>
    <message>
        <source>When RelayDesk itself gave this reply to an application:</source>
        <translation>Quand RelayDesk lui-même a donné cette réponse à une application&#xa0;:</translation>
    </message>
    <message>
        <source>the login was refused: the user name or password is wrong, or the application&apos;s address is not among its Mail Agent&apos;s allowed addresses. Live Sessions, &quot;Logins refused in the last 24 hours&quot;, says which; a new password does not help in the second case.</source>
        <translation>l’authentification a été refusée&#xa0;: le nom d’utilisateur ou le mot de passe est faux, ou l’adresse de l’application ne fait pas partie des adresses autorisées de son agent de messagerie. Sessions en cours, «&#xa0;Authentifications refusées ces dernières 24 heures&#xa0;», dit lequel&#xa0;; dans le second cas, un nouveau mot de passe n’aide pas.</translation>
    </message>
    <message>
        <source>the message named more recipients than one message may have (Settings, Listeners, &quot;Recipients per message&quot;) or than its Mail Agent&apos;s limit. The recipients before were taken; RelayDesk does not send the message to the others: the application must send it to them again.</source>
        <translation>le message nommait plus de destinataires qu’un message ne peut en avoir (Paramètres, Écouteurs, «&#xa0;Destinataires par message&#xa0;») ou que la limite de son agent de messagerie. Les destinataires précédents ont été acceptés&#xa0;; RelayDesk n’envoie pas le message aux autres&#xa0;: l’application doit le leur renvoyer.</translation>
    </message>
    <message>
        <source>the application sent mail without logging in, or tried to log in before encrypting the connection: turn on STARTTLS (or SSL/TLS on the SMTPS port) and authentication with the agent&apos;s user name and password in its settings.</source>
        <translation>l’application a envoyé du courrier sans s’authentifier, ou a tenté de s’authentifier avant de chiffrer la connexion&#xa0;: activez STARTTLS (ou SSL/TLS sur le port SMTPS) et l’authentification avec le nom d’utilisateur et le mot de passe de l’agent dans ses paramètres.</translation>
    </message>
    <message>
        <source>RelayDesk refused the message as written: a text line longer than 1,000 characters, a line not ended by CR LF, a NUL character, or two From:, Sender: or Reply-To: fields; the reply&apos;s text says which. The application&apos;s mail library must write the message so (long lines: quoted-printable or base64 encoding).</source>
        <translation>RelayDesk a refusé le message tel qu’il est écrit&#xa0;: une ligne de texte de plus de 1&#xa0;000&#xa0;caractères, une ligne qui ne se termine pas par CR LF, un caractère NUL, ou deux champs From:, Sender: ou Reply-To:&#xa0;; le texte de la réponse dit lequel. La bibliothèque de courrier de l’application doit écrire le message ainsi (lignes longues&#xa0;: encodage quoted-printable ou base64).</translation>
    </message>
    <message>
        <source>the message is larger than RelayDesk takes (Settings, Listeners, &quot;Largest message&quot;), or its header section is too large: send it smaller, or raise the limit.</source>
        <translation>le message est plus gros que ce que RelayDesk accepte (Paramètres, Écouteurs, «&#xa0;Message le plus gros&#xa0;»), ou son en-tête est trop grand&#xa0;: envoyez-le plus petit, ou augmentez la limite.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no SMTP reply code: a reply code has three digits and begins with 2 (done), 4 (temporary) or 5 (permanent).</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun code de réponse SMTP&#xa0;: un code de réponse a trois chiffres et commence par 2 (terminé), 4 (temporaire) ou 5 (définitif).</translation>
    </message>
    <message>
        <source>the application&apos;s address held more connections at once than Settings, Listeners, &quot;Connections from one address&quot; allows (or the relay as many as &quot;Connections in total&quot;), or too many failed logins came from it and it is locked out for a while (Live Sessions, &quot;Addresses locked out of AUTH&quot;, where it can be unlocked), or its login stopped working while it was connected (&quot;Access withdrawn&quot;: its password was revoked or replaced, or its Mail Agent disabled or changed: give it the current password); the reply&apos;s text says which.</source>
        <translation>l’adresse de l’application tenait plus de connexions à la fois que ne le permet Paramètres, Écouteurs, «&#xa0;Connexions d’une même adresse&#xa0;» (ou le relais autant que «&#xa0;Connexions au total&#xa0;»), ou trop d’authentifications échouées sont venues d’elle et elle est bloquée pour un moment (Sessions en cours, «&#xa0;Adresses bloquées pour l’authentification&#xa0;», où elle peut être débloquée), ou son authentification a cessé de valoir pendant qu’elle était connectée («&#xa0;Access withdrawn&#xa0;»&#xa0;: son mot de passe a été révoqué ou remplacé, ou son agent de messagerie désactivé ou modifié&#xa0;: donnez-lui le mot de passe actuel)&#xa0;; le texte de la réponse dit lequel.</translation>
    </message>
    <message>
        <source>the application&apos;s login stopped working while it was connected: the Mail Agent&apos;s password was revoked or replaced by a rotation, or the agent was disabled, deleted or its allowed addresses changed. Give the application the agent&apos;s current user name and password (Mail Agents, Credentials): sending again with the old ones never works.</source>
        <translation>l’authentification de l’application a cessé de fonctionner pendant qu’elle était connectée&#xa0;: le mot de passe de l’agent de messagerie a été révoqué ou remplacé par un renouvellement, ou l’agent a été désactivé, supprimé, ou ses adresses autorisées ont changé. Donnez à l’application le nom d’utilisateur et le mot de passe actuels de l’agent (Agents de messagerie, Identifiants)&#xa0;: renvoyer avec les anciens ne fonctionne jamais.</translation>
    </message>
    <message>
        <source>the Mail Agent reached one of its sending limits (Mail Agents, Sending limits); the reply says which and when it may send again. RelayDesk did not take the message and does not retry it: the application must send it again after that time, or raise the limit.</source>
        <translation>l’agent de messagerie a atteint l’une de ses limites d’envoi (Agents de messagerie, Limites d’envoi)&#xa0;; la réponse dit laquelle et quand il pourra de nouveau envoyer. RelayDesk n’a pas pris le message et ne le réessaie pas&#xa0;: l’application doit le renvoyer après cette heure, ou relevez la limite.</translation>
    </message>
    <message>
        <source>the Mail Agent reached one of its sending limits (Mail Agents, Sending limits; the reply says which and when it may send again). RelayDesk did not take the message and does not retry it: the application must send it again later, or raise the limit.</source>
        <translation>l’agent de messagerie a atteint l’une de ses limites d’envoi (Agents de messagerie, Limites d’envoi&#xa0;; la réponse dit laquelle et quand il pourra envoyer de nouveau). RelayDesk n’a pas pris le message et ne le réessaie pas&#xa0;: l’application doit le renvoyer plus tard, ou relevez la limite.</translation>
    </message>
    <message>
        <source>When a receiving server answers a recipient with this, RelayDesk puts the address on the sending Mail Agent&apos;s suppression list: later messages to it are not sent until it is lifted there (Mail Agents, Suppressions).</source>
        <translation>Quand un serveur destinataire répond ainsi pour un destinataire, RelayDesk place l’adresse sur la liste d’exclusion de l’agent de messagerie expéditeur&#xa0;: les messages suivants ne lui sont pas envoyés tant que l’exclusion n’y est pas levée (Agents de messagerie, Exclusions).</translation>
    </message>
    <message>
        <source>a device sent on the LAN relay port without logging in, and no Mail Agent lists its address as a trusted device. Add the address the reply names to the Trusted devices of the agent it sends for (Mail Agents, Edit), or have the device log in on the submission port with the agent&apos;s user name and password.</source>
        <translation>un appareil a envoyé sur le port du relais LAN sans s’authentifier, et aucun agent de messagerie ne compte son adresse parmi ses appareils de confiance. Ajoutez l’adresse que nomme la réponse aux appareils de confiance de l’agent pour lequel il envoie (Agents de messagerie, Modifier), ou faites-le s’authentifier sur le port de soumission avec le nom d’utilisateur et le mot de passe de l’agent.</translation>
    </message>
    <message>
        <source>RelayDesk did not take the message, and it is not in the queue: the Mail Agent is disabled (&quot;Accept mail from this agent&quot; is off), more logins from the address waited for their check than Settings, Security, &quot;Logins checked at once per address&quot; allows, or the relay could not read its store for a moment; the reply&apos;s text says which. The application must send it again (most mail programs do by themselves).</source>
        <translation>RelayDesk n’a pas pris le message, et il n’est pas dans la file d’attente&#xa0;: l’agent de messagerie est désactivé («&#xa0;Accepter le courrier de cet agent&#xa0;» est désactivé), plus d’authentifications de l’adresse attendaient leur vérification que ne le permet Paramètres, Sécurité, «&#xa0;Authentifications vérifiées à la fois par adresse&#xa0;», ou le relais n’a pas pu lire son stockage un instant&#xa0;; le texte de la réponse dit lequel. L’application doit l’envoyer à nouveau (la plupart des programmes de messagerie le font d’eux-mêmes).</translation>
    </message>
    <message>
        <source>the Mail Agent that trusts the device on the LAN relay port is disabled (&quot;Accept mail from this agent&quot; is off). RelayDesk did not take the message, and it is not in the queue: the device must send it again once the agent accepts mail.</source>
        <translation>l’agent de messagerie qui fait confiance à l’appareil sur le port du relais LAN est désactivé («&#xa0;Accepter le courrier de cet agent&#xa0;» est décoché). RelayDesk n’a pas pris le message, qui n’est pas dans la file d’attente&#xa0;: l’appareil doit le renvoyer une fois que l’agent accepte de nouveau le courrier.</translation>
    </message>
    <message>
        <source>the relay held three quarters of &quot;Connections in total&quot; (Settings, Listeners) and keeps the rest for addresses that hold few, and this address held its share already. Nothing was wrong with the application: it may try again in a moment. If this happens often, raise &quot;Connections in total&quot;, or find what holds so many connections open (Live Sessions).</source>
        <translation>le relais occupait les trois quarts de «&#xa0;Connexions au total&#xa0;» (Paramètres, Écouteurs) et garde le reste pour les adresses qui en tiennent peu, et cette adresse tenait déjà sa part. L’application n’a rien fait de mal&#xa0;: elle peut réessayer dans un instant. Si cela arrive souvent, augmentez «&#xa0;Connexions au total&#xa0;», ou cherchez ce qui tient tant de connexions ouvertes (Sessions en cours).</translation>
    </message>
    <message>
        <source>the envelope sender (MAIL FROM) is not one of the Mail Agent&apos;s sender domains or addresses (the reply names them). Add the domain to the agent&apos;s Sender domains (Mail Agents, Edit...), or set the application&apos;s sender address to one of them. DNS records do not matter here.</source>
        <translation>l’expéditeur de l’enveloppe (MAIL FROM) n’est ni l’un des domaines d’expédition de l’agent de messagerie ni l’une de ses adresses (la réponse les nomme). Ajoutez le domaine aux domaines d’expédition de l’agent (Agents de messagerie, Modifier…), ou réglez l’adresse d’expéditeur de l’application sur l’une d’elles. Les enregistrements DNS n’y sont pour rien.</translation>
    </message>
    <message>
        <source>the message&apos;s From: address is not one of the Mail Agent&apos;s sender domains, the device is not trusted on the LAN relay port, or the recipient is this computer or an internal address; the reply&apos;s text says which. For a From: address, add its domain to the agent&apos;s Sender domains (Mail Agents, Edit...) or change the application&apos;s From: address.</source>
        <translation>l’adresse From: du message n’est pas l’un des domaines d’expédition de l’agent de messagerie, l’appareil n’est pas de confiance sur le port du relais LAN, ou le destinataire est cet ordinateur ou une adresse interne&#xa0;; le texte de la réponse dit lequel. Pour une adresse From:, ajoutez son domaine aux domaines d’expédition de l’agent (Agents de messagerie, Modifier…) ou changez l’adresse From: de l’application.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RestartBanner</name>
    <message>
        <source>Restart relay</source>
        <translation>Redémarrer le relais</translation>
    </message>
    <message>
        <source>Restart needed to apply: %1.</source>
        <translation>Redémarrage nécessaire pour appliquer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Restarting the relay...</source>
        <translation>Redémarrage du relais…</translation>
    </message>
    <message>
        <source>The relay did not start: %1</source>
        <translation>Le relais n’a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not restarted: %1</source>
        <translation>Non redémarré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RouteAdmin</name>
    <message>
        <source>no route for &apos;%1&apos;</source>
        <translation>aucune route pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no TLS policy for &apos;%1&apos;</source>
        <translation>aucune politique TLS pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the user name has a line break</source>
        <translation>le nom d’utilisateur contient un saut de ligne</translation>
    </message>
    <message>
        <source>the password has several lines</source>
        <translation>le mot de passe tient sur plusieurs lignes</translation>
    </message>
    <message>
        <source>the route has no host</source>
        <translation>la route n’a pas d’hôte</translation>
    </message>
    <message>
        <source>no smarthost is set (mail goes to the recipients&apos; MX hosts)</source>
        <translation>aucun smarthost n’est défini (le courrier part vers les hôtes MX des destinataires)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not implicit, starttls or opportunistic</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni implicit, ni starttls, ni opportunistic</translation>
    </message>
    <message>
        <source>only one of a CA file, a fingerprint or skipping the verification can be set</source>
        <translation>un seul parmi un fichier d’AC, une empreinte ou l’absence de vérification peut être défini</translation>
    </message>
    <message>
        <source>the user name %1 needs a password</source>
        <translation>le nom d’utilisateur %1 a besoin d’un mot de passe</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RouteTable</name>
    <message>
        <source>&apos;%1&apos; is not a domain or *.domain</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un domaine ni un *.domaine</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain or *.domain: for all mail, set a smarthost</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un domaine ni un *.domaine&#xa0;: pour tout le courrier, définissez un smarthost</translation>
    </message>
</context>
<context>
    <name>RelayDesk::RoutesEditor</name>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>example.com or *.example.com</source>
        <translation>example.com ou *.example.com</translation>
    </message>
    <message>
        <source>mail.example.com</source>
        <translation>mail.example.com</translation>
    </message>
    <message>
        <source>Add or replace</source>
        <translation>Ajouter ou remplacer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>STARTTLS if offered</source>
        <translation>STARTTLS si proposé</translation>
    </message>
    <message>
        <source>STARTTLS, verified certificate</source>
        <translation>STARTTLS, certificat vérifié</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Aucun chiffrement</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS dès le départ (port 465)</translation>
    </message>
    <message>
        <source>Mail for these domains goes to the given host instead of the domain&apos;s own mail servers or the smarthost.</source>
        <translation>Le courrier pour ces domaines part vers le serveur indiqué au lieu des serveurs de messagerie du domaine ou du smarthost.</translation>
    </message>
    <message>
        <source>Enter the host that receives the mail.</source>
        <translation>Indiquez le serveur qui reçoit le courrier.</translation>
    </message>
    <message>
        <source>route for %1: %2</source>
        <translation>route pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connect to the selected route&apos;s host as delivery would, without sending mail</source>
        <translation>Se connecter à l’hôte de la route choisie comme le ferait la remise, sans envoyer de courrier</translation>
    </message>
    <message>
        <source>The route for %1</source>
        <translation>La route pour %1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>password (empty: the stored one stays)</source>
        <translation>mot de passe (vide&#xa0;: celui enregistré reste)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Saisissez le mot de passe de %1.</translation>
    </message>
    <message>
        <source>Enter the user name that goes with the password.</source>
        <translation>Saisissez le nom d’utilisateur qui va avec le mot de passe.</translation>
    </message>
    <message>
        <source>AUTH at the route&apos;s host, sent only after its certificate is verified.</source>
        <translation>AUTH auprès du serveur de la route, envoyé seulement après la vérification de son certificat.</translation>
    </message>
    <message>
        <source>A login needs &quot;STARTTLS, verified certificate&quot; or &quot;TLS from the start&quot;: a password goes only to a server whose certificate is checked.</source>
        <translation>Une authentification demande «&#xa0;STARTTLS, certificat vérifié&#xa0;» ou «&#xa0;TLS dès le départ&#xa0;»&#xa0;: un mot de passe ne va qu’à un serveur dont le certificat est vérifié.</translation>
    </message>
    <message>
        <source>user name, if it asks for one</source>
        <translation>nom d’utilisateur, si demandé</translation>
    </message>
    <message>
        <source>STARTTLS, any certificate</source>
        <translation>STARTTLS, tout certificat</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS dès le départ</translation>
    </message>
    <message>
        <source>%1, CA file %2</source>
        <translation>%1, fichier d’AC %2</translation>
    </message>
    <message>
        <source>%1, pinned certificate</source>
        <translation>%1, certificat épinglé</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>Retirer la route</translation>
    </message>
    <message>
        <source>Remove the route for %1? Once the settings are saved, its mail goes to the domain&apos;s own mail servers or the smarthost again.</source>
        <translation>Retirer la route pour %1&#xa0;? Une fois les paramètres enregistrés, son courrier repart vers les serveurs de messagerie du domaine ou vers le smarthost.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SenderDnsRecords</name>
    <message>
        <source>replaced by a rotation: keep it published until %1, then remove it</source>
        <translation>remplacée par un renouvellement&#xa0;: gardez-la publiée jusqu’au %1, puis supprimez-la</translation>
    </message>
    <message>
        <source>publish one SPF record for %1 only: merge this into an existing one and keep the mechanisms of the other services that send as %1</source>
        <translation>publiez un seul enregistrement SPF pour %1&#xa0;: fusionnez ceci avec l’existant et gardez les mécanismes des autres services qui envoient en tant que %1</translation>
    </message>
    <message>
        <source>mail goes to the recipients&apos; MX hosts directly from %1 (delivery.public_address); </source>
        <translation>le courrier part directement de %1 vers les hôtes MX des destinataires (delivery.public_address)&#xa0;; </translation>
    </message>
    <message>
        <source>mail goes to the recipients&apos; MX hosts directly: replace YOUR.PUBLIC.IP with the public IPv4 address this office sends from (add ip6: for IPv6); </source>
        <translation>le courrier part directement vers les hôtes MX des destinataires&#xa0;: remplacez YOUR.PUBLIC.IP par l’adresse IPv4 publique depuis laquelle ce bureau envoie (ajoutez ip6: pour IPv6)&#xa0;; </translation>
    </message>
    <message>
        <source>mail goes through the smarthost %1; </source>
        <translation>le courrier passe par le smarthost %1&#xa0;; </translation>
    </message>
    <message>
        <source>mail goes through the smarthost %1: replace SPF.DOMAIN.OF.YOUR.PROVIDER with the include: your provider documents for it; </source>
        <translation>le courrier passe par le smarthost %1&#xa0;: remplacez SPF.DOMAIN.OF.YOUR.PROVIDER par l’include: indiqué par votre fournisseur&#xa0;; </translation>
    </message>
    <message>
        <source>a starting policy that only asks for reports: once they show every source passing, move to p=quarantine, then p=reject</source>
        <translation>une politique de départ qui demande seulement des rapports&#xa0;: quand ils montrent que toutes les sources passent, passez à p=quarantine, puis à p=reject</translation>
    </message>
    <message>
        <source>replaced by a rotation, its grace period over, but mail still in the queue carries its signature: keep it published until it is no longer listed here</source>
        <translation>remplacée par une rotation, son délai de grâce écoulé, mais du courrier en file d’attente porte encore sa signature&#xa0;: gardez-la publiée jusqu’à ce qu’elle ne figure plus ici</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SenderListEditor</name>
    <message>
        <source>e.g. example.com</source>
        <translation>p. ex. example.com</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>May send as %1 only.</source>
        <translation>Peut envoyer uniquement en tant que %1.</translation>
    </message>
    <message>
        <source>May send as any address at %1 (not its subdomains).</source>
        <translation>Peut envoyer depuis toute adresse de %1 (pas de ses sous-domaines).</translation>
    </message>
    <message>
        <source>This address only</source>
        <translation>Cette adresse seulement</translation>
    </message>
    <message>
        <source>Any address at this domain</source>
        <translation>Toute adresse de ce domaine</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SenderRules</name>
    <message>
        <source>&apos;%1&apos; is not an address of the form local@domain in plain ASCII</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de la forme nom@domaine en ASCII simple</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give a domain (%2) or an address (user@%2)</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: indiquez un domaine (%2) ou une adresse (utilisateur@%2)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SendingLimitsPanel</name>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Messages per &amp;minute:</source>
        <translation>Messages par &amp;minute&#xa0;:</translation>
    </message>
    <message>
        <source>Messages per ho&amp;ur:</source>
        <translation>Messages par he&amp;ure&#xa0;:</translation>
    </message>
    <message>
        <source>Messages per &amp;day:</source>
        <translation>Messages par &amp;jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recipients per message:</source>
        <translation>&amp;Destinataires par message&#xa0;:</translation>
    </message>
    <message>
        <source>A limit keeps a leaked password from sending without end: over it, the relay asks the application to try again later (451 4.7.1). Minutes, hours and days are counted in UTC and start again on the next whole minute, hour or day.</source>
        <translation>Une limite empêche un mot de passe divulgué d’envoyer sans fin&#xa0;: au-delà, le relais demande à l’application de réessayer plus tard (451 4.7.1). Les minutes, heures et jours sont comptés en UTC et repartent à la minute, l’heure ou le jour entier suivant.</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>Enregistrer les limites</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Cannot read the sending limits: %1</source>
        <translation>Impossible de lire les limites d’envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 this minute</source>
        <translation>%1 sur %2 cette minute</translation>
    </message>
    <message>
        <source>%1 this minute</source>
        <translation>%1 cette minute</translation>
    </message>
    <message>
        <source>%1 of %2 this hour</source>
        <translation>%1 sur %2 cette heure</translation>
    </message>
    <message>
        <source>%1 this hour</source>
        <translation>%1 cette heure</translation>
    </message>
    <message>
        <source>%1 of %2 today (UTC)</source>
        <translation>%1 sur %2 aujourd’hui (UTC)</translation>
    </message>
    <message>
        <source>%1 today (UTC)</source>
        <translation>%1 aujourd’hui (UTC)</translation>
    </message>
    <message>
        <source>Starts again at %1</source>
        <translation>Repart à %1</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved. A running relay applies the limits within a second.</source>
        <translation>Enregistré. Un relais en marche applique les limites en moins d’une seconde.</translation>
    </message>
    <message>
        <source>The limit per minute (%1) is above the limit per hour (%2), so it is never reached.</source>
        <translation>La limite par minute (%1) dépasse la limite par heure (%2)&#xa0;: elle n’est donc jamais atteinte.</translation>
    </message>
    <message>
        <source>The limit per minute (%1) is above the limit per day (%2), so it is never reached.</source>
        <translation>La limite par minute (%1) dépasse la limite par jour (%2)&#xa0;: elle n’est donc jamais atteinte.</translation>
    </message>
    <message>
        <source>The limit per hour (%1) is above the limit per day (%2), so it is never reached.</source>
        <translation>La limite par heure (%1) dépasse la limite par jour (%2)&#xa0;: elle n’est donc jamais atteinte.</translation>
    </message>
    <message>
        <source>Unsaved sending limits</source>
        <translation>Limites d’envoi non enregistrées</translation>
    </message>
    <message>
        <source>Save the sending limits of %1?</source>
        <translation>Enregistrer les limites d’envoi de %1&#xa0;?</translation>
    </message>
    <message>
        <source>They were changed and not saved yet. Discard keeps the limits stored before.</source>
        <translation>Elles ont été modifiées et pas encore enregistrées. «&#xa0;Ne pas tenir compte&#xa0;» garde les limites enregistrées auparavant.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::ServiceAccess</name>
    <message>
        <source>the relay service does not see %1: it sees no file under /home, /root, /run/user, /tmp or /var/tmp; put it in /etc/relaydesk</source>
        <translation>le service de relais ne voit pas %1&#xa0;: il ne voit aucun fichier sous /home, /root, /run/user, /tmp ou /var/tmp&#xa0;; placez-le dans /etc/relaydesk</translation>
    </message>
    <message>
        <source>the relay runs as %1, which cannot read %2 (%3 is closed to it): put the file in /etc/relaydesk, or let the group %4 read it (chgrp %4 FILE; chmod g+r FILE)</source>
        <translation>le relais fonctionne sous %1, qui ne peut pas lire %2 (%3 lui est fermé)&#xa0;: placez le fichier dans /etc/relaydesk, ou laissez le groupe %4 le lire (chgrp %4 FICHIER&#xa0;; chmod g+r FICHIER)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SessionsModel</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>(not logged in)</source>
        <translation>(non authentifié)</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Écouteur</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>authentification</translation>
    </message>
    <message>
        <source>receiving message</source>
        <translation>réception du message</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>%1, cipher %2</source>
        <translation>%1, chiffrement %2</translation>
    </message>
    <message>
        <source>addressing</source>
        <translation>adressage</translation>
    </message>
    <message>
        <source>%1 received, %2 sent</source>
        <translation>%1 reçus, %2 envoyés</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SessionsPage</name>
    <message numerus="yes">
        <source>%n open session(s)</source>
        <translation>
            <numerusform>%n session ouverte</numerusform>
            <numerusform>%n sessions ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect...</source>
        <translation>Déconnecter…</translation>
    </message>
    <message>
        <source>Disconnect session</source>
        <translation>Déconnecter la session</translation>
    </message>
    <message>
        <source>Disconnect %1? The client is told that the connection is closing (421) and a message it has not finished sending is not accepted; most clients try again later.</source>
        <translation>Déconnecter %1&#xa0;? Le client est informé de la fermeture de la connexion (421) et un message qu’il n’a pas fini d’envoyer n’est pas accepté&#xa0;; la plupart des clients réessaient plus tard.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>End the selected sessions now; their clients are told to try again later</source>
        <translation>Mettre fin maintenant aux sessions sélectionnées&#xa0;; leurs clients sont invités à réessayer plus tard</translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %n sessions? Their clients are told that the connection is closing (421) and a message one has not finished sending is not accepted; most clients try again later.</source>
        <translation>
            <numerusform>Déconnecter %n session&#xa0;? Son client est informé de la fermeture de la connexion (421) et un message qu’il n’a pas fini d’envoyer n’est pas accepté&#xa0;; la plupart des clients réessaient plus tard.</numerusform>
            <numerusform>Déconnecter %n sessions&#xa0;? Leurs clients sont informés de la fermeture de la connexion (421) et un message que l’un d’eux n’a pas fini d’envoyer n’est pas accepté&#xa0;; la plupart des clients réessaient plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session had already ended before the disconnect: its client left on its own.</source>
        <translation>La session était déjà terminée avant la déconnexion&#xa0;: son client est parti de lui-même.</translation>
    </message>
    <message numerus="yes">
        <source>All %n sessions had already ended before the disconnect: their clients left on their own.</source>
        <translation>
            <numerusform>La %n session était déjà terminée avant la déconnexion&#xa0;: son client est parti de lui-même.</numerusform>
            <numerusform>Les %n sessions étaient déjà terminées avant la déconnexion&#xa0;: leurs clients sont partis d’eux-mêmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected sessions had already ended before the disconnect; the others are being disconnected.</source>
        <translation>
            <numerusform>%n des sessions sélectionnées était déjà terminée avant la déconnexion&#xa0;; les autres sont en cours de déconnexion.</numerusform>
            <numerusform>%n des sessions sélectionnées étaient déjà terminées avant la déconnexion&#xa0;; les autres sont en cours de déconnexion.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::SettingCatalog</name>
    <message>
        <source>This relay</source>
        <translation>Ce relais</translation>
    </message>
    <message>
        <source>Submission port (STARTTLS)</source>
        <translation>Port de soumission (STARTTLS)</translation>
    </message>
    <message>
        <source>SMTPS port (implicit TLS)</source>
        <translation>Port SMTPS (TLS implicite)</translation>
    </message>
    <message>
        <source>LAN relay for devices (no password)</source>
        <translation>Relais LAN pour appareils (sans mot de passe)</translation>
    </message>
    <message>
        <source>Incoming connections</source>
        <translation>Connexions entrantes</translation>
    </message>
    <message>
        <source>Incoming messages</source>
        <translation>Messages entrants</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Authentifications échouées</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Smarthost</source>
        <translation>Smarthost</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>Outgoing connections</source>
        <translation>Connexions sortantes</translation>
    </message>
    <message>
        <source>What is kept</source>
        <translation>Ce qui est conservé</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d’hôte</translation>
    </message>
    <message>
        <source>The name this relay gives in its greeting and in Received: headers. Applications should connect to it by this name.</source>
        <translation>Le nom que ce relais donne dans son message d’accueil et dans les en-têtes Received:. Les applications devraient s’y connecter sous ce nom.</translation>
    </message>
    <message>
        <source>Worker threads</source>
        <translation>Threads de travail</translation>
    </message>
    <message>
        <source>Threads that serve client connections.</source>
        <translation>Threads qui servent les connexions des clients.</translation>
    </message>
    <message>
        <source>Accept mail on the submission port</source>
        <translation>Accepter le courrier sur le port de soumission</translation>
    </message>
    <message>
        <source>Applications connect, start TLS (STARTTLS) and log in.</source>
        <translation>Les applications se connectent, démarrent TLS (STARTTLS) et s’authentifient.</translation>
    </message>
    <message>
        <source>Address and port</source>
        <translation>Adresse et port</translation>
    </message>
    <message>
        <source>IP address and port, for example 0.0.0.0:587 for every network or 127.0.0.1:587 for this computer only.</source>
        <translation>Adresse IP et port, par exemple 0.0.0.0:587 pour tous les réseaux ou 127.0.0.1:587 pour cet ordinateur seulement.</translation>
    </message>
    <message>
        <source>Accept mail on the SMTPS port</source>
        <translation>Accepter le courrier sur le port SMTPS</translation>
    </message>
    <message>
        <source>Applications connect with TLS from the first byte (RFC 8314) and log in.</source>
        <translation>Les applications se connectent en TLS dès le premier octet (RFC 8314) et s’authentifient.</translation>
    </message>
    <message>
        <source>IP address and port, for example 0.0.0.0:465.</source>
        <translation>Adresse IP et port, par exemple 0.0.0.0:465.</translation>
    </message>
    <message>
        <source>Accept mail from trusted devices</source>
        <translation>Accepter le courrier des appareils de confiance</translation>
    </message>
    <message>
        <source>Printers and scanners that cannot log in send here; only the devices a Mail Agent trusts are accepted.</source>
        <translation>Les imprimantes et scanners qui ne peuvent pas s’authentifier envoient ici&#xa0;; seuls les appareils auxquels un agent de messagerie fait confiance sont acceptés.</translation>
    </message>
    <message>
        <source>IP address and port, for example 192.168.1.10:25.</source>
        <translation>Adresse IP et port, par exemple 192.168.1.10:25.</translation>
    </message>
    <message>
        <source>Connections in total</source>
        <translation>Connexions au total</translation>
    </message>
    <message>
        <source>Connections served at once; more are refused until one ends.</source>
        <translation>Connexions servies en même temps&#xa0;; les suivantes sont refusées jusqu’à ce qu’une se termine.</translation>
    </message>
    <message>
        <source>Connections from one address</source>
        <translation>Connexions d’une même adresse</translation>
    </message>
    <message>
        <source>Connections one computer may hold open at once.</source>
        <translation>Connexions qu’un ordinateur peut garder ouvertes en même temps.</translation>
    </message>
    <message>
        <source>Silence allowed</source>
        <translation>Silence toléré</translation>
    </message>
    <message>
        <source>Longest connection</source>
        <translation>Connexion la plus longue</translation>
    </message>
    <message>
        <source>How long one connection may last in all.</source>
        <translation>Durée totale maximale d’une connexion.</translation>
    </message>
    <message>
        <source>Time to start TLS</source>
        <translation>Délai pour démarrer TLS</translation>
    </message>
    <message>
        <source>How long the TLS handshake may take before the connection is closed.</source>
        <translation>Durée maximale de la négociation TLS avant la fermeture de la connexion.</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>Message le plus gros</translation>
    </message>
    <message>
        <source>Larger messages are refused, and the limit is announced to clients (RFC 1870 SIZE).</source>
        <translation>Les messages plus gros sont refusés, et la limite est annoncée aux clients (RFC 1870 SIZE).</translation>
    </message>
    <message>
        <source>Recipients per message</source>
        <translation>Destinataires par message</translation>
    </message>
    <message>
        <source>Recipients beyond this number are refused; the client sends the message again for them.</source>
        <translation>Les destinataires au-delà de ce nombre sont refusés&#xa0;; le client renvoie le message pour eux.</translation>
    </message>
    <message>
        <source>Hops before a mail loop</source>
        <translation>Sauts avant une boucle</translation>
    </message>
    <message>
        <source>A message that has passed this many mail servers (Received: headers) is refused as a loop.</source>
        <translation>Un message passé par autant de serveurs de messagerie (en-têtes Received:) est refusé comme une boucle.</translation>
    </message>
    <message>
        <source>Counted over</source>
        <translation>Comptés sur</translation>
    </message>
    <message>
        <source>Failed logins older than this are forgotten.</source>
        <translation>Les échecs plus anciens sont oubliés.</translation>
    </message>
    <message>
        <source>Lockout lasts</source>
        <translation>Durée du blocage</translation>
    </message>
    <message>
        <source>How long a locked-out address may not log in.</source>
        <translation>Durée pendant laquelle une adresse bloquée ne peut pas s’authentifier.</translation>
    </message>
    <message>
        <source>Login attempts from one address checked at the same time; more are asked to try again later.</source>
        <translation>Tentatives d’authentification d’une même adresse vérifiées en même temps&#xa0;; les suivantes sont invitées à réessayer plus tard.</translation>
    </message>
    <message>
        <source>Deliver queued mail</source>
        <translation>Distribuer le courrier en attente</translation>
    </message>
    <message>
        <source>When off, the relay accepts mail and holds it in the queue.</source>
        <translation>Désactivé, le relais accepte le courrier et le garde dans la file d’attente.</translation>
    </message>
    <message>
        <source>Send all mail that no route covers through this server (host:port), for example smtp.example.com:587. Empty: deliver straight to each domain&apos;s mail servers.</source>
        <translation>Envoyer par ce serveur (hôte:port) tout le courrier qu’aucune route ne couvre, par exemple smtp.example.com:587. Vide&#xa0;: remettre directement aux serveurs de messagerie de chaque domaine.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>How the connection to the smarthost is encrypted.</source>
        <translation>Comment la connexion au smarthost est chiffrée.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Login name at the smarthost; empty if it needs no login.</source>
        <translation>Identifiant auprès du smarthost&#xa0;; vide s’il n’exige pas d’authentification.</translation>
    </message>
    <message>
        <source>First retry after</source>
        <translation>Premier nouvel essai après</translation>
    </message>
    <message>
        <source>When a receiving server asks to try later, the first retry waits this long.</source>
        <translation>Quand un serveur destinataire demande de réessayer plus tard, le premier nouvel essai attend ce délai.</translation>
    </message>
    <message>
        <source>Longest wait between retries</source>
        <translation>Attente maximale entre deux essais</translation>
    </message>
    <message>
        <source>The wait doubles after each try, up to this.</source>
        <translation>L’attente double après chaque essai, jusqu’à cette valeur.</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>Abandonner après</translation>
    </message>
    <message>
        <source>A message that could not be delivered for this long is returned to its sender.</source>
        <translation>Un message qui n’a pas pu être remis pendant ce délai est renvoyé à son expéditeur.</translation>
    </message>
    <message>
        <source>Tell the sender of a delay after</source>
        <translation>Prévenir l’expéditeur d’un retard après</translation>
    </message>
    <message>
        <source>The sender is told that the message is late, once.</source>
        <translation>L’expéditeur est prévenu une fois que le message est en retard.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Outgoing connections open at once.</source>
        <translation>Connexions sortantes ouvertes en même temps.</translation>
    </message>
    <message>
        <source>Connections to one destination</source>
        <translation>Connexions vers une même destination</translation>
    </message>
    <message>
        <source>Outgoing connections to one receiving server at once.</source>
        <translation>Connexions sortantes simultanées vers un même serveur destinataire.</translation>
    </message>
    <message>
        <source>Deliveries at once</source>
        <translation>Remises simultanées</translation>
    </message>
    <message>
        <source>Deliveries in progress at the same time; also the most that a crash may deliver twice.</source>
        <translation>Remises en cours en même temps&#xa0;; c’est aussi le maximum qu’un plantage peut remettre deux fois.</translation>
    </message>
    <message>
        <source>Time to connect</source>
        <translation>Délai de connexion</translation>
    </message>
    <message>
        <source>How long to wait for a receiving server to answer a connection.</source>
        <translation>Durée d’attente de la réponse d’un serveur destinataire à une connexion.</translation>
    </message>
    <message>
        <source>Time for each reply</source>
        <translation>Délai pour chaque réponse</translation>
    </message>
    <message>
        <source>Look at the queue every</source>
        <translation>Examiner la file d’attente toutes les</translation>
    </message>
    <message>
        <source>How often the queue is checked for messages that are due.</source>
        <translation>Fréquence à laquelle la file d’attente est examinée pour les messages à envoyer.</translation>
    </message>
    <message>
        <source>Name sent to servers</source>
        <translation>Nom envoyé aux serveurs</translation>
    </message>
    <message>
        <source>The name this relay gives in EHLO; empty: the host name.</source>
        <translation>Le nom que ce relais donne dans EHLO&#xa0;; vide&#xa0;: le nom d’hôte.</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Serveur DNS</translation>
    </message>
    <message>
        <source>IP address of the DNS server that finds the receiving servers; empty: the system&apos;s.</source>
        <translation>Adresse IP du serveur DNS qui trouve les serveurs destinataires&#xa0;; vide&#xa0;: celui du système.</translation>
    </message>
    <message>
        <source>Port of receiving servers</source>
        <translation>Port des serveurs destinataires</translation>
    </message>
    <message>
        <source>Mail servers receive on port 25 (RFC 5321); another port only for tests.</source>
        <translation>Les serveurs de messagerie reçoivent sur le port 25 (RFC 5321)&#xa0;; un autre port seulement pour des tests.</translation>
    </message>
    <message>
        <source>Keep message bodies for</source>
        <translation>Conserver le contenu des messages</translation>
    </message>
    <message>
        <source>How long a message&apos;s text is kept after it was delivered or returned, for a look or a resend.</source>
        <translation>Durée de conservation du texte d’un message après sa remise ou son retour à l’expéditeur, pour le consulter ou l’envoyer de nouveau.</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>non conservé</translation>
    </message>
    <message>
        <source>Keep the delivery log for</source>
        <translation>Conserver le journal de remise</translation>
    </message>
    <message>
        <source>How long delivery records (envelope, outcome, transcript) and security events are kept.</source>
        <translation>Durée de conservation des enregistrements de remise (enveloppe, résultat, transcription) et des événements de sécurité.</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Clé privée TLS</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Écouteurs</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>STARTTLS, required</source>
        <translation>STARTTLS, obligatoire</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS dès le départ (port 465)</translation>
    </message>
    <message>
        <source>STARTTLS if offered</source>
        <translation>STARTTLS si proposé</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier d’AC</translation>
    </message>
    <message>
        <source>A PEM file of the certificate authorities the smarthost&apos;s certificate must be signed by, for a smarthost with a certificate of its own CA. Empty: the system&apos;s CAs. The host name is checked either way.</source>
        <translation>Un fichier PEM des autorités de certification qui doivent avoir signé le certificat du smarthost, pour un smarthost dont le certificat vient de sa propre AC. Vide&#xa0;: les AC du système. Le nom d’hôte est vérifié dans tous les cas.</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>Certificat épinglé</translation>
    </message>
    <message>
        <source>SHA256: and the 64 hex digits of the smarthost&apos;s own certificate (as Test connection shows it), accepted instead of a CA check. Empty: none.</source>
        <translation>SHA256: et les 64 chiffres hexadécimaux du certificat du smarthost (tel que «&#xa0;Tester la connexion&#xa0;» l’affiche), accepté à la place d’une vérification par AC. Vide&#xa0;: aucun.</translation>
    </message>
    <message>
        <source>Do not verify the smarthost&apos;s certificate (insecure)</source>
        <translation>Ne pas vérifier le certificat du smarthost (non sécurisé)</translation>
    </message>
    <message>
        <source>Any server on the way can then pose as the smarthost and receive its password. Logged at each start.</source>
        <translation>N’importe quel serveur sur le chemin peut alors se faire passer pour le smarthost et recevoir son mot de passe. Journalisé à chaque démarrage.</translation>
    </message>
    <message>
        <source>Password checks</source>
        <translation>Vérifications de mot de passe</translation>
    </message>
    <message>
        <source>Remember a checked password for</source>
        <translation>Retenir un mot de passe vérifié pendant</translation>
    </message>
    <message>
        <source>A password that passed its check is remembered (as a keyed hash, in memory only) for this long, so that the next login with it is fast. 0 turns this off. Rotating or revoking the password, disabling its agent or changing its allowed addresses forgets it at once.</source>
        <translation>Un mot de passe qui a passé la vérification est retenu (sous forme de hachage à clé, en mémoire seulement) pendant cette durée, pour que la connexion suivante soit rapide. 0 désactive ce mécanisme. Renouveler ou révoquer le mot de passe, désactiver son agent ou modifier ses adresses autorisées l’oublie immédiatement.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Password checks at once</source>
        <translation>Vérifications simultanées</translation>
    </message>
    <message>
        <source>How many password checks run at the same time; 0 means one per processor core.</source>
        <translation>Nombre de vérifications de mot de passe exécutées en même temps&#xa0;; 0 signifie une par cœur de processeur.</translation>
    </message>
    <message>
        <source>One per core</source>
        <translation>Une par cœur de processeur</translation>
    </message>
    <message>
        <source>Memory for password checks (MiB)</source>
        <translation>Mémoire pour les vérifications (Mio)</translation>
    </message>
    <message>
        <source>Each password check takes 19 MiB; checks beyond this memory wait their turn.</source>
        <translation>Chaque vérification de mot de passe prend 19 Mio&#xa0;; au-delà de cette mémoire, les vérifications attendent leur tour.</translation>
    </message>
    <message>
        <source>Public sending address</source>
        <translation>Adresse d’envoi publique</translation>
    </message>
    <message>
        <source>The public IP address this office sends mail from (behind NAT: the router&apos;s); the DNS check looks up its PTR and the suggested SPF record names it. Empty: unknown.</source>
        <translation>L’adresse IP publique depuis laquelle ce bureau envoie le courrier (derrière un NAT&#xa0;: celle du routeur)&#xa0;; la vérification DNS interroge son PTR et l’enregistrement SPF proposé la cite. Vide&#xa0;: inconnue.</translation>
    </message>
    <message>
        <source>Extra trusted CAs</source>
        <translation>Autorités de certification supplémentaires</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities trusted besides the system&apos;s, for servers with certificates of the office&apos;s own CA: checked for MTA-STS, the smarthost and routes that verify. Empty: the system&apos;s CAs only.</source>
        <translation>Un fichier PEM d’autorités de certification approuvées en plus de celles du système, pour les serveurs dont les certificats viennent de l’autorité du bureau&#xa0;: vérifiées pour MTA-STS, le smarthost et les routes qui vérifient. Vide&#xa0;: seulement les autorités du système.</translation>
    </message>
    <message>
        <source>Delivery lease</source>
        <translation>Bail de remise</translation>
    </message>
    <message>
        <source>With several relays on one PostgreSQL store: how long a relay keeps the messages it is delivering; if it stops responding, another relay delivers them after this time.</source>
        <translation>Avec plusieurs relais sur un même stockage PostgreSQL&#xa0;: combien de temps un relais garde les messages qu’il est en train de remettre&#xa0;; s’il ne répond plus, un autre relais les remet après ce délai.</translation>
    </message>
    <message>
        <source>Mail to postmaster goes to</source>
        <translation>Le courrier à postmaster va à</translation>
    </message>
    <message>
        <source>The address that gets mail sent to &quot;postmaster&quot; without a domain, the mailbox every mail relay must take (RFC 5321). Empty: such mail is refused.</source>
        <translation>L’adresse qui reçoit le courrier envoyé à «&#xa0;postmaster&#xa0;» sans domaine, la boîte que tout relais de messagerie doit accepter (RFC 5321). Vide&#xa0;: ce courrier est refusé.</translation>
    </message>
    <message>
        <source>Deliver to internal IP addresses</source>
        <translation>Remettre aux adresses IP internes</translation>
    </message>
    <message>
        <source>Failed logins that lock an address out</source>
        <translation>Échecs de connexion qui bloquent une adresse</translation>
    </message>
    <message>
        <source>The wrong password that reaches this number, from one address, locks that address out: with 5, four are answered &quot;wrong password&quot; and the fifth &quot;too many attempts&quot;.</source>
        <translation>Le mauvais mot de passe qui atteint ce nombre, depuis une adresse, bloque cette adresse&#xa0;: avec 5, quatre reçoivent «&#xa0;mauvais mot de passe&#xa0;» et le cinquième «&#xa0;trop de tentatives&#xa0;».</translation>
    </message>
    <message>
        <source>Take mail for an address such as user@[10.0.0.5], an address of this machine or of a private network, and for a name without a dot such as user@intranet (a route says where it goes). Off: such recipients are refused, so that no application or device names an office server by its address. A domain whose mail server (MX) is an internal address is delivered there either way, as split DNS and routes to the office&apos;s own mail server need.</source>
        <translation>Accepter le courrier pour une adresse comme user@[10.0.0.5], une adresse de cette machine ou d’un réseau privé, et pour un nom sans point comme user@intranet (une route indique où il va). Désactivé&#xa0;: ces destinataires sont refusés, pour qu’aucune application ni aucun appareil ne désigne un serveur du bureau par son adresse. Un domaine dont le serveur de courrier (MX) a une adresse interne y est remis dans tous les cas, comme le demandent le DNS scindé et les routes vers le serveur de courrier du bureau.</translation>
    </message>
    <message>
        <source>How long to wait for each reply of a receiving server (RFC 5321 4.5.3.2). The reply to the end of a message is waited for at least 10 minutes: the server may be checking it (4.5.3.2.6).</source>
        <translation>Combien de temps attendre chaque réponse d’un serveur destinataire (RFC 5321 4.5.3.2). La réponse à la fin d’un message est attendue au moins 10&#xa0;minutes&#xa0;: le serveur peut être en train de le vérifier (4.5.3.2.6).</translation>
    </message>
    <message>
        <source>How long a connection may stay silent before it is closed; 10 seconds while three quarters of &quot;Connections in total&quot; are in use.</source>
        <translation>Durée pendant laquelle une connexion peut rester silencieuse avant d’être fermée&#xa0;; 10&#xa0;secondes tant que les trois quarts de «&#xa0;Connexions au total&#xa0;» sont occupés.</translation>
    </message>
    <message>
        <source>Logins checked at once per address</source>
        <translation>Authentifications vérifiées à la fois par adresse</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Soumission</translation>
    </message>
    <message>
        <source>SMTPS</source>
        <translation>SMTPS</translation>
    </message>
    <message>
        <source>LAN relay</source>
        <translation>Relais LAN</translation>
    </message>
    <message>
        <source>Second TLS certificate (other key type)</source>
        <translation>Second certificat TLS (autre type de clé)</translation>
    </message>
    <message>
        <source>Second TLS private key</source>
        <translation>Seconde clé privée TLS</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SettingField</name>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>second(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>seconde</numerusform>
            <numerusform>secondes</numerusform>
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
            <numerusform>heure</numerusform>
            <numerusform>heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>unit after a number</comment>
        <translation>
            <numerusform>jour</numerusform>
            <numerusform>jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Type whole megabytes: 1 GB is 1024 MB.</source>
        <translation>Saisissez des mégaoctets entiers&#xa0;: 1 Go vaut 1024 Mo.</translation>
    </message>
    <message>
        <source>Type a whole number and choose its unit in the list beside it (1.5 minutes: 90 seconds).</source>
        <translation>Saisissez un nombre entier et choisissez son unité dans la liste à côté (1,5 minute&#xa0;: 90 secondes).</translation>
    </message>
    <message>
        <source>Type a whole number of days (a week is 7, a month about 30).</source>
        <translation>Saisissez un nombre entier de jours (une semaine&#xa0;: 7, un mois&#xa0;: environ 30).</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>%1 is more than this setting takes: it is set to the largest, %2.</source>
        <translation>%1 dépasse ce que ce réglage accepte&#xa0;: il est réglé sur le maximum, %2.</translation>
    </message>
    <message>
        <source>Rounded to a whole number in this unit: %1 becomes %2.</source>
        <translation>Arrondi à un nombre entier de cette unité&#xa0;: %2 au lieu de %1.</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the file: %1</source>
        <translation>Choisir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is less than this setting takes: it is set to the smallest, %2.</source>
        <translation>%1 est inférieur à ce que ce réglage accepte&#xa0;: il est réglé sur le minimum, %2.</translation>
    </message>
    <message>
        <source>Changed elsewhere to %1 meanwhile: Save stores the value shown here, Discard changes shows %1.</source>
        <translation>Modifié ailleurs entre-temps en %1&#xa0;: Enregistrer garde la valeur affichée ici, Abandonner les modifications affiche %1.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::Settings</name>
    <message>
        <source>&apos;%1&apos; is not a positive whole number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier positif</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of zero or more</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier supérieur ou égal à zéro</translation>
    </message>
    <message>
        <source>cannot read certificate file %1: %2</source>
        <translation>impossible de lire le fichier de certificat %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>cannot read key file %1: %2</source>
        <translation>impossible de lire le fichier de clé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (RSA or EC)</source>
        <translation>%1 ne contient aucune clé privée PEM non chiffrée (RSA ou EC)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’hôte valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not implicit, starttls or opportunistic</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni implicit, ni starttls, ni opportunistic</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IP</translation>
    </message>
    <message>
        <source>cannot read CA file %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint (SHA256: and 64 hex digits, colons optional)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une empreinte SHA-256 (SHA256: et 64 chiffres hexadécimaux, deux-points facultatifs)</translation>
    </message>
    <message>
        <source>%1: only one of a CA file, a fingerprint or skipping the verification can be set</source>
        <translation>%1&#xa0;: un seul parmi un fichier d’AC, une empreinte ou l’absence de vérification peut être défini</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days from %2 to %3</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier de jours entre %2 et %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port between %2 and %3</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un port entre %2 et %3</translation>
    </message>
    <message>
        <source>; to replace both, set them together</source>
        <translation>&#xa0;; pour remplacer les deux, définissez-les ensemble</translation>
    </message>
    <message>
        <source>the longest wait between retries cannot be shorter than the first wait</source>
        <translation>l’attente la plus longue entre deux nouvelles tentatives ne peut pas être plus courte que la première</translation>
    </message>
    <message>
        <source>a message would be bounced before its first retry</source>
        <translation>un message serait renvoyé avant sa première nouvelle tentative</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) is shorter than %3 (%4): %5</source>
        <translation>%1 (%2)&#xa0;: une durée plus courte que %3 (%4)&#xa0;: %5</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message numerus="yes">
        <source>%Ln octet(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a duration from %2 to %3</source>
        <translation>%1 n’est pas une durée comprise entre %2 et %3</translation>
    </message>
    <message>
        <source>%1 is not a size from %2 to %3</source>
        <translation>%1 n’est pas une taille comprise entre %2 et %3</translation>
    </message>
    <message>
        <source>%1 seconds is far longer than %2, the most it may be</source>
        <translation>%1 secondes, c’est bien plus que %2, le maximum permis</translation>
    </message>
    <message>
        <source>%1 octets</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>a session ends at its overall limit before it could be silent that long</source>
        <translation>une session se termine à sa limite totale avant de pouvoir rester silencieuse aussi longtemps</translation>
    </message>
    <message>
        <source>a session ends at its overall limit before its TLS handshake could take that long</source>
        <translation>une session se termine à sa limite totale avant que sa négociation TLS puisse durer aussi longtemps</translation>
    </message>
    <message>
        <source>a message is bounced before its delay notice would be sent (0 sends none)</source>
        <translation>un message est retourné avant que son avis de retard soit envoyé (0 n’en envoie aucun)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mail address of the form name@domain.example</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de la forme nom@domaine.example</translation>
    </message>
    <message>
        <source>%1 is not a size from %2 to %3: a relay must take messages of %2 at least (RFC 5321 4.5.3.1.7). For %4, type %5</source>
        <translation>%1 n’est pas une taille comprise entre %2 et %3&#xa0;: un relais doit accepter des messages d’au moins %2 (RFC 5321 4.5.3.1.7). Pour %4, tapez %5</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an address, not a host name: give the name the relay&apos;s address has in the DNS</source>
        <translation>«&#xa0;%1&#xa0;» est une adresse, pas un nom d’hôte&#xa0;: indiquez le nom que l’adresse du relais porte dans le DNS</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration from %2 to %3</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée comprise entre %2 et %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address as written: write it as four numbers (%2 is what it would stand for)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IP telle qu’écrite&#xa0;: écrivez-la en quatre nombres (elle désignerait %2)</translation>
    </message>
    <message>
        <source>the user name holds a control character (a line break, a tab)</source>
        <translation>le nom d’utilisateur contient un caractère de contrôle (un saut de ligne, une tabulation)</translation>
    </message>
    <message>
        <source>the user name begins or ends with a blank</source>
        <translation>le nom d’utilisateur commence ou finit par une espace</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false (yes and no, on and off, 1 and 0 are taken too)</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni true ni false (yes et no, on et off, 1 et 0 sont acceptés aussi)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SettingsPage</name>
    <message>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Démarrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>expires %1
SHA-256 %2</source>
        <translation>expire le %1
SHA-256 %2</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <source>Certificate not changed: %1</source>
        <translation>Certificat inchangé&#xa0;: %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Show the saved values again and drop the changes</source>
        <translation>Réafficher les valeurs enregistrées et abandonner les modifications</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>Utilisé maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>Configured:</source>
        <translation>Configuré&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate installed.</source>
        <translation>Certificat installé.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Routes for particular domains</source>
        <translation>Routes pour certains domaines</translation>
    </message>
    <message>
        <source>Remove the stored password</source>
        <translation>Supprimer le mot de passe enregistré</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>This window</source>
        <translation>Cette fenêtre</translation>
    </message>
    <message>
        <source>When the window is closed:</source>
        <translation>À la fermeture de la fenêtre&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données&#xa0;:</translation>
    </message>
    <message>
        <source>Smarthost password</source>
        <translation>Mot de passe du smarthost</translation>
    </message>
    <message>
        <source>When the window is closed</source>
        <translation>À la fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>Not saved yet: %1.</source>
        <translation>Pas encore enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>smarthost password: %1</source>
        <translation>mot de passe du smarthost&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved, except %1</source>
        <translation>Enregistré, sauf %1</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>Save the changes to the settings?</source>
        <translation>Enregistrer les modifications des paramètres&#xa0;?</translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation>Modifié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>none (the relay is not running)</source>
        <translation>aucun (le relais ne tourne pas)</translation>
    </message>
    <message>
        <source>The relay was restarted.</source>
        <translation>Le relais a été redémarré.</translation>
    </message>
    <message>
        <source>The relay did not start: %1</source>
        <translation>Le relais n’a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connect to the smarthost as delivery would, log in, and send no mail</source>
        <translation>Se connecter au smarthost comme le ferait la remise et s’authentifier, sans envoyer de courrier</translation>
    </message>
    <message>
        <source>The smarthost</source>
        <translation>Le smarthost</translation>
    </message>
    <message>
        <source>The smarthost %1</source>
        <translation>Le smarthost %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Configuration restored: restart RelayDesk to use it.</source>
        <translation>Configuration restaurée&#xa0;: redémarrez RelayDesk pour l’utiliser.</translation>
    </message>
    <message>
        <source>Fills in the server, the port and the encryption of a known mail service</source>
        <translation>Remplit le serveur, le port et le chiffrement d’un service de messagerie connu</translation>
    </message>
    <message>
        <source>Choose a mail service...</source>
        <translation>Choisir un service de messagerie…</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <source>Mail service:</source>
        <translation>Service de messagerie&#xa0;:</translation>
    </message>
    <message>
        <source>Warning: the smarthost&apos;s certificate is not verified. Anyone on the network path can pose as the smarthost and receive its password and every message.</source>
        <translation>Attention&#xa0;: le certificat du smarthost n’est pas vérifié. N’importe qui sur le chemin réseau peut se faire passer pour le smarthost et recevoir son mot de passe et chaque message.</translation>
    </message>
    <message>
        <source>Do not verify the smarthost?</source>
        <translation>Ne pas vérifier le smarthost&#xa0;?</translation>
    </message>
    <message>
        <source>Without verification, RelayDesk sends the smarthost password and every message to whichever server answers, even one that only pretends to be the smarthost.</source>
        <translation>Sans vérification, RelayDesk envoie le mot de passe du smarthost et chaque message au serveur qui répond, même s’il ne fait que se faire passer pour le smarthost.</translation>
    </message>
    <message>
        <source>Use this only for a test server. A CA file or a pinned certificate keeps the connection verified.</source>
        <translation>À n’utiliser que pour un serveur de test. Un fichier d’AC ou un certificat épinglé garde la connexion vérifiée.</translation>
    </message>
    <message>
        <source>Do not verify</source>
        <translation>Ne pas vérifier</translation>
    </message>
    <message>
        <source>MTA-STS policies of recipient domains</source>
        <translation>Politiques MTA-STS des domaines destinataires</translation>
    </message>
    <message>
        <source>Certificate saved to %1.</source>
        <translation>Certificat enregistré dans %1.</translation>
    </message>
    <message>
        <source>Certificate not saved: %1</source>
        <translation>Certificat non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>the smarthost user name %1 has no password</source>
        <translation>le nom d’utilisateur %1 du smarthost n’a pas de mot de passe</translation>
    </message>
    <message>
        <source>Smarthost password missing</source>
        <translation>Mot de passe du smarthost manquant</translation>
    </message>
    <message>
        <source>The smarthost user name %1 needs its password. Type it in the Password field, or clear the user name to send without AUTH.</source>
        <translation>Le nom d’utilisateur %1 du smarthost a besoin de son mot de passe. Saisissez-le dans le champ «&#xa0;Mot de passe&#xa0;», ou videz le nom d’utilisateur pour envoyer sans AUTH.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Not restarted: %1</source>
        <translation>Non redémarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>%1: %2 instead of %3</source>
        <translation>%1&#xa0;: %2 au lieu de %3</translation>
    </message>
    <message>
        <source>Keep less history?</source>
        <translation>Conserver moins d’historique&#xa0;?</translation>
    </message>
    <message>
        <source>%1.

What is older is deleted at the next purge, within the hour, and cannot be brought back.</source>
        <translation>%1.

Ce qui est plus ancien est supprimé à la prochaine purge, dans l’heure, et ne peut pas être récupéré.</translation>
    </message>
    <message>
        <source>Keep less and save</source>
        <translation>Conserver moins et enregistrer</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <source>less history was not confirmed</source>
        <translation>la réduction de l’historique n’a pas été confirmée</translation>
    </message>
    <message>
        <source>Note: &quot;%1&quot; (%2) is shorter than &quot;%3&quot; (%4), so a message is bounced before its delay notice would be sent, and none is sent.</source>
        <translation>Remarque&#xa0;: «&#xa0;%1&#xa0;» (%2) est plus court que «&#xa0;%3&#xa0;» (%4)&#xa0;; un message est donc retourné avant que son avis de retard soit envoyé, et aucun n’est envoyé.</translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation>%1 (maintenant %2)</translation>
    </message>
    <message>
        <source>The relay made its certificate again, to name its new hostname or listener address: mail programs that verify the relay need the new one (Save certificate... on the Security tab).</source>
        <translation>Le relais a refait son certificat pour qu’il nomme son nouveau nom d’hôte ou sa nouvelle adresse d’écoute&#xa0;: les logiciels de messagerie qui vérifient le relais ont besoin du nouveau (Enregistrer le certificat… dans l’onglet Sécurité).</translation>
    </message>
    <message>
        <source>Changed elsewhere (the command line or another window), shown here: %1.</source>
        <translation>Modifié ailleurs (en ligne de commande ou dans une autre fenêtre), affiché ici&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot read the settings: %1. They are shown again once the store answers.</source>
        <translation>Impossible de lire les paramètres&#xa0;: %1. Ils seront de nouveau affichés dès que le stockage répondra.</translation>
    </message>
    <message>
        <source>Note: %1: %2.</source>
        <translation>Remarque&#xa0;: %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Save the changed settings (%1)</source>
        <translation>Enregistrer les paramètres modifiés (%1)</translation>
    </message>
    <message>
        <source>Note: with &quot;STARTTLS if offered&quot; and no user name the smarthost&apos;s certificate is not checked: mail is encrypted when the smarthost offers STARTTLS, but a server posing as it would get it. No password is sent. Choose &quot;STARTTLS, required&quot; to have it checked.</source>
        <translation>Remarque&#xa0;: avec «&#xa0;STARTTLS si proposé&#xa0;» et sans nom d’utilisateur, le certificat du smarthost n’est pas vérifié&#xa0;: le courrier est chiffré quand le smarthost propose STARTTLS, mais un serveur qui se ferait passer pour lui le recevrait. Aucun mot de passe n’est envoyé. Choisissez «&#xa0;STARTTLS, obligatoire&#xa0;» pour qu’il soit vérifié.</translation>
    </message>
    <message>
        <source>Configuration restored; the relay in this window runs with it.</source>
        <translation>Configuration restaurée&#xa0;; le relais de cette fenêtre fonctionne avec elle.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save changed values?</source>
        <translation>Enregistrer les valeurs modifiées&#xa0;?</translation>
    </message>
    <message>
        <source>These values were outside what their settings take, and were changed:

%1

Save them as they are now?</source>
        <translation>Ces valeurs étaient hors de ce que leurs réglages acceptent, et ont été modifiées&#xa0;:

%1

Les enregistrer telles qu’elles sont maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Save them</source>
        <translation>Les enregistrer</translation>
    </message>
    <message>
        <source>changed values were not confirmed</source>
        <translation>les valeurs modifiées n’ont pas été confirmées</translation>
    </message>
    <message>
        <source>Bounce waiting mail?</source>
        <translation>Retourner le courrier en attente à ses expéditeurs&#xa0;?</translation>
    </message>
    <message>
        <source>Bounce them and save</source>
        <translation>Les retourner et enregistrer</translation>
    </message>
    <message>
        <source>bouncing the waiting mail was not confirmed</source>
        <translation>le retour du courrier en attente à ses expéditeurs n’a pas été confirmé</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Drop the changes not saved yet (%1) and show the saved values again?</source>
        <translation>Abandonner les modifications non enregistrées (%1) et afficher de nouveau les valeurs enregistrées&#xa0;?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>shorten %1 or lengthen %2</source>
        <translation>raccourcissez «&#xa0;%1&#xa0;» ou allongez «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 (all may change before one Save).</source>
        <translation>Rien n’a été modifié&#xa0;: %1 (tous peuvent changer avant un seul Enregistrer).</translation>
    </message>
    <message>
        <source>%1 changed elsewhere (the command line, another window or another node) while you were editing. Your values are still shown: Save again to replace the new ones, or Discard changes to see them.</source>
        <translation>%1 a été modifié ailleurs (en ligne de commande, dans une autre fenêtre ou sur un autre nœud) pendant votre saisie. Vos valeurs restent affichées&#xa0;: cliquez de nouveau sur «&#xa0;Enregistrer&#xa0;» pour remplacer les nouvelles, ou sur «&#xa0;Abandonner les modifications&#xa0;» pour les voir.</translation>
    </message>
    <message>
        <source>%1: none kept instead of %2: the whole delivery log and the security events go, and no new attempt or event is kept</source>
        <translation>%1&#xa0;: rien de conservé au lieu de %2&#xa0;: tout le journal de remise et les événements de sécurité sont supprimés, et aucune nouvelle tentative ni aucun nouvel événement n’est conservé</translation>
    </message>
    <message>
        <source>%1: none kept instead of %2: every kept message body goes, and a body is removed as soon as its last recipient is final</source>
        <translation>%1&#xa0;: rien de conservé au lieu de %2&#xa0;: chaque contenu de message conservé est supprimé, et un contenu est retiré dès que son dernier destinataire est définitif</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) in the queue were received more than %1 ago. With &quot;%2&quot; set so, their recipients still waiting bounce now, and each sender gets a bounce notice.</source>
        <translation>
            <numerusform>%Ln message de la file d’attente a été reçu il y a plus de %1. Avec «&#xa0;%2&#xa0;» réglé ainsi, ses destinataires encore en attente échouent maintenant définitivement, et l’expéditeur reçoit un avis de non-remise.</numerusform>
            <numerusform>%Ln messages de la file d’attente ont été reçus il y a plus de %1. Avec «&#xa0;%2&#xa0;» réglé ainsi, leurs destinataires encore en attente échouent maintenant définitivement, et chaque expéditeur reçoit un avis de non-remise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the relay&apos;s own bounce or delay notices waiting in the queue was queued more than %1 ago: it is dropped now.</source>
        <translation>
            <numerusform>%Ln avis de non-remise ou de retard du relais lui-même, en attente dans la file, a été mis en file il y a plus de %1&#xa0;: il est abandonné maintenant.</numerusform>
            <numerusform>%Ln avis de non-remise ou de retard du relais lui-même, en attente dans la file, ont été mis en file il y a plus de %1&#xa0;: ils sont abandonnés maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list; French writes a no-break space before the semicolon</comment>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>RelayDesk::SettingsSave</name>
    <message>
        <source>%1 is in use by another program: choose another port</source>
        <translation>%1 est utilisé par un autre programme&#xa0;: choisissez un autre port</translation>
    </message>
    <message>
        <source>%1 is no address of this computer: use one it has (127.0.0.1, or 0.0.0.0 for every network)</source>
        <translation>%1 n’est pas une adresse de cet ordinateur&#xa0;: utilisez-en une qu’il possède (127.0.0.1, ou 0.0.0.0 pour tous les réseaux)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::StatusTray</name>
    <message>
        <source>Show RelayDesk</source>
        <translation>Afficher RelayDesk</translation>
    </message>
    <message>
        <source>Quit (stops the relay)</source>
        <translation>Quitter (arrête le relais)</translation>
    </message>
    <message>
        <source>RelayDesk: starting</source>
        <translation>RelayDesk&#xa0;: démarrage</translation>
    </message>
    <message>
        <source>Quit (the relay keeps running)</source>
        <translation>Quitter (le relais continue)</translation>
    </message>
</context>
<context>
    <name>RelayDesk::StrandedMessageText</name>
    <message>
        <source>%1 (node %2 stopped; taken again after %3)</source>
        <translation>%1 (nœud %2 arrêté&#xa0;; repris après %3)</translation>
    </message>
    <message>
        <source>%1 waits for the node %2, which stopped answering: another node takes it at %3, when its lease runs out, and Retry now cannot bring that forward. If %2 is gone for good, &quot;relaydesk node forget %2&quot; frees its messages now.</source>
        <translation>%1 attend le nœud %2, qui ne répond plus&#xa0;: un autre nœud le reprend à %3, quand sa prise expire, et «&#xa0;Réessayer maintenant&#xa0;» ne peut pas l’avancer. Si %2 a disparu pour de bon, «&#xa0;relaydesk node forget %2&#xa0;» libère ses messages tout de suite.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SuppressionAddDialog</name>
    <message>
        <source>Suppress an address</source>
        <translation>Exclure une adresse</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>e.g. asked to get no more mail, ticket 4711</source>
        <translation>p. ex. ne veut plus recevoir d’e-mails, ticket 4711</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Suppress</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Mail from %1 is no longer sent to this address; the sender gets a bounce notice for it instead. Lift it to send again.</source>
        <translation>Les e-mails de %1 ne sont plus envoyés à cette adresse&#xa0;; l’expéditeur reçoit à la place un avis de non-remise. Levez l’exclusion pour envoyer de nouveau.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::SuppressionList</name>
    <message>
        <source>&apos;%1&apos; has letters outside ASCII before the &apos;@&apos;: this relay takes no such recipient (no SMTPUTF8), so there is nothing to suppress</source>
        <translation>«&#xa0;%1&#xa0;» contient des lettres hors ASCII avant le «&#xa0;@&#xa0;»&#xa0;: ce relais n’accepte pas de tel destinataire (pas de SMTPUTF8), il n’y a donc rien à exclure</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mail address of the form local@domain</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail de la forme nom@domaine</translation>
    </message>
    <message>
        <source>the reason is %1 characters long; keep it to %2 at most</source>
        <translation>le motif fait %1 caractères&#xa0;; %2 au plus sont permis</translation>
    </message>
    <message>
        <source>the reason holds a line break, a control character or an invisible direction mark; write it on one line of plain text</source>
        <translation>le motif contient un saut de ligne, un caractère de contrôle ou une marque de direction invisible&#xa0;; écrivez-le sur une ligne de texte simple</translation>
    </message>
    <message>
        <source>%1 is already on the suppression list of %2, since %3 (%4): nothing changed; remove it first to give another reason</source>
        <translation>%1 est déjà sur la liste d’exclusion de %2 depuis %3 (%4)&#xa0;: rien n’a changé&#xa0;; levez d’abord l’exclusion pour donner un autre motif</translation>
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
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lever</translation>
    </message>
    <message>
        <source>Send this agent&apos;s mail to the address again</source>
        <translation>Envoyer de nouveau le courrier de cet agent à cette adresse</translation>
    </message>
    <message>
        <source>Cannot read the suppression list: %1</source>
        <translation>Impossible de lire la liste d’exclusion&#xa0;: %1</translation>
    </message>
    <message>
        <source>No address is suppressed: this agent&apos;s mail goes to every recipient.</source>
        <translation>Aucune adresse n’est exclue&#xa0;: le courrier de cet agent part vers tous les destinataires.</translation>
    </message>
    <message>
        <source>Lifted: mail from this agent goes to %1 again.</source>
        <translation>Levée&#xa0;: le courrier de cet agent part de nouveau vers %1.</translation>
    </message>
    <message>
        <source>Cannot lift the suppression: %1</source>
        <translation>Impossible de lever l’exclusion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filter addresses</source>
        <translation>Filtrer les adresses</translation>
    </message>
    <message>
        <source>Shows the addresses, or reasons, that hold the text typed here.</source>
        <translation>Affiche les adresses, ou les raisons, qui contiennent le texte saisi ici.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suppressed address(es)</source>
        <translation>
            <numerusform>%Ln adresse exclue</numerusform>
            <numerusform>%Ln adresses exclues</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichées</translation>
    </message>
    <message>
        <source>Suppress...</source>
        <translation>Exclure…</translation>
    </message>
    <message>
        <source>Stop this agent&apos;s mail to an address (a customer who asked to get no more mail)</source>
        <translation>Arrêter les e-mails de cet agent vers une adresse (un client qui ne veut plus en recevoir)</translation>
    </message>
    <message>
        <source>Suppressed: mail from this agent no longer goes to %1.</source>
        <translation>Exclue&#xa0;: les e-mails de cet agent ne vont plus à %1.</translation>
    </message>
    <message>
        <source>Lift suppression</source>
        <translation>Lever l’exclusion</translation>
    </message>
    <message>
        <source>Send mail from %1 to %2 again? It was suppressed because: %3</source>
        <translation>Envoyer de nouveau le courrier de %1 à %2&#xa0;? L’adresse a été exclue pour la raison suivante&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>RelayDesk::TableColumns</name>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Colonnes par défaut</translation>
    </message>
</context>
<context>
    <name>RelayDesk::TestMessage</name>
    <message>
        <source>RelayDesk test message, %1</source>
        <translation>Message de test de RelayDesk, %1</translation>
    </message>
    <message>
        <source>This is a test message sent by RelayDesk for the Mail Agent &quot;%1&quot;.

If you can read it, mail relayed through RelayDesk reaches this mailbox.
</source>
        <translation>Ceci est un message de test envoyé par RelayDesk pour l’agent de messagerie «&#xa0;%1&#xa0;».

Si vous pouvez le lire, le courrier relayé par RelayDesk parvient à cette boîte aux lettres.
</translation>
    </message>
</context>
<context>
    <name>RelayDesk::TestMessageAdmin</name>
    <message>
        <source>Mail Agent &apos;%1&apos; is disabled</source>
        <translation>l’agent de messagerie «&#xa0;%1&#xa0;» est désactivé</translation>
    </message>
    <message>
        <source>cannot queue the test message (see the log)</source>
        <translation>impossible de mettre le message de test en file d’attente (voir le journal)</translation>
    </message>
    <message>
        <source>Mail Agent &apos;%1&apos; may not send as %2; allowed: %3</source>
        <translation>L’agent de messagerie «&#xa0;%1&#xa0;» ne peut pas envoyer en tant que %2&#xa0;; autorisés&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is on this machine or a private network, where this relay does not deliver: write to a domain name</source>
        <translation>%1 se trouve sur cette machine ou sur un réseau privé, où ce relais ne remet pas&#xa0;: écrivez à un nom de domaine</translation>
    </message>
    <message>
        <source>%1 is on the suppression list of Mail Agent &apos;%2&apos;: lift it first, or the test would not be sent</source>
        <translation>%1 figure dans la liste d’exclusion de l’agent de messagerie «&#xa0;%2&#xa0;»&#xa0;: levez d’abord l’exclusion, sinon le test ne serait pas envoyé</translation>
    </message>
</context>
<context>
    <name>RelayDesk::TestMessageDialog</name>
    <message>
        <source>Send test message</source>
        <translation>Envoyer un message de test</translation>
    </message>
    <message>
        <source>RelayDesk queues a short test message as if the Mail Agent had sent it and delivers it the usual way. Its delivery shows here as it happens.</source>
        <translation>RelayDesk met en file d’attente un court message de test comme si l’agent de messagerie l’avait envoyé, et le remet de la manière habituelle. Sa remise s’affiche ici au fur et à mesure.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::TestMessageForm</name>
    <message>
        <source>e.g. it@your-office.example</source>
        <translation>p. ex. it@votre-bureau.example</translation>
    </message>
    <message>
        <source>a mailbox you can read</source>
        <translation>une boîte aux lettres que vous pouvez lire</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Envoyer un message de test</translation>
    </message>
    <message>
        <source>Send as Mail Agent:</source>
        <translation>Envoyer en tant qu’agent&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>There is no enabled Mail Agent to send as yet: create one first.</source>
        <translation>Il n’y a pas encore d’agent de messagerie activé au nom duquel envoyer&#xa0;: créez-en d’abord un.</translation>
    </message>
    <message>
        <source>The From address &quot;%1&quot; is not an address of the form name@domain.</source>
        <translation>L’adresse d’expéditeur «&#xa0;%1&#xa0;» n’a pas la forme nom@domaine.</translation>
    </message>
    <message>
        <source>The To address &quot;%1&quot; is not an address of the form name@domain.</source>
        <translation>L’adresse de destinataire «&#xa0;%1&#xa0;» n’a pas la forme nom@domaine.</translation>
    </message>
    <message>
        <source>The test message was not queued: %1</source>
        <translation>Le message de test n’a pas été mis en file d’attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>%1 is disabled: it sends nothing until it is enabled again (Mail Agents, Edit...). Choose another agent to send as.</source>
        <translation>%1 est désactivé&#xa0;: il n’envoie rien tant qu’il n’est pas réactivé (Agents de messagerie, Modifier…). Choisissez un autre agent comme expéditeur.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::TestMessageStatus</name>
    <message>
        <source>Queued as %1...</source>
        <translation>Mis en file d’attente sous %1…</translation>
    </message>
    <message>
        <source>Cannot read the message: %1</source>
        <translation>Impossible de lire le message&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delivered to %1 by %2.</source>
        <translation>Remis à %1 par %2.</translation>
    </message>
    <message>
        <source>Not delivered yet to %1: the relay will try again.</source>
        <translation>Pas encore remis à %1&#xa0;: le relais va réessayer.</translation>
    </message>
    <message>
        <source>Not delivered to %1: %2.</source>
        <translation>Non remis à %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: waiting to be delivered to %2 (%3).</source>
        <translation>%1&#xa0;: en attente de remise à %2 (%3).</translation>
    </message>
</context>
<context>
    <name>RelayDesk::UserGuideDialog</name>
    <message>
        <source>RelayDesk User Guide</source>
        <translation>Guide de l’utilisateur de RelayDesk</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>The user guide cannot be read.</source>
        <translation>Le guide de l’utilisateur ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::WindowLifetime</name>
    <message>
        <source>&amp;Quit (stops the relay)</source>
        <translation>&amp;Quitter (arrête le relais)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Close RelayDesk</source>
        <translation>Fermer RelayDesk</translation>
    </message>
    <message>
        <source>The relay delivers mail only while RelayDesk runs. Keep it running in the background, or quit and stop the relay?</source>
        <translation>Le relais ne remet le courrier que tant que RelayDesk tourne. Le laisser tourner en arrière-plan, ou quitter et arrêter le relais&#xa0;?</translation>
    </message>
    <message>
        <source>In the background, the tray icon shows the window again.</source>
        <translation>En arrière-plan, l’icône de la zone de notification rouvre la fenêtre.</translation>
    </message>
    <message>
        <source>In the background, the window stays minimized in the task bar; Quit in its File menu stops the relay.</source>
        <translation>En arrière-plan, la fenêtre reste réduite dans la barre des tâches&#xa0;; «&#xa0;Quitter&#xa0;» dans son menu Fichier arrête le relais.</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Laisser tourner</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Remember my choice (Settings, Desktop, can change it)</source>
        <translation>Retenir mon choix (modifiable dans Paramètres, Interface)</translation>
    </message>
    <message>
        <source>Quit RelayDesk</source>
        <translation>Quitter RelayDesk</translation>
    </message>
    <message>
        <source>Quit and stop the relay now? What waits stays in the queue and goes out when RelayDesk starts again.</source>
        <translation>Quitter et arrêter le relais maintenant&#xa0;? Ce qui attend reste dans la file d’attente et part quand RelayDesk redémarre.</translation>
    </message>
    <message>
        <source>&amp;Quit (the relay keeps running)</source>
        <translation>&amp;Quitter (le relais continue)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) wait in the queue.</source>
        <translation>
            <numerusform>%Ln message attend dans la file d’attente.</numerusform>
            <numerusform>%Ln messages attendent dans la file d’attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) wait in the queue. The relay delivers them only while RelayDesk runs.</source>
        <translation>
            <numerusform>%Ln message attend dans la file d’attente. Le relais ne le remet que tant que RelayDesk tourne.</numerusform>
            <numerusform>%Ln messages attendent dans la file d’attente. Le relais ne les remet que tant que RelayDesk tourne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayDesk::WizardAgentPage</name>
    <message>
        <source>The first Mail Agent</source>
        <translation>Le premier agent de messagerie</translation>
    </message>
    <message>
        <source>e.g. Billing application</source>
        <translation>p. ex. Application de facturation</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20 or 192.168.1.0/24</source>
        <translation>p. ex. 192.168.1.20 ou 192.168.1.0/24</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>May send from:</source>
        <translation>Peut envoyer depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Add the address you typed to the list with Add, or clear it.</source>
        <translation>Ajoutez l’adresse saisie à la liste avec «&#xa0;Ajouter&#xa0;», ou effacez-la.</translation>
    </message>
    <message>
        <source>The Mail Agent was not created: %1</source>
        <translation>L’agent de messagerie n’a pas été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>A Mail Agent stands for one application or device that sends mail through RelayDesk: it gets its own SMTP user name and password, sends only from the addresses you allow, and only as its own domain. Leave the name empty to skip this step.</source>
        <translation>Un agent de messagerie représente une application ou un appareil qui envoie du courrier via RelayDesk&#xa0;: il reçoit son propre nom d’utilisateur et mot de passe SMTP, n’envoie que depuis les adresses que vous autorisez, et uniquement sous son propre domaine. Laissez le nom vide pour passer cette étape.</translation>
    </message>
    <message>
        <source>e.g. example.com</source>
        <translation>p. ex. example.com</translation>
    </message>
    <message>
        <source>Sends as domain:</source>
        <translation>Envoie sous le domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Give the domain this agent sends as, e.g. example.com: it may send only from addresses at that domain.</source>
        <translation>Indiquez le domaine sous lequel cet agent envoie, p. ex. example.com&#xa0;: il ne peut envoyer que depuis des adresses de ce domaine.</translation>
    </message>
    <message>
        <source>This domain cannot be used: %1</source>
        <translation>Ce domaine ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Another Mail Agent (optional)</source>
        <translation>Un autre agent de messagerie (facultatif)</translation>
    </message>
    <message>
        <source>The Mail Agent &quot;%1&quot; is created. Click Next to choose how its mail leaves.</source>
        <translation>L’agent de messagerie «&#xa0;%1&#xa0;» est créé. Cliquez sur Suivant pour choisir comment son courrier part.</translation>
    </message>
    <message>
        <source>Add at least one address its applications send from: its password works only from the addresses listed here (e.g. 127.0.0.1 for programs on this computer, 192.168.1.0/24 for the office network).</source>
        <translation>Ajoutez au moins une adresse depuis laquelle ses applications envoient&#xa0;: son mot de passe ne vaut que depuis les adresses listées ici (p. ex. 127.0.0.1 pour les programmes de cet ordinateur, 192.168.1.0/24 pour le réseau du bureau).</translation>
    </message>
</context>
<context>
    <name>RelayDesk::WizardCertificatePage</name>
    <message>
        <source>The TLS certificate</source>
        <translation>Le certificat TLS</translation>
    </message>
    <message>
        <source>Applications log in only over TLS, so the listeners need a certificate. A self-signed one is enough for applications you configure yourself; import your organisation&apos;s certificate (PEM or PKCS#12) if applications check it.</source>
        <translation>Les applications ne s’authentifient que via TLS, les écouteurs ont donc besoin d’un certificat. Un certificat auto-signé suffit pour les applications que vous configurez vous-même&#xa0;; importez le certificat de votre organisation (PEM ou PKCS#12) si des applications le vérifient.</translation>
    </message>
    <message>
        <source>The running relay uses a new certificate for new connections within a second, without a restart.</source>
        <translation>Le relais en marche utilise un nouveau certificat pour les nouvelles connexions en moins d’une seconde, sans redémarrage.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::WizardDeliveryPage</name>
    <message>
        <source>How mail leaves</source>
        <translation>Comment le courrier part</translation>
    </message>
    <message>
        <source>RelayDesk can hand each message straight to the recipients&apos; mail servers, or pass everything to a mail service (a smarthost) that sends it on.</source>
        <translation>RelayDesk peut remettre chaque message directement aux serveurs de messagerie des destinataires, ou tout confier à un service de messagerie (un smarthost) qui l’achemine.</translation>
    </message>
    <message>
        <source>Directly to the recipients&apos; mail servers (MX)</source>
        <translation>Directement aux serveurs de messagerie des destinataires (MX)</translation>
    </message>
    <message>
        <source>Needs outgoing port 25, which many internet providers block; receivers may distrust mail from an office connection.</source>
        <translation>Nécessite le port sortant 25, que beaucoup de fournisseurs d’accès bloquent&#xa0;; les destinataires peuvent se méfier du courrier venant d’une connexion de bureau.</translation>
    </message>
    <message>
        <source>Through a smarthost (a mail service such as ZeptoMail)</source>
        <translation>Par un smarthost (un service de messagerie comme ZeptoMail)</translation>
    </message>
    <message>
        <source>host:port, e.g. smtp.example.com:587</source>
        <translation>hôte:port, p. ex. smtp.example.com:587</translation>
    </message>
    <message>
        <source>TLS is required: RelayDesk sends the password only over an encrypted connection to a server whose certificate it verified.</source>
        <translation>TLS est obligatoire&#xa0;: RelayDesk n’envoie le mot de passe que par une connexion chiffrée vers un serveur dont il a vérifié le certificat.</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service&#xa0;:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>(stored; type to replace)</source>
        <translation>(enregistré&#xa0;; saisissez-en un autre pour le remplacer)</translation>
    </message>
    <message>
        <source>Enter the smarthost as host:port, e.g. smtp.zeptomail.com:587%1</source>
        <translation>Saisissez le smarthost sous la forme hôte:port, p. ex. smtp.zeptomail.com:587%1</translation>
    </message>
    <message>
        <source>Delivery is turned off now: every message is held in the queue.</source>
        <translation>La remise est désactivée pour l’instant&#xa0;: chaque message est suspendu dans la file d’attente.</translation>
    </message>
    <message>
        <source>Turn delivery on</source>
        <translation>Activer la remise</translation>
    </message>
    <message>
        <source>Automatic (TLS from the start on port 465, STARTTLS otherwise)</source>
        <translation>Automatique (TLS dès le départ sur le port 465, STARTTLS sinon)</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Without TLS when the server offers none, as an office server may: no password is sent.</source>
        <translation>Sans TLS quand le serveur n’en propose pas, comme peut le faire un serveur du bureau&#xa0;: aucun mot de passe n’est envoyé.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::WizardListenersPage</name>
    <message>
        <source>Where applications and devices hand mail over</source>
        <translation>Où les applications et les appareils déposent le courrier</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>address:port</source>
        <translation>adresse:port</translation>
    </message>
    <message>
        <source>Off: nothing listens here.</source>
        <translation>Désactivé&#xa0;: rien n’écoute ici.</translation>
    </message>
    <message>
        <source>%1 is free.</source>
        <translation>%1 est libre.</translation>
    </message>
    <message>
        <source>%1 is in use by another program: choose another port.</source>
        <translation>%1 est occupé par un autre programme&#xa0;: choisissez un autre port.</translation>
    </message>
    <message>
        <source>%1 is in use by this relay.</source>
        <translation>%1 est utilisé par ce relais.</translation>
    </message>
    <message>
        <source>RelayDesk listens on three ports. Ports below 1024 (such as 587 and 465) need administrator rights, so RelayDesk starts with 2587, 2465 and 2525; the fields show the ports set now. 127.0.0.1 accepts mail from this computer only; 0.0.0.0 from every computer that can reach it.</source>
        <translation>RelayDesk écoute sur trois ports. Les ports inférieurs à 1024 (comme 587 et 465) exigent des droits d’administrateur, RelayDesk commence donc avec 2587, 2465 et 2525&#xa0;; les champs montrent les ports réglés maintenant. 127.0.0.1 n’accepte que le courrier de cet ordinateur&#xa0;; 0.0.0.0 celui de tout ordinateur qui peut le joindre.</translation>
    </message>
    <message>
        <source>%1 is the same port as %2: each listener needs a port of its own.</source>
        <translation>%1 est le même port que %2&#xa0;: chaque écouteur a besoin de son propre port.</translation>
    </message>
    <message>
        <source>%1 and %2 have the same port: give each listener a port of its own.</source>
        <translation>%1 et %2 ont le même port&#xa0;: donnez à chaque écouteur son propre port.</translation>
    </message>
    <message>
        <source>e.g. relay.office.example</source>
        <translation>p. ex. relais.bureau.example</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Nom d’hôte&#xa0;:</translation>
    </message>
    <message>
        <source>The name the relay greets other mail servers with; its certificate names it, and applications should connect to it by this name.</source>
        <translation>Le nom sous lequel le relais se présente aux autres serveurs de messagerie&#xa0;; son certificat le porte, et les applications devraient s’y connecter sous ce nom.</translation>
    </message>
    <message>
        <source>Type the name this computer has in DNS, such as relay.office.example.</source>
        <translation>Saisissez le nom que cet ordinateur porte dans le DNS, par exemple relais.bureau.example.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full host name: many mail servers refuse a relay that greets them with it. Type the name this computer has in DNS, such as relay.office.example; a relay that sends only through a smarthost may keep it.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’hôte complet&#xa0;: beaucoup de serveurs de messagerie refusent un relais qui se présente ainsi. Saisissez le nom que cet ordinateur porte dans le DNS, par exemple relais.bureau.example&#xa0;; un relais qui n’envoie que par un smarthost peut le garder.</translation>
    </message>
    <message>
        <source>RelayDesk listens on three ports. The relay service may use the standard ones (587, 465 and 25); the fields show the ports set now. 127.0.0.1 accepts mail from this computer only; 0.0.0.0 from every computer that can reach it.</source>
        <translation>RelayDesk écoute sur trois ports. Le service de relais peut utiliser les ports habituels (587, 465 et 25)&#xa0;; les champs montrent les ports réglés maintenant. 127.0.0.1 n’accepte que le courrier de cet ordinateur&#xa0;; 0.0.0.0 celui de tout ordinateur qui peut le joindre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a space: a host name is letters, digits, hyphens and dots only.</source>
        <translation>«&#xa0;%1&#xa0;» contient une espace&#xa0;: un nom d’hôte ne contient que des lettres, des chiffres, des traits d’union et des points.</translation>
    </message>
    <message>
        <source>%1 is no address of this computer: use one it has (127.0.0.1 for this computer alone, 0.0.0.0 for every network).</source>
        <translation>%1 n’est pas une adresse de cet ordinateur&#xa0;: utilisez-en une qu’il possède (127.0.0.1 pour cet ordinateur seul, 0.0.0.0 pour tous les réseaux).</translation>
    </message>
    <message>
        <source>%1: %2 is in use by another program. Choose another port, or switch the listener off.</source>
        <translation>%1&#xa0;: %2 est utilisé par un autre programme. Choisissez un autre port, ou désactivez l’écouteur.</translation>
    </message>
    <message>
        <source>%1, like port 587: applications log in with a Mail Agent&apos;s credential after STARTTLS.</source>
        <translation>%1, comme le port 587&#xa0;: les applications se connectent avec les identifiants d’un agent après STARTTLS.</translation>
    </message>
    <message>
        <source>%1, like port 465: the same, for applications that start with TLS.</source>
        <translation>%1, comme le port 465&#xa0;: la même chose, pour les applications qui commencent d’emblée en TLS.</translation>
    </message>
    <message>
        <source>%1: printers and scanners you trust by address send without a password.</source>
        <translation>%1&#xa0;: les imprimantes et scanners auxquels vous faites confiance par leur adresse envoient sans mot de passe.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::WizardTestPage</name>
    <message>
        <source>A test message</source>
        <translation>Un message de test</translation>
    </message>
    <message>
        <source>Send a message to a mailbox you can read and watch it leave. If it cannot be delivered, the reason shows here with what to do about it.</source>
        <translation>Envoyez un message à une boîte aux lettres que vous pouvez lire et suivez son départ. S’il ne peut pas être remis, la raison s’affiche ici avec ce qu’il faut faire.</translation>
    </message>
</context>
<context>
    <name>RelayWords</name>
    <message>
        <source>Connection refused by %1</source>
        <translation>Connexion refusée par %1</translation>
    </message>
    <message>
        <source>Connection to %1 lost</source>
        <translation>Connexion à %1 perdue</translation>
    </message>
    <message>
        <source>Connection to %1 timed out</source>
        <translation>Délai dépassé pour la connexion à %1</translation>
    </message>
    <message>
        <source>Timeout waiting for a reply from %1</source>
        <translation>Délai dépassé en attendant une réponse de %1</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>Échec de la négociation TLS avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>TLS is required but the server does not offer STARTTLS</source>
        <translation>TLS est exigé mais le serveur ne propose pas STARTTLS</translation>
    </message>
    <message>
        <source>Refusing to send credentials over an unencrypted connection</source>
        <translation>Refus d’envoyer les identifiants sur une connexion non chiffrée</translation>
    </message>
    <message>
        <source>The smarthost offers neither AUTH PLAIN nor AUTH LOGIN</source>
        <translation>Le smarthost ne propose ni AUTH PLAIN ni AUTH LOGIN</translation>
    </message>
    <message>
        <source>The smarthost password is not set (user name %1 without a password); AUTH not sent</source>
        <translation>Le mot de passe du smarthost n’est pas défini (nom d’utilisateur %1 sans mot de passe)&#xa0;; AUTH non envoyé</translation>
    </message>
    <message>
        <source>Domain %1 does not exist (NXDOMAIN)</source>
        <translation>Le domaine %1 n’existe pas (NXDOMAIN)</translation>
    </message>
    <message>
        <source>Recipient domain has a null MX (RFC 7505)</source>
        <translation>Le domaine du destinataire a un MX nul (RFC 7505)</translation>
    </message>
    <message>
        <source>No address records for %1 (NXDOMAIN)</source>
        <translation>Aucun enregistrement d’adresse pour %1 (NXDOMAIN)</translation>
    </message>
    <message>
        <source>No address records for %1</source>
        <translation>Aucun enregistrement d’adresse pour %1</translation>
    </message>
    <message>
        <source>DNS lookup for %1 failed: %2</source>
        <translation>Échec de la requête DNS pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No host could be tried</source>
        <translation>Aucun hôte n’a pu être essayé</translation>
    </message>
    <message>
        <source>bounced by the relay administrator</source>
        <translation>retourné par l’administrateur du relais</translation>
    </message>
    <message>
        <source>Domain %1 has no mail server: no MX, A or AAAA record</source>
        <translation>Le domaine %1 n’a pas de serveur de messagerie&#xa0;: aucun enregistrement MX, A ou AAAA</translation>
    </message>
    <message>
        <source>MX host %1 of %2 has no address records</source>
        <translation>L’hôte MX %1 de %2 n’a aucun enregistrement d’adresse</translation>
    </message>
    <message>
        <source>DNS lookup for %1 failed: no answer from the name server</source>
        <translation>Échec de la requête DNS pour %1&#xa0;: aucune réponse du serveur de noms</translation>
    </message>
    <message>
        <source>not sent: deleted from the queue by the relay administrator</source>
        <translation>non envoyé&#xa0;: supprimé de la file d’attente par l’administrateur du relais</translation>
    </message>
    <message>
        <source>Certificate of %1 failed verification: %2 (checked against %3; AUTH not sent)</source>
        <translation>Le certificat de %1 n’a pas passé la vérification&#xa0;: %2 (vérifié avec %3&#xa0;; AUTH non envoyé)</translation>
    </message>
    <message>
        <source>Certificate of %1 failed verification: %2 (checked against %3)</source>
        <translation>Le certificat de %1 n’a pas passé la vérification&#xa0;: %2 (vérifié avec %3)</translation>
    </message>
    <message>
        <source>DNS lookup for %1 failed: the name server %2 refused to answer (REFUSED)</source>
        <translation>Échec de la requête DNS pour %1&#xa0;: le serveur de noms %2 a refusé de répondre (REFUSED)</translation>
    </message>
    <message>
        <source>DNS lookup for %1 failed: the name server refused to answer (REFUSED)</source>
        <translation>Échec de la requête DNS pour %1&#xa0;: le serveur de noms a refusé de répondre (REFUSED)</translation>
    </message>
    <message>
        <source>DNS lookup for %1 failed: the name server %2 could not answer (SERVFAIL)</source>
        <translation>Échec de la requête DNS pour %1&#xa0;: le serveur de noms %2 n’a pas pu répondre (SERVFAIL)</translation>
    </message>
    <message>
        <source>DNS lookup for %1 failed: the name server could not answer (SERVFAIL)</source>
        <translation>Échec de la requête DNS pour %1&#xa0;: le serveur de noms n’a pas pu répondre (SERVFAIL)</translation>
    </message>
    <message>
        <source>DNS lookup for %1 failed: timed out</source>
        <translation>Échec de la requête DNS pour %1&#xa0;: délai dépassé</translation>
    </message>
    <message>
        <source>delivery time expired; last reply: %1</source>
        <translation>délai de remise écoulé&#xa0;; dernière réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>interrupted: the relay stopped during this delivery; tried again after the next start (if the server had already received the whole message, it arrives twice)</source>
        <translation>interrompu&#xa0;: le relais s’est arrêté pendant cette remise&#xa0;; nouvel essai après le prochain démarrage (si le serveur avait déjà reçu tout le message, il arrive deux fois)</translation>
    </message>
    <message>
        <source>The server refused this relay at its greeting: %1</source>
        <translation>Le serveur a refusé ce relais dès son accueil&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server wants the relay to log in first (give the smarthost, or a route for the domain with a verified certificate, its user name and password, or have the server accept this relay&apos;s address): %1</source>
        <translation>Le serveur demande d’abord une connexion du relais (donnez au smarthost, ou à une route pour le domaine avec certificat vérifié, son nom d’utilisateur et son mot de passe, ou faites accepter l’adresse de ce relais par le serveur)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The route&apos;s host %1 offers neither AUTH PLAIN nor AUTH LOGIN</source>
        <translation>Le serveur %1 de la route ne propose ni AUTH PLAIN ni AUTH LOGIN</translation>
    </message>
    <message>
        <source>The password for the route&apos;s host %1 is not set (user name %2 without a password); AUTH not sent</source>
        <translation>Le mot de passe du serveur %1 de la route n’est pas défini (nom d’utilisateur %2 sans mot de passe)&#xa0;; AUTH non envoyé</translation>
    </message>
    <message>
        <source>Authentication at the smarthost failed: %1</source>
        <translation>Échec de l’authentification auprès du smarthost&#xa0;: %1</translation>
    </message>
    <message>
        <source>Authentication at the route&apos;s host %1 failed: %2</source>
        <translation>Échec de l’authentification auprès du serveur %1 de la route&#xa0;: %2</translation>
    </message>
    <message>
        <source>DNS lookup for %1 failed: no answer from the name server %2</source>
        <translation>Échec de la requête DNS pour %1&#xa0;: aucune réponse du serveur de noms %2</translation>
    </message>
    <message>
        <source>DNS lookup for %1 failed: the name server %2 did not answer in time</source>
        <translation>Échec de la requête DNS pour %1&#xa0;: le serveur de noms %2 n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>Connection to %1 lost after the whole message was sent, before the server&apos;s reply: the server may have kept it</source>
        <translation>Connexion à %1 perdue après l’envoi du message entier, avant la réponse du serveur&#xa0;: le serveur l’a peut-être gardé</translation>
    </message>
    <message>
        <source>connecting to %1 again for the %2 recipient(s) left over</source>
        <translation>nouvelle connexion à %1 pour les %2 destinataires restants</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connexion à %1</translation>
    </message>
    <message>
        <source>reusing connection to %1</source>
        <translation>réutilisation de la connexion à %1</translation>
    </message>
    <message>
        <source>not connecting to %1: it is %2</source>
        <translation>pas de connexion à %1&#xa0;: c’est %2</translation>
    </message>
    <message>
        <source>MX lookup for %1: %2</source>
        <translation>recherche MX pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 recipient(s) answered 452 4.5.3 (too many recipients): sent in another transaction (RFC 5321 4.5.3.1.10)</source>
        <translation>%1 destinataire(s) ont reçu 452 4.5.3 (trop de destinataires)&#xa0;: envoyés dans une autre transaction (RFC 5321 4.5.3.1.10)</translation>
    </message>
    <message>
        <source>not sent: the job may no longer be delivered (message held, or the queue lease is gone)</source>
        <translation>non envoyé&#xa0;: la tâche ne peut plus être remise (message suspendu, ou le bail de la file a expiré)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>message content, %1 bytes</source>
        <translation>contenu du message, %1 octets</translation>
    </message>
    <message>
        <source>MTA-STS: _mta-sts.%1: DNS trouble: %2</source>
        <translation>MTA-STS&#xa0;: _mta-sts.%1&#xa0;: problème DNS&#xa0;: %2</translation>
    </message>
    <message>
        <source>MTA-STS: _mta-sts.%1: %2</source>
        <translation>MTA-STS&#xa0;: _mta-sts.%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>MTA-STS: cannot read the policy cache: %1</source>
        <translation>MTA-STS&#xa0;: impossible de lire le cache des politiques&#xa0;: %1</translation>
    </message>
    <message>
        <source>MTA-STS: the cached policy of %1 holds (%2)</source>
        <translation>MTA-STS&#xa0;: la politique de %1 en cache s’applique (%2)</translation>
    </message>
    <message>
        <source>MTA-STS: the cached policy holds (%1)</source>
        <translation>MTA-STS&#xa0;: la politique en cache s’applique (%1)</translation>
    </message>
    <message>
        <source>MTA-STS: policy of %1 from the cache (%2)</source>
        <translation>MTA-STS&#xa0;: politique de %1 tirée du cache (%2)</translation>
    </message>
    <message>
        <source>MTA-STS: cannot fetch https://mta-sts.%1/.well-known/mta-sts.txt: %2</source>
        <translation>MTA-STS&#xa0;: impossible de récupérer https://mta-sts.%1/.well-known/mta-sts.txt&#xa0;: %2</translation>
    </message>
    <message>
        <source>MTA-STS: fetched the policy of %1 (%2)</source>
        <translation>MTA-STS&#xa0;: politique de %1 récupérée (%2)</translation>
    </message>
    <message>
        <source>MTA-STS: cannot cache the policy: %1</source>
        <translation>MTA-STS&#xa0;: impossible de mettre la politique en cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>MTA-STS (%1): %2 is not an MX host of the policy (mx %3); tried all the same (testing mode)</source>
        <translation>MTA-STS (%1)&#xa0;: %2 n’est pas un hôte MX de la politique (mx %3)&#xa0;; essayé quand même (mode test)</translation>
    </message>
    <message>
        <source>MTA-STS (%1): %2 is not an MX host of the policy (mx %3); not tried</source>
        <translation>MTA-STS (%1)&#xa0;: %2 n’est pas un hôte MX de la politique (mx %3)&#xa0;; non essayé</translation>
    </message>
    <message>
        <source>MTA-STS (testing): enforce would not deliver here: %1</source>
        <translation>MTA-STS (test)&#xa0;: en mode enforce, la remise n’aurait pas lieu ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>the name server %1 refused to answer (REFUSED)</source>
        <translation>le serveur de noms %1 a refusé de répondre (REFUSED)</translation>
    </message>
    <message>
        <source>the name server refused to answer (REFUSED)</source>
        <translation>le serveur de noms a refusé de répondre (REFUSED)</translation>
    </message>
    <message>
        <source>the name server %1 could not answer (SERVFAIL)</source>
        <translation>le serveur de noms %1 n’a pas pu répondre (SERVFAIL)</translation>
    </message>
    <message>
        <source>the name server could not answer (SERVFAIL)</source>
        <translation>le serveur de noms n’a pas pu répondre (SERVFAIL)</translation>
    </message>
    <message>
        <source>the name server %1 did not answer in time</source>
        <translation>le serveur de noms %1 n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>Malformed reply from the server after the whole message was sent: %1; the server may have kept it</source>
        <translation>Réponse mal formée du serveur après l’envoi du message entier&#xa0;: %1&#xa0;; le serveur l’a peut-être gardé</translation>
    </message>
    <message>
        <source>Malformed reply from the server: %1</source>
        <translation>Réponse mal formée du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unexpected reply from the server: %1</source>
        <translation>Réponse inattendue du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>reply line longer than %1 octets</source>
        <translation>ligne de réponse de plus de %1 octets</translation>
    </message>
    <message>
        <source>malformed reply line &apos;%1&apos;</source>
        <translation>ligne de réponse mal formée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>reply code changed from %1 to %2 inside a multi-line reply</source>
        <translation>code de réponse passé de %1 à %2 dans une réponse sur plusieurs lignes</translation>
    </message>
    <message>
        <source>multi-line reply longer than %1 lines</source>
        <translation>réponse sur plusieurs lignes de plus de %1 lignes</translation>
    </message>
    <message>
        <source>%1 more host(s) not tried: at most %2 addresses are tried in one attempt</source>
        <translation>%1 autre(s) hôte(s) non essayé(s) : une tentative essaie au plus %2 adresses</translation>
    </message>
</context>
<context>
    <name>ReplyCatalog</name>
    <message>
        <source>Nothing to do: RelayDesk retries automatically.</source>
        <translation>Rien à faire&#xa0;: RelayDesk réessaie automatiquement.</translation>
    </message>
    <message>
        <source>System status</source>
        <translation>État du système</translation>
    </message>
    <message>
        <source>The server answered a status request.</source>
        <translation>Le serveur a répondu à une demande d’état.</translation>
    </message>
    <message>
        <source>Help message</source>
        <translation>Message d’aide</translation>
    </message>
    <message>
        <source>The server sent help text in answer to HELP.</source>
        <translation>Le serveur a envoyé un texte d’aide en réponse à HELP.</translation>
    </message>
    <message>
        <source>Server ready</source>
        <translation>Serveur prêt</translation>
    </message>
    <message>
        <source>The mail server greeted the connection and is ready.</source>
        <translation>Le serveur de messagerie a accueilli la connexion et est prêt.</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Connexion fermée</translation>
    </message>
    <message>
        <source>The server closed the connection normally.</source>
        <translation>Le serveur a fermé la connexion normalement.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Authentifié</translation>
    </message>
    <message>
        <source>The username and password were accepted (RFC 4954).</source>
        <translation>Le nom d’utilisateur et le mot de passe ont été acceptés (RFC 4954).</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>The server accepted the command or the message.</source>
        <translation>Le serveur a accepté la commande ou le message.</translation>
    </message>
    <message>
        <source>Accepted for forwarding</source>
        <translation>Accepté pour transfert</translation>
    </message>
    <message>
        <source>The recipient is not local to that server, but it accepted the message and will forward it.</source>
        <translation>Le destinataire n’est pas local à ce serveur, mais celui-ci a accepté le message et va le transférer.</translation>
    </message>
    <message>
        <source>Accepted without verification</source>
        <translation>Accepté sans vérification</translation>
    </message>
    <message>
        <source>The server cannot confirm the mailbox exists but accepted the message and will try to deliver it.</source>
        <translation>Le serveur ne peut pas confirmer que la boîte aux lettres existe, mais il a accepté le message et tentera de le remettre.</translation>
    </message>
    <message>
        <source>Sign-in in progress</source>
        <translation>Authentification en cours</translation>
    </message>
    <message>
        <source>The server is waiting for the next step of the sign-in exchange.</source>
        <translation>Le serveur attend l’étape suivante de l’authentification.</translation>
    </message>
    <message>
        <source>Ready for the message</source>
        <translation>Prêt pour le message</translation>
    </message>
    <message>
        <source>The server is waiting for the message content.</source>
        <translation>Le serveur attend le contenu du message.</translation>
    </message>
    <message>
        <source>Server unavailable</source>
        <translation>Serveur indisponible</translation>
    </message>
    <message>
        <source>The receiving server is busy, restarting or limiting connections and closed the connection.</source>
        <translation>Le serveur destinataire est occupé, redémarre ou limite les connexions, et a fermé la connexion.</translation>
    </message>
    <message>
        <source>Password change needed</source>
        <translation>Changement de mot de passe requis</translation>
    </message>
    <message>
        <source>The server requires the account&apos;s password to be changed before signing in (RFC 4954).</source>
        <translation>Le serveur exige que le mot de passe du compte soit changé avant l’authentification (RFC 4954).</translation>
    </message>
    <message>
        <source>Sign in to the account with a mail program and change the password, then update it in RelayDesk.</source>
        <translation>Connectez-vous au compte avec un logiciel de messagerie et changez le mot de passe, puis mettez-le à jour dans RelayDesk.</translation>
    </message>
    <message>
        <source>Mailbox temporarily unavailable</source>
        <translation>Boîte aux lettres temporairement indisponible</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is busy or temporarily blocked by the receiving server.</source>
        <translation>La boîte aux lettres du destinataire est occupée ou temporairement bloquée par le serveur destinataire.</translation>
    </message>
    <message>
        <source>Temporary server error</source>
        <translation>Erreur temporaire du serveur</translation>
    </message>
    <message>
        <source>The receiving server hit a local problem while handling the message.</source>
        <translation>Le serveur destinataire a rencontré un problème local en traitant le message.</translation>
    </message>
    <message>
        <source>Temporarily out of room</source>
        <translation>Manque de place temporaire</translation>
    </message>
    <message>
        <source>The receiving server is short of storage or took too many recipients at once.</source>
        <translation>Le serveur destinataire manque d’espace ou a reçu trop de destinataires à la fois.</translation>
    </message>
    <message>
        <source>Temporary sign-in or encryption failure</source>
        <translation>Échec temporaire d’authentification ou de chiffrement</translation>
    </message>
    <message>
        <source>Parameters not accepted now</source>
        <translation>Paramètres refusés pour l’instant</translation>
    </message>
    <message>
        <source>The server cannot handle the requested options at the moment.</source>
        <translation>Le serveur ne peut pas traiter les options demandées pour le moment.</translation>
    </message>
    <message>
        <source>Command not recognised</source>
        <translation>Commande non reconnue</translation>
    </message>
    <message>
        <source>The server did not understand a command.</source>
        <translation>Le serveur n’a pas compris une commande.</translation>
    </message>
    <message>
        <source>Check that the sending program speaks standard SMTP; report the transcript if it persists.</source>
        <translation>Vérifiez que le programme expéditeur parle le SMTP standard&#xa0;; signalez la transcription si le problème persiste.</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation>Arguments de commande invalides</translation>
    </message>
    <message>
        <source>A command had badly formed arguments, often an address with invalid characters.</source>
        <translation>Une commande avait des arguments mal formés, souvent une adresse avec des caractères invalides.</translation>
    </message>
    <message>
        <source>Check the sender and recipient addresses for typos and invalid characters.</source>
        <translation>Vérifiez les adresses de l’expéditeur et du destinataire (fautes de frappe, caractères invalides).</translation>
    </message>
    <message>
        <source>Command not supported</source>
        <translation>Commande non prise en charge</translation>
    </message>
    <message>
        <source>The server does not implement this command.</source>
        <translation>Le serveur n’implémente pas cette commande.</translation>
    </message>
    <message>
        <source>Turn off the feature in the sending program, or use a server that supports it.</source>
        <translation>Désactivez la fonction dans le programme expéditeur, ou utilisez un serveur qui la prend en charge.</translation>
    </message>
    <message>
        <source>Commands out of order</source>
        <translation>Commandes dans le désordre</translation>
    </message>
    <message>
        <source>A command came at the wrong point of the conversation.</source>
        <translation>Une commande est arrivée au mauvais moment de l’échange.</translation>
    </message>
    <message>
        <source>Check the sending program&apos;s SMTP settings (for example, sign in before sending).</source>
        <translation>Vérifiez les paramètres SMTP du programme expéditeur (par exemple, s’authentifier avant d’envoyer).</translation>
    </message>
    <message>
        <source>Option not supported</source>
        <translation>Option non prise en charge</translation>
    </message>
    <message>
        <source>The server does not support a parameter of the command.</source>
        <translation>Le serveur ne prend pas en charge un paramètre de la commande.</translation>
    </message>
    <message>
        <source>Choose another sign-in method or option in the sending program.</source>
        <translation>Choisissez une autre méthode d’authentification ou une autre option dans le programme expéditeur.</translation>
    </message>
    <message>
        <source>Server accepts no mail</source>
        <translation>Le serveur n’accepte aucun courrier</translation>
    </message>
    <message>
        <source>This host never accepts mail (RFC 7504).</source>
        <translation>Cet hôte n’accepte jamais de courrier (RFC 7504).</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s domain: it does not receive email at this server.</source>
        <translation>Vérifiez le domaine du destinataire&#xa0;: il ne reçoit pas de courrier sur ce serveur.</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Authentification requise</translation>
    </message>
    <message>
        <source>The server only accepts mail after sign-in, or only over an encrypted connection.</source>
        <translation>Le serveur n’accepte le courrier qu’après authentification, ou seulement sur une connexion chiffrée.</translation>
    </message>
    <message>
        <source>Enable TLS and enter the username and password in the sending program.</source>
        <translation>Activez TLS et saisissez le nom d’utilisateur et le mot de passe dans le programme expéditeur.</translation>
    </message>
    <message>
        <source>Sign-in method too weak</source>
        <translation>Méthode d’authentification trop faible</translation>
    </message>
    <message>
        <source>The server refuses the chosen sign-in method as too weak.</source>
        <translation>Le serveur refuse la méthode d’authentification choisie, jugée trop faible.</translation>
    </message>
    <message>
        <source>Choose a stronger sign-in method and make sure the connection is encrypted.</source>
        <translation>Choisissez une méthode d’authentification plus forte et assurez-vous que la connexion est chiffrée.</translation>
    </message>
    <message>
        <source>Wrong username or password</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>Check the username and password; generate a new password if in doubt.</source>
        <translation>Vérifiez le nom d’utilisateur et le mot de passe&#xa0;; en cas de doute, générez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Encryption required to sign in</source>
        <translation>Chiffrement requis pour s’authentifier</translation>
    </message>
    <message>
        <source>This sign-in method is only allowed over an encrypted connection (RFC 4954).</source>
        <translation>Cette méthode d’authentification n’est autorisée que sur une connexion chiffrée (RFC 4954).</translation>
    </message>
    <message>
        <source>Turn on TLS (STARTTLS or SMTPS) in the sending program.</source>
        <translation>Activez TLS (STARTTLS ou SMTPS) dans le programme expéditeur.</translation>
    </message>
    <message>
        <source>Rejected: mailbox unavailable</source>
        <translation>Refusé&#xa0;: boîte aux lettres indisponible</translation>
    </message>
    <message>
        <source>The receiving server refused the message: the mailbox does not exist or the message was refused by policy.</source>
        <translation>Le serveur destinataire a refusé le message&#xa0;: la boîte aux lettres n’existe pas ou le message a été refusé par une règle.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address; if it is right, read the server&apos;s text for the reason.</source>
        <translation>Vérifiez l’adresse du destinataire&#xa0;; si elle est juste, lisez la raison dans le texte du serveur.</translation>
    </message>
    <message>
        <source>Recipient not local</source>
        <translation>Destinataire non local</translation>
    </message>
    <message>
        <source>The server does not handle mail for this recipient.</source>
        <translation>Le serveur ne traite pas le courrier de ce destinataire.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address for typos or ask the recipient for a current address.</source>
        <translation>Vérifiez l’adresse du destinataire ou demandez-lui une adresse à jour.</translation>
    </message>
    <message>
        <source>Storage limit exceeded</source>
        <translation>Limite de stockage dépassée</translation>
    </message>
    <message>
        <source>The message is too large, or the recipient&apos;s mailbox has no room left.</source>
        <translation>Le message est trop gros, ou la boîte aux lettres du destinataire est pleine.</translation>
    </message>
    <message>
        <source>Send a smaller message (share large files by link) or ask the recipient to free up space.</source>
        <translation>Envoyez un message plus petit (partagez les gros fichiers par lien) ou demandez au destinataire de libérer de l’espace.</translation>
    </message>
    <message>
        <source>Address not allowed</source>
        <translation>Adresse non autorisée</translation>
    </message>
    <message>
        <source>The server refused the mailbox name, usually as invalid.</source>
        <translation>Le serveur a refusé le nom de la boîte aux lettres, généralement comme invalide.</translation>
    </message>
    <message>
        <source>Check the address for typos and characters that are not allowed.</source>
        <translation>Vérifiez l’adresse (fautes de frappe, caractères non autorisés).</translation>
    </message>
    <message>
        <source>Transaction failed</source>
        <translation>Échec de la transaction</translation>
    </message>
    <message>
        <source>The server refused the message or the whole connection.</source>
        <translation>Le serveur a refusé le message ou toute la connexion.</translation>
    </message>
    <message>
        <source>Read the server&apos;s text for the reason; often the sender&apos;s IP or content was refused.</source>
        <translation>Lisez la raison dans le texte du serveur&#xa0;; souvent l’IP de l’expéditeur ou le contenu a été refusé.</translation>
    </message>
    <message>
        <source>Options not recognised</source>
        <translation>Options non reconnues</translation>
    </message>
    <message>
        <source>The server did not recognise options given with MAIL or RCPT.</source>
        <translation>Le serveur n’a pas reconnu des options données avec MAIL ou RCPT.</translation>
    </message>
    <message>
        <source>Turn off extra sending options such as delivery notifications in the sending program.</source>
        <translation>Désactivez les options d’envoi supplémentaires, comme les accusés de remise, dans le programme expéditeur.</translation>
    </message>
    <message>
        <source>Domain accepts no mail</source>
        <translation>Le domaine n’accepte aucun courrier</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not receive email (RFC 7504).</source>
        <translation>Le domaine du destinataire ne reçoit pas de courrier (RFC 7504).</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s domain for typos; ask the recipient for a working address.</source>
        <translation>Vérifiez le domaine du destinataire&#xa0;; demandez-lui une adresse qui fonctionne.</translation>
    </message>
    <message>
        <source>Unspecified error</source>
        <translation>Erreur non précisée</translation>
    </message>
    <message>
        <source>The server gave no detail beyond the reply code.</source>
        <translation>Le serveur n’a donné aucun détail au-delà du code de réponse.</translation>
    </message>
    <message>
        <source>Read the server&apos;s text for the reason.</source>
        <translation>Lisez la raison dans le texte du serveur.</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problème d’adresse</translation>
    </message>
    <message>
        <source>Something about the sender or recipient address caused this.</source>
        <translation>La cause vient de l’adresse de l’expéditeur ou du destinataire.</translation>
    </message>
    <message>
        <source>Check the sender and recipient addresses.</source>
        <translation>Vérifiez les adresses de l’expéditeur et du destinataire.</translation>
    </message>
    <message>
        <source>Mailbox does not exist</source>
        <translation>La boîte aux lettres n’existe pas</translation>
    </message>
    <message>
        <source>The receiving server has no mailbox with this name.</source>
        <translation>Le serveur destinataire n’a aucune boîte aux lettres de ce nom.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address for typos, or ask the recipient for the right address.</source>
        <translation>Vérifiez l’adresse du destinataire, ou demandez-lui la bonne adresse.</translation>
    </message>
    <message>
        <source>Domain does not exist</source>
        <translation>Le domaine n’existe pas</translation>
    </message>
    <message>
        <source>The part after the @ does not exist or cannot receive mail.</source>
        <translation>La partie après le @ n’existe pas ou ne peut pas recevoir de courrier.</translation>
    </message>
    <message>
        <source>Check the domain of the recipient&apos;s address for typos.</source>
        <translation>Vérifiez le domaine de l’adresse du destinataire.</translation>
    </message>
    <message>
        <source>Nothing to do now: RelayDesk retries; check the domain for typos if it keeps failing.</source>
        <translation>Rien à faire pour l’instant&#xa0;: RelayDesk réessaie&#xa0;; vérifiez le domaine si l’échec persiste.</translation>
    </message>
    <message>
        <source>Invalid recipient address</source>
        <translation>Adresse du destinataire invalide</translation>
    </message>
    <message>
        <source>The recipient&apos;s address is not written correctly.</source>
        <translation>L’adresse du destinataire n’est pas écrite correctement.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address for typos, spaces or invalid characters.</source>
        <translation>Vérifiez l’adresse du destinataire (fautes de frappe, espaces, caractères invalides).</translation>
    </message>
    <message>
        <source>Ambiguous address</source>
        <translation>Adresse ambiguë</translation>
    </message>
    <message>
        <source>The address matches more than one mailbox on that server.</source>
        <translation>L’adresse correspond à plusieurs boîtes aux lettres sur ce serveur.</translation>
    </message>
    <message>
        <source>Use the recipient&apos;s full, exact address.</source>
        <translation>Utilisez l’adresse complète et exacte du destinataire.</translation>
    </message>
    <message>
        <source>Recipient address valid</source>
        <translation>Adresse du destinataire valide</translation>
    </message>
    <message>
        <source>The server confirmed the recipient&apos;s address.</source>
        <translation>Le serveur a confirmé l’adresse du destinataire.</translation>
    </message>
    <message>
        <source>Read the server&apos;s text for the reason the message was still refused.</source>
        <translation>Lisez dans le texte du serveur pourquoi le message a tout de même été refusé.</translation>
    </message>
    <message>
        <source>Mailbox has moved</source>
        <translation>La boîte aux lettres a été déplacée</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox moved and the server knows no forwarding address.</source>
        <translation>La boîte aux lettres du destinataire a été déplacée et le serveur ne connaît pas d’adresse de renvoi.</translation>
    </message>
    <message>
        <source>Ask the recipient for their new address.</source>
        <translation>Demandez au destinataire sa nouvelle adresse.</translation>
    </message>
    <message>
        <source>Invalid sender address</source>
        <translation>Adresse de l’expéditeur invalide</translation>
    </message>
    <message>
        <source>The sender&apos;s address is not written correctly.</source>
        <translation>L’adresse de l’expéditeur n’est pas écrite correctement.</translation>
    </message>
    <message>
        <source>Check the From address configured in the sending program.</source>
        <translation>Vérifiez l’adresse d’expédition configurée dans le programme expéditeur.</translation>
    </message>
    <message>
        <source>Sender domain invalid</source>
        <translation>Domaine de l’expéditeur invalide</translation>
    </message>
    <message>
        <source>The domain of the sender&apos;s address does not exist or cannot receive replies.</source>
        <translation>Le domaine de l’adresse de l’expéditeur n’existe pas ou ne peut pas recevoir de réponses.</translation>
    </message>
    <message>
        <source>Use a sender address in a real domain with working DNS (MX or A records).</source>
        <translation>Utilisez une adresse d’expéditeur dans un vrai domaine avec un DNS fonctionnel (enregistrements MX ou A).</translation>
    </message>
    <message>
        <source>Relayed to a non-compliant server</source>
        <translation>Relayé vers un serveur non conforme</translation>
    </message>
    <message>
        <source>The message was passed to a server that cannot report delivery status (RFC 3886).</source>
        <translation>Le message a été transmis à un serveur qui ne peut pas signaler l’état de remise (RFC 3886).</translation>
    </message>
    <message>
        <source>Read the server&apos;s text; ask the recipient whether the message arrived.</source>
        <translation>Lisez le texte du serveur&#xa0;; demandez au destinataire si le message est arrivé.</translation>
    </message>
    <message>
        <source>Recipient domain accepts no mail</source>
        <translation>Le domaine du destinataire n’accepte aucun courrier</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX record: it never receives email (RFC 7505).</source>
        <translation>Le domaine du destinataire publie un enregistrement MX nul&#xa0;: il ne reçoit jamais de courrier (RFC 7505).</translation>
    </message>
    <message>
        <source>Mailbox problem</source>
        <translation>Problème de boîte aux lettres</translation>
    </message>
    <message>
        <source>Something about the recipient&apos;s mailbox caused this.</source>
        <translation>La cause vient de la boîte aux lettres du destinataire.</translation>
    </message>
    <message>
        <source>Contact the recipient by other means.</source>
        <translation>Contactez le destinataire par un autre moyen.</translation>
    </message>
    <message>
        <source>Mailbox disabled</source>
        <translation>Boîte aux lettres désactivée</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox exists but does not accept messages.</source>
        <translation>La boîte aux lettres du destinataire existe mais n’accepte pas de messages.</translation>
    </message>
    <message>
        <source>Contact the recipient by other means; the account may be closed.</source>
        <translation>Contactez le destinataire par un autre moyen&#xa0;; le compte est peut-être fermé.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Boîte aux lettres pleine</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota.</source>
        <translation>La boîte aux lettres du destinataire a dépassé son quota.</translation>
    </message>
    <message>
        <source>Ask the recipient to free up space, then send again.</source>
        <translation>Demandez au destinataire de libérer de l’espace, puis renvoyez.</translation>
    </message>
    <message>
        <source>Nothing to do: RelayDesk retries; if it keeps failing, ask the recipient to free up space.</source>
        <translation>Rien à faire&#xa0;: RelayDesk réessaie&#xa0;; si l’échec persiste, demandez au destinataire de libérer de l’espace.</translation>
    </message>
    <message>
        <source>Message too large for recipient</source>
        <translation>Message trop gros pour le destinataire</translation>
    </message>
    <message>
        <source>The message is larger than the recipient&apos;s server allows.</source>
        <translation>Le message dépasse la taille autorisée par le serveur du destinataire.</translation>
    </message>
    <message>
        <source>Send a smaller message; share large attachments by link.</source>
        <translation>Envoyez un message plus petit&#xa0;; partagez les grosses pièces jointes par lien.</translation>
    </message>
    <message>
        <source>Mailing list problem</source>
        <translation>Problème de liste de diffusion</translation>
    </message>
    <message>
        <source>The recipient is a mailing list that could not be expanded.</source>
        <translation>Le destinataire est une liste de diffusion qui n’a pas pu être développée.</translation>
    </message>
    <message>
        <source>Contact the list&apos;s owner.</source>
        <translation>Contactez le propriétaire de la liste.</translation>
    </message>
    <message>
        <source>Receiving server problem</source>
        <translation>Problème du serveur destinataire</translation>
    </message>
    <message>
        <source>The receiving mail system reported a problem.</source>
        <translation>Le système de messagerie destinataire a signalé un problème.</translation>
    </message>
    <message>
        <source>Contact the recipient&apos;s administrator if it keeps happening.</source>
        <translation>Contactez l’administrateur du destinataire si cela se reproduit.</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <translation>Système de messagerie plein</translation>
    </message>
    <message>
        <source>The receiving server is out of storage.</source>
        <translation>Le serveur destinataire n’a plus d’espace de stockage.</translation>
    </message>
    <message>
        <source>Contact the recipient&apos;s administrator.</source>
        <translation>Contactez l’administrateur du destinataire.</translation>
    </message>
    <message>
        <source>Server not accepting mail</source>
        <translation>Le serveur n’accepte pas de courrier</translation>
    </message>
    <message>
        <source>The receiving server is not accepting messages right now, for example while shutting down.</source>
        <translation>Le serveur destinataire n’accepte pas de messages en ce moment, par exemple pendant son arrêt.</translation>
    </message>
    <message>
        <source>Feature not supported</source>
        <translation>Fonction non prise en charge</translation>
    </message>
    <message>
        <source>The receiving server cannot handle a feature the message needs.</source>
        <translation>Le serveur destinataire ne gère pas une fonction dont le message a besoin.</translation>
    </message>
    <message>
        <source>Send the message without the special feature (for example, as plain 7-bit text).</source>
        <translation>Envoyez le message sans cette fonction particulière (par exemple en texte brut 7 bits).</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Message trop gros</translation>
    </message>
    <message>
        <source>The message is larger than the receiving server accepts.</source>
        <translation>Le message dépasse la taille acceptée par le serveur destinataire.</translation>
    </message>
    <message>
        <source>Server misconfigured</source>
        <translation>Serveur mal configuré</translation>
    </message>
    <message>
        <source>The receiving server is configured incorrectly.</source>
        <translation>Le serveur destinataire est mal configuré.</translation>
    </message>
    <message>
        <source>Priority changed</source>
        <translation>Priorité modifiée</translation>
    </message>
    <message>
        <source>The server changed the message&apos;s priority (RFC 6710).</source>
        <translation>Le serveur a modifié la priorité du message (RFC 6710).</translation>
    </message>
    <message>
        <source>Send the message with normal priority.</source>
        <translation>Envoyez le message avec une priorité normale.</translation>
    </message>
    <message>
        <source>Network or routing problem</source>
        <translation>Problème de réseau ou de routage</translation>
    </message>
    <message>
        <source>Something went wrong finding or reaching the server.</source>
        <translation>Un problème est survenu pour trouver ou joindre le serveur.</translation>
    </message>
    <message>
        <source>Check the relay&apos;s network connection and DNS settings.</source>
        <translation>Vérifiez la connexion réseau et les paramètres DNS du relais.</translation>
    </message>
    <message>
        <source>No answer from server</source>
        <translation>Aucune réponse du serveur</translation>
    </message>
    <message>
        <source>The receiving server did not answer.</source>
        <translation>Le serveur destinataire n’a pas répondu.</translation>
    </message>
    <message>
        <source>Check the relay&apos;s internet connection and that outgoing port 25 is not blocked.</source>
        <translation>Vérifiez la connexion internet du relais et que le port 25 sortant n’est pas bloqué.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>Connexion interrompue</translation>
    </message>
    <message>
        <source>The connection to the server broke or timed out.</source>
        <translation>La connexion au serveur a été coupée ou a expiré.</translation>
    </message>
    <message>
        <source>Check the relay&apos;s internet connection and firewall.</source>
        <translation>Vérifiez la connexion internet et le pare-feu du relais.</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <translation>Échec du service d’annuaire</translation>
    </message>
    <message>
        <source>A directory service (such as DNS) failed during delivery.</source>
        <translation>Un service d’annuaire (comme le DNS) a échoué pendant la remise.</translation>
    </message>
    <message>
        <source>Check the relay&apos;s DNS settings.</source>
        <translation>Vérifiez les paramètres DNS du relais.</translation>
    </message>
    <message>
        <source>No route to the domain</source>
        <translation>Aucune route vers le domaine</translation>
    </message>
    <message>
        <source>No mail server could be found for the recipient&apos;s domain.</source>
        <translation>Aucun serveur de messagerie n’a été trouvé pour le domaine du destinataire.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s domain for typos; it may have no mail servers.</source>
        <translation>Vérifiez le domaine du destinataire&#xa0;; il n’a peut-être aucun serveur de messagerie.</translation>
    </message>
    <message>
        <source>Nothing to do: RelayDesk retries; check the recipient&apos;s domain if it keeps failing.</source>
        <translation>Rien à faire&#xa0;: RelayDesk réessaie&#xa0;; vérifiez le domaine du destinataire si l’échec persiste.</translation>
    </message>
    <message>
        <source>Mail system congested</source>
        <translation>Système de messagerie saturé</translation>
    </message>
    <message>
        <source>The receiving system is overloaded.</source>
        <translation>Le système destinataire est surchargé.</translation>
    </message>
    <message>
        <source>Send again later.</source>
        <translation>Renvoyez plus tard.</translation>
    </message>
    <message>
        <source>Routing loop</source>
        <translation>Boucle de routage</translation>
    </message>
    <message>
        <source>The message went round in a loop between servers.</source>
        <translation>Le message a tourné en boucle entre des serveurs.</translation>
    </message>
    <message>
        <source>Check the relay&apos;s routes and smarthost settings for a loop.</source>
        <translation>Vérifiez que les routes et le smarthost du relais ne forment pas de boucle.</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <translation>Délai de remise expiré</translation>
    </message>
    <message>
        <source>The message could not be delivered before its time limit ran out.</source>
        <translation>Le message n’a pas pu être remis avant l’expiration de son délai.</translation>
    </message>
    <message>
        <source>Look at the earlier attempts in the delivery log for the underlying reason.</source>
        <translation>Consultez les tentatives précédentes dans le journal de remise pour la cause réelle.</translation>
    </message>
    <message>
        <source>Protocol problem</source>
        <translation>Problème de protocole</translation>
    </message>
    <message>
        <source>Something went wrong in the SMTP conversation.</source>
        <translation>Un problème est survenu dans l’échange SMTP.</translation>
    </message>
    <message>
        <source>Check the sending program&apos;s SMTP settings.</source>
        <translation>Vérifiez les paramètres SMTP du programme expéditeur.</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation>Commande invalide</translation>
    </message>
    <message>
        <source>The server did not accept a command.</source>
        <translation>Le serveur n’a pas accepté une commande.</translation>
    </message>
    <message>
        <source>Check that the sending program speaks standard SMTP.</source>
        <translation>Vérifiez que le programme expéditeur parle le SMTP standard.</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Erreur de syntaxe</translation>
    </message>
    <message>
        <source>A command was not written correctly, for example with control characters.</source>
        <translation>Une commande n’était pas écrite correctement, par exemple avec des caractères de contrôle.</translation>
    </message>
    <message>
        <source>Check the sending program&apos;s settings and the addresses it uses.</source>
        <translation>Vérifiez les paramètres du programme expéditeur et les adresses qu’il utilise.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Trop de destinataires</translation>
    </message>
    <message>
        <source>The message has more recipients than the server accepts at once.</source>
        <translation>Le message a plus de destinataires que le serveur n’en accepte à la fois.</translation>
    </message>
    <message>
        <source>Split the recipients over several messages.</source>
        <translation>Répartissez les destinataires sur plusieurs messages.</translation>
    </message>
    <message>
        <source>Nothing to do: RelayDesk sends the remaining recipients in another attempt.</source>
        <translation>Rien à faire&#xa0;: RelayDesk envoie aux destinataires restants lors d’une autre tentative.</translation>
    </message>
    <message>
        <source>A command had arguments the server could not accept.</source>
        <translation>Une commande avait des arguments que le serveur n’a pas pu accepter.</translation>
    </message>
    <message>
        <source>Check the addresses and sending options.</source>
        <translation>Vérifiez les adresses et les options d’envoi.</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation>Mauvaise version de protocole</translation>
    </message>
    <message>
        <source>The two servers could not agree on the protocol.</source>
        <translation>Les deux serveurs n’ont pas pu s’accorder sur le protocole.</translation>
    </message>
    <message>
        <source>Sign-in data too long</source>
        <translation>Données d’authentification trop longues</translation>
    </message>
    <message>
        <source>A sign-in line was longer than the server allows (RFC 4954).</source>
        <translation>Une ligne d’authentification dépassait la longueur permise par le serveur (RFC 4954).</translation>
    </message>
    <message>
        <source>Use a shorter sign-in token or another sign-in method.</source>
        <translation>Utilisez un jeton d’authentification plus court ou une autre méthode d’authentification.</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation>Problème de contenu</translation>
    </message>
    <message>
        <source>Something about the message content caused this.</source>
        <translation>La cause vient du contenu du message.</translation>
    </message>
    <message>
        <source>Check the message&apos;s format and attachments.</source>
        <translation>Vérifiez le format et les pièces jointes du message.</translation>
    </message>
    <message>
        <source>Content type not supported</source>
        <translation>Type de contenu non pris en charge</translation>
    </message>
    <message>
        <source>The server does not accept this kind of content.</source>
        <translation>Le serveur n’accepte pas ce type de contenu.</translation>
    </message>
    <message>
        <source>Send the content in another format.</source>
        <translation>Envoyez le contenu dans un autre format.</translation>
    </message>
    <message>
        <source>Conversion not allowed</source>
        <translation>Conversion non autorisée</translation>
    </message>
    <message>
        <source>The message would need converting, which was prohibited.</source>
        <translation>Le message devrait être converti, ce qui a été interdit.</translation>
    </message>
    <message>
        <source>Send the message in a format the recipient supports.</source>
        <translation>Envoyez le message dans un format que le destinataire prend en charge.</translation>
    </message>
    <message>
        <source>Conversion not supported</source>
        <translation>Conversion non prise en charge</translation>
    </message>
    <message>
        <source>The message would need a conversion the server cannot do.</source>
        <translation>Le message nécessiterait une conversion que le serveur ne sait pas faire.</translation>
    </message>
    <message>
        <source>Send the message as plain 7-bit text or standard MIME.</source>
        <translation>Envoyez le message en texte brut 7 bits ou en MIME standard.</translation>
    </message>
    <message>
        <source>Converted with loss</source>
        <translation>Converti avec perte</translation>
    </message>
    <message>
        <source>The message was converted and some content was lost.</source>
        <translation>Le message a été converti et une partie du contenu a été perdue.</translation>
    </message>
    <message>
        <source>Send the message in a simpler format, such as plain text.</source>
        <translation>Envoyez le message dans un format plus simple, comme le texte brut.</translation>
    </message>
    <message>
        <source>Conversion failed</source>
        <translation>Échec de la conversion</translation>
    </message>
    <message>
        <source>Converting the message failed.</source>
        <translation>La conversion du message a échoué.</translation>
    </message>
    <message>
        <source>Send the message in a simpler format.</source>
        <translation>Envoyez le message dans un format plus simple.</translation>
    </message>
    <message>
        <source>Content not available</source>
        <translation>Contenu indisponible</translation>
    </message>
    <message>
        <source>Referenced message content could not be fetched (RFC 4468).</source>
        <translation>Le contenu de message référencé n’a pas pu être récupéré (RFC 4468).</translation>
    </message>
    <message>
        <source>Send the message again with its full content.</source>
        <translation>Renvoyez le message avec son contenu complet.</translation>
    </message>
    <message>
        <source>Non-ASCII address not allowed</source>
        <translation>Adresse non ASCII non autorisée</translation>
    </message>
    <message>
        <source>The address contains international characters, which this server does not accept (RFC 6531).</source>
        <translation>L’adresse contient des caractères internationaux que ce serveur n’accepte pas (RFC 6531).</translation>
    </message>
    <message>
        <source>Use an address written in plain ASCII letters.</source>
        <translation>Utilisez une adresse écrite en simples lettres ASCII.</translation>
    </message>
    <message>
        <source>International text not accepted</source>
        <translation>Texte international non accepté</translation>
    </message>
    <message>
        <source>The message needs international (UTF-8) support the other side lacks (RFC 6531).</source>
        <translation>Le message nécessite une prise en charge internationale (UTF-8) qui manque à l’autre côté (RFC 6531).</translation>
    </message>
    <message>
        <source>Use plain ASCII addresses and headers for this recipient.</source>
        <translation>Utilisez des adresses et des en-têtes en ASCII simple pour ce destinataire.</translation>
    </message>
    <message>
        <source>Security or policy refusal</source>
        <translation>Refus pour raison de sécurité ou de règle</translation>
    </message>
    <message>
        <source>The server refused the message for a security or policy reason.</source>
        <translation>Le serveur a refusé le message pour une raison de sécurité ou de règle.</translation>
    </message>
    <message>
        <source>Read the server&apos;s text for the reason; check sign-in and the sender&apos;s domain setup.</source>
        <translation>Lisez la raison dans le texte du serveur&#xa0;; vérifiez l’authentification et la configuration du domaine de l’expéditeur.</translation>
    </message>
    <message>
        <source>Delivery not authorised</source>
        <translation>Remise non autorisée</translation>
    </message>
    <message>
        <source>The receiving server refused the message by its policy.</source>
        <translation>Le serveur destinataire a refusé le message selon ses règles.</translation>
    </message>
    <message>
        <source>Read the server&apos;s text; check the sender&apos;s SPF, DKIM and DMARC and that the recipient accepts mail from you.</source>
        <translation>Lisez le texte du serveur&#xa0;; vérifiez SPF, DKIM et DMARC de l’expéditeur et que le destinataire accepte votre courrier.</translation>
    </message>
    <message>
        <source>List expansion not allowed</source>
        <translation>Développement de la liste non autorisé</translation>
    </message>
    <message>
        <source>The sender may not send to this mailing list.</source>
        <translation>L’expéditeur n’a pas le droit d’écrire à cette liste de diffusion.</translation>
    </message>
    <message>
        <source>Ask the list&apos;s owner for permission.</source>
        <translation>Demandez l’autorisation au propriétaire de la liste.</translation>
    </message>
    <message>
        <source>Security conversion impossible</source>
        <translation>Conversion de sécurité impossible</translation>
    </message>
    <message>
        <source>The message needed a security conversion that could not be done.</source>
        <translation>Le message nécessitait une conversion de sécurité impossible à réaliser.</translation>
    </message>
    <message>
        <source>Send the message without encryption or signing.</source>
        <translation>Envoyez le message sans chiffrement ni signature.</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <translation>Fonctions de sécurité non prises en charge</translation>
    </message>
    <message>
        <source>The server cannot handle the message&apos;s security features.</source>
        <translation>Le serveur ne gère pas les fonctions de sécurité du message.</translation>
    </message>
    <message>
        <source>Send the message without those security features.</source>
        <translation>Envoyez le message sans ces fonctions de sécurité.</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation>Échec cryptographique</translation>
    </message>
    <message>
        <source>Decrypting or verifying the message failed.</source>
        <translation>Le déchiffrement ou la vérification du message a échoué.</translation>
    </message>
    <message>
        <source>Check the signing or encryption set-up of the sending program.</source>
        <translation>Vérifiez la configuration de signature ou de chiffrement du programme expéditeur.</translation>
    </message>
    <message>
        <source>Algorithm not supported</source>
        <translation>Algorithme non pris en charge</translation>
    </message>
    <message>
        <source>The message uses a cryptographic algorithm the server lacks.</source>
        <translation>Le message utilise un algorithme cryptographique que le serveur ne possède pas.</translation>
    </message>
    <message>
        <source>Use a common algorithm for signing or encryption.</source>
        <translation>Utilisez un algorithme courant pour la signature ou le chiffrement.</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <translation>Échec d’intégrité du message</translation>
    </message>
    <message>
        <source>The message was changed or damaged on the way.</source>
        <translation>Le message a été modifié ou endommagé en route.</translation>
    </message>
    <message>
        <source>Send the message again; check for software that rewrites messages.</source>
        <translation>Renvoyez le message&#xa0;; cherchez un logiciel qui réécrit les messages.</translation>
    </message>
    <message>
        <source>The server rejected the sign-in credentials (RFC 4954).</source>
        <translation>Le serveur a refusé les identifiants (RFC 4954).</translation>
    </message>
    <message>
        <source>The chosen sign-in method is too weak for this server.</source>
        <translation>La méthode d’authentification choisie est trop faible pour ce serveur.</translation>
    </message>
    <message>
        <source>Choose a stronger sign-in method in the sending program.</source>
        <translation>Choisissez une méthode d’authentification plus forte dans le programme expéditeur.</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <translation>Chiffrement nécessaire</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection (RFC 5248).</source>
        <translation>Le serveur exige une connexion chiffrée (RFC 5248).</translation>
    </message>
    <message>
        <source>The account must change its password before signing in.</source>
        <translation>Le mot de passe du compte doit être changé avant l’authentification.</translation>
    </message>
    <message>
        <source>Change the account&apos;s password, then update it in RelayDesk.</source>
        <translation>Changez le mot de passe du compte, puis mettez-le à jour dans RelayDesk.</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <source>The account used to sign in is disabled (RFC 5248).</source>
        <translation>Le compte utilisé pour l’authentification est désactivé (RFC 5248).</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to enable the account.</source>
        <translation>Demandez à l’administrateur du serveur d’activer le compte.</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <translation>Relation de confiance requise</translation>
    </message>
    <message>
        <source>The server only accepts this from systems it has a trust agreement with.</source>
        <translation>Le serveur n’accepte cela que des systèmes avec lesquels il a un accord de confiance.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s administrator to allow your server.</source>
        <translation>Demandez à l’administrateur du destinataire d’autoriser votre serveur.</translation>
    </message>
    <message>
        <source>Priority too low</source>
        <translation>Priorité trop basse</translation>
    </message>
    <message>
        <source>The server refused the message&apos;s priority or size for that priority (RFC 6710).</source>
        <translation>Le serveur a refusé la priorité du message ou sa taille pour cette priorité (RFC 6710).</translation>
    </message>
    <message>
        <source>Send the message with normal priority or make it smaller.</source>
        <translation>Envoyez le message avec une priorité normale ou réduisez sa taille.</translation>
    </message>
    <message>
        <source>Mailbox owner changed</source>
        <translation>Le titulaire de la boîte a changé</translation>
    </message>
    <message>
        <source>The mailbox or domain changed owner since the sender last used it (RFC 7293).</source>
        <translation>La boîte aux lettres ou le domaine a changé de titulaire depuis la dernière utilisation par l’expéditeur (RFC 7293).</translation>
    </message>
    <message>
        <source>Confirm the recipient&apos;s current address before sending again.</source>
        <translation>Confirmez l’adresse actuelle du destinataire avant de renvoyer.</translation>
    </message>
    <message>
        <source>DKIM signature missing or invalid</source>
        <translation>Signature DKIM absente ou invalide</translation>
    </message>
    <message>
        <source>The message had no acceptable DKIM signature from the sender&apos;s domain (RFC 7372).</source>
        <translation>Le message n’avait aucune signature DKIM acceptable du domaine de l’expéditeur (RFC 7372).</translation>
    </message>
    <message>
        <source>Set up DKIM signing for the sender&apos;s domain and publish its key in DNS.</source>
        <translation>Configurez la signature DKIM pour le domaine de l’expéditeur et publiez sa clé dans le DNS.</translation>
    </message>
    <message>
        <source>SPF check failed</source>
        <translation>Échec de la vérification SPF</translation>
    </message>
    <message>
        <source>The sender&apos;s domain does not list this relay&apos;s IP address in its SPF record (RFC 7372).</source>
        <translation>Le domaine de l’expéditeur ne mentionne pas l’adresse IP de ce relais dans son enregistrement SPF (RFC 7372).</translation>
    </message>
    <message>
        <source>Add the relay&apos;s public IP address (or smarthost) to the SPF record of the sender&apos;s domain.</source>
        <translation>Ajoutez l’adresse IP publique du relais (ou le smarthost) à l’enregistrement SPF du domaine de l’expéditeur.</translation>
    </message>
    <message>
        <source>Reverse DNS check failed</source>
        <translation>Échec de la vérification DNS inverse</translation>
    </message>
    <message>
        <source>The relay&apos;s public IP address has no matching reverse DNS (PTR) name (RFC 7372).</source>
        <translation>L’adresse IP publique du relais n’a pas de nom DNS inverse (PTR) correspondant (RFC 7372).</translation>
    </message>
    <message>
        <source>Ask the internet provider to set a PTR record for the relay&apos;s IP, or use a smarthost.</source>
        <translation>Demandez au fournisseur d’accès de définir un enregistrement PTR pour l’IP du relais, ou utilisez un smarthost.</translation>
    </message>
    <message>
        <source>Sender not authenticated</source>
        <translation>Expéditeur non authentifié</translation>
    </message>
    <message>
        <source>The message failed several authentication checks: SPF, DKIM and DMARC did not pass (RFC 7372).</source>
        <translation>Le message a échoué à plusieurs contrôles d’authentification&#xa0;: SPF, DKIM et DMARC n’ont pas réussi (RFC 7372).</translation>
    </message>
    <message>
        <source>Publish SPF, DKIM and DMARC records for the sender&apos;s domain that cover this relay.</source>
        <translation>Publiez pour le domaine de l’expéditeur des enregistrements SPF, DKIM et DMARC qui couvrent ce relais.</translation>
    </message>
    <message>
        <source>Sender domain accepts no mail</source>
        <translation>Le domaine de l’expéditeur n’accepte aucun courrier</translation>
    </message>
    <message>
        <source>The sender&apos;s domain publishes a null MX, so replies could never reach it (RFC 7505).</source>
        <translation>Le domaine de l’expéditeur publie un MX nul&#xa0;: les réponses ne pourraient jamais l’atteindre (RFC 7505).</translation>
    </message>
    <message>
        <source>Use a sender address in a domain that can receive email.</source>
        <translation>Utilisez une adresse d’expéditeur dans un domaine qui peut recevoir du courrier.</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <translation>Afflux de courrier détecté</translation>
    </message>
    <message>
        <source>The receiving server saw an unusual amount of mail from this sender and is limiting it.</source>
        <translation>Le serveur destinataire a vu une quantité inhabituelle de courrier de cet expéditeur et la limite.</translation>
    </message>
    <message>
        <source>Send less mail at once and make sure recipients want it; check for a compromised account.</source>
        <translation>Envoyez moins de courrier à la fois et assurez-vous que les destinataires le souhaitent&#xa0;; vérifiez qu’aucun compte n’est compromis.</translation>
    </message>
    <message>
        <source>Nothing to do: RelayDesk retries more slowly; reduce sending volume if it keeps happening.</source>
        <translation>Rien à faire&#xa0;: RelayDesk réessaie plus lentement&#xa0;; réduisez le volume d’envoi si cela se reproduit.</translation>
    </message>
    <message>
        <source>ARC validation failed</source>
        <translation>Échec de la validation ARC</translation>
    </message>
    <message>
        <source>The message&apos;s ARC forwarding chain did not validate (RFC 8617).</source>
        <translation>La chaîne de transfert ARC du message n’a pas été validée (RFC 8617).</translation>
    </message>
    <message>
        <source>Check forwarding servers or mailing lists that handle the message.</source>
        <translation>Vérifiez les serveurs de transfert ou listes de diffusion qui traitent le message.</translation>
    </message>
    <message>
        <source>REQUIRETLS not supported</source>
        <translation>REQUIRETLS non pris en charge</translation>
    </message>
    <message>
        <source>The message required TLS all the way, which a server on the path cannot guarantee (RFC 8689).</source>
        <translation>Le message exigeait TLS de bout en bout, ce qu’un serveur du chemin ne peut pas garantir (RFC 8689).</translation>
    </message>
    <message>
        <source>Send without the REQUIRETLS option or to a server that supports it.</source>
        <translation>Envoyez sans l’option REQUIRETLS ou vers un serveur qui la prend en charge.</translation>
    </message>
    <message>
        <source>Sign-in required (Microsoft 365)</source>
        <translation>Authentification requise (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refused to relay because the connection did not sign in.</source>
        <translation>Microsoft 365 a refusé de relayer car la connexion ne s’est pas authentifiée.</translation>
    </message>
    <message>
        <source>Enter the Microsoft 365 username and password for the smarthost route, with TLS on.</source>
        <translation>Saisissez le nom d’utilisateur et le mot de passe Microsoft 365 pour la route du smarthost, avec TLS activé.</translation>
    </message>
    <message>
        <source>Relay denied (Microsoft 365)</source>
        <translation>Relais refusé (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 could not attribute the message to a tenant and refused to relay it.</source>
        <translation>Microsoft 365 n’a pas pu attribuer le message à un locataire et a refusé de le relayer.</translation>
    </message>
    <message>
        <source>Check the Microsoft 365 inbound connector for the relay&apos;s IP or certificate.</source>
        <translation>Vérifiez le connecteur entrant Microsoft 365 pour l’IP ou le certificat du relais.</translation>
    </message>
    <message>
        <source>SMTP sign-in disabled (Microsoft 365)</source>
        <translation>Authentification SMTP désactivée (Microsoft 365)</translation>
    </message>
    <message>
        <source>The Microsoft 365 tenant or mailbox does not allow SMTP sign-in.</source>
        <translation>Le locataire ou la boîte aux lettres Microsoft 365 n’autorise pas l’authentification SMTP.</translation>
    </message>
    <message>
        <source>Enable authenticated SMTP for the mailbox in Microsoft 365, or use a connector.</source>
        <translation>Activez le SMTP authentifié pour la boîte aux lettres dans Microsoft 365, ou utilisez un connecteur.</translation>
    </message>
    <message>
        <source>IPv6 not accepted</source>
        <translation>IPv6 non accepté</translation>
    </message>
    <message>
        <source>The recipient&apos;s Microsoft 365 domain does not accept mail over IPv6.</source>
        <translation>Le domaine Microsoft 365 du destinataire n’accepte pas le courrier en IPv6.</translation>
    </message>
    <message>
        <source>Deliver to this domain over IPv4, or publish SPF and DKIM for IPv6 senders.</source>
        <translation>Remettez à ce domaine en IPv4, ou publiez SPF et DKIM pour les expéditeurs IPv6.</translation>
    </message>
    <message>
        <source>Sending IP banned (Microsoft)</source>
        <translation>IP d’envoi bannie (Microsoft)</translation>
    </message>
    <message>
        <source>Microsoft lists the relay&apos;s public IP address as a source of abuse and refuses its mail.</source>
        <translation>Microsoft classe l’adresse IP publique du relais comme source d’abus et refuse son courrier.</translation>
    </message>
    <message>
        <source>Request delisting of the relay&apos;s IP at sender.office.com, then send again.</source>
        <translation>Demandez le retrait de l’IP du relais sur sender.office.com, puis renvoyez.</translation>
    </message>
    <message>
        <source>Tenant blocked (Microsoft 365)</source>
        <translation>Locataire bloqué (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 blocked the sending tenant, usually after it sent suspicious volumes of mail.</source>
        <translation>Microsoft 365 a bloqué le locataire expéditeur, généralement après des volumes de courrier suspects.</translation>
    </message>
    <message>
        <source>Check the tenant for compromised accounts, then contact Microsoft support.</source>
        <translation>Recherchez des comptes compromis dans le locataire, puis contactez le support Microsoft.</translation>
    </message>
    <message>
        <source>Unregistered domain blocked (Microsoft 365)</source>
        <translation>Domaine non enregistré bloqué (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refused mail from a sender domain that is not registered in the tenant.</source>
        <translation>Microsoft 365 a refusé le courrier d’un domaine d’expéditeur non enregistré dans le locataire.</translation>
    </message>
    <message>
        <source>Add and verify the sender&apos;s domain in the Microsoft 365 tenant.</source>
        <translation>Ajoutez et vérifiez le domaine de l’expéditeur dans le locataire Microsoft 365.</translation>
    </message>
    <message>
        <source>The server accepted the message for delivery.</source>
        <translation>Le serveur a accepté le message pour le remettre.</translation>
    </message>
    <message>
        <source>Sender accepted</source>
        <translation>Expéditeur accepté</translation>
    </message>
    <message>
        <source>The server accepted the sender&apos;s address.</source>
        <translation>Le serveur a accepté l’adresse de l’expéditeur.</translation>
    </message>
    <message>
        <source>Recipient accepted</source>
        <translation>Destinataire accepté</translation>
    </message>
    <message>
        <source>The server accepted the recipient&apos;s address.</source>
        <translation>Le serveur a accepté l’adresse du destinataire.</translation>
    </message>
    <message>
        <source>Queued for delivery</source>
        <translation>Mis en file pour remise</translation>
    </message>
    <message>
        <source>The server queued the message for delivery.</source>
        <translation>Le serveur a placé le message dans sa file d’attente pour le remettre.</translation>
    </message>
    <message>
        <source>Temporarily deferred</source>
        <translation>Temporairement différé</translation>
    </message>
    <message>
        <source>The receiving server is limiting or deferring mail from this relay for now, often because of sending rate or reputation.</source>
        <translation>Le serveur destinataire limite ou diffère pour l’instant le courrier de ce relais, souvent à cause du débit d’envoi ou de la réputation.</translation>
    </message>
    <message>
        <source>Nothing to do: RelayDesk retries automatically; if it keeps happening, check SPF, DKIM and the relay IP&apos;s reputation.</source>
        <translation>Rien à faire&#xa0;: RelayDesk réessaie automatiquement&#xa0;; si cela se reproduit, vérifiez SPF, DKIM et la réputation de l’IP du relais.</translation>
    </message>
    <message>
        <source>Rate limited (Gmail)</source>
        <translation>Débit limité (Gmail)</translation>
    </message>
    <message>
        <source>Gmail saw an unusual rate of mail from this IP or domain and is slowing it down.</source>
        <translation>Gmail a vu un débit de courrier inhabituel de cette IP ou de ce domaine et le ralentit.</translation>
    </message>
    <message>
        <source>Nothing to do: RelayDesk retries more slowly; send less mail at once and authenticate it with SPF and DKIM.</source>
        <translation>Rien à faire&#xa0;: RelayDesk réessaie plus lentement&#xa0;; envoyez moins de courrier à la fois et authentifiez-le avec SPF et DKIM.</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Délai de connexion dépassé</translation>
    </message>
    <message>
        <source>The connection to the receiving server timed out or was dropped.</source>
        <translation>La connexion au serveur destinataire a expiré ou a été coupée.</translation>
    </message>
    <message>
        <source>Recipient receiving too fast</source>
        <translation>Le destinataire reçoit trop vite</translation>
    </message>
    <message>
        <source>The recipient is receiving mail at a rate that prevents more messages for now.</source>
        <translation>Le destinataire reçoit du courrier à un rythme qui empêche d’autres messages pour l’instant.</translation>
    </message>
    <message>
        <source>The receiving server had a temporary local error while handling the message.</source>
        <translation>Le serveur destinataire a eu une erreur locale temporaire en traitant le message.</translation>
    </message>
    <message>
        <source>Try again later (greylisting)</source>
        <translation>Réessayer plus tard (greylisting)</translation>
    </message>
    <message>
        <source>The receiving server postpones mail from new senders and accepts it on a later attempt.</source>
        <translation>Le serveur destinataire diffère le courrier des nouveaux expéditeurs et l’accepte lors d’une tentative ultérieure.</translation>
    </message>
    <message>
        <source>Server out of storage</source>
        <translation>Serveur à court d’espace</translation>
    </message>
    <message>
        <source>The receiving server does not have enough storage for the message right now.</source>
        <translation>Le serveur destinataire n’a pas assez d’espace pour le message en ce moment.</translation>
    </message>
    <message>
        <source>The server only accepts mail after sign-in over an encrypted connection.</source>
        <translation>Le serveur n’accepte le courrier qu’après authentification sur une connexion chiffrée.</translation>
    </message>
    <message>
        <source>Sign-in failed (Microsoft 365)</source>
        <translation>Échec de l’authentification (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 rejected the username or password, or the account may not use SMTP.</source>
        <translation>Microsoft 365 a refusé le nom d’utilisateur ou le mot de passe, ou le compte n’a pas le droit d’utiliser SMTP.</translation>
    </message>
    <message>
        <source>Check the credentials and that authenticated SMTP is enabled for the mailbox.</source>
        <translation>Vérifiez les identifiants et que le SMTP authentifié est activé pour la boîte aux lettres.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server says there is no such user.</source>
        <translation>Le serveur de messagerie du destinataire indique que cet utilisateur n’existe pas.</translation>
    </message>
    <message>
        <source>Recipient rejected (Microsoft 365)</source>
        <translation>Destinataire refusé (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the recipient: the address does not exist in that organisation.</source>
        <translation>Microsoft 365 a refusé le destinataire&#xa0;: l’adresse n’existe pas dans cette organisation.</translation>
    </message>
    <message>
        <source>Blocked by policy</source>
        <translation>Bloqué par une règle</translation>
    </message>
    <message>
        <source>The receiving server&apos;s policy refused this message or sender.</source>
        <translation>Les règles du serveur destinataire ont refusé ce message ou cet expéditeur.</translation>
    </message>
    <message>
        <source>Read the server&apos;s text; check SPF, DKIM and DMARC of the sender&apos;s domain and that the recipient accepts your mail.</source>
        <translation>Lisez le texte du serveur&#xa0;; vérifiez SPF, DKIM et DMARC du domaine de l’expéditeur et que le destinataire accepte votre courrier.</translation>
    </message>
    <message>
        <source>Unauthenticated sender</source>
        <translation>Expéditeur non authentifié</translation>
    </message>
    <message>
        <source>The message was blocked because the sender&apos;s domain is not authenticated: SPF and DKIM did not pass or DMARC failed.</source>
        <translation>Le message a été bloqué car le domaine de l’expéditeur n’est pas authentifié&#xa0;: SPF et DKIM n’ont pas réussi ou DMARC a échoué.</translation>
    </message>
    <message>
        <source>Publish SPF, DKIM and DMARC for the sender&apos;s domain that cover this relay.</source>
        <translation>Publiez pour le domaine de l’expéditeur SPF, DKIM et DMARC qui couvrent ce relais.</translation>
    </message>
    <message>
        <source>Refused by policy</source>
        <translation>Refusé par une règle</translation>
    </message>
    <message>
        <source>Read the server&apos;s text for the reason; often the sender&apos;s IP or domain is refused.</source>
        <translation>Lisez la raison dans le texte du serveur&#xa0;; souvent l’IP ou le domaine de l’expéditeur est refusé.</translation>
    </message>
    <message>
        <source>Listed on a blocklist</source>
        <translation>Inscrit sur une liste de blocage</translation>
    </message>
    <message>
        <source>The receiving server refused the mail because the relay&apos;s public IP address is on a spam blocklist.</source>
        <translation>Le serveur destinataire a refusé le courrier car l’adresse IP publique du relais figure sur une liste de blocage anti-spam.</translation>
    </message>
    <message>
        <source>Look up the relay&apos;s IP on the blocklist named in the text (e.g. check.spamhaus.org) and request delisting; use a smarthost meanwhile.</source>
        <translation>Recherchez l’IP du relais sur la liste de blocage citée dans le texte (p. ex. check.spamhaus.org) et demandez son retrait&#xa0;; utilisez un smarthost en attendant.</translation>
    </message>
    <message>
        <source>Rejected by DMARC policy</source>
        <translation>Refusé par la politique DMARC</translation>
    </message>
    <message>
        <source>The sender&apos;s domain publishes a DMARC policy and this message did not pass SPF or DKIM for it.</source>
        <translation>Le domaine de l’expéditeur publie une politique DMARC et ce message n’a réussi ni SPF ni DKIM pour elle.</translation>
    </message>
    <message>
        <source>Add the relay to the SPF record and enable DKIM signing for the sender&apos;s domain.</source>
        <translation>Ajoutez le relais à l’enregistrement SPF et activez la signature DKIM pour le domaine de l’expéditeur.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain does not list this relay&apos;s IP address in its SPF record.</source>
        <translation>Le domaine de l’expéditeur ne mentionne pas l’adresse IP de ce relais dans son enregistrement SPF.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Relais refusé</translation>
    </message>
    <message>
        <source>The server refused to pass the message on: the sender is not allowed to send through it.</source>
        <translation>Le serveur a refusé de transmettre le message&#xa0;: l’expéditeur n’a pas le droit d’envoyer par lui.</translation>
    </message>
    <message>
        <source>Sign in to the server, or ask its administrator to allow this relay&apos;s address.</source>
        <translation>Authentifiez-vous auprès du serveur, ou demandez à son administrateur d’autoriser l’adresse de ce relais.</translation>
    </message>
    <message>
        <source>Encryption required</source>
        <translation>Chiffrement requis</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection before this command.</source>
        <translation>Le serveur exige une connexion chiffrée avant cette commande.</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Débit limité</translation>
    </message>
    <message>
        <source>The receiving server is limiting how much mail it takes from this relay.</source>
        <translation>Le serveur destinataire limite la quantité de courrier qu’il accepte de ce relais.</translation>
    </message>
    <message>
        <source>Send less mail at once, or spread it out over time.</source>
        <translation>Envoyez moins de courrier à la fois, ou étalez-le dans le temps.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>The server reported success.</source>
        <translation>Le serveur a signalé un succès.</translation>
    </message>
    <message>
        <source>Waiting for more</source>
        <translation>En attente de la suite</translation>
    </message>
    <message>
        <source>The server accepted the command and waits for more input.</source>
        <translation>Le serveur a accepté la commande et attend la suite.</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>Échec temporaire</translation>
    </message>
    <message>
        <source>The server reported a temporary problem; a later attempt may work.</source>
        <translation>Le serveur a signalé un problème temporaire&#xa0;; une tentative ultérieure peut réussir.</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>Échec définitif</translation>
    </message>
    <message>
        <source>The server refused the request; sending again unchanged will fail.</source>
        <translation>Le serveur a refusé la demande&#xa0;; un nouvel envoi à l’identique échouera.</translation>
    </message>
    <message>
        <source>Unrecognised reply</source>
        <translation>Réponse non reconnue</translation>
    </message>
    <message>
        <source>The server sent a reply code that SMTP does not define.</source>
        <translation>Le serveur a envoyé un code de réponse que SMTP ne définit pas.</translation>
    </message>
    <message>
        <source>Check that the route points at a real SMTP server.</source>
        <translation>Vérifiez que la route pointe vers un vrai serveur SMTP.</translation>
    </message>
    <message>
        <source>TLS required by RelayDesk, not offered by the server</source>
        <translation>TLS exigé par RelayDesk, non proposé par le serveur</translation>
    </message>
    <message>
        <source>Smarthost password not set</source>
        <translation>Mot de passe du smarthost non défini</translation>
    </message>
    <message>
        <source>The smarthost has a user name but no password, so RelayDesk does not log in: it never sends an empty password. The mail waits and is retried.</source>
        <translation>Le smarthost a un nom d’utilisateur mais pas de mot de passe, donc RelayDesk ne s’authentifie pas&#xa0;: il n’envoie jamais de mot de passe vide. Le message attend et sera retenté.</translation>
    </message>
    <message>
        <source>Set the password with the user name (Settings, Delivery, or relaydesk smarthost set HOST:PORT --username USER --password-stdin), or clear the user name if the smarthost needs no login.</source>
        <translation>Définissez le mot de passe avec le nom d’utilisateur (Paramètres, Remise, ou relaydesk smarthost set HOST:PORT --username USER --password-stdin), ou videz le nom d’utilisateur si le smarthost ne demande pas d’authentification.</translation>
    </message>
    <message>
        <source>Returned to the sender by an administrator</source>
        <translation>Retourné à l’expéditeur par un administrateur</translation>
    </message>
    <message>
        <source>Nothing to do. If it was a mistake, ask the sender to send the message again.</source>
        <translation>Rien à faire. Si c’était une erreur, demandez à l’expéditeur d’envoyer le message à nouveau.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Nothing accepted the connection on that host and port: the mail server is down or restarting, or a route or the smarthost names the wrong host or port. RelayDesk retries.</source>
        <translation>Rien n’a accepté la connexion sur cet hôte et ce port&#xa0;: le serveur de messagerie est arrêté ou redémarre, ou une route ou le smarthost indique un mauvais hôte ou port. RelayDesk réessaie.</translation>
    </message>
    <message>
        <source>If it lasts, check the host and port of the route or smarthost (Settings, Delivery) and that the server there runs; for a recipient&apos;s own mail server, wait: RelayDesk keeps retrying until it gives up.</source>
        <translation>Si cela dure, vérifiez l’hôte et le port de la route ou du smarthost (Paramètres, Remise) et que le serveur y fonctionne&#xa0;; pour le propre serveur d’un destinataire, attendez&#xa0;: RelayDesk réessaie jusqu’à abandonner.</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificat non fiable</translation>
    </message>
    <message>
        <source>RelayDesk refused the server&apos;s TLS certificate (not signed by a trusted authority, for another name, or out of date) and sent it nothing secret.</source>
        <translation>RelayDesk a refusé le certificat TLS du serveur (non signé par une autorité de confiance, établi pour un autre nom ou périmé) et ne lui a rien envoyé de secret.</translation>
    </message>
    <message>
        <source>If it is the right server, trust its CA or pin its certificate (Settings, Delivery; Test connection shows the fingerprint); RelayDesk keeps retrying meanwhile.</source>
        <translation>Si c’est le bon serveur, faites confiance à son autorité de certification ou épinglez son certificat (Paramètres, Remise&#xa0;; «&#xa0;Tester la connexion&#xa0;» montre l’empreinte)&#xa0;; RelayDesk continue de réessayer en attendant.</translation>
    </message>
    <message>
        <source>Someone returned this message to its sender from the queue (Queue, Bounce, or relaydesk queue bounce). No server refused it; a bounce notice was queued for the sender, and the Delivery Logs show whether it arrived.</source>
        <translation>Quelqu’un a retourné ce message à son expéditeur depuis la file d’attente (File d’attente, Retourner à l’expéditeur, ou relaydesk queue bounce). Aucun serveur ne l’a refusé&#xa0;; un avis de non-remise a été mis en file d’attente pour l’expéditeur, et les Journaux de remise indiquent s’il est arrivé.</translation>
    </message>
    <message>
        <source>Given up: delivery time expired</source>
        <translation>Abandonné&#xa0;: délai de remise dépassé</translation>
    </message>
    <message>
        <source>Read the last reply and the earlier attempts for the reason; once it is fixed, resend the message or ask the sender to send it again.</source>
        <translation>Cherchez la raison dans la dernière réponse et les tentatives précédentes&#xa0;; une fois le problème réglé, renvoyez le message ou demandez à l’expéditeur de l’envoyer à nouveau.</translation>
    </message>
    <message>
        <source>The server rejected the sign-in credentials. From RelayDesk: a wrong password, one that was revoked or replaced by a rotation, or a sign-in from an address the Mail Agent&apos;s allowlist does not list.</source>
        <translation>Le serveur a refusé les identifiants. De la part de RelayDesk&#xa0;: un mot de passe erroné, révoqué ou remplacé par une rotation, ou une connexion depuis une adresse absente des adresses autorisées de l’agent de messagerie.</translation>
    </message>
    <message>
        <source>Check the username and password (generate a new password if in doubt) and the address the program sends from against the agent&apos;s allowlist.</source>
        <translation>Vérifiez le nom d’utilisateur et le mot de passe (en cas de doute, générez un nouveau mot de passe) et que l’adresse d’où le programme envoie figure parmi les adresses autorisées de l’agent.</translation>
    </message>
    <message>
        <source>The server could not complete sign-in or start encryption just now (RFC 4954, RFC 3207). From RelayDesk it may also mean that the administrator disabled the Mail Agent (&quot;Accept mail from this agent&quot; is off): the password is right.</source>
        <translation>Le serveur n’a pas pu terminer l’authentification ou démarrer le chiffrement pour l’instant (RFC 4954, RFC 3207). De la part de RelayDesk, cela peut aussi signifier que l’administrateur a désactivé l’agent de messagerie («&#xa0;Accepter le courrier de cet agent&#xa0;» est désactivé)&#xa0;: le mot de passe est correct.</translation>
    </message>
    <message>
        <source>Connection closed before the server&apos;s reply</source>
        <translation>Connexion fermée avant la réponse du serveur</translation>
    </message>
    <message>
        <source>The receiving server closed the connection after the whole message was sent, before it said whether it took it. It may have kept the message: then every retry brings the recipient another copy.</source>
        <translation>Le serveur destinataire a fermé la connexion après l’envoi du message entier, avant de dire s’il l’acceptait. Il l’a peut-être gardé&#xa0;: chaque nouvel essai apporte alors une copie de plus au destinataire.</translation>
    </message>
    <message>
        <source>RelayDesk retries, as the standard asks. If the recipient reports copies, or a failure notice for mail that arrived, ask the receiving server&apos;s administrator why it closes the connection at the message&apos;s end.</source>
        <translation>RelayDesk réessaie, comme le veut la norme. Si le destinataire signale des copies, ou un avis de non-remise pour un message arrivé, demandez à l’administrateur du serveur destinataire pourquoi il ferme la connexion à la fin du message.</translation>
    </message>
    <message>
        <source>Connection closed by the server</source>
        <translation>Connexion fermée par le serveur</translation>
    </message>
    <message>
        <source>The receiving server closed the connection before the delivery was finished.</source>
        <translation>Le serveur destinataire a fermé la connexion avant la fin de la remise.</translation>
    </message>
    <message>
        <source>RelayDesk tried this recipient until its time limit ran out (Settings, Delivery: Give up after) and will not try it again; a failure notice to the sender was queued (its own row in the Delivery Logs shows whether it arrived). The last reply says why: the receiving server&apos;s words, or RelayDesk&apos;s own where no server answered (a connection refused or lost, a name that does not resolve).</source>
        <translation>RelayDesk a essayé ce destinataire jusqu’à la fin de son délai (Paramètres, Remise&#xa0;: Abandonner après) et ne l’essaiera plus&#xa0;; un avis de non-remise à l’expéditeur a été mis en file d’attente (sa propre ligne dans les Journaux de remise montre s’il est arrivé). La dernière réponse dit pourquoi&#xa0;: les mots du serveur destinataire, ou ceux de RelayDesk là où aucun serveur n’a répondu (une connexion refusée ou perdue, un nom qui ne se résout pas).</translation>
    </message>
    <message>
        <source>RelayDesk stopped during this delivery</source>
        <translation>RelayDesk s’est arrêté pendant cette remise</translation>
    </message>
    <message>
        <source>RelayDesk itself stopped (it was quit, restarted or ended) while it delivered this message; no server refused it. It tries again after its next start. If the receiving server had already taken the whole message, the recipient gets it twice.</source>
        <translation>RelayDesk lui-même s’est arrêté (fermé, redémarré ou interrompu) pendant qu’il remettait ce message&#xa0;; aucun serveur ne l’a refusé. Il réessaie après son prochain démarrage. Si le serveur destinataire avait déjà reçu tout le message, le destinataire le reçoit deux fois.</translation>
    </message>
    <message>
        <source>Nothing to do: RelayDesk retries after its start. If the recipient reports two copies, this is why.</source>
        <translation>Rien à faire&#xa0;: RelayDesk réessaie après son démarrage. Si le destinataire signale deux exemplaires, en voici la raison.</translation>
    </message>
    <message>
        <source>The DNS server refused the lookup</source>
        <translation>Le serveur DNS a refusé la recherche</translation>
    </message>
    <message>
        <source>The name server RelayDesk asks for the recipient&apos;s mail servers refused to answer: it does not serve this relay, or is set up wrongly. This does not pass by waiting.</source>
        <translation>Le serveur de noms auquel RelayDesk demande les serveurs de messagerie du destinataire a refusé de répondre&#xa0;: il ne sert pas ce relais, ou il est mal configuré. Cela ne passe pas en attendant.</translation>
    </message>
    <message>
        <source>Check the DNS server in Settings, Delivery (empty: this computer&apos;s own), and that it answers this computer&apos;s questions. RelayDesk retries meanwhile.</source>
        <translation>Vérifiez le serveur DNS dans Paramètres, Remise (vide&#xa0;: celui de cet ordinateur), et qu’il répond aux questions de cet ordinateur. RelayDesk réessaie en attendant.</translation>
    </message>
    <message>
        <source>The domain receives no mail</source>
        <translation>Le domaine ne reçoit pas de courrier</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain names no mail server: it has no MX record and no address (A or AAAA), so no server can be asked.</source>
        <translation>Le domaine du destinataire ne désigne aucun serveur de messagerie&#xa0;: il n’a ni enregistrement MX ni adresse (A ou AAAA), aucun serveur ne peut donc être interrogé.</translation>
    </message>
    <message>
        <source>Check the domain of the recipient&apos;s address for typos; if it is right, the domain cannot receive mail: ask the recipient for another address.</source>
        <translation>Vérifiez l’orthographe du domaine de l’adresse du destinataire&#xa0;; s’il est juste, le domaine ne peut pas recevoir de courrier&#xa0;: demandez au destinataire une autre adresse.</translation>
    </message>
    <message>
        <source>RelayDesk sends to this server only over TLS (STARTTLS), and the server does not offer it. A TLS policy for the recipient&apos;s domain, the TLS setting of a route or of the smarthost demands it, or the smarthost has a user name: a password is only ever sent over verified TLS. RelayDesk keeps retrying, but nothing changes until the setting or the server does.</source>
        <translation>RelayDesk n’envoie à ce serveur que par TLS (STARTTLS), et le serveur ne le propose pas. Une politique TLS pour le domaine du destinataire, le réglage TLS d’une route ou du smarthost l’exige, ou le smarthost a un nom d’utilisateur&#xa0;: un mot de passe n’est jamais envoyé que par un TLS vérifié. RelayDesk continue d’essayer, mais rien ne change tant que le réglage ou le serveur ne change pas.</translation>
    </message>
    <message>
        <source>Check what sends this mail: a TLS policy for the recipient&apos;s domain (relaydesk tls-policy list), a route (Settings, Delivery, Routes) or the smarthost (Settings, Delivery: port 465 needs &quot;TLS from the start (port 465)&quot;; a server inside the office without TLS needs &quot;STARTTLS if offered&quot; and no user name, since a smarthost with a user name always needs verified TLS). Or ask the server&apos;s operator to enable STARTTLS.</source>
        <translation>Vérifiez par où passe ce courrier&#xa0;: une politique TLS pour le domaine du destinataire (relaydesk tls-policy list), une route (Paramètres, Remise, Routes) ou le smarthost (Paramètres, Remise&#xa0;: le port 465 demande «&#xa0;TLS dès le départ (port 465)&#xa0;»&#xa0;; un serveur du bureau sans TLS demande «&#xa0;STARTTLS si proposé&#xa0;» et aucun nom d’utilisateur, car un smarthost avec un nom d’utilisateur demande toujours un TLS vérifié). Ou demandez à l’exploitant du serveur d’activer STARTTLS.</translation>
    </message>
    <message>
        <source>Unreadable reply after the whole message was sent</source>
        <translation>Réponse illisible après l’envoi du message entier</translation>
    </message>
    <message>
        <source>The receiving server took the whole message, then answered in a way that breaks the rules of SMTP, so RelayDesk cannot tell whether it kept the message. If it did, every retry brings the recipient another copy.</source>
        <translation>Le serveur destinataire a reçu le message entier, puis a répondu d’une manière contraire aux règles de SMTP&#xa0;: RelayDesk ne peut donc pas savoir s’il a gardé le message. Si c’est le cas, chaque nouvelle tentative apporte une copie de plus au destinataire.</translation>
    </message>
    <message>
        <source>RelayDesk retries, as the standard asks. If the recipient reports copies, delete the message from the queue and ask the receiving server&apos;s administrator to fix its replies.</source>
        <translation>RelayDesk réessaie, comme le demande la norme. Si le destinataire signale des copies, supprimez le message de la file d’attente et demandez à l’administrateur du serveur destinataire de corriger ses réponses.</translation>
    </message>
</context>
<context>
    <name>RoadSignStyle</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Temporary problem, will retry</source>
        <translation>Problème temporaire, nouvelle tentative prévue</translation>
    </message>
    <message>
        <source>Permanent problem, needs a person</source>
        <translation>Problème permanent, intervention nécessaire</translation>
    </message>
    <message>
        <source>&lt;p&gt;No delivery attempt yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune tentative de remise pour le moment.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Suppressed by the relay</source>
        <translation>Exclu par le relais</translation>
    </message>
    <message>
        <source>RelayDesk did not try this recipient and will not: the address is on the Mail Agent&apos;s suppression list, after a permanent failure or added there by hand (the reason is above).</source>
        <translation>RelayDesk n’a pas essayé ce destinataire et ne le fera pas&#xa0;: l’adresse figure sur la liste d’exclusion de l’agent de messagerie, après un échec définitif ou ajoutée à la main (le motif figure ci-dessus).</translation>
    </message>
    <message>
        <source>If the address works again, remove it from the suppression list (Mail Agents, Suppressions).</source>
        <translation>Si l’adresse fonctionne à nouveau, retirez-la de la liste d’exclusion (Agents de messagerie, Exclusions).</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>ajoutée à la main</translation>
    </message>
    <message>
        <source>not sent: the address is on the agent&apos;s suppression list (%1)</source>
        <translation>non envoyé&#xa0;: l’adresse figure sur la liste d’exclusion de l’agent (%1)</translation>
    </message>
    <message>
        <source>On hold: RelayDesk does not try to deliver it until you release it (Queue, Release).</source>
        <translation>Suspendu&#xa0;: RelayDesk n’essaie pas de le remettre tant que vous ne le libérez pas (File d’attente, Libérer).</translation>
    </message>
    <message>
        <source>Last reply: %1</source>
        <translation>Dernière réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted from the queue</source>
        <translation>Supprimé de la file d’attente</translation>
    </message>
    <message>
        <source>The relay administrator deleted this message from the queue before it reached this recipient. RelayDesk will not try it again and told the sender nothing; its content is no longer stored.</source>
        <translation>L’administrateur du relais a supprimé ce message de la file d’attente avant qu’il atteigne ce destinataire. RelayDesk ne réessaiera pas et n’a rien dit à l’expéditeur&#xa0;; son contenu n’est plus conservé.</translation>
    </message>
    <message>
        <source>If it was deleted by mistake, ask the sender to send it again.</source>
        <translation>S’il a été supprimé par erreur, demandez à l’expéditeur de l’envoyer à nouveau.</translation>
    </message>
    <message>
        <source>deleted from the queue by the relay administrator</source>
        <translation>supprimé de la file d’attente par l’administrateur du relais</translation>
    </message>
    <message>
        <source>the address is on the agent&apos;s suppression list (%1)</source>
        <translation>l’adresse est sur la liste d’exclusion de l’agent (%1)</translation>
    </message>
    <message>
        <source>Suppressed by the relay then, no longer</source>
        <translation>Exclue par le relais à ce moment, plus maintenant</translation>
    </message>
    <message>
        <source>RelayDesk did not try this recipient: when this message was sent, the address was on the Mail Agent&apos;s suppression list (the reason is above). It is no longer on it, so later messages to it are sent; this one was not.</source>
        <translation>RelayDesk n’a pas essayé ce destinataire&#xa0;: à l’envoi de ce message, l’adresse figurait sur la liste d’exclusion de l’agent de messagerie (la raison est indiquée ci-dessus). Elle n’y figure plus, les messages suivants lui sont donc envoyés&#xa0;; celui-ci ne l’a pas été.</translation>
    </message>
    <message>
        <source>The content of this message is no longer stored, so it cannot be resent: ask its sender to send it again.</source>
        <translation>Le contenu de ce message n’est plus conservé, il ne peut donc pas être renvoyé&#xa0;: demandez à son expéditeur de l’envoyer à nouveau.</translation>
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
        <translation>l’adresse de la boîte aux lettres</translation>
    </message>
    <message>
        <source>the SMTP user name from the SES console</source>
        <translation>le nom d’utilisateur SMTP de la console SES</translation>
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
        <translation>l’identifiant SMTP du domaine</translation>
    </message>
    <message>
        <source>ZeptoMail (port 587, STARTTLS)</source>
        <translation>ZeptoMail (port 587, STARTTLS)</translation>
    </message>
    <message>
        <source>ZeptoMail (port 465, TLS from the start)</source>
        <translation>ZeptoMail (port 465, TLS dès le début)</translation>
    </message>
    <message>
        <source>Google Workspace SMTP relay</source>
        <translation>Relais SMTP Google Workspace</translation>
    </message>
    <message>
        <source>a Workspace address (or none: allowed by IP)</source>
        <translation>une adresse Workspace (ou aucune&#xa0;: autorisé par IP)</translation>
    </message>
    <message>
        <source>Amazon SES</source>
        <translation>Amazon SES</translation>
    </message>
    <message>
        <source>Generic (type host:port)</source>
        <translation>Générique (saisir hôte:port)</translation>
    </message>
</context>
<context>
    <name>StateLabel</name>
    <message>
        <source>queued</source>
        <translation>en file</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>différé</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>remis</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>exclu</translation>
    </message>
    <message>
        <source>held</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>delivering</source>
        <translation>en remise</translation>
    </message>
    <message>
        <source>waiting for a connection</source>
        <translation>attend une connexion</translation>
    </message>
</context>
<context>
    <name>StoreErrorText</name>
    <message>
        <source>the PostgreSQL server at %1 refused the password of user &quot;%2&quot;</source>
        <translation>le serveur PostgreSQL à %1 a refusé le mot de passe de l’utilisateur «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>TLS to the PostgreSQL server at %1 failed (%2)</source>
        <translation>le TLS vers le serveur PostgreSQL à %1 a échoué (%2)</translation>
    </message>
    <message>
        <source>cannot open the PostgreSQL store %1 (%2)</source>
        <translation>impossible d’ouvrir le stockage PostgreSQL %1 (%2)</translation>
    </message>
    <message>
        <source>cannot reach the PostgreSQL server at %1</source>
        <translation>le serveur PostgreSQL à %1 est injoignable</translation>
    </message>
    <message>
        <source>the connection to the PostgreSQL server was lost</source>
        <translation>la connexion au serveur PostgreSQL a été perdue</translation>
    </message>
    <message>
        <source>the PostgreSQL server at %1 asks user &quot;%2&quot; for a password, and none was given</source>
        <translation>le serveur PostgreSQL à %1 demande un mot de passe pour l’utilisateur «&#xa0;%2&#xa0;», et aucun n’a été donné</translation>
    </message>
    <message>
        <source>cannot read %1: %2. The file&apos;s owner, or root, can give it to the data directory&apos;s group (chgrp, chmod g+r).</source>
        <translation>impossible de lire %1&#xa0;: %2. Le propriétaire du fichier, ou root, peut le donner au groupe du répertoire de données (chgrp, chmod g+r).</translation>
    </message>
    <message>
        <source>the PostgreSQL server at %1 has no database &quot;%2&quot;: create it, or correct the store&apos;s address</source>
        <translation>le serveur PostgreSQL à %1 n’a pas de base de données «&#xa0;%2&#xa0;»&#xa0;: créez-la, ou corrigez l’adresse du stockage</translation>
    </message>
</context>
</TS>
