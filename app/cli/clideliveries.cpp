#include "app/cli/clideliveries.h"
#include "core/control/controlclient.h"
#include "core/engine/controlcodec.h"
#include "core/store/enginelock.h"

#include <QJsonArray>

namespace RelayDesk {

CliDeliveries CliDeliveries::of(const QString& dataDir)
{
    CliDeliveries deliveries;
    if (!EngineLock::holder(dataDir))
        return deliveries;
    ControlClient client;
    if (!client.connectTo(dataDir, 1000))
        return deliveries;
    // An engine of an older version does not know the request: nothing is shown under way.
    const ControlClient::Reply reply = client.call(QStringLiteral("deliveries"), {}, 1000);
    if (!reply)
        return deliveries;
    for (const DeliveryInFlight& d :
         ControlCodec::deliveriesFrom(reply->value(controlKey("deliveries")).toArray()))
        deliveries.m_byQueueId[d.queueId].append(d);
    return deliveries;
}

const DeliveryInFlight* CliDeliveries::find(const QString& queueId, const QString& recipient) const
{
    const auto it = m_byQueueId.constFind(queueId);
    if (it == m_byQueueId.constEnd())
        return nullptr;
    for (const DeliveryInFlight& d : it.value()) {
        if (d.recipients.contains(recipient))
            return &d;
    }
    return nullptr;
}

const DeliveryInFlight* CliDeliveries::first(const QString& queueId) const
{
    const auto it = m_byQueueId.constFind(queueId);
    return it == m_byQueueId.constEnd() || it->isEmpty() ? nullptr : &it->first();
}

} // namespace RelayDesk
