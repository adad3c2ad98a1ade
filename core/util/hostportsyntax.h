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
        MissingBracket,   ///< "[" without "]"
        AfterBracket,     ///< something other than ":port" after "]"
        UnbracketedColons ///< an IPv6 address written without brackets
    };

    QString host; ///< without brackets
    QString port; ///< what follows the colon; null when the text has no colon
    bool bracketed = false;
    Error error = Error::None;

    static HostPortSyntax split(const QString& text);
};

} // namespace RelayDesk
