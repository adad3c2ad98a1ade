#pragma once

#include "core/util/expected.h"

#include <QString>

namespace RelayDesk {

/// "Send test message" for the faces: queues a short TestMessage as if a Mail Agent had submitted it (counted
/// for that agent, delivered by the engine the normal way, by MX or smarthost), committed durably like an
/// accepted message, and tells a running engine, in this or another process, to look at the queue now.
/// Uses the calling thread's connection and a store writer of its own: call it off the GUI thread.
class TestMessageAdmin final
{
public:
    explicit TestMessageAdmin(QString dataDir);

    /// Empty if address may be the From or To of a test message, otherwise what is wrong with it.
    static QString addressProblem(const QString& address);
    /// The address as the test message is sent: trimmed, its domain in A-labels (RFC 5891).
    static QString asSent(const QString& address);
    /// An address in the agent's first sender domain ("relaydesk-test@example.com"), or its first exact
    /// address; empty when it has neither.
    QString defaultFrom(const QString& agentName) const;
    /// Queues the message from `from` to `to` for agentName (an enabled agent that may send as `from`,
    /// docs/protocols.md "Sender domains"); returns its queue id.
    Expected<QString> send(const QString& agentName, const QString& from, const QString& to) const;

private:
    QString m_dataDir;
};

} // namespace RelayDesk
