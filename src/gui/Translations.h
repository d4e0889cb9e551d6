#pragma once
// Translations: loads Botwright's and Qt's translations for the chosen language (Settings) or the
// system locale. main() calls installTranslators() once, after the organization and application names
// and the QSettings path are set (the language choice is a setting).

#include <QLocale>

class QCoreApplication;

namespace bw::gui {

/// The locale to translate into: the language chosen in Settings, else the system's.
QLocale uiLocale();
/// Installs Botwright's translation (embedded, :/i18n) and Qt's own for uiLocale() on `app`.
/// Returns whether a Botwright translation was found (English needs none and returns true).
bool installTranslators(QCoreApplication &app);

} // namespace bw::gui
