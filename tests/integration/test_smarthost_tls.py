"""Smarthost TLS is verified before AUTH (docs/operations.md, "Smarthost TLS"), against real TLS peers on loopback:
aiosmtpd with STARTTLS (or implicit TLS) and AUTH, its certificates made here with openssl: a test CA and server
certificates signed by it, and self-signed ones.

- signed by the CA given with --ca-file: delivered, AUTH sent;
- self-signed, no --ca-file (the system CA store): deferred 4.7.5 "certificate not trusted: self-signed", and the
  server never received an AUTH command (counted on the server side);
- --fingerprint of the server's certificate: delivered; of another certificate: deferred;
- a certificate for another name (signed by the trusted CA): deferred, "name mismatch";
- --insecure-skip-verify: delivered, and the engine logs a warning when it starts;
- a route with --tls verify --ca-file: delivered; without the CA file: deferred;
- `relaydesk smarthost test` shows the chain and the verdict, and stops before AUTH when it fails.

Run by ctest; RELAYDESK_BIN points at the relaydesk binary. Needs python3-aiosmtpd and openssl.
"""
import base64
import contextlib
import hashlib
import json
import os
import smtplib
import ssl
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from relaydesk_harness import Relay, free_ports, stored_secret, wait_until  # noqa: E402

from aiosmtpd.controller import Controller  # noqa: E402
from aiosmtpd.smtp import SMTP, AuthResult  # noqa: E402

USER = "relay-office"
PASSWORD = "Sm4rthost-s3cret-VALUE"
SENDER = "billing@office.test"


def openssl(*args):
    subprocess.run(["openssl"] + list(args), check=True, capture_output=True)


class Certificates:
    """A test CA and server certificates (EC P-256), in one temporary directory."""

    def __init__(self, directory):
        self.dir = directory
        self.ca = self.path("ca.pem")
        self.ca_key = self.path("ca.key")
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                "-subj", "/CN=RelayDesk Test CA", "-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign", "-keyout", self.ca_key, "-out", self.ca)

    def path(self, name):
        return os.path.join(self.dir, name)

    def signed(self, name, dns, san):
        """A certificate for san (subjectAltName) signed by the CA; returns (chain file: leaf then CA, key)."""
        key, csr, leaf, chain = (self.path(name + suffix) for suffix in (".key", ".csr", ".leaf.pem", ".pem"))
        ext = self.path(name + ".ext")
        with open(ext, "w") as f:
            f.write("subjectAltName=%s\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n" % san)
        openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj", "/CN=" + dns,
                "-keyout", key, "-out", csr)
        openssl("x509", "-req", "-in", csr, "-CA", self.ca, "-CAkey", self.ca_key, "-CAcreateserial", "-days", "2",
                "-extfile", ext, "-out", leaf)
        with open(chain, "w") as out, open(leaf) as a, open(self.ca) as b:
            out.write(a.read() + b.read())
        return chain, key

    def self_signed(self, name, dns, san):
        cert, key = self.path(name + ".pem"), self.path(name + ".key")
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                "-subj", "/CN=" + dns, "-addext", "subjectAltName=" + san, "-keyout", key, "-out", cert)
        return cert, key

    @staticmethod
    def fingerprint(cert_file):
        with open(cert_file) as f:
            der = ssl.PEM_cert_to_DER_cert(f.read().split("-----END CERTIFICATE-----")[0] + "-----END CERTIFICATE-----\n")
        return "SHA256:" + hashlib.sha256(der).hexdigest()


