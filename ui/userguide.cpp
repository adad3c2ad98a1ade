#include "ui/userguide.h"

#include <QFile>

namespace RelayDesk {

namespace {

QString guideResource(const QString& language)
{
    return QStringLiteral(":/manual/userguide_%1.md").arg(language);
}

} // namespace

QString UserGuide::resourceFor(const QLocale& locale)
{
    // uiLanguages() lists "de-AT", "de", ... in the order LANGUAGE and LANG give them; the guide is kept by
    // language only.
    for (const QString& name : locale.uiLanguages()) {
        const QString language = name.section(QLatin1Char('-'), 0, 0).toLower();
        if (QFile::exists(guideResource(language)))
            return guideResource(language);
    }
    return guideResource(QStringLiteral("en"));
}

QList<UserGuide::Section> UserGuide::sections(const QString& resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Section> found;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("## "))) {
            found.append({line.mid(3).trimmed(), QString()});
        } else if (!found.isEmpty()) {
            found.last().markdown += line + QLatin1Char('\n');
        }
    }
    for (Section& section : found)
        section.markdown = section.markdown.trimmed();
    return found;
}

} // namespace RelayDesk
