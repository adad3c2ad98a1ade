#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace RelayDesk {

/// The "relaxed" canonicalization of RFC 6376 3.4.2 (header fields) and 3.4.4 (body): what a DKIM signer
/// hashes, so that the whitespace and folding changes that mail systems make on the way do not break it.
/// Bytes above 127 pass unchanged (an 8-bit body is hashed as it is sent).
class DkimCanonicalization final
{
public:
    /// One header field (name, colon, value, folding and line end, as RawHeaderSection gives it) as
    /// "name:value\r\n": the name lower-cased, the line ends of folding removed, every run of spaces and tabs
    /// one space, none at the end of the value nor around the colon (RFC 6376 3.4.2).
    static QByteArray relaxedHeader(QByteArrayView field);
    /// The body: runs of spaces and tabs within a line become one space, those at a line's end go, empty
    /// lines at the end go, and a last line without a line end gets one (RFC 6376 3.4.4). An empty body
    /// stays empty.
    static QByteArray relaxedBody(QByteArrayView body);
};

} // namespace RelayDesk
