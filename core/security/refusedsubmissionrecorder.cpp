#include "core/security/refusedsubmissionrecorder.h"
#include "core/store/storewriter.h"

#include <QStringList>

#include <utility>

namespace RelayDesk {

namespace {

QString cut(const QString& text)
{
    if (text.size() <= RefusedSubmissions::maxFieldLength)
        return text;
    return text.left(RefusedSubmissions::maxFieldLength - 3) + QStringLiteral("...");
}

} // namespace

RefusedSubmissionRecorder::RefusedSubmissionRecorder(StoreWriter* writer, qint64 intervalMs)
    : m_writer(writer), m_batch(intervalMs)
{
}

void RefusedSubmissionRecorder::note(RefusedSubmission refusal, qint64 nowMs)
{
    refusal.sender = cut(refusal.sender);
    refusal.recipients = cut(refusal.recipients);
    refusal.reply = cut(refusal.reply);
    // A client that has not logged in chooses its envelope freely: its refusals are told apart by address,
    // command and reply only (the first envelope of the interval is kept), so that a bot sending a new
    // sender with each try costs one row a second, not one per try. Joined with a unit separator: were one
    // sent in a path, two rows would only share a count.
    const bool anonymous = refusal.agentName.isEmpty();
    const QString key = QStringList{refusal.address,
                                    refusal.listener,
                                    QString::number(refusal.agentId),
                                    refusal.agentName,
                                    refusal.command,
                                    anonymous ? QString() : refusal.sender,
                                    anonymous ? QString() : refusal.recipients,
                                    refusal.reply}
                            .join(QChar(0x1f));
    m_batch.note(key, nowMs, [&refusal] { return std::move(refusal); });
}

void RefusedSubmissionRecorder::flushIfDue(qint64 nowMs)
{
    if (m_batch.due(nowMs))
        flush();
}

void RefusedSubmissionRecorder::flush()
{
    QList<RefusedSubmission> batch = m_batch.take();
    if (batch.isEmpty() || !m_writer)
        return;
    // For support (why did this message never arrive?): a lost batch costs a line in the window, never mail.
    m_writer->submit(
        [batch = std::move(batch)](QSqlDatabase& db) { return RefusedSubmissions::record(db, batch); });
}

int RefusedSubmissionRecorder::pending() const
{
    return m_batch.pending();
}

quint64 RefusedSubmissionRecorder::dropped() const
{
    return m_batch.dropped();
}

} // namespace RelayDesk
