#pragma once

#include "domain/ThaiDate.h"

#include <QLocale>
#include <QString>

namespace khana {

// The user's preferences kept in QSettings: language and era. Read at start-up.
class AppSettings
{
public:
    enum class Language { System, Thai, English };

    static Language language();
    static void setLanguage(Language language);

    // The era setting; "automatic" means Buddhist in Thai and Common in English.
    enum class EraChoice { Automatic, Buddhist, Common };
    static EraChoice eraChoice();
    static void setEraChoice(EraChoice choice);

    // The locale Khana shows itself in, from the setting or the system.
    static QLocale effectiveLocale(Language language, const QLocale &system = QLocale::system());
    static Era effectiveEra(EraChoice choice, const QLocale &locale);

    static QString lastDatabase();
    static void setLastDatabase(const QString &path);
    // The demo was chosen on first run: a plain start opens it until a database of one's own is used.
    static bool startsWithDemo();
    static void setStartsWithDemo(bool demo);

    // Automatic backups: one a day on the first start, the newest `backupsKept()` kept
    // (QSettings keys backup/automatic, default on, and backup/keep, default 7).
    static bool automaticBackups();
    static void setAutomaticBackups(bool on);
    static int backupsKept();
    static void setBackupsKept(int count);
};

} // namespace khana
