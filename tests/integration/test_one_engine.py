"""One engine per data directory (docs/operations.md): a second `relaydesk --headless` on a data directory that
already has a running engine exits non-zero, names the running one (pid, since when) on stderr and binds no
port; after kill -9 of the first, the lock is not stale and a new engine starts; the admin command line works
beside a running engine (it never takes the engine lock).
"""

import json
import os
import re
import smtplib
import subprocess
import time
import unittest

from relaydesk_harness import RELAYDESK_BIN, SLOW, Relay, client_tls_context, fail_on_tsan_report


def listening_inodes():
    """Inodes of every TCP socket in LISTEN state (IPv4 and IPv6) mapped to its local port."""
    inodes = {}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as f:
            next(f)
            for line in f:
                fields = line.split()
                if fields[3] == "0A":
                    inodes[fields[9]] = int(fields[1].rsplit(":", 1)[1], 16)
    return inodes


def listening_ports_of(pid):
    """The TCP ports the process pid listens on."""
    listening = listening_inodes()
    ports = set()
    fd_dir = "/proc/%d/fd" % pid
    for fd in os.listdir(fd_dir):
        try:
            target = os.readlink(os.path.join(fd_dir, fd))
        except OSError:
            continue
        match = re.fullmatch(r"socket:\[(\d+)\]", target)
        if match and match.group(1) in listening:
            ports.add(listening[match.group(1)])
    return ports


class OneEngineTest(unittest.TestCase):

    def setUp(self):
        self.relay = Relay()
        self.credential = self.relay.create_agent("one-engine", allow=("127.0.0.1",))

    def tearDown(self):
        self.relay.cleanup()

    def second_engine(self):
        """Runs a second headless engine on the same data directory; it must give up at once."""
        result = subprocess.run([RELAYDESK_BIN, "--headless", "--data-dir", self.relay.dir],
                                stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=30 * SLOW)
        fail_on_tsan_report("second relaydesk --headless", result.stderr)
        return result

    def own_ports(self):
        return set(self.relay.ports.values())

    def test_second_engine_refused_and_binds_nothing(self):
        self.relay.start()
        first = self.relay.process.pid
        self.assertEqual(listening_ports_of(first), self.own_ports())
        result = self.second_engine()
        self.assertNotEqual(result.returncode, 0)
        self.assertRegex(result.stderr, r"relaydesk: cannot start: a relay service \(pid %d, since "
                                        r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\) already runs on the data directory "
                         % first + re.escape(self.relay.dir))
        self.assertNotIn("listening on", result.stderr)
        # The ports are still the first engine's, and it still serves.
        self.assertEqual(listening_ports_of(first), self.own_ports())
        with smtplib.SMTP(*self.relay.address("submission"), timeout=10) as client:
            client.starttls(context=client_tls_context())
            client.login(self.credential["username"], self.credential["password"])
        self.assertEqual(self.relay.stop(), 0)
        # Released on a clean stop: the next engine starts.
        self.relay.start()
        self.assertEqual(self.relay.stop(), 0)

    def test_a_removed_lock_file_lets_no_second_engine_in(self):
        # An outside tester removed engine.lock under a running engine: a second engine took the directory,
        # started delivering beside the first, failed at the ports the first held, and took the first's
        # control socket with it on the way out (`status` then said that no relay ran).
        self.relay.start()
        first = self.relay.process.pid
        lock = os.path.join(self.relay.dir, "engine.lock")
        os.remove(lock)
        result = self.second_engine()
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("a relay engine (pid %d) already runs on the data directory %s and answers on"
                      % (first, self.relay.dir), result.stderr)
        self.assertIn("nothing was started here", result.stderr)
        self.assertNotIn("engine_started", result.stderr)
        self.assertTrue(os.path.exists(os.path.join(self.relay.dir, "control.sock")))
        # The first engine makes its lock file again: commands and the next engine see it by its lock too.
        def lock_names_first():
            try:
                with open(lock) as f:
                    return "pid=%d\n" % first in f.read()
            except OSError:
                return False
        deadline = time.monotonic() + 10 * SLOW
        while not lock_names_first() and time.monotonic() < deadline:
            time.sleep(0.1)
        self.assertTrue(lock_names_first())
        status = self.relay.cli("--json", "status")
        self.assertEqual(json.loads(status.stdout)["running"], True, status.stdout)
        self.assertRegex(self.second_engine().stderr, r"a relay service \(pid %d, since" % first)
        self.assertEqual(listening_ports_of(first), self.own_ports())
        self.assertEqual(self.relay.stop(), 0)

    def test_kill9_leaves_no_stale_lock(self):
        self.relay.start()
        self.relay.kill()
        # The lock file is still there with the dead engine's details, but nobody holds it any more.
        self.assertTrue(os.path.exists(os.path.join(self.relay.dir, "engine.lock")))
        self.relay.start()
        self.assertEqual(listening_ports_of(self.relay.process.pid), self.own_ports())
        self.assertNotEqual(self.second_engine().returncode, 0)
        self.assertEqual(self.relay.stop(), 0)

    def test_cli_works_beside_a_running_engine(self):
        self.relay.start()
        created = json.loads(self.relay.cli("agent", "create", "beside", "--allow-ip", "127.0.0.1",
                                            json_output=True).stdout)
        credential = created.get("credential", created)
        names = [agent["name"] for agent in json.loads(self.relay.cli("agent", "list", json_output=True).stdout)]
        self.assertIn("beside", names)
        self.relay.cli("config", "set", "limits.max_recipients", "77")
        self.assertEqual(self.relay.cli("config", "get", "limits.max_recipients").stdout.strip(), "77")
        self.relay.cli("queue", "list")
        self.relay.cli("log", "search")
        # The running engine sees the new agent at once (no restart).
        with smtplib.SMTP(*self.relay.address("submission"), timeout=10) as client:
            client.starttls(context=client_tls_context())
            client.login(credential["username"], credential["password"])
        self.assertEqual(self.relay.stop(), 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
