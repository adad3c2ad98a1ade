#pragma once

#include <QString>

namespace RelayDesk {

/// The form of a stored address or domain that a person reads: IDNA A-labels ("xn--bcher-kva") shown as
/// their U-labels ("bücher", RFC 5891 5.2), the local part and everything else as stored.
class ReadableAddress final
{
public:
    /// A domain with each A-label that converts back to itself shown as its U-label; a label that does not
    /// (no valid punycode, or a name IDNA refuses) stays as stored, and so does an address literal
    /// ("[192.0.2.1]", RFC 5321 4.1.3).
    static QString domain(const QString& domain);
    /// A mailbox "local@domain" with its domain (after the last '@') as domain() shows it; text without '@'
    /// (no domain, "<>") is returned as stored. Format characters that would change how the text around
    /// them is drawn (a right-to-left override) are written out ("\u202E").
    static QString address(const QString& address);
    /// A Mail Agent's sender entry: an exact address as address() shows it, else a domain as domain() does.
    static QString sender(const QString& entry);
    /// A list of addresses joined by ", " (the Queue's recipients), each as address() shows it.
    static QString addressList(const QString& addresses);
};

} // namespace RelayDesk
