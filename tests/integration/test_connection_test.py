"""`relaydesk smarthost test` and `relaydesk route test DOMAIN` ("Test connection") against real peers on
loopback: Postfix's smtp-sink (no STARTTLS), aiosmtpd with STARTTLS (a self-signed certificate made with openssl)
and AUTH, and a closed port. The test connects, greets, says EHLO, does STARTTLS, shows the certificate, logs in
and QUITs; it sends no mail, and the password never appears in what it prints.

Run by ctest; RELAYDESK_BIN points at the relaydesk binary. Each test uses its own data directory.
"""
import base64
import json
import os
import ssl
import subprocess
import sys
import tempfile
import threading
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from relaydesk_harness import RELAYDESK_BIN, free_ports, listening, wait_until  # noqa: E402

from aiosmtpd.controller import Controller  # noqa: E402
from aiosmtpd.smtp import AuthResult  # noqa: E402

SMTP_SINK = "/usr/sbin/smtp-sink"
USER = "relay"
PASSWORD = "Pr0be-s3cret-VALUE"


class AuthServer:
    """aiosmtpd on a free port: STARTTLS with a self-signed certificate for CN=probe.test, AUTH PLAIN/LOGIN
    only after TLS, USER/PASSWORD accepted; counts the messages it receives (there must be none)."""

    def __init__(self, directory):
        cert, key = os.path.join(directory, "cert.pem"), os.path.join(directory, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                        "/CN=probe.test", "-addext", "subjectAltName=DNS:probe.test", "-keyout", key,
                        "-out", cert], check=True, capture_output=True)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.messages = 0
        self.logins = []
        server = self

        class Handler:
            async def handle_DATA(self, srv, session, envelope):
                server.messages += 1
                return "250 2.0.0 OK"

        def authenticate(srv, session, envelope, mechanism, auth_data):
            server.logins.append(auth_data.login)
            ok = auth_data.login == USER.encode() and auth_data.password == PASSWORD.encode()
            return AuthResult(success=ok, handled=False)  # aiosmtpd answers 535 itself

        self.port = free_ports(1)[0]
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port, tls_context=context,
                                     require_starttls=False, authenticator=authenticate, auth_require_tls=True,
                                     ready_timeout=10)
        self.controller.start()

    def close(self):
        self.controller.stop()


class RecipientServer:
    """aiosmtpd on a free port, plaintext, as a route's server: with login_required it answers MAIL with 530 5.7.0
    (aiosmtpd's own "Authentication required"); otherwise RCPT for postmaster@refused.test gets 550 5.7.1,
    postmaster@later.test 450 4.7.1, everything else 250. Records every RCPT; counts messages (must stay 0)."""

    def __init__(self, login_required=False):
        self.recipients = []
        self.messages = 0
        server = self

        class Handler:
            async def handle_RCPT(self, srv, session, envelope, address, rcpt_options):
                server.recipients.append(address)
                if address.endswith("@refused.test"):
                    return "550 5.7.1 Relaying denied"
                if address.endswith("@later.test"):
                    return "450 4.7.1 Greylisted, try again later"
                envelope.rcpt_tos.append(address)
                return "250 2.1.5 OK"

            async def handle_DATA(self, srv, session, envelope):
                server.messages += 1
                return "250 2.0.0 OK"

        self.port = free_ports(1)[0]
        # auth_required with no TLS and no authenticator: every MAIL gets 530 5.7.0 (RFC 4954 6).
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port, auth_required=login_required,
                                     auth_require_tls=False, ready_timeout=10)
        self.controller.start()

    def close(self):
        self.controller.stop()


