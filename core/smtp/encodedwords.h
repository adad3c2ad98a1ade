#pragma once

#include <QByteArray>
#include <QString>

namespace RelayDesk {

/// Header text as a person reads it: RFC 2047 encoded words decoded, other bytes read as UTF-8 (RFC 6532)
/// or, where they are no UTF-8, as Latin-1. Used where a message is accepted (the stored subject) and where
/// it is shown (MessageHeaders).
namespace EncodedWords {

/// Bytes without an encoded word (a header, an address a client sent): UTF-8 where valid (RFC 6532), else
/// Latin-1, which old device firmware writes ("m\xfcller" read as "müller", not "m\ufffdller").
QString plainText(const QByteArray& bytes);
/// Decodes RFC 2047 encoded words (=?charset?B?...?= and =?charset?Q?...?=); white space between two
/// encoded words is dropped (RFC 2047 6.2).
QString decode(const QByteArray& value);
/// An unstructured header value (RFC 5322 3.2.5) as it may be written: the text itself when it is printable
/// US-ASCII, else RFC 2047 "B" encoded words of UTF-8, each at most 75 characters (RFC 2047 2), joined by
/// folding white space (CRLF SP), characters never split.
QByteArray encode(const QString& text);
/// Text for one line: controls but tab (line breaks among them) as spaces, direction overrides and isolates
/// removed.
/// decode() returns its text so.
QString oneLine(const QString& text);
/// Bytes in a charset (RFC 2046 4.1.2) as text; *known is false when the charset is unknown and the bytes
/// were read as UTF-8 instead.
QString decodeCharset(const QByteArray& bytes, const QByteArray& charset, bool* known = nullptr);

} // namespace EncodedWords

} // namespace RelayDesk
