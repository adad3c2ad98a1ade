#include "core/engine/controlcodec.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace RelayDesk {

namespace {

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

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
    return {{key("id"), double(s.id)},
            {key("client"), s.client},
            {key("listener"), s.listener},
            {key("tls_version"), s.tlsVersion},
            {key("tls_cipher"), s.tlsCipher},
            {key("agent"), s.agent},
            {key("state"), s.state},
            {key("bytes_in"), double(s.bytesIn)},
            {key("bytes_out"), double(s.bytesOut)},
            {key("started_ms"), double(s.startedMs)},
            {key("ended_ms"), double(s.endedMs)},
            {key("messages"), s.messages}};
}

SessionInfo ControlCodec::sessionFrom(const QJsonObject& o)
{
    SessionInfo s;
    s.id = quint64(o.value(key("id")).toDouble());
    s.client = o.value(key("client")).toString();
    s.listener = o.value(key("listener")).toString();
    s.tlsVersion = o.value(key("tls_version")).toString();
    s.tlsCipher = o.value(key("tls_cipher")).toString();
    s.agent = o.value(key("agent")).toString();
    s.state = o.value(key("state")).toString();
    s.bytesIn = qint64(o.value(key("bytes_in")).toDouble());
    s.bytesOut = qint64(o.value(key("bytes_out")).toDouble());
    s.startedMs = qint64(o.value(key("started_ms")).toDouble());
    s.endedMs = qint64(o.value(key("ended_ms")).toDouble());
    s.messages = o.value(key("messages")).toInt();
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

QJsonObject ControlCodec::listener(const ListenerStatus& l)
{
    return {{key("name"), l.name},
            {key("address"), l.address},
            {key("enabled"), l.enabled},
            {key("listening"), l.listening},
            {key("error"), l.error}};
}

ListenerStatus ControlCodec::listenerFrom(const QJsonObject& o)
{
    ListenerStatus l;
    l.name = o.value(key("name")).toString();
    l.address = o.value(key("address")).toString();
    l.enabled = o.value(key("enabled")).toBool();
    l.listening = o.value(key("listening")).toBool();
    l.error = o.value(key("error")).toString();
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

QJsonObject ControlCodec::storeChanges(const StoreChanges& c)
{
    return {{key("accepted"), c.accepted},
            {key("attempts"), c.attempts},
            {key("final_states"), c.finalStates},
            {key("deferrals"), c.deferrals},
            {key("queue_actions"), c.queueActions},
            {key("lockouts"), c.lockouts},
            {key("written"), c.written}};
}

StoreChanges ControlCodec::storeChangesFrom(const QJsonObject& o)
{
    StoreChanges c;
    c.accepted = o.value(key("accepted")).toInt();
    c.attempts = o.value(key("attempts")).toInt();
    c.finalStates = o.value(key("final_states")).toInt();
    c.deferrals = o.value(key("deferrals")).toInt();
    c.queueActions = o.value(key("queue_actions")).toInt();
    c.lockouts = o.value(key("lockouts")).toInt();
    c.written = o.value(key("written")).toBool();
    return c;
}

QString ControlCodec::faceName(EngineFace face)
{
    return face == EngineFace::Service ? QStringLiteral("service") : QStringLiteral("window");
}

void ControlCodec::putHolder(QJsonObject* object, const EngineLockHolder& holder)
{
    object->insert(key("pid"), double(holder.pid));
    object->insert(key("since"), time(holder.since));
    object->insert(key("face"), faceName(holder.face));
}

EngineLockHolder ControlCodec::holderFrom(const QJsonObject& object)
{
    EngineLockHolder holder;
    holder.pid = qint64(object.value(key("pid")).toDouble());
    holder.since = timeFrom(object.value(key("since")));
    holder.face = object.value(key("face")).toString() == QLatin1String("window") ? EngineFace::Window
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
