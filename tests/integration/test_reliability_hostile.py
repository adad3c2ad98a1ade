"""Hostile clients: a thousand idle connections, a slow-drip client, connection limits and bounded memory.

While 1,000 connections sit idle (spread over the source addresses 127.0.0.2-127.0.0.9, 125 each) and a
client drips one byte every 2 seconds, a well-behaved client still submits with STARTTLS + AUTH in normal
time. The 126th connection from one address gets 421 4.7.0; the engine's resident memory per idle session is
measured from /proc/PID/status and printed; the idle timeout closes every idle session with 421 4.4.2 and the
session timeout ends the drip. A second engine with a small total limit refuses the connection over it, and a
third one, started with a file-descriptor limit below its connection limit, keeps accepting once descriptors
are free again (a regression test: Qt's QTcpServer stops accepting for good after EMFILE).

Run: ctest --test-dir build -R test_reliability_hostile -V
"""

import json
import os
import resource
import selectors
import smtplib
import socket
import sys
import threading
import time
import unittest

from relaydesk_harness import RawSession, Relay, client_tls_context, wait_until

IDLE_SOURCES = ["127.0.0.%d" % i for i in range(2, 10)]
PER_ADDRESS = 125
IDLE_CONNECTIONS = PER_ADDRESS * len(IDLE_SOURCES)  # 1,000
IDLE_TIMEOUT = 40
# Under three quarters of the total limit with the 1,000 idle sessions, so that they keep the idle timeout
# set here (from three quarters on, an idle session gets 10 s: BusyRelayShortensIdleTime).
BELOW_BUSY = 1400
SESSION_TIMEOUT = 50
DRIP_INTERVAL = 2.0
SUBMIT_BOUND = 10.0
# A bound for the plain build (16.8 KiB per idle plaintext session measured); under the sanitizers their shadow
# memory, redzones and ASan's quarantine of freed blocks raise the RSS (244 KiB per session seen under ASan,
# 217 under TSan), so there the bound only catches a runaway.
MAX_KIB_PER_SESSION = {"address": 500, "thread": 500}.get(os.environ.get("RELAYDESK_SANITIZER", ""), 48)
# The same bound for idle implicit-TLS sessions (41 KiB measured with 2,000: docs/security.md, "Idle TLS
# sessions"; 75 KiB before the shared context); the sanitizers' runaway bound likewise.
MAX_KIB_PER_TLS_SESSION = MAX_KIB_PER_SESSION


def raise_fd_limit(wanted=8192):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def vm_rss_kib(pid):
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS for %d" % pid)


def open_sockets(pid):
    """How many sockets the process holds open."""
    count = 0
    for name in os.listdir("/proc/%d/fd" % pid):
        try:
            if os.readlink("/proc/%d/fd/%s" % (pid, name)).startswith("socket:"):
                count += 1
        except OSError:
            pass
    return count


def read_line(sock, timeout):
    """The first reply line the server sends (without CRLF), or None when it closes or stays silent."""
    sock.settimeout(timeout)
    data = b""
    try:
        while b"\r\n" not in data:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    except (socket.timeout, TimeoutError, ConnectionResetError):
        pass
    return data.split(b"\r\n")[0].decode("latin-1") if data else None


