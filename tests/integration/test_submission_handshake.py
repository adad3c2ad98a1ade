"""Stalled TLS handshakes: a client that opens the implicit-TLS port, or sends STARTTLS, and then never finishes
the handshake must not keep its connection slot. limits.tls_handshake_timeout closes such connections (no 421
can be written: there is no channel to write it on) while well-behaved clients are served throughout.
"""

import selectors
import smtplib
import socket
import sys
import time
import unittest

from relaydesk_harness import SLOW, RawSession, RelayTestCase, client_tls_context

HANDSHAKE_TIMEOUT = 3
STALLED = 50
# The first bytes of a TLS record header and a ClientHello that never arrives in full.
PARTIAL_CLIENT_HELLO = b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03"


class HandshakeTimeoutTest(RelayTestCase):
    # The slots: 2 x 50 stalled connections plus a few good ones fit; 100 more fit only once the stalled are gone.
    settings = {"limits.tls_handshake_timeout": HANDSHAKE_TIMEOUT, "limits.max_connections": 110,
                "limits.max_connections_per_address": 120, "limits.idle_timeout": 300}

    def send_good_message(self, subject):
        with smtplib.SMTP_SSL(*self.relay.address("smtps"), timeout=10 * SLOW, context=client_tls_context()) as client:
            client.login(self.credential["username"], self.credential["password"])
            client.mail("app@sender.test")
            client.rcpt("one@rcpt.test")
            code, _ = client.data(("Subject: %s\r\n\r\nserved during the stall\r\n" % subject).encode())
            return code

    def stall_implicit(self, index):
        sock = socket.create_connection(self.relay.address("smtps"), timeout=10)
        if index % 2:
            sock.sendall(PARTIAL_CLIENT_HELLO)  # a handshake that starts and stops
        return sock

    def stall_starttls(self, index):
        session = RawSession(self.relay.address("submission"))
        self.assertEqual(session.read_reply()[0], 220)
        self.assertEqual(session.command("EHLO client.test")[0], 250)
        self.assertEqual(session.command("STARTTLS")[0], 220)
        if index % 2:
            session.send(PARTIAL_CLIENT_HELLO)
        return session.sock

    def wait_for_closes(self, sockets, opened_at, limit):
        """Seconds after opening at which the server closed each socket; None for those still open at limit."""
        selector = selectors.DefaultSelector()
        for index, sock in enumerate(sockets):
            sock.setblocking(False)
            selector.register(sock, selectors.EVENT_READ, index)
        closed = [None] * len(sockets)
        deadline = opened_at + limit
        while any(c is None for c in closed) and time.monotonic() < deadline:
            for key, _ in selector.select(timeout=0.2):
                try:
                    data = key.fileobj.recv(4096)
                except (ConnectionResetError, BlockingIOError):
                    data = b""
                if not data:
                    closed[key.data] = time.monotonic() - opened_at
                    selector.unregister(key.fileobj)
        selector.close()
        return closed

    def check_path(self, name, stall):
        start = time.monotonic()
        sockets = [stall(i) for i in range(STALLED)]
        opened = time.monotonic()
        # A good client is served while every stalled handshake holds its slot.
        self.assertEqual(self.send_good_message("%s during" % name), 250)
        closed = self.wait_for_closes(sockets, opened, HANDSHAKE_TIMEOUT + 6 * SLOW)
        for sock in sockets:
            sock.close()
        still_open = sum(1 for c in closed if c is None)
        done = [c for c in closed if c is not None]
        print("%s: %d stalled handshakes opened in %.2f s; %d closed by the server, after %.2f-%.2f s; %d still open"
              % (name, STALLED, opened - start, len(done), min(done or [0]), max(done or [0]), still_open),
              file=sys.stderr)
        self.assertEqual(still_open, 0, "stalled handshakes kept their slots")
        # Closed by the handshake timer, not earlier for some other reason.
        self.assertGreaterEqual(min(done), HANDSHAKE_TIMEOUT - (opened - start) - 0.5)
        # The slots are free again: 100 new connections fit under limits.max_connections 110 (from 50 addresses:
        # from three quarters of the limit on, one address holds at most its share).
        fresh = []
        try:
            for n in range(100):
                session = RawSession(self.relay.address("submission"), source="127.0.0.%d" % (2 + n % 50))
                fresh.append(session)
                code, lines = session.read_reply()
                self.assertEqual(code, 220, lines)
        finally:
            for session in fresh:
                session.close()
        self.assertEqual(self.send_good_message("%s after" % name), 250)

    def test_implicit_tls_handshakes_time_out(self):
        self.check_path("implicit TLS", self.stall_implicit)

    def test_starttls_handshakes_time_out(self):
        self.check_path("STARTTLS", self.stall_starttls)


if __name__ == "__main__":
    unittest.main(verbosity=2)
