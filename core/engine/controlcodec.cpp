#include "core/engine/controlcodec.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace RelayDesk {

namespace {

struct ActionName
{
    EngineControl::QueueAction action;
    const char* name;
};

const ActionName actionNames[] = {{EngineControl::QueueAction::Retry, "retry"},
                                  {EngineControl::QueueAction::Hold, "hold"},
                                  {EngineControl::QueueAction::Release, "release"},
                                  {EngineControl::QueueAction::Delete, "delete"},
                                  {EngineControl::QueueAction::Bounce, "bounce"}};

} // namespace

QByteArray ControlCodec::line(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

Expected<QJsonObject> ControlCodec::parse(const QByteArray& line)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError)
        return Expected<QJsonObject>::failure(
            QStringLiteral("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return Expected<QJsonObject>::failure(QStringLiteral("not a JSON object"));
    return document.object();
}

QJsonObject ControlCodec::session(const SessionInfo& s)
{
    return {{controlKey("id"), double(s.id)},
            {controlKey("client"), s.client},
            {controlKey("listener"), s.listener},
            {controlKey("tls_version"), s.tlsVersion},
            {controlKey("tls_cipher"), s.tlsCipher},
            {controlKey("agent"), s.agent},
            {controlKey("state"), s.state},
            {controlKey("bytes_in"), double(s.bytesIn)},
            {controlKey("bytes_out"), double(s.bytesOut)},
            {controlKey("started_ms"), double(s.startedMs)},
            {controlKey("ended_ms"), double(s.endedMs)},
            {controlKey("messages"), s.messages}};
}

SessionInfo ControlCodec::sessionFrom(const QJsonObject& o)
{
    SessionInfo s;
    s.id = quint64(o.value(controlKey("id")).toDouble());
    s.client = o.value(controlKey("client")).toString();
    s.listener = o.value(controlKey("listener")).toString();
    s.tlsVersion = o.value(controlKey("tls_version")).toString();
    s.tlsCipher = o.value(controlKey("tls_cipher")).toString();
    s.agent = o.value(controlKey("agent")).toString();
    s.state = o.value(controlKey("state")).toString();
    s.bytesIn = qint64(o.value(controlKey("bytes_in")).toDouble());
    s.bytesOut = qint64(o.value(controlKey("bytes_out")).toDouble());
    s.startedMs = qint64(o.value(controlKey("started_ms")).toDouble());
    s.endedMs = qint64(o.value(controlKey("ended_ms")).toDouble());
    s.messages = o.value(controlKey("messages")).toInt();
    return s;
}

QJsonArray ControlCodec::sessions(const QList<SessionInfo>& sessions)
{
    QJsonArray array;
    for (const SessionInfo& s : sessions)
        array.append(session(s));
    return array;
}

QList<SessionInfo> ControlCodec::sessionsFrom(const QJsonArray& array)
{
    QList<SessionInfo> sessions;
    sessions.reserve(array.size());
    for (const QJsonValue& value : array)
        sessions << sessionFrom(value.toObject());
    return sessions;
}

QJsonArray ControlCodec::deliveries(const QList<DeliveryInFlight>& deliveries)
{
    QJsonArray array;
    for (const DeliveryInFlight& d : deliveries)
        array.append(QJsonObject{{controlKey("queue_id"), d.queueId},
                                 {controlKey("domain"), d.domain},
                                 {controlKey("recipients"), QJsonArray::fromStringList(d.recipients)},
                                 {controlKey("since_ms"), double(d.sinceMs)},
                                 {controlKey("waiting_for_connection"), d.waitingForConnection}});
    return array;
}

QList<DeliveryInFlight> ControlCodec::deliveriesFrom(const QJsonArray& array)
{
    QList<DeliveryInFlight> deliveries;
    deliveries.reserve(array.size());
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        DeliveryInFlight d;
        d.queueId = o.value(controlKey("queue_id")).toString();
        d.domain = o.value(controlKey("domain")).toString();
        for (const QJsonValue& recipient : o.value(controlKey("recipients")).toArray())
            d.recipients << recipient.toString();
        d.sinceMs = qint64(o.value(controlKey("since_ms")).toDouble());
        d.waitingForConnection = o.value(controlKey("waiting_for_connection")).toBool();
        if (!d.queueId.isEmpty())
            deliveries << d;
    }
    return deliveries;
}

QJsonObject ControlCodec::listener(const ListenerStatus& l)
{
    return {{controlKey("name"), l.name},
            {controlKey("address"), l.address},
            {controlKey("enabled"), l.enabled},
            {controlKey("listening"), l.listening},
            {controlKey("error"), l.error}};
}

