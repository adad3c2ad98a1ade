#pragma once

#include "core/delivery/deliveryservice.h"

#include <QThread>

namespace RelayDesk {

/// Owns the "relaydesk-delivery" thread and the DeliveryService living on it; every call is thread-safe.
class DeliveryServiceThread final
{
public:
    DeliveryServiceThread(const QString& dataDir, StoreWriter* writer,
                          DeliveryService::TransportFactory factory = {});
    ~DeliveryServiceThread(); ///< stops the service and joins the thread
    Q_DISABLE_COPY_MOVE(DeliveryServiceThread)

    void start();
    void stop();
    void wake();
    /// For connecting to its signals (queued); do not call its methods from another thread.
    DeliveryService* service() const { return m_service; }

private:
    QThread m_thread;
    DeliveryService* m_service;
};

} // namespace RelayDesk
