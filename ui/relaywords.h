#pragma once

#include <QString>
#include <QStringList>

namespace RelayDesk {

/// The replies RelayDesk writes itself when no server answered (a refused connection, a DNS failure, a TLS
/// demand the server cannot meet) in the window's language. They are stored in English, as the command line
/// and the logs show them; a server's own words are never changed.
class RelayWords final
{
public:
    /// text in the window's language if it is one of the relay's own replies, else text as it is.
    static QString translated(const QString& text);
    /// What a person typed into a search box, when it is part of one of the relay's own replies as the window
    /// shows them, as the English words the log holds: each English part of every such reply, quoted as a
    /// phrase ("Connexion refus" in French gives "\"Connection refused by\""). Empty in an English window and
    /// for anything else.
    static QStringList englishOf(const QString& typed);
    /// An SMTP transcript with the relay's own notes ("-- connecting to ...", "-- 421 4.4.2 Connection ...
    /// lost") in the window's language; the client's and the server's lines as they were, but for their
    /// control characters, written out (ControlEscapes).
    static QString transcript(const QString& text);
};

} // namespace RelayDesk
