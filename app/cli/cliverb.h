#pragma once

#include <QList>
#include <QStringList>

#include <span>

namespace RelayDesk {

/// One subcommand of a command group: its name, how many positional arguments it takes, and its synopsis
/// (quoted in the one-line error when the arguments are wrong, and printed by --help). A group that is one
/// command (status) has one verb with an empty name.
struct CliVerb
{
    const char* name;
    int arguments;
    const char* synopsis;
    /// What it does, when the synopsis does not say enough: printed by `relaydesk GROUP VERB --help`.
    const char* summary = nullptr;

    static const CliVerb* find(std::span<const CliVerb> verbs, const QString& name);
    /// "agent: unknown subcommand 'x' (subcommands: create, list, ...)", or "missing subcommand" for "".
    static QString unknown(const char* group, const QString& name, std::span<const CliVerb> verbs);
    static QString unknown(const char* group, const QString& name, const QStringList& verbNames);
    static QStringList names(std::span<const CliVerb> verbs);
    static QStringList namesOf(const QList<CliVerb>& verbs);
    static QList<CliVerb> list(std::span<const CliVerb> verbs);
    /// Empty if words has exactly the positional arguments this verb takes, otherwise what is wrong.
    QString checkArguments(const QStringList& words) const;
    /// A usage problem when an ID argument is empty or blank ("queue show ''" named no message at all).
    QString checkId(const QString& id) const;
};

} // namespace RelayDesk
