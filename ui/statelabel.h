#pragma once

#include <QString>
#include <QStringList>

namespace RelayDesk {

/// Translated words for the recipient and queue states stored in the database.
class StateLabel final
{
public:
    static QString text(const QString& state);
    static QStringList logStates();   ///< the states a log filter offers
    static QStringList queueStates(); ///< the states a queue filter offers
};

} // namespace RelayDesk
