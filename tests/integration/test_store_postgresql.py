"""The PostgreSQL store backend (docs/postgresql.md): `relaydesk store use`, `store show` and
`store migrate --from-sqlite` against a real PostgreSQL 15 that this test starts itself (scripts/pg-cluster.sh:
initdb into a temporary directory, a private port on 127.0.0.1, TLS with a private CA), and their errors.

Its relays start on SQLite whatever RELAYDESK_TEST_PG says, since the SQLite store is what `store migrate
--from-sqlite` copies; so it runs in the first pass of scripts/test.sh only (label own-postgresql).
"""

import contextlib
import glob
import json
import os
import re
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
import unittest

os.environ.pop("RELAYDESK_TEST_PG", None)  # this test's relays begin on SQLite (see above)
os.environ.pop("RELAYDESK_TEST_PG_PASSWORD_FILE", None)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from relaydesk_harness import RELAYDESK_BIN, Relay, free_ports, wait_until  # noqa: E402
from test_delivery import ScriptedServer, relay_settings, submit  # noqa: E402

import dkim  # noqa: E402  (python3-dkim, scripts/install-deps.sh --test)
import psycopg2  # noqa: E402  (python3-psycopg2, scripts/install-deps.sh --test)

HERE = os.path.dirname(os.path.abspath(__file__))
PG_CLUSTER = os.path.join(HERE, "..", "..", "scripts", "pg-cluster.sh")


