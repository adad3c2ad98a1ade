"""DKIM signing end to end (docs/operations.md, "DKIM"): a headless engine signs what an agent submits for a
domain with DKIM keys, delivers it through a route into a capturing aiosmtpd receiver on loopback, and what
arrives verifies with two independent verifiers:

- python3-dkim (dkimpy), every signature on its own, once with the public keys that `relaydesk domain records
  --json` prints handed over by a dnsfunc, and once through real DNS: dnsmasq serves those TXT records on
  127.0.0.X:53 and dkimpy (dnspython) asks it from a private mount namespace (unshare -m) in which
  /etc/resolv.conf names that dnsmasq, so that the machine's resolver is left alone;
- OpenDKIM's own verifier, `opendkim -t` (its test mode), with the same records given as TestPublicKeys.
  What could not be done: OpenDKIM asking dnsmasq. Debian 12's opendkim and opendkim-testkey resolve through
  libunbound, which sent no query to a dnsmasq named by Nameservers, by an unbound configuration
  (ResolverConfiguration) or by resolv.conf, on 127.0.0.X or on an address in a private network namespace;
  and opendkim-testmsg (opendkim-tools 2.11.0~beta2) answers "dkim_chunk(): Syntax error" to every message,
  even one dkimpy signed.

The messages include long folded header fields, an 8-bit body, trailing blank lines and a signature that was
there before; a body changed after signing fails both verifiers (the check can fail). Key files are 0600.
Signing happens when a message is first handed to delivery, once: a recipient deferred with 451 gets, seconds
later, the very bytes of its first attempt, and so does a recipient of the same message on another receiver. A key
replaced by a rotation stays published past its grace period while a deferred message carries its signature, and
that message's retry verifies against the published records; dkim.grace_days is at least 1.
Needs root (dnsmasq on port 53, unshare), /usr/sbin/dnsmasq, opendkim, python3-dkim and aiosmtpd
(scripts/install-deps.sh --test): without them the test fails rather than skips.
"""

import contextlib
import json
import os
import re
import shutil
import smtplib
import stat
import subprocess
import tempfile
import threading
import time
import unittest

from relaydesk_harness import (PeersTestCase, Relay, client_tls_context, free_ports, start_dnsmasq, stop_dnsmasq,
                               store_connection, wait_until)
from test_delivery_mx import Recorder

import dkim
from aiosmtpd.controller import Controller

DOMAIN = "example.test"
LATER_DOMAIN = "later.test"
ROTATE_DOMAIN = "rotate.test"
OPENDKIM = "/usr/sbin/opendkim"

LONG_TO = ",\r\n ".join("person%02d@dest.test" % i for i in range(12))
HARD_MESSAGE = (
    b"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=upstream.test; s=old;\r\n"
    b"\th=from:subject; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\r\n"
    b"\tb=dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZQ==\r\n"
    b"From: =?UTF-8?Q?Buchhaltung_M=C3=BCller?= <billing@example.test>\r\n"
    b"To: " + LONG_TO.encode() + b"\r\n"
    b"Subject: A subject long enough to be folded by the sender, once here\r\n"
    b"\tand   once   more\t here, with runs of whitespace   \r\n"
    b"X-Long: " + b"x" * 70 + b"\r\n " + b"y" * 70 + b"\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"Content-Transfer-Encoding: 8bit\r\n"
    b"\r\n"
    b"Gr\xc3\xbc\xc3\x9fe aus M\xc3\xbcnchen,  the   invoice  is attached.  \r\n"
    b"\r\n"
    b"\xe2\x82\xac 1.234,00 \xe2\x80\x94 f\xc3\xa4llig am 1. Dezember\r\n"
    b"\r\n"
    b"\r\n"
    b"   \r\n"
    b"\r\n")
PLAIN_MESSAGE = (b"From: Billing <billing@example.test>\r\n"
                 b"To: person@dest.test\r\n"
                 b"Subject: Plain\r\n"
                 b"\r\n"
                 b"A plain message.\r\n")


