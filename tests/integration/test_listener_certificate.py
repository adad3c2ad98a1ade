"""A listener moved while the engine runs (docs/operations.md, "Apply without restart", "Trusting the relay's
certificate"): clients that verify the certificate against the address they connect to must find it named.

- the relay's generated certificate (the first start's, or one made with `relaydesk tls generate`): moving the SMTPS listener to 127.0.0.2 makes a new certificate that names
  127.0.0.2 too (and keeps every name of the old one), logged once; Python's ssl verifies the new listener
  against the exported certificate with the address as server_hostname; a move to [::1] (when this machine has
  IPv6 loopback) needs no new one, since the generated certificate always names ::1;
- a certificate the admin supplied is never replaced: the same move logs a warning that it does not name
  127.0.0.2, and the files and the served certificate stay as they were.

Run by ctest; RELAYDESK_BIN points at the relaydesk binary.
"""

import hashlib
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import unittest

from relaydesk_harness import LISTENERS, SLOW, Relay, RelayTestCase, free_ports, has_ipv6_loopback, wait_for




def greeting(address, port, cafile):
    """The SMTPS greeting over a handshake that verifies the certificate against cafile and the address."""
    context = ssl.create_default_context(cafile=cafile)
    context.check_hostname = True
    with socket.create_connection((address, port), timeout=10 * SLOW) as raw:
        with context.wrap_socket(raw, server_hostname=address) as tls:
            return tls.recv(1024)


def verifies(address, port, cafile):
    try:
        return greeting(address, port, cafile).startswith(b"220 ")
    except (OSError, ssl.SSLError):
        return False


