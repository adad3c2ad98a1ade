"""`relaydesk domain check DOMAIN [--json]` against a real name server (docs/operations.md, "DNS check").

dnsmasq on 127.0.0.X:53 (delivery.dns_server; QDnsLookup asks port 53 only, so the test needs root) serves:
  right.test     SPF "v=spf1 ip4:192.0.2.20 ~all", both DKIM selectors with RelayDesk's keys, DMARC p=none,
                 MX 10 mx.right.test
  wrong.test     SPF without the sending address, the RSA selector publishing right.test's key, no Ed25519
                 selector, no DMARC, MX 10 mx.wrong.test
  null.test      SPF "v=spf1 +all" (everyone may send), two DMARC records, a null MX (RFC 7505)
  tags.test      what an outside tester published: SPF "v=spf1 -ip4:192.0.2.20 ip4:192.0.2.0/24 -all" (the address
                 fails first), the RSA key as "v=DKIM2; k=rsa; p=..." and the Ed25519 key with "s=other" (RFC 6376
                 3.6.1: receivers discard both), DMARC and MX right
  follow.test    SPF "v=spf1 include:_spf.example.net -all": whether it passes cannot be told without following it
  (nokeys.test   nothing: RelayDesk has no DKIM keys for it either)
Reverse zone 2.0.192.in-addr.arpa: 192.0.2.20 -> mail.right.test (A 192.0.2.20: confirmed), 192.0.2.30 ->
mail.wrong.test (A 192.0.2.99: does not confirm), 192.0.2.40: no PTR. The sending address is the setting
delivery.public_address; the check needs no running engine. Exit codes: 0 all right, 3 something missing,
wrong or undetermined, 4 DNS failure (a name server that does not answer), 2 bad input.
Needs root and /usr/sbin/dnsmasq (scripts/install-deps.sh --test): without them the test fails.
"""

import json
import os
import unittest

from relaydesk_harness import DNSMASQ, PeersTestCase, Relay, silent_nameserver, start_dnsmasq, stop_dnsmasq

DOMAINS = ("right.test", "wrong.test", "null.test", "tags.test")


