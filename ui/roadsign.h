#pragma once

#include "core/smtp/replycatalog.h"

#include <QColor>
#include <QString>

namespace RelayDesk {

/// How the UI shows a reply's road sign (docs/architecture.md, "one table of replies"): colours for tables,
/// and the explanation as rich text.
class RoadSignStyle final
{
public:
    static QColor background(RoadSign sign); ///< a light tint that keeps text readable
    static QColor foreground(RoadSign sign); ///< the strong colour for icons and headings
    static QString label(RoadSign sign);     ///< translated "Delivered", "Will retry", "Needs attention"
    /// The explanation of a reply as HTML: a coloured heading, what it means, and the suggested fix. A reply
    /// without a code but with words is the relay's own decision not to send (a suppressed address): final.
    static QString explanationHtml(int code, const QString& enhanced, const QString& text);
    /// In place of explanationHtml() for a recipient not sent because its address was on the agent's
    /// suppression list, once the address has been lifted from it: it was on the list then, is no longer, and
    /// how this message reaches it now (resendStep; empty when the content is gone: notResendable()).
    static QString liftedSuppressionHtml(const QString& text, const QString& resendStep);
    /// Why a message whose content is no longer stored cannot be resent, and what to do instead.
    static QString notResendable();
    /// Whether a reply is the relay's own "not sent: the address is on the agent's suppression list".
    static bool isSuppressedReply(int code, const QString& text);
    /// In place of the explanation for a held message: it is not tried until released, whatever its last
    /// reply promised (an outside tester read "temporary problem, will retry" beside a held recipient); then
    /// that reply.
    static QString heldHtml(int code, const QString& enhanced, const QString& text);
    /// "Last reply: 451 4.7.1 ...", without its explanation (whose advice may not hold: held, delivery off).
    static QString lastReplyHtml(int code, const QString& enhanced, const QString& text);
    /// A reply on one line as the command line prints it: "451 4.7.1 Greylisted", or the relay's own words
    /// when no server replied (code 0: "not sent: ..."); empty before any attempt.
    static QString replyLine(int code, const QString& enhanced, const QString& text);
    /// The relay's own final words (code 0) without their "not sent:", for beside a "Not sent" badge.
    static QString notSentReason(const QString& text);
    /// A suppression's reason in the window's language: the relay's own default translated, a server's reply
    /// as it came.
    static QString suppressionReason(const QString& reason);
    /// The road sign of a reply: a server's by its code; the relay's own "not sent" is red (final), and so
    /// is a recipient it gave up when its time ran out (4.4.7, whatever the last reply's class).
    static RoadSign signOf(int code, const QString& enhanced, const QString& text);
    /// Whether there is a reply to show: a server's, or the relay's own words.
    static bool hasReply(int code, const QString& text) { return code > 0 || !text.isEmpty(); }
};

} // namespace RelayDesk
