#include "ui/storefollower.h"

#include "core/engine/adminchangewatch.h"

#include <QThread>

namespace RelayDesk {

StoreFollower::StoreFollower(QString dataDir, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir))
{
}

StoreFollower::~StoreFollower()
{
    setActive(false);
}

void StoreFollower::setActive(bool active)
{
    if (active == isActive())
        return;
    if (active) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("store follower"));
        m_watch = new AdminChangeWatch(m_dataDir, intervalMs);
        m_watch->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_watch, &QObject::deleteLater);
        connect(m_watch, &AdminChangeWatch::storeWritten, this, [this]() {
            StoreChanges changes;
            changes.written = true;
            Q_EMIT storeChanged(changes);
        });
        connect(m_watch, &AdminChangeWatch::changed, this, [this](const QString& topic) {
            StoreChanges changes;
            changes.written = true;
            if (topic == QLatin1String("lockouts"))
                changes.lockouts = 1;
            Q_EMIT storeChanged(changes);
        });
        m_thread->start();
        QMetaObject::invokeMethod(m_watch, &AdminChangeWatch::start, Qt::QueuedConnection);
        return;
    }
    // Stopped on its own thread (its store connection is that thread's), then deleted there as it ends.
    QMetaObject::invokeMethod(m_watch, &AdminChangeWatch::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_watch = nullptr;
}

} // namespace RelayDesk
