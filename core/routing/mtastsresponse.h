#pragma once

#include "core/util/expected.h"

#include <QByteArray>
#include <QString>

namespace RelayDesk {

/// The HTTP side of an MTA-STS policy fetch (RFC 8461 3.3), without sockets: the request to send and the
/// policy body read out of the whole response. HTTP/1.0, so that the server closes the connection after
/// the body and sends no chunks (a chunked body is decoded all the same).
class MtaStsResponse final
{
public:
    static constexpr qsizetype maxBytes = 64 * 1024; ///< response limit, headers included (RFC 8461 3.3)

    /// "GET /.well-known/mta-sts.txt HTTP/1.0" with the Host header mta-sts.DOMAIN.
    static QByteArray request(const QString& policyHost);
    /// The body of a "200" response with Content-Type text/plain; else why it is not a policy
    /// (RFC 8461 3.3: redirects are not followed, other statuses and media types are failures).
    static Expected<QByteArray> policyBody(const QByteArray& response);
    /// Whether response holds its headers and a body as long as its Content-Length says (a server may keep
    /// the connection open after it); false when only the end of the connection can tell.
    static bool isComplete(const QByteArray& response);

private:
    static Expected<QByteArray> dechunk(const QByteArray& body);
};

} // namespace RelayDesk
