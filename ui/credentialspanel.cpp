#include "ui/credentialspanel.h"

#include "core/admin/agentadmin.h"
#include "ui/confirmation.h"
#include "ui/deletekey.h"
#include "ui/listpanelstate.h"
#include "ui/passworddialog.h"
#include "ui/queryrunner.h"
#include "ui/storeerrortext.h"
#include "ui/timecolumn.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace RelayDesk {

namespace {

/// The outcome of a credential job on the worker: the new credential or the reason there is none.
struct CredentialResult
{
    QString username;
    QString password;
    QString error;
};

CredentialResult toResult(const Expected<NewCredential>& created)
{
    if (!created)
        return {QString(), QString(), created.error()};
    return {created->credential.username, created->password, QString()};
}

} // namespace

CredentialsPanel::CredentialsPanel(QString dataDir, QWidget* parent)
    : QWidget(parent), m_dataDir(std::move(dataDir))
{
    m_runner = new QueryRunner(QStringLiteral("credentials"), m_dataDir, this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("credentials"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Username"), tr("Created"), tr("Last used"), tr("Status")});
    // The relay writes logins in batches (at most one write a minute per credential): "Last used" is up to a
    // minute behind an application's log, which an outside tester compared it with.
    m_list->headerItem()->setToolTip(
        2, tr("The last login with this credential, written at most a minute after it happened."));
    // Each column as wide as its text, so that no date or header is cut in any language; the list scrolls
    // sideways only when the panel is narrower than all four.
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_generate = new QPushButton(QIcon(QStringLiteral(":/icons/key.svg")), tr("Generate credential"), this);
    m_generate->setObjectName(QStringLiteral("generate"));
    m_rotate = new QPushButton(tr("Rotate"), this);
    m_rotate->setObjectName(QStringLiteral("rotate"));
    m_revoke = new QPushButton(tr("Revoke"), this);
    m_revoke->setObjectName(QStringLiteral("revoke"));
    bindDeleteKey(m_list, m_revoke);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_generate);
    buttons->addWidget(m_rotate);
    buttons->addWidget(m_revoke);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("credentialsReadProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d63939;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_generate, &QPushButton::clicked, this, &CredentialsPanel::generate);
    connect(m_rotate, &QPushButton::clicked, this, &CredentialsPanel::rotate);
    connect(m_revoke, &QPushButton::clicked, this, &CredentialsPanel::revoke);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this]() {
        const bool active = !selectedUsername().isEmpty();
        m_rotate->setEnabled(active);
        m_revoke->setEnabled(active);
    });
    setAgent(QString());
}

CredentialsPanel::~CredentialsPanel() = default;

void CredentialsPanel::setAgent(const QString& agentName)
{
    m_agent = agentName;
    m_generate->setEnabled(!agentName.isEmpty());
    reload();
}

QStringList CredentialsPanel::usernames() const
{
    QStringList names;
    for (const Credential& credential : m_credentials)
        names << credential.username;
    return names;
}

QString CredentialsPanel::newestActiveUsername() const
{
    // Listed oldest first (created_at, id).
    for (auto it = m_credentials.crbegin(); it != m_credentials.crend(); ++it) {
        if (it->isActive())
            return it->username;
    }
    return {};
}

void CredentialsPanel::refresh()
{
    reload(Reload::KeepShown);
}

void CredentialsPanel::reload(Reload how)
{
    if (how == Reload::Afresh) {
        m_list->clear();
        m_credentials.clear();
        m_rotate->setEnabled(false);
        m_revoke->setEnabled(false);
    }
    const quint64 generation = ++m_generation;
    if (m_agent.isEmpty()) {
        Q_EMIT credentialsLoaded();
        return;
    }
    using Result = Expected<QList<Credential>>;
    m_runner->run<Result>(
        this, [dataDir = m_dataDir, agent = m_agent]() { return AgentAdmin(dataDir).credentials(agent); },
        [this, generation, how](Result credentials) {
            if (generation != m_generation)
                return;
            // Not read is not "none": an outside tester was invited to generate a credential for an agent
            // that had one, while the store was away.
            m_readError = credentials ? QString() : credentials.error();
            m_problem->setText(
                credentials
                    ? QString()
                    : tr("Cannot read the credentials: %1").arg(StoreErrorText::of(credentials.error())));
            m_problem->setVisible(!credentials);
            if (credentials && !(how == Reload::KeepShown && sameAsShown(credentials.value())))
                showCredentials(credentials.value());
            Q_EMIT credentialsLoaded();
        });
}

