#pragma once

#include "core/admin/domaincheckplan.h"
#include "core/admin/domaincheckreport.h"
#include "core/util/expected.h"

#include <QString>

namespace RelayDesk {

/// `domain check` for the faces (docs/operations.md, "DNS check"): plan() reads what the data directory says
/// (keys, sending path, resolver, sending address) on the calling thread's connection; a DomainCheck then
/// asks DNS without blocking (the GUI), or run() waits for it (the command line).
class DomainCheckAdmin final
{
public:
    explicit DomainCheckAdmin(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    Expected<DomainCheckPlan> plan(const QString& domain);
    /// Runs the check of plan in a local event loop and returns its report.
    static DomainCheckReport run(const DomainCheckPlan& plan);
    /// The address this machine's outbound connections leave from (a route lookup, no packet is sent);
    /// null when there is no route.
    static QHostAddress outboundAddress();

private:
    QString m_dataDir;
};

} // namespace RelayDesk
