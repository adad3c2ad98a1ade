#include "core/tls/threadtlsstate.h"

#include <QCoreApplication>
#include <QEvent>
#include <QThread>

#include <openssl/crypto.h>

namespace RelayDesk {

void ThreadTlsState::releaseWhenFinished(QThread* thread)
{
    QObject::connect(
        thread, &QThread::finished, thread,
        [] {
            // The sessions' sockets end with the loop (deleteLater); their SSL objects go first.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            releaseForThisThread();
        },
        Qt::DirectConnection);
}

void ThreadTlsState::releaseForThisThread()
{
    OPENSSL_thread_stop();
}

} // namespace RelayDesk