def first_lines(socks, timeout):
    """The first reply line of each socket (None if it closed or said nothing), waiting for all at once."""
    selector = selectors.DefaultSelector()
    buffers = {}
    for sock in socks:
        sock.setblocking(False)
        buffers[sock] = b""
        selector.register(sock, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    pending = len(socks)
    while pending and time.monotonic() < deadline:
        for key, _ in selector.select(timeout=max(0.0, min(1.0, deadline - time.monotonic()))):
            try:
                chunk = key.fileobj.recv(4096)
            except (BlockingIOError, InterruptedError):
                continue
            except OSError:
                chunk = b""
            buffers[key.fileobj] += chunk
            if not chunk or b"\r\n" in buffers[key.fileobj]:
                selector.unregister(key.fileobj)
                pending -= 1
    selector.close()
    for sock in socks:
        sock.setblocking(True)
    return [buffers[s].split(b"\r\n")[0].decode("latin-1") if buffers[s] else None for s in socks]


def connect(address, source, timeout=10):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.settimeout(timeout)
        sock.bind((source, 0))
        sock.connect(address)
    except OSError:
        sock.close()
        raise
    return sock


def well_behaved_submission(relay, credential, tag):
    """STARTTLS + AUTH + one message with smtplib; returns (seconds taken, final reply)."""
    started = time.monotonic()
    with smtplib.SMTP(*relay.address("submission"), local_hostname="good.test", timeout=SUBMIT_BOUND * 2) as client:
        client.starttls(context=client_tls_context())
        client.login(credential["username"], credential["password"])
        client.mail("good@sender.test")
        client.rcpt("someone@rcpt.test")
        code, text = client.data(("Subject: %s\r\n\r\nA well-behaved client.\r\n" % tag).encode())
    return time.monotonic() - started, (code, text.decode())


class SlowDrip(threading.Thread):
    """Sends "EHLO drip.test" one byte every DRIP_INTERVAL seconds; records when and how the server ends it."""

    def __init__(self, address, source):
        super().__init__(daemon=True)
        self.sock = connect(address, source)
        self.greeting = read_line(self.sock, 10)
        self.started = time.monotonic()
        self.sent = 0
        self.closed_after = None
        self.final = None
        self.stop = threading.Event()

    def run(self):
        payload = b"EHLO drip.test\r\n" * 4
        self.sock.setblocking(False)
        received = b""
        for byte in payload:
            if self.stop.wait(DRIP_INTERVAL):
                break
            try:
                self.sock.send(bytes([byte]))
                self.sent += 1
            except OSError:
                pass
            try:
                chunk = self.sock.recv(4096)
                if not chunk:
                    self.closed_after = time.monotonic() - self.started
                    break
                received += chunk
            except BlockingIOError:
                pass
            except OSError:
                self.closed_after = time.monotonic() - self.started
                break
        self.final = received.decode("latin-1")
        self.sock.close()


class ThousandIdleConnections(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.fd_limit = raise_fd_limit()
        cls.relay = Relay({"limits.max_connections": BELOW_BUSY, "limits.max_connections_per_address": PER_ADDRESS,
                           "limits.idle_timeout": IDLE_TIMEOUT, "limits.session_timeout": SESSION_TIMEOUT,
                           "delivery.enabled": "false"}, prefix="relaydesk-hostile-")
        cls.credential = cls.relay.create_agent("good-agent", allow=("127.0.0.1",))
        cls.relay.start()

    @classmethod
    def tearDownClass(cls):
        try:
            cls.relay.stop()
        finally:
            cls.relay.cleanup()

    def test_idle_flood_slow_drip_and_limits(self):
        relay, pid = self.relay, self.relay.process.pid
        self.assertGreaterEqual(self.fd_limit, IDLE_CONNECTIONS + 100, "cannot raise RLIMIT_NOFILE for the test")

        # Warm up (TLS context, database connections, worker threads), then take the baseline.
        seconds, reply = well_behaved_submission(relay, self.credential, "warm-up")
        self.assertEqual(reply[0], 250, reply)
        time.sleep(0.5)
        rss_before, fds_before = vm_rss_kib(pid), open_sockets(pid)

        drip = SlowDrip(relay.address("submission"), "127.0.0.10")
        self.assertTrue(drip.greeting and drip.greeting.startswith("220"), drip.greeting)
        drip.start()

        opened = time.monotonic()
        idle = []
        try:
            for source in IDLE_SOURCES:
                for _ in range(PER_ADDRESS):
                    idle.append(connect(relay.address("submission"), source))
            last_opened = time.monotonic()
            greetings = first_lines(idle, 30)
            open_seconds = time.monotonic() - opened
            not_greeted = [g for g in greetings if not (g and g.startswith("220 "))]
            self.assertEqual(not_greeted, [], "%d of %d idle connections got no 220" % (len(not_greeted), len(idle)))

            # The connection over the per-address limit is refused with 421 4.7.0 (and a closed socket).
            over = connect(relay.address("submission"), IDLE_SOURCES[0])
            refusal = read_line(over, 10)
            self.assertTrue(refusal and refusal.startswith("421 4.7.0"), refusal)
            self.assertIsNone(read_line(over, 5), "the refused connection stayed open")
            over.close()
            # And the log says so (an outside tester's flood of 150 refused connections left no line).
            self.assertTrue(wait_until(lambda: any("event=connections_refused" in line and "limit=per_address" in line
                                                   and "last_client=%s" % IDLE_SOURCES[0] in line
                                                   for line in relay.stderr_lines), 10),
                            "no connections_refused line in the engine's log")

            time.sleep(1.0)
            rss_with, fds_with = vm_rss_kib(pid), open_sockets(pid)
            per_session = (rss_with - rss_before) / IDLE_CONNECTIONS
            print("\nhostile: engine sockets %d before, %d with the idle sessions" % (fds_before, fds_with), file=sys.stderr)
            self.assertGreaterEqual(fds_with - fds_before, IDLE_CONNECTIONS, "the engine does not hold the sessions")

            # A well-behaved client still gets through in normal time, twice.
            timings = []
            for n in range(2):
                seconds, reply = well_behaved_submission(relay, self.credential, "good-%d" % n)
                self.assertEqual(reply[0], 250, reply)
                self.assertLess(seconds, SUBMIT_BOUND, "submission took %.1fs under the idle flood" % seconds)
                timings.append(seconds)
            self.assertIsNone(drip.closed_after, "the drip client was cut off before any timeout: %s" % drip.final)

            print("\nhostile: %d idle sessions opened and greeted in %.1fs; RLIMIT_NOFILE %d" %
                  (IDLE_CONNECTIONS, open_seconds, self.fd_limit), file=sys.stderr)
            print("hostile: VmRSS %d KiB before, %d KiB with %d idle sessions: %.1f KiB per idle session;"
                  " descriptors %d -> %d" % (rss_before, rss_with, IDLE_CONNECTIONS, per_session, fds_before, fds_with),
                  file=sys.stderr)
            print("hostile: well-behaved STARTTLS+AUTH submissions during the flood: %s s" %
                  ", ".join("%.2f" % t for t in timings), file=sys.stderr)
            self.assertLess(per_session, MAX_KIB_PER_SESSION)

            # The idle timeout closes every idle session with 421 4.4.2.
            selector = selectors.DefaultSelector()
            for sock in idle:
                sock.setblocking(False)
                selector.register(sock, selectors.EVENT_READ, bytearray())
            deadline = last_opened + IDLE_TIMEOUT + 20
            closed, replies = 0, {}
            while closed < len(idle) and time.monotonic() < deadline:
                for key, _ in selector.select(timeout=1):
                    try:
                        chunk = key.fileobj.recv(4096)
                    except (BlockingIOError, InterruptedError):
                        continue
                    except OSError:
                        chunk = b""
                    if chunk:
                        key.data.extend(chunk)
                        continue
                    first = bytes(key.data).split(b"\r\n")[0].decode("latin-1")
                    replies[first[:9]] = replies.get(first[:9], 0) + 1
                    selector.unregister(key.fileobj)
                    closed += 1
            idle_closed_after = time.monotonic() - opened
            selector.close()
            print("hostile: idle timeout %ds closed %d of %d idle sessions after %.1fs; replies %s" %
                  (IDLE_TIMEOUT, closed, len(idle), idle_closed_after, replies), file=sys.stderr)
            self.assertEqual(closed, len(idle))
            self.assertEqual(replies, {"421 4.4.2": len(idle)})
            self.assertGreaterEqual(idle_closed_after, IDLE_TIMEOUT - 1)
        finally:
            for sock in idle:
                sock.close()

        # The drip's bytes make a whole line only every 32 s: each line resets the idle timer, and the session
        # timeout ends it.
        drip.join(SESSION_TIMEOUT + 15)
        print("hostile: slow drip (1 byte / %.0fs) sent %d bytes, closed after %s s: %r" %
              (DRIP_INTERVAL, drip.sent, "%.1f" % drip.closed_after if drip.closed_after else None, drip.final),
              file=sys.stderr)
        self.assertIsNotNone(drip.closed_after, "the slow-drip session was never closed")
        self.assertGreaterEqual(drip.closed_after, IDLE_TIMEOUT)
        self.assertLessEqual(drip.closed_after, SESSION_TIMEOUT + 2 * DRIP_INTERVAL + 2)
        self.assertIn("421 4.4.2", drip.final)

        # Every slot is free again: an address that was at its limit connects, and memory came back down.
        again = RawSession(relay.address("submission"), source=IDLE_SOURCES[0])
        self.assertEqual(again.read_reply()[0], 220)
        again.close()
        time.sleep(1.0)
        print("hostile: VmRSS %d KiB after the idle sessions closed" % vm_rss_kib(pid), file=sys.stderr)
        self.assertEqual(relay.process.poll(), None)


class LimitedRelayTest(unittest.TestCase):
    """A relay of its own with limits.max_connections at LIMIT (any number from one address) and SETTINGS."""
    LIMIT = 8
    SETTINGS = {}

    def setUp(self):
        self.relay = Relay(dict({"limits.max_connections": self.LIMIT, "limits.max_connections_per_address": 1000,
                                 "delivery.enabled": "false"}, **self.SETTINGS), prefix="relaydesk-hostile-")
        self.relay.start()

    def tearDown(self):
        try:
            self.relay.stop()
        finally:
            self.relay.cleanup()


class TrickleWithoutLineEnd(LimitedRelayTest):
    """A byte now and then that never ends a line is silence (RFC 5321 4.5.3.2.7: the server waits for a
    command): an outside tester's 64 connections each sending one byte every 5 s held every slot for the
    session's whole limit, and the office's client got "Too many connections"."""
    LIMIT = 64
    SETTINGS = {"limits.idle_timeout": 4, "limits.session_timeout": 120}

    def drip_until_closed(self, sock, what, between=None):
        """Sends one byte a second without a line end for at most 20 s (calling between() after each) until the
        relay closes sock; asserts it was closed after the idle time with 421 4.4.2."""
        started = time.monotonic()
        sock.setblocking(False)
        received, closed_after = b"", None
        while time.monotonic() - started < 20:
            try:
                sock.send(b"x")
            except OSError:
                pass
            if between:
                between(time.monotonic() - started)
            time.sleep(1.0)
            try:
                chunk = sock.recv(4096)
                if not chunk:
                    closed_after = time.monotonic() - started
                    break
                received += chunk
            except BlockingIOError:
                pass
            except OSError:
                closed_after = time.monotonic() - started
                break
        sock.close()
        print("\nhostile: a byte a second %s without a line end: closed after %s s with %r"
              % (what, "%.1f" % closed_after if closed_after else None, received.decode("latin-1").strip()),
              file=sys.stderr)
        self.assertIsNotNone(closed_after, "the trickling session was never closed")
        self.assertLess(closed_after, 4 + 12)
        self.assertIn(b"421 4.4.2", received)

    def test_bytes_without_a_line_end_do_not_keep_a_session(self):
        trickle = connect(self.relay.address("submission"), "127.0.0.71")
        self.assertTrue((read_line(trickle, 10) or "").startswith("220"))
        talker = RawSession(self.relay.address("submission"), source="127.0.0.72")
        self.assertEqual(talker.read_reply()[0], 220)

        def noop(elapsed):
            if int(elapsed) % 2 == 0:
                # Whole commands keep a session, however slowly they come.
                self.assertEqual(talker.command("NOOP")[0], 250)
        self.drip_until_closed(trickle, "before MAIL (NOOP every 2 s from another session)", noop)
        self.assertEqual(talker.command("NOOP")[0], 250)
        talker.sock.close()

    def test_bytes_without_a_line_end_inside_data_do_not_keep_a_session(self):
        # The same inside DATA, from a trusted device (another tester's stayed open for good there).
        self.relay.create_agent("dripper", allow=(), trusted=("127.0.0.73",))
        session = RawSession(self.relay.address("lan"), source="127.0.0.73")
        self.assertEqual(session.read_reply()[0], 220)
        self.assertEqual(session.command("EHLO drip.test")[0], 250)
        self.assertEqual(session.command("MAIL FROM:<a@drip.test>")[0], 250)
        self.assertEqual(session.command("RCPT TO:<b@dest.test>")[0], 250)
        self.assertEqual(session.command("DATA")[0], 354)
        session.send("Subject: drip\r\n")
        self.drip_until_closed(session.sock, "inside DATA")


class BusyRelayShortensIdleTime(LimitedRelayTest):
    """From three quarters of limits.max_connections on, a session silent for 10 s is closed with 421 4.4.2
    (an outside tester filled a relay with 1,024 silent connections for the 5-minute idle timeout)."""
    LIMIT = 8
    SETTINGS = {"limits.idle_timeout": 300}

    def test_silent_sessions_of_a_busy_relay_are_closed(self):
        address = self.relay.address("submission")
        quiet = [connect(address, "127.0.0.%d" % (2 + n)) for n in range(5)]  # 5 of 8: room left
        busy = []
        try:
            self.assertEqual([(g or "")[:4] for g in first_lines(quiet, 10)], ["220 "] * 5)
            # Below three quarters the idle timeout set (5 minutes) holds: after 12 s no session was written to
            # or closed (a socket is readable for either).
            time.sleep(12)
            self.assertEqual([read_ready(sock, 0) for sock in quiet], [False] * 5)
            # A sixth makes 6 of 8: the sessions silent for 10 s are told why and closed at their next look (the
            # five older ones, nearly at once) until fewer than half are in use, 3 of 8: the newest stays. (The
            # relay stays busy down to half: at three quarters, the first closed ended it and CI saw 1 of 5.)
            busy.append(connect(address, "127.0.0.20"))
            started = time.monotonic()
            self.assertTrue(first_lines(busy, 10)[0].startswith("220 "))
            replies = first_lines(quiet + busy, 20)
            elapsed = time.monotonic() - started
            closed = [reply for reply in replies if reply is not None]
            print("\nhostile: 6 of %d connections; %d closed within %.1f s: %r" %
                  (self.LIMIT, len(closed), elapsed, closed), file=sys.stderr)
            self.assertGreaterEqual(len(closed), 3, replies)
            self.assertIsNone(replies[-1], "the newest session was closed although the relay was no longer busy")
            for reply in closed:
                self.assertTrue(reply.startswith("421 4.4.2 ") and "near its connection limit" in reply, reply)
            left = [sock for sock, reply in zip(quiet + busy, replies) if reply is None]
            self.assertEqual([read_ready(sock, 0) for sock in left], [False] * len(left))
            self.assertTrue(wait_until(lambda: any("event=smtp_refused" in line and "connection limit" in line
                                                   for line in self.relay.stderr_lines), 10))
        finally:
            for sock in quiet + busy:
                sock.close()
        # With the relay no longer busy, a client may be silent longer than 10 s again.
        session = RawSession(address)
        self.assertEqual(session.read_reply()[0], 220)
        time.sleep(12)
        self.assertEqual(session.command("NOOP")[0], 250)
        session.close()


class BusyRelayKeepsRoomForOthers(LimitedRelayTest):
    """From three quarters of limits.max_connections on, an address that holds its share (1/64 of the limit,
    at least 2) opens no more: a flood from one address that reconnects as soon as slots free cannot take the
    last quarter from the office's other clients (an outside tester's client got through 0 times in 36)."""
    LIMIT = 8

    def test_the_last_quarter_is_for_other_addresses(self):
        address = self.relay.address("submission")
        flood = [connect(address, "127.0.0.20") for _ in range(6)]  # 6 of 8: three quarters
        others = []
        try:
            self.assertEqual([(g or "")[:4] for g in first_lines(flood, 10)], ["220 "] * 6)
            more = connect(address, "127.0.0.20")
            refusal = read_line(more, 10) or ""
            self.assertTrue(refusal.startswith("421 4.7.0 The relay is near its connection limit and keeps its last "
                                               "connections for other addresses"), refusal)
            more.close()
            self.assertTrue(wait_until(lambda: any("event=connections_refused" in line and "limit=busy_share" in line
                                                   for line in self.relay.stderr_lines), 10))
            # And listed where support looks (the window's Refused at submission, `log refused`): an outside
            # tester's 232 refusals were only in the operator log.
            def listed():
                rows = json.loads(self.relay.cli("log", "refused", json_output=True).stdout)
                return [r for r in rows if r.get("command") == "CONNECT" and r.get("address") == "127.0.0.20"]
            self.assertTrue(wait_until(lambda: listed(), 10))
            self.assertTrue(listed()[0]["reply"].startswith("421 4.7.0 The relay is near its connection limit"),
                            listed())
            self.assertEqual(listed()[0]["listener"], "submission")
            for source in ("127.0.0.2", "127.0.0.3"):
                others.append(connect(address, source))
            self.assertEqual([(g or "")[:4] for g in first_lines(others, 10)], ["220 "] * 2)
        finally:
            for sock in flood + others:
                sock.close()


class TotalConnectionLimit(LimitedRelayTest):
    LIMIT = 20

    def test_connection_over_the_total_limit_gets_421(self):
        # From addresses of their own: from three quarters on, one address holds at most its share.
        held = [RawSession(self.relay.address("submission"), source="127.0.0.%d" % (30 + n)) for n in range(self.LIMIT)]
        try:
            self.assertEqual([s.read_reply()[0] for s in held], [220] * self.LIMIT)
            over = RawSession(self.relay.address("lan"))
            code, lines = over.read_reply()
            self.assertEqual(code, 421, lines)
            self.assertTrue(lines[0].startswith("421 4.7.0"), lines)
            over.close()
        finally:
            for s in held:
                s.close()
        # Released slots are usable again.
        self.assertTrue(self._greeted_soon())

    def _greeted_soon(self):
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            session = RawSession(self.relay.address("submission"))
            code = session.read_reply()[0]
            session.close()
            if code == 220:
                return True
            time.sleep(0.2)
        return False


def small_fd_limit():
    resource.setrlimit(resource.RLIMIT_NOFILE, (FD_LIMIT, FD_LIMIT))


FD_LIMIT = 160


@unittest.skipIf(os.environ.get("RELAYDESK_SANITIZER") == "address",
                 "UBSan's vptr check opens a pipe to test that memory is readable; with the engine's descriptors "
                 "exhausted on purpose it reports every virtual call as 'invalid vptr' and aborts (a false positive "
                 "of the sanitizer, not of RelayDesk); this case runs in the plain build")
class DescriptorExhaustion(unittest.TestCase):
    """More connections than the engine's RLIMIT_NOFILE allows: it must keep serving once descriptors free up."""

    def setUp(self):
        raise_fd_limit()
        self.relay = Relay({"limits.max_connections": 1000, "limits.max_connections_per_address": 1000,
                            "delivery.enabled": "false"}, prefix="relaydesk-hostile-")
        self.relay.start(preexec_fn=small_fd_limit)

    def tearDown(self):
        try:
            self.relay.stop()
        finally:
            self.relay.cleanup()

    def test_listener_survives_emfile(self):
        flood = []
        try:
            for _ in range(FD_LIMIT + 40):
                try:
                    flood.append(connect(self.relay.address("submission"), "127.0.0.1", timeout=2))
                except OSError:
                    break
            greeted = sum(1 for line in first_lines(flood, 5) if (line or "").startswith("220"))
            self.assertLess(greeted, len(flood), "the flood did not exhaust the engine's descriptors")
        finally:
            for sock in flood:
                sock.close()
        print("\nhostile: RLIMIT_NOFILE %d in the engine, %d connections, %d greeted" % (FD_LIMIT, len(flood), greeted),
              file=sys.stderr)
        # Once the flood is gone, a new client is served again on every listener.
        for listener in ("submission", "lan"):
            deadline, code = time.monotonic() + 15, None
            while time.monotonic() < deadline:
                session = RawSession(self.relay.address(listener))
                code = session.read_reply()[0] if read_ready(session.sock, 3) else None
                session.close()
                if code == 220:
                    break
                time.sleep(0.5)
            self.assertEqual(code, 220, "the %s listener stopped accepting after EMFILE" % listener)
        self.assertIsNone(self.relay.process.poll())


def read_ready(sock, timeout):
    selector = selectors.DefaultSelector()
    selector.register(sock, selectors.EVENT_READ)
    ready = selector.select(timeout)
    selector.close()
    return bool(ready)


class ThousandIdleTlsSessions(unittest.TestCase):
    """1,000 idle sessions on the implicit-TLS listener, each after its handshake and the 220 greeting: the
    engine's resident memory per session stays under MAX_KIB_PER_TLS_SESSION."""

    @classmethod
    def setUpClass(cls):
        cls.fd_limit = raise_fd_limit()
        cls.relay = Relay({"limits.max_connections": BELOW_BUSY, "limits.max_connections_per_address": PER_ADDRESS,
                           "limits.idle_timeout": 600, "limits.session_timeout": 900, "delivery.enabled": "false"},
                          prefix="relaydesk-hostile-tls-")
        cls.relay.start()

    @classmethod
    def tearDownClass(cls):
        try:
            cls.relay.stop()
        finally:
            cls.relay.cleanup()

    def open_greeted(self, count, source):
        held = []
        context = client_tls_context()  # one: each new context loads the system's CA certificates
        for _ in range(count):
            sock = context.wrap_socket(connect(self.relay.address("smtps"), source, timeout=60))
            line = read_line(sock, 60)
            self.assertTrue(line and line.startswith("220 "), line)
            held.append(sock)
        return held

    def test_idle_tls_sessions_memory(self):
        pid = self.relay.process.pid
        self.assertGreaterEqual(self.fd_limit, IDLE_CONNECTIONS + 100, "cannot raise RLIMIT_NOFILE for the test")
        # Warm up (the first handshakes set up what every later one shares), then take the baseline.
        for sock in self.open_greeted(20, IDLE_SOURCES[0]):
            sock.close()
        time.sleep(1.0)
        rss_before = vm_rss_kib(pid)
        opened = time.monotonic()
        idle = []
        try:
            for source in IDLE_SOURCES:
                idle += self.open_greeted(PER_ADDRESS, source)
            open_seconds = time.monotonic() - opened
            time.sleep(1.0)
            rss_with = vm_rss_kib(pid)
            self.assertGreaterEqual(open_sockets(pid), IDLE_CONNECTIONS, "the engine does not hold the sessions")
        finally:
            for sock in idle:
                sock.close()
        per_session = (rss_with - rss_before) / IDLE_CONNECTIONS
        print("\nhostile: %d idle TLS sessions (465) opened and greeted in %.1fs; VmRSS %d KiB before, %d KiB with"
              " them: %.1f KiB per idle TLS session" % (IDLE_CONNECTIONS, open_seconds, rss_before, rss_with,
                                                        per_session), file=sys.stderr)
        self.assertLess(per_session, MAX_KIB_PER_TLS_SESSION)


if __name__ == "__main__":
    unittest.main(verbosity=2)
