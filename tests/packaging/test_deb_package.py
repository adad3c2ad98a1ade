"""The .deb installs, runs and purges (docs/operations.md): built by CPack from the current build, checked by
desktop-file-validate, appstreamcli, systemd-analyze and lintian, installed with dpkg on this machine, its
binary run as the relaydesk service user with the unit's command line, a message submitted through it, the
service managed from a desktop user in the relaydesk group (status, sessions, an agent and a credential that
the service then accepts, a queue action, the window attaching offscreen) while a user outside the group is
refused, and the package purged again. A second run installs it as a node on a PostgreSQL store (a throwaway
server from scripts/pg-cluster.sh) and removes and purges it with mail waiting in that store.

It needs root (dpkg -i, the service user) and fails loudly without it; scripts/test.sh runs it in its main
stage (ctest label `package`). The sanitizer builds do not register it: their binary is not what ships.
Whatever happens midway, the package is purged and the accounts this test caused to exist are deleted again;
a run killed outright (a ctest timeout) leaves a marker that makes the next run clean up first.
"""

import contextlib
import fcntl
import grp
import json
import os
import pwd
import re
import shlex
import shutil
import signal
import smtplib
import stat
import subprocess
import tempfile
import threading
import time
import unittest

import psycopg2  # python3-psycopg2 (scripts/install-deps.sh --test)

from relaydesk_harness import client_tls_context, free_ports

BUILD_DIR = os.environ.get("RELAYDESK_BUILD_DIR", "")
CPACK = os.environ.get("RELAYDESK_CPACK", "cpack")
WITH_GUI = os.environ.get("RELAYDESK_GUI", "ON").upper() in ("ON", "1", "TRUE", "YES")
PACKAGE = "relaydesk"
USER = "relaydesk"
DATA_DIR = "/var/lib/relaydesk"
UNIT = "/lib/systemd/system/relaydesk.service"
DESKTOP = "/usr/share/applications/org.relaydesk.RelayDesk.desktop"
ICON = "/usr/share/icons/hicolor/scalable/apps/org.relaydesk.RelayDesk.svg"
METAINFO = "/usr/share/metainfo/org.relaydesk.RelayDesk.metainfo.xml"
FILES = ["/usr/bin/relaydesk", UNIT, "/usr/lib/sysusers.d/relaydesk.conf", "/usr/share/man/man1/relaydesk.1.gz",
         "/usr/share/doc/relaydesk/copyright", "/usr/share/doc/relaydesk/changelog.gz",
         "/usr/share/doc/relaydesk/README.md.gz"]
if WITH_GUI:
    FILES += [DESKTOP, ICON, METAINFO]
# deb-systemd-helper's bookkeeping, which a purge must leave empty of the unit.
DSH_STATE = ["/var/lib/systemd/deb-systemd-helper-enabled/relaydesk.service.dsh-also",
             "/var/lib/systemd/deb-systemd-helper-masked/relaydesk.service"]
LOCK = "/run/lock/relaydesk-deb-test.lock"
MARKER = "/run/relaydesk-deb-test.json"  # written before dpkg -i: what to undo if this run never gets to
TOOLS = ["dpkg", "dpkg-deb", "lintian", "desktop-file-validate", "appstreamcli", "systemd-analyze", "setpriv",
         "useradd", "userdel", "groupdel"]
# The desktop users of the "Managing the service from your desktop" part (docs/operations.md): an admin in the
# relaydesk group, and a user outside it.
ADMIN = "rdtest-admin"
OUTSIDER = "rdtest-outsider"


SOURCES = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PG_CLUSTER = os.path.join(SOURCES, "scripts", "pg-cluster.sh")  # a throwaway PostgreSQL server


def word_in_sources(word):
    """Whether word stands as a word in RelayDesk's code, translations or packaging (what its strings are)."""
    pattern = re.compile(r"\b" + re.escape(word) + r"\b")
    for top in ("app", "core", "ui", "translations", "packaging", "resources"):
        for folder, _, names in os.walk(os.path.join(SOURCES, top)):
            for name in names:
                if not name.endswith((".cpp", ".h", ".ts", ".in", ".desktop", ".xml", ".service", ".txt")):
                    continue
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                    if pattern.search(f.read()):
                        return True
    return False


def run(command, check=True, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, **kwargs)
    if check and result.returncode != 0:
        raise AssertionError("%s failed (%d):\n%s%s" % (" ".join(command), result.returncode, result.stdout,
                                                       result.stderr))
    return result


def show(title, text):
    """The validators' words and the file list go to the test's output (ctest -V shows them)."""
    print("---- %s\n%s" % (title, text.rstrip() or "(no output)"), flush=True)


def package_installed():
    result = run(["dpkg-query", "-W", "-f=${db:Status-Abbrev}", PACKAGE], check=False)
    return result.returncode == 0 and result.stdout[:2] not in ("", "un", "pn")


def account_exists():
    try:
        pwd.getpwnam(USER)
        return True
    except KeyError:
        return False


