#pragma once

#include "core/util/expected.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace RelayDesk {

/// An MTA-STS policy (RFC 8461 3.2) as fetched from https://mta-sts.DOMAIN/.well-known/mta-sts.txt and kept
/// in the cache (docs/operations.md, "MTA-STS"): the mode, the MX host patterns and how long it holds.
struct MtaStsPolicy
{
    enum class Mode
    {
        Enforce, ///< deliver only to a listed MX over verified TLS (RFC 8461 5)
        Testing, ///< deliver as without a policy, record what enforce would have refused
        None     ///< the domain withdrew its policy (RFC 8461 8.3)
    };

    static constexpr qint64 maxMaxAge = 31557600; ///< RFC 8461 3.2: max_age at most a year (seconds)

    QString domain;
    QString id; ///< the TXT record's id the policy was fetched for
    Mode mode = Mode::None;
    QStringList mx;       ///< "mail.example.com" or "*.example.com"
    qint64 maxAge = 0;    ///< seconds
    qint64 fetchedAt = 0; ///< ms since the epoch
    qint64 expiresAt = 0; ///< ms since the epoch: fetchedAt + maxAge
    QByteArray text;      ///< the policy as served

    /// Parses a policy body (RFC 8461 3.2: "key: value" lines ended by CRLF or LF; unknown keys ignored;
    /// version STSv1, mode, max_age required, at least one mx unless the mode is none).
    static Expected<MtaStsPolicy> parse(const QByteArray& body);
    /// RFC 8461 4.1: does the MX host name match one of the patterns? A pattern "*.example.com" matches
    /// exactly one more label on the left ("mail.example.com", not "example.com" nor "a.b.example.com").
    bool allowsMx(const QString& host) const;
    static bool patternMatches(const QString& pattern, const QString& host);

    bool isExpired(qint64 nowMs) const { return expiresAt <= nowMs; }
    /// "enforce", "testing" or "none".
    QString modeName() const { return modeName(mode); }
    static QString modeName(Mode mode);
    static std::optional<Mode> parseMode(const QString& name);
};

} // namespace RelayDesk
