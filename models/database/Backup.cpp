#include "Backup.h"

#include "SqliteFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sqlite3.h>

#include <memory>

namespace khana {

using namespace SqliteFile;

namespace {

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
constexpr int kPagesPerStep = 256;

// Copies `from` into `to` through the online backup API, in steps, reporting progress.
// Returns false with `error` set, or with `cancelled` set when progress said stop.
bool copyPages(sqlite3 *from, sqlite3 *to, const Backup::Progress &progress, QString *error, bool *cancelled)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        *error = QString::fromUtf8(sqlite3_errmsg(to));
        return false;
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        const int total = sqlite3_backup_pagecount(backup);
        if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
            *cancelled = true;
            break;
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (*cancelled)
        return false;
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

} // namespace

Backup::Result Backup::verify(const QString &path)
{
    Result result;
    result.path = path;
    QString error;
    const Connection db = openConnection(path, SQLITE_OPEN_READONLY, &error);
    if (!db) {
        result.error = QCoreApplication::translate("Backup", "The backup %1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), error);
        return result;
    }
    sqlite3_stmt *check = nullptr;
    QString verdict;
    if (sqlite3_prepare_v2(db.get(), "PRAGMA integrity_check(1)", -1, &check, nullptr) == SQLITE_OK && sqlite3_step(check) == SQLITE_ROW)
        verdict = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check, 0)));
    else
        verdict = QString::fromUtf8(sqlite3_errmsg(db.get()));
    sqlite3_finalize(check);
    if (verdict != QLatin1String("ok")) {
        result.error = QCoreApplication::translate("Backup", "The backup %1 is damaged (%2).").arg(QDir::toNativeSeparators(path), verdict);
        return result;
    }
    result.rowCounts = countRows(db.get(), &error);
    if (!error.isEmpty() || !result.rowCounts.contains(QStringLiteral("khana_meta")) || !result.rowCounts.contains(QStringLiteral("person"))) {
        result.error = QCoreApplication::translate("Backup", "%1 is not a Khana database.").arg(QDir::toNativeSeparators(path));
        result.rowCounts.clear();
    }
    return result;
}

Backup::Result Backup::create(const QString &source, const QString &target, const Progress &progress)
{
    Result result;
    result.path = target;
    QString error;
    const Connection from = openConnection(source, SQLITE_OPEN_READONLY, &error);
    if (!from) {
        result.error = QCoreApplication::translate("Backup", "%1 cannot be read: %2").arg(QDir::toNativeSeparators(source), error);
        return result;
    }
    // Written under a temporary name, owner-only from its first byte, renamed when verified.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        QFile create(partial);
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !create.setPermissions(kOwnerOnly)) {
            result.error = QCoreApplication::translate("Backup", "%1 cannot be written: %2").arg(QDir::toNativeSeparators(target), create.errorString());
            return result;
        }
    }
    auto fail = [&](const QString &why) {
        QFile::remove(partial);
        result.error = why;
        return result;
    };
    QHash<QString, qint64> sourceCounts;
    {
        const Connection to = openConnection(partial, SQLITE_OPEN_READWRITE, &error);
        if (!to)
            return fail(QCoreApplication::translate("Backup", "%1 cannot be written: %2").arg(QDir::toNativeSeparators(target), error));
        // The counts and the copy are taken in one read transaction on the source, so both
        // see the same moment even while Khana keeps writing.
        if (!execute(from.get(), "BEGIN", &error))
            return fail(QCoreApplication::translate("Backup", "%1 cannot be read: %2").arg(QDir::toNativeSeparators(source), error));
        sourceCounts = countRows(from.get(), &error);
        bool cancelled = false;
        const bool copied = error.isEmpty() && copyPages(from.get(), to.get(), progress, &error, &cancelled);
        execute(from.get(), "COMMIT", &error);
        if (cancelled) {
            QFile::remove(partial);
            result.cancelled = true;
            return result;
        }
        if (!copied)
            return fail(QCoreApplication::translate("Backup", "The backup could not be written: %1").arg(error));
        // A backup is one self-contained file: no WAL beside it.
        if (!execute(to.get(), "PRAGMA journal_mode = DELETE", &error))
            return fail(QCoreApplication::translate("Backup", "The backup could not be written: %1").arg(error));
    }
    const Result checked = verify(partial);
    if (!checked.ok())
        return fail(checked.error);
    if (checked.rowCounts != sourceCounts)
        return fail(QCoreApplication::translate("Backup", "The backup does not hold the same rows as the database; it was not kept."));
    QFile::remove(target);
    if (!QFile::rename(partial, target))
        return fail(QCoreApplication::translate("Backup", "%1 cannot be written.").arg(QDir::toNativeSeparators(target)));
    result.rowCounts = checked.rowCounts;
    return result;
}

QString Backup::automaticFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
}

Backup::Result Backup::automatic(const QString &source, const QString &folder, const QDate &today, int keep, bool *made)
{
    if (made)
        *made = false;
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder)) {
        Result result;
        result.error = QCoreApplication::translate("Backup", "The backup folder %1 cannot be made.").arg(QDir::toNativeSeparators(folder));
        return result;
    }
    QFile(folder).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString name = QStringLiteral("khana-%1.sqlite").arg(today.toString(Qt::ISODate));
    Result result;
    result.path = dir.filePath(name);
    if (!QFileInfo::exists(result.path)) {
        result = create(source, dir.filePath(name));
        if (!result.ok())
            return result;
        if (made)
            *made = true;
    }
    // Names sort by date: keep the newest.
    QStringList existing = dir.entryList({QStringLiteral("khana-[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].sqlite")}, QDir::Files, QDir::Name);
    while (existing.size() > qMax(1, keep))
        QFile::remove(dir.filePath(existing.takeFirst()));
    return result;
}

Backup::Result Backup::restore(const QString &backup, const QString &database, const Progress &progress)
{
    const Result checked = verify(backup);
    if (!checked.ok())
        return checked;
    const QFileInfo info(database);
    const QString safety = info.dir().filePath(QStringLiteral("%1-before-restore-%2.sqlite")
                                                   .arg(info.completeBaseName(), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    Result before = create(database, safety);
    if (!before.ok()) {
        before.error = QCoreApplication::translate("Backup", "The current database could not be backed up first, so nothing was restored: %1").arg(before.error);
        return before;
    }
    Result result;
    result.path = safety;
    QString error;
    const Connection from = openConnection(backup, SQLITE_OPEN_READONLY, &error);
    const Connection to = from ? openConnection(database, SQLITE_OPEN_READWRITE, &error) : nullptr;
    if (!from || !to) {
        result.error = QCoreApplication::translate("Backup", "Nothing was restored: %1").arg(error);
        return result;
    }
    bool cancelled = false;
    if (!copyPages(from.get(), to.get(), progress, &error, &cancelled)) {
        // The backup API writes the destination in one transaction: stopped, it changed nothing.
        result.cancelled = cancelled;
        if (!cancelled)
            result.error = QCoreApplication::translate("Backup", "Nothing was restored: %1").arg(error);
        return result;
    }
    // The restored file keeps working in WAL mode, as every Khana database does.
    execute(to.get(), "PRAGMA journal_mode = WAL", &error);
    result.rowCounts = checked.rowCounts;
    return result;
}

} // namespace khana
