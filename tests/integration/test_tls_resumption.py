"""TLS session resumption on the submission listeners (docs/security.md, "TLS session resumption"): stateless
session tickets under RelayDesk's rotated ticket keys, for TLS 1.2 and 1.3, on 465 (implicit TLS) and 587
(STARTTLS), by `openssl s_client -sess_out/-sess_in` and Python's ssl session reuse.

The ticket keys rotate every RELAYDESK_TLS_TICKET_ROTATION_S seconds here (the test hook; an hour by default):
a ticket is redeemed while its key is less than two periods old, and a ticket older than that gets a full
handshake. A resumed session is a new SMTP session: AUTH only after TLS, the allowlist checked as always.
"""

import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
import unittest

import relaydesk_harness
from relaydesk_harness import SLOW, RawSession, RelayTestCase, auth_plain

ROTATION_S = 5 * SLOW


def s_client(relay, listener, version, session_file, save):
    """One `openssl s_client` connection that saves (-sess_out) or offers (-sess_in) a session; its output."""
    # -ign_eof: s_client reads until the relay closes after QUIT. Without it s_client left at the end of its
    # input, and on a loaded machine that came before the relay's greeting (a CI run saw no 220 at all).
    command = ["openssl", "s_client", "-connect", "127.0.0.1:%d" % relay.ports[listener], version, "-ign_eof",
               "-sess_out" if save else "-sess_in", session_file]
    if listener == "submission":
        command += ["-starttls", "smtp"]
    # Wait for the server's post-handshake messages (TLS 1.3 tickets) before QUIT.
    writer = subprocess.Popen(["sh", "-c", "sleep %s; printf 'QUIT\\r\\n'" % (1 if save else 0.3)],
                              stdout=subprocess.PIPE)
    result = subprocess.run(command, stdin=writer.stdout, capture_output=True, timeout=30 * SLOW)
    writer.stdout.close()
    writer.wait()
    output = (result.stdout + result.stderr).decode("latin-1")
    if result.returncode != 0:
        raise AssertionError("s_client failed:\n" + output)
    return output


def handshake_kind(output):
    """'Reused' or 'New', as s_client reports the handshake."""
    for line in output.splitlines():
        for kind in ("Reused", "New"):
            if line.startswith(kind + ", TLSv1."):
                return kind
    raise AssertionError("no handshake line in:\n" + output)


class ResumptionCase(RelayTestCase):
    """An engine whose ticket keys rotate every ROTATION_S seconds."""

    @classmethod
    def setUpClass(cls):
        relaydesk_harness.ENGINE_ENV["RELAYDESK_TLS_TICKET_ROTATION_S"] = str(ROTATION_S)
        try:
            super().setUpClass()
        finally:
            del relaydesk_harness.ENGINE_ENV["RELAYDESK_TLS_TICKET_ROTATION_S"]

    def setUp(self):
        self.workdir = tempfile.mkdtemp()

    def tearDown(self):
        shutil.rmtree(self.workdir, ignore_errors=True)

    def session_file(self, name):
        return os.path.join(self.workdir, name)


