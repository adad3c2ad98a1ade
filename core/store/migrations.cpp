#include "core/store/migrations.h"

namespace RelayDesk {

// Times are milliseconds since the Unix epoch. Message bodies live apart from their queue rows so that
// listing the queue never reads a body.
static QStringList migration1()
{
    return {
        QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE agents(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                       " enabled INTEGER NOT NULL DEFAULT 1, description TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE agent_networks(agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,"
            " kind TEXT NOT NULL CHECK(kind IN ('allow','trusted')), cidr TEXT NOT NULL,"
            " PRIMARY KEY(agent_id, kind, cidr))"),
        QStringLiteral(
            "CREATE TABLE credentials(id INTEGER PRIMARY KEY,"
            " agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,"
            " username TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL, created_at INTEGER NOT NULL,"
            " revoked_at INTEGER, last_used_at INTEGER)"),
        QStringLiteral("CREATE TABLE messages(id INTEGER PRIMARY KEY, queue_id TEXT NOT NULL UNIQUE,"
                       " agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL, agent_name TEXT NOT NULL,"
                       " sender TEXT NOT NULL, subject TEXT NOT NULL DEFAULT '', size INTEGER NOT NULL,"
                       " received_at INTEGER NOT NULL, listener TEXT NOT NULL, client_address TEXT NOT NULL,"
                       " held INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX messages_received ON messages(received_at)"),
        QStringLiteral("CREATE TABLE message_bodies(message_id INTEGER PRIMARY KEY REFERENCES messages(id)"
                       " ON DELETE CASCADE, body BLOB NOT NULL)"),
        // state: queued (due at next_attempt_at), deferred (temporary failure, due at next_attempt_at),
        // delivered, bounced, suppressed.
        QStringLiteral(
            "CREATE TABLE recipients(id INTEGER PRIMARY KEY,"
            " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
            " address TEXT NOT NULL, domain TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'queued',"
            " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL,"
            " last_code INTEGER, last_enhanced TEXT, last_reply TEXT, updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX recipients_due ON recipients(state, next_attempt_at)"),
        QStringLiteral("CREATE INDEX recipients_message ON recipients(message_id)"),
        QStringLiteral(
            "CREATE TABLE security_events(id INTEGER PRIMARY KEY, at INTEGER NOT NULL, kind TEXT NOT NULL,"
            " address TEXT NOT NULL, detail TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE agent_daily_stats(agent_id INTEGER NOT NULL, day TEXT NOT NULL,"
                       " accepted INTEGER NOT NULL DEFAULT 0, delivered INTEGER NOT NULL DEFAULT 0,"
                       " deferred INTEGER NOT NULL DEFAULT 0, bounced INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY(agent_id, day))"),
    };
}

// The delivery log's table, as the delivery log migration made it (statuses, no node column) and as the
// deleted-attempts migration made it again (every status, the node that made the attempt).
static QString deliveryAttemptsTable(const QString& name, const QString& statuses, const QString& more)
{
    return QStringLiteral(
               "CREATE TABLE %1(id INTEGER PRIMARY KEY, attempt_key TEXT NOT NULL,"
               " message_id INTEGER NOT NULL, queue_id TEXT NOT NULL, agent_id INTEGER,"
               " agent_name TEXT NOT NULL, sender TEXT NOT NULL, recipient_id INTEGER NOT NULL,"
               " recipient TEXT NOT NULL,"
               " status TEXT NOT NULL CHECK(status IN (%2)),"
               " route TEXT NOT NULL DEFAULT '', host TEXT NOT NULL DEFAULT '', ip TEXT NOT NULL DEFAULT '',"
               " port INTEGER NOT NULL DEFAULT 0, started_at INTEGER NOT NULL, duration_ms INTEGER NOT NULL "
               "DEFAULT 0,"
               " tls_version TEXT NOT NULL DEFAULT '', tls_cipher TEXT NOT NULL DEFAULT '',"
               " code INTEGER NOT NULL DEFAULT 0, enhanced TEXT NOT NULL DEFAULT '', reply TEXT NOT NULL "
               "DEFAULT '',"
               " sign TEXT NOT NULL DEFAULT '', transcript TEXT NOT NULL DEFAULT ''%3)")
        .arg(name, statuses, more);
}

static QStringList deliveryAttemptsIndexes()
{
    return {
        QStringLiteral("CREATE INDEX delivery_attempts_time ON delivery_attempts(started_at)"),
        QStringLiteral("CREATE INDEX delivery_attempts_agent ON delivery_attempts(agent_id, started_at)"),
        QStringLiteral("CREATE INDEX delivery_attempts_status ON delivery_attempts(status, started_at)"),
        QStringLiteral("CREATE INDEX delivery_attempts_recipient ON delivery_attempts(recipient)"),
        QStringLiteral("CREATE INDEX delivery_attempts_recipient_id ON delivery_attempts(recipient_id)"),
        QStringLiteral("CREATE INDEX delivery_attempts_message ON delivery_attempts(message_id)"),
    };
}

// The delivery log and the suppression lists. One delivery_attempts row per recipient per attempt, so that
// the log filters by recipient, status, agent and time with plain indexes; the rows of one SMTP transaction
// share attempt_key (and its transcript, host and TLS details). message_id is kept as a plain number: the log
// outlives deleted messages.
static QStringList deliveryLogMigration()
{
    return QStringList{deliveryAttemptsTable(QStringLiteral("delivery_attempts"),
                                             QStringLiteral("'delivered','deferred','bounced','suppressed'"),
                                             QString())} +
           deliveryAttemptsIndexes() +
           QStringList{
               QStringLiteral("CREATE TABLE suppressions(agent_id INTEGER NOT NULL REFERENCES agents(id) ON "
                              "DELETE CASCADE,"
                              " address TEXT NOT NULL, reason TEXT NOT NULL, created_at INTEGER NOT NULL,"
                              " PRIMARY KEY(agent_id, address))"),
               // The delay notice (RFC 3464 Action: delayed) is sent once per message.
               QStringLiteral("ALTER TABLE messages ADD COLUMN delay_notified INTEGER NOT NULL DEFAULT 0"),
           };
}

// Outbound routing: per-domain routes ("example.com" or "*.example.com") and per-domain TLS policies for
// MX delivery (none, opportunistic, required, verify). The smarthost lives in settings and smarthost.secret.
static QStringList routesMigration()
{
    return {
        QStringLiteral(
            "CREATE TABLE routes(pattern TEXT PRIMARY KEY, host TEXT NOT NULL, port INTEGER NOT NULL,"
            " tls_policy TEXT NOT NULL DEFAULT 'opportunistic')"),
        QStringLiteral("CREATE TABLE tls_policies(domain TEXT PRIMARY KEY, policy TEXT NOT NULL)"),
    };
}

// Indexes for the Delivery Logs view over a million rows: the recipient prefix filter (case-insensitive, so
// NOCASE) and the status filter in newest-first order (an index on state alone is ordered by rowid within a
// state, which is the view's keyset order).
static QStringList logIndexesMigration()
{
    return {
        QStringLiteral("CREATE INDEX recipients_address ON recipients(address COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX recipients_state ON recipients(state)"),
    };
}

// The delivery scheduler walks pending recipients in due order. A partial index over just the pending ones
// lets "state IN ('queued','deferred') ORDER BY next_attempt_at LIMIT n" read n rows instead of sorting
// every pending recipient on each pass (the query must repeat the index's WHERE text for SQLite to use it).
static QStringList pendingIndexMigration()
{
    return {
        QStringLiteral("CREATE INDEX recipients_pending ON recipients(next_attempt_at, id)"
                       " WHERE state IN ('queued','deferred')"),
    };
}

// A running engine learns of changes that another process (the CLI, the GUI) made to who may send: every
// change to an agent, a credential or a network bumps the version of the 'access' topic (by trigger, so that
// no writer can forget it), and the engine re-checks its authenticated sessions when the version moves
// (docs/reliability.md, "credential changes"). AUTH lockouts are kept across restarts in auth_lockouts; an
// unlock bumps the 'lockouts' topic.
static QStringList adminChangesMigration()
{
    const QString bump =
        QStringLiteral(" BEGIN UPDATE admin_changes SET version = version + 1 WHERE topic = 'access'; END");
    return {
        QStringLiteral(
            "CREATE TABLE admin_changes(topic TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("INSERT INTO admin_changes(topic, version) VALUES('access', 0), ('lockouts', 0)"),
        QStringLiteral("CREATE TRIGGER access_agent_changed AFTER UPDATE OF enabled ON agents") + bump,
        QStringLiteral("CREATE TRIGGER access_agent_deleted AFTER DELETE ON agents") + bump,
        QStringLiteral("CREATE TRIGGER access_credential_changed AFTER UPDATE OF revoked_at, agent_id,"
                       " password_hash ON credentials") +
            bump,
        QStringLiteral("CREATE TRIGGER access_credential_deleted AFTER DELETE ON credentials") + bump,
        QStringLiteral("CREATE TRIGGER access_network_added AFTER INSERT ON agent_networks") + bump,
        QStringLiteral("CREATE TRIGGER access_network_changed AFTER UPDATE ON agent_networks") + bump,
        QStringLiteral("CREATE TRIGGER access_network_removed AFTER DELETE ON agent_networks") + bump,
        QStringLiteral("CREATE TABLE auth_lockouts(address TEXT PRIMARY KEY, locked_at INTEGER NOT NULL,"
                       " locked_until INTEGER NOT NULL, failures INTEGER NOT NULL, detail TEXT NOT NULL)"),
    };
}

// Retention (docs/reliability.md, "Retention"): final_at is when the last recipient of a message became
// final (NULL while any is pending). The purge finds old final messages and security events by index;
// messages already final when this runs get the time of their last recipient update.
static QStringList retentionMigration()
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN final_at INTEGER"),
        QStringLiteral("UPDATE messages SET final_at = (SELECT MAX(r.updated_at) FROM recipients r"
                       " WHERE r.message_id = messages.id) WHERE NOT EXISTS (SELECT 1 FROM recipients r"
                       " WHERE r.message_id = messages.id AND r.state IN ('queued','deferred'))"),
        QStringLiteral("CREATE INDEX messages_final ON messages(final_at) WHERE final_at IS NOT NULL"),
        QStringLiteral("CREATE INDEX security_events_time ON security_events(at)"),
    };
}

