#include "core/security/refusedsubmissionrecorder.h"
#include "core/store/storewriter.h"
#include "core/util/logcategories.h"
#include "core/util/logline.h"

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
    // sender with each try costs one row a second, not one per try. A logged-in client is told apart by
    // envelope up to its budget, then as one not logged in, by the reply's codes only (its words name the
    // sender). Joined with a unit separator: were one sent in a path, two rows would only share a count.
    const QString client = refusal.address + QChar(0x1f) + QString::number(refusal.agentId);
    // A connection that failed before mail has no envelope: it takes nothing of the client's budget, and its
    // reason (the relay's own words, naming no address) tells its rows apart.
    const bool byEnvelope =
        !refusal.agentName.isEmpty() && !refusal.failedBeforeMail() && withinEnvelopeBudget(client, nowMs);
    const QString key = QStringList{refusal.address,
                                    refusal.listener,
                                    QString::number(refusal.agentId),
                                    refusal.agentName,
                                    refusal.command,
                                    byEnvelope ? refusal.sender : QString(),
                                    byEnvelope ? refusal.recipients : QString(),
                                    byEnvelope || refusal.agentName.isEmpty() || refusal.failedBeforeMail()
                                        ? refusal.reply
                                        : refusal.reply.left(9)}
                            .join(QChar(0x1f));
    m_batch.note(key, nowMs, [&refusal] { return std::move(refusal); });
}

bool RefusedSubmissionRecorder::withinEnvelopeBudget(const QString& client, qint64 nowMs)
{
    QMutexLocker locker(&m_windowsMutex);
    EnvelopeWindow& window = m_windows[client];
    if (nowMs - window.startMs >= 60'000)
        window = {nowMs, 0};
    return ++window.refusals <= envelopesPerMinute;
}

void RefusedSubmissionRecorder::flushIfDue(qint64 nowMs)
{
    if (!m_batch.due(nowMs))
        return;
    flush();
    QMutexLocker locker(&m_windowsMutex);
    m_windows.removeIf([nowMs](const auto& entry) { return nowMs - entry.value().startMs >= 60'000; });
}

void RefusedSubmissionRecorder::flush()
{
    // Refusals past the batch's bound are counted only: the operator log says how many, so that nothing is
    // left out in silence (an outside tester's flood lost 82 % of its refusals unsaid).
    if (const quint64 dropped = m_batch.dropped(); dropped > m_droppedReported) {
        qCWarning(lcSmtp) << LogLine("refusals_not_recorded")
                                 .add("count", dropped - m_droppedReported)
                                 .add("note", "more distinct refusals in a second than the relay keeps");
        m_droppedReported = dropped;
    }
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
