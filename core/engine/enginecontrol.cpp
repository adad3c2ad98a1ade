#include "core/engine/enginecontrol.h"

namespace RelayDesk {

EngineControl::~EngineControl() = default;

} // namespace RelayDesk
