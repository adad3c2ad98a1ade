// relaydesk dkim enable|rotate DOMAIN [--algorithm rsa|ed25519|both] | disable DOMAIN | list [DOMAIN] |
// records DOMAIN [--rua ADDRESS], and the same as domain dkim|rotate-dkim|records DOMAIN (docs/operations.md,
// "DKIM").
#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "app/cli/cliverb.h"
#include "core/admin/agentadmin.h"
#include "core/admin/dkimadmin.h"
#include "core/admin/settingsadmin.h"
#include "core/util/clock.h"
#include "core/util/readableaddress.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace RelayDesk {

namespace {

const CliVerb dkimVerbs[] = {
    {"enable", 1, "dkim enable DOMAIN [--algorithm rsa|ed25519|both]"},
    {"rotate", 1, "dkim rotate DOMAIN [--algorithm rsa|ed25519|both]"},
    {"disable", 1, "dkim disable DOMAIN"},
    {"list", -1, "dkim list [DOMAIN]"},
    {"records", 1, "dkim records DOMAIN [--rua ADDRESS]"},
};

const CliVerb domainDkimVerbTable[] = {
    {"dkim", 1, "domain dkim DOMAIN [--algorithm rsa|ed25519|both]"},
    {"rotate-dkim", 1, "domain rotate-dkim DOMAIN [--algorithm rsa|ed25519|both]"},
    {"records", 1, "domain records DOMAIN [--rua ADDRESS]"},
};

QJsonObject keyJson(const DkimKeyRecord& key)
{
    QJsonObject object{{QStringLiteral("domain"), key.domain},
                       {QStringLiteral("selector"), key.selector},
                       {QStringLiteral("algorithm"), QString::fromLatin1(dkimAlgorithmName(key.algorithm))},
                       {QStringLiteral("state"), DkimKeyRecord::stateName(key.state)},
                       {QStringLiteral("created_at"), CliOutput::timeJson(key.createdAt)},
                       {QStringLiteral("dns_name"), key.dnsName()},
                       {QStringLiteral("dns_value"), QString::fromLatin1(key.dnsValue())}};
    object.insert(QStringLiteral("retire_at"),
                  key.retireAt > 0 ? CliOutput::timeJson(key.retireAt) : QJsonValue(QJsonValue::Null));
    return object;
}

QJsonArray keysJson(const QList<DkimKeyRecord>& keys)
{
    QJsonArray array;
    for (const DkimKeyRecord& key : keys)
        array.append(keyJson(key));
    return array;
}

QList<QStringList> keyRows(const QList<DkimKeyRecord>& keys)
{
    QList<QStringList> rows;
    for (const DkimKeyRecord& key : keys) {
        QString state = DkimKeyRecord::stateName(key.state);
        if (key.state == DkimKeyRecord::State::Grace)
            state = key.retireAt <= nowMs()
                        ? QStringLiteral("grace, kept while queued mail carries its signature")
                        : QStringLiteral("grace until %1").arg(CliOutput::timeText(key.retireAt));
        rows << QStringList{ReadableAddress::domain(key.domain), key.selector,
                            QString::fromLatin1(dkimAlgorithmName(key.algorithm)), state,
                            CliOutput::timeText(key.createdAt)};
    }
    return rows;
}

const QStringList keyHeader = {QStringLiteral("DOMAIN"), QStringLiteral("SELECTOR"),
                               QStringLiteral("ALGORITHM"), QStringLiteral("STATE"),
                               QStringLiteral("CREATED")};

/// A domain no Mail Agent may send as is signed for nobody: most likely a typo ("exmaple.com", an outside
/// tester), with the real domain left unsigned. Said, not refused: the agent may come next.
void warnIfNoAgentSendsAs(const QString& dataDir, const QString& domain, const CliOutput& out)
{
    const auto agents = AgentAdmin(dataDir).list();
    if (!agents)
        return;
    const QString suffix = QLatin1Char('@') + domain;
    for (const MailAgent& agent : agents.value()) {
        if (agent.anySender)
            return;
        for (const QString& sender : agent.senders)
            if (sender.compare(domain, Qt::CaseInsensitive) == 0 ||
                sender.endsWith(suffix, Qt::CaseInsensitive))
                return;
    }
    out.warning(QStringLiteral("no Mail Agent may send as %1 yet: check the spelling, or add it to an agent "
                               "with 'relaydesk domain add AGENT %1'")
                    .arg(ReadableAddress::domain(domain)));
}

/// Agents that may send as any address get their mail signed with the domain's keys like anyone's: a spoof
/// of the domain from them passes DKIM and DMARC (an outside tester's any-sender agent sent as ceo@ of
/// another agent's signed domain). Said when the keys are made.
void warnOfAnySenderAgents(const QString& dataDir, const QString& domain, const CliOutput& out)
{
    const auto agents = AgentAdmin(dataDir).list();
    if (!agents)
        return;
    QStringList names;
    for (const MailAgent& agent : agents.value()) {
        if (agent.anySender && agent.enabled)
            names << agent.name;
    }
    if (names.isEmpty())
        return;
    out.warning(
        QStringLiteral("%1 may send as any address: mail from them as %2 is signed with these keys too, "
                       "so it passes DKIM and DMARC whoever wrote it; give them their own domains and "
                       "turn any-sender off ('relaydesk agent set-any-sender NAME off')")
            .arg(names.join(QStringLiteral(", ")), ReadableAddress::domain(domain)));
}

int makeKeys(const QString& dataDir, const QString& domain, const QString& algorithmWords, bool rotation,
             const CliOutput& out)
{
    const auto algorithms = DkimAdmin::parseAlgorithms(algorithmWords);
    if (!algorithms)
        return out.error(ExitUsage, algorithms.error());
    DkimAdmin dkim(dataDir);
    const auto name = DkimAdmin::normalizeDomain(domain);
    if (!name)
        return out.error(ExitUsage, name.error());
    if (!rotation) {
        const auto before = dkim.keys(name.value());
        if (!before)
            return out.error(ExitFailure, before.error());
        const bool had = std::any_of(before->cbegin(), before->cend(), [](const DkimKeyRecord& key) {
            return key.state == DkimKeyRecord::State::Active;
        });
        if (had) {
            out.json(QJsonObject{{QStringLiteral("domain"), name.value()},
                                 {QStringLiteral("created"), false},
                                 {QStringLiteral("keys"), keysJson(before.value())}});
            out.line(
                QStringLiteral("%1 already has DKIM keys (rotate them with 'relaydesk domain rotate-dkim "
                               "%1'):")
                    .arg(name.value()));
            out.table(keyHeader, keyRows(before.value()));
            return ExitOk;
        }
    }
    const auto made = rotation ? dkim.rotate(name.value(), algorithms.value())
                               : dkim.ensureKeys(name.value(), algorithms.value());
    if (!made)
        return out.error(ExitFailure, made.error());
    if (!rotation)
        warnIfNoAgentSendsAs(dataDir, name.value(), out);
    warnOfAnySenderAgents(dataDir, name.value(), out);
    // RFC 8463 is young: many receivers verify RSA signatures only (an outside tester expected a word).
    if (algorithms.value() == QList<DkimAlgorithm>{DkimAlgorithm::Ed25519Sha256})
        out.warning(QStringLiteral("mail of %1 is signed with Ed25519 only: many receivers verify only RSA "
                                   "signatures and treat it as unsigned; '--algorithm both' signs with each")
                        .arg(ReadableAddress::domain(name.value())));
    const auto published = dkim.keys(name.value());
    const QList<DkimKeyRecord> shown = published ? published.value() : made.value();
    out.json(QJsonObject{{QStringLiteral("domain"), name.value()},
                         {QStringLiteral("created"), true},
                         {QStringLiteral("keys"), keysJson(shown)}});
    const QString graceDays = SettingsAdmin(dataDir).value(QStringLiteral("dkim.grace_days"));
    out.line(rotation ? QStringLiteral(
                            "New DKIM keys for %1: publish their records now. Its mail is signed with "
                            "them and, for %2 day(s) (dkim.grace_days), with the previous keys too, so "
                            "that it verifies while the new records reach the DNS; the previous ones stay "
                            "published for those days, and after them for as long as queued mail carries "
                            "their signatures.")
                            .arg(ReadableAddress::domain(name.value()), graceDays)
                      : QStringLiteral("DKIM keys for %1 created: its mail is signed from now on.")
                            .arg(ReadableAddress::domain(name.value())));
    out.table(keyHeader, keyRows(shown));
    out.line();
    out.line(QStringLiteral("Publish the records that 'relaydesk domain records %1' prints.")
                 .arg(ReadableAddress::domain(name.value())));
    return ExitOk;
}

int disable(const QString& dataDir, const QString& domain, const CliOutput& out)
{
    const auto name = DkimAdmin::normalizeDomain(domain);
    if (!name)
        return out.error(ExitUsage, name.error());
    // Asked before the keys go: a queued message keeps the signature made at its first attempt (an outside
    // tester removed the records as told, and the queued mail then arrived with signatures that failed).
    const auto carried = DkimAdmin(dataDir).keysCarriedByQueuedMail(name.value());
    // The records to keep, read while the keys are still there: afterwards nothing lists them (a second
    // outside tester was told to keep records he could no longer print).
    QList<SenderDnsRecord> kept;
    if (carried && carried.value() > 0) {
        if (const auto records = DkimAdmin(dataDir).records(name.value()); records) {
            for (const SenderDnsRecord& record : records.value()) {
                if (record.kind == QLatin1String("dkim"))
                    kept << record;
            }
        }
    }
    const auto retired = DkimAdmin(dataDir).disable(name.value());
    if (!retired)
        return out.error(ExitFailure, retired.error());
    const bool keepRecords = carried && carried.value() > 0;
    out.json(QJsonObject{{QStringLiteral("domain"), name.value()},
                         {QStringLiteral("retired"), retired.value()},
                         {QStringLiteral("records_still_needed"), keepRecords}});
    out.line(QStringLiteral(
                 "Mail from %1 is no longer signed; %2 key(s) retired and their private keys removed. %3")
                 .arg(name.value())
                 .arg(retired.value())
                 .arg(keepRecords ? QStringLiteral(
                                        "Queued mail still carries signatures of %1 of them: keep its DKIM "
                                        "records in DNS until that mail has left the queue ('relaydesk "
                                        "queue list'), then remove them.")
                                        .arg(carried.value())
                                  : QStringLiteral("Remove its DKIM records from DNS.")));
    if (!kept.isEmpty()) {
        QList<QStringList> rows;
        for (const SenderDnsRecord& record : std::as_const(kept))
            rows << QStringList{record.name, QStringLiteral("TXT"), record.value};
        out.table({QStringLiteral("NAME"), QStringLiteral("TYPE"), QStringLiteral("VALUE")}, rows);
    }
    return ExitOk;
}

int listDkimKeys(const QString& dataDir, const QStringList& words, const CliOutput& out)
{
    if (words.size() > 1)
        return out.error(ExitUsage, QStringLiteral("dkim list: takes at most one domain"));
    QString domain;
    if (!words.isEmpty()) {
        const auto name = DkimAdmin::normalizeDomain(words[0]);
        if (!name)
            return out.error(ExitUsage, name.error());
        domain = name.value();
    }
    // A key whose private key file is gone signs nothing: an outside tester's list said "active" while the
    // mail left unsigned.
    const auto keys = DkimAdmin(dataDir).keysCheckedForSigning(domain);
    if (!keys)
        return out.error(ExitFailure, keys.error());
    QJsonArray listed = keysJson(keys.value());
    QList<QStringList> rows = keyRows(keys.value());
    for (qsizetype i = 0; i < keys->size(); ++i) {
        const DkimKeyRecord& key = keys->at(i);
        if (key.cannotSign.isEmpty())
            continue;
        QJsonObject object = listed[i].toObject();
        object.insert(QStringLiteral("cannot_sign"), key.cannotSign);
        listed[i] = object;
        rows[i][3] = QStringLiteral("active, CANNOT SIGN");
        out.warning(QStringLiteral("the DKIM key %1 of %2 cannot sign (%3): mail from %2 leaves without its "
                                   "signature; 'relaydesk dkim rotate %2' makes new keys")
                        .arg(key.selector, ReadableAddress::domain(key.domain), key.cannotSign));
    }
    out.json(listed);
    if (keys->isEmpty())
        out.line(QStringLiteral("No DKIM keys yet. Create them with 'relaydesk dkim enable DOMAIN'."));
    else
        out.table(keyHeader, rows);
    return ExitOk;
}

int records(const QString& dataDir, const QString& domain, const QString& reportAddress, const CliOutput& out)
{
    const auto name = DkimAdmin::normalizeDomain(domain);
    if (!name)
        return out.error(ExitUsage, name.error());
    if (const QString problem = DkimAdmin::reportAddressProblem(reportAddress); !problem.isEmpty())
        return out.error(ExitUsage, problem); // bad input, as a bad domain is
    const auto found = DkimAdmin(dataDir).records(name.value(), reportAddress);
    if (!found)
        return out.error(ExitFailure, found.error());
    QJsonArray array;
    for (const SenderDnsRecord& record : found.value()) {
        QJsonObject object{{QStringLiteral("kind"), record.kind},
                           {QStringLiteral("name"), record.name},
                           {QStringLiteral("type"), QStringLiteral("TXT")},
                           {QStringLiteral("value"), record.value},
                           {QStringLiteral("strings"), QJsonArray::fromStringList(record.strings())},
                           {QStringLiteral("note"), record.note}};
        if (record.kind == QLatin1String("dkim")) {
            object.insert(QStringLiteral("selector"), record.selector);
            object.insert(QStringLiteral("algorithm"), record.algorithm);
            object.insert(QStringLiteral("state"), record.state);
            object.insert(QStringLiteral("retire_at"), record.retireAt > 0
                                                           ? CliOutput::timeJson(record.retireAt)
                                                           : QJsonValue(QJsonValue::Null));
        }
        array.append(object);
    }
    out.json(QJsonObject{{QStringLiteral("domain"), name.value()}, {QStringLiteral("records"), array}});
    for (const SenderDnsRecord& record : found.value()) {
        QString what = record.kind.toUpper();
        if (record.kind == QLatin1String("dkim"))
            what += QStringLiteral(" (%1, %2)").arg(record.algorithm, record.state);
        out.line(QStringLiteral("; ") + what);
        if (!record.note.isEmpty())
            out.line(QStringLiteral("; ") + record.note);
        // Published as it is, a placeholder breaks SPF for every message: commented out until replaced.
        if (record.hasPlaceholder())
            out.line(
                QStringLiteral("; replace the placeholder first; until then this line is a comment:\n; ") +
                record.absoluteZoneLine());
        else
            out.line(record.absoluteZoneLine()); // absolute, as a zone file takes it (and Copy records gives)
        out.line();
    }
    return ExitOk;
}

// The verbs both groups share, by the dkim group's names.
int run(const QString& dataDir, const QString& verb, const CliArgs& args, const CliOutput& out)
{
    const QString domain = args.positional.value(0);
    const QStringList algorithm = args.values(QStringLiteral("--algorithm"));
    if (verb == QLatin1String("enable") || verb == QLatin1String("rotate"))
        return makeKeys(dataDir, domain, algorithm.value(0), verb == QLatin1String("rotate"), out);
    if (verb == QLatin1String("disable"))
        return disable(dataDir, domain, out);
    if (verb == QLatin1String("list"))
        return listDkimKeys(dataDir, args.positional, out);
    return records(dataDir, domain, args.values(QStringLiteral("--rua")).value(0), out);
}

int dispatch(const char* group, std::span<const CliVerb> verbs, const QString& dataDir,
             const QStringList& args, const CliOutput& out, const QString& verbAs)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(verbs, verb);
    if (!found)
        return out.error(ExitUsage, CliVerb::unknown(group, verb, verbs));
    QStringList valueOptions;
    if (verbAs == QLatin1String("enable") || verbAs == QLatin1String("rotate"))
        valueOptions << QStringLiteral("--algorithm");
    if (verbAs == QLatin1String("records"))
        valueOptions << QStringLiteral("--rua");
    const auto parsed = CliArgs::parse(args.mid(1), valueOptions);
    if (!parsed)
        return out.error(ExitUsage,
                         QStringLiteral("%1 %2: %3").arg(QLatin1String(group), verb, parsed.error()));
    if (verbAs != QLatin1String("list")) {
        if (const QString problem = found->checkArguments(parsed->positional); !problem.isEmpty())
            return out.error(ExitUsage, QStringLiteral("%1 %2: %3").arg(QLatin1String(group), verb, problem));
    }
    for (const QString& option : valueOptions) {
        if (parsed->values(option).size() > 1)
            return out.error(ExitUsage,
                             QStringLiteral("%1 %2: %3 given twice").arg(QLatin1String(group), verb, option));
    }
    return run(dataDir, verbAs, parsed.value(), out);
}

} // namespace

QList<CliVerb> dkimVerbList()
{
    return CliVerb::list(dkimVerbs);
}

int runDkimCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    return dispatch("dkim", dkimVerbs, dataDir, args, out, args.value(0));
}

bool isDomainDkimVerb(const QString& verb)
{
    return CliVerb::find(domainDkimVerbTable, verb) != nullptr;
}

QList<CliVerb> domainDkimVerbs()
{
    return CliVerb::list(domainDkimVerbTable);
}

int runDomainDkimCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const QString as = verb == QLatin1String("dkim")          ? QStringLiteral("enable")
                       : verb == QLatin1String("rotate-dkim") ? QStringLiteral("rotate")
                                                              : verb;
    return dispatch("domain", domainDkimVerbTable, dataDir, args, out, as);
}

} // namespace RelayDesk
