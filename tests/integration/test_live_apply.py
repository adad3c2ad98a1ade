"""Apply without restart (docs/operations.md): a running headless engine applies what another process (the
command line) commits to the store within about a second, and reloads on SIGHUP.

- listener.submission.address moves to a new ephemeral port: the new port accepts, the old one refuses, and a
  session opened on the LAN listener before the change (a listener the change does not concern) still
  completes its message;
- limits.max_message_size: a new session's EHLO announces the new SIZE (RFC 1870);
- the TLS certificate replaced (a pair made with openssl, imported with `relaydesk tls import-pem`): a new
  connection gets the new certificate (its SHA-256 fingerprint, as `openssl s_client` reports it), while a
  session opened before the change and upgraded with STARTTLS after it still gets the old one;
- SIGHUP: the engine logs the reload and goes on serving;
- engine.worker_threads, which needs a restart: the command line says so, the engine logs it as pending, and
  `relaydesk status` shows it until the stored value is the running one again;
- a port typed with a sign is stored, listed and bound as a plain number.

Run by ctest; RELAYDESK_BIN points at the relaydesk binary.
"""

import hashlib
import json
import os
import signal
import smtplib
import socket
import shutil
import subprocess
import tempfile
import time
import unittest

from relaydesk_harness import SLOW, RelayTestCase, client_tls_context, free_ports, queue_id_of, wait_for
from reliability_sinks import RecordingSink




