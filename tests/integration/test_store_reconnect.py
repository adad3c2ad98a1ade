"""An engine on PostgreSQL when its server restarts or is down for a while (docs/postgresql.md, "When the
server restarts"), against a real PostgreSQL 15 that this test starts itself (scripts/pg-cluster.sh) and
restarts with its own pg_ctl:
- after a restart the engine accepts mail and AUTH again within seconds, without being restarted itself;
- while the server is down, a correct password gets 454 4.7.0 (try again), never 535, and does not count
  toward the lockout; a trusted device gets 451 4.3.0, never "not a trusted device".

Its relay starts on SQLite and moves to its own server, so it runs in the first pass of scripts/test.sh only
(label own-postgresql).
"""

import base64
import contextlib
import glob
import json
import os
import re
import smtplib
import subprocess
import sys
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_store_postgresql import Cluster, run  # noqa: E402  (pops RELAYDESK_TEST_PG: see that file)
from relaydesk_harness import Relay, client_tls_context, wait_until  # noqa: E402
from test_delivery import ScriptedServer, relay_settings, submit  # noqa: E402


def pg_ctl(cluster, *args):
    """pg_ctl on the cluster's data directory, as its owner; restart reuses the options it was started with."""
    binary = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))[-1]
    # -l: the server's output goes to its log, not into this pipe (which it would hold open for good).
    command = [binary, "-D", os.path.join(cluster.dir, "data"), "-l", os.path.join(cluster.dir, "server.log"),
               "-w", "-t", "60"] + list(args)
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--"] + command
    subprocess.run(command, check=True, capture_output=True, timeout=90)


def start_on_cluster(test, relay, cluster):
    """Moves relay's store to a new database of cluster (`store use`, `store migrate --from-sqlite`) and starts
    it; the test stops it, and starts the server again if the test left it stopped."""
    database = cluster.create_database()
    used = run(relay.dir, "store", "use", cluster.url(database), "--password-stdin", stdin=cluster.password)
    test.assertEqual(used.returncode, 0, used.stderr)
    migrated = run(relay.dir, "store", "migrate", "--from-sqlite")
    test.assertEqual(migrated.returncode, 0, migrated.stderr)
    relay.start()
    test.addCleanup(relay.stop)
    test.addCleanup(ensure_server_runs, cluster)


def ensure_server_runs(cluster):
    with contextlib.suppress(subprocess.CalledProcessError):
        pg_ctl(cluster, "-m", "fast", "restart")


