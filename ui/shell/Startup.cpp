#include "Startup.h"

#include "AppSettings.h"
#include "FirstRunDialog.h"
#include "Localization.h"
#include "MainWindow.h"
#include "RecoveryOffer.h"
#include "database/Database.h"
#include "demo/PeopleGenerator.h"
#include "domain/DisplayConventions.h"
#include "pack/PackSeal.h"
#include "packs/PassphraseDialog.h"
#include "server/ServerList.h"
#include "server/ServerSignIn.h"

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

namespace {

// The window on an office server; it may move onto another server (File › Connect to server…)
// without the process starting again, so that a password that is not kept is not asked twice.
// `connected`: the session's connection is open already (the sign-in opened it).
int runOnServer(QApplication &app, ServerSession session, bool connected)
{
    QStringList relaunch;
    int code = 0;
    for (;;) {
        if (!connected) {
            const Database::OpenResult opened = ServerDatabase::open(session.address, session.password);
            if (!opened.ok()) {
                QMessageBox::critical(nullptr, QApplication::translate("Startup", "Khana cannot open the database"), opened.message);
                return 2;
            }
        }
        connected = false;
        ServerList::setLastServer(session.address.name);
        std::optional<ServerSession> next;
        {
            MainWindow window(QSqlDatabase::database(Database::defaultConnectionName()), session.address);
            QObject::connect(&window, &MainWindow::relaunchRequested, &window, [&](const QStringList &args) {
                relaunch = args;
                window.close();
            });
            QObject::connect(&window, &MainWindow::serverChosen, &window, [&](const ServerSession &chosen) {
                next = chosen;
                window.close();
            });
            window.show();
            code = app.exec();
        }
        Database::close();
        if (!next)
            break;
        session = *next;
    }
    if (!relaunch.isEmpty())
        QProcess::startDetached(QApplication::applicationFilePath(), relaunch);
    return code;
}

} // namespace

int runKhana(QApplication &app, const StartOptions &options)
{
    applyDisplaySettings(app, options.language);

    if (!options.server.isEmpty()) {
        const auto known = ServerList::named(options.server);
        if (!known)
            QMessageBox::information(nullptr, QApplication::translate("Startup", "Connect to an office server"),
                                     QApplication::translate("Startup", "No server is known as \"%1\" yet: say where it is.").arg(options.server));
        const auto session = signInToServer(nullptr, known, Database::defaultConnectionName());
        return session ? runOnServer(app, *session, true) : 2;
    }
    // A plain start goes back to the server last worked on; Cancel there opens this computer's
    // own database instead (the office may be out of reach).
    if (!options.demo && options.databasePath.isEmpty() && !ServerList::lastServer().isEmpty()) {
        if (const auto known = ServerList::named(ServerList::lastServer())) {
            if (const auto session = signInToServer(nullptr, known, Database::defaultConnectionName()))
                return runOnServer(app, *session, true);
        }
    }

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
            if (welcome.choice() == FirstRunDialog::Choice::Server) {
                const auto session = signInToServer(nullptr, std::nullopt, Database::defaultConnectionName());
                return session ? runOnServer(app, *session, true) : 0;
            }
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

    // A sealed workshop pack opens into memory with its passphrase, or not at all.
    const bool sealed = !demo && PackSeal::isSealed(path);
    std::optional<Database::OpenResult> unsealed;
    if (sealed) {
        unsealed = PassphraseDialog::openSealedPack(nullptr, path);
        if (!unsealed)
            return 0;
        if (!unsealed->ok()) {
            QMessageBox::critical(nullptr, QApplication::translate("Startup", "Khana cannot open the database"), unsealed->message);
            return 2;
        }
    }
    Database::OpenResult opened = sealed ? *unsealed
                                  : demo ? DemoData::open(&path)
                                  : options.readOnly ? Database::openSqliteReadOnly(path)
                                                     : Database::openSqlite(path);
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
    if (!demo) {
        AppSettings::setLastDatabase(path);
        ServerList::setLastServer(QString());
    }

    QStringList relaunch;
    std::optional<ServerSession> server;
    int code = 0;
    {
        MainWindow window(db, path, demo);
        if (opened.readOnly)
            window.showReadOnly();
        QObject::connect(&window, &MainWindow::relaunchRequested, &window, [&](const QStringList &args) {
            relaunch = args;
            window.close();
        });
        QObject::connect(&window, &MainWindow::serverChosen, &window, [&](const ServerSession &chosen) {
            server = chosen;
            window.close();
        });
        window.show();
        code = app.exec();
    }
    db = QSqlDatabase();
    Database::close();
    if (server)
        return runOnServer(app, *server, false);
    if (!relaunch.isEmpty())
        QProcess::startDetached(QApplication::applicationFilePath(), relaunch);
    return code;
}

} // namespace khana
