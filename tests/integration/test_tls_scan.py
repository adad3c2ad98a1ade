"""TLS scan of the submission port (STARTTLS) and the SMTPS port (implicit TLS) with testssl.sh (docs/architecture.md, "TLS 1.2 or newer").

Fails on any protocol below TLS 1.2 offered, any NULL, anonymous, export, RC4, 3DES or other weak (LOW) cipher,
a missing forward-secret suite, or any vulnerability check that testssl rates worse than OK/INFO. The scan
is limited to protocols, cipher categories, forward secrecy and vulnerabilities (-p -s -f -U); the
certificate is the engine's self-signed one and is not judged here.
"""

import json
import os
import shutil
import subprocess
import tempfile
import threading
import unittest

from relaydesk_harness import Relay

TESTSSL = shutil.which("testssl") or shutil.which("testssl.sh")

# testssl 3.0 finding ids (flat JSON): protocol ids, cipher categories and vulnerability checks.
OLD_PROTOCOLS = ("SSLv2", "SSLv3", "TLS1", "TLS1_1")
BAD_CIPHER_CATEGORIES = {
    "cipherlist_NULL": "NULL ciphers",
    "cipherlist_aNULL": "anonymous ciphers",
    "cipherlist_EXPORT": "export ciphers",
    "cipherlist_LOW": "LOW (64-bit/DES) ciphers",
    "cipherlist_3DES_IDEA": "3DES/IDEA ciphers",
}
VULNERABILITIES = ("heartbleed", "CCS", "ticketbleed", "ROBOT", "secure_renego", "secure_client_renego", "CRIME_TLS",
                   "BREACH", "POODLE_SSL", "fallback_SCSV", "SWEET32", "FREAK", "DROWN", "DROWN_hint", "LOGJAM",
                   "LOGJAM-common_primes", "BEAST", "BEAST_CBC_TLS1", "BEAST_CBC_SSL3", "LUCKY13", "RC4",
                   "winshock", "GREASE", "POODLE_TLS")
ACCEPTABLE_SEVERITIES = ("OK", "INFO")
SCAN_TIMEOUT = 900


def run_testssl(target, starttls, json_path):
    if os.path.exists(json_path):  # testssl refuses to overwrite its JSON file
        os.unlink(json_path)
    command = [TESTSSL, "--quiet", "--color", "0", "--warnings", "batch", "--jsonfile", json_path,
               "--connect-timeout", "10", "--openssl-timeout", "10", "-p", "-s", "-f", "-U"]
    if starttls:
        command += ["-t", "smtp"]
    command.append(target)
    result = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, timeout=SCAN_TIMEOUT)
    return result


def problems_in(findings):
    """What a scan's findings say is wrong, one line each."""
    by_id = {}
    for f in findings:
        by_id.setdefault(f.get("id", ""), []).append(f)
    problems = []

    def say(f):
        return "%s [%s] %s" % (f.get("id"), f.get("severity"), f.get("finding"))

    for pid in OLD_PROTOCOLS:
        for f in by_id.get(pid, []):
            if "not offered" not in f.get("finding", "") and "not supported" not in f.get("finding", ""):
                problems.append("protocol below TLS 1.2 offered: " + say(f))
    for pid in ("TLS1_2", "TLS1_3"):
        if pid not in by_id:
            problems.append("no result for %s (scan incomplete?)" % pid)
    if not any("offered" in f.get("finding", "") and "not offered" not in f.get("finding", "")
               for pid in ("TLS1_2", "TLS1_3") for f in by_id.get(pid, [])):
        problems.append("neither TLS 1.2 nor TLS 1.3 offered")
    for cid, what in BAD_CIPHER_CATEGORIES.items():
        if cid not in by_id:
            problems.append("no result for %s (scan incomplete?)" % cid)
        for f in by_id.get(cid, []):
            if "not offered" not in f.get("finding", ""):
                problems.append("%s offered: %s" % (what, say(f)))
    fs = by_id.get("FS", []) + by_id.get("PFS", [])  # "PFS" up to testssl 3.0, "FS" from 3.1
    if not fs or not any(f.get("finding", "").startswith("offered") for f in fs):
        problems.append("no forward-secret cipher suite: " + "; ".join(say(f) for f in fs))
    for f in findings:
        fid = f.get("id", "")
        if (fid in VULNERABILITIES or fid.startswith("RC4")) and f.get("severity") not in ACCEPTABLE_SEVERITIES:
            problems.append("vulnerability: " + say(f))
    seen = [v for v in ("heartbleed", "CCS", "ROBOT", "secure_renego", "POODLE_SSL", "SWEET32", "FREAK", "LOGJAM",
                        "BEAST", "LUCKY13") if v in by_id]
    if len(seen) < 8:
        problems.append("vulnerability checks missing from the scan (got %s)" % ", ".join(seen))
    for f in findings:
        if f.get("id") in ("scanProblem",) or f.get("severity") == "FATAL":
            problems.append("scan problem: " + say(f))
    return problems


