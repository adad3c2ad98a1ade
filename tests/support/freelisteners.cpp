#include "tests/support/freelisteners.h"

#include "core/store/settings.h"
#include "tests/support/freeport.h"

namespace RelayDesk::Test {

quint16 listenOnFreePorts(Settings& settings)
{
    quint16 submission = 0;
    for (const char* listener : {"submission", "smtps", "lan"}) {
        const quint16 port = freePort();
        if (port == 0 || !settings
                              .set(QStringLiteral("listener.%1.address").arg(QLatin1String(listener)),
                                   QStringLiteral("127.0.0.1:%1").arg(port))
                              .ok())
            return 0;
        if (submission == 0)
            submission = port;
    }
    return submission;
}

} // namespace RelayDesk::Test