class DomainCheck(PeersTestCase):
    @classmethod
    def setUpClass(cls):
        if os.geteuid() != 0 or not os.access(DNSMASQ, os.X_OK):
            raise AssertionError("test_domain_check needs root and /usr/sbin/dnsmasq (scripts/install-deps.sh --test)")
        super().setUpClass()

    @classmethod
    def _start(cls):
        cls.data = Relay(prefix="relaydesk-domaincheck-")
        cls.cleanups.append(cls.data.cleanup)
        for domain in DOMAINS:
            cls.data.cli("dkim", "enable", domain)
        cls.data.config_set("delivery.public_address", "192.0.2.20")
        keys = {domain: cls.dkim_records(domain) for domain in DOMAINS}
        right_rsa = [r for r in keys["right.test"] if r["algorithm"] == "rsa-sha256"][0]
        wrong_rsa = [r for r in keys["wrong.test"] if r["algorithm"] == "rsa-sha256"][0]
        cls.wrong_rsa_selector = wrong_rsa["selector"]
        cls.wrong_ed_selector = [r for r in keys["wrong.test"] if r["algorithm"] == "ed25519-sha256"][0]["selector"]
        records = ["--txt-record=right.test,v=spf1 ip4:192.0.2.20 ~all",
                   "--txt-record=_dmarc.right.test,v=DMARC1; p=none; rua=mailto:postmaster@right.test",
                   "--mx-host=right.test,mx.right.test,10",
                   "--txt-record=wrong.test,v=spf1 ip4:198.51.100.7 -all",
                   # The key of another domain at wrong.test's RSA selector: a key that is not the one RelayDesk signs with.
                   "--txt-record=%s,%s" % (wrong_rsa["name"], ",".join(right_rsa["strings"])),
                   "--mx-host=wrong.test,mx.wrong.test,10",
                   "--txt-record=null.test,v=spf1 +all",
                   "--txt-record=_dmarc.null.test,v=DMARC1; p=none",
                   "--txt-record=_dmarc.null.test,v=DMARC1; p=reject",
                   "--mx-host=null.test,.,0",
                   "--ptr-record=20.2.0.192.in-addr.arpa,mail.right.test",
                   "--address=/mail.right.test/192.0.2.20",
                   "--ptr-record=30.2.0.192.in-addr.arpa,mail.wrong.test",
                   "--address=/mail.wrong.test/192.0.2.99"]
        records += ["--txt-record=tags.test,v=spf1 -ip4:192.0.2.20 ip4:192.0.2.0/24 -all",
                    "--txt-record=_dmarc.tags.test,v=DMARC1; p=none; rua=mailto:postmaster@tags.test",
                    "--mx-host=tags.test,mx.tags.test,10",
                    "--txt-record=follow.test,v=spf1 include:_spf.example.net -all"]
        for record in keys["tags.test"]:
            strings = list(record["strings"])
            if record["algorithm"] == "rsa-sha256":
                strings[0] = strings[0].replace("v=DKIM1;", "v=DKIM2;")
            else:
                strings[0] = strings[0].replace("k=ed25519;", "k=ed25519; s=other;")
            records.append("--txt-record=%s,%s" % (record["name"], ",".join(strings)))
        for record in keys["right.test"] + keys["null.test"]:
            records.append("--txt-record=%s,%s" % (record["name"], ",".join(record["strings"])))
        cls.dns, cls.dns_address = start_dnsmasq(records, local=("test", "2.0.192.in-addr.arpa"))
        cls.cleanups.append(lambda: stop_dnsmasq(cls.dns))
        cls.data.config_set("delivery.dns_server", cls.dns_address)

    @classmethod
    def dkim_records(cls, domain):
        output = json.loads(cls.data.cli("domain", "records", domain, json_output=True).stdout)
        return [r for r in output["records"] if r["kind"] == "dkim"]

    def setUp(self):
        self.data.config_set("delivery.dns_server", self.dns_address)
        self.data.config_set("delivery.public_address", "192.0.2.20")
        self.data.config_set("delivery.smarthost", "")

    # -- helpers ------------------------------------------------------------------------------------------
    def check(self, domain, expect_code):
        result = self.data.cli("domain", "check", domain, json_output=True, check=False)
        self.assertEqual(result.returncode, expect_code, result.stdout + result.stderr)
        return json.loads(result.stdout), result

    @staticmethod
    def verdicts(report):
        """{kind or dkim:selector: verdict}"""
        return {(r["kind"] + ":" + r["selector"] if r["kind"] == "dkim" and r.get("selector") else r["kind"]):
                r["verdict"] for r in report["records"]}

    @staticmethod
    def record(report, kind, selector=None):
        return [r for r in report["records"] if r["kind"] == kind and (selector is None or r.get("selector") == selector)][0]

    # -- tests --------------------------------------------------------------------------------------------
    def test_everything_right(self):
        report, result = self.check("right.test", 0)
        self.assertEqual(result.stderr, "")
        self.assertEqual(report["result"], "right")
        self.assertEqual(report["dns_server"], self.dns_address)
        self.assertEqual(report["sending_address"], "192.0.2.20")
        self.assertEqual([r["kind"] for r in report["records"]], ["spf", "dkim", "dkim", "dmarc", "mx", "ptr"])
        self.assertEqual(set(r["verdict"] for r in report["records"]), {"right"}, report)
        self.assertEqual(self.record(report, "ptr")["found"], ["mail.right.test"])
        self.assertEqual(self.record(report, "mx")["found"], ["10 mx.right.test"])
        for record in report["records"]:
            self.assertEqual(record["publish"], "", record)
        # The text form says the same in words.
        text = self.data.cli("domain", "check", "right.test").stdout
        self.assertIn("Every record of right.test is published and right.", text)

    def test_missing_and_wrong_records(self):
        self.data.config_set("delivery.public_address", "192.0.2.30")
        report, result = self.check("wrong.test", 3)
        self.assertEqual(report["result"], "needs_work")
        self.assertEqual(self.verdicts(report), {
            "spf": "wrong", "dkim:" + self.wrong_rsa_selector: "wrong", "dkim:" + self.wrong_ed_selector: "missing",
            "dmarc": "missing", "mx": "right", "ptr": "wrong"}, report)
        spf = self.record(report, "spf")
        self.assertEqual(spf["found"], ["v=spf1 ip4:198.51.100.7 -all"])
        self.assertIn("192.0.2.30", spf["summary"])
        self.assertEqual(spf["publish"], 'wrong.test TXT "v=spf1 ip4:198.51.100.7 ip4:192.0.2.30 -all"')
        # What to publish for DKIM is RelayDesk's own key record (as `domain records` prints it).
        expected = {r["selector"]: r for r in self.dkim_records("wrong.test")}
        for selector in (self.wrong_rsa_selector, self.wrong_ed_selector):
            record = self.record(report, "dkim", selector)
            self.assertEqual(record["name"], expected[selector]["name"])
            self.assertIn("".join(expected[selector]["strings"])[:60], record["publish"].replace('" "', ""))
        self.assertIn("not the key RelayDesk signs with", self.record(report, "dkim", self.wrong_rsa_selector)["summary"])
        dmarc = self.record(report, "dmarc")
        self.assertEqual(dmarc["publish"], '_dmarc.wrong.test TXT "v=DMARC1; p=none; rua=mailto:postmaster@wrong.test"')
        ptr = self.record(report, "ptr")
        self.assertEqual((ptr["name"], ptr["found"]), ("30.2.0.192.in-addr.arpa", ["mail.wrong.test"]))
        self.assertIn("192.0.2.99", ptr["summary"])
        # Text mode: the problems named, the exit code the same, nothing on stderr (not an error).
        text = self.data.cli("domain", "check", "wrong.test", check=False)
        self.assertEqual(text.returncode, 3)
        self.assertIn("[wrong] SPF TXT wrong.test", text.stdout)
        self.assertIn("[missing] DMARC TXT _dmarc.wrong.test", text.stdout)
        self.assertIn("publish instead:", text.stdout)
        # The record type once where it is the check's own name ("MX MX" read as a stutter: an outside tester).
        self.assertRegex(text.stdout, r"\n\[\w+\] MX wrong\.test\n")
        self.assertNotIn("MX MX", text.stdout)

    def test_records_receivers_discard_or_that_fail_first(self):
        report, result = self.check("tags.test", 3)
        spf = self.record(report, "spf")
        self.assertEqual(spf["verdict"], "wrong")
        self.assertIn("'-ip4:192.0.2.20'", spf["summary"])
        self.assertEqual(spf["publish"],
                         'tags.test TXT "v=spf1 ip4:192.0.2.20 -ip4:192.0.2.20 ip4:192.0.2.0/24 -all"')
        dkim = {r["selector"]: r for r in report["records"] if r["kind"] == "dkim"}
        self.assertEqual(sorted(r["verdict"] for r in dkim.values()), ["wrong", "wrong"], report)
        rsa = [r for s, r in dkim.items() if s.endswith("-rsa")][0]
        ed = [r for s, r in dkim.items() if s.endswith("-ed")][0]
        self.assertIn("v=DKIM2", rsa["summary"])
        self.assertIn('"v=DKIM1; k=rsa; p=', rsa["publish"])
        self.assertIn("s=other", ed["summary"])
        self.assertIn('"v=DKIM1; k=ed25519; p=', ed["publish"])
        self.assertEqual(self.verdicts(report)["dmarc"], "right")
        text = self.data.cli("domain", "check", "tags.test", check=False).stdout
        self.assertIn("[wrong] DKIM (%s)" % rsa["selector"], text)

    def test_a_term_that_needs_a_lookup_is_undetermined(self):
        report, result = self.check("follow.test", 3)
        spf = self.record(report, "spf")
        self.assertEqual(spf["verdict"], "undetermined")
        self.assertIn("could not be determined", spf["summary"])
        self.assertIn("'include:_spf.example.net'", spf["summary"])
        text = self.data.cli("domain", "check", "follow.test", check=False).stdout
        self.assertIn("[undetermined] SPF", text)

    def test_ptr_missing(self):
        self.data.config_set("delivery.public_address", "192.0.2.40")
        report, _ = self.check("right.test", 3)
        verdicts = self.verdicts(report)
        self.assertEqual(verdicts.pop("ptr"), "missing")
        self.assertEqual(verdicts.pop("spf"), "wrong")  # 192.0.2.40 is not in right.test's SPF either
        self.assertEqual(set(verdicts.values()), {"right"}, report)
        self.assertIn("no PTR", self.record(report, "ptr")["summary"])

    def test_everyone_allowed_double_dmarc_and_null_mx(self):
        report, _ = self.check("null.test", 3)
        verdicts = self.verdicts(report)
        self.assertEqual((verdicts["spf"], verdicts["dmarc"], verdicts["mx"]), ("wrong", "wrong", "wrong"), report)
        self.assertEqual([v for k, v in verdicts.items() if k.startswith("dkim:")], ["right", "right"])
        self.assertIn("+all", self.record(report, "spf")["summary"])
        self.assertIn("null MX", self.record(report, "mx")["summary"])

    def test_no_keys_and_nothing_published(self):
        report, _ = self.check("nokeys.test", 3)
        self.assertEqual(self.verdicts(report), {"spf": "missing", "dkim": "missing", "dmarc": "missing",
                                                 "mx": "missing", "ptr": "right"}, report)
        self.assertIn("relaydesk domain dkim nokeys.test", self.record(report, "dkim")["summary"])
        # The window's buttons too, beside which the check is shown (it sent a second tester to the command
        # line).
        self.assertIn('"Create DKIM keys" on the agent\'s Sender domains tab', self.record(report, "dkim")["summary"])
        self.assertIn('"Copy records"', self.record(report, "dkim")["summary"])
        self.assertEqual(self.record(report, "spf")["publish"], 'nokeys.test TXT "v=spf1 ip4:192.0.2.20 ~all"')

    def test_an_internationalized_domain_reads_as_its_owner_writes_it(self):
        # An outside tester's `domain check büro35b.test` named it "xn--bro35b-3ya.test" throughout the prose,
        # and `domain records` said "xn--bro35b-3ya.test has no DKIM keys". The records to paste keep A-labels.
        result = self.data.cli("domain", "check", "b\u00fcro.test", check=False)
        self.assertEqual(result.returncode, 3, result.stdout + result.stderr)
        self.assertIn("DNS records of b\u00fcro.test, asked at", result.stdout)
        self.assertIn("receivers cannot tell which servers may send as b\u00fcro.test.", result.stdout)
        self.assertIn("RelayDesk has no DKIM keys for b\u00fcro.test", result.stdout)
        self.assertIn("replies and bounces to b\u00fcro.test have nowhere to go", result.stdout)
        self.assertIn('xn--bro-hoa.test TXT "v=spf1 ip4:192.0.2.20 ~all"', result.stdout)  # to publish
        records = self.data.cli("domain", "records", "b\u00fcro.test", check=False)
        self.assertIn("b\u00fcro.test has no DKIM keys", records.stdout + records.stderr)
        self.assertNotIn("xn--bro-hoa.test has no DKIM keys", records.stdout + records.stderr)

    def test_through_a_smarthost(self):
        # Mail relayed by Microsoft 365: SPF must include its record, and no PTR of ours matters.
        self.data.config_set("delivery.smarthost", "smtp.office365.com:587")
        report, _ = self.check("right.test", 3)
        self.assertFalse(report["direct_mx"])
        self.assertEqual(self.verdicts(report)["spf"], "wrong")
        self.assertNotIn("ptr", self.verdicts(report))
        self.assertEqual(self.record(report, "spf")["publish"],
                         'right.test TXT "v=spf1 ip4:192.0.2.20 include:spf.protection.outlook.com ~all"')

    def test_dns_failure(self):
        # A name server address where nothing listens: no record can be checked.
        silent = silent_nameserver()
        self.data.config_set("delivery.dns_server", silent)
        report, result = self.check("right.test", 4)
        self.assertEqual(report["result"], "dns_failure")
        self.assertEqual(set(r["verdict"] for r in report["records"]), {"unchecked"}, (silent, report))
        self.assertIn("DNS gave no usable answer", result.stderr)

    def test_bad_input(self):
        for args in (["domain", "check"], ["domain", "check", "not a domain"],
                     ["domain", "check", "a.test", "b.test"], ["domain", "check", "a.test", "--rua", "x"]):
            result = self.data.cli(*args, check=False)
            self.assertEqual(result.returncode, 2, (args, result.stdout, result.stderr))
            self.assertEqual(result.stdout, "")
            self.assertTrue(result.stderr.startswith("relaydesk: "), result.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
