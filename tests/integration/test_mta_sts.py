"""MTA-STS (RFC 8461) for direct MX delivery, against real peers on loopback addresses of their own.

- dnsmasq on 127.A.B.53:53 (delivery.dns_server) serves the MX records, the `_mta-sts.DOMAIN` TXT records
  and the A records of the MX hosts and of mta-sts.DOMAIN;
- Python's http.server with ssl on 127.A.B.44:443 serves the policies (RFC 8461 3.3: port 443, no port
  setting exists) with a certificate for every mta-sts.DOMAIN from a CA generated here, and counts requests;
- three aiosmtpd receivers on one port (delivery.mx_port) at three addresses: mx.good.test (STARTTLS, a
  certificate for its name from the test CA), mx.plain.test (no STARTTLS), mx.badcert.test (STARTTLS with a
  test-CA certificate for another name);
- tls.trust_file names the test CA, which the system store does not hold.

Domains: enforce.test (enforce, MX listed, valid TLS: delivered), notlisted.test (enforce, its MX is not in
the policy: deferred), plain.test (enforce with a wildcard, MX without STARTTLS: deferred), badcert.test
(enforce, certificate for another name: deferred), testing.test (testing: delivered, the failure logged),
cache.test (the cache: one fetch per TXT id; a changed id refetches; a failed fetch keeps the cache),
redirect.test (the policy host answers 301: not followed, no policy), huge.test (a policy over 64 KiB: refused).
Needs root (ports 53 and 443), /usr/sbin/dnsmasq, openssl and aiosmtpd (scripts/install-deps.sh --test):
without them the test fails rather than skips.
"""

import contextlib
import http.server
import json
import os
import random
import shutil
import ssl
import subprocess
import tempfile
import threading
import time
import unittest

from relaydesk_harness import PeersTestCase, Relay, free_ports, wait_until
from test_delivery import submit as submit_through_lan
from test_delivery_mx import Recorder

from aiosmtpd.controller import Controller

DNSMASQ = "/usr/sbin/dnsmasq"
POLICY_PATH = "/.well-known/mta-sts.txt"


def policy(mode, *mx, max_age=86400):
    lines = ["version: STSv1", "mode: " + mode] + ["mx: " + m for m in mx] + ["max_age: %d" % max_age]
    return ("\r\n".join(lines) + "\r\n").encode()


class PolicyServer:
    """The HTTPS policy host of every test domain: answers by the Host header and counts each request."""

    def __init__(self, address, cert, key):
        self.lock = threading.Lock()
        self.answers = {}  # domain -> (status, content type, body, extra headers)
        self.fetches = {}
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                host = self.headers.get("Host", "").split(":")[0].lower()
                domain = host[len("mta-sts."):] if host.startswith("mta-sts.") else host
                with server.lock:
                    server.fetches[domain] = server.fetches.get(domain, 0) + 1
                    answer = server.answers.get(domain) if self.path == POLICY_PATH else None
                status, content_type, body, headers = answer or (404, "text/plain", b"not found\n", {})
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer((address, 443), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def serve(self, domain, status, body, content_type="text/plain", headers=None):
        with self.lock:
            self.answers[domain] = (status, content_type, body, headers or {})

    def count(self, domain):
        with self.lock:
            return self.fetches.get(domain, 0)

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class Dns:
    """dnsmasq on a fixed address; restart() serves changed records (TXT ids) at the same address."""

    def __init__(self, address):
        self.address = address
        self.process = None

    def start(self, records):
        process = subprocess.Popen([DNSMASQ, "--no-daemon", "--no-resolv", "--no-hosts", "--port=53",
                                    "--listen-address=" + self.address, "--bind-interfaces", "--local=/test/"]
                                   + records, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        output = []

        def drain():
            for line in process.stdout:
                output.append(line)

        threading.Thread(target=drain, daemon=True).start()
        if not wait_until(lambda: process.poll() is not None or any("started" in l for l in output), 5) or \
                process.poll() is not None:
            process.kill()
            process.wait()
            raise AssertionError("dnsmasq did not start: " + "".join(output))
        self.process = process

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait()
            self.process.stdout.close()
            self.process = None

    def restart(self, records):
        self.stop()
        # The address and port are free again once the process is gone; a few tries cover a slow release.
        for attempt in range(5):
            try:
                return self.start(records)
            except AssertionError:
                if attempt == 4:
                    raise
                time.sleep(0.3)


def openssl(*args):
    subprocess.run(["openssl"] + list(args), check=True, capture_output=True)


def make_ca(directory):
    key, cert = os.path.join(directory, "ca.key"), os.path.join(directory, "ca.pem")
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
            "-subj", "/CN=RelayDesk MTA-STS Test CA", "-keyout", key, "-out", cert,
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    return cert, key


def make_leaf(directory, name, dns_names, ca):
    key, csr, cert = (os.path.join(directory, name + suffix) for suffix in (".key", ".csr", ".pem"))
    ext = os.path.join(directory, name + ".ext")
    with open(ext, "w") as f:
        f.write("subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"
                % ",".join("DNS:" + n for n in dns_names))
    openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj",
            "/CN=" + dns_names[0], "-keyout", key, "-out", csr)
    openssl("x509", "-req", "-in", csr, "-CA", ca[0], "-CAkey", ca[1], "-CAcreateserial", "-days", "1",
            "-extfile", ext, "-out", cert)
    return cert, key


def server_context(cert_key):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*cert_key)
    return context


