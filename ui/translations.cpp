#include "ui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace RelayDesk {

namespace {

bool installRelayDesk(QCoreApplication* app, const QLocale& locale)
{
    auto* translator = new QTranslator(app);
    if (!translator->load(locale, QStringLiteral("relaydesk"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

bool installTranslators(QCoreApplication* app, const QLocale& locale)
{
    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    // English first: it holds the plural forms ("%n day(s)" -> "1 day", "2 days") and is asked last, so it
    // serves every language without a translation of its own.
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const bool englishFound = installRelayDesk(app, english);
    if (locale.language() == QLocale::English)
        return englishFound;
    return installRelayDesk(app, locale);
}

} // namespace RelayDesk
