#include "core/admin/testmessage.h"
#include "core/util/asciitext.h"

#include <QLocale>
#include <QTimeZone>

namespace RelayDesk {

QByteArray TestMessage::dateTime(const QDateTime& date)
{
    // RFC 5322 3.3: day and month names are the English ones whatever the locale; the zone is +hhmm.
    const QLocale c = QLocale::c();
    const int offset = date.offsetFromUtc() / 60;
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                             .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
    return (c.toString(date, QStringLiteral("ddd, d MMM yyyy HH:mm:ss ")) + zone).toLatin1();
}

QString TestMessage::subject() const
{
    return QStringLiteral("RelayDesk test message, %1").arg(QString::fromLatin1(dateTime(date)));
}

QByteArray TestMessage::messageId() const
{
    const QString right = hostname.isEmpty() ? QStringLiteral("localhost") : hostname;
    return '<' + queueId.toLatin1() + "@" + right.toLatin1() + '>';
}

QByteArray TestMessage::content() const
{
    QByteArray message;
    auto field = [&message](const char* name, const QByteArray& value) {
        message += name;
        message += ": ";
        message += value;
        message += "\r\n";
    };
    field("Date", dateTime(date));
    field("From", from.toUtf8());
    field("To", to.toUtf8());
    field("Subject", subject().toUtf8());
    field("Message-ID", messageId());
    field("MIME-Version", "1.0");
    field("Content-Type", "text/plain; charset=us-ascii");
    field("Content-Transfer-Encoding", "7bit");
    message += "\r\n";
    // The body is declared US-ASCII: an agent name with accents loses them here ("Büro" -> "Buro").
    message += "This is a test message sent by RelayDesk for the Mail Agent \"" +
               AsciiText::folded(agentName) +
               "\".\r\n\r\n"
               "If you can read it, mail relayed through RelayDesk reaches this mailbox.\r\n";
    return message;
}

} // namespace RelayDesk