bool CredentialsPanel::sameAsShown(const QList<Credential>& credentials) const
{
    if (credentials.size() != m_credentials.size())
        return false;
    for (qsizetype i = 0; i < credentials.size(); ++i) {
        const Credential& a = credentials[i];
        const Credential& b = m_credentials[i];
        if (a.username != b.username || a.revokedAt != b.revokedAt || a.lastUsedAt != b.lastUsedAt)
            return false;
    }
    return true;
}

void CredentialsPanel::showCredentials(const QList<Credential>& credentials)
{
    // A refresh keeps the row a person selected (Rotate and Revoke act on it); a credential just made is
    // selected instead, and shown.
    const QString selected = m_newUsername.isEmpty() ? selectedKey(m_list) : m_newUsername;
    m_list->clear();
    m_credentials = credentials;
    // Newest first: after a few rotations the revoked ones filled the list and the new, active credential was
    // below them, out of sight (an outside tester read that Rotate had revoked without replacing).
    for (auto it = m_credentials.crbegin(); it != m_credentials.crend(); ++it) {
        const Credential& credential = *it;
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, credential.username);
        // The day is what tells credentials apart; the minute is in the tooltip.
        item->setText(1, shortDateText(credential.createdAt));
        item->setToolTip(1, shortDateTimeText(credential.createdAt));
        item->setText(2, credential.lastUsedAt.isValid() ? shortDateTimeText(credential.lastUsedAt)
                                                         : tr("never"));
        item->setText(3, credential.isActive() ? tr("active") : tr("revoked"));
        if (!credential.isActive())
            item->setForeground(3, QColor(0xd6, 0x39, 0x39));
        if (!selected.isEmpty() && credential.username == selected) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
            m_list->scrollToItem(item);
        }
    }
    if (credentials.end() !=
        std::find_if(credentials.begin(), credentials.end(),
                     [this](const Credential& c) { return c.username == m_newUsername; }))
        m_newUsername.clear();
}

QString CredentialsPanel::selectedUsername() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || !item->isSelected())
        return {};
    // The list shows m_credentials newest first.
    const qsizetype row = m_list->indexOfTopLevelItem(const_cast<QTreeWidgetItem*>(item));
    const qsizetype index = m_credentials.size() - 1 - row;
    if (row < 0 || index < 0 || !m_credentials[index].isActive())
        return {};
    return m_credentials[index].username;
}

void CredentialsPanel::generate()
{
    generateFor(m_agent);
}

void CredentialsPanel::generateFor(const QString& agent)
{
    m_generate->setEnabled(false);
    const QString dataDir = m_dataDir;
    m_runner->run<CredentialResult>(
        this, [dataDir, agent]() { return toResult(AgentAdmin(dataDir).createCredential(agent)); },
        [this](CredentialResult result) {
            m_generate->setEnabled(!m_agent.isEmpty());
            if (!result.error.isEmpty()) {
                QMessageBox::warning(this, tr("Cannot generate a credential"),
                                     StoreErrorText::of(result.error));
                return;
            }
            showNewCredential(result.username, result.password);
        });
}

void CredentialsPanel::rotate()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    if (!Confirmation::ask(this, QStringLiteral("confirmRotate"), tr("Rotate credential"),
                           tr("Replace %1 with a new credential? Both the user name and the password change: "
                              "the old ones stop working at once, and applications still connected with them "
                              "are cut off. Update every application that uses them.")
                               .arg(username),
                           tr("Rotate")))
        return;
    const QString dataDir = m_dataDir;
    m_runner->run<CredentialResult>(
        this, [dataDir, username]() { return toResult(AgentAdmin(dataDir).rotateCredential(username)); },
        [this](CredentialResult result) {
            if (!result.error.isEmpty()) {
                QMessageBox::warning(this, tr("Cannot rotate the credential"),
                                     StoreErrorText::of(result.error));
                return;
            }
            showNewCredential(result.username, result.password);
        });
}

void CredentialsPanel::revoke()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    if (!Confirmation::ask(
            this, QStringLiteral("confirmRevoke"), tr("Revoke credential"),
            tr("Revoke %1? Applications using it can no longer send mail. This cannot be undone.")
                .arg(username),
            tr("Revoke")))
        return;
    m_revoke->setEnabled(false);
    m_runner->run<Status>(
        this, [dataDir = m_dataDir, username]() { return AgentAdmin(dataDir).revokeCredential(username); },
        [this](Status status) {
            if (!status)
                QMessageBox::warning(this, tr("Cannot revoke the credential"),
                                     StoreErrorText::of(status.error()));
            reload();
            Q_EMIT credentialsChanged();
        });
}

void CredentialsPanel::showNewCredential(const QString& username, const QString& password)
{
    m_newUsername = username;
    reload();
    Q_EMIT credentialsChanged();
    Q_EMIT passwordShown(username);
    PasswordDialog dialog(username, password, this);
    dialog.exec();
}

} // namespace RelayDesk
