#pragma once

#include "core/engine/sessioninfo.h"

#include <QLabel>
#include <QList>

namespace RelayDesk {

/// "... is not listening on ...: why" above the Settings tabs while the running relay has a listener down
/// that the settings enable (a port another program holds, an address the machine does not have): a saved
/// change that could not be applied shows where it was made, without a click.
class ListenerDownNotice final : public QLabel
{
    Q_OBJECT
public:
    explicit ListenerDownNotice(QWidget* parent = nullptr);

    /// The running relay's listeners (none while it does not run: then nothing is down).
    void setListeners(const QList<ListenerStatus>& listeners);
};

} // namespace RelayDesk
