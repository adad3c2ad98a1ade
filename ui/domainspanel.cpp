#include "ui/domainspanel.h"

#include "core/admin/agentadmin.h"
#include "core/admin/dkimadmin.h"
#include "core/admin/domaincheck.h"
#include "core/admin/domaincheckadmin.h"
#include "core/admin/settingsadmin.h"
#include "core/util/readableaddress.h"
#include "ui/anysenderwarning.h"
#include "ui/confirmation.h"
#include "ui/domainrecordshtml.h"
#include "ui/queryrunner.h"
#include "ui/wrappingitemdelegate.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace RelayDesk {

namespace {

// The domain as stored (A-labels), what the DKIM and DNS actions take; the cell shows its readable form.
constexpr int storedDomainRole = Qt::UserRole + 1;

/// The any-sender warning after a text about a domain's keys, as a paragraph of its own; empty for none.
QString signedTooParagraph(const QStringList& agents, const QString& domain)
{
    const QString warning = AnySenderWarning::signedToo(agents, domain);
    return warning.isEmpty() ? QString() : QStringLiteral("\n\n") + warning;
}

} // namespace

/// The agent's domains (its sender domains, and the domains of its exact addresses) and their selectors.
struct DomainsPanel::Domains
{
    QStringList names;
    QList<QStringList> selectors;
    QString error;
    bool anySender = false;      ///< the agent may send as any address
    QStringList anySenderAgents; ///< the enabled agents that may, whose mail every domain's keys sign
};

DomainsPanel::DomainsPanel(QString dataDir, QWidget* parent) : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_runner = new QueryRunner(QStringLiteral("domains"), m_dataDir, this);
    m_domains = new QTreeWidget(this);
    m_domains->setObjectName(QStringLiteral("senderDomains"));
    m_domains->setHeaderLabels({tr("Domain"), tr("DKIM selectors")});
    m_domains->setRootIsDecorated(false);
    m_domains->setMaximumHeight(110);
    m_domains->header()->setStretchLastSection(true);
    m_domains->setColumnWidth(0, 120);
    // Two selectors after a rotation, or the French and German "none", wrap within the cell (cut with "…"
    // in French before), between the selectors and never inside one.
    m_domains->setWordWrap(true);
    m_domains->setTextElideMode(Qt::ElideNone);
    (new WrappingItemDelegate(m_domains))->keepNamesWhole();

    m_create = new QPushButton(tr("Create DKIM keys"), this);
    m_create->setObjectName(QStringLiteral("createDkim"));
    m_rotate = new QPushButton(tr("Rotate DKIM..."), this);
    m_rotate->setObjectName(QStringLiteral("rotateDkim"));
    m_check = new QPushButton(tr("Check DNS"), this);
    m_check->setObjectName(QStringLiteral("checkDns"));
    m_copy = new QPushButton(tr("Copy records"), this);
    m_copy->setObjectName(QStringLiteral("copyRecords"));
    // The buttons stand in a column beside the domain list: in a row, the German words widened the agents
    // page past 1024 pixels.
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_create);
    buttons->addWidget(m_rotate);
    buttons->addStretch();
    auto* top = new QHBoxLayout;
    top->addWidget(m_domains, 1);
    top->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("domainStatus"));
    m_status->setWordWrap(true);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("dnsRecords"));
    m_text->setOpenLinks(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_text, 1);

    connect(m_domains, &QTreeWidget::currentItemChanged, this, &DomainsPanel::domainChanged);
    connect(m_create, &QPushButton::clicked, this, &DomainsPanel::createKeys);
    connect(m_rotate, &QPushButton::clicked, this, &DomainsPanel::rotateDkim);
    connect(m_check, &QPushButton::clicked, this, &DomainsPanel::checkDns);
    connect(m_copy, &QPushButton::clicked, this, &DomainsPanel::copyRecords);
    updateButtons();
}

void DomainsPanel::setAgent(const QString& agentName)
{
    m_agent = agentName;
    reload();
}

void DomainsPanel::reload()
{
    const quint64 generation = ++m_generation;
    if (m_agent.isEmpty()) {
        showDomains({});
        return;
    }
    m_runner->run<Domains>(
        this,
        [dataDir = m_dataDir, agent = m_agent]() {
            Domains found;
            const AgentAdmin agents(dataDir);
            const auto one = agents.agent(agent);
            if (!one) {
                found.error = one.error();
                return found;
            }
            found.anySender = one->anySender;
            if (const auto all = agents.list()) {
                for (const MailAgent& each : all.value()) {
                    if (each.anySender && each.enabled)
                        found.anySenderAgents << each.name;
                }
            }
            for (const QString& sender : one->senders) {
                const QString domain = sender.section(QLatin1Char('@'), -1);
                if (!found.names.contains(domain))
                    found.names << domain;
            }
            const auto keys = DkimAdmin(dataDir).keysCheckedForSigning();
            for (const QString& domain : std::as_const(found.names)) {
                QStringList selectors;
                for (const DkimKeyRecord& key : keys ? keys.value() : QList<DkimKeyRecord>()) {
                    if (key.domain != domain)
                        continue;
                    if (!key.cannotSign.isEmpty())
                        selectors << tr("%1 (cannot sign: its private key is missing)").arg(key.selector);
                    else
                        selectors << (key.state == DkimKeyRecord::State::Grace
                                          ? tr("%1 (grace period)").arg(key.selector)
                                          : key.selector);
                }
                found.selectors << selectors;
            }
            return found;
        },
        [this, generation](Domains domains) {
            if (generation == m_generation)
                showDomains(domains);
        });
}

