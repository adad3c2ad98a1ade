#pragma once

#include "core/smtp/smtpreply.h"

namespace RelayDesk::Test {

/// A server's answer to a recipient's RCPT (SmtpReply::toRecipient): the only kind that may put the address
/// on the suppression list.
inline SmtpReply rcptReply(int code, const QByteArray& enhanced, const QByteArray& text)
{
    SmtpReply reply = SmtpReply::make(code, enhanced, text);
    reply.toRecipient = true;
    return reply;
}

} // namespace RelayDesk::Test