class TlsSmarthost:
    """aiosmtpd on 127.0.0.1 with STARTTLS (or implicit TLS) and AUTH PLAIN/LOGIN after TLS. Records, on the
    server side, every AUTH command that arrived and every message received."""

    def __init__(self, cert, key, implicit=False):
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.auth_commands = []
        self.logins = []
        self.messages = []
        server = self

        class Handler:
            async def handle_DATA(self, srv, session, envelope):
                server.messages.append((envelope.rcpt_tos, envelope.content))
                return "250 2.0.0 OK"

        class RecordingSMTP(SMTP):
            async def smtp_AUTH(self, arg):
                server.auth_commands.append(arg.split()[0] if arg else "")
                return await super().smtp_AUTH(arg)

        def authenticate(srv, session, envelope, mechanism, auth_data):
            server.logins.append(auth_data.login)
            ok = auth_data.login == USER.encode() and auth_data.password == PASSWORD.encode()
            return AuthResult(success=ok, handled=False)

        class RecordingController(Controller):
            def factory(self):
                return RecordingSMTP(self.handler, **self.SMTP_kwargs)

        self.port = free_ports(1)[0]
        # aiosmtpd does not count implicit TLS as TLS for auth_require_tls; the connection is TLS all the same.
        options = dict(authenticator=authenticate, auth_require_tls=not implicit, require_starttls=False)
        if implicit:
            self.controller = RecordingController(Handler(), hostname="127.0.0.1", port=self.port,
                                                  ssl_context=context, ready_timeout=10, **options)
        else:
            self.controller = RecordingController(Handler(), hostname="127.0.0.1", port=self.port,
                                                  tls_context=context, ready_timeout=10, **options)
        self.controller.start()

    def close(self):
        self.controller.stop()


class SmarthostTlsTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="relaydesk-smarthosttls-")
        cls.certs = Certificates(cls.tmp.name)
        # The smarthost is set as 127.0.0.1 (the engine resolves names through DNS only, and a DNS server on
        # port 53 would need root), so the certificates name that address (RFC 6125: an IP reference identity is
        # matched against iPAddress names); the wrong one names only other.test.
        here = "IP:127.0.0.1,DNS:smarthost.test"
        cls.good = cls.certs.signed("good", "smarthost.test", here)
        cls.wrong_name = cls.certs.signed("other", "other.test", "DNS:other.test")
        cls.self_signed = cls.certs.self_signed("self", "smarthost.test", here)
        cls.another = cls.certs.self_signed("another", "smarthost.test", here)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def setUp(self):
        self.relay = Relay({"delivery.enabled": "true", "delivery.poll_interval": 1, "delivery.retry_first": 600,
                            "delivery.command_timeout": 5, "delivery.connect_timeout": 5,
                            "server.hostname": "relay.test"}, prefix="relaydesk-smarthosttls-")
        self.relay.create_agent("billing", trusted=("127.0.0.1",))
        self.servers = []

    def tearDown(self):
        self.relay.cleanup()
        for server in self.servers:
            server.close()

    # -- helpers -------------------------------------------------------------------------------------------
    def server(self, cert_and_key, implicit=False):
        server = TlsSmarthost(*cert_and_key, implicit=implicit)
        self.servers.append(server)
        return server

    def set_smarthost(self, server, *options, tls="starttls", expect=0):
        command = [os.environ["RELAYDESK_BIN"], "--data-dir", self.relay.dir, "smarthost", "set",
                   "127.0.0.1:%d" % server.port, "--tls", tls, "--username", USER, "--password-stdin"] + list(options)
        result = subprocess.run(command, input=PASSWORD + "\n", capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, expect, result.stdout + result.stderr)
        return result

    def submit(self, recipient="carla@dest.test"):
        with smtplib.SMTP(*self.relay.address("lan"), timeout=20) as client:
            client.ehlo("client.test")
            client.sendmail(SENDER, [recipient], "From: %s\r\nTo: %s\r\nSubject: TLS test\r\n\r\nHello.\r\n"
                            % (SENDER, recipient))

    def recipient(self, address="carla@dest.test"):
        with contextlib.closing(self.relay.db()) as db:
            row = db.execute("SELECT state, last_enhanced, last_reply FROM recipients WHERE address = ?",
                             (address,)).fetchone()
        return dict(row) if row else None

    def transcript(self, address="carla@dest.test"):
        with contextlib.closing(self.relay.db()) as db:
            rows = db.execute("SELECT transcript FROM delivery_attempts WHERE recipient = ? ORDER BY id",
                              (address,)).fetchall()
        return "\n".join((row[0].decode() if isinstance(row[0], bytes) else row[0]) or "" for row in rows)

    def deliver_one(self, address="carla@dest.test"):
        """Starts the engine, submits one message, waits until it is delivered or deferred; returns the row."""
        self.relay.start()
        self.submit(address)
        self.assertTrue(wait_until(lambda: (self.recipient(address) or {}).get("state") in ("delivered", "deferred"),
                                   30), self.recipient(address))
        self.assertEqual(self.relay.stop(), 0)
        return self.recipient(address)

    def deliver_with_one_login(self, server):
        """Delivers one message and checks the server saw one AUTH PLAIN of USER and the message; the transcript."""
        row = self.deliver_one()
        self.assertEqual(row["state"], "delivered", row)
        self.assertEqual(server.auth_commands, ["PLAIN"])
        self.assertEqual(server.logins, [USER.encode()])
        self.assertEqual(len(server.messages), 1)
        return self.transcript()

    def assert_no_secret(self, text):
        self.assertNotIn(PASSWORD, text)
        self.assertNotIn(base64.b64encode(("\0%s\0%s" % (USER, PASSWORD)).encode()).decode(), text)

    def assert_deferred_without_auth(self, row, server, reason):
        self.assertEqual(row["state"], "deferred", row)
        self.assertEqual(row["last_enhanced"], "4.7.5", row)
        self.assertIn(reason, row["last_reply"])
        self.assertIn("AUTH not sent", row["last_reply"])
        # The server side: no AUTH command ever arrived, no login was tried, no message came.
        self.assertEqual(server.auth_commands, [])
        self.assertEqual(server.logins, [])
        self.assertEqual(server.messages, [])
        transcript = self.transcript()
        self.assertIn("refused: " + reason, transcript)
        self.assertNotIn("C: AUTH", transcript)
        self.assert_no_secret(transcript + row["last_reply"])

    # -- the cases ---------------------------------------------------------------------------------------
    def test_ca_file_verified_then_auth_and_delivery(self):
        server = self.server(self.good)
        result = self.set_smarthost(server, "--ca-file", self.certs.ca)
        self.assertIn("Certificate check at every connection: yes, against the CAs in %s and the host name"
                      % self.certs.ca, result.stdout)
        shown = json.loads(self.relay.cli("smarthost", "show", json_output=True).stdout)
        self.assertEqual((shown["verify"], shown["ca_file"]), ("ca-file", self.certs.ca))
        transcript = self.deliver_with_one_login(server)
        self.assertIn("verified against the CAs in %s" % self.certs.ca, transcript)
        self.assertIn("C: AUTH PLAIN <redacted>", transcript)
        self.assert_no_secret(transcript)

    def test_a_user_name_without_a_password_sends_no_auth(self):
        # An outside tester's server saw AUTH PLAIN with an empty password. smarthost set refuses a user name
        # without one now; a user name set alone as a setting still reaches delivery, which defers instead.
        server = self.server(self.good)
        self.relay.cli("smarthost", "set", "127.0.0.1:%d" % server.port, "--tls", "starttls", "--ca-file",
                       self.certs.ca)
        self.relay.cli("config", "set", "delivery.smarthost_username", USER)
        row = self.deliver_one()
        self.assertEqual(row["state"], "deferred", row)
        self.assertEqual(row["last_enhanced"], "4.7.0", row)
        self.assertIn("The smarthost password is not set", row["last_reply"])
        self.assertIn("AUTH not sent", row["last_reply"])
        self.assertEqual(server.auth_commands, [])
        self.assertEqual(server.logins, [])
        self.assertEqual(server.messages, [])
        self.assertNotIn("C: AUTH", self.transcript())

    def test_self_signed_without_ca_file_is_deferred_and_gets_no_auth(self):
        server = self.server(self.self_signed)
        self.set_smarthost(server)  # the default: the system CA store
        self.assertIn("verify:    yes, against the system CA store", self.relay.cli("smarthost", "show").stdout)
        row = self.deliver_one()
        self.assert_deferred_without_auth(row, server, "certificate not trusted: self-signed")
        # tls.trust_file adds to the system CAs, for delivery and for what `smarthost show` says.
        self.relay.cli("config", "set", "tls.trust_file", self.certs.ca)
        self.assertIn("verify:    yes, against the system CA store and the CAs in %s and the host name"
                      % self.certs.ca, self.relay.cli("smarthost", "show").stdout)

    def test_fingerprint_pin_matching_and_mismatching(self):
        server = self.server(self.self_signed, implicit=True)  # implicit TLS on the way
        pin = Certificates.fingerprint(self.self_signed[0])
        colons = "SHA256:" + ":".join(pin[7:][i:i + 2] for i in range(0, 64, 2)).upper()
        self.set_smarthost(server, "--fingerprint", colons, tls="implicit")
        self.assertEqual(json.loads(self.relay.cli("smarthost", "show", json_output=True).stdout)["fingerprint"],
                         colons)
        # A pin names one certificate: the host name is not checked, and the text does not claim it is.
        self.assertIn("verify:    yes, against the pinned certificate %s (the host name is not checked)" % colons,
                      self.relay.cli("smarthost", "show").stdout)
        row = self.deliver_one("first@dest.test")
        self.assertEqual(row["state"], "delivered", row)
        self.assertEqual(server.logins, [USER.encode()])

        other = Certificates.fingerprint(self.another[0])
        self.set_smarthost(server, "--fingerprint", other, tls="implicit")  # bare hex with SHA256:, no colons
        server.auth_commands.clear()
        server.logins.clear()
        server.messages.clear()
        row = self.deliver_one()
        self.assert_deferred_without_auth(row, server, "fingerprint mismatch")

    def test_name_mismatch_is_deferred(self):
        server = self.server(self.wrong_name)
        self.set_smarthost(server, "--ca-file", self.certs.ca)
        row = self.deliver_one()
        self.assert_deferred_without_auth(row, server, "name mismatch")
        self.assertIn("other.test", row["last_reply"])

    def test_insecure_skip_verify_delivers_and_warns(self):
        server = self.server(self.self_signed)
        result = self.set_smarthost(server, "--insecure-skip-verify")
        self.assertIn("--insecure-skip-verify", result.stderr)
        self.assertIn("verify:    NO", self.relay.cli("smarthost", "show").stdout)
        row = self.deliver_one()
        self.assertEqual(row["state"], "delivered", row)
        self.assertEqual(server.logins, [USER.encode()])
        warnings = self.relay.logged(lambda line: "insecure-skip-verify" in line)
        self.assertTrue(warnings, "\n".join(self.relay.stderr_lines))
        self.assertIn("127.0.0.1:%d is not verified" % server.port, warnings[0])
        self.assertIn("NOT verified (--insecure-skip-verify): certificate not trusted: self-signed",
                      self.transcript())

    def test_another_host_does_not_inherit_the_exception(self):
        # An outside tester allowed an unverified lab smarthost, then pointed delivery.smarthost at another
        # server with `config set`: the stored password went there, unverified. The exception belongs to the
        # host it was made for; the new one is verified, and gets no AUTH when it fails.
        lab = self.server(self.self_signed)
        self.set_smarthost(lab, "--insecure-skip-verify")
        other = self.server(self.another)
        result = self.relay.cli("config", "set", "delivery.smarthost", "127.0.0.1:%d" % other.port)
        self.assertIn("skipping the certificate verification was allowed for 127.0.0.1:%d only: 127.0.0.1:%d is "
                      "verified now" % (lab.port, other.port), result.stderr)
        self.assertEqual(json.loads(self.relay.cli("config", "get", "delivery.smarthost_insecure_skip_verify",
                                                   json_output=True).stdout)["value"], "false")
        self.assertIn("verify:    yes", self.relay.cli("smarthost", "show").stdout)
        row = self.deliver_one()
        self.assert_deferred_without_auth(row, other, "certificate not trusted: self-signed")
        self.assertEqual(lab.auth_commands, [])

        # A pin is the old host's certificate too; a port change of the same server keeps nothing either, and
        # setting the exception together with the host keeps it (the person said so).
        self.relay.cli("config", "set", "delivery.smarthost", "127.0.0.1:%d" % lab.port,
                       "delivery.smarthost_fingerprint", Certificates.fingerprint(self.self_signed[0]))
        result = self.relay.cli("config", "set", "delivery.smarthost", "127.0.0.1:%d" % other.port)
        self.assertIn("the pinned certificate was that of 127.0.0.1:%d: it is removed" % lab.port, result.stderr)
        # A reset of the smarthost ends them too, and says so with the host it had (an outside tester read
        # "allowed for  only", and the flag stayed set until the next host).
        self.relay.cli("config", "set", "delivery.smarthost_fingerprint", "",
                       "delivery.smarthost_insecure_skip_verify", "true")
        reset = self.relay.cli("config", "reset", "delivery.smarthost")
        self.assertIn("skipping the certificate verification was allowed for 127.0.0.1:%d only: no smarthost is "
                      "set now" % other.port, reset.stderr)
        self.assertEqual(json.loads(self.relay.cli("config", "get", "delivery.smarthost_insecure_skip_verify",
                                                   json_output=True).stdout)["value"], "false")
        self.assertEqual(json.loads(self.relay.cli("config", "get", "delivery.smarthost_fingerprint",
                                                   json_output=True).stdout)["value"], "")
        self.relay.cli("config", "set", "delivery.smarthost", "127.0.0.1:%d" % lab.port,
                       "delivery.smarthost_insecure_skip_verify", "true")
        self.assertIn("verify:    NO", self.relay.cli("smarthost", "show").stdout)

    def test_a_ca_file_anyone_may_write_is_questioned(self):
        # An outside tester's world-writable CA file was taken without a word: whoever may write it decides who
        # gets the smarthost's password.
        server = self.server(self.good)
        shared = os.path.join(self.tmp.name, "shared-ca.pem")
        with open(self.certs.ca) as source, open(shared, "w") as target:
            target.write(source.read())
        os.chmod(shared, 0o666)
        result = self.set_smarthost(server, "--ca-file", shared)
        self.assertIn("may be written by every user of this machine", result.stderr)
        self.assertIn("chmod o-w " + shared, result.stderr)
        os.chmod(shared, 0o644)
        result = self.set_smarthost(server, "--ca-file", shared)
        self.assertNotIn("may be written by every user", result.stderr)
        # config set says it too.
        os.chmod(shared, 0o646)
        configured = self.relay.cli("config", "set", "delivery.smarthost_ca_file", shared)
        self.assertIn("delivery.smarthost_ca_file: %s may be written by every user" % shared, configured.stderr)
        # Made so after it was set: said when the smarthost is shown (a second outside tester).
        self.assertIn("smarthost show: CA file: %s may be written by every user" % shared,
                      self.relay.cli("smarthost", "show").stderr)
        # In a folder every user may write (without the sticky bit of /tmp), anyone may put another file there.
        folder = os.path.join(self.tmp.name, "open-folder")
        os.makedirs(folder, exist_ok=True)
        os.chmod(folder, 0o777)
        placed = os.path.join(folder, "ca.pem")
        with open(self.certs.ca) as source, open(placed, "w") as target:
            target.write(source.read())
        os.chmod(placed, 0o644)
        result = self.set_smarthost(server, "--ca-file", placed)
        self.assertIn("%s is in %s, where every user of this machine may put another file" % (placed, folder),
                      result.stderr)

    def test_trust_options_are_checked(self):
        server = self.server(self.good)
        for options, message in (
                (("--ca-file", self.certs.ca, "--insecure-skip-verify"), "only one of"),
                (("--fingerprint", "SHA256:1234"), "is not a SHA-256 fingerprint"),
                (("--ca-file", os.path.join(self.tmp.name, "missing.pem")), "cannot read CA file"),
                (("--ca-file", self.certs.ca_key), "holds no PEM certificate")):
            result = self.set_smarthost(server, *options, expect=2)
            self.assertIn(message, result.stderr)
        self.assertFalse(json.loads(self.relay.cli("smarthost", "show", json_output=True).stdout)["configured"])

    def test_route_with_verify_and_ca_file(self):
        server = self.server(self.good)
        self.relay.cli("route", "add", "dest.test", "127.0.0.1:%d" % server.port, "--tls", "verify", "--ca-file",
                       self.certs.ca)
        routes = json.loads(self.relay.cli("route", "list", json_output=True).stdout)
        self.assertEqual(routes[0]["ca_file"], self.certs.ca)
        row = self.deliver_one("first@dest.test")
        self.assertEqual(row["state"], "delivered", row)
        self.relay.cli("route", "add", "dest.test", "127.0.0.1:%d" % server.port, "--tls", "verify")
        row = self.deliver_one()
        self.assertEqual((row["state"], row["last_enhanced"]), ("deferred", "4.7.5"), row)
        self.assertIn("certificate not trusted: its root CA (RelayDesk Test CA) is not a trusted one",
                      row["last_reply"])
        for options, message in ((("--tls", "required", "--ca-file", self.certs.ca), "need --tls verify"),
                                 (("--tls", "verify", "--insecure-skip-verify"), "--tls required")):
            result = self.relay.cli("route", "add", "x.test", "127.0.0.1:25", *options, check=False)
            self.assertEqual(result.returncode, 2, result.stdout + result.stderr)
            self.assertIn(message, result.stderr)

    def test_a_route_logs_in_after_verifying_its_host(self):
        # A leftover: only the smarthost could log in; a partner's server that asks for AUTH had no route.
        server = self.server(self.good)
        add = [os.environ["RELAYDESK_BIN"], "--data-dir", self.relay.dir, "route", "add", "dest.test",
               "127.0.0.1:%d" % server.port, "--username", USER, "--password-stdin"]
        # Without a verified certificate the password would go to anyone: refused before it is read.
        refused = subprocess.run(add + ["--tls", "required"], input=PASSWORD + "\n", capture_output=True,
                                 text=True, timeout=60)
        self.assertEqual(refused.returncode, 2, refused.stdout + refused.stderr)
        self.assertIn("logs in only with --tls verify or implicit", refused.stderr)
        added = subprocess.run(add + ["--tls", "verify", "--ca-file", self.certs.ca], input=PASSWORD + "\n",
                               capture_output=True, text=True, timeout=60)
        self.assertEqual(added.returncode, 0, added.stdout + added.stderr)
        self.assertIn("AUTH as %s" % USER, added.stdout)
        routes = json.loads(self.relay.cli("route", "list", json_output=True).stdout)
        self.assertEqual((routes[0]["username"], routes[0]["password_set"]), (USER, True))
        value, mode = stored_secret(self.relay.dir, "routes")  # a file of mode 0600, or a node_secrets row
        self.assertIsNotNone(value)
        if mode is not None:
            self.assertEqual(mode & 0o077, 0)
        transcript = self.deliver_with_one_login(server)
        self.assertIn("C: AUTH PLAIN <redacted>", transcript)
        self.assert_no_secret(transcript + self.relay.cli("route", "list").stdout + "".join(self.relay.stderr_lines))
        # The route test logs in too, as delivery would.
        probe = self.relay.cli("route", "test", "dest.test", json_output=True, check=False)
        steps = {step["step"]: step for step in json.loads(probe.stdout)["steps"]}
        self.assertEqual(steps["auth"]["sign"], "green", steps)
        # Another certificate than the CA's: deferred, and the server never sees AUTH.
        bad = self.server(self.self_signed)
        again = subprocess.run(add[:6] + ["127.0.0.1:%d" % bad.port] + add[7:] + ["--tls", "verify"],
                               input=PASSWORD + "\n", capture_output=True, text=True, timeout=60)
        self.assertEqual(again.returncode, 0, again.stdout + again.stderr)
        row = self.deliver_one("second@dest.test")
        self.assertEqual((row["state"], row["last_enhanced"]), ("deferred", "4.7.5"), row)
        self.assertIn("AUTH not sent", row["last_reply"])
        self.assertEqual(bad.auth_commands, [])

    def test_a_route_on_implicit_tls_is_verified_against_its_ca_file(self):
        # A partner on port 465 with its own CA: --ca-file was refused for --tls implicit (only tls.trust_file,
        # trusted for everything, could say so), and `route test` said "accepted: any certificate" beside the
        # refusal of a login (an outside tester).
        server = self.server(self.good, implicit=True)
        add = [os.environ["RELAYDESK_BIN"], "--data-dir", self.relay.dir, "route", "add", "dest.test",
               "127.0.0.1:%d" % server.port, "--tls", "implicit", "--username", USER, "--password-stdin"]
        result = subprocess.run(add, input=PASSWORD + "\n", capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        probe = self.relay.cli("route", "test", "dest.test", check=False)
        self.assertEqual(probe.returncode, 1, probe.stdout)
        self.assertNotIn("takes any certificate", probe.stdout)
        self.assertNotIn("password goes to a server whose identity is not proven", probe.stdout)
        self.assertIn("A verified certificate is required", probe.stdout)
        self.assertEqual(server.auth_commands, [])
        result = subprocess.run(add + ["--ca-file", self.certs.ca], input=PASSWORD + "\n", capture_output=True,
                                text=True, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("implicit (CA file %s)" % self.certs.ca, self.relay.cli("route", "list").stdout)
        row = self.deliver_one()
        self.assertEqual(row["state"], "delivered", row)
        self.assertEqual(server.logins, [USER.encode()])

    def test_smarthost_test_shows_chain_and_verdict(self):
        server = self.server(self.good)
        self.set_smarthost(server, "--ca-file", self.certs.ca)
        result = self.relay.cli("smarthost", "test", json_output=True)
        report = json.loads(result.stdout)
        steps = {step["step"]: step for step in report["steps"]}
        self.assertEqual(steps["certificate"]["sign"], "green", steps["certificate"])
        self.assertEqual(steps["auth"]["sign"], "green")
        certificate = report["certificate"]
        self.assertTrue(certificate["verified"])
        self.assertEqual(len(certificate["chain"]), 2, certificate["chain"])
        self.assertIn("CN=smarthost.test (issued by CN=RelayDesk Test CA)", certificate["chain"][0])
        self.assertIn("CN=RelayDesk Test CA (issued by CN=RelayDesk Test CA)", certificate["chain"][1])
        self.assertEqual(certificate["verdict"], "verified against the CAs in %s" % self.certs.ca)
        text = self.relay.cli("smarthost", "test").stdout
        self.assertIn("[ ok ] Certificate: Verifies for 127.0.0.1", text)
        self.assertIn("Chain presented by the server:", text)
        self.assertIn("Checked against: the CAs in %s" % self.certs.ca, text)

        # Self-signed against the system store: red, exit 1, and the test stops before AUTH.
        bad = self.server(self.self_signed)
        self.set_smarthost(bad)
        result = self.relay.cli("smarthost", "test", json_output=True, check=False)
        self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
        report = json.loads(result.stdout)
        steps = {step["step"]: step for step in report["steps"]}
        self.assertEqual(steps["certificate"]["sign"], "red")
        self.assertNotIn("auth", steps)
        self.assertEqual(report["certificate"]["verdict"], "certificate not trusted: self-signed")
        self.assertIn("the password is not sent", steps["certificate"]["summary"])
        self.assertEqual(bad.auth_commands, [])
        self.assert_no_secret(result.stdout + result.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
