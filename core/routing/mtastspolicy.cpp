#include "core/routing/mtastspolicy.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace RelayDesk {

QString MtaStsPolicy::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Enforce:
        return QStringLiteral("enforce");
    case Mode::Testing:
        return QStringLiteral("testing");
    case Mode::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<MtaStsPolicy::Mode> MtaStsPolicy::parseMode(const QString& name)
{
    for (Mode mode : {Mode::Enforce, Mode::Testing, Mode::None}) {
        if (name == modeName(mode))
            return mode;
    }
    return std::nullopt;
}

Expected<MtaStsPolicy> MtaStsPolicy::parse(const QByteArray& body)
{
    const auto fail = [](const QString& why) { return Expected<MtaStsPolicy>::failure(why); };
    MtaStsPolicy policy;
    policy.text = body;
    bool haveVersion = false, haveMode = false, haveMaxAge = false;
    // RFC 8461 3.2: sts-policy-field = sts-policy-version / ... / sts-policy-extension; the keys are
    // case-sensitive; values are trimmed of surrounding whitespace.
    static const QRegularExpression mxPattern(QStringLiteral(
        "^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$"));
    const QList<QByteArray> lines = body.split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(QStringLiteral("malformed line '%1'").arg(QString::fromUtf8(line.left(80))));
        const QByteArray key = line.left(colon);
        const QString value = QString::fromUtf8(line.mid(colon + 1)).trimmed();
        if (key == "version") {
            if (value != QLatin1String("STSv1"))
                return fail(QStringLiteral("version '%1' is not STSv1").arg(value));
            haveVersion = true;
        } else if (key == "mode") {
            const auto mode = parseMode(value);
            if (!mode)
                return fail(QStringLiteral("mode '%1' is not enforce, testing or none").arg(value));
            policy.mode = *mode;
            haveMode = true;
        } else if (key == "max_age") {
            bool ok = false;
            const qint64 seconds = value.toLongLong(&ok);
            // RFC 8461 3.2: 1*10DIGIT, at most 31557600.
            if (!ok || seconds < 0 || value.size() > 10 || value.startsWith(QLatin1Char('+')))
                return fail(QStringLiteral("max_age '%1' is not a number of seconds").arg(value));
            policy.maxAge = std::min(seconds, maxMaxAge);
            haveMaxAge = true;
        } else if (key == "mx") {
            if (!mxPattern.match(value).hasMatch())
                return fail(QStringLiteral("mx '%1' is not a host name or *.domain").arg(value));
            policy.mx << value.toLower();
        }
    }
    if (!haveVersion)
        return fail(QStringLiteral("no version: STSv1 line"));
    if (!haveMode)
        return fail(QStringLiteral("no mode line"));
    if (!haveMaxAge)
        return fail(QStringLiteral("no max_age line"));
    if (policy.mx.isEmpty() && policy.mode != Mode::None)
        return fail(QStringLiteral("no mx line (RFC 8461 3.2: one or more unless the mode is none)"));
    return policy;
}

bool MtaStsPolicy::patternMatches(const QString& pattern, const QString& host)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const QString wanted = pattern.toLower();
    if (!wanted.startsWith(QLatin1String("*.")))
        return name == wanted;
    // RFC 8461 4.1: the wildcard stands for exactly one label, the leftmost one.
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    return dot > 0 && name.mid(dot + 1) == wanted.mid(2);
}

bool MtaStsPolicy::allowsMx(const QString& host) const
{
    return std::any_of(mx.cbegin(), mx.cend(),
                       [&host](const QString& pattern) { return patternMatches(pattern, host); });
}

} // namespace RelayDesk
