// relaydesk config ...: the relay's settings, validated by their definitions.
#include "app/cli/cliapply.h"
#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "app/cli/clilistenerwarning.h"
#include "app/cli/clinearest.h"
#include "app/cli/clismarthostwarning.h"
#include "app/cli/cliverb.h"
#include "core/admin/certificateadmin.h"
#include "core/admin/nodeadmin.h"
#include "core/admin/queueadmin.h"
#include "core/admin/settingsadmin.h"
#include "core/control/controlclient.h"
#include "core/engine/controlcodec.h"
#include "core/store/enginelock.h"
#include "core/store/settingorder.h"
#include "core/store/storeaddress.h"
#include "core/util/clock.h"
#include "core/util/serviceaccess.h"
#include "core/util/settingunits.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace RelayDesk {

namespace {

const CliVerb configVerbTable[] = {
    {"get", 1, "config get KEY"},
    {"set", 2, "config set KEY VALUE [KEY VALUE]..."},
    {"list", 0, "config list"},
    {"reset", 1, "config reset KEY [KEY]..."},
};

QJsonObject settingJson(const SettingInfo& setting)
{
    return QJsonObject{
        {QStringLiteral("key"), setting.key},
        {QStringLiteral("value"), setting.value},
        {QStringLiteral("default"), setting.defaultValue},
        {QStringLiteral("is_default"), setting.isDefault()},
        {QStringLiteral("description"), setting.description},
    };
}

QString unknownSetting(const QString& key)
{
    QStringList keys;
    for (const SettingInfo& setting : SettingsAdmin::definitions())
        keys << setting.key;
    return QStringLiteral("unknown setting '%1'%2 (see 'relaydesk config list')")
        .arg(key, CliNearest::suggestion(key, keys));
}

/// A value as the command line shows it: an empty one as "", so that "key = " never looks cut off.
QString configValueText(const QString& value)
{
    return value.isEmpty() ? QStringLiteral("\"\"") : value;
}

/// What 0 means for a setting whose description says it ("...; 0: off", "(0: never)"), else empty.
QString zeroMeaning(const QString& description)
{
    static const QRegularExpression said(QStringLiteral("\\b0: ([^);]+)"));
    return said.match(description).captured(1).trimmed();
}

/// How a person says a value: "6 days" for 518400, "never" for a 0 that turns a thing off (an outside
/// tester read "0 (0 s)" for a delay notice never sent); empty where the number says it all.
QString humanValue(const SettingInfo& setting, const QString& value)
{
    const QString zero = value == QLatin1String("0") ? zeroMeaning(setting.description) : QString();
    return zero.isEmpty() ? SettingUnits::humanForm(setting.kind, value) : zero;
}

/// A value as config list shows it: "518400 (6 days)", "0 (never)", "\"\"" for an empty one.
QString shownValue(const SettingInfo& setting, const QString& value)
{
    const QString human = humanValue(setting, value);
    return human.isEmpty() || value.isEmpty() ? configValueText(value)
                                              : QStringLiteral("%1 (%2)").arg(value, human);
}

/// The command that sets this node's own value of a node key.
QString ownValueCommand(const QString& key)
{
    return key == QLatin1String("server.hostname")
               ? QStringLiteral("relaydesk node hostname")
               : QStringLiteral("relaydesk node listen %1").arg(key.section(QLatin1Char('.'), 1, 1));
}

int listSettings(const SettingsAdmin& settings, const NodeAdmin& node, const CliOutput& out)
{
    const auto all = settings.list();
    if (!all)
        return out.error(ExitFailure, all.error());
    QJsonArray array;
    QList<QStringList> rows;
    const QMap<QString, QString> ownValues = node.ownValues(); // node.conf, read once for the whole list
    for (const SettingInfo& setting : all.value()) {
        // A value this node keeps of its own (a listener moved with "node listen", a name set with "node
        // hostname") looked like the shared one (an outside tester).
        QJsonObject json = settingJson(setting);
        const bool own = !ownValues.value(setting.key).isEmpty();
        json.insert(QStringLiteral("this_node_only"), own);
        array.append(json);
        // "432000 (5 days)": the stored number, and how a person would say it.
        const QString shown = shownValue(setting, setting.value);
        const QString mark = own                   ? QStringLiteral("(this node)")
                             : setting.isDefault() ? QStringLiteral("(default)")
                                                   : QString();
        rows << QStringList{setting.key, shown, mark, setting.description};
    }
    out.json(array);
    out.table({QStringLiteral("KEY"), QStringLiteral("VALUE"), QString(), QStringLiteral("DESCRIPTION")},
              rows);
    return ExitOk;
}

/// A change refused that touched one half of the certificate pair, or emptied one: the commands that change
/// both (the store's message says "in one change", the command line shows how).
QString pairHint(const QList<std::pair<QString, QString>>& changes)
{
    // The first pair and the second one (tls.second_certificate, tls.second_key) alike.
    for (const QString& prefix : {QStringLiteral("tls."), QStringLiteral("tls.second_")}) {
        const QString certificateName = prefix + QStringLiteral("certificate");
        const QString keyName = prefix + QStringLiteral("key");
        bool certificate = false;
        bool key = false;
        bool emptied = false;
        for (const auto& [name, value] : changes) {
            const bool half = name == certificateName || name == keyName;
            certificate = certificate || name == certificateName;
            key = key || name == keyName;
            emptied = emptied || (half && value.isEmpty());
        }
        if (certificate != key || emptied)
            return QStringLiteral(" (relaydesk config set %1 CERT %2 KEY, or relaydesk config reset %1 %2)")
                .arg(certificateName, keyName);
    }
    return {};
}

/// A change refused because two durations would contradict each other: nothing was stored, and how to get
/// both where they were meant to be (an outside tester's reset of the session limit was refused without a
/// word on what to do).
QString orderHint(const QString& problem, const QStringList& changed, bool reset)
{
    const auto pairs = SettingOrder::pairsNamedIn(problem);
    if (pairs.isEmpty())
        return {};
    const auto [shorter, longer] = pairs.first(); // the others are said as this one is fixed
    const QString other = changed.contains(shorter) ? longer : shorter;
    const QString why = reset ? QStringLiteral(" (a reset goes back to the default)") : QString();
    if (changed.contains(other))
        return QStringLiteral("; nothing was changed");
    return QStringLiteral("; nothing was changed%1: change %2 first, or set both in one command (relaydesk "
                          "config set %3 VALUE %4 VALUE)")
        .arg(why, other, shorter, longer);
}

/// A give-up time shortened below the delay notice is taken (refusing it would make every shortening a
/// two-step change), but said: no delay notice is sent then (an outside tester read the silence as a check
/// made in one direction only).
void delayNoticeWarning(const SettingsAdmin& settings, const QStringList& changed, const CliOutput& out)
{
    const QString notice = QStringLiteral("delivery.delay_notice_after");
    const QString giveUp = QStringLiteral("delivery.give_up_after");
    if (!changed.contains(giveUp) && !changed.contains(notice))
        return;
    const qint64 noticeAfter = settings.value(notice).toLongLong();
    const qint64 giveUpAfter = settings.value(giveUp).toLongLong();
    if (noticeAfter == 0 || noticeAfter <= giveUpAfter)
        return;
    out.warning(
        QStringLiteral("%1 (%2) is shorter than %3 (%4): a message is bounced before its delay notice "
                       "would be sent, so none is sent ('relaydesk config set %3 0' says so)")
            .arg(giveUp, SettingOrder::spokenSeconds(giveUpAfter), notice,
                 SettingOrder::spokenSeconds(noticeAfter)));
}

/// A shorter give-up time bounces the waiting mail older than it at once, each sender told: said with how
/// many messages (an outside tester's two waiting messages bounced within a second, without a word).
void giveUpSoonerWarning(const QString& dataDir, const QMap<QString, QString>& before,
                         const QList<std::pair<QString, QString>>& values, const CliOutput& out)
{
    const QString key = QStringLiteral("delivery.give_up_after");
    for (const auto& [changed, value] : values) {
        if (changed != key || value.toLongLong() >= before.value(key).toLongLong())
            continue;
        const auto older = QueueAdmin(dataDir).waitingSince(nowMs() - value.toLongLong() * 1000);
        if (older && older->messages > 0)
            out.warning(QStringLiteral("%1 message(s) in the queue were received more than %2 ago: their "
                                       "recipients still waiting bounce now (4.4.7), and each sender gets a "
                                       "bounce notice")
                            .arg(older->messages)
                            .arg(SettingOrder::spokenSeconds(value.toLongLong())));
        if (older && older->notices > 0)
            out.warning(
                QStringLiteral("%1 of the relay's own bounce or delay notices waiting in the queue were "
                               "queued more than %2 ago: they are dropped now (a notice that fails is "
                               "never answered with another)")
                    .arg(older->notices)
                    .arg(SettingOrder::spokenSeconds(value.toLongLong())));
    }
}

/// The settings the running relay says wait for a restart, with the value it runs with; nullopt when it
/// cannot be asked (its control channel belongs to another user, or it is starting).
std::optional<QMap<QString, QString>> waitingForRestart(const QString& dataDir)
{
    ControlClient client;
    if (!client.connectTo(dataDir))
        return std::nullopt;
    const ControlClient::Reply status = client.call(QStringLiteral("status"), {}, 5000);
    if (!status)
        return std::nullopt;
    QMap<QString, QString> waiting;
    const QJsonArray pending = status->value(controlKey("pending_restart")).toArray();
    for (const PendingRestart& setting : ControlCodec::pendingRestartFrom(pending))
        waiting.insert(setting.key, setting.running);
    return waiting;
}

/// A setting the running relay reads only at start (engine.worker_threads): say so on stderr, or the change
/// would seem applied (docs/operations.md, "Apply without restart"). Nothing to say for a value set back to
/// the one the relay runs with.
void restartHint(const QString& dataDir, const QStringList& keys, const CliOutput& out)
{
    const std::optional<EngineLockHolder> holder = EngineLock::holder(dataDir);
    if (!holder)
        return; // the next start uses it
    QStringList readAtStart;
    for (const QString& key : keys) {
        const auto definition = SettingsAdmin::definition(key);
        if (definition && definition->needsRestart)
            readAtStart << key;
    }
    if (readAtStart.isEmpty())
        return;
    // The engine's status reads the store as it is now, so it already knows this change.
    const std::optional<QMap<QString, QString>> waiting = waitingForRestart(dataDir);
    for (const QString& key : readAtStart) {
        if (waiting && !waiting->contains(key))
            continue;
        const bool service = holder->face == EngineFace::Service;
        const QString runsWith =
            waiting ? QStringLiteral(" (it runs with %1)").arg(waiting->value(key)) : QString();
        out.warning(
            QStringLiteral("%1 takes effect when the relay restarts: the %2 keeps using its value%3 until "
                           "then (relaydesk reload and SIGHUP do not apply it); restart it with %4")
                .arg(key, holder->description(), runsWith,
                     service ? QStringLiteral("systemctl restart relaydesk (or stop and start "
                                              "relaydesk --headless)")
                             : QStringLiteral("Restart relay on the window's Settings page")));
    }
}

/// The fingerprint of the certificate the listeners present now (empty if none).
QString certificateFingerprint(const QString& dataDir)
{
    const auto current = CertificateAdmin(dataDir).current();
    return current ? current->fingerprint : QString();
}

/// A certificate file of the admin's (tls.certificate, tls.key) set: which one the listeners use, and, when
/// it runs out within 30 days, when (an outside tester's certificate of 5 days was taken without a word, and
/// the note said the relay had made its own again).
void ownCertificateNote(const QString& dataDir, const QString& before, bool applied, const CliOutput& out)
{
    const auto current = CertificateAdmin(dataDir).current();
    if (!current || current->generated || current->certificatePath.isEmpty())
        return;
    const qint64 daysLeft = QDateTime::currentDateTimeUtc().daysTo(current->expiry.toUTC());
    if (applied && !current->fingerprint.isEmpty() && current->fingerprint != before)
        out.note(
            QStringLiteral("the running relay presents %1 (SHA-256 %2, expires %3) to new connections; "
                           "clients that trust only the certificate before need this one")
                .arg(current->certificatePath, current->fingerprint, CliOutput::timeText(current->expiry)));
    if (const QString exposed = CertificateAdmin::keyExposure(current->keyPath); !exposed.isEmpty())
        out.warning(exposed);
    if (current->problem.isEmpty() && daysLeft <= 30)
        out.warning(QStringLiteral("%1 expires %2 (in %3 days): renew it before then, or clients refuse the "
                                   "relay's TLS")
                        .arg(current->certificatePath, CliOutput::timeText(current->expiry))
                        .arg(daysLeft));
}

/// A new hostname, or a listener moved to an address the relay's generated certificate did not name, had the
/// running relay make its certificate again (applied before this command returned): clients that trust the
/// exported one must be given the new one (an outside tester's clients refused the relay, and nothing had
/// said why).
void certificateNote(const QString& dataDir, const QString& before, const QStringList& keys, bool applied,
                     const CliOutput& out)
{
    if (keys.contains(QStringLiteral("tls.certificate")) || keys.contains(QStringLiteral("tls.key")) ||
        keys.contains(QStringLiteral("tls.second_certificate")) ||
        keys.contains(QStringLiteral("tls.second_key")))
        return ownCertificateNote(dataDir, before, applied, out);
    if (!applied || before.isEmpty())
        return;
    const QString after = certificateFingerprint(dataDir);
    if (!after.isEmpty() && after != before)
        out.warning(
            QStringLiteral("the relay made its certificate again to name its new hostname or listener "
                           "address (SHA-256 %1): clients that trust the exported certificate refuse it "
                           "until they are given the new one (relaydesk tls export FILE)")
                .arg(after));
}

/// Delivery turned off while a relay runs: what is under way completes.
void deliveryOffNote(const QString& dataDir, const SettingsAdmin& settings, const QStringList& changed,
                     bool applied, const CliOutput& out)
{
    const QString key = QStringLiteral("delivery.enabled");
    if (!changed.contains(key) || settings.value(key) != QLatin1String("false"))
        return;
    if (EngineLock::holder(dataDir))
        out.warning(applied
                        ? QStringLiteral("the running relay has stopped delivering; a delivery already under "
                                         "way completes")
                        : QStringLiteral("the running relay stops delivering within about a second (its log "
                                         "says config_applied); a delivery already under way completes"));
    // The other nodes of a shared store read the change at their next look (a quarter of a second): this
    // command waited only for this directory's relay, and a message sent to another node at once still left
    // (an outside tester).
    // Only a shared store has other nodes; asking a SQLite one would give this directory a node id it has
    // no use for.
    const auto store = StoreAddress::ofDataDir(dataDir);
    if (!store || !store->isPostgreSql())
        return;
    const auto nodes = NodeAdmin(dataDir).nodes();
    if (!nodes)
        return;
    QStringList others;
    for (const NodeRow& node : nodes.value()) {
        if (node.alive && !node.self)
            others << node.name;
    }
    if (!others.isEmpty())
        out.warning(
            QStringLiteral("the other nodes of the store (%1) stop delivering within about a second; a "
                           "delivery already under way there completes")
                .arg(others.join(QStringLiteral(", "))));
}

/// A listener this node moved with "node listen" keeps its own address (and a host name set with "node
/// hostname" its own name): say so, or a set or reset of the
/// shared one would seem to have been ignored. Returns the keys this node keeps its own value of.
QSet<QString> warnOwnListenerAddresses(const QStringList& keys, const NodeAdmin& node, const CliOutput& out)
{
    QSet<QString> ownHere;
    for (const QString& key : keys) {
        const QString own = node.ownAddress(key);
        if (own.isEmpty())
            continue;
        ownHere.insert(key);
        if (key == QLatin1String("server.hostname"))
            out.warning(
                QStringLiteral("this node keeps its own host name %1 (set with relaydesk node hostname); "
                               "server.hostname applies to the other nodes; relaydesk node hostname \"\" "
                               "makes this one follow it")
                    .arg(own));
        else
            out.warning(
                QStringLiteral("this node's %1 listener keeps %2 (set with relaydesk node listen); %3 "
                               "applies to the other nodes; relaydesk node listen %1 \"\" makes this "
                               "one follow it")
                    .arg(key.section(QLatin1Char('.'), 1, 1), own, key));
    }
    return ownHere;
}

/// A file named for the relay (a certificate, a key, a CA file) that the relay running on the data directory
/// cannot read: the command runs as the admin, the service as its own user (an outside tester's CA file in
/// his home passed the connection test and failed every delivery).
void fileAccessWarnings(const QString& dataDir, const SettingsAdmin& settings, const QStringList& keys,
                        const CliOutput& out)
{
    for (const QString& key : keys) {
        const auto definition = SettingsAdmin::definition(key);
        if (!definition || !definition->filePath)
            continue;
        const auto stored = settings.get(key);
        if (!stored)
            continue;
        if (const QString problem = ServiceAccess::readProblem(dataDir, stored->value); !problem.isEmpty())
            out.warning(QStringLiteral("%1: %2").arg(key, problem));
        if (key == QLatin1String("delivery.smarthost_ca_file") || key == QLatin1String("tls.trust_file")) {
            if (const QString problem = ServiceAccess::trustFileProblem(stored->value); !problem.isEmpty())
                out.warning(QStringLiteral("%1: %2").arg(key, problem));
        }
    }
}

int setSettings(const QString& dataDir, SettingsAdmin& settings, const NodeAdmin& node,
                const QStringList& words, const CliOutput& out)
{
    QList<std::pair<QString, QString>> values;
    QStringList keys;
    for (qsizetype i = 0; i + 1 < words.size(); i += 2) {
        const QString& key = words[i];
        const auto definition = SettingsAdmin::definition(key);
        if (!definition)
            return out.error(ExitUsage, unknownSetting(key));
        if (keys.contains(key))
            return out.error(
                ExitUsage,
                QStringLiteral("config set: %1 given more than once (give each setting once)").arg(key));
        keys << key;
        // "15m", "5d", "25MB": stored as seconds, days or octets.
        const QString& typed = words[i + 1];
        const QString value = SettingUnits::toStored(definition->kind, typed);
        // Checked here too, so that a bad value is a usage error (2) and only a refusal of the whole is 1.
        if (QString problem = SettingsAdmin::problem(key, value); !problem.isEmpty()) {
            if (value != typed)
                problem += QStringLiteral(" (typed as '%1')").arg(typed);
            if (const QString hint = SettingUnits::unitHint(definition->kind); !hint.isEmpty())
                problem += QStringLiteral(" (%1)").arg(hint);
            return out.error(ExitUsage, problem);
        }
        values.append({key, value});
    }
    const QString certificateBefore = certificateFingerprint(dataDir);
    QMap<QString, QString> before;
    for (const QString& key : std::as_const(keys))
        before.insert(key, settings.value(key));
    const QMap<QString, QString> listeningBefore = ListenerWarning::listeningNow(dataDir, keys);
    const SmarthostWarning::Exceptions exceptionsBefore = SmarthostWarning::exceptions(settings);
    const Status status = settings.set(values);
    if (!status)
        return out.error(ExitFailure,
                         status.error() + pairHint(values) + orderHint(status.error(), keys, false));
    const bool applied = CliApply::inRunningRelay(dataDir);
    certificateNote(dataDir, certificateBefore, keys, applied, out);
    SmarthostWarning::afterConfigSet(dataDir, values, out);
    SmarthostWarning::exceptionsEnded(exceptionsBefore, SmarthostWarning::exceptions(settings), out);
    delayNoticeWarning(settings, keys, out);
    giveUpSoonerWarning(dataDir, before, values, out);
    const QSet<QString> ownHere = warnOwnListenerAddresses(keys, node, out);
    restartHint(dataDir, keys, out);
    deliveryOffNote(dataDir, settings, keys, applied, out);
    const int listenersDown = ListenerWarning::afterChange(dataDir, keys, node, out, listeningBefore);
    fileAccessWarnings(dataDir, settings, keys, out);
    // 0 reads as "no limit" to many; it means "keep nothing" (an outside tester's whole log went at the next
    // purge, today's included).
    for (const auto& [key, value] : values) {
        if (key == QLatin1String("retention.log") && value == QLatin1String("0"))
            out.warning(
                QStringLiteral("retention.log 0 keeps no delivery log: the next purge (within the hour, or "
                               "relaydesk log purge) removes every attempt, transcript and security event "
                               "of mail no longer queued, today's included; give a number of days to keep "
                               "them (the default is 90)"));
    }
    QJsonArray array;
    for (const auto& [key, value] : values) {
        // A file's name as stored: absolute; the shared value even where this node keeps its own.
        const auto stored = settings.get(key);
        if (!stored) {
            out.line(QStringLiteral("%1 = %2").arg(key, configValueText(value)));
            array.append(QJsonValue());
            continue;
        }
        SettingInfo shown = stored.value();
        if (ownHere.contains(key))
            shown.value = value;
        // As config list says it: "518400 (6 days)" for a typed "6d"; and what it replaced, so that a
        // mistyped key or value can be put back. Where this node keeps its own value, what it replaced is
        // the other nodes' value, which this node does not read: the warning above says what this one keeps.
        const QString was = before.value(key);
        const QString replaced = ownHere.contains(key) ? QString()
                                 : was == shown.value
                                     ? QStringLiteral(" (unchanged)")
                                     : QStringLiteral(" (was %1)").arg(shownValue(shown, was));
        out.line(QStringLiteral("%1 = %2%3").arg(key, shownValue(shown, shown.value), replaced));
        array.append(settingJson(shown));
    }
    out.json(values.size() == 1 ? QJsonValue(array.first()) : QJsonValue(array));
    return listenersDown > 0 ? ExitFailure : ExitOk;
}

int reset(SettingsAdmin& settings, const QStringList& keys, const CliOutput& out, const QString& dataDir)
{
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (!SettingsAdmin::definition(keys[i]))
            return out.error(ExitUsage, unknownSetting(keys[i]));
        if (keys.indexOf(keys[i]) < i)
            return out.error(ExitUsage, QStringLiteral("config reset: %1 given more than once").arg(keys[i]));
    }
    const QString certificateBefore = certificateFingerprint(dataDir);
    const QMap<QString, QString> listeningBefore = ListenerWarning::listeningNow(dataDir, keys);
    const SmarthostWarning::Exceptions exceptionsBefore = SmarthostWarning::exceptions(settings);
    const Status status = settings.reset(keys);
    if (!status) {
        QList<std::pair<QString, QString>> reset;
        for (const QString& key : keys)
            reset.append({key, QString()});
        return out.error(ExitFailure,
                         status.error() + pairHint(reset) + orderHint(status.error(), keys, true));
    }
    certificateNote(dataDir, certificateBefore, keys, CliApply::inRunningRelay(dataDir), out);
    SmarthostWarning::exceptionsEnded(exceptionsBefore, SmarthostWarning::exceptions(settings), out);
    delayNoticeWarning(settings, keys, out);
    // As after a set: a reset can move or enable a listener of the running relay.
    const NodeAdmin node(dataDir);
    warnOwnListenerAddresses(keys, node, out);
    restartHint(dataDir, keys, out);
    const int listenersDown = ListenerWarning::afterChange(dataDir, keys, node, out, listeningBefore);
    QJsonArray array;
    for (const QString& key : keys) {
        const auto setting = settings.get(key);
        if (!setting)
            return out.error(ExitFailure, setting.error());
        const QString human = humanValue(setting.value(), setting->defaultValue);
        out.line(human.isEmpty() || setting->defaultValue.isEmpty()
                     ? QStringLiteral("%1 = %2 (default)").arg(key, configValueText(setting->defaultValue))
                     : QStringLiteral("%1 = %2 (%3, the default)").arg(key, setting->defaultValue, human));
        array.append(settingJson(setting.value()));
    }
    out.json(keys.size() == 1 ? QJsonValue(array.first()) : QJsonValue(array));
    return listenersDown > 0 ? ExitFailure : ExitOk;
}

} // namespace

