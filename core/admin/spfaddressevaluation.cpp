#include "core/admin/spfaddressevaluation.h"

#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace RelayDesk {

namespace {

using Result = SpfAddressEvaluation::Result;

Result resultOf(QChar qualifier)
{
    // RFC 7208 4.6.2: the qualifier of the matching mechanism is the result; "+" when none is given.
    switch (qualifier.unicode()) {
    case u'-':
        return Result::Fail;
    case u'~':
        return Result::SoftFail;
    case u'?':
        return Result::Neutral;
    default:
        return Result::Pass;
    }
}

/// Whether an ip4: or ip6: argument ("192.0.2.0/24", "2001:db8::/32") covers address; nullopt when it is
/// not a network of its family (RFC 7208 5.6).
std::optional<bool> covers(const QString& argument, bool v4, const QHostAddress& address)
{
    const qsizetype slash = argument.indexOf(QLatin1Char('/'));
    const QHostAddress network(argument.left(slash));
    const auto family = v4 ? QAbstractSocket::IPv4Protocol : QAbstractSocket::IPv6Protocol;
    if (network.protocol() != family)
        return std::nullopt;
    int prefix = v4 ? 32 : 128;
    if (slash >= 0) {
        bool ok = false;
        const QString digits = argument.mid(slash + 1);
        prefix = digits.toInt(&ok);
        if (!ok || digits.startsWith(QLatin1Char('+')) || prefix < 0 || prefix > (v4 ? 32 : 128))
            return std::nullopt;
    }
    // An ip4: mechanism never matches an IPv6 sender, nor ip6: an IPv4 one.
    return address.protocol() == family && address.isInSubnet(network, prefix);
}

} // namespace

SpfAddressEvaluation::Outcome SpfAddressEvaluation::evaluate(const QString& record,
                                                             const QHostAddress& address)
{
    // RFC 7208 4.6.1: name "=" value is a modifier; anything else a directive, [qualifier] mechanism.
    static const QRegularExpression modifier(QStringLiteral("^[a-z][a-z0-9._-]*="));
    const QStringList terms = record.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString redirect;
    for (qsizetype i = 1; i < terms.size(); ++i) {
        const QString& term = terms.at(i);
        QString bare = term.toLower();
        if (modifier.match(bare).hasMatch()) {
            if (bare.startsWith(QLatin1String("redirect=")))
                redirect = term;
            continue; // exp= and unknown modifiers change no result (RFC 7208 6)
        }
        QChar qualifier = u'+';
        if (QStringLiteral("+-~?").contains(bare.at(0))) {
            qualifier = bare.at(0);
            bare.remove(0, 1);
        }
        const qsizetype end = bare.indexOf(QRegularExpression(QStringLiteral("[:/]")));
        const QString name = bare.left(end);
        if (name == QLatin1String("all")) {
            if (end >= 0)
                return {Result::Malformed, term};
            return {resultOf(qualifier), term};
        }
        if (name == QLatin1String("ip4") || name == QLatin1String("ip6")) {
            if (end < 0 || bare.at(end) != u':')
                return {Result::Malformed, term};
            const auto match = covers(bare.mid(end + 1), name == QLatin1String("ip4"), address);
            if (!match)
                return {Result::Malformed, term};
            if (*match)
                return {resultOf(qualifier), term};
            continue;
        }
        // RFC 7208 5.2 to 5.7: these match through DNS lookups that this check does not make.
        if (name == QLatin1String("a") || name == QLatin1String("mx") || name == QLatin1String("ptr") ||
            name == QLatin1String("include") || name == QLatin1String("exists"))
            return {Result::Undetermined, term};
        return {Result::Malformed, term}; // RFC 7208 5: an unknown mechanism is a permerror
    }
    // RFC 7208 6.1: redirect= applies when no mechanism matched.
    if (!redirect.isEmpty())
        return {Result::Undetermined, redirect};
    return {};
}

} // namespace RelayDesk
