"""Logs for operators (docs/operations.md, "Logs"): the real headless engine writes one key=value line per event on
stderr, at the level that --log-level (or the log.level setting) asks for; the admin command line logs the
configuration changes it makes, with who made them; no password, AUTH payload or message body ever appears.
Under systemd the same events reach the journal as structured fields (tested through a journal socket of our
own where no journald runs).
"""

import base64
import os
import re
import select
import shutil
import smtplib
import socket
import subprocess
import tempfile
import time
import unittest

from relaydesk_harness import (RELAYDESK_BIN, SLOW, RawSession, Relay, auth_plain, client_tls_context, queue_id_of,
                               wait_until)

LINE = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z) (debug|info|warning|error) (relaydesk\.[a-z]+): "
                  r"(event=.*)$")
FIELD = re.compile(r'([a-z0-9_]+)=("(?:[^"\\]|\\.)*"|[^ ]*)(?: |$)')
BODY_MARKER = "body-marker-never-logged-7f3a"


def parse_fields(text):
    """The fields of a key=value line, quoted values unescaped (the inverse of LogLine)."""
    fields = {}
    position = 0
    while position < len(text):
        match = FIELD.match(text, position)
        if not match:
            raise AssertionError("not a key=value line at %d: %r" % (position, text))
        value = match.group(2)
        if value.startswith('"'):
            value = re.sub(r'\\(x[0-9a-f]{2}|.)', lambda m: {"r": "\r", "n": "\n", "t": "\t"}.get(
                m.group(1), chr(int(m.group(1)[1:], 16)) if m.group(1).startswith("x") else m.group(1)), value[1:-1])
        fields[match.group(1)] = value
        position = match.end()
    return fields


def events(lines):
    """(level, category, fields) of every operator log line; other lines (the start's own words) are skipped."""
    found = []
    for line in lines:
        match = LINE.match(line)
        if match:
            found.append((match.group(2), match.group(3), parse_fields(match.group(4))))
    return found


def find(lines, event, **expected):
    return [(level, category, fields) for level, category, fields in events(lines)
            if fields.get("event") == event and all(fields.get(k) == v for k, v in expected.items())]


