"""The listeners serve an ECDSA and an RSA certificate (docs/security.md, "Listener certificates"), by `openssl s_client`.

An outside tester's NAS and printer, whose TLS 1.2 stacks offer only RSA cipher suites, could not connect to the
relay's generated ECDSA-only certificate ("no shared cipher"). The relay now generates an RSA pair beside the
ECDSA one and serves both from one OpenSSL context, which picks by what the client can use: modern clients keep
the ECDSA certificate, RSA-only TLS 1.2 clients (ECDHE-RSA and DHE-RSA suites) get the RSA one. An imported
certificate replaces both: the generated RSA pair is not served beside it.
"""
import json
import os
import subprocess
import tempfile
import unittest

from relaydesk_harness import Relay, RelayTestCase, wait_until

RSA_SUITES = ("ECDHE-RSA-AES256-GCM-SHA384", "DHE-RSA-AES128-GCM-SHA256")
ECDSA_SUITE = "ECDHE-ECDSA-AES128-GCM-SHA256"


def handshake(port, *options):
    """(established, server certificate's public key algorithm, output) of one implicit-TLS handshake."""
    result = subprocess.run(["openssl", "s_client", "-connect", "127.0.0.1:%d" % port, *options],
                            input=b"QUIT\r\n", capture_output=True, timeout=30)
    output = (result.stdout + result.stderr).decode("latin-1")
    established = result.returncode == 0 and "-----BEGIN CERTIFICATE-----" in output
    algorithm = ""
    if established:
        pem = output[output.index("-----BEGIN CERTIFICATE-----"):output.index("-----END CERTIFICATE-----") + 25]
        text = subprocess.run(["openssl", "x509", "-noout", "-text"], input=pem.encode(), capture_output=True,
                              check=True).stdout.decode()
        algorithm = "RSA" if "rsaEncryption" in text else "ECDSA" if "id-ecPublicKey" in text else text
    return established, algorithm, output


def subject_of(port, *options):
    result = subprocess.run(["openssl", "s_client", "-connect", "127.0.0.1:%d" % port, *options],
                            input=b"QUIT\r\n", capture_output=True, timeout=30)
    out = subprocess.run(["openssl", "x509", "-noout", "-subject", "-ext", "subjectAltName"],
                         input=result.stdout, capture_output=True)
    return out.stdout.decode()


class GeneratedPairsTest(RelayTestCase):
    """The first start's generated certificate: ECDSA for modern clients, RSA for RSA-only TLS 1.2 devices."""

    def port(self):
        return self.relay.ports["smtps"]

    def test_rsa_only_tls12_clients_connect_with_the_rsa_certificate(self):
        for suite in RSA_SUITES:
            with self.subTest(suite=suite):
                established, algorithm, output = handshake(self.port(), "-tls1_2", "-cipher", suite)
                self.assertTrue(established, output)
                self.assertEqual(algorithm, "RSA", output)
                self.assertIn("Cipher is %s" % suite, output)
                self.assertIn("Server public key is 2048 bit", output)

    def test_ecdsa_and_tls13_clients_keep_the_ecdsa_certificate(self):
        for options in (("-tls1_2", "-cipher", ECDSA_SUITE), ("-tls1_3",), ()):
            with self.subTest(options=options):
                established, algorithm, output = handshake(self.port(), *options)
                self.assertTrue(established, output)
                self.assertEqual(algorithm, "ECDSA", output)

    def test_both_certificates_name_the_same_hosts(self):
        ecdsa = subject_of(self.port(), "-tls1_3")
        rsa = subject_of(self.port(), "-tls1_2", "-cipher", RSA_SUITES[0])
        self.assertIn("subject=", ecdsa)
        self.assertEqual(ecdsa, rsa)

    def test_tls_show_names_the_rsa_certificate(self):
        shown = json.loads(self.relay.cli("--json", "tls", "show").stdout)
        self.assertTrue(shown["generated"])
        self.assertEqual(shown["key_type"], "ECDSA")
        self.assertEqual(shown["second"]["key_type"], "RSA")
        self.assertTrue(shown["second"]["certificate"].endswith("/tls/cert-rsa.pem"), shown)
        self.assertIsNone(shown["second"]["problem"])
        self.assertEqual(os.stat(shown["second"]["key"]).st_mode & 0o077, 0)
        text = self.relay.cli("tls", "show").stdout
        self.assertIn("second:      %s (RSA key" % shown["second"]["certificate"], text)


