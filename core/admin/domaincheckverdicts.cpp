#include "core/admin/domaincheckverdicts.h"
#include "core/admin/dkimkeyrecordtags.h"
#include "core/admin/spfpathverdicts.h"
#include "core/admin/spfrecordterms.h"

#include <QCoreApplication>
#include <QMap>

namespace RelayDesk {

namespace {

using Verdict = DomainCheckItem::Verdict;

QString verdictText(const char* text)
{
    return QCoreApplication::translate("RelayDesk::DomainCheckVerdicts", text);
}

DomainCheckItem itemFor(const QString& kind, const DnsAnswer& answer)
{
    DomainCheckItem item;
    item.kind = kind;
    item.name = answer.name;
    item.type = answer.type;
    item.found = answer.values;
    return item;
}

DomainCheckItem unchecked(DomainCheckItem item, const DnsAnswer& answer)
{
    return DomainCheckVerdicts::judged(
        std::move(item), Verdict::Unchecked,
        verdictText(QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                      "Could not be checked: the DNS lookup of %1 failed (%2)."))
            .arg(answer.name, answer.error));
}

const SenderDnsRecord* expectedOf(const DomainCheckPlan& plan, const QString& kind,
                                  const QString& selector = {})
{
    for (const SenderDnsRecord& record : plan.expected) {
        if (record.kind == kind && record.selector == selector)
            return &record;
    }
    return nullptr;
}

QString zoneLine(const DomainCheckPlan& plan, const QString& kind, const QString& selector = {})
{
    const SenderDnsRecord* record = expectedOf(plan, kind, selector);
    return record ? record->zoneLine() : QString();
}

/// The records of a TXT answer that start with prefix ("v=spf1", "v=DMARC1"), compared without case.
QStringList recordsStartingWith(const DnsAnswer& answer, const QString& prefix)
{
    QStringList found;
    for (const QString& value : answer.values) {
        const QString text = value.trimmed();
        if (text.startsWith(prefix, Qt::CaseInsensitive) &&
            (text.size() == prefix.size() || text.at(prefix.size()).isSpace() ||
             text.at(prefix.size()) == u';'))
            found << text;
    }
    return found;
}

/// The start of a check of one TXT record kind (SPF, DMARC): the item, the line to publish, the records
/// found.
struct TxtCheck
{
    DomainCheckItem item;
    QString expected;
    QStringList records;
};

TxtCheck txtCheck(const DomainCheckPlan& plan, const DnsAnswer& answer, const QString& kind,
                  const QString& prefix)
{
    TxtCheck check{itemFor(kind, answer), zoneLine(plan, kind), recordsStartingWith(answer, prefix)};
    if (answer.outcome != DnsAnswer::Outcome::Failed)
        check.item.found = check.records;
    return check;
}

/// tag=value pairs of a DMARC record (RFC 7489 6.4, in the syntax of RFC 6376 3.2); a repeated tag's last
/// value counts.
QMap<QString, QString> tagsOf(const QString& record)
{
    QMap<QString, QString> tags;
    for (const auto& [name, value] : DkimKeyRecordTags::tagList(record))
        tags.insert(name, value);
    return tags;
}

/// Why receivers do not use a DKIM key record for mail whatever its key, in words; empty: they do.
QString dkimTagProblem(const DkimKeyRecordTags& tags, const QString& selector)
{
    // RFC 6376 3.6.1: what makes a receiver discard the record or keep it from mail, before its key matters.
    switch (tags.problem()) {
    case DkimKeyRecordTags::Problem::Version:
        return verdictText(QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                             "The record of the selector %1 says v=%2: receivers discard "
                                             "a key record whose version is not DKIM1 (RFC 6376 3.6.1). "
                                             "Publish it with v=DKIM1, as below."))
            .arg(selector, tags.value(QStringLiteral("v")));
    case DkimKeyRecordTags::Problem::VersionNotFirst:
        return verdictText(QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                             "The record of the selector %1 has v= after other tags: "
                                             "v=DKIM1 must be the first tag (RFC 6376 3.6.1), and "
                                             "receivers may discard the record. Publish it as below."))
            .arg(selector);
    case DkimKeyRecordTags::Problem::DuplicateTag:
        return verdictText(QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                             "The record of the selector %1 gives %2= twice: receivers "
                                             "treat it as an error (RFC 6376 3.2). Publish it as below."))
            .arg(selector, tags.problemTag());
    case DkimKeyRecordTags::Problem::NotForEmail:
        return verdictText(
                   QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                     "The record of the selector %1 says s=%2: its key is not for mail "
                                     "(the service types list neither * nor email, RFC 6376 3.6.1), so "
                                     "receivers do not use it. Remove s= or publish s=email, as below."))
            .arg(selector, tags.value(QStringLiteral("s")));
    case DkimKeyRecordTags::Problem::None:
        break;
    }
    return {};
}

} // namespace

