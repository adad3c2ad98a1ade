#include "core/delivery/dsnbuilder.h"

#include "core/smtp/dsnparameters.h"
#include "core/smtp/encodedwords.h"
#include "core/store/messagespool.h"
#include "core/util/readableaddress.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace RelayDesk {

namespace {

// Header fields the relay writes must not carry line breaks or control characters (docs/architecture.md,
// "strict input"); a value cut short says so (an outside tester's 3 KB reply was cut without a sign). Nor the
// direction overrides and isolates a remote server's reply may hold: a U+202E reversed the rest of the
// notice's line for an outside tester (EncodedWords::oneLine, as the window shows such text).
QByteArray clean(const QByteArray& raw, qsizetype max = 900)
{
    QByteArray value = EncodedWords::oneLine(EncodedWords::plainText(raw)).toUtf8().trimmed();
    if (value.size() > max)
        value = value.left(max) + " [...]";
    return value;
}

// RFC 3464 2.1: message/delivery-status is US-ASCII. A server's reply in UTF-8 ("Benutzer unbekannt: Müller")
// keeps its characters as RFC 6533 3 writes them there, \x{HHHH}; the text part for people keeps UTF-8.
QByteArray ascii(const QByteArray& value)
{
    QByteArray out;
    out.reserve(value.size());
    const QString text = QString::fromUtf8(value);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t code = text[i].isHighSurrogate() && i + 1 < text.size()
                                  ? QChar::surrogateToUcs4(text[i], text[i + 1])
                                  : char32_t(text[i].unicode());
        if (code > 0xffff)
            ++i;
        if (code < 0x80)
            out += char(code);
        else
            out += "\\x{" + QByteArray::number(uint(code), 16).toUpper() + "}";
    }
    return out;
}

// An xtext (RFC 3461 4) as its text, when that is plain printable ASCII; otherwise as it came.
QByteArray fromXtext(const QByteArray& xtext)
{
    const QByteArray text = DsnParameters::decodeXtext(xtext);
    const bool printable =
        std::all_of(text.cbegin(), text.cend(), [](char c) { return uchar(c) >= 0x20 && uchar(c) < 0x7f; });
    return printable ? text : xtext;
}

enum class Kind
{
    Failure,
    Delay,
    Success,
};

Kind kindOf(const DsnInput& input)
{
    const auto all = [&](auto test) {
        return !input.recipients.isEmpty() &&
               std::all_of(input.recipients.cbegin(), input.recipients.cend(), test);
    };
    if (all([](const DsnRecipient& r) { return r.delayed; }))
        return Kind::Delay;
    if (all([](const DsnRecipient& r) { return r.relayed; }))
        return Kind::Success;
    return Kind::Failure;
}

QByteArray subjectOf(Kind kind)
{
    switch (kind) {
    case Kind::Delay:
        return "Delayed Mail (still being retried)";
    case Kind::Success:
        return "Successful Mail Relay Report";
    case Kind::Failure:
        break;
    }
    return "Undelivered Mail Returned to Sender";
}

// "40 minutes", "5 hours", "3 days": how long the relay has tried, as a person says it.
QByteArray durationWords(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(1, (ms + 30'000) / 60'000);
    if (minutes < 120)
        return QByteArray::number(minutes) + (minutes == 1 ? " minute" : " minutes");
    const qint64 hours = (minutes + 30) / 60;
    if (hours < 48)
        return QByteArray::number(hours) + " hours";
    return QByteArray::number((hours + 12) / 24) + " days";
}

QByteArray utcTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               .toLatin1() +
           " UTC";
}

// Which message this is about, in the words of its own header (an outside tester's notices named it only
// in the attached headers).
QByteArray messageLines(const DsnInput& input)
{
    QByteArray text;
    const QString subject = MessageSpool::subjectOf(input.originalMessage);
    text += "  Subject: " + clean(subject.isEmpty() ? QByteArray("(none)") : subject.toUtf8(), 200) + "\r\n";
    if (const QByteArray date = MessageSpool::headerOf(input.originalMessage, "date"); !date.isEmpty())
        text += "  Date:    " + clean(date, 100) + "\r\n";
    text += "  Queue ID at this relay: " + clean(input.queueId.toUtf8(), 100) + "\r\n";
    return text;
}

