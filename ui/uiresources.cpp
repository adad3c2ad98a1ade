#include "ui/uiresources.h"

#include <QtGlobal>

static void registerRelayDeskResources()
{
    Q_INIT_RESOURCE(relaydesk);
}

namespace RelayDesk {

void initUiResources()
{
    static bool done = false;
    if (!done) {
        registerRelayDeskResources();
        done = true;
    }
}

} // namespace RelayDesk
