"""Trusting the relay's own certificate: relaydesk tls generate --hostname (several, IP addresses as iPAddress
entries, RFC 5280 4.2.1.6) and relaydesk tls export, checked with real verifiers.

openssl verify checks the generated certificate (its own CA) for a host name and for a LAN address; tls export
writes the certificate in use and never its key; Python's default TLS context (the one smtplib, msmtp-like
clients and scripts use) verifies the relay over STARTTLS with the exported file, for loopback and, when the
machine has one, for its own non-loopback address through a listener on 0.0.0.0. Run by ctest; RELAYDESK_BIN
points at the relaydesk binary.
"""
import json
import os
import smtplib
import ssl
import subprocess
import tempfile
import unittest

from relaydesk_harness import Relay, free_ports


def openssl(*args):
    return subprocess.run(["openssl", *args], capture_output=True, text=True, timeout=60)


def fingerprint(pem_path):
    out = openssl("x509", "-in", pem_path, "-noout", "-fingerprint", "-sha256").stdout.strip()
    return out.split("=", 1)[1].upper()


def machine_addresses():
    """The non-loopback, non-link-local IPv4 addresses of this machine (ip -j addr)."""
    result = subprocess.run(["ip", "-j", "-4", "addr"], capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        return []
    found = []
    for interface in json.loads(result.stdout or "[]"):
        for info in interface.get("addr_info", []):
            address = info.get("local", "")
            if address and not address.startswith(("127.", "169.254.")):
                found.append(address)
    return found


class TlsTrustTest(unittest.TestCase):
    def setUp(self):
        self.relay = Relay()
        self.tmp = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.relay.cleanup()
        self.tmp.cleanup()

    def cli(self, *args, json_output=False):
        return self.relay.cli(*args, json_output=json_output, check=False)

    def export(self, name="relay.pem"):
        path = os.path.join(self.tmp.name, name)
        result = self.cli("tls", "export", path)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn(path, result.stdout)
        return path

    def test_generated_for_a_name_and_a_lan_address_both_verify(self):
        result = self.cli("tls", "generate", "--hostname", "relay.office.lan", "--hostname", "192.168.1.10",
                          json_output=True)
        self.assertEqual(result.returncode, 0, result.stderr)
        generated = json.loads(result.stdout)
        self.assertIn("relay.office.lan", generated["subject"])
        cert = self.export()

        san = openssl("x509", "-in", cert, "-noout", "-ext", "subjectAltName").stdout
        self.assertIn("DNS:relay.office.lan", san)
        self.assertIn("IP Address:192.168.1.10", san)
        self.assertNotIn("DNS:192.168.1.10", san)
        self.assertIn("DNS:localhost", san)
        self.assertIn("IP Address:127.0.0.1", san)
        # The self-signed certificate is its own CA.
        for check in (["-verify_ip", "192.168.1.10"], ["-verify_hostname", "relay.office.lan"],
                      ["-verify_ip", "127.0.0.1"], ["-verify_hostname", "localhost"]):
            verified = openssl("verify", "-CAfile", cert, *check, cert)
            self.assertEqual(verified.returncode, 0, "%s: %s %s" % (check, verified.stdout, verified.stderr))
            self.assertIn(": OK", verified.stdout)
        for check in (["-verify_ip", "192.168.1.11"], ["-verify_hostname", "other.office.lan"]):
            self.assertNotEqual(openssl("verify", "-CAfile", cert, *check, cert).returncode, 0, check)

    def test_export_writes_the_certificate_and_never_the_key(self):
        self.assertEqual(self.cli("tls", "generate", "--hostname", "relay.office.lan").returncode, 0)
        shown = json.loads(self.cli("tls", "show", json_output=True).stdout)
        cert = self.export()
        with open(cert) as f:
            exported = f.read()
        self.assertNotIn("PRIVATE KEY", exported)
        # The ECDSA certificate first (what a program that reads one certificate takes), then the RSA one that
        # RSA-only TLS 1.2 devices are shown (docs/security.md, "Listener certificates").
        self.assertEqual(exported.count("-----BEGIN CERTIFICATE-----"), 2)
        self.assertEqual(fingerprint(cert), shown["sha256"].upper())
        with open(shown["certificate"]) as f, open(shown["second"]["certificate"]) as rsa:
            self.assertEqual(f.read() + rsa.read(), exported)
        # "-" is standard output, in JSON mode as well: the PEM text is the output.
        for json_output in (False, True):
            to_stdout = self.cli("tls", "export", "-", json_output=json_output)
            self.assertEqual(to_stdout.returncode, 0, to_stdout.stderr)
            self.assertEqual(to_stdout.stdout, exported)
            self.assertNotIn("PRIVATE KEY", to_stdout.stdout)

    def test_export_and_generate_errors(self):
        # No certificate before the relay first starts, and none was generated or imported.
        nothing = self.cli("tls", "export", os.path.join(self.tmp.name, "none.pem"))
        self.assertEqual(nothing.returncode, 1)
        self.assertEqual(nothing.stdout, "")
        self.assertTrue(nothing.stderr.startswith("relaydesk: tls export: there is no certificate yet"),
                        nothing.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.tmp.name, "none.pem")))
        self.assertEqual(self.cli("tls", "export").returncode, 2)
        self.assertEqual(self.cli("tls", "generate").returncode, 0)
        unwritable = self.cli("tls", "export", os.path.join(self.tmp.name, "missing", "relay.pem"))
        self.assertEqual(unwritable.returncode, 1)
        self.assertIn("relaydesk: tls export: cannot write", unwritable.stderr)
        for bad in ("not a host", "relay_1.example", "192.168.1.10:25"):
            refused = self.cli("tls", "generate", "--hostname", "relay.office.lan", "--hostname", bad)
            self.assertEqual(refused.returncode, 1, bad)
            self.assertIn("'%s' is neither a host name nor an IP address" % bad, refused.stderr)

    def test_export_never_replaces_the_relays_own_files_nor_a_file_unasked(self):
        # An outside tester wrote the certificate over the live store (`tls export DATADIR/relaydesk.sqlite`)
        # and over the private key (`tls export KEYFILE`), both answered 0; the store was lost.
        self.assertEqual(self.cli("tls", "generate").returncode, 0)
        self.assertEqual(self.cli("config", "set", "limits.max_recipients", "7").returncode, 0)
        shown = json.loads(self.cli("tls", "show", json_output=True).stdout)
        store = os.path.join(self.relay.dir, "relaydesk.sqlite")
        with open(shown["key"], "rb") as f:
            key_before = f.read()
        for target in (store, self.relay.dir, shown["key"], shown["certificate"],
                       os.path.join(self.relay.dir, "tls", "..", "copy.pem")):
            for force in ((), ("--force",)):
                refused = self.cli("tls", "export", target, *force)
                self.assertEqual(refused.returncode, 1, (target, force, refused.stdout))
                self.assertIn("inside the data directory", refused.stderr, (target, refused.stderr))
        with open(shown["key"], "rb") as f:
            self.assertEqual(f.read(), key_before)
        self.assertFalse(os.path.exists(os.path.join(self.relay.dir, "copy.pem")))
        self.assertEqual(self.cli("config", "get", "limits.max_recipients").stdout.strip(), "7")
        # A pair kept outside the data directory (named by the settings, as for a certificate that another tool
        # renews in place) is refused as the listeners' files.
        outside_key = os.path.join(self.tmp.name, "office.key")
        outside_cert = os.path.join(self.tmp.name, "office.pem")
        with open(shown["key"], "rb") as f, open(outside_key, "wb") as out:
            out.write(f.read())
        with open(shown["certificate"], "rb") as f, open(outside_cert, "wb") as out:
            out.write(f.read())
        configured = self.cli("config", "set", "tls.certificate", outside_cert, "tls.key", outside_key)
        self.assertEqual(configured.returncode, 0, configured.stderr)
        for target, key in ((outside_key, "tls.key"), (outside_cert, "tls.certificate")):
            refused = self.cli("tls", "export", target, "--force")
            self.assertEqual(refused.returncode, 1, target)
            self.assertIn("is the file the listeners use (%s)" % key, refused.stderr)
        with open(outside_key, "rb") as f:
            self.assertEqual(f.read(), key_before)
        # Any other file that is there is replaced only with --force.
        other = os.path.join(self.tmp.name, "notes.txt")
        with open(other, "w") as f:
            f.write("mine")
        kept = self.cli("tls", "export", other)
        self.assertEqual(kept.returncode, 1)
        self.assertIn("exists; give --force to replace it", kept.stderr)
        with open(other) as f:
            self.assertEqual(f.read(), "mine")
        self.assertEqual(self.cli("tls", "export", other, "--force").returncode, 0)
        with open(other) as f:
            self.assertIn("-----BEGIN CERTIFICATE-----", f.read())

    def starttls_verified(self, host, port, cafile):
        context = ssl.create_default_context(cafile=cafile)
        with smtplib.SMTP(host, port, timeout=20) as client:
            client.ehlo("client.example")
            client.starttls(context=context)
            client.ehlo("client.example")
            return client.sock.getpeercert()

    def test_python_verifies_the_relay_over_starttls_with_the_exported_file(self):
        self.relay.config_set("server.hostname", "relay.office.lan")
        self.relay.start()
        cert = self.export()
        host, port = self.relay.address("submission")
        peer = self.starttls_verified(host, port, cert)
        self.assertIn(("DNS", "relay.office.lan"), peer["subjectAltName"])
        # Without the file the default context refuses the self-signed certificate.
        with self.assertRaises(ssl.SSLCertVerificationError):
            self.starttls_verified(host, port, None)

    def test_the_readmes_curl_command_sends_a_file_with_unix_line_ends(self):
        # An outside tester ran README's curl example on a message.txt written with LF line ends: "550 5.6.0 ...
        # bare CR or LF" and curl's "Weird server reply". A bare LF is now read as a line end (stored as CRLF);
        # only the dot line that could end the data must still be <CRLF>.<CRLF>.
        self.relay.config_set("server.hostname", "relay.office.lan")
        self.relay.start()
        credential = self.relay.create_agent("Scripts")
        cert = self.export()
        host, port = self.relay.address("submission")
        message = os.path.join(self.tmp.name, "message.txt")

        def upload(content, *options, ok=True):
            """The README's curl command (with options before --upload-file) on a file of this content."""
            with open(message, "wb") as f:
                f.write(content)
            result = subprocess.run(
                ["curl", "--silent", "--show-error", "--url", "smtp://relay.office.lan:%d" % port, "--resolve",
                 "relay.office.lan:%d:%s" % (port, host), "--ssl-reqd", "--cacert", cert, "--mail-from",
                 "it@example.com", "--mail-rcpt", "you@example.com", "--user",
                 "%s:%s" % (credential["username"], credential["password"])] + list(options) +
                ["--upload-file", message], capture_output=True, text=True, timeout=60)
            if ok:
                self.assertEqual(result.returncode, 0, result.stderr)
            return result

        upload(b"From: it@example.com\nTo: you@example.com\nSubject: from curl\n\nfirst line\nlast\n")
        bodies = [m["body"] for m in self.relay.messages()]
        self.assertEqual(len(bodies), 1)
        body = bodies[0]
        self.assertNotIn(b"\n", body.replace(b"\r\n", b""))  # every line end stored as CRLF
        self.assertIn(b"\r\nSubject: from curl\r\n", body)
        self.assertIn(b"\r\n\r\nfirst line\r\nlast\r\n", body)
        # With --crlf, as the README gives it, curl stuffs a line's leading dot, and it arrives (an outside
        # tester's ".line2" lost its dot: curl does not stuff after a bare LF, and a bare LF ends a line here).
        upload(b"From: it@example.com\nTo: you@example.com\nSubject: dots\n\nline1\n.line2\nline3\n", "--crlf")
        dotted = [m["body"] for m in self.relay.messages() if b"Subject: dots" in m["body"]]
        self.assertEqual(len(dotted), 1)
        self.assertIn(b"\r\n\r\nline1\r\n.line2\r\nline3\r\n", dotted[0])
        # A file written on Windows goes without --crlf, as the README says; with it, curl sends CR CR LF,
        # and the refusal says so (an outside tester read "lines must end with CRLF" for lines that did).
        windows = b"From: it@example.com\r\nTo: you@example.com\r\nSubject: windows\r\n\r\nline1\r\n.line2\r\n"
        upload(windows)
        arrived = [m["body"] for m in self.relay.messages() if b"Subject: windows" in m["body"]]
        self.assertEqual(len(arrived), 1)
        self.assertIn(b"\r\n\r\nline1\r\n.line2\r\n", arrived[0])
        refused = upload(windows, "--crlf", "--verbose", ok=False)
        self.assertNotEqual(refused.returncode, 0)
        self.assertIn("550 5.6.0 Message refused: a line in message content ends with CR CR LF", refused.stderr)

    def test_a_wildcard_listener_names_the_machines_addresses(self):
        addresses = machine_addresses()
        if not addresses:
            self.skipTest("this machine has no non-loopback IPv4 address")
        port = free_ports(1)[0]
        self.relay.config_set("listener.lan.address", "0.0.0.0:%d" % port)
        self.relay.start()
        cert = self.export()
        san = openssl("x509", "-in", cert, "-noout", "-ext", "subjectAltName").stdout
        for address in addresses:
            self.assertIn("IP Address:%s" % address, san)
            verified = openssl("verify", "-CAfile", cert, "-verify_ip", address, cert)
            self.assertEqual(verified.returncode, 0, verified.stdout + verified.stderr)
        # A device on the LAN connects to the machine's address and verifies it.
        self.starttls_verified(addresses[0], port, cert)


if __name__ == "__main__":
    unittest.main()
