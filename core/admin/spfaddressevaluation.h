#pragma once

#include <QHostAddress>
#include <QString>

namespace RelayDesk {

/// What one SPF record (RFC 7208) says for one sending address, as far as the record alone can tell: its
/// mechanisms in order, the first match deciding with its qualifier. Terms that need further DNS lookups
/// (a, mx, include:, exists:, ptr, redirect=) are not followed.
class SpfAddressEvaluation final
{
public:
    enum class Result
    {
        Pass,         ///< "+" (or no qualifier): the address may send
        Fail,         ///< "-"
        SoftFail,     ///< "~"
        Neutral,      ///< "?"
        NoMatch,      ///< no mechanism matched and no redirect=: neutral (RFC 7208 4.7)
        Undetermined, ///< a term that needs a lookup comes before any match (or a redirect= decides)
        Malformed,    ///< a term the grammar does not allow: receivers return permerror (RFC 7208 4.6)
    };

    /// The result for address and the term that decided it (for NoMatch: empty).
    struct Outcome
    {
        Result result = Result::NoMatch;
        QString term;
    };

    /// record: the whole TXT value, starting "v=spf1".
    static Outcome evaluate(const QString& record, const QHostAddress& address);
};

} // namespace RelayDesk
