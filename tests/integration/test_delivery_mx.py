"""End-to-end delivery through DNS: dnsmasq serves MX, A and null-MX records on a loopback address.

The engine looks MX records up at that dnsmasq (delivery.dns_server; QDnsLookup always asks port 53) and
connects to the MX hosts on delivery.mx_port, a setting that exists for tests and lab setups only (RFC 5321:
25), where Postfix's smtp-sink listens. Per-domain routes (with a wildcard) send other domains to aiosmtpd,
which offers STARTTLS with a throw-away certificate; the delivery log must say which TLS version was used.

Zone served by dnsmasq (everything else under .test is NXDOMAIN, --local=/test/):
  mx.test        MX 10 mx1.mx.test (127.0.0.1)
  fallback.test  MX 5 dead.fallback.test (127.0.0.2: nothing listens) and MX 10 live.fallback.test (127.0.0.1)
  implicit.test  no MX, A 127.0.0.1 (RFC 5321 5.1 implicit MX)
  nullmx.test    MX 0 "." (RFC 7505 null MX: bounce at once)
Routes: *.tls.test and sender.test -> aiosmtpd (opportunistic STARTTLS).
Needs root (dnsmasq binds port 53), /usr/sbin/dnsmasq, /usr/sbin/smtp-sink, openssl and aiosmtpd.
"""

import contextlib
import email
import email.policy
import json
import os
import shutil
import smtplib
import ssl
import subprocess
import tempfile
import threading
import time
import unittest

from relaydesk_harness import DNSMASQ, PeersTestCase, Relay, free_ports, listening, start_dnsmasq, stop_dnsmasq, wait_until
from test_delivery import submit as submit_through_lan

SENDER = "app@sender.test"
SMTP_SINK = "/usr/sbin/smtp-sink"

try:
    from aiosmtpd.controller import Controller
except ImportError:  # pragma: no cover - the test is skipped below
    Controller = None


class Recorder:
    """aiosmtpd handler: keeps every envelope with whether the session was encrypted."""

    def __init__(self):
        self.envelopes = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.envelopes.append({"mail_from": envelope.mail_from.strip("<>"),  # "<>": the null path
                                   "rcpts": list(envelope.rcpt_tos),
                                   "data": envelope.original_content or envelope.content,
                                   "tls": session.ssl is not None})
        return "250 2.0.0 OK"

    def to(self, address):
        with self.lock:
            return [e for e in self.envelopes if address in e["rcpts"]]


def submit(relay, recipients, subject):
    """test_delivery's submit, with a body that names the subject ("Body of SUBJECT.") for the sink checks."""
    return submit_through_lan(relay, recipients, subject, text="Body of %s." % subject)


@unittest.skipUnless(os.geteuid() == 0 and os.access(DNSMASQ, os.X_OK) and os.access(SMTP_SINK, os.X_OK)
                     and Controller is not None and shutil.which("openssl"),
                     "needs root, dnsmasq, smtp-sink, openssl and aiosmtpd")
