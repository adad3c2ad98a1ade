#include "core/smtp/sendingadmission.h"
#include "core/util/asciitext.h"

#include <QDateTime>
#include <QTimeZone>

namespace RelayDesk {

const char* sendingWindowName(SendingWindow window)
{
    switch (window) {
    case SendingWindow::Minute:
        return "minute";
    case SendingWindow::Hour:
        return "hour";
    case SendingWindow::Day:
        break;
    }
    return "day";
}

QByteArray sendingRefusalText(const QString& agentName, const SendingRefusal& refusal)
{
    // Agent names are letters (of any script, with accents), digits, spaces and . _ -
    // (AgentDirectory::validateAgentName): the reply stays one line of printable US-ASCII (RFC 5321 4.2).
    QByteArray name = AsciiText::folded(agentName);
    name.replace('"', '?');
    const QDateTime reset = QDateTime::fromMSecsSinceEpoch(refusal.resetsAtMs, QTimeZone::utc());
    QByteArray period;
    QByteArray after;
    switch (refusal.window) {
    case SendingWindow::Minute:
        period = "this minute";
        after = reset.toString(QStringLiteral("HH:mm")).toLatin1();
        break;
    case SendingWindow::Hour:
        period = "this hour";
        after = reset.toString(QStringLiteral("HH:mm")).toLatin1();
        break;
    case SendingWindow::Day:
        period = "today";
        after = reset.toString(QStringLiteral("yyyy-MM-dd HH:mm")).toLatin1();
        break;
    }
    return "Agent \"" + name + "\" sent " + QByteArray::number(refusal.sent) +
           (refusal.sent == 1 ? " message " : " messages ") + period + " (limit " +
           QByteArray::number(refusal.limit) + "); try again after " + after + " UTC";
}

} // namespace RelayDesk
