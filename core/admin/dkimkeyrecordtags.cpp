#include "core/admin/dkimkeyrecordtags.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace RelayDesk {

namespace {

QStringList listOf(const QString& value)
{
    return value.toLower().split(QLatin1Char(':'), Qt::SkipEmptyParts);
}

} // namespace

DkimKeyRecordTags::DkimKeyRecordTags(const QString& record) : m_tags(tagList(record)) {}

QList<std::pair<QString, QString>> DkimKeyRecordTags::tagList(const QString& record)
{
    // RFC 6376 3.2: tag-list = tag-spec *( ";" tag-spec ) [ ";" ]; whitespace around and inside values is
    // folding whitespace, not part of the value.
    QList<std::pair<QString, QString>> tags;
    for (const QString& part : record.split(QLatin1Char(';'))) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals < 0)
            continue;
        QString value = part.mid(equals + 1);
        value.remove(QLatin1Char(' '))
            .remove(QLatin1Char('\t'))
            .remove(QLatin1Char('\r'))
            .remove(QLatin1Char('\n'));
        tags.append({part.left(equals).trimmed().toLower(), value});
    }
    return tags;
}

bool DkimKeyRecordTags::contains(const QString& name) const
{
    return std::any_of(m_tags.cbegin(), m_tags.cend(),
                       [&name](const auto& tag) { return tag.first == name; });
}

QString DkimKeyRecordTags::value(const QString& name, const QString& fallback) const
{
    for (const auto& [tag, value] : m_tags) {
        if (tag == name)
            return value;
    }
    return fallback;
}

DkimKeyRecordTags::Problem DkimKeyRecordTags::problem() const
{
    // RFC 6376 3.6.1: v=, if present, must be the first tag and exactly "DKIM1"; records beginning with
    // another version are discarded.
    if (contains(QStringLiteral("v"))) {
        if (m_tags.first().first != QLatin1String("v"))
            return Problem::VersionNotFirst;
        if (m_tags.first().second != QLatin1String("DKIM1"))
            return Problem::Version;
    }
    QSet<QString> seen;
    for (const auto& tag : m_tags) {
        if (seen.contains(tag.first))
            return Problem::DuplicateTag;
        seen.insert(tag.first);
    }
    // RFC 6376 3.6.1: s= (service type) must list "*" or "email" for the key to sign mail.
    if (contains(QStringLiteral("s"))) {
        const QStringList services = listOf(value(QStringLiteral("s")));
        if (!services.contains(QLatin1String("*")) && !services.contains(QLatin1String("email")))
            return Problem::NotForEmail;
    }
    return Problem::None;
}

QString DkimKeyRecordTags::problemTag() const
{
    switch (problem()) {
    case Problem::None:
        return {};
    case Problem::Version:
    case Problem::VersionNotFirst:
        return QStringLiteral("v");
    case Problem::NotForEmail:
        return QStringLiteral("s");
    case Problem::DuplicateTag:
        break;
    }
    QSet<QString> seen;
    for (const auto& tag : m_tags) {
        if (seen.contains(tag.first))
            return tag.first;
        seen.insert(tag.first);
    }
    return {};
}

bool DkimKeyRecordTags::testing() const
{
    // RFC 6376 3.6.1: t=y, the domain is testing DKIM; verifiers must not treat its mail differently from
    // unsigned mail.
    return listOf(value(QStringLiteral("t"))).contains(QLatin1String("y"));
}

} // namespace RelayDesk