class DeliveryThroughMx(PeersTestCase):
    @classmethod
    def _start(cls):
        cls.tmp = tempfile.mkdtemp(prefix="relaydesk-mx-")
        cls.cleanups.append(lambda: shutil.rmtree(cls.tmp, ignore_errors=True))
        os.chmod(cls.tmp, 0o755)  # smtp-sink writes below it as nobody
        cls.dns, cls.dns_address = start_dnsmasq([
            "--mx-host=mx.test,mx1.mx.test,10", "--host-record=mx1.mx.test,127.0.0.1",
            "--mx-host=fallback.test,dead.fallback.test,5", "--host-record=dead.fallback.test,127.0.0.2",
            "--mx-host=fallback.test,live.fallback.test,10", "--host-record=live.fallback.test,127.0.0.1",
            "--host-record=implicit.test,127.0.0.1",
            "--mx-host=nullmx.test,.,0",
            # Names that exist with no MX, A or AAAA (NODATA), and an MX pointing at one of them.
            "--txt-record=noaddr.test,v=spf1 -all",
            "--mx-host=dangling.test,noaddr.test,10",
        ])
        cls.cleanups.append(lambda: stop_dnsmasq(cls.dns))

        cls.sink_port = free_ports(1)[0]
        cls.sink_dir = os.path.join(cls.tmp, "sink")
        os.mkdir(cls.sink_dir)
        os.chmod(cls.sink_dir, 0o777)  # smtp-sink drops to the -u user before writing
        cls.sink = subprocess.Popen([SMTP_SINK, "-u", "nobody", "-d", cls.sink_dir + "/msg.",
                                     "127.0.0.1:%d" % cls.sink_port, "50"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        cls.cleanups.append(lambda: (cls.sink.terminate(), cls.sink.wait()))
        if not wait_until(lambda: cls.sink.poll() is not None or listening(cls.sink_port), 10) or \
                cls.sink.poll() is not None:
            raise AssertionError("smtp-sink did not start")

        cert, key = os.path.join(cls.tmp, "cert.pem"), os.path.join(cls.tmp, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                        "/CN=aiosmtpd.test", "-keyout", key, "-out", cert], check=True, capture_output=True)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        cls.recorder = Recorder()
        cls.aio_port = free_ports(1)[0]
        cls.aio = Controller(cls.recorder, hostname="127.0.0.1", port=cls.aio_port, tls_context=context,
                             require_starttls=False, ready_timeout=10)
        cls.aio.start()
        cls.cleanups.append(cls.aio.stop)

        cls.relay = Relay({"delivery.enabled": "true", "delivery.dns_server": cls.dns_address, "delivery.mx_port": cls.sink_port,
                           "delivery.poll_interval": 1, "delivery.retry_first": 60, "delivery.retry_max": 120,
                           "delivery.command_timeout": 5, "delivery.connect_timeout": 5,
                           "server.hostname": "relay.test"}, prefix="relaydesk-mx-")
        cls.cleanups.append(cls.relay.cleanup)
        cls.relay.cli("route", "add", "*.tls.test", "127.0.0.1:%d" % cls.aio_port)
        cls.relay.cli("route", "add", "sender.test", "127.0.0.1:%d" % cls.aio_port, "--tls", "opportunistic")
        cls.relay.create_agent("billing", allow=("127.0.0.1",), trusted=("127.0.0.1",))
        cls.relay.start()

    # -- helpers ------------------------------------------------------------------------------------------
    def states(self, queue_id):
        with contextlib.closing(self.relay.db()) as db:
            return {r[0]: r[1] for r in db.execute(
                "SELECT r.address, r.state FROM recipients r JOIN messages m ON m.id = r.message_id"
                " WHERE m.queue_id = ?", (queue_id,))}

    def wait_states(self, queue_id, expected, timeout=20):
        self.assertTrue(wait_until(lambda: self.states(queue_id) == expected, timeout),
                        "%s: %s, log: %s" % (queue_id, self.states(queue_id), self.log_for(queue_id)))

    def log_for(self, queue_id):
        entries = json.loads(self.relay.cli("log", "search", "--since", "1h", json_output=True).stdout)
        return [e for e in entries if e["queue_id"] == queue_id]

    def sink_messages(self):
        found = []
        for root, _, files in os.walk(self.sink_dir):
            for name in files:
                with open(os.path.join(root, name), "rb") as f:
                    found.append(f.read())
        return found

    def sink_has(self, marker):
        return any(marker.encode() in m for m in self.sink_messages())

    # -- tests --------------------------------------------------------------------------------------------
    def test_mx_delivery_into_smtp_sink(self):
        queue_id = submit(self.relay, ["alice@mx.test", "bob@mx.test"], "mx one")
        self.wait_states(queue_id, {"alice@mx.test": "delivered", "bob@mx.test": "delivered"})
        self.assertTrue(wait_until(lambda: self.sink_has("Body of mx one."), 5))
        log = self.log_for(queue_id)
        self.assertEqual(sorted(e["recipient"] for e in log), ["alice@mx.test", "bob@mx.test"])
        for entry in log:
            self.assertEqual((entry["route"], entry["host"], entry["ip"], entry["port"], entry["code"],
                              entry["sign"]), ("mx", "mx1.mx.test", "127.0.0.1", self.sink_port, 250, "green"))
            self.assertEqual(entry["tls_version"], "", entry)  # smtp-sink offers no STARTTLS: plaintext
        # Both recipients in one transaction (one MAIL FROM, two RCPT TO).
        transcript = log[0]["transcript"]
        self.assertEqual(transcript.count("MAIL FROM:"), 1, transcript)
        self.assertEqual(transcript.count("RCPT TO:"), 2, transcript)

    def test_next_mx_after_connection_failure(self):
        queue_id = submit(self.relay, ["carol@fallback.test"], "fallback")
        self.wait_states(queue_id, {"carol@fallback.test": "delivered"})
        self.assertTrue(wait_until(lambda: self.sink_has("Body of fallback."), 5))
        entry = self.log_for(queue_id)[-1]
        self.assertEqual((entry["host"], entry["ip"]), ("live.fallback.test", "127.0.0.1"), entry)
        self.assertIn("127.0.0.2", entry["transcript"])  # the preferred MX was tried first
        # The connection test goes on to the next host as delivery does: a warning, not FAIL and exit 1 (an
        # outside tester's route test failed while the mail went to the second host).
        tested = self.relay.cli("route", "test", "fallback.test", check=False)
        self.assertEqual(tested.returncode, 0, (tested.stdout, tested.stderr))
        self.assertIn("Delivery tries the next MX host, live.fallback.test, and so does this test.", tested.stdout)
        self.assertIn("live.fallback.test resolves to 127.0.0.1", tested.stdout)
        self.assertIn("Usable, with warnings", tested.stdout)

    def test_implicit_mx_from_the_address_record(self):
        queue_id = submit(self.relay, ["dave@implicit.test"], "implicit")
        self.wait_states(queue_id, {"dave@implicit.test": "delivered"})
        entry = self.log_for(queue_id)[-1]
        self.assertEqual((entry["host"], entry["ip"], entry["port"]), ("implicit.test", "127.0.0.1",
                                                                       self.sink_port), entry)

    def test_address_literal_goes_to_that_address(self):
        # RFC 5321 4.1.3: user@[127.0.0.1] is delivered to 127.0.0.1 with no DNS question; it was deferred for
        # days with "451 4.4.3 DNS lookup for [127.0.0.1] failed: Invalid domain name". An address of this
        # machine or of a private network is refused by default (an outside tester made the relay connect to
        # its own machine): first refused, then taken once delivery.internal_literals allows it.
        with smtplib.SMTP(*self.relay.address("lan"), timeout=20) as client:
            client.ehlo("client.test")
            client.mail(SENDER)
            code, text = client.rcpt("erin@[127.0.0.1]")
            self.assertEqual((code, text.decode()), (550, "5.7.1 This relay does not deliver to an address of its "
                                                          "own machine or of a private network: write to a domain "
                                                          "name"))
        self.relay.cli("config", "set", "delivery.internal_literals", "true")
        self.addCleanup(self.relay.cli, "config", "reset", "delivery.internal_literals")
        queue_id = submit(self.relay, ["erin@[127.0.0.1]"], "literal")
        self.wait_states(queue_id, {"erin@[127.0.0.1]": "delivered"})
        self.assertTrue(wait_until(lambda: self.sink_has("Body of literal."), 5))
        entry = self.log_for(queue_id)[-1]
        self.assertEqual((entry["host"], entry["ip"], entry["port"], entry["sign"]),
                         ("127.0.0.1", "127.0.0.1", self.sink_port, "green"), entry)
        self.assertIn("RCPT TO:<erin@[127.0.0.1]>", entry["transcript"])

    def test_null_mx_bounces_at_once_with_a_dsn(self):
        started = time.monotonic()
        queue_id = submit(self.relay, ["erin@nullmx.test", "frank@mx.test"], "null mx")
        self.wait_states(queue_id, {"erin@nullmx.test": "bounced", "frank@mx.test": "delivered"}, timeout=15)
        self.assertLess(time.monotonic() - started, 15)  # no retry schedule (retry_first is 60 s)
        entry = [e for e in self.log_for(queue_id) if e["recipient"] == "erin@nullmx.test"]
        self.assertEqual(len(entry), 1, entry)
        self.assertEqual((entry[0]["code"], entry[0]["enhanced"], entry[0]["sign"]), (556, "5.1.10", "red"))

        # The DSN goes to the sender (sender.test is routed to aiosmtpd) with a null reverse path.
        self.assertTrue(wait_until(lambda: any(e["mail_from"] == "" for e in self.recorder.to(SENDER)), 15),
                        (self.recorder.envelopes, json.loads(self.relay.cli("log", "search", "--recipient", SENDER, json_output=True).stdout)))
        dsn = [e for e in self.recorder.to(SENDER) if e["mail_from"] == "" and b"null.mx" in e["data"]]
        self.assertEqual(len(dsn), 1)
        message = email.message_from_bytes(dsn[0]["data"], policy=email.policy.compat32)
        self.assertEqual(message.get_content_type(), "multipart/report")
        self.assertEqual(message.get_param("report-type"), "delivery-status")
        parts = message.get_payload()
        self.assertEqual([p.get_content_type() for p in parts],
                         ["text/plain", "message/delivery-status", "text/rfc822-headers"])
        per_recipient = parts[1].get_payload()[1:]
        self.assertEqual(len(per_recipient), 1)  # only the bounced recipient, not the delivered one
        self.assertEqual(per_recipient[0]["Final-Recipient"].split(";")[1].strip(), "erin@nullmx.test")
        self.assertEqual(per_recipient[0]["Action"], "failed")
        self.assertEqual(per_recipient[0]["Status"], "5.1.10")
        self.assertIn("556", per_recipient[0]["Diagnostic-Code"])
        self.assertIn("Message-ID: <null.mx@sender.test>", parts[2].get_payload())

    def test_unknown_domain_is_permanent(self):
        queue_id = submit(self.relay, ["gina@nowhere.test"], "nxdomain")
        self.wait_states(queue_id, {"gina@nowhere.test": "bounced"})
        entry = self.log_for(queue_id)[-1]
        self.assertEqual((entry["code"], entry["enhanced"]), (550, "5.1.2"), entry)
        # Bounced, not suppressed: the domain's condition, which the next DNS answer may change (an outside
        # tester's every address of a domain stayed blocked after one NXDOMAIN).
        self.assertNotIn("gina@nowhere.test", self.relay.cli("suppression", "list", "billing").stdout)
        # No host was reached: the HOST column says so instead of showing the route as if "mx" had answered.
        shown = self.relay.cli("queue", "show", queue_id).stdout
        attempts = shown[shown.index("\nATTEMPT "):]  # the attempts table, after the recipients'
        row = next(line for line in attempts.splitlines() if "gina@nowhere.test" in line)
        self.assertIn(" - (mx) ", row)
        logged = self.relay.cli("log", "search", "--recipient", "gina@nowhere.test", "--since", "1h").stdout
        self.assertIn(" - (mx) ", next(line for line in logged.splitlines() if "gina@nowhere.test" in line))

    def test_a_domain_with_no_mail_server_bounces_at_once(self):
        # An outside tester: no MX, A or AAAA (each answered empty) was "451 4.4.3 DNS lookup for noaddr.test
        # failed: Invalid reply received", retried for five days; an MX whose host has no address the same.
        # RFC 5321 5.1 makes both an error.
        started = time.monotonic()
        queue_id = submit(self.relay, ["hank@noaddr.test", "ida@dangling.test"], "no mail server")
        self.wait_states(queue_id, {"hank@noaddr.test": "bounced", "ida@dangling.test": "bounced"}, timeout=20)
        self.assertLess(time.monotonic() - started, 20)  # no retry schedule (retry_first is 60 s)
        replies = {e["recipient"]: (e["code"], e["enhanced"], e["reply"]) for e in self.log_for(queue_id)}
        self.assertEqual(replies["hank@noaddr.test"][:2], (550, "5.1.2"), replies)
        self.assertIn("has no mail server", replies["hank@noaddr.test"][2])
        self.assertEqual(replies["ida@dangling.test"][:2], (550, "5.4.4"), replies)
        self.assertIn("MX host noaddr.test of dangling.test has no address records", replies["ida@dangling.test"][2])
        # One notice for the message, naming both (an outside tester's sender got one for each domain).
        def notices():
            return [e for e in self.recorder.to(SENDER) if e["mail_from"] == "" and b"no.mail.server@" in e["data"]]
        self.assertTrue(wait_until(lambda: notices(), 15), self.recorder.envelopes)
        time.sleep(2)  # a second notice would follow within the same queue pass
        self.assertEqual(len(notices()), 1, [n["data"][:300] for n in notices()])
        report = email.message_from_bytes(notices()[0]["data"], policy=email.policy.compat32).get_payload()[1]
        self.assertEqual(sorted(p["Final-Recipient"].split(";")[1].strip() for p in report.get_payload()[1:]),
                         ["hank@noaddr.test", "ida@dangling.test"])

    def test_wildcard_route_with_opportunistic_starttls(self):
        queue_id = submit(self.relay, ["hank@a.tls.test", "ida@b.c.tls.test"], "starttls")
        self.wait_states(queue_id, {"hank@a.tls.test": "delivered", "ida@b.c.tls.test": "delivered"})
        for address in ("hank@a.tls.test", "ida@b.c.tls.test"):
            received = self.recorder.to(address)
            self.assertEqual(len(received), 1, address)
            self.assertTrue(received[0]["tls"], "aiosmtpd saw a plaintext session")
            self.assertIn(b"Body of starttls.", received[0]["data"])
        log = json.loads(self.relay.cli("log", "search", "--recipient", "hank@a.tls.test", "--since", "1h",
                                        json_output=True).stdout)
        self.assertEqual(len(log), 1, log)
        entry = log[0]
        self.assertEqual((entry["route"], entry["host"], entry["port"], entry["sign"]),
                         ("route", "127.0.0.1", self.aio_port, "green"), entry)
        self.assertIn(entry["tls_version"], ("TLSv1.2", "TLSv1.3"), entry)
        self.assertNotEqual(entry["tls_cipher"], "", entry)
        # Later jobs may reuse the encrypted connection (RSET); the one that opened it shows the handshake.
        routed = [e for e in json.loads(self.relay.cli("log", "search", "--since", "1h", json_output=True).stdout)
                  if e["port"] == self.aio_port]
        self.assertTrue(any("C: STARTTLS" in e["transcript"] for e in routed), routed)
        self.assertTrue(all(e["tls_version"] in ("TLSv1.2", "TLSv1.3") for e in routed), routed)
        # The wildcard covers subdomains only: tls.test itself has no route and no DNS (NXDOMAIN).
        queue_id = submit(self.relay, ["jo@tls.test"], "apex")
        self.wait_states(queue_id, {"jo@tls.test": "bounced"})
        self.assertEqual(self.recorder.to("jo@tls.test"), [])


if __name__ == "__main__":
    unittest.main(verbosity=2)
