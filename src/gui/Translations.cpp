#include "gui/Translations.h"

#include "core/Logging.h"
#include "gui/AppSettings.h"
#include "gui/Icons.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace bw::gui {

QLocale uiLocale()
{
    const QString language = AppSettings::load().language;
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool installTranslators(QCoreApplication &app)
{
    Icons::initResources(); // main() may load ":/icons/..." right after this
    const QLocale locale = uiLocale();
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(&app);
    if (own->load(locale, u"botwright"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(own);
        qCInfo(lcUi) << "loaded translation" << own->language();
        return true;
    }
    delete own;
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if (!english)
        qCInfo(lcUi) << "no translation for" << locale.name() << "- using English";
    return english;
}

} // namespace bw::gui
