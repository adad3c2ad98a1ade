#pragma once

class QAbstractButton;
class QAbstractItemView;

namespace RelayDesk {

/// The Delete key in a list does what the list's delete (or lift, revoke, remove) button does, with the same
/// question and its Cancel default, while that button can be pressed: a keyboard user pressed Delete in
/// every list and nothing happened (an outside tester). Only while the list has the focus: Delete in a text
/// field still deletes text.
void bindDeleteKey(QAbstractItemView* list, QAbstractButton* button);

} // namespace RelayDesk
