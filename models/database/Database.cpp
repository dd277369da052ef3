#include "Database.h"

#include "Migrator.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace khana {

namespace {

Database::OpenResult failure(Database::Status status, const QString &message)
{
    Database::OpenResult r;
    r.status = status;
    r.message = message;
    return r;
}

} // namespace

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

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return failure(Status::CannotOpen, QCoreApplication::translate("Database", "Cannot open %1: %2").arg(QDir::toNativeSeparators(path), why));
    }

    Migrator migrator(db);
    int version = 0;
    QString detail;
    const Migrator::State state = migrator.inspect(&version, &detail);
    OpenResult result;
    bool refused = true;
    switch (state) {
    case Migrator::State::Unreadable:
        result = failure(Status::NotADatabase,
                         QCoreApplication::translate("Database", "%1 is not a Khana database (it cannot be read as a database). It was left unchanged.")
                             .arg(QDir::toNativeSeparators(path)));
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

    const SqlDialect dialect = SqlDialect::forDatabase(db);
    for (const QString &setup : dialect.connectionSetup()) {
        QSqlQuery q(db);
        q.exec(setup);
    }
    QString problem;
    if (!dialect.verifyConnection(db, &problem)) {
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
        return failure(Status::MigrationFailed,
                       QCoreApplication::translate("Database", "Updating the database failed; it was left as it was. Details: %1").arg(error));
    }
    result.status = Status::Ok;
    result.schemaVersion = schemaVersion;
    return result;
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
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
