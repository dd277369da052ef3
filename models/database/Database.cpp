#include "Database.h"

#include "MemoryDatabase.h"
#include "Migrator.h"
#include "SqliteTempFiles.h"
#include "SqlDialect.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

#include <optional>

namespace khana {

namespace {

QString damagedMessage(const QString &shownPath, const QString &finding)
{
    return QCoreApplication::translate("Database", "%1 is damaged (SQLite's check found: %2). Khana does not write into a damaged file: "
                                                   "restore a backup, and keep this file for recovery.").arg(shownPath, finding);
}

QString readOnlyMessage(const QString &shownPath)
{
    return QCoreApplication::translate("Database", "%1 can only be read, not written (the file or its folder is read-only). "
                                                   "You can open it read-only, to look at it and print from it.").arg(shownPath);
}

Database::OpenResult failure(Database::Status status, const QString &message)
{
    Database::OpenResult r;
    r.status = status;
    r.message = message;
    return r;
}

// SQLite's quick_check, stopped when it runs past `budgetMs` (a progress handler interrupts
// it). Returns the first problem it found, "" when the file is whole, or nothing when the check
// did not finish in time.
std::optional<QString> quickCheck(const QSqlDatabase &db, int budgetMs)
{
    sqlite3 *handle = nullptr;
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        handle = *static_cast<sqlite3 *const *>(v.constData());
    QElapsedTimer clock;
    clock.start();
    struct Budget
    {
        QElapsedTimer *clock;
        int ms;
    } budget{&clock, budgetMs};
    if (handle) {
        sqlite3_progress_handler(handle, 10000, [](void *data) {
            const auto *b = static_cast<Budget *>(data);
            return b->clock->elapsed() > b->ms ? 1 : 0;
        }, &budget);
    }
    QSqlQuery q(db);
    const bool ran = q.exec(QStringLiteral("PRAGMA quick_check(1)"));
    QString first = ran && q.next() ? q.value(0).toString() : QString();
    const QSqlError error = q.lastError();
    q.finish();
    if (handle)
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (!ran) {
        if (StorageError::kindOf(error) == StorageError::Kind::Damaged)
            return error.text();
        return std::nullopt; // interrupted, or it could not run: not a finding
    }
    return first == QLatin1String("ok") ? QString() : first;
}

} // namespace

QString Database::noDatabaseMessage(const QString &path)
{
    return QCoreApplication::translate("Database", "There is no database at %1. Check the name and folder; a new database is made "
                                                   "with File › New database (or --create).")
        .arg(QDir::toNativeSeparators(path));
}

bool Database::makeOwnerOnly(const QString &path)
{
    constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
    // The database: created empty here (SQLite takes an empty file as a new database) so that it
    // never exists with wider permissions, even for a moment. SQLite gives its -wal and -shm
    // files the database file's permissions; those already there are narrowed as well.
    if (!QFileInfo::exists(path)) {
        QFile create(path);
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !create.setPermissions(kOwnerOnly))
            return false;
    }
    // Narrowing a file someone else owns fails; it is theirs to set, and opening goes on.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile file(path + suffix);
        if (file.exists())
            file.setPermissions(kOwnerOnly);
    }
    // Khana's own data folder holds nobody else's files: it is the owner's alone. A folder the
    // user chose for a database (--database) is left as they set it.
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString folder = QFileInfo(path).absolutePath();
    if (folder == QDir(dataFolder).absolutePath())
        QFile(folder).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

QString Database::defaultConnectionName()
{
    return QStringLiteral("khana");
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/khana.sqlite");
}

QString Database::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/khana-demo.sqlite");
}

Database::OpenResult Database::openSqlite(const QString &path, const QString &connectionName)
{
    return openSqliteAt(path, connectionName, Migrator::latestVersion());
}