def group_exists():
    try:
        grp.getgrnam(USER)
        return True
    except KeyError:
        return False


def as_service_user(user, group):
    """The prefix that runs a command as the unit's User= and Group=, with a login-like environment."""
    return ["setpriv", "--reuid=" + user, "--regid=" + group, "--init-groups", "--reset-env", "--"]


def as_desktop_user(user):
    """A desktop user's fresh login: their own group and the supplementary groups of the group database."""
    return ["setpriv", "--reuid=" + user, "--regid=" + user, "--init-groups", "--reset-env", "--"]


def user_exists(name):
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


def delete_user(name):
    if user_exists(name):
        run(["userdel", name], check=False)
    try:
        grp.getgrnam(name)
        run(["groupdel", name], check=False)
    except KeyError:
        pass


def clean_up(state):
    """Purges the package and deletes what this test (or an earlier killed run) made; safe to call twice."""
    problems = []
    engine = state.get("engine_pid")
    if engine:  # the engine of a killed run, if that pid is still it
        try:
            with open("/proc/%d/cmdline" % engine, "rb") as cmdline:
                if state["work"].encode() in cmdline.read():
                    os.kill(engine, signal.SIGKILL)
        except (OSError, KeyError):
            pass
    if package_installed():
        result = run(["dpkg", "--purge", PACKAGE], check=False)
        if result.returncode != 0:
            problems.append("dpkg --purge: " + result.stdout + result.stderr)
    for name in state.get("created_users", []):
        delete_user(name)
    if state.get("created_account"):
        if account_exists():
            run(["userdel", USER], check=False)
        if group_exists():
            run(["groupdel", USER], check=False)
    if state.get("created_data_dir") and os.path.exists(DATA_DIR):
        shutil.rmtree(DATA_DIR, ignore_errors=True)
    if state.get("work"):
        shutil.rmtree(state["work"], ignore_errors=True)
    if os.path.exists(MARKER):
        os.unlink(MARKER)
    return problems


