"""The listener certificate on the admin command line: relaydesk tls show | import-pem | import-pkcs12 | generate.

Run by ctest; RELAYDESK_BIN points at the relaydesk binary. Pairs are made with the openssl command. A refused
import changes no setting and leaves no file in the data directory's tls/ folder; imported keys are 0600.
"""
import json
import os
import shutil
import stat
import subprocess
import tempfile
import unittest

from relaydesk_harness import Relay, store_connection

BIN = os.environ.get("RELAYDESK_BIN", "relaydesk")


def make_pair(directory, name, alt_names=None, days=30):
    cert, key = os.path.join(directory, name + ".crt"), os.path.join(directory, name + ".key")
    extra = ["-addext", "subjectAltName=" + ",".join("DNS:" + n for n in alt_names)] if alt_names else []
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-keyout", key, "-out", cert, "-days", str(days), "-subj", "/CN=%s.example" % name] + extra,
                   check=True, capture_output=True)
    return cert, key


def make_issued(directory):
    """A root CA, an intermediate CA it issued, and a certificate for relay.office.test the intermediate
    issued: (leaf, key, intermediate) file names."""
    def path(name):
        return os.path.join(directory, name)

    def run(*args):
        subprocess.run(list(args), check=True, capture_output=True)

    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"]
    run("openssl", "req", "-x509", *ec, "-keyout", path("root.key"), "-out", path("root.crt"), "-days", "30",
        "-subj", "/CN=Office Root CA")
    with open(path("ca.ext"), "w") as f:
        f.write("basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n")
    with open(path("leaf.ext"), "w") as f:
        f.write("subjectAltName=DNS:relay.office.test\n")
    run("openssl", "req", *ec, "-keyout", path("int.key"), "-out", path("int.csr"), "-subj",
        "/CN=Office Intermediate CA")
    run("openssl", "x509", "-req", "-in", path("int.csr"), "-CA", path("root.crt"), "-CAkey", path("root.key"),
        "-CAcreateserial", "-out", path("int.crt"), "-days", "30", "-extfile", path("ca.ext"))
    run("openssl", "req", *ec, "-keyout", path("leaf.key"), "-out", path("leaf.csr"), "-subj",
        "/CN=relay.office.test")
    run("openssl", "x509", "-req", "-in", path("leaf.csr"), "-CA", path("int.crt"), "-CAkey", path("int.key"),
        "-CAcreateserial", "-out", path("leaf.crt"), "-days", "30", "-extfile", path("leaf.ext"))
    return path("leaf.crt"), path("leaf.key"), path("int.crt")


class OwnCertificateWhileRunningTest(unittest.TestCase):
    """An outside tester set a certificate of theirs (5 days left) while the relay ran, and was told that "the
    relay made its certificate again to name its new hostname or listener address": nothing had been made, and
    nothing said that theirs ran out in 5 days."""

    def test_the_note_names_the_file_and_how_soon_it_expires(self):
        relay = Relay()
        try:
            relay.start()
            source = os.path.join(relay.dir, "source")
            os.mkdir(source)
            cert, key = make_pair(source, "relay", alt_names=["relay.example"], days=5)
            result = relay.cli("config", "set", "tls.certificate", cert, "tls.key", key)
            print(result.stderr, end="")
            self.assertNotIn("made its certificate again", result.stderr)
            self.assertIn("the running relay presents %s (SHA-256 " % cert, result.stderr)
            self.assertRegex(result.stderr, r"relaydesk: warning: %s expires .* \(in [45] days\): renew it"
                             % cert)
            self.assertRegex(relay.cli("tls", "show").stdout, r"expires: +\S+ \S+ \(in [45] days\)")
            self.assertEqual(relay.stop(), 0)
        finally:
            relay.cleanup()


