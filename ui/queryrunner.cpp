#include "ui/queryrunner.h"

#include "core/admin/admin.h"

namespace RelayDesk {

QueryRunner::QueryRunner(const QString& threadName, QString dataDir, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir))
{
    m_thread.setObjectName(threadName);
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

QueryRunner::~QueryRunner()
{
    // The worker's connection belongs to the worker thread: close it there before the thread ends. Blocking:
    // quit() ends the loop without running what is still queued, and the connection stayed behind.
    m_closing->store(true);
    QMetaObject::invokeMethod(
        m_worker, [dir = m_dataDir]() { Admin::closeThread(dir); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void QueryRunner::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(
        m_worker,
        [closing = m_closing, job = std::move(job)]() {
            if (!closing->load())
                job();
        },
        Qt::QueuedConnection);
}

} // namespace RelayDesk
