<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>RelayDesk</name>
    <message>
        <source>RelayDesk cannot start</source>
        <translation>RelayDesk ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The data directory %1 cannot be used: %2</source>
        <translation>Le répertoire de données %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>The relay did not start</source>
        <translation>Le relais n&apos;a pas démarré</translation>
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
        <translation>Modifier l&apos;agent de messagerie %1</translation>
    </message>
    <message>
        <source>for example: billing-app</source>
        <translation>par exemple : appli-facturation</translation>
    </message>
    <message>
        <source>Accept mail from this agent</source>
        <translation>Accepter le courrier de cet agent</translation>
    </message>
    <message>
        <source>address or range, e.g. 192.0.2.7 or 10.0.0.0/8</source>
        <translation>adresse ou plage, p. ex. 192.0.2.7 ou 10.0.0.0/8</translation>
    </message>
    <message>
        <source>device address, e.g. 192.168.1.50</source>
        <translation>adresse de l&apos;appareil, p. ex. 192.168.1.50</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Allowed addresses:</source>
        <translation>&amp;Adresses autorisées :</translation>
    </message>
    <message>
        <source>Credentials of this agent work only from these addresses.</source>
        <translation>Les identifiants de cet agent ne fonctionnent que depuis ces adresses.</translation>
    </message>
    <message>
        <source>&amp;Trusted devices:</source>
        <translation>&amp;Appareils de confiance :</translation>
    </message>
    <message>
        <source>Devices that cannot log in (printers, scanners) may send without a password on the LAN relay port, and only from these addresses.</source>
        <translation>Les appareils qui ne savent pas s&apos;authentifier (imprimantes, scanners) peuvent envoyer sans mot de passe sur le port du relais LAN, et uniquement depuis ces adresses.</translation>
    </message>
    <message>
        <source>Give the agent a name.</source>
        <translation>Donnez un nom à l&apos;agent.</translation>
    </message>
    <message>
        <source>The allowlist is empty: this agent&apos;s credentials will not work from anywhere yet.</source>
        <translation>La liste des adresses autorisées est vide : les identifiants de cet agent ne fonctionnent encore depuis aucune adresse.</translation>
    </message>
    <message>
        <source>An address is typed but not added: press Add or clear the field.</source>
        <translation>Une adresse est saisie mais pas ajoutée : cliquez sur Ajouter ou videz le champ.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Enregistrement…</translation>
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
</context>
<context>
    <name>RelayDesk::AgentsPage</name>
    <message>
        <source>New agent...</source>
        <translation>Nouvel agent…</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>SMTP credentials</source>
        <translation>Identifiants SMTP</translation>
    </message>
    <message>
        <source>No agent selected</source>
        <translation>Aucun agent sélectionné</translation>
    </message>
    <message>
        <source>Delete Mail Agent</source>
        <translation>Supprimer l&apos;agent de messagerie</translation>
    </message>
    <message>
        <source>Delete %1 with all its credentials? Applications using them can no longer send mail.</source>
        <translation>Supprimer %1 et tous ses identifiants ? Les applications qui les utilisent ne pourront plus envoyer de courrier.</translation>
    </message>
    <message>
        <source>Cannot delete the agent</source>
        <translation>Impossible de supprimer l&apos;agent</translation>
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
        <source>(generate a credential first)</source>
        <translation>(générez d&apos;abord un identifiant)</translation>
    </message>
    <message>
        <source>SMTP server: %1</source>
        <translation>Serveur SMTP : %1</translation>
    </message>
    <message>
        <source>Port %1 with STARTTLS (submission), or port %2 with SSL/TLS (implicit TLS)</source>
        <translation>Port %1 avec STARTTLS (soumission), ou port %2 avec SSL/TLS (TLS implicite)</translation>
    </message>
    <message>
        <source>Authentication: normal password (PLAIN or LOGIN)</source>
        <translation>Authentification : mot de passe normal (PLAIN ou LOGIN)</translation>
    </message>
    <message>
        <source>Username: %1</source>
        <translation>Nom d&apos;utilisateur : %1</translation>
    </message>
    <message>
        <source>Password: the one shown when the credential was generated</source>
        <translation>Mot de passe : celui affiché lors de la création de l&apos;identifiant</translation>
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
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Use STARTTLS on the submission port or implicit TLS on the SSL/TLS port; the relay offers login only over an encrypted connection.</source>
        <translation>Utilisez STARTTLS sur le port de soumission ou le TLS implicite sur le port SSL/TLS ; le relais ne propose l&apos;authentification que sur une connexion chiffrée.</translation>
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
        <source>A generated self-signed certificate (tls.certificate is empty).</source>
        <translation>Un certificat auto-signé généré (tls.certificate est vide).</translation>
    </message>
    <message>
        <source>Cannot use the certificate: %1</source>
        <translation>Impossible d’utiliser le certificat : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1