DomainCheckItem DomainCheckVerdicts::judged(DomainCheckItem item, Verdict verdict, const QString& summary,
                                            const QString& publish)
{
    item.verdict = verdict;
    item.summary = summary;
    if (!publish.isEmpty())
        item.publish = publish;
    return item;
}

bool DomainCheckVerdicts::addressCheckable(const DomainCheckPlan& plan)
{
    const QHostAddress& address = plan.sendingAddress;
    if (address.isNull())
        return false;
    if (plan.addressFromSetting)
        return true;
    // RFC 1918 and RFC 6598 (carrier-grade NAT) addresses are not what receivers see.
    for (const char* network : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"}) {
        if (address.isInSubnet(QHostAddress::parseSubnet(QLatin1String(network))))
            return false;
    }
    return !address.isLoopback() && !address.isLinkLocal() && !address.isUniqueLocalUnicast();
}

QString DomainCheckVerdicts::addressNote(const DomainCheckPlan& plan)
{
    if (plan.addressFromSetting)
        return verdictText(
                   QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                     "The sending address %1 is the setting delivery.public_address."))
            .arg(plan.sendingAddress.toString());
    if (plan.sendingAddress.isNull())
        return verdictText(QT_TRANSLATE_NOOP(
            "RelayDesk::DomainCheckVerdicts",
            "RelayDesk does not know the public address this office sends from. Set it under Settings, "
            "Delivery, Public sending address (relaydesk config set delivery.public_address ADDRESS)."));
    if (!addressCheckable(plan))
        return verdictText(QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                             "This machine sends from %1, a private address: receivers see "
                                             "the office's public address instead (NAT). Set that one under "
                                             "Settings, Delivery, Public sending address (relaydesk config "
                                             "set delivery.public_address ADDRESS)."))
            .arg(plan.sendingAddress.toString());
    return verdictText(
               QT_TRANSLATE_NOOP(
                   "RelayDesk::DomainCheckVerdicts",
                   "Checked %1, the address this machine uses for outbound connections. If the office sends "
                   "from another public address (NAT), set it under Settings, Delivery, Public sending "
                   "address "
                   "(relaydesk config set delivery.public_address ADDRESS)."))
        .arg(plan.sendingAddress.toString());
}

DomainCheckItem DomainCheckVerdicts::spf(const DomainCheckPlan& plan, const DnsAnswer& answer)
{
    auto [item, expected, records] = txtCheck(plan, answer, QStringLiteral("spf"), QStringLiteral("v=spf1"));
    if (answer.outcome == DnsAnswer::Outcome::Failed)
        return unchecked(item, answer);
    if (records.isEmpty()) {
        return judged(std::move(item), Verdict::Missing,
                      verdictText(QT_TRANSLATE_NOOP(
                                      "RelayDesk::DomainCheckVerdicts",
                                      "No SPF record: receivers cannot tell which servers may send as %1."))
                          .arg(plan.shownDomain()),
                      expected);
    }
    if (records.size() > 1) {
        return judged(
            std::move(item), Verdict::Wrong,
            verdictText(QT_TRANSLATE_NOOP(
                            "RelayDesk::DomainCheckVerdicts",
                            "%1 SPF records: receivers treat more than one as an error (RFC 7208 3.2). Merge "
                            "them into one."))
                .arg(records.size()),
            expected);
    }
    const QString record = records.first();
    const QStringList terms = record.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& term : terms) {
        if (term.toLower() == QLatin1String("all") || term.toLower() == QLatin1String("+all")) {
            return judged(
                std::move(item), Verdict::Wrong,
                verdictText(
                    QT_TRANSLATE_NOOP(
                        "RelayDesk::DomainCheckVerdicts",
                        "The SPF record ends in '%1': it allows every server in the world to send as %2."))
                    .arg(term, plan.shownDomain()),
                expected);
        }
    }
    for (const QString& term : terms) {
        // ip4:0.0.0.0/0 is +all written another way; any network wider than a /8 (IPv4) or a /16 (IPv6) is
        // far more than one sender's servers.
        const int prefix = SpfRecordTerms::passedPrefix(term);
        const bool v4 = SpfRecordTerms::mechanism(term).startsWith(QLatin1String("ip4:"));
        if (prefix >= 0 && prefix < (v4 ? 8 : 16)) {
            return judged(
                std::move(item), Verdict::Wrong,
                verdictText(QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                              "The SPF record's '%1' allows a whole /%2 network, far more "
                                              "servers than yours, to send as %3."))
                    .arg(term)
                    .arg(prefix)
                    .arg(plan.shownDomain()),
                expected);
        }
    }
    if (!plan.smarthost.isEmpty())
        return SpfPathVerdicts::forSmarthost(std::move(item), plan, record);
    if (!addressCheckable(plan)) {
        return judged(std::move(item), Verdict::Right,
                      verdictText(QT_TRANSLATE_NOOP(
                          "RelayDesk::DomainCheckVerdicts",
                          "Found one SPF record. RelayDesk cannot tell whether it covers the public address "
                          "this office sends from: set delivery.public_address.")));
    }
    return SpfPathVerdicts::forAddress(std::move(item), plan, record);
}

