#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace RelayDesk {

/// The short message that "Send test message" queues: a plain-text RFC 5322 message with the Date, From, To,
/// Subject and Message-ID fields (RFC 5322 3.6), CRLF line ends, 7-bit text.
struct TestMessage
{
    QString from;
    QString to;
    QString agentName;
    QString hostname; ///< server.hostname: the right side of the Message-ID
    QString queueId;  ///< the left side of the Message-ID, unique per message
    QDateTime date;   ///< the origination date (RFC 5322 3.6.1), in its own offset

    /// "RelayDesk test message, Sat, 28 Nov 2026 17:12:03 +0100".
    QString subject() const;
    /// "<queueId@hostname>" (RFC 5322 3.6.4: id-left "@" id-right, unique, no spaces).
    QByteArray messageId() const;
    /// The whole message: header fields, an empty line, the body.
    QByteArray content() const;
    /// An RFC 5322 3.3 date-time in English ("Sat, 28 Nov 2026 17:12:03 +0100").
    static QByteArray dateTime(const QDateTime& date);
};

} // namespace RelayDesk