@unittest.skipUnless(TESTSSL, "testssl.sh is not installed (Debian package testssl.sh)")
class TlsScanTest(unittest.TestCase):
    """One engine; both TLS ports are scanned at the same time (each scan takes a minute or more)."""

    @classmethod
    def setUpClass(cls):
        cls.relay = Relay(prefix="relaydesk-tlsscan-")
        try:
            cls.relay.start(timeout=60)
        except BaseException:
            cls.relay.cleanup()
            raise
        # RELAYDESK_TLS_SCAN_DIR keeps the JSON findings for a reader; otherwise they go to a temporary directory.
        cls.keep = os.environ.get("RELAYDESK_TLS_SCAN_DIR")
        cls.workdir = cls.keep or tempfile.mkdtemp(prefix="relaydesk-testssl-")
        os.makedirs(cls.workdir, exist_ok=True)
        cls.results = {}
        scans = {"submission": True, "smtps": False}
        threads = []
        for listener, starttls in scans.items():
            host, port = cls.relay.address(listener)
            path = os.path.join(cls.workdir, listener + ".json")

            def scan(listener=listener, starttls=starttls, target="%s:%d" % (host, port), path=path):
                try:
                    cls.results[listener] = (run_testssl(target, starttls, path), path)
                except Exception as error:  # noqa: BLE001 - reported by the test
                    cls.results[listener] = (error, path)

            thread = threading.Thread(target=scan)
            thread.start()
            threads.append(thread)
        for thread in threads:
            thread.join()

    @classmethod
    def tearDownClass(cls):
        try:
            cls.relay.stop()
        finally:
            cls.relay.cleanup()
            if not cls.keep:
                shutil.rmtree(cls.workdir, ignore_errors=True)

    def check(self, listener):
        result, path = self.results[listener]
        if isinstance(result, Exception):
            self.fail("testssl on %s did not finish: %r" % (listener, result))
        self.assertTrue(os.path.exists(path), "testssl wrote no JSON for %s:\n%s" % (listener, result.stdout[-3000:]))
        with open(path) as f:
            findings = json.load(f)
        self.assertIsInstance(findings, list)
        self.assertGreater(len(findings), 20, "testssl found almost nothing on %s:\n%s" % (listener, result.stdout[-3000:]))
        problems = problems_in(findings)
        self.assertEqual(problems, [], "testssl flags the %s port:\n  %s" % (listener, "\n  ".join(problems)))

    def test_submission_starttls(self):
        self.check("submission")

    def test_smtps_implicit_tls(self):
        self.check("smtps")


class ProblemsInTest(unittest.TestCase):
    """The judge itself: it must flag what the scan would report on a bad server."""

    GOOD = ([{"id": p, "severity": "OK", "finding": "not offered"} for p in OLD_PROTOCOLS] +
            [{"id": "TLS1_2", "severity": "OK", "finding": "offered"},
             {"id": "TLS1_3", "severity": "OK", "finding": "offered with final"}] +
            [{"id": c, "severity": "OK", "finding": "not offered"} for c in BAD_CIPHER_CATEGORIES] +
            [{"id": "FS", "severity": "OK", "finding": "offered"}] +
            [{"id": v, "severity": "OK", "finding": "not vulnerable"} for v in
             ("heartbleed", "CCS", "ROBOT", "secure_renego", "POODLE_SSL", "SWEET32", "FREAK", "LOGJAM", "BEAST",
              "LUCKY13")])

    def test_good_server_passes(self):
        self.assertEqual(problems_in(self.GOOD), [])

    def test_each_bad_finding_is_flagged(self):
        cases = [({"id": "TLS1_1", "severity": "LOW", "finding": "offered (deprecated)"}, "below TLS 1.2"),
                 ({"id": "cipherlist_3DES_IDEA", "severity": "MEDIUM", "finding": "offered"}, "3DES"),
                 ({"id": "cipherlist_aNULL", "severity": "HIGH", "finding": "offered"}, "anonymous"),
                 ({"id": "FS", "severity": "HIGH", "finding": "not offered"}, "forward-secret"),
                 ({"id": "LUCKY13", "severity": "LOW", "finding": "potentially vulnerable"}, "LUCKY13"),
                 ({"id": "RC4", "severity": "HIGH", "finding": "VULNERABLE"}, "RC4")]
        for bad, word in cases:
            findings = [f for f in self.GOOD if f["id"] != bad["id"]] + [bad]
            problems = problems_in(findings)
            self.assertTrue(any(word in p for p in problems), "%s not flagged: %s" % (bad, problems))


if __name__ == "__main__":
    unittest.main()
