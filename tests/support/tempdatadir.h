#pragma once

#include <QString>
#include <QTemporaryDir>

namespace RelayDesk::Test {

/// A fresh, initialised data directory that disappears with the test.
class TempDataDir final
{
public:
    TempDataDir();
    ~TempDataDir();
    QString path() const { return m_dir.path(); }
    bool isValid() const { return m_valid; }

private:
    QTemporaryDir m_dir;
    bool m_valid = false;
};

} // namespace RelayDesk::Test
