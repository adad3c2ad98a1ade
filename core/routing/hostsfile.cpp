#include "core/routing/hostsfile.h"

#include <QFile>

#include <algorithm>

namespace RelayDesk {

QList<QHostAddress> HostsFile::lookup(const QString& host, const QString& path)
{
    QString wanted = host.toLower();
    if (wanted.endsWith(QLatin1Char('.')))
        wanted.chop(1);
    QList<QHostAddress> addresses;
    QFile file(path);
    if (wanted.isEmpty() || !file.open(QIODevice::ReadOnly))
        return addresses;
    // hosts(5): an address, then its names, separated by blanks; '#' starts a comment. A file of a few
    // lines: read at once, with a bound for a file that is something else.
    const QByteArray text = file.read(1024 * 1024);
    for (QByteArray line : text.split('\n')) {
        if (const qsizetype hash = line.indexOf('#'); hash >= 0)
            line.truncate(hash);
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2)
            continue;
        const QHostAddress address(QString::fromLatin1(fields[0]));
        if (address.isNull())
            continue;
        for (qsizetype i = 1; i < fields.size(); ++i) {
            if (QString::fromLatin1(fields[i]).toLower() == wanted && !addresses.contains(address)) {
                addresses.append(address);
                break;
            }
        }
    }
    std::stable_partition(addresses.begin(), addresses.end(), [](const QHostAddress& a) {
        return a.protocol() == QAbstractSocket::IPv4Protocol;
    });
    return addresses;
}

} // namespace RelayDesk
