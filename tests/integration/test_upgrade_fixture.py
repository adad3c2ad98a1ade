"""Upgrades keep data (docs/operations.md): a COPY of tests/fixtures/datadir-0.1.0, a data directory made by an
earlier commit (tests/fixtures/README.md), opens with the current binary: its schema migrates to the version a
fresh data directory gets, the command line lists its agents, routes, smarthost, settings, queue and log, and a
headless engine on it accepts the recorded passwords over STARTTLS AUTH (Python smtplib) while the revoked
credential and the disabled agent's stay refused. The committed files are never modified.
"""

import contextlib
import hashlib
import json
import os
import shutil
import smtplib
import sqlite3
import unittest

from relaydesk_harness import Relay, client_tls_context

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "datadir-0.1.0")
FILES = ("relaydesk.sqlite", "smarthost.secret")


def digests():
    result = {}
    for name in FILES:
        with open(os.path.join(FIXTURE, name), "rb") as f:
            result[name] = hashlib.sha256(f.read()).hexdigest()
    return result


def user_version(directory):
    path = os.path.join(directory, "relaydesk.sqlite")
    with contextlib.closing(sqlite3.connect("file:%s?mode=ro" % path, uri=True)) as db:
        return db.execute("PRAGMA user_version").fetchone()[0]


class UpgradeFixtureTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        with open(os.path.join(FIXTURE, "credentials.json")) as f:
            cls.recorded = json.load(f)
        cls.digests = digests()
        # A fresh data directory made by this binary: its schema version is the current one. Then the fixture
        # takes its place, and gets this run's free ports.
        cls.relay = Relay()
        try:
            cls.current_version = user_version(cls.relay.dir)
            for name in os.listdir(cls.relay.dir):
                if name.startswith("relaydesk.sqlite"):
                    os.remove(os.path.join(cls.relay.dir, name))
            for name in FILES:
                target = os.path.join(cls.relay.dir, name)
                shutil.copyfile(os.path.join(FIXTURE, name), target)
                os.chmod(target, 0o600)
            cls.fixture_version = user_version(cls.relay.dir)
            for listener, port in cls.relay.ports.items():
                cls.relay.config_set("listener.%s.address" % listener, "127.0.0.1:%d" % port)
        except BaseException:
            cls.relay.cleanup()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.relay.cleanup()

    def tearDown(self):
        self.assertEqual(digests(), self.digests, "the committed fixture was modified")

    def cli_json(self, *args):
        return json.loads(self.relay.cli(*args, json_output=True).stdout)

    def test_schema_migrated_to_current(self):
        self.assertLessEqual(self.fixture_version, self.current_version)
        self.assertEqual(user_version(self.relay.dir), self.current_version)

    def test_configuration_kept(self):
        agents = {agent["name"]: agent for agent in self.cli_json("agent", "list")}
        self.assertEqual(sorted(agents), ["Billing", "Printers", "Reports"])
        self.assertEqual([entry["cidr"] for entry in agents["Billing"]["allowlist"]], ["127.0.0.1", "192.0.2.0/24"])
        self.assertEqual(agents["Billing"]["active_credentials"], 2)
        self.assertEqual(sorted(entry["cidr"] for entry in agents["Printers"]["trusted_devices"]),
                         ["127.0.0.1", "192.0.2.50", "2001:db8::/64"])
        self.assertFalse(agents["Reports"]["enabled"])
        routes = {route["pattern"]: route for route in self.cli_json("route", "list")}
        self.assertEqual(sorted(routes), ["later.test", "sink.test"])
        smarthost = self.cli_json("smarthost", "show")
        self.assertEqual((smarthost["host"], smarthost["port"], smarthost["username"], smarthost["password_set"]),
                         ("smarthost.fixture.test", 587, "fixture-relay", True))
        # Upgrades turn verification on (docs/operations.md, "Smarthost TLS"): the fixture's "starttls" smarthost
        # accepted any certificate before; now its certificate is checked against the system CA store before AUTH.
        self.assertEqual(smarthost["verify"], "system")
        self.assertIn("verify:    yes, against the system CA store", self.relay.cli("smarthost", "show").stdout)
        with open(os.path.join(self.relay.dir, "smarthost.secret")) as f:
            self.assertEqual(f.read().strip(), self.recorded["smarthost_password"])
        for key, value in (("server.hostname", "relay.fixture.test"), ("limits.max_recipients", "40"),
                           ("retention.log", "400"), ("auth.max_failures", "7"), ("delivery.enabled", "false")):
            self.assertEqual(self.relay.cli("config", "get", key).stdout.strip(), value, key)
        self.assertIn("example.org", self.relay.cli("tls-policy", "list").stdout)

    def test_queue_and_log_kept(self):
        queue = self.cli_json("queue", "list")
        pending = sorted(r["address"] for message in queue for r in message["recipients"])
        self.assertEqual(pending, ["carol@later.test", "dave@later.test", "frank@later.test"])
        held = [message["queue_id"] for message in queue if message["state"] == "held"]
        self.assertEqual(held, [self.recorded["held_queue_id"]])
        log = self.cli_json("log", "search", "--limit", "100")
        statuses = sorted(row["status"] for row in log)
        self.assertEqual(statuses, ["bounced"] + ["deferred"] * 3 + ["delivered"] * 4)

    def test_recorded_passwords_authenticate(self):
        credentials = self.recorded["credentials"]
        self.relay.start()
        try:
            for name in ("Billing", "Billing (second)", "Printers"):
                with smtplib.SMTP(*self.relay.address("submission"), timeout=30) as client:
                    client.starttls(context=client_tls_context())
                    client.login(credentials[name]["username"], credentials[name]["password"])
                    if name == "Billing":
                        refused = client.sendmail("billing@sink.test", ["after-upgrade@sink.test"],
                                                  "Subject: after the upgrade\r\n\r\nStill relaying.\r\n")
                        self.assertEqual(refused, {})
            for name in ("Billing (revoked)", "Reports"):
                with smtplib.SMTP(*self.relay.address("submission"), timeout=30) as client:
                    client.starttls(context=client_tls_context())
                    with self.assertRaises(smtplib.SMTPAuthenticationError, msg=name):
                        client.login(credentials[name]["username"], credentials[name]["password"])
        finally:
            self.assertEqual(self.relay.stop(), 0)
        self.assertIn("after-upgrade@sink.test",
                      [r["address"] for m in self.cli_json("queue", "list") for r in m["recipients"]])


if __name__ == "__main__":
    unittest.main(verbosity=2)
