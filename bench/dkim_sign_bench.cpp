// bench/dkim_sign_bench: DKIM signatures per second on one core (one thread), for the message size of the
// accept benchmarks (10 KiB by default): rsa-sha256 alone, ed25519-sha256 alone, and both (what RelayDesk
// adds to each message of a domain with DKIM). Usage: dkim_sign_bench [SECONDS_EACH] [MESSAGE_OCTETS]
#include "core/dkim/dkimprivatekey.h"
#include "core/dkim/dkimsigner.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>

using namespace RelayDesk;

namespace {

QByteArray message(int octets)
{
    QByteArray text = "Received: from client by relay.test; Mon, 30 Nov 2026 10:00:00 +0000\r\n"
                      "From: <from@bench.test>\r\n"
                      "To: <to@bench.test>\r\n"
                      "Subject: benchmark\r\n"
                      "Date: Mon, 30 Nov 2026 10:00:00 +0000\r\n"
                      "Message-ID: <1@bench.test>\r\n"
                      "\r\n";
    const QByteArray line = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:!?\r\n";
    while (text.size() < octets)
        text += line;
    return text;
}

void run(const char* name, const QByteArray& text, const QList<DkimSigningKey>& keys, double seconds)
{
    QElapsedTimer timer;
    timer.start();
    qint64 count = 0;
    qsizetype octets = 0;
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        octets += DkimSigner::sign(text, keys, 1796032800 + count).size();
        ++count;
    }
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;
    std::printf("%-22s %9.1f messages/s on one core  (%.1f us each, %lld signed, %lld header octets)\n", name,
                double(count) / elapsed, elapsed / double(count) * 1e6, static_cast<long long>(count),
                static_cast<long long>(octets / qMax<qint64>(count, 1)));
}

} // namespace

int main(int argc, char** argv)
{
    const double seconds = argc > 1 ? std::atof(argv[1]) : 3.0;
    const int octets = argc > 2 ? std::atoi(argv[2]) : 10240;
    auto rsa = DkimPrivateKey::generate(DkimAlgorithm::RsaSha256);
    auto ed = DkimPrivateKey::generate(DkimAlgorithm::Ed25519Sha256);
    if (!rsa || !ed) {
        std::fprintf(stderr, "cannot generate keys: %s%s\n", qPrintable(rsa.error()), qPrintable(ed.error()));
        return 1;
    }
    const QByteArray text = message(octets);
    std::printf("DKIM signing of a %lld-octet message, relaxed/relaxed, %.1f s each\n",
                static_cast<long long>(text.size()), seconds);
    const DkimSigningKey rsaKey{"bench.test", "rd20261130-rsa", rsa.value()};
    const DkimSigningKey edKey{"bench.test", "rd20261130-ed", ed.value()};
    run("rsa-sha256", text, {rsaKey}, seconds);
    run("ed25519-sha256", text, {edKey}, seconds);
    run("rsa + ed25519", text, {rsaKey, edKey}, seconds);
    return 0;
}
