#pragma once

#include <QStringList>

namespace RelayDesk {

/// The numbered schema migrations: migration N brings the store from version N-1 to N. Only ever append.
QList<QStringList> schemaMigrations();

} // namespace RelayDesk
