#include "ui/agentlabel.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace RelayDesk {

QString AgentLabel::text(const QString& name, bool deleted, qint64 id)
{
    if (!deleted)
        return name;
    return name.isEmpty() ? tr("Agent #%1 (deleted)").arg(id) : tr("%1 (deleted)").arg(name);
}

QVariant AgentLabel::cellData(const QString& name, bool deleted, int role)
{
    // The whole name where the column cuts it: office agents named "Buchhaltung-X" and "Buchhaltung-Y" all
    // read "Buchhaltung-…" in the Queue and the Delivery Logs (an outside tester).
    if (!deleted)
        return role == Qt::ToolTipRole && !name.isEmpty() ? QVariant(name) : QVariant();
    switch (role) {
    case Qt::FontRole: {
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::ForegroundRole:
        return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
    case Qt::ToolTipRole:
        return tr("%1: this Mail Agent was deleted; a new agent may have its name").arg(text(name, true));
    default:
        return {};
    }
}

} // namespace RelayDesk
