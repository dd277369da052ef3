#pragma once

#include <QLocale>

class QCoreApplication;

namespace khana {

// Installs Khana's translation and Qt's own (Khana ships the Thai one Qt lacks) for `locale`,
// and sets the application's default locale. Returns false if Khana's catalogue is missing.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace khana
