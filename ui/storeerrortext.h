#pragma once

#include <QCoreApplication>
#include <QString>

namespace RelayDesk {

/// The store's errors in the window's language: core/ words them in English for the log and the command
/// line ("cannot reach the PostgreSQL server at HOST:PORT (driver text)"); a page shows the relay's own
/// sentence translated, and the driver's text only where it tells the reason (a TLS failure).
class StoreErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(StoreErrorText)

public:
    /// error translated where it is one of the store's known failures, otherwise as it is.
    static QString of(const QString& error);
    /// of(), starting with a capital letter: to stand alone at the start of a message.
    static QString sentence(const QString& error);
};

} // namespace RelayDesk
