#pragma once

#include "core/util/expected.h"

#include <QSqlDatabase>

namespace RelayDesk {

/// A write transaction that rolls back unless committed, so that a multi-row change is never half-saved.
class SqlTransaction final
{
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();
    Q_DISABLE_COPY_MOVE(SqlTransaction)

    /// BEGIN IMMEDIATE: takes the write lock now, so the commit cannot fail on a lock upgrade.
    Status begin();
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace RelayDesk
