#include "core/delivery/dsnbuilder.h"

#include "core/util/readableaddress.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

namespace RelayDesk {

namespace {

// Header fields the relay writes must not carry line breaks or control characters (docs/architecture.md,
// "strict input").
QByteArray clean(QByteArray value, qsizetype max = 900)
{
    for (char& c : value) {
        if (uchar(c) < 0x20 || c == 0x7f)
            c = ' ';
    }
    return value.left(max).trimmed();
}

bool allDelayed(const DsnInput& input)
{
    for (const DsnRecipient& r : input.recipients) {
        if (!r.delayed)
            return false;
    }
    return !input.recipients.isEmpty();
}

QByteArray humanPart(const DsnInput& input, bool delayed)
{
    QByteArray text = "This is the mail system at host " + input.reportingMta.toUtf8() + ".\r\n\r\n";
    if (delayed)
        text += "Your message could not be delivered yet. The mail system will keep trying; you do not\r\n"
                "need to send it again. You will be told if it finally fails.\r\n\r\n";
    else
        text += "I'm sorry to have to inform you that your message could not be delivered to one or more\r\n"
                "recipients. Its headers are attached below.\r\n\r\n";
    for (const DsnRecipient& r : input.recipients) {
        // For people, an internationalized domain as they typed it (RFC 5891 5.2: "kunde@bücher.test", not
        // "xn--bcher-kva.test", which an outside tester's sender would not have recognised); the report part
        // keeps the address as it went over SMTP.
        const QByteArray shown = ReadableAddress::address(QString::fromUtf8(r.address)).toUtf8();
        text += "<" + clean(shown) + ">: ";
        if (!r.delayed && r.status == "4.4.7") // RFC 3463 4.4.7, OutcomeRecorder::expiredEnhanced()
            text += "the mail system gave up: the time allowed for delivery ran out. Last reply: ";
        if (!r.remoteMta.isEmpty() && !r.localDiagnostic)
            text += "host " + clean(ReadableAddress::domain(r.remoteMta).toUtf8()) + " said: ";
        QByteArray said = clean(r.diagnostic.isEmpty() ? r.status : r.diagnostic);
        const QByteArray asciiDomain = r.address.mid(r.address.lastIndexOf('@') + 1);
        const QByteArray shownDomain = shown.mid(shown.lastIndexOf('@') + 1);
        if (r.localDiagnostic && asciiDomain != shownDomain && !asciiDomain.isEmpty())
            said.replace(asciiDomain, shownDomain); // the relay's own words only: a server's stay as said
        text += said + "\r\n";
    }
    return text;
}

// RFC 3464 2.2 (per-message fields) and 2.3 (per-recipient fields).
QByteArray statusPart(const DsnInput& input)
{
    QByteArray text = "Reporting-MTA: dns; " + clean(input.reportingMta.toUtf8()) + "\r\n";
    text += "X-RelayDesk-Queue-ID: " + clean(input.queueId.toUtf8()) + "\r\n";
    text += "Arrival-Date: " + DsnBuilder::dateTime(input.arrivalMs) + "\r\n";
    for (const DsnRecipient& r : input.recipients) {
        text += "\r\nFinal-Recipient: rfc822; " + clean(r.address) + "\r\n";
        text += QByteArray("Action: ") + (r.delayed ? "delayed" : "failed") + "\r\n";
        text += "Status: " + clean(r.status) + "\r\n";
        if (!r.remoteMta.isEmpty() && !r.localDiagnostic)
            text += "Remote-MTA: dns; " + clean(r.remoteMta.toUtf8()) + "\r\n";
        if (!r.diagnostic.isEmpty())
            text +=
                QByteArray(r.localDiagnostic ? "Diagnostic-Code: X-RelayDesk; " : "Diagnostic-Code: smtp; ") +
                clean(r.diagnostic) + "\r\n";
        if (r.lastAttemptMs > 0)
            text += "Last-Attempt-Date: " + DsnBuilder::dateTime(r.lastAttemptMs) + "\r\n";
        if (r.delayed && r.willRetryUntilMs > 0)
            text += "Will-Retry-Until: " + DsnBuilder::dateTime(r.willRetryUntilMs) + "\r\n";
    }
    return text;
}

} // namespace

QByteArray DsnBuilder::dateTime(qint64 ms)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return QLocale::c().toString(time, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + " +0000";
}

QByteArray DsnBuilder::headerSection(const QByteArray& message)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    if (end < 0)
        return message.endsWith("\r\n") ? message.chopped(2) : message;
    return message.left(end);
}

QByteArray DsnBuilder::build(const DsnInput& input, const QByteArray& boundarySeed)
{
    const bool delayed = allDelayed(input);
    const QByteArray seed =
        boundarySeed.isEmpty() ? QByteArray::number(QRandomGenerator::global()->generate64()) : boundarySeed;
    const QByteArray token =
        QCryptographicHash::hash(QByteArray(input.queueId.toUtf8() + seed), QCryptographicHash::Sha256)
            .toHex()
            .left(24);
    const QByteArray boundary = "=_relaydesk_" + token;
    const QByteArray host = clean(input.reportingMta.toUtf8());

    QByteArray m;
    m += "From: Mail Delivery System <MAILER-DAEMON@" + host + ">\r\n";
    m += "To: <" + clean(input.sender) + ">\r\n";
    m += QByteArray("Subject: ") +
         (delayed ? "Delayed Mail (still being retried)" : "Undelivered Mail Returned to Sender") + "\r\n";
    m += "Date: " + dateTime(input.nowMs) + "\r\n";
    m += "Message-ID: <" + token + ".dsn@" + host + ">\r\n";
    m += "Auto-Submitted: auto-replied\r\n"; // RFC 3834 5
    m += "MIME-Version: 1.0\r\n";
    // RFC 6522 3: multipart/report with report-type=delivery-status (RFC 3464 2).
    m +=
        "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"" + boundary + "\"\r\n";
    m += "\r\nThis is a MIME-encapsulated message.\r\n\r\n";
    m += "--" + boundary + "\r\n";
    m += "Content-Description: Notification\r\nContent-Type: text/plain; charset=utf-8\r\n";
    m += "Content-Transfer-Encoding: 8bit\r\n\r\n";
    m += humanPart(input, delayed);
    m += "\r\n--" + boundary + "\r\n";
    m += "Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n";
    m += statusPart(input);
    m += "\r\n--" + boundary + "\r\n";
    m += "Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n";
    m += headerSection(input.originalMessage) + "\r\n";
    m += "\r\n--" + boundary + "--\r\n";
    return m;
}

} // namespace RelayDesk
