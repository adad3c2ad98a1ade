"""An engine that stops (SIGTERM, as systemd or the window's Quit does) tells its clients: every session that can be
written to gets `421 4.3.2` before its connection closes (RFC 5321 3.8: a server that must shut down answers 421;
RFC 3463 X.3.2: the system is not accepting messages), so a client retries later instead of seeing a connection
cut off mid-reply. A message whose DATA was not finished is not queued. A client in the middle of a TLS handshake
cannot be written to; it is cut off, and the engine still stops at once.

Run: ctest --test-dir build -R test_engine_stop -V
"""

import socket
import struct
import threading
import time
import unittest

from relaydesk_harness import RawSession, RelayTestCase, SLOW, auth_plain, queue_id_of, wait_for


class EngineStopTest(RelayTestCase):
    # Each test stops the engine; setUp starts it again when a test before stopped it.

    def setUp(self):
        if self.relay.process is None:
            self.relay.start()

    @classmethod
    def tearDownClass(cls):
        if cls.relay.process is None:
            cls.relay.start()  # RelayTestCase's tear-down expects a running engine that stops cleanly
        super().tearDownClass()

    def stop_engine(self):
        started = time.monotonic()
        self.assertEqual(self.relay.stop(), 0, "\n".join(self.relay.stderr_lines))
        return time.monotonic() - started

    def assert_shutdown_reply(self, session):
        code, lines = session.read_reply()
        self.assertEqual(code, 421, lines)
        self.assertIn("4.3.2", lines[-1])
        self.assertIn("shutting down", lines[-1])
        self.assertEqual(session.read_reply(), (None, []), "the connection closes after the 421")

    def test_an_idle_plain_session_hears_421(self):
        session = RawSession(self.relay.address("submission"))
        try:
            self.assertEqual(session.read_reply()[0], 220)
            self.assertEqual(session.command("EHLO client.test")[0], 250)
            self.stop_engine()
            self.assert_shutdown_reply(session)
        finally:
            session.close()

    def test_a_tls_session_in_data_hears_421_and_nothing_is_queued(self):
        before = len(self.relay.messages())
        session = RawSession(self.relay.address("smtps"), implicit_tls=True)
        try:
            self.assertEqual(session.read_reply()[0], 220)
            self.assertEqual(session.command("EHLO client.test")[0], 250)
            code, lines = session.command("AUTH PLAIN " + auth_plain(self.credential["username"],
                                                                       self.credential["password"]))
            self.assertEqual(code, 235, lines)
            self.assertEqual(session.command("MAIL FROM:<app@example.com>")[0], 250)
            self.assertEqual(session.command("RCPT TO:<someone@example.net>")[0], 250)
            self.assertEqual(session.command("DATA")[0], 354)
            session.send("Subject: half a message\r\n\r\nthe first line, and no end of data\r\n")
            time.sleep(0.3 * SLOW)  # the engine has read it: the 421 comes in the middle of DATA
            self.stop_engine()
            self.assert_shutdown_reply(session)
        finally:
            session.close()
        self.assertEqual(len(self.relay.messages()), before, "a message without its end of data is not queued")

    def test_a_client_stuck_in_the_tls_handshake_is_cut_off(self):
        session = RawSession(self.relay.address("smtps"))  # TCP only: no ClientHello ever comes
        try:
            time.sleep(0.3 * SLOW)
            self.assertLess(self.stop_engine(), 10 * SLOW)
            self.assertEqual(session.pending(wait=1), b"", "nothing can be said before the handshake")
        finally:
            session.close()

    def test_a_client_that_shuts_its_side_after_the_dot_still_hears_250(self):
        # An outside tester: shutdown(SHUT_WR) within a few milliseconds of the final dot (and a pipelined QUIT)
        # lost the 250 six times in six, while the message was stored: the client would send it again.
        for attempt in range(8):
            with self.subTest(attempt=attempt):
                session = RawSession(self.relay.address("lan"))
                try:
                    self.assertEqual(session.read_reply()[0], 220)
                    self.assertEqual(session.command("EHLO client.test")[0], 250)
                    self.assertEqual(session.command("MAIL FROM:<app@example.com>")[0], 250)
                    self.assertEqual(session.command("RCPT TO:<someone@example.net>")[0], 250)
                    self.assertEqual(session.command("DATA")[0], 354)
                    session.send("Subject: half-closed %d\r\n\r\nbody\r\n.\r\nQUIT\r\n" % attempt)
                    session.sock.shutdown(socket.SHUT_WR)
                    code, lines = session.read_reply()
                    self.assertEqual(code, 250, lines)
                    queue_id = queue_id_of(lines[-1])
                    self.assertIsNotNone(self.find_message(queue_id))
                    self.assertEqual(session.read_reply()[0], 221)
                    self.assertEqual(session.read_reply(), (None, []))
                finally:
                    session.close()

    def test_a_message_whose_client_reset_is_logged_as_accepted(self):
        # A client that resets right after its final dot may be gone when the commit ends: its message is stored
        # and delivered, and had no message_accepted line (an outside tester searched the log for it).
        before = {m["queue_id"] for m in self.relay.messages()}
        for attempt in range(6):
            session = RawSession(self.relay.address("lan"))
            try:
                self.assertEqual(session.read_reply()[0], 220)
                self.assertEqual(session.command("EHLO client.test")[0], 250)
                session.send("MAIL FROM:<app@example.com>\r\nRCPT TO:<someone@example.net>\r\nDATA\r\n")
                self.assertEqual([session.read_reply()[0] for _ in range(3)], [250, 250, 354])
                session.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                session.send("Subject: reset %d\r\n\r\nbody\r\n.\r\n" % attempt)
                time.sleep(attempt / 1000)  # 0 to 5 ms: the reset before, during or after the commit
            finally:
                session.close()  # with SO_LINGER 0: a reset, at once
        time.sleep(1 * SLOW)  # what reached the relay is committed by now
        stored = {m["queue_id"] for m in self.relay.messages()} - before
        self.assertGreaterEqual(len(stored), 3, "most of the six reached the relay before their reset")
        for queue_id in stored:
            wait_for(lambda: any("event=message_accepted" in line and "queue_id=" + queue_id in line
                                 for line in self.relay.stderr_lines), "message_accepted for " + queue_id)

    def test_under_load_a_stored_message_was_answered_250(self):
        # An outside tester stopped the engine while 40 clients sent: 29 got 421 after their final dot, and 18 of
        # those messages were stored all the same (the client sends them again). What is stored is exactly
        # what was answered 250.
        answered, stored_before = [], {m["queue_id"] for m in self.relay.messages()}
        stop = threading.Event()
        lock = threading.Lock()

        def client(number):
            for sent in range(200):
                if stop.is_set() and sent > 0:
                    return
                try:
                    session = RawSession(self.relay.address("lan"), timeout=10 * SLOW)
                except OSError:
                    return
                try:  # the engine stops under these clients: a reset or a closed pipe ends one
                    if session.read_reply()[0] != 220 or session.command("EHLO load.test")[0] != 250:
                        return
                    session.send("MAIL FROM:<app@example.com>\r\nRCPT TO:<someone@example.net>\r\nDATA\r\n")
                    if [session.read_reply()[0] for _ in range(3)] != [250, 250, 354]:
                        return
                    session.send("Subject: load %d-%d\r\n\r\n%s.\r\n" % (number, sent, ("x" * 76 + "\r\n") * 26))
                    code, lines = session.read_reply()
                    if code == 250:
                        with lock:
                            answered.append(queue_id_of(lines[-1]))
                    session.send("QUIT\r\n")
                except OSError:
                    return
                finally:
                    session.close()

        threads = [threading.Thread(target=client, args=(n,)) for n in range(20)]
        for thread in threads:
            thread.start()
        time.sleep(1.5 * SLOW)
        stop.set()
        self.stop_engine()
        for thread in threads:
            thread.join(60 * SLOW)
        stored = {m["queue_id"] for m in self.relay.messages()} - stored_before
        self.assertGreater(len(answered), 20, "the clients sent before the stop")
        self.assertEqual(stored, set(answered), "stored but told to retry: %s; answered 250 but not stored: %s"
                         % (sorted(stored - set(answered)), sorted(set(answered) - stored)))


if __name__ == "__main__":
    unittest.main(verbosity=2)
