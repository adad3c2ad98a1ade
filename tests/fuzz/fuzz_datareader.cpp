// libFuzzer target: DATA content (DataReader): end marker, dot-unstuffing, bare CR/NUL, bare LF read as a
// line end but never in an end marker, limits.
#include "core/smtp/datareader.h"
#include "core/smtp/smtpclientprotocol.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace RelayDesk;
using namespace RelayDesk::Fuzz;

namespace {

struct Outcome
{
    bool finished = false;
    qsizetype consumed = 0;
    DataReader::Problem problem = DataReader::Problem::None;
    QByteArray message;
};

Outcome readAll(const QList<QByteArrayView>& pieces, qint64 maxSize, int maxLine)
{
    DataReader reader(maxSize, maxLine);
    Outcome out;
    for (const QByteArrayView piece : pieces) {
        const qsizetype used = reader.feed(piece);
        FUZZ_CHECK(used >= 0 && used <= piece.size());
        // Only the end marker stops consumption early.
        FUZZ_CHECK(used == piece.size() || reader.isFinished());
        out.consumed += used;
        if (reader.isFinished())
            break;
    }
    out.finished = reader.isFinished();
    out.problem = reader.problem();
    FUZZ_CHECK(reader.bytesReceived() == out.consumed);
    out.message = reader.takeMessage();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const FuzzChunks chunks(data, size);
    const QByteArray& input = chunks.bytes();
    const qint64 maxSize = size > 0 && (data[0] & 0x40) ? 100 : 100000;
    const int maxLine = 998;
    const Outcome chunked = readAll(chunks.pieces(), maxSize, maxLine);
    const Outcome whole = readAll({QByteArrayView(input)}, maxSize, maxLine);
    FUZZ_CHECK(chunked.finished == whole.finished && chunked.consumed == whole.consumed);
    FUZZ_CHECK(chunked.problem == whole.problem && chunked.message == whole.message);

    FUZZ_CHECK(whole.consumed <= input.size());
    if (whole.finished) {
        // RFC 5321 4.1.1.4: the reader stops right after <CRLF>.<CRLF> (or ".\r\n" at the very start).
        const QByteArray consumed = input.left(whole.consumed);
        FUZZ_CHECK(consumed.endsWith("\r\n.\r\n") || consumed == ".\r\n");
        FUZZ_CHECK(consumed == ".\r\n" || consumed.indexOf("\r\n.\r\n") == consumed.size() - 5);
        if (whole.problem == DataReader::Problem::None) {
            FUZZ_CHECK(whole.message.size() <= maxSize);
            FUZZ_CHECK(whole.message.isEmpty() || whole.message.endsWith("\r\n"));
            // Clean content has only CRLF pairs (a bare LF became one), no NUL, lines within the limit, and
            // is smaller than its input with a CR added for each bare LF.
            FUZZ_CHECK(!whole.message.contains('\0'));
            FUZZ_CHECK(whole.message.count('\r') == whole.message.count("\r\n"));
            FUZZ_CHECK(whole.message.count('\n') == whole.message.count("\r\n"));
            const qsizetype bareLf = consumed.count('\n') - consumed.count("\r\n");
            FUZZ_CHECK(whole.message.size() < whole.consumed + bareLf);
            // A dot line ended by a bare LF, or after one, never passes (the SMTP smuggling family).
            FUZZ_CHECK(!consumed.contains("\n.\n") && !consumed.startsWith(".\n"));
            if (consumed != ".\r\n")
                FUZZ_CHECK(consumed.indexOf("\n.\r\n") == consumed.indexOf("\r\n.\r\n") + 1);
            for (const QByteArray& line : whole.message.split('\n'))
                FUZZ_CHECK(line.size() <= maxLine + 2);
        }
    } else {
        FUZZ_CHECK(whole.consumed == input.size());
        FUZZ_CHECK(!input.contains("\r\n.\r\n") && !input.startsWith(".\r\n"));
    }
    if (whole.problem != DataReader::Problem::None)
        FUZZ_CHECK(whole.message.isEmpty());

    // Round trip with the outbound side: what the client dot-stuffs (RFC 5321 4.5.2), the reader restores.
    const bool clean = !input.contains('\0') && input.count('\r') == input.count("\r\n") &&
                       input.count('\n') == input.count("\r\n") &&
                       (input.isEmpty() || input.endsWith("\r\n"));
    if (clean) {
        const QByteArray stuffed = SmtpClientProtocol::dotStuff(input);
        DataReader reader(stuffed.size() + 1, 1 << 20);
        FUZZ_CHECK(reader.feed(stuffed) == stuffed.size());
        FUZZ_CHECK(reader.isFinished() && reader.problem() == DataReader::Problem::None);
        FUZZ_CHECK(reader.takeMessage() == input);
    }
    return 0;
}
