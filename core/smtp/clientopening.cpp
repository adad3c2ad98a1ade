#include "core/smtp/clientopening.h"
#include "core/smtp/commandline.h"

namespace RelayDesk {

ClientOpening classifyOpening(QByteArrayView firstBytes)
{
    if (firstBytes.isEmpty())
        return ClientOpening::Unknown;
    // RFC 8446 5.1: a handshake record begins with its content type (22) and a legacy version of 3.x. Byte
    // 22 is a control character no command line holds: a lone first byte counts too.
    if (firstBytes.at(0) == 0x16 && (firstBytes.size() == 1 || firstBytes.at(1) == 0x03))
        return ClientOpening::TlsHello;
    // The verb up to the first space or line end: "EHLO printer", "QUIT\r\n", "helo x".
    qsizetype end = 0;
    while (end < firstBytes.size() && end < 16 && firstBytes.at(end) != ' ' && firstBytes.at(end) != '\r' &&
           firstBytes.at(end) != '\n')
        ++end;
    if (end == 0 || end == 16)
        return ClientOpening::Unknown;
    const bool ended = end < firstBytes.size();
    const SmtpCommand command = parseCommandLine(firstBytes.first(end));
    return ended && command.verb != SmtpVerb::Unknown ? ClientOpening::SmtpCommand : ClientOpening::Unknown;
}

} // namespace RelayDesk