// Free-text search of the Delivery Logs (docs/read-side.md, "Free text"): one FTS5 row per recipient (rowid =
// recipients.id) over its address, its message's sender, subject and queue id, and its last reply. Triggers
// keep it in step with recipients, so that no writer can forget it; a message's deletion reaches it through
// the cascade to its recipients. It stores its own copy of the text (a contentless table could not follow
// updates of the reply with the SQLite of Debian 12).
static QStringList deliveryLogSearchMigration()
{
    const QString columns = QStringLiteral("(rowid, recipient, sender, subject, reply, queue_id)");
    return {
        QStringLiteral("CREATE VIRTUAL TABLE delivery_log_fts USING fts5(recipient, sender, subject, reply,"
                       " queue_id, tokenize = 'unicode61 remove_diacritics 2')"),
        QStringLiteral("INSERT INTO delivery_log_fts") + columns +
            QStringLiteral(" SELECT r.id, r.address, m.sender, m.subject, COALESCE(r.last_reply, ''),"
                           " m.queue_id FROM recipients r JOIN messages m ON m.id = r.message_id"),
        QStringLiteral("CREATE TRIGGER delivery_log_fts_added AFTER INSERT ON recipients BEGIN"
                       " INSERT INTO delivery_log_fts") +
            columns +
            QStringLiteral(" SELECT new.id, new.address, m.sender, m.subject, COALESCE(new.last_reply, ''),"
                           " m.queue_id FROM messages m WHERE m.id = new.message_id; END"),
        QStringLiteral(
            "CREATE TRIGGER delivery_log_fts_replied AFTER UPDATE OF last_reply ON recipients"
            " WHEN new.last_reply IS NOT old.last_reply BEGIN"
            " UPDATE delivery_log_fts SET reply = COALESCE(new.last_reply, '') WHERE rowid = new.id;"
            " END"),
        QStringLiteral("CREATE TRIGGER delivery_log_fts_removed AFTER DELETE ON recipients BEGIN"
                       " DELETE FROM delivery_log_fts WHERE rowid = old.id; END"),
    };
}

