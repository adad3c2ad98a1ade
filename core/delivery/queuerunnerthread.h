#pragma once

#include "core/delivery/queuerunner.h"

#include <QThread>

namespace RelayDesk {

/// Owns the "relaydesk-delivery" thread and the QueueRunner living on it; every call is thread-safe.
class QueueRunnerThread final
{
public:
    /// signer: the DKIM keys that sign messages as they are first handed out (QueueRunner::setDkimSigner).
    QueueRunnerThread(const QString& dataDir, StoreWriter* writer, QueueRunner::TransportFactory factory = {},
                      const DkimMessageSigner* signer = nullptr);
    ~QueueRunnerThread(); ///< stops the service and joins the thread
    Q_DISABLE_COPY_MOVE(QueueRunnerThread)

    void start();
    void stop();
    /// QueueRunner::finish, waiting at most graceMs for it: how many jobs were still under way or unrecorded
    /// then (0: every outcome is on disk).
    int finish(int graceMs);
    void wake();
    void reload(); ///< QueueRunner::reload on the delivery thread
    /// For connecting to its signals (queued); do not call its methods from another thread.
    QueueRunner* service() const { return m_service; }

private:
    QThread m_thread;
    QueueRunner* m_service;
};

} // namespace RelayDesk
