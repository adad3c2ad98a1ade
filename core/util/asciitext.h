#pragma once

#include <QByteArray>
#include <QString>

namespace RelayDesk {

/// Text for places that take US-ASCII only (an SMTP reply, a trace header field of a message sent without
/// SMTPUTF8, RFC 5321 4.2 and RFC 5322 2.2): accents are dropped ("Büro" -> "Buro", "Comptabilité" ->
/// "Comptabilite"), every other character outside printable US-ASCII becomes '?'.
class AsciiText
{
public:
    static QByteArray folded(const QString& text);
};

} // namespace RelayDesk
