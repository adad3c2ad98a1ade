// Turns the dialogs of tests/dialogs into fuzz seeds (run at build time): what clients say in them ("C:"
// lines) seeds the server-side targets, what servers say ("S:" lines) the client-side ones. The leading
// bytes set the scene each target reads (listener, TLS, credentials, outcomes) from the dialog's directives.
// usage: dialogseeds DIALOG_DIR OUT_DIR
#include "tests/support/dialogscript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using RelayDesk::Test::DialogLine;
using RelayDesk::Test::DialogScript;

namespace {

// FuzzChunks control byte (tests/fuzz/fuzzsupport.h): reads of 64 bytes; for fuzz_commandline also the
// 512-octet limit (bit 6 clear).
constexpr char kChunks = 0x3f;

// Byte 0 of fuzz_serverprotocol: bits 0-1 listener (1 smtps, 2 lan, 3 trusted), bit 2 TLS from the start,
// bit 4 locked out, bits 5-6 commit failure, bit 7 trusted device on the LAN listener.
char serverScene(const DialogScript& script)
{
    if (script.side() == DialogScript::Side::Client)
        return 0x04; // our client's commands: a submission listener with TLS, so that its AUTH is heard
    int scene = 0;
    if (const DialogLine* listener = script.directive("listener")) {
        if (listener->args.value(0) == "smtps")
            scene |= 0x01;
        else if (listener->args.value(0) == "lan")
            scene |= 0x02 | (script.hasDirective("trusted") ? 0x80 : 0);
    }
    if (script.hasDirective("locked-out"))
        scene |= 0x10;
    for (const DialogLine& line : script.lines()) {
        if (line.kind == DialogLine::Kind::Directive && line.name == "commit") {
            scene |= line.args.value(0) == "storage-full"  ? 0x20
                     : line.args.value(0) == "local-error" ? 0x40
                                                           : 0;
            break;
        }
    }
    return char(scene);
}

// Byte 0 of fuzz_clientprotocol: bits 0-1 STARTTLS mode (0 never, 1 if offered, 2 required), bit 2
// implicit TLS, bit 3 credentials, bits 4-5 recipients per job minus one.
char clientScene(const DialogScript& script)
{
    if (script.side() == DialogScript::Side::Server) {
        // Our server's replies: opportunistic STARTTLS, credentials when the dialog authenticates.
        int scene = 0x01;
        if (const DialogLine* listener = script.directive("listener");
            listener && listener->args.value(0) == "smtps")
            scene |= 0x04;
        if (script.hasDirective("auth"))
            scene |= 0x08;
        return char(scene);
    }
    int scene = 0x01;
    if (const DialogLine* mode = script.directive("starttls"))
        scene = mode->args.value(0) == "never" ? 0 : mode->args.value(0) == "required" ? 2 : 1;
    if (script.hasDirective("implicit-tls"))
        scene |= 0x04;
    if (script.hasDirective("login"))
        scene |= 0x08;
    if (const DialogLine* send = script.directive("send"))
        scene |= int(qBound(qsizetype(0), send->args.size() - 2, qsizetype(3))) << 4;
    return char(scene);
}

bool write(const QString& dir, const QString& name, const QByteArray& bytes)
{
    if (!QDir().mkpath(dir))
        return false;
    QFile file(dir + QLatin1Char('/') + name);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: dialogseeds DIALOG_DIR OUT_DIR\n");
        return 2;
    }
    const QString out = args[2];
    int seeds = 0;
    for (const QString& path : DialogScript::files(args[1])) {
        DialogScript script;
        QString error;
        if (!script.load(path, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const QString name = QFileInfo(path).completeBaseName();
        const QByteArray client = script.bytesOf(DialogLine::Kind::Client);
        const QByteArray server = script.bytesOf(DialogLine::Kind::Server);
        bool ok = true;
        if (!client.isEmpty()) {
            ok = ok && write(out + QStringLiteral("/fuzz_serverprotocol"), name,
                             QByteArray(1, serverScene(script)) + kChunks + client);
            ok =
                ok && write(out + QStringLiteral("/fuzz_commandline"), name, QByteArray(1, kChunks) + client);
            seeds += 2;
        }
        if (!server.isEmpty()) {
            ok = ok && write(out + QStringLiteral("/fuzz_clientprotocol"), name,
                             QByteArray(1, clientScene(script)) + kChunks + server);
            ok =
                ok && write(out + QStringLiteral("/fuzz_replyparser"), name, QByteArray(1, kChunks) + server);
            seeds += 2;
        }
        if (!ok) {
            std::fprintf(stderr, "dialogseeds: cannot write the seeds of %s to %s\n", qPrintable(name),
                         qPrintable(out));
            return 1;
        }
    }
    std::printf("dialogseeds: %d seeds from %s\n", seeds, qPrintable(args[1]));
    return 0;
}
