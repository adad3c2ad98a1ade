#include "ui/agentlabel.h"

namespace RelayDesk {

QString AgentLabel::text(const QString& name, bool deleted, qint64 id)
{
    if (!deleted)
        return name;
    return name.isEmpty() ? tr("Agent #%1 (deleted)").arg(id) : tr("%1 (deleted)").arg(name);
}

} // namespace RelayDesk
