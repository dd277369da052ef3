#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace khana {

// Opens Khana's database: checks what the file is before touching it, configures the
// connection, and migrates the schema. Nothing is written to a file that is not a Khana
// database or that a newer Khana wrote.
class Database
{
public:
    enum class Status {
        Ok,
        CannotOpen,
        NotADatabase,
        ForeignDatabase,
        NewerSchema,
        MigrationFailed,
        Locked,   // another program holds it: try again once it lets go
        ReadOnly, // the file or its folder cannot be written
        DiskFull, // no room to bring it up to date
        Damaged,  // SQLite's check found damage: Khana does not write into it
        // An office server's reasons:
        AuthenticationFailed,   // wrong user name or password
        Unreachable,            // no server answers there (address, network, server down)
        SecureConnectionFailed, // TLS refused or the server's certificate not trusted
        NeedsAdmin,             // the schema must be brought up to date by an admin first
    };

    // How long opening may spend checking the file for damage (PRAGMA quick_check) before it
    // goes on unchecked; a small office database is checked whole well within it.
    static constexpr int kQuickCheckBudgetMs = 2000;

    struct OpenResult
    {
        Status status = Status::CannotOpen;
        QString message; // for people, translated
        int schemaVersion = 0;
        bool readOnly = false; // opened by openSqliteReadOnly(): SQLite refuses every write
        bool ok() const { return status == Status::Ok; }
    };

    static QString defaultConnectionName();

    // Where the database lives unless the user names another file.
    static QString defaultPath();
    static QString demoPath();

    static OpenResult openSqlite(const QString &path, const QString &connectionName = defaultConnectionName());

    // Opens a Khana database that cannot be written (a read-only file or folder, a copy on a
    // read-only medium) to look at and print from: SQLite opens it read-only and refuses every
    // write on the connection (query_only). Only a database at this Khana's schema version.
    static OpenResult openSqliteReadOnly(const QString &path, const QString &connectionName = defaultConnectionName());

    // Opens a database kept in memory (MemoryDatabase) under `name`, first filling it with
    // `image` (a database's bytes) when one is given, and brings it up to date like a file.
    // `shownName` names it in messages (the sealed pack's file).
    static OpenResult openInMemory(const QString &name, const QByteArray &image, const QString &shownName,
                                   const QString &connectionName = defaultConnectionName());

    // Opens without migrating; for tests that build older schema versions.
    static OpenResult openSqliteAt(const QString &path, const QString &connectionName, int schemaVersion);

    static void close(const QString &connectionName = defaultConnectionName());

    // Sets up an open connection as Khana needs it (foreign keys, secure delete, WAL…) and
    // checks that it took; every connection, the window's and each worker's, goes through it.
    static bool configureConnection(const QSqlDatabase &db, QString *problem);

    // Makes the database file (creating it empty when missing), its -wal, -shm and journal,
    // and Khana's own data folder readable and writable by their owner only (PDPA: membership
    // reveals political opinions). On Windows the user's profile folder is private already and
    // Qt maps these permissions onto the file's ACL only in part.
    static bool makeOwnerOnly(const QString &path);

    // What to tell a user who named a database file that is not there (a mistyped
    // --database): Khana makes a new database only when asked to.
    static QString noDatabaseMessage(const QString &path);

    // Application-level key/value facts stored in the database (e.g. "demo").
    static QString metaValue(const QSqlDatabase &db, const QString &key);
    static bool setMetaValue(const QSqlDatabase &db, const QString &key, const QString &value);

private:
    // The checks, configuration and migration every opened SQLite connection goes through; on
    // any refusal the connection is closed and removed.
    static OpenResult setUpOpened(const QString &connectionName, const QString &shownName, int schemaVersion);
};

} // namespace khana
