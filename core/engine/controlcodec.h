#pragma once

#include "core/engine/enginecontrol.h"
#include "core/engine/pendingrestart.h"
#include "core/engine/sessioninfo.h"
#include "core/engine/storechanges.h"
#include "core/store/enginelockholder.h"
#include "core/store/storehealth.h"
#include "core/util/expected.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace RelayDesk {

/// A key of the control channel's JSON objects, from the literal in the code ("queue_ids").
inline QString controlKey(const char* name)
{
    return QString::fromLatin1(name);
}

/// The control channel's values as JSON (docs/control-channel.md): sessions, listeners, store changes,
/// queue actions and who runs the engine, both ways, so that the engine in another process reads the same
/// values as the one in this process. snake_case keys; times as ISO 8601 UTC or milliseconds since the epoch.
class ControlCodec final
{
public:
    static constexpr int protocolVersion = 1;

    /// One line of the channel: the object as compact JSON and "\n".
    static QByteArray line(const QJsonObject& object);
    /// A line as a JSON object, or why it is not one.
    static Expected<QJsonObject> parse(const QByteArray& line);

    static QJsonObject session(const SessionInfo& session);
    static SessionInfo sessionFrom(const QJsonObject& object);
    static QJsonArray sessions(const QList<SessionInfo>& sessions);
    static QList<SessionInfo> sessionsFrom(const QJsonArray& array);

    /// The deliveries under way: [{"queue_id", "domain", "recipients", "since_ms"}].
    static QJsonArray deliveries(const QList<DeliveryInFlight>& deliveries);
    static QList<DeliveryInFlight> deliveriesFrom(const QJsonArray& array);

    static QJsonObject listener(const ListenerStatus& listener);
    static ListenerStatus listenerFrom(const QJsonObject& object);
    static QJsonArray listeners(const QList<ListenerStatus>& listeners);
    static QList<ListenerStatus> listenersFrom(const QJsonArray& array);

    /// The settings that wait for a restart: [{"key", "running", "stored"}].
    static QJsonArray pendingRestart(const QList<PendingRestart>& settings);
    static QList<PendingRestart> pendingRestartFrom(const QJsonArray& array);

    /// Whether the engine reaches its store: {"reachable", "unreachable_since", "error"}; an engine older
    /// than the field sends none, read as reachable.
    static QJsonObject storeHealth(const StoreHealth::State& state);
    static StoreHealth::State storeHealthFrom(const QJsonObject& object);

    static QJsonObject storeChanges(const StoreChanges& changes);
    static StoreChanges storeChangesFrom(const QJsonObject& object);

    /// pid, since, face of the process that runs the engine.
    static void putHolder(QJsonObject* object, const EngineLockHolder& holder);
    static EngineLockHolder holderFrom(const QJsonObject& object);
    static QString faceName(EngineFace face); ///< "service" or "window"

    static QString queueActionName(EngineControl::QueueAction action); ///< "retry", "hold", ...
    static std::optional<EngineControl::QueueAction> queueActionFrom(const QString& name);

    static QJsonValue time(const QDateTime& time); ///< ISO 8601 UTC with milliseconds, or null
    static QDateTime timeFrom(const QJsonValue& value);
};

} // namespace RelayDesk