SHA-256 %2
Expires %3 (in %n day(s))
%4</source>
        <translation>
            <numerusform>%1
SHA-256 %2
Expire le %3 (dans %n jour)
%4</numerusform>
            <numerusform>%1
SHA-256 %2
Expire le %3 (dans %n jours)
%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate certificate</source>
        <translation>Générer un certificat</translation>
    </message>
    <message>
        <source>Create a new self-signed certificate for the listeners? Applications that check certificates must be told to trust it. It takes effect when the relay restarts.</source>
        <translation>Créer un nouveau certificat auto-signé pour les écouteurs ? Les applications qui vérifient les certificats doivent être configurées pour lui faire confiance. Il prend effet au redémarrage du relais.</translation>
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
        <translation>Mot de passe de %1 :</translation>
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
</context>
<context>
    <name>RelayDesk::CredentialsPanel</name>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
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
        <translation>Renouveler l&apos;identifiant</translation>
    </message>
    <message>
        <source>Replace %1 with a new credential? The old password stops working at once; update every application that uses it.</source>
        <translation>Remplacer %1 par un nouvel identifiant ? L&apos;ancien mot de passe cesse de fonctionner immédiatement ; mettez à jour chaque application qui l&apos;utilise.</translation>
    </message>
    <message>
        <source>Cannot rotate the credential</source>
        <translation>Impossible de renouveler l&apos;identifiant</translation>
    </message>
    <message>
        <source>Revoke credential</source>
        <translation>Révoquer l&apos;identifiant</translation>
    </message>
    <message>
        <source>Revoke %1? Applications using it can no longer send mail. This cannot be undone.</source>
        <translation>Révoquer %1 ? Les applications qui l&apos;utilisent ne pourront plus envoyer de courrier. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Cannot revoke the credential</source>
        <translation>Impossible de révoquer l&apos;identifiant</translation>
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
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribués</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Différés</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>The relay is not running.</source>
        <translation>Le relais ne fonctionne pas.</translation>
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
        <translation>hors service : %1</translation>
    </message>
    <message>
        <source>TLS certificate: not loaded</source>
        <translation>Certificat TLS : non chargé</translation>
    </message>
    <message numerus="yes">
        <source>TLS certificate expires %1 (in %n day(s))</source>
        <translation>
            <numerusform>Le certificat TLS expire le %1 (dans %n jour)</numerusform>
            <numerusform>Le certificat TLS expire le %1 (dans %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message>
        <source>Listener %1 (%2) is down: %3</source>
        <translation>L&apos;écouteur %1 (%2) est hors service : %3</translation>
    </message>
    <message numerus="yes">
        <source>The TLS certificate expires in %n day(s).</source>
        <translation>
            <numerusform>Le certificat TLS expire dans %n jour.</numerusform>
            <numerusform>Le certificat TLS expire dans %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The queue is growing: %n recipient(s) waiting, the oldest for %1 minutes.</source>
        <translation>
            <numerusform>La file d&apos;attente grossit : %n destinataire en attente, le plus ancien depuis %1 minutes.</numerusform>
            <numerusform>La file d&apos;attente grossit : %n destinataires en attente, le plus ancien depuis %1 minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deliveries to %1 are failing.</source>
        <translation>Les distributions vers %1 échouent.</translation>
    </message>
    <message>
        <source>All is well.</source>
        <translation>Tout va bien.</translation>
    </message>
    <message>
        <source>Messages accepted per agent, last 14 days</source>
        <translation>Messages acceptés par agent, 14 derniers jours</translation>
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
</context>
<context>
    <name>RelayDesk::DeliveryLogPage</name>
    <message>
        <source>Export CSV...</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) loaded</source>
        <translation>
            <numerusform>%n ligne chargée</numerusform>
            <numerusform>%n lignes chargées</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the delivery log: %1</source>
        <translation>Impossible de lire le journal de distribution : %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n ligne exportée vers %1</numerusform>
            <numerusform>%n lignes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a row to see its attempts and what the replies mean.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une ligne pour voir ses tentatives et la signification des réponses.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>From %1 via %2, queue id %3, subject &quot;%4&quot;</source>
        <translation>De %1 via %2, identifiant %3, objet « %4 »</translation>
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
        <translation>Contenu non conservé : le corps du message a été supprimé dès que tous les destinataires étaient définitifs.</translation>
    </message>
    <message>
        <source>Export delivery log</source>
        <translation>Exporter le journal de distribution</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Export en cours…</translation>
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
        <translation>Le relais s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>RelayDesk: listener %1 is down: %2</source>
        <translation>RelayDesk : l&apos;écouteur %1 est hors service : %2</translation>
    </message>
    <message>
        <source>RelayDesk: the relay is stopped</source>
        <translation>RelayDesk : le relais est arrêté</translation>
    </message>
    <message>
        <source>RelayDesk: %1</source>
        <translation>RelayDesk : %1</translation>
    </message>
    <message>
        <source>RelayDesk: relaying</source>
        <translation>RelayDesk : relais actif</translation>
    </message>
    <message numerus="yes">
        <source>Working on %n message(s)...</source>
        <translation>
            <numerusform>Traitement de %n message…</numerusform>
            <numerusform>Traitement de %n messages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be retried now.</source>
        <translation>
            <numerusform>%n message va être réessayé maintenant.</numerusform>
            <numerusform>%n messages vont être réessayés maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) held.</source>
        <translation>
            <numerusform>%n message suspendu.</numerusform>
            <numerusform>%n messages suspendus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) released.</source>
        <translation>
            <numerusform>%n message libéré.</numerusform>
            <numerusform>%n messages libérés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted.</source>
        <translation>
            <numerusform>%n message supprimé.</numerusform>
            <numerusform>%n messages supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) bounced.</source>
        <translation>
            <numerusform>%n message renvoyé à l’expéditeur.</numerusform>
            <numerusform>%n messages renvoyés aux expéditeurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue action failed</source>
        <translation>L’action sur la file a échoué</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be changed.</source>
        <translation>
            <numerusform>%n message n’a pas pu être modifié.</numerusform>
            <numerusform>%n messages n’ont pas pu être modifiés.</numerusform>
        </translation>
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
        <source>Search sender, recipient or subject</source>
        <translation>Rechercher expéditeur, destinataire ou objet</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <source>Recipient starts with</source>
        <translation>Le destinataire commence par</translation>
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
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Delivery Logs</source>
        <translation>Journaux de distribution</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
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
        <translation>&lt;b&gt;Copiez le mot de passe maintenant.&lt;/b&gt; Il n&apos;est affiché qu&apos;une seule fois : RelayDesk n&apos;en conserve qu&apos;une empreinte et ne peut plus l&apos;afficher. S&apos;il est perdu, renouvelez l&apos;identifiant.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Username copied.</source>
        <translation>Nom d&apos;utilisateur copié.</translation>
    </message>
    <message>
        <source>Password copied to the clipboard.</source>
        <translation>Mot de passe copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>RelayDesk::QueueModel</name>
    <message>
        <source>on hold</source>
        <translation>en attente</translation>
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
        <source>State</source>
        <translation>État</translation>
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
        <translation>Rejeter…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation>Impossible de lire la file d&apos;attente : %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) from the queue? They will not be delivered and the senders are not told.</source>
        <translation>
            <numerusform>Supprimer %n message de la file d&apos;attente ? Il ne sera pas distribué et l&apos;expéditeur n&apos;en sera pas informé.</numerusform>
            <numerusform>Supprimer %n messages de la file d&apos;attente ? Ils ne seront pas distribués et les expéditeurs n&apos;en seront pas informés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bounce %n message(s)? Delivery stops and each sender gets a failure notice.</source>
        <translation>
            <numerusform>Rejeter %n message ? La distribution s&apos;arrête et l&apos;expéditeur reçoit un avis d&apos;échec.</numerusform>
            <numerusform>Rejeter %n messages ? La distribution s&apos;arrête et chaque expéditeur reçoit un avis d&apos;échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm queue action</source>
        <translation>Confirmer l&apos;action sur la file d&apos;attente</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
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
        <source>TLS</source>
        <translation>TLS</translation>
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
        <source>implicit (port 465)</source>
        <translation>implicite (port 465)</translation>
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
        <source>Mail for these domains goes to the given host instead of the domain&apos;s MX or the smarthost.</source>
        <translation>Le courrier pour ces domaines part vers l’hôte indiqué au lieu du MX du domaine ou du smarthost.</translation>
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
        <source>%1 s</source>
        <translation>%1 s</translation>
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
</context>
<context>
    <name>RelayDesk::SettingsPage</name>
    <message>
        <source>Listeners</source>
        <translation>Écouteurs</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Retry schedule</source>
        <translation>Calendrier des nouvelles tentatives</translation>
    </message>
    <message>
        <source>Smarthost</source>
        <translation>Relais sortant (smarthost)</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Import PEM certificate and key...</source>
        <translation>Importer un certificat et une clé PEM…</translation>
    </message>
    <message>
        <source>Leave both empty to use a generated self-signed certificate.</source>
        <translation>Laissez les deux champs vides pour utiliser un certificat auto-signé généré.</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Démarrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Closing the window keeps the relay running in the tray</source>
        <translation>Fermer la fenêtre laisse le relais actif dans la zone de notification</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Répertoire de données :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved. Listener and TLS changes take effect when the relay restarts.</source>
        <translation>Enregistré. Les modifications des écouteurs et du TLS prennent effet au redémarrage du relais.</translation>
    </message>
    <message>
        <source>expires %1
