"""TLS 1.2 or newer with forward-secret AEAD ciphers on every listener (docs/architecture.md, "TLS 1.2 or newer"), by `openssl s_client`.

The client is configured to offer TLS 1.0/1.1 itself (SECLEVEL=0, MinProtocol TLSv1), so that a refused
handshake is the server's refusal and not the local OpenSSL policy's.
"""

import datetime
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import unittest

from relaydesk_harness import LegacyTlsClients, RelayTestCase, free_ports, wait_until


class TlsVersionTest(LegacyTlsClients, RelayTestCase):

    def s_client(self, listener, *options):
        command = ["openssl", "s_client", "-connect", "127.0.0.1:%d" % self.relay.ports[listener], "-brief"]
        if listener in ("submission", "lan"):
            command += ["-starttls", "smtp"]
        command += list(options)
        result = subprocess.run(command, input=b"QUIT\r\n", capture_output=True, timeout=30,
                                env=dict(os.environ, OPENSSL_CONF=self.openssl_conf))
        return result.returncode, (result.stdout + result.stderr).decode("latin-1")

    def assert_refused(self, listener, *options):
        code, output = self.s_client(listener, *options)
        self.assertNotEqual(code, 0, output)
        self.assertNotIn("CONNECTION ESTABLISHED", output)
        # The client did offer the old version: the failure is not a local "no protocols available".
        self.assertNotIn("no protocols available", output)
        self.assertNotIn("no ciphers available", output)
        self.assertRegex(output, r"(alert|unsupported protocol|wrong version|handshake failure|no shared cipher"
                                 r"|unexpected eof|errno=104|Connection reset)", output)

    def assert_established(self, listener, *options):
        code, output = self.s_client(listener, *options)
        self.assertEqual(code, 0, output)
        self.assertIn("CONNECTION ESTABLISHED", output)
        version = re.search(r"Protocol version: (\S+)", output).group(1)
        cipher = re.search(r"Ciphersuite: (\S+)", output).group(1)
        return version, cipher

    def assert_forward_secret_aead(self, version, cipher):
        if version == "TLSv1.3":
            # Every TLS 1.3 suite is (EC)DHE and AEAD.
            self.assertRegex(cipher, r"^TLS_(AES_(128|256)_GCM|CHACHA20_POLY1305|AES_128_CCM)_SHA(256|384)$")
        else:
            self.assertRegex(cipher, r"^ECDHE-(RSA|ECDSA)-")
            self.assertRegex(cipher, r"(GCM|CHACHA20-POLY1305)")

    def test_tls10_and_tls11_refused_on_smtps(self):
        self.assert_refused("smtps", "-tls1")
        self.assert_refused("smtps", "-tls1_1")

    def test_tls10_and_tls11_refused_after_starttls(self):
        for listener in ("submission", "lan"):
            self.assert_refused(listener, "-tls1")
            self.assert_refused(listener, "-tls1_1")

    def test_tls12_and_tls13_accepted(self):
        for listener in ("smtps", "submission", "lan"):
            version, cipher = self.assert_established(listener, "-tls1_2")
            self.assertEqual(version, "TLSv1.2")
            self.assert_forward_secret_aead(version, cipher)
            version, cipher = self.assert_established(listener, "-tls1_3")
            self.assertEqual(version, "TLSv1.3")
            self.assert_forward_secret_aead(version, cipher)

    def test_no_static_rsa_or_cbc_cipher(self):
        # TLS 1.2 with only non-forward-secret or non-AEAD suites on offer must fail.
        for cipher in ("AES128-GCM-SHA256", "AES256-SHA", "ECDHE-RSA-AES128-SHA", "ECDHE-ECDSA-AES128-SHA",
                       "ECDHE-ECDSA-AES256-SHA384", "ECDHE-RSA-AES256-SHA384"):
            self.assert_refused("smtps", "-tls1_2", "-cipher", cipher)

    def test_client_really_offers_tls10(self):
        # Control: the same client settings do complete a TLS 1.0 handshake with a server that allows it, so the
        # refusals above come from RelayDesk.
        workdir = tempfile.mkdtemp()
        try:
            key, cert = os.path.join(workdir, "key.pem"), os.path.join(workdir, "cert.pem")
            subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                            "-subj", "/CN=control", "-days", "1"], check=True, capture_output=True, timeout=60)
            port = free_ports(1)[0]
            env = dict(os.environ, OPENSSL_CONF=self.openssl_conf)
            server = subprocess.Popen(["openssl", "s_server", "-accept", "127.0.0.1:%d" % port, "-cert", cert,
                                       "-key", key, "-quiet"], stdin=subprocess.PIPE,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            try:
                self.assertTrue(wait_until(lambda: self.port_open(port), timeout=10))
                result = subprocess.run(["openssl", "s_client", "-connect", "127.0.0.1:%d" % port, "-brief", "-tls1"],
                                        input=b"", capture_output=True, timeout=30, env=env)
                output = (result.stdout + result.stderr).decode("latin-1")
                self.assertIn("CONNECTION ESTABLISHED", output)
                self.assertIn("Protocol version: TLSv1\n", output)
            finally:
                server.kill()
                server.wait()
        finally:
            shutil.rmtree(workdir, ignore_errors=True)

    @staticmethod
    def port_open(port):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return True
        except OSError:
            return False

    def test_old_versions_get_a_protocol_version_alert(self):
        # RFC 8446 6.2 / RFC 5246 7.2.2: the refusal is a fatal protocol_version alert, not a silent close.
        for listener in ("smtps", "submission"):
            for option in ("-tls1", "-tls1_1"):
                code, output = self.s_client(listener, option)
                self.assertNotEqual(code, 0, output)
                self.assertIn("alert protocol version", output, (listener, option, output))

    def test_generated_certificate_lives_at_most_825_days(self):
        cert = os.path.join(self.relay.dir, "tls", "cert.pem")
        result = subprocess.run(["openssl", "x509", "-in", cert, "-noout", "-checkend", "0"], capture_output=True)
        self.assertEqual(result.returncode, 0)
        dates = subprocess.run(["openssl", "x509", "-in", cert, "-noout", "-startdate", "-enddate"],
                               capture_output=True, text=True, check=True).stdout
        fields = dict(line.split("=", 1) for line in dates.strip().splitlines())
        parse = lambda text: datetime.datetime.strptime(text.strip(), "%b %d %H:%M:%S %Y %Z")
        lifetime = parse(fields["notAfter"]) - parse(fields["notBefore"])
        self.assertLessEqual(lifetime, datetime.timedelta(days=825), lifetime)
        self.assertGreater(lifetime, datetime.timedelta(days=824), lifetime)

    def test_default_negotiation_is_tls13(self):
        version, cipher = self.assert_established("smtps")
        self.assertEqual(version, "TLSv1.3")
        self.assert_forward_secret_aead(version, cipher)


class SmtpsRefusalTest(RelayTestCase):
    """A connection over the limits is refused without a byte of plaintext on the implicit-TLS port (RFC 8314
    3.3); the plaintext listeners still say 421 4.7.0 before closing."""

    settings = {"limits.max_connections_per_address": 2}

    def test_refusal_is_never_plaintext_on_smtps(self):
        held = [socket.create_connection(self.relay.address("smtps"), timeout=10) for _ in range(2)]
        try:
            time.sleep(0.3)
            third = socket.create_connection(self.relay.address("smtps"), timeout=10)
            third.settimeout(5)
            try:
                data = third.recv(4096)
            except ConnectionResetError:
                data = b""
            third.close()
            self.assertEqual(data, b"", "plaintext on the implicit-TLS port: %r" % data)
            # The limit is per address over all listeners: the submission port says why in plaintext.
            plain = socket.create_connection(self.relay.address("submission"), timeout=10)
            plain.settimeout(5)
            self.assertTrue(plain.recv(4096).startswith(b"421 4.7.0"))
            plain.close()
            # The record and the log say what each client was told: on smtps nothing (an outside tester's said
            # 421 for a connection that had only closed).
            def told():
                refused = json.loads(self.relay.cli("log", "refused", json_output=True).stdout)
                return {r["listener"]: r["reply"] for r in refused}

            self.assertTrue(wait_until(lambda: len(told()) == 2, 20), told())
            told = told()
            self.assertTrue(told["smtps"].endswith("(not sent: the implicit-TLS port closes the connection"
                                                   " before TLS, without a reply)"), told)
            self.assertNotIn("not sent", told["submission"])
            self.assertTrue(wait_until(lambda: any("event=connections_refused listener=smtps" in l and
                                                   "reply=\"none (closed before TLS)\"" in l
                                                   for l in self.relay.stderr_lines), 5), self.relay.stderr_lines[-5:])
        finally:
            for sock in held:
                sock.close()


if __name__ == "__main__":
    unittest.main(verbosity=2)