DomainCheckItem DomainCheckVerdicts::dkim(const DomainCheckPlan& plan, const DkimKeyRecord& key,
                                          const DnsAnswer& answer)
{
    DomainCheckItem item = itemFor(QStringLiteral("dkim"), answer);
    item.selector = key.selector;
    if (answer.outcome == DnsAnswer::Outcome::Failed)
        return unchecked(item, answer);
    const QString expected = zoneLine(plan, QStringLiteral("dkim"), key.selector);
    item.publish = expected;
    QStringList records;
    for (const QString& value : answer.values) {
        const DkimKeyRecordTags tags(value);
        if (tags.contains(QStringLiteral("p")) || tags.value(QStringLiteral("v")) == QLatin1String("DKIM1"))
            records << value;
    }
    item.found = records;
    const QString grace = key.state == DkimKeyRecord::State::Grace
                              ? verdictText(QT_TRANSLATE_NOOP(
                                    "RelayDesk::DomainCheckVerdicts",
                                    " (replaced by a rotation; kept for the mail already signed with it)"))
                              : QString();
    if (records.isEmpty()) {
        return judged(
            std::move(item), Verdict::Missing,
            verdictText(QT_TRANSLATE_NOOP(
                            "RelayDesk::DomainCheckVerdicts",
                            "No key record for the selector %1%2: receivers cannot verify the signatures it "
                            "makes."))
                .arg(key.selector, grace));
    }
    if (records.size() > 1) {
        return judged(
            std::move(item), Verdict::Wrong,
            verdictText(QT_TRANSLATE_NOOP(
                            "RelayDesk::DomainCheckVerdicts",
                            "%1 key records for the selector %2: receivers may pick any of them. Keep one."))
                .arg(records.size())
                .arg(key.selector));
    }
    const DkimKeyRecordTags tags(records.first());
    const QString published = tags.value(QStringLiteral("p"));
    const QString keyType = tags.value(QStringLiteral("k"), QStringLiteral("rsa")).toLower();
    const QString wantedType =
        key.algorithm == DkimAlgorithm::Ed25519Sha256 ? QStringLiteral("ed25519") : QStringLiteral("rsa");
    const QString hashes = tags.value(QStringLiteral("h"));
    item.verdict = Verdict::Wrong;
    if (const QString problem = dkimTagProblem(tags, key.selector); !problem.isEmpty()) {
        item.summary = problem;
        return item;
    }
    if (published.isEmpty()) {
        item.summary =
            verdictText(QT_TRANSLATE_NOOP(
                            "RelayDesk::DomainCheckVerdicts",
                            "The key of the selector %1 is published empty (p=): that revokes it, and its "
                            "signatures fail."))
                .arg(key.selector);
    } else if (published != QString::fromLatin1(key.publicKey)) {
        item.summary =
            verdictText(QT_TRANSLATE_NOOP(
                            "RelayDesk::DomainCheckVerdicts",
                            "The key published for the selector %1 is not the key RelayDesk signs with: its "
                            "signatures fail."))
                .arg(key.selector);
    } else if (tags.contains(QStringLiteral("h")) &&
               !hashes.toLower().split(QLatin1Char(':')).contains(QLatin1String("sha256"))) {
        // RFC 6376 3.6.1: a key whose h= does not list the signature's hash must not verify it.
        item.summary =
            verdictText(QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                          "The record of the selector %1 says h=%2: receivers then "
                                          "reject its sha256 signatures. Remove h= or add sha256."))
                .arg(key.selector, hashes);
    } else if (keyType != wantedType) {
        // RFC 6376 3.6.1: k= names the key type; a key of another type does not verify the signatures.
        item.summary =
            verdictText(QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                          "The record of the selector %1 says k=%2, but the key is "
                                          "%3: publish k=%3, as below."))
                .arg(key.selector, keyType, wantedType);
    } else {
        item.verdict = Verdict::Right;
        item.summary = verdictText(QT_TRANSLATE_NOOP(
                                       "RelayDesk::DomainCheckVerdicts",
                                       "Found and right: the published key is the key of the selector %1%2."))
                           .arg(key.selector, grace);
        // RFC 6376 3.6.1: t=y asks receivers to treat failing signatures as if the mail were unsigned.
        if (tags.testing())
            item.summary += QLatin1Char(' ') +
                            verdictText(QT_TRANSLATE_NOOP(
                                "RelayDesk::DomainCheckVerdicts",
                                "It says t=y (testing): receivers may treat its signatures as absent. Remove "
                                "t=y once mail verifies."));
        item.publish.clear();
    }
    return item;
}

