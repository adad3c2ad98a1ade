#pragma once

#include "core/util/expected.h"

#include <QByteArrayView>
#include <QString>

namespace RelayDesk {

/// A DNS domain name as the relay compares it: IDNA A-labels (RFC 5891), lower-cased, no trailing dot.
class DomainName final
{
public:
    /// The name in its compared form, or what is wrong with it: a U-label name ("bücher.example") becomes
    /// its A-label form ("xn--bcher-kva.example"); letters, digits and hyphens only, labels of 1 to 63
    /// characters that neither start nor end with a hyphen, at most 253 characters (RFC 1035 2.3.1,
    /// RFC 5890 2.3.2.1). A sender domain needs at least two labels (requireDot).
    static Expected<QString> normalize(const QString& name, bool requireDot = true);
    /// The domain of a mailbox "local@domain" (after its last '@') in the compared form; empty when the
    /// address has none, or when it is an address literal ("[192.0.2.1]") or no valid name.
    static QString ofAddress(QByteArrayView address);
    /// What a person typed to find addresses ("kunde@bücher", "bücher.example"), with the domain (after the
    /// last '@', or the whole text when it has none) in A-labels as the store holds it (RFC 5891 4), so that
    /// a U-label name finds its punycode form. Text without non-ASCII, or whose domain does not convert, is
    /// returned as it is.
    static QString asciiForm(const QString& text);
};

} // namespace RelayDesk
