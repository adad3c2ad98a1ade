// libFuzzer target: allowlist entries typed by a person or imported (CidrRange::parse).
#include "core/agents/cidrrange.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace RelayDesk;
using namespace RelayDesk::Fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(toByteArray(data, size));
    const Expected<CidrRange> parsed = CidrRange::parse(text);
    if (!parsed)
        return 0;
    const CidrRange& range = *parsed;
    const bool ipv4 = range.network().protocol() == QAbstractSocket::IPv4Protocol;
    FUZZ_CHECK(range.prefixLength() >= 0 && range.prefixLength() <= (ipv4 ? 32 : 128));
    FUZZ_CHECK(range.contains(range.network()));
    // The canonical form parses back to the same range.
    const Expected<CidrRange> again = CidrRange::parse(range.toString());
    FUZZ_CHECK(again && *again == range);
    FUZZ_CHECK(!range.describe().isEmpty());
    return 0;
}
