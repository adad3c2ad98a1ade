#include "ui/connectiontestdialog.h"

#include "core/admin/admin.h"
#include "ui/relaywords.h"
#include "ui/roadsign.h"
#include "ui/wrappingitemdelegate.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace RelayDesk {

namespace {

QString signWord(RoadSign sign)
{
    switch (sign) {
    case RoadSign::Green:
        return ConnectionTestDialog::tr("OK");
    case RoadSign::Yellow:
        return ConnectionTestDialog::tr("Warning");
    case RoadSign::Red:
        break;
    }
    return ConnectionTestDialog::tr("Failed");
}

} // namespace

ConnectionTestDialog::ConnectionTestDialog(QString dataDir, QString what, PlanMaker makePlan, QWidget* parent)
    : QDialog(parent), m_dataDir(std::move(dataDir)), m_what(std::move(what)), m_makePlan(std::move(makePlan))
{
    setWindowTitle(tr("Test connection"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("testStatus"));
    m_status->setWordWrap(true);
    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("testSteps"));
    m_steps->setColumnCount(3);
    m_steps->setHeaderLabels({tr("Result"), tr("Step"), tr("What happened")});
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // The text column takes the view's width and wraps (the advice and the certificate's lines were cut with
    // "…" at 1024x700, an outside tester's): no horizontal scrolling, no eliding.
    m_steps->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_steps->setTextElideMode(Qt::ElideNone);
    m_steps->setRootIsDecorated(true);
    m_steps->setWordWrap(true);
    new WrappingItemDelegate(m_steps);
    m_transcript = new QPlainTextEdit(this);
    m_transcript->setObjectName(QStringLiteral("testTranscript"));
    m_transcript->setReadOnly(true);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* transcriptLabel = new QLabel(tr("Transcript (passwords are never shown):"), this);
    auto* transcriptBox = new QWidget(this);
    auto* transcriptLayout = new QVBoxLayout(transcriptBox);
    transcriptLayout->setContentsMargins(0, 0, 0, 0);
    transcriptLayout->addWidget(transcriptLabel);
    transcriptLayout->addWidget(m_transcript);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_steps);
    splitter->addWidget(transcriptBox);
    m_again = new QPushButton(tr("Test again"), this);
    m_again->setObjectName(QStringLiteral("testAgain"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelTest"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_again);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    resize(720, 560);
    connect(m_again, &QPushButton::clicked, this, &ConnectionTestDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        if (isRunning())
            cancel();
        else
            accept();
    });
}

ConnectionTestDialog::~ConnectionTestDialog()
{
    if (m_thread) {
        m_stop.request_stop(); // the worker cancels at once: this waits only for the sockets to close
        m_thread->wait();
        delete m_thread;
    }
}

void ConnectionTestDialog::start()
{
    if (isRunning())
        return;
    m_report = {};
    m_steps->clear();
    m_transcript->clear();
    m_status->setText(tr("%1: testing... (no mail is sent)").arg(m_what));
    m_again->setEnabled(false);
    m_cancel->setText(tr("Cancel"));
    m_stop = std::stop_source();
    // docs/architecture.md, "the GUI never waits": the test reads the store and talks to the network on a
    // thread of its own, with an event loop of its own; results come back as queued calls.
    m_thread =
        QThread::create([this, dataDir = m_dataDir, makePlan = m_makePlan, stop = m_stop.get_token()]() {
            const Expected<ProbePlan> plan = makePlan(dataDir);
            Admin::closeThread(dataDir);
            if (!plan) {
                QMetaObject::invokeMethod(
                    this, [this, error = plan.error()]() { done({}, error); }, Qt::QueuedConnection);
                return;
            }
            const ProbeReport report = RouteAdmin::testConnection(
                plan.value(),
                [this](const ProbeReport& soFar) {
                    QMetaObject::invokeMethod(
                        this, [this, soFar]() { showReport(soFar); }, Qt::QueuedConnection);
                },
                stop);
            QMetaObject::invokeMethod(
                this, [this, report]() { done(report, {}); }, Qt::QueuedConnection);
        });
    m_thread->setObjectName(QStringLiteral("connection-test"));
    m_thread->start();
}

void ConnectionTestDialog::cancel()
{
    if (!isRunning())
        return;
    m_status->setText(tr("Cancelling..."));
    m_cancel->setEnabled(false);
    m_stop.request_stop();
}

void ConnectionTestDialog::reject()
{
    cancel(); // closing the window stops the test; the destructor waits for the worker
    QDialog::reject();
}

QString ConnectionTestDialog::shownSummary(const QString& summary)
{
    static const QRegularExpression reply(QStringLiteral("^(\\d{3} \\d\\.\\d{1,3}\\.\\d{1,3} )(.*)$"));
    if (const QRegularExpressionMatch match = reply.match(summary); match.hasMatch())
        return match.captured(1) + RelayWords::translated(match.captured(2));
    return RelayWords::translated(summary);
}

void ConnectionTestDialog::showReport(const ProbeReport& report)
{
    m_report = report;
    m_steps->clear();
    for (const ProbeStep& step : report.steps) {
        const QString summary = shownSummary(step.summary);
        auto* item = new QTreeWidgetItem(m_steps, {signWord(step.sign), step.title, summary});
        item->setBackground(0, RoadSignStyle::background(step.sign));
        item->setForeground(0, RoadSignStyle::foreground(step.sign));
        item->setToolTip(2, summary);
        // What to do first, then the particulars it refers to.
        if (!step.advice.isEmpty()) {
            const QString advice = tr("What to do: %1").arg(step.advice);
            auto* child = new QTreeWidgetItem(item, {QString(), QString(), advice});
            child->setToolTip(2, advice);
        }
        for (const QString& detail : step.details) {
            auto* child = new QTreeWidgetItem(item, {QString(), QString(), detail});
            child->setToolTip(2, detail);
        }
        item->setExpanded(true);
    }
    m_transcript->setPlainText(QString::fromUtf8(report.transcript).remove(QLatin1Char('\r')));
    Q_EMIT reportChanged();
}

void ConnectionTestDialog::done(const ProbeReport& report, const QString& error)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_again->setEnabled(true);
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("Close"));
    if (!error.isEmpty()) {
        m_status->setText(tr("The test could not start: %1").arg(error));
        Q_EMIT testFinished();
        return;
    }
    showReport(report);
    if (report.cancelled)
        m_status->setText(tr("%1: cancelled.").arg(m_what));
    else if (const ProbeStep* failure = report.firstFailure())
        // The failure in full (its line in the list is cut at the column's width), and what to do.
        m_status->setText(
            tr("%1: failed at \"%2\": %3").arg(m_what, failure->title, shownSummary(failure->summary)) +
            (failure->advice.isEmpty() ? QString()
                                       : QLatin1Char('\n') + tr("What to do: %1").arg(failure->advice)));
    else if (report.sign() == RoadSign::Yellow)
        m_status->setText(tr("%1: works, with warnings.").arg(m_what));
    else
        m_status->setText(tr("%1: every step passed.").arg(m_what));
    Q_EMIT testFinished();
}

QString ConnectionTestDialog::transcriptText() const
{
    return m_transcript->toPlainText();
}

QString ConnectionTestDialog::statusText() const
{
    return m_status->text();
}

} // namespace RelayDesk
