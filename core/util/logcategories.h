#pragma once

#include <QLoggingCategory>

namespace RelayDesk {

// The operator log's categories, one per area (docs/operations.md, "Logs"). Each is on from info up by
// default; LogLevels sets the rules for --log-level and the log.level setting.
Q_DECLARE_LOGGING_CATEGORY(lcEngine)      ///< relaydesk.engine: start, stop, listeners
Q_DECLARE_LOGGING_CATEGORY(lcSmtp)        ///< relaydesk.smtp: sessions and accepted messages
Q_DECLARE_LOGGING_CATEGORY(lcAuth)        ///< relaydesk.auth: AUTH results, lockouts
Q_DECLARE_LOGGING_CATEGORY(lcTls)         ///< relaydesk.tls: handshake failures
Q_DECLARE_LOGGING_CATEGORY(lcDelivery)    ///< relaydesk.delivery: delivery outcomes
Q_DECLARE_LOGGING_CATEGORY(lcQueue)       ///< relaydesk.queue: the spool and the store
Q_DECLARE_LOGGING_CATEGORY(lcConfig)      ///< relaydesk.config: configuration changes, who and what
Q_DECLARE_LOGGING_CATEGORY(lcRetention)   ///< relaydesk.retention: the retention purge
Q_DECLARE_LOGGING_CATEGORY(lcSearchIndex) ///< relaydesk.searchindex: the delivery log's search index

} // namespace RelayDesk