// The free-text index off the hot path (docs/read-side.md, "Free text"): indexing a recipient inside the
// transaction that accepts or records it cost a quarter of the end-to-end rate. Now the triggers only note
// its id; SearchIndex indexes the noted rows in batches on the writer, a fraction of a second later.
static QStringList deferredSearchIndexMigration()
{
    const QString note =
        QStringLiteral(" INSERT OR IGNORE INTO delivery_log_fts_pending(recipient_id) VALUES (new.id); END");
    return {
        QStringLiteral("DROP TRIGGER delivery_log_fts_added"),
        QStringLiteral("DROP TRIGGER delivery_log_fts_replied"),
        QStringLiteral("CREATE TABLE delivery_log_fts_pending(recipient_id INTEGER PRIMARY KEY)"),
        QStringLiteral("CREATE TRIGGER delivery_log_fts_added AFTER INSERT ON recipients BEGIN") + note,
        QStringLiteral("CREATE TRIGGER delivery_log_fts_replied AFTER UPDATE OF last_reply ON recipients"
                       " WHEN new.last_reply IS NOT old.last_reply BEGIN") +
            note,
        QStringLiteral("DROP TRIGGER delivery_log_fts_removed"),
        QStringLiteral("CREATE TRIGGER delivery_log_fts_removed AFTER DELETE ON recipients BEGIN"
                       " DELETE FROM delivery_log_fts WHERE rowid = old.id;"
                       " DELETE FROM delivery_log_fts_pending WHERE recipient_id = old.id; END"),
    };
}

