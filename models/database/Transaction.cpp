#include "Transaction.h"

#include "MemoryDatabase.h"

#include "StorageHealth.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

namespace khana {

namespace {

// SQLite's primary result codes (sqlite3.h); Qt's driver reports them as the native code.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteInterrupt = 9;
constexpr int kSqliteIoError = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteNotADatabase = 26;

} // namespace

StorageError::Kind StorageError::kindOf(const QSqlError &error)
{
    if (!error.isValid() || error.type() == QSqlError::NoError)
        return Kind::None;
    const QString code = error.nativeErrorCode();
    // A workshop pack's journal refuses what it cannot bring back (resources/pack).
    if (error.text().contains(QLatin1String("khana-pack: office only")))
        return Kind::OfficeOnly;
    // The audit trail refuses to be rewritten (schema step 19), as the server's does.
    if (error.text().contains(QLatin1String("khana-audit: append-only")))
        return Kind::NotAllowed;
    // SQLite's result codes are numbers below 10000; PostgreSQL's SQLSTATEs are five
    // characters, some all digits (42501), which must not be read as SQLite's.
    bool numeric = false;
    const int sqlite = code.size() < 5 ? code.toInt(&numeric) & 0xff : 0;
    if (numeric) {
        switch (sqlite) {
        case kSqliteFull: return Kind::DiskFull;
        case kSqliteBusy:
        case kSqliteLocked: return Kind::Busy;
        case kSqliteReadOnly: return Kind::ReadOnly;
        case kSqliteInterrupt: return Kind::Cancelled;
        case kSqliteCorrupt:
        case kSqliteNotADatabase: return Kind::Damaged;
        case kSqliteIoError: return Kind::Other;
        default: break;
        }
    }
    // PostgreSQL's SQLSTATE codes.
    if (code == QLatin1String("53100"))
        return Kind::DiskFull;
    if (code == QLatin1String("55P03") || code == QLatin1String("40P01"))
        return Kind::Busy;
    if (code == QLatin1String("25006"))
        return Kind::ReadOnly;
    if (code == QLatin1String("57014"))
        return Kind::Cancelled;
    if (code == QLatin1String("42501"))
        return Kind::NotAllowed;
    if (code == QLatin1String("XX001") || code == QLatin1String("XX002"))
        return Kind::Damaged;
    // The office server went away: a connection exception (class 08) or the server shutting
    // down or restarting (57P01–57P03).
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02")
        || code == QLatin1String("57P03"))
        return Kind::ConnectionLost;
    // SQLite's own words, for errors that come without a code (SQLite called directly).
    const QString text = error.text();
    if (text.contains(QLatin1String("database or disk is full")))
        return Kind::DiskFull;
    if (text.contains(QLatin1String("database is locked")) || text.contains(QLatin1String("database table is locked")))
        return Kind::Busy;
    if (text.contains(QLatin1String("readonly database")))
        return Kind::ReadOnly;
    if (text == QLatin1String("interrupted") || text.startsWith(QLatin1String("interrupted ")))
        return Kind::Cancelled;
    if (text.contains(QLatin1String("disk image is malformed")) || text.contains(QLatin1String("file is not a database")))
        return Kind::Damaged;
    // libpq's own words when the server stopped answering and so sent no code.
    for (const char *lost : {"server closed the connection unexpectedly", "no connection to the server", "could not receive data from server",
                             "could not send data to server", "connection to server was lost"})
        if (text.contains(QLatin1String(lost)))
            return Kind::ConnectionLost;
    return Kind::Other;
}

QString StorageError::describe(const QSqlError &error)
{
    if (error.text().contains(QLatin1String("khana-audit: append-only")))
        return QCoreApplication::translate("StorageError", "The audit trail keeps every entry as it was written: none can be changed or removed.");
    switch (kindOf(error)) {
    case Kind::None: return {};
    case Kind::DiskFull:
        return QCoreApplication::translate("StorageError", "The disk is full: nothing was saved. Free some space and try again.");
    case Kind::Busy:
        return QCoreApplication::translate("StorageError",
                                           "The database is busy with another program's change: nothing was saved. Try again in a moment.");
    case Kind::ReadOnly:
        return QCoreApplication::translate("StorageError", "The database can only be read, not changed: nothing was saved.");
    case Kind::Damaged:
        return QCoreApplication::translate("StorageError",
                                           "The database file is damaged: nothing was saved. Stop working in it and restore a backup.");
    case Kind::Cancelled:
        return QCoreApplication::translate("StorageError", "Cancelled: nothing was saved.");
    case Kind::NotAllowed:
        return QCoreApplication::translate("StorageError", "Your role on the office server does not allow this (for this place or "
                                                           "workshop): nothing was saved. An administrator can change what your login may do.");
    case Kind::ConnectionLost:
        return QCoreApplication::translate("StorageError", "The connection to the office server was lost: nothing was saved. Khana is "
                                                           "connecting again; what you typed is still here, so save again once it is back.");
    case Kind::OfficeOnly:
        return QCoreApplication::translate("StorageError", "This is a workshop pack: it records check-ins, walk-ins, groups and outcomes. "
                                                           "Everything else is changed in the office database, once the pack is brought back.");
    case Kind::Other: break;
    }
    return QCoreApplication::translate("StorageError", "The database refused the change: %1").arg(error.text());
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    m_open = m_db.transaction();
    if (!m_open)
        fail(m_db.lastError());
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::exec(QSqlQuery &query)
{
    if (!ok())
        return false;
    if (query.exec())
        return true;
    return fail(query.lastError());
}

bool Transaction::fail(const QString &why)
{
    if (!m_failed) {
        m_failed = true;
        m_why = why;
    }
    return false;
}

bool Transaction::fail(const QSqlError &error)
{
    if (!m_failed) {
        m_failed = true;
        m_error = error;
        StorageHealth::instance().report(m_db.connectionName(), error);
    }
    return false;
}

bool Transaction::failWithDriverText(const QString &driverText)
{
    return fail(QSqlError(driverText, QString(), QSqlError::StatementError));
}

bool Transaction::commit()
{
    if (!ok()) {
        rollback();
        return false;
    }
    if (m_db.commit()) {
        m_open = false;
        // Stored only once whatever keeps it elsewhere (a sealed pack's file) has it too.
        const QString notKept = AfterCommit::run(m_db);
        return notKept.isEmpty() || fail(notKept);
    }
    fail(m_db.lastError());
    rollback();
    return false;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    // A connection to a server that has gone: the server rolled the transaction back itself.
    if (m_db.isOpen())
        m_db.rollback();
}

QString Transaction::errorText() const
{
    if (!m_failed)
        return {};
    if (!m_why.isEmpty())
        return m_why;
    return StorageError::describe(m_error);
}

} // namespace khana
