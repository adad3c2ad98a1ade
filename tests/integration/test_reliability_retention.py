"""Retention: a message body leaves the store once its last recipient is final, log rows leave after
retention.log, and the space they took is reused.

Postfix's smtp-sink is the smarthost. Clients submit through the LAN relay listener (trusted device) with Python's
smtplib. Sizes are those of relaydesk.sqlite after a clean stop (the engine checkpoints and removes its WAL then),
so each figure is the whole database. The figures are printed to stderr (`-V` shows them).

Run: ctest --test-dir build -R test_reliability_retention -V
"""

import contextlib
import json
import os
import smtplib
import subprocess
import sys
import threading
import time
import unittest

from relaydesk_harness import Relay, free_ports, listening, wait_until

SMTP_SINK = "/usr/sbin/smtp-sink"
SENDER = "app@sender.test"
BATCH = 2000
BODY_SIZE = 10 * 1024
CLIENTS = 4


def message(tag):
    """A message of about BODY_SIZE octets (text lines of 64 octets)."""
    header = "From: %s\r\nTo: %s@dest.test\r\nSubject: %s\r\nMessage-ID: <%s@sender.test>\r\n\r\n" % (
        SENDER, tag, tag, tag)
    line = ("retention %s " % tag).ljust(62, "x") + "\r\n"
    return (header + line * ((BODY_SIZE - len(header)) // len(line))).encode()


def submit_batch(relay, prefix, count, clients=CLIENTS, deadline=600):
    """count messages, one recipient each, from `clients` connections at once; returns their queue ids."""
    queue_ids, errors, lock = [], [], threading.Lock()
    stop_at = time.monotonic() + deadline

    def client(index):
        try:
            with smtplib.SMTP(*relay.address("lan"), timeout=60) as smtp:
                smtp.ehlo("client.test")
                for n in range(index, count, clients):
                    if time.monotonic() > stop_at:
                        raise AssertionError("submission took longer than %d s" % deadline)
                    tag = "%s-%d" % (prefix, n)
                    smtp.mail(SENDER)
                    smtp.rcpt("%s@dest.test" % tag)
                    code, text = smtp.data(message(tag))
                    if code != 250:
                        raise AssertionError("%s: %d %s" % (tag, code, text))
                    text = text.decode()
                    with lock:
                        queue_ids.append(text[text.find("queued as ") + 10:].split()[0])
        except Exception as error:  # reported by the test thread
            with lock:
                errors.append(repr(error))

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(deadline + 60)
    if errors:
        raise AssertionError("submission failed: %s" % errors[:3])
    if len(queue_ids) != count:
        raise AssertionError("%d of %d messages acknowledged" % (len(queue_ids), count))
    return queue_ids


def counts(relay):
    with contextlib.closing(relay.db()) as db:
        row = {}
        for table in ("messages", "recipients", "message_bodies", "delivery_attempts"):
            row[table] = db.execute("SELECT COUNT(*) FROM %s" % table).fetchone()[0]
        row["pending"] = db.execute(
            "SELECT COUNT(*) FROM recipients WHERE state IN ('queued','deferred')").fetchone()[0]
        row["delivered"] = db.execute("SELECT COUNT(*) FROM recipients WHERE state = 'delivered'").fetchone()[0]
        row["freelist_pages"] = db.execute("PRAGMA freelist_count").fetchone()[0]
        row["page_size"] = db.execute("PRAGMA page_size").fetchone()[0]
    return row


def database_size(relay):
    return os.path.getsize(os.path.join(relay.dir, "relaydesk.sqlite"))


def wal_size(relay):
    path = os.path.join(relay.dir, "relaydesk.sqlite-wal")
    return os.path.getsize(path) if os.path.exists(path) else 0


def mib(size):
    return "%.2f MiB" % (size / 1048576.0)


@unittest.skipUnless(os.access(SMTP_SINK, os.X_OK), "Postfix smtp-sink is not installed")
class Retention(unittest.TestCase):
    extra_settings = {}

    def setUp(self):
        self.sink_port = free_ports(1)[0]
        self.sink = subprocess.Popen([SMTP_SINK, "-u", os.environ.get("USER", "root"), "127.0.0.1:%d" % self.sink_port,
                                      "100"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.addCleanup(self.sink.wait)
        self.addCleanup(self.sink.terminate)
        self.assertTrue(wait_until(lambda: listening(self.sink_port), 10), "smtp-sink did not start")
        settings = {"delivery.enabled": "true", "delivery.smarthost": "127.0.0.1:%d" % self.sink_port,
                    "delivery.smarthost_tls": "opportunistic", "delivery.poll_interval": 1,
                    "server.hostname": "relay.test"}
        settings.update(self.extra_settings)
        self.relay = Relay(settings, prefix="relaydesk-retention-")
        self.addCleanup(self.relay.cleanup)
        self.relay.create_agent("billing", allow=("127.0.0.1",), trusted=("127.0.0.1",))

    def run_batch(self, prefix, count, timeout):
        """Submits count messages with delivery off, then delivers them all; stops cleanly after each step.

        Accepting the whole batch before delivering it makes the batch's high-water mark the same every time
        (every body in the store at once): with delivery running beside the submission, the peak would depend
        on how far delivery lags behind on a busy machine, and so would the file size."""
        self.relay.config_set("delivery.enabled", "false")
        self.relay.start()
        try:
            started = time.monotonic()
            queue_ids = submit_batch(self.relay, prefix, count)
            submitted = time.monotonic() - started
        finally:
            self.assertEqual(self.relay.stop(), 0, "\n".join(self.relay.stderr_lines))
        self.relay.config_set("delivery.enabled", "true")
        self.relay.start()
        try:
            started = time.monotonic()
            self.assertTrue(wait_until(lambda: counts(self.relay)["pending"] == 0, timeout, 0.5),
                            counts(self.relay))
            drained = time.monotonic() - started
            wal = wal_size(self.relay)
        finally:
            self.assertEqual(self.relay.stop(), 0, "\n".join(self.relay.stderr_lines))
        self.assertFalse(os.path.exists(os.path.join(self.relay.dir, "relaydesk.sqlite-wal")),
                         "a clean stop leaves no WAL behind")
        print("  %s: %d messages submitted in %.1f s, all final %.1f s after delivery started; WAL before the stop %s"
              % (prefix, count, submitted, drained, mib(wal)), file=sys.stderr)
        return queue_ids

    def log_purge(self, *args):
        return json.loads(self.relay.cli("log", "purge", *args, json_output=True).stdout)


class SpaceReuse(Retention):
    """2 x 2,000 messages of 10 KiB: after the purge the second batch fits into the space of the first."""

    def test_bodies_removed_and_space_reused(self):
        first = self.run_batch("one", BATCH, 600)
        after_first = counts(self.relay)
        size_first = database_size(self.relay)
        # Every recipient delivered, every body gone with its last recipient, the log kept.
        self.assertEqual(after_first["delivered"], BATCH, after_first)
        self.assertEqual(after_first["message_bodies"], 0, after_first)
        self.assertEqual(after_first["messages"], BATCH, after_first)
        self.assertGreaterEqual(after_first["delivery_attempts"], BATCH, after_first)
        shown = json.loads(self.relay.cli("queue", "show", first[0], json_output=True).stdout)
        self.assertFalse(shown["content_kept"], shown)
        self.assertEqual([r["state"] for r in shown["recipients"]], ["delivered"])
        self.assertIn("not kept", self.relay.cli("queue", "show", first[0]).stdout)
        log = json.loads(self.relay.cli("log", "search", "--status", "delivered", "--limit", "5",
                                        json_output=True).stdout)
        self.assertEqual(len(log), 5)
        self.assertTrue(all(e["code"] == 250 and e["port"] == self.sink_port for e in log), log)

        # The default retention (90 days) keeps today's log rows.
        kept = self.log_purge()
        self.assertEqual((kept["messages"], kept["attempts"], kept["bodies"]), (0, 0, 0), kept)
        self.assertEqual(counts(self.relay)["messages"], BATCH)
        # Purging everything before now removes the first batch's log rows; the file keeps its size and the
        # freed pages go to the freelist for reuse.
        purged = self.log_purge("--before", "0s")
        self.assertEqual(purged["messages"], BATCH, purged)
        self.assertEqual(purged["attempts"], after_first["delivery_attempts"], purged)
        after_purge = counts(self.relay)
        size_purged = database_size(self.relay)
        self.assertEqual((after_purge["messages"], after_purge["recipients"], after_purge["delivery_attempts"]),
                         (0, 0, 0), after_purge)
        self.assertGreater(after_purge["freelist_pages"], 0, after_purge)

        self.run_batch("two", BATCH, 600)
        after_second = counts(self.relay)
        size_second = database_size(self.relay)
        self.assertEqual(after_second["delivered"], BATCH, after_second)
        self.assertEqual(after_second["message_bodies"], 0, after_second)
        print("  database after batch 1: %s (%d bytes)\n"
              "  after the purge:        %s (%d bytes, %d free pages of %d bytes)\n"
              "  after batch 2:          %s (%d bytes, %d free pages): %+.1f%% against batch 1"
              % (mib(size_first), size_first, mib(size_purged), size_purged, after_purge["freelist_pages"],
                 after_purge["page_size"], mib(size_second), size_second, after_second["freelist_pages"],
                 100.0 * (size_second - size_first) / size_first), file=sys.stderr)
        self.assertLessEqual(size_second, size_first * 1.10,
                             "the second batch grew the database by more than 10%")
        # Both batches' bodies (2 x 2,000 x 10 KiB) would take 40 MiB: the first batch's are not kept.
        self.assertLess(size_second, 2 * BATCH * BODY_SIZE)


class KeptBodies(Retention):
    """retention.bodies > 0 keeps bodies of final messages until they are that old; 0 removes them."""
    extra_settings = {"retention.bodies": 1}

    def test_bodies_kept_for_the_set_days(self):
        queue_ids = self.run_batch("kept", 3, 60)
        self.assertEqual(counts(self.relay)["message_bodies"], 3)
        shown = json.loads(self.relay.cli("queue", "show", queue_ids[0], json_output=True).stdout)
        self.assertTrue(shown["content_kept"], shown)
        self.assertEqual(self.log_purge()["bodies"], 0)  # final for less than a day
        self.assertEqual(counts(self.relay)["message_bodies"], 3)
        # Back to the default: the next purge removes the bodies and keeps the log rows.
        self.relay.config_set("retention.bodies", "0")
        purged = self.log_purge()
        self.assertEqual((purged["bodies"], purged["messages"], purged["attempts"]), (3, 0, 0), purged)
        after = counts(self.relay)
        self.assertEqual((after["message_bodies"], after["messages"], after["delivered"]), (0, 3, 3), after)

    def test_settings_are_whole_days(self):
        for key in ("retention.bodies", "retention.log"):
            for bad in ("-1", "1.5", "1.5d", "48h", "", "36501", "5300w"):
                result = self.relay.cli("config", "set", key, bad, check=False)
                self.assertNotEqual(result.returncode, 0, (key, bad))
                self.assertIn(key, result.stderr)
            # Whole days may say so, or count weeks (relaydesk config set takes units).
            self.relay.config_set(key, "2d")
            self.assertEqual(self.relay.cli("config", "get", key).stdout.strip(), "2")
            self.relay.config_set(key, "2w")
            self.assertEqual(self.relay.cli("config", "get", key).stdout.strip(), "14")
        self.relay.config_set("retention.log", "30")
        self.assertEqual(self.relay.cli("config", "get", "retention.log").stdout.strip(), "30")
        result = self.relay.cli("log", "purge", "--before", "yesterday-ish", check=False)
        self.assertEqual(result.returncode, 2, result.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