// Apply without restart (docs/operations.md): a running engine, possibly in another process, applies
// settings, routes and the TLS certificate as soon as they are committed. Every change to the settings table
// bumps 'settings' (and a change of tls.certificate or tls.key also 'certificate'); every change to a route
// or a TLS policy bumps 'routes'. By trigger, so that no writer can forget it.
static QStringList liveApplyMigration()
{
    const auto bump = [](const char* topic) {
        return QStringLiteral(" BEGIN UPDATE admin_changes SET version = version + 1 WHERE topic = '%1'; END")
            .arg(QLatin1String(topic));
    };
    const QString tlsKey = QStringLiteral(" IN ('tls.certificate', 'tls.key')");
    QStringList statements = {
        QStringLiteral("INSERT OR IGNORE INTO admin_changes(topic, version) VALUES('settings', 0),"
                       " ('routes', 0), ('certificate', 0)"),
        QStringLiteral("CREATE TRIGGER settings_added AFTER INSERT ON settings") + bump("settings"),
        QStringLiteral("CREATE TRIGGER settings_changed AFTER UPDATE ON settings") + bump("settings"),
        QStringLiteral("CREATE TRIGGER settings_removed AFTER DELETE ON settings") + bump("settings"),
        QStringLiteral("CREATE TRIGGER certificate_added AFTER INSERT ON settings WHEN new.key") + tlsKey +
            bump("certificate"),
        QStringLiteral("CREATE TRIGGER certificate_changed AFTER UPDATE ON settings WHEN new.key") + tlsKey +
            bump("certificate"),
        QStringLiteral("CREATE TRIGGER certificate_removed AFTER DELETE ON settings WHEN old.key") + tlsKey +
            bump("certificate"),
    };
    for (const char* table : {"routes", "tls_policies"}) {
        for (const char* event : {"INSERT", "UPDATE", "DELETE"}) {
            statements << QStringLiteral("CREATE TRIGGER %1_%2 AFTER %3 ON %1")
                                  .arg(QLatin1String(table), QString::fromLatin1(event).toLower(),
                                       QLatin1String(event)) +
                              bump("routes");
        }
    }
    return statements;
}

// A route with the "verify" TLS policy may name what its certificate is checked against instead of the system
// CA store: a PEM file of CAs, or the SHA-256 fingerprint of the server's own certificate
// (docs/operations.md, "Smarthost TLS"). Empty: the system store.
static QStringList routeTrustMigration()
{
    return {
        QStringLiteral("ALTER TABLE routes ADD COLUMN ca_file TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE routes ADD COLUMN fingerprint TEXT NOT NULL DEFAULT ''"),
    };
}

// Sender domains (docs/protocols.md, "Sender domains"): an agent sends only as its domains (address '')
// and exact addresses. any_sender lifts the rule; its default of 1 gives every agent that existed before
// this migration (or comes back from an older backup) today's behaviour, while AgentDirectory creates new
// agents with 0. A change bumps the 'access' topic, so that a running engine reloads the rules it caches.
static QStringList senderDomainsMigration()
{
    const QString bump =
        QStringLiteral(" BEGIN UPDATE admin_changes SET version = version + 1 WHERE topic = 'access'; END");
    return {
        QStringLiteral("ALTER TABLE agents ADD COLUMN any_sender INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral(
            "CREATE TABLE sender_domains(agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE "
            "CASCADE,"
            " domain TEXT NOT NULL, address TEXT NOT NULL DEFAULT '', PRIMARY KEY(agent_id, domain, "
            "address))"),
        QStringLiteral("CREATE INDEX sender_domains_domain ON sender_domains(domain)"),
        QStringLiteral("CREATE TRIGGER access_any_sender_changed AFTER UPDATE OF any_sender ON agents") +
            bump,
        QStringLiteral("CREATE TRIGGER access_sender_added AFTER INSERT ON sender_domains") + bump,
        QStringLiteral("CREATE TRIGGER access_sender_removed AFTER DELETE ON sender_domains") + bump,
    };
}

