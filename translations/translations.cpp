// Holds the compiled translations (.qm) as resources under :/i18n, and installs them.

#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace grove {

void installTranslations(QCoreApplication& application)
{
    auto* grove = new QTranslator(&application);
    if (grove->load(QLocale(), u"grove"_s, u"_"_s, u":/i18n"_s) || grove->load(u":/i18n/grove_en.qm"_s))
        QCoreApplication::installTranslator(grove);
    auto* qt = new QTranslator(&application);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace grove
