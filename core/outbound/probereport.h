#pragma once

#include "core/smtp/replycatalog.h"
#include "core/tls/peerverifier.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace RelayDesk {

/// One step of a connection test (ConnectionProbe) and its road sign: green fine, yellow works but weaker
/// than it could be (e.g. a certificate that does not verify under a policy that accepts any), red broken.
struct ProbeStep
{
    enum class Kind
    {
        Resolve,     ///< MX and address lookup
        Connect,     ///< TCP
        Greeting,    ///< the server's 220
        Ehlo,        ///< EHLO (or HELO) and the extensions offered; again after STARTTLS
        Tls,         ///< STARTTLS or implicit TLS, and the handshake
        Certificate, ///< the server's certificate and whether it verifies for the host name
        Auth,        ///< AUTH with the configured credentials
        Recipient,   ///< MAIL FROM:<> and RCPT TO:<postmaster@domain>: would the server take mail for it
        Quit,        ///< QUIT
        Cancelled    ///< the person stopped the test
    };

    Kind kind = Kind::Connect;
    RoadSign sign = RoadSign::Green;
    QString title;       ///< "Connect", "EHLO", ... (translated)
    QString summary;     ///< one line: what happened (translated, server replies as sent)
    QStringList details; ///< further lines: extensions offered, certificate fields
    QString advice;      ///< what to do about a red or yellow step, when there is something (translated)

    /// "resolve", "connect", "greeting", "ehlo", "tls", "certificate", "auth", "recipient", "quit",
    /// "cancelled".
    static QString kindName(Kind kind);
    /// "Name lookup", "Connect", "Greeting", ... (translated)
    static QString kindTitle(Kind kind);
};

/// The certificate a server presented, as a connection test shows it.
struct PeerCertificateInfo
{
    QString subject;
    QString issuer;
    QStringList alternativeNames; ///< DNS names and IP addresses of the subjectAltName extension
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256; ///< fingerprint, hex with colons
    bool verified = false;
    QStringList problems;              ///< why it does not verify for the host name (empty when verified)
    QStringList shownProblems;         ///< the same in the window's language
    QList<PeerVerdict::Problem> kinds; ///< the same problems' kinds
    QStringList chain;      ///< every certificate presented, server first: "subject (issued by issuer)"
    QString checkedAgainst; ///< the trust it was checked against ("the system CA store", a CA file, a pin)
    QString verdict;        ///< "verified against ...", or the problems in one line
};

/// What a connection test found: the steps in order, the certificate, and the transcript (AUTH redacted).
struct ProbeReport
{
    QString target; ///< what was tested: "smarthost mail.example.org:587", "route for example.com", ...
    QList<ProbeStep> steps;
    std::optional<PeerCertificateInfo> certificate;
    QByteArray transcript; ///< "C: ..." / "S: ..." lines and "-- " notes, as delivery's transcripts
    bool finished = false;
    bool cancelled = false;
    qint64 durationMs = 0;

    /// The worst sign of all steps (green when there is none).
    RoadSign sign() const;
    /// The first red step, or nullptr.
    const ProbeStep* firstFailure() const;
};

} // namespace RelayDesk