// DKIM keys by domain (docs/operations.md, "DKIM"): the public half and the state of each key; the private
// half is the file DATA_DIR/dkim/DOMAIN/SELECTOR.pem (0600). Keys belong to a domain, not to an agent. A
// change bumps the 'dkim' topic, so that a running engine signs with the new keys at once.
static QStringList dkimKeysMigration()
{
    QStringList statements = {
        QStringLiteral(
            "CREATE TABLE dkim_keys(id INTEGER PRIMARY KEY, domain TEXT NOT NULL, selector TEXT NOT NULL,"
            " algorithm TEXT NOT NULL CHECK(algorithm IN ('rsa-sha256','ed25519-sha256')),"
            " public_key TEXT NOT NULL,"
            " state TEXT NOT NULL DEFAULT 'active' CHECK(state IN ('active','grace','retired')),"
            " created_at INTEGER NOT NULL, retire_at INTEGER NOT NULL DEFAULT 0,"
            " UNIQUE(domain, selector))"),
        QStringLiteral("INSERT OR IGNORE INTO admin_changes(topic, version) VALUES('dkim', 0)"),
    };
    for (const char* event : {"INSERT", "UPDATE", "DELETE"}) {
        statements << QStringLiteral(
                          "CREATE TRIGGER dkim_keys_%1 AFTER %2 ON dkim_keys BEGIN UPDATE admin_changes"
                          " SET version = version + 1 WHERE topic = 'dkim'; END")
                          .arg(QString::fromLatin1(event).toLower(), QLatin1String(event));
    }
    return statements;
}

// Per-agent sending limits (docs/protocols.md, "Sending limits"): messages per minute, hour and day and
// recipients per message, 0 for none. An agent without a row has no limits, so agents of an upgraded store
// keep sending as before. Every change bumps 'limits' (by trigger), which a running engine applies.
static QStringList agentLimitsMigration()
{
    const QString bump =
        QStringLiteral(" BEGIN UPDATE admin_changes SET version = version + 1 WHERE topic = 'limits'; END");
    return {
        QStringLiteral("CREATE TABLE agent_limits(agent_id INTEGER PRIMARY KEY REFERENCES agents(id)"
                       " ON DELETE CASCADE, per_minute INTEGER NOT NULL DEFAULT 0 CHECK(per_minute >= 0),"
                       " per_hour INTEGER NOT NULL DEFAULT 0 CHECK(per_hour >= 0),"
                       " per_day INTEGER NOT NULL DEFAULT 0 CHECK(per_day >= 0),"
                       " max_recipients INTEGER NOT NULL DEFAULT 0 CHECK(max_recipients >= 0))"),
        QStringLiteral("INSERT OR IGNORE INTO admin_changes(topic, version) VALUES('limits', 0)"),
        QStringLiteral("CREATE TRIGGER agent_limits_added AFTER INSERT ON agent_limits") + bump,
        QStringLiteral("CREATE TRIGGER agent_limits_changed AFTER UPDATE ON agent_limits") + bump,
        QStringLiteral("CREATE TRIGGER agent_limits_removed AFTER DELETE ON agent_limits") + bump,
    };
}

// The MTA-STS policy cache (RFC 8461 5.1, docs/operations.md "MTA-STS"): the last policy fetched for each
// recipient domain, with the TXT id it was fetched for, when, and until when it holds (ms since the epoch).
// A cache, not configuration: backups leave it out, and a missing row only costs one fetch.
static QStringList mtaStsPoliciesMigration()
{
    return {
        QStringLiteral("CREATE TABLE mta_sts_policies(domain TEXT PRIMARY KEY, policy_id TEXT NOT NULL,"
                       " mode TEXT NOT NULL CHECK(mode IN ('enforce','testing','none')), mx TEXT NOT NULL,"
                       " max_age INTEGER NOT NULL, fetched_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,"
                       " policy TEXT NOT NULL)")};
}

