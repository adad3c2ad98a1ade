"""`relaydesk agent test-message` against a running `relaydesk --headless` whose smarthost is Postfix's smtp-sink.

The command line queues the message in its own process; the running engine hears of it through the admin_changes
'queue' topic and delivers it at once (the poll interval is set to five minutes, so only that wake-up can deliver it
in time). The message that reaches the sink must be well formed (RFC 5322 3.6) and carry what was asked for.
"""

import contextlib
import email
import email.policy
import email.utils
import json
import os
import shutil
import subprocess
import tempfile
import time
import unittest

from relaydesk_harness import Relay, free_ports, listening, wait_until


def recipient_states(relay, queue_id):
    with contextlib.closing(relay.db()) as db:
        return {r[0]: r[1] for r in db.execute(
            "SELECT r.address, r.state FROM recipients r JOIN messages m ON m.id = r.message_id WHERE m.queue_id = ?",
            (queue_id,))}


def accepted_for(relay, agent):
    with contextlib.closing(relay.db()) as db:
        row = db.execute("SELECT COALESCE(SUM(s.accepted), 0) FROM agent_daily_stats s JOIN agents a"
                         " ON a.id = s.agent_id WHERE a.name = ?", (agent,)).fetchone()
        return row[0]


@unittest.skipUnless(os.access("/usr/sbin/smtp-sink", os.X_OK), "Postfix smtp-sink is not installed")
class TestMessageThroughSmarthost(unittest.TestCase):
    def setUp(self):
        self.port = free_ports(1)[0]
        self.spool = tempfile.mkdtemp(prefix="relaydesk-sink-")
        self.sink = subprocess.Popen(["/usr/sbin/smtp-sink", "-u", os.environ.get("USER", "root"), "-d",
                                      self.spool + "/msg.", "127.0.0.1:%d" % self.port, "50"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.assertTrue(wait_until(lambda: listening(self.port), 10), "smtp-sink did not start")
        self.relay = Relay({"delivery.enabled": "true", "delivery.smarthost": "127.0.0.1:%d" % self.port,
                            "delivery.smarthost_tls": "opportunistic", "delivery.poll_interval": 300,
                            "server.hostname": "relay.test"}, prefix="relaydesk-tm-")
        self.relay.create_agent("billing")
        self.relay.create_agent("scanner")

    def tearDown(self):
        try:
            self.relay.stop()
            self.relay.cleanup()
        finally:
            self.sink.terminate()
            self.sink.wait()
            shutil.rmtree(self.spool, ignore_errors=True)

    def received(self):
        contents = []
        for name in sorted(os.listdir(self.spool)):
            with open(os.path.join(self.spool, name), "rb") as f:
                contents.append(f.read())
        return contents

    def test_delivered_by_the_running_engine(self):
        self.relay.start()
        time.sleep(1)  # the engine's first queue pass is over: only a wake-up brings the next one soon
        result = self.relay.cli("agent", "test-message", "scanner", "--from", "it@office.test", "--to",
                                "anna@customer.test", json_output=True)
        output = json.loads(result.stdout)
        queue_id = output["queue_id"]
        self.assertEqual((output["agent"], output["from"], output["to"]),
                         ("scanner", "it@office.test", "anna@customer.test"))
        self.assertTrue(wait_until(lambda: recipient_states(self.relay, queue_id) == {"anna@customer.test": "delivered"},
                                   15), recipient_states(self.relay, queue_id))
        self.assertTrue(wait_until(lambda: self.received(), 5), "nothing reached smtp-sink")
        raw = b"".join(self.received())
        message = email.message_from_bytes(raw[raw.find(b"Date:"):] if b"Date:" in raw else raw,
                                           policy=email.policy.compat32)
        for field in ("Date", "From", "To", "Subject", "Message-ID"):
            self.assertEqual(len(message.get_all(field) or []), 1, field)
        self.assertEqual(message["From"], "it@office.test")
        self.assertEqual(message["To"], "anna@customer.test")
        self.assertTrue(message["Subject"].startswith("RelayDesk test message"))
        self.assertIsNotNone(email.utils.parsedate_to_datetime(message["Date"]))
        self.assertRegex(message["Message-ID"], r"^<%s@relay\.test>$" % queue_id)
        self.assertIn("scanner", message.get_payload())
        self.assertEqual(accepted_for(self.relay, "scanner"), 1)
        self.assertEqual(accepted_for(self.relay, "billing"), 0)
        log = json.loads(self.relay.cli("log", "search", "--status", "delivered", "--since", "1h",
                                        json_output=True).stdout)
        self.assertEqual([(e["queue_id"], e["recipient"], e["port"], e["sign"]) for e in log],
                         [(queue_id, "anna@customer.test", self.port, "green")])
        # Without --json it says where to see whether it arrived (an outside tester's exit 0 said nothing of
        # the outcome).
        shown = self.relay.cli("agent", "test-message", "scanner", "--from", "it@office.test", "--to",
                               "bert@customer.test").stdout
        second = shown.split()[3]
        self.assertIn("Whether it arrives: relaydesk queue show %s" % second, shown)

    def test_refused_with_one_line(self):
        missing = self.relay.cli("agent", "test-message", "scanner", "--from", "it@office.test", check=False)
        self.assertEqual(missing.returncode, 2, missing.stderr)
        unknown = self.relay.cli("agent", "test-message", "nobody", "--from", "it@office.test", "--to",
                                 "anna@customer.test", check=False)
        self.assertEqual(unknown.returncode, 1, unknown.stderr)
        self.assertEqual(len(unknown.stderr.strip().splitlines()), 1, unknown.stderr)
        bad = self.relay.cli("agent", "test-message", "scanner", "--from", "not an address", "--to",
                             "anna@customer.test", check=False)
        self.assertEqual(bad.returncode, 1, bad.stderr)
        self.assertIn("not an address", bad.stderr)
        # Where the agent's own mail may not go (an outside tester's test reached 127.0.0.1), and an address
        # its suppression list would skip ("Queued" for nothing, before).
        for to in ("root@[127.0.0.1]", "root@localhost"):
            inside = self.relay.cli("agent", "test-message", "scanner", "--from", "it@office.test", "--to", to,
                                    check=False)
            self.assertEqual(inside.returncode, 1, inside.stderr)
            self.assertIn("where this relay does not deliver", inside.stderr)
        self.relay.cli("suppression", "add", "scanner", "Gone@Customer.test")
        listed = self.relay.cli("agent", "test-message", "scanner", "--from", "it@office.test", "--to",
                                "gone@customer.test", check=False)
        self.assertEqual(listed.returncode, 1, listed.stderr)
        self.assertIn("is on the suppression list of Mail Agent 'scanner'", listed.stderr)
        self.assertEqual(self.relay.message_count(), 0)

    def test_an_idn_domain_as_typed(self):
        # An outside tester's agent was allowed "bücher.example", as its refusal listed it; the same address
        # typed in --from was "not an address: use local@domain in plain ASCII".
        self.relay.cli("agent", "create", "books", "--sender-domain", "bücher.example")
        queued = self.relay.cli("agent", "test-message", "books", "--from", "anna@bücher.example", "--to",
                                "kunde@empfänger.example", json_output=True)
        output = json.loads(queued.stdout)
        # Queued in A-labels, as the agent's domains are stored and as SMTP sends them.
        self.assertEqual(list(recipient_states(self.relay, output["queue_id"])), ["kunde@xn--empfnger-3za.example"])
        self.assertEqual(self.relay.message_count(), 1)
        local = self.relay.cli("agent", "test-message", "books", "--from", "änna@bücher.example", "--to",
                               "kunde@customer.test", check=False)
        self.assertEqual(local.returncode, 1, local.stderr)
        self.assertIn("the part before the @ must be plain ASCII", local.stderr)
        # A line break after the domain is said as one, not blamed on the part before the @ (an outside
        # tester); refused all the same, so no header field can be injected.
        broken = self.relay.cli("agent", "test-message", "books", "--from", "anna@b\u00fccher.example\nX: y", "--to",
                                "kunde@customer.test", check=False)
        self.assertEqual(broken.returncode, 1, broken.stderr)
        self.assertIn("is not an address: it holds a control character (a line break, a tab)", broken.stderr)
        self.assertEqual(self.relay.message_count(), 1)


if __name__ == "__main__":
    unittest.main()