def accepts(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            return True
    except OSError:
        return False


def ehlo_size(port):
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
        client.ehlo("client.test")
        return client.esmtp_features.get("size")


def openssl_fingerprint(args, stdin=None):
    """The SHA-256 fingerprint `openssl x509` prints for a certificate, as colon-separated upper-case hex."""
    result = subprocess.run(["openssl", "x509", "-noout", "-fingerprint", "-sha256"] + args, input=stdin,
                            capture_output=True, timeout=30)
    if result.returncode != 0:
        raise AssertionError("openssl x509 failed: %s" % result.stderr.decode(errors="replace"))
    return result.stdout.decode().strip().split("=", 1)[1]


def served_fingerprint(port):
    """The fingerprint of the certificate a new implicit-TLS connection gets, through `openssl s_client`."""
    result = subprocess.run(["openssl", "s_client", "-connect", "127.0.0.1:%d" % port, "-servername", "relay.test"],
                            stdin=subprocess.DEVNULL, capture_output=True, timeout=30 * SLOW)
    return openssl_fingerprint([], stdin=result.stdout)


def der_fingerprint(der):
    return ":".join("%02X" % b for b in hashlib.sha256(der).digest())


MESSAGE = b"From: app@sender.test\r\nTo: one@rcpt.test\r\nSubject: live apply\r\n\r\nStarted before the change.\r\n"


class LiveApplyTest(RelayTestCase):

    def engine_alive(self):
        self.assertIsNone(self.relay.process.poll(), "\n".join(self.relay.stderr_lines))

    def test_1_listener_moves_while_a_lan_session_goes_on(self):
        old = self.relay.ports["submission"]
        lan_client = smtplib.SMTP(*self.relay.address("lan"), timeout=10 * SLOW)
        try:
            lan_client.ehlo("device.test")
            self.assertEqual(lan_client.mail("app@sender.test")[0], 250)
            self.assertEqual(lan_client.rcpt("one@rcpt.test")[0], 250)

            new = free_ports(1)[0]
            self.relay.cli("config", "set", "listener.submission.address", "127.0.0.1:%d" % new)
            wait_for(lambda: accepts(new), "the submission listener accepts on its new port %d" % new)
            wait_for(lambda: not accepts(old), "the old submission port %d refuses" % old)
            self.relay.ports["submission"] = new
            # The node's row says where it listens now (`node list` kept the start's addresses: an outside
            # tester).
            def node_address():
                nodes = json.loads(self.relay.cli("node", "list", json_output=True).stdout)
                return next(n["address"] for n in nodes if n["this_node"])
            wait_for(lambda: "127.0.0.1:%d" % new in node_address(), "node list names the new address")
            self.assertNotIn("127.0.0.1:%d" % old, node_address())
            with smtplib.SMTP("127.0.0.1", new, timeout=10 * SLOW) as client:
                self.assertEqual(client.ehlo("client.test")[0], 250)
                self.assertTrue(client.has_extn("starttls"))

            # The LAN session opened before the change completes its message.
            code, reply = lan_client.data(MESSAGE)
            self.assertEqual(code, 250, reply)
            queue_id = queue_id_of(reply.decode())
            self.assertIsNotNone(self.find_message(queue_id))
            lan_client.quit()
        finally:
            lan_client.close()
        wait_for(lambda: any("submission listening on 127.0.0.1:%d (was 127.0.0.1:%d)" % (new, old) in line
                             for line in self.relay.stderr_lines), "the rebind is logged")
        self.engine_alive()

    def test_2_message_size_limit(self):
        port = self.relay.ports["submission"]
        self.assertEqual(ehlo_size(port), "26214400")
        self.relay.cli("config", "set", "limits.max_message_size", "123456")
        wait_for(lambda: ehlo_size(port) == "123456", "EHLO announces SIZE 123456")
        with smtplib.SMTP(*self.relay.address("lan"), timeout=10 * SLOW) as client:
            client.ehlo("device.test")
            code, reply = client.mail("app@sender.test", ["SIZE=200000"])
            self.assertEqual(code, 552, reply)  # RFC 1870 6.1: the declared size exceeds the limit
        self.relay.cli("config", "set", "limits.max_message_size", "26214400")
        wait_for(lambda: ehlo_size(port) == "26214400", "the SIZE limit back to its default")

    def test_2b_delivery_turned_off_is_off_when_the_command_returns(self):
        # An outside tester turned delivery off and sent at once: the message went out, since the relay applied
        # the change within about a second, after the command had returned. `config set` now has the running
        # relay apply it (the control channel's reload answers once it is in force) before it returns.
        sink_dir = tempfile.mkdtemp(prefix="relaydesk-live-sink-")
        self.addCleanup(shutil.rmtree, sink_dir, True)
        sink = RecordingSink(sink_dir)
        self.addCleanup(sink.close)
        keys = ("delivery.enabled", "delivery.smarthost", "delivery.smarthost_tls")
        before = {key: self.relay.cli("config", "get", key).stdout.strip() for key in keys}

        def send(tag):
            with smtplib.SMTP(*self.relay.address("lan"), timeout=10 * SLOW) as client:
                client.sendmail("app@sender.test", ["one@rcpt.test"],
                                b"From: app@sender.test\r\nTo: one@rcpt.test\r\nX-Test-Id: " + tag +
                                b"\r\nSubject: delivery off\r\n\r\nBody.\r\n")

        def tags():
            return sorted(entry[0] for entry in sink.snapshot() if entry[0])  # not the earlier tests' mail

        try:
            self.relay.cli("config", "set", "delivery.smarthost", "127.0.0.1:%d" % sink.port,
                           "delivery.smarthost_tls", "opportunistic", "delivery.enabled", "true")
            send(b"on")
            wait_for(lambda: tags() == ["on"], "the first message is delivered")
            off = self.relay.cli("config", "set", "delivery.enabled", "false")
            self.assertIn("the running relay has stopped delivering", off.stderr)
            send(b"off")
            # Given time to go out (it would within a few milliseconds), it stays in the queue.
            deadline = time.monotonic() + 3 * SLOW
            while time.monotonic() < deadline and tags() == ["on"]:
                time.sleep(0.1)
            self.assertEqual(tags(), ["on"])
            again = self.relay.cli("config", "set", "limits.max_recipients", "100")
            self.assertNotIn("stopped delivering", again.stderr)
            self.relay.cli("config", "set", "delivery.enabled", "true")
            wait_for(lambda: tags() == ["off", "on"], "the queued message goes once delivery is on")
        finally:
            for key, value in before.items():
                self.relay.cli("config", "set", key, value)

    def test_3_certificate_replaced(self):
        smtps = self.relay.ports["smtps"]
        old_fingerprint = served_fingerprint(smtps)
        # A session opened before the change: STARTTLS after it still gets the old certificate.
        before = smtplib.SMTP(*self.relay.address("lan"), timeout=10 * SLOW)
        try:
            before.ehlo("device.test")
            files = os.path.join(self.relay.dir, "new-pair")
            os.mkdir(files)
            cert, key = os.path.join(files, "live.crt"), os.path.join(files, "live.key")
            subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                            "-nodes", "-keyout", key, "-out", cert, "-subj", "/CN=live.test", "-days", "30"],
                           check=True, capture_output=True, timeout=60)
            new_fingerprint = openssl_fingerprint(["-in", cert])
            self.assertNotEqual(new_fingerprint, old_fingerprint)
            self.relay.cli("tls", "import-pem", cert, key)
            wait_for(lambda: served_fingerprint(smtps) == new_fingerprint,
                     "a new SMTPS connection gets the new certificate %s" % new_fingerprint)

            before.starttls(context=client_tls_context())
            self.assertEqual(der_fingerprint(before.sock.getpeercert(binary_form=True)), old_fingerprint)
            before.ehlo("device.test")
            before.quit()
        finally:
            before.close()
        # STARTTLS on a new session: the new certificate.
        with smtplib.SMTP(*self.relay.address("lan"), timeout=10 * SLOW) as client:
            client.starttls(context=client_tls_context())
            self.assertEqual(der_fingerprint(client.sock.getpeercert(binary_form=True)), new_fingerprint)
        self.engine_alive()

    def test_4_sighup_reloads(self):
        logged = len(self.relay.stderr_lines)
        self.relay.process.send_signal(signal.SIGHUP)
        wait_for(lambda: any("event=config_reloaded" in line or "event=config_applied" in line
                             for line in self.relay.stderr_lines[logged:]), "the reload is logged")
        self.assertTrue(any("SIGHUP" in line for line in self.relay.stderr_lines[logged:]))
        self.engine_alive()
        with smtplib.SMTP(*self.relay.address("submission"), timeout=10 * SLOW) as client:
            self.assertEqual(client.ehlo("client.test")[0], 250)
        with socket.create_connection(("127.0.0.1", self.relay.ports["smtps"]), timeout=10 * SLOW) as raw:
            with client_tls_context().wrap_socket(raw) as tls:
                self.assertTrue(tls.recv(1024).startswith(b"220 "))
        self.engine_alive()

    def test_5_reload_through_the_control_channel(self):
        logged = len(self.relay.stderr_lines)
        result = self.relay.cli("reload")
        self.assertIn("configuration and certificate files again", result.stdout)
        wait_for(lambda: any("event=reload_requested" in line for line in self.relay.stderr_lines[logged:]),
                 "the reload request is logged with its caller")
        wait_for(lambda: any("event=config_reloaded" in line or "event=config_applied" in line
                             for line in self.relay.stderr_lines[logged:]), "the reload is logged")
        # The DKIM keys are read from their files again: a key the engine could not read, whose mode was
        # fixed since, signed nothing until a restart (an outside tester).
        wait_for(lambda: any("event=dkim_keys_loaded" in line for line in self.relay.stderr_lines[logged:]),
                 "the DKIM keys are read again")
        self.engine_alive()

    def test_6_worker_threads_wait_for_a_restart(self):
        # engine.worker_threads is read at start only: the command line said nothing, the engine logged it as
        # "config_applied" and `status` did not show it (docs/operations.md, "Apply without restart").
        logged = len(self.relay.stderr_lines)
        result = self.relay.cli("config", "set", "engine.worker_threads", "4")
        self.assertEqual(result.stdout.strip(), "engine.worker_threads = 4 (was 2)")
        self.assertIn("relaydesk: warning: engine.worker_threads takes effect when the relay restarts", result.stderr)
        self.assertIn("keeps using its value (it runs with 2) until then", result.stderr)
        self.assertIn("relaydesk reload and SIGHUP do not apply it", result.stderr)
        # `status` at once, before the engine's own look at the store: it reads the store when asked.
        status = self.relay.cli("status", json_output=True)
        self.assertEqual(json.loads(status.stdout)["pending_restart"],
                         [{"key": "engine.worker_threads", "running": "2", "stored": "4"}])
        wait_for(lambda: any("event=config_pending_restart" in line and 'changed="engine.worker_threads=4"' in line
                             for line in self.relay.stderr_lines[logged:]), "the pending restart is logged")
        self.assertFalse([line for line in self.relay.stderr_lines[logged:]
                          if "event=config_applied" in line and "engine.worker_threads" in line])
        status = self.relay.cli("status", json_output=True)
        report = json.loads(status.stdout)
        self.assertTrue(report["restart_pending"])
        self.assertEqual(report["pending_restart"], [{"key": "engine.worker_threads", "running": "2", "stored": "4"}])
        human = self.relay.cli("status").stdout
        self.assertIn("restart:   pending: engine.worker_threads is 4 in the settings, 2 in the running relay", human)
        # A reload cannot apply it, and says so.
        reloaded = self.relay.cli("reload")
        self.assertIn("relaydesk: warning: engine.worker_threads is 4 in the settings and 2 in the running relay: "
                      "a reload does not apply it, a restart of the relay does", reloaded.stderr)
        # The same as one document for scripts (it printed nothing with --json before).
        reloaded = json.loads(self.relay.cli("reload", json_output=True).stdout)
        self.assertEqual(reloaded, {"reloaded": True, "certificate_problem": None,
                                    "pending_restart": [{"key": "engine.worker_threads", "running": "2",
                                                         "stored": "4"}]})
        # Back to the value it runs with: nothing pending, nothing to say.
        result = self.relay.cli("config", "set", "engine.worker_threads", "+2")
        self.assertEqual(result.stdout.strip(), "engine.worker_threads = 2 (was 4)")
        self.assertNotIn("warning", result.stderr)
        self.assertFalse(json.loads(self.relay.cli("status", json_output=True).stdout)["restart_pending"])
        self.assertNotIn("restart:", self.relay.cli("status").stdout)
        self.assertNotIn("warning", self.relay.cli("reload").stderr)
        # Stored again and reset to the default, which is the value it runs with: no warning either.
        self.assertIn("takes effect when the relay restarts", self.relay.cli("config", "set", "engine.worker_threads",
                                                                             "3").stderr)
        result = self.relay.cli("config", "reset", "engine.worker_threads")
        self.assertNotIn("warning", result.stderr)
        self.assertFalse(json.loads(self.relay.cli("status", json_output=True).stdout)["restart_pending"])
        self.engine_alive()

    def test_7_a_port_is_stored_as_a_number(self):
        # "127.0.0.1:+36231" was stored, listed and logged as typed ("listening on 127.0.0.1:+36231").
        new = free_ports(1)[0]
        was = self.relay.cli("config", "get", "listener.submission.address").stdout.strip()
        logged = len(self.relay.stderr_lines)
        result = self.relay.cli("config", "set", "listener.submission.address", " 127.0.0.1:+%d" % new)
        self.assertEqual(result.stdout.strip(), "listener.submission.address = 127.0.0.1:%d (was %s)" % (new, was))
        self.assertEqual(self.relay.cli("config", "get", "listener.submission.address").stdout.strip(),
                         "127.0.0.1:%d" % new)
        wait_for(lambda: any("submission listening on 127.0.0.1:%d " % new in line
                             for line in self.relay.stderr_lines[logged:]), "the rebind is logged")
        self.assertFalse([line for line in self.relay.stderr_lines[logged:] if ":+" in line])
        self.relay.ports["submission"] = new
        self.engine_alive()

    def test_8_a_port_in_use_is_said_at_once(self):
        # An outside tester moved the LAN listener to a port another program held: `config set` answered as
        # for any change, the old port was already closed, and only the engine's log said why.
        holder = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            holder.bind(("127.0.0.1", 0))
            holder.listen(1)
            busy = holder.getsockname()[1]
            before = self.relay.ports["lan"]
            result = self.relay.cli("config", "set", "listener.lan.address", "127.0.0.1:%d" % busy, check=False)
            # Stored (it is what the admin asked for), but a script must tell that its change closed the port
            # in use: exit 1 (an outside tester's exited 0), with the command that puts it back.
            self.assertEqual(result.returncode, 1, result.stderr)
            self.assertIn("relaydesk: the lan listener is not listening on 127.0.0.1:%d: " % busy, result.stderr)
            self.assertIn("the setting is stored, and the listener stays down", result.stderr)
            self.assertIn("it listened on 127.0.0.1:%d before: relaydesk config set listener.lan.address "
                          "127.0.0.1:%d puts it back" % (before, before), result.stderr)
            # It does not retry by itself (an outside tester freed the port and waited): the warning says so.
            self.assertIn("once that address is free, relaydesk reload", result.stderr)
            # A second failed move names where it last listened, not the address of the first failure (an
            # outside tester was told to go back to the port held by another program).
            second = self.relay.cli("config", "set", "listener.lan.address", "192.0.2.1:%d" % before, check=False)
            self.assertEqual(second.returncode, 1, second.stderr)
            self.assertIn("relaydesk: the lan listener is not listening on 192.0.2.1:%d: " % before, second.stderr)
            self.assertNotIn("it listened on 127.0.0.1:%d" % busy, second.stderr)
            # 192.0.2.1 is none of this computer's addresses: said so, not "once that address is free" (an
            # outside tester set 8.8.8.8).
            self.assertIn("it is no address of this computer", second.stderr)
            self.assertNotIn("once that address is free", second.stderr)
        finally:
            holder.close()
        free = free_ports(1)[0]
        result = self.relay.cli("config", "set", "listener.lan.address", "127.0.0.1:%d" % free)
        self.assertNotIn("warning", result.stderr)
        self.relay.ports["lan"] = free
        self.engine_alive()

    def test_8b_node_listen_on_a_port_in_use_says_so(self):
        # `node listen` (this node's own address) answered "listens on" while the port was another program's
        # or another node's on this machine; so did `node listen LISTENER ""` back to a shared address held so.
        holder = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            holder.bind(("127.0.0.1", 0))
            holder.listen(1)
            busy = holder.getsockname()[1]
            result = self.relay.cli("node", "listen", "lan", "127.0.0.1:%d" % busy, check=False)
            self.assertEqual(result.returncode, 1, result.stderr)
            self.assertIn("relaydesk: the lan listener is not listening on 127.0.0.1:%d: " % busy, result.stderr)
        finally:
            holder.close()
        free = free_ports(1)[0]
        self.relay.cli("config", "set", "listener.lan.address", "127.0.0.1:%d" % free)
        result = self.relay.cli("node", "listen", "lan", "")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertNotIn("warning", result.stderr)
        self.relay.ports["lan"] = free
        self.engine_alive()

    def test_9_a_reset_that_enables_a_listener_on_a_held_port_says_so(self):
        # `config reset` changes listeners of the running relay as `config set` does, and answered without a
        # word when the listener it brought back could not listen.
        holder = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        lan = self.relay.ports["lan"]
        try:
            holder.bind(("127.0.0.1", 0))
            holder.listen(1)
            busy = holder.getsockname()[1]
            self.assertNotIn("warning", self.relay.cli("config", "set", "listener.lan.enabled", "false",
                                                       "listener.lan.address", "127.0.0.1:%d" % busy).stderr)
            result = self.relay.cli("config", "reset", "listener.lan.enabled", check=False)
            self.assertEqual(result.returncode, 1, result.stderr)
            self.assertEqual(result.stdout.strip(), "listener.lan.enabled = true (default)")
            self.assertIn("relaydesk: the lan listener is not listening on 127.0.0.1:%d: " % busy, result.stderr)
        finally:
            holder.close()
        # Back on a port just found free: the listener's old one was free for anyone while it was away (under
        # ctest -j another test's socket took it once).
        lan = free_ports(1)[0]
        self.relay.ports["lan"] = lan
        result = self.relay.cli("config", "set", "listener.lan.address", "127.0.0.1:%d" % lan)
        self.assertNotIn("warning", result.stderr)
        self.engine_alive()


if __name__ == "__main__":
    unittest.main()