class Cluster:
    """One throwaway PostgreSQL server for this test module."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="relaydesk-pg-")
        started = subprocess.run(["bash", PG_CLUSTER, "start", self.dir], capture_output=True, text=True,
                                 timeout=120)
        if started.returncode != 0:
            raise RuntimeError("pg-cluster.sh start failed: %s" % started.stderr)
        self.admin_url = started.stdout.strip()
        with open(os.path.join(self.dir, "password")) as f:
            self.password = f.read().strip()
        self.port = int(self.admin_url.rsplit(":", 1)[1].split("/")[0])
        self.ca = os.path.join(self.dir, "ca.pem")
        self.count = 0

    def create_database(self):
        self.count += 1
        name = "store_test_%d" % self.count
        with contextlib.closing(psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres",
                                                 password=self.password, dbname="postgres")) as db:
            db.autocommit = True
            db.cursor().execute("CREATE DATABASE %s" % name)
        return name

    def url(self, database, host="127.0.0.1", port=None, params=""):
        return "postgresql://postgres@%s:%d/%s%s" % (host, port or self.port, database, params)

    def execute(self, database, sql):
        with contextlib.closing(psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres",
                                                 password=self.password, dbname=database)) as db:
            db.cursor().execute(sql)
            db.commit()

    def query(self, database, sql):
        with contextlib.closing(psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres",
                                                 password=self.password, dbname=database)) as db:
            cursor = db.cursor()
            cursor.execute(sql)
            return cursor.fetchall()

    def stop(self):
        subprocess.run(["bash", PG_CLUSTER, "stop", self.dir], capture_output=True, timeout=60)
        shutil.rmtree(self.dir, ignore_errors=True)


CLUSTER = None


def setUpModule():
    global CLUSTER
    CLUSTER = Cluster()


def tearDownModule():
    if CLUSTER:
        CLUSTER.stop()


def dkim_verifies(data_dir, message):
    """dkimpy verifies the first DKIM-Signature of message against the keys `domain records` publishes."""
    output = json.loads(run(data_dir, "--json", "domain", "records", "sender.test").stdout)
    records = {r["name"]: r for r in output["records"] if r["kind"] == "dkim"}

    def dnsfunc(name, timeout=5):
        record = records.get(name.decode().rstrip("."))
        return "".join(record["strings"]).encode() if record else None

    return dkim.DKIM(message).verify(idx=0, dnsfunc=dnsfunc)


def run(data_dir, *args, stdin=None):
    return subprocess.run([RELAYDESK_BIN, "--data-dir", data_dir] + list(args), input=stdin, capture_output=True,
                          text=True, timeout=120)


class StoreUse(unittest.TestCase):
    def setUp(self):
        self.data = tempfile.mkdtemp(prefix="relaydesk-store-")

    def tearDown(self):
        shutil.rmtree(self.data, ignore_errors=True)

    def use(self, url, password=None, *extra):
        return run(self.data, "store", "use", url, "--password-stdin", *extra,
                   stdin=(CLUSTER.password if password is None else password) + "\n")

    def assert_unchanged(self):
        self.assertFalse(os.path.exists(os.path.join(self.data, "store.conf")))
        self.assertFalse(os.path.exists(os.path.join(self.data, "store.password")))

    def test_use_and_show(self):
        shown = run(self.data, "--json", "store", "show")
        self.assertEqual(shown.returncode, 0, shown.stderr)
        self.assertEqual(json.loads(shown.stdout)["backend"], "sqlite")
        database = CLUSTER.create_database()
        used = self.use(CLUSTER.url(database))
        self.assertEqual(used.returncode, 0, used.stderr)
        self.assertNotIn(CLUSTER.password, used.stdout + used.stderr)
        # docs/postgresql.md: not as a superuser (an outside tester's relay logged in as postgres without a
        # word). Said, and taken: the DBA may have reasons.
        self.assertIn("relaydesk: warning: the relay logs in to PostgreSQL as a superuser", used.stderr)
        for name in ("store.conf", "store.password"):
            self.assertEqual(os.stat(os.path.join(self.data, name)).st_mode & 0o777, 0o600, name)
        with open(os.path.join(self.data, "store.conf")) as f:
            self.assertNotIn(CLUSTER.password, f.read())
        shown = run(self.data, "--json", "store", "show")
        self.assertEqual(shown.returncode, 0, shown.stderr)
        info = json.loads(shown.stdout)
        self.assertEqual(info["backend"], "postgresql")
        self.assertEqual(info["address"], CLUSTER.url(database))
        self.assertEqual(info["schema_version"], info["build_schema_version"])
        self.assertGreater(info["schema_version"], 10)
        # The store works: an agent made through the CLI is a row in PostgreSQL, and no SQLite file appears.
        self.assertEqual(run(self.data, "agent", "create", "Billing", "--any-sender").returncode, 0)
        self.assertEqual(CLUSTER.query(database, "SELECT name FROM agents"), [("Billing",)])
        self.assertFalse(os.path.exists(os.path.join(self.data, "relaydesk.sqlite")))

    def test_settings_changed_on_sqlite_are_named_and_copied(self):
        # An outside tester's settings, changed before `store use`, stayed in the SQLite store without a word:
        # the relay started on PostgreSQL with the defaults.
        for setting in ("listener.lan.address=127.0.0.1:39501", "delivery.retry_first=7m"):
            key, value = setting.split("=")
            self.assertEqual(run(self.data, "config", "set", key, value).returncode, 0)
        database = CLUSTER.create_database()
        used = self.use(CLUSTER.url(database))
        self.assertEqual(used.returncode, 0, used.stderr)
        self.assertIn("Copy this directory's SQLite store there (0 Mail Agent(s), 0 message(s), 2 changed "
                      "setting(s)) with 'relaydesk store migrate --from-sqlite'", used.stdout)
        self.assertNotIn("Start the relay to use it", used.stdout)
        self.assertEqual(json.loads(run(self.data, "--json", "store", "show").stdout)["backend"], "postgresql")
        copied = run(self.data, "store", "migrate", "--from-sqlite")
        self.assertEqual(copied.returncode, 0, copied.stderr)
        shown = run(self.data, "config", "get", "listener.lan.address")
        self.assertIn("127.0.0.1:39501", shown.stdout, shown.stderr)

    def test_a_role_of_its_own_is_not_warned_about(self):
        database = CLUSTER.create_database()
        role = "relay_own_%d" % CLUSTER.count
        CLUSTER.execute("postgres", "CREATE ROLE %s LOGIN PASSWORD 'own-secret-1'" % role)
        CLUSTER.execute("postgres", "ALTER DATABASE %s OWNER TO %s" % (database, role))
        CLUSTER.execute(database, "ALTER SCHEMA public OWNER TO %s" % role)
        used = self.use(CLUSTER.url(database).replace("postgres@", role + "@"), "own-secret-1")
        self.assertEqual(used.returncode, 0, used.stderr)
        self.assertNotIn("superuser", used.stderr)

    @unittest.skipUnless(os.geteuid() == 0, "another user and group for the service need root")
    def test_a_group_admins_store_use_leaves_the_service_able_to_read_it(self):
        # The packaged layout: a 2770 relaydesk:relaydesk data directory, an admin in the group runs `store use`.
        # store.conf and store.password were 0600 and the admin's: the service could not start ("cannot read
        # store.conf: Permission denied"), and a group-readable password file was refused (an outside tester).
        # Here root is the admin and nobody:nogroup the service.
        os.chown(self.data, 65534, 65534)
        os.chmod(self.data, 0o2770)
        database = CLUSTER.create_database()
        used = self.use(CLUSTER.url(database))
        self.assertEqual(used.returncode, 0, used.stderr)
        for name in ("store.conf", "store.password"):
            info = os.stat(os.path.join(self.data, name))
            self.assertEqual((stat.S_IMODE(info.st_mode), info.st_gid), (0o640, 65534), name)
        as_service = subprocess.run(["runuser", "-u", "nobody", "--", RELAYDESK_BIN, "--data-dir", self.data,
                                     "--json", "store", "show"], capture_output=True, text=True, timeout=120)
        self.assertEqual(as_service.returncode, 0, as_service.stderr)
        self.assertEqual(json.loads(as_service.stdout)["backend"], "postgresql")
        # Readable by others is refused still, group-shared directory or not.
        os.chmod(os.path.join(self.data, "store.password"), 0o644)
        refused = run(self.data, "store", "show")
        self.assertNotEqual(refused.returncode, 0, refused.stdout)
        self.assertIn("may be read by others", refused.stderr)

    def test_password_file_and_tls_verify_full(self):
        database = CLUSTER.create_database()
        password_file = os.path.join(self.data, "..", os.path.basename(self.data) + ".pw")
        with open(password_file, "w") as f:
            f.write(CLUSTER.password + "\n")
        try:
            os.chmod(password_file, 0o644)
            loose = run(self.data, "store", "use", CLUSTER.url(database), "--password-file", password_file)
            self.assertEqual(loose.returncode, 1)
            self.assertIn("chmod 600", loose.stderr)
            self.assert_unchanged()
            os.chmod(password_file, 0o600)
            url = CLUSTER.url(database, host="localhost",
                              params="?sslmode=verify-full&sslrootcert=%s" % CLUSTER.ca)
            used = run(self.data, "store", "use", url, "--password-file", password_file)
            self.assertEqual(used.returncode, 0, used.stderr)
            self.assertFalse(os.path.exists(os.path.join(self.data, "store.password")))
            self.assertEqual(run(self.data, "agent", "create", "Tls", "--any-sender").returncode, 0)
            # The connection really is TLS.
            rows = CLUSTER.query(database, "SELECT count(*) FROM pg_stat_ssl s JOIN pg_stat_activity a"
                                           " ON a.pid = s.pid WHERE s.ssl AND a.datname = '%s'" % database)
            self.assertIsNotNone(rows)
        finally:
            os.unlink(password_file)

    def test_errors_say_what_failed_and_change_nothing(self):
        database = CLUSTER.create_database()
        closed = free_ports(1)[0]
        unreachable = self.use(CLUSTER.url(database, port=closed))
        self.assertEqual(unreachable.returncode, 1)
        self.assertIn("cannot reach the PostgreSQL server", unreachable.stderr)
        self.assert_unchanged()

        # No password at all: said as such, with how to give one (libpq's "no password supplied" read as a
        # wrong password, an outside tester found), and nothing is left behind in the directory.
        before = sorted(os.listdir(self.data))
        none = run(self.data, "store", "use", CLUSTER.url(database))
        self.assertEqual(none.returncode, 1, none.stdout)
        self.assertIn("asks user 'postgres' for a password, and none was given", none.stderr)
        self.assertIn("give it with --password-stdin or --password-file FILE", none.stderr)
        self.assertEqual(sorted(os.listdir(self.data)), before)
        self.assert_unchanged()

        # Another application's database: refused, and left as it was (the store's tables went in beside the
        # application's, an outside tester found).
        shop = CLUSTER.create_database()
        CLUSTER.execute(shop, "CREATE TABLE orders(id integer PRIMARY KEY); CREATE TABLE users(id integer)")
        foreign = self.use(CLUSTER.url(shop))
        self.assertEqual(foreign.returncode, 1, foreign.stdout)
        self.assertIn("the database %s holds another application's tables (orders, users) and no RelayDesk "
                      "store: RelayDesk keeps its store in a database of its own" % shop, foreign.stderr)
        self.assertEqual(CLUSTER.query(shop, "SELECT table_name FROM information_schema.tables WHERE "
                                             "table_schema = 'public' ORDER BY 1"), [("orders",), ("users",)])
        self.assert_unchanged()

        wrong = self.use(CLUSTER.url(database), "not-the-password")
        self.assertEqual(wrong.returncode, 1)
        self.assertIn("refused the password", wrong.stderr)
        self.assertNotIn("not-the-password", wrong.stderr)
        self.assert_unchanged()

        # verify-full against a CA that did not sign the server's certificate.
        # Beside the data directory: one that holds other files and no store is refused as a mistyped path.
        elsewhere = tempfile.mkdtemp(prefix="relaydesk-ca-")
        self.addCleanup(shutil.rmtree, elsewhere, True)
        other_ca = os.path.join(elsewhere, "other-ca.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                        "/CN=other CA", "-keyout", os.path.join(elsewhere, "other.key"), "-out", other_ca],
                       check=True, capture_output=True)
        tls = self.use(CLUSTER.url(database, host="localhost",
                                   params="?sslmode=verify-full&sslrootcert=%s" % other_ca))
        self.assertEqual(tls.returncode, 1)
        self.assertIn("TLS to the PostgreSQL server", tls.stderr)
        self.assert_unchanged()

        in_url = run(self.data, "store", "use", "postgresql://postgres:secret@127.0.0.1:%d/x" % CLUSTER.port)
        self.assertEqual(in_url.returncode, 2)
        self.assertIn("must not hold the password", in_url.stderr)
        self.assertNotIn("secret", in_url.stderr)
        self.assert_unchanged()

        bad = run(self.data, "store", "use", "mysql://a@b/c")
        self.assertEqual(bad.returncode, 2)
        self.assertIn("not a store address", bad.stderr)
        unknown = run(self.data, "store", "use", CLUSTER.url(database) + "?sslmode=require&foo=1",
                      "--password-stdin", stdin=CLUSTER.password)
        self.assertEqual(unknown.returncode, 2)
        self.assertIn("unknown store address parameter 'foo'", unknown.stderr)
        self.assert_unchanged()
        usage = run(self.data, "store", "migrate")
        self.assertEqual(usage.returncode, 2)
        not_pg = run(self.data, "store", "migrate", "--from-sqlite")
        self.assertEqual(not_pg.returncode, 1)
        self.assertIn("store use", not_pg.stderr)


class MigrateFromSqlite(unittest.TestCase):
    def test_copy_verify_refuse_and_deliver(self):
        server = ScriptedServer()
        relay = Relay(relay_settings(server.port, **{"delivery.enabled": "false"}))
        try:
            relay.create_agent("printers", trusted=("127.0.0.1",))
            relay.create_agent("billing", allow=("127.0.0.1/32",))
            relay.cli("credential", "create", "billing")
            relay.cli("route", "add", "example.org", "127.0.0.1:%d" % server.port)
            relay.cli("dkim", "enable", "sender.test")
            relay.start()
            queue_id = submit(relay, ["ok-before@example.net", "ok-two@example.org"], subject="Before migration")
            relay.stop()
            with contextlib.closing(relay.db()) as db:
                source = {table: db.execute("SELECT COUNT(*) FROM %s" % table).fetchone()[0]
                          for table in ("agents", "credentials", "settings", "dkim_keys", "messages",
                                        "message_bodies", "recipients", "routes", "agent_networks")}
            self.assertEqual(source["messages"], 1)
            self.assertEqual(source["recipients"], 2)
            # The secrets an SQLite data directory keeps in files: the smarthost password and the DKIM keys.
            secret = "migrated-smarthost-s3cret"
            secret_file = os.path.join(relay.dir, "smarthost.secret")
            with open(os.open(secret_file, os.O_WRONLY | os.O_CREAT, 0o600), "w") as f:
                f.write(secret)
            key_files = sorted(os.path.join(root, name) for root, _, names in os.walk(os.path.join(relay.dir, "dkim"))
                               for name in names if name.endswith(".pem"))
            self.assertEqual(len(key_files), 2)
            key_pems = {}
            for path in key_files:
                with open(path, "rb") as f:
                    key_pems["dkim/sender.test/" + os.path.basename(path)[:-4]] = f.read()

            database = CLUSTER.create_database()
            used = run(relay.dir, "store", "use", CLUSTER.url(database), "--password-stdin",
                       stdin=CLUSTER.password)
            self.assertEqual(used.returncode, 0, used.stderr)
            migrated = run(relay.dir, "--json", "store", "migrate", "--from-sqlite")
            self.assertEqual(migrated.returncode, 0, migrated.stderr)
            self.assertNotIn(secret, migrated.stdout + migrated.stderr)
            report = json.loads(migrated.stdout)
            # The secrets are rows of node_secrets now, byte for byte, and no longer files.
            self.assertEqual(report["tables"]["node_secrets"], 3)
            stored = {name: bytes(value) for name, value in CLUSTER.query(database,
                                                                          "SELECT name, value FROM node_secrets")}
            self.assertEqual(stored, dict(key_pems, smarthost=secret.encode()))
            self.assertFalse(os.path.exists(secret_file))
            self.assertEqual([p for p in key_files if os.path.exists(p)], [])
            for table, count in source.items():
                self.assertEqual(report["tables"][table], count, table)
                self.assertEqual(CLUSTER.query(database, "SELECT COUNT(*) FROM %s" % table)[0][0], count, table)
            # The SQLite file is set aside; the data directory keeps the node's own files and the address.
            self.assertFalse(os.path.exists(os.path.join(relay.dir, "relaydesk.sqlite")))
            self.assertTrue(os.path.exists(report["kept_aside"]))
            again = run(relay.dir, "store", "migrate", "--from-sqlite")
            self.assertEqual(again.returncode, 1)
            self.assertIn("no SQLite store", again.stderr)

            # The CLI reads the copied configuration from PostgreSQL, and new rows continue after the copied ids.
            agents = json.loads(run(relay.dir, "--json", "agent", "list").stdout)
            self.assertEqual(sorted(a["name"] for a in agents), ["billing", "printers"])
            self.assertEqual(run(relay.dir, "agent", "create", "after", "--any-sender").returncode, 0)

            # The message queued on SQLite before the move is delivered from PostgreSQL after it.
            relay.config_set("delivery.enabled", "true")
            relay.start()
            self.assertTrue(wait_until(lambda: len(server.transactions) >= 1, timeout=30),
                            "\n".join(relay.stderr_lines[-30:]))
            wait_until(lambda: sum(len(t["rcpts"]) for t in server.transactions) >= 2, timeout=30)
            delivered = sorted(r for t in server.transactions for r in t["rcpts"])
            self.assertEqual(delivered, ["ok-before@example.net", "ok-two@example.org"])
            self.assertIn(b"Before migration", server.transactions[0]["data"])
            self.assertTrue(wait_until(lambda: CLUSTER.query(
                database, "SELECT COUNT(*) FROM recipients r JOIN messages m ON m.id = r.message_id"
                          " WHERE m.queue_id = '%s' AND r.state = 'delivered'" % queue_id)[0][0] == 2, timeout=15))
            # A message accepted after the move is signed with the key the store now holds.
            submit(relay, ["ok-after@example.net"], subject="After migration")
            self.assertTrue(wait_until(lambda: any(b"After migration" in t["data"] for t in server.transactions),
                                       timeout=30), "\n".join(relay.stderr_lines[-30:]))
            after = next(t["data"] for t in server.transactions if b"After migration" in t["data"])
            self.assertIn(b"DKIM-Signature:", after)
            self.assertTrue(dkim_verifies(relay.dir, after), after[:2000])
            self.assertNotIn(secret, "\n".join(relay.stderr_lines))
            relay.stop()
        finally:
            relay.cleanup()
            server.close()

    def test_refuses_while_a_relay_runs_on_the_sqlite_store(self):
        # An outside tester's `store use` under a running relay was taken: the command line then read and wrote
        # PostgreSQL while the relay kept SQLite (an agent made afterwards could not log in, queue list missed
        # the mail the relay accepted). Refused now, changing nothing, until the relay stops.
        relay = Relay()
        try:
            relay.create_agent("running")
            relay.start()
            database = CLUSTER.create_database()
            used = run(relay.dir, "store", "use", CLUSTER.url(database), "--password-stdin", stdin=CLUSTER.password)
            self.assertEqual(used.returncode, 1, used.stdout)
            self.assertIn("relay service (pid %d" % relay.process.pid, used.stderr)
            self.assertIn("nothing was changed", used.stderr)
            self.assertFalse(os.path.exists(os.path.join(relay.dir, "store.conf")))
            self.assertEqual(json.loads(run(relay.dir, "--json", "agent", "list").stdout)[0]["name"], "running")

            # A relay started before `store use` (a store.conf written while it ran, as by an older build)
            # keeps writing to relaydesk.sqlite: moving that file aside under it lost what it accepted
            # afterwards. Like `backup restore --force`, the copy is refused until it stops.
            relay.stop()
            used = run(relay.dir, "store", "use", CLUSTER.url(database), "--password-stdin", stdin=CLUSTER.password)
            self.assertEqual(used.returncode, 0, used.stderr)
            with open(os.path.join(relay.dir, "store.conf")) as f:
                conf = f.read()
            os.rename(os.path.join(relay.dir, "store.conf"), os.path.join(relay.dir, "store.conf.aside"))
            relay.start()
            os.rename(os.path.join(relay.dir, "store.conf.aside"), os.path.join(relay.dir, "store.conf"))
            self.assertIn(database, conf)
            refused = run(relay.dir, "store", "migrate", "--from-sqlite")
            self.assertEqual(refused.returncode, 1, refused.stdout)
            self.assertIn("relay service (pid %d" % relay.process.pid, refused.stderr)
            self.assertIn("stop it", refused.stderr)
            self.assertIn("nothing was copied", refused.stderr)
            self.assertTrue(os.path.exists(os.path.join(relay.dir, "relaydesk.sqlite")))
            self.assertEqual([n for n in os.listdir(relay.dir) if ".migrated-" in n], [])
            self.assertEqual(CLUSTER.query(database, "SELECT COUNT(*) FROM agents")[0][0], 0)
            self.assertIsNone(relay.process.poll())
            relay.stop()
            migrated = run(relay.dir, "store", "migrate", "--from-sqlite")
            self.assertEqual(migrated.returncode, 0, migrated.stderr)
            self.assertEqual(CLUSTER.query(database, "SELECT name FROM agents"), [("running",)])
        finally:
            relay.cleanup()

    def test_the_copy_aside_is_whole_while_a_window_reads_the_store(self):
        # A window open on the directory held a read of the SQLite store: `store migrate` moved relaydesk.sqlite
        # aside without what its write-ahead log held (0 agents), and the log stayed under the old name, where a
        # purge deleted it (an outside tester). The log is written into the file when it can be, and goes aside
        # with it, under the matching name, when it cannot.
        relay = Relay()
        try:
            relay.create_agent("billing", allow=("127.0.0.1",))
            relay.create_agent("printers", trusted=("127.0.0.1",))
            sqlite_path = os.path.join(relay.dir, "relaydesk.sqlite")
            window = sqlite3.connect(sqlite_path)  # the window's connection, in a read of its own
            window.execute("BEGIN")
            self.assertEqual(window.execute("SELECT COUNT(*) FROM agents").fetchone()[0], 2)
            database = CLUSTER.create_database()
            used = run(relay.dir, "store", "use", CLUSTER.url(database), "--password-stdin", stdin=CLUSTER.password)
            self.assertEqual(used.returncode, 0, used.stderr)
            migrated = run(relay.dir, "--json", "store", "migrate", "--from-sqlite")
            self.assertEqual(migrated.returncode, 0, migrated.stderr)
            window.close()
            aside = json.loads(migrated.stdout)["kept_aside"]
            left = sorted(n for n in os.listdir(relay.dir) if n.startswith("relaydesk.sqlite"))
            self.assertEqual([n for n in left if not n.startswith(os.path.basename(aside))], [], left)
            # The copy aside, opened alone in another directory as an admin going back would, holds the agents.
            probe = tempfile.mkdtemp(prefix="relaydesk-aside-")
            try:
                for name in left:
                    shutil.copy(os.path.join(relay.dir, name),
                                os.path.join(probe, name.replace(os.path.basename(aside), "back.sqlite")))
                with contextlib.closing(sqlite3.connect(os.path.join(probe, "back.sqlite"))) as back:
                    self.assertEqual(sorted(r[0] for r in back.execute("SELECT name FROM agents")),
                                     ["billing", "printers"])
            finally:
                shutil.rmtree(probe, ignore_errors=True)
            # Going back names the log beside the copy.
            back = run(relay.dir, "store", "use", "sqlite")
            self.assertEqual(back.returncode, 1, back.stdout)
            self.assertIn("and a %s-wal beside it to %s-wal" % (aside, sqlite_path), back.stderr)
        finally:
            relay.cleanup()

    def test_a_new_password_for_the_same_store_beside_a_running_relay(self):
        # The server's password changed: `store use` of the same database gives the new one without stopping the
        # relay (it was refused like a move to another store; only editing store.password worked).
        database = CLUSTER.create_database()
        relay = Relay()
        try:
            used = run(relay.dir, "store", "use", CLUSTER.url(database), "--password-stdin", stdin=CLUSTER.password)
            self.assertEqual(used.returncode, 0, used.stderr)
            relay.create_agent("running")
            relay.start()
            password_path = os.path.join(relay.dir, "store.password")
            with open(password_path, "w") as f:
                f.write("an old password\n")
            wrong = run(relay.dir, "store", "use", CLUSTER.url(database), "--password-stdin", stdin="wrong\n")
            self.assertEqual(wrong.returncode, 1, wrong.stdout)
            self.assertIn("password", wrong.stderr)
            with open(password_path) as f:
                self.assertEqual(f.read(), "an old password\n")  # a password that does not work is not saved
            again = run(relay.dir, "store", "use", CLUSTER.url(database), "--password-stdin", stdin=CLUSTER.password)
            self.assertEqual(again.returncode, 0, again.stderr)
            with open(password_path) as f:
                self.assertEqual(f.read().strip(), CLUSTER.password)
            self.assertIsNone(relay.process.poll())
            self.assertEqual(json.loads(run(relay.dir, "--json", "agent", "list").stdout)[0]["name"], "running")
            # Another database is still a move, refused while the relay runs.
            other = run(relay.dir, "store", "use", CLUSTER.url(CLUSTER.create_database()), "--password-stdin",
                        stdin=CLUSTER.password)
            self.assertEqual(other.returncode, 1, other.stdout)
            self.assertIn("stop it first", other.stderr)
            relay.stop()
        finally:
            relay.cleanup()

    def test_refuses_a_target_that_holds_data(self):
        database = CLUSTER.create_database()
        first = Relay()
        second = Relay()
        try:
            first.create_agent("one")
            second.create_agent("two")
            for relay in (first, second):
                used = run(relay.dir, "store", "use", CLUSTER.url(database), "--password-stdin",
                           stdin=CLUSTER.password)
                self.assertEqual(used.returncode, 0, used.stderr)
            self.assertEqual(run(first.dir, "store", "migrate", "--from-sqlite").returncode, 0)
            refused = run(second.dir, "store", "migrate", "--from-sqlite")
            self.assertEqual(refused.returncode, 1)
            self.assertIn("already holds data", refused.stderr)
            self.assertIn("nothing was copied", refused.stderr)
            # Nothing of the second data directory reached the store, and its SQLite file is still there.
            self.assertEqual(CLUSTER.query(database, "SELECT name FROM agents"), [("one",)])
            self.assertTrue(os.path.exists(os.path.join(second.dir, "relaydesk.sqlite")))
        finally:
            first.cleanup()
            second.cleanup()

    def test_no_relay_starts_on_the_empty_store_before_the_copy(self):
        # An outside tester opened the window between `store use` and `store migrate`: it started a fresh relay
        # on the empty store (no agents, default settings, the first-run wizard) and registered its node there,
        # after which the copy was refused for good ("already holds data (1 rows in nodes)").
        database = CLUSTER.create_database()
        relay = Relay()
        try:
            relay.create_agent("shop")
            used = run(relay.dir, "store", "use", CLUSTER.url(database), "--password-stdin", stdin=CLUSTER.password)
            self.assertEqual(used.returncode, 0, used.stderr)
            started = subprocess.run([RELAYDESK_BIN, "--headless", "--data-dir", relay.dir],
                                     stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
            self.assertNotEqual(started.returncode, 0, started.stderr)
            self.assertIn("holds 1 Mail Agent(s) and 0 message(s) that the PostgreSQL store it now uses does not "
                          "have: copy them first with 'relaydesk store migrate --from-sqlite'", started.stderr)
            self.assertEqual(CLUSTER.query(database, "SELECT count(*) FROM nodes"), [(0,)])
            # Nor does a command read or change the empty store: an outside tester's `agent create` wrote there
            # (and `agent list` said "No Mail Agents yet"), and the copy was refused for good afterwards.
            for command in (("agent", "create", "late"), ("agent", "list"), ("config", "set", "delivery.poll_interval", "2"),
                            ("queue", "list")):
                refused = run(relay.dir, *command)
                self.assertEqual(refused.returncode, 1, (command, refused.stdout))
                self.assertIn("copy them first with 'relaydesk store migrate --from-sqlite'", refused.stderr)
                self.assertIn("so nothing was done", refused.stderr)
            self.assertEqual(CLUSTER.query(database, "SELECT count(*) FROM agents"), [(0,)])
            # A store where a relay of before did register this node (and gave the directory its node id): its
            # own row is no data to the copy.
            own = "ed92529a8d6fcd13"
            with open(os.path.join(relay.dir, "node-id"), "w") as f:
                f.write(own + "\n")
            os.chmod(os.path.join(relay.dir, "node-id"), 0o600)
            CLUSTER.execute(database, "INSERT INTO nodes(id, name, started_at, last_heartbeat, stopped_at)"
                                      " VALUES('%s', 'vm', 1, 1, 2)" % own)
            migrated = run(relay.dir, "store", "migrate", "--from-sqlite")
            self.assertEqual(migrated.returncode, 0, migrated.stderr)
            self.assertEqual(CLUSTER.query(database, "SELECT name FROM agents"), [("shop",)])
            relay.start()
            self.assertEqual(relay.stop(), 0)
        finally:
            relay.cleanup()

    def test_a_restore_into_a_node_says_it_leaves_the_shared_store(self):
        # An outside tester restored a backup into a node of a shared store: the directory became a relay of
        # its own on a new SQLite store, and nothing said so.
        database = CLUSTER.create_database()
        relay = Relay()
        backups = tempfile.mkdtemp(prefix="relaydesk-backups-")
        try:
            relay.create_agent("shop")
            self.assertEqual(run(relay.dir, "store", "use", CLUSTER.url(database), "--password-stdin",
                                 stdin=CLUSTER.password).returncode, 0)
            self.assertEqual(run(relay.dir, "store", "migrate", "--from-sqlite").returncode, 0)
            backup = os.path.join(backups, "node.rdbackup")
            passphrase = "a long passphrase for the node's backup\n"
            made = run(relay.dir, "backup", "create", backup, "--passphrase-stdin", stdin=passphrase)
            self.assertEqual(made.returncode, 0, made.stderr)
            restored = run(relay.dir, "backup", "restore", backup, "--force", "--passphrase-stdin", stdin=passphrase)
            self.assertEqual(restored.returncode, 0, restored.stderr)
            self.assertIn("used the PostgreSQL store %s, shared with the other nodes; the restored directory uses "
                          "a new SQLite store of its own" % CLUSTER.url(database), restored.stderr)
            self.assertIn("store use %s --join --password-stdin" % CLUSTER.url(database), restored.stderr)
            self.assertEqual(json.loads(run(relay.dir, "--json", "store", "show").stdout)["backend"], "sqlite")
        finally:
            relay.cleanup()
            shutil.rmtree(backups, ignore_errors=True)
            for aside in glob.glob(relay.dir + ".before-restore-*"):
                shutil.rmtree(aside, ignore_errors=True)

    def test_use_onto_another_relay_keeps_the_local_one_unless_join(self):
        # An outside tester's data directory with its own agent was pointed at a database holding another
        # relay: `store use` said nothing, the agent was gone, the advice to migrate could only fail, and there
        # was no way back to SQLite.
        database = CLUSTER.create_database()
        first = Relay()
        lonely = Relay()
        try:
            first.create_agent("billing")
            self.assertEqual(run(first.dir, "store", "use", CLUSTER.url(database), "--password-stdin",
                                 stdin=CLUSTER.password).returncode, 0)
            self.assertEqual(run(first.dir, "store", "migrate", "--from-sqlite").returncode, 0)
            first.start()  # a node of the database, named after this machine
            first.stop()
            lonely.create_agent("lonely")
            refused = run(lonely.dir, "store", "use", CLUSTER.url(database), "--password-stdin",
                          stdin=CLUSTER.password)
            self.assertEqual(refused.returncode, 1, refused.stdout)
            self.assertIn("the database already holds a relay (1 Mail Agent(s)", refused.stderr)
            self.assertIn("this data directory has its own SQLite store (1 Mail Agent(s), 0 message(s))",
                          refused.stderr)
            self.assertIn("--join", refused.stderr)
            self.assertIn("nothing was changed", refused.stderr)
            self.assertFalse(os.path.exists(os.path.join(lonely.dir, "store.conf")))
            # Nor a node identity of its own: a refused "store use" leaves the directory as it was.
            self.assertFalse(os.path.exists(os.path.join(lonely.dir, "node-id")), os.listdir(lonely.dir))
            self.assertIn("lonely", run(lonely.dir, "agent", "list").stdout)

            joined = run(lonely.dir, "store", "use", CLUSTER.url(database), "--password-stdin", "--join",
                         stdin=CLUSTER.password)
            self.assertEqual(joined.returncode, 0, joined.stderr)
            self.assertIn("It joins the relay stored there (1 Mail Agent(s)", joined.stdout)
            # Its own listeners' addresses are the joined relay's now: said (an outside tester's were not).
            self.assertIn("Its settings are that relay's now, the listeners' addresses included", joined.stdout)
            self.assertIn("'relaydesk store use sqlite' goes back to it", joined.stdout)
            self.assertNotIn("store migrate", joined.stdout)
            # Both nodes would be this machine's name, and the first one's addresses would be the second's:
            # said at the join (an outside tester's two "vm" nodes could not be told apart).
            self.assertIn("relaydesk: warning: a node of this store is already named %s, on this machine: "
                          "'relaydesk node rename NAME' tells this one apart" % socket.gethostname(), joined.stderr)
            self.assertIn("'relaydesk node listen LISTENER ADDRESS' gives this node its own before it starts",
                          joined.stderr)
            listed = run(lonely.dir, "agent", "list").stdout
            self.assertIn("billing", listed)
            self.assertNotIn("lonely", listed)

            back = run(lonely.dir, "store", "use", "sqlite")
            self.assertEqual(back.returncode, 0, back.stderr)
            self.assertIn("This data directory's store is SQLite again", back.stdout)
            self.assertFalse(os.path.exists(os.path.join(lonely.dir, "store.conf")))
            self.assertFalse(os.path.exists(os.path.join(lonely.dir, "store.password")))
            self.assertIn("lonely", run(lonely.dir, "agent", "list").stdout)
            self.assertEqual(json.loads(run(lonely.dir, "--json", "store", "show").stdout)["backend"], "sqlite")

            # After a migration the SQLite file lies aside: going back is refused until it is back in place
            # (with no store the directory was refused by every command afterwards, an outside tester found).
            back = run(first.dir, "store", "use", "sqlite")
            self.assertEqual(back.returncode, 1, back.stdout)
            self.assertRegex(back.stderr, r"moved it to (\S+relaydesk\.sqlite\.migrated-\d{8}T\d{6}): rename it")
            self.assertTrue(os.path.exists(os.path.join(first.dir, "store.conf")))
            aside = re.search(r"moved it to (\S+): rename", back.stderr).group(1)
            os.rename(aside, os.path.join(first.dir, "relaydesk.sqlite"))
            back = run(first.dir, "store", "use", "sqlite")
            self.assertEqual(back.returncode, 0, back.stderr)
            self.assertIn("billing", run(first.dir, "agent", "list").stdout)
        finally:
            first.cleanup()
            lonely.cleanup()

    def test_a_server_gone_in_the_middle_is_said_in_one_line(self):
        # The server went away during an outside tester's copy: the error held "\\x0a" escapes, the driver's
        # text twice, an empty "()" and a Qt warning line before it.
        database = CLUSTER.create_database()
        relay = Relay()
        blocker = psycopg2.connect(host="127.0.0.1", port=CLUSTER.port, user="postgres",
                                   password=CLUSTER.password, dbname=database)
        try:
            relay.create_agent("billing")
            self.assertEqual(run(relay.dir, "store", "use", CLUSTER.url(database), "--password-stdin",
                                 stdin=CLUSTER.password).returncode, 0)
            # The copy waits for a lock this test holds, and its session is ended there: deterministic, where
            # stopping the server at the right moment is not.
            blocker.cursor().execute("LOCK TABLE agents IN ACCESS EXCLUSIVE MODE")
            copy = subprocess.Popen([RELAYDESK_BIN, "--data-dir", relay.dir, "store", "migrate", "--from-sqlite"],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            waiting = []
            deadline = time.time() + 30
            while not waiting and time.time() < deadline:
                waiting = CLUSTER.query("postgres", "SELECT pid FROM pg_stat_activity WHERE datname = '%s'"
                                        " AND wait_event_type = 'Lock'" % database)
                time.sleep(0.1)
            self.assertTrue(waiting, "the copy never waited for the lock")
            CLUSTER.query("postgres", "SELECT pg_terminate_backend(%d)" % waiting[0][0])
            out, err = copy.communicate(timeout=60)
            self.assertEqual(copy.returncode, 1, out)
            self.assertEqual(err, "relaydesk: store migrate: the PostgreSQL server closed the connection during the "
                                  "copy: nothing was copied; run the command again once the server is back\n")
            blocker.rollback()
            again = run(relay.dir, "store", "migrate", "--from-sqlite")
            self.assertEqual(again.returncode, 0, again.stderr)
        finally:
            blocker.close()
            relay.cleanup()

    def test_use_sqlite_is_refused_while_a_relay_runs(self):
        relay = Relay()
        try:
            database = CLUSTER.create_database()
            self.assertEqual(run(relay.dir, "store", "use", CLUSTER.url(database), "--password-stdin",
                                 stdin=CLUSTER.password).returncode, 0)
            relay.start()
            refused = run(relay.dir, "store", "use", "sqlite")
            self.assertEqual(refused.returncode, 1)
            self.assertIn("stop it first", refused.stderr)
            self.assertTrue(os.path.exists(os.path.join(relay.dir, "store.conf")))
        finally:
            relay.cleanup()


if __name__ == "__main__":
    unittest.main(verbosity=2)
