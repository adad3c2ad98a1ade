#include "tests/support/freeport.h"

#include <QTcpServer>

namespace RelayDesk::Test {

quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

} // namespace RelayDesk::Test
