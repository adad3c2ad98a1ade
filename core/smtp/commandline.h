#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace RelayDesk {

/// The SMTP commands the relay knows (RFC 5321 4.1, RFC 3207, RFC 4954).
enum class SmtpVerb
{
    Helo,
    Ehlo,
    Mail,
    Rcpt,
    Data,
    Rset,
    Noop,
    Quit,
    Vrfy,
    Expn,
    Help,
    StartTls,
    Auth,
    Bdat,
    Unknown
};

/// A command line split into its verb and the argument text after the first space.
struct SmtpCommand
{
    SmtpVerb verb = SmtpVerb::Unknown;
    QByteArray verbText; ///< as sent, for "502 5.5.1 Command not implemented" replies
    QByteArray argument; ///< everything after the verb and one space; may be empty
};

/// Splits one command line (without its CRLF) into verb and argument; verbs are case-insensitive.
SmtpCommand parseCommandLine(QByteArrayView line);

/// Splits incoming bytes into lines that end with CRLF only (RFC 5321 2.3.8), within a length limit.
class CommandLineReader final
{
public:
    enum class Event
    {
        NeedMore,
        Line,
        TooLong,
        BadCharacters,
        BareLineFeed ///< a line ended by LF without its CR: refused as BadCharacters, named for the record
    };

    /// maxLength counts the CRLF: 512 for commands (RFC 5321 4.5.3.1.4), 12288 for AUTH data (RFC 4954 4).
    explicit CommandLineReader(int maxLength = 512);
    void setMaxLength(int maxLength) { m_maxLength = maxLength; }

    /// Takes bytes; they stay buffered until next() has consumed them.
    void append(QByteArrayView bytes);
    /// The next complete event: a line (in line()), a line over the limit (its bytes discarded up to the
    /// CRLF), a line holding a bare CR or NUL (discarded up to the next CRLF), or one ended by a bare LF.
    Event next();
    const QByteArray& line() const { return m_line; }
    /// Bytes received but not yet returned as a line: what a client pipelined.
    qsizetype pendingBytes() const { return m_buffer.size() - m_pos; }
    /// Drops everything buffered (after STARTTLS, RFC 3207 4.2 / CVE-2011-0411).
    void discardPending();
    /// Hands the buffered, unconsumed bytes to the caller (when DATA content begins).
    QByteArray takePending();

private:
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    QByteArray m_line;
    int m_maxLength;
    bool m_skippingLongLine = false;
};

} // namespace RelayDesk