// Several nodes on one store (docs/scaling.md): each node's row, refreshed by its heartbeat; the lease a
// node takes on a recipient before it delivers it (lease_node, until lease_expires; '' and 0 when free), so
// that two nodes never deliver one recipient at once and the recipients of a node that died are free again
// once their leases run out; and which node accepted a message and which one made each attempt.
static QStringList nodesMigration()
{
    return {
        QStringLiteral("CREATE TABLE nodes(id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                       " address TEXT NOT NULL DEFAULT '', version TEXT NOT NULL DEFAULT '',"
                       " started_at INTEGER NOT NULL, last_heartbeat INTEGER NOT NULL,"
                       " in_flight INTEGER NOT NULL DEFAULT 0, stopped_at INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("ALTER TABLE recipients ADD COLUMN lease_node TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE recipients ADD COLUMN lease_expires INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX recipients_leased ON recipients(lease_node) WHERE lease_node <> ''"),
        // The scheduler's pass skips recipients leased by another node from the index alone.
        QStringLiteral("DROP INDEX recipients_pending"),
        QStringLiteral("CREATE INDEX recipients_pending ON recipients(next_attempt_at, id, lease_expires)"
                       " WHERE state IN ('queued','deferred')"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN accepted_node TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE delivery_attempts ADD COLUMN node TEXT NOT NULL DEFAULT ''"),
    };
}

// The secrets every node of a PostgreSQL store shares (docs/postgresql.md, "Secrets in the store"): the
// smarthost password and the DKIM private keys, by name. On SQLite the table stays empty: those secrets keep
// their 0600 files in the data directory.
static QStringList nodeSecretsMigration()
{
    return {QStringLiteral("CREATE TABLE node_secrets(name TEXT PRIMARY KEY, value BLOB NOT NULL,"
                           " updated_at INTEGER NOT NULL)")};
}

// DKIM at delivery time (docs/operations.md, "DKIM"): the DKIM-Signature fields of a message, made when it is
// first handed to delivery and sent (prepended to the body) by every attempt of every recipient on every
// node. NULL: not signed yet; empty: nothing to add. The bodies already queued were signed at accept (their
// fields are in the body), so they get the empty value and are not signed twice.
static QStringList dkimAtDeliveryMigration()
{
    return {QStringLiteral("ALTER TABLE message_bodies ADD COLUMN dkim_signature BLOB"),
            QStringLiteral("UPDATE message_bodies SET dkim_signature = substr(body, 1, 0)")};
}

// Where each node's engine runs (docs/scaling.md, "One id, one node"): "host:/data/dir", so that an engine
// that finds its id alive in the store can tell its own run before a crash from a copy of its data directory.
static QStringList nodeHomeMigration()
{
    return {QStringLiteral("ALTER TABLE nodes ADD COLUMN home TEXT NOT NULL DEFAULT ''")};
}

// Each node's live sessions at its last heartbeat, beside its deliveries in flight (docs/scaling.md,
// "Nodes"): which node of several takes the office's connections.
static QStringList nodeSessionsMigration()
{
    return {QStringLiteral("ALTER TABLE nodes ADD COLUMN sessions INTEGER NOT NULL DEFAULT 0")};
}

// The reply's code and enhanced code in the free-text index (docs/read-side.md, "Free text"): "451" and
// "4.7.1" found nothing, since only last_reply, the text after them, was indexed. A change of any of the
// three notes the recipient; every recipient with a code is noted once, so that the engine's
// SearchIndexScheduler indexes them again in batches after the start (their old rows stay searchable
// meanwhile; no rebuild blocks it).
static QStringList searchReplyCodesMigration()
{
    return {
        QStringLiteral("DROP TRIGGER delivery_log_fts_replied"),
        QStringLiteral(
            "CREATE TRIGGER delivery_log_fts_replied AFTER UPDATE OF last_reply, last_code, last_enhanced"
            " ON recipients WHEN new.last_reply IS NOT old.last_reply OR new.last_code IS NOT"
            " old.last_code OR new.last_enhanced IS NOT old.last_enhanced BEGIN"
            " INSERT OR IGNORE INTO delivery_log_fts_pending(recipient_id) VALUES (new.id); END"),
        QStringLiteral(
            "INSERT OR IGNORE INTO delivery_log_fts_pending(recipient_id) SELECT id FROM recipients"
            " WHERE last_code IS NOT NULL OR last_enhanced IS NOT NULL"),
    };
}

// The sending use of messages deleted from the queue (docs/protocols.md, "Sending limits"): such a message
// kept counting against its agent's limits in the running engine, but no longer in what the window, the CLI
// and the next start read from the store. Its acceptance stays here for the rest of its UTC day.
static QStringList sendingUseRemovedMigration()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS sending_use_removed(agent_id INTEGER NOT NULL REFERENCES"
                       " agents(id) ON DELETE CASCADE, received_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS sending_use_removed_time ON"
                       " sending_use_removed(received_at)")};
}

// Messages deleted from the queue stay as history (docs/reliability.md, "Deleting from the queue"): their
// recipients that were still waiting become 'deleted', the body goes, and removed_at says when. Before, the
// row went with its recipients, delivered ones too, and the window's delivery log and the day's counts lost
// them while the command line's attempts kept them.
static QStringList removedMessagesMigration()
{
    return {QStringLiteral("ALTER TABLE messages ADD COLUMN removed_at INTEGER")};
}

