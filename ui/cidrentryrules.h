#pragma once

#include "core/agents/cidrrange.h"
#include "ui/entryrules.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace RelayDesk {

/// The rules of a list of addresses and CIDR ranges (EntryListEditor): each entry parsed as it is typed and
/// described in plain words. As the list of trusted devices, a wide range (CidrRange::isWide) is the open
/// door it is and asks first. Its words keep the translation context of the list's former editor.
class CidrEntryRules final
{
    Q_DECLARE_TR_FUNCTIONS(RelayDesk::CidrListEditor)
public:
    static EntryRules rules(const QString& placeholder, bool trustedDevices = false);

    static QStringList entries(const QList<CidrRange>& ranges);
    static QList<CidrRange> ranges(const QStringList& entries);
};

} // namespace RelayDesk