class DebPackageTest(unittest.TestCase):
    def setUp(self):
        if os.geteuid() != 0:
            self.fail("this test installs the .deb with dpkg and needs root (scripts/test.sh runs as root in CI);"
                      " elsewhere leave it out with ctest -LE package")
        missing = [tool for tool in TOOLS if shutil.which(tool) is None]
        self.assertFalse(missing, "missing %s: run scripts/install-deps.sh --test" % ", ".join(missing))
        self.assertTrue(os.path.isfile(os.path.join(BUILD_DIR, "CPackConfig.cmake")),
                        "RELAYDESK_BUILD_DIR must be a configured build directory (ctest sets it)")
        # One run at a time on a machine: two would share dpkg, the account and /var/lib/relaydesk.
        self.lock = open(LOCK, "w")
        fcntl.flock(self.lock, fcntl.LOCK_EX)
        self.addCleanup(self.lock.close)
        if os.path.exists(MARKER):
            with open(MARKER) as marker:
                problems = clean_up(json.load(marker))
            self.assertFalse(problems, "cleaning up after an earlier killed run: %s" % problems)
        self.assertFalse(package_installed(), "a relaydesk package this test did not install is on this machine;"
                                              " it would be replaced and purged: remove it first")
        self.assertFalse(os.path.exists(DATA_DIR), DATA_DIR + " exists without the package; it is not this test's")
        for name in (ADMIN, OUTSIDER):
            self.assertFalse(user_exists(name), "the account %s exists; it is not this test's" % name)
        self.state = {"created_account": not account_exists() and not group_exists(), "created_data_dir": True}
        self.work = tempfile.mkdtemp(prefix="relaydesk-deb-")
        os.chmod(self.work, 0o755)  # the service user reaches its data directory inside
        self.addCleanup(shutil.rmtree, self.work, ignore_errors=True)
        self.state["work"] = self.work
        self.engine = None

    def kill_engine_and_clean_up(self):
        """Whatever happened: the engine this test started is killed, the package purged; the problems."""
        if self.engine is not None and self.engine.poll() is None:
            self.engine.kill()
            self.engine.wait()
            self.engine.stderr.close()
        return clean_up(self.state)

    def write_marker(self):
        with open(MARKER, "w") as marker:
            json.dump(self.state, marker)

    def test_install_run_purge(self):
        deb = self.deb = self.build_package()
        self.validate_package(deb)
        self.write_marker()
        try:
            self.install(deb)
            self.check_installed()
            self.run_installed_engine()
            self.manage_from_desktop()
            self.remove_and_purge()
        finally:
            problems = self.kill_engine_and_clean_up()
        self.assertFalse(problems, "cleaning up: %s" % problems)
        self.assertFalse(package_installed())
        if self.state["created_account"]:
            self.assertFalse(account_exists() or group_exists(), "the test's relaydesk account is left behind")
        for name in (ADMIN, OUTSIDER):
            self.assertFalse(user_exists(name), "the test's account %s is left behind" % name)

    def test_a_node_on_postgresql_says_where_its_queue_waits(self):
        # A node whose store is PostgreSQL (relaydesk store use): its removal said nothing of the mail waiting in
        # that store, which this node no longer delivers (the prerm counted waiting mail only in SQLite; an
        # outside tester). Said now with the count and the store, and the purge leaves the mail there.
        deb = self.deb = self.build_package()
        self.write_marker()
        pg_dir = tempfile.mkdtemp(prefix="relaydesk-deb-pg-")
        started = subprocess.run(["bash", PG_CLUSTER, "start", pg_dir], capture_output=True, text=True, timeout=120)
        try:
            self.assertEqual(started.returncode, 0, "pg-cluster.sh start: " + started.stderr)
            with open(os.path.join(pg_dir, "password")) as f:
                password = f.read().strip()
            port = int(started.stdout.strip().rsplit(":", 1)[1].split("/")[0])
            with contextlib.closing(psycopg2.connect(host="127.0.0.1", port=port, user="postgres",
                                                     password=password, dbname="postgres")) as db:
                db.autocommit = True
                db.cursor().execute("CREATE DATABASE relaydesk_deb")
            url = "postgresql://postgres@127.0.0.1:%d/relaydesk_deb" % port
            self.install(deb)
            command, user, group = self.unit_command(DATA_DIR)
            prefix = as_service_user(user, group)

            def cli(*args, stdin=None):
                return run(prefix + ["/usr/bin/relaydesk", "--data-dir", DATA_DIR] + list(args), input=stdin)

            cli("store", "use", url, "--password-stdin", stdin=password + "\n")
            ports = dict(zip(("submission", "smtps", "lan"), free_ports(3)))
            settings = ["delivery.enabled", "false"]  # the message stays in the store's queue
            for name, address_port in ports.items():
                settings += ["listener.%s.address" % name, "127.0.0.1:%d" % address_port]
            cli("config", "set", *settings)
            cli("agent", "create", "PgNode", "--trusted-device", "127.0.0.1", "--sender-domain", "office.test")
            lines, reader = self.start_engine(prefix + command, pwd.getpwnam(user), umask=0o007)
            with smtplib.SMTP("127.0.0.1", ports["lan"], timeout=20) as client:
                client.ehlo("printer.test")
                client.sendmail("printer@office.test", ["waits@example.test"], b"Subject: waits\r\n\r\nin PG\r\n")
            self.stop_engine(lines, reader)

            removed = run(["dpkg", "-r", PACKAGE])
            show("dpkg -r (a node on PostgreSQL)", removed.stdout + removed.stderr)
            self.assertIn("relaydesk: 1 message(s) still wait in the queue of the PostgreSQL store %s. They stay "
                          "there: another relay node on that store delivers them; if no other node runs, they wait "
                          "until one does." % url, removed.stderr)
            self.assertNotIn("a purge deletes them", removed.stderr)  # the SQLite node's words are not its
            purged = run(["dpkg", "--purge", PACKAGE])
            show("dpkg --purge (a node on PostgreSQL)", purged.stdout + purged.stderr)
            self.assertIn("are in the PostgreSQL store %s, which is not touched" % url, purged.stderr)
            self.assertFalse(os.path.exists(DATA_DIR), DATA_DIR + " is left after dpkg --purge")
            with contextlib.closing(psycopg2.connect(host="127.0.0.1", port=port, user="postgres",
                                                     password=password, dbname="relaydesk_deb")) as db:
                cursor = db.cursor()
                cursor.execute("SELECT COUNT(*) FROM recipients WHERE address = 'waits@example.test'"
                               " AND state = 'queued'")
                self.assertEqual(cursor.fetchone()[0], 1, "the message left the store")
        finally:
            problems = self.kill_engine_and_clean_up()
            subprocess.run(["bash", PG_CLUSTER, "stop", pg_dir], capture_output=True, timeout=60)
            shutil.rmtree(pg_dir, ignore_errors=True)
        self.assertFalse(problems, "cleaning up: %s" % problems)
        self.assertFalse(package_installed())

    # -- build and look at the package -----------------------------------------------------------------
    def build_package(self):
        output = os.path.join(self.work, "package")
        result = run([CPACK, "--config", os.path.join(BUILD_DIR, "CPackConfig.cmake"), "-G", "DEB", "-B", output])
        debs = [name for name in os.listdir(output) if name.endswith(".deb")]
        self.assertEqual(len(debs), 1, result.stdout)
        deb = os.path.join(output, debs[0])
        show("dpkg-deb -I " + debs[0], run(["dpkg-deb", "-I", deb]).stdout)
        listing = run(["dpkg-deb", "-c", deb]).stdout
        show("dpkg -c " + debs[0], listing)
        self.packaged = sorted(line.split(None, 5)[5].lstrip(".") for line in listing.splitlines()
                               if line.startswith("-"))
        for path in FILES:
            self.assertIn(path, self.packaged)
        control = run(["dpkg-deb", "-f", deb, "Package", "Section", "Priority", "Depends"]).stdout
        self.assertIn("Section: mail", control)
        self.assertIn("Priority: optional", control)
        for dependency in ("libqt6core6", "libqt6network6", "libqt6sql6-sqlite", "libssl3", "libsodium23",
                           "adduser"):
            self.assertIn(dependency, control)
        return deb

    def validate_package(self, deb):
        # Every lintian tag fails the test, down to "info"; the ones that cannot be fixed are overridden in
        # the package with the reason (packaging/debian/lintian-overrides, docs/operations.md). The overrides
        # are shown, but a run that shows them always exits non-zero, so the verdict is a second run's.
        shown = run(["lintian", "--display-info", "--show-overrides", deb], check=False)
        show("lintian --display-info --show-overrides", "\n".join(
            line for line in (shown.stdout + shown.stderr).splitlines()
            if line != "running with root privileges is not recommended!"))
        # lintian's spelling check reads every printable run of the binary, also in the machine code and in
        # the compressed resources (translations, icons), where bytes such as "ofO" look like a misspelt word
        # and change with every build. Such a tag fails the test only if the word is one of RelayDesk's: in
        # its sources, where every string it prints comes from.
        verdict = run(["lintian", "--fail-on", "error,warning,info", "--display-info",
                       "--suppress-tags", "spelling-error-in-binary", deb], check=False)
        self.assertEqual(verdict.returncode, 0, "lintian: " + verdict.stdout + verdict.stderr)
        spelling = run(["lintian", "--display-info", "--tags", "spelling-error-in-binary", deb], check=False)
        words = re.findall(r"spelling-error-in-binary (\S+) \S+ \[", spelling.stdout)
        ours = [word for word in words if word_in_sources(word)]
        self.assertEqual(ours, [], "misspelt in RelayDesk's strings: " + spelling.stdout)
        if words:
            show("lintian spelling tags for bytes that are no string of RelayDesk's", " ".join(words))

    # -- install and look at the machine ---------------------------------------------------------------
    def install(self, deb):
        result = run(["dpkg", "-i", deb], check=False)
        show("dpkg -i", result.stdout + result.stderr)
        # A first install says what comes next (an outside tester found no word on it).
        self.assertIn("relaydesk: installed. The relay service is not enabled yet", result.stderr)
        if result.returncode != 0:
            # Missing dependencies: apt completes the installation (or removes the half-installed package).
            fixed = run(["apt-get", "-f", "install", "-y", "-q"], check=False,
                        env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
            show("apt-get -f install", fixed.stdout + fixed.stderr)
        self.assertTrue(package_installed(), "relaydesk is not installed after dpkg -i")
        status = run(["dpkg-query", "-W", "-f=${Status}", PACKAGE]).stdout
        self.assertEqual(status, "install ok installed")

    def check_installed(self):
        for path in FILES:
            self.assertTrue(os.path.isfile(path), path)
        self.assertTrue(os.access("/usr/bin/relaydesk", os.X_OK))
        listed = run(["dpkg", "-L", PACKAGE]).stdout.split()
        for path in FILES:
            self.assertIn(path, listed)

        account = pwd.getpwnam(USER)
        group = grp.getgrnam(USER)
        self.assertLess(account.pw_uid, 1000, "relaydesk must be a system account")
        self.assertEqual(account.pw_gid, group.gr_gid)
        self.assertEqual(account.pw_dir, DATA_DIR)
        self.assertEqual(account.pw_shell, "/usr/sbin/nologin")
        info = os.stat(DATA_DIR)
        self.assertTrue(stat.S_ISDIR(info.st_mode))
        self.assertEqual((info.st_uid, info.st_gid), (account.pw_uid, group.gr_gid))
        # Shared with the relaydesk group (its members manage the service), setgid, nothing for others.
        self.assertEqual(stat.S_IMODE(info.st_mode), 0o2770)

        verify = run(["systemd-analyze", "verify", UNIT], check=False)
        show("systemd-analyze verify " + UNIT, verify.stdout + verify.stderr)
        self.assertEqual(verify.returncode, 0)
        self.assertNotIn("relaydesk", verify.stdout + verify.stderr)
        if WITH_GUI:
            desktop = run(["desktop-file-validate", DESKTOP], check=False)
            show("desktop-file-validate " + DESKTOP, desktop.stdout + desktop.stderr)
            self.assertEqual((desktop.returncode, desktop.stdout + desktop.stderr), (0, ""))
            appstream = run(["appstreamcli", "validate", "--no-net", METAINFO], check=False)
            show("appstreamcli validate --no-net " + METAINFO, appstream.stdout + appstream.stderr)
            self.assertEqual(appstream.returncode, 0)
            with open(ICON) as icon:
                self.assertIn("<svg", icon.read())

    # -- the installed binary as the service ------------------------------------------------------------
    def unit_command(self, data_dir):
        """ExecStart, User and Group of the installed unit, with the data directory replaced."""
        fields = {}
        with open(UNIT) as unit:
            for line in unit:
                key, sep, value = line.strip().partition("=")
                if sep and not line.startswith("#"):
                    fields[key] = value
        command = shlex.split(fields["ExecStart"])
        self.assertEqual(command[0], "/usr/bin/relaydesk")
        self.assertIn("--headless", command)
        index = command.index("--data-dir")
        self.assertEqual(command[index + 1], DATA_DIR)
        command[index + 1] = data_dir
        return command, fields["User"], fields["Group"]

    def run_installed_engine(self):
        data = os.path.join(self.work, "data")
        command, user, group = self.unit_command(data)
        self.assertEqual((user, group), (USER, USER))
        account = pwd.getpwnam(user)
        os.mkdir(data, 0o700)
        os.chown(data, account.pw_uid, grp.getgrnam(group).gr_gid)
        prefix = as_service_user(user, group)

        def cli(*args, data_dir=data):
            return run(prefix + ["/usr/bin/relaydesk", "--data-dir", data_dir] + list(args))

        ports = dict(zip(("submission", "smtps", "lan"), free_ports(3)))
        settings = ["delivery.enabled", "false"]  # hermetic: the message stays in the queue
        for name, port in ports.items():
            settings += ["listener.%s.address" % name, "127.0.0.1:%d" % port]
        cli("config", "set", *settings)
        output = json.loads(cli("--json", "agent", "create", "DebTest", "--allow-ip", "127.0.0.1",
                                "--trusted-device", "127.0.0.1", "--sender-domain", "office.test").stdout)
        credential = output.get("credential", output)

        lines, reader = self.start_engine(prefix + command, account)

        # A trusted device on the LAN listener, and an application with AUTH after STARTTLS on submission.
        with smtplib.SMTP("127.0.0.1", ports["lan"], timeout=20) as client:
            client.ehlo("printer.test")
            client.sendmail("printer@office.test", ["lan@example.test"],
                            b"Subject: from the LAN listener\r\n\r\nscanned\r\n")
        with smtplib.SMTP("127.0.0.1", ports["submission"], timeout=20) as client:
            client.ehlo("app.test")
            client.starttls(context=client_tls_context())
            client.ehlo("app.test")
            client.login(credential["username"], credential["password"])
            client.sendmail("app@office.test", ["submission@example.test"],
                            b"Subject: through submission\r\n\r\ninvoice\r\n")

        self.stop_engine(lines, reader)
        show("relaydesk --headless (as %s)" % user, "\n".join(lines))

        queue = json.loads(cli("--json", "queue", "list").stdout)
        recipients = sorted(r["address"] for message in queue for r in message["recipients"])
        self.assertEqual(recipients, ["lan@example.test", "submission@example.test"])
        database = os.stat(os.path.join(data, "relaydesk.sqlite"))
        self.assertEqual(database.st_uid, account.pw_uid)

        # Something of the service's own in /var/lib/relaydesk, which only a purge may delete.
        cli("config", "set", "delivery.enabled", "false", data_dir=DATA_DIR)
        self.assertTrue(os.path.isfile(os.path.join(DATA_DIR, "relaydesk.sqlite")))

    def start_engine(self, command, account, umask=None):
        """Starts the installed engine, waits until its three listeners listen; its stderr lines and reader."""
        self.engine = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.PIPE, text=True,
                                       preexec_fn=(lambda: os.umask(umask)) if umask is not None else None)
        lines, ready = [], threading.Event()

        def drain():
            for line in self.engine.stderr:
                lines.append(line.rstrip("\n"))
                if sum(" listening on " in l and "NOT listening" not in l for l in lines) == 3 or \
                        "NOT listening" in line:
                    ready.set()
            ready.set()

        self.state["engine_pid"] = self.engine.pid
        self.write_marker()
        reader = threading.Thread(target=drain, daemon=True)
        reader.start()
        self.assertTrue(ready.wait(30), "the installed relaydesk did not start:\n" + "\n".join(lines))
        self.assertIsNone(self.engine.poll(), "\n".join(lines))
        self.assertFalse([l for l in lines if "NOT listening" in l], "\n".join(lines))
        with open("/proc/%d/status" % self.engine.pid) as status:
            uids = next(l for l in status if l.startswith("Uid:")).split()[1:]
        self.assertEqual(set(uids), {str(account.pw_uid)}, "the engine must run as the relaydesk user")
        return lines, reader

    def stop_engine(self, lines, reader):
        self.engine.send_signal(signal.SIGTERM)
        self.assertEqual(self.engine.wait(30), 0, "\n".join(lines))
        reader.join(5)
        self.engine.stderr.close()

    # -- the service managed from a desktop user in the relaydesk group ----------------------------------
    def add_user(self, name, *groups):
        self.state.setdefault("created_users", []).append(name)
        self.write_marker()
        home = os.path.join(self.work, "home-" + name)
        run(["useradd", "--create-home", "--home-dir", home, "--shell", "/bin/sh", "--user-group", name])
        for group in groups:
            # What docs/operations.md tells the admin to do (then log in again: setpriv --init-groups).
            run(["adduser", "--quiet", name, group])
        return home

    def as_user(self, name, home, *args, check=True, env=None):
        """The installed CLI (or window) as a desktop user with a desktop umask (0022)."""
        return run(as_desktop_user(name) + ["env", "HOME=" + home, "PATH=/usr/bin:/bin"] +
                   ["%s=%s" % item for item in (env or {}).items()] + ["/usr/bin/relaydesk"] + list(args),
                   check=check, preexec_fn=lambda: os.umask(0o022))

    def manage_from_desktop(self):
        command, user, group = self.unit_command(DATA_DIR)
        service = pwd.getpwnam(user)
        relaydesk_gid = grp.getgrnam(group).gr_gid
        admin_home = self.add_user(ADMIN, group)
        outsider_home = self.add_user(OUTSIDER)

        def admin(*args, check=True):
            return self.as_user(ADMIN, admin_home, "--data-dir", DATA_DIR, *args, check=check)

        # The admin sets the service up before it starts, with a desktop umask: the directory decides.
        ports = dict(zip(("submission", "smtps", "lan"), free_ports(3)))
        settings = ["delivery.enabled", "false"]
        for name, port in ports.items():
            settings += ["listener.%s.address" % name, "127.0.0.1:%d" % port]
        admin("config", "set", *settings)

        fields = {}
        with open(UNIT) as unit:
            for line in unit:
                key, sep, value = line.strip().partition("=")
                if sep and not line.startswith("#"):
                    fields[key] = value
        self.assertEqual(fields.get("UMask"), "0007")
        self.assertEqual(fields.get("StateDirectoryMode"), "2770")
        lines, reader = self.start_engine(as_service_user(user, group) + command, service,
                                          umask=int(fields["UMask"], 8))

        status = json.loads(admin("--json", "status").stdout)
        self.assertEqual((status["pid"], status["face"], status["running"]), (self.engine.pid, "service", True))
        self.assertEqual(status["data_dir"], DATA_DIR)
        # Without --data-dir the command line stays with the admin's own directory, and names the service's.
        own = self.as_user(ADMIN, admin_home, "status", check=False)
        self.assertEqual(own.returncode, 1, own.stdout + own.stderr)
        self.assertIn("relaydesk --data-dir %s status" % DATA_DIR, own.stderr)
        # The same for a command that reads the store: it said "check the path" and named no other.
        own = self.as_user(ADMIN, admin_home, "agent", "list", check=False)
        self.assertEqual(own.returncode, 1, own.stdout + own.stderr)
        self.assertIn("the relay service runs on %s: relaydesk --data-dir %s agent list" % (DATA_DIR, DATA_DIR),
                      own.stderr)
        # A change without --data-dir makes no relay of the admin's own while the service runs (an outside
        # tester's `agent create` got a password that worked on no relay that ran).
        own = self.as_user(ADMIN, admin_home, "agent", "create", "Scanner", "--allow-ip", "127.0.0.1", check=False)
        self.assertEqual(own.returncode, 1, own.stdout + own.stderr)
        self.assertIn("the relay service runs on %s: to change the service's relay, relaydesk --data-dir %s agent "
                      "create Scanner" % (DATA_DIR, DATA_DIR), own.stderr)
        own = self.as_user(ADMIN, admin_home, "agent", "list", check=False)
        self.assertIn("the relay service runs on %s" % DATA_DIR, own.stderr)

        created = json.loads(admin("--json", "agent", "create", "Office", "--allow-ip", "127.0.0.1",
                                   "--sender-domain", "office.test").stdout)
        first = created.get("credential", created)
        added = json.loads(admin("--json", "credential", "create", "Office").stdout)
        second = added.get("credential", added)
        self.assertNotEqual(first["username"], second["username"])

        # The service accepts what the admin created; the admin sees the session while it is open.
        with smtplib.SMTP("127.0.0.1", ports["submission"], timeout=20) as client:
            client.ehlo("app.test")
            client.starttls(context=client_tls_context())
            client.ehlo("app.test")
            client.login(second["username"], second["password"])
            sessions = json.loads(admin("--json", "sessions").stdout)
            self.assertTrue([s for s in sessions if s["agent"] == "Office" and s["open"] and s["tls"]], sessions)
            client.sendmail("app@office.test", ["desk@example.test"], b"Subject: from the desk\r\n\r\nhi\r\n")
        with smtplib.SMTP("127.0.0.1", ports["submission"], timeout=20) as client:
            client.ehlo("app.test")
            client.starttls(context=client_tls_context())
            client.ehlo("app.test")
            client.login(first["username"], first["password"])

        # A queue action from the desk, which the running service applies.
        queue = json.loads(admin("--json", "queue", "list").stdout)
        ids = [m["queue_id"] for m in queue
               if any(r["address"] == "desk@example.test" for r in m["recipients"])]
        self.assertEqual(len(ids), 1, "%s\n%s" % (queue, "\n".join(lines)))
        admin("queue", "hold", ids[0])
        states = {m["queue_id"]: m["state"] for m in json.loads(admin("--json", "queue", "list").stdout)}
        self.assertEqual(states.get(ids[0]), "held", states)

        # A DKIM key the admin makes is the service's to read: it was 0600 in 0700 folders of the admin's, the
        # service logged dkim_key_unusable and sent the mail unsigned (an outside tester).
        logged = len(lines)
        admin("dkim", "enable", "office.test", "--algorithm", "ed25519")
        deadline = time.time() + 20
        while time.time() < deadline and not [l for l in lines[logged:] if "event=dkim_keys_loaded" in l]:
            time.sleep(0.2)
        self.assertTrue([l for l in lines[logged:] if "event=dkim_keys_loaded domains=1" in l],
                        "\n".join(lines[logged:]))
        self.assertFalse([l for l in lines[logged:] if "dkim_key_unusable" in l], "\n".join(lines[logged:]))

        if WITH_GUI:
            self.window_attaches(ADMIN, admin_home)

        # The modes that make it work, and keep others out.
        def mode(name):
            return stat.S_IMODE(os.stat(os.path.join(DATA_DIR, name)).st_mode)

        info = os.stat(DATA_DIR)
        self.assertEqual((stat.S_IMODE(info.st_mode), info.st_uid, info.st_gid),
                         (0o2770, service.pw_uid, relaydesk_gid))
        # -wal and -shm exist while the engine runs.
        for name in ("relaydesk.sqlite", "relaydesk.sqlite-wal", "relaydesk.sqlite-shm", "engine.lock",
                     "control.sock"):
            self.assertEqual(mode(name), 0o660, name)
            self.assertEqual(os.stat(os.path.join(DATA_DIR, name)).st_gid, relaydesk_gid, name)
        self.assertEqual(mode("tls"), 0o2770)
        self.assertEqual((mode("dkim"), mode("dkim/office.test")), (0o2770, 0o2770))
        keys = [n for n in os.listdir(os.path.join(DATA_DIR, "dkim/office.test")) if n.endswith(".pem")]
        self.assertEqual([mode("dkim/office.test/" + n) for n in keys], [0o640], keys)
        self.assertEqual(mode("tls/key.pem"), 0o640, "the key: the service and its admins, nobody else")
        self.assertEqual(os.stat(os.path.join(DATA_DIR, "tls/key.pem")).st_uid, service.pw_uid)
        show("ls -la %s (managed from the desk)" % DATA_DIR, run(["ls", "-laR", DATA_DIR]).stdout)

        # Outside the group: refused with what to do, and nothing is created.
        for args in (["status"], ["agent", "list"]):
            refused = self.as_user(OUTSIDER, outsider_home, "--data-dir", DATA_DIR, *args, check=False)
            self.assertEqual(refused.returncode, 1, refused.stdout + refused.stderr)
            self.assertIn("sudo adduser %s relaydesk" % OUTSIDER, refused.stderr)
            self.assertIn("Permission denied", refused.stderr)
            show("relaydesk --data-dir %s %s (as %s)" % (DATA_DIR, " ".join(args), OUTSIDER), refused.stderr)

        self.stop_engine(lines, reader)
        show("relaydesk --headless on %s (managed from the desk)" % DATA_DIR, "\n".join(lines))
        # Stopped: the service is started as the service (it said to run --headless, as this user).
        stopped = admin("status", check=False)
        self.assertEqual(stopped.returncode, 1, stopped.stdout)
        self.assertIn("start the relay service: sudo systemctl start relaydesk", stopped.stderr)

    def window_attaches(self, name, home):
        """The installed window, offscreen, as the admin: without --data-dir (nothing of their own set up) and
        with it, it attaches to the running service (and so starts no engine of its own)."""
        runtime = os.path.join(home, "runtime")
        if not os.path.isdir(runtime):
            os.mkdir(runtime, 0o700)
            account = pwd.getpwnam(name)
            os.chown(runtime, account.pw_uid, account.pw_gid)
        env = {"QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": runtime}
        for args in ([], ["--data-dir", DATA_DIR]):
            window = subprocess.Popen(as_desktop_user(name) + ["env", "HOME=" + home, "PATH=/usr/bin:/bin"] +
                                      ["%s=%s" % item for item in env.items()] + ["/usr/bin/relaydesk"] + args,
                                      stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.PIPE, text=True, preexec_fn=lambda: os.umask(0o022))
            lines, attached = [], threading.Event()

            def drain():
                for line in window.stderr:
                    lines.append(line.rstrip("\n"))
                    if "attached to the relay service" in line:
                        attached.set()
                attached.set()

            reader = threading.Thread(target=drain, daemon=True)
            reader.start()
            try:
                self.assertTrue(attached.wait(30), "\n".join(lines))
                self.assertIsNone(window.poll(), "\n".join(lines))
                text = "\n".join(lines)
                self.assertIn("pid %d" % self.engine.pid, text)
                self.assertIn("on the data directory " + DATA_DIR, text)
                if not args:
                    self.assertIn("the relay service runs on " + DATA_DIR, text)
                self.assertFalse(os.path.exists(os.path.join(home, ".local/share/RelayDesk/RelayDesk/"
                                                                   "relaydesk.sqlite")))
            finally:
                window.terminate()
                window.wait(10)
                reader.join(5)
                window.stderr.close()
            show("relaydesk %s (as %s, offscreen)" % (" ".join(args), name), "\n".join(lines))

    # -- remove keeps the data, purge deletes it --------------------------------------------------------
    def remove_and_purge(self):
        # The message held from the desk still waits: said before the package goes, and by the purge that
        # deletes it (a purge took queued mail, keys and credentials without a word: an outside tester).
        # An engine started as the unit's ExecStart without systemd (as in a container) is stopped by the
        # removal: it went on accepting mail from the deleted binary, and the purge then named fewer messages
        # than it deleted (an outside tester).
        command, user, group = self.unit_command(DATA_DIR)
        lines, reader = self.start_engine(as_service_user(user, group) + command, pwd.getpwnam(user), umask=0o007)
        # An upgrade (here the same package again) without systemd restarts nothing: said, with how to see
        # which version the engine runs (an outside tester's old engine went on running without a word).
        reinstalled = run(["dpkg", "-i", self.deb])
        show("dpkg -i (again, the engine running)", reinstalled.stdout + reinstalled.stderr)
        self.assertIn("relaydesk: the relay engine (pid %d) on /var/lib/relaydesk still runs the program this "
                      "installation replaced" % self.engine.pid, reinstalled.stderr)
        status = run(as_service_user(user, group) + ["/usr/bin/relaydesk", "--data-dir", DATA_DIR, "--json", "status"])
        self.assertEqual(json.loads(status.stdout)["version"], json.loads(status.stdout)["this_version"])
        removed = run(["dpkg", "-r", PACKAGE])
        show("dpkg -r", removed.stdout + removed.stderr)
        self.assertIn("relaydesk: stopping the relay engine (pid %d) that runs on /var/lib/relaydesk" % self.engine.pid,
                      removed.stderr)
        self.assertEqual(self.engine.wait(30), 0, "\n".join(lines))
        reader.join(5)
        self.engine.stderr.close()
        self.assertRegex(removed.stderr, r"relaydesk: [1-9]\d* message\(s\) still wait in the queue in /var/lib/relaydesk")
        # What a removal does and what a purge does, not "they stay there" before a purge deletes them.
        self.assertIn("A removal keeps them there; a purge deletes them", removed.stderr)
        # A command that works as printed, once the package is installed again (it lacked --passphrase-stdin:
        # a second tester).
        self.assertIn("install the package again and run, as a member of the relaydesk group: relaydesk "
                      "--data-dir /var/lib/relaydesk backup create FILE --with-queue --passphrase-stdin",
                      removed.stderr)
        waiting = re.search(r"relaydesk: (\d+) message\(s\) still wait", removed.stderr).group(1)
        for path in self.packaged:
            self.assertFalse(os.path.lexists(path), path + " is left after dpkg -r")
        self.assertTrue(os.path.isfile(os.path.join(DATA_DIR, "relaydesk.sqlite")), "dpkg -r deleted the data")

        # What a restore as root kept beside the directory (BackupAdmin::restore names it so) holds the old
        # queue, credentials and keys: a purge deletes it too (an outside tester found it left behind).
        kept = DATA_DIR + ".before-restore-20261205-101500"
        os.makedirs(os.path.join(kept, "tls"))
        with open(os.path.join(kept, "tls", "key.pem"), "w") as f:
            f.write("a key kept aside")
        purged = run(["dpkg", "--purge", PACKAGE])
        show("dpkg --purge", purged.stdout + purged.stderr)
        self.assertIn("relaydesk: deleting /var/lib/relaydesk: the queue (%s message(s) not delivered), the delivery log"
                      % waiting, purged.stderr)
        self.assertIn("relaydesk: deleting %s: a data directory a restore kept aside." % kept, purged.stderr)
        self.assertFalse(os.path.exists(kept), kept + " is left after dpkg --purge")
        self.assertFalse(package_installed())
        self.assertFalse(run(["dpkg-query", "-W", PACKAGE], check=False).stdout.strip(), "dpkg still knows it")
        self.assertFalse(os.path.exists(DATA_DIR), DATA_DIR + " is left after dpkg --purge")
        for path in DSH_STATE:
            self.assertFalse(os.path.exists(path), path + " is left after dpkg --purge")
        # Debian keeps system accounts after a purge (docs/operations.md); this test deletes the one it caused.
        self.assertTrue(account_exists())


if __name__ == "__main__":
    unittest.main(verbosity=2)