// A recipient deleted from the queue gets its row in the delivery log, as one held back by the suppression
// list does: the log's last word on it is 'deleted', not the deferral before. SQLite changes a CHECK
// constraint only by making the table again (copied whole, its ids kept, then its indexes).
static QStringList deletedAttemptsMigration()
{
    const QString next = QStringLiteral("delivery_attempts_23");
    return QStringList{deliveryAttemptsTable(next,
                                             QStringLiteral("'delivered','deferred','bounced','suppressed',"
                                                            "'deleted'"),
                                             QStringLiteral(", node TEXT NOT NULL DEFAULT ''")),
                       QStringLiteral("INSERT INTO %1 SELECT * FROM delivery_attempts").arg(next),
                       QStringLiteral("DROP TABLE delivery_attempts"),
                       QStringLiteral("ALTER TABLE %1 RENAME TO delivery_attempts").arg(next)} +
           deliveryAttemptsIndexes();
}

// A Mail Agent's number is never handed out again (docs/reliability.md, "A deleted agent's number"): the
// day's counts and the delivery log keep it after the agent is gone, and a new agent that got it would show
// the old one's history as its own. deleted_agents keeps each deleted agent's number and name (by trigger, as
// every delete goes); AgentDirectory gives a new agent the next number after every one ever used. The rows
// for agents deleted before this migration come from the numbers their history still carries.
static QStringList deletedAgentsMigration()
{
    return {
        QStringLiteral("CREATE TABLE deleted_agents(agent_id INTEGER PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TRIGGER agents_remembered AFTER DELETE ON agents BEGIN INSERT OR IGNORE INTO"
                       " deleted_agents(agent_id, name) VALUES(OLD.id, OLD.name); END"),
        QStringLiteral("INSERT OR IGNORE INTO deleted_agents(agent_id, name)"
                       " SELECT s.agent_id, COALESCE((SELECT d.agent_name FROM delivery_attempts d"
                       " WHERE d.agent_id = s.agent_id ORDER BY d.started_at DESC LIMIT 1), '')"
                       " FROM agent_daily_stats s WHERE s.agent_id NOT IN (SELECT id FROM agents)"
                       " GROUP BY s.agent_id")};
}

// Each message's Message-ID (RFC 5322 3.6.4), kept after its body is gone (docs/read-side.md, "One message"):
// "the customer got the same mail twice" could not be told from two submissions of it (an outside tester).
static QStringList messageIdMigration()
{
    return {QStringLiteral("ALTER TABLE messages ADD COLUMN message_id TEXT NOT NULL DEFAULT ''")};
}

// The Message-ID in the free-text index (docs/read-side.md, "Free text"): support staff asked about "the mail
// with Message-ID <...>" found nothing (an outside tester). FTS5 takes no new column, so the index's queue_id
// column holds the queue id and the Message-ID (SearchIndex::idWords); every recipient whose message has one
// is noted, and the engine's batches index them again after the start while their old rows stay searchable.
static QStringList searchMessageIdMigration()
{
    return {QStringLiteral(
        "INSERT OR IGNORE INTO delivery_log_fts_pending(recipient_id) SELECT r.id FROM recipients r"
        " JOIN messages m ON m.id = r.message_id WHERE m.message_id <> ''")};
}

// A bounce or delay notice names the message it reports on (docs/read-side.md, "One message"): support staff
// saw only the notice's own queue id once its text was gone (an outside tester). Notices queued before this
// migration keep '' (their text named the message while it was kept).
static QStringList noticeOfMigration()
{
    return {QStringLiteral("ALTER TABLE messages ADD COLUMN notice_of TEXT NOT NULL DEFAULT ''")};
}

// The messages a Mail Agent's sending limit refused, per day (docs/read-side.md, "One agent's activity"): a
// refusal at MAIL leaves no message and no recipient behind, and support staff could not tell from the window
// why an application's invoices never arrived (an outside tester).
static QStringList limitedMigration()
{
    return {QStringLiteral("ALTER TABLE agent_daily_stats ADD COLUMN limited INTEGER NOT NULL DEFAULT 0")};
}

// The credentials of a deleted Mail Agent, kept as retired (docs/security.md, "Lockout"): an application
// still logging in with them read as an unknown user name, a guess, and locked its address out for every
// agent after five tries (an outside tester). Aged out with the delivery log (retention.log).
static QStringList retiredCredentialsMigration()
{
    return {QStringLiteral(
                "CREATE TABLE retired_credentials(username TEXT PRIMARY KEY, password_hash TEXT NOT NULL,"
                " agent_id INTEGER NOT NULL, retired_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX retired_credentials_at ON retired_credentials(retired_at)")};
}