class MovedDataDirectoryTest(unittest.TestCase):
    """An outside tester moved a stopped relay's data directory to another path (docs/scaling.md says it starts
    normally): the certificate imported into its tls/ folder was still read from the old path, and no listener
    started."""

    def test_an_imported_certificate_moves_with_the_data_directory(self):
        relay = Relay()
        source = tempfile.mkdtemp(prefix="relaydesk-moved-src-")
        moved = relay.dir + "-moved"
        try:
            cert, key = make_pair(source, "office", alt_names=["relay.office.test"])
            self.assertEqual(relay.cli("tls", "import-pem", cert, key).returncode, 0)
            imported = json.loads(relay.cli("tls", "show", json_output=True).stdout)
            self.assertTrue(imported["certificate"].startswith(os.path.join(relay.dir, "tls", "imported-")),
                            imported)
            os.rename(relay.dir, moved)
            relay.dir = moved
            relay.start()  # every listener up: each one needs the certificate
            shown = json.loads(relay.cli("tls", "show", json_output=True).stdout)
            self.assertEqual(os.path.dirname(shown["certificate"]), os.path.join(moved, "tls"))
            self.assertEqual(shown["sha256"], imported["sha256"])
            self.assertIsNone(shown["problem"])
            self.assertEqual(relay.stop(), 0)
        finally:
            relay.cleanup()
            shutil.rmtree(source, ignore_errors=True)


class CliTlsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.data = os.path.join(self.tmp.name, "data")
        os.mkdir(self.data, 0o700)  # commands do not make the directory they are named
        self.source = os.path.join(self.tmp.name, "source")
        os.mkdir(self.source)

    def tearDown(self):
        self.tmp.cleanup()

    def run_cli(self, *args, json_output=False, stdin=None, cwd=None):
        cmd = [BIN, "--data-dir", self.data] + (["--json"] if json_output else []) + list(args)
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60, input=stdin, cwd=cwd,
                              stdin=None if stdin is not None else subprocess.DEVNULL)
        return proc.returncode, proc.stdout, proc.stderr

    def ok_json(self, *args, stdin=None):
        code, out, err = self.run_cli(*args, json_output=True, stdin=stdin)
        self.assertEqual(code, 0, f"{args}: {err}")
        return json.loads(out)

    def refused(self, code, *args, message, stdin=None):
        before = self.setting("tls.certificate"), self.setting("tls.key")
        got, out, err = self.run_cli(*args, stdin=stdin)
        self.assertEqual(got, code, f"{args}: stdout={out!r} stderr={err!r}")
        self.assertEqual(out, "")
        self.assertTrue(err.startswith("relaydesk: "), err)
        self.assertIn(message, err)
        self.assertEqual((self.setting("tls.certificate"), self.setting("tls.key")), before)
        self.assertEqual(self.tls_files(), [])

    def setting(self, key):
        return self.ok_json("config", "get", key)["value"]

    def tls_files(self):
        folder = os.path.join(self.data, "tls")
        return sorted(os.listdir(folder)) if os.path.isdir(folder) else []

    def assert_owner_only(self, path):
        self.assertEqual(stat.S_IMODE(os.stat(path).st_mode) & 0o077, 0, path)

    def test_show_before_anything_is_set(self):
        shown = self.ok_json("tls", "show")
        self.assertTrue(shown["generated"])
        code, out, err = self.run_cli("tls", "show")
        self.assertEqual(code, 0, err)
        self.assertIn("generated when the relay first starts", out)

    def test_import_pem_copies_the_pair_and_uses_it(self):
        cert, key = make_pair(self.source, "a")
        result = self.ok_json("tls", "import-pem", cert, key)
        self.assertEqual(result["action"], "import-pem")
        self.assertTrue(result["certificate"].startswith(os.path.join(self.data, "tls", "imported-")))
        self.assertIn("a.example", result["subject"])
        self.assert_owner_only(result["key"])
        self.assertEqual(self.setting("tls.certificate"), result["certificate"])
        self.assertEqual(self.setting("tls.key"), result["key"])
        shown = self.ok_json("tls", "show")
        self.assertFalse(shown["generated"])
        self.assertEqual(shown["sha256"], result["sha256"])
        self.assertIsNone(shown["problem"])
        # Another import replaces it, and the pair it replaces goes: each import left its key in tls/ (an
        # outside tester found four). A pair of the admin's own outside tls/ stays where it is.
        cert_b, key_b = make_pair(self.source, "b")
        second = self.ok_json("tls", "import-pem", cert_b, key_b)
        self.assertFalse(os.path.exists(result["key"]), "the replaced key is left in tls/")
        self.assertFalse(os.path.exists(result["certificate"]))
        self.assertTrue(os.path.exists(second["key"]))
        self.assertEqual(sorted(os.listdir(os.path.join(self.data, "tls"))),
                         sorted(os.path.basename(p) for p in (second["certificate"], second["key"])))
        self.ok_json("config", "set", "tls.certificate", cert, "tls.key", key)
        self.ok_json("tls", "import-pem", cert_b, key_b)
        self.assertTrue(os.path.exists(cert) and os.path.exists(key), "the admin's own pair was deleted")

    def test_a_certificate_of_another_name_is_taken_with_a_warning(self):
        # An outside tester imported the smarthost's certificate for the relay: "installed", without a word,
        # and every application that checks the relay's name then refused it.
        self.ok_json("config", "set", "server.hostname", "relay.office.test")
        cert, key = make_pair(self.source, "smarthost", ["smarthost.office.test"])
        code, out, err = self.run_cli("tls", "import-pem", cert, key)
        self.assertEqual(code, 0, err)
        self.assertEqual(err, "relaydesk: warning: tls import-pem: this certificate names smarthost.example, smarthost.office.test, "
                              "not relay.office.test (server.hostname): applications that check the relay's name "
                              "refuse it\n")
        self.assertIn("not relay.office.test", self.ok_json("tls", "import-pem", cert, key)["name_warning"])
        # A name of its own, or a wildcard over it (RFC 6125 6.4.3): nothing to say.
        for name, alt in (("own", ["relay.office.test"]), ("wild", ["*.office.test"])):
            with self.subTest(name=name):
                cert, key = make_pair(self.source, name, alt)
                code, out, err = self.run_cli("tls", "import-pem", cert, key)
                self.assertEqual((code, err), (0, ""))
        cert, key = make_pair(self.source, "deeper", ["*.relay.office.test"])  # one label only
        self.assertIn("not relay.office.test", self.run_cli("tls", "import-pem", cert, key)[2])
        # No name at all (no CN, no subjectAltName): said in words, not "names -" (an outside tester).
        cert, key = os.path.join(self.source, "nameless.crt"), os.path.join(self.source, "nameless.key")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                        "-keyout", key, "-out", cert, "-days", "30", "-subj", "/O=Office"],
                       check=True, capture_output=True)
        self.assertIn("tls import-pem: this certificate names no host name, not even relay.office.test "
                      "(server.hostname)", self.run_cli("tls", "import-pem", cert, key)[2])

    def test_a_certificate_without_its_chain_is_taken_with_a_warning(self):
        # An outside tester imported a CA-issued certificate without the CA's intermediate certificate: taken
        # without a word, and every application that checks certificates refused the relay.
        self.ok_json("config", "set", "server.hostname", "relay.office.test")
        leaf, key, intermediate = make_issued(self.source)
        code, out, err = self.run_cli("tls", "import-pem", leaf, key)
        self.assertEqual(code, 0, err)
        self.assertEqual(err, "relaydesk: warning: tls import-pem: the certificate file holds this certificate without "
                              "the certificate of Office Intermediate CA that issued it: applications that check "
                              "certificates refuse the relay unless they trust Office Intermediate CA themselves. "
                              "Import the file that holds the chain as well (often called fullchain.pem)\n")
        self.assertIn("Office Intermediate CA", self.ok_json("tls", "import-pem", leaf, key)["chain_warning"])
        self.assertIn("without the certificate of Office Intermediate CA", self.run_cli("tls", "show")[2])
        # The certificate and the root, without the intermediate between them: the same (a second tester).
        leafroot = os.path.join(self.source, "leafroot.pem")
        with open(leafroot, "w") as f:
            f.write(open(leaf).read() + open(os.path.join(self.source, "root.crt")).read())
        self.assertIn("without the certificate of Office Intermediate CA",
                      self.run_cli("tls", "import-pem", leafroot, key)[2])
        # The chain after the certificate, as a CA's fullchain file has it: nothing to say.
        fullchain = os.path.join(self.source, "fullchain.pem")
        with open(fullchain, "w") as f:
            f.write(open(leaf).read() + open(intermediate).read())
        code, out, err = self.run_cli("tls", "import-pem", fullchain, key)
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(self.ok_json("tls", "import-pem", fullchain, key)["chain_warning"], "")
        self.assertNotIn("without the certificate", self.run_cli("tls", "show")[2])

    def test_a_chain_in_another_order_is_put_in_order(self):
        # An outside tester's provider file began with the issuer: refused as "the private key does not belong
        # to the certificate". The key's certificate goes first, then its issuers (RFC 8446 4.4.2).
        self.ok_json("config", "set", "server.hostname", "relay.office.test")
        leaf, key, intermediate = make_issued(self.source)
        root = os.path.join(self.source, "root.crt")
        # A file without the key's certificate is still refused, naming it.
        issuers = os.path.join(self.source, "issuers.pem")
        with open(issuers, "w") as f:
            f.write(open(intermediate).read() + open(root).read())
        self.refused(1, "tls", "import-pem", issuers, key, message="does not belong to the certificate in " + issuers)
        reversed_chain = os.path.join(self.source, "reversed.pem")
        with open(reversed_chain, "w") as f:
            f.write(open(root).read() + open(intermediate).read() + open(leaf).read())
        code, out, err = self.run_cli("tls", "import-pem", reversed_chain, key)
        self.assertEqual((code, err), (0, ""))
        stored = self.ok_json("tls", "show")
        self.assertIn("relay.office.test", stored["subject"])
        self.assertIsNone(stored["problem"])
        subjects = subprocess.run(
            "openssl crl2pkcs7 -nocrl -certfile '%s' | openssl pkcs7 -print_certs -noout" % self.setting("tls.certificate"),
            shell=True, check=True, capture_output=True, text=True).stdout
        order = [line for line in subjects.splitlines() if line.startswith("subject=")]
        self.assertEqual(order, ["subject=CN = relay.office.test", "subject=CN = Office Intermediate CA",
                                 "subject=CN = Office Root CA"])
        # The file the admin gave is left as it was.
        self.assertTrue(open(reversed_chain).read().startswith(open(root).read()))

    def test_a_certificate_of_something_else_in_the_file_is_refused_or_left_out(self):
        # An outside tester's bundle of two unrelated certificates: config set refused it ("does not belong"),
        # tls import-pem took it and sent the other certificate to every client as part of the chain.
        good, _ = make_pair(self.source, "good")
        other, other_key = make_pair(self.source, "other")
        bundle = os.path.join(self.source, "bundle.crt")
        with open(bundle, "w") as f:
            f.write(open(good).read() + open(other).read())
        # config set names where the key's certificate is, and the command that orders a real chain.
        self.refused(1, "config", "set", "tls.certificate", bundle, "tls.key", other_key,
                     message="belongs to certificate 2 in %s, not to the first" % bundle)
        # The same two the other way round: the key's certificate first, then one that did not issue it.
        swapped = os.path.join(self.source, "swapped.crt")
        with open(swapped, "w") as f:
            f.write(open(other).read() + open(good).read())
        self.refused(1, "config", "set", "tls.certificate", swapped, "tls.key", other_key,
                     message="certificate 2 in %s did not issue the one before it" % swapped)
        # Imported, the certificate that is not part of the chain is left out, and said.
        code, out, err = self.run_cli("tls", "import-pem", bundle, other_key)
        self.assertEqual(code, 0, err)
        self.assertIn("the file also held certificates that are not part of this certificate's chain (", err)
        self.assertIn("CN=good.example): they were left out", err)
        stored = open(self.setting("tls.certificate")).read()
        self.assertEqual(stored.count("BEGIN CERTIFICATE"), 1)
        self.run_cli("config", "reset", "tls.certificate", "tls.key")
        # A full chain with one more appended (a second tester): the chain stays, the other goes.
        self.ok_json("config", "set", "server.hostname", "relay.office.test")
        leaf, key, intermediate = make_issued(self.source)
        padded = os.path.join(self.source, "padded.pem")
        with open(padded, "w") as f:
            f.write(open(leaf).read() + open(intermediate).read() + open(other).read())
        code, out, err = self.run_cli("tls", "import-pem", padded, key)
        self.assertEqual(code, 0, err)
        self.assertIn("CN=other.example): they were left out", err)
        self.assertNotIn("without the certificate of", err)
        stored = open(self.setting("tls.certificate")).read()
        self.assertEqual(stored.count("BEGIN CERTIFICATE"), 2)
        self.run_cli("config", "reset", "tls.certificate", "tls.key")

    def test_a_ca_certificate_is_refused_as_the_listeners(self):
        # An outside tester picked the intermediate CA's certificate out of a bundle: imported with "names -",
        # and every client that checks certificates then failed with "unsuitable certificate purpose".
        _, _, intermediate = make_issued(self.source)
        chain = os.path.join(self.source, "int-chain.pem")
        with open(chain, "w") as f:
            f.write(open(intermediate).read() + open(os.path.join(self.source, "root.crt")).read())
        self.refused(1, "tls", "import-pem", chain, os.path.join(self.source, "int.key"),
                     message="may not serve TLS: its key usage or extended key usage does not allow a TLS server "
                             "(it is a certificate authority's, for signing certificates)")
        # `config set` of the pair refuses it as the import does (an outside tester's was stored, served, and
        # every verifying client failed while `tls show` said nothing).
        self.refused(1, "config", "set", "tls.certificate", intermediate, "tls.key",
                     os.path.join(self.source, "int.key"),
                     message="may not serve TLS: its key usage or extended key usage does not allow a TLS server")
        # A self-signed certificate as `openssl req -x509` makes it (CA:TRUE, no key usage) serves, as before.
        cert, key = make_pair(self.source, "selfmade")
        self.assertEqual(self.run_cli("tls", "import-pem", cert, key)[0], 0)
        # A file changed under the setting since: `tls show` names the problem.
        self.ok_json("config", "set", "tls.certificate", cert, "tls.key", key)
        shutil.copyfile(intermediate, cert)
        shutil.copyfile(os.path.join(self.source, "int.key"), key)
        self.assertIn("may not serve TLS", self.ok_json("tls", "show")["problem"] or "")

    def test_a_mismatched_pem_pair_is_refused(self):
        cert, _ = make_pair(self.source, "a")
        _, key = make_pair(self.source, "b")
        self.refused(1, "tls", "import-pem", cert, key, message="does not belong to the certificate in " + cert)
        self.refused(1, "tls", "import-pem", cert, os.path.join(self.source, "none.key"), message="cannot read")
        self.refused(2, "tls", "import-pem", cert, message="missing argument")

    def test_import_pkcs12_with_the_password_on_stdin(self):
        cert, key = make_pair(self.source, "p")
        p12 = os.path.join(self.source, "p.p12")
        subprocess.run(["openssl", "pkcs12", "-export", "-in", cert, "-inkey", key, "-out", p12,
                        "-passout", "pass:s3cret"], check=True, capture_output=True)
        self.refused(1, "tls", "import-pkcs12", p12, "--password-stdin", stdin="wrong\n",
                     message="the password is wrong")
        self.refused(1, "tls", "import-pkcs12", p12, message="the password is wrong")
        self.refused(2, "tls", "import-pkcs12", p12, "--password-stdin", stdin="", message="no password")
        # backup's word for the same thing is taken too
        self.refused(1, "tls", "import-pkcs12", p12, "--passphrase-stdin", stdin="wrong\n",
                     message="the password is wrong")
        result = self.ok_json("tls", "import-pkcs12", p12, "--password-stdin", stdin="s3cret\n")
        self.assertIn("p.example", result["subject"])
        self.assert_owner_only(result["key"])
        self.assertEqual(self.setting("tls.key"), result["key"])
        # RC2 and 3DES, as older Windows and OpenSSL exports encrypt (OpenSSL 3's legacy provider): an outside
        # tester's right password was refused as wrong.
        legacy = os.path.join(self.source, "legacy.p12")
        subprocess.run(["openssl", "pkcs12", "-export", "-legacy", "-in", cert, "-inkey", key, "-out", legacy,
                        "-passout", "pass:s3cret"], check=True, capture_output=True)
        self.assertIn("RC2", subprocess.run(["openssl", "pkcs12", "-info", "-noout", "-legacy", "-in", legacy,
                                             "-passin", "pass:s3cret"], capture_output=True, text=True).stderr)
        self.assertIn("p.example", self.ok_json("tls", "import-pkcs12", legacy, "--password-stdin",
                                                stdin="s3cret\n")["subject"])

    def test_generate_for_a_hostname(self):
        self.refused(1, "tls", "generate", "--hostname", "not a host", message="is neither a host name nor an IP address")
        result = self.ok_json("tls", "generate", "--hostname", "relay.example")
        self.assertIn("relay.example", result["subject"])
        self.assertTrue(os.path.basename(result["certificate"]).startswith("selfsigned-"))
        self.assert_owner_only(result["key"])
        code, out, err = self.run_cli("tls", "generate")
        self.assertEqual(code, 0, err)
        self.assertIn("A running relay uses it for new connections", out)

    def test_generate_on_a_full_disk_says_so(self):
        # The files were written through a buffered QSaveFile whose failed flush still committed them empty:
        # "tls/selfsigned-....crt holds no PEM certificate" instead of the write failure.
        if os.geteuid() != 0:
            self.skipTest("needs root to mount a small tmpfs")
        self.ok_json("tls", "show")
        tls = os.path.join(self.data, "tls")
        os.makedirs(tls, 0o700, exist_ok=True)
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", tls],
                                 capture_output=True, text=True)
        if mounted.returncode != 0:
            self.skipTest("cannot mount a tmpfs: " + mounted.stderr)
        try:
            with open(os.path.join(tls, "filler"), "wb", buffering=0) as f:
                for size in [4096] * (1 << 16) + [1] * 4096:
                    try:
                        f.write(b"x" * size)
                    except OSError:
                        if size == 1:
                            break
            before = self.setting("tls.certificate")
            code, out, err = self.run_cli("tls", "generate")
            self.assertEqual(code, 1, out + err)
            self.assertIn("No space left on device", err)
            self.assertNotIn("holds no PEM certificate", err)
            self.assertEqual(self.setting("tls.certificate"), before)
            self.assertEqual(sorted(os.listdir(tls)), ["filler"])
        finally:
            subprocess.run(["umount", tls])

    def test_config_set_of_the_pair_still_works(self):
        cert, key = make_pair(self.source, "c")
        code, out, err = self.run_cli("config", "set", "tls.certificate", cert, "tls.key", key)
        self.assertEqual(code, 0, err)
        self.assertEqual(self.ok_json("tls", "show")["certificate"], cert)

    def test_a_key_every_user_may_read_is_a_warning(self):
        # An outside tester's key, mode 0644 outside the data directory, was taken without a word; a key the
        # service's group may read (0640) is the packaged way and says nothing.
        cert, key = make_pair(self.source, "shared")
        os.chmod(key, 0o640)
        code, out, err = self.run_cli("config", "set", "tls.certificate", cert, "tls.key", key)
        self.assertEqual(code, 0, err)
        self.assertNotIn("readable by every user", err)
        self.assertNotIn("readable by every user", self.run_cli("tls", "show")[2])
        os.chmod(key, 0o644)
        code, out, err = self.run_cli("tls", "show")
        self.assertEqual(code, 0, err)
        self.assertIn("relaydesk: warning: the private key %s is readable by every user of this machine (mode 0644): "
                      "chmod 600 %s" % (key, key), err)

    def test_config_set_refuses_a_repeated_key(self):
        # The checks would read the first tls.key and the store would keep the last one.
        cert, key = make_pair(self.source, "a")
        _, other_key = make_pair(self.source, "b")
        self.refused(2, "config", "set", "tls.certificate", cert, "tls.key", key, "tls.key", other_key,
                     message="config set: tls.key given more than once")
        # A smarthost checked against the listeners, then replaced by this relay's own submission port.
        own = self.setting("listener.submission.address")
        code, out, err = self.run_cli("config", "set", "delivery.smarthost", "mail.example.net:587",
                                      "delivery.smarthost", own)
        self.assertEqual(code, 2, err)
        self.assertIn("delivery.smarthost given more than once", err)
        self.assertEqual(self.setting("delivery.smarthost"), "")

    def test_half_a_pair_is_refused(self):
        # With one of the two set, no listener starts: refused however the half would come about.
        cert, key = make_pair(self.source, "h")
        hint = "relaydesk config set tls.certificate CERT tls.key KEY"
        self.refused(1, "config", "set", "tls.certificate", cert, message=hint)
        self.refused(1, "config", "set", "tls.key", key, message=hint)
        self.refused(1, "config", "set", "tls.certificate", cert, "tls.key", "", message=hint)
        code, _, err = self.run_cli("config", "set", "tls.certificate", cert, "tls.key", key)
        self.assertEqual(code, 0, err)
        for args in (("config", "set", "tls.key", ""), ("config", "reset", "tls.key"),
                     ("config", "reset", "tls.certificate")):
            code, out, err = self.run_cli(*args)
            self.assertEqual(code, 1, f"{args}: {err}")
            self.assertIn("relaydesk config reset tls.certificate tls.key", err)
        self.assertEqual((self.setting("tls.certificate"), self.setting("tls.key")), (cert, key))
        reset = self.ok_json("config", "reset", "tls.certificate", "tls.key")
        self.assertEqual([s["key"] for s in reset], ["tls.certificate", "tls.key"])
        self.assertEqual((self.setting("tls.certificate"), self.setting("tls.key")), ("", ""))
        # tls generate and import still set both at once.
        self.ok_json("tls", "generate", "--hostname", "relay.example")
        self.ok_json("tls", "import-pem", cert, key)

    def test_show_flags_a_half_pair_stored_before(self):
        # An older data directory may hold one half; tls show says why the listeners will not start.
        cert, _ = make_pair(self.source, "o")
        self.ok_json("config", "list")  # creates the data directory
        db = store_connection(self.data, read_only=False)
        with db:
            db.execute("INSERT INTO settings(key, value) VALUES('tls.certificate', ?)", (cert,))
        db.close()
        self.assertIn("tls.certificate is set but tls.key is not", self.ok_json("tls", "show")["problem"])
        code, _, err = self.run_cli("tls", "show")
        self.assertEqual(code, 0, err)
        self.assertIn("the listeners cannot use this certificate: tls.certificate is set but tls.key is not", err)

    def test_relative_file_names_are_stored_absolute(self):
        # Typed in the certificate's folder; the engine runs elsewhere and must still find the files.
        cert, key = make_pair(self.source, "r")
        code, out, err = self.run_cli("config", "set", "tls.certificate", "r.crt", "tls.key", "./r.key",
                                      "tls.trust_file", "r.crt", cwd=self.source)
        self.assertEqual(code, 0, err)
        self.assertIn("tls.certificate = " + cert, out)
        self.assertEqual((self.setting("tls.certificate"), self.setting("tls.key")), (cert, key))
        self.assertEqual(self.setting("tls.trust_file"), cert)
        code, _, err = self.run_cli("config", "set", "delivery.smarthost_ca_file", "../source/r.crt",
                                    cwd=self.source)
        self.assertEqual(code, 0, err)
        self.assertEqual(self.setting("delivery.smarthost_ca_file"), cert)

    def test_unknown_subcommand_is_a_usage_error(self):
        code, out, err = self.run_cli("tls", "rotate")
        self.assertEqual(code, 2)
        self.assertIn("tls: unknown subcommand 'rotate'", err)


if __name__ == "__main__":
    unittest.main(verbosity=2)
