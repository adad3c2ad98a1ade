// libFuzzer target: header parsing of accepted messages (MessageSpool::subjectOf, DsnBuilder::headerSection,
// TraceHeaders::countReceived)
// and DSNs built around hostile originals, senders and remote replies (DsnBuilder::build).
#include "core/delivery/dsnbuilder.h"
#include "core/smtp/traceheaders.h"
#include "core/store/messagespool.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace RelayDesk;
using namespace RelayDesk::Fuzz;

namespace {

bool hasBareCrOrLf(const QByteArray& text)
{
    return text.count('\r') != text.count("\r\n") || text.count('\n') != text.count("\r\n");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = toByteArray(data, size);

    const QString subject = MessageSpool::subjectOf(input);
    FUZZ_CHECK(subject.toUcs4().size() <= MessageSpool::maxSubjectLength); // characters, not UTF-16 units
    if (!hasBareCrOrLf(input)) // what DataReader lets through: the unfolded subject is one line
        FUZZ_CHECK(!subject.contains(QLatin1Char('\r')) && !subject.contains(QLatin1Char('\n')));
    MessageSpool::domainOf(input);

    // Loop detection reads only the header section and never counts more fields than there are lines.
    const int received = TraceHeaders::countReceived(input);
    FUZZ_CHECK(received >= 0 && received <= input.count('\n') + 1);
    FUZZ_CHECK(TraceHeaders::countReceived(input, 3) == qMin(received, 3));
    FUZZ_CHECK(received <= TraceHeaders::countReceived(QByteArray(input + "\r\n\r\nReceived: x\r\n")));

    const QByteArray header = DsnBuilder::headerSection(input);
    FUZZ_CHECK(input.startsWith(header));
    FUZZ_CHECK(!header.contains("\r\n\r\n"));

    // The sender, remote host and remote reply of a DSN come from outside; the DSN's own header must
    // stay exactly the fields the relay writes (no header injection through CR/LF).
    const qsizetype third = input.size() / 3;
    DsnInput dsn;
    dsn.reportingMta = QStringLiteral("relay.test");
    dsn.queueId = QStringLiteral("Q1");
    dsn.sender = input.left(third);
    dsn.originalMessage = input;
    dsn.nowMs = 1700000000000;
    DsnRecipient recipient;
    recipient.address = input.mid(third, third);
    recipient.status = "5.1.1";
    recipient.remoteMta = QString::fromUtf8(input.mid(2 * third, 40));
    recipient.diagnostic = input.mid(2 * third);
    dsn.recipients << recipient;
    const QByteArray message = DsnBuilder::build(dsn, "seed");
    const QList<QByteArray> fields = DsnBuilder::headerSection(message).split('\n');
    FUZZ_CHECK(fields.size() ==
               9); // From To Subject Date Message-ID Auto-Submitted MIME-Version Content-Type (2 lines)
    for (const QByteArray& field : fields) {
        FUZZ_CHECK(field.endsWith('\r') || &field == &fields.last());
        FUZZ_CHECK(!field.chopped(field.endsWith('\r') ? 1 : 0).contains('\r'));
        FUZZ_CHECK(!field.contains('\0'));
    }
    // The part with the recipient's details is made of single lines the relay wrote.
    const qsizetype report = message.indexOf("Content-Type: message/delivery-status\r\n\r\n");
    const qsizetype reportEnd = message.indexOf("\r\n--=_relaydesk_", report);
    FUZZ_CHECK(report > 0 && reportEnd > report);
    FUZZ_CHECK(!hasBareCrOrLf(message.mid(report, reportEnd - report)));
    return 0;
}
