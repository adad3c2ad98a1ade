#pragma once

#include <QLocale>

class QCoreApplication;

namespace RelayDesk {

/// Installs Qt's own and RelayDesk's translators for a locale (the embedded :/i18n/relaydesk_<lang>.qm), on
/// top of the English one that holds the English plural forms (docs/translations.md). Returns whether
/// RelayDesk's translation for the locale was found.
bool installTranslators(QCoreApplication* app, const QLocale& locale);

} // namespace RelayDesk