Database::OpenResult Database::openSqliteAt(const QString &path, const QString &connectionName, int schemaVersion)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return failure(Status::CannotOpen, QCoreApplication::translate("Database", "%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path)));
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return failure(Status::CannotOpen, QCoreApplication::translate("Database", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    if (!makeOwnerOnly(path))
        return failure(Status::CannotOpen, QCoreApplication::translate("Database", "Cannot make %1 readable by you alone.").arg(QDir::toNativeSeparators(path)));

    SqliteTempFiles::keepInMemory();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return failure(Status::CannotOpen, QCoreApplication::translate("Database", "Cannot open %1: %2").arg(QDir::toNativeSeparators(path), why));
    }
    return setUpOpened(connectionName, QDir::toNativeSeparators(path), schemaVersion);
}

Database::OpenResult Database::openInMemory(const QString &name, const QByteArray &image, const QString &shownName, const QString &connectionName)
{
    SqliteTempFiles::keepInMemory();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(MemoryDatabase::uriOf(name));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
    QString why;
    if (!db.open() || (!image.isEmpty() && !MemoryDatabase::load(db, image, &why))) {
        if (why.isEmpty())
            why = db.lastError().text();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return failure(Status::CannotOpen, QCoreApplication::translate("Database", "Cannot open %1: %2").arg(shownName, why));
    }
    return setUpOpened(connectionName, shownName, Migrator::latestVersion());
}

Database::OpenResult Database::setUpOpened(const QString &connectionName, const QString &shown, int schemaVersion)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    const QString path = shown;
    Migrator migrator(db);
    int version = 0;
    QString detail;
    const Migrator::State state = migrator.inspect(&version, &detail);
    OpenResult result;
    bool refused = true;
    switch (state) {
    case Migrator::State::Unreadable:
        // A healthy Khana database can be unreadable for the moment: say why, so that nobody
        // throws away a good file.
        switch (StorageError::kindOf(QSqlError(detail, QString(), QSqlError::StatementError))) {
        case StorageError::Kind::Busy:
            result = failure(Status::Locked,
                             QCoreApplication::translate("Database", "%1 is locked by another program (another Khana, a backup or a sync tool). "
                                                                     "Close it there and try again. The file was left unchanged.").arg(shown));
            break;
        case StorageError::Kind::Damaged:
            result = detail.contains(QLatin1String("not a database"))
                ? failure(Status::NotADatabase,
                          QCoreApplication::translate("Database", "%1 is not a Khana database (it cannot be read as a database). It was left unchanged.").arg(shown))
                : failure(Status::Damaged, damagedMessage(shown, detail));
            break;
        case StorageError::Kind::ReadOnly:
        case StorageError::Kind::DiskFull:
        case StorageError::Kind::Cancelled:
        case StorageError::Kind::NotAllowed:
        case StorageError::Kind::ConnectionLost:
        case StorageError::Kind::OfficeOnly:
        case StorageError::Kind::Other:
        case StorageError::Kind::None:
            result = failure(Status::CannotOpen,
                             QCoreApplication::translate("Database", "%1 cannot be read: %2. It was left unchanged.").arg(shown, detail));
            break;
        }
        break;
    case Migrator::State::Foreign:
        result = failure(Status::ForeignDatabase,
                         QCoreApplication::translate("Database", "%1 is a database of another program, not Khana. It was left unchanged.")
                             .arg(QDir::toNativeSeparators(path)));
        break;
    case Migrator::State::Khana:
        refused = version > Migrator::latestVersion();
        if (refused) {
            result = failure(Status::NewerSchema,
                             QCoreApplication::translate("Database", "%1 was written by a newer version of Khana (data format %2; this Khana reads up to %3). "
                                "Update Khana to open it. The file was left unchanged.")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(version)
                                 .arg(Migrator::latestVersion()));
        }
        break;
    case Migrator::State::Empty:
        refused = false;
        break;
    }
    if (refused) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return result;
    }

    // Before anything is written: a damaged file is never written into.
    if (state == Migrator::State::Khana) {
        if (const auto problem = quickCheck(db, kQuickCheckBudgetMs); problem && !problem->isEmpty()) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return failure(Status::Damaged, damagedMessage(shown, *problem));
        }
    }

    QString problem;
    if (!configureConnection(db, &problem)) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return failure(Status::CannotOpen, QCoreApplication::translate("Database", "Cannot configure the database connection: %1").arg(problem));
    }

    QString error;
    if (!migrator.migrate(&error, schemaVersion)) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        switch (StorageError::kindOf(QSqlError(error, QString(), QSqlError::StatementError))) {
        case StorageError::Kind::DiskFull:
            return failure(Status::DiskFull, QCoreApplication::translate("Database", "The disk is full: Khana could not bring %1 up to date. "
                                                                                      "It was left as it was; free some space and open it again.").arg(shown));
        case StorageError::Kind::ReadOnly:
            return failure(Status::ReadOnly, QCoreApplication::translate("Database", "%1 can only be read, not written (the file or its folder is read-only), "
                                                                                      "and this Khana needs to bring it up to date. It was left as it was.").arg(shown));
        case StorageError::Kind::Busy:
            return failure(Status::Locked, QCoreApplication::translate("Database", "%1 is locked by another program (another Khana, a backup or a sync tool). "
                                                                                    "Close it there and try again. The file was left unchanged.").arg(shown));
        case StorageError::Kind::Damaged:
            return failure(Status::Damaged, damagedMessage(shown, error));
        case StorageError::Kind::Cancelled:
        case StorageError::Kind::NotAllowed:
        case StorageError::Kind::ConnectionLost:
        case StorageError::Kind::OfficeOnly:
        case StorageError::Kind::Other:
        case StorageError::Kind::None:
            break;
        }
        return failure(Status::MigrationFailed,
                       QCoreApplication::translate("Database", "Updating the database failed; it was left as it was. Details: %1").arg(error));
    }
    // A file that needs nothing brought up to date opens even when it cannot be written: ask
    // SQLite for the write lock once, so that the user hears it now and not at the first save.
    {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            if (StorageError::kindOf(probe.lastError()) == StorageError::Kind::ReadOnly) {
                probe = QSqlQuery();
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(connectionName);
                return failure(Status::ReadOnly, readOnlyMessage(shown));
            }
        } else {
            probe.exec(QStringLiteral("ROLLBACK"));
        }
    }
    result.status = Status::Ok;
    result.schemaVersion = schemaVersion;
    return result;
}