ListenerStatus ControlCodec::listenerFrom(const QJsonObject& o)
{
    ListenerStatus l;
    l.name = o.value(controlKey("name")).toString();
    l.address = o.value(controlKey("address")).toString();
    l.enabled = o.value(controlKey("enabled")).toBool();
    l.listening = o.value(controlKey("listening")).toBool();
    l.error = o.value(controlKey("error")).toString();
    return l;
}

QJsonArray ControlCodec::listeners(const QList<ListenerStatus>& listeners)
{
    QJsonArray array;
    for (const ListenerStatus& l : listeners)
        array.append(listener(l));
    return array;
}

QList<ListenerStatus> ControlCodec::listenersFrom(const QJsonArray& array)
{
    QList<ListenerStatus> listeners;
    for (const QJsonValue& value : array)
        listeners << listenerFrom(value.toObject());
    return listeners;
}

QJsonArray ControlCodec::pendingRestart(const QList<PendingRestart>& settings)
{
    QJsonArray array;
    for (const PendingRestart& setting : settings)
        array.append(QJsonObject{{controlKey("key"), setting.key},
                                 {controlKey("running"), setting.running},
                                 {controlKey("stored"), setting.stored}});
    return array;
}

QList<PendingRestart> ControlCodec::pendingRestartFrom(const QJsonArray& array)
{
    QList<PendingRestart> settings;
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        settings.append({object.value(controlKey("key")).toString(),
                         object.value(controlKey("running")).toString(),
                         object.value(controlKey("stored")).toString()});
    }
    return settings;
}

QJsonObject ControlCodec::storeHealth(const StoreHealth::State& state)
{
    return {{controlKey("reachable"), state.reachable},
            {controlKey("unreachable_since"),
             state.reachable ? QJsonValue(QJsonValue::Null)
                             : time(QDateTime::fromMSecsSinceEpoch(state.unreachableSinceMs))},
            {controlKey("error"), state.reachable ? QJsonValue(QJsonValue::Null) : QJsonValue(state.error)}};
}

StoreHealth::State ControlCodec::storeHealthFrom(const QJsonObject& object)
{
    StoreHealth::State state;
    state.reachable = object.value(controlKey("reachable")).toBool(true);
    if (!state.reachable) {
        const QDateTime since = timeFrom(object.value(controlKey("unreachable_since")));
        state.unreachableSinceMs = since.isValid() ? since.toMSecsSinceEpoch() : 0;
        state.error = object.value(controlKey("error")).toString();
    }
    return state;
}

QJsonObject ControlCodec::storeChanges(const StoreChanges& c)
{
    return {{controlKey("accepted"), c.accepted},
            {controlKey("attempts"), c.attempts},
            {controlKey("final_states"), c.finalStates},
            {controlKey("deferrals"), c.deferrals},
            {controlKey("queue_actions"), c.queueActions},
            {controlKey("lockouts"), c.lockouts},
            {controlKey("written"), c.written}};
}

StoreChanges ControlCodec::storeChangesFrom(const QJsonObject& o)
{
    StoreChanges c;
    c.accepted = o.value(controlKey("accepted")).toInt();
    c.attempts = o.value(controlKey("attempts")).toInt();
    c.finalStates = o.value(controlKey("final_states")).toInt();
    c.deferrals = o.value(controlKey("deferrals")).toInt();
    c.queueActions = o.value(controlKey("queue_actions")).toInt();
    c.lockouts = o.value(controlKey("lockouts")).toInt();
    c.written = o.value(controlKey("written")).toBool();
    return c;
}

QString ControlCodec::faceName(EngineFace face)
{
    return face == EngineFace::Service ? QStringLiteral("service") : QStringLiteral("window");
}

void ControlCodec::putHolder(QJsonObject* object, const EngineLockHolder& holder)
{
    object->insert(controlKey("pid"), double(holder.pid));
    object->insert(controlKey("since"), time(holder.since));
    object->insert(controlKey("face"), faceName(holder.face));
}

EngineLockHolder ControlCodec::holderFrom(const QJsonObject& object)
{
    EngineLockHolder holder;
    holder.pid = qint64(object.value(controlKey("pid")).toDouble());
    holder.since = timeFrom(object.value(controlKey("since")));
    holder.face = object.value(controlKey("face")).toString() == QLatin1String("window")
                      ? EngineFace::Window
                      : EngineFace::Service;
    return holder;
}

QString ControlCodec::queueActionName(EngineControl::QueueAction action)
{
    for (const ActionName& entry : actionNames) {
        if (entry.action == action)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<EngineControl::QueueAction> ControlCodec::queueActionFrom(const QString& name)
{
    for (const ActionName& entry : actionNames) {
        if (name == QLatin1String(entry.name))
            return entry.action;
    }
    return std::nullopt;
}

QJsonValue ControlCodec::time(const QDateTime& time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime ControlCodec::timeFrom(const QJsonValue& value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}

} // namespace RelayDesk
