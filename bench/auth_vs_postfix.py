#!/usr/bin/python3
"""The path applications really use: STARTTLS and AUTH PLAIN; RelayDesk against Postfix with Dovecot SASL.

Both relays deliver everything into one Postfix smtp-sink on loopback (delivery runs, as a relay really works):
  - RelayDesk: its submission listener (STARTTLS, AUTH PLAIN) with one Mail Agent, smarthost = the sink;
  - Postfix 3.7: a private loopback-only instance (`postfix -c DIR`, the setup of bench/submission_vs_postfix.py)
    with STARTTLS, `smtpd_sasl_type = dovecot` and relayhost = the sink; Dovecot 2.3 runs as a private instance
    (`dovecot -c FILE`, auth only: no protocol listens) with a passwd-file passdb holding an Argon2id hash of the
    same cost as RelayDesk's (m = 19456 KiB, t = 2, p = 1; `doveadm pw` cannot set m, so the hash is made here
    with libsodium through python3-nacl, `{ARGON2ID}$argon2id$v=19$m=19456,t=2,p=1$...`, which Dovecot verifies).
Both use the same certificate and key (RelayDesk's generated P-256 pair).

Modes (each relay, each round):
  - new:   every message on a new connection: EHLO, STARTTLS, EHLO, AUTH PLAIN, MAIL, RCPT, DATA, QUIT (PHP
           mailers, WordPress, Django, cron scripts);
  - reuse: one connection and one AUTH per client, then --reuse-messages messages on it.
Clients are separate processes (--clients of them, `python3 auth_vs_postfix.py --client ...`), so the client is
never the limit unless its CPU says so: their CPU time is printed. Printed per run: messages per second (from the
first connect to the sink's count reaching the total), p50/p99 latency of one message as the client sees it
(connect to 250 after DATA in the new mode, MAIL to 250 in the reuse mode), the relay's CPU per message (the
RelayDesk process; for Postfix + Dovecot, every process of both instances, exited children included through
their parents' cutime/cstime), and the clients' CPU.

The TLS-handshake ceiling of the same run: `openssl s_time -new` against `openssl s_server` with the same key,
both on this machine: full handshakes per second (one s_time process; the server is single-threaded too).

Usage: bench/auth_vs_postfix.py [--count 400] [--clients 8] [--size 10240] [--rounds 3] [--modes new,reuse]
                                [--reuse-messages 50] [--relaydesk build/app/relaydesk] [--workdir /var/tmp]
                                [--only relaydesk|postfix] [--dovecot-auth-cache] [--json FILE]
Needs root (Postfix's master and Dovecot run as root and drop privileges), postfix, dovecot-core, python3-nacl
(scripts/install-deps.sh --bench).
"""

import argparse
import base64
import json
import os
import shutil
import signal
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import delivery_vs_postfix as e2e  # noqa: E402  (the counting sink)
import submission_vs_postfix as accept_bench  # noqa: E402  (Postfix setup, RelayDesk instance, helpers)

ARGON2_OPS = 2
ARGON2_MEM_KIB = 19456


# -- the client (a separate process) ---------------------------------------------------------------------------

