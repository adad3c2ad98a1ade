#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace RelayDesk {

/// A setting whose stored value differs from the one the running engine started with, and that the engine
/// reads only at start (`needsRestart`: engine.worker_threads; docs/operations.md, "Apply without restart").
struct PendingRestart
{
    QString key;
    QString running; ///< the value the engine started with and still uses
    QString stored;  ///< the value it will use after a restart

    /// The needsRestart settings of stored whose value differs from startedWith, in definition order.
    static QList<PendingRestart> between(const QMap<QString, QString>& startedWith,
                                         const QMap<QString, QString>& stored);
    /// The settings of stored whose value differs from applied (the engine's last look), as "key=value":
    /// into live those it applies now, into waiting those it reads only at start and that differ from
    /// startedWith (a change back to the running value is live: nothing waits for it).
    static void sortChanges(const QMap<QString, QString>& applied, const QMap<QString, QString>& startedWith,
                            const QMap<QString, QString>& stored, QStringList* live, QStringList* waiting);
    /// Whether key is one a running engine reads only at start.
    static bool needsRestart(const QString& key);

    bool operator==(const PendingRestart& other) const = default;
};

} // namespace RelayDesk
