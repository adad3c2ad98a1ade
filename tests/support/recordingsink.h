#pragma once

#include "core/smtp/smtpclientsink.h"

#include <QByteArray>
#include <QList>

namespace RelayDesk::Test {

/// Records what an SmtpClientProtocol asks of its transport, so client tests read as dialogs.
struct RecordingSink : SmtpClientSink
{
    QList<QByteArray> sent; ///< one entry per sendToServer call
    int readyCount = 0;
    int tlsRequests = 0;
    bool closed = false;
    QList<QList<SmtpReply>> finished;
    QList<SmtpReply> failures;
    /// Everything in order, in the lines of a dialog script (tests/dialogs/README.md): "C:" lines sent,
    /// "E:" calls.
    QList<QByteArray> log;
    QList<QByteArray> recipients; ///< of the running job: names the outcomes in the log

    void sendToServer(const QByteArray& bytes) override
    {
        sent.append(bytes);
        QByteArray rest = bytes;
        while (!rest.isEmpty()) {
            const qsizetype crlf = rest.indexOf("\r\n");
            log << "C: " + (crlf < 0 ? rest + "\\c" : rest.left(crlf)); // \c: a line sent without CRLF
            rest = crlf < 0 ? QByteArray() : rest.mid(crlf + 2);
        }
    }
    void startTlsHandshake() override
    {
        ++tlsRequests;
        log << "E: starttls";
    }
    void sessionReady() override
    {
        ++readyCount;
        log << "E: ready";
    }
    void transactionFinished(const QList<SmtpReply>& perRecipient) override
    {
        finished.append(perRecipient);
        for (qsizetype i = 0; i < perRecipient.size(); ++i)
            log << "E: outcome <" + recipients.value(i) + "> " + perRecipient[i].summary();
    }
    void sessionFailed(const SmtpReply& reason) override
    {
        failures.append(reason);
        log << "E: failed " + reason.summary();
    }
    void closeConnection() override
    {
        closed = true;
        log << "E: close";
    }
};

} // namespace RelayDesk::Test
