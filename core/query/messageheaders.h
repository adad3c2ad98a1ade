#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace RelayDesk {

/// One header field of a message as a person reads it: unfolded, encoded words decoded.
struct HeaderField
{
    QString name;
    QString value;
};

/// One header field as stored: unfolded, otherwise the bytes of the message.
struct RawHeaderField
{
    QByteArray name;
    QByteArray value;
};

/// Reads the header section of a message or of a MIME body part (RFC 5322 2.2, RFC 2045 3). Pure functions:
/// no store, no state; lines may end in CRLF (as the store keeps them) or LF.
class MessageHeaders final
{
public:
    /// The header section (up to the first empty line, RFC 5322 2.1) and the body after it.
    static std::pair<QByteArray, QByteArray> split(const QByteArray& entity);
    /// The fields of a header section, unfolded (RFC 5322 2.2.3: a line break followed by white space is
    /// removed, the white space kept), in order. Lines that are no field (no colon) are skipped.
    static QList<RawHeaderField> rawFields(const QByteArray& header);
    /// The fields for display: values trimmed, RFC 2047 encoded words decoded, other bytes read as UTF-8
    /// (RFC 6532) or, where they are no UTF-8, as Latin-1.
    static QList<HeaderField> fields(const QByteArray& header);
    /// The first field of that name (case-insensitive), unfolded and trimmed; empty when there is none.
    static QByteArray value(const QList<RawHeaderField>& fields, const QByteArray& name);
    /// The value of a parameter of a structured field ("text/plain; charset=\"utf-8\"", RFC 2045 5.1),
    /// unquoted; empty when absent.
    static QByteArray parameter(const QByteArray& fieldValue, const QByteArray& name);
    /// The value before its parameters, lower-cased ("text/plain").
    static QByteArray mainValue(const QByteArray& fieldValue);
    /// Decodes RFC 2047 encoded words (=?charset?B?...?= and =?charset?Q?...?=); white space between two
    /// encoded words is dropped (RFC 2047 6.2).
    static QString decodeWords(const QByteArray& value);
    /// Bytes in a charset (RFC 2046 4.1.2) as text; *known is false when the charset is unknown and the
    /// bytes were read as UTF-8 instead.
    static QString decodeCharset(const QByteArray& bytes, const QByteArray& charset, bool* known = nullptr);
};

} // namespace RelayDesk