class MtaSts(PeersTestCase):
    @classmethod
    def setUpClass(cls):
        missing = [what for what, ok in (
            ("root", os.geteuid() == 0),
            ("/usr/sbin/dnsmasq (dnsmasq-base)", os.access(DNSMASQ, os.X_OK)),
            ("openssl", shutil.which("openssl") is not None)) if not ok]
        if missing:
            raise AssertionError("test_mta_sts needs " + ", ".join(missing) + " (scripts/install-deps.sh --test)")
        super().setUpClass()

    @classmethod
    def _start(cls):
        cls.tmp = tempfile.mkdtemp(prefix="relaydesk-mtasts-")
        cls.cleanups.append(lambda: shutil.rmtree(cls.tmp, ignore_errors=True))
        # 127.A.B.0/24 of this run only: other tests use 127.0.0.X for dnsmasq and nothing else binds 443.
        base = "127.%d.%d." % (random.randint(100, 250), random.randint(1, 250))
        cls.good_ip, cls.plain_ip, cls.badcert_ip = base + "10", base + "11", base + "12"
        https_ip = base + "44"

        ca = make_ca(cls.tmp)
        cls.ca_file = ca[0]
        cls.domains = ["enforce.test", "notlisted.test", "plain.test", "badcert.test", "testing.test",
                       "cache.test", "redirect.test", "huge.test"]
        sts = make_leaf(cls.tmp, "mta-sts", ["mta-sts." + d for d in cls.domains], ca)
        good = make_leaf(cls.tmp, "mx-good", ["mx.good.test"], ca)
        wrong = make_leaf(cls.tmp, "mx-wrong", ["wrong-name.test"], ca)

        cls.https = PolicyServer(https_ip, *sts)
        cls.cleanups.append(cls.https.stop)
        cls.https.serve("enforce.test", 200, policy("enforce", "mx.good.test"))
        cls.https.serve("notlisted.test", 200, policy("enforce", "mx.good.test"))
        cls.https.serve("plain.test", 200, policy("enforce", "*.plain.test"))
        cls.https.serve("badcert.test", 200, policy("enforce", "mx.badcert.test"))
        cls.https.serve("testing.test", 200, policy("testing", "mx.good.test"))
        cls.https.serve("cache.test", 200, policy("enforce", "mx.good.test"), "text/plain; charset=utf-8")
        cls.https.serve("huge.test", 200, policy("enforce", "mx.good.test") + b"# padding\r\n" * 8000)
        cls.https.serve("redirect.test", 301, b"moved\n",
                        headers={"Location": "https://mta-sts.enforce.test" + POLICY_PATH})

        cls.mx_port = free_ports(1)[0]
        cls.good, cls.plain, cls.badcert = Recorder(), Recorder(), Recorder()
        for recorder, address, context in ((cls.good, cls.good_ip, server_context(good)),
                                           (cls.plain, cls.plain_ip, None),
                                           (cls.badcert, cls.badcert_ip, server_context(wrong))):
            controller = Controller(recorder, hostname=address, port=cls.mx_port, tls_context=context,
                                    require_starttls=False, ready_timeout=10)
            controller.start()
            cls.cleanups.append(controller.stop)

        cls.txt_ids = {"enforce.test": "e1", "notlisted.test": "n1", "plain.test": "p1", "badcert.test": "b1",
                       "testing.test": "t1", "cache.test": "c1", "redirect.test": "r1", "huge.test": "h1"}
        cls.dns = Dns(base + "53")
        cls.dns.start(cls.records(https_ip))
        cls.https_ip = https_ip
        cls.cleanups.append(cls.dns.stop)

        cls.relay = Relay({"delivery.enabled": "true", "delivery.dns_server": cls.dns.address,
                           "delivery.mx_port": cls.mx_port, "delivery.poll_interval": 1,
                           "delivery.retry_first": 300, "delivery.retry_max": 600,
                           "delivery.command_timeout": 5, "delivery.connect_timeout": 5,
                           "server.hostname": "relay.test", "tls.trust_file": cls.ca_file},
                          prefix="relaydesk-mtasts-")
        cls.cleanups.append(cls.relay.cleanup)
        cls.relay.create_agent("billing", allow=("127.0.0.1",), trusted=("127.0.0.1",))
        cls.relay.start()

    @classmethod
    def records(cls, https_ip):
        mx = {"enforce.test": "mx.good.test", "notlisted.test": "mx.other.test", "plain.test": "mx.plain.test",
              "badcert.test": "mx.badcert.test", "testing.test": "mx.plain.test", "cache.test": "mx.good.test",
              "redirect.test": "mx.plain.test", "huge.test": "mx.plain.test"}
        records = ["--host-record=mx.good.test," + cls.good_ip, "--host-record=mx.other.test," + cls.good_ip,
                   "--host-record=mx.plain.test," + cls.plain_ip,
                   "--host-record=mx.badcert.test," + cls.badcert_ip]
        for domain in cls.domains:
            records += ["--mx-host=%s,%s,10" % (domain, mx[domain]),
                        "--txt-record=_mta-sts.%s,v=STSv1; id=%s" % (domain, cls.txt_ids[domain]),
                        "--host-record=mta-sts.%s,%s" % (domain, https_ip)]
        return records

    # -- helpers ------------------------------------------------------------------------------------------
    def send(self, recipient, subject):
        return submit_through_lan(self.relay, [recipient], subject, text="Body of %s." % subject)

    def state(self, queue_id):
        with contextlib.closing(self.relay.db()) as db:
            row = db.execute("SELECT r.state FROM recipients r JOIN messages m ON m.id = r.message_id"
                             " WHERE m.queue_id = ?", (queue_id,)).fetchone()
        return row[0] if row else None

    def log_for(self, queue_id):
        entries = json.loads(self.relay.cli("log", "search", "--since", "1h", json_output=True).stdout)
        return [e for e in entries if e["queue_id"] == queue_id]

    def wait_state(self, queue_id, expected, timeout=30):
        self.assertTrue(wait_until(lambda: self.state(queue_id) == expected and self.log_for(queue_id), timeout),
                        "%s: %s, log: %s" % (queue_id, self.state(queue_id), self.log_for(queue_id)))
        return self.log_for(queue_id)[-1]

    def received(self, recorder, subject):
        return [e for e in recorder.envelopes if ("Body of %s." % subject).encode() in e["data"]]

    def operator_log(self, event):
        return [line for line in self.relay.stderr_lines if event in line]

    # -- tests --------------------------------------------------------------------------------------------
    def test_enforce_listed_mx_with_valid_tls_is_delivered(self):
        queue_id = self.send("ann@enforce.test", "enforce ok")
        entry = self.wait_state(queue_id, "delivered")
        self.assertEqual((entry["host"], entry["code"]), ("mx.good.test", 250), entry)
        self.assertIn(entry["tls_version"], ("TLSv1.2", "TLSv1.3"), entry)
        self.assertIn("MTA-STS: fetched the policy of enforce.test", entry["transcript"])
        self.assertIn("mode enforce", entry["transcript"])
        # Verified against the system store and tls.trust_file, for the MX name.
        self.assertIn("verified against the system CA store and the CAs in " + self.ca_file, entry["transcript"])
        received = self.received(self.good, "enforce ok")
        self.assertEqual(len(received), 1)
        self.assertTrue(received[0]["tls"])

        cached = json.loads(self.relay.cli("mta-sts", "show", "enforce.test", json_output=True).stdout)
        self.assertEqual((cached["domain"], cached["id"], cached["mode"], cached["mx"], cached["max_age"],
                          cached["expired"]), ("enforce.test", "e1", "enforce", ["mx.good.test"], 86400, False))
        self.assertIn("mode: enforce", cached["policy"])
        listed = json.loads(self.relay.cli("mta-sts", "list", json_output=True).stdout)
        self.assertIn("enforce.test", [p["domain"] for p in listed])
        text = self.relay.cli("mta-sts", "list").stdout
        self.assertIn("enforce.test", text)
        self.assertIn("mx.good.test", text)

    def test_enforce_mx_not_in_policy_is_deferred(self):
        queue_id = self.send("bob@notlisted.test", "not listed")
        entry = self.wait_state(queue_id, "deferred")
        self.assertEqual((entry["code"], entry["enhanced"], entry["sign"]), (451, "4.7.5", "yellow"), entry)
        self.assertIn("MTA-STS policy of notlisted.test (enforce) forbids delivery", entry["reply"])
        self.assertIn("none of the MX hosts (mx.other.test)", entry["reply"])
        self.assertIn("mx.other.test is not an MX host of the policy", entry["transcript"])
        self.assertNotIn("connecting to", entry["transcript"])  # not even tried
        self.assertEqual(self.received(self.good, "not listed"), [])
        self.assertTrue(wait_until(lambda: self.operator_log("mta_sts_deferred"), 5), self.relay.stderr_lines[-20:])

    def test_enforce_mx_without_starttls_is_deferred(self):
        queue_id = self.send("cat@plain.test", "no starttls")
        entry = self.wait_state(queue_id, "deferred")
        self.assertEqual((entry["code"], entry["enhanced"]), (451, "4.7.5"), entry)
        self.assertIn("MTA-STS policy of plain.test (enforce) forbids delivery", entry["reply"])
        self.assertIn("connecting to mx.plain.test", entry["transcript"])  # *.plain.test matched (RFC 8461 4.1)
        self.assertIn("STARTTLS", entry["reply"])
        self.assertEqual(self.received(self.plain, "no starttls"), [])

    def test_enforce_certificate_for_another_name_is_deferred(self):
        queue_id = self.send("dan@badcert.test", "bad cert")
        entry = self.wait_state(queue_id, "deferred")
        self.assertEqual((entry["code"], entry["enhanced"]), (451, "4.7.5"), entry)
        self.assertIn("name mismatch", entry["reply"])
        self.assertEqual(self.received(self.badcert, "bad cert"), [])

    def test_testing_mode_delivers_and_logs_the_failure(self):
        queue_id = self.send("eve@testing.test", "testing mode")
        entry = self.wait_state(queue_id, "delivered")
        self.assertEqual((entry["host"], entry["code"]), ("mx.plain.test", 250), entry)
        transcript = entry["transcript"]
        self.assertIn("MTA-STS (testing): mx.plain.test is not an MX host of the policy", transcript)
        self.assertIn("MTA-STS (testing): enforce would not deliver here: no TLS to mx.plain.test", transcript)
        self.assertEqual(len(self.received(self.plain, "testing mode")), 1)
        self.assertTrue(wait_until(lambda: any("testing.test" in l for l in
                                               self.operator_log("mta_sts_testing_failure")), 5),
                        self.relay.stderr_lines[-20:])

    def test_policy_is_cached_and_refetched_when_the_id_changes(self):
        first = self.send("fay@cache.test", "cache one")
        self.wait_state(first, "delivered")
        self.assertEqual(self.https.count("cache.test"), 1)
        second = self.send("fay@cache.test", "cache two")
        entry = self.wait_state(second, "delivered")
        self.assertEqual(self.https.count("cache.test"), 1)  # same TXT id: no HTTPS fetch
        self.assertIn("MTA-STS: policy of cache.test from the cache (id c1", entry["transcript"])

        # A new id: fetched again, and the cache holds the new id and policy.
        self.https.serve("cache.test", 200, policy("enforce", "mx.good.test", "*.good.test", max_age=3600))
        self.txt_ids["cache.test"] = "c2"
        self.dns.restart(self.records(self.https_ip))
        third = self.send("fay@cache.test", "cache three")
        entry = self.wait_state(third, "delivered")
        self.assertEqual(self.https.count("cache.test"), 2)
        self.assertIn("fetched the policy of cache.test (id c2", entry["transcript"])
        cached = json.loads(self.relay.cli("mta-sts", "show", "cache.test", json_output=True).stdout)
        self.assertEqual((cached["id"], cached["mx"], cached["max_age"]), ("c2", ["mx.good.test", "*.good.test"],
                                                                           3600))

        # RFC 8461 5.1: a failed fetch keeps the unexpired cached policy.
        self.https.serve("cache.test", 500, b"broken\n")
        self.txt_ids["cache.test"] = "c3"
        self.dns.restart(self.records(self.https_ip))
        fourth = self.send("fay@cache.test", "cache four")
        entry = self.wait_state(fourth, "delivered")
        self.assertEqual(self.https.count("cache.test"), 3)
        self.assertIn("cannot fetch https://mta-sts.cache.test/.well-known/mta-sts.txt: HTTP 500", entry["transcript"])
        self.assertIn("the cached policy holds (id c2", entry["transcript"])
        self.assertIn(entry["tls_version"], ("TLSv1.2", "TLSv1.3"), entry)

        # Forgetting a policy: it is gone, and forgetting it again says so.
        self.relay.cli("mta-sts", "forget", "cache.test")
        gone = self.relay.cli("mta-sts", "show", "cache.test", check=False)
        self.assertEqual(gone.returncode, 1)
        self.assertIn("no MTA-STS policy of cache.test is cached", gone.stderr)
        again = self.relay.cli("mta-sts", "forget", "cache.test", check=False)
        self.assertEqual(again.returncode, 1)

    def test_redirect_is_not_followed(self):
        queue_id = self.send("gus@redirect.test", "redirect")
        entry = self.wait_state(queue_id, "delivered")  # no policy: delivered as before, in plaintext
        self.assertIn("HTTP 301: a redirect, which is not followed", entry["transcript"])
        self.assertEqual(self.https.count("enforce.test") <= 1, True)
        no_policy = self.relay.cli("mta-sts", "show", "redirect.test", check=False)
        self.assertEqual(no_policy.returncode, 1)

    def test_oversized_policy_is_refused(self):
        queue_id = self.send("hal@huge.test", "huge")
        entry = self.wait_state(queue_id, "delivered")  # no usable policy: delivered as before
        self.assertIn("the answer of https://mta-sts.huge.test is larger than 64 KiB", entry["transcript"])
        self.assertEqual(self.relay.cli("mta-sts", "show", "huge.test", check=False).returncode, 1)

    def test_trust_file_setting(self):
        shown = json.loads(self.relay.cli("config", "get", "tls.trust_file", json_output=True).stdout)
        self.assertIn(self.ca_file, json.dumps(shown))
        bad = self.relay.cli("config", "set", "tls.trust_file", "/nonexistent/ca.pem", check=False)
        self.assertNotEqual(bad.returncode, 0)
        self.assertIn("tls.trust_file: cannot read CA file /nonexistent/ca.pem", bad.stderr)
        not_pem = os.path.join(self.tmp, "not.pem")
        with open(not_pem, "w") as f:
            f.write("hello\n")
        bad = self.relay.cli("config", "set", "tls.trust_file", not_pem, check=False)
        self.assertNotEqual(bad.returncode, 0)
        self.assertIn("holds no PEM certificate", bad.stderr)
        shown = json.loads(self.relay.cli("config", "get", "tls.trust_file", json_output=True).stdout)
        self.assertIn(self.ca_file, json.dumps(shown))  # unchanged


if __name__ == "__main__":
    unittest.main(verbosity=2)