void DomainsPanel::showDomains(const Domains& domains)
{
    const QString previous = currentDomain();
    {
        const QSignalBlocker blocker(m_domains);
        m_domains->clear();
        for (qsizetype i = 0; i < domains.names.size(); ++i) {
            const QStringList selectors = domains.selectors.value(i);
            auto* item =
                new QTreeWidgetItem(m_domains, {ReadableAddress::domain(domains.names[i]),
                                                selectors.isEmpty() ? tr("none: mail is not signed")
                                                                    : selectors.join(QStringLiteral(", "))});
            item->setData(0, Qt::UserRole, !selectors.isEmpty());
            item->setData(0, storedDomainRole, domains.names[i]);
            item->setToolTip(0, item->text(0));
            item->setToolTip(1, item->text(1));
        }
        // The domain as wide as the longest one (up to 200 px), the selectors the rest: a fixed 170 px left
        // "keine: Mail wird nicht …" for the selectors of a short domain.
        m_domains->resizeColumnToContents(0);
        m_domains->setColumnWidth(0, qBound(80, m_domains->columnWidth(0) + 12, 200));
    }
    m_anySenderAgents = domains.anySenderAgents;
    if (!domains.error.isEmpty())
        m_status->setText(domains.error);
    else if (domains.anySender)
        m_status->setText(AnySenderWarning::senderTab()); // "no sender domains yet" read as restricted
    else if (!m_agent.isEmpty() && domains.names.isEmpty())
        m_status->setText(tr("This agent has no sender domains yet: add them with Edit..."));
    else
        m_status->clear();
    selectDomain(previous);
    if (!m_domains->currentItem() && m_domains->topLevelItemCount() > 0)
        m_domains->setCurrentItem(m_domains->topLevelItem(0));
    domainChanged();
    Q_EMIT domainsLoaded();
}

QString DomainsPanel::currentDomain() const
{
    const QTreeWidgetItem* item = m_domains->currentItem();
    return item ? item->data(0, storedDomainRole).toString() : QString();
}

void DomainsPanel::selectDomain(const QString& domain)
{
    for (int row = 0; row < m_domains->topLevelItemCount(); ++row) {
        if (m_domains->topLevelItem(row)->data(0, storedDomainRole).toString() == domain)
            m_domains->setCurrentItem(m_domains->topLevelItem(row));
    }
}

