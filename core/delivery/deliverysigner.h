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

/// DKIM at delivery time (docs/operations.md, "When it is signed"): a message is signed once, when its first
/// job is handed out, with the From: domain's keys in force then, on a small pool (an RSA signature would
/// stall the delivery thread's connections). Every job of the message sends the same fields: those stored
/// with the body (message_bodies.dkim_signature), or while none are stored, the ones made here. On a store
/// that several nodes share they are stored before the first attempt (the first writer wins); on a store of
/// one node they are stored with the first outcome, and not at all if that makes the message final. Lives on
/// the delivery thread.
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
    /// Other nodes share the store (PostgreSQL): the fields are stored before the first attempt.
    void setSharedStore(bool shared) { m_sharedStore = shared; }
    /// Hands job to ready: at once when its message is signed or needs no signature (no keys for its From:
    /// domain: no store write, a later attempt looks again), else once the message is signed (and, on a
    /// shared store, its fields stored).
    void prepare(const DeliveryJob& job);
    /// The outcome of a job that ready had is recorded (with its unstored fields, if any).
    void recorded(const DeliveryJob& job);
    /// Jobs waiting for their message's signature.
    int waiting() const { return m_waitingJobs; }

private:
    struct Guard;
    /// Fields made here and not yet stored, kept while jobs of the message are in flight.
    struct Unstored
    {
        QByteArray fields;
        int jobs = 0;
    };
    void onSigned(qint64 messageId, const QByteArray& fields);
    void store(qint64 messageId, const QByteArray& fields);
    void release(qint64 messageId, const QByteArray& fields, bool stored);
    void handOut(DeliveryJob job, const QByteArray& fields, bool stored);
    static void post(const std::shared_ptr<Guard>& guard, std::function<void(DeliverySigner&)> call);

    StoreWriter* m_writer;
    Ready m_ready;
    const DkimMessageSigner* m_signer = nullptr;
    bool m_sharedStore = false;
    QHash<qint64, QList<DeliveryJob>> m_waiting; ///< by message: the jobs waiting for its fields
    QHash<qint64, Unstored> m_unstored;          ///< by message
    int m_waitingJobs = 0;
    std::shared_ptr<Guard> m_guard;
    QThreadPool m_pool; ///< declared last: waited for first, while the rest still exists
};

} // namespace RelayDesk
