#pragma once

#include <QString>

namespace RelayDesk {

/// The replies RelayDesk writes itself when no server answered (a refused connection, a DNS failure, a TLS
/// demand the server cannot meet) in the window's language. They are stored in English, as the command line
/// and the logs show them; a server's own words are never changed.
class RelayWords final
{
public:
    /// text in the window's language if it is one of the relay's own replies, else text as it is.
    static QString translated(const QString& text);
};

} // namespace RelayDesk
