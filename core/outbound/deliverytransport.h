#pragma once

#include "core/smtp/deliveryjob.h"

#include <QObject>

namespace RelayDesk {

/// The queue runner's one view of the network: takes a job, later reports what happened to it.
/// Lives on the delivery thread; finished() is emitted exactly once per deliver() call.
class DeliveryTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~DeliveryTransport() override = default;

    virtual void deliver(const RelayDesk::DeliveryJob& job) = 0;

Q_SIGNALS:
    void finished(const RelayDesk::DeliveryAttemptResult& result);
};

} // namespace RelayDesk
