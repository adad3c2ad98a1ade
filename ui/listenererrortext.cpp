#include "ui/listenererrortext.h"

namespace RelayDesk {

QString ListenerErrorText::of(const QString& error)
{
    // Qt's words for the bind errors (QAbstractSocket::errorString) as the engine reports them.
    if (error == QLatin1String("The address is not available"))
        return tr("this computer has no such address (a typing mistake?)");
    if (error == QLatin1String("The bound address is already in use"))
        return tr("another program, or another listener, already uses this address and port");
    if (error == QLatin1String("The address is protected"))
        return tr("only the system administrator may use a port below 1024 (run the relay as the service)");
    return error;
}

} // namespace RelayDesk