def client_main(argv):
    host, port, user, password, mode, count, size, reuse = argv
    port, count, size, reuse = int(port), int(count), int(size), int(reuse)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode())
    body = b"Subject: auth bench\r\nFrom: app@bench.test\r\nTo: to@bench.test\r\n\r\n" + \
        (b"x" * 78 + b"\r\n") * max(1, size // 80) + b".\r\n"
    latencies = []
    failures = 0

    def reply(stream):
        while True:
            line = stream.readline()
            if not line:
                raise ConnectionError("connection closed")
            if line[3:4] != b"-":
                return int(line[:3])

    def expect(stream, code):
        got = reply(stream)
        if got != code:
            raise ConnectionError("expected %d, got %d" % (code, got))

    def open_session():
        raw = socket.create_connection((host, port), timeout=60)
        stream = raw.makefile("rb")
        expect(stream, 220)
        raw.sendall(b"EHLO client.bench\r\n")
        expect(stream, 250)
        raw.sendall(b"STARTTLS\r\n")
        expect(stream, 220)
        stream.close()
        tls = context.wrap_socket(raw, server_hostname=host)
        stream = tls.makefile("rb")
        tls.sendall(b"EHLO client.bench\r\n")
        expect(stream, 250)
        tls.sendall(b"AUTH PLAIN " + token + b"\r\n")
        expect(stream, 235)
        return tls, stream

    def send_one(sock, stream):
        sock.sendall(b"MAIL FROM:<app@bench.test>\r\n")
        expect(stream, 250)
        sock.sendall(b"RCPT TO:<to@bench.test>\r\n")
        expect(stream, 250)
        sock.sendall(b"DATA\r\n")
        expect(stream, 354)
        sock.sendall(body)
        expect(stream, 250)

    started = time.monotonic()
    if mode == "new":
        for _ in range(count):
            t0 = time.monotonic()
            try:
                sock, stream = open_session()
                send_one(sock, stream)
                latencies.append(time.monotonic() - t0)
                sock.sendall(b"QUIT\r\n")
                sock.close()
            except (OSError, ConnectionError):
                failures += 1
    else:
        sent = 0
        while sent < count:
            try:
                sock, stream = open_session()
                for _ in range(min(reuse, count - sent)):
                    t0 = time.monotonic()
                    send_one(sock, stream)
                    latencies.append(time.monotonic() - t0)
                    sent += 1
                sock.sendall(b"QUIT\r\n")
                sock.close()
            except (OSError, ConnectionError):
                failures += 1
                sent += 1
    times = os.times()
    print(json.dumps({"latencies": latencies, "failures": failures, "cpu": times.user + times.system,
                      "elapsed": time.monotonic() - started}))
    return 0


# -- measuring CPU -------------------------------------------------------------------------------------------

# The CPU of a process tree: the accept benchmark's reading of /proc.
TICK = accept_bench.TICK
process_table = accept_bench.process_table
tree_cpu = accept_bench.tree_cpu


# -- the relays ----------------------------------------------------------------------------------------------

class RelayDeskAuthRelay(accept_bench.RelayDeskInstance):
    def __init__(self, binary, workdir, sink_port):
        super().__init__(binary, workdir)
        self.lan_port = self.port
        self.port = accept_bench.free_port()
        self.cli("config", "set", "listener.submission.address", "127.0.0.1:%d" % self.port)
        self.cli("config", "set", "delivery.enabled", "true")
        self.cli("smarthost", "set", "127.0.0.1:%d" % sink_port, "--tls", "opportunistic")
        # The clients send as app@bench.test: the agent owns that domain (an agent with no domain sends nothing).
        created = json.loads(self.cli("--json", "agent", "create", "authbench", "--allow-ip", "127.0.0.1",
                                      "--sender-domain", "bench.test").stdout)
        credential = created.get("credential", created)
        self.user, self.password = credential["username"], credential["password"]

    def start(self):
        self.process = subprocess.Popen([self.binary, "--headless", "--data-dir", self.dir],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        accept_bench.wait_for_port(self.port)

    def pids(self):
        return [self.process.pid]

    def key_pair(self):
        return os.path.join(self.dir, "tls", "cert.pem"), os.path.join(self.dir, "tls", "key.pem")


class DovecotAuth:
    """A private Dovecot that only serves SASL to Postfix over one unix socket."""

    def __init__(self, root, user, password, cache):
        import nacl.pwhash.argon2id as argon2id  # python3-nacl: libsodium, as RelayDesk
        self.root = os.path.join(root, "dovecot")
        os.makedirs(os.path.join(self.root, "run"))
        os.chmod(self.root, 0o755)
        self.socket = os.path.join(self.root, "auth-postfix")
        encoded = argon2id.str(password.encode(), opslimit=ARGON2_OPS, memlimit=ARGON2_MEM_KIB * 1024).decode()
        passwd = os.path.join(self.root, "passwd")
        with open(passwd, "w") as f:
            f.write("%s:{ARGON2ID}%s\n" % (user, encoded))
        os.chmod(passwd, 0o644)
        self.config = os.path.join(self.root, "dovecot.conf")
        with open(self.config, "w") as f:
            f.write("""\
base_dir = %(root)s/run
instance_name = dovecot-bench-%(tag)s
protocols =
ssl = no
log_path = %(root)s/dovecot.log
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_cache_size = %(cache)s
passdb {
  driver = passwd-file
  args = %(passwd)s
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=/nonexistent
}
service auth {
  unix_listener %(socket)s {
    mode = 0666
  }
}
""" % {"root": self.root, "tag": os.path.basename(root), "passwd": passwd, "socket": self.socket,
       "cache": "10M" if cache else "0"})
        self.process = None

    def start(self):
        self.process = subprocess.Popen(["/usr/sbin/dovecot", "-F", "-c", self.config],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        while not os.path.exists(self.socket):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("dovecot did not start: %s" % self.process.stderr.read().decode(errors="replace"))
            time.sleep(0.05)

    def stop(self):
        if self.process:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(30)
            self.process = None


class PostfixAuthRelay(e2e.PostfixRelay):
    """The private Postfix relaying to the sink, with STARTTLS and Dovecot SASL required for relaying."""

    def __init__(self, workdir, sink_port, user, password, cert, key, dovecot_cache):
        super().__init__(workdir, sink_port)
        self.user, self.password = user, password
        self.dovecot = DovecotAuth(self.root, user, password, dovecot_cache)
        tls_dir = os.path.join(self.root, "tls")
        os.makedirs(tls_dir)
        shutil.copy(cert, os.path.join(tls_dir, "cert.pem"))
        shutil.copy(key, os.path.join(tls_dir, "key.pem"))
        os.chmod(os.path.join(tls_dir, "key.pem"), 0o600)
        self.postconf("-e",
                      "smtpd_tls_security_level = may",
                      "smtpd_tls_cert_file = %s/cert.pem" % tls_dir,
                      "smtpd_tls_key_file = %s/key.pem" % tls_dir,
                      "smtpd_tls_auth_only = yes",
                      "smtpd_sasl_auth_enable = yes",
                      "smtpd_sasl_type = dovecot",
                      "smtpd_sasl_path = %s" % self.dovecot.socket,
                      "mynetworks = 127.0.0.1/32",
                      "smtpd_relay_restrictions = permit_sasl_authenticated, reject",
                      "smtpd_client_connection_rate_limit = 0",
                      "smtpd_client_message_rate_limit = 0",
                      "default_process_limit = 200")

    def start(self):
        self.dovecot.start()
        super().start()

    def stop(self):
        super().stop()
        self.dovecot.stop()

    def pids(self):
        pids = []
        pid_file = os.path.join(self.queue, "pid", "master.pid")
        try:
            with open(pid_file) as f:
                pids.append(int(f.read().strip()))
        except (OSError, ValueError):
            pass
        if self.dovecot.process:
            pids.append(self.dovecot.process.pid)
        return pids


# -- one run ---------------------------------------------------------------------------------------------------

def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def one_run(name, relay, sink, mode, count, clients, size, reuse, timeout):
    relay.start()
    try:
        before_sink = sink.received()
        before_cpu = tree_cpu(relay.pids())
        per_client = [count // clients + (1 if i < count % clients else 0) for i in range(clients)]
        started = time.monotonic()
        procs = [subprocess.Popen([sys.executable, os.path.abspath(__file__), "--client", "127.0.0.1",
                                   str(relay.port), relay.user, relay.password, mode, str(n), str(size), str(reuse)],
                                  stdout=subprocess.PIPE, text=True) for n in per_client]
        outputs = [json.loads(p.communicate(timeout=timeout)[0]) for p in procs]
        # Only what the relay accepted can arrive: a refused message is a failure, not something to wait for.
        accepted = count - sum(o["failures"] for o in outputs)
        arrived = sink.wait_for(before_sink + accepted, timeout) if accepted > 0 else None
        ended = arrived if arrived is not None else time.monotonic()
        cpu = tree_cpu(relay.pids()) - before_cpu
    finally:
        relay.stop()
    latencies = [x for o in outputs for x in o["latencies"]]
    failures = sum(o["failures"] for o in outputs)
    client_cpu = sum(o["cpu"] for o in outputs)
    elapsed = ended - started
    result = {"relay": name, "mode": mode, "count": count, "elapsed_s": elapsed, "msg_per_s": count / elapsed,
              "p50_ms": percentile(latencies, 0.5) * 1000, "p99_ms": percentile(latencies, 0.99) * 1000,
              "relay_cpu_ms_per_msg": cpu * 1000 / count, "client_cpu_s": client_cpu,
              "client_cpu_share": client_cpu / elapsed, "failures": failures,
              "delivered_ok": arrived is not None}
    print("%-9s %-5s %6d msgs %7.2f s %8.1f msg/s  p50 %7.1f ms  p99 %7.1f ms  relay CPU %6.2f ms/msg  "
          "clients CPU %6.2f s (%.2f cores)  failures %d  %s"
          % (name, mode, count, elapsed, result["msg_per_s"], result["p50_ms"], result["p99_ms"],
             result["relay_cpu_ms_per_msg"], client_cpu, result["client_cpu_share"], failures,
             "ok" if arrived is not None and failures == 0 else "INCOMPLETE"), flush=True)
    return result


def tls_ceiling(cert, key, seconds):
    """Full TLS handshakes per second: openssl s_time -new against openssl s_server, same key."""
    port = accept_bench.free_port()
    server = subprocess.Popen(["openssl", "s_server", "-quiet", "-accept", "127.0.0.1:%d" % port, "-cert", cert,
                               "-key", key, "-www"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        result = subprocess.run(["openssl", "s_time", "-connect", "127.0.0.1:%d" % port, "-new", "-time",
                                 str(seconds)], capture_output=True, text=True, timeout=seconds + 60)
    finally:
        server.terminate()
        server.wait(10)
    # "1234 connections in 5.01s; 246.31 connections/user sec, ..." and "1234 connections in 6 real seconds"
    for line in result.stdout.splitlines():
        if "real seconds" in line:
            words = line.split()
            return int(words[0]) / float(words[3])
    raise RuntimeError("s_time said: %s %s" % (result.stdout, result.stderr))


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--client":
        return client_main(sys.argv[2:])
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=400, help="messages per run")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--size", type=int, default=10240)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--modes", default="new,reuse")
    parser.add_argument("--reuse-messages", type=int, default=50)
    parser.add_argument("--tls-seconds", type=int, default=5)
    parser.add_argument("--only", choices=("relaydesk", "postfix"))
    parser.add_argument("--dovecot-auth-cache", action="store_true",
                        help="turn on Dovecot's auth cache (auth_cache_size = 10M), the counterpart of auth.cache_ttl")
    parser.add_argument("--relaydesk", default=os.environ.get("RELAYDESK_BIN",
                                                              os.path.join(here, "..", "build", "app", "relaydesk")))
    parser.add_argument("--workdir", default="/var/tmp")
    parser.add_argument("--timeout", type=int, default=600)
    parser.add_argument("--json")
    args = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("run as root: Postfix's master and Dovecot need it")
    if not os.access(args.relaydesk, os.X_OK):
        sys.exit("no RelayDesk binary at %s (use --relaydesk)" % args.relaydesk)
    for tool in ("/usr/sbin/dovecot", "/usr/sbin/postfix", e2e.SMTP_SINK):
        if not os.access(tool, os.X_OK):
            sys.exit("%s is missing: scripts/install-deps.sh --bench" % tool)
    modes = args.modes.split(",")
    names = [args.only] if args.only else ["relaydesk", "postfix"]
    print("AUTH path: %d messages of %d octets per run, %d client processes, modes %s, %d rounds; load %s; "
          "Postfix %s, %s" % (args.count, args.size, args.clients, ",".join(modes), args.rounds, load_average(),
                              subprocess.run(["/usr/sbin/postconf", "-h", "-d", "mail_version"], capture_output=True,
                                             text=True).stdout.strip(),
                              subprocess.run(["/usr/sbin/dovecot", "--version"], capture_output=True,
                                             text=True).stdout.strip()), flush=True)

    # The certificate and key of every server here: RelayDesk's own, generated at its first start.
    keys_dir = tempfile.mkdtemp(prefix="auth-bench-tls-", dir=args.workdir)
    probe = RelayDeskAuthRelay(os.path.abspath(args.relaydesk), args.workdir, accept_bench.free_port())
    try:
        probe.start()
        probe.stop()
        cert, key = (shutil.copy(path, keys_dir) for path in probe.key_pair())
    finally:
        probe.cleanup()
    os.chmod(keys_dir, 0o755)

    results = []
    ceiling = tls_ceiling(cert, key, args.tls_seconds)
    print("TLS ceiling: %.1f full handshakes/s (openssl s_time -new against openssl s_server, same key); load %s"
          % (ceiling, load_average()), flush=True)
    sink = e2e.CountingSink()
    try:
        for _ in range(args.rounds):
            for mode in modes:
                for name in names:
                    if name == "relaydesk":
                        relay = RelayDeskAuthRelay(os.path.abspath(args.relaydesk), args.workdir, sink.port)
                    else:
                        relay = PostfixAuthRelay(args.workdir, sink.port, "bench@auth.test",
                                                 "bench-password-%d" % os.getpid(), cert, key,
                                                 args.dovecot_auth_cache)
                    try:
                        results.append(one_run(name, relay, sink, mode, args.count, args.clients, args.size,
                                               args.reuse_messages, args.timeout))
                    finally:
                        relay.cleanup()
    finally:
        sink.stop()
        shutil.rmtree(keys_dir, ignore_errors=True)

    summary = {}
    for mode in modes:
        line = []
        for name in names:
            rates = [r["msg_per_s"] for r in results if r["relay"] == name and r["mode"] == mode]
            cpus = [r["relay_cpu_ms_per_msg"] for r in results if r["relay"] == name and r["mode"] == mode]
            summary.setdefault(mode, {})[name] = {"msg_per_s": statistics.median(rates),
                                                  "cpu_ms_per_msg": statistics.median(cpus)}
            line.append("%s %.1f msg/s (%.2f ms CPU/msg)" % (name, statistics.median(rates), statistics.median(cpus)))
        ratio = ""
        if len(names) == 2:
            ratio = ", ratio %.2f" % (summary[mode]["relaydesk"]["msg_per_s"] / summary[mode]["postfix"]["msg_per_s"])
        if mode == "new" and "relaydesk" in names:
            ratio += ", %.0f %% of the TLS ceiling" % (100 * summary[mode]["relaydesk"]["msg_per_s"] / ceiling)
        print("median %-5s %s%s" % (mode, ", ".join(line), ratio))
    print("load at the end: %s" % load_average())
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"runs": results, "median": summary, "tls_ceiling": ceiling}, f, indent=2)
    ok = all(r["failures"] == 0 and r["delivered_ok"] for r in results)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