def signatures(message):
    """The DKIM-Signature fields of message, top to bottom, as {tag: value}."""
    found = []
    header = message.split(b"\r\n\r\n", 1)[0]
    for field in header.replace(b"\r\n ", b" ").replace(b"\r\n\t", b" ").split(b"\r\n"):
        name, _, value = field.partition(b":")
        if name.strip().lower() == b"dkim-signature":
            tags = {}
            for tag in value.split(b";"):
                key, _, tag_value = tag.partition(b"=")
                tags[key.strip().decode()] = b"".join(tag_value.split()).decode()
            found.append(tags)
    return found


class DeferFirst(Recorder):
    """aiosmtpd handler that answers 451 to the first DATA of every message (by Subject) and keeps each
    attempt's bytes with its time, then accepts the next one like Recorder."""

    def __init__(self):
        super().__init__()
        self.attempts = []

    async def handle_DATA(self, server, session, envelope):
        data = envelope.original_content or envelope.content
        subject = re.search(rb"\r\nSubject: ([^\r]*)", data)
        with self.lock:
            self.attempts.append({"time": time.time(), "data": data})
            first = len([a for a in self.attempts if subject and subject.group(0) in a["data"]]) == 1
        if first:
            return "451 4.3.0 Try again later"
        return await super().handle_DATA(server, session, envelope)


class Gate(Recorder):
    """aiosmtpd handler that answers 451 to every DATA while closed, then accepts like Recorder."""

    def __init__(self):
        super().__init__()
        self.open = False
        self.attempts = 0

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.attempts += 1
            if not self.open:
                return "451 4.3.0 Try again later"
        return await super().handle_DATA(server, session, envelope)


