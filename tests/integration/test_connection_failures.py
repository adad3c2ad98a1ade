"""Connections that fail before they can send mail are listed where the office's IT person looks, each with a
reason that says what to change on the device (docs/security.md, "Connections that fail before mail"): an
outside tester's device "just didn't send", and neither the window nor `relaydesk log refused` said why.

With real clients: `openssl s_client` offering a cipher suite or a TLS version the relay does not accept, curl
set to STARTTLS against the implicit-TLS port and to implicit TLS against the submission port, a raw socket
speaking plain SMTP to the implicit-TLS port, and firmware-like clients ending their lines with LF alone. A
flood of failed handshakes is a bounded number of rows that count every one.
"""

import json
import os
import shutil
import socket
import subprocess
import time
import unittest

from relaydesk_harness import SLOW, LegacyTlsClients, RelayTestCase, wait_until


class ConnectionFailuresTest(LegacyTlsClients, RelayTestCase):

    # A short handshake time, so that a client waiting for a greeting on the implicit-TLS port is given up
    # on in 2 s rather than 30.
    settings = {"limits.tls_handshake_timeout": 2}

    def rows(self, address, command="TLS"):
        listed = json.loads(self.relay.cli("log", "refused", "--limit", "1000", json_output=True).stdout)
        return [r for r in listed if r["address"] == address and r["command"] == command]

    def wait_for_row(self, address, command="TLS", contains=""):
        found = []

        def listed():
            found[:] = [r for r in self.rows(address, command) if contains in r["reply"]]
            return found

        self.assertTrue(wait_until(listed, 20 * SLOW),
                        json.loads(self.relay.cli("log", "refused", json_output=True).stdout))
        return found[0]

    def s_client(self, *options):
        result = subprocess.run(["openssl", "s_client", "-connect", "127.0.0.1:%d" % self.relay.ports["smtps"],
                                 "-brief", *options], input=b"QUIT\r\n", capture_output=True, timeout=30,
                                env=dict(os.environ, OPENSSL_CONF=self.openssl_conf))
        output = (result.stdout + result.stderr).decode("latin-1")
        self.assertNotEqual(result.returncode, 0, output)
        self.assertNotIn("CONNECTION ESTABLISHED", output)
        return output

    def test_a_cipher_suite_the_relay_does_not_offer(self):
        self.s_client("-tls1_2", "-cipher", "AES128-SHA256")
        row = self.wait_for_row("127.0.0.1", contains="cipher suite")
        self.assertEqual(row["reply"], "TLS handshake failed: the client offers no cipher suite this relay accepts"
                                       " (TLS 1.2 with ECDHE or DHE and AES-GCM or ChaCha20-Poly1305, or TLS 1.3)")
        self.assertEqual(row["listener"], "smtps")
        self.assertEqual(row["agent"], "")
        self.assertEqual(row["sign"], "red")
        self.assertTrue(self.relay.logged(lambda l: "event=tls_failed" in l and "no shared cipher" in l
                                          and "reason=" in l))

    def test_tls_1_1_only(self):
        self.s_client("-tls1_1")
        row = self.wait_for_row("127.0.0.1", contains="TLS 1.1")
        self.assertEqual(row["reply"], "TLS handshake failed: the client offers only TLS 1.1 or older; RelayDesk"
                                       " needs TLS 1.2 or newer")

    def test_starttls_client_on_the_implicit_tls_port(self):
        # curl set to STARTTLS waits for the 220 greeting that the implicit-TLS port never sends before TLS.
        started = time.monotonic()
        result = subprocess.run(["curl", "--silent", "--show-error", "--url",
                                 "smtp://127.0.0.1:%d" % self.relay.ports["smtps"], "--ssl-reqd",
                                 "--interface", "127.31.0.5", "--max-time", "15"],
                                capture_output=True, text=True, timeout=60)
        self.assertNotEqual(result.returncode, 0, result.stderr)
        self.assertLess(time.monotonic() - started, 14, "the relay kept a silent client past its handshake time")
        row = self.wait_for_row("127.31.0.5")
        self.assertEqual(row["reply"], "TLS handshake failed: the client sent nothing: it probably waits for a"
                                       " greeting (set it to SSL/TLS, or use the submission port (%d) with STARTTLS)"
                         % self.relay.ports["submission"])
        self.assertEqual(row["listener"], "smtps")

    def plain_smtp_to_smtps(self, source, command):
        """Sends a plain SMTP command from source to the implicit-TLS port and reads until the relay closes."""
        with socket.create_connection(self.relay.address("smtps"), timeout=10, source_address=(source, 0)) as raw:
            raw.sendall(command)
            raw.settimeout(10)
            try:
                while raw.recv(4096):
                    pass
            except (ConnectionResetError, socket.timeout):
                pass

    def test_plain_smtp_on_the_implicit_tls_port(self):
        self.plain_smtp_to_smtps("127.31.0.6", b"EHLO printer.office.test\r\n")
        row = self.wait_for_row("127.31.0.6")
        self.assertEqual(row["reply"], "TLS handshake failed: the client spoke plain SMTP to the implicit-TLS port:"
                                       " set it to STARTTLS on the submission port (%d), or to SSL/TLS here"
                         % self.relay.ports["submission"])

    def test_implicit_tls_client_on_the_submission_port(self):
        result = subprocess.run(["curl", "--silent", "--show-error", "--insecure", "--url",
                                 "smtps://127.0.0.1:%d" % self.relay.ports["submission"], "--interface", "127.31.0.7",
                                 "--max-time", "15"], capture_output=True, text=True, timeout=60)
        self.assertNotEqual(result.returncode, 0, result.stderr)
        row = self.wait_for_row("127.31.0.7")
        self.assertEqual(row["reply"], "Wrong TLS mode: the client started TLS at once on this STARTTLS port: set it"
                                       " to STARTTLS, or use the implicit-TLS port %d" % self.relay.ports["smtps"])
        self.assertEqual(row["listener"], "submission")
        self.assertEqual(row["count"], 1)
        # The ClientHello was never read as command lines: no protocol errors were counted or listed for it.
        self.assertEqual(self.rows("127.31.0.7", "PROTOCOL"), [])

    def test_lf_only_client_is_closed_and_named(self):
        # Firmware that ends its command lines with LF alone: each gets 500 5.5.2, the twentieth 421 (strict
        # framing is kept), and the record says what is wrong.
        with socket.create_connection(self.relay.address("submission"), timeout=10,
                                      source_address=("127.31.0.8", 0)) as raw:
            raw.settimeout(10)
            received = raw.recv(4096)
            raw.sendall(b"EHLO printer.office.test\n" * 25)
            try:
                while b"421 " not in received:
                    chunk = raw.recv(4096)
                    if not chunk:
                        break
                    received += chunk
            except ConnectionResetError:
                pass
        self.assertIn(b"500 5.5.2 Syntax error: bare CR, bare LF or NUL in command line", received)
        self.assertIn(b"421 4.7.0 Too many errors, closing connection", received)
        row = self.wait_for_row("127.31.0.8", "PROTOCOL")
        self.assertEqual(row["reply"], "421 4.7.0 Too many errors, closing connection (the client ends its command"
                                       " lines with LF only; SMTP needs CR LF)")
        self.assertEqual(row["sign"], "red")

    def test_lf_only_client_that_gives_up(self):
        with socket.create_connection(self.relay.address("submission"), timeout=10,
                                      source_address=("127.31.0.9", 0)) as raw:
            raw.settimeout(10)
            raw.recv(4096)
            raw.sendall(b"EHLO printer.office.test\n")
            self.assertIn(b"500 5.5.2", raw.recv(4096))
        row = self.wait_for_row("127.31.0.9", "PROTOCOL")
        self.assertEqual(row["reply"], "500 5.5.2 Syntax error: bare CR, bare LF or NUL in command line (the client"
                                       " ends its command lines with LF only; SMTP needs CR LF)")

    def test_a_flood_of_failed_handshakes_is_bounded(self):
        tries = 60
        for _ in range(tries):
            self.plain_smtp_to_smtps("127.31.0.10", b"EHLO x\r\n")
        self.assertTrue(wait_until(lambda: sum(r["count"] for r in self.rows("127.31.0.10")) == tries, 20 * SLOW),
                        self.rows("127.31.0.10"))
        # One row a second at most for the address and its reason, not one per connection.
        self.assertLess(len(self.rows("127.31.0.10")), tries // 4, self.rows("127.31.0.10"))


if __name__ == "__main__":
    unittest.main(verbosity=2)
