#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace RelayDesk {

/// A published DKIM key record read as receivers read it (RFC 6376 3.2, 3.6.1): its tags in order, and the
/// tag that makes receivers discard it or keep it from mail, whatever key it holds.
class DkimKeyRecordTags final
{
public:
    enum class Problem
    {
        None,
        Version,         ///< v= is present and not "DKIM1": the record is discarded
        VersionNotFirst, ///< v= is present but not the first tag
        DuplicateTag,    ///< a tag is given twice: the record is an error (RFC 6376 3.2)
        NotForEmail,     ///< s= lists neither "*" nor "email": the key is not for mail
    };

    explicit DkimKeyRecordTags(const QString& record);

    /// The tag=value pairs of any record in the tag-list syntax (RFC 6376 3.2; DMARC's too, RFC 7489 6.4),
    /// in order, tag names in lower case, whitespace dropped from values.
    static QList<std::pair<QString, QString>> tagList(const QString& record);

    bool contains(const QString& name) const;
    /// The value of tag name (lower case), whitespace removed; fallback when the tag is absent.
    QString value(const QString& name, const QString& fallback = {}) const;
    /// The first reason receivers do not use the record for mail at all; unknown tags are ignored.
    Problem problem() const;
    /// The tag that problem() is about (for DuplicateTag: the repeated one).
    QString problemTag() const;
    /// t= lists y: the domain is testing DKIM, and some receivers treat its signatures as absent.
    bool testing() const;

private:
    QList<std::pair<QString, QString>> m_tags;
};

} // namespace RelayDesk
