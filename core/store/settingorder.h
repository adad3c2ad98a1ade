#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace RelayDesk {

/// Settings that contradict each other unless one is at most the other: the first retry after the longest
/// wait between retries, or after the time delivery gives up. One check for every such pair, for
/// Settings::setAll and reset alike (the window, the command line and a restore all come through them).
class SettingOrder final
{
public:
    /// What is wrong with the values after a change, naming both settings and their values in words ("2
    /// hours"), every pair out of order, separated by "; "; empty if nothing. valueOf gives a key's value
    /// after the change; changes says whether a key is among those changed (a contradiction stored before is
    /// left alone until one of its pair changes).
    static QString problem(const std::function<QString(const QString&)>& valueOf,
                           const std::function<bool(const QString&)>& changes);
    /// The pairs problem() named in its text, as (shorter, longer) keys, in its order; none if it named none.
    static QList<std::pair<QString, QString>> pairsNamedIn(const QString& problemText);

    /// A number of seconds as people say it: "1 second", "5 minutes", "2 hours 46 minutes 40 seconds".
    static QString spokenSeconds(qint64 seconds);
    /// A number of days (a Days setting): "1 day", "30 days", "0 days".
    static QString spokenDays(qint64 days);
    /// "512 MB", "1 GB", "1,500 octets": the largest unit that holds the size exactly (a MB is 1,048,576
    /// octets), in the window's language.
    static QString spokenOctets(qint64 octets);
};

} // namespace RelayDesk