class DkimSigning(PeersTestCase):
    @classmethod
    def setUpClass(cls):
        missing = [what for what, ok in (
            ("root", os.geteuid() == 0),
            ("/usr/sbin/dnsmasq (dnsmasq-base)", os.access("/usr/sbin/dnsmasq", os.X_OK)),
            ("/usr/sbin/opendkim (opendkim)", os.access(OPENDKIM, os.X_OK)),
            ("unshare (util-linux)", shutil.which("unshare") is not None)) if not ok]
        if missing:
            raise AssertionError("test_dkim needs " + ", ".join(missing) + " (scripts/install-deps.sh --test)")
        super().setUpClass()

    @classmethod
    def _start(cls):
        cls.recorder = Recorder()
        port = free_ports(1)[0]
        cls.receiver = Controller(cls.recorder, hostname="127.0.0.1", port=port, ready_timeout=10)
        cls.receiver.start()
        cls.cleanups.append(cls.receiver.stop)

        cls.deferrer = DeferFirst()
        defer_port = free_ports(1)[0]
        cls.defer_receiver = Controller(cls.deferrer, hostname="127.0.0.1", port=defer_port, ready_timeout=10)
        cls.defer_receiver.start()
        cls.cleanups.append(cls.defer_receiver.stop)

        cls.gate = Gate()
        gate_port = free_ports(1)[0]
        cls.gate_receiver = Controller(cls.gate, hostname="127.0.0.1", port=gate_port, ready_timeout=10)
        cls.gate_receiver.start()
        cls.cleanups.append(cls.gate_receiver.stop)

        cls.relay = Relay({"delivery.enabled": "true", "delivery.poll_interval": 1, "delivery.retry_first": 2,
                           "server.hostname": "relay.test"}, prefix="relaydesk-dkim-")
        cls.cleanups.append(cls.relay.cleanup)
        cls.relay.cli("route", "add", "dest.test", "127.0.0.1:%d" % port, "--tls", "none")
        cls.relay.cli("route", "add", "defer.test", "127.0.0.1:%d" % defer_port, "--tls", "none")
        cls.relay.cli("route", "add", "gate.test", "127.0.0.1:%d" % gate_port, "--tls", "none")
        cls.relay.cli("dkim", "enable", ROTATE_DOMAIN)
        cls.credential = cls.relay.create_agent("billing")
        enabled = json.loads(cls.relay.cli("dkim", "enable", DOMAIN, json_output=True).stdout)
        assert enabled["created"] and len(enabled["keys"]) == 2, enabled
        cls.relay.start()

    # -- helpers ------------------------------------------------------------------------------------------
    def submit(self, message, recipients=("person@dest.test",), sender="billing@example.test"):
        with smtplib.SMTP(*self.relay.address("submission"), timeout=20) as client:
            client.starttls(context=client_tls_context())
            client.login(self.credential["username"], self.credential["password"])
            client.sendmail(sender, list(recipients), message)

    def received(self, marker, count=1):
        def found():
            return [e["data"] for e in self.recorder.envelopes if marker in e["data"]]
        self.assertTrue(wait_until(lambda: len(found()) >= count, 20),
                        "not delivered: %r\n%s" % (marker, "\n".join(self.relay.stderr_lines[-20:])))
        return found()[0]

    def txt_records(self, domain):
        output = json.loads(self.relay.cli("domain", "records", domain, json_output=True).stdout)
        return {r["name"]: r for r in output["records"]}

    def dkimpy_verifies(self, message, index, domain=DOMAIN, records=None):
        """records: those of `domain records --json` read earlier (default: read now)."""
        records = records if records is not None else self.txt_records(domain)

        def dnsfunc(name, timeout=5):
            record = records.get(name.decode().rstrip("."))
            return "".join(record["strings"]).encode() if record else None

        try:
            return dkim.DKIM(message).verify(idx=index, dnsfunc=dnsfunc)
        except dkim.DKIMException:  # a changed body is a "body hash mismatch" error
            return False

    @contextlib.contextmanager
    def dns(self, domain=DOMAIN):
        """dnsmasq serving domain's DKIM records, and a resolv.conf that names it."""
        txt = []
        for name, record in self.txt_records(domain).items():
            if record["kind"] == "dkim":
                txt.append("--txt-record=%s,%s" % (name, ",".join(record["strings"])))
        process, address = start_dnsmasq(txt)
        directory = tempfile.mkdtemp(prefix="relaydesk-dkim-dns-")
        try:
            resolv = os.path.join(directory, "resolv.conf")
            with open(resolv, "w") as f:
                f.write("nameserver %s\noptions attempts:2 timeout:2\n" % address)
            yield resolv
        finally:
            stop_dnsmasq(process)
            shutil.rmtree(directory, ignore_errors=True)

    def in_namespace(self, resolv, command, stdin=None):
        """Runs command where /etc/resolv.conf is resolv (a private mount namespace)."""
        script = 'mount --bind "$1" /etc/resolv.conf && shift && exec "$@"'
        return subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", resolv] + command, input=stdin,
                              capture_output=True, timeout=60)

    def dkimpy_verifies_through_dns(self, resolv, message, index):
        """dkimpy with its own DNS lookups (dnspython and resolv.conf) in the namespace that names dnsmasq."""
        script = "import dkim, sys; sys.exit(0 if dkim.DKIM(sys.stdin.buffer.read()).verify(idx=%d) else 3)" % index
        result = self.in_namespace(resolv, ["/usr/bin/python3", "-c", script], message)
        return result.returncode == 0, result

    def opendkim_results(self, message, domain=DOMAIN):
        """OpenDKIM's verdict per signature: {(algorithm, selector): "pass" | "fail" | ...}."""
        directory = tempfile.mkdtemp(prefix="relaydesk-opendkim-")
        try:
            keys, conf, path = (os.path.join(directory, n) for n in ("keys", "opendkim.conf", "message.eml"))
            with open(keys, "w") as f:
                for name, record in self.txt_records(domain).items():
                    if record["kind"] == "dkim":
                        f.write("%s %s\n" % (name, record["value"]))
            with open(conf, "w") as f:
                f.write("Mode v\nTestPublicKeys %s\n" % keys)
            with open(path, "wb") as f:
                f.write(message)
            result = subprocess.run([OPENDKIM, "-x", conf, "-t", path, "-vv"], capture_output=True, timeout=60)
        finally:
            shutil.rmtree(directory, ignore_errors=True)
        output = (result.stdout + result.stderr).decode("utf-8", "replace")
        verdicts = {}
        for match in re.finditer(r"dkim=(\w+)[^;]*?header\.a=([\w-]+) header\.s=([\w-]+)", output):
            verdicts[(match.group(2), match.group(3))] = match.group(1)
        return verdicts, output

    # -- tests --------------------------------------------------------------------------------------------
    def test_key_files_are_owner_only(self):
        keys = os.path.join(self.relay.dir, "dkim")
        if os.path.exists(os.path.join(self.relay.dir, "store.conf")):
            # PostgreSQL: the private keys are node_secrets rows, no file (docs/postgresql.md).
            self.assertFalse(os.path.exists(keys))
            with contextlib.closing(store_connection(self.relay.dir)) as db:
                names = [r[0] for r in db.execute("SELECT name FROM node_secrets WHERE name LIKE 'dkim/%'")]
            self.assertEqual(len([n for n in names if n.startswith("dkim/%s/" % DOMAIN)]), 2)
            return
        self.assertEqual(stat.S_IMODE(os.stat(keys).st_mode), 0o700)
        files = []
        for root, dirs, names in os.walk(keys):
            for name in dirs:
                self.assertEqual(stat.S_IMODE(os.stat(os.path.join(root, name)).st_mode), 0o700)
            files += [os.path.join(root, n) for n in names]
        self.assertEqual(len([f for f in files if os.path.dirname(f).endswith("/" + DOMAIN)]), 2)
        for path in files:
            self.assertEqual(stat.S_IMODE(os.stat(path).st_mode), 0o600, path)
            with open(path, "rb") as f:
                pem = f.read()
            self.assertNotIn(pem.split(b"\n")[1], "\n".join(self.relay.stderr_lines).encode())

    def test_records(self):
        records = self.txt_records(DOMAIN)
        kinds = sorted(r["kind"] for r in records.values())
        self.assertEqual(kinds, ["dkim", "dkim", "dmarc", "spf"])
        for record in records.values():
            self.assertTrue(all(len(s) <= 255 for s in record["strings"]), record)
            self.assertEqual("".join(record["strings"]), record["value"])
        dkim_records = [r for r in records.values() if r["kind"] == "dkim"]
        self.assertEqual(sorted(r["value"].split(";")[1].strip() for r in dkim_records), ["k=ed25519", "k=rsa"])
        self.assertTrue(all(r["name"].endswith("._domainkey." + DOMAIN) for r in dkim_records))
        self.assertEqual(records[DOMAIN]["value"], "v=spf1 ip4:YOUR.PUBLIC.IP ~all")
        self.assertEqual(records["_dmarc." + DOMAIN]["value"],
                         "v=DMARC1; p=none; rua=mailto:postmaster@" + DOMAIN)
        text = self.relay.cli("domain", "records", DOMAIN).stdout
        self.assertIn('._domainkey.%s. TXT "v=DKIM1; k=rsa; p=' % DOMAIN, text)  # absolute, as a zone file takes it

    def test_hard_message_verifies_with_dkimpy_and_opendkim(self):
        self.submit(HARD_MESSAGE.replace(b"Subject: A subject", b"Subject: Hard A subject"),
                    recipients=["person%02d@dest.test" % i for i in range(12)])
        message = self.received(b"Subject: Hard A subject")
        found = signatures(message)
        self.assertEqual(len(found), 3, message[:2000])
        rsa, ed, old = found
        self.assertEqual((rsa["a"], ed["a"], old["d"]), ("rsa-sha256", "ed25519-sha256", "upstream.test"))
        for tags in (rsa, ed):
            self.assertEqual(tags["c"], "relaxed/relaxed")
            self.assertEqual(tags["d"], DOMAIN)
            self.assertEqual(tags["h"].split(":")[:2], ["from", "from"])  # From oversigned
            self.assertNotIn("received", tags["h"].split(":"))
            self.assertNotIn("l", tags)
            self.assertLess(abs(int(tags["t"]) - time.time()), 300)
        self.assertIn(b"\xe2\x82\xac 1.234,00", message)  # the 8-bit body arrived as it was signed

        self.assertTrue(self.dkimpy_verifies(message, 0), "dkimpy: rsa-sha256")
        self.assertTrue(self.dkimpy_verifies(message, 1), "dkimpy: ed25519-sha256")
        self.assertFalse(self.dkimpy_verifies(message, 2), "the old signature is not ours and is bogus")
        altered = message.replace(b"1.234,00", b"9.234,00")
        self.assertFalse(self.dkimpy_verifies(altered, 0))
        self.assertFalse(self.dkimpy_verifies(altered, 1))
        # Oversigned: a Subject: or Reply-To: added on the way breaks both (an outside tester's copy still
        # verified with them, only From was oversigned).
        for added in (b"Subject: URGENT: new bank details\r\n", b"Reply-To: eve@evil.test\r\n"):
            tampered = message.replace(b"\r\n\r\n", b"\r\n" + added + b"\r\n", 1)
            self.assertNotEqual(tampered, message)
            self.assertFalse(self.dkimpy_verifies(tampered, 0), added)
            self.assertFalse(self.dkimpy_verifies(tampered, 1), added)

        with self.dns() as resolv:
            for index in (0, 1):
                ok, result = self.dkimpy_verifies_through_dns(resolv, message, index)
                self.assertTrue(ok, "dkimpy through dnsmasq, signature %d: %r" % (index, result.stderr[-2000:]))
                ok, result = self.dkimpy_verifies_through_dns(resolv, altered, index)
                self.assertFalse(ok, "dkimpy through dnsmasq accepted an altered body (signature %d)" % index)

        verdicts, output = self.opendkim_results(message)
        self.assertEqual(verdicts.get(("rsa-sha256", rsa["s"])), "pass", output)
        self.assertEqual(verdicts.get(("ed25519-sha256", ed["s"])), "pass", output)
        verdicts, output = self.opendkim_results(altered)
        self.assertEqual(verdicts.get(("rsa-sha256", rsa["s"])), "fail", output)
        self.assertEqual(verdicts.get(("ed25519-sha256", ed["s"])), "fail", output)

    def test_a_key_whose_private_key_is_gone_is_said(self):
        # An outside tester moved the key files away: the mail left unsigned, and `dkim list` still said
        # "active" (the engine's log alone said why).
        domain = "gone.test"
        made = json.loads(self.relay.cli("dkim", "enable", domain, json_output=True).stdout)
        lost = made["keys"][0]["selector"]
        if os.path.exists(os.path.join(self.relay.dir, "store.conf")):
            # PostgreSQL: the private keys are node_secrets rows (docs/postgresql.md).
            with contextlib.closing(store_connection(self.relay.dir, read_only=False)) as db:
                db.execute("DELETE FROM node_secrets WHERE name LIKE ?", ("dkim/%s/%s%%" % (domain, lost),))
                db.commit()
        else:
            os.remove(os.path.join(self.relay.dir, "dkim", domain, lost + ".pem"))
        listed = self.relay.cli("dkim", "list", domain)
        self.assertRegex(listed.stdout, r"%s\s+\S+\s+active, CANNOT SIGN" % re.escape(lost))
        self.assertIn("relaydesk: warning: the DKIM key %s of %s cannot sign (" % (lost, domain), listed.stderr)
        self.assertIn("'relaydesk dkim rotate %s' makes new keys" % domain, listed.stderr)
        keys = {k["selector"]: k for k in json.loads(self.relay.cli("dkim", "list", domain, json_output=True).stdout)}
        self.assertIn("cannot_sign", keys[lost])
        self.assertEqual([s for s, k in keys.items() if "cannot_sign" in k], [lost])
        self.assertIn("dkim:      CANNOT SIGN with %s of %s" % (lost, domain), self.relay.cli("status").stdout)
        status = json.loads(self.relay.cli("status", json_output=True).stdout)
        self.assertEqual([k["selector"] for k in status["dkim_cannot_sign"]], [lost])
        # New keys sign again, and nothing is said any more.
        self.relay.cli("dkim", "rotate", domain)
        self.assertNotIn("CANNOT SIGN", self.relay.cli("dkim", "list", domain).stdout)
        self.relay.cli("dkim", "disable", domain)

    def test_unsigned_when_the_domain_has_no_keys(self):
        self.submit(PLAIN_MESSAGE.replace(b"example.test", b"nodkim.test").replace(b"Plain", b"NoKeys"),
                    sender="billing@nodkim.test")
        self.assertEqual(signatures(self.received(b"Subject: NoKeys")), [])

    def test_signed_as_the_mailbox_the_sender_check_reads(self):
        # The signer read From: its own way and took the first <...>, even inside an encoded word: mail from
        # eve@nodkim.test went out validly signed d=example.test. It now reads the mailbox the sender check does.
        trick = (b"From: =?utf-8?q?<billing@example.test>?= <eve@nodkim.test>\r\nTo: person@dest.test\r\n"
                 b"Subject: EncodedTrick\r\n\r\nPay to account X.\r\n")
        self.submit(trick, sender="eve@nodkim.test")
        self.assertEqual(signatures(self.received(b"Subject: EncodedTrick")), [])
        # And the other way round: a display name with a <...> in it no longer leaves example.test unsigned.
        named = (b"From: =?utf-8?q?Support_<help@nodkim.test>?= <billing@example.test>\r\nTo: person@dest.test\r\n"
                 b"Subject: EncodedName\r\n\r\nHello.\r\n")
        self.submit(named)
        message = self.received(b"Subject: EncodedName")
        self.assertEqual(len(signatures(message)), 2)
        self.assertTrue(self.dkimpy_verifies(message, 0) and self.dkimpy_verifies(message, 1))

    def test_signed_once_for_retries_and_every_receiver(self):
        # One message for two receivers: dest.test takes it at once, defer.test answers 451 to the first attempt
        # and takes the retry (delivery.retry_first: 2 s later, so a second signature would have another t=).
        subject = b"Subject: Signed once"
        self.submit(PLAIN_MESSAGE.replace(b"Subject: Plain", subject),
                    recipients=["person@dest.test", "person@defer.test"])
        at_once = self.received(subject + b"\r\n")
        # Kept with the body in the store while the deferred recipient waits for its retry (on PostgreSQL before
        # the first attempt, on SQLite with the first outcome; docs/operations.md, "When it is signed").
        def stored_fields():
            with contextlib.closing(store_connection(self.relay.dir)) as db:
                rows = list(db.execute("SELECT b.dkim_signature FROM message_bodies b JOIN messages m"
                                       " ON m.id = b.message_id WHERE m.subject = 'Signed once'"))
            return bytes(rows[0][0]) if rows and rows[0][0] is not None else None
        self.assertTrue(wait_until(lambda: stored_fields() is not None, 10), "no DKIM fields stored")
        stored = stored_fields()
        self.assertTrue(stored.startswith(b"DKIM-Signature:"), stored)
        self.assertTrue(at_once.startswith(stored) or b"\r\n" + stored in at_once, at_once[:1500])

        def retried():
            return [e["data"] for e in self.deferrer.envelopes if subject + b"\r\n" in e["data"]]
        self.assertTrue(wait_until(lambda: retried(), 30),
                        "the deferred recipient was not delivered:\n" + "\n".join(self.relay.stderr_lines[-20:]))
        later = retried()[0]
        attempts = [a for a in self.deferrer.attempts if subject + b"\r\n" in a["data"]]
        self.assertEqual(len(attempts), 2)
        self.assertGreater(attempts[1]["time"] - attempts[0]["time"], 1.5)

        found = signatures(later)
        self.assertEqual([f["a"] for f in found], ["rsa-sha256", "ed25519-sha256"])
        self.assertLess(int(found[0]["t"]), attempts[1]["time"] - 1)  # signed before the first attempt
        # The very same bytes: the 451 attempt, the retry, and the other receiver's copy.
        self.assertEqual(attempts[0]["data"], later)
        self.assertEqual(at_once, later)
        self.assertTrue(self.dkimpy_verifies(later, 0), "dkimpy: rsa-sha256 after the retry")
        self.assertTrue(self.dkimpy_verifies(later, 1), "dkimpy: ed25519-sha256 after the retry")

    def test_disable_says_whether_queued_mail_still_needs_the_records(self):
        # An outside tester disabled DKIM with signed mail in the queue, removed the records as told, and the
        # queued mail then arrived with signatures that failed. Its own domain, and the gate closed (it opens
        # only in test_rotated_..., which runs after this one).
        domain = "disable.test"
        self.relay.cli("dkim", "enable", domain)
        subject = b"Subject: Queued across a disable"
        self.submit(PLAIN_MESSAGE.replace(b"example.test", domain.encode()).replace(b"Subject: Plain", subject),
                    recipients=["someone@gate.test"], sender="billing@" + domain)

        def signed_and_deferred():
            with contextlib.closing(store_connection(self.relay.dir)) as db:
                rows = list(db.execute("SELECT b.dkim_signature FROM message_bodies b JOIN messages m"
                                       " ON m.id = b.message_id WHERE m.subject = 'Queued across a disable'"))
            return bool(rows and rows[0][0] is not None) and self.gate.attempts >= 1
        self.assertTrue(wait_until(signed_and_deferred, 20), "\n".join(self.relay.stderr_lines[-20:]))
        disabled = self.relay.cli("dkim", "disable", domain)
        self.assertIn("Queued mail still carries signatures of 2 of them: keep its DKIM records in DNS until that "
                      "mail has left the queue", disabled.stdout)
        self.assertNotIn("Remove its DKIM records from DNS.", disabled.stdout)
        # ... and which: printed now, since nothing lists them afterwards (a second outside tester).
        self.assertEqual(disabled.stdout.count("._domainkey.%s" % domain), 2, disabled.stdout)
        self.assertIn("v=DKIM1", disabled.stdout)
        # Nothing queued for a domain: remove them, as before.
        self.relay.cli("dkim", "enable", "idle.test")
        self.assertIn("Remove its DKIM records from DNS.", self.relay.cli("dkim", "disable", "idle.test").stdout)

    def test_enable_and_rotate_while_running(self):
        self.relay.cli("dkim", "enable", LATER_DOMAIN)
        marker = 0

        def send_until_signed(selector_prefix=None):
            # The engine reloads its keys when the 'dkim' topic moves (within a poll interval).
            nonlocal marker
            deadline = time.time() + 15
            while time.time() < deadline:
                marker += 1
                subject = b"Later %d" % marker
                self.submit(PLAIN_MESSAGE.replace(b"example.test", LATER_DOMAIN.encode())
                            .replace(b"Subject: Plain", b"Subject: " + subject), sender="a@" + LATER_DOMAIN)
                message = self.received(b"Subject: " + subject + b"\r\n")
                found = signatures(message)
                if found and (selector_prefix is None or any(f["s"].startswith(selector_prefix) for f in found)):
                    return message, found
                time.sleep(0.3)
            self.fail("mail from %s was not signed as expected" % LATER_DOMAIN)

        message, found = send_until_signed()
        self.assertEqual([f["d"] for f in found], [LATER_DOMAIN, LATER_DOMAIN])
        self.assertTrue(self.dkimpy_verifies(message, 0, LATER_DOMAIN))
        first = found[0]["s"]

        rotated = json.loads(self.relay.cli("domain", "rotate-dkim", LATER_DOMAIN, json_output=True).stdout)
        active = [k["selector"] for k in rotated["keys"] if k["state"] == "active"]
        grace = [k for k in rotated["keys"] if k["state"] == "grace"]
        self.assertEqual(len(active), 2)
        self.assertEqual(len(grace), 2)
        self.assertTrue(all(k["retire_at"] for k in grace))
        message, found = send_until_signed(active[0][:-len("-rsa")])
        # The replaced keys sign beside the new ones until their grace ends, on top: the new records may not
        # be published (or cached) yet, and mail signed only with them failed DKIM (an outside tester).
        self.assertEqual([f["s"] for f in found], [k["selector"] for k in grace] + active)
        for index in range(4):
            self.assertTrue(self.dkimpy_verifies(message, index, LATER_DOMAIN), "signature %d" % index)
        # Before the new records are published, the top signatures verify against what DNS still has.
        published_before = {name: record for name, record in self.txt_records(LATER_DOMAIN).items()
                            if not any(name.startswith(selector + ".") for selector in active)}
        self.assertTrue(self.dkimpy_verifies(message, 0, LATER_DOMAIN, published_before))
        self.assertFalse(self.dkimpy_verifies(message, 2, LATER_DOMAIN, published_before))
        # The old selector stays published for the grace period.
        self.assertIn("%s._domainkey.%s" % (first, LATER_DOMAIN), self.txt_records(LATER_DOMAIN))

    def test_grace_days_has_a_minimum(self):
        # 0 made a rotation retire the replaced keys at once, while the rotation said they stay published.
        refused = self.relay.cli("config", "set", "dkim.grace_days", "0", check=False)
        self.assertNotEqual(refused.returncode, 0, refused.stdout)
        self.assertIn("from 1 to", refused.stderr)
        self.relay.cli("config", "set", "dkim.grace_days", "1")
        self.relay.cli("config", "set", "dkim.grace_days", "7")

    def test_rotated_key_stays_published_while_queued_mail_carries_it(self):
        # A message signed at its first attempt and deferred keeps that signature for its retries; a rotation
        # whose grace period ends while it waits must not unpublish the key that signed it.
        subject = b"Subject: Queued across a rotation"
        self.submit(PLAIN_MESSAGE.replace(b"example.test", ROTATE_DOMAIN.encode()).replace(b"Subject: Plain", subject),
                    recipients=["person@gate.test"], sender="billing@" + ROTATE_DOMAIN)

        def stored_fields():
            with contextlib.closing(store_connection(self.relay.dir)) as db:
                rows = list(db.execute("SELECT b.dkim_signature FROM message_bodies b JOIN messages m"
                                       " ON m.id = b.message_id WHERE m.subject = 'Queued across a rotation'"))
            return bytes(rows[0][0]) if rows and rows[0][0] is not None else None
        self.assertTrue(wait_until(lambda: stored_fields() is not None and self.gate.attempts >= 1, 20),
                        "not signed and deferred:\n" + "\n".join(self.relay.stderr_lines[-20:]))
        signed_by = [f["s"] for f in signatures(stored_fields())]
        self.assertEqual(len(signed_by), 2, stored_fields())

        rotated = json.loads(self.relay.cli("domain", "rotate-dkim", ROTATE_DOMAIN, json_output=True).stdout)
        self.assertEqual(sorted(k["selector"] for k in rotated["keys"] if k["state"] == "grace"), sorted(signed_by))
        # The grace period passes while the message waits (its end moved into the past in the store).
        with contextlib.closing(store_connection(self.relay.dir, read_only=False)) as db:
            db.execute("UPDATE dkim_keys SET retire_at = 1 WHERE domain = ? AND state = 'grace'", (ROTATE_DOMAIN,))
            db.commit()
        records = self.txt_records(ROTATE_DOMAIN)
        for selector in signed_by:
            name = "%s._domainkey.%s" % (selector, ROTATE_DOMAIN)
            self.assertIn(name, records, "a key that queued mail carries was unpublished")
            self.assertIn("queue", records[name]["note"])
            if not os.path.exists(os.path.join(self.relay.dir, "store.conf")):
                self.assertTrue(os.path.exists(os.path.join(self.relay.dir, "dkim", ROTATE_DOMAIN, selector + ".pem")))
        self.assertIn("kept while queued mail carries its signature",
                      self.relay.cli("dkim", "list", ROTATE_DOMAIN).stdout)

        # The retry sends the signature of the first attempt, and it verifies against what is published.
        self.gate.open = True
        def arrived():
            return [e["data"] for e in self.gate.envelopes if subject + b"\r\n" in e["data"]]
        self.assertTrue(wait_until(lambda: arrived(), 60),
                        "not delivered:\n" + "\n".join(self.relay.stderr_lines[-20:]))
        message = arrived()[0]
        self.assertEqual([f["s"] for f in signatures(message)], signed_by)
        self.assertTrue(self.dkimpy_verifies(message, 0, ROTATE_DOMAIN, records), "dkimpy: rsa-sha256")
        self.assertTrue(self.dkimpy_verifies(message, 1, ROTATE_DOMAIN, records), "dkimpy: ed25519-sha256")

        # Once it has left, nothing carries the old keys: they retire, their private keys removed.
        def unlisted():
            listed = self.txt_records(ROTATE_DOMAIN)
            return not any("%s._domainkey.%s" % (s, ROTATE_DOMAIN) in listed for s in signed_by)
        self.assertTrue(wait_until(unlisted, 20), "the old keys were kept after the message left")
        for selector in signed_by:
            self.assertFalse(os.path.exists(os.path.join(self.relay.dir, "dkim", ROTATE_DOMAIN, selector + ".pem")))


if __name__ == "__main__":
    unittest.main()
