#pragma once

#include <QString>

namespace RelayDesk {

/// A word as a POSIX shell reads it back: unchanged when it holds only letters, digits and "%+,-./:=@_",
/// otherwise in single quotes (a quote inside as '\''). For the commands the relay prints for a person to
/// paste: a data directory "/srv/Dossier été/relais" was pasted as three words (an outside tester).
QString shellWord(const QString& word);

} // namespace RelayDesk
