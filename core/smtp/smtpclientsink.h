#pragma once

#include "core/smtp/smtpreply.h"

#include <QByteArray>
#include <QList>

namespace RelayDesk {

/// What SmtpClientProtocol asks of its transport (the protocol never touches a socket: docs/conventions.md).
class SmtpClientSink
{
public:
    virtual ~SmtpClientSink() = default;
    /// Write these bytes to the server.
    virtual void sendToServer(const QByteArray& bytes) = 0;
    /// The server said 220 to STARTTLS: start the TLS handshake, then call
    /// SmtpClientProtocol::tlsEstablished().
    virtual void startTlsHandshake() = 0;
    /// Greeting, EHLO, TLS and AUTH are done (or the last transaction is over): a job may be sent.
    virtual void sessionReady() = 0;
    /// The job given to send() is over: one reply per recipient, in the job's order.
    virtual void transactionFinished(const QList<SmtpReply>& perRecipient) = 0;
    /// The session cannot go on (called after transactionFinished when a job was running); close it.
    virtual void sessionFailed(const SmtpReply& reason) = 0;
    /// QUIT was answered: close the connection.
    virtual void closeConnection() = 0;
};

} // namespace RelayDesk
