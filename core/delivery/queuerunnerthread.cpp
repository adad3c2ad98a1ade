#include "core/delivery/queuerunnerthread.h"
#include "core/store/database.h"
#include "core/store/storewriter.h"
#include "core/tls/threadtlsstate.h"
#include "core/util/epolldispatcher.h"

#include <QSemaphore>

#include <algorithm>
#include <memory>

namespace RelayDesk {

QueueRunnerThread::QueueRunnerThread(const QString& dataDir, StoreWriter* writer,
                                     QueueRunner::TransportFactory factory, const DkimMessageSigner* signer)
    : m_service(new QueueRunner(dataDir, writer))
{
    m_service->setDkimSigner(signer);
    m_thread.setObjectName(QStringLiteral("relaydesk-delivery"));
    if (factory)
        m_service->setTransportFactory(std::move(factory));
    m_service->moveToThread(&m_thread);
    EpollDispatcher::installOn(&m_thread);
    QObject::connect(
        &m_thread, &QThread::finished, m_service,
        [service = m_service, dataDir, writer] {
            writer->runSync([](QSqlDatabase&) { return Status(); }); // its store callbacks have all run
            delete service;
            Database::releaseThreadConnection(dataDir);
            ThreadTlsState::releaseForThisThread(); // its outbound TLS connections are gone with the service
        },
        Qt::DirectConnection); // runs on the delivery thread as it ends
    m_thread.start();
}

QueueRunnerThread::~QueueRunnerThread()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

void QueueRunnerThread::start()
{
    QMetaObject::invokeMethod(m_service, &QueueRunner::start, Qt::QueuedConnection);
}

void QueueRunnerThread::stop()
{
    QMetaObject::invokeMethod(m_service, &QueueRunner::stop, Qt::QueuedConnection);
}

void QueueRunnerThread::reload()
{
    QMetaObject::invokeMethod(m_service, &QueueRunner::reload, Qt::QueuedConnection);
}

int QueueRunnerThread::finish(int graceMs)
{
    auto drained = std::make_shared<QSemaphore>();
    QMetaObject::invokeMethod(
        m_service,
        [service = m_service, drained] {
            QObject::connect(service, &QueueRunner::idle, service, [drained] { drained->release(); });
            service->finish();
        },
        Qt::QueuedConnection);
    if (drained->tryAcquire(1, graceMs))
        return 0;
    const int unfinished = std::max(1, m_service->inFlight());
    QMetaObject::invokeMethod(
        m_service, [service = m_service] { service->recordInterrupted(); }, Qt::BlockingQueuedConnection);
    return unfinished;
}

void QueueRunnerThread::wake()
{
    QMetaObject::invokeMethod(m_service, &QueueRunner::wake, Qt::QueuedConnection);
}

} // namespace RelayDesk
