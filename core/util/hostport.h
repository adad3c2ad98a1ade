#pragma once

#include "core/util/expected.h"

#include <QHostAddress>

namespace RelayDesk {

/// A listening or connecting endpoint written as "127.0.0.1:2587" or "[::1]:2587".
struct HostPort
{
    QHostAddress address;
    quint16 port = 0;

    static Expected<HostPort> parse(const QString& text);
    QString toString() const;
};

} // namespace RelayDesk
