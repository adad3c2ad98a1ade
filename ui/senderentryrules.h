#pragma once

#include "ui/entryrules.h"

#include <QCoreApplication>

namespace RelayDesk {

/// The rules of a Mail Agent's sender domains and exact addresses (EntryListEditor; docs/protocols.md,
/// "Sender domains"): the hint says what an entry covers or what is wrong with it; an internationalized name
/// is stored in A-labels (xn--) and shown as its owner writes it. Its words keep the translation context of
/// the list's former editor.
class SenderEntryRules final
{
    Q_DECLARE_TR_FUNCTIONS(RelayDesk::SenderListEditor)
public:
    static EntryRules rules();
};

} // namespace RelayDesk
