#pragma once

#include <QString>

namespace RelayDesk {

/// The terms of one SPF record (RFC 7208 4.6) as text: what a term's mechanism is, and the record with a
/// term added where receivers still reach it. Used to say what to publish instead.
class SpfRecordTerms final
{
public:
    /// term without its qualifier (RFC 7208 4.6.2), in lower case.
    static QString mechanism(const QString& term);
    /// record with term added before its "all" or "redirect=" (or at the end).
    static QString withTerm(const QString& record, const QString& term);
    /// record with term added just before the term before (or as withTerm() when before is empty); replace:
    /// before is left out.
    static QString withTermBefore(const QString& record, const QString& term, const QString& before,
                                  bool replace = false);
    /// The zone line of a TXT record value at name.
    static QString zoneLine(const QString& name, const QString& value);
    /// The prefix length of an ip4: or ip6: term that passes (no qualifier or '+'), or -1 for any other term.
    static int passedPrefix(const QString& term);
};

} // namespace RelayDesk