class ConnectionTestCli(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.data = os.path.join(self.tmp.name, "data")
        os.mkdir(self.data, 0o700)  # commands do not make the directory they are named

    def tearDown(self):
        self.tmp.cleanup()

    def run_cli(self, *args, json_output=False, stdin=None):
        cmd = [RELAYDESK_BIN, "--data-dir", self.data] + (["--json"] if json_output else []) + list(args)
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, input=stdin,
                              stdin=None if stdin is not None else subprocess.DEVNULL)
        return proc.returncode, proc.stdout, proc.stderr

    def assert_no_secret(self, *texts):
        plain = base64.b64encode(("\0%s\0%s" % (USER, PASSWORD)).encode()).decode()
        for text in texts:
            self.assertNotIn(PASSWORD, text)
            self.assertNotIn(plain, text)
            self.assertNotIn(base64.b64encode(PASSWORD.encode()).decode(), text)

    @staticmethod
    def steps(report):
        return {step["step"]: step for step in report["steps"]}

    def set_smarthost(self, port, password):
        # The self-signed certificate would be refused before AUTH (test_smarthost_tls.py); these tests look at the
        # steps after it, so the admin's explicit --insecure-skip-verify lets AUTH go on, with a warning.
        code, _, err = self.run_cli("smarthost", "set", "127.0.0.1:%d" % port, "--tls", "starttls", "--username",
                                    USER, "--password-stdin", "--insecure-skip-verify", stdin=password + "\n")
        self.assertEqual(code, 0, err)

    def test_smarthost_with_starttls_and_the_right_password(self):
        server = AuthServer(self.tmp.name)
        try:
            self.set_smarthost(server.port, PASSWORD)
            code, out, err = self.run_cli("smarthost", "test", json_output=True)
            self.assertEqual(code, 0, out + err)
            report = json.loads(out)
            steps = self.steps(report)
            self.assertEqual([s["step"] for s in report["steps"]],
                             ["connect", "greeting", "ehlo", "tls", "certificate", "ehlo", "auth", "quit"])
            self.assertEqual(steps["auth"]["sign"], "green", steps["auth"])
            self.assertIn("235", steps["auth"]["summary"])
            self.assertEqual(steps["tls"]["sign"], "green")
            self.assertIn("TLSv1.", steps["tls"]["summary"])
            # Self-signed: accepted only because of --insecure-skip-verify, not verified: a warning.
            self.assertEqual(steps["certificate"]["sign"], "yellow")
            self.assertEqual(report["sign"], "yellow")
            self.assertTrue(report["ok"])
            certificate = report["certificate"]
            self.assertIn("CN=probe.test", certificate["subject"])
            self.assertIn("CN=probe.test", certificate["issuer"])
            self.assertIn("DNS:probe.test", certificate["names"])
            self.assertFalse(certificate["verified"])
            self.assertTrue(any("self-signed" in p for p in certificate["problems"]), certificate["problems"])
            self.assertRegex(certificate["sha256"], r"^([0-9A-F]{2}:){31}[0-9A-F]{2}$")
            transcript = report["transcript"]
            self.assertIn("C: STARTTLS", transcript)
            self.assertIn("C: AUTH PLAIN <redacted>", transcript)
            self.assertIn("C: QUIT", transcript)
            self.assertNotIn("MAIL FROM", transcript)
            self.assert_no_secret(out, err)
            self.assertEqual(server.logins, [USER.encode()])
            self.assertEqual(server.messages, 0)

            # The same in text: each step with its sign, then the transcript.
            code, out, err = self.run_cli("smarthost", "test")
            self.assertEqual(code, 0, err)
            self.assertIn("[ ok ] Login (AUTH): Accepted: 235", out)
            self.assertIn("[warn] Certificate: Does not verify for 127.0.0.1", out)
            self.assertIn("Subject: CN=probe.test", out)
            self.assertIn("Transcript:", out)
            self.assertIn("C: AUTH PLAIN <redacted>", out)
            self.assert_no_secret(out, err)
        finally:
            server.close()

    def test_a_certificate_that_does_not_verify_says_what_to_do(self):
        # An outside tester read the precise reason ("self-signed") and the fingerprint, but not the fix.
        server = AuthServer(self.tmp.name)
        try:
            code, _, err = self.run_cli("smarthost", "set", "127.0.0.1:%d" % server.port, "--tls", "starttls",
                                        "--username", USER, "--password-stdin", stdin=PASSWORD + "\n")
            self.assertEqual(code, 0, err)
            code, out, err = self.run_cli("smarthost", "test", json_output=True)
            self.assertEqual(code, 1, out + err)
            certificate = self.steps(json.loads(out))["certificate"]
            self.assertEqual(certificate["sign"], "red")
            self.assertIn("self-signed", certificate["summary"])
            self.assertIn("trust it: give the CA certificate that issued it as the CA file, or pin this certificate",
                          certificate["advice"])
            code, out, err = self.run_cli("smarthost", "test")
            self.assertEqual(code, 1)
            self.assertRegex(out, r"\[FAIL\] Certificate: Does not verify for 127\.0\.0\.1: certificate not trusted: "
                                  r"self-signed.*\n(.*\n)*       What to do: If this is the server you mean, trust it: .*"
                                  r"\(smarthost set or route add: --ca-file FILE or --fingerprint SHA256:HEX\)")
            self.assertEqual(server.logins, [])  # no password to a server that is not verified
        finally:
            server.close()

    def test_smarthost_with_a_wrong_password_is_red_with_the_servers_535(self):
        server = AuthServer(self.tmp.name)
        wrong = "Wr0ng-" + PASSWORD
        try:
            self.set_smarthost(server.port, wrong)
            code, out, err = self.run_cli("smarthost", "test", json_output=True)
            self.assertEqual(code, 1, out + err)
            report = json.loads(out)
            auth = self.steps(report)["auth"]
            self.assertEqual(auth["sign"], "red")
            self.assertIn("535", auth["summary"])
            self.assertEqual(report["sign"], "red")
            self.assertFalse(report["ok"])
            self.assertIn("S: 535", report["transcript"])
            self.assertIn("relaydesk: smarthost test: Login (AUTH) failed:", err)
            self.assertIn("535", err)
            for text in (out, err):
                self.assertNotIn(wrong, text)
                self.assertNotIn(base64.b64encode(("\0%s\0%s" % (USER, wrong)).encode()).decode(), text)
            code, out, err = self.run_cli("smarthost", "test")
            self.assertEqual(code, 1)
            self.assertIn("[FAIL] Login (AUTH):", out)
            self.assertNotIn(wrong, out + err)
            self.assertEqual(server.messages, 0)
        finally:
            server.close()

    @unittest.skipUnless(os.access(SMTP_SINK, os.X_OK), "Postfix smtp-sink is not installed")
    def test_route_to_smtp_sink_without_starttls(self):
        port = free_ports(1)[0]
        spool = os.path.join(self.tmp.name, "sink")
        os.mkdir(spool)
        os.chmod(self.tmp.name, 0o755)
        os.chmod(spool, 0o777)  # smtp-sink drops to the -u user before writing
        sink = subprocess.Popen([SMTP_SINK, "-u", "nobody", "-d", spool + "/msg.", "127.0.0.1:%d" % port, "10"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            self.assertTrue(wait_until(lambda: listening(port), 10), "smtp-sink did not start")
            self.assertEqual(self.run_cli("route", "add", "sink.test", "127.0.0.1:%d" % port)[0], 0)
            code, out, err = self.run_cli("route", "test", "SINK.test", json_output=True)
            self.assertEqual(code, 0, out + err)
            report = json.loads(out)
            self.assertIn("route sink.test", report["target"])
            steps = self.steps(report)
            self.assertEqual([s["step"] for s in report["steps"]],
                             ["connect", "greeting", "ehlo", "tls", "recipient", "quit"])
            self.assertEqual(steps["greeting"]["sign"], "green")
            # Would the server take mail for the domain: MAIL and RCPT, no DATA.
            self.assertEqual(steps["recipient"]["sign"], "green", steps["recipient"])
            self.assertIn("The server takes mail for sink.test: 250", steps["recipient"]["summary"])
            self.assertIn("no message was sent", steps["recipient"]["summary"])
            self.assertIn("C: MAIL FROM:<>", report["transcript"])
            self.assertIn("C: RCPT TO:<postmaster@sink.test>", report["transcript"])
            self.assertNotIn("C: DATA", report["transcript"])
            self.assertIn("220", steps["greeting"]["summary"])
            self.assertEqual(steps["tls"]["sign"], "yellow")  # opportunistic, and smtp-sink has no STARTTLS
            self.assertIn("does not offer STARTTLS", steps["tls"]["summary"])
            self.assertEqual(steps["quit"]["sign"], "green")
            self.assertIsNone(report["certificate"])

            # The same route with TLS required: the TLS step fails, clearly.
            self.assertEqual(self.run_cli("route", "add", "sink.test", "127.0.0.1:%d" % port, "--tls",
                                          "required")[0], 0)
            code, out, err = self.run_cli("route", "test", "sink.test")
            self.assertEqual(code, 1, out)
            self.assertIn("[FAIL] Encryption (TLS):", out)
            self.assertIn("does not offer STARTTLS", err)
            self.assertEqual(os.listdir(spool), [])  # no mail was sent
        finally:
            sink.terminate()
            sink.wait()

    def test_a_route_asks_whether_its_server_takes_mail_for_the_domain(self):
        # A route to a server that wants a login, refuses the domain or puts it off was green before: the test
        # ended after EHLO, and the mail then waited or bounced (docs/reliability.md, forty-third session).
        server = RecipientServer()
        try:
            for domain in ("taken.test", "refused.test", "later.test"):
                self.assertEqual(self.run_cli("route", "add", domain, "127.0.0.1:%d" % server.port)[0], 0)
            code, out, err = self.run_cli("route", "test", "taken.test", json_output=True)
            self.assertEqual(code, 0, out + err)
            step = self.steps(json.loads(out))["recipient"]
            self.assertEqual(step["sign"], "green", step)
            self.assertIn("250 2.1.5 OK", step["summary"])

            code, out, err = self.run_cli("route", "test", "refused.test", json_output=True)
            self.assertEqual(code, 1, out + err)
            report = json.loads(out)
            step = self.steps(report)["recipient"]
            self.assertEqual(step["sign"], "red", step)
            self.assertIn("The server refuses mail for refused.test: 550 5.7.1 Relaying denied", step["summary"])
            self.assertIn("would bounce", step["advice"])
            self.assertEqual(report["steps"][-1]["step"], "quit")  # and it still said goodbye

            code, out, err = self.run_cli("route", "test", "later.test")
            self.assertEqual(code, 0, out + err)  # a warning, not a failure: mail would wait and be retried
            self.assertIn("[warn] Mail for the domain: The server puts mail for later.test off for now: 450 4.7.1",
                          out)
            self.assertIn("greylists", out)
            self.assertEqual(server.recipients, ["postmaster@taken.test", "postmaster@refused.test",
                                                 "postmaster@later.test"])
            self.assertEqual(server.messages, 0)
        finally:
            server.close()

        server = RecipientServer(login_required=True)
        try:
            self.assertEqual(self.run_cli("route", "add", "login.test", "127.0.0.1:%d" % server.port)[0], 0)
            code, out, err = self.run_cli("route", "test", "login.test")
            self.assertEqual(code, 1, out + err)
            self.assertIn("[FAIL] Mail for the domain: The server wants a login before it takes mail: 530 5.7.0",
                          out)
            self.assertIn("through the smarthost", out)
            self.assertIn("wants a login", err)
            self.assertEqual(server.recipients, [])  # refused at MAIL
            self.assertEqual(server.messages, 0)
        finally:
            server.close()

    def test_closed_port_is_red_with_a_clear_message(self):
        port = free_ports(1)[0]
        self.assertEqual(self.run_cli("route", "add", "closed.test", "127.0.0.1:%d" % port)[0], 0)
        code, out, err = self.run_cli("route", "test", "closed.test", json_output=True)
        self.assertEqual(code, 1, out)
        report = json.loads(out)
        self.assertEqual([(s["step"], s["sign"]) for s in report["steps"]], [("connect", "red")])
        self.assertIn("Connection refused by 127.0.0.1:%d" % port, report["steps"][0]["summary"])
        self.assertIn("relaydesk: route test: Connect failed: ", err)
        self.assertIn("Connection refused", err)

    def test_usage_and_nothing_to_test(self):
        code, _, err = self.run_cli("smarthost", "test")
        self.assertEqual(code, 1)
        self.assertIn("smarthost test: no smarthost is set", err)
        code, _, err = self.run_cli("route", "test")
        self.assertEqual(code, 2)
        self.assertIn("route test DOMAIN", err)
        code, _, err = self.run_cli("route", "test", "not a domain")
        self.assertEqual(code, 1)
        self.assertIn("is not a domain", err)


if __name__ == "__main__":
    unittest.main(verbosity=2)