QList<CliVerb> configVerbs()
{
    return CliVerb::list(configVerbTable);
}

int runConfigCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(configVerbTable, verb);
    if (!found)
        return out.error(ExitUsage, CliVerb::unknown("config", verb, configVerbTable));
    const auto parsed = CliArgs::parse(args.mid(1), {});
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("config %1: %2").arg(verb, parsed.error()));
    // "set" takes several KEY VALUE pairs, stored together or not at all (tls.certificate with tls.key).
    const QStringList& words = parsed->positional;
    const bool pairs = verb == QLatin1String("set") && words.size() > 2 && words.size() % 2 == 0;
    // "reset" takes several keys the same way (tls.certificate with tls.key).
    const bool severalKeys = verb == QLatin1String("reset") && words.size() > 1;
    // "25 MB" or "5 minutes" as two words: said as such, not as an unexpected argument 'MB' (an outside
    // tester).
    // "25 000 000" as three words, the way German and French group digits: read as 25 and a key "000" (an
    // outside tester was told to type 25MB).
    if (verb == QLatin1String("set") && words.size() >= 3) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        for (qsizetype i = 1; i + 1 < words.size(); i += 2) {
            if (!digits.match(words[i]).hasMatch() || !digits.match(words[i + 1]).hasMatch())
                continue;
            QString joined = words[i];
            for (qsizetype j = i + 1; j < words.size() && digits.match(words[j]).hasMatch(); ++j)
                joined += words[j];
            return out.error(ExitUsage,
                             QStringLiteral("config set: write the number as one word, without spaces: '%1' "
                                            "(relaydesk config list shows each setting's units)")
                                 .arg(joined));
        }
    }
    if (verb == QLatin1String("set") && words.size() % 2 == 1 && words.size() >= 3) {
        static const QRegularExpression number(QStringLiteral("^[0-9]+([.,][0-9]+)?$"));
        static const QRegularExpression unit(QStringLiteral("^[A-Za-z]{1,8}$"));
        for (qsizetype i = 1; i + 1 < words.size(); i += 2) {
            if (number.match(words[i]).hasMatch() && unit.match(words[i + 1]).hasMatch())
                return out.error(
                    ExitUsage,
                    QStringLiteral("config set: write the number and its unit as one word, without a "
                                   "space: '%1%2' (relaydesk config list shows each setting's units)")
                        .arg(words[i], words[i + 1]));
        }
    }
    if (const QString problem = found->checkArguments(pairs         ? words.mid(0, 2)
                                                      : severalKeys ? words.mid(0, 1)
                                                                    : words);
        !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("config %1: %2").arg(verb, problem));

    SettingsAdmin settings(dataDir);
    if (verb == QLatin1String("list"))
        return listSettings(settings, NodeAdmin(dataDir), out);
    if (verb == QLatin1String("set"))
        return setSettings(dataDir, settings, NodeAdmin(dataDir), words, out);
    if (verb == QLatin1String("reset"))
        return reset(settings, words, out, dataDir);
    const QString& key = parsed->positional[0];
    if (!SettingsAdmin::definition(key))
        return out.error(ExitUsage, unknownSetting(key));
    const auto setting = settings.get(key);
    if (!setting)
        return out.error(ExitFailure, setting.error());
    out.line(setting->value);
    QJsonObject json = settingJson(setting.value());
    const bool own = !NodeAdmin(dataDir).ownAddress(key).isEmpty();
    json.insert(QStringLiteral("this_node_only"), own);
    if (own)
        out.warning(QStringLiteral("this node's own value (set with %1); the other nodes use the shared %2")
                        .arg(ownValueCommand(key), key));
    out.json(json);
    return ExitOk;
}

} // namespace RelayDesk
