#include "ui/mtastspanel.h"

#include "core/admin/mtastsadmin.h"
#include "ui/queryrunner.h"
#include "ui/storeerrortext.h"
#include "ui/timecolumn.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace RelayDesk {

namespace {

QString modeText(MtaStsPolicy::Mode mode)
{
    switch (mode) {
    case MtaStsPolicy::Mode::Enforce:
        return MtaStsPanel::tr("enforce: only listed servers, verified TLS");
    case MtaStsPolicy::Mode::Testing:
        return MtaStsPanel::tr("testing: delivered, problems logged");
    case MtaStsPolicy::Mode::None:
        break;
    }
    return MtaStsPanel::tr("none: no policy");
}

} // namespace

MtaStsPanel::MtaStsPanel(QString dataDir, QWidget* parent) : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_runner = new QueryRunner(QStringLiteral("mta-sts"), m_dataDir, this);
    auto* intro = new QLabel(tr("Domains that publish MTA-STS get mail only over verified TLS to the servers "
                                "they list. RelayDesk fetches and keeps their policies by itself."),
                             this);
    intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("mtaStsPolicies"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setHeaderLabels({tr("Domain"), tr("Mode"), tr("Mail servers"), tr("Fetched"), tr("Valid until")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setMinimumHeight(120);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshMtaSts"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* buttons = new QHBoxLayout; // Refresh at the right below the list, as every list has it
    buttons->addWidget(m_status, 1);
    buttons->addWidget(refresh);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    connect(refresh, &QPushButton::clicked, this, &MtaStsPanel::reload);
}

void MtaStsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void MtaStsPanel::reload()
{
    const quint64 generation = ++m_generation;
    using List = Expected<QList<MtaStsPolicy>>;
    m_runner->run<List>(
        this, [dir = m_dataDir]() { return MtaStsAdmin(dir).policies(); },
        [this, generation](List list) {
            if (generation != m_generation)
                return;
            m_status->setText(
                list ? QString()
                     : tr("Cannot read the MTA-STS policies: %1").arg(StoreErrorText::of(list.error())));
            fill(list ? list.value() : QList<MtaStsPolicy>());
        });
}

void MtaStsPanel::fill(const QList<MtaStsPolicy>& policies)
{
    m_list->clear();
    const QLocale locale;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto time = [&locale](qint64 ms) { return shortDateTimeText(QDateTime::fromMSecsSinceEpoch(ms)); };
    for (const MtaStsPolicy& policy : policies) {
        const QString until =
            policy.isExpired(now) ? tr("expired (%1)").arg(time(policy.expiresAt)) : time(policy.expiresAt);
        auto* item = new QTreeWidgetItem(m_list, {policy.domain, modeText(policy.mode),
                                                  policy.mx.join(QStringLiteral(", ")),
                                                  time(policy.fetchedAt), until});
        item->setToolTip(2, QString::fromUtf8(policy.text));
    }
    if (m_status->text().isEmpty() && policies.isEmpty())
        m_status->setText(tr("No recipient domain's policy is cached yet."));
    Q_EMIT policiesLoaded(static_cast<int>(policies.size()));
}

} // namespace RelayDesk
