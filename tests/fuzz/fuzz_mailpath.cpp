// libFuzzer target: MAIL FROM / RCPT TO arguments, mailboxes and ESMTP parameters (MailPath).
#include "core/smtp/mailpath.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace RelayDesk;
using namespace RelayDesk::Fuzz;

namespace {

void checkResult(const MailPathResult& result, const QByteArray& argument, bool sender)
{
    if (!result.ok) {
        // Every refusal explains itself with a 5xx reply and an enhanced code of class 5 (RFC 3463).
        FUZZ_CHECK(result.error.code >= 500 && result.error.code <= 559);
        FUZZ_CHECK(result.error.enhanced.startsWith("5."));
        return;
    }
    const MailPath& path = result.path;
    FUZZ_CHECK(sender || !path.address.isEmpty());
    if (!path.address.isEmpty()) {
        // RFC 5321 4.5.3.1.3: a path fits in 256 octets; what was accepted must pass the mailbox check.
        FUZZ_CHECK(path.address.size() <= 254);
        FUZZ_CHECK(argument.contains(path.address));
        // RFC 5321 4.1.1.3: "<Postmaster>" is the one recipient without a domain.
        if (sender || path.address.compare("postmaster", Qt::CaseInsensitive) != 0) {
            FUZZ_CHECK(isValidMailbox(path.address));
            FUZZ_CHECK(!path.domain().isEmpty());
        }
    }
    for (const auto& parameter : path.parameters) {
        FUZZ_CHECK(!parameter.first.isEmpty());
        FUZZ_CHECK(parameter.first == parameter.first.toUpper());
        FUZZ_CHECK(path.hasParameter(parameter.first));
        // RFC 5321 4.1.2: esmtp-keyword is alphanumerics and '-'; esmtp-value is %d33-60 / %d62-126.
        for (const char c : parameter.first)
            FUZZ_CHECK((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-');
        for (const char c : parameter.second)
            FUZZ_CHECK(c > ' ' && c < 127 && c != '=');
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = toByteArray(data, size);
    checkResult(parseMailFrom(input), input, true);
    checkResult(parseRcptTo(input), input, false);
    isValidMailbox(input);
    return 0;
}