QByteArray humanPart(const DsnInput& input, Kind kind)
{
    QByteArray text = "This is the mail system at host " + clean(input.reportingMta.toUtf8()) + ".\r\n\r\n";
    switch (kind) {
    case Kind::Delay: {
        qint64 until = 0;
        for (const DsnRecipient& r : input.recipients)
            until = std::max(until, r.willRetryUntilMs);
        text += "Your message could not be delivered yet. The mail system has been trying for " +
                durationWords(input.nowMs - input.arrivalMs) + ".\r\n";
        if (until > 0)
            text += "It keeps trying until " + utcTime(until) + "; you do not need to send it again.\r\n";
        const bool told = std::all_of(input.recipients.cbegin(), input.recipients.cend(),
                                      [](const DsnRecipient& r) { return r.failureTold; });
        text += told ? "You will be told if it finally fails.\r\n\r\n"
                     : "As you asked (NOTIFY), you will not be told if it finally fails.\r\n\r\n";
        break;
    }
    case Kind::Success:
        text += "Your message was handed to the mail server of the recipients below. That server does not\r\n"
                "confirm the final delivery, so this is the last report you will get about it.\r\n\r\n";
        break;
    case Kind::Failure:
        text += "I'm sorry to have to inform you that your message could not be delivered to one or more\r\n"
                "recipients. " +
                QByteArray(input.returnFull ? "It is attached below." : "Its headers are attached below.") +
                "\r\n\r\n";
        break;
    }
    text += "The message:\r\n" + messageLines(input) + "\r\n";
    for (const DsnRecipient& r : input.recipients) {
        // For people, an internationalized domain as they typed it (RFC 5891 5.2: "kunde@bücher.test", not
        // "xn--bcher-kva.test", which an outside tester's sender would not have recognised); the report part
        // keeps the address as it went over SMTP.
        const QByteArray shown = ReadableAddress::address(QString::fromUtf8(r.address)).toUtf8();
        text += "<" + clean(shown) + ">: ";
        if (r.relayed)
            text += "handed over. ";
        if (!r.delayed && !r.relayed &&
            r.status == "4.4.7") // RFC 3463 4.4.7, OutcomeRecorder::expiredEnhanced()
            text += "the mail system gave up after trying for " +
                    durationWords(input.nowMs - input.arrivalMs) +
                    ": the time allowed for delivery ran out. Last reply: ";
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

// RFC 3464 2.2 (per-message fields) and 2.3 (per-recipient fields), in the order of its grammar; the
// relay's own extension field last.
QByteArray statusPart(const DsnInput& input)
{
    QByteArray text;
    if (!input.envid.isEmpty())
        text += "Original-Envelope-Id: " + ascii(clean(fromXtext(input.envid))) + "\r\n";
    text += "Reporting-MTA: dns; " + ascii(clean(input.reportingMta.toUtf8())) + "\r\n";
    text += "Arrival-Date: " + DsnBuilder::dateTime(input.arrivalMs) + "\r\n";
    text += "X-RelayDesk-Queue-ID: " + ascii(clean(input.queueId.toUtf8())) + "\r\n";
    for (const DsnRecipient& r : input.recipients) {
        text += "\r\n";
        if (!r.originalRecipient.isEmpty())
            text += "Original-Recipient: " +
                    ascii(clean(DsnParameters::originalRecipientField(r.originalRecipient))) + "\r\n";
        text += "Final-Recipient: rfc822; " + ascii(clean(r.address)) + "\r\n";
        text += QByteArray("Action: ") + (r.relayed ? "relayed" : r.delayed ? "delayed" : "failed") + "\r\n";
        text += "Status: " + ascii(clean(r.status)) + "\r\n";
        if (!r.remoteMta.isEmpty() && !r.localDiagnostic)
            text += "Remote-MTA: dns; " + ascii(clean(r.remoteMta.toUtf8())) + "\r\n";
        if (!r.diagnostic.isEmpty())
            text +=
                QByteArray(r.localDiagnostic ? "Diagnostic-Code: X-RelayDesk; " : "Diagnostic-Code: smtp; ") +
                ascii(clean(r.diagnostic)) + "\r\n";
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

QByteArray DsnBuilder::subject(const DsnInput& input)
{
    return subjectOf(kindOf(input));
}

QByteArray DsnBuilder::failureSubject()
{
    return subjectOf(Kind::Failure);
}

QByteArray DsnBuilder::build(const DsnInput& input, const QByteArray& boundarySeed)
{
    const Kind kind = kindOf(input);
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
    m += "Subject: " + subjectOf(kind) + "\r\n";
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
    m += humanPart(input, kind);
    m += "\r\n--" + boundary + "\r\n";
    m += "Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n";
    m += statusPart(input);
    m += "\r\n--" + boundary + "\r\n";
    if (input.returnFull) {
        // RFC 3461 4.3, RET=FULL: the whole message; RFC 6522 3: as message/rfc822, 8bit when it has such
        // bytes (RFC 2046 5.2.1 allows 7bit, 8bit or binary there).
        const QByteArray original =
            input.originalMessage.endsWith("\r\n") ? input.originalMessage : input.originalMessage + "\r\n";
        const bool eightBit =
            std::any_of(original.cbegin(), original.cend(), [](char c) { return uchar(c) > 0x7f; });
        m += QByteArray("Content-Description: ") +
             (kind == Kind::Failure ? "Undelivered Message" : "Message") +
             "\r\nContent-Type: message/rfc822\r\n";
        m += QByteArray("Content-Transfer-Encoding: ") + (eightBit ? "8bit" : "7bit") + "\r\n\r\n";
        m += original;
    } else {
        m += QByteArray("Content-Description: ") +
             (kind == Kind::Failure ? "Undelivered Message Headers" : "Message Headers") +
             "\r\nContent-Type: text/rfc822-headers\r\n\r\n";
        m += headerSection(input.originalMessage) + "\r\n";
    }
    m += "\r\n--" + boundary + "--\r\n";
    return m;
}

} // namespace RelayDesk
