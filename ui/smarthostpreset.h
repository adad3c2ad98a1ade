#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace RelayDesk {

/// A mail service offered as a smarthost (the Settings page's smarthost section and the setup wizard): its
/// SMTP host, port and TLS mode, and what to enter as the user name. Amazon SES has one host per region.
struct SmarthostPreset
{
    QString name;
    QString host; ///< empty: Generic, the person types host:port; "%1" stands for the region (regional)
    quint16 port = 587;
    QString tls = QStringLiteral("starttls"); ///< "starttls" (RFC 3207) or "implicit" (RFC 8314, port 465)
    QString userHint;
    bool regional = false; ///< the host names a region (Amazon SES): choose one from regions()

    /// The host for region (the preset's host itself unless it is regional).
    QString hostFor(const QString& region) const;

    static QList<SmarthostPreset> all();
    /// The index in all() of the preset a stored smarthost host:port is: its own host and port, an Amazon SES
    /// region's host, otherwise Generic; -1 for no smarthost.
    static int indexOf(const QString& host, quint16 port);
    /// The regions a regional preset offers (Amazon SES's SMTP endpoints), the first the default.
    static QStringList regions();
};

} // namespace RelayDesk
