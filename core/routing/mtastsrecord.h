#pragma once

#include "core/util/expected.h"

#include <QString>
#include <QStringList>

namespace RelayDesk {

/// The `_mta-sts.DOMAIN` TXT record of RFC 8461 3.1: "v=STSv1; id=ID;" announces that DOMAIN publishes a
/// policy, and id says which one (a changed id means: fetch it again).
struct MtaStsRecord
{
    QString id; ///< 1 to 32 letters and digits

    /// The record among the TXT strings of one name (each entry one record, its strings joined). Records not
    /// starting with "v=STSv1" are ignored; none, more than one, or a malformed one is a failure
    /// (RFC 8461 3.1: the domain then has no available policy).
    static Expected<MtaStsRecord> fromTxt(const QStringList& records);
    /// One record's text.
    static Expected<MtaStsRecord> parse(const QString& text);
};

} // namespace RelayDesk
