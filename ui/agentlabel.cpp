#include "ui/agentlabel.h"
#include "ui/middleelidingdelegate.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QTableView>

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
    case MiddleElidingDelegate::HeadRole:
        // Only the name may be cut: "Webshop (ge…" lost the one word support staff need (an outside tester).
        return name;
    default:
        return {};
    }
}

void AgentLabel::keepDeletedInView(QTableView* view, int column)
{
    // The column stays as wide as it was: at 1024x700 a wider one pushed the last reply out of view
    // (tst_layoutfit). The name is cut instead of "(deleted)".
    view->setItemDelegateForColumn(column, new MiddleElidingDelegate(view));
}

} // namespace RelayDesk
