#pragma once

#include "core/smtp/deliveryjob.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace RelayDesk {

class DkimMessageSigner;
class StoreWriter;

/// DKIM at delivery time (docs/operations.md, "DKIM"): a message is signed once, when its first job is
/// handed out. The From: domain's keys in force then sign on a small pool (an RSA signature would stall the
/// delivery thread's connections), the fields are stored with the body by the store writer (the first
/// writer wins, so nodes sharing a store agree), and every job of the message waits for them. Retries, the
/// other recipients and other nodes read the stored fields and send the same bytes. Lives on the delivery
/// thread.
class DeliverySigner final : public QObject
{
    Q_OBJECT
public:
    /// Called on the delivery thread with a job ready to send (its body carries the signature, if any).
    using Ready = std::function<void(const DeliveryJob&)>;

    DeliverySigner(StoreWriter* writer, Ready ready, QObject* parent = nullptr);
    ~DeliverySigner() override; ///< waits for the signatures under way; their jobs are dropped
    Q_DISABLE_COPY_MOVE(DeliverySigner)

    /// The keys to sign with; without them (tests, no engine) nothing is signed. Set before the first job.
    void setSigner(const DkimMessageSigner* signer) { m_signer = signer; }
    /// Hands job to ready: at once when its message is signed or needs no signature (no keys for its From:
    /// domain: no store write, a later attempt looks again), else once the message's fields are stored.
    void prepare(const DeliveryJob& job);
    /// Jobs waiting for their message's signature.
    int waiting() const { return m_waitingJobs; }

private:
    struct Guard;
    void onSigned(qint64 messageId, const QByteArray& fields);
    void release(qint64 messageId, const QByteArray& fields);
    static void post(const std::shared_ptr<Guard>& guard, std::function<void(DeliverySigner&)> call);

    StoreWriter* m_writer;
    Ready m_ready;
    const DkimMessageSigner* m_signer = nullptr;
    QHash<qint64, QList<DeliveryJob>> m_waiting; ///< by message: the jobs waiting for its fields
    int m_waitingJobs = 0;
    std::shared_ptr<Guard> m_guard;
    QThreadPool m_pool; ///< declared last: waited for first, while the rest still exists
};

} // namespace RelayDesk
