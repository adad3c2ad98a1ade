#include "ui/messageviewer.h"
#include "ui/relaywords.h"
#include "ui/settingcatalog.h"
#include "ui/sizetext.h"

#include "core/admin/queueadmin.h"
#include "core/admin/settingsadmin.h"
#include "core/admin/suppressionadmin.h"
#include "core/delivery/queueactions.h"
#include "core/query/messageattachments.h"
#include "core/query/messagedetailquery.h"
#include "core/query/messageheaders.h"
#include "core/query/messagetext.h"
#include "core/smtp/replycatalog.h"
#include "core/store/enginelock.h"
#include "core/util/readableaddress.h"
#include "ui/agentlabel.h"
#include "ui/confirmation.h"
#include "ui/liverefresh.h"
#include "ui/queryrunner.h"
#include "ui/roadsign.h"
#include "ui/statelabel.h"
#include "ui/storeerrortext.h"
#include "ui/timecolumn.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace RelayDesk {

namespace {

QString timeText(qint64 ms)
{
    return tableTimeText(ms);
}

/// A tab page with a note above its content; the note says what the content cannot.
QWidget* notedPage(QLabel* note, QWidget* content, QWidget* parent)
{
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->hide();
    layout->addWidget(note);
    layout->addWidget(content, 1);
    return page;
}

QPlainTextEdit* sourceView(const QString& objectName, QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

/// A coloured badge with its label, then the text beside it.
QString viewerBadge(RoadSign sign, const QString& label, const QString& text)
{
    return QStringLiteral("<span style=\"background:%1;color:white;\">&nbsp;%2&nbsp;</span> %3")
        .arg(RoadSignStyle::foreground(sign).name(), label.toHtmlEscaped(), text.toHtmlEscaped());
}

/// The road sign of a recipient's last reply as a small coloured badge.
QString signBadge(int code, const QString& enhanced, const QString& reply)
{
    if (code <= 0 && !reply.isEmpty()) // the relay's own decision (suppressed, deleted): final
        return viewerBadge(RoadSign::Red, MessageViewer::tr("Not sent"), RoadSignStyle::notSentReason(reply));
    if (code <= 0)
        return MessageViewer::tr("no attempt yet").toHtmlEscaped();
    const ReplyExplanation info = ReplyCatalog::explain(code, enhanced.toLatin1(), reply.toUtf8());
    return viewerBadge(info.sign, RoadSignStyle::label(info.sign), info.title);
}

/// A held recipient: nothing is tried until the message is released, whatever its last reply promised (an
/// outside tester read "temporary problem, retry planned" beside a held recipient).
QString heldBadge(int code, const QString& enhanced, const QString& reply)
{
    const QString last = RoadSignStyle::replyLine(code, enhanced, reply);
    return QStringLiteral("<span style=\"background:#6b6b6b;color:white;\">&nbsp;%1&nbsp;</span> %2")
        .arg(MessageViewer::tr("On hold").toHtmlEscaped(),
             (last.isEmpty() ? MessageViewer::tr("not tried until released")
                             : MessageViewer::tr("not tried until released; last reply: %1").arg(last))
                 .toHtmlEscaped());
}

} // namespace

MessageViewer::MessageViewer(QString dataDir, QString queueId, QWidget* parent)
    : QDialog(parent), m_dataDir(std::move(dataDir)), m_queueId(std::move(queueId))
{
    setObjectName(QStringLiteral("messageViewer"));
    setWindowTitle(tr("Message %1").arg(m_queueId));
    m_runner = new QueryRunner(QStringLiteral("message-viewer"), m_dataDir, this);

    m_title = new QLabel(tr("Reading the message..."), this);
    m_title->setObjectName(QStringLiteral("messageTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("messageTabs"));

    m_envelope = new QTextBrowser(this);
    m_envelope->setObjectName(QStringLiteral("envelope"));
    m_tabs->addTab(m_envelope, tr("Envelope"));

    m_headersNote = new QLabel(this);
    m_headersNote->setObjectName(QStringLiteral("headersNote"));
    m_headers = new QTableWidget(0, 2, this);
    m_headers->setObjectName(QStringLiteral("headers"));
    m_headers->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setTabKeyNavigation(false); // Tab leaves the table, as every list and table of the window
    m_headers->setWordWrap(true);
    // Long values (Received:, DKIM-Signature:) wrap instead of being cut (an outside tester could not read a
    // Received field's time stamp), and Ctrl+C copies the selected rows as "Field: value" lines.
    m_headers->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_headers->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* copyHeaders = new QAction(tr("Copy"), m_headers);
    copyHeaders->setShortcut(QKeySequence::Copy);
    copyHeaders->setShortcutContext(Qt::WidgetShortcut);
    connect(copyHeaders, &QAction::triggered, this, &MessageViewer::copySelectedHeaders);
    m_headers->addAction(copyHeaders);
    m_tabs->addTab(notedPage(m_headersNote, m_headers, this), tr("Headers"));

    m_textNote = new QLabel(this);
    m_textNote->setObjectName(QStringLiteral("textNote"));
    m_text = sourceView(QStringLiteral("textBody"), this);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_tabs->addTab(notedPage(m_textNote, m_text, this), tr("Text"));

    m_rawNote = new QLabel(this);
    m_rawNote->setObjectName(QStringLiteral("rawNote"));
    m_raw = sourceView(QStringLiteral("rawSource"), this);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(notedPage(m_rawNote, m_raw, this), tr("Raw source"));

    m_attempts = new QTextBrowser(this);
    m_attempts->setObjectName(QStringLiteral("attempts"));
    m_tabs->addTab(m_attempts, tr("Attempts"));

    m_resend = new QPushButton(tr("Resend to the same recipients..."), this);
    m_resend->setObjectName(QStringLiteral("resendButton"));
    m_resend->setEnabled(false);
    m_resend->setAutoDefault(false);
    m_retry = new QPushButton(tr("Retry now"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setEnabled(false);
    m_retry->setAutoDefault(false);
    // In the Retry button's place while the message is held: support staff who opened a held message had
    // to go back to the Queue page to let it go.
    m_release = new QPushButton(tr("Release"), this);
    m_release->setObjectName(QStringLiteral("releaseButton"));
    m_release->setToolTip(
        tr("The message is on hold: release it, and its waiting recipients are tried again."));
    m_release->setAutoDefault(false);
    m_release->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("viewerStatus"));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_retry);
    bottom->addWidget(m_release);
    bottom->addWidget(m_resend);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    resize(900, 620);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resend, &QPushButton::clicked, this, &MessageViewer::resend);
    connect(m_retry, &QPushButton::clicked, this, &MessageViewer::retryNow);
    connect(m_release, &QPushButton::clicked, this, &MessageViewer::release);
    m_live = new LiveRefresh(
        this, [this]() { reload(); }, 700);
    load();
}

MessageViewer::~MessageViewer() = default;

void MessageViewer::load()
{
    const QString dataDir = m_dataDir;
    const QString queueId = m_queueId;
    m_runner->run<Expected<MessageDetail>>(
        this, [dataDir, queueId]() { return MessageDetailQuery(dataDir).load(queueId); },
        [this](const Expected<MessageDetail>& detail) {
            if (detail)
                display(detail.value());
            else
                showFailure(detail.error());
            Q_EMIT loaded();
        });
}

void MessageViewer::noteStoreChanges(const StoreChanges& changes)
{
    if (changes.touchesMessages())
        m_live->request();
}

void MessageViewer::reload()
{
    const QString dataDir = m_dataDir;
    const QString queueId = m_queueId;
    // The envelope and the attempts only: the stored message (up to the size limit) is not read again on
    // every change a busy relay reports while the viewer is open.
    m_runner->run<Expected<MessageDetail>>(
        this,
        [dataDir, queueId]() {
            return MessageDetailQuery(dataDir).load(queueId, MessageDetailQuery::Content::Leave);
        },
        [this](const Expected<MessageDetail>& detail) {
            if (!detail) {
                // Purged meanwhile: the window keeps what it showed, and says that it is all there is.
                if (detail.error() == MessageDetailQuery::noSuchMessage(m_queueId)) {
                    m_status->setText(gone());
                    m_resend->setEnabled(false);
                    m_retry->setEnabled(false);
                    m_release->setEnabled(false);
                }
                return;
            }
            if (detail->contentKept != m_contentKept) {
                load(); // the body was removed (or kept again): every tab anew
                return;
            }
            const int envelope = m_envelope->verticalScrollBar()->value();
            const int attempts = m_attempts->verticalScrollBar()->value();
            remember(detail.value());
            showEnvelope(detail.value());
            showAttempts(detail.value());
            // Delivered meanwhile: it may be resent now (Resend stayed greyed, its tooltip saying "still
            // being delivered" beside a list of delivered recipients: an outside tester).
            updateResend(detail.value());
            m_envelope->verticalScrollBar()->setValue(envelope);
            m_attempts->verticalScrollBar()->setValue(attempts);
        });
}

QString MessageViewer::gone() const
{
    return tr("Message %1 is no longer in the delivery log: its retention time ended or the log was purged "
              "(Settings, Retention).")
        .arg(m_queueId);
}

void MessageViewer::showFailure(const QString& error)
{
    // Purged while the viewer was open (retention, or a colleague's `log purge`): said in the window's
    // language, not as the store's English "no queued message with id ..." (an outside tester).
    if (error == MessageDetailQuery::noSuchMessage(m_queueId))
        m_title->setText(gone());
    else
        m_title->setText(tr("Cannot read message %1: %2").arg(m_queueId, StoreErrorText::of(error)));
    m_resend->setEnabled(false);
    m_retry->setEnabled(false);
    m_release->setEnabled(false);
}

void MessageViewer::setDeliveries(const QList<DeliveryInFlight>& deliveries)
{
    QSet<QString> delivering;
    for (const DeliveryInFlight& delivery : deliveries) {
        if (delivery.queueId != m_queueId)
            continue;
        for (const QString& recipient : delivery.recipients)
            delivering.insert(recipient.toLower());
    }
    if (delivering == m_delivering)
        return;
    m_delivering = delivering;
    if (m_shown)
        showEnvelope(*m_shown);
}

void MessageViewer::remember(const MessageDetail& detail)
{
    m_shown = detail;
    m_recipientCount = static_cast<int>(detail.recipients.size());
    m_agent = detail.agentDeleted ? QString() : detail.agent;
    m_recipients.clear();
    QStringList asked;
    for (const DeliveryLogRow& recipient : detail.recipients) {
        m_recipients << recipient.recipient;
        if (recipient.state == QLatin1String("bounced") || recipient.state == QLatin1String("suppressed"))
            asked << recipient.recipient;
    }
    // A bounce that put its address on the agent's suppression list says so beside it, as the Delivery Logs
    // do: later copies to it are not sent (an outside tester saw only "mailbox does not exist" here). A
    // recipient not sent for the list is told otherwise once its address was lifted.
    if (m_agent.isEmpty() || asked.isEmpty())
        return;
    m_runner->run<Expected<QStringList>>(
        this,
        [dataDir = m_dataDir, agent = m_agent, asked]() {
            return SuppressionAdmin(dataDir).suppressedAmong(agent, asked);
        },
        [this](const Expected<QStringList>& suppressed) {
            if (!suppressed)
                return; // not known: nothing is said either way
            QSet<QString> now;
            for (const QString& address : suppressed.value())
                now.insert(address.toLower());
            if (now == m_suppressedNow && m_suppressionRead)
                return;
            m_suppressedNow = now;
            m_suppressionRead = true;
            if (m_shown) {
                showEnvelope(*m_shown);
                showAttempts(*m_shown);
            }
        });
}

bool MessageViewer::liftedSince(const QString& recipient) const
{
    return m_suppressionRead && !m_agent.isEmpty() && !m_suppressedNow.contains(recipient.toLower());
}

QString MessageViewer::resendStep() const
{
    return m_contentKept ? tr("\"%1\" below sends this message to the address now.").arg(m_resend->text())
                         : QString();
}

void MessageViewer::updateResend(const MessageDetail& detail)
{
    // A message still on its way is not resent: its waiting recipients would get it twice.
    m_resend->setEnabled(detail.contentKept && m_recipientCount > 0 && !detail.pending());
    const bool held = detail.held && detail.pending();
    m_retry->setVisible(!held);
    m_release->setVisible(held);
    m_release->setEnabled(held);
    m_retry->setEnabled(detail.pending() && !detail.held);
    m_retry->setToolTip(detail.pending() ? tr("Try the recipients still waiting again now.")
                                         : tr("Every recipient is delivered, bounced or deleted."));
    // With the body removed as soon as the last recipient is final (the default), "resend it once every
    // recipient is final" sent support staff to wait for a moment at which it was gone (an outside tester).
    const QString keepBodies = tr(
        "To resend delivered and bounced messages, set \"Keep message bodies for\" in Settings, Retention.");
    m_resend->setToolTip(
        !detail.contentKept ? tr("The body is no longer stored, so there is nothing to resend.") +
                                  (detail.bodyKeptDays == 0 ? QLatin1Char(' ') + keepBodies : QString())
        : !detail.pending() ? tr("Queue a new copy of this message for the same recipients. The "
                                 "original stays as it is.")
        // Held, not "still being delivered" (an outside tester read both in the one viewer).
        : detail.held
            ? tr("This message is on hold with recipients still waiting: a copy would reach them twice "
                 "once it is released. Release it, or bounce or delete it on the Queue page.")
        : detail.bodyKeptDays == 0
            ? tr("This message is still being delivered, and a copy would reach its waiting recipients "
                 "twice. "
                 "Its body is removed once every recipient is delivered or bounced, so it cannot be resent "
                 "then either.") +
                  QLatin1Char(' ') + keepBodies
            : tr("This message is still being delivered: resend it once every recipient is delivered or "
                 "bounced (its body is kept %n day(s) after that).",
                 nullptr, detail.bodyKeptDays));
}

void MessageViewer::display(const MessageDetail& detail)
{
    remember(detail);
    m_contentKept = detail.contentKept;
    // Read once with the stored message: the live updates read the envelope only (an outside tester's
    // attachments were gone from the Envelope tab at the first update).
    m_attachments =
        detail.contentKept && !detail.content.isEmpty() ? attachmentsHtml(detail.content) : QString();
    const QString sender =
        detail.sender.isEmpty() ? QStringLiteral("<>") : ReadableAddress::address(detail.sender);
    m_title->setText(
        detail.subject.isEmpty()
            ? tr("From %1, received %2").arg(sender, timeText(detail.receivedAt))
            : tr("\"%1\" from %2, received %3").arg(detail.subject, sender, timeText(detail.receivedAt)));
    showEnvelope(detail);
    showContent(detail);
    showAttempts(detail);
    updateResend(detail);
}

void MessageViewer::showEnvelope(const MessageDetail& detail)
{
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    html += row(tr("Queue ID"), detail.queueId);
    html += row(tr("Mail Agent"),
                detail.agent.isEmpty() ? tr("(none)") : AgentLabel::text(detail.agent, detail.agentDeleted));
    html += row(tr("Received on"), listenerText(detail.listener));
    if (!detail.noticeOf.isEmpty())
        html += row(tr("Notice about"), tr("message %1").arg(detail.noticeOf));
    // Whether its sender was told, and by which notice (an outside tester matched queue ids by hand).
    if (!detail.notices.isEmpty()) {
        QStringList notices;
        for (const SameMessage& notice : detail.notices)
            notices << tr("%1 (%2)").arg(notice.queueId, timeText(notice.receivedAt));
        html += row(tr("Notices to its sender"), notices.join(QStringLiteral(", ")));
    }
    html += row(tr("Client address"), detail.clientAddress.isEmpty() ? tr("(none)") : detail.clientAddress);
    html += row(tr("Sender"), detail.sender.isEmpty() ? tr("<> (no return address: a notice)")
                                                      : ReadableAddress::address(detail.sender));
    html += row(tr("Received"), timeText(detail.receivedAt));
    if (!detail.acceptedNode.isEmpty()) // docs/scaling.md: which node of the cluster took it
        html += row(tr("Accepted by node"),
                    detail.acceptedNodeName.isEmpty()
                        ? detail.acceptedNode
                        : tr("%1 (%2)").arg(detail.acceptedNodeName, detail.acceptedNode));
    html += row(tr("Size"), sizeText(detail.size));
    // The files it carries, while its body is kept: an outside tester found them only in the raw source.
    if (detail.contentKept && !m_attachments.isEmpty())
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(tr("Attachments").toHtmlEscaped(), m_attachments);
    if (!detail.messageIdHeader.isEmpty())
        html += row(tr("Message-ID"), detail.messageIdHeader);
    // "The customer got it twice": the same message handed over again (or resent) is said here, with when and
    // from where, so that a submission twice is not taken for a delivery twice (an outside tester).
    if (!detail.sameMessageId.isEmpty()) {
        const bool allResent =
            std::all_of(detail.sameMessageId.cbegin(), detail.sameMessageId.cend(),
                        [](const SameMessage& other) { return other.listener == QLatin1String("resend"); });
        QStringList others;
        for (const SameMessage& other : detail.sameMessageId)
            others << (allResent ? tr("%1, %2", "a resent copy's queue id and when it was resent")
                                       .arg(other.queueId, timeText(other.receivedAt))
                       : other.listener == QLatin1String("resend")
                           ? tr("%1, resent by an administrator %2")
                                 .arg(other.queueId, timeText(other.receivedAt))
                           : tr("%1, received %2 from %3")
                                 .arg(other.queueId, timeText(other.receivedAt), other.clientAddress));
        // Copies an administrator resent are not the application handing the message over again (German read
        // "submitted again ..., resent by an administrator": an outside tester).
        html += row(tr("Same Message-ID"),
                    (allResent ? tr("This message was resent by an administrator:")
                     : detail.listener == QLatin1String("resend")
                         ? tr("This is a copy an administrator resent of the same message:")
                         : tr("%n other message(s) with this Message-ID: the same message was handed "
                              "over again.",
                              nullptr, int(detail.sameMessageId.size()))) +
                        QLatin1Char(' ') + others.join(QStringLiteral("; ")));
    }
    if (detail.held)
        html += row(tr("On hold"), tr("RelayDesk does not try to deliver it until you release it."));
    if (detail.removedAt > 0 && detail.stoppedByDelete())
        html += row(tr("Deleted from the queue"), timeText(detail.removedAt));
    else if (detail.removedAt > 0) // every recipient was final: the delete took the kept body only
        html += row(tr("Body removed by the administrator"), timeText(detail.removedAt));
    html +=
        QStringLiteral("</table><h3>%1</h3>")
            .arg(tr("%Ln recipient(s)", nullptr, static_cast<int>(detail.recipients.size())).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"4\"><tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                           "<th align=\"left\">%3</th><th align=\"left\">%4</th></tr>")
                .arg(tr("Recipient").toHtmlEscaped(), tr("Status").toHtmlEscaped(),
                     tr("Attempts").toHtmlEscaped(), tr("Road sign of the last reply").toHtmlEscaped());
    // Stored as queued or deferred until the attempt ends; the engine says whether one is under way.
    const auto beingDelivered = [this](const DeliveryLogRow& r) {
        return (r.state == QLatin1String("queued") || r.state == QLatin1String("deferred")) &&
               m_delivering.contains(r.recipient.toLower());
    };
    for (const DeliveryLogRow& r : detail.recipients) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(ReadableAddress::address(r.recipient).toHtmlEscaped(),
                         StateLabel::text(beingDelivered(r) ? QStringLiteral("delivering") : r.shownState())
                             .toHtmlEscaped())
                    .arg(r.attempts)
                    .arg(r.shownState() == QLatin1String("held")
                             ? heldBadge(r.lastCode, r.lastEnhanced, r.lastReply)
                             : signBadge(r.lastCode, r.lastEnhanced, r.lastReply));
        if (r.state == QLatin1String("bounced") && m_suppressedNow.contains(r.recipient.toLower()))
            html += QStringLiteral("<tr><td></td><td colspan=\"3\"><i>%1</i></td></tr>")
                        .arg(tr("Now on the suppression list of %1: later messages to it are not sent (Mail "
                                "Agents, "
                                "%1, Suppressions).")
                                 .arg(m_agent)
                                 .toHtmlEscaped());
        else if (r.state == QLatin1String("suppressed") &&
                 RoadSignStyle::isSuppressedReply(r.lastCode, r.lastReply) && liftedSince(r.recipient))
            html += QStringLiteral("<tr><td></td><td colspan=\"3\"><i>%1</i></td></tr>")
                        .arg(tr("No longer on the suppression list of %1, as it was when this message was "
                                "sent. %2")
                                 .arg(m_agent, m_contentKept ? resendStep() : RoadSignStyle::notResendable())
                                 .toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_envelope->setHtml(html);
}

QString MessageViewer::listenerText(const QString& listener)
{
    if (listener == QLatin1String("dsn"))
        return tr("RelayDesk itself (a delivery status notice)");
    if (listener == QLatin1String("resend"))
        return tr("Resent by an administrator");
    return SettingCatalog::listenerTitle(listener); // as Settings names it
}

QString MessageViewer::attachmentsHtml(const QByteArray& content)
{
    constexpr int shownAtMost = 20;
    bool allListed = true;
    const QList<Attachment> attachments = MessageAttachments::list(content, &allListed);
    const QString unread =
        tr("RelayDesk did not read the message to its end: its parts nest deeper than 16 levels, or it has "
           "more than 500 attachments (the Raw source tab shows it all).");
    if (attachments.isEmpty())
        return (allListed ? tr("none") : tr("none found.") + QLatin1Char(' ') + unread).toHtmlEscaped();
    QStringList lines;
    for (const Attachment& attachment : attachments) {
        if (lines.size() == shownAtMost) {
            lines << tr("and %n more", nullptr, int(attachments.size() - shownAtMost)).toHtmlEscaped();
            break;
        }
        const QString name = attachment.name.isEmpty() ? tr("(no file name)") : attachment.name;
        lines << tr("%1 (%2, %3)")
                     .arg(name, QString::fromLatin1(attachment.type), sizeText(attachment.size))
                     .toHtmlEscaped();
    }
    if (!allListed)
        lines << unread.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void MessageViewer::copySelectedHeaders()
{
    QList<int> rows;
    for (const QModelIndex& index : m_headers->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_headers->currentRow() >= 0)
        rows << m_headers->currentRow();
    std::sort(rows.begin(), rows.end());
    QString text;
    for (const int row : std::as_const(rows))
        text += m_headers->item(row, 0)->text() + QStringLiteral(": ") + m_headers->item(row, 1)->text() +
                QLatin1Char('\n');
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void MessageViewer::showContent(const MessageDetail& detail)
{
    m_headers->setRowCount(0);
    m_text->clear();
    m_raw->clear();
    if (!detail.contentKept) {
        // docs/reliability.md, "Retention": the body leaves the store with the last final recipient.
        const QString gone =
            detail.removedAt > 0 && detail.stoppedByDelete()
                ? tr("The body of this message is no longer stored: it was removed when the message was "
                     "deleted "
                     "from the queue. The envelope, the recipients and the attempts stay in the delivery "
                     "log.")
            : detail.removedAt > 0
                ? tr("The body of this message is no longer stored: the relay administrator removed it after "
                     "every recipient was final. The envelope, the recipients and the attempts stay in the "
                     "delivery log.")
                : tr("The body of this message is no longer stored: RelayDesk removes it once every "
                     "recipient "
                     "is delivered, returned or suppressed. The envelope, the recipients and the attempts "
                     "stay "
                     "in the delivery log. To keep bodies for a while, set \"Keep message bodies for\" in "
                     "Settings, Retention.");
        for (QLabel* note : {m_headersNote, m_textNote, m_rawNote}) {
            note->setText(gone);
            note->show();
        }
        m_headers->hide();
        m_text->hide();
        m_raw->hide();
        return;
    }
    m_headersNote->hide();
    m_rawNote->hide();
    m_headers->show();
    m_raw->show();

    const auto [header, body] = MessageHeaders::split(detail.content);
    const QList<HeaderField> fields = MessageHeaders::fields(header);
    m_headers->setRowCount(static_cast<int>(fields.size()));
    for (int i = 0; i < fields.size(); ++i) {
        m_headers->setItem(i, 0, new QTableWidgetItem(fields[i].name));
        // One space where the field was folded (RFC 5322 2.2.3 keeps the folding's tab or spaces); the Raw
        // tab has the bytes as they are.
        m_headers->setItem(i, 1, new QTableWidgetItem(fields[i].value.simplified()));
    }
    m_headers->resizeColumnToContents(0);

    // Raw source: the stored bytes, read as UTF-8 (8BITMIME and SMTPUTF8 mail is UTF-8; other bytes show as
    // replacement characters), line ends as the editor shows them.
    QString raw = QString::fromUtf8(detail.content);
    raw.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    m_raw->setPlainText(raw);

    const TextBody text = MessageText::extract(detail.content);
    if (!text.found) {
        m_textNote->setText(
            tr("This message has no plain-text part (it is %1). The Raw source tab shows all of "
               "it.")
                .arg(QString::fromLatin1(text.messageType)));
        m_textNote->show();
        m_text->hide();
        return;
    }
    m_text->setPlainText(text.text);
    m_text->show();
    if (!text.charsetKnown) {
        m_textNote->setText(
            tr("The text declares the character set \"%1\", which RelayDesk does not know; it "
               "is shown as UTF-8.")
                .arg(QString::fromLatin1(text.charset)));
        m_textNote->show();
    } else {
        m_textNote->hide();
    }
}

QString MessageViewer::recipientsText(const QList<const DeliveryAttemptRow*>& group)
{
    constexpr int shownAtMost = 10;
    QStringList shown;
    for (const DeliveryAttemptRow* row : group.mid(0, shownAtMost))
        shown << ReadableAddress::address(row->recipient);
    if (group.size() > shownAtMost)
        return tr("%1 and %Ln more", "recipients of one attempt, then how many others",
                  int(group.size() - shownAtMost))
            .arg(shown.join(QStringLiteral(", ")));
    return shown.join(QStringLiteral(", "));
}

void MessageViewer::showAttempts(const MessageDetail& detail)
{
    if (detail.attempts.isEmpty()) {
        m_attempts->setHtml(QStringLiteral("<p>%1</p>").arg(tr("No delivery attempt yet.").toHtmlEscaped()));
        return;
    }
    // The recipients of one SMTP transaction that got the same reply share one heading, one explanation and
    // one transcript (an outside tester read the same explanation a hundred times for one transaction).
    QList<QList<const DeliveryAttemptRow*>> groups;
    for (const DeliveryAttemptRow& a : detail.attempts) {
        auto same = [&a](const QList<const DeliveryAttemptRow*>& group) {
            const DeliveryAttemptRow& first = *group.first();
            return !a.attemptKey.isEmpty() && first.attemptKey == a.attemptKey && first.code == a.code &&
                   first.enhanced == a.enhanced && first.reply == a.reply && first.status == a.status;
        };
        if (auto found = std::find_if(groups.begin(), groups.end(), same); found != groups.end())
            found->append(&a);
        else
            groups.append({&a});
    }
    QString html;
    QString lastKey;
    for (const QList<const DeliveryAttemptRow*>& group : std::as_const(groups)) {
        const DeliveryAttemptRow& a = *group.first();
        // No host: the administrator's delete or bounce ("admin" in rows of older versions) said in words.
        const bool byAdministrator =
            a.route == QLatin1String("administrator") || a.route == QLatin1String("admin");
        // "expiry": given up with another recipient whose time ran out, no server asked (OutcomeRecorder).
        QString where = !a.host.isEmpty()                    ? ReadableAddress::domain(a.host)
                        : byAdministrator                    ? tr("the relay administrator")
                        : a.route == QLatin1String("expiry") ? tr("the relay (time limit)")
                        : a.route == QLatin1String("stop")   ? tr("the relay (stopped)")
                                                             : a.route;
        if (!a.ip.isEmpty())
            where += QStringLiteral(" (%1:%2)").arg(a.ip).arg(a.port);
        html += QStringLiteral("<hr><p><b>%1</b> &nbsp; %2 &nbsp; %3</p>")
                    .arg(timeText(a.startedAt).toHtmlEscaped(), recipientsText(group).toHtmlEscaped(),
                         tr("via %1").arg(where.isEmpty() ? tr("(no host)") : where).toHtmlEscaped());
        if (!a.tlsVersion.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Encrypted with %1 (%2)").arg(a.tlsVersion, a.tlsCipher).toHtmlEscaped());
        if (!a.node.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Sent by node %1")
                                 .arg(a.nodeName.isEmpty() ? a.node : a.nodeName)
                                 .toHtmlEscaped());
        // Not sent for the suppression list, lifted since: said so, and how this message gets there now.
        const bool lifted = RoadSignStyle::isSuppressedReply(a.code, a.reply) &&
                            std::all_of(group.cbegin(), group.cend(), [this](const DeliveryAttemptRow* row) {
                                return liftedSince(row->recipient);
                            });
        html += lifted ? RoadSignStyle::liftedSuppressionHtml(a.reply, resendStep())
                       : RoadSignStyle::explanationHtml(a.code, a.enhanced, a.reply);
        // The recipients of one SMTP transaction share one transcript: it is shown once.
        if (!a.transcript.isEmpty() && a.attemptKey != lastKey)
            html += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>")
                        .arg(tr("SMTP transcript").toHtmlEscaped(),
                             RelayWords::transcript(a.transcript).toHtmlEscaped());
        lastKey = a.attemptKey;
    }
    m_attempts->setHtml(html);
}

void MessageViewer::resend()
{
    if (!m_resend->isEnabled())
        return;
    // The recipients on the agent's suppression list first (a hard bounce put them there): the copy skips
    // them, and the question said nothing of it (an outside tester's copy was "queued" and never sent).
    m_resend->setEnabled(false);
    using Skipped = Expected<QStringList>;
    m_runner->run<Skipped>(
        this,
        [dataDir = m_dataDir, agent = m_agent, recipients = m_recipients]() {
            return agent.isEmpty() ? Skipped(QStringList())
                                   : SuppressionAdmin(dataDir).suppressedAmong(agent, recipients);
        },
        [this](const Skipped& suppressed) {
            m_resend->setEnabled(true);
            const QStringList skipped = suppressed ? suppressed.value() : QStringList();
            // A copy for nobody only brings the sender another bounce notice (an outside tester).
            if (!skipped.isEmpty() && skipped.size() >= m_recipients.size()) {
                m_status->setText(
                    tr("Not resent: every recipient is on the suppression list of %1. Lift them on "
                       "the agent's Suppressions tab first if they can take mail again.")
                        .arg(m_agent));
                return;
            }
            // The copy's recipients, not the message's: the suppressed ones do not get it (a second tester
            // read "to its 30 recipients" for a copy that went to 25).
            QString question =
                skipped.isEmpty()
                    ? tr("Send a new copy of this message to its %Ln recipient(s)? It is queued as a new "
                         "message; the original stays as it is.",
                         nullptr, m_recipientCount)
                    : tr("Send a new copy of this message to %Ln of its %1 recipients? It is queued as a new "
                         "message; the original stays as it is.",
                         nullptr, int(m_recipientCount - skipped.size()))
                          .arg(QLocale().toString(m_recipientCount));
            if (!skipped.isEmpty())
                question +=
                    QStringLiteral("\n\n") +
                    tr("%1 is on the suppression list of %2 (it bounced for good before): the copy is not "
                       "sent there. Lift the address on the agent's Suppressions tab first if it can take "
                       "mail again.",
                       nullptr, int(skipped.size()))
                        .arg(skipped.join(QStringLiteral(", ")), m_agent);
            if (Confirmation::ask(this, QStringLiteral("confirmResend"), tr("Resend message"), question,
                                  tr("Resend")))
                resendConfirmed();
        });
}

void MessageViewer::retryNow()
{
    if (!m_retry->isEnabled())
        return;
    m_retry->setEnabled(false);
    m_status->setText(tr("Asking for another attempt..."));
    struct Retried
    {
        Status status;
        bool deliveryOn = true;
        bool relayRuns = true;
    };
    m_runner->run<Retried>(
        this,
        [dataDir = m_dataDir, queueId = m_queueId]() {
            Retried r;
            r.status = QueueAdmin(dataDir).retry(queueId);
            r.deliveryOn =
                SettingsAdmin(dataDir).value(QStringLiteral("delivery.enabled")) == QLatin1String("true");
            r.relayRuns = EngineLock::holder(dataDir).has_value();
            return r;
        },
        [this](const Retried& r) {
            // The next read enables it again if a recipient still waits.
            reload();
            if (!r.status) {
                m_status->setText(tr("Not retried: %1").arg(StoreErrorText::of(r.status.error())));
                return;
            }
            // Said as the Queue says it: with delivery off or no relay running, nothing is tried yet.
            m_status->setText(
                !r.relayRuns ? tr("It will be tried as soon as the relay runs again: it is not "
                                  "running now.")
                : !r.deliveryOn
                    ? tr("It will be tried as soon as delivery is turned on: it is off (Settings, "
                         "Delivery, \"Deliver queued mail\").")
                    : tr("Tried again now: the Attempts tab shows how it goes."));
        });
}

void MessageViewer::release()
{
    if (!m_release->isVisible() || !m_release->isEnabled())
        return;
    m_release->setEnabled(false);
    m_status->setText(tr("Releasing..."));
    struct Released
    {
        Status status;
        bool relayRuns = true;
    };
    m_runner->run<Released>(
        this,
        [dataDir = m_dataDir, queueId = m_queueId]() {
            Released r;
            r.status = QueueAdmin(dataDir).release(queueId);
            r.relayRuns = EngineLock::holder(dataDir).has_value();
            return r;
        },
        [this](const Released& r) {
            reload(); // shows Retry now again, or Release if it could not be released
            if (!r.status) {
                m_status->setText(tr("Not released: %1").arg(StoreErrorText::of(r.status.error())));
                return;
            }
            // Said as the Queue says it.
            m_status->setText(r.relayRuns ? tr("Released: its waiting recipients are tried again.")
                                          : tr("Released: delivered once the relay runs again; it is not "
                                               "running now."));
        });
}

void MessageViewer::resendConfirmed()
{
    m_resend->setEnabled(false);
    m_status->setText(tr("Queuing a copy..."));
    const QString dataDir = m_dataDir;
    const QString queueId = m_queueId;
    m_runner->run<Expected<QString>>(
        this, [dataDir, queueId]() { return QueueAdmin(dataDir).resend(queueId); },
        [this](const Expected<QString>& copy) {
            m_resend->setEnabled(true);
            if (!copy) {
                m_status->setText(copy.error() == QueueActions::noSuchMessage(m_queueId)
                                      ? tr("Could not resend: the message is no longer in the delivery log.")
                                      : tr("Could not resend: %1").arg(copy.error()));
                load(); // the body may have left the store meanwhile: the tabs say so
                return;
            }
            m_status->setText(tr("Queued again as %1.").arg(copy.value()));
            Q_EMIT resent(copy.value());
        });
}

} // namespace RelayDesk
