#include "ui/portprobe.h"

#include <QFile>

namespace RelayDesk {

namespace {

/// One address of /proc/net/tcp ("0100007F", four bytes in host order) or tcp6 (four such words).
QHostAddress procAddress(const QByteArray& hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    if (bytes.size() == 4) {
        quint32 value = 0;
        for (int i = 3; i >= 0; --i)
            value = (value << 8) | quint8(bytes[i]);
        return QHostAddress(value);
    }
    if (bytes.size() != 16)
        return {};
    Q_IPV6ADDR address;
    for (int word = 0; word < 4; ++word) {
        for (int i = 0; i < 4; ++i)
            address[word * 4 + i] = quint8(bytes[word * 4 + 3 - i]);
    }
    QHostAddress result(address);
    bool isV4 = false;
    const quint32 v4 = result.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : result;
}

} // namespace

QList<QHostAddress> listeningAddresses(quint16 port)
{
    QList<QHostAddress> found;
    for (const char* path : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile table(QString::fromLatin1(path));
        if (!table.open(QIODevice::ReadOnly))
            continue;
        table.readLine(); // the heading
        while (!table.atEnd()) {
            const QList<QByteArray> fields = table.readLine().simplified().split(' ');
            // "sl local_address rem_address st ...": st 0A is LISTEN.
            if (fields.size() < 4 || fields[3] != "0A")
                continue;
            const QList<QByteArray> local = fields[1].split(':');
            bool ok = false;
            if (local.size() == 2 && local[1].toUInt(&ok, 16) == port && ok)
                found << procAddress(local[0]);
        }
    }
    return found;
}

} // namespace RelayDesk
