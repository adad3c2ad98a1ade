#include "ui/sessionsmodel.h"
#include "ui/settingcatalog.h"
#include "ui/sizetext.h"

#include "ui/durationtext.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace RelayDesk {

namespace {

/// The session states the SMTP server reports (SmtpServerProtocol::stateName), and their words for the table:
/// SessionInfo::stateWords's, which the command line prints (tst_datapages compares them).
constexpr const char* stateNames[][2] = {
    {"connected", QT_TRANSLATE_NOOP("RelayDesk::SessionsModel", "connected")},
    {"ready", QT_TRANSLATE_NOOP("RelayDesk::SessionsModel", "ready")},
    {"transaction", QT_TRANSLATE_NOOP("RelayDesk::SessionsModel", "addressing")},
    {"auth", QT_TRANSLATE_NOOP("RelayDesk::SessionsModel", "logging in")},
    {"data", QT_TRANSLATE_NOOP("RelayDesk::SessionsModel", "receiving message")},
    {"waiting", QT_TRANSLATE_NOOP("RelayDesk::SessionsModel", "waiting")},
    {"closed", QT_TRANSLATE_NOOP("RelayDesk::SessionsModel", "closed")}};

QString stateText(const QString& state)
{
    for (const auto& name : stateNames) {
        if (state == QLatin1String(name[0]))
            return QCoreApplication::translate("RelayDesk::SessionsModel", name[1]);
    }
    return state;
}

} // namespace

SessionsModel::SessionsModel(QObject* parent) : QAbstractTableModel(parent) {}

void SessionsModel::applySnapshot(const QList<SessionInfo>& sessions, qint64 nowMs)
{
    m_nowMs = nowMs;
    QHash<quint64, const SessionInfo*> incoming;
    for (const SessionInfo& session : sessions) {
        if (session.endedMs == 0 || nowMs - session.endedMs < m_lingerMs)
            incoming.insert(session.id, &session);
    }
    // Remove rows that are gone, from the bottom up so that row numbers stay valid.
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_rows[row].id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // Update the rows that remain in place (durations change every tick, so every row is touched).
    for (int row = 0; row < m_rows.size(); ++row) {
        m_rows[row] = *incoming.take(m_rows[row].id);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
    // Append new sessions in the order the engine listed them.
    QList<SessionInfo> added;
    for (const SessionInfo& session : sessions) {
        if (incoming.contains(session.id))
            added.append(session);
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

void SessionsModel::tick(qint64 nowMs)
{
    m_nowMs = nowMs;
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows[row].endedMs != 0 && nowMs - m_rows[row].endedMs >= m_lingerMs) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Duration), index(static_cast<int>(m_rows.size()) - 1, Duration),
                           {Qt::DisplayRole});
}

int SessionsModel::rowOfSession(quint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int SessionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SessionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionInfo& s = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Client:
            return s.client;
        case Listener:
            return SettingCatalog::listenerShortTitle(s.listener);
        case Tls:
            return s.tlsVersion.isEmpty() ? tr("none") : s.tlsVersion;
        case Agent:
            return s.agent.isEmpty() ? tr("(not logged in)") : s.agent;
        case State:
            return s.endedMs ? tr("ended") : stateText(s.state);
        case Bytes:
            return sizeText(s.bytesIn + s.bytesOut);
        case Duration: {
            const qint64 end = s.endedMs ? s.endedMs : m_nowMs;
            return durationText(end - s.startedMs);
        }
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Tls && !s.tlsVersion.isEmpty())
        return tr("%1, cipher %2").arg(s.tlsVersion, s.tlsCipher);
    if (role == Qt::ToolTipRole && index.column() == Bytes)
        return tr("%1 received, %2 sent").arg(sizeText(s.bytesIn), sizeText(s.bytesOut));
    if (role == Qt::ForegroundRole && s.endedMs)
        return QColor(Qt::gray);
    if (role == Qt::ForegroundRole && index.column() == Tls && s.tlsVersion.isEmpty())
        return QColor(0xb0, 0x80, 0x00);
    if (role == Qt::TextAlignmentRole && (index.column() == Bytes || index.column() == Duration))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QStringList SessionsModel::widestTexts(Column column)
{
    switch (column) {
    case Client:
        return {QStringLiteral("192.168.100.200:65535")};
    case Listener:
        return {SettingCatalog::listenerShortTitle(QStringLiteral("submission")),
                SettingCatalog::listenerShortTitle(QStringLiteral("lan"))};
    case Tls:
        return {QStringLiteral("TLSv1.3"), tr("none")};
    case State: {
        QStringList texts{tr("ended")};
        for (const auto& name : stateNames)
            texts << QCoreApplication::translate("RelayDesk::SessionsModel", name[1]);
        return texts;
    }
    case Bytes:
        // Below a kilobyte the unit is a word ("999 octets" in French, wider than "1,05 Mo"): its values
        // wrapped onto two lines there, and every row was twice as high (an outside tester).
        return {sizeText(999), sizeText(999'990), sizeText(1023 * 1024 + 1000), sizeText(99'990'000)};
    case Duration:
        return {durationText((59 * 60 + 59) * 1000), durationText((23 * 3600 + 59 * 60) * 1000)};
    default:
        return {};
    }
}

QVariant SessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Client:
        return tr("Client");
    case Listener:
        return tr("Listener");
    case Tls:
        return tr("TLS");
    case Agent:
        return tr("Agent");
    case State:
        return tr("State");
    case Bytes:
        return tr("Bytes");
    case Duration:
        return tr("Duration");
    default:
        return {};
    }
}

} // namespace RelayDesk
