#pragma once

namespace RelayDesk {

/// The build's version, "0.1.0+git523.5716c48" from a git checkout (cmake/BuildVersion.cmake).
const char* buildVersion();

} // namespace RelayDesk
