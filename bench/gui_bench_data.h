#pragma once

#include <QString>

namespace RelayDesk::Bench {

/// Fills a data directory with a delivery log of the given size for the GUI benchmark: Mail Agents, and one
/// message with one recipient per row, spread over 90 days, with a skewed mix of agents, statuses, domains
/// and recipients. One transaction with prepared inserts. Returns an error message, or an empty string.
QString generateDeliveryLog(const QString& dataDir, int rows);

} // namespace RelayDesk::Bench