class TicketResumptionTest(ResumptionCase):
    agent_allow = ("127.0.0.1",)
    agent_trusted = ()

    def test_resumed_on_both_listeners_and_versions(self):
        for listener in ("smtps", "submission"):
            for version in ("-tls1_2", "-tls1_3"):
                path = self.session_file(listener + version)
                first = s_client(self.relay, listener, version, path, save=True)
                self.assertEqual(handshake_kind(first), "New", first)
                if version == "-tls1_2":
                    self.assertIn("TLS session ticket lifetime hint", first)
                second = s_client(self.relay, listener, version, path, save=False)
                self.assertEqual(handshake_kind(second), "Reused", (listener, version, second))
                self.assertRegex(second, r"\n2[25]0[ -]")  # the relay answers over the resumed session

    def test_ticket_works_across_listeners(self):
        # One context and one key ring for both submission listeners: a ticket from 465 resumes on 587.
        path = self.session_file("across")
        s_client(self.relay, "smtps", "-tls1_3", path, save=True)
        second = s_client(self.relay, "submission", "-tls1_3", path, save=False)
        self.assertEqual(handshake_kind(second), "Reused", second)

    # One client context: Python resumes a session only in the context that made it.
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE

    def tls_session(self, address, source, session=None):
        """EHLO, STARTTLS (offering session), EHLO on 587; returns (RawSession, ssl socket)."""
        raw = RawSession(address, source=source)
        self.assertEqual(raw.read_reply()[0], 220)
        code, lines = raw.command("EHLO client.test")
        self.assertEqual(code, 250)
        self.assertFalse(any("AUTH" in line for line in lines), lines)  # AUTH only after TLS
        # MAIL before TLS is refused, whatever the client remembers of an earlier session.
        self.assertEqual(raw.command("MAIL FROM:<app@sender.test>")[0], 530)
        self.assertEqual(raw.command("STARTTLS")[0], 220)
        raw.sock = self.context.wrap_socket(raw.sock, session=session)
        code, lines = raw.command("EHLO client.test")
        self.assertEqual(code, 250)
        self.assertTrue(any("AUTH" in line for line in lines), lines)
        return raw

    def test_resumed_session_is_a_new_smtp_session(self):
        address = self.relay.address("submission")
        first = self.tls_session(address, "127.0.0.1")
        code, lines = first.command("AUTH PLAIN " + auth_plain(self.credential["username"],
                                                               self.credential["password"]))
        self.assertEqual(code, 235, lines)
        first.command("NOOP")  # the TLS 1.3 ticket has arrived
        session = first.sock.session
        first.command("QUIT")
        first.close()
        self.assertIsNotNone(session)

        # The same address: resumed, yet not authenticated: MAIL needs AUTH again, and AUTH works.
        again = self.tls_session(address, "127.0.0.1", session)
        self.assertTrue(again.sock.session_reused)
        self.assertEqual(again.command("MAIL FROM:<app@sender.test>")[0], 530)
        code, lines = again.command("AUTH PLAIN " + auth_plain(self.credential["username"],
                                                               self.credential["password"]))
        self.assertEqual(code, 235, lines)
        again.command("QUIT")
        again.close()

        # Another address, outside the agent's allowlist: the resumed session's AUTH is refused as always.
        other = self.tls_session(address, "127.0.0.3", session)
        self.assertTrue(other.sock.session_reused)
        code, lines = other.command("AUTH PLAIN " + auth_plain(self.credential["username"],
                                                               self.credential["password"]))
        self.assertEqual(code, 535, lines)
        self.assertEqual(other.command("MAIL FROM:<app@sender.test>")[0], 530)
        other.close()


class TicketKeyRotationTest(ResumptionCase):
    """A fresh engine: its first ticket key is made for the first ticket below."""

    def test_ticket_within_grace_resumes_and_beyond_it_does_not(self):
        for listener, version in (("smtps", "-tls1_3"), ("submission", "-tls1_2")):
            path = self.session_file(listener + version)
            s_client(self.relay, listener, version, path, save=True)
            issued = time.monotonic()
            # One rotation later the key no longer encrypts, but still decrypts (the grace period).
            time.sleep(max(0, issued + ROTATION_S + 1 - time.monotonic()))
            graced = s_client(self.relay, listener, version, path, save=False)
            self.assertEqual(handshake_kind(graced), "Reused", (listener, version, graced))
            # Two rotations later it is gone: a full handshake, which succeeds.
            time.sleep(max(0, issued + 2 * ROTATION_S + 1 - time.monotonic()))
            expired = s_client(self.relay, listener, version, path, save=False)
            self.assertEqual(handshake_kind(expired), "New", (listener, version, expired))


if __name__ == "__main__":
    unittest.main()
