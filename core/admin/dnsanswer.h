#pragma once

#include <QString>
#include <QStringList>

namespace RelayDesk {

/// What the resolver said to one question (a name and a record type).
struct DnsAnswer
{
    enum class Outcome
    {
        Records,   ///< values holds the records
        NoRecords, ///< the name does not exist (NXDOMAIN) or has no record of the type (NODATA)
        Failed,    ///< no usable answer: timeout, SERVFAIL, refused, no name server; error says which
    };

    QString name;
    QString type; ///< "TXT", "MX", "PTR", "A" or "AAAA"
    Outcome outcome = Outcome::Failed;
    QStringList values; ///< TXT: the character-strings joined; MX: "PREFERENCE HOST"; PTR: the host; A/AAAA
    QString error;      ///< Failed: what went wrong, in plain words
};

} // namespace RelayDesk
