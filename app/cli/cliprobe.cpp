#include "app/cli/cliprobe.h"

#include "core/admin/routeadmin.h"

#include <QJsonArray>
#include <QJsonObject>

namespace RelayDesk {

namespace {

QString signTag(RoadSign sign)
{
    switch (sign) {
    case RoadSign::Green:
        return QStringLiteral("[ ok ]");
    case RoadSign::Yellow:
        return QStringLiteral("[warn]");
    case RoadSign::Red:
        break;
    }
    return QStringLiteral("[FAIL]");
}

/// The command line's words for the window's "CA file" and "pin" in a certificate's advice.
QString adviceOptions(const ProbeStep& step)
{
    if (step.kind != ProbeStep::Kind::Certificate)
        return {};
    return QStringLiteral(" (smarthost set or route add: --ca-file FILE or --fingerprint SHA256:HEX)");
}

void printStep(const ProbeStep& step, const CliOutput& out)
{
    out.line(QStringLiteral("%1 %2: %3").arg(signTag(step.sign), step.title, step.summary));
    for (const QString& detail : step.details)
        out.line(QStringLiteral("       ") + detail);
    if (!step.advice.isEmpty())
        out.line(QStringLiteral("       What to do: %1%2").arg(step.advice, adviceOptions(step)));
}

QJsonObject peerCertificateJson(const PeerCertificateInfo& info)
{
    return QJsonObject{{QStringLiteral("subject"), info.subject},
                       {QStringLiteral("issuer"), info.issuer},
                       {QStringLiteral("names"), QJsonArray::fromStringList(info.alternativeNames)},
                       {QStringLiteral("not_before"), CliOutput::timeJson(info.notBefore)},
                       {QStringLiteral("not_after"), CliOutput::timeJson(info.notAfter)},
                       {QStringLiteral("sha256"), info.sha256},
                       {QStringLiteral("verified"), info.verified},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(info.problems)},
                       {QStringLiteral("chain"), QJsonArray::fromStringList(info.chain)},
                       {QStringLiteral("checked_against"), info.checkedAgainst},
                       {QStringLiteral("verdict"), info.verdict}};
}

QJsonObject reportJson(const ProbeReport& report)
{
    QJsonArray steps;
    for (const ProbeStep& step : report.steps)
        steps.append(QJsonObject{{QStringLiteral("step"), ProbeStep::kindName(step.kind)},
                                 {QStringLiteral("title"), step.title},
                                 {QStringLiteral("sign"), ReplyCatalog::signName(step.sign)},
                                 {QStringLiteral("summary"), step.summary},
                                 {QStringLiteral("details"), QJsonArray::fromStringList(step.details)},
                                 {QStringLiteral("advice"), step.advice}});
    QJsonObject json{{QStringLiteral("target"), report.target},
                     {QStringLiteral("sign"), ReplyCatalog::signName(report.sign())},
                     {QStringLiteral("ok"), report.sign() != RoadSign::Red && !report.cancelled},
                     {QStringLiteral("steps"), steps},
                     {QStringLiteral("transcript"), QString::fromUtf8(report.transcript)},
                     {QStringLiteral("duration_ms"), report.durationMs}};
    json.insert(QStringLiteral("certificate"),
                report.certificate ? QJsonValue(peerCertificateJson(*report.certificate)) : QJsonValue());
    return json;
}

} // namespace

int runConnectionTest(const QString& what, const Expected<ProbePlan>& plan, const CliOutput& out)
{
    if (!plan)
        return out.error(ExitFailure, QStringLiteral("%1: %2").arg(what, plan.error()));
    out.line(QStringLiteral("Testing %1 (no mail is sent)").arg(plan->target));
    qsizetype printed = 0;
    const ProbeReport report = RouteAdmin::testConnection(plan.value(), [&](const ProbeReport& soFar) {
        for (; printed < soFar.steps.size(); ++printed)
            printStep(soFar.steps[printed], out);
    });
    for (; printed < report.steps.size(); ++printed)
        printStep(report.steps[printed], out);
    out.json(reportJson(report));
    out.line();
    out.line(QStringLiteral("Transcript:"));
    for (const QByteArray& line : report.transcript.split('\n')) {
        if (!line.trimmed().isEmpty())
            out.line(QStringLiteral("  ") + QString::fromUtf8(line.trimmed()));
    }
    if (const ProbeStep* failure = report.firstFailure())
        return out.error(ExitFailure,
                         QStringLiteral("%1: %2 failed: %3").arg(what, failure->title, failure->summary));
    out.line();
    out.line(report.sign() == RoadSign::Green
                 ? QStringLiteral("All steps passed.")
                 : QStringLiteral("Usable, with warnings (see the steps marked [warn])."));
    return ExitOk;
}

} // namespace RelayDesk