class StoreReconnect(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cluster = Cluster()

    @classmethod
    def tearDownClass(cls):
        cls.cluster.stop()

    def setUp(self):
        self.server = ScriptedServer()
        self.addCleanup(self.server.close)
        self.relay = Relay(relay_settings(self.server.port))
        self.addCleanup(self.relay.cleanup)
        self.relay.create_agent("printers", trusted=("127.0.0.1",), any_sender=True)
        self.relay.create_agent("billing", allow=("127.0.0.1/32",), any_sender=True)
        created = json.loads(self.relay.cli("credential", "create", "billing", json_output=True).stdout)
        self.username, self.password = created["credential"]["username"], created["credential"]["password"]
        start_on_cluster(self, self.relay, self.cluster)

    def auth(self):
        """(code, text) of AUTH PLAIN with the right password on the submission listener, after STARTTLS."""
        with smtplib.SMTP(*self.relay.address("submission"), timeout=20) as client:
            client.ehlo("client.test")
            client.starttls(context=client_tls_context())
            client.ehlo("client.test")
            token = base64.b64encode(b"\0" + self.username.encode() + b"\0" + self.password.encode()).decode()
            code, text = client.docmd("AUTH", "PLAIN " + token)
            return code, text.decode()

    def lan_mail(self):
        """The reply to MAIL on the LAN relay listener."""
        with smtplib.SMTP(*self.relay.address("lan"), timeout=20) as client:
            client.ehlo("client.test")
            code, text = client.mail("app@sender.test")
            return code, text.decode()

    def accepts_again(self):
        try:
            return self.auth()[0] == 235 and bool(submit(self.relay, ["ok-after@example.org"], subject="After"))
        except (AssertionError, smtplib.SMTPException, OSError):
            return False

    def test_a_restarted_server_is_used_again(self):
        self.assertEqual(self.auth()[0], 235)
        submit(self.relay, ["ok-before@example.org"], subject="Before")
        pg_ctl(self.cluster, "-m", "fast", "restart")
        self.assertTrue(wait_until(self.accepts_again, timeout=20, step=0.5), "\n".join(self.relay.stderr_lines[-20:]))
        self.assertTrue(wait_until(lambda: sum(len(t["rcpts"]) for t in self.server.transactions) >= 2, timeout=30),
                        "\n".join(self.relay.stderr_lines[-20:]))
        status = self.relay.cli("status")
        self.assertEqual(status.returncode, 0, status.stderr)
        # One line per session opened again, not Qt's warning for every statement of the old session.
        self.assertTrue(self.relay.logged(lambda line: "event=store_session_reopened" in line))
        noise = [line for line in self.relay.stderr_lines if "Unable to free statement" in line]
        self.assertEqual(noise, [], "\n".join(noise[:5]))

    def test_while_the_server_is_down_the_answers_are_temporary(self):
        pg_ctl(self.cluster, "-m", "fast", "stop")
        # More attempts than the lockout allows (5): none counts, since nothing was decided.
        for _ in range(7):
            code, text = self.auth()
            self.assertEqual(code, 454, text)
            self.assertIn("4.7.0", text)
        code, text = self.lan_mail()
        self.assertEqual(code, 451, text)
        self.assertIn("4.3.0", text)
        self.assertTrue(self.relay.logged(lambda line: "auth_unavailable" in line))
        self.assertFalse(any("auth_lockout" in line for line in self.relay.stderr_lines))
        # The status says what the clients are told: an outside tester saw "running: yes" and every listener
        # listening while all mail got 4xx replies.
        status = self.relay.cli("status")
        self.assertEqual(status.returncode, 0, status.stderr)
        self.assertRegex(status.stdout, r"store: +postgresql://\S+, NOT REACHABLE since \d{4}-\d\d-\d\d "
                                        r"\d\d:\d\d:\d\d \(cannot reach the PostgreSQL server")
        self.assertIn("temporary (4xx) reply", status.stdout)
        # The queue's line says why it has no figures (an outside tester's status had none and said nothing).
        self.assertIn("\nqueue:     unknown while the store cannot be read (below)\n", status.stdout)
        store = json.loads(self.relay.cli("status", json_output=True).stdout)["store"]
        self.assertEqual((store["backend"], store["reachable"]), ("postgresql", False), store)
        self.assertTrue(store["unreachable_since"] and store["error"], store)
        # The command line does not print a setting's default as its value while the store is away.
        got = self.relay.cli("config", "get", "listener.lan.address", check=False)
        self.assertEqual(got.returncode, 1, got.stdout)
        self.assertIn("cannot reach the PostgreSQL server", got.stderr)
        # "store show" still says where the store is (it failed with the reason alone: an outside tester).
        shown = self.relay.cli("store", "show", check=False)
        self.assertEqual(shown.returncode, 1, shown.stdout)
        self.assertIn("Backend: postgresql\nAddress: postgresql://", shown.stdout)
        self.assertIn("Schema version: unknown, the store cannot be read", shown.stdout)
        self.assertIn("relaydesk: store show: cannot reach the PostgreSQL server", shown.stderr)
        shown = json.loads(self.relay.cli("store", "show", json_output=True, check=False).stdout)
        self.assertEqual((shown["backend"], shown["readable"], shown["schema_version"]),
                         ("postgresql", False, None), shown)
        self.assertIn("cannot reach the PostgreSQL server", shown["error"])
        # Said once, not once per attempt to open a session (an outside tester counted 30 lines a second).
        time.sleep(2)
        self.assertEqual(sum("event=store_unreachable" in line for line in self.relay.stderr_lines), 1,
                         "\n".join(self.relay.stderr_lines[-20:]))
        self.assertFalse(any("event=store_session_reopened" in line or "delivery_misconfigured" in line
                             for line in self.relay.stderr_lines), "\n".join(self.relay.stderr_lines[-20:]))
        pg_ctl(self.cluster, "-m", "fast", "restart")
        self.assertTrue(wait_until(self.accepts_again, timeout=20, step=0.5), "\n".join(self.relay.stderr_lines[-20:]))
        self.assertTrue(self.relay.logged(lambda line: re.search(r"event=store_reachable outage_seconds=\d+", line)))
        store = json.loads(self.relay.cli("status", json_output=True).stdout)["store"]
        self.assertEqual((store["reachable"], store["unreachable_since"], store["error"]), (True, None, None))
        self.assertRegex(self.relay.cli("status").stdout, r"store: +postgresql://\S+, reachable")

    def test_an_engine_started_while_the_server_is_down_waits_for_it(self):
        # After a power cut the relay's machine may boot before the database's: the engine exited at once
        # with "cannot start", and a service manager's quick restarts give up (an outside tester).
        self.assertEqual(self.relay.stop(), 0)
        pg_ctl(self.cluster, "-m", "fast", "stop")
        started = []
        starter = threading.Thread(target=lambda: started.append(self.relay.start(timeout=90)), daemon=True)
        starter.start()
        self.assertTrue(wait_until(lambda: any("the store does not answer yet" in line
                                               for line in self.relay.stderr_lines), timeout=20),
                        "\n".join(self.relay.stderr_lines))
        time.sleep(6)  # longer than one retry: still waiting, not gone
        self.assertIsNone(self.relay.process.poll(), "\n".join(self.relay.stderr_lines))
        self.assertFalse(any("cannot start" in line for line in self.relay.stderr_lines))
        # While it waits, the data directory is its own: `status` asks it what it waits for, and a second
        # engine is refused (an outside tester's second service and window raced it, and it lost).
        status = self.relay.cli("status", check=False)
        self.assertEqual(status.returncode, 0, status.stderr)
        self.assertRegex(status.stdout, r"running: +no")
        self.assertIn("NOT REACHABLE since", status.stdout)
        # No certificate is loaded yet: none, not the SHA-256 of nothing (E3:B0:C4:42:..., an outside tester).
        shown = json.loads(self.relay.cli("status", json_output=True).stdout)
        self.assertIsNone(shown["certificate_sha256"], shown)
        second = subprocess.run([os.environ["RELAYDESK_BIN"], "--headless", "--data-dir", self.relay.dir],
                                capture_output=True, text=True, timeout=60)
        self.assertEqual(second.returncode, 1, second.stderr)
        self.assertIn("already runs on the data directory", second.stderr)
        pg_ctl(self.cluster, "-m", "fast", "restart")
        starter.join(120)
        self.assertEqual(len(started), 1, "\n".join(self.relay.stderr_lines))
        self.assertTrue(any("the store answers: starting" in line for line in self.relay.stderr_lines))
        self.assertTrue(wait_until(self.accepts_again, timeout=20, step=0.5), "\n".join(self.relay.stderr_lines[-20:]))

    def test_a_password_refused_while_running_is_not_waited_for(self):
        # An outside tester's node said "NOT REACHABLE ... until it is back" for a password that had changed:
        # support waited while all its mail was deferred. Waiting does not end that; the status says what does.
        path = os.path.join(self.relay.dir, "store.password")
        with open(os.path.join(self.relay.dir, "store.conf")) as conf:
            url = next(line.split("=", 1)[1].strip() for line in conf if line.startswith("url"))
        with open(path, "w") as password:
            password.write("not-the-password\n")
        pg_ctl(self.cluster, "-m", "fast", "restart")  # the relay's sessions end; it logs in again

        def status():
            return self.relay.cli("status").stdout

        self.assertTrue(wait_until(lambda: "refused the password" in status(), timeout=30, step=0.5), status())
        self.assertIn("waiting does not end it: fix what the server says (a changed password: relaydesk store use"
                      " URL --password-stdin", status())
        # And the service's log says so once the cause is a refusal (a second tester's log kept the restart's
        # "Connection refused").
        self.assertTrue(self.relay.logged(lambda line: "event=store_unreachable" in line and "refused the password"
                                          in line and "waiting does not end this" in line, timeout=10),
                        "\n".join(l for l in self.relay.stderr_lines if "store_" in l))
        used = run(self.relay.dir, "store", "use", url, "--password-stdin", stdin=self.cluster.password)
        self.assertEqual(used.returncode, 0, used.stderr)
        self.assertTrue(wait_until(self.accepts_again, timeout=30, step=0.5), "\n".join(self.relay.stderr_lines[-20:]))

    def test_a_server_that_refuses_the_relay_ends_the_start(self):
        # A wrong password is a mistake to fix, not a server to wait for.
        self.assertEqual(self.relay.stop(), 0)
        with open(os.path.join(self.relay.dir, "store.password"), "w") as password:
            password.write("not-the-password\n")
        engine = subprocess.run([os.environ["RELAYDESK_BIN"], "--headless", "--data-dir", self.relay.dir],
                                capture_output=True, text=True, timeout=60)
        self.assertEqual(engine.returncode, 1, engine.stderr)
        self.assertIn("relaydesk: cannot start: the PostgreSQL server at", engine.stderr)
        self.assertIn("refused the password", engine.stderr)


if __name__ == "__main__":
    unittest.main()
