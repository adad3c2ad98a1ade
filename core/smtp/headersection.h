#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace RelayDesk {

/// What the relay needs to know of a submitted message's header section, read in one pass over the header
/// lines only (the body is never touched): the originator fields for the sender check (and whether From:
/// is missing, RFC 5322 3.6), whether Message-ID: and Date: are present (RFC 6409 8.2, 8.3), and where the
/// Bcc: fields are (RFC 5322 3.6.3).
struct HeaderSection
{
    /// Where a field added to the header section goes: the offset of the empty line that ends it, of the
    /// first line that is no header field, or the end of the message.
    qsizetype end = 0;
    /// The section ended at a line that is neither a field nor empty (a message without a header/body
    /// separator): a field added before it needs an empty line after it to keep the body a body.
    bool needsSeparator = false;
    QList<QByteArray> from;   ///< the value of each From: field, unfolded (RFC 5322 2.2.3), untrimmed
    QList<QByteArray> sender; ///< the same for each Sender: field
    /// RFC 5322 3.6.6: the originator fields of a resend, the same for each Resent-From: and Resent-Sender:.
    QList<QByteArray> resentFrom;
    QList<QByteArray> resentSender;
    /// RFC 5322 3.6.2: where replies go; any address may be there, but its display names and comments may
    /// not show another one (an outside tester's Reply-To: "eve@evil.test" <anna@example.com> passed).
    QList<QByteArray> replyTo;
    /// RFC 5322 3.6: the first of the fields a message has at most once (Date:, To:, Cc:, Message-ID:,
    /// In-Reply-To:, References:, Subject:) that it has twice, as "Subject:"; empty if none is repeated.
    /// Receivers such as large mailbox providers refuse such a message, so the 250 would turn into a bounce.
    QByteArray repeated;
    bool hasMessageId = false;
    bool hasDate = false;
    /// Where each field that does not leave the relay is (Bcc:, Resent-Bcc:, Return-Path:, Content-Length:),
    /// with its continuation lines: [first, second) of message.
    QList<std::pair<qsizetype, qsizetype>> dropped;

    /// Reads message (CRLF line ends, as DATA delivers it). A line starting with white space continues the
    /// field before it; "Name:" (RFC 5322 2.2, with the obsolete white space before the colon, 4.5) starts a
    /// field.
    static HeaderSection scan(QByteArrayView message);
};

} // namespace RelayDesk