class OperatorLogTest(unittest.TestCase):
    def setUp(self):
        self.relay = Relay({"auth.max_failures": 3, "auth.failure_window": 900, "auth.lockout": 900})
        self.addCleanup(self.relay.cleanup)
        self.credential = self.relay.create_agent("logs-agent", allow=("127.0.0.1", "127.0.0.2"))

    def submit(self):
        """STARTTLS + AUTH PLAIN with smtplib; returns the queue id."""
        with smtplib.SMTP(*self.relay.address("submission"), timeout=10 * SLOW) as client:
            client.starttls(context=client_tls_context())
            client.login(self.credential["username"], self.credential["password"])
            client.mail("app@example.org")
            client.rcpt("someone@example.net")
            code, text = client.data(("Subject: logs\r\n\r\n%s\r\n" % BODY_MARKER).encode())
            self.assertEqual(code, 250, text)
            return queue_id_of(text)

    def fail_until_locked_out(self, source="127.0.0.2"):
        session = RawSession(self.relay.address("smtps"), implicit_tls=True, source=source)
        try:
            self.assertEqual(session.read_reply()[0], 220)
            self.assertEqual(session.command("EHLO client.test")[0], 250)
            codes = [session.command("AUTH PLAIN " + auth_plain(self.credential["username"], "wrong-%d" % i))[0]
                     for i in range(3)]
        finally:
            session.close()
        self.assertEqual(codes, [535, 535, 421])

    def assert_no_secrets(self, text):
        password = self.credential["password"]
        for secret in (password, base64.b64encode(password.encode()).decode(),
                       auth_plain(self.credential["username"], password),
                       auth_plain(self.credential["username"], "wrong-0"), "wrong-0", "wrong-1", BODY_MARKER):
            self.assertNotIn(secret, text)

    def test_info_level_events_and_fields(self):
        self.relay.start(args=["--log-level", "info"])
        queue_id = self.submit()
        self.fail_until_locked_out()
        changed = self.relay.cli("--log-level", "info", "config", "set", "limits.max_recipients", "50")
        unlocked = self.relay.cli("--log-level", "info", "security", "unlock", "127.0.0.2")
        self.assertTrue(wait_until(lambda: find(self.relay.stderr_lines, "auth_lockout_lifted"), 5 * SLOW),
                        self.relay.stderr_lines)
        self.assertEqual(self.relay.stop(), 0)
        lines = self.relay.stderr_lines
        print("\n".join(lines))

        # Every line of the log has the one format; nothing at debug on --log-level info.
        for line in lines:
            self.assertTrue(LINE.match(line) or line.startswith("relaydesk: ") or line.startswith("  "), line)
        self.assertFalse([e for e in events(lines) if e[0] == "debug"])

        started = find(lines, "engine_started", face="service")
        self.assertEqual(len(started), 1, lines)
        self.assertEqual(started[0][:2], ("info", "relaydesk.engine"))
        for name in ("submission", "smtps", "lan"):
            self.assertIn("%s=127.0.0.1:%d" % (name, self.relay.ports[name]), started[0][2]["listeners"])
        self.assertEqual(started[0][2]["log_level"], "info")

        auth_ok = find(lines, "auth_ok", agent="logs-agent", client="127.0.0.1")
        self.assertEqual(len(auth_ok), 1, lines)
        self.assertEqual(auth_ok[0][:2], ("info", "relaydesk.auth"))

        accepted = find(lines, "message_accepted", queue_id=queue_id)
        self.assertEqual(len(accepted), 1, lines)
        level, category, fields = accepted[0]
        self.assertEqual((level, category), ("info", "relaydesk.smtp"))
        self.assertEqual(fields["agent"], "logs-agent")
        self.assertEqual(fields["listener"], "submission")
        self.assertTrue(fields["client"].startswith("127.0.0.1:"), fields)
        self.assertEqual(fields["recipients"], "1")
        self.assertGreater(int(fields["size"]), len(BODY_MARKER))
        self.assertEqual(fields["session"], auth_ok[0][2]["session"])

        failed = find(lines, "auth_failed", client="127.0.0.2")
        self.assertEqual(len(failed), 2, lines)
        self.assertEqual(failed[0][:2], ("warning", "relaydesk.auth"))
        self.assertEqual(failed[0][2]["reason"], "wrong password")
        lockout = find(lines, "auth_lockout", client="127.0.0.2")
        self.assertEqual(len(lockout), 1, lines)
        self.assertEqual(lockout[0][0], "warning")
        self.assertEqual((lockout[0][2]["failures"], lockout[0][2]["lockout_s"]), ("3", "900"))
        self.assertEqual(find(lines, "auth_lockout_lifted", client="127.0.0.2", by="admin")[0][0], "info")

        # The command line logs what it changed, and who it is.
        cli_lines = changed.stderr.splitlines()
        change = find(cli_lines, "config_changed", key="limits.max_recipients", value="50", face="cli")
        self.assertEqual(len(change), 1, changed.stderr)
        self.assertEqual(change[0][:2], ("info", "relaydesk.config"))
        self.assertEqual(change[0][2]["uid"], str(os.getuid()))
        self.assertTrue(change[0][2]["pid"].isdigit())
        self.assertTrue(find(unlocked.stderr.splitlines(), "auth_lockout_unlocked", client="127.0.0.2", face="cli"))

        self.assertEqual(len(find(lines, "engine_stopped")), 1, lines)
        self.assert_no_secrets("\n".join(lines) + changed.stderr + unlocked.stderr)

    def test_refused_mail_is_logged_with_its_reply(self):
        """Every refused sender, recipient and message gets an info line with the reply the client got; a
        syntax error of another command stays at debug."""
        domain_credential = self.relay.create_agent("office-agent", senders=("office.example",))
        self.relay.start(args=["--log-level", "info"])

        # The submission port without STARTTLS: told to start TLS first (RFC 3207 4).
        plain = RawSession(self.relay.address("submission"))
        self.assertEqual(plain.read_reply()[0], 220)
        self.assertEqual(plain.command("EHLO client.test")[0], 250)
        self.assertEqual(plain.command("FOO bar")[0], 500)
        code, text = plain.command("MAIL FROM:<app@office.example>")
        self.assertEqual(code, 530, text)
        self.assertIn("Must issue a STARTTLS command first", text[0])
        plain.close()

        # After AUTH: a sender outside the agent's domains.
        with smtplib.SMTP(*self.relay.address("submission"), timeout=10 * SLOW) as client:
            client.starttls(context=client_tls_context())
            client.login(domain_credential["username"], domain_credential["password"])
            code, _ = client.mail("ceo@elsewhere.example")
            self.assertEqual(code, 553)

        # The LAN relay listener from an address that is no trusted device.
        lan = RawSession(self.relay.address("lan"), source="127.0.0.3")
        self.assertEqual(lan.read_reply()[0], 220)
        self.assertEqual(lan.command("EHLO printer.test")[0], 250)
        self.assertEqual(lan.command("MAIL FROM:<scan@office.example>")[0], 550)
        lan.close()

        self.assertTrue(wait_until(lambda: len(find(self.relay.stderr_lines, "smtp_refused")) >= 3, 5 * SLOW),
                        self.relay.stderr_lines)
        self.assertEqual(self.relay.stop(), 0)
        lines = self.relay.stderr_lines
        refused = [fields for level, category, fields in find(lines, "smtp_refused")]
        self.assertTrue(all(level == "info" and category == "relaydesk.smtp"
                            for level, category, _ in find(lines, "smtp_refused")), lines)
        replies = [(f["listener"], f["command"], f["reply"][:9]) for f in refused]
        self.assertEqual(replies, [("submission", "MAIL", "530 5.7.0"), ("submission", "MAIL", "553 5.7.1"),
                                   ("lan", "MAIL", "550 5.7.1")], lines)
        self.assertIn("STARTTLS", refused[0]["reply"])
        self.assertEqual(refused[1]["agent"], "office-agent")
        self.assertIn("office.example", refused[1]["reply"])
        self.assertTrue(refused[2]["client"].startswith("127.0.0.3:"), refused[2])
        self.assertIn("not a trusted device", refused[2]["reply"])
        self.assert_no_secrets("\n".join(lines))
        self.assertNotIn(domain_credential["password"], "\n".join(lines))

    def test_smarthost_secret_is_not_logged(self):
        secret = "smarthost-secret-4711"
        result = subprocess.run([RELAYDESK_BIN, "--data-dir", self.relay.dir, "--log-level", "debug", "smarthost", "set",
                                 "mail.example.com:587",
                                 "--username", "relay", "--password-stdin"], input=secret + "\n",
                                capture_output=True, text=True, env=dict(os.environ, RELAYDESK_LOG_TARGET="stderr"))
        self.assertEqual(result.returncode, 0, result.stderr)
        change = find(result.stderr.splitlines(), "smarthost_set", host="mail.example.com:587", username="relay")
        self.assertEqual(len(change), 1, result.stderr)
        self.assertEqual(change[0][2]["password"], "(secret)")
        self.assertNotIn(secret, result.stderr + result.stdout)

    def test_command_line_keeps_its_stderr_without_a_journal(self):
        # Without a journal (RELAYDESK_LOG_TARGET=stderr stands for one that is absent), a change made with the
        # command line says nothing on stderr unless asked to with --log-level.
        quiet = self.relay.cli("config", "set", "limits.max_recipients", "60")
        self.assertEqual(quiet.stderr, "")
        loud = self.relay.cli("--log-level=info", "config", "reset", "limits.max_recipients")
        self.assertTrue(find(loud.stderr.splitlines(), "config_reset", key="limits.max_recipients", face="cli"),
                        loud.stderr)

    def test_warning_level_hides_info_lines(self):
        self.relay.start(args=["--log-level", "warning"])
        self.submit()
        self.fail_until_locked_out()
        self.assertEqual(self.relay.stop(), 0)
        found = events(self.relay.stderr_lines)
        # Only the audit lines (start, stop, configuration) pass below the level; the mail's do not.
        self.assertFalse([e for e in found if e[0] in ("debug", "info")
                          and e[1] not in ("relaydesk.engine", "relaydesk.config")], self.relay.stderr_lines)
        self.assertFalse(find(self.relay.stderr_lines, "message_accepted"), self.relay.stderr_lines)
        self.assertTrue(find(self.relay.stderr_lines, "auth_failed"), self.relay.stderr_lines)
        self.assertTrue(find(self.relay.stderr_lines, "auth_lockout"), self.relay.stderr_lines)
        self.assert_no_secrets("\n".join(self.relay.stderr_lines))

    def test_audit_lines_pass_at_any_level(self):
        # Start and stop, lockouts and TLS failures are always logged, even at --log-level error.
        self.relay.start(args=["--log-level", "error"])
        self.submit()
        self.fail_until_locked_out()
        self.assertEqual(self.relay.stop(), 0)
        self.assertTrue(find(self.relay.stderr_lines, "engine_started"), self.relay.stderr_lines)
        self.assertTrue(find(self.relay.stderr_lines, "engine_stopped"), self.relay.stderr_lines)
        self.assertTrue(find(self.relay.stderr_lines, "auth_lockout"), self.relay.stderr_lines)
        self.assertFalse(find(self.relay.stderr_lines, "message_accepted"), self.relay.stderr_lines)

    def test_setting_sets_the_level_and_the_command_line_wins(self):
        self.relay.config_set("log.level", "warning")
        self.relay.start()
        self.submit()
        self.assertEqual(self.relay.stop(), 0)
        self.assertFalse(find(self.relay.stderr_lines, "message_accepted"), self.relay.stderr_lines)

        self.relay.start(args=["--log-level=debug"])
        self.submit()
        self.assertEqual(self.relay.stop(), 0)
        self.assertTrue(find(self.relay.stderr_lines, "message_accepted"), self.relay.stderr_lines)
        self.assertTrue(find(self.relay.stderr_lines, "session_started"), self.relay.stderr_lines)
        self.assertTrue(find(self.relay.stderr_lines, "session_ended"), self.relay.stderr_lines)
        self.assert_no_secrets("\n".join(self.relay.stderr_lines))

    def test_bad_level_is_refused(self):
        result = subprocess.run([RELAYDESK_BIN, "--headless", "--data-dir", self.relay.dir, "--log-level", "loud"],
                                capture_output=True, text=True, timeout=30 * SLOW)
        self.assertEqual(result.returncode, 2)
        self.assertIn("--log-level: 'loud' is not a level", result.stderr)
        bad = self.relay.cli("config", "set", "log.level", "loud", check=False)
        self.assertNotEqual(bad.returncode, 0)
        self.assertIn("not debug, info, warning or error", bad.stderr)


