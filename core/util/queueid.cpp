#include "core/util/queueid.h"
#include "core/util/clock.h"

#include <QRandomGenerator>

namespace RelayDesk {

QString generateQueueId()
{
    static const char alphabet[] = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32
    quint64 time = quint64(nowMs());
    quint64 random = QRandomGenerator::global()->generate64();
    QString id(16, QLatin1Char('0'));
    for (int i = 8; i >= 0; --i) { // 9 characters of milliseconds: sortable for ~1,100 years
        id[i] = QLatin1Char(alphabet[time & 31]);
        time >>= 5;
    }
    for (int i = 9; i < 16; ++i) {
        id[i] = QLatin1Char(alphabet[random & 31]);
        random >>= 5;
    }
    return id;
}

} // namespace RelayDesk
