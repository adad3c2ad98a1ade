#pragma once

#include "core/dkim/rawheadersection.h"

#include <QByteArray>
#include <QList>

namespace RelayDesk {

/// Which header fields a DKIM signature covers (its h= tag) and the bytes they contribute to the signed
/// hash (RFC 6376 3.7, 5.4).
class DkimSignedHeaders final
{
public:
    /// The fields of RFC 6376 5.4.1 (and the MIME, Message-ID and List-Unsubscribe-Post fields of 5.4 that
    /// verifiers expect) present in section, each named once per instance, lower case; the oversigned ones
    /// once more than they are present, absent ones once (RFC 6376 8.15, 5.4.2: a name with no instance
    /// left signs "nothing", so that no such field can be added later without breaking the signature).
    /// Never Received, Return-Path nor DKIM-Signature.
    static QList<QByteArray> select(const RawHeaderSection& section);
    /// The canonicalized (relaxed) fields named by names, in that order: for a name listed several times,
    /// the instances from the bottom up; a name with no instance left contributes nothing (RFC 6376 5.4.2).
    static QByteArray canonicalized(const RawHeaderSection& section, const QList<QByteArray>& names);
    /// The names signed once more than present: From, Reply-To, Subject, Date, To, Cc, In-Reply-To,
    /// References, Message-ID, Sender, MIME-Version, Content-Type, Content-Transfer-Encoding,
    /// Disposition-Notification-To; absent ones once.
    static const QList<QByteArray>& oversigned();
    /// The names signed once more than present only where present: the List-* fields (a list that passes on
    /// a message without them adds its own).
    static const QList<QByteArray>& oversignedWhenPresent();
    /// The names the selection considers, lower case, in the order h= lists them.
    static const QList<QByteArray>& recommended();
};

} // namespace RelayDesk
