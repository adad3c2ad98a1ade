#pragma once

#include <QString>
#include <QTemporaryDir>

namespace RelayDesk {

/// The hidden folder beside the data directory into which a backup is restored before it takes the data
/// directory's place (".NAME.restore-XXXXXX"), locked (flock) for as long as its restore runs. A restore that
/// was killed leaves its folder, decrypted, unlocked: the next restore of the same directory removes it.
class RestoreStaging final
{
public:
    /// Creates the folder in parent for the data directory called name and locks it.
    RestoreStaging(const QString& parent, const QString& name);
    ~RestoreStaging();
    Q_DISABLE_COPY_MOVE(RestoreStaging)

    bool isValid() const { return m_dir.isValid() && m_lock >= 0; }
    QString errorString() const;
    QString path() const { return m_dir.path(); }
    /// The folder has become the data directory: it stays.
    void keep() { m_dir.setAutoRemove(false); }

    /// Removes the staging folders of the data directory called name in parent that no running restore
    /// holds (left by a restore that was killed); the number removed.
    static int removeAbandoned(const QString& parent, const QString& name);

private:
    QTemporaryDir m_dir;
    int m_lock = -1;
};

} // namespace RelayDesk
