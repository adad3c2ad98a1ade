#include "ui/agentlabel.h"
#include "ui/middleelidingdelegate.h"

#include <QBrush>
#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QPalette>
#include <QStyle>
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

void AgentLabel::fitColumn(QTableView* view, int column, const QStringList& names,
                           const QStringList& formerNames)
{
    // As the delegate measures the text's room (MiddleElidingDelegate), plus a little air.
    const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 4;
    QFont italic = view->font();
    italic.setItalic(true);
    const QFontMetrics regular(view->font());
    const QFontMetrics deleted(italic);
    int wanted = 0;
    for (const QString& name : names)
        wanted = qMax(wanted, regular.horizontalAdvance(name));
    for (const QString& name : formerNames)
        wanted = qMax(wanted, deleted.horizontalAdvance(text(name, true)));
    // The rest of the row keeps its room at 1024x700 (tst_layoutfit): the last reply takes what is left.
    const int most = 26 * regular.averageCharWidth();
    const int width = qMin(wanted + margin, most);
    if (width > view->columnWidth(column))
        view->setColumnWidth(column, width);
}

} // namespace RelayDesk
