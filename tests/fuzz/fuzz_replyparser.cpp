// libFuzzer target: SMTP replies as the outbound client reads them (ReplyParser).
#include "core/smtp/replyparser.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace RelayDesk;
using namespace RelayDesk::Fuzz;

namespace {

struct Outcome
{
    QList<QByteArray> replies; ///< wire form of each reply
    bool error = false;
};

Outcome readAll(const QList<QByteArrayView>& pieces)
{
    ReplyParser parser;
    Outcome out;
    for (const QByteArrayView piece : pieces) {
        parser.feed(piece);
        SmtpReply reply;
        ReplyParser::Result result;
        while ((result = parser.next(&reply)) == ReplyParser::Result::Reply) {
            // RFC 5321 4.2: a three-digit code from 2xx to 5xx; RFC 3463: the enhanced code has the same
            // class.
            FUZZ_CHECK(reply.code >= 200 && reply.code <= 559);
            FUZZ_CHECK(!reply.lines.isEmpty() && reply.lines.size() <= ReplyParser::maxLines);
            for (const QByteArray& line : reply.lines)
                FUZZ_CHECK(line.size() <= ReplyParser::maxLineLength && !line.contains('\n'));
            FUZZ_CHECK(reply.enhanced.isEmpty() || reply.enhanced[0] == char('0' + reply.code / 100));
            out.replies << reply.toWire();
            reply = SmtpReply();
        }
        if (result == ReplyParser::Result::Error) {
            FUZZ_CHECK(!parser.error().isEmpty());
            FUZZ_CHECK(parser.next(&reply) == ReplyParser::Result::Error); // stays broken until reset()
            out.error = true;
            break;
        }
        // A server cannot make the client buffer more than one line's worth without an answer.
        FUZZ_CHECK(parser.bufferedBytes() <= ReplyParser::maxLineLength + piece.size());
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const FuzzChunks chunks(data, size);
    const Outcome chunked = readAll(chunks.pieces());
    const Outcome whole = readAll({QByteArrayView(chunks.bytes())});
    FUZZ_CHECK(chunked.replies == whole.replies);
    FUZZ_CHECK(chunked.error == whole.error);
    FUZZ_CHECK(whole.replies.size() <= chunks.bytes().count('\n'));

    QByteArray text = chunks.bytes().left(64);
    const QByteArray enhanced = ReplyParser::extractEnhanced(250, &text);
    FUZZ_CHECK(enhanced.isEmpty() || enhanced.startsWith("2."));
    return 0;
}
