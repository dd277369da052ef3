#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace khana {

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    auto *khana = new QTranslator(&app);
    const bool ok = khana->load(locale, QStringLiteral("khana"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (ok)
        QCoreApplication::installTranslator(khana);

    // Qt's standard buttons and dialogs: our Thai catalogue first, then Qt's for other languages.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return ok;
}

} // namespace khana
