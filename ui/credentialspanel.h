#pragma once

#include "core/agents/mailagent.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace RelayDesk {

class QueryRunner;

/// The credentials of one Mail Agent: usernames with their dates (never a password), and Generate, Rotate
/// and Revoke. Every store access (and the slow Argon2id hashing) runs on the runner's worker thread.
class CredentialsPanel final : public QWidget
{
    Q_OBJECT
public:
    CredentialsPanel(QString dataDir, QWidget* parent = nullptr);
    ~CredentialsPanel() override;

    void setAgent(const QString& agentName);
    QStringList usernames() const; ///< as listed, revoked ones too (tests)
    /// The newest credential that still works, or an empty string (what "Configure your application" shows).
    QString newestActiveUsername() const;
    /// Reads the credentials again and shows what changed (a first use, a revocation from the command line),
    /// keeping the selected row; nothing flickers when nothing changed.
    void refresh();
    /// Why the credentials could not be read the last time (the store is away), or empty.
    QString readError() const { return m_readError; }
    /// Generates a credential for agent (the one shown, or one just created) and shows its password once.
    void generateFor(const QString& agent);

Q_SIGNALS:
    void credentialsChanged();
    /// The list was read from the store (after setAgent or a change).
    void credentialsLoaded();
    /// A credential was created; the password dialog is about to show it (tests can watch it).
    void passwordShown(const QString& username);

private:
    enum class Reload
    {
        Afresh,   ///< another agent: clear the list at once
        KeepShown ///< the same agent: keep the list until the new one is read
    };
    void reload(Reload how = Reload::Afresh);
    bool sameAsShown(const QList<Credential>& credentials) const;
    void showCredentials(const QList<Credential>& credentials);
    void generate();
    void rotate();
    void revoke();
    void showNewCredential(const QString& username, const QString& password);
    QString selectedUsername() const;

    QString m_dataDir;
    QString m_agent;
    QList<Credential> m_credentials; ///< oldest first, as read; the list shows them newest first
    QString m_newUsername;           ///< a credential just made: selected and shown once it is read
    QString m_readError;
    QLabel* m_problem = nullptr; ///< m_readError, translated; hidden while the list is current
    QTreeWidget* m_list = nullptr;
    QPushButton* m_generate = nullptr;
    QPushButton* m_rotate = nullptr;
    QPushButton* m_revoke = nullptr;
    QueryRunner* m_runner = nullptr;
    quint64 m_generation = 0; ///< drops list results that a newer reload overtook
};

} // namespace RelayDesk
