#pragma once

#include "core/engine/sessioninfo.h"

#include <QAbstractTableModel>

namespace RelayDesk {

/// Live sessions, updated in place from the engine's batched snapshots: rows are matched by session id
/// (dataChanged for known ones, inserts for new ones), and a session leaves the table a few seconds after
/// it ended or when the engine no longer reports it.
class SessionsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Client,
        Listener,
        Tls,
        Agent,
        State,
        Bytes,
        Duration,
        ColumnCount
    };

    explicit SessionsModel(QObject* parent = nullptr);

    /// How long an ended session stays visible (default 5 s).
    void setLingerMs(qint64 ms) { m_lingerMs = ms; }
    /// Merges a snapshot; nowMs is the clock used for durations and lingering (tests pass their own).
    void applySnapshot(const QList<SessionInfo>& sessions, qint64 nowMs);
    /// The clock moved on between snapshots (the engine reports only changes): the durations grow, and an
    /// ended session leaves once it has lingered.
    void tick(qint64 nowMs);
    const SessionInfo& sessionAt(int row) const { return m_rows.at(row); }
    /// The row of the session with this id, or -1 when the table no longer holds it.
    int rowOfSession(quint64 id) const;

    /// The widest texts a column shows (none for Agent, whose names vary), so the page can size every other
    /// column to fit them and give Agent the rest.
    static QStringList widestTexts(Column column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SessionInfo> m_rows;
    qint64 m_nowMs = 0;
    qint64 m_lingerMs = 5000;
};

} // namespace RelayDesk
