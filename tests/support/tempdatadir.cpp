#include "tests/support/tempdatadir.h"
#include "core/store/database.h"

namespace RelayDesk::Test {

TempDataDir::TempDataDir()
{
    m_valid = m_dir.isValid() && Database::initialize(m_dir.path()).ok();
}

TempDataDir::~TempDataDir()
{
    Database::releaseThreadConnection(m_dir.path());
}

} // namespace RelayDesk::Test
