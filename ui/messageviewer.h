#pragma once

#include "core/delivery/deliveriesinflight.h"
#include "core/engine/storechanges.h"
#include "core/query/messagedetail.h"

#include <QDialog>
#include <QSet>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace RelayDesk {

class LiveRefresh;
class QueryRunner;

/// Shows one message (docs/gui.md, "Message viewer"): its envelope with each recipient's state and road sign,
/// its header fields, its plain text, its raw source and every delivery attempt with its transcript; says in
/// words when the store no longer holds the body; and resends it to the same recipients. Reads and the resend
/// run on its own QueryRunner thread.
class MessageViewer final : public QDialog
{
    Q_OBJECT
public:
    enum Tab
    {
        EnvelopeTab,
        HeadersTab,
        TextTab,
        RawTab,
        AttemptsTab
    };

    MessageViewer(QString dataDir, QString queueId, QWidget* parent = nullptr);
    ~MessageViewer() override;

    const QString& queueId() const { return m_queueId; }
    /// The port a message came in on, in the window's language ("submission" is the STARTTLS port).
    static QString listenerText(const QString& listener);
    QTabWidget* tabs() const { return m_tabs; }
    /// Asks (Cancel is the default), then queues a copy for the same recipients through the admin facade.
    void resend();
    /// After the question: queues the copy.
    void resendConfirmed();
    /// Tries the recipients still waiting again now, as the Queue's Retry now does (support staff looked
    /// for it here: an outside tester).
    void retryNow();
    /// Releases a held message, as the Queue's Release does: its recipients are tried again from now on.
    void release();

public Q_SLOTS:
    /// The engine's batched report: reads the message again within the live interval, so that a new attempt
    /// or state shows without a click, as on the pages (the tabs and where they are scrolled stay).
    void noteStoreChanges(const RelayDesk::StoreChanges& changes);
    /// The engine's deliveries under way: this message's recipients among them are shown "delivering" (they
    /// read "queued" for the whole of a long attempt: an outside tester).
    void setDeliveries(const QList<RelayDesk::DeliveryInFlight>& deliveries);

Q_SIGNALS:
    /// The message was read and every tab shows it (or the read failed and the window says why).
    void loaded();
    /// A copy was queued under this new queue id.
    void resent(const QString& newQueueId);

private:
    void load();
    /// Reads the message again and shows what can change: the recipients' states and the attempts (and the
    /// body gone once every recipient is final).
    void reload();
    void display(const MessageDetail& detail);
    /// What the Resend button and its question need of the message shown.
    void remember(const MessageDetail& detail);
    /// Resend enabled once every recipient is final and the body is kept, with a tooltip that says why not;
    /// Retry now while a recipient waits and the message is not held.
    void updateResend(const MessageDetail& detail);
    /// The recipient's address was read to be off the agent's suppression list now.
    bool liftedSince(const QString& recipient) const;
    /// Where the Resend button sends this message now ("" when its content is gone).
    QString resendStep() const;
    /// That the message left the delivery log (purged) while or before the viewer showed it.
    QString gone() const;
    void showFailure(const QString& error);
    void showEnvelope(const MessageDetail& detail);
    /// The message's attachments as lines of the Envelope tab: name, type and size each, or "none".
    static QString attachmentsHtml(const QByteArray& content);
    void showContent(const MessageDetail& detail);
    /// The Headers tab's selected rows, "Field: value" a line, to the clipboard.
    void copySelectedHeaders();
    void showAttempts(const MessageDetail& detail);
    /// The recipients of one group of attempts: ten by name, then how many more.
    static QString recipientsText(const QList<const DeliveryAttemptRow*>& group);

    QString m_dataDir;
    QString m_queueId;
    QSet<QString> m_delivering; ///< this message's recipients being delivered now (as stored, lower case)
    /// Its bounced and suppressed recipients on the agent's suppression list now (lower case).
    QSet<QString> m_suppressedNow;
    bool m_suppressionRead = false; ///< m_suppressedNow was read (until then nothing is said of the list)
    std::optional<MessageDetail> m_shown; ///< what the envelope shows, to show it again when deliveries move
    QueryRunner* m_runner = nullptr;
    LiveRefresh* m_live = nullptr;
    bool m_contentKept = true;
    QString m_attachments; ///< the Envelope's attachment lines, read with the stored message
    QLabel* m_title = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_envelope = nullptr;
    QLabel* m_headersNote = nullptr;
    QTableWidget* m_headers = nullptr;
    QLabel* m_textNote = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_rawNote = nullptr;
    QPlainTextEdit* m_raw = nullptr;
    QTextBrowser* m_attempts = nullptr;
    QPushButton* m_resend = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_release = nullptr;
    QLabel* m_status = nullptr;
    int m_recipientCount = 0;
    QString m_agent;          ///< the agent whose suppression list the copy meets ("" when deleted)
    QStringList m_recipients; ///< the addresses a resend writes to
};

} // namespace RelayDesk
