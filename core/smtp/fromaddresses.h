#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace RelayDesk {

/// The mailboxes of a From: field (RFC 5322 3.6.2, 3.4): display names, comments, quoted strings, RFC 2047
/// encoded words and groups are read past; what is left is each mailbox's addr-spec, the address the sender
/// checks and DMARC (RFC 7489 3.1.1) look at.
struct FromAddresses
{
    /// Each mailbox's addr-spec ("local@domain"), in order; one without exactly one '@' (a bare name, "<>")
    /// is listed as it was written, so that its missing domain refuses it.
    QList<QByteArray> addresses;
    /// The field could not be read without guessing (an unclosed comment, quote or angle bracket, text after
    /// an angle address): a checker must refuse it rather than pick an address.
    bool malformed = false;
    /// Addresses a reader sees in the field's display names and comments (quoted strings unquoted, RFC 2047
    /// encoded words decoded) that are none of its mailboxes: mail programs show "eve@evil.test" for
    /// "\"eve@evil.test\" <anna@example.com>" as they do for the unquoted form (an outside tester).
    QStringList shownOtherAddresses;

    /// Reads an unfolded field value (the text after "From:").
    static FromAddresses parse(QByteArrayView value);
};

} // namespace RelayDesk
