// libFuzzer target: command framing (CommandLineReader) and verb parsing (parseCommandLine).
#include "core/smtp/commandline.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace RelayDesk;
using namespace RelayDesk::Fuzz;

namespace {

struct Outcome
{
    QList<QByteArray> lines;
    int tooLong = 0;
    int bad = 0;
};

Outcome readAll(const QList<QByteArrayView>& pieces, int maxLength)
{
    CommandLineReader reader(maxLength);
    Outcome out;
    for (const QByteArrayView piece : pieces) {
        reader.append(piece);
        for (;;) {
            const CommandLineReader::Event event = reader.next();
            if (event == CommandLineReader::Event::NeedMore)
                break;
            if (event == CommandLineReader::Event::Line) {
                const QByteArray& line = reader.line();
                // RFC 5321 4.5.3.1.4: the limit counts the CRLF; a returned line holds no CR, LF or NUL.
                FUZZ_CHECK(line.size() + 2 <= maxLength);
                FUZZ_CHECK(!line.contains('\r') && !line.contains('\n') && !line.contains('\0'));
                const SmtpCommand command = parseCommandLine(line);
                FUZZ_CHECK(command.verbText.size() + command.argument.size() <= line.size());
                FUZZ_CHECK(line.startsWith(command.verbText));
                out.lines << line;
            } else if (event == CommandLineReader::Event::TooLong) {
                ++out.tooLong;
            } else {
                ++out.bad;
            }
        }
        // A long line is never kept in memory while its CRLF is missing.
        FUZZ_CHECK(reader.pendingBytes() <= qMax<qsizetype>(maxLength, piece.size()) + 1);
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const FuzzChunks chunks(data, size);
    const int maxLength = size > 0 && (data[0] & 0x40) ? 64 : 512;
    const Outcome chunked = readAll(chunks.pieces(), maxLength);
    // Framing must not depend on how the bytes were split into reads.
    const Outcome whole = readAll({QByteArrayView(chunks.bytes())}, maxLength);
    FUZZ_CHECK(chunked.lines == whole.lines);
    FUZZ_CHECK(chunked.tooLong == whole.tooLong);
    FUZZ_CHECK(chunked.bad == whole.bad);
    // One event per line end (every LF: a bare one ends the line it refuses), except that an over-long line
    // is reported before its end has arrived.
    const qsizetype lineEnds = chunks.bytes().count('\n');
    FUZZ_CHECK(chunked.lines.size() + chunked.bad <= lineEnds);
    FUZZ_CHECK(chunked.lines.size() + chunked.bad + chunked.tooLong <= lineEnds + 1);
    // A line taken as a command always ended with CRLF.
    FUZZ_CHECK(chunked.lines.size() <= chunks.bytes().count("\r\n"));
    parseCommandLine(chunks.bytes());
    return 0;
}
