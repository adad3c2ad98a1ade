#pragma once

#include <QCoreApplication>
#include <QString>

namespace RelayDesk {

/// Why a listener is down, in the window's language: the engine keeps the socket's own English words
/// ("The address is not available") for the log and the command line; the dashboard, its alerts and the
/// tray say what they mean (an outside tester read the English text in the French window).
class ListenerErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(ListenerErrorText)

public:
    /// error translated and explained where it is a known failure to bind, otherwise as it is.
    static QString of(const QString& error);
};

} // namespace RelayDesk
