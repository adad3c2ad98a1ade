"""Encrypted backup and restore with the real binary: relaydesk backup create | restore.

A data directory gets a Mail Agent with a credential, an allowlist and a trusted device, a route, a smarthost with a
password, a generated TLS certificate and a queued message; it is backed up (with the queue), restored into a new
empty data directory, and `relaydesk --headless` on the restored directory accepts the ORIGINAL password over
STARTTLS (Python smtplib), presents the same certificate and takes a message. A wrong passphrase, a damaged or a
foreign file exits non-zero with a message on stderr and leaves the target missing or empty; the backup file holds
neither the smarthost password nor the agent's password in plain text.
"""
import hashlib
import json
import os
import pty
import select
import shutil
import smtplib
import sqlite3
import ssl
import stat
import subprocess
import tempfile
import time
import unittest

from relaydesk_harness import (LISTENERS, RELAYDESK_BIN, SLOW, Relay, client_tls_context, free_ports,
                               store_connection, stored_secret)

PASSPHRASE = "a long passphrase for the office backup"
SMARTHOST_PASSWORD = "Smarthost-Secret-4711"


def backup_cli(data_dir, *args, passphrase=PASSPHRASE):
    return subprocess.run([RELAYDESK_BIN, "--data-dir", data_dir] + list(args), input=passphrase + "\n",
                          capture_output=True, text=True, timeout=120 * SLOW)


def restored_relay(directory):
    """A Relay on a restored data directory, its listeners moved to fresh ports."""
    relay = Relay.__new__(Relay)
    relay.dir, relay.process, relay.stderr_lines, relay._stderr_thread = directory, None, [], None
    relay.ports = dict(zip(LISTENERS, free_ports(3)))
    for name in LISTENERS:
        relay.config_set("listener.%s.address" % name, "127.0.0.1:%d" % relay.ports[name])
    return relay


def fill(directory):
    """Fills the filesystem of directory (a small tmpfs) with one file, to the last byte it takes."""
    with open(os.path.join(directory, "filler"), "wb", buffering=0) as f:
        for _ in range(1 << 16):
            try:
                f.write(b"x" * 4096)
            except OSError:
                break
        for _ in range(4096):
            try:
                f.write(b"x")
            except OSError:
                break


def read_db(directory, sql):
    connection = store_connection(directory)
    try:
        return [tuple(row) for row in connection.execute(sql).fetchall()]
    finally:
        connection.close()


class BackupRestoreTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="relaydesk-backup-")
        cls.source = Relay()
        cls.credential = cls.source.create_agent("billing", allow=("127.0.0.1",), trusted=("192.0.2.7",))
        cls.source.cli("route", "add", "example.org", "mx.example.org:25")
        cls.source.cli("tls-policy", "set", "example.net", "required")
        result = subprocess.run([RELAYDESK_BIN, "--data-dir", cls.source.dir, "smarthost", "set",
                                 "smarthost.example.com:587", "--username", "relay-user", "--password-stdin"],
                                input=SMARTHOST_PASSWORD + "\n", capture_output=True, text=True, timeout=60 * SLOW)
        assert result.returncode == 0, result.stderr
        cls.certificate = json.loads(cls.source.cli("tls", "generate", json_output=True).stdout)
        # One message in the queue (delivery is off in the harness), for --with-queue.
        cls.source.start()
        try:
            with smtplib.SMTP(*cls.source.address("submission"), timeout=30 * SLOW) as client:
                client.starttls(context=client_tls_context())
                client.login(cls.credential["username"], cls.credential["password"])
                client.sendmail("billing@example.com", ["queued@example.org"],
                                b"Subject: waiting\r\n\r\nqueued before the backup\r\n")
        finally:
            cls.source.stop()
        cls.backup = os.path.join(cls.tmp, "office.rdbackup")
        result = backup_cli(cls.source.dir, "--json", "backup", "create", cls.backup, "--passphrase-stdin",
                            "--with-queue")
        assert result.returncode == 0, result.stderr
        cls.created = json.loads(result.stdout)

    @classmethod
    def tearDownClass(cls):
        cls.source.cleanup()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def target(self, name):
        return os.path.join(self.tmp, name)

    def assert_refused(self, target, result, message):
        self.assertNotEqual(result.returncode, 0, result.stdout)
        self.assertEqual(result.stdout, "")
        self.assertTrue(result.stderr.startswith("relaydesk: backup restore: "), result.stderr)
        self.assertIn(message, result.stderr)
        if os.path.exists(target):
            self.assertEqual(os.listdir(target), [])
        # Nothing half-restored beside it either.
        self.assertEqual([n for n in os.listdir(self.tmp) if ".restore-" in n], [])

    def test_backup_file_is_private_and_holds_no_plaintext_secret(self):
        self.assertEqual(stat.S_IMODE(os.stat(self.backup).st_mode), 0o600)
        with open(self.backup, "rb") as f:
            data = f.read()
        self.assertTrue(data.startswith(b"RDBACKUP"))
        for secret in (SMARTHOST_PASSWORD, self.credential["password"], self.credential["username"],
                       "relay-user", "BEGIN PRIVATE KEY", "billing"):
            self.assertNotIn(secret.encode(), data)
        self.assertEqual(self.created["agents"], 1)
        self.assertEqual(self.created["credentials"], 1)
        self.assertEqual(self.created["routes"], 1)
        self.assertEqual(self.created["queued_messages"], 1)
        self.assertTrue(self.created["smarthost_password"])
        self.assertTrue(self.created["certificate"])

    def test_a_restored_queue_with_delivery_on_says_how_to_look_first(self):
        self.source.config_set("delivery.enabled", "true")
        try:
            backup = os.path.join(self.tmp, "delivery-on.rdbackup")
            result = backup_cli(self.source.dir, "backup", "create", backup, "--passphrase-stdin", "--with-queue")
            self.assertEqual(result.returncode, 0, result.stderr)
        finally:
            self.source.config_set("delivery.enabled", "false")
        result = backup_cli(self.target("delivery-on"), "backup", "restore", backup, "--passphrase-stdin")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("delivered again when the relay starts", result.stderr)
        self.assertIn("config set delivery.enabled false before starting it", result.stderr)
        self.assertNotIn("delivery is off", result.stderr)

    def test_restore_accepts_the_original_password(self):
        target = self.target("restored")
        result = backup_cli(target, "backup", "restore", self.backup, "--passphrase-stdin")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Restored", result.stdout)

    def test_the_rest_of_the_command_lines_word_for_stdin_is_taken_too(self):
        # Every other command that reads a secret from standard input says --password-stdin: an outside tester
        # typed it here and was refused.
        target = self.target("restored-password-word")
        result = backup_cli(target, "backup", "restore", self.backup, "--password-stdin")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Restored", result.stdout)
        twice = backup_cli(self.target("twice"), "backup", "restore", self.backup, "--password-stdin",
                           "--password-stdin")
        self.assertEqual(twice.returncode, 2, twice.stdout)
        # The queue of the backup's day goes out again: said, with how to look first (an outside tester's
        # receiving server got 20 messages twice). Delivery is off in these settings (the harness's): said so,
        # and how to turn it on, not to turn off what is off (a second tester).
        self.assertIn("relaydesk: warning: the 1 queued message(s) are restored as they waited on ", result.stderr)
        self.assertIn("and delivery is off in the restored settings", result.stderr)
        self.assertIn("config set delivery.enabled true", result.stderr)
        self.assertNotIn("config set delivery.enabled false", result.stderr)
        self.assertEqual(stat.S_IMODE(os.stat(target).st_mode), 0o700)
        # smarthost.secret 0600, or on PostgreSQL the node_secrets row (docs/postgresql.md).
        secret, mode = stored_secret(target, "smarthost")
        self.assertEqual(secret, SMARTHOST_PASSWORD.encode())
        if not os.path.exists(os.path.join(target, "store.conf")):
            self.assertEqual(mode, 0o600)
        # The credential hash as stored, the allowlist and trusted device, routes, policies, smarthost, queue.
        self.assertEqual(read_db(target, "SELECT username, password_hash FROM credentials"),
                         read_db(self.source.dir, "SELECT username, password_hash FROM credentials"))
        self.assertEqual(sorted(read_db(target, "SELECT kind, cidr FROM agent_networks")),
                         [("allow", "127.0.0.1"), ("trusted", "192.0.2.7")])
        self.assertEqual(read_db(target, "SELECT pattern, host, port FROM routes"),
                         [("example.org", "mx.example.org", 25)])
        self.assertEqual(read_db(target, "SELECT domain, policy FROM tls_policies"), [("example.net", "required")])
        self.assertEqual(read_db(target, "SELECT address, state FROM recipients"), [("queued@example.org", "queued")])
        self.assertIn(b"queued before the backup", read_db(target, "SELECT body FROM message_bodies")[0][0])
        relay = restored_relay(target)
        smarthost = json.loads(relay.cli("smarthost", "show", json_output=True).stdout)
        self.assertEqual((smarthost["host"], smarthost["username"], smarthost["password_set"]),
                         ("smarthost.example.com", "relay-user", True))
        tls = json.loads(relay.cli("tls", "show", json_output=True).stdout)
        self.assertEqual(tls["sha256"], self.certificate["sha256"])
        self.assertTrue(tls["certificate"].startswith(target + os.sep), tls)
        self.assertIsNone(tls["problem"])

        relay.start()
        try:
            with smtplib.SMTP(*relay.address("submission"), timeout=30 * SLOW) as client:
                client.starttls(context=client_tls_context())
                presented = client.sock.getpeercert(binary_form=True)
                client.login(self.credential["username"], self.credential["password"])
                refused = client.sendmail("billing@example.com", ["after@example.org"],
                                          b"Subject: after restore\r\n\r\nhello again\r\n")
                self.assertEqual(refused, {})
            fingerprint = hashlib.sha256(presented).hexdigest().upper()
            self.assertEqual(fingerprint.replace(":", ""), self.certificate["sha256"].replace(":", "").upper())
        finally:
            self.assertEqual(relay.stop(), 0, "\n".join(relay.stderr_lines))
        self.assertEqual(len(read_db(target, "SELECT id FROM messages")), 2)
        # The agent's daily count goes with the queue it counts: the chart and the agent's Activity said 1 where
        # the dashboard's "accepted today" (from the messages) said 2 (an outside tester).
        self.assertEqual(read_db(target, "SELECT SUM(accepted) FROM agent_daily_stats"), [(2,)])

    @unittest.skipUnless(os.geteuid() == 0, "giving files to another owner needs root")
    def test_restore_into_the_services_directory_keeps_its_owner_and_group_modes(self):
        # As root into the packaged service's empty 2770 relaydesk:relaydesk directory (docs/operations.md): it
        # became 0700 root:root and the service could not start; restored secrets stayed 0600, out of the group
        # admins' reach (an outside tester). Here nobody:nogroup stands for relaydesk:relaydesk.
        target = self.target("service")
        os.mkdir(target)
        os.chown(target, 65534, 65534)
        os.chmod(target, 0o2770)
        result = backup_cli(target, "backup", "restore", self.backup, "--passphrase-stdin")
        self.assertEqual(result.returncode, 0, result.stderr)
        info = os.stat(target)
        self.assertEqual((info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)), (65534, 65534, 0o2770))
        modes = {}
        for folder, folders, files in os.walk(target):
            for name in folders + files:
                path = os.path.join(folder, name)
                entry = os.lstat(path)
                self.assertEqual((entry.st_uid, entry.st_gid), (65534, 65534), path)
                modes[os.path.relpath(path, target)] = stat.S_IMODE(entry.st_mode)
        self.assertEqual(modes["tls"], 0o2770)
        self.assertTrue(all(mode & 0o007 == 0 for mode in modes.values()), modes)  # nothing for others
        if not os.path.exists(os.path.join(target, "store.conf")):  # SQLite: the files themselves
            self.assertEqual(modes["relaydesk.sqlite"], 0o660)
            self.assertEqual(modes["smarthost.secret"], 0o640)
        # A DKIM key made there by a member of the group (root here) is the group's to read, in folders the
        # group may enter: the service could not read an admin's key and sent mail unsigned.
        made = backup_cli(target, "dkim", "enable", "example.com", "--algorithm", "ed25519")
        self.assertEqual(made.returncode, 0, made.stderr)
        if not os.path.exists(os.path.join(target, "store.conf")):
            keys = os.path.join(target, "dkim", "example.com")
            pem = [n for n in os.listdir(keys) if n.endswith(".pem")]
            self.assertEqual(len(pem), 1, os.listdir(keys))
            for path, mode in ((os.path.join(target, "dkim"), 0o2770), (keys, 0o2770),
                               (os.path.join(keys, pem[0]), 0o640)):
                entry = os.stat(path)
                self.assertEqual((stat.S_IMODE(entry.st_mode), entry.st_gid), (mode, 65534), path)

    def test_a_group_administrator_is_told_to_restore_as_root(self):
        # An outside tester, an administrator in the service's group, restored onto the service's directory:
        # "nothing was restored: cannot create a directory in /var/lib", after the passphrase, and in English in
        # the German window. The directory is replaced in its parent, root's: said first, with what to do.
        # Here nobody (65534) stands for the administrator, a root-owned 0755 folder for /var/lib.
        parent = tempfile.mkdtemp(prefix="relaydesk-varlib-")
        self.addCleanup(shutil.rmtree, parent, True)
        os.chmod(parent, 0o755)
        target = os.path.join(parent, "relaydesk")
        os.mkdir(target)
        with open(os.path.join(target, "notes.txt"), "w") as f:
            f.write("the service's")
        open(os.path.join(target, "relaydesk.sqlite"), "w").close()  # a relay's data directory
        for path in (target, os.path.join(target, "notes.txt"), os.path.join(target, "relaydesk.sqlite")):
            os.chown(path, 65534, 65534)
        os.chmod(target, 0o2770)
        backup = os.path.join(parent, "office.rdbackup")
        shutil.copy(self.backup, backup)
        os.chmod(backup, 0o644)

        def as_nobody():
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)

        result = subprocess.run([RELAYDESK_BIN, "--data-dir", target, "backup", "restore", backup,
                                 "--passphrase-stdin", "--force"], input=PASSPHRASE + "\n", capture_output=True,
                                text=True, timeout=120 * SLOW, preexec_fn=as_nobody,
                                env=dict(os.environ, HOME=parent))
        self.assertEqual(result.returncode, 1, result.stdout)
        self.assertEqual(result.stderr,
                         "relaydesk: backup restore: nothing was restored: a restore replaces the data directory %s"
                         " and keeps the old one beside it in %s, where this account may not create anything:"
                         " restore as root (sudo relaydesk --data-dir %s backup restore FILE --force)\n"
                         % (target, parent, target))
        self.assertEqual(sorted(os.listdir(parent)), ["office.rdbackup", "relaydesk"])
        self.assertEqual(sorted(os.listdir(target)), ["notes.txt", "relaydesk.sqlite"])

    def test_wrong_passphrase_changes_nothing(self):
        target = self.target("wrong-passphrase")
        result = backup_cli(target, "backup", "restore", self.backup, "--passphrase-stdin",
                            passphrase="not the passphrase")
        self.assert_refused(target, result, "wrong passphrase")
        os.mkdir(target)  # an existing empty directory stays empty
        result = backup_cli(target, "backup", "restore", self.backup, "--passphrase-stdin",
                            passphrase="not the passphrase")
        self.assert_refused(target, result, "wrong passphrase")

    def test_damaged_truncated_and_foreign_files_are_refused(self):
        with open(self.backup, "rb") as f:
            data = bytearray(f.read())
        damaged = self.target("damaged.rdbackup")
        flipped = bytearray(data)
        flipped[-3] ^= 0x40
        cases = [(bytes(flipped), "damaged"), (bytes(data[:-20]), "truncated"),
                 (b"-----BEGIN CERTIFICATE-----\n", "not a RelayDesk backup")]
        for index, (content, message) in enumerate(cases):
            with open(damaged, "wb") as f:
                f.write(content)
            target = self.target("damaged-%d" % index)
            self.assert_refused(target, backup_cli(target, "backup", "restore", damaged, "--passphrase-stdin"),
                                message)

    def test_a_file_that_is_no_backup_is_refused_before_the_passphrase(self):
        # Said before standard input is read: a person typing the passphrase at a prompt learned only
        # afterwards that the file was a certificate.
        foreign = self.target("relay.pem")
        with open(foreign, "wb") as f:
            f.write(b"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
        target = self.target("foreign")
        result = subprocess.run([RELAYDESK_BIN, "--data-dir", target, "backup", "restore", foreign,
                                 "--passphrase-stdin"], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                                timeout=60)
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn("relaydesk: backup restore: nothing was restored: %s: this is not a RelayDesk backup file"
                      % foreign, result.stderr)
        self.assertNotIn("passphrase", result.stderr)
        self.assertFalse(os.path.exists(target))

    def test_a_folder_of_other_files_is_never_replaced(self):
        # A typo naming a home or documents folder: an outside tester's --force moved it aside and put a relay
        # in its place. Refused with and without --force, and the folder stays as it was.
        target = self.target("documents")
        os.mkdir(target)
        with open(os.path.join(target, "notes.txt"), "w") as f:
            f.write("mine")
        for force in ((), ("--force",)):
            result = backup_cli(target, "backup", "restore", self.backup, "--passphrase-stdin", *force)
            self.assertEqual(result.returncode, 1, result.stdout)
            self.assertIn("%s holds other files and no relay: a restore replaces only a relay's data directory"
                          % target, result.stderr)
            self.assertEqual(os.listdir(target), ["notes.txt"])
        self.assertEqual([n for n in os.listdir(self.tmp) if n.startswith("documents")], ["documents"])
        # Nor does `store use` make its store there.
        used = backup_cli(target, "store", "use", "postgresql://relay@127.0.0.1:1/relay", passphrase="x")
        self.assertEqual(used.returncode, 1, used.stdout)
        self.assertEqual(os.listdir(target), ["notes.txt"])

    def test_non_empty_directory_needs_force_and_keeps_the_old_one(self):
        target = self.target("occupied")
        self.assertEqual(backup_cli(target, "backup", "restore", self.backup, "--passphrase-stdin").returncode, 0)
        with open(os.path.join(target, "notes.txt"), "w") as f:
            f.write("mine")
        before = sorted(os.listdir(target))
        result = backup_cli(target, "backup", "restore", self.backup, "--passphrase-stdin")
        self.assertEqual(result.returncode, 1)
        self.assertIn("is not empty", result.stderr)
        self.assertEqual(sorted(os.listdir(target)), before)
        result = backup_cli(target, "--json", "backup", "restore", self.backup, "--passphrase-stdin", "--force")
        self.assertEqual(result.returncode, 0, result.stderr)
        kept = json.loads(result.stdout)["kept_aside"]
        self.assertEqual(sorted(os.listdir(kept)), before)
        # The restored store: its SQLite file, or (the suite's PostgreSQL pass) the address of its database.
        self.assertTrue(os.path.exists(os.path.join(target, "relaydesk.sqlite")) or
                        os.path.exists(os.path.join(target, "store.conf")))
        shutil.rmtree(kept)

    def test_force_through_a_symbolic_link_restores_where_it_points(self):
        # The link was renamed aside and a directory put in its place: the link's target (on the disk the admin
        # chose) kept the old configuration and the restored one landed beside the link.
        real = self.target("on-the-big-disk")
        self.assertEqual(backup_cli(real, "backup", "restore", self.backup, "--passphrase-stdin").returncode, 0)
        with open(os.path.join(real, "notes.txt"), "w") as f:
            f.write("mine")
        before = sorted(os.listdir(real))
        link = self.target("linked")
        os.symlink(real, link)
        result = backup_cli(link, "--json", "backup", "restore", self.backup, "--passphrase-stdin", "--force")
        self.assertEqual(result.returncode, 0, result.stderr)
        report = json.loads(result.stdout)
        self.assertTrue(os.path.islink(link))
        self.assertEqual(os.path.realpath(link), os.path.realpath(real))
        self.assertTrue(os.path.exists(os.path.join(real, "relaydesk.sqlite")) or
                        os.path.exists(os.path.join(real, "store.conf")))
        self.assertEqual(os.path.dirname(report["kept_aside"]), os.path.dirname(os.path.realpath(real)))
        self.assertEqual(sorted(os.listdir(report["kept_aside"])), before)
        shutil.rmtree(report["kept_aside"])

    def test_force_says_which_waiting_mail_stays_behind(self):
        # An outside tester's accepted, queued mail stayed only in the copy kept aside, where no relay delivers
        # it, and nothing said so.
        target = self.target("with-mail")
        result = backup_cli(target, "backup", "restore", self.backup, "--passphrase-stdin")
        self.assertEqual(result.returncode, 0, result.stderr)
        if os.path.exists(os.path.join(target, "store.conf")):
            self.skipTest("the store is on PostgreSQL: its queue is the shared database's, not the directory's")
        db = sqlite3.connect(os.path.join(target, "relaydesk.sqlite"))
        with db:
            db.execute("INSERT INTO messages(id, queue_id, agent_name, sender, subject, size, received_at, listener,"
                       " client_address) VALUES(901, 'QW', 'x', 'a@example.org', 'Hi', 10, 1, 'lan', '127.0.0.1')")
            db.execute("INSERT INTO recipients(message_id, address, domain, state, next_attempt_at, updated_at)"
                       " VALUES(901, 'b@example.net', 'example.net', 'queued', 1, 1)")
        waiting = db.execute("SELECT COUNT(DISTINCT message_id) FROM recipients WHERE state IN ('queued','deferred')"
                             ).fetchone()[0]
        db.close()
        result = backup_cli(target, "backup", "restore", self.backup, "--passphrase-stdin", "--force")
        self.assertEqual(result.returncode, 0, result.stderr)
        # The backup's own queued messages are restored: not counted as left behind (an outside tester read
        # them as more mail to deliver from the old directory, which would have sent them twice).
        self.assertEqual(self.created["queued_messages"], 1)
        self.assertEqual(waiting, 2)
        self.assertIn("relaydesk: warning: 1 message(s) that were still waiting for delivery stay in %s.before-restore-"
                      % target, result.stderr)
        # How they go out, and that the delivery log of before stays there too (an outside tester's support
        # staff found yesterday's mail nowhere after a restore).
        self.assertIn("delivers them once its listeners are off (relaydesk --data-dir %s.before-restore-" % target,
                      result.stderr)
        self.assertIn("The delivery log, its transcripts and the agents' statistics are not in a backup: those of "
                      "before the restore stay in %s.before-restore-" % target, result.stdout)
        for kept in [d for d in os.listdir(os.path.dirname(target)) if d.startswith("with-mail.before-restore-")]:
            shutil.rmtree(os.path.join(os.path.dirname(target), kept))

    def test_force_refused_while_a_relay_runs_on_the_directory(self):
        relay = Relay()
        try:
            relay.start()
            before = sorted(os.listdir(relay.dir))
            result = backup_cli(relay.dir, "backup", "restore", self.backup, "--passphrase-stdin", "--force")
            self.assertEqual(result.returncode, 1, result.stdout)
            # Not the packaged service's directory: systemctl would stop another relay (an outside tester).
            self.assertIn("stop it before restoring (kill -TERM %d)" % relay.process.pid, result.stderr)
            self.assertNotIn("systemctl", result.stderr)
            self.assertIn("the relay service (process %d, since " % relay.process.pid, result.stderr)
            self.assertEqual(sorted(os.listdir(relay.dir)), before)
            self.assertEqual(relay.stop(), 0)
        finally:
            relay.cleanup()

    def test_a_full_disk_says_no_space_left(self):
        # A short write onto a full filesystem was reported as "cannot write FILE: Unknown error".
        if os.geteuid() != 0:
            self.skipTest("needs root to mount a small tmpfs")
        mount = tempfile.mkdtemp(dir=self.tmp)
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", mount],
                                 capture_output=True, text=True)
        if mounted.returncode != 0:
            self.skipTest("cannot mount a tmpfs: " + mounted.stderr)
        relay = Relay()
        try:
            for domain in ("one.test", "two.test", "three.test"):
                relay.cli("dkim", "enable", domain)  # about 2 KiB of private keys each
            # Room for a part of the file only: the write is short before it fails (a write that fails at
            # once did say "No space left on device").
            fill(mount)
            filler = os.path.join(mount, "filler")
            os.truncate(filler, os.path.getsize(filler) - 4096)
            target = os.path.join(mount, "full.rdbackup")
            result = backup_cli(relay.dir, "backup", "create", target, "--passphrase-stdin")
            self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
            self.assertIn("cannot write %s: No space left on device" % target, result.stderr)
            self.assertNotIn("Unknown error", result.stderr)
            self.assertEqual(sorted(os.listdir(mount)), ["filler"])  # no temporary file left behind
            os.unlink(filler)
            self.assertEqual(backup_cli(relay.dir, "backup", "create", target, "--passphrase-stdin").returncode, 0)
            self.assertGreater(os.path.getsize(target), 2 * 4096)
        finally:
            subprocess.run(["umount", mount])
            relay.cleanup()

    def test_passphrase_only_on_standard_input(self):
        target = self.target("no-passphrase")
        result = backup_cli(target, "backup", "restore", self.backup)
        self.assertEqual(result.returncode, 2)
        self.assertIn("--passphrase-stdin", result.stderr)
        result = backup_cli(target, "backup", "restore", self.backup, "--passphrase-stdin", passphrase="")
        self.assertEqual(result.returncode, 2)
        self.assertIn("no passphrase on standard input", result.stderr)
        self.assertFalse(os.path.exists(target))
        # A new backup's passphrase has at least 8 characters; no file is written with a shorter one.
        short = self.target("short.rdbackup")
        result = backup_cli(self.source.dir, "backup", "create", short, "--passphrase-stdin", passphrase="office")
        self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
        self.assertIn("the passphrase has 6 character(s); a backup's passphrase has at least 8", result.stderr)
        self.assertFalse(os.path.exists(short))

    def test_existing_backup_file_is_replaced_only_with_force(self):
        earlier = self.target("earlier.rdbackup")
        with open(earlier, "wb") as f:
            f.write(b"the only copy of last week's backup")
        result = backup_cli(self.source.dir, "backup", "create", earlier, "--passphrase-stdin")
        self.assertEqual(result.returncode, 1, result.stdout)
        self.assertEqual(result.stderr.strip(),
                         "relaydesk: backup create: %s exists; give --force to replace it" % earlier)
        with open(earlier, "rb") as f:
            self.assertEqual(f.read(), b"the only copy of last week's backup")
        result = backup_cli(self.source.dir, "backup", "create", earlier, "--passphrase-stdin", "--force")
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(earlier, "rb") as f:
            self.assertTrue(f.read().startswith(b"RDBACKUP"))
        # A folder is said to be one at once (it was "exists; give --force", then "is a directory").
        folder = self.target("backups")
        os.mkdir(folder)
        for force in ((), ("--force",)):
            result = backup_cli(self.source.dir, "backup", "create", folder, "--passphrase-stdin", *force)
            self.assertEqual(result.returncode, 1, result.stdout)
            self.assertEqual(result.stderr.strip(), "relaydesk: backup create: %s is a folder: give the backup a"
                             " file name, such as %s/relaydesk.rdbackup" % (folder, folder))
        self.assertEqual(os.listdir(folder), [])

    def test_a_backup_never_goes_inside_the_data_directory(self):
        # An outside tester wrote a backup over the live store (`backup create DATADIR/relaydesk.sqlite --force`,
        # after "exists; give --force to replace it" invited the retry): the queue and the logs were lost.
        # On PostgreSQL (RELAYDESK_TEST_PG) the store is no file: the path is refused all the same, and stays free.
        store = os.path.join(self.source.dir, "relaydesk.sqlite")

        def fingerprint():
            if not os.path.exists(store):
                return None
            with open(store, "rb") as f:
                return hashlib.sha256(f.read()).hexdigest()
        before = fingerprint()
        for target in (store, self.source.dir, os.path.join(self.source.dir, "backups", "b.rdbackup")):
            for force in ((), ("--force",)):
                result = backup_cli(self.source.dir, "backup", "create", target, "--passphrase-stdin", *force)
                self.assertEqual(result.returncode, 1, (target, force, result.stdout))
                self.assertEqual(result.stderr.strip(),
                                 "relaydesk: backup create: %s is inside the data directory %s: write the backup "
                                 "to another folder, best on another disk" % (target, self.source.dir))
        self.assertEqual(fingerprint(), before)
        self.assertFalse(os.path.exists(os.path.join(self.source.dir, "backups")))

    def test_passphrase_typed_on_a_terminal(self):
        """On a terminal --passphrase-stdin asks for one line, typed without echo, instead of waiting for the end
        of input (Ctrl+D) that a person at a terminal does not know to give."""
        typed = self.target("typed.rdbackup")
        master, slave = pty.openpty()
        try:
            process = subprocess.Popen([RELAYDESK_BIN, "--data-dir", self.source.dir, "backup", "create", typed,
                                        "--passphrase-stdin"], stdin=slave, stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, text=True)
            os.close(slave)
            slave = None
            # The prompt goes to stderr; wait until the terminal's echo is off before typing.
            deadline = time.monotonic() + 30 * SLOW
            prompt = ""
            while not prompt.endswith("Passphrase: ") and time.monotonic() < deadline:
                ready, _, _ = select.select([process.stderr], [], [], 1)
                if ready:
                    prompt += os.read(process.stderr.fileno(), 100).decode()
            self.assertEqual(prompt, "Passphrase: ")
            time.sleep(0.2)
            os.write(master, PASSPHRASE.encode() + b"\n")
            stdout, stderr = process.communicate(timeout=120 * SLOW)
            self.assertEqual(process.returncode, 0, stderr)
            self.assertIn("Backup written to", stdout)
            # What the terminal showed: the newline, never the passphrase.
            shown = b""
            while select.select([master], [], [], 0.2)[0]:
                try:
                    chunk = os.read(master, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                shown += chunk
            self.assertNotIn(PASSPHRASE.encode(), shown)
        finally:
            os.close(master)
            if slave is not None:
                os.close(slave)
        # The typed passphrase is the one the backup was made with.
        target = self.target("from-typed")
        result = backup_cli(target, "backup", "restore", typed, "--passphrase-stdin")
        self.assertEqual(result.returncode, 0, result.stderr)
        result = backup_cli(self.target("from-typed-wrong"), "backup", "restore", typed, "--passphrase-stdin",
                            passphrase=PASSPHRASE + "x")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("wrong passphrase", result.stderr)


if __name__ == "__main__":
    unittest.main()
