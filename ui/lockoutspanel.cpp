#include "ui/lockoutspanel.h"

#include "core/admin/securityadmin.h"
#include "ui/listpanelstate.h"
#include "ui/liverefresh.h"
#include "ui/queryrunner.h"
#include "ui/storeerrortext.h"
#include "ui/timecolumn.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace RelayDesk {

namespace {

/// What an unlock reports back: the lockouts afterwards, or why it failed.
struct UnlockResult
{
    QString error;
    Expected<QList<AuthLockout>> list = QList<AuthLockout>();
};

} // namespace

LockoutsPanel::LockoutsPanel(QString dataDir, QWidget* parent)
    : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_runner = new QueryRunner(QStringLiteral("lockouts"), m_dataDir, this);
    auto* title = new QLabel(tr("Addresses locked out of AUTH"), this);
    title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("lockouts"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Address"), tr("Locked since"), tr("Until"), tr("Failures"), tr("Last failure")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_unlock = new QPushButton(tr("Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setToolTip(tr("Let this address try to log in again now"));
    m_unlock->setEnabled(false);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshLockouts"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    // The action at the left, Refresh at the right below the list, as every list has it (an outside tester
    // found this one beside Unlock).
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(refresh);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_unlock, &QPushButton::clicked, this, &LockoutsPanel::unlock);
    connect(refresh, &QPushButton::clicked, this, &LockoutsPanel::reload);
    m_live = new LiveRefresh(
        this, [this] { reload(); }, 1000);
    // A lockout ends by itself: the list drops it when its time is up, with no store change to tell.
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, [this] { m_live->request(); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this]() { m_unlock->setEnabled(!m_list->selectedItems().isEmpty()); });
}

void LockoutsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void LockoutsPanel::noteStoreChanges(const StoreChanges& changes)
{
    if (changes.lockouts != 0)
        m_live->request();
}

void LockoutsPanel::reload()
{
    const quint64 generation = ++m_generation;
    using List = Expected<QList<AuthLockout>>;
    m_runner->run<List>(
        this, [dir = m_dataDir]() { return SecurityAdmin(dir).lockouts(); },
        [this, generation](List list) {
            if (generation != m_generation)
                return;
            if (!list)
                m_status->setText(tr("Cannot read the lockouts: %1").arg(StoreErrorText::of(list.error())));
            else if (m_readFailed)
                m_status->clear();
            m_readFailed = !list;
            show(list ? list.value() : QList<AuthLockout>());
        });
}

QString LockoutsPanel::failureText(const QString& detail)
{
    // The store keeps the reason in English, as the log and the command line say it.
    static const QRegularExpression notAllowed(QStringLiteral("^address (\\S+) not on allowlist$"));
    if (detail == QLatin1String("wrong password"))
        return tr("wrong password");
    if (detail == QLatin1String("unknown username"))
        return tr("unknown user name");
    if (detail == QLatin1String("credential revoked"))
        return tr("credential revoked");
    if (detail == QLatin1String("agent disabled"))
        return tr("agent disabled");
    if (detail == QLatin1String("authorization identity not permitted"))
        return tr("authorization identity not permitted");
    if (const QRegularExpressionMatch match = notAllowed.match(detail); match.hasMatch())
        return tr("address %1 not on the agent's allowlist").arg(match.captured(1));
    return detail;
}

void LockoutsPanel::show(const QList<AuthLockout>& lockouts)
{
    // A reload keeps the address a person selected (Unlock acts on it).
    const QString selected = selectedKey(m_list);
    m_list->clear();
    const QLocale locale;
    auto time = [](qint64 ms) { return tableTimeText(ms); };
    for (const AuthLockout& lockout : lockouts) {
        auto* item =
            new QTreeWidgetItem(m_list, {lockout.address, time(lockout.lockedAt), time(lockout.lockedUntil),
                                         locale.toString(lockout.failures), failureText(lockout.detail)});
        item->setToolTip(4, item->text(4));
        if (lockout.address == selected)
            item->setSelected(true);
    }
    m_unlock->setEnabled(!m_list->selectedItems().isEmpty());
    showEmptyNote(m_status, tr("No address is locked out."), lockouts.isEmpty());
    // "Unlocked: X may log in again" beside X locked out again contradicted the table (an outside tester's
    // hostile client was back within 10 s): said as it is now.
    if (!m_unlocked.isEmpty() &&
        std::any_of(lockouts.cbegin(), lockouts.cend(),
                    [this](const AuthLockout& lockout) { return lockout.address == m_unlocked; })) {
        m_status->setText(tr("%1 was locked out again after it was unlocked: it went on giving wrong "
                             "passwords. Leave a guessing address locked, and block it in the firewall.")
                              .arg(std::exchange(m_unlocked, QString())));
    }
    qint64 firstEnd = 0;
    for (const AuthLockout& lockout : lockouts)
        firstEnd = firstEnd == 0 ? lockout.lockedUntil : std::min(firstEnd, lockout.lockedUntil);
    if (firstEnd > 0)
        m_expiry.start(int(
            std::clamp<qint64>(firstEnd - QDateTime::currentMSecsSinceEpoch() + 500, 0, 24 * 3600 * 1000)));
    else
        m_expiry.stop();
    Q_EMIT lockoutsLoaded(static_cast<int>(lockouts.size()));
}

void LockoutsPanel::unlock()
{
    const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const QString key = selected.first()->text(0);
    const quint64 generation = ++m_generation;
    m_unlock->setEnabled(false);
    m_runner->run<UnlockResult>(
        this,
        [dir = m_dataDir, key]() {
            UnlockResult result;
            SecurityAdmin admin(dir);
            // An IPv6 lockout covers its /64 ("2001:db8::/64"); any address in it lifts it.
            if (const Status done = admin.unlock(QHostAddress(key.section(QLatin1Char('/'), 0, 0))); !done)
                result.error = done.error();
            result.list = admin.lockouts();
            return result;
        },
        [this, generation, key](UnlockResult result) {
            if (generation != m_generation)
                return;
            const QString said = result.error.isEmpty() ? tr("Unlocked: %1 may log in again.").arg(key)
                                                        : tr("Cannot unlock %1: %2").arg(key, result.error);
            m_status->setText(said);
            // News of a moment, not a state: it stood for ten minutes beside a list that had moved on (an
            // outside tester). Gone after 15 s, unless something else was said meanwhile.
            QTimer::singleShot(15000, this, [this, said]() {
                if (m_status->text() != said)
                    return;
                m_status->clear();
                reload(); // "No address is locked out." where that is so
            });
            m_unlocked = result.error.isEmpty() ? key : QString();
            show(result.list ? result.list.value() : QList<AuthLockout>());
            if (result.error.isEmpty())
                Q_EMIT unlocked(key);
        });
}

} // namespace RelayDesk
