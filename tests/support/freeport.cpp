#include "tests/support/freeport.h"

#include <QMutex>
#include <QSet>
#include <QTcpServer>

namespace RelayDesk::Test {

quint16 freePort()
{
    // Never the same port twice in one test program: the kernel may hand a port just closed out again, and
    // three listeners given "free" ports then shared one (the store refuses that: tst_liveapply failed).
    static QMutex mutex;
    static QSet<quint16> given;
    for (int attempt = 0; attempt < 100; ++attempt) {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0))
            return 0;
        const quint16 port = server.serverPort();
        const QMutexLocker locker(&mutex);
        if (!given.contains(port)) {
            given.insert(port);
            return port;
        }
    }
    return 0;
}

} // namespace RelayDesk::Test
