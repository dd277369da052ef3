#include "AppSettings.h"

#include <QSettings>

namespace khana {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kEraKey = QStringLiteral("ui/era");
const QString kDatabaseKey = QStringLiteral("database/lastPath");
} // namespace

AppSettings::Language AppSettings::language()
{
    const QString value = QSettings().value(kLanguageKey).toString();
    if (value == QLatin1String("th"))
        return Language::Thai;
    if (value == QLatin1String("en"))
        return Language::English;
    return Language::System;
}

void AppSettings::setLanguage(Language language)
{
    QSettings settings;
    switch (language) {
    case Language::System: settings.remove(kLanguageKey); break;
    case Language::Thai: settings.setValue(kLanguageKey, QStringLiteral("th")); break;
    case Language::English: settings.setValue(kLanguageKey, QStringLiteral("en")); break;
    }
}

AppSettings::EraChoice AppSettings::eraChoice()
{
    const QString value = QSettings().value(kEraKey).toString();
    if (value == QLatin1String("buddhist"))
        return EraChoice::Buddhist;
    if (value == QLatin1String("common"))
        return EraChoice::Common;
    return EraChoice::Automatic;
}

void AppSettings::setEraChoice(EraChoice choice)
{
    QSettings settings;
    switch (choice) {
    case EraChoice::Automatic: settings.remove(kEraKey); break;
    case EraChoice::Buddhist: settings.setValue(kEraKey, QStringLiteral("buddhist")); break;
    case EraChoice::Common: settings.setValue(kEraKey, QStringLiteral("common")); break;
    }
}

QLocale AppSettings::effectiveLocale(Language language, const QLocale &system)
{
    switch (language) {
    case Language::Thai: return QLocale(QLocale::Thai, QLocale::Thailand);
    case Language::English: return QLocale(QLocale::English, QLocale::Thailand);
    case Language::System: break;
    }
    // Khana speaks Thai and English: any other system language gets English.
    return system.language() == QLocale::Thai ? QLocale(QLocale::Thai, QLocale::Thailand)
                                              : QLocale(QLocale::English, QLocale::Thailand);
}

Era AppSettings::effectiveEra(EraChoice choice, const QLocale &locale)
{
    switch (choice) {
    case EraChoice::Buddhist: return Era::Buddhist;
    case EraChoice::Common: return Era::Common;
    case EraChoice::Automatic: break;
    }
    return locale.language() == QLocale::Thai ? Era::Buddhist : Era::Common;
}

QString AppSettings::lastDatabase()
{
    return QSettings().value(kDatabaseKey).toString();
}

void AppSettings::setLastDatabase(const QString &path)
{
    QSettings().setValue(kDatabaseKey, path);
}

bool AppSettings::startsWithDemo()
{
    return QSettings().value(QStringLiteral("start/demo"), false).toBool();
}

void AppSettings::setStartsWithDemo(bool demo)
{
    QSettings().setValue(QStringLiteral("start/demo"), demo);
}

bool AppSettings::automaticBackups()
{
    return QSettings().value(QStringLiteral("backup/automatic"), true).toBool();
}

void AppSettings::setAutomaticBackups(bool on)
{
    QSettings().setValue(QStringLiteral("backup/automatic"), on);
}

void AppSettings::setBackupsKept(int count)
{
    QSettings().setValue(QStringLiteral("backup/keep"), qBound(1, count, 365));
}

int AppSettings::backupsKept()
{
    return qBound(1, QSettings().value(QStringLiteral("backup/keep"), 7).toInt(), 365);
}

} // namespace khana
