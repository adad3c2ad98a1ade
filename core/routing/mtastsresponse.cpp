#include "core/routing/mtastsresponse.h"

#include <QList>

namespace RelayDesk {

QByteArray MtaStsResponse::request(const QString& policyHost)
{
    return "GET /.well-known/mta-sts.txt HTTP/1.0\r\nHost: " + policyHost.toLatin1() +
           "\r\nUser-Agent: RelayDesk\r\nAccept: text/plain\r\nConnection: close\r\n\r\n";
}

Expected<QByteArray> MtaStsResponse::policyBody(const QByteArray& response)
{
    const auto fail = [](const QString& why) { return Expected<QByteArray>::failure(why); };
    qsizetype headerEnd = response.indexOf("\r\n\r\n");
    qsizetype bodyStart = headerEnd + 4;
    if (headerEnd < 0) {
        headerEnd = response.indexOf("\n\n");
        bodyStart = headerEnd + 2;
    }
    if (headerEnd < 0)
        return fail(QStringLiteral("the HTTP response ended before its headers did"));
    const QList<QByteArray> lines = response.left(headerEnd).split('\n');
    const QList<QByteArray> status = lines.first().trimmed().split(' ');
    if (status.size() < 2 || !status[0].startsWith("HTTP/1."))
        return fail(QStringLiteral("not an HTTP response: '%1'")
                        .arg(QString::fromLatin1(lines.first().trimmed().left(80))));
    const int code = status[1].toInt();
    if (code >= 300 && code < 400)
        return fail(QStringLiteral("HTTP %1: a redirect, which is not followed (RFC 8461 3.3)").arg(code));
    if (code != 200)
        return fail(QStringLiteral("HTTP %1 instead of 200").arg(code));
    QByteArray contentType;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-type")
            contentType = value;
        else if (name == "transfer-encoding" && value.contains("chunked"))
            chunked = true;
    }
    // RFC 8461 3.3: the media type is "text/plain"; parameters such as charset may follow.
    if (contentType.split(';').first().trimmed() != "text/plain")
        return fail(QStringLiteral("Content-Type '%1' is not text/plain (RFC 8461 3.3)")
                        .arg(QString::fromLatin1(contentType.left(80))));
    const QByteArray body = response.mid(bodyStart);
    return chunked ? dechunk(body) : Expected<QByteArray>(body);
}

bool MtaStsResponse::isComplete(const QByteArray& response)
{
    const qsizetype headerEnd = response.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    for (const QByteArray& line : response.left(headerEnd).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            bool ok = false;
            const qsizetype length = line.mid(colon + 1).trimmed().toLongLong(&ok);
            return ok && length >= 0 && response.size() - headerEnd - 4 >= length;
        }
    }
    return false;
}

Expected<QByteArray> MtaStsResponse::dechunk(const QByteArray& body)
{
    QByteArray out;
    qsizetype at = 0;
    for (;;) {
        const qsizetype lineEnd = body.indexOf("\r\n", at);
        if (lineEnd < 0)
            return Expected<QByteArray>::failure(QStringLiteral("a chunked body ended early"));
        bool ok = false;
        const qsizetype size = body.mid(at, lineEnd - at).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || size > maxBytes)
            return Expected<QByteArray>::failure(QStringLiteral("a malformed chunk size"));
        at = lineEnd + 2;
        if (size == 0)
            return out;
        if (at + size > body.size())
            return Expected<QByteArray>::failure(QStringLiteral("a chunked body ended early"));
        out += body.mid(at, size);
        at += size + 2;
    }
}

} // namespace RelayDesk
