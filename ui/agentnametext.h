#pragma once

#include <QCoreApplication>
#include <QString>

namespace RelayDesk {

/// What is wrong with a Mail Agent name, in the window's language: the rules are the store's
/// (AgentAdmin::nameRule), the words the window's (the command line says them in English).
class AgentNameText final
{
    Q_DECLARE_TR_FUNCTIONS(RelayDesk::AgentNameText)

public:
    /// Empty if name may name an agent, otherwise one sentence saying why not.
    static QString problem(const QString& name);
};

} // namespace RelayDesk