Database::OpenResult Database::openSqliteReadOnly(const QString &path, const QString &connectionName)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile())
        return failure(Status::CannotOpen, QCoreApplication::translate("Database", "Cannot open %1: %2").arg(shown, QCoreApplication::translate("Database", "there is no such file")));
    SqliteTempFiles::keepInMemory();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    auto refuse = [&](Status status, const QString &message) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return failure(status, message);
    };
    if (!db.open())
        return refuse(Status::CannotOpen, QCoreApplication::translate("Database", "Cannot open %1: %2").arg(shown, db.lastError().text()));
    int version = 0;
    QString detail;
    const Migrator::State state = Migrator(db).inspect(&version, &detail);
    if (state != Migrator::State::Khana)
        return refuse(Status::NotADatabase, QCoreApplication::translate("Database", "%1 is not a Khana database (it cannot be read as a database). It was left unchanged.").arg(shown));
    if (version != Migrator::latestVersion())
        return refuse(Status::ReadOnly, QCoreApplication::translate("Database", "%1 was written by another version of Khana (data format %2; this Khana uses %3) and can only be "
                                                                            "read, so it cannot be brought up to date. Open it with that version, or copy it somewhere writable.")
                                            .arg(shown).arg(version).arg(Migrator::latestVersion()));
    if (const auto problem = quickCheck(db, kQuickCheckBudgetMs); problem && !problem->isEmpty())
        return refuse(Status::Damaged, damagedMessage(shown, *problem));
    QString problem;
    configureConnection(db, &problem); // WAL and secure delete need writing: not checked here
    QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = ON"));
    OpenResult result;
    result.status = Status::Ok;
    result.schemaVersion = version;
    result.readOnly = true;
    return result;
}

bool Database::configureConnection(const QSqlDatabase &db, QString *problem)
{
    const SqlDialect dialect = SqlDialect::forDatabase(db);
    for (const QString &setup : dialect.connectionSetup()) {
        QSqlQuery q(db);
        q.exec(setup);
    }
    // Temporary files in memory as files (see SqliteTempFiles) rather than as SQLite's own
    // in-memory structures: large sorts then run on more than one thread, and faster.
    if (dialect.kind() == SqlDialect::Kind::Sqlite && SqliteTempFiles::inMemory(db))
        QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store = FILE"));
    return dialect.verifyConnection(db, problem);
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        AfterCommit::closing(db); // a sealed pack's last changes go into its file
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString Database::metaValue(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM khana_meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool Database::setMetaValue(const QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO khana_meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

} // namespace khana
