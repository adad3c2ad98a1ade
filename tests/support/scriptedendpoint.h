#pragma once

#include "core/smtp/smtpserverendpoint.h"

#include <QByteArray>
#include <QList>

namespace RelayDesk::Test {

/// Records what an SmtpServerProtocol asks of its surroundings, so protocol tests read as dialogs.
class ScriptedEndpoint final : public SmtpServerEndpoint
{
public:
    void sendReply(const SmtpReply& reply) override
    {
        replies << reply;
        if (reply.closeAfter)
            closed = true;
    }
    void startTls() override { ++tlsRequests; }
    bool isAuthLockedOut() override { return lockedOut; }
    void verifyCredentials(const QByteArray& username, const QByteArray& password) override
    {
        credentials << qMakePair(username, password);
    }
    void commitMessage(const SubmittedMessage& message) override { commits << message; }

    /// Replies since the last call, as "250 2.1.0 Sender OK" summaries (multi-line: first line only).
    QList<QByteArray> takeSummaries()
    {
        QList<QByteArray> out;
        for (const SmtpReply& r : std::as_const(replies))
            out << r.summary();
        replies.clear();
        return out;
    }
    QList<int> takeCodes()
    {
        QList<int> out;
        for (const SmtpReply& r : std::as_const(replies))
            out << r.code;
        replies.clear();
        return out;
    }

    QList<SmtpReply> replies;
    QList<QPair<QByteArray, QByteArray>> credentials;
    QList<SubmittedMessage> commits;
    int tlsRequests = 0;
    bool lockedOut = false;
    bool closed = false;
};

} // namespace RelayDesk::Test
