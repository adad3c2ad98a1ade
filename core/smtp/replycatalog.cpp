#include "core/smtp/replycatalog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace RelayDesk {

namespace {

/// The three user-visible strings of an entry, untranslated (translated when explained).
struct Words
{
    const char* title;
    const char* explanation;
    const char* fix; ///< nullptr when nothing needs doing
};

/// A basic reply code (RFC 5321 4.2.2 / 4.2.3, RFC 3207, RFC 4954, RFC 7504).
struct CodeEntry
{
    int code;
    Words words;
};

/// An enhanced code's subject.detail (RFC 3463 and the IANA registry), the same for classes 4 and 5.
struct EnhancedEntry
{
    int subject;
    int detailFrom;
    int detailTo;
    Words words;
    const char* transientFix; ///< fix for a 4.x.x reply; nullptr: the generic "RelayDesk retries" text
};

/// A code and enhanced code that mean something more specific together, mostly what providers send.
struct PairEntry
{
    int code;
    const char* enhanced;
    Words words;
};

/// Reply text that refines any 4xx/5xx reply: "|"-separated lower-case keywords, optional constraints.
struct KeywordEntry
{
    const char* keywords;
    int codeClass;        ///< 4 or 5; 0 for either
    const char* enhanced; ///< "7.1" (subject.detail) or nullptr for any
    Words words;
    bool vagueOnly = false; ///< only refines replies with no pair entry and no specific enhanced code
};

constexpr const char* kRetryFix =
    QT_TRANSLATE_NOOP("ReplyCatalog", "Nothing to do: RelayDesk retries automatically.");

// The tables are prose: one line a string reads better than reflowed text.
// clang-format off
constexpr CodeEntry kCodes[] = {
    // RFC 5321 4.2.2 / 4.2.3 positive replies
    {211, {QT_TRANSLATE_NOOP("ReplyCatalog", "System status"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The server answered a status request."),
           nullptr}},
    {214, {QT_TRANSLATE_NOOP("ReplyCatalog", "Help message"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The server sent help text in answer to HELP."),
           nullptr}},
    {220, {QT_TRANSLATE_NOOP("ReplyCatalog", "Server ready"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The mail server greeted the connection and is ready."),
           nullptr}},
    {221, {QT_TRANSLATE_NOOP("ReplyCatalog", "Connection closed"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The server closed the connection normally."),
           nullptr}},
    {235, {QT_TRANSLATE_NOOP("ReplyCatalog", "Signed in"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The username and password were accepted (RFC 4954)."),
           nullptr}},
    {250, {QT_TRANSLATE_NOOP("ReplyCatalog", "Accepted"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The server accepted the command or the message."),
           nullptr}},
    {251, {QT_TRANSLATE_NOOP("ReplyCatalog", "Accepted for forwarding"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The recipient is not local to that server, but it accepted the message and will forward it."),
           nullptr}},
    {252, {QT_TRANSLATE_NOOP("ReplyCatalog", "Accepted without verification"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The server cannot confirm the mailbox exists but accepted the message and will try to deliver it."),
           nullptr}},
    {334, {QT_TRANSLATE_NOOP("ReplyCatalog", "Sign-in in progress"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The server is waiting for the next step of the sign-in exchange."),
           nullptr}},
    {354, {QT_TRANSLATE_NOOP("ReplyCatalog", "Ready for the message"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The server is waiting for the message content."),
           nullptr}},
    // transient
    {421, {QT_TRANSLATE_NOOP("ReplyCatalog", "Server unavailable"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server is busy, restarting or limiting connections and closed the connection."),
           kRetryFix}},
    {432, {QT_TRANSLATE_NOOP("ReplyCatalog", "Password change needed"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The server requires the account's password to be changed before signing in (RFC 4954)."),
           QT_TRANSLATE_NOOP("ReplyCatalog", "Sign in to the account with a mail program and change the password, then update it in RelayDesk.")}},
    {450, {QT_TRANSLATE_NOOP("ReplyCatalog", "Mailbox temporarily unavailable"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The recipient's mailbox is busy or temporarily blocked by the receiving server."),
           kRetryFix}},
    {451, {QT_TRANSLATE_NOOP("ReplyCatalog", "Temporary server error"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server hit a local problem while handling the message."),
           kRetryFix}},
    {452, {QT_TRANSLATE_NOOP("ReplyCatalog", "Temporarily out of room"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server is short of storage or took too many recipients at once."),
           kRetryFix}},
    {454, {QT_TRANSLATE_NOOP("ReplyCatalog", "Temporary sign-in or encryption failure"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The server could not complete sign-in or start encryption just now (RFC 4954, RFC 3207). From RelayDesk it may also mean that the administrator disabled the Mail Agent (\"Accept mail from this agent\" is off): the password is right."),
           kRetryFix}},
    {455, {QT_TRANSLATE_NOOP("ReplyCatalog", "Parameters not accepted now"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The server cannot handle the requested options at the moment."),
           kRetryFix}},
    // permanent
    {500, {QT_TRANSLATE_NOOP("ReplyCatalog", "Command not recognised"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The server did not understand a command."),
           QT_TRANSLATE_NOOP("ReplyCatalog", "Check that the sending program speaks standard SMTP; report the transcript if it persists.")}},
    {501, {QT_TRANSLATE_NOOP("ReplyCatalog", "Invalid command arguments"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "A command had badly formed arguments, often an address with invalid characters."),
           QT_TRANSLATE_NOOP("ReplyCatalog", "Check the sender and recipient addresses for typos and invalid characters.")}},
    {502, {QT_TRANSLATE_NOOP("ReplyCatalog", "Command not supported"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The server does not implement this command."),
           QT_TRANSLATE_NOOP("ReplyCatalog", "Turn off the feature in the sending program, or use a server that supports it.")}},
    {503, {QT_TRANSLATE_NOOP("ReplyCatalog", "Commands out of order"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "A command came at the wrong point of the conversation."),
           QT_TRANSLATE_NOOP("ReplyCatalog", "Check the sending program's SMTP settings (for example, sign in before sending).")}},
    {504, {QT_TRANSLATE_NOOP("ReplyCatalog", "Option not supported"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The server does not support a parameter of the command."),
           QT_TRANSLATE_NOOP("ReplyCatalog", "Choose another sign-in method or option in the sending program.")}},
    {521, {QT_TRANSLATE_NOOP("ReplyCatalog", "Server accepts no mail"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "This host never accepts mail (RFC 7504)."),
           QT_TRANSLATE_NOOP("ReplyCatalog", "Check the recipient's domain: it does not receive email at this server.")}},
    {530, {QT_TRANSLATE_NOOP("ReplyCatalog", "Sign-in required"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The server only accepts mail after sign-in, or only over an encrypted connection."),
           QT_TRANSLATE_NOOP("ReplyCatalog", "Enable TLS and enter the username and password in the sending program.")}},
    {534, {QT_TRANSLATE_NOOP("ReplyCatalog", "Sign-in method too weak"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The server refuses the chosen sign-in method as too weak."),
           QT_TRANSLATE_NOOP("ReplyCatalog", "Choose a stronger sign-in method and make sure the connection is encrypted.")}},
    {535, {QT_TRANSLATE_NOOP("ReplyCatalog", "Wrong username or password"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The server rejected the sign-in credentials. From RelayDesk: a wrong password, one that was revoked or replaced by a rotation, or a sign-in from an address the Mail Agent's allowlist does not list."),
           QT_TRANSLATE_NOOP("ReplyCatalog", "Check the username and password (generate a new password if in doubt) and the address the program sends from against the agent's allowlist.")}},
    {538, {QT_TRANSLATE_NOOP("ReplyCatalog", "Encryption required to sign in"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "This sign-in method is only allowed over an encrypted connection (RFC 4954)."),
           QT_TRANSLATE_NOOP("ReplyCatalog", "Turn on TLS (STARTTLS or SMTPS) in the sending program.")}},
    {550, {QT_TRANSLATE_NOOP("ReplyCatalog", "Rejected: mailbox unavailable"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server refused the message: the mailbox does not exist or the message was refused by policy."),
           QT_TRANSLATE_NOOP("ReplyCatalog", "Check the recipient's address; if it is right, read the server's text for the reason.")}},
    {551, {QT_TRANSLATE_NOOP("ReplyCatalog", "Recipient not local"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The server does not handle mail for this recipient."),
           QT_TRANSLATE_NOOP("ReplyCatalog", "Check the recipient's address for typos or ask the recipient for a current address.")}},
    {552, {QT_TRANSLATE_NOOP("ReplyCatalog", "Storage limit exceeded"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The message is too large, or the recipient's mailbox has no room left."),
           QT_TRANSLATE_NOOP("ReplyCatalog", "Send a smaller message (share large files by link) or ask the recipient to free up space.")}},
    {553, {QT_TRANSLATE_NOOP("ReplyCatalog", "Address not allowed"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The server refused the mailbox name, usually as invalid."),
           QT_TRANSLATE_NOOP("ReplyCatalog", "Check the address for typos and characters that are not allowed.")}},
    {554, {QT_TRANSLATE_NOOP("ReplyCatalog", "Transaction failed"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The server refused the message or the whole connection."),
           QT_TRANSLATE_NOOP("ReplyCatalog", "Read the server's text for the reason; often the sender's IP or content was refused.")}},
    {555, {QT_TRANSLATE_NOOP("ReplyCatalog", "Options not recognised"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The server did not recognise options given with MAIL or RCPT."),
           QT_TRANSLATE_NOOP("ReplyCatalog", "Turn off extra sending options such as delivery notifications in the sending program.")}},
    {556, {QT_TRANSLATE_NOOP("ReplyCatalog", "Domain accepts no mail"),
           QT_TRANSLATE_NOOP("ReplyCatalog", "The recipient's domain does not receive email (RFC 7504)."),
           QT_TRANSLATE_NOOP("ReplyCatalog", "Check the recipient's domain for typos; ask the recipient for a working address.")}},
};

constexpr EnhancedEntry kEnhanced[] = {
    // RFC 3463 3.1: other
    {0, 0, 0, {QT_TRANSLATE_NOOP("ReplyCatalog", "Unspecified error"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The server gave no detail beyond the reply code."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Read the server's text for the reason.")}, nullptr},
    // RFC 3463 3.2: addressing
    {1, 0, 0, {QT_TRANSLATE_NOOP("ReplyCatalog", "Address problem"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Something about the sender or recipient address caused this."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Check the sender and recipient addresses.")}, nullptr},
    {1, 1, 1, {QT_TRANSLATE_NOOP("ReplyCatalog", "Mailbox does not exist"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server has no mailbox with this name."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Check the recipient's address for typos, or ask the recipient for the right address.")}, nullptr},
    {1, 2, 2, {QT_TRANSLATE_NOOP("ReplyCatalog", "Domain does not exist"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The part after the @ does not exist or cannot receive mail."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Check the domain of the recipient's address for typos.")}, QT_TRANSLATE_NOOP("ReplyCatalog", "Nothing to do now: RelayDesk retries; check the domain for typos if it keeps failing.")},
    {1, 3, 3, {QT_TRANSLATE_NOOP("ReplyCatalog", "Invalid recipient address"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The recipient's address is not written correctly."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Check the recipient's address for typos, spaces or invalid characters.")}, nullptr},
    {1, 4, 4, {QT_TRANSLATE_NOOP("ReplyCatalog", "Ambiguous address"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The address matches more than one mailbox on that server."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Use the recipient's full, exact address.")}, nullptr},
    {1, 5, 5, {QT_TRANSLATE_NOOP("ReplyCatalog", "Recipient address valid"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The server confirmed the recipient's address."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Read the server's text for the reason the message was still refused.")}, nullptr},
    {1, 6, 6, {QT_TRANSLATE_NOOP("ReplyCatalog", "Mailbox has moved"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The recipient's mailbox moved and the server knows no forwarding address."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Ask the recipient for their new address.")}, nullptr},
    {1, 7, 7, {QT_TRANSLATE_NOOP("ReplyCatalog", "Invalid sender address"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The sender's address is not written correctly."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Check the From address configured in the sending program.")}, nullptr},
    {1, 8, 8, {QT_TRANSLATE_NOOP("ReplyCatalog", "Sender domain invalid"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The domain of the sender's address does not exist or cannot receive replies."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Use a sender address in a real domain with working DNS (MX or A records).")}, nullptr},
    {1, 9, 9, {QT_TRANSLATE_NOOP("ReplyCatalog", "Relayed to a non-compliant server"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The message was passed to a server that cannot report delivery status (RFC 3886)."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Read the server's text; ask the recipient whether the message arrived.")}, nullptr},
    {1, 10, 10, {QT_TRANSLATE_NOOP("ReplyCatalog", "Recipient domain accepts no mail"),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "The recipient's domain publishes a null MX record: it never receives email (RFC 7505)."),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "Check the recipient's domain for typos; ask the recipient for a working address.")}, nullptr},
    // RFC 3463 3.3: mailbox
    {2, 0, 0, {QT_TRANSLATE_NOOP("ReplyCatalog", "Mailbox problem"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Something about the recipient's mailbox caused this."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Contact the recipient by other means.")}, nullptr},
    {2, 1, 1, {QT_TRANSLATE_NOOP("ReplyCatalog", "Mailbox disabled"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The recipient's mailbox exists but does not accept messages."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Contact the recipient by other means; the account may be closed.")}, nullptr},
    {2, 2, 2, {QT_TRANSLATE_NOOP("ReplyCatalog", "Mailbox full"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The recipient's mailbox is over its storage quota."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Ask the recipient to free up space, then send again.")}, QT_TRANSLATE_NOOP("ReplyCatalog", "Nothing to do: RelayDesk retries; if it keeps failing, ask the recipient to free up space.")},
    {2, 3, 3, {QT_TRANSLATE_NOOP("ReplyCatalog", "Message too large for recipient"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The message is larger than the recipient's server allows."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Send a smaller message; share large attachments by link.")}, nullptr},
    {2, 4, 4, {QT_TRANSLATE_NOOP("ReplyCatalog", "Mailing list problem"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The recipient is a mailing list that could not be expanded."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Contact the list's owner.")}, nullptr},
    // RFC 3463 3.4: mail system
    {3, 0, 0, {QT_TRANSLATE_NOOP("ReplyCatalog", "Receiving server problem"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving mail system reported a problem."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Contact the recipient's administrator if it keeps happening.")}, nullptr},
    {3, 1, 1, {QT_TRANSLATE_NOOP("ReplyCatalog", "Mail system full"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server is out of storage."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Contact the recipient's administrator.")}, nullptr},
    {3, 2, 2, {QT_TRANSLATE_NOOP("ReplyCatalog", "Server not accepting mail"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server is not accepting messages right now, for example while shutting down."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Contact the recipient's administrator.")}, nullptr},
    {3, 3, 3, {QT_TRANSLATE_NOOP("ReplyCatalog", "Feature not supported"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server cannot handle a feature the message needs."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Send the message without the special feature (for example, as plain 7-bit text).")}, nullptr},
    {3, 4, 4, {QT_TRANSLATE_NOOP("ReplyCatalog", "Message too big"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The message is larger than the receiving server accepts."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Send a smaller message; share large attachments by link.")}, nullptr},
    {3, 5, 5, {QT_TRANSLATE_NOOP("ReplyCatalog", "Server misconfigured"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server is configured incorrectly."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Contact the recipient's administrator.")}, nullptr},
    {3, 6, 6, {QT_TRANSLATE_NOOP("ReplyCatalog", "Priority changed"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The server changed the message's priority (RFC 6710)."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Send the message with normal priority.")}, nullptr},
    // RFC 3463 3.5: network and routing
    {4, 0, 0, {QT_TRANSLATE_NOOP("ReplyCatalog", "Network or routing problem"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Something went wrong finding or reaching the server."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Check the relay's network connection and DNS settings.")}, nullptr},
    {4, 1, 1, {QT_TRANSLATE_NOOP("ReplyCatalog", "No answer from server"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server did not answer."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Check the relay's internet connection and that outgoing port 25 is not blocked.")}, nullptr},
    {4, 2, 2, {QT_TRANSLATE_NOOP("ReplyCatalog", "Connection dropped"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The connection to the server broke or timed out."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Check the relay's internet connection and firewall.")}, nullptr},
    {4, 3, 3, {QT_TRANSLATE_NOOP("ReplyCatalog", "Directory server failure"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "A directory service (such as DNS) failed during delivery."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Check the relay's DNS settings.")}, nullptr},
    {4, 4, 4, {QT_TRANSLATE_NOOP("ReplyCatalog", "No route to the domain"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "No mail server could be found for the recipient's domain."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Check the recipient's domain for typos; it may have no mail servers.")}, QT_TRANSLATE_NOOP("ReplyCatalog", "Nothing to do: RelayDesk retries; check the recipient's domain if it keeps failing.")},
    {4, 5, 5, {QT_TRANSLATE_NOOP("ReplyCatalog", "Mail system congested"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving system is overloaded."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Send again later.")}, nullptr},
    {4, 6, 6, {QT_TRANSLATE_NOOP("ReplyCatalog", "Routing loop"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The message went round in a loop between servers."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Check the relay's routes and smarthost settings for a loop.")}, nullptr},
    {4, 7, 7, {QT_TRANSLATE_NOOP("ReplyCatalog", "Delivery time expired"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The message could not be delivered before its time limit ran out."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Look at the earlier attempts in the delivery log for the underlying reason.")}, nullptr},
    // RFC 3463 3.6: protocol
    {5, 0, 0, {QT_TRANSLATE_NOOP("ReplyCatalog", "Protocol problem"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Something went wrong in the SMTP conversation."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Check the sending program's SMTP settings.")}, nullptr},
    {5, 1, 1, {QT_TRANSLATE_NOOP("ReplyCatalog", "Invalid command"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The server did not accept a command."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Check that the sending program speaks standard SMTP.")}, nullptr},
    {5, 2, 2, {QT_TRANSLATE_NOOP("ReplyCatalog", "Syntax error"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "A command was not written correctly, for example with control characters."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Check the sending program's settings and the addresses it uses.")}, nullptr},
    {5, 3, 3, {QT_TRANSLATE_NOOP("ReplyCatalog", "Too many recipients"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The message has more recipients than the server accepts at once."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Split the recipients over several messages.")}, QT_TRANSLATE_NOOP("ReplyCatalog", "Nothing to do: RelayDesk sends the remaining recipients in another attempt.")},
    {5, 4, 4, {QT_TRANSLATE_NOOP("ReplyCatalog", "Invalid command arguments"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "A command had arguments the server could not accept."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Check the addresses and sending options.")}, nullptr},
    {5, 5, 5, {QT_TRANSLATE_NOOP("ReplyCatalog", "Wrong protocol version"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The two servers could not agree on the protocol."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Check the sending program's SMTP settings.")}, nullptr},
    {5, 6, 6, {QT_TRANSLATE_NOOP("ReplyCatalog", "Sign-in data too long"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "A sign-in line was longer than the server allows (RFC 4954)."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Use a shorter sign-in token or another sign-in method.")}, nullptr},
    // RFC 3463 3.7: content and media
    {6, 0, 0, {QT_TRANSLATE_NOOP("ReplyCatalog", "Content problem"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Something about the message content caused this."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Check the message's format and attachments.")}, nullptr},
    {6, 1, 1, {QT_TRANSLATE_NOOP("ReplyCatalog", "Content type not supported"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The server does not accept this kind of content."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Send the content in another format.")}, nullptr},
    {6, 2, 2, {QT_TRANSLATE_NOOP("ReplyCatalog", "Conversion not allowed"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The message would need converting, which was prohibited."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Send the message in a format the recipient supports.")}, nullptr},
    {6, 3, 3, {QT_TRANSLATE_NOOP("ReplyCatalog", "Conversion not supported"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The message would need a conversion the server cannot do."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Send the message as plain 7-bit text or standard MIME.")}, nullptr},
    {6, 4, 4, {QT_TRANSLATE_NOOP("ReplyCatalog", "Converted with loss"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The message was converted and some content was lost."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Send the message in a simpler format, such as plain text.")}, nullptr},
    {6, 5, 5, {QT_TRANSLATE_NOOP("ReplyCatalog", "Conversion failed"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Converting the message failed."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Send the message in a simpler format.")}, nullptr},
    {6, 6, 6, {QT_TRANSLATE_NOOP("ReplyCatalog", "Content not available"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Referenced message content could not be fetched (RFC 4468)."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Send the message again with its full content.")}, nullptr},
    {6, 7, 7, {QT_TRANSLATE_NOOP("ReplyCatalog", "Non-ASCII address not allowed"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The address contains international characters, which this server does not accept (RFC 6531)."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Use an address written in plain ASCII letters.")}, nullptr},
    {6, 8, 9, {QT_TRANSLATE_NOOP("ReplyCatalog", "International text not accepted"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The message needs international (UTF-8) support the other side lacks (RFC 6531)."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Use plain ASCII addresses and headers for this recipient.")}, nullptr},
    // RFC 3463 3.8: security and policy, with RFC 4954, 5248, 6710, 7293, 7372, 7505, 8617, 8689
    {7, 0, 0, {QT_TRANSLATE_NOOP("ReplyCatalog", "Security or policy refusal"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The server refused the message for a security or policy reason."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Read the server's text for the reason; check sign-in and the sender's domain setup.")}, nullptr},
    {7, 1, 1, {QT_TRANSLATE_NOOP("ReplyCatalog", "Delivery not authorised"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server refused the message by its policy."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Read the server's text; check the sender's SPF, DKIM and DMARC and that the recipient accepts mail from you.")}, nullptr},
    {7, 2, 2, {QT_TRANSLATE_NOOP("ReplyCatalog", "List expansion not allowed"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The sender may not send to this mailing list."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Ask the list's owner for permission.")}, nullptr},
    {7, 3, 3, {QT_TRANSLATE_NOOP("ReplyCatalog", "Security conversion impossible"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The message needed a security conversion that could not be done."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Send the message without encryption or signing.")}, nullptr},
    {7, 4, 4, {QT_TRANSLATE_NOOP("ReplyCatalog", "Security features not supported"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The server cannot handle the message's security features."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Send the message without those security features.")}, nullptr},
    {7, 5, 5, {QT_TRANSLATE_NOOP("ReplyCatalog", "Cryptographic failure"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Decrypting or verifying the message failed."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Check the signing or encryption set-up of the sending program.")}, nullptr},
    {7, 6, 6, {QT_TRANSLATE_NOOP("ReplyCatalog", "Algorithm not supported"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The message uses a cryptographic algorithm the server lacks."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Use a common algorithm for signing or encryption.")}, nullptr},
    {7, 7, 7, {QT_TRANSLATE_NOOP("ReplyCatalog", "Message integrity failure"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The message was changed or damaged on the way."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Send the message again; check for software that rewrites messages.")}, nullptr},
    {7, 8, 8, {QT_TRANSLATE_NOOP("ReplyCatalog", "Wrong username or password"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The server rejected the sign-in credentials (RFC 4954)."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Check the username and password; generate a new password if in doubt.")}, nullptr},
    {7, 9, 9, {QT_TRANSLATE_NOOP("ReplyCatalog", "Sign-in method too weak"),
               QT_TRANSLATE_NOOP("ReplyCatalog", "The chosen sign-in method is too weak for this server."),
               QT_TRANSLATE_NOOP("ReplyCatalog", "Choose a stronger sign-in method in the sending program.")}, nullptr},
    {7, 10, 10, {QT_TRANSLATE_NOOP("ReplyCatalog", "Encryption needed"),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "The server requires an encrypted connection (RFC 5248)."),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "Turn on TLS (STARTTLS or SMTPS) in the sending program.")}, nullptr},
    {7, 11, 11, {QT_TRANSLATE_NOOP("ReplyCatalog", "Encryption required to sign in"),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "This sign-in method is only allowed over an encrypted connection (RFC 4954)."),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "Turn on TLS (STARTTLS or SMTPS) in the sending program.")}, nullptr},
    {7, 12, 12, {QT_TRANSLATE_NOOP("ReplyCatalog", "Password change needed"),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "The account must change its password before signing in."),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "Change the account's password, then update it in RelayDesk.")}, nullptr},
    {7, 13, 13, {QT_TRANSLATE_NOOP("ReplyCatalog", "Account disabled"),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "The account used to sign in is disabled (RFC 5248)."),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "Ask the server's administrator to enable the account.")}, nullptr},
    {7, 14, 14, {QT_TRANSLATE_NOOP("ReplyCatalog", "Trust relationship required"),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "The server only accepts this from systems it has a trust agreement with."),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "Ask the recipient's administrator to allow your server.")}, nullptr},
    {7, 15, 16, {QT_TRANSLATE_NOOP("ReplyCatalog", "Priority too low"),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "The server refused the message's priority or size for that priority (RFC 6710)."),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "Send the message with normal priority or make it smaller.")}, nullptr},
    {7, 17, 19, {QT_TRANSLATE_NOOP("ReplyCatalog", "Mailbox owner changed"),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "The mailbox or domain changed owner since the sender last used it (RFC 7293)."),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "Confirm the recipient's current address before sending again.")}, nullptr},
    {7, 20, 22, {QT_TRANSLATE_NOOP("ReplyCatalog", "DKIM signature missing or invalid"),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "The message had no acceptable DKIM signature from the sender's domain (RFC 7372)."),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "Set up DKIM signing for the sender's domain and publish its key in DNS.")}, nullptr},
    {7, 23, 24, {QT_TRANSLATE_NOOP("ReplyCatalog", "SPF check failed"),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "The sender's domain does not list this relay's IP address in its SPF record (RFC 7372)."),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "Add the relay's public IP address (or smarthost) to the SPF record of the sender's domain.")}, nullptr},
    {7, 25, 25, {QT_TRANSLATE_NOOP("ReplyCatalog", "Reverse DNS check failed"),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "The relay's public IP address has no matching reverse DNS (PTR) name (RFC 7372)."),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "Ask the internet provider to set a PTR record for the relay's IP, or use a smarthost.")}, nullptr},
    {7, 26, 26, {QT_TRANSLATE_NOOP("ReplyCatalog", "Sender not authenticated"),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "The message failed several authentication checks: SPF, DKIM and DMARC did not pass (RFC 7372)."),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "Publish SPF, DKIM and DMARC records for the sender's domain that cover this relay.")}, nullptr},
    {7, 27, 27, {QT_TRANSLATE_NOOP("ReplyCatalog", "Sender domain accepts no mail"),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "The sender's domain publishes a null MX, so replies could never reach it (RFC 7505)."),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "Use a sender address in a domain that can receive email.")}, nullptr},
    {7, 28, 28, {QT_TRANSLATE_NOOP("ReplyCatalog", "Mail flood detected"),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server saw an unusual amount of mail from this sender and is limiting it."),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "Send less mail at once and make sure recipients want it; check for a compromised account.")}, QT_TRANSLATE_NOOP("ReplyCatalog", "Nothing to do: RelayDesk retries more slowly; reduce sending volume if it keeps happening.")},
    {7, 29, 29, {QT_TRANSLATE_NOOP("ReplyCatalog", "ARC validation failed"),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "The message's ARC forwarding chain did not validate (RFC 8617)."),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "Check forwarding servers or mailing lists that handle the message.")}, nullptr},
    {7, 30, 30, {QT_TRANSLATE_NOOP("ReplyCatalog", "REQUIRETLS not supported"),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "The message required TLS all the way, which a server on the path cannot guarantee (RFC 8689)."),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "Send without the REQUIRETLS option or to a server that supports it.")}, nullptr},
    // Microsoft 365 / Exchange Online detail codes
    {7, 57, 57, {QT_TRANSLATE_NOOP("ReplyCatalog", "Sign-in required (Microsoft 365)"),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "Microsoft 365 refused to relay because the connection did not sign in."),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "Enter the Microsoft 365 username and password for the smarthost route, with TLS on.")}, nullptr},
    {7, 64, 64, {QT_TRANSLATE_NOOP("ReplyCatalog", "Relay denied (Microsoft 365)"),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "Microsoft 365 could not attribute the message to a tenant and refused to relay it."),
                 QT_TRANSLATE_NOOP("ReplyCatalog", "Check the Microsoft 365 inbound connector for the relay's IP or certificate.")}, nullptr},
    {7, 139, 139, {QT_TRANSLATE_NOOP("ReplyCatalog", "SMTP sign-in disabled (Microsoft 365)"),
                   QT_TRANSLATE_NOOP("ReplyCatalog", "The Microsoft 365 tenant or mailbox does not allow SMTP sign-in."),
                   QT_TRANSLATE_NOOP("ReplyCatalog", "Enable authenticated SMTP for the mailbox in Microsoft 365, or use a connector.")}, nullptr},
    {7, 510, 510, {QT_TRANSLATE_NOOP("ReplyCatalog", "IPv6 not accepted"),
                   QT_TRANSLATE_NOOP("ReplyCatalog", "The recipient's Microsoft 365 domain does not accept mail over IPv6."),
                   QT_TRANSLATE_NOOP("ReplyCatalog", "Deliver to this domain over IPv4, or publish SPF and DKIM for IPv6 senders.")}, nullptr},
    {7, 606, 649, {QT_TRANSLATE_NOOP("ReplyCatalog", "Sending IP banned (Microsoft)"),
                   QT_TRANSLATE_NOOP("ReplyCatalog", "Microsoft lists the relay's public IP address as a source of abuse and refuses its mail."),
                   QT_TRANSLATE_NOOP("ReplyCatalog", "Request delisting of the relay's IP at sender.office.com, then send again.")}, nullptr},
    {7, 700, 749, {QT_TRANSLATE_NOOP("ReplyCatalog", "Tenant blocked (Microsoft 365)"),
                   QT_TRANSLATE_NOOP("ReplyCatalog", "Microsoft 365 blocked the sending tenant, usually after it sent suspicious volumes of mail."),
                   QT_TRANSLATE_NOOP("ReplyCatalog", "Check the tenant for compromised accounts, then contact Microsoft support.")}, nullptr},
    {7, 750, 750, {QT_TRANSLATE_NOOP("ReplyCatalog", "Unregistered domain blocked (Microsoft 365)"),
                   QT_TRANSLATE_NOOP("ReplyCatalog", "Microsoft 365 refused mail from a sender domain that is not registered in the tenant."),
                   QT_TRANSLATE_NOOP("ReplyCatalog", "Add and verify the sender's domain in the Microsoft 365 tenant.")}, nullptr},
};

constexpr PairEntry kPairs[] = {
    // successes worth their own words
    {250, "2.0.0", {QT_TRANSLATE_NOOP("ReplyCatalog", "Accepted"),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "The server accepted the message for delivery."),
                    nullptr}},
    {250, "2.1.0", {QT_TRANSLATE_NOOP("ReplyCatalog", "Sender accepted"),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "The server accepted the sender's address."),
                    nullptr}},
    {250, "2.1.5", {QT_TRANSLATE_NOOP("ReplyCatalog", "Recipient accepted"),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "The server accepted the recipient's address."),
                    nullptr}},
    {250, "2.6.0", {QT_TRANSLATE_NOOP("ReplyCatalog", "Queued for delivery"),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "The server queued the message for delivery."),
                    nullptr}},
    {235, "2.7.0", {QT_TRANSLATE_NOOP("ReplyCatalog", "Signed in"),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "The username and password were accepted (RFC 4954)."),
                    nullptr}},
    // Gmail and other large providers
    {421, "4.7.0", {QT_TRANSLATE_NOOP("ReplyCatalog", "Temporarily deferred"),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server is limiting or deferring mail from this relay for now, often because of sending rate or reputation."),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "Nothing to do: RelayDesk retries automatically; if it keeps happening, check SPF, DKIM and the relay IP's reputation.")}},
    {421, "4.7.28", {QT_TRANSLATE_NOOP("ReplyCatalog", "Rate limited (Gmail)"),
                     QT_TRANSLATE_NOOP("ReplyCatalog", "Gmail saw an unusual rate of mail from this IP or domain and is slowing it down."),
                     QT_TRANSLATE_NOOP("ReplyCatalog", "Nothing to do: RelayDesk retries more slowly; send less mail at once and authenticate it with SPF and DKIM.")}},
    // The relay's own refusal of a certificate (OutboundConnection): retrying alone never helps (an outside
    // tester's window said "Nothing to do").
    {421, "4.7.5", {QT_TRANSLATE_NOOP("ReplyCatalog", "Certificate not trusted"),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "RelayDesk refused the server's TLS certificate (not signed by a trusted authority, for another name, or out of date) and sent it nothing secret."),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "If it is the right server, trust its CA or pin its certificate (Settings, Delivery; Test connection shows the fingerprint); RelayDesk keeps retrying meanwhile.")}},
    {421, "4.4.2", {QT_TRANSLATE_NOOP("ReplyCatalog", "Connection timed out"),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "The connection to the receiving server timed out or was dropped."),
                    kRetryFix}},
    {450, "4.2.1", {QT_TRANSLATE_NOOP("ReplyCatalog", "Recipient receiving too fast"),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "The recipient is receiving mail at a rate that prevents more messages for now."),
                    kRetryFix}},
    {451, "4.3.0", {QT_TRANSLATE_NOOP("ReplyCatalog", "Temporary server error"),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server had a temporary local error while handling the message."),
                    kRetryFix}},
    {451, "4.7.1", {QT_TRANSLATE_NOOP("ReplyCatalog", "Try again later (greylisting)"),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server postpones mail from new senders and accepts it on a later attempt."),
                    kRetryFix}},
    {452, "4.3.1", {QT_TRANSLATE_NOOP("ReplyCatalog", "Server out of storage"),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server does not have enough storage for the message right now."),
                    kRetryFix}},
    {530, "5.7.0", {QT_TRANSLATE_NOOP("ReplyCatalog", "Sign-in required"),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "The server only accepts mail after sign-in over an encrypted connection."),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "Enable TLS and enter the username and password in the sending program.")}},
    {535, "5.7.3", {QT_TRANSLATE_NOOP("ReplyCatalog", "Sign-in failed (Microsoft 365)"),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "Microsoft 365 rejected the username or password, or the account may not use SMTP."),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "Check the credentials and that authenticated SMTP is enabled for the mailbox.")}},
    {550, "5.1.1", {QT_TRANSLATE_NOOP("ReplyCatalog", "Mailbox does not exist"),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "The recipient's mail server says there is no such user."),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "Check the recipient's address for typos, or ask the recipient for the right address.")}},
    {550, "5.4.1", {QT_TRANSLATE_NOOP("ReplyCatalog", "Recipient rejected (Microsoft 365)"),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "Microsoft 365 refused the recipient: the address does not exist in that organisation."),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "Check the recipient's address for typos, or ask the recipient for the right address.")}},
    {550, "5.7.1", {QT_TRANSLATE_NOOP("ReplyCatalog", "Blocked by policy"),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server's policy refused this message or sender."),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "Read the server's text; check SPF, DKIM and DMARC of the sender's domain and that the recipient accepts your mail.")}},
    {550, "5.7.26", {QT_TRANSLATE_NOOP("ReplyCatalog", "Unauthenticated sender"),
                     QT_TRANSLATE_NOOP("ReplyCatalog", "The message was blocked because the sender's domain is not authenticated: SPF and DKIM did not pass or DMARC failed."),
                     QT_TRANSLATE_NOOP("ReplyCatalog", "Publish SPF, DKIM and DMARC for the sender's domain that cover this relay.")}},
    {552, "5.2.2", {QT_TRANSLATE_NOOP("ReplyCatalog", "Mailbox full"),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "The recipient's mailbox is over its storage quota."),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "Ask the recipient to free up space, then send again.")}},
    {552, "5.3.4", {QT_TRANSLATE_NOOP("ReplyCatalog", "Message too big"),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "The message is larger than the receiving server accepts."),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "Send a smaller message; share large attachments by link.")}},
    {554, "5.7.1", {QT_TRANSLATE_NOOP("ReplyCatalog", "Refused by policy"),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server refused the message by its policy."),
                    QT_TRANSLATE_NOOP("ReplyCatalog", "Read the server's text for the reason; often the sender's IP or domain is refused.")}},
};

// Order matters: the first entry whose keyword occurs in the text wins. Entries that are not vagueOnly
// name something more specific than any code (which blocklist, DMARC) and win over pairs and enhanced codes.
constexpr KeywordEntry kKeywords[] = {
    // The relay's own record of a delivery cut short by its stop (OutcomeRecorder::interruptedReply): no
    // server was involved, and 4.3.2 alone read "Server not accepting mail" (an outside tester).
    {"interrupted: the relay stopped during this delivery", 4, "3.2",
     {QT_TRANSLATE_NOOP("ReplyCatalog", "RelayDesk stopped during this delivery"),
      QT_TRANSLATE_NOOP("ReplyCatalog", "RelayDesk itself stopped (it was quit, restarted or ended) while it delivered this message; no server refused it. It tries again after its next start. If the receiving server had already taken the whole message, the recipient gets it twice."),
      QT_TRANSLATE_NOOP("ReplyCatalog", "Nothing to do: RelayDesk retries after its start. If the recipient reports two copies, this is why.")}},
    // The relay's own words for a name server that refuses its questions (core/routing/mxresolver.cpp): that
    // does not pass by waiting, unlike a timeout (an outside tester's notices waited five days).
    {"refused to answer (refused)", 4, "4.3",
     {QT_TRANSLATE_NOOP("ReplyCatalog", "The DNS server refused the lookup"),
      QT_TRANSLATE_NOOP("ReplyCatalog", "The name server RelayDesk asks for the recipient's mail servers refused to answer: it does not serve this relay, or is set up wrongly. This does not pass by waiting."),
      QT_TRANSLATE_NOOP("ReplyCatalog", "Check the DNS server in Settings, Delivery (empty: this computer's own), and that it answers this computer's questions. RelayDesk retries meanwhile.")}},
    // The relay's own failure for a domain with no MX and no address (core/routing/mxresolver.cpp): the domain
    // may exist, so "Domain does not exist" and its typo advice were wrong (an outside tester).
    {"has no mail server: no mx", 5, "1.2",
     {QT_TRANSLATE_NOOP("ReplyCatalog", "The domain receives no mail"),
      QT_TRANSLATE_NOOP("ReplyCatalog", "The recipient's domain names no mail server: it has no MX record and no address (A or AAAA), so no server can be asked."),
      QT_TRANSLATE_NOOP("ReplyCatalog", "Check the domain of the recipient's address for typos; if it is right, the domain cannot receive mail: ask the recipient for another address.")}},
    // The relay's own refusal (core/smtp/smtpclientprotocol.cpp): RelayDesk demands TLS of this route, and
    // the server does not offer it. Retrying changes nothing until one of the two changes. A smarthost with a
    // user name is verified whatever its TLS setting (docs/operations.md), so "opportunistic" alone is no fix.
    {"tls is required but the server does not offer starttls", 4, "7.10",
     {QT_TRANSLATE_NOOP("ReplyCatalog", "TLS required by RelayDesk, not offered by the server"),
      QT_TRANSLATE_NOOP("ReplyCatalog", "RelayDesk sends to this server only over TLS (STARTTLS), and the server does not offer it. A TLS policy for the recipient's domain, the TLS setting of a route or of the smarthost demands it, or the smarthost has a user name: a password is only ever sent over verified TLS. RelayDesk keeps retrying, but nothing changes until the setting or the server does."),
      QT_TRANSLATE_NOOP("ReplyCatalog", "Check what sends this mail: a TLS policy for the recipient's domain (relaydesk tls-policy list), a route (Settings, Delivery, Routes) or the smarthost (Settings, Delivery: port 465 needs \"TLS from the start (port 465)\"; a server inside the office without TLS needs \"STARTTLS if offered\" and no user name, since a smarthost with a user name always needs verified TLS). Or ask the server's operator to enable STARTTLS.")}},
    // The relay's own deferral (core/smtp/smtpclientprotocol.cpp): a smarthost user name without a password is
    // never sent AUTH with an empty one (docs/operations.md, "Smarthost TLS").
    {"smarthost password is not set", 4, "7.0",
     {QT_TRANSLATE_NOOP("ReplyCatalog", "Smarthost password not set"),
      QT_TRANSLATE_NOOP("ReplyCatalog", "The smarthost has a user name but no password, so RelayDesk does not log in: it never sends an empty password. The mail waits and is retried."),
      QT_TRANSLATE_NOOP("ReplyCatalog", "Set the password with the user name (Settings, Delivery, or relaydesk smarthost set HOST:PORT --username USER --password-stdin), or clear the user name if the smarthost needs no login.")}},
    // The relay's own bounce of a message an administrator returned from the queue (OutcomeRecorder): no
    // server was asked, so the generic 5.0.0 ("read the server's text") would mislead.
    {"bounced by the relay administrator", 5, "0.0",
     {QT_TRANSLATE_NOOP("ReplyCatalog", "Returned to the sender by an administrator"),
      QT_TRANSLATE_NOOP("ReplyCatalog", "Someone returned this message to its sender from the queue (Queue, Bounce, or relaydesk queue bounce). No server refused it; a bounce notice was queued for the sender, and the Delivery Logs show whether it arrived."),
      QT_TRANSLATE_NOOP("ReplyCatalog", "Nothing to do. If it was a mistake, ask the sender to send the message again.")}},
    // The relay's own words when the server closed the connection (core/outbound/outboundconnection.cpp): the
    // 4.4.2 pair says "timed out", which an outside tester read beside a connection that was dropped. After
    // the message's end the server may have kept it (RFC 5321 6.1), and each retry may be a copy more.
    // The same when the server's reply to the message's end cannot be read (core/smtp/smtpclientprotocol.cpp):
    // the generic "Protocol problem ... Nothing to do" hid five copies at an outside tester's receiver.
    {"malformed reply from the server after the whole message was sent", 4, "5.0",
     {QT_TRANSLATE_NOOP("ReplyCatalog", "Unreadable reply after the whole message was sent"),
      QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server took the whole message, then answered in a way that breaks the rules of SMTP, so RelayDesk cannot tell whether it kept the message. If it did, every retry brings the recipient another copy."),
      QT_TRANSLATE_NOOP("ReplyCatalog", "RelayDesk retries, as the standard asks. If the recipient reports copies, delete the message from the queue and ask the receiving server's administrator to fix its replies.")}},
    {"lost after the whole message was sent", 4, "4.2",
     {QT_TRANSLATE_NOOP("ReplyCatalog", "Connection closed before the server's reply"),
      QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server closed the connection after the whole message was sent, before it said whether it took it. It may have kept the message: then every retry brings the recipient another copy."),
      QT_TRANSLATE_NOOP("ReplyCatalog", "RelayDesk retries, as the standard asks. If the recipient reports copies, or a failure notice for mail that arrived, ask the receiving server's administrator why it closes the connection at the message's end.")}},
    {"lost", 4, "4.2",
     {QT_TRANSLATE_NOOP("ReplyCatalog", "Connection closed by the server"),
      QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server closed the connection before the delivery was finished."),
      kRetryFix}},
    // The relay's own deferral when nothing listens on the host and port (core/outbound/outboundconnection.cpp):
    // not silence, as "no answer" would say, and usually a wrong route or smarthost when it lasts.
    {"connection refused by", 4, "4.1",
     {QT_TRANSLATE_NOOP("ReplyCatalog", "Connection refused"),
      QT_TRANSLATE_NOOP("ReplyCatalog", "Nothing accepted the connection on that host and port: the mail server is down or restarting, or a route or the smarthost names the wrong host or port. RelayDesk retries."),
      QT_TRANSLATE_NOOP("ReplyCatalog", "If it lasts, check the host and port of the route or smarthost (Settings, Delivery) and that the server there runs; for a recipient's own mail server, wait: RelayDesk keeps retrying until it gives up.")}},
    {"spamhaus|spamcop|barracuda|sorbs|dnsbl|blocklist|blacklist|block list|black list|listed at|listed on", 0, nullptr,
     {QT_TRANSLATE_NOOP("ReplyCatalog", "Listed on a blocklist"),
      QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server refused the mail because the relay's public IP address is on a spam blocklist."),
      QT_TRANSLATE_NOOP("ReplyCatalog", "Look up the relay's IP on the blocklist named in the text (e.g. check.spamhaus.org) and request delisting; use a smarthost meanwhile.")}},
    {"dmarc", 0, nullptr,
     {QT_TRANSLATE_NOOP("ReplyCatalog", "Rejected by DMARC policy"),
      QT_TRANSLATE_NOOP("ReplyCatalog", "The sender's domain publishes a DMARC policy and this message did not pass SPF or DKIM for it."),
      QT_TRANSLATE_NOOP("ReplyCatalog", "Add the relay to the SPF record and enable DKIM signing for the sender's domain.")}},
    {"spf", 0, "7.1",
     {QT_TRANSLATE_NOOP("ReplyCatalog", "SPF check failed"),
      QT_TRANSLATE_NOOP("ReplyCatalog", "The sender's domain does not list this relay's IP address in its SPF record."),
      QT_TRANSLATE_NOOP("ReplyCatalog", "Add the relay's public IP address (or smarthost) to the SPF record of the sender's domain.")}},
    {"relay access|relaying|unable to relay|relay not permitted|relay denied", 5, "7.1",
     {QT_TRANSLATE_NOOP("ReplyCatalog", "Relaying denied"),
      QT_TRANSLATE_NOOP("ReplyCatalog", "The server refused to pass the message on: the sender is not allowed to send through it."),
      QT_TRANSLATE_NOOP("ReplyCatalog", "Sign in to the server, or ask its administrator to allow this relay's address.")}},
    {"starttls|must issue", 5, nullptr,
     {QT_TRANSLATE_NOOP("ReplyCatalog", "Encryption required"),
      QT_TRANSLATE_NOOP("ReplyCatalog", "The server requires an encrypted connection before this command."),
      QT_TRANSLATE_NOOP("ReplyCatalog", "Turn on TLS (STARTTLS or SMTPS) in the sending program.")}},
    {"greylist|graylist", 4, nullptr,
     {QT_TRANSLATE_NOOP("ReplyCatalog", "Try again later (greylisting)"),
      QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server postpones mail from new senders and accepts it on a later attempt."),
                                       kRetryFix}},
    {"rate limit|rate-limit|ratelimit|too many messages|too many connections", 0, nullptr,
     {QT_TRANSLATE_NOOP("ReplyCatalog", "Rate limited"),
      QT_TRANSLATE_NOOP("ReplyCatalog", "The receiving server is limiting how much mail it takes from this relay."),
      QT_TRANSLATE_NOOP("ReplyCatalog", "Send less mail at once, or spread it out over time.")}, true},
    {"over quota|quota exceeded|mailbox full|mailbox is full", 0, nullptr,
     {QT_TRANSLATE_NOOP("ReplyCatalog", "Mailbox full"),
      QT_TRANSLATE_NOOP("ReplyCatalog", "The recipient's mailbox is over its storage quota."),
      QT_TRANSLATE_NOOP("ReplyCatalog", "Ask the recipient to free up space, then send again.")}, true},
    {"user unknown|unknown user|no such user|does not exist|recipient not found|mailbox not found", 5, nullptr,
     {QT_TRANSLATE_NOOP("ReplyCatalog", "Mailbox does not exist"),
      QT_TRANSLATE_NOOP("ReplyCatalog", "The recipient's mail server says there is no such user."),
      QT_TRANSLATE_NOOP("ReplyCatalog", "Check the recipient's address for typos, or ask the recipient for the right address.")}, true},
};
// clang-format on

int classOf(int code)
{
    return code >= 200 && code < 600 ? code / 100 : 0;
}

struct Enhanced
{
    int klass = 0;
    int subject = -1;
    int detail = -1;
    bool valid() const { return klass != 0; }
};

// RFC 3463 2: class "." subject "." detail, with class 2, 4 or 5 and up to three digits each.
Enhanced parseEnhanced(QByteArrayView text)
{
    const QByteArray trimmed = text.trimmed().toByteArray();
    const QList<QByteArray> parts = trimmed.split('.');
    if (parts.size() != 3)
        return {};
    int values[3];
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        values[i] = parts[i].toInt(&ok);
        if (!ok || parts[i].isEmpty() || parts[i].size() > 3 || parts[i].startsWith('+') ||
            parts[i].startsWith('-'))
            return {};
    }
    if (parts[0].size() != 1 || (values[0] != 2 && values[0] != 4 && values[0] != 5))
        return {};
    return {values[0], values[1], values[2]};
}

QString translated(const char* text)
{
    return text ? QCoreApplication::translate("ReplyCatalog", text) : QString();
}

ReplyExplanation make(const Words& words, RoadSign sign, const char* fix)
{
    ReplyExplanation result;
    result.sign = sign;
    result.title = translated(words.title);
    result.explanation = translated(words.explanation);
    result.suggestedFix = translated(fix);
    result.known = true;
    return result;
}

/// The lookup structures, built once from the constant tables.
struct Index
{
    QHash<int, const CodeEntry*> codes;
    QHash<int, const EnhancedEntry*> enhanced; ///< subject * 1000 + detail
    QHash<QByteArray, const PairEntry*> pairs; ///< "550 5.1.1"
    QList<QPair<QList<QByteArray>, const KeywordEntry*>> keywords;

    Index()
    {
        for (const CodeEntry& entry : kCodes)
            codes.insert(entry.code, &entry);
        for (const EnhancedEntry& entry : kEnhanced) {
            for (int detail = entry.detailFrom; detail <= entry.detailTo; ++detail)
                enhanced.insert(entry.subject * 1000 + detail, &entry);
        }
        for (const PairEntry& entry : kPairs)
            pairs.insert(QByteArray::number(entry.code) + ' ' + entry.enhanced, &entry);
        for (const KeywordEntry& entry : kKeywords)
            keywords.append({QByteArray(entry.keywords).split('|'), &entry});
    }
    static const Index& instance()
    {
        static const Index index;
        return index;
    }
};

const KeywordEntry* matchKeyword(const Index& index, int klass, const Enhanced& enhanced, QByteArrayView text,
                                 bool vagueOnly)
{
    if ((klass != 4 && klass != 5) || text.isEmpty())
        return nullptr;
    const QByteArray lower = text.toByteArray().toLower();
    const QByteArray subjectDetail =
        enhanced.valid() ? QByteArray::number(enhanced.subject) + '.' + QByteArray::number(enhanced.detail)
                         : QByteArray();
    for (const auto& [keywords, entry] : index.keywords) {
        if (entry->vagueOnly != vagueOnly || (entry->codeClass != 0 && entry->codeClass != klass) ||
            (entry->enhanced && subjectDetail != entry->enhanced))
            continue;
        for (const QByteArray& keyword : keywords) {
            if (lower.contains(keyword))
                return entry;
        }
    }
    return nullptr;
}

} // namespace

RoadSign ReplyCatalog::signFor(int code)
{
    switch (classOf(code)) {
    case 2:
    case 3:
        return RoadSign::Green;
    case 4:
        return RoadSign::Yellow;
    default:
        return RoadSign::Red;
    }
}

QString ReplyCatalog::signName(RoadSign sign)
{
    switch (sign) {
    case RoadSign::Green:
        return QStringLiteral("green");
    case RoadSign::Yellow:
        return QStringLiteral("yellow");
    case RoadSign::Red:
        break;
    }
    return QStringLiteral("red");
}

ReplyExplanation ReplyCatalog::explain(int code, QByteArrayView enhancedText, QByteArrayView text)
{
    const Index& index = Index::instance();
    const Enhanced enhanced = parseEnhanced(enhancedText);
    // The reply code decides the colour; an enhanced class only when the code itself is unusable.
    int klass = classOf(code);
    if (klass == 0 && enhanced.valid())
        klass = enhanced.klass;
    const RoadSign sign = signFor(klass * 100);
    const bool failure = klass == 4 || klass == 5;

    // 0. RFC 3463 4.4.7: the time limit ran out, and RelayDesk gave the recipient up (OutcomeRecorder:
    // "delivery
    //    time expired; last reply: ..."): final, whatever the last reply's words promised. An outside
    //    tester's support desk read "Temporary problem, will retry" (the greylisting of the last reply) for
    //    mail that was already bounced.
    if (enhanced.valid() && enhanced.klass == 4 && enhanced.subject == 4 && enhanced.detail == 7) {
        ReplyExplanation givenUp;
        givenUp.sign = RoadSign::Red;
        givenUp.known = true;
        givenUp.title = translated(QT_TRANSLATE_NOOP("ReplyCatalog", "Given up: delivery time expired"));
        givenUp.explanation = translated(QT_TRANSLATE_NOOP(
            "ReplyCatalog",
            "RelayDesk tried this recipient until its time limit ran out (Settings, Delivery: "
            "Give up after) and will not try it again; a failure notice to the sender was queued (its "
            "own row in the Delivery Logs shows whether it arrived). The last reply says why: the receiving "
            "server's words, or RelayDesk's own where no server answered (a connection refused or lost, a "
            "name that does not resolve)."));
        givenUp.suggestedFix = translated(QT_TRANSLATE_NOOP(
            "ReplyCatalog", "Read the last reply and the earlier attempts for the reason; once it is fixed, "
                            "resend the message or ask the sender to send it again."));
        return givenUp;
    }

    // 1. Text keywords that name something specific (which blocklist, DMARC) refine any failure.
    if (const KeywordEntry* entry = matchKeyword(index, klass, enhanced, text, false))
        return make(entry->words, sign, entry->words.fix);

    // 2. The exact (code, enhanced) pair.
    if (enhanced.valid() && code != 0) {
        const QByteArray key = QByteArray::number(code) + ' ' + QByteArray::number(enhanced.klass) + '.' +
                               QByteArray::number(enhanced.subject) + '.' +
                               QByteArray::number(enhanced.detail);
        if (const PairEntry* entry = index.pairs.value(key))
            return make(entry->words, sign, entry->words.fix);
    }

    // 3. The enhanced code's subject and detail (failures only: 2.x.x details describe the problem cases).
    //    A generic X.Y.0 detail gives way to a text keyword such as "user unknown" or "over quota".
    const bool specificEnhanced = enhanced.valid() && enhanced.detail != 0;
    if (!specificEnhanced) {
        if (const KeywordEntry* entry = matchKeyword(index, klass, enhanced, text, true))
            return make(entry->words, sign, entry->words.fix);
    }
    if (enhanced.valid() && enhanced.klass != 2 && failure) {
        if (const EnhancedEntry* entry = index.enhanced.value(enhanced.subject * 1000 + enhanced.detail)) {
            const char* fix =
                klass == 4 ? (entry->transientFix ? entry->transientFix : kRetryFix) : entry->words.fix;
            return make(entry->words, sign, fix);
        }
    }

    // 4. The basic reply code.
    if (const CodeEntry* entry = index.codes.value(code))
        return make(entry->words, sign, entry->words.fix);

    // 5. The class alone.
    ReplyExplanation fallback;
    fallback.sign = sign;
    fallback.known = false;
    switch (klass) {
    case 2:
        fallback.title = translated(QT_TRANSLATE_NOOP("ReplyCatalog", "Success"));
        fallback.explanation = translated(QT_TRANSLATE_NOOP("ReplyCatalog", "The server reported success."));
        break;
    case 3:
        fallback.title = translated(QT_TRANSLATE_NOOP("ReplyCatalog", "Waiting for more"));
        fallback.explanation = translated(
            QT_TRANSLATE_NOOP("ReplyCatalog", "The server accepted the command and waits for more input."));
        break;
    case 4:
        fallback.title = translated(QT_TRANSLATE_NOOP("ReplyCatalog", "Temporary failure"));
        fallback.explanation = translated(QT_TRANSLATE_NOOP(
            "ReplyCatalog", "The server reported a temporary problem; a later attempt may work."));
        fallback.suggestedFix = translated(kRetryFix);
        break;
    case 5:
        fallback.title = translated(QT_TRANSLATE_NOOP("ReplyCatalog", "Permanent failure"));
        fallback.explanation = translated(QT_TRANSLATE_NOOP(
            "ReplyCatalog", "The server refused the request; sending again unchanged will fail."));
        fallback.suggestedFix =
            translated(QT_TRANSLATE_NOOP("ReplyCatalog", "Read the server's text for the reason."));
        break;
    default:
        fallback.title = translated(QT_TRANSLATE_NOOP("ReplyCatalog", "Unrecognised reply"));
        fallback.explanation = translated(
            QT_TRANSLATE_NOOP("ReplyCatalog", "The server sent a reply code that SMTP does not define."));
        fallback.suggestedFix = translated(
            QT_TRANSLATE_NOOP("ReplyCatalog", "Check that the route points at a real SMTP server."));
        break;
    }
    return fallback;
}

} // namespace RelayDesk
