#include "ui/suppressionpanel.h"

#include "core/admin/suppressionadmin.h"
#include "core/util/readableaddress.h"
#include "ui/confirmation.h"
#include "ui/deletekey.h"
#include "ui/listpanelstate.h"
#include "ui/queryrunner.h"
#include "ui/roadsign.h"
#include "ui/storeerrortext.h"
#include "ui/suppressionadddialog.h"
#include "ui/timecolumn.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace RelayDesk {

namespace {

/// What a lift reports back: the list afterwards, or why it failed.
struct LiftResult
{
    QString error;
    Expected<QList<Suppression>> list = QList<Suppression>();
};

} // namespace

SuppressionPanel::SuppressionPanel(QString dataDir, QWidget* parent)
    : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_runner = new QueryRunner(QStringLiteral("suppressions"), m_dataDir, this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("suppressions"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Address"), tr("Since"), tr("Why")});
    // The address and the time whole ("1 Dec 2026 1…" was cut); the reason takes the rest, whole in its tip.
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_lift = new QPushButton(tr("Lift"), this);
    m_lift->setObjectName(QStringLiteral("liftSuppression"));
    bindDeleteKey(m_list, m_lift);
    m_lift->setToolTip(tr("Send this agent's mail to the address again"));
    m_lift->setEnabled(false);
    m_add = new QPushButton(tr("Suppress..."), this);
    m_add->setObjectName(QStringLiteral("addSuppression"));
    m_add->setToolTip(tr("Stop this agent's mail to an address (a customer who asked to get no more mail)"));
    m_add->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_lift);
    buttons->addWidget(m_status, 1);
    // Hundreds of addresses after a bad day: a filter and a count.
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("suppressionFilter"));
    m_filter->setPlaceholderText(tr("Filter addresses"));
    m_filter->setToolTip(tr("Shows the addresses, or reasons, that hold the text typed here."));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("suppressionCount"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_lift, &QPushButton::clicked, this, &SuppressionPanel::lift);
    connect(m_add, &QPushButton::clicked, this, [this]() { addAddress(); });
    connect(m_filter, &QLineEdit::textChanged, this, &SuppressionPanel::applyFilter);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this]() { m_lift->setEnabled(!m_list->selectedItems().isEmpty()); });
}

void SuppressionPanel::setAgent(const QString& agentName)
{
    if (agentName != m_agent) {
        m_status->clear();
        m_shownOnce = false; // another agent's list is shown afresh
    }
    m_agent = agentName;
    m_add->setEnabled(!agentName.isEmpty());
    reload();
}

void SuppressionPanel::reload()
{
    const quint64 generation = ++m_generation;
    if (m_agent.isEmpty()) {
        show({});
        return;
    }
    using List = Expected<QList<Suppression>>;
    m_runner->run<List>(
        this, [dir = m_dataDir, agent = m_agent]() { return SuppressionAdmin(dir).list(agent); },
        [this, generation](List list) {
            if (generation != m_generation)
                return;
            if (!list)
                m_status->setText(
                    tr("Cannot read the suppression list: %1").arg(StoreErrorText::of(list.error())));
            show(list ? list.value() : QList<Suppression>());
        });
}

void SuppressionPanel::show(const QList<Suppression>& suppressions)
{
    // Read again after every store change: the same list is left as it is, a new one keeps the selection.
    const auto same = [](const Suppression& a, const Suppression& b) {
        return a.address == b.address && a.createdAt == b.createdAt && a.reason == b.reason;
    };
    if (m_shownOnce &&
        std::equal(suppressions.cbegin(), suppressions.cend(), m_shown.cbegin(), m_shown.cend(), same)) {
        Q_EMIT suppressionsLoaded(static_cast<int>(suppressions.size()));
        return;
    }
    m_shown = suppressions;
    m_shownOnce = true;
    const QString selected = selectedKey(m_list);
    m_list->clear();
    const QLocale locale;
    for (const Suppression& suppression : suppressions) {
        auto* item = new QTreeWidgetItem(
            m_list, {ReadableAddress::address(suppression.address),
                     shortDateTimeText(QDateTime::fromMSecsSinceEpoch(suppression.createdAt)),
                     RoadSignStyle::suppressionReason(suppression.reason)});
        item->setData(0, Qt::UserRole, suppression.address);
        item->setToolTip(0, item->text(0));
        item->setToolTip(2, item->text(2));
        if (item->text(0) == selected)
            item->setSelected(true);
    }
    applyFilter();
    if (!m_agent.isEmpty())
        showEmptyNote(m_status, tr("No address is suppressed: this agent's mail goes to every recipient."),
                      suppressions.isEmpty());
    Q_EMIT suppressionsLoaded(static_cast<int>(suppressions.size()));
}

