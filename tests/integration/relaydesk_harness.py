"""Shared helper for RelayDesk's integration tests: a headless engine on private ports and a temporary data dir.

Every test gets its own data directory and free ephemeral ports (never the defaults 2465/2525/2587), so that
the test modules can run in parallel under `ctest -j`. The engine is driven only through its command line,
its SMTP listeners and its store (the SQLite file opened read-only), as a user would.

With RELAYDESK_TEST_PG set (scripts/test.sh's PostgreSQL pass, docs/postgresql.md "Tests"), every new data
directory gets a fresh database on that server (the binary makes it) and store_connection() reads it through
psycopg2 with the same ? placeholders and row access as sqlite3.
"""

import base64
import contextlib
import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import ssl
import stat
import subprocess
import tempfile
import threading
import time
import unittest

RELAYDESK_BIN = os.environ.get("RELAYDESK_BIN", "relaydesk")
DNSMASQ = "/usr/sbin/dnsmasq"
LISTENERS = ("submission", "smtps", "lan")
# Set by the sanitizer stages of scripts/test.sh. Under TSan the engine runs several times slower, so the
# harness's own waits for it (start, stop, wait_until) are scaled by SLOW.
SANITIZER = os.environ.get("RELAYDESK_SANITIZER", "")
SLOW = 4 if SANITIZER == "thread" else 1
TSAN_REPORT = "WARNING: ThreadSanitizer:"
# The suite's PostgreSQL pass: the admin address of the throwaway server (scripts/pg-cluster.sh).
TEST_PG = os.environ.get("RELAYDESK_TEST_PG", "")
# The tests read the engine's log on its stderr, even when the test run itself runs under systemd (whose
# INVOCATION_ID would otherwise send it to the journal: docs/operations.md, "Logs").
ENGINE_ENV = dict(os.environ, RELAYDESK_LOG_TARGET="stderr")


def fail_on_tsan_report(what, stderr_text):
    """Any ThreadSanitizer report from an engine or command-line process fails the test that started it."""
    if TSAN_REPORT in stderr_text:
        raise AssertionError("ThreadSanitizer report from %s:\n%s" % (what, stderr_text))


def _ephemeral_range():
    try:
        with open("/proc/sys/net/ipv4/ip_local_port_range") as f:
            low, high = (int(v) for v in f.read().split())
            return low, high
    except (OSError, ValueError):
        return 32768, 60999


_handed_out = set()


def free_ports(count):
    """Ports free right now (bound once, then released), drawn at random below the kernel's ephemeral range.

    A port from the ephemeral range (what bind to port 0 gives) can be handed to any outgoing connection of a
    test running in parallel before the engine binds it: CI saw "The bound address is already in use" that
    way. Below the range only another test's free_ports can take it, and start() then tries other ports.
    Within one test process a port is handed out once: a sink's port chosen before a relay's listeners were
    (both free until one binds) once came back as the relay's SMTPS port, and the relay refused the loop."""
    low = 20000
    high = min(_ephemeral_range()[0], 32768)
    if len(_handed_out) + count > (high - low) // 2:
        _handed_out.clear()  # a process that used half the range: its first ports are long closed
    sockets, ports = [], []
    try:
        while len(ports) < count:
            port = random.randrange(low, high)
            if port in ports or port in _handed_out:
                continue
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                s.close()
                continue
            sockets.append(s)
            ports.append(port)
    finally:
        for s in sockets:
            s.close()
    _handed_out.update(ports)
    return ports


class PgRow(tuple):
    """A row read by index or by column name, compared and sorted as a tuple, like sqlite3.Row."""

    def __new__(cls, names, values):
        row = super().__new__(cls, [bytes(v) if isinstance(v, memoryview) else v for v in values])
        row._names = list(names)
        return row

    def keys(self):
        return list(self._names)

    def __getitem__(self, key):
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names.index(key))
        return tuple.__getitem__(self, key)


class PgCursor:
    def __init__(self, cursor):
        self._cursor = cursor

    def _row(self, values):
        if values is None:
            return None
        return PgRow([d[0] for d in self._cursor.description], values)

    def fetchone(self):
        return self._row(self._cursor.fetchone())

    def fetchall(self):
        return [self._row(v) for v in self._cursor.fetchall()]

    def __iter__(self):
        return iter(self.fetchall())


