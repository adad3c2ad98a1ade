#include "core/util/logactor.h"
#include "core/util/logline.h"

#include <atomic>

#include <unistd.h>

namespace RelayDesk {

namespace {

std::atomic<const char*> g_face{"process"};

} // namespace

void LogActor::setFace(const char* face)
{
    g_face = face;
}

LogLine& LogActor::describe(LogLine& line)
{
    return line.add("face", g_face.load()).add("pid", qint64(::getpid())).add("uid", quint64(::getuid()));
}

} // namespace RelayDesk