DomainCheckItem DomainCheckVerdicts::noDkimKeys(const DomainCheckPlan& plan)
{
    // Said for both faces: the window's check sent an outside tester to the command line, beside the buttons
    // that do it.
    DomainCheckItem item;
    item.kind = QStringLiteral("dkim");
    item.name = QStringLiteral("_domainkey.") + plan.domain;
    item.type = QStringLiteral("TXT");
    return judged(
        std::move(item), Verdict::Missing,
        verdictText(
            QT_TRANSLATE_NOOP(
                "RelayDesk::DomainCheckVerdicts",
                "RelayDesk has no DKIM keys for %1, so its mail is not signed. Create them (\"Create DKIM "
                "keys\" on the agent's Sender domains tab, or 'relaydesk domain dkim %1'), then publish "
                "their "
                "records (\"Copy records\", or what 'relaydesk domain records %1' prints)."))
            .arg(plan.shownDomain()));
}

DomainCheckItem DomainCheckVerdicts::dmarc(const DomainCheckPlan& plan, const DnsAnswer& answer)
{
    auto [item, expected, records] =
        txtCheck(plan, answer, QStringLiteral("dmarc"), QStringLiteral("v=DMARC1"));
    if (answer.outcome == DnsAnswer::Outcome::Failed)
        return unchecked(item, answer);
    if (records.isEmpty()) {
        return judged(
            std::move(item), Verdict::Missing,
            verdictText(
                QT_TRANSLATE_NOOP(
                    "RelayDesk::DomainCheckVerdicts",
                    "No DMARC record: large mailbox providers expect one from bulk senders, and you get "
                    "no reports of who sends as %1."))
                .arg(plan.shownDomain()),
            expected);
    }
    if (records.size() > 1) {
        return judged(
            std::move(item), Verdict::Wrong,
            verdictText(
                QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                  "%1 DMARC records: receivers ignore them all (RFC 7489 6.6.3). Keep one."))
                .arg(records.size()),
            expected);
    }
    // RFC 7489 6.3: the version must be exactly "DMARC1", or receivers ignore the record.
    if (!records.first().startsWith(QLatin1String("v=DMARC1"))) {
        return judged(std::move(item), Verdict::Wrong,
                      verdictText(QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                                    "The DMARC record starts '%1': receivers ignore a record "
                                                    "whose version is not exactly v=DMARC1 (RFC 7489 6.3)."))
                          .arg(records.first().left(8)),
                      expected);
    }
    const QString policy = tagsOf(records.first()).value(QStringLiteral("p")).toLower();
    if (policy != QLatin1String("none") && policy != QLatin1String("quarantine") &&
        policy != QLatin1String("reject")) {
        return judged(std::move(item), Verdict::Wrong,
                      verdictText(QT_TRANSLATE_NOOP(
                          "RelayDesk::DomainCheckVerdicts",
                          "The DMARC record has no valid policy (p=none, quarantine or reject).")),
                      expected);
    }
    return judged(std::move(item), Verdict::Right,
                  verdictText(QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                                "Found and right: the policy is p=%1."))
                      .arg(policy));
}

