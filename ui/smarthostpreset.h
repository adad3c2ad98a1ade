#pragma once

#include <QList>
#include <QString>

namespace RelayDesk {

/// A mail service the wizard offers as a smarthost, with its SMTP submission host and port (each takes
/// STARTTLS on 587) and what to enter as the user name.
struct SmarthostPreset
{
    QString name;
    QString host; ///< empty: Custom, the person types host:port
    quint16 port = 587;
    QString userHint;

    static QList<SmarthostPreset> all();
};

} // namespace RelayDesk