// Senders, recipients and messages refused at submission (docs/read-side.md, "Refused at submission"):
// nothing of such a message is queued, and support staff searched the delivery log for it in vain (an
// outside tester). One row per batch of equal refusals; aged out with the delivery log (retention.log).
static QStringList refusedSubmissionsMigration()
{
    return {QStringLiteral("CREATE TABLE refused_submissions(id INTEGER PRIMARY KEY, at INTEGER NOT NULL,"
                           " first_at INTEGER NOT NULL, count INTEGER NOT NULL, client_address TEXT NOT NULL,"
                           " listener TEXT NOT NULL, agent_id INTEGER NOT NULL, agent_name TEXT NOT NULL,"
                           " command TEXT NOT NULL,"
                           " sender TEXT NOT NULL, recipients TEXT NOT NULL, reply TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX refused_submissions_time ON refused_submissions(at)"),
            QStringLiteral("CREATE INDEX refused_submissions_agent ON refused_submissions(agent_id, at)")};
}

// One failure notice per message (FailureReports): an attempt's failures wait while another attempt of the
// same message is under way; the partial index finds the few messages that hold some. And the notices sent
// about a message, for its `queue show` (support staff matched queue ids by hand: an outside tester);
// partial, so that the accept path writes no index entry for the agents' own mail.
static QStringList heldFailuresMigration()
{
    return {QStringLiteral("ALTER TABLE recipients ADD COLUMN failure_report TEXT"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN failures_held INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX messages_failures_held ON messages(id) WHERE failures_held = 1"),
            QStringLiteral("CREATE INDEX messages_notice_of ON messages(notice_of) WHERE notice_of <> ''")};
}

// A route may log in at its host (route add --username): the user name here, the password in the routes
// secret (RouteSecrets), never in a table.
static QStringList routeLoginMigration()
{
    return {QStringLiteral("ALTER TABLE routes ADD COLUMN username TEXT NOT NULL DEFAULT ''")};
}

// What a sender asked of delivery status notifications through the DSN extension (RFC 3461): RET and ENVID
// of the message, NOTIFY (DsnParameters::Notify bits, 0: not given) and ORCPT of each recipient. Kept until
// the message's notices are written and passed on to a next hop that offers DSN.
static QStringList dsnRequestMigration()
{
    return {QStringLiteral("ALTER TABLE messages ADD COLUMN dsn_ret TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN dsn_envid TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE recipients ADD COLUMN dsn_notify INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE recipients ADD COLUMN dsn_orcpt TEXT NOT NULL DEFAULT ''")};
}

// The listeners' second certificate (tls.second_certificate, tls.second_key: RSA beside ECDSA,
// docs/security.md, "Listener certificates") is applied without restart as the first one is: a change bumps
// 'certificate'.
static QStringList secondCertificateMigration()
{
    const QString bump = QStringLiteral(
        " BEGIN UPDATE admin_changes SET version = version + 1 WHERE topic = 'certificate'; END");
    const QString keys = QStringLiteral(" IN ('tls.second_certificate', 'tls.second_key')");
    return {
        QStringLiteral("CREATE TRIGGER second_certificate_added AFTER INSERT ON settings WHEN new.key") +
            keys + bump,
        QStringLiteral("CREATE TRIGGER second_certificate_changed AFTER UPDATE ON settings WHEN new.key") +
            keys + bump,
        QStringLiteral("CREATE TRIGGER second_certificate_removed AFTER DELETE ON settings WHEN old.key") +
            keys + bump,
    };
}

QList<QStringList> schemaMigrations()
{
    return {migration1(),
            deliveryLogMigration(),
            routesMigration(),
            logIndexesMigration(),
            pendingIndexMigration(),
            adminChangesMigration(),
            retentionMigration(),
            deliveryLogSearchMigration(),
            deferredSearchIndexMigration(),
            liveApplyMigration(),
            routeTrustMigration(),
            senderDomainsMigration(),
            dkimKeysMigration(),
            agentLimitsMigration(),
            mtaStsPoliciesMigration(),
            nodesMigration(),
            nodeSecretsMigration(),
            dkimAtDeliveryMigration(),
            nodeHomeMigration(),
            searchReplyCodesMigration(),
            sendingUseRemovedMigration(),
            removedMessagesMigration(),
            deletedAttemptsMigration(),
            deletedAgentsMigration(),
            nodeSessionsMigration(),
            messageIdMigration(),
            searchMessageIdMigration(),
            noticeOfMigration(),
            limitedMigration(),
            retiredCredentialsMigration(),
            refusedSubmissionsMigration(),
            heldFailuresMigration(),
            routeLoginMigration(),
            dsnRequestMigration(),
            secondCertificateMigration()};
}

} // namespace RelayDesk
