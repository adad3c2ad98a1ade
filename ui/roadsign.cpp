#include "ui/roadsign.h"
#include "core/delivery/queueactions.h"
#include "core/delivery/suppressionlist.h"
#include "core/util/controlescapes.h"
#include "ui/relaywords.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace RelayDesk {

QColor RoadSignStyle::background(RoadSign sign)
{
    switch (sign) {
    case RoadSign::Green:
        return QColor(0xd3, 0xf9, 0xd8);
    case RoadSign::Yellow:
        return QColor(0xff, 0xf3, 0xbf);
    case RoadSign::Red:
        break;
    }
    return QColor(0xff, 0xd8, 0xd8);
}

QColor RoadSignStyle::foreground(RoadSign sign)
{
    switch (sign) {
    case RoadSign::Green:
        return QColor(0x2f, 0x9e, 0x44);
    case RoadSign::Yellow:
        return QColor(0xb0, 0x80, 0x00);
    case RoadSign::Red:
        break;
    }
    return QColor(0xd6, 0x39, 0x39);
}

QString RoadSignStyle::label(RoadSign sign)
{
    switch (sign) {
    case RoadSign::Green:
        return QCoreApplication::translate("RoadSignStyle", "Done");
    case RoadSign::Yellow:
        return QCoreApplication::translate("RoadSignStyle", "Temporary problem, will retry");
    case RoadSign::Red:
        break;
    }
    return QCoreApplication::translate("RoadSignStyle", "Permanent problem, needs a person");
}

QString RoadSignStyle::suppressionReason(const QString& reason)
{
    if (reason == SuppressionList::byHandReason())
        return QCoreApplication::translate("RoadSignStyle", "added by hand");
    // A receiving server's reply is quoted as it came; one RelayDesk wrote itself ("550 5.1.2 Domain x does
    // not exist (NXDOMAIN)") is said in the window's language, as the logs say it (it was English on the
    // Suppressions tab of a German window beside the German log: an outside tester).
    static const QRegularExpression reply(QStringLiteral("^(\\d{3}(?: \\d\\.\\d{1,3}\\.\\d{1,3})? )(.*)$"));
    if (const QRegularExpressionMatch match = reply.match(reason); match.hasMatch())
        return match.captured(1) + ControlEscapes::visible(RelayWords::translated(match.captured(2)));
    return ControlEscapes::visible(RelayWords::translated(reason));
}

QString RoadSignStyle::heldHtml(int code, const QString& enhanced, const QString& text)
{
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(QCoreApplication::translate(
                                "RoadSignStyle", "On hold: RelayDesk does not try to deliver it until you "
                                                 "release it (Queue, Release).")
                                .toHtmlEscaped());
    return html + lastReplyHtml(code, enhanced, text);
}

QString RoadSignStyle::lastReplyHtml(int code, const QString& enhanced, const QString& text)
{
    const QString last = replyLine(code, enhanced, text);
    if (last.isEmpty())
        return {};
    return QStringLiteral("<p>%1</p>")
        .arg(QCoreApplication::translate("RoadSignStyle", "Last reply: %1").arg(last).toHtmlEscaped());
}

QString RoadSignStyle::replyLine(int code, const QString& enhanced, const QString& text)
{
    if (code <= 0) {
        // The relay's own words are stored in English for the command line; the window says them in its
        // language.
        if (const auto reason = SuppressionList::suppressedReason(text))
            return QCoreApplication::translate(
                       "RoadSignStyle", "not sent: the address is on the agent's suppression list (%1)")
                .arg(suppressionReason(*reason));
        return ControlEscapes::visible(RelayWords::translated(text));
    }
    QStringList parts{QString::number(code)};
    if (!enhanced.isEmpty())
        parts << enhanced;
    // A server's words as they came, but for control characters (ESC drew a box: an outside tester); the
    // relay's own translated.
    if (!text.isEmpty())
        parts << ControlEscapes::visible(RelayWords::translated(text));
    return parts.join(QLatin1Char(' '));
}

QString RoadSignStyle::notSentReason(const QString& text)
{
    // The message viewer said "Nicht gesendet  nicht gesendet: vom Relay-Administrator ...".
    if (text == QueueActions::deletedReply())
        return QCoreApplication::translate("RoadSignStyle",
                                           "deleted from the queue by the relay administrator");
    if (const auto reason = SuppressionList::suppressedReason(text))
        return QCoreApplication::translate("RoadSignStyle",
                                           "the address is on the agent's suppression list (%1)")
            .arg(suppressionReason(*reason));
    return replyLine(0, QString(), text);
}

