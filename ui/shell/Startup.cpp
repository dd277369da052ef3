#include "Startup.h"

#include "AppSettings.h"
#include "FirstRunDialog.h"
#include "Localization.h"
#include "MainWindow.h"
#include "RecoveryOffer.h"
#include "database/Database.h"
#include "demo/PeopleGenerator.h"
#include "domain/DisplayConventions.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>

namespace khana {

void applyDisplaySettings(QCoreApplication &app, const QString &languageOverride)
{
    AppSettings::Language language = AppSettings::language();
    if (languageOverride == QLatin1String("th"))
        language = AppSettings::Language::Thai;
    else if (languageOverride == QLatin1String("en"))
        language = AppSettings::Language::English;
    const QLocale locale = AppSettings::effectiveLocale(language);
    installTranslations(app, locale);
    DisplayConventions::setCurrent(DisplayConventions(locale, AppSettings::effectiveEra(AppSettings::eraChoice(), locale)));
}

int runKhana(QApplication &app, const StartOptions &options)
{
    applyDisplaySettings(app, options.language);

    QString path = options.databasePath;
    bool demo = options.demo;
    if (!demo && path.isEmpty()) {
        // A plain start opens the database last worked in; else the demo, when that was the
        // first-run choice; else the default database, or the first-run choice.
        const QString last = AppSettings::lastDatabase();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : Database::defaultPath();
        if (!QFileInfo::exists(path) && AppSettings::startsWithDemo()) {
            demo = true;
        } else if (!QFileInfo::exists(path)) {
            FirstRunDialog welcome(path);
            if (welcome.exec() != QDialog::Accepted)
                return 0;
            demo = welcome.choice() == FirstRunDialog::Choice::Demo;
            AppSettings::setStartsWithDemo(demo);
            if (welcome.choice() == FirstRunDialog::Choice::Existing)
                path = welcome.existingPath();
        }
    } else if (!demo && !options.create && !QFileInfo::exists(path)) {
        // A mistyped --database makes no new, empty database.
        QMessageBox::critical(nullptr, QApplication::translate("Startup", "Khana cannot open the database"), Database::noDatabaseMessage(path));
        return 2;
    }

    Database::OpenResult opened = demo ? DemoData::open(&path) : options.readOnly ? Database::openSqliteReadOnly(path) : Database::openSqlite(path);
    // A lock is usually let go in a moment (a backup or sync tool finishing): offer to try again.
    while (opened.status == Database::Status::Locked) {
        const auto answer = QMessageBox::warning(nullptr, QApplication::translate("Startup", "The database is in use"), opened.message,
                                                 QMessageBox::Retry | QMessageBox::Cancel, QMessageBox::Retry);
        if (answer != QMessageBox::Retry)
            return 2;
        opened = demo ? DemoData::open(&path) : Database::openSqlite(path);
    }
    // A file that cannot be written can still be looked at and printed from.
    if (opened.status == Database::Status::ReadOnly && !demo) {
        const auto answer = QMessageBox::question(nullptr, QApplication::translate("Startup", "The database can only be read"), opened.message,
                                                  QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open)
            return 2;
        opened = Database::openSqliteReadOnly(path);
    }
    // Never written into: what can be read is saved into a new file, which is opened instead.
    if (opened.status == Database::Status::Damaged && !demo) {
        const QString recovered = offerRecovery(nullptr, path, opened.message);
        if (recovered.isEmpty())
            return 2;
        path = recovered;
        opened = Database::openSqlite(path);
    }
    if (!opened.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("Startup", "Khana cannot open the database"), opened.message);
        return 2;
    }
    QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
    demo = demo || Database::metaValue(db, QStringLiteral("demo")) == QLatin1String("1");
    if (!demo)
        AppSettings::setLastDatabase(path);

    QStringList relaunch;
    int code = 0;
    {
        MainWindow window(db, path, demo);
        if (opened.readOnly)
            window.showReadOnly();
        QObject::connect(&window, &MainWindow::relaunchRequested, &window, [&](const QStringList &args) {
            relaunch = args;
            window.close();
        });
        window.show();
        code = app.exec();
    }
    db = QSqlDatabase();
    Database::close();
    if (!relaunch.isEmpty())
        QProcess::startDetached(QApplication::applicationFilePath(), relaunch);
    return code;
}

} // namespace khana