SHA-256 %2</source>
        <translation>expire le %1
SHA-256 %2</translation>
    </message>
    <message>
        <source>not loaded (the relay is not running)</source>
        <translation>non chargé (le relais ne fonctionne pas)</translation>
    </message>
    <message>
        <source>Choose the PEM certificate</source>
        <translation>Choisir le certificat PEM</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the PEM private key</source>
        <translation>Choisir la clé privée PEM</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <source>Running certificate:</source>
        <translation>Certificat en service :</translation>
    </message>
    <message>
        <source>Configured certificate:</source>
        <translation>Certificat configuré :</translation>
    </message>
    <message>
        <source>Certificate saved. It takes effect when the relay restarts.</source>
        <translation>Certificat enregistré. Il prend effet au redémarrage du relais.</translation>
    </message>
    <message>
        <source>Certificate not changed: %1</source>
        <translation>Certificat inchangé : %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>Smarthost password:</source>
        <translation>Mot de passe du smarthost :</translation>
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
        <source>Password not saved: %1</source>
        <translation>Mot de passe non enregistré : %1</translation>
    </message>
    <message>
        <source>Smarthost password removed.</source>
        <translation>Mot de passe du smarthost supprimé.</translation>
    </message>
    <message>
        <source>Smarthost password saved.</source>
        <translation>Mot de passe du smarthost enregistré.</translation>
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
        <translation>RelayDesk : démarrage</translation>
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
        <translation>&lt;p&gt;Aucune tentative de distribution pour le moment.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
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
        <translation>distribué</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>held</source>
        <translation>suspendu</translation>
    </message>
</context>
</TS>