JOURNAL_SOCKET = "/run/systemd/journal/socket"


def parse_journal_datagram(data):
    """systemd's native journal protocol: NAME=value lines, or NAME, a little-endian 64-bit size and binary data."""
    fields = {}
    while data:
        newline = data.index(b"\n")
        head = data[:newline]
        if b"=" in head:
            name, value = head.split(b"=", 1)
            data = data[newline + 1:]
        else:
            size = int.from_bytes(data[newline + 1:newline + 9], "little")
            name, value = head, data[newline + 9:newline + 9 + size]
            data = data[newline + 10 + size:]
        fields[name.decode()] = value
    return fields


class JournalTest(unittest.TestCase):
    """When systemd runs the engine (JOURNAL_STREAM names its stderr), its log goes to the journal as fields.

    No journald runs in CI's container, so the test listens on the journal's socket itself (as root, the test
    stage's user); where a journald already owns the socket, its own entries are read with journalctl."""

    def setUp(self):
        if os.path.exists(JOURNAL_SOCKET):
            self.own_socket = None
        elif os.geteuid() != 0:
            self.fail("the journal test needs root (to listen on %s) or a running journald" % JOURNAL_SOCKET)
        else:
            self.created = []
            for directory in ("/run/systemd", "/run/systemd/journal"):
                if not os.path.isdir(directory):
                    os.mkdir(directory, 0o755)
                    self.created.append(directory)
            self.own_socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
            self.own_socket.bind(JOURNAL_SOCKET)
            self.own_socket.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
            self.addCleanup(self.remove_socket)
        self.relay = Relay()
        self.addCleanup(self.relay.cleanup)

    def remove_socket(self):
        self.own_socket.close()
        os.unlink(JOURNAL_SOCKET)
        for directory in reversed(self.created):
            os.rmdir(directory)

    def test_structured_fields(self):
        read_end, write_end = os.pipe()
        info = os.fstat(write_end)
        env = {k: v for k, v in os.environ.items() if k not in ("RELAYDESK_LOG_TARGET", "INVOCATION_ID")}
        env["JOURNAL_STREAM"] = "%d:%d" % (info.st_dev, info.st_ino)
        process = subprocess.Popen([RELAYDESK_BIN, "--headless", "--data-dir", self.relay.dir], stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=write_end, env=env)
        os.close(write_end)
        try:
            ours = ("data_dir=%s " % self.relay.dir).encode()
            entries = [e for e in self.read_entries(process.pid, "engine_started", lambda e: ours in e.get("MESSAGE", b""))
                       if e.get("RELAYDESK_EVENT") != b"engine_started" or ours in e.get("MESSAGE", b"")]
        finally:
            process.terminate()
            process.wait(20 * SLOW)
            stderr = b""
            while select.select([read_end], [], [], 0)[0]:
                chunk = os.read(read_end, 65536)
                if not chunk:
                    break
                stderr += chunk
            os.close(read_end)
        started = [e for e in entries if e.get("RELAYDESK_EVENT") == b"engine_started"]
        self.assertEqual(len(started), 1, entries)
        entry = started[0]
        self.assertTrue(entry["MESSAGE"].startswith(b"event=engine_started face=service "), entry)
        self.assertEqual(entry["PRIORITY"], b"6")
        self.assertEqual(entry["SYSLOG_IDENTIFIER"], b"relaydesk")
        self.assertEqual(entry["RELAYDESK_CATEGORY"], b"relaydesk.engine")
        self.assertEqual(entry["RELAYDESK_FACE"], b"service")
        self.assertIn(b"submission=127.0.0.1:%d" % self.relay.ports["submission"], entry["RELAYDESK_LISTENERS"])
        # The journal has it; stderr (the same journal stream) does not have it twice.
        self.assertNotIn(b"event=engine_started", stderr)

    def test_command_line_changes_go_to_the_journal(self):
        env = {k: v for k, v in os.environ.items() if k not in ("RELAYDESK_LOG_TARGET", "INVOCATION_ID",
                                                                  "JOURNAL_STREAM")}
        process = subprocess.Popen([RELAYDESK_BIN, "--data-dir", self.relay.dir, "config", "set", "limits.max_hops", "30"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        stdout, stderr = process.communicate(timeout=60 * SLOW)
        self.assertEqual(process.returncode, 0, stderr)
        self.assertEqual(stderr, b"")  # the terminal keeps the answer only
        ours = lambda e: e.get("RELAYDESK_KEY") == b"limits.max_hops" and e.get("RELAYDESK_VALUE") == b"30"
        entries = [e for e in self.read_entries(process.pid, "config_changed", ours) if ours(e)]
        self.assertEqual(len(entries), 1, entries)
        self.assertEqual(entries[0]["RELAYDESK_VALUE"], b"30")
        self.assertEqual(entries[0]["RELAYDESK_FACE"], b"cli")
        self.assertEqual(entries[0]["RELAYDESK_UID"], str(os.getuid()).encode())
        self.assertEqual(entries[0]["PRIORITY"], b"6")

    def read_entries(self, pid, event, wanted=lambda entry: True):
        # While this test holds the journal socket, command lines that other tests run at the same time log
        # there too (ctest -j): read until an entry of this process's (wanted) arrives, not the first of its
        # name.
        deadline = time.monotonic() + 20 * SLOW
        if self.own_socket is None:
            while time.monotonic() < deadline:
                output = subprocess.run(["journalctl", "-o", "export", "_PID=%d" % pid, "RELAYDESK_EVENT=" + event],
                                        capture_output=True).stdout
                if output:
                    return [dict((line.split(b"=", 1)[0].decode(), line.split(b"=", 1)[1])
                                 for line in entry.split(b"\n") if b"=" in line) for entry in output.split(b"\n\n")]
                time.sleep(0.2)
            return []
        entries = []
        self.own_socket.settimeout(0.2)
        while time.monotonic() < deadline:
            try:
                entries.append(parse_journal_datagram(self.own_socket.recv(1 << 20)))
            except socket.timeout:
                continue
            if any(e.get("RELAYDESK_EVENT") == event.encode() and wanted(e) for e in entries):
                break
        return entries


if __name__ == "__main__":
    unittest.main()
