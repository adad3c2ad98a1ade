#include "core/agents/sodiumsupport.h"

#include <sodium.h>

#include <cstdlib>
#include <mutex>

namespace RelayDesk {

void ensureSodiumInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            std::abort(); // no usable randomness: refusing to run beats generating guessable secrets
    });
}

} // namespace RelayDesk