class ImportReplacesBothTest(RelayTestCase):
    """`tls generate` makes both pairs again; an import replaces both (no generated RSA identity beside a
    certificate of the admin's), and `tls show` says so; a second pair of the first's key type is refused."""

    def setting(self, key):
        return json.loads(self.relay.cli("--json", "config", "get", key).stdout)["value"]

    def rsa_handshake(self):
        return handshake(self.relay.ports["smtps"], "-tls1_2", "-cipher", RSA_SUITES[0])

    def test_generate_then_import(self):
        generated = json.loads(self.relay.cli("--json", "tls", "generate", "--hostname", "relay.office.test").stdout)
        self.assertEqual(generated["second"]["key_type"], "RSA")
        self.assertEqual(self.setting("tls.second_certificate"), generated["second"]["certificate"])
        self.assertTrue(wait_until(lambda: "relay.office.test" in subject_of(self.relay.ports["smtps"], "-tls1_2",
                                                                              "-cipher", RSA_SUITES[0])))
        established, algorithm, output = self.rsa_handshake()
        self.assertTrue(established and algorithm == "RSA", output)

        with tempfile.TemporaryDirectory() as directory:
            cert, key = os.path.join(directory, "own.crt"), os.path.join(directory, "own.key")
            subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                            "-nodes", "-keyout", key, "-out", cert, "-days", "30", "-subj", "/CN=own.example",
                            "-addext", "subjectAltName=DNS:own.example"], check=True, capture_output=True)
            imported = json.loads(self.relay.cli("--json", "tls", "import-pem", cert, key).stdout)
        self.assertIsNone(imported["second"])
        self.assertEqual(self.setting("tls.second_certificate"), "")
        self.assertEqual(self.setting("tls.second_key"), "")
        # The generated RSA files went with the generated ECDSA ones.
        self.assertFalse(os.path.exists(generated["second"]["certificate"]))
        self.assertFalse(os.path.exists(generated["second"]["key"]))
        shown = json.loads(self.relay.cli("--json", "tls", "show").stdout)
        self.assertIsNone(shown["second"])
        self.assertIn("second:      none (clients that cannot use the ECDSA key cannot connect)",
                      self.relay.cli("tls", "show").stdout)
        # Applied without restart: RSA-only clients are refused again, ECDSA ones see the imported certificate.
        self.assertTrue(wait_until(lambda: not self.rsa_handshake()[0]), self.rsa_handshake()[2])
        self.assertIn("own.example", subject_of(self.relay.ports["smtps"], "-tls1_3"))

    def test_a_second_pair_of_the_same_key_type_is_refused(self):
        with tempfile.TemporaryDirectory() as directory:
            pairs = []
            for name in ("a", "b"):
                cert, key = os.path.join(directory, name + ".crt"), os.path.join(directory, name + ".key")
                subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out",
                                cert, "-days", "30", "-subj", "/CN=%s.example" % name], check=True,
                               capture_output=True)
                pairs.append((cert, key))
            result = self.relay.cli("config", "set", "tls.certificate", pairs[0][0], "tls.key", pairs[0][1],
                                    "tls.second_certificate", pairs[1][0], "tls.second_key", pairs[1][1],
                                    check=False)
            self.assertNotEqual(result.returncode, 0)
            self.assertIn("a second certificate must have the other kind of key", result.stderr)
            half = self.relay.cli("config", "set", "tls.second_certificate", pairs[1][0], check=False)
            self.assertNotEqual(half.returncode, 0)
            self.assertIn("relaydesk config set tls.second_certificate CERT tls.second_key KEY", half.stderr)


if __name__ == "__main__":
    unittest.main()
