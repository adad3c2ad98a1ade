#pragma once

#include <QByteArrayView>
#include <QString>

namespace RelayDesk {

/// The road sign of a reply: green done, yellow temporary (will retry), red permanent (needs a person).
enum class RoadSign
{
    Green,
    Yellow,
    Red
};

/// What a reply code means, in plain words, and what to do about it.
struct ReplyExplanation
{
    RoadSign sign = RoadSign::Red;
    QString title;        ///< short: "Mailbox does not exist"
    QString explanation;  ///< one or two sentences for a person
    QString suggestedFix; ///< what to do next; empty when nothing is needed
    bool known = false;   ///< false when only the code class matched (fallback)
};

/// docs/architecture.md, "one table of replies": the one table that explains every SMTP reply the relay sends
/// or receives (RFC 5321 4.2, RFC 3463 enhanced codes, and what large mailbox providers commonly send).
class ReplyCatalog final
{
public:
    /// Explains a reply. Lookup order: (code, enhanced) pair, then enhanced code, then code, then class.
    /// text is the reply text; it refines a few provider-specific cases (e.g. "rate limit", "spamhaus").
    static ReplyExplanation explain(int code, QByteArrayView enhanced, QByteArrayView text = {});
    static QString signName(RoadSign sign); ///< "green", "yellow", "red"
    static RoadSign signFor(int code);      ///< by class alone: 2xx/3xx green, 4xx yellow, 5xx red
};

} // namespace RelayDesk