void DomainsPanel::domainChanged()
{
    const QString domain = currentDomain();
    m_records.clear();
    m_report = DomainCheckReport();
    m_text->clear();
    updateButtons();
    if (domain.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    using Result = Expected<QList<SenderDnsRecord>>;
    m_runner->run<Result>(
        this, [dataDir = m_dataDir, domain]() { return DkimAdmin(dataDir).records(domain); },
        [this, generation, domain](Result records) {
            if (generation != m_generation)
                return;
            if (records) {
                m_records = records.value();
                m_recordsDomain = domain;
                // Whose mail these keys sign besides this agent's, as `rotate-dkim` says it.
                const QString signedToo = AnySenderWarning::signedToo(m_anySenderAgents, domain);
                m_text->setHtml((signedToo.isEmpty() ? QString()
                                                     : QStringLiteral("<p style=\"color: #d63939;\">%1</p>")
                                                           .arg(signedToo.toHtmlEscaped())) +
                                DomainRecordsHtml::records(domain, m_records));
            } else {
                m_text->setPlainText(tr("Mail from %1 is not signed yet. Create DKIM keys, then publish the "
                                        "records shown here.")
                                         .arg(ReadableAddress::domain(domain)));
            }
            updateButtons();
            Q_EMIT recordsLoaded();
        });
}

void DomainsPanel::updateButtons()
{
    const QTreeWidgetItem* item = m_domains->currentItem();
    const bool signedDomain = item && item->data(0, Qt::UserRole).toBool();
    m_create->setVisible(item && !signedDomain);
    m_rotate->setVisible(!item || signedDomain);
    m_create->setEnabled(item && !m_busy);
    m_rotate->setEnabled(signedDomain && !m_busy);
    m_check->setEnabled(item && !m_busy && !m_running);
    m_copy->setEnabled(!m_records.isEmpty());
}

void DomainsPanel::createKeys()
{
    changeKeys(false);
}

void DomainsPanel::rotateDkim()
{
    const QString domain = currentDomain();
    if (domain.isEmpty())
        return;
    // The grace period in days, not the setting's name (an outside tester read "(dkim.grace_days)").
    const int graceDays = SettingsAdmin(m_dataDir).value(QStringLiteral("dkim.grace_days")).toInt();
    if (!Confirmation::ask(
            this, QStringLiteral("confirmRotateDkim"), tr("Rotate DKIM keys"),
            tr("Make new DKIM keys for %1? Publish their records right away. For %n day(s) its mail is "
               "signed with the current keys as well, so that it verifies while the new records reach the "
               "DNS; then the current keys are removed with their private keys.",
               nullptr, graceDays)
                    .arg(ReadableAddress::domain(domain)) +
                signedTooParagraph(m_anySenderAgents, domain),
            tr("Rotate")))
        return;
    changeKeys(true);
}

void DomainsPanel::changeKeys(bool rotation)
{
    const QString domain = currentDomain();
    if (domain.isEmpty())
        return;
    m_busy = true;
    updateButtons();
    m_status->setText(tr("Making DKIM keys for %1...").arg(ReadableAddress::domain(domain)));
    using Result = Expected<QList<DkimKeyRecord>>;
    // An RSA key takes a moment: made on the worker thread.
    m_runner->run<Result>(
        this,
        [dataDir = m_dataDir, domain, rotation]() {
            DkimAdmin dkim(dataDir);
            return rotation ? dkim.rotate(domain) : dkim.ensureKeys(domain);
        },
        [this, rotation, domain](Result made) {
            m_busy = false;
            if (!made) {
                m_status->clear();
                QMessageBox::warning(this, tr("DKIM keys not changed"), made.error());
                updateButtons();
                return;
            }
            m_status->setText((rotation ? tr("New DKIM keys for %1: publish their records now.")
                                              .arg(ReadableAddress::domain(domain))
                                        : tr("DKIM keys for %1 created: publish their records.")
                                              .arg(ReadableAddress::domain(domain))) +
                              signedTooParagraph(m_anySenderAgents, domain));
            Q_EMIT keysChanged();
            reload();
        });
}

void DomainsPanel::checkDns()
{
    const QString domain = currentDomain();
    if (domain.isEmpty() || m_running)
        return;
    m_status->setText(tr("Checking the DNS records of %1...").arg(ReadableAddress::domain(domain)));
    const quint64 generation = m_generation;
    using Result = Expected<DomainCheckPlan>;
    m_busy = true;
    updateButtons();
    // The plan reads the store on the worker; the lookups then run in Qt's resolver threads.
    m_runner->run<Result>(
        this, [dataDir = m_dataDir, domain]() { return DomainCheckAdmin(dataDir).plan(domain); },
        [this, generation](Result plan) {
            m_busy = false;
            if (generation != m_generation || !plan) {
                m_status->setText(plan ? QString() : plan.error());
                updateButtons();
                return;
            }
            m_running = new DomainCheck(plan.value(), this);
            connect(m_running, &DomainCheck::finished, this, &DomainsPanel::checkDone);
            updateButtons();
            m_running->start();
        });
}

void DomainsPanel::checkDone(const DomainCheckReport& report)
{
    m_running->deleteLater();
    m_running = nullptr;
    updateButtons();
    showReport(report);
}

void DomainsPanel::showReport(const DomainCheckReport& report)
{
    if (report.domain != currentDomain())
        return;
    m_report = report;
    // The verdicts counted first: six records took four screens of scrolling to read which were wrong; and
    // "the DNS server gave no answer" was said of a server that refused (an outside tester).
    int right = 0;
    int wrong = 0;
    int unchecked = 0;
    for (const DomainCheckItem& item : report.items) {
        switch (item.verdict) {
        case DomainCheckItem::Verdict::Right:
            ++right;
            break;
        case DomainCheckItem::Verdict::Missing:
        case DomainCheckItem::Verdict::Wrong:
            ++wrong;
            break;
        case DomainCheckItem::Verdict::Unchecked:
        case DomainCheckItem::Verdict::Undetermined:
            ++unchecked;
            break;
        }
    }
    const QString counts =
        tr("%1 right, %2 missing or wrong, %3 not checked or not judged")
            .arg(QLocale().toString(right), QLocale().toString(wrong), QLocale().toString(unchecked));
    m_status->setText(
        (report.dnsFailed()
             ? tr("Some records could not be checked: the name server did not answer for them (each "
                  "note says how).")
         : report.allRight() ? tr("Every record is published and right.")
         : report.nothingWrong()
             ? tr("No record is wrong, but some could not be judged from here: read their notes.")
             : tr("Some records are missing or wrong: publish what is shown.")) +
        QLatin1Char(' ') + counts + QLatin1Char('.'));
    m_text->setHtml(DomainRecordsHtml::report(report));
    Q_EMIT checkFinished();
}

void DomainsPanel::copyRecords()
{
    if (!m_records.isEmpty())
        QGuiApplication::clipboard()->setText(DomainRecordsHtml::zoneText(m_recordsDomain, m_records));
}

} // namespace RelayDesk
