#include "core/delivery/deliverysigner.h"
#include "core/dkim/dkimmessagesigner.h"
#include "core/dkim/dkimsigner.h"
#include "core/store/storewriter.h"
#include "core/util/clock.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"

#include <QSqlError>

#include <mutex>

namespace RelayDesk {

struct DeliverySigner::Guard
{
    std::mutex mutex;
    DeliverySigner* signer = nullptr;
};

DeliverySigner::DeliverySigner(StoreWriter* writer, Ready ready, QObject* parent)
    : QObject(parent), m_writer(writer), m_ready(std::move(ready)), m_guard(std::make_shared<Guard>())
{
    m_guard->signer = this;
    // Signatures are short CPU work: two threads keep the delivery thread free on a small machine without
    // taking every core from the sessions.
    m_pool.setMaxThreadCount(2);
    m_pool.setObjectName(QStringLiteral("relaydesk-dkim"));
}

DeliverySigner::~DeliverySigner()
{
    {
        std::lock_guard lock(m_guard->mutex);
        m_guard->signer = nullptr;
    }
    m_pool.waitForDone();
}

void DeliverySigner::post(const std::shared_ptr<Guard>& guard, std::function<void(DeliverySigner&)> call)
{
    // From the pool or the writer thread to the delivery thread, if the signer is still alive.
    std::lock_guard lock(guard->mutex);
    if (DeliverySigner* signer = guard->signer)
        QMetaObject::invokeMethod(
            signer, [signer, call = std::move(call)] { call(*signer); }, Qt::QueuedConnection);
}

void DeliverySigner::prepare(const DeliveryJob& job)
{
    if (!job.signatureDue || !m_signer)
        return m_ready(job);
    if (auto it = m_waiting.find(job.messageId); it != m_waiting.end()) {
        it->append(job); // another domain's recipients of a message being signed
        ++m_waitingJobs;
        return;
    }
    if (auto it = m_unstored.constFind(job.messageId); it != m_unstored.constEnd())
        return handOut(job, it->fields, false); // signed for a job still in flight
    QList<DkimSigningKey> keys = m_signer->keysFor(job.body);
    if (keys.isEmpty())
        return m_ready(job);
    m_waiting.insert(job.messageId, {job});
    ++m_waitingJobs;
    // RFC 6376 5: the signature covers the message as it leaves; the Message-ID: and Date: that submission
    // added (RFC 6409 8) are already part of it.
    m_pool.start([guard = m_guard, messageId = job.messageId, body = job.body, keys = std::move(keys)] {
        const QByteArray fields = DkimSigner::sign(body, keys, nowMs() / 1000);
        post(guard, [messageId, fields](DeliverySigner& signer) { signer.onSigned(messageId, fields); });
    });
}

void DeliverySigner::onSigned(qint64 messageId, const QByteArray& fields)
{
    if (fields.isEmpty()) {
        // As at accept before: a message whose keys cannot sign leaves unsigned, and a later attempt tries
        // again (the keys may be readable by then).
        const QList<DeliveryJob>& jobs = m_waiting[messageId];
        qCWarning(lcDelivery) << LogLine("dkim_not_signed")
                                     .add("queue_id", jobs.isEmpty() ? QString() : jobs.first().queueId)
                                     .add("error", "no key of the sender domain could sign; sent unsigned");
        return release(messageId, QByteArray(), true);
    }
    if (m_sharedStore)
        return store(messageId, fields);
    release(messageId, fields, false);
}

void DeliverySigner::store(qint64 messageId, const QByteArray& fields)
{
    // The first fields stored for the message are its signature: a node that signed it meanwhile has won,
    // and this one sends those.
    auto kept = std::make_shared<QByteArray>(fields);
    m_writer->submit(
        [messageId, kept](QSqlDatabase& db) -> Status {
            QSqlQuery& update = StoreWriter::statement(
                db, QStringLiteral("UPDATE message_bodies SET dkim_signature = ? WHERE message_id = ?"
                                   " AND dkim_signature IS NULL"));
            update.addBindValue(*kept);
            update.addBindValue(messageId);
            if (!update.exec())
                return Status::failure(update.lastError().text());
            QSqlQuery& stored = StoreWriter::statement(
                db, QStringLiteral("SELECT dkim_signature FROM message_bodies WHERE message_id = ?"));
            stored.addBindValue(messageId);
            if (!stored.exec())
                return Status::failure(stored.lastError().text());
            if (stored.next() && !stored.value(0).isNull())
                *kept = stored.value(0).toByteArray();
            stored.finish();
            return {};
        },
        [guard = m_guard, messageId, kept, fields](const Status& status) {
            if (!status)
                qCWarning(lcDelivery) << LogLine("dkim_signature_not_stored").add("error", status.error());
            const QByteArray use = status ? *kept : fields;
            post(guard, [messageId, use, ok = bool(status)](DeliverySigner& signer) {
                signer.release(messageId, use, ok);
            });
        });
}

void DeliverySigner::release(qint64 messageId, const QByteArray& fields, bool stored)
{
    const QList<DeliveryJob> jobs = m_waiting.take(messageId);
    m_waitingJobs -= int(jobs.size());
    for (const DeliveryJob& job : jobs)
        handOut(job, fields, stored);
}

void DeliverySigner::handOut(DeliveryJob job, const QByteArray& fields, bool stored)
{
    job.body = fields + job.body;
    job.signatureDue = false;
    if (!stored && !fields.isEmpty()) {
        job.unstoredSignature = fields;
        Unstored& unstored = m_unstored[job.messageId];
        unstored.fields = fields;
        ++unstored.jobs;
    }
    m_ready(job);
}

void DeliverySigner::recorded(const DeliveryJob& job)
{
    if (job.unstoredSignature.isEmpty())
        return;
    // Stored with this outcome (or the message is final): the next job of the message reads them from the
    // store, which the outcome's commit has reached before this runs.
    auto it = m_unstored.find(job.messageId);
    if (it != m_unstored.end() && --it->jobs <= 0)
        m_unstored.erase(it);
}

} // namespace RelayDesk
