#pragma once

#include "core/admin/domaincheckplan.h"
#include "core/admin/domaincheckreport.h"

namespace RelayDesk {

/// The part of the SPF verdict (RFC 7208) that depends on how this relay sends: whether one SPF record
/// passes the smarthost's servers or the office's sending address.
class SpfPathVerdicts final
{
public:
    /// Mail relayed through a smarthost: its provider's include:, with a pass, reached before "all".
    static DomainCheckItem forSmarthost(DomainCheckItem item, const DomainCheckPlan& plan,
                                        const QString& record);
    /// Direct delivery: what record says for the sending address, the first match deciding (RFC 7208 4.6.2).
    static DomainCheckItem forAddress(DomainCheckItem item, const DomainCheckPlan& plan,
                                      const QString& record);
};

} // namespace RelayDesk
