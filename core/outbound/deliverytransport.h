#pragma once

#include "core/delivery/deliveryjob.h"

#include <QObject>

namespace RelayDesk {

/// The delivery service's one view of the network: takes a job, later reports what happened to it.
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

/// Adapts any QObject with `void deliver(const DeliveryJob&)` and a `finished(const DeliveryAttemptResult&)`
/// signal (the outbound side's class) to DeliveryTransport.
template <typename Outbound> class DeliveryTransportAdapter final : public DeliveryTransport
{
public:
    template <typename... Args>
    explicit DeliveryTransportAdapter(QObject* parent, Args&&... args)
        : DeliveryTransport(parent), m_outbound(new Outbound(std::forward<Args>(args)...))
    {
        m_outbound->setParent(this);
        connect(m_outbound, &Outbound::finished, this, &DeliveryTransport::finished);
    }
    void deliver(const DeliveryJob& job) override { m_outbound->deliver(job); }
    Outbound* outbound() const { return m_outbound; }

private:
    Outbound* m_outbound;
};

} // namespace RelayDesk
