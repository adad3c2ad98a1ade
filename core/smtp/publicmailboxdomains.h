#pragma once

#include <QString>

namespace RelayDesk {

/// Domains of public mailbox providers (gmail.com, orange.fr, web.de, ...): an office cannot sign their mail
/// with DKIM or publish SPF for them, and their DMARC policies have receivers reject mail sent as them from
/// elsewhere. A sender domain among them is taken, with a warning (docs/security.md, "Sender domains").
class PublicMailboxDomains final
{
public:
    /// True when entry ("gmail.com", "someone@gmail.com", in A-labels or not) is at such a provider.
    static bool contains(const QString& entry);
    /// Why sending as entry from this relay fails at the receivers; empty when it is not a provider's.
    /// Translated where a translator is installed (the window), English in the command line.
    static QString warning(const QString& entry);
};

} // namespace RelayDesk
