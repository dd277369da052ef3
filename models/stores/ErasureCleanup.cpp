#include "ErasureCleanup.h"

#include "database/Database.h"
#include "database/SearchIndexes.h"
#include "database/StorageHealth.h"
#include "database/Transaction.h"
#include "ErasureStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace khana {

namespace {

QString connectionName()
{
    return QStringLiteral("khana-erasure-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The office id a copy carries, read without changing the copy (no migration, read-only).
QString officeIdOf(const QString &path)
{
    const QString name = connectionName();
    QString id;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            id = Database::metaValue(db, QStringLiteral("office_id"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return id;
}

bool mergeSearchIndex(const QSqlDatabase &db, QString *error)
{
    const QString index = SearchIndexes::people().name;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('optimize')").arg(index))) {
        *error = StorageError::describe(q.lastError());
        return false;
    }
    return true;
}

} // namespace

ErasureCleanup::Result ErasureCleanup::cleanDatabase(const QSqlDatabase &db)
{
    Result result;
    QString error;
    if (!mergeSearchIndex(db, &error)) {
        result.error = QCoreApplication::translate("ErasureCleanup", "The search index could not be cleaned: %1").arg(error);
        return result;
    }
    // TRUNCATE waits for readers of older pages (the busy timeout), then empties the WAL; its
    // first column says whether it could.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next()) {
        // A read still open on this connection keeps it from running at all: like a reader
        // elsewhere, that leaves the WAL for SQLite to empty when the last connection closes.
        if (StorageError::kindOf(q.lastError()) != StorageError::Kind::Busy)
            result.error = QCoreApplication::translate("ErasureCleanup", "The database's journal could not be emptied: %1").arg(StorageError::describe(q.lastError()));
        return result;
    }
    result.walCleared = q.value(0).toInt() == 0;
    return result;
}

QStringList ErasureCleanup::backupsOf(const QString &databasePath, const QString &backupFolder)
{
    QStringList out;
    const QDir folder(backupFolder);
    for (const QString &name : folder.entryList({QStringLiteral("khana-[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].sqlite")}, QDir::Files, QDir::Name))
        out.append(folder.filePath(name));
    const QFileInfo database(databasePath);
    const QDir beside = database.dir();
    for (const QString &name : beside.entryList({database.completeBaseName() + QStringLiteral("-before-restore-*.sqlite")}, QDir::Files, QDir::Name))
        out.append(beside.filePath(name));
    return out;
}

ErasureCleanup::Erased ErasureCleanup::erasedIn(const QString &databasePath)
{
    const QString name = connectionName();
    Erased erased;
    if (Database::openSqlite(databasePath, name).ok()) {
        const QSqlDatabase db = QSqlDatabase::database(name, false);
        erased.officeId = Database::metaValue(db, QStringLiteral("office_id"));
        erased.personIds = ErasureStore(db).erasedIds();
    }
    Database::close(name);
    return erased;
}

ErasureCleanup::Result ErasureCleanup::eraseAgainIn(const QString &databasePath, const Erased &before, int *erased)
{
    Result result;
    if (before.personIds.isEmpty() || officeIdOf(databasePath) != before.officeId)
        return result;
    const QString name = connectionName();
    {
        const Database::OpenResult opened = Database::openSqlite(databasePath, name);
        if (!opened.ok()) {
            result.error = opened.message;
        } else {
            const QSqlDatabase db = QSqlDatabase::database(name, false);
            const PersonStore::SaveResult again = ErasureStore(db).eraseAgain(before.personIds, erased);
            if (!again.ok())
                result.error = again.error;
            else
                result = cleanDatabase(db);
        }
    }
    Database::close(name);
    return result;
}

ErasureCleanup::Result ErasureCleanup::cleanBackups(const QStringList &backups, const QString &officeId, const QList<qint64> &personIds,
                                                    const WorkProgress &progress)
{
    Result result;
    QStringList failures;
    for (qsizetype i = 0; i < backups.size(); ++i) {
        if (!keepGoing(progress, i, backups.size())) {
            result.cancelled = true;
            return result;
        }
        const QString &path = backups.at(i);
        // Ids are only this database's: another database's person 42 is someone else.
        if (officeId.isEmpty() || officeIdOf(path) != officeId) {
            ++result.backupsSkipped;
            continue;
        }
        const QString name = connectionName();
        QString failure;
        {
            const Database::OpenResult opened = Database::openSqlite(path, name);
            if (!opened.ok()) {
                failure = opened.message;
            } else {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                const PersonStore::SaveResult erased = ErasureStore(db).eraseAgain(personIds);
                QString why;
                if (!erased.ok())
                    failure = erased.error;
                else if (!mergeSearchIndex(db, &why))
                    failure = why;
                // A backup is one file again, with no WAL beside it.
                QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            }
            Database::close(name);
        }
        // One unreadable copy does not keep the others from being cleaned.
        if (!failure.isEmpty())
            failures.append(QCoreApplication::translate("ErasureCleanup", "The backup %1 could not be cleaned: %2").arg(QDir::toNativeSeparators(path), failure));
        else
            ++result.backupsCleaned;
    }
    keepGoing(progress, backups.size(), backups.size());
    result.error = failures.join(QLatin1Char('\n'));
    return result;
}

} // namespace khana
