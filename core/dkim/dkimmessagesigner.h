#pragma once

#include "core/dkim/dkimkeyring.h"

#include <QByteArray>
#include <QMutex>
#include <QString>

#include <memory>

namespace RelayDesk {

/// The DKIM keys a running engine signs with (docs/operations.md, "DKIM"): the keyring in force, replaced
/// whole when the keys change (the 'dkim' topic), and the keys that sign a message (its From: domain's).
/// Thread-safe: the delivery thread looks keys up while the engine reloads them.
class DkimMessageSigner final
{
public:
    explicit DkimMessageSigner(QString dataDir) : m_dataDir(std::move(dataDir)) {}
    Q_DISABLE_COPY_MOVE(DkimMessageSigner)

    /// Reads the active keys again (on the calling thread's connection); the old keyring stays in force if
    /// the store cannot be read. Logs the domains that sign and every key that cannot be used.
    void reload();
    /// While some key cannot be used (its file missing or unreadable), reads the keys again, and logs only
    /// what changed: a key file put back signs without a restart or a reload (an outside tester's admin put
    /// one back, every face said the key was fine, and mail still left without its signature). The engine
    /// calls it every few seconds; nothing is read while every key is usable.
    void retryUnusable();
    /// The keys that sign content (a message as it was accepted): those of the author's domain (the From:
    /// field's), none when it has no DKIM. Cheap: one scan of the header section, none without any keys.
    QList<DkimSigningKey> keysFor(const QByteArray& content) const;

private:
    std::shared_ptr<const DkimKeyring> current() const;

    QString m_dataDir;
    mutable QMutex m_mutex;
    std::shared_ptr<const DkimKeyring> m_keyring;
};

} // namespace RelayDesk
