#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QSet>
#include <QString>

namespace RelayDesk {

class DataMemoryBudget;

/// Which front door a session came through; each has its own rules (docs/architecture.md, "no open relay").
enum class ListenerKind
{
    Submission,
    Smtps,
    Lan
};

QString listenerName(ListenerKind kind); ///< "submission", "smtps", "lan"

/// The limits and facts a server session is configured with when it starts.
struct SessionPolicy
{
    ListenerKind kind = ListenerKind::Submission;
    QByteArray hostname = "localhost";
    qint64 maxMessageSize = 25 * 1024 * 1024; ///< RFC 1870 SIZE
    int maxRecipients = 100;
    int maxHops = 50; ///< a message arriving with this many Received: fields is looping (RFC 5321 6.3)
    /// Where "RCPT TO:<postmaster>" (no domain) goes, RFC 5321 4.5.1; empty: refused (550 5.1.1).
    QByteArray postmaster;
    /// delivery.internal_literals: recipients at an address literal of this machine or a private network
    /// ("x@[127.0.0.1]", "x@[10.0.0.5]") are taken; false: refused, 550 5.7.1 (an outside tester made the
    /// relay connect to port 25 of the machine itself).
    bool internalLiterals = false;
    /// The names routes name (lower case, "sales"): taken at RCPT though they are not fully qualified or are
    /// the relay's own host name, since the admin said where their mail goes (an outside tester's route for
    /// "sales" tested fine while the relay refused user@sales).
    QSet<QByteArray> routedNames;
    bool tlsAvailable = true; ///< a certificate is loaded, so STARTTLS can be offered
    int maxErrors = 20;       ///< protocol errors before the session is closed
    /// Recipients refused (4xx or 5xx to RCPT) since the session's last accepted message before it is closed:
    /// a logged-in client probed 126,650 addresses in one session (an outside tester). A message to many
    /// addresses, some refused, still goes: the count starts again at each accepted message.
    int maxRefusedRecipients = 100;
    qint64 maxPipelinedBytes = 256 * 1024; ///< input buffered while a reply is pending
    /// What all sessions' messages in DATA may hold together (nullptr: no bound but maxMessageSize each).
    DataMemoryBudget* dataBudget = nullptr;
};

/// The client end of a session.
struct SessionPeer
{
    QHostAddress address;
    quint16 port = 0;
    bool nonBlocking = false; ///< the descriptor was accepted non-blocking (accept4 with SOCK_NONBLOCK)
};

} // namespace RelayDesk
