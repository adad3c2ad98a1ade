#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace RelayDesk {

/// What a list's check says about a typed entry (EntryListEditor).
struct EntryCheck
{
    QString entry;         ///< as it is stored; empty when the text is not an entry
    QString shown;         ///< as the list shows it (empty: as stored), e.g. a domain's U-labels
    QString error;         ///< why it is not an entry
    QString hint;          ///< what the entry covers, in plain words, shown as it is typed
    QString toolTip;       ///< the entry's tool tip in the list
    bool openDoor = false; ///< shown in red, and added only when confirm() says yes
    bool caution = false;  ///< taken without a question, its hint and list entry shown in amber
};

/// The rules and words of one kind of entry list: the check function, an optional confirmation for
/// entries that open a door, and the editor's words (from the kind's own translation context).
struct EntryRules
{
    std::function<EntryCheck(const QString& text)> check;
    std::function<bool(QWidget* parent, const EntryCheck& entry)> confirm = {}; ///< for openDoor entries
    QString placeholder;
    QString addText;
    QString removeText;
    std::function<QString(const QString& entry)> duplicate; ///< "%1 is already on the list."
    QString namePrefix =
        {}; ///< object names of the parts: PREFIXEntry, ..., or entry, add, hint, entries, remove
    int listHeight = 110;
    /// An ordinary entry (a domain, a network): the room its hints take while it is typed is kept from the
    /// start, so that the list does not move down when the first entry is typed.
    QString typicalEntry = {};
    /// An entry whose hint is the longest there is (a range that opens the door to everyone): its room is
    /// kept from the start too, so that the fields below do not move up when its warning appears.
    QString widestHintEntry = {};
};

} // namespace RelayDesk
