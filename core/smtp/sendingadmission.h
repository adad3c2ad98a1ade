#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace RelayDesk {

/// The windows a Mail Agent's messages are counted in: fixed UTC windows that start on the clock's whole
/// minute, hour and day (docs/protocols.md, "Sending limits").
enum class SendingWindow
{
    Minute,
    Hour,
    Day
};

/// "minute", "hour" or "day", for logs and JSON.
const char* sendingWindowName(SendingWindow window);

/// Why a Mail Agent may not start another message now: the window whose limit it has reached.
struct SendingRefusal
{
    SendingWindow window = SendingWindow::Minute;
    int sent = 0;          ///< messages accepted from the agent in this window
    int limit = 0;         ///< the agent's limit for this window
    qint64 resetsAtMs = 0; ///< when the window ends (milliseconds since the epoch)
};

/// The engine's answer at MAIL: whether the agent may start a message, and how many recipients it may give
/// it.
struct SendingAdmission
{
    std::optional<SendingRefusal> refusal;
    int maxRecipients = 0; ///< 0: no limit of the agent's own (the listener's limit still applies)
};

/// The text of the 451 4.7.1 reply to a refused MAIL, naming the limit and when it resets, for example
/// `Agent "Billing" sent 100 messages this hour (limit 100); try again after 14:00 UTC`. US-ASCII only
/// (RFC 5321 4.2: reply text).
QByteArray sendingRefusalText(const QString& agentName, const SendingRefusal& refusal);

} // namespace RelayDesk
