#pragma once

#include "core/query/messagedetail.h"
#include "core/util/expected.h"

namespace RelayDesk {

/// Reads one message in full by its queue id (docs/read-side.md, "One message"). Read-only, on the calling
/// thread's own connection, in one read transaction so that the envelope, recipients and attempts agree.
class MessageDetailQuery final
{
public:
    enum class Content
    {
        Leave, ///< only whether it is kept (the command line)
        Read   ///< the stored message too (the viewer)
    };

    explicit MessageDetailQuery(QString dataDir);

    Expected<MessageDetail> load(const QString& queueId, Content content = Content::Read) const;
    static QString noSuchMessage(const QString& queueId);

private:
    QString m_dataDir;
};

} // namespace RelayDesk
