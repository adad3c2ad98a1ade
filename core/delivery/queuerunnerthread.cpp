#include "core/delivery/deliveryservicethread.h"
#include "core/store/database.h"
#include "core/store/storewriter.h"

namespace RelayDesk {

DeliveryServiceThread::DeliveryServiceThread(const QString& dataDir, StoreWriter* writer,
                                             DeliveryService::TransportFactory factory)
    : m_service(new DeliveryService(dataDir, writer))
{
    m_thread.setObjectName(QStringLiteral("relaydesk-delivery"));
    if (factory)
        m_service->setTransportFactory(std::move(factory));
    m_service->moveToThread(&m_thread);
    QObject::connect(
        &m_thread, &QThread::finished, m_service,
        [service = m_service, dataDir, writer] {
            writer->runSync([](QSqlDatabase&) { return Status(); }); // its store callbacks have all run
            delete service;
            Database::releaseThreadConnection(dataDir);
        },
        Qt::DirectConnection); // runs on the delivery thread as it ends
    m_thread.start();
}

DeliveryServiceThread::~DeliveryServiceThread()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

void DeliveryServiceThread::start()
{
    QMetaObject::invokeMethod(m_service, &DeliveryService::start, Qt::QueuedConnection);
}

void DeliveryServiceThread::stop()
{
    QMetaObject::invokeMethod(m_service, &DeliveryService::stop, Qt::QueuedConnection);
}

void DeliveryServiceThread::wake()
{
    QMetaObject::invokeMethod(m_service, &DeliveryService::wake, Qt::QueuedConnection);
}

} // namespace RelayDesk
