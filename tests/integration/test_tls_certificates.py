"""The listeners' certificate and key (docs/reliability.md, issue 9): a pair that does not match, or a
certificate out of date, is refused where it is set (`relaydesk config set`), and an engine whose stored
files do not match (replaced on disk after they were set) does not listen and says why on stderr.

Run by ctest; RELAYDESK_BIN points at the relaydesk binary. Pairs are made with the openssl command.
"""
import contextlib
import datetime
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from relaydesk_harness import LISTENERS, RELAYDESK_BIN, SLOW, Relay, client_tls_context, store_connection  # noqa: E402


def make_pair(directory, name):
    """A self-signed EC certificate and its unencrypted key, valid for 30 days: (certificate path, key path)."""
    cert, key = os.path.join(directory, name + ".crt"), os.path.join(directory, name + ".key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-keyout", key, "-out", cert, "-subj", "/CN=%s.test" % name, "-days", "30"],
                   check=True, capture_output=True, timeout=60)
    return cert, key


def make_expired_pair(directory, not_before_days=-30, not_after_days=-1, names=None):
    """A pair whose certificate expired yesterday (the openssl command cannot backdate one); or, with other
    days, valid from and until so many days from now."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "expired.test")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now + datetime.timedelta(days=not_before_days))
            .not_valid_after(now + datetime.timedelta(days=not_after_days)))
    if names:
        cert = cert.add_extension(x509.SubjectAlternativeName([x509.DNSName(n) for n in names]), critical=False)
    cert = cert.sign(key, hashes.SHA256())
    cert_path, key_path = os.path.join(directory, "expired.crt"), os.path.join(directory, "expired.key")
    with open(cert_path, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    with open(key_path, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    return cert_path, key_path


class CertificateKeyPair(unittest.TestCase):
    def setUp(self):
        self.relay = Relay()
        self.files = os.path.join(self.relay.dir, "files")
        os.mkdir(self.files)
        self.a = make_pair(self.files, "a")
        self.b = make_pair(self.files, "b")

    def tearDown(self):
        self.relay.cleanup()

    def stored(self):
        return tuple(self.relay.cli("config", "get", key).stdout.strip() for key in ("tls.certificate", "tls.key"))

    def refused(self, *args):
        result = self.relay.cli("config", "set", *args, check=False)
        self.assertEqual(result.returncode, 1, (args, result.stdout, result.stderr))
        self.assertEqual(result.stdout, "")
        self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
        return result.stderr.strip()

    def test_reload_says_when_the_listeners_keep_their_certificate(self):
        # An outside tester replaced the certificate file with one that does not match the key and ran
        # `relaydesk reload`: it answered as for any reload, and only the engine's log said "kept=current".
        self.relay.cli("config", "set", "tls.certificate", self.a[0], "tls.key", self.a[1])
        self.relay.start()
        try:
            fine = self.relay.cli("reload")
            self.assertNotIn("warning", fine.stderr)
            shutil.copyfile(self.b[0], self.a[0])  # a "renewal" that went wrong
            result = self.relay.cli("reload")
            self.assertEqual(result.returncode, 0)
            self.assertIn("relaydesk: warning: the listeners keep the certificate they use now: ", result.stderr)
            self.assertIn("does not belong to the certificate", result.stderr)
            with client_tls_context().wrap_socket(socket.create_connection(self.relay.address("smtps"),
                                                                           timeout=10)) as s:
                self.assertTrue(s.recv(512).startswith(b"220 "))
        finally:
            self.relay.stop()

    def test_a_mismatched_pair_is_refused_and_nothing_is_saved(self):
        err = self.refused("tls.certificate", self.a[0], "tls.key", self.b[1])
        print("config set (mismatched pair) -> %s" % err, file=sys.stderr)
        self.assertIn("the private key in %s does not belong to the certificate in %s" % (self.b[1], self.a[0]), err)
        self.assertEqual(self.stored(), ("", ""))

    def test_one_half_is_checked_against_the_other_stored_half(self):
        self.relay.cli("config", "set", "tls.certificate", self.a[0], "tls.key", self.a[1])
        self.assertEqual(self.stored(), self.a)
        err = self.refused("tls.key", self.b[1])
        print("config set tls.key (other pair's key) -> %s" % err, file=sys.stderr)
        self.assertIn("tls.key: the private key in %s does not belong" % self.b[1], err)
        self.assertIn("relaydesk config set tls.certificate CERT tls.key KEY", err)
        self.refused("tls.certificate", self.b[0])
        self.assertEqual(self.stored(), self.a)
        # Both together: the natural way to switch to another pair.
        self.relay.cli("config", "set", "tls.key", self.b[1], "tls.certificate", self.b[0])
        self.assertEqual(self.stored(), self.b)

    def test_an_expired_certificate_is_refused(self):
        try:
            expired = make_expired_pair(self.files)
        except ImportError:
            self.skipTest("python3-cryptography is not installed")
        err = self.refused("tls.certificate", expired[0], "tls.key", expired[1])
        print("config set (expired) -> %s" % err, file=sys.stderr)
        self.assertIn("the certificate in %s expired on " % expired[0], err)
        self.assertEqual(self.stored(), ("", ""))


class EngineWithMismatchedFiles(unittest.TestCase):
    def test_no_listener_listens_and_stderr_says_why(self):
        relay = Relay()
        try:
            files = os.path.join(relay.dir, "files")
            os.mkdir(files)
            a, b = make_pair(files, "a"), make_pair(files, "b")
            relay.cli("config", "set", "tls.certificate", a[0], "tls.key", a[1])
            shutil.copyfile(a[1], a[1] + ".orig")
            shutil.copyfile(b[1], a[1])  # the key file replaced on disk after it was set
            result = subprocess.run([RELAYDESK_BIN, "--headless", "--data-dir", relay.dir], capture_output=True,
                                    text=True, stdin=subprocess.DEVNULL, timeout=30 * SLOW)
            print(result.stderr, file=sys.stderr)
            self.assertEqual(result.returncode, 1, result.stderr)
            lines = result.stderr.splitlines()
            for name in LISTENERS:
                expected = "relaydesk: %s NOT listening on 127.0.0.1:%d: TLS cannot be set up: the private key in " \
                           "%s does not belong to the certificate in %s" % (name, relay.ports[name], a[1], a[0])
                self.assertTrue(any(line.startswith(expected) for line in lines), (expected, lines))
            self.assertIn("relaydesk: no listener could start", lines)
            # And the way back to the relay's own certificate (an outside tester had to find it).
            self.assertIn("config reset tls.certificate tls.key", result.stderr)
            for name in LISTENERS:
                with self.assertRaises(ConnectionRefusedError):
                    socket.create_connection(relay.address(name), timeout=5).close()
            # Put right, the same data directory starts and serves TLS on the SMTPS listener.
            shutil.copyfile(a[1] + ".orig", a[1])
            relay.start()
            with client_tls_context().wrap_socket(socket.create_connection(relay.address("smtps"), timeout=10)) as s:
                self.assertTrue(s.recv(512).startswith(b"220 "))
            self.assertEqual(relay.stop(), 0)
        finally:
            relay.cleanup()


class ClockWasAhead(unittest.TestCase):
    """An outside tester's first start ran with the clock a year ahead (a PC's wrong clock, corrected by NTP
    later): the relay's own certificate was valid only from then, and once the clock was right no listener
    would start; a lockout made then kept its address out for a year. The relay's own certificate is made
    again with its names, and a lockout from the future is over."""

    def test_the_relays_own_certificate_from_the_future_is_made_again(self):
        relay = Relay()
        try:
            tls = os.path.join(relay.dir, "tls")
            os.makedirs(tls, mode=0o700, exist_ok=True)
            cert, key = make_expired_pair(tls, not_before_days=365, not_after_days=730,
                                          names=["relay.office.test", "localhost"])
            os.replace(cert, os.path.join(tls, "cert.pem"))
            os.replace(key, os.path.join(tls, "key.pem"))
            with contextlib.closing(store_connection(relay.dir, read_only=False)) as db:
                db.execute("INSERT INTO auth_lockouts(address, locked_at, locked_until, failures, detail)"
                           " VALUES('127.0.0.9', ?, ?, 5, 'wrong password')",
                           (int((time.time() + 365 * 86400) * 1000), int((time.time() + 365 * 86400 + 900) * 1000)))
                db.commit()
            relay.start()
            self.assertTrue(relay.logged(lambda line: "event=certificate_generated " in line
                                         and "not valid yet" in line), "\n".join(relay.stderr_lines))
            with client_tls_context().wrap_socket(socket.create_connection(relay.address("smtps"), timeout=10)) as s:
                self.assertTrue(s.recv(512).startswith(b"220 "))
            shown = json.loads(relay.cli("tls", "show", json_output=True).stdout)
            self.assertIsNone(shown["problem"], shown)
            self.assertIn("No address is locked out.", relay.cli("security", "lockouts").stdout)
            self.assertEqual(relay.stop(), 0)
        finally:
            relay.cleanup()


if __name__ == "__main__":
    unittest.main()
