#include "core/util/adminchangenotice.h"

namespace RelayDesk {

AdminChangeNotice* AdminChangeNotice::instance()
{
    // Never destroyed: a worker thread may post while the process exits.
    static AdminChangeNotice* notice = new AdminChangeNotice;
    return notice;
}

void AdminChangeNotice::post()
{
    Q_EMIT instance()->posted();
}

} // namespace RelayDesk
