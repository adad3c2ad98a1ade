#pragma once

#include "core/util/expected.h"

#include <QMultiHash>
#include <QStringList>

namespace RelayDesk {

/// The words of one command after its group and verb: positional arguments and --options with values.
struct CliArgs
{
    QStringList positional;
    QMultiHash<QString, QString> options; ///< every value given; values() lists one option in order

    /// Splits args; valueOptions are the --options this command takes (each followed by a value), each at
    /// most once; repeatableOptions are those it takes any number of times (--allow-ip A --allow-ip B).
    /// Anything else starting with "--" is refused; "--" ends the options.
    static Expected<CliArgs> parse(const QStringList& args, const QStringList& valueOptions,
                                   const QStringList& repeatableOptions = {});
    /// Removes a flag (an option without a value, e.g. --force) from words if it is there before "--";
    /// refused if it is there twice.
    static Expected<bool> takeFlag(QStringList& words, const QString& flag);
    /// All values of a repeatable option, in command-line order.
    QStringList values(const QString& option) const;
    /// The whole number an option gives, from min to max; fallback when the option is not there.
    Expected<int> number(const QString& option, int fallback, int min, int max) const;
};

} // namespace RelayDesk
