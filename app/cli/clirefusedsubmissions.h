#pragma once

#include <QString>
#include <QStringList>

namespace RelayDesk {

class CliOutput;
struct CliVerb;

/// relaydesk log refused [--agent A] [--search TEXT] [--since T] [--limit N]: the senders, recipients and
/// messages refused at submission, latest first (the Delivery Logs page's "Refused at submission" tab).
namespace CliRefusedSubmissions {

int run(const QString& dataDir, const CliVerb& verb, const QStringList& args, const CliOutput& out);

} // namespace CliRefusedSubmissions

} // namespace RelayDesk