def served_der(address, port):
    """The certificate a new SMTPS connection gets, unverified, in DER."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        with socket.create_connection((address, port), timeout=10 * SLOW) as raw:
            with context.wrap_socket(raw) as tls:
                return tls.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError):
        return None


def exported_der(path):
    """The first certificate of an exported file: the ECDSA one, which a client that offers ECDSA is served (the
    RSA one of the generated pair follows it)."""
    with open(path) as f:
        text = f.read()
    end = text.index("-----END CERTIFICATE-----") + len("-----END CERTIFICATE-----")
    return ssl.PEM_cert_to_DER_cert(text[:end])




def sha256_of(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class ListenerCertificateCase(RelayTestCase):

    def export(self, name):
        # Outside the data directory (tls export never writes inside it); --force: a check repeated in a wait
        # writes the same file again.
        if not hasattr(self, "exports"):
            self.exports = tempfile.mkdtemp(prefix="relaydesk-exports-")
            self.addCleanup(shutil.rmtree, self.exports, True)
        path = os.path.join(self.exports, name)
        self.relay.cli("tls", "export", path, "--force")
        return path

    def lines(self, event, since=0):
        return [line for line in self.relay.stderr_lines[since:] if "event=%s" % event in line]

    smtps_host = "127.0.0.1"

    def move_smtps(self, host, bracketed=None):
        type(self).smtps_host = host
        port = free_ports(1)[0]
        self.moved = self.relay.cli("config", "set", "listener.smtps.address", "%s:%d" % (bracketed or host, port))
        self.relay.ports["smtps"] = port
        return port


class GeneratedCertificateTest(ListenerCertificateCase):

    def test_1_a_new_address_gets_a_certificate_that_names_it(self):
        before = self.export("before.pem")
        logged = len(self.relay.stderr_lines)
        port = self.move_smtps("127.0.0.2")
        # The listener moves and a new certificate names its address; the one exported before does not.
        wait_for(lambda: verifies("127.0.0.2", port, self.export("after.pem")),
                 "127.0.0.2:%d verifies against the exported certificate" % port)
        self.assertFalse(verifies("127.0.0.2", port, before))
        generated = self.lines("certificate_generated", logged)
        self.assertEqual(len(generated), 1, "\n".join(self.relay.stderr_lines[logged:]))
        self.assertIn("127.0.0.2", generated[0])
        # The command that moved it says so (an outside tester's clients refused the relay afterwards, and
        # nothing had said why).
        self.assertIn("the relay made its certificate again to name its new hostname or listener address (SHA-256 ",
                      self.moved.stderr)
        self.assertIn("relaydesk tls export FILE", self.moved.stderr)
        # The old names stay with the new one.
        names = ssl._ssl._test_decode_cert(self.export("names.pem"))["subjectAltName"]
        for name in (("IP Address", "127.0.0.2"), ("IP Address", "127.0.0.1"), ("DNS", "localhost")):
            self.assertIn(name, names)
        self.assertIsNone(self.relay.process.poll())

    def test_1b_an_address_of_another_machine_changes_no_certificate(self):
        # A typing mistake: 192.0.2.1 (RFC 5737, documentation) is no address of this machine. The listener
        # cannot listen there, and the certificate every other listener presents stays as it was.
        fingerprint = sha256_of(self.export("foreign-before.pem"))
        logged = len(self.relay.stderr_lines)
        lan = self.relay.ports["lan"]
        port = free_ports(1)[0]
        moved = self.relay.cli("config", "set", "listener.lan.address", "192.0.2.1:%d" % port, check=False)
        self.assertEqual(moved.returncode, 1, moved.stderr)
        self.assertIn("the lan listener is not listening on 192.0.2.1:%d" % port, moved.stderr)
        self.assertNotIn("made its certificate again", moved.stderr)
        self.assertEqual(self.lines("certificate_generated", logged), [])
        # The operator log warns of the listener it left down, as at a start.
        wait_for(lambda: self.lines("listener_failed", logged), "the listener's failure is logged")
        failed = self.lines("listener_failed", logged)
        self.assertEqual(len(failed), 1, "\n".join(self.relay.stderr_lines[logged:]))
        self.assertIn("listener=lan", failed[0])
        self.assertEqual(sha256_of(self.export("foreign-after.pem")), fingerprint)
        self.relay.cli("config", "set", "listener.lan.address", "127.0.0.1:%d" % lan)
        wait_for(lambda: any("lan listening on 127.0.0.1:%d" % lan in line
                             for line in self.relay.stderr_lines[logged:]), "the lan listener is back")
        self.assertEqual(sha256_of(self.export("foreign-back.pem")), fingerprint)

    def test_1c_a_port_another_program_holds_changes_no_certificate(self):
        # An outside tester mistyped the LAN listener's port as one another program held on 127.0.0.20: the
        # listener could not bind, yet the certificate was made again, and stayed new once the address was set
        # back; every client that trusted the exported certificate failed.
        fingerprint = sha256_of(self.export("taken-before.pem"))
        logged = len(self.relay.stderr_lines)
        lan = self.relay.ports["lan"]
        holder = socket.socket()
        holder.bind(("127.0.0.20", 0))
        holder.listen()
        port = holder.getsockname()[1]
        try:
            moved = self.relay.cli("config", "set", "listener.lan.address", "127.0.0.20:%d" % port, check=False)
            self.assertEqual(moved.returncode, 1, moved.stderr)
            self.assertIn("the lan listener is not listening on 127.0.0.20:%d" % port, moved.stderr)
            self.assertNotIn("made its certificate again", moved.stderr)
            self.assertEqual(self.lines("certificate_generated", logged), [])
            self.assertEqual(sha256_of(self.export("taken-during.pem")), fingerprint)
        finally:
            holder.close()
        # Once the port is free, the next reload binds it; then the certificate names the address.
        self.relay.cli("reload")
        wait_for(lambda: self.lines("certificate_generated", logged), "a certificate that names 127.0.0.20")
        self.assertIn("127.0.0.20", self.lines("certificate_generated", logged)[0])
        self.assertNotEqual(sha256_of(self.export("taken-bound.pem")), fingerprint)
        self.relay.cli("config", "set", "listener.lan.address", "127.0.0.1:%d" % lan)
        wait_for(lambda: any("lan listening on 127.0.0.1:%d" % lan in line
                             for line in self.relay.stderr_lines[logged:]), "the lan listener is back")

    @unittest.skipUnless(has_ipv6_loopback(), "this machine has no IPv6 loopback")
    def test_2_ipv6_loopback_is_named_already(self):
        fingerprint = sha256_of(self.export("v6-before.pem"))
        logged = len(self.relay.stderr_lines)
        port = self.move_smtps("::1", "[::1]")
        wait_for(lambda: verifies("::1", port, self.export("v6-after.pem")),
                 "[::1]:%d verifies against the exported certificate" % port)
        self.assertEqual(sha256_of(self.export("v6-after.pem")), fingerprint)
        self.assertEqual(self.lines("certificate_generated", logged), [])

    def test_3_a_certificate_made_with_tls_generate_follows_too(self):
        # `relaydesk tls generate` (and the window's Generate) write tls/selfsigned-*.crt: the relay's own.
        self.relay.cli("tls", "generate", "--hostname", "relay.test")
        host, port = type(self).smtps_host, self.relay.ports["smtps"]
        wait_for(lambda: served_der(host, port) == exported_der(self.export("generated.pem")),
                 "the certificate tls generate made is in use")
        certificate = self.relay.cli("config", "get", "tls.certificate").stdout.strip()
        self.assertIn("selfsigned-", certificate)
        logged = len(self.relay.stderr_lines)
        port = self.move_smtps("127.0.0.3")
        wait_for(lambda: verifies("127.0.0.3", port, self.export("generated-after.pem")),
                 "127.0.0.3:%d verifies against the exported certificate" % port)
        self.assertEqual(len(self.lines("certificate_generated", logged)), 1)
        self.assertEqual(self.relay.cli("config", "get", "tls.certificate").stdout.strip(), certificate)
        names = ssl._ssl._test_decode_cert(self.export("generated-names.pem"))["subjectAltName"]
        self.assertIn(("DNS", "relay.test"), names)

    def test_4_a_move_while_no_engine_runs_is_named_at_the_next_start(self):
        self.assertEqual(self.relay.stop(), 0)
        port = free_ports(1)[0]
        self.relay.cli("config", "set", "listener.smtps.address", "127.0.0.4:%d" % port)
        self.relay.ports["smtps"] = port
        self.relay.start()
        self.assertTrue(verifies("127.0.0.4", port, self.export("restart.pem")))
        self.assertEqual(len(self.lines("certificate_generated")), 1, "\n".join(self.relay.stderr_lines))


    def test_5_a_new_hostname_is_named(self):
        # An outside tester set server.hostname and the certificate still named the old one, without a word.
        logged = len(self.relay.stderr_lines)
        changed = self.relay.cli("config", "set", "server.hostname", "relay.office.test")
        # Applied before the command returned, and said (a second tester found the hostname's new certificate
        # unannounced while a listener's was).
        self.assertIn("the relay made its certificate again to name its new hostname or listener address", changed.stderr)
        again = self.relay.cli("config", "set", "server.hostname", "relay.office.test")
        self.assertNotIn("made its certificate again", again.stderr)
        wait_for(lambda: self.lines("certificate_generated", logged), "a certificate that names relay.office.test")
        self.assertIn("relay.office.test", self.lines("certificate_generated", logged)[0])
        cafile = self.export("hostname.pem")
        names = ssl._ssl._test_decode_cert(cafile)["subjectAltName"]
        self.assertIn(("DNS", "relay.office.test"), names)
        self.assertIn(("DNS", "relay.test"), names)  # the old names stay
        context = ssl.create_default_context(cafile=cafile)
        host, port = self.relay_smtps()

        def verifies_by_name():
            try:
                with socket.create_connection((host, port), timeout=10 * SLOW) as raw:
                    with context.wrap_socket(raw, server_hostname="relay.office.test") as tls:
                        return tls.recv(1024).startswith(b"220 ")
            except (OSError, ssl.SSLError):
                return False
        wait_for(verifies_by_name, "the listener verifies as relay.office.test")

    def relay_smtps(self):
        port = self.relay.ports["smtps"]
        for host in ("127.0.0.4", "127.0.0.3", "127.0.0.2", "127.0.0.1"):
            if served_der(host, port):
                return host, port
        return "127.0.0.1", port


class FirstStartOnAnotherLoopbackAddressTest(unittest.TestCase):

    def test_the_first_certificate_names_the_listeners_and_a_restart_keeps_it(self):
        # An outside tester's listeners were on 127.0.0.38 from the start: the first certificate did not name
        # it, the next start made a new one that did, and every client given the first one refused the relay.
        relay = Relay()
        try:
            relay.cli("config", "set", *[word for name in LISTENERS
                                         for word in ("listener.%s.address" % name,
                                                      "127.0.0.38:%d" % relay.ports[name])])
            relay.start()
            port = relay.ports["smtps"]
            exports = tempfile.mkdtemp(prefix="relaydesk-exports-")
            self.addCleanup(shutil.rmtree, exports, True)
            first = os.path.join(exports, "first.pem")
            relay.cli("tls", "export", first)
            self.assertTrue(verifies("127.0.0.38", port, first))
            self.assertEqual(relay.stop(), 0)
            logged = len(relay.stderr_lines)
            relay.start()
            self.assertEqual([line for line in relay.stderr_lines[logged:] if "event=certificate_generated" in line],
                             [])
            self.assertEqual(served_der("127.0.0.38", port), exported_der(first))
            self.assertTrue(verifies("127.0.0.38", port, first))
            self.assertEqual(relay.stop(), 0)
        finally:
            relay.cleanup()


class SuppliedCertificateTest(ListenerCertificateCase):

    def test_a_supplied_certificate_is_left_alone_with_a_warning(self):
        files = os.path.join(self.relay.dir, "own-pair")
        os.mkdir(files)
        cert, key = os.path.join(files, "own.crt"), os.path.join(files, "own.key")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                        "-keyout", key, "-out", cert, "-subj", "/CN=relay.test", "-days", "30",
                        "-addext", "subjectAltName=DNS:relay.test,IP:127.0.0.1"],
                       check=True, capture_output=True, timeout=60)
        self.relay.cli("tls", "import-pem", cert, key)
        imported = self.export("imported.pem")
        wait_for(lambda: verifies("127.0.0.1", self.relay.ports["smtps"], imported),
                 "the SMTPS listener serves the imported certificate")
        stored = {path: sha256_of(path) for path in (self.relay.cli("config", "get", "tls.certificate").stdout.strip(),
                                                     self.relay.cli("config", "get", "tls.key").stdout.strip())}
        logged = len(self.relay.stderr_lines)
        port = self.move_smtps("127.0.0.2")
        wait_for(lambda: self.lines("certificate_does_not_name_listener", logged),
                 "a warning that the certificate does not name 127.0.0.2")
        warning = self.lines("certificate_does_not_name_listener", logged)
        self.assertEqual(len(warning), 1)
        self.assertIn("127.0.0.2", warning[0])
        self.assertIn("warning", warning[0].lower())
        self.assertEqual(self.lines("certificate_generated", logged), [])
        self.assertEqual({path: sha256_of(path) for path in stored}, stored)
        self.assertEqual(sha256_of(self.export("still.pem")), sha256_of(imported))
        # Still the supplied certificate at the new address, which it does not name.
        with socket.create_connection(("127.0.0.2", port), timeout=10 * SLOW) as raw:
            context = ssl.create_default_context(cafile=imported)
            context.check_hostname = False
            with context.wrap_socket(raw) as tls:
                self.assertTrue(tls.recv(1024).startswith(b"220 "))
        self.assertFalse(verifies("127.0.0.2", port, imported))


if __name__ == "__main__":
    unittest.main()
