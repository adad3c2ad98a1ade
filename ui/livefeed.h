#pragma once

#include "core/engine/storechanges.h"

#include <QObject>

namespace RelayDesk {

/// What dialogs opened from the window hear from the engine and ask of it, without knowing it: the engine's
/// batched store changes, and a restart after a change that needs one. EngineLink connects it to the engine;
/// without an engine (tests of a dialog alone) nothing flows.
class LiveFeed final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    /// The engine's storeChanged, passed on.
    void storeChanged(const RelayDesk::StoreChanges& changes);
    /// Stop and start the engine (listeners or the certificate changed).
    void restartRequested();
};

} // namespace RelayDesk
