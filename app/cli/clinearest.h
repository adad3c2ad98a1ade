#pragma once

#include <QString>
#include <QStringList>

namespace RelayDesk {

/// The known word a mistyped one was probably meant to be ("agnet" -> "agent", "listener.submission.adress"
/// -> "listener.submission.address"), for the command line's refusals.
class CliNearest final
{
public:
    /// " (did you mean 'agent'?)" for the one candidate within two edits of word (a swap of two neighbours
    /// counting as one), or empty when none is, or several are equally near.
    static QString suggestion(const QString& word, const QStringList& candidates);
    /// The number of single-character edits between a and b (insert, delete, replace, swap neighbours).
    static int distance(const QString& a, const QString& b);
};

} // namespace RelayDesk