RoadSign RoadSignStyle::signOf(int code, const QString& enhanced, const QString& text)
{
    if (code <= 0 && !text.isEmpty())
        return RoadSign::Red;
    // RFC 3463 4.4.7 as ReplyCatalog::explain reads it: given up, final (an outside tester's log painted such
    // a row yellow, "will retry", beside its red "bounced").
    if (enhanced == QLatin1String("4.4.7"))
        return RoadSign::Red;
    return ReplyCatalog::signFor(code);
}

namespace {

/// A final word of the relay itself, no server asked: a red "Not sent" badge, the title, the stored line (if
/// any), what happened and what to do.
QString notSentHtml(const QString& title, const QString& line, const QString& explanation, const QString& fix)
{
    QString html = QStringLiteral("<p><span style=\"background:%1;color:white;padding:2px 6px;\">&nbsp;%2"
                                  "&nbsp;</span> <b>%3</b></p>")
                       .arg(RoadSignStyle::foreground(RoadSign::Red).name(),
                            QCoreApplication::translate("RoadSignStyle", "Not sent").toHtmlEscaped(),
                            title.toHtmlEscaped());
    if (!line.isEmpty())
        html += QStringLiteral("<p><tt>%1</tt></p>").arg(line.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(explanation.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(QCoreApplication::translate("RoadSignStyle", "What to do:").toHtmlEscaped(),
                     fix.toHtmlEscaped());
    return html;
}

} // namespace

QString RoadSignStyle::explanationHtml(int code, const QString& enhanced, const QString& text)
{
    // An administrator took the message out of the queue (Queue, Delete): final, and no DSN went out.
    if (code <= 0 && text == QueueActions::deletedReply())
        return notSentHtml(
            QCoreApplication::translate("RoadSignStyle", "Deleted from the queue"), QString(),
            QCoreApplication::translate(
                "RoadSignStyle", "The relay administrator deleted this message from the queue before it "
                                 "reached this recipient. RelayDesk will not try it again and told the "
                                 "sender nothing; its content is no longer stored."),
            QCoreApplication::translate("RoadSignStyle",
                                        "If it was deleted by mistake, ask the sender to send it again."));
    // No server was asked: the relay decided itself (the address is on the agent's suppression list), and
    // that is final, as the command line says.
    if (code <= 0 && !text.isEmpty())
        return notSentHtml(
            QCoreApplication::translate("RoadSignStyle", "Suppressed by the relay"),
            replyLine(code, enhanced, text),
            QCoreApplication::translate(
                "RoadSignStyle", "RelayDesk did not try this recipient and will not: the address is on the "
                                 "Mail Agent's suppression list, after a permanent failure or added there "
                                 "by hand (the reason is above)."),
            QCoreApplication::translate("RoadSignStyle", "If the address works again, remove it from the "
                                                         "suppression list (Mail Agents, Suppressions)."));
    if (code <= 0)
        return QCoreApplication::translate("RoadSignStyle", "<p>No delivery attempt yet.</p>");
    const ReplyExplanation info = ReplyCatalog::explain(code, enhanced.toLatin1(), text.toUtf8());
    QString html =
        QStringLiteral("<p><span style=\"background:%1;color:white;padding:2px 6px;\">&nbsp;%2&nbsp;</span>"
                       " <b>%3</b></p>")
            .arg(foreground(info.sign).name(), label(info.sign).toHtmlEscaped(), info.title.toHtmlEscaped());
    html += QStringLiteral("<p><tt>%1</tt></p>").arg(replyLine(code, enhanced, text).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(info.explanation.toHtmlEscaped());
    if (!info.suggestedFix.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(QCoreApplication::translate("RoadSignStyle", "What to do:").toHtmlEscaped(),
                         info.suggestedFix.toHtmlEscaped());
    return html;
}

QString RoadSignStyle::liftedSuppressionHtml(const QString& text, const QString& resendStep)
{
    // Lifted since: "the address is on the list ... remove it from the list" told the person to do what they
    // had just done, and never that this message still has not gone there (an outside tester).
    return notSentHtml(
        QCoreApplication::translate("RoadSignStyle", "Suppressed by the relay then, no longer"),
        replyLine(0, QString(), text),
        QCoreApplication::translate(
            "RoadSignStyle",
            "RelayDesk did not try this recipient: when this message was sent, the address "
            "was on the Mail Agent's suppression list (the reason is above). It is no longer "
            "on it, so later messages to it are sent; this one was not."),
        resendStep.isEmpty() ? notResendable() : resendStep);
}

QString RoadSignStyle::notResendable()
{
    return QCoreApplication::translate("RoadSignStyle",
                                       "The content of this message is no longer stored, so "
                                       "it cannot be resent: ask its sender to send it again.");
}

bool RoadSignStyle::isSuppressedReply(int code, const QString& text)
{
    return code <= 0 && SuppressionList::suppressedReason(text).has_value();
}

} // namespace RelayDesk
