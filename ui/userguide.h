#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace RelayDesk {

/// The user guide shipped in the window's resources (resources/manual): one Markdown file a language, read as
/// its "## " sections, in the language the window speaks.
class UserGuide final
{
public:
    /// One topic of the guide: its heading and its text.
    struct Section
    {
        QString title;
        QString markdown; ///< the text below the heading, Markdown (CommonMark, as QTextDocument reads it)
    };

    /// The guide's resource for locale: its first UI language that has a guide, as the window's translations
    /// are chosen (ui/translations.cpp), else English.
    static QString resourceFor(const QLocale& locale);
    /// The sections of the guide in resource, in order; empty if it cannot be read.
    static QList<Section> sections(const QString& resource);
};

} // namespace RelayDesk