void SuppressionPanel::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    int shown = 0;
    const int total = m_list->topLevelItemCount();
    for (int i = 0; i < total; ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        // The address as shown (U-labels) or as stored (A-labels), or the reason.
        const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive) ||
                           item->data(0, Qt::UserRole).toString().contains(text, Qt::CaseInsensitive) ||
                           item->text(2).contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (!match)
            item->setSelected(false);
        shown += match ? 1 : 0;
    }
    m_count->setText(text.isEmpty()
                         ? tr("%Ln suppressed address(es)", nullptr, total)
                         : tr("%1 of %2 shown").arg(QLocale().toString(shown), QLocale().toString(total)));
    m_lift->setEnabled(!m_list->selectedItems().isEmpty());
}

void SuppressionPanel::addAddress(const QString& typedAddress, const QString& typedReason,
                                  const QString& problem)
{
    if (m_agent.isEmpty())
        return;
    SuppressionAddDialog dialog(m_agent, this);
    dialog.setValues(typedAddress, typedReason, problem);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString address = dialog.address();
    const QString reason = dialog.reason();
    const quint64 generation = ++m_generation;
    m_runner->run<LiftResult>(
        this,
        [dir = m_dataDir, agent = m_agent, address, reason]() {
            LiftResult result;
            SuppressionAdmin admin(dir);
            if (const Status added =
                    admin.add(agent, address, reason.isEmpty() ? SuppressionAdmin::byHandReason() : reason);
                !added)
                result.error = added.error();
            result.list = admin.list(agent);
            return result;
        },
        [this, generation, address, reason](LiftResult result) {
            if (result.list && generation == m_generation)
                show(result.list.value());
            if (!result.error.isEmpty()) {
                // Asked again with what was typed: a refused address loses nothing (and says why).
                QTimer::singleShot(0, this, [this, address, reason, error = result.error]() {
                    addAddress(address, reason, StoreErrorText::of(error));
                });
                return;
            }
            m_status->setText(tr("Suppressed: mail from this agent no longer goes to %1.")
                                  .arg(ReadableAddress::address(SuppressionAdmin::normalize(address))));
            Q_EMIT added(address);
        });
}

void SuppressionPanel::lift()
{
    const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty() || m_agent.isEmpty())
        return;
    const QString address = selected.first()->data(0, Qt::UserRole).toString();
    // Asked first, Cancel the default, as every other list's action: Delete lifted it at once (an outside
    // tester), and the next mail to a mailbox that is gone bounces again.
    if (!Confirmation::ask(this, QStringLiteral("confirmLift"), tr("Lift suppression"),
                           tr("Send mail from %1 to %2 again? It was suppressed because: %3")
                               .arg(m_agent, ReadableAddress::address(address), selected.first()->text(2)),
                           tr("Lift")))
        return;
    const quint64 generation = ++m_generation;
    m_lift->setEnabled(false);
    m_runner->run<LiftResult>(
        this,
        [dir = m_dataDir, agent = m_agent, address]() {
            LiftResult result;
            SuppressionAdmin admin(dir);
            if (const Status removed = admin.remove(agent, address); !removed)
                result.error = removed.error();
            result.list = admin.list(agent);
            return result;
        },
        [this, generation, address](LiftResult result) {
            if (generation != m_generation)
                return;
            m_status->setText(result.error.isEmpty()
                                  ? tr("Lifted: mail from this agent goes to %1 again.")
                                        .arg(ReadableAddress::address(address))
                                  : tr("Cannot lift the suppression: %1").arg(result.error));
            show(result.list ? result.list.value() : QList<Suppression>());
            if (result.error.isEmpty())
                Q_EMIT lifted(address);
        });
}

} // namespace RelayDesk
