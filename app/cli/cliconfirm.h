#pragma once

#include <QString>

namespace RelayDesk {

/// Asks the person at a terminal to confirm a change that cannot be undone, as the window's dialogs do
/// (their default is Cancel). Scripts are not asked: without a terminal on standard input and standard error,
/// or with --yes, the change goes ahead as typed.
class CliConfirm final
{
public:
    /// Whether to go ahead: true without a terminal or when yes is set; otherwise prints question and
    /// " [y/N] " on stderr and is true only for a typed "y" or "yes" (any case).
    static bool proceed(const QString& question, bool yes);
    /// The error of an answer other than yes: "VERB: not confirmed; nothing changed (--yes skips the
    /// question)".
    static QString declined(const QString& command);
};

} // namespace RelayDesk
