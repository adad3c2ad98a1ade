#pragma once

#include <QString>

namespace RelayDesk {

/// The one "host[:port]" grammar of HostPort (listeners) and HostAndPort (remote hosts): an IPv6 literal
/// in brackets (RFC 3986 3.2.2), or a host without colons; then an optional ":port". Only splits the text;
/// what may stand in host and port is up to the caller.
struct HostPortSyntax
{
    enum class Error
    {
        None,
        MissingBracket,    ///< "[" without "]"
        AfterBracket,      ///< something other than ":port" after "]"
        UnbracketedColons, ///< an IPv6 address written without brackets
        Scheme,            ///< a URL's "smtp://" in front of the host
        TrailingColon,     ///< "host:587:": a colon with no port after it
        ExtraColons        ///< more colons than HOST:PORT has, and no IPv6 address
    };

    QString host; ///< without brackets
    QString port; ///< what follows the colon; null when the text has no colon
    bool bracketed = false;
    Error error = Error::None;
    QString scheme; ///< the "smtp://" of Error::Scheme

    static HostPortSyntax split(const QString& text);
    /// What is wrong with text for the errors both parsers explain alike (Scheme, TrailingColon), shape
    /// saying what to write instead ("HOST:PORT" or "ADDRESS:PORT"); empty for the other errors.
    QString sharedProblem(const QString& text, const QString& shape) const;
    /// "'127.0.0.1:' ends with ':' but no port".
    static QString missingPortProblem(const QString& text);
    /// The port as a number from 1 to 65535 (surrounding spaces and a sign '+' allowed, as in every number
    /// setting), else 0.
    static quint16 portNumber(const QString& port);
    /// text with its port written as a plain number ("127.0.0.1:+0025" is "127.0.0.1:25") and without
    /// surrounding spaces; the host as written. Text that does not split comes back trimmed.
    static QString canonical(const QString& text);
};

} // namespace RelayDesk
