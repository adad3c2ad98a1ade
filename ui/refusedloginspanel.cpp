#include "ui/refusedloginspanel.h"

#include "core/util/clock.h"
#include "ui/agentlabel.h"
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
#include <QTreeWidget>
#include <QVBoxLayout>

namespace RelayDesk {

RefusedLoginsPanel::RefusedLoginsPanel(QString dataDir, QWidget* parent)
    : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_runner = new QueryRunner(QStringLiteral("refused logins"), m_dataDir, this);
    auto* title = new QLabel(tr("Logins refused in the last 24 hours"), this);
    title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("refusedLogins"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Last refused"), tr("Address"), tr("Mail Agent"), tr("Reason"), tr("Times")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshRefusedLogins"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    // Refresh at the right below the list, as on the Delivery Logs page.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(refresh);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(refresh, &QPushButton::clicked, this, &RefusedLoginsPanel::reload);
    m_live = new LiveRefresh(
        this, [this] { reload(); }, 1000);
}

void RefusedLoginsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void RefusedLoginsPanel::noteStoreChanges(const StoreChanges& changes)
{
    if (changes.written || changes.lockouts != 0)
        m_live->request();
}

void RefusedLoginsPanel::reload()
{
    const quint64 generation = ++m_generation;
    using List = Expected<QList<RefusedLoginView>>;
    m_runner->run<List>(
        this, [dir = m_dataDir]() { return SecurityAdmin(dir).refusedLogins(nowMs() - windowMs); },
        [this, generation](List list) {
            if (generation != m_generation)
                return;
            if (!list)
                m_status->setText(
                    tr("Cannot read the refused logins: %1").arg(StoreErrorText::of(list.error())));
            else if (m_readFailed)
                m_status->clear();
            m_readFailed = !list;
            show(list ? list.value() : QList<RefusedLoginView>());
        });
}

QString RefusedLoginsPanel::reasonText(RefusedLoginReason reason)
{
    switch (reason) {
    case RefusedLoginReason::UnknownUser:
        return tr("unknown user name");
    case RefusedLoginReason::WrongPassword:
        return tr("wrong password");
    case RefusedLoginReason::NotOnAllowlist:
        return tr("address not on the agent's allowlist");
    case RefusedLoginReason::AgentDisabled:
        return tr("agent disabled");
    case RefusedLoginReason::CredentialRevoked:
        return tr("password revoked or replaced");
    case RefusedLoginReason::AgentDeleted:
        return tr("agent deleted");
    case RefusedLoginReason::AuthorizationIdentity:
        return tr("asked to act as another user");
    case RefusedLoginReason::TooManyAtOnce:
        return tr("too many logins at once");
    case RefusedLoginReason::LockedOut:
        return tr("tried while locked out");
    }
    return {};
}

QString RefusedLoginsPanel::adviceText(RefusedLoginReason reason)
{
    switch (reason) {
    case RefusedLoginReason::UnknownUser:
        return tr("No Mail Agent has this user name: the device has a mistyped user name, or one of an agent "
                  "that was deleted.");
    case RefusedLoginReason::WrongPassword:
        return tr(
            "The user name is the agent's, the password is not: type the password into the device again, "
            "or rotate it and give the device the new one.");
    case RefusedLoginReason::NotOnAllowlist:
        return tr(
            "User name and password are right, but the device's address is not on the agent's allowlist: "
            "add the address on the agent's Allowlist tab if the device belongs to you.");
    case RefusedLoginReason::AgentDisabled:
        return tr("User name and password are right, but the agent is disabled: enable it on the Mail Agents "
                  "page.");
    case RefusedLoginReason::CredentialRevoked:
        return tr("The device still uses a password that was revoked or replaced by a rotation: give it the "
                  "agent's current password.");
    case RefusedLoginReason::AgentDeleted:
        return tr(
            "The device still logs in with the user name and password of a Mail Agent that was deleted: "
            "give it the credentials of another agent, or turn its mail off. These logins do not lock "
            "its address out.");
    case RefusedLoginReason::AuthorizationIdentity:
        return tr(
            "The program logs in with PLAIN and names another user to act as (an authorization identity, "
            "often the sender's address): leave that field empty in its settings. Its password was not "
            "checked.");
    case RefusedLoginReason::TooManyAtOnce:
        return tr("More logins from this address waited for their password check than \"Logins checked at "
                  "once per address\" (Settings, Security) allows: the program was told to try again later "
                  "(454), and one "
                  "that does not retry lost that message. Raise the setting if a program sends many messages "
                  "in parallel. Its password was not checked.");
    case RefusedLoginReason::LockedOut:
        return tr(
            "The address kept trying to log in after it was locked out for too many failures: its "
            "password was not checked. A program with an old password tries now and then; hundreds of "
            "tries, or unknown user names above, are someone guessing passwords: leave the address locked "
            "and block it in the firewall (the README's fail2ban filter does that).");
    }
    return {};
}

void RefusedLoginsPanel::show(const QList<RefusedLoginView>& logins)
{
    const QString selected = selectedKey(m_list);
    m_list->clear();
    const QLocale locale;
    for (const RefusedLoginView& view : logins) {
        const RefusedLogin& login = view.login;
        const QString agent = login.agentId == 0  ? tr("(none)")
                              : view.agentDeleted ? AgentLabel::text(view.agentName, true, login.agentId)
                                                  : view.agentName;
        auto* item = new QTreeWidgetItem(m_list, {tableTimeText(login.lastAt), login.address, agent,
                                                  reasonText(login.reason), locale.toString(login.count)});
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        const QString advice = adviceText(login.reason);
        for (int column = 0; column < item->columnCount(); ++column)
            item->setToolTip(column, advice);
        if (item->text(0) == selected)
            item->setSelected(true);
    }
    showEmptyNote(m_status, tr("No login was refused in the last 24 hours."), logins.isEmpty());
    Q_EMIT refusedLoginsLoaded(static_cast<int>(logins.size()));
}

} // namespace RelayDesk
