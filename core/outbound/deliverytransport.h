#pragma once

#include "core/smtp/deliveryjob.h"

#include <QObject>

#include <functional>

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

    /// Asked right before a job's transaction starts (before MAIL FROM); false withholds the job: it is not
    /// sent, and finished() reports it with DeliveryAttemptResult::withheld set.
    using StartCheck = std::function<bool(const RelayDesk::DeliveryJob& job)>;
    void setStartCheck(StartCheck check) { m_startCheck = std::move(check); }

Q_SIGNALS:
    void finished(const RelayDesk::DeliveryAttemptResult& result);
    /// The job waits inside the transport for a free outbound connection (true: no connection of its own, no
    /// transaction yet), or it goes on towards its server again (false). A job reported by neither is under
    /// way.
    void waitingChanged(const RelayDesk::DeliveryJob& job, bool waiting);

protected:
    StartCheck m_startCheck; ///< empty: every job starts
};

} // namespace RelayDesk