class PgConnection:
    """A PostgreSQL store opened like the harness opens SQLite: execute(sql with ?, params), autocommit."""

    def __init__(self, data_dir):
        import psycopg2  # python3-psycopg2, only for the PostgreSQL pass
        import urllib.parse
        settings = {}
        with open(os.path.join(data_dir, "store.conf")) as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#") and "=" in line:
                    key, value = line.split("=", 1)
                    settings[key] = value
        url = urllib.parse.urlparse(settings["url"])
        password_file = settings.get("password_file", os.path.join(data_dir, "store.password"))
        with open(password_file) as f:
            password = f.read().strip()
        self._connection = psycopg2.connect(host=url.hostname, port=url.port or 5432, user=url.username,
                                            password=password, dbname=url.path[1:])
        self._connection.autocommit = True
        self.row_factory = None

    def execute(self, sql, params=()):
        cursor = self._connection.cursor()
        cursor.execute(sql.replace("%", "%%").replace("?", "%s"), tuple(params))
        return PgCursor(cursor)

    def executemany(self, sql, rows):
        for params in rows:
            self.execute(sql, params)

    def commit(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def close(self):
        self._connection.close()


def stored_secret(data_dir, name):
    """A secret as the store of data_dir keeps it (docs/postgresql.md, "Secrets in the store"): on SQLite the
    file (name "smarthost": smarthost.secret, "routes": routes.secret, "dkim/DOMAIN/SELECTOR":
    dkim/DOMAIN/SELECTOR.pem) and its mode,
    on PostgreSQL the node_secrets row and None. (None, None) when there is none."""
    if os.path.exists(os.path.join(data_dir, "store.conf")):
        with contextlib.closing(store_connection(data_dir)) as db:
            row = db.execute("SELECT value FROM node_secrets WHERE name = ?", (name,)).fetchone()
        return (bytes(row[0]), None) if row else (None, None)
    files = {"smarthost": "smarthost.secret", "routes": "routes.secret"}
    path = os.path.join(data_dir, files.get(name, name + ".pem"))
    if not os.path.exists(path):
        return None, None
    with open(path, "rb") as f:
        return f.read(), stat.S_IMODE(os.stat(path).st_mode)


def store_connection(data_dir, read_only=True):
    """The store of data_dir: the SQLite file (read-only unless asked), or its PostgreSQL database."""
    if os.path.exists(os.path.join(data_dir, "store.conf")):
        return PgConnection(data_dir)
    path = os.path.join(data_dir, "relaydesk.sqlite")
    if read_only:
        connection = sqlite3.connect("file:%s?mode=ro" % path, uri=True, timeout=30)
    else:
        connection = sqlite3.connect(path, timeout=30)
    connection.row_factory = sqlite3.Row
    return connection


def client_tls_context():
    """A client context that accepts the engine's self-signed certificate and allows only what it offers."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def write_msmtprc(home, port, sender, credential):
    """An msmtp configuration in home for the submission listener on port: STARTTLS (the engine's self-signed
    certificate not checked), AUTH PLAIN with the agent's credential; returns its path (mode 0600)."""
    config = os.path.join(home, "msmtprc")
    with open(config, "w") as f:
        f.write("account default\nhost 127.0.0.1\nport %d\nfrom %s\ntls on\ntls_starttls on\n"
                "tls_certcheck off\nauth plain\nuser %s\npassword %s\n"
                % (port, sender, credential["username"], credential["password"]))
    os.chmod(config, 0o600)
    return config


def auth_plain(username, password):
    return base64.b64encode(b"\0" + username.encode() + b"\0" + password.encode()).decode()


def thread_stacks(pid):
    """The stack of every thread of a process that hangs, for the failure message (gdb, when it is there)."""
    if shutil.which("gdb") is None:
        return "(gdb is not installed)"
    result = subprocess.run(["gdb", "-p", str(pid), "-batch", "-ex", "thread apply all bt 30"],
                            capture_output=True, text=True, timeout=120)
    return "\n".join(line for line in result.stdout.splitlines() if line.startswith(("#", "Thread")))


class Relay:
    """One RelayDesk data directory and, once started, one headless engine process."""

    def __init__(self, settings=None, prefix="relaydesk-it-", parent=None):
        """parent: where the data directory is made (e.g. a small filesystem a test mounted); default: $TMPDIR."""
        self.dir = tempfile.mkdtemp(prefix=prefix, dir=parent)
        self.process = None
        self.stderr_lines = []
        self._stderr_thread = None
        ports = free_ports(3)
        self.ports = dict(zip(LISTENERS, ports))
        # Hermetic: the tests examine what was accepted; no delivery attempt leaves the machine.
        merged = {"listener.%s.address" % name: "127.0.0.1:%d" % self.ports[name] for name in LISTENERS}
        merged["delivery.enabled"] = "false"
        merged.update(settings or {})
        # One change, as the Settings page saves: settings checked against each other (the retry waits) are
        # checked once all are in, whatever order the test names them in.
        self.cli("config", "set", *[word for key, value in merged.items() for word in (key, str(value))])

    # -- the admin command line ------------------------------------------------------------------------
    def cli(self, *args, json_output=False, check=True):
        command = [RELAYDESK_BIN, "--data-dir", self.dir]
        if json_output:
            command.append("--json")
        command.extend(args)
        result = subprocess.run(command, capture_output=True, text=True, timeout=60 * SLOW, env=ENGINE_ENV)
        fail_on_tsan_report(" ".join(command), result.stderr)
        if check and result.returncode != 0:
            raise AssertionError("%s failed (%d): %s %s" % (" ".join(command), result.returncode, result.stdout,
                                                            result.stderr))
        return result

    def config_set(self, key, value):
        self.cli("config", "set", key, value)

    def create_agent(self, name, allow=("127.0.0.1",), trusted=(), senders=(), any_sender=None):
        """Creates a Mail Agent; returns its credential as {"username": ..., "password": ...}.

        senders: its sender domains and addresses (docs/protocols.md, "Sender domains"). Without any, the agent
        may send as anyone (--any-sender, as an agent from before sender domains): the tests that are not about
        sender domains submit as many senders; test_sender_domains tests the rule."""
        args = ["agent", "create", name]
        for cidr in allow:
            args += ["--allow-ip", cidr]
        for cidr in trusted:
            args += ["--trusted-device", cidr]
        for sender in senders:
            args += ["--sender-domain", sender]
        if any_sender if any_sender is not None else not senders:
            args.append("--any-sender")
        output = json.loads(self.cli(*args, json_output=True).stdout)
        credential = output.get("credential", output)
        return {"username": credential["username"], "password": credential["password"]}

    # -- the engine ------------------------------------------------------------------------------------
    def start(self, timeout=20, preexec_fn=None, args=(), retries=2):
        """Starts `relaydesk --headless` and waits until every enabled listener says it is listening.

        preexec_fn runs in the child before the engine starts (e.g. to lower its RLIMIT_NOFILE); args are added
        to its command line (e.g. --log-level debug). A listener port taken by another process between
        free_ports and the start is replaced and the start tried again, at most `retries` times."""
        self.stderr_lines = []
        self.process = subprocess.Popen([RELAYDESK_BIN, "--headless", "--data-dir", self.dir, *args],
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                        text=True, preexec_fn=preexec_fn, env=ENGINE_ENV)
        ready = threading.Event()
        expected = len(LISTENERS)

        def drain():
            listening = 0
            for line in self.process.stderr:
                self.stderr_lines.append(line.rstrip("\n"))
                if " listening on " in line and " NOT listening" not in line:
                    listening += 1
                    if listening >= expected:
                        ready.set()
                if "NOT listening" in line or "cannot start" in line or "no listener" in line:
                    ready.set()
            ready.set()

        self._stderr_thread = threading.Thread(target=drain, daemon=True)
        self._stderr_thread.start()
        if not ready.wait(timeout * SLOW) or self.process.poll() is not None or any(
                "NOT listening" in l for l in self.stderr_lines):
            output = "\n".join(self.stderr_lines)
            self.kill()
            if retries > 0 and self._move_taken_listeners(output):
                return self.start(timeout, preexec_fn, args, retries - 1)
            raise AssertionError("relaydesk --headless did not start:\n" + output)
        return self

    def _move_taken_listeners(self, output):
        """Gives each listener whose port free_ports chose and something else took meanwhile a new port."""
        moved = False
        for name in LISTENERS:
            taken = "relaydesk: %s NOT listening on 127.0.0.1:%d: The bound address is already in use" % (
                name, self.ports[name])
            if taken in output:
                self.ports[name] = free_ports(1)[0]
                self.set_listener_address(name, "127.0.0.1:%d" % self.ports[name])
                moved = True
        return moved

    def set_listener_address(self, name, address):
        """Where listener `name` listens from the next start on (a setting of this data directory)."""
        self.config_set("listener.%s.address" % name, address)

    def stop(self, timeout=30):
        """SIGTERM (a clean shutdown, within the unit's TimeoutStopSec); returns the exit code."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout * SLOW)
            except subprocess.TimeoutExpired:
                stacks = thread_stacks(self.process.pid)
                self.process.kill()
                self.process.wait()
                raise AssertionError("relaydesk did not stop within %ds of SIGTERM; its threads:\n%s"
                                     % (timeout, stacks))
        code = self.process.returncode
        self._finish()
        return code

    def kill(self):
        """SIGKILL, as a crash or a power cut would end it."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self._finish()

    def _finish(self):
        if self._stderr_thread:
            self._stderr_thread.join(5 * SLOW)
        self.process.stderr.close()
        self.process = None
        fail_on_tsan_report("relaydesk --headless", "\n".join(self.stderr_lines))

    def cleanup(self):
        try:
            self.kill()
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def address(self, listener):
        return ("127.0.0.1", self.ports[listener])

    def logged(self, predicate, at_least=1, timeout=5):
        """The engine's stderr lines for which predicate(line) holds, once at least `at_least` of them were read
        (or `timeout` seconds passed). The engine logs an event after it stored it, and a thread of this harness
        reads its stderr: a line may arrive a moment after the reply or the row it reports."""
        def matching():
            return [line for line in list(self.stderr_lines) if predicate(line)]
        wait_until(lambda: len(matching()) >= at_least, timeout * SLOW)
        return matching()

    # -- the queue, read straight from the store (SQLite read-only, or PostgreSQL) ------------------------------
    def db(self):
        return store_connection(self.dir)

    def messages(self):
        """Every queued message: queue_id, sender, listener, agent_name, client_address, body, recipients."""
        with contextlib.closing(self.db()) as db:
            rows = db.execute("SELECT m.id, m.queue_id, m.sender, m.listener, m.agent_name, m.client_address, b.body"
                              " FROM messages m LEFT JOIN message_bodies b ON b.message_id = m.id ORDER BY m.id").fetchall()
            result = []
            for row in rows:
                recipients = [r[0] for r in db.execute(
                    "SELECT address FROM recipients WHERE message_id = ? ORDER BY id", (row["id"],))]
                body = row["body"]
                if isinstance(body, str):
                    body = body.encode()
                result.append({"queue_id": row["queue_id"], "sender": row["sender"], "listener": row["listener"],
                               "agent_name": row["agent_name"], "client_address": row["client_address"],
                               "body": body or b"", "recipients": recipients})
        return result

    def message_count(self):
        with contextlib.closing(self.db()) as db:
            return db.execute("SELECT COUNT(*) FROM messages").fetchone()[0]

    def security_events(self, kind=None):
        with contextlib.closing(self.db()) as db:
            if kind:
                return [dict(r) for r in db.execute("SELECT * FROM security_events WHERE kind = ?", (kind,))]
            return [dict(r) for r in db.execute("SELECT * FROM security_events")]


class RawSession:
    """A hand-driven SMTP client on a plain or TLS socket, for what smtplib refuses to send."""

    def __init__(self, address, implicit_tls=False, source="127.0.0.1", timeout=10):
        self.sock = socket.create_connection(address, timeout=timeout, source_address=(source, 0))
        self.buffer = b""
        if implicit_tls:
            self.sock = client_tls_context().wrap_socket(self.sock)

    def send(self, data):
        if isinstance(data, str):
            data = data.encode()
        self.sock.sendall(data)

    def read_reply(self):
        """One whole (possibly multi-line) reply as (code, [lines]); (None, []) if the server closed."""
        lines = []
        while True:
            while b"\r\n" not in self.buffer:
                try:
                    chunk = self.sock.recv(65536)
                except (ConnectionResetError, ssl.SSLError):
                    chunk = b""
                if not chunk:
                    return (None, lines)
                self.buffer += chunk
            line, self.buffer = self.buffer.split(b"\r\n", 1)
            text = line.decode("latin-1")
            lines.append(text)
            if len(text) < 4 or text[3] != "-":
                return (int(text[:3]), lines)

    def command(self, data):
        self.send(data if data.endswith("\r\n") else data + "\r\n")
        return self.read_reply()

    def starttls(self):
        code, lines = self.command("STARTTLS")
        if code != 220:
            raise AssertionError("STARTTLS refused: %s" % lines)
        self.sock = client_tls_context().wrap_socket(self.sock)
        return code

    def pending(self, wait=0.3):
        """Whatever the server sends within `wait` seconds (b"" if nothing)."""
        self.sock.settimeout(wait)
        data = self.buffer
        self.buffer = b""
        try:
            while True:
                chunk = self.sock.recv(65536)
                if not chunk:
                    break
                data += chunk
        except (socket.timeout, TimeoutError, ssl.SSLError, ConnectionResetError):
            pass
        finally:
            self.sock.settimeout(10)
        return data

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


class RelayTestCase(unittest.TestCase):
    """A test class with one engine for all its tests: setUpClass builds `cls.relay` with `cls.settings`."""

    settings = {}
    agent_allow = ("127.0.0.1",)
    agent_trusted = ("127.0.0.1",)

    @classmethod
    def setUpClass(cls):
        cls.relay = Relay(cls.settings)
        try:
            cls.agent_name = "it-agent"
            cls.credential = cls.relay.create_agent(cls.agent_name, allow=cls.agent_allow, trusted=cls.agent_trusted)
            cls.relay.start()
        except BaseException:
            cls.relay.cleanup()
            raise

    @classmethod
    def tearDownClass(cls):
        try:
            code = cls.relay.stop()
            if code != 0:
                raise AssertionError("relaydesk exited with %s after SIGTERM:\n%s" % (code,
                                                                                    "\n".join(cls.relay.stderr_lines)))
        finally:
            cls.relay.cleanup()

    def authenticated_session(self, source="127.0.0.1"):
        """A RawSession on the submission listener after EHLO, STARTTLS, EHLO and a successful AUTH PLAIN."""
        session = RawSession(self.relay.address("submission"), source=source)
        self.assertEqual(session.read_reply()[0], 220)
        self.assertEqual(session.command("EHLO client.test")[0], 250)
        session.starttls()
        self.assertEqual(session.command("EHLO client.test")[0], 250)
        code, lines = session.command("AUTH PLAIN " + auth_plain(self.credential["username"],
                                                                   self.credential["password"]))
        self.assertEqual(code, 235, lines)
        return session

    def find_message(self, queue_id):
        for message in self.relay.messages():
            if message["queue_id"] == queue_id:
                return message
        return None


def queue_id_of(reply_text):
    """The queue id in a "250 2.0.0 OK: queued as ID" reply."""
    if isinstance(reply_text, bytes):
        reply_text = reply_text.decode("latin-1")
    marker = "queued as "
    index = reply_text.find(marker)
    if index < 0:
        return None
    return reply_text[index + len(marker):].split()[0]


def start_dnsmasq(records, local=("test",)):
    """dnsmasq on a random 127.0.0.X:53 (QDnsLookup asks port 53 only, so it needs root); returns (process,
    address). It answers only from records (dnsmasq options such as --txt-record=NAME,TEXT); names under the
    `local` domains that records do not hold are NXDOMAIN. Stop it with stop_dnsmasq(process)."""
    last = ""
    locals_ = ["--local=/%s/" % domain for domain in local]
    for _ in range(5):
        octet = random.choice([n for n in range(60, 240) if n != 53])
        address = "127.0.0.%d" % octet
        process = subprocess.Popen([DNSMASQ, "--no-daemon", "--no-resolv", "--no-hosts", "--port=53",
                                    "--listen-address=" + address, "--bind-interfaces"] + locals_ + records,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        output = []

        def drain(proc=process, lines=output):
            for line in proc.stdout:
                lines.append(line)

        process.drain = threading.Thread(target=drain, daemon=True)
        process.drain.start()
        if wait_until(lambda: process.poll() is not None or any("started" in l for l in output), 5) and \
                process.poll() is None:
            return process, address
        last = "".join(output)
        process.kill()
        process.wait()
    raise AssertionError("dnsmasq did not start: " + last)


def stop_dnsmasq(process):
    process.terminate()
    process.wait()
    process.drain.join(5)
    process.stdout.close()


def silent_nameserver():
    """A 127.0.0.X where nothing listens on port 53 (checked by binding it): a name server that never answers."""
    for _ in range(20):
        address = "127.0.0.%d" % random.randint(60, 239)
        with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.bind((address, 53))
            return address
    raise AssertionError("no free 127.0.0.X:53 for a silent name server")


class PeersTestCase(unittest.TestCase):
    """A test class that starts its peers once for all its tests (dnsmasq, receivers, a Relay).

    Subclasses start them in the class method _start() and register how to stop each with
    cls.cleanups.append(...) as soon as it runs; a failing start stops what was started. A relay left in
    cls.relay that is still running is stopped with SIGTERM at the end and must exit with 0."""

    relay = None

    @classmethod
    def setUpClass(cls):
        cls.cleanups = []
        try:
            cls._start()
        except BaseException:
            cls._stop()
            raise

    @classmethod
    def _start(cls):
        pass

    @classmethod
    def _stop(cls):
        for cleanup in reversed(cls.cleanups):
            with contextlib.suppress(Exception):
                cleanup()

    @classmethod
    def tearDownClass(cls):
        try:
            if cls.relay is not None and cls.relay.process is not None:
                code = cls.relay.stop()
                assert code == 0, "relaydesk exited with %s:\n%s" % (code, "\n".join(cls.relay.stderr_lines[-40:]))
        finally:
            cls._stop()


def listening(port, host="127.0.0.1"):
    """Whether something accepts TCP connections on host:port now (a peer a test started is up)."""
    with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=1):
        return True
    return False


def wait_until(predicate, timeout=10, step=0.05):
    deadline = time.monotonic() + timeout * SLOW
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


def has_ipv6_loopback():
    """Whether this machine can bind ::1 (a container may have no IPv6 at all)."""
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as probe:
            probe.bind(("::1", 0))
        return True
    except OSError:
        return False


def wait_for(predicate, what, timeout=10.0):
    """wait_until that fails the test, naming what did not happen; the engine applies a change within about a
    second (more under TSan)."""
    if not wait_until(predicate, timeout):
        raise AssertionError("not within %.0f s: %s" % (timeout * SLOW, what))


# An OpenSSL configuration under which a client offers TLS 1.0 and 1.1 itself (Debian's default refuses them), so
# that a refusal of an old protocol is the relay's; for OPENSSL_CONF in a client's environment.
LEGACY_TLS_OPENSSL_CONF = """openssl_conf = openssl_init
[openssl_init]
ssl_conf = ssl_sect
[ssl_sect]
system_default = system_default_sect
[system_default_sect]
MinProtocol = TLSv1
CipherString = DEFAULT:@SECLEVEL=0
"""


class LegacyTlsClients:
    """A test case mixin (before RelayTestCase): cls.openssl_conf names a file holding LEGACY_TLS_OPENSSL_CONF for
    the class's clients (OPENSSL_CONF in their environment), removed after its tests."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        handle, cls.openssl_conf = tempfile.mkstemp(suffix=".cnf")
        with os.fdopen(handle, "w") as f:
            f.write(LEGACY_TLS_OPENSSL_CONF)

    @classmethod
    def tearDownClass(cls):
        os.unlink(cls.openssl_conf)
        super().tearDownClass()