DomainCheckItem DomainCheckVerdicts::mx(const DomainCheckPlan& plan, const DnsAnswer& answer)
{
    DomainCheckItem item = itemFor(QStringLiteral("mx"), answer);
    if (answer.outcome == DnsAnswer::Outcome::Failed)
        return unchecked(item, answer);
    const QString publish =
        verdictText(QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                      "%1 MX 10 <the mail server your mailbox provider names>"))
            .arg(plan.domain);
    if (answer.values.isEmpty()) {
        return judged(
            std::move(item), Verdict::Missing,
            verdictText(QT_TRANSLATE_NOOP(
                            "RelayDesk::DomainCheckVerdicts",
                            "No MX record: replies and bounces to %1 have nowhere to go, and some receivers "
                            "refuse mail from a domain that cannot receive any."))
                .arg(plan.shownDomain()),
            publish);
    }
    QStringList hosts;
    for (const QString& value : answer.values) {
        const QString host = value.section(QLatin1Char(' '), 1);
        if (!host.isEmpty() && host != QLatin1String("."))
            hosts << host;
    }
    if (hosts.isEmpty()) {
        return judged(
            std::move(item), Verdict::Wrong,
            verdictText(QT_TRANSLATE_NOOP(
                            "RelayDesk::DomainCheckVerdicts",
                            "%1 publishes a null MX (RFC 7505): it says it receives no mail, and receivers "
                            "refuse mail from it."))
                .arg(plan.shownDomain()),
            publish);
    }
    return judged(
        std::move(item), Verdict::Right,
        verdictText(QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts", "Found: %1 receives mail at %2."))
            .arg(plan.shownDomain(), hosts.join(QStringLiteral(", "))));
}

DomainCheckItem DomainCheckVerdicts::ptrWithoutAddress(const DomainCheckPlan& plan)
{
    DomainCheckItem item;
    item.kind = QStringLiteral("ptr");
    item.type = QStringLiteral("PTR");
    item.verdict = Verdict::Missing;
    if (!plan.sendingAddress.isNull())
        item.name = plan.sendingAddress.toString();
    item.summary = verdictText(QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                                 "The PTR of the sending address could not be checked. ")) +
                   addressNote(plan);
    item.publish = verdictText(
        QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                          "delivery.public_address = <the public IP address this office sends from>"));
    return item;
}

DomainCheckItem DomainCheckVerdicts::ptr(const DomainCheckPlan& plan, const DnsAnswer& answer,
                                         const QList<DnsAnswer>& forward)
{
    DomainCheckItem item = itemFor(QStringLiteral("ptr"), answer);
    if (answer.outcome == DnsAnswer::Outcome::Failed)
        return unchecked(item, answer);
    const QString address = plan.sendingAddress.toString();
    const QString name = plan.heloName.isEmpty() ? QStringLiteral("mail.") + plan.domain : plan.heloName;
    const QString forwardType = plan.sendingAddress.protocol() == QAbstractSocket::IPv6Protocol
                                    ? QStringLiteral("AAAA")
                                    : QStringLiteral("A");
    const QString publish =
        verdictText(
            QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                              "%1 PTR %2  (set by whoever provides the address, usually your ISP)\n%2 %3 %4"))
            .arg(answer.name, name, forwardType, address);
    if (answer.values.isEmpty()) {
        return judged(
            std::move(item), Verdict::Missing,
            verdictText(
                QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                  "The sending address %1 has no PTR (reverse DNS): many receivers refuse or "
                                  "distrust mail from it."))
                .arg(address),
            publish);
    }
    QStringList resolved;
    for (const DnsAnswer& lookup : forward) {
        if (lookup.outcome == DnsAnswer::Outcome::Failed)
            return unchecked(item, lookup);
        for (const QString& value : lookup.values) {
            if (QHostAddress(value).isEqual(plan.sendingAddress)) {
                return judged(
                    std::move(item), Verdict::Right,
                    verdictText(QT_TRANSLATE_NOOP("RelayDesk::DomainCheckVerdicts",
                                                  "Found and right: %1 is %2, which resolves back to %1."))
                        .arg(address, lookup.name));
            }
            resolved << value;
        }
    }
    return judged(
        std::move(item), Verdict::Wrong,
        resolved.isEmpty()
            ? verdictText(QT_TRANSLATE_NOOP(
                              "RelayDesk::DomainCheckVerdicts",
                              "The PTR of %1 names %2, which does not resolve to any address: receivers see "
                              "no confirmed name (FCrDNS) and distrust the mail."))
                  .arg(address, answer.values.join(QStringLiteral(", ")))
            : verdictText(
                  QT_TRANSLATE_NOOP(
                      "RelayDesk::DomainCheckVerdicts",
                      "The PTR of %1 names %2, which resolves to %3, not back to %1: receivers see no "
                      "confirmed name (FCrDNS) and distrust the mail."))
                  .arg(address, answer.values.join(QStringLiteral(", ")),
                       resolved.join(QStringLiteral(", "))),
        publish);
}

} // namespace RelayDesk
