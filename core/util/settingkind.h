#pragma once

namespace RelayDesk {

/// What a setting's stored text is, so that a face can show and take it in human units: the stored unit
/// stays seconds, octets or days; a face may show minutes or megabytes and convert.
enum class SettingKind
{
    Text,    ///< free text (a host name, a user name, a file)
    Address, ///< ADDRESS:PORT of a listener, or HOST[:PORT] of a remote host
    Flag,    ///< true or false
    Choice,  ///< one of the definition's choices
    Count,   ///< a whole number of things
    Port,    ///< a TCP port, 1 to 65535
    Seconds, ///< a duration, stored in seconds
    Octets,  ///< a size, stored in octets
    Days,    ///< a duration, stored in days
};

} // namespace RelayDesk
