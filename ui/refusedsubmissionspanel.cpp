#include "ui/refusedsubmissionspanel.h"
#include "core/util/readableaddress.h"

#include "core/util/controlescapes.h"
#include "ui/agentfilterbox.h"
#include "ui/listpanelstate.h"
#include "ui/liverefresh.h"
#include "ui/messageviewer.h"
#include "ui/queryrunner.h"
#include "ui/replycodedialog.h"
#include "ui/roadsign.h"
#include "ui/storeerrortext.h"
#include "ui/timecolumn.h"

#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTime>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace RelayDesk {

namespace {

enum Column
{
    LastColumn,
    FromColumn, ///< the agent, or the client's address when it had not logged in
    WhatColumn,
    ConcerningColumn, ///< what was refused: the sender (MAIL), the recipient (RCPT) or the recipients (DATA)
    ReplyColumn,
    TimesColumn
};

/// What tells two entries apart: everything but their times and count.
QString keyOf(const RefusedSubmission& entry)
{
    return QStringList{entry.address, entry.listener,   entry.agentName, entry.command,
                       entry.sender,  entry.recipients, entry.reply}
        .join(QChar(0x1f));
}

/// Its road sign: a connection that failed before mail needs a person whatever its reply's code.
RoadSign signOf(const RefusedSubmission& entry)
{
    return entry.failedBeforeMail() ? RoadSign::Red : ReplyCatalog::signFor(entry.code());
}

/// What the refusal was about, for its column: the sender MAIL named, the recipient RCPT named, or the
/// recipients of the refused message.
QString concerningText(const RefusedSubmission& entry)
{
    // Addresses read as their owners write them (an outside tester read "xn--socit-esab.example"), as on
    // the other pages.
    // What a client wrote, control characters written out (ESC drew a box: an outside tester).
    if (entry.command == QLatin1String("MAIL"))
        return entry.sender.isEmpty() ? QStringLiteral("<>")
                                      : ControlEscapes::visible(ReadableAddress::address(entry.sender));
    return ControlEscapes::visible(ReadableAddress::addressList(entry.recipients));
}

QString headingText(const QString& command)
{
    if (command == QLatin1String("MAIL"))
        return RefusedSubmissionsPanel::tr("The relay refused the sender");
    if (command == QLatin1String("RCPT"))
        return RefusedSubmissionsPanel::tr("The relay refused a recipient");
    if (command == QLatin1String("CONNECT"))
        return RefusedSubmissionsPanel::tr("The relay turned the connection away");
    if (command == QLatin1String("TLS"))
        return RefusedSubmissionsPanel::tr("The connection failed at its TLS handshake");
    if (command == QLatin1String("PROTOCOL"))
        return RefusedSubmissionsPanel::tr("The connection failed on protocol errors");
    return RefusedSubmissionsPanel::tr("The relay refused the message");
}

QString detailRow(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px;\"><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

RefusedSubmissionsPanel::RefusedSubmissionsPanel(QString dataDir, QWidget* parent)
    : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_runner = new QueryRunner(QStringLiteral("refused submissions"), m_dataDir, this);
    auto* intro =
        new QLabel(tr("Senders, recipients and messages the relay refused while the application was "
                      "still connected. Nothing of them was queued, so the delivery log has no row "
                      "for them; the application was told why."),
                   this);
    intro->setWordWrap(true);
    // By the agent itself: "Show refusals" typed the agent's name into the search, which found another agent
    // whose name holds it, and a reply that names it (an outside tester).
    m_agent = new AgentFilterBox(16, this);
    m_agent->setObjectName(QStringLiteral("refusedAgentFilter"));
    m_agent->setAccessibleName(tr("Mail Agent"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("refusedSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search sender, recipient, Mail Agent, address or reply"));
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshRefused"));
    refresh->setToolTip(tr("Read the refusals again (F5). They also update by themselves."));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("refusedSubmissions"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels(
        {tr("Last refused"), tr("Sent by"), tr("Refused"), tr("Concerning"), tr("Reply"), tr("Times")});
    QHeaderView* header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ReplyColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_list->fontMetrics();
    // At 1024x700 the reply, the reason, keeps the most room (an address or a name longer than its column
    // is whole in the details below).
    const QDateTime sample(QDate(2026, 12, 28), QTime(23, 58));
    m_list->setColumnWidth(LastColumn, metrics.horizontalAdvance(tableTimeText(sample)) + 20);
    m_list->setColumnWidth(FromColumn, 120);
    int whatWidth = header->sectionSizeHint(WhatColumn);
    for (const char* command : {"MAIL", "RCPT", "DATA", "CONNECT", "TLS", "PROTOCOL"})
        whatWidth = qMax(whatWidth, metrics.horizontalAdvance(commandText(QLatin1String(command))) + 16);
    m_list->setColumnWidth(WhatColumn, whatWidth);
    m_list->setColumnWidth(ConcerningColumn, 136);
    // As wide as its title or a count of four digits in the window's language, whichever is wider: the
    // French "Fois" showed 1 900 as "1 …" (an outside tester).
    m_list->setColumnWidth(TimesColumn, qMax(header->sectionSizeHint(TimesColumn),
                                             metrics.horizontalAdvance(QLocale().toString(8888)) + 16));
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("refusedDetails"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("refusedStatus"));
    m_status->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_agent);
    top->addWidget(m_search, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setSizes({400, 200});
    // Refresh below the list at the right, where the delivery log's tab has it (an outside tester looked for
    // it in two places).
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    m_typing.setSingleShot(true);
    m_typing.setInterval(300);
    connect(&m_typing, &QTimer::timeout, this, &RefusedSubmissionsPanel::reload);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_agent, &QComboBox::currentIndexChanged, this, &RefusedSubmissionsPanel::reload);
    connect(refresh, &QPushButton::clicked, this, &RefusedSubmissionsPanel::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RefusedSubmissionsPanel::showDetails);
    m_live = new LiveRefresh(
        this, [this] { reload(); }, 1000);
    showDetails();
}

void RefusedSubmissionsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void RefusedSubmissionsPanel::noteStoreChanges(const StoreChanges& changes)
{
    if (changes.written)
        m_live->request();
}

QString RefusedSubmissionsPanel::commandText(const QString& command)
{
    if (command == QLatin1String("MAIL"))
        return tr("sender");
    if (command == QLatin1String("RCPT"))
        return tr("recipient");
    if (command == QLatin1String("DATA"))
        return tr("message");
    // Turned away at a connection limit (ConnectionLimiter): an outside tester's 232 were nowhere here.
    if (command == QLatin1String("CONNECT"))
        return tr("connection");
    // Failed before it could send mail (ConnectionFailure): a device "just didn't send" (an outside tester).
    // One word, as the others: "TLS handshake" took the reply column's room at 1024x700; the row's details
    // say what failed.
    if (command == QLatin1String("TLS"))
        return tr("TLS");
    if (command == QLatin1String("PROTOCOL"))
        return tr("session");
    return command;
}

void RefusedSubmissionsPanel::setAgents(const QStringList& names, const QStringList& formerNames)
{
    m_agent->setAgents(names, formerNames);
}

void RefusedSubmissionsPanel::showAgent(const QString& name)
{
    m_agent->chooseLive(name);
    {
        const QSignalBlocker searchBlocker(m_search);
        m_search->clear();
    }
    reload();
}

void RefusedSubmissionsPanel::reload()
{
    m_typing.stop();
    const quint64 generation = ++m_generation;
    RefusedSubmissionFilter filter;
    filter.text = m_search->text();
    filter.agent = m_agent->agentName();
    filter.deletedAgent = m_agent->deletedAgent();
    struct Loaded
    {
        Expected<QList<RefusedSubmission>> entries;
        bool more = false;
    };
    m_runner->run<Loaded>(
        this,
        [dir = m_dataDir, filter]() {
            bool more = false;
            auto entries = RefusedSubmissionQuery(dir).search(filter, shownAtMost, &more);
            return Loaded{std::move(entries), more};
        },
        [this, generation](Loaded loaded) {
            if (generation != m_generation)
                return; // a newer search is being read
            if (!loaded.entries) {
                m_status->setText(
                    tr("Cannot read the refusals: %1").arg(StoreErrorText::of(loaded.entries.error())));
                return;
            }
            showEntries(loaded.entries.value(), loaded.more);
        });
}

void RefusedSubmissionsPanel::showEntries(const QList<RefusedSubmission>& entries, bool more)
{
    const QTreeWidgetItem* current = m_list->currentItem();
    const QString selected = current ? current->data(0, Qt::UserRole).toString() : QString();
    m_entries = entries;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QLocale locale;
    QTreeWidgetItem* reselect = nullptr;
    for (const RefusedSubmission& entry : entries) {
        const RoadSign sign = signOf(entry);
        auto* item = new QTreeWidgetItem(
            m_list,
            {tableTimeText(entry.lastAt),
             entry.agentName.isEmpty() ? tr("%1 (not logged in)").arg(entry.address) : entry.agentName,
             commandText(entry.command), concerningText(entry), ControlEscapes::visible(entry.reply),
             locale.toString(entry.count)});
        item->setToolTip(FromColumn, entry.agentName.isEmpty()
                                         ? tr("From %1, not logged in").arg(entry.address)
                                         : tr("Mail Agent %1, from %2").arg(entry.agentName, entry.address));
        item->setData(0, Qt::UserRole, keyOf(entry));
        // As tall as a line with accents above capitals: at the font's height the dots of "Ü" were cut (an
        // outside tester's bob@BÜCHER.example read "BUCHER").
        item->setSizeHint(0, QSize(0, m_list->fontMetrics().lineSpacing() + 6));
        item->setBackground(ReplyColumn, RoadSignStyle::background(sign));
        item->setToolTip(ReplyColumn, item->text(ReplyColumn));
        item->setToolTip(ConcerningColumn, item->text(ConcerningColumn));
        item->setTextAlignment(TimesColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (!selected.isEmpty() && keyOf(entry) == selected)
            reselect = item;
    }
    if (reselect)
        m_list->setCurrentItem(reselect);
    showDetails();
    // Refusals, not rows: equal refusals share a row and its count ("Times"), and an agent's Activity tab
    // counts refusals (an outside tester read 17 here against 24 there).
    qint64 total = 0;
    for (const RefusedSubmission& entry : entries)
        total += entry.count;
    const int rows = static_cast<int>(entries.size());
    const bool filtered = !m_search->text().trimmed().isEmpty() || m_agent->currentIndex() > 0;
    if (entries.isEmpty())
        m_status->setText(filtered ? tr("No refusal matches the search.")
                                   : tr("Nothing was refused at submission."));
    else if (more)
        m_status->setText(
            tr("The latest %Ln row(s) of refusals are shown; search to find older ones.", nullptr, rows));
    else if (total == rows)
        m_status->setText(tr("%Ln refusal(s).", nullptr, rows));
    else
        m_status->setText(
            tr("%1 refusals, in %Ln row(s): equal refusals share a row and its count (Times).", nullptr, rows)
                .arg(QLocale().toString(total)));
    Q_EMIT loaded(static_cast<int>(entries.size()));
}

void RefusedSubmissionsPanel::showDetails()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    const int index = item ? m_list->indexOfTopLevelItem(const_cast<QTreeWidgetItem*>(item)) : -1;
    if (index < 0 || index >= m_entries.size()) {
        m_details->setHtml(tr("<p>Select a refusal to see what the application was told, and why.</p>"));
        return;
    }
    const RefusedSubmission& entry = m_entries.at(index);
    const RoadSign sign = signOf(entry);
    const bool temporary = sign == RoadSign::Yellow;
    QString html =
        QStringLiteral("<p><span style=\"background:%1;color:white;padding:2px 6px;\">&nbsp;%2&nbsp;"
                       "</span> <b>%3</b></p>")
            .arg(RoadSignStyle::foreground(sign).name(),
                 (temporary ? tr("Refused for now") : tr("Refused")).toHtmlEscaped(),
                 headingText(entry.command).toHtmlEscaped());
    html += QStringLiteral("<p><tt>%1</tt></p>").arg(ControlEscapes::visible(entry.reply).toHtmlEscaped());
    const bool retryHelps = ReplyCodeDialog::retryCanSucceed(entry.reply);
    html +=
        QStringLiteral("<p>%1</p>")
            .arg((entry.failedBeforeMail()
                      ? tr("The connection failed before the application could send any mail: nothing was "
                           "queued, and the device fails the same way each time until its settings are "
                           "changed as the line above says.")
                  : !retryHelps ? tr("The application was told to try again later, but its login no longer "
                                     "works: nothing was queued, and sending it again with the same user "
                                     "name and password fails every time.")
                  : temporary   ? tr("The application was told to try again later. Nothing was queued: a "
                                       "program that retries sends it again by itself, one that does not has "
                                       "lost it.")
                                : tr("The application was told that it cannot be sent this way. Nothing was "
                                       "queued: it arrives only if it is sent again once the cause above is "
                                       "put right."))
                     .toHtmlEscaped());
    // Every reply here is RelayDesk's own, to an application: explained as such, not as a receiving server's
    // (an outside tester's sending limit read as greylisting, a rotated password as throttling).
    const QString own = ReplyCodeDialog::fromThisRelayReply(entry.reply);
    const QByteArray reply = entry.reply.toUtf8();
    const QList<QByteArray> words = reply.split(' ');
    const QByteArray enhanced = words.value(1).count('.') == 2 ? words.value(1) : QByteArray();
    const ReplyExplanation info = ReplyCatalog::explain(entry.code(), enhanced, reply);
    if (entry.failedBeforeMail()) {
        // The reason above is its own explanation; a code's ("421: try again later") would mislead.
    } else if (!own.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("What it means:").toHtmlEscaped(),
                         own.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    } else if (info.known)
        // The title in italics, set apart from the sentence after it ("Ungültiger Befehl Der Server hat ..."
        // read as one: an outside tester).
        html += QStringLiteral("<p><b>%1</b> <i>%2</i> &mdash; %3</p>")
                    .arg(tr("What the code means:").toHtmlEscaped(), info.title.toHtmlEscaped(),
                         info.explanation.toHtmlEscaped());
    const QLocale locale;
    html += QStringLiteral("<table>");
    html += detailRow(tr("Times"), locale.toString(entry.count));
    html += detailRow(tr("First refused"), tableTimeText(entry.firstAt));
    html += detailRow(tr("Last refused"), tableTimeText(entry.lastAt));
    html += detailRow(tr("Client address"), entry.address);
    html += detailRow(tr("Received on"), MessageViewer::listenerText(entry.listener));
    html += detailRow(tr("Mail Agent"),
                      entry.agentName.isEmpty() ? tr("(none: not logged in)") : entry.agentName);
    html += detailRow(tr("Sender"), !entry.sender.isEmpty()
                                        ? ControlEscapes::visible(ReadableAddress::address(entry.sender))
                                    : entry.command == QLatin1String("MAIL") ? QStringLiteral("<>")
                                                                             : tr("(none: no MAIL command)"));
    html += detailRow(tr("Recipients"),
                      entry.recipients.isEmpty()
                          ? tr("(none yet)")
                          : ControlEscapes::visible(ReadableAddress::addressList(entry.recipients)));
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

} // namespace RelayDesk
