#include "core/admin/testmessage.h"
#include "core/smtp/encodedwords.h"

#include <QCoreApplication>
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
    // In the window's language (the command line installs no translator: English), as the person who sends it
    // reads it in the recipient's mailbox (an outside tester's French window sent English).
    return QCoreApplication::translate("RelayDesk::TestMessage", "RelayDesk test message, %1")
        .arg(QString::fromLatin1(dateTime(date)));
}

QByteArray TestMessage::messageId() const
{
    const QString right = hostname.isEmpty() ? QStringLiteral("localhost") : hostname;
    return '<' + queueId.toLatin1() + "@" + right.toLatin1() + '>';
}

/// RFC 2045 6.7: UTF-8 text as quoted-printable lines of at most 76 characters (soft line breaks "=").
static QByteArray quotedPrintable(const QByteArray& text)
{
    QByteArray out;
    qsizetype lineLength = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            out += "\r\n";
            ++i;
            lineLength = 0;
            continue;
        }
        // A space before a line end would be taken away on the way (rule 3): encoded there.
        const bool lineEnds = i + 1 == text.size() || text[i + 1] == '\r';
        const bool literal = (c >= 33 && c <= 126 && c != '=') || (c == ' ' && !lineEnds);
        const QByteArray piece = literal ? QByteArray(1, char(c))
                                         : '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
        if (lineLength + piece.size() > 75) {
            out += "=\r\n";
            lineLength = 0;
        }
        out += piece;
        lineLength += piece.size();
    }
    return out;
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
    field("Subject", EncodedWords::encode(subject())); // RFC 2047: the header stays US-ASCII
    field("Message-ID", messageId());
    field("MIME-Version", "1.0");
    // The agent's name as written, in UTF-8: folded to ASCII, "Hauptbüro" read "Hauptburo", and two agents
    // "Büro" and "Buro" could not be told apart (an outside tester). Quoted-printable keeps the message
    // 7-bit, for servers without 8BITMIME (RFC 6152).
    field("Content-Type", "text/plain; charset=utf-8");
    field("Content-Transfer-Encoding", "quoted-printable");
    message += "\r\n";
    QString body = QCoreApplication::translate(
                       "RelayDesk::TestMessage",
                       "This is a test message sent by RelayDesk for the Mail Agent \"%1\".\n\nIf you can "
                       "read it, mail relayed through RelayDesk reaches this mailbox.\n")
                       .arg(agentName);
    body.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    message += quotedPrintable(body.toUtf8());
    return message;
}

} // namespace RelayDesk
