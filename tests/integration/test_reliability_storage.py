"""Storage faults under a running engine: a full filesystem, a filesystem gone read-only, a database locked by
another process. In every case a submission gets a 4xx reply with an enhanced status code and never 250, the
engine does not crash, and it accepts mail again once the fault is gone, with every message acknowledged
before the fault still stored.

The full and read-only cases mount their own filesystems, so they need root (and skip without it):
- full: a 24 MiB tmpfs as the data directory, filled by a file; 4 MiB messages must grow the WAL;
- read-only: an ext4 image on a loop device, mounted errors=remount-ro, then `mount -o remount,abort`, which
  makes every later write fail with EROFS even through the engine's open descriptors (a plain
  `mount -o remount,ro` is refused with EBUSY while the engine holds files open for writing).

Run: ctest --test-dir build -R test_reliability_storage -V
"""

import contextlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import unittest

from relaydesk_harness import RawSession, Relay, queue_id_of, wait_until

BIG = 4 * 1024 * 1024
ENHANCED_4XX = re.compile(r"^4\d\d 4\.\d{1,3}\.\d{1,3} ")


def run(*command):
    return subprocess.run(list(command), capture_output=True, text=True, timeout=120)


def submit(relay, tag, size=0, timeout=30):
    """One message through the LAN relay listener; returns the final reply line (or None if the engine hung up)."""
    session = RawSession(relay.address("lan"), timeout=timeout)
    try:
        assert session.read_reply()[0] == 220
        assert session.command("EHLO storage.test")[0] == 250
        assert session.command("MAIL FROM:<app@sender.test>")[0] == 250
        assert session.command("RCPT TO:<%s@rcpt.test>" % tag)[0] == 250
        assert session.command("DATA")[0] == 354
        line = ("%s " % tag).ljust(76, "x") + "\r\n"
        body = "Subject: %s\r\nX-Test-Id: %s\r\n\r\n" % (tag, tag) + line * (size // len(line))
        session.send(body + ".\r\n")
        code, lines = session.read_reply()
        if code is not None:
            session.command("QUIT")
        return lines[0] if lines else None
    finally:
        session.close()


def stored_queue_ids(relay):
    with contextlib.closing(relay.db()) as db:
        return {row[0] for row in db.execute("SELECT queue_id FROM messages")}


class StorageFaultBase(unittest.TestCase):
    def setUp(self):
        if os.geteuid() != 0:
            self.skipTest("mounting a test filesystem needs root")
        self.cleanups = []
        self.acked = []

    def tearDown(self):
        for cleanup in reversed(self.cleanups):
            with contextlib.suppress(Exception):
                cleanup()

    def accepted(self, relay, tag, size=0):
        line = submit(relay, tag, size)
        self.assertTrue(line and line.startswith("250 "), line)
        self.acked.append(queue_id_of(line))
        return line

    def refused(self, relay, tag, size=0):
        """A submission during the fault: a 4xx with an enhanced code, never 250."""
        line = submit(relay, tag, size)
        self.assertIsNotNone(line, "the engine hung up instead of replying")
        self.assertFalse(line.startswith("2"), "accepted during the fault: " + line)
        self.assertRegex(line, ENHANCED_4XX)
        self.assertIsNone(relay.process.poll(), "the engine died")
        return line

    def small_tmpfs(self, prefix):
        """A 24 MiB tmpfs of this test's own (skips without one), unmounted at the end."""
        mount = tempfile.mkdtemp(prefix=prefix)
        self.cleanups.append(lambda: os.rmdir(mount))
        result = run("mount", "-t", "tmpfs", "-o", "size=24m,mode=0700", "tmpfs", mount)
        if result.returncode != 0:
            self.skipTest("cannot mount a tmpfs: " + result.stderr)
        self.cleanups.append(lambda: run("umount", "-l", mount))
        return mount

    @staticmethod
    def fill(mount, chunks=(1024 * 1024, 4096, 512)):
        """Fills mount's filesystem with one file, written in chunks of these sizes until each fails."""
        filler = os.path.join(mount, "filler")
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            for chunk in chunks:
                with contextlib.suppress(OSError):
                    while os.write(fd, b"\0" * chunk) > 0:
                        pass
        finally:
            os.close(fd)
        return filler

    def start_relay(self, parent):
        relay = Relay({"delivery.enabled": "false"}, prefix="relaydesk-storage-", parent=parent)
        self.cleanups.append(relay.cleanup)
        relay.create_agent("storage-agent", allow=(), trusted=("127.0.0.1",))
        relay.start()
        return relay


class FullFilesystem(StorageFaultBase):

    def test_full_disk_gets_452_then_recovers(self):
        mount = self.small_tmpfs("relaydesk-full-")
        relay = self.start_relay(mount)
        self.accepted(relay, "before-small")

        # Fill the filesystem while the WAL is still small: a 4 MiB message cannot be stored in it.
        filler = self.fill(mount)
        free = shutil.disk_usage(mount).free
        # The command line on the full disk fails and says which disk and what to do: an outside tester got
        # SQLite's "database or disk is full Unable to fetch row" alone.
        added = relay.cli("suppression", "add", "storage-agent", "full@example.com", check=False)
        self.assertEqual(added.returncode, 1, (added.stdout, added.stderr))
        self.assertIn("database or disk is full", added.stderr)
        self.assertIn("(the disk holding %s is full: " % relay.dir, added.stderr)
        self.assertIn("free some space and try again)", added.stderr)
        self.assertNotIn("Unable to", added.stderr)  # Qt's driver words (an outside tester)
        # A retry of every message takes no change either: said once, not once a message (an outside
        # tester's --all printed a line of SQLite's words for each of 98).
        retried = relay.cli("queue", "retry", "--all", check=False)
        self.assertEqual(retried.returncode, 1, (retried.stdout, retried.stderr))
        self.assertEqual(len(retried.stderr.splitlines()), 1, retried.stderr)
        self.assertIn("queue retry: 0 of 1 message(s) retried, the rest not: ", retried.stderr)
        self.assertIn("(the disk holding %s is full: " % relay.dir, retried.stderr)
        self.assertNotIn("Unable to", retried.stderr)
        # status says so (it said "store: SQLite, reachable" and nothing more: an outside tester).
        status = relay.cli("status", check=False)
        self.assertIn("disk:      FULL (", status.stdout)
        self.assertIn("every message gets 452 4.3.1", status.stdout)
        self.assertTrue(json.loads(relay.cli("status", json_output=True, check=False).stdout)["disk_low"])
        # A client that announces its size hears it at MAIL, before it sends the message (RFC 1870 6.1; an
        # outside tester's uploaded every 400 KB message into the full disk first).
        announced = RawSession(relay.address("lan"), timeout=30)
        try:
            self.assertEqual(announced.read_reply()[0], 220)
            self.assertEqual(announced.command("EHLO storage.test")[0], 250)
            code, lines = announced.command("MAIL FROM:<app@sender.test> SIZE=%d" % BIG)
            self.assertEqual(code, 452, lines)
            self.assertIn("4.3.1 Insufficient system storage for a message of %d octets now" % BIG, " ".join(
                l.decode() if isinstance(l, bytes) else l for l in lines))
        finally:
            announced.close()
        refusals = [self.refused(relay, "full-%d" % n, BIG) for n in range(3)]
        # A small message may still fit in WAL frames that are already allocated; a 250 must then be durable.
        small = submit(relay, "full-small")
        self.assertIsNotNone(small)
        if small.startswith("250 "):
            self.acked.append(queue_id_of(small))
        else:
            self.assertTrue(small.startswith("452 4.3.1 "), small)
        print("\n".join(l for l in relay.stderr_lines if "cannot" in l), file=sys.stderr)
        print("\nstorage: tmpfs 24 MiB full (%d bytes free): 4 MiB messages: %s; a small one: %r"
              % (free, refusals, small), file=sys.stderr)
        for line in refusals:
            self.assertTrue(line.startswith("452 4.3.1 "), line)

        os.unlink(filler)
        self.assertIn("MiB free", relay.cli("status", check=False).stdout)
        recovered = self.accepted(relay, "after-big", BIG)
        self.accepted(relay, "after-small")
        print("storage: space back: %s" % recovered, file=sys.stderr)
        self.assertEqual(relay.stop(), 0)
        relay.start()  # what got 250 is still there after a restart
        self.assertEqual(sorted(stored_queue_ids(relay)), sorted(self.acked))
        self.assertEqual(relay.stop(), 0)


class FullFilesystemUnderDelivery(StorageFaultBase):
    """Deliveries that end while the disk is full: their outcomes cannot be recorded, and they were sent again
    and again (an outside tester's receiver got each message about 144 times, 100 copies a second): the store
    'answered', so each record counted as refused, and after three the recipients were due again."""

    def test_deliveries_that_end_on_a_full_disk_are_sent_once(self):
        from test_delivery_holdgrey import Receiver
        from test_delivery import relay_settings, submit as submit_to
        mount = self.small_tmpfs("relaydesk-fulldelivery-")
        receiver = Receiver(delay=4)
        self.cleanups.append(receiver.close)
        relay = Relay(relay_settings(receiver.port, **{"delivery.command_timeout": 30}),
                      prefix="relaydesk-storage-", parent=mount)
        self.cleanups.append(relay.cleanup)
        relay.create_agent("storage-agent", allow=(), trusted=("127.0.0.1",))
        relay.start()
        subjects = ["full-delivery-%d" % n for n in range(4)]
        filler_text = "x" * 76 + "\r\n"
        for subject in subjects:
            submit_to(relay, ["%s@dest.test" % subject], subject=subject, text=filler_text * 4000)
        # Every message is in DATA at the receiver (4 s each): the disk fills before their outcomes come.
        self.assertTrue(wait_until(lambda: len(receiver.snapshot()[0]) == len(subjects), 20), receiver.snapshot())
        filler = self.fill(mount, (1024 * 1024, 4096, 512, 1))  # to the last byte
        self.assertTrue(wait_until(lambda: any("event=delivery_not_recorded" in line for line in relay.stderr_lines),
                                   30), "no record failed on the full disk: the test proves nothing")
        time.sleep(8)  # the old runner sent them again within seconds
        sent = receiver.snapshot()[0]
        print("\nstorage: full disk under delivery: content received %s" % sent, file=sys.stderr)
        self.assertEqual(sent, {subject: 1 for subject in subjects})
        self.assertIsNone(relay.process.poll())
        # Space back: every outcome is recorded at last, and nothing was sent twice.
        os.unlink(filler)
        def delivered():
            with contextlib.closing(relay.db()) as db:
                return [row[0] for row in db.execute("SELECT state FROM recipients")]
        self.assertTrue(wait_until(lambda: delivered() == ["delivered"] * len(subjects), 30), delivered())
        # The line follows the commit that the query above already sees (the delivery thread writes it when the
        # store writer's answer comes back): waited for, not looked for at once (it failed so once in CI).
        self.assertTrue(relay.logged(lambda line: "event=delivery_recorded_late" in line, timeout=10),
                        "\n".join(relay.stderr_lines[-20:]))
        self.assertEqual(receiver.snapshot()[0], {subject: 1 for subject in subjects})
        self.assertEqual(relay.stop(), 0)


class ReadOnlyFilesystem(StorageFaultBase):

    def test_filesystem_gone_read_only_gets_4xx_then_recovers(self):
        work = tempfile.mkdtemp(prefix="relaydesk-ro-")
        self.cleanups.append(lambda: shutil.rmtree(work, ignore_errors=True))
        image, mount = os.path.join(work, "fs.img"), os.path.join(work, "mnt")
        os.mkdir(mount)
        with open(image, "wb") as f:
            f.truncate(64 * 1024 * 1024)
        result = run("losetup", "-f", "--show", image)
        if result.returncode != 0:
            self.skipTest("no loop device: " + result.stderr)
        device = result.stdout.strip()
        self.cleanups.append(lambda: run("losetup", "-d", device))
        self.assertEqual(run("mkfs.ext4", "-q", device).returncode, 0)
        result = run("mount", "-o", "errors=remount-ro", device, mount)
        if result.returncode != 0:
            self.skipTest("cannot mount ext4: " + result.stderr)
        self.cleanups.append(lambda: run("umount", "-l", mount))

        relay = self.start_relay(mount)
        self.accepted(relay, "before-1")
        self.accepted(relay, "before-2", 64 * 1024)

        self.assertEqual(run("mount", "-o", "remount,abort", mount).returncode, 0)
        refusals = [self.refused(relay, "ro-%d" % n, 64 * 1024) for n in range(3)]
        print("\nstorage: ext4 aborted (read-only): %s" % refusals, file=sys.stderr)
        code = relay.stop()
        self.assertIsNotNone(code)
        self.assertGreaterEqual(code, 0, "the engine died of a signal on the read-only filesystem")

        # An administrator repairs the filesystem and starts the engine again: nothing acknowledged is lost.
        self.assertEqual(run("umount", mount).returncode, 0)
        run("e2fsck", "-fy", device)
        self.assertEqual(run("mount", device, mount).returncode, 0)
        relay.start()
        self.accepted(relay, "after")
        self.assertEqual(sorted(stored_queue_ids(relay)), sorted(self.acked))
        self.assertEqual(relay.stop(), 0)


class DamagedStore(unittest.TestCase):
    """A store file with damaged pages: the relay ran on it and answered 250 into it (an outside tester wrote
    random bytes into the middle of relaydesk.sqlite; SQLite's integrity_check called it malformed). Now the
    engine does not start on it, says so on stderr with what to do, and exits non-zero; nothing is written."""

    def test_the_relay_does_not_start_on_a_damaged_store(self):
        relay = Relay({"delivery.enabled": "false"}, prefix="relaydesk-damaged-")
        self.addCleanup(relay.cleanup)
        relay.create_agent("storage-agent", allow=(), trusted=("127.0.0.1",))
        relay.start()
        for n in range(40):
            submit(relay, "damaged-%d" % n, 16 * 1024)
        self.assertEqual(relay.stop(), 0)
        path = os.path.join(relay.dir, "relaydesk.sqlite")
        with contextlib.closing(sqlite3.connect(path)) as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = os.path.getsize(path)
        self.assertGreater(size, 40 * 4096 * 4)
        with open(path, "r+b") as f:  # pages in the middle, as the tester's dd did
            f.seek((size // 4096 // 2) * 4096)
            f.write(os.urandom(8 * 4096))
        def contents():
            with open(path, "rb") as f:
                return f.read()
        before = contents()
        started = subprocess.run([os.environ["RELAYDESK_BIN"], "--headless", "--data-dir", relay.dir],
                                 stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
        self.assertNotEqual(started.returncode, 0, started.stderr)
        self.assertIn("is damaged (SQLite's check: ", started.stderr)
        self.assertIn("backup restore", started.stderr)
        self.assertNotIn("listening on", started.stderr)
        self.assertEqual(contents(), before, "the damaged store was written to")
        # A command that reads a damaged table says what SQLite's "malformed" means here (an outside tester
        # got the words alone): the root page of messages damaged too.
        with contextlib.closing(sqlite3.connect("file:%s?mode=ro" % path, uri=True)) as db:
            root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'messages'").fetchone()[0]
        with open(path, "r+b") as f:
            f.seek((root - 1) * 4096)
            f.write(os.urandom(4096))
        listed = subprocess.run([os.environ["RELAYDESK_BIN"], "--data-dir", relay.dir, "queue", "list"],
                                stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
        self.assertEqual(listed.returncode, 1, listed.stderr)
        self.assertIn("database disk image is malformed", listed.stderr)
        self.assertIn("the store is damaged: copy the data directory aside", listed.stderr)


class LockedDatabase(unittest.TestCase):
    HOLD = 12.0  # longer than the store's busy timeout (10 s)

    def setUp(self):
        self.relay = Relay({"delivery.enabled": "false"}, prefix="relaydesk-locked-")
        self.relay.create_agent("storage-agent", allow=(), trusted=("127.0.0.1",))
        self.relay.start()

    def tearDown(self):
        try:
            self.relay.stop()
        finally:
            self.relay.cleanup()

    def test_locked_database_gets_4xx_then_recovers(self):
        first = submit(self.relay, "before")
        self.assertTrue(first.startswith("250 "), first)
        locked, release = threading.Event(), threading.Event()

        def hold_lock():
            connection = sqlite3.connect(os.path.join(self.relay.dir, "relaydesk.sqlite"), isolation_level=None)
            connection.execute("BEGIN EXCLUSIVE")
            locked.set()
            release.wait(self.HOLD)
            connection.execute("COMMIT")
            connection.close()

        holder = threading.Thread(target=hold_lock, daemon=True)
        holder.start()
        self.assertTrue(locked.wait(10))
        started = time.monotonic()
        line = submit(self.relay, "locked", timeout=60)
        waited = time.monotonic() - started
        release.set()
        holder.join(10)
        print("\nstorage: database locked by another process for %.0fs: %r after %.1fs" % (self.HOLD, line, waited),
              file=sys.stderr)
        self.assertIsNotNone(line)
        self.assertFalse(line.startswith("2"), line)
        self.assertRegex(line, ENHANCED_4XX)
        self.assertGreater(waited, 5, "the engine did not wait for the lock at all")
        self.assertIsNone(self.relay.process.poll())
        # The line an admin looks for names the cause (it said "local error": an outside tester).
        self.assertTrue(self.relay.logged(lambda entry: "event=message_not_queued " in entry
                                          and 'reason="the store is locked by another program"' in entry),
                        "\n".join(entry for entry in self.relay.stderr_lines if "not_queued" in entry))

        started = time.monotonic()
        after = submit(self.relay, "after")
        self.assertTrue(after.startswith("250 "), after)
        self.assertLess(time.monotonic() - started, 10)
        self.assertEqual(stored_queue_ids(self.relay), {queue_id_of(first), queue_id_of(after)})


class RemovedDataDirectory(unittest.TestCase):
    """An outside tester removed the data directory while the relay ran: it went on answering `250 queued` into
    a store file nobody could open again, and the three messages were lost at the next stop. Now a store file
    gone from its path refuses mail with a 4xx (checked at most a second after the last look), says so once in
    the operator log, and takes mail again once the file is back. The directory is moved away and back (a
    removal that can be undone), as `rm -rf` or a careless clean-up would take it away."""

    def test_mail_is_refused_while_the_store_file_is_gone(self):
        relay = Relay({"delivery.enabled": "false"}, prefix="relaydesk-removed-")
        aside = relay.dir + ".aside"
        try:
            relay.create_agent("storage-agent", allow=(), trusted=("127.0.0.1",))
            relay.start()
            first = submit(relay, "before")
            self.assertTrue(first.startswith("250 "), first)
            os.rename(relay.dir, aside)
            time.sleep(1.2)  # the engine looks at the file at most once a second
            refused = [submit(relay, "gone-%d" % i) for i in range(3)]
            print("\nstorage: data directory moved away: %r" % refused, file=sys.stderr)
            for line in refused:
                self.assertIsNotNone(line, "the engine hung up instead of replying")
                self.assertRegex(line, ENHANCED_4XX)
            self.assertIsNone(relay.process.poll(), "the engine died")
            self.assertTrue(relay.logged(lambda line: "event=store_file_removed " in line))
            os.rename(aside, relay.dir)
            deadline = time.monotonic() + 10
            after = submit(relay, "after")
            while not after.startswith("250 ") and time.monotonic() < deadline:
                time.sleep(0.3)
                after = submit(relay, "after")
            self.assertTrue(after.startswith("250 "), after)
            self.assertEqual(stored_queue_ids(relay), {queue_id_of(first), queue_id_of(after)})
            self.assertEqual(relay.stop(), 0)
        finally:
            if os.path.isdir(aside) and not os.path.exists(relay.dir):
                os.rename(aside, relay.dir)
            relay.cleanup()


if __name__ == "__main__":
    unittest.main(verbosity=2)
