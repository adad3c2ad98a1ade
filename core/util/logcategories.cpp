#include "core/util/logcategories.h"

namespace RelayDesk {

Q_LOGGING_CATEGORY(lcEngine, "relaydesk.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSmtp, "relaydesk.smtp", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "relaydesk.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTls, "relaydesk.tls", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDelivery, "relaydesk.delivery", QtInfoMsg)
Q_LOGGING_CATEGORY(lcQueue, "relaydesk.queue", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "relaydesk.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRetention, "relaydesk.retention", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearchIndex, "relaydesk.searchindex", QtInfoMsg)

} // namespace RelayDesk
