#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

class QSqlQuery;

namespace khana {

// Why a write failed, in words for the person who tried it. SQLite's and PostgreSQL's codes are
// read so that a full disk, a lock held by another program, a read-only file or a damaged
// database are named as such instead of the driver's English.
class StorageError
{
public:
    // Cancelled: the user stopped the work and its statement was interrupted (WorkerConnection).
    // NotAllowed: an office server refused what the login's role may not do (its privileges or
    // row policies), or a change to the append-only audit trail.
    // OfficeOnly: a workshop pack refused a change that only the office database can take.
    enum class Kind { None, DiskFull, Busy, ReadOnly, Damaged, Cancelled, NotAllowed, ConnectionLost, OfficeOnly, Other };

    static Kind kindOf(const QSqlError &error);
    // A translated sentence; for Other, the driver's text after a general sentence.
    static QString describe(const QSqlError &error);
};

// One write transaction: every change a store makes goes through one. It begins on
// construction, records the first failing statement (or check) and rolls back when it goes out
// of scope without a successful commit(), so no path can leave half a change or forget to look
// at the commit's result:
//
//     Transaction t(m_db);
//     if (!t.exec(update) || !AuditLog::record(t, ...) || !t.commit())
//         return failure(t.errorText());
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // True while it began and nothing failed.
    bool ok() const { return m_open && !m_failed; }

    // Runs a prepared statement; false (and the failure recorded) if it fails.
    bool exec(QSqlQuery &query);
    // Records a failure that is not the database's (a check the store makes); returns false.
    bool fail(const QString &why);
    bool fail(const QSqlError &error);
    // A failure reported by SQLite directly (FastStatement), known by its text.
    bool failWithDriverText(const QString &driverText);

    // Commits if nothing failed; a refused commit is a failure like any other (disk full at
    // commit time is the common one) and is rolled back. Returns true only when stored.
    bool commit();

    const QSqlDatabase &database() const { return m_db; }

    // The first failure, in the user's language ("The disk is full…"), or empty.
    QString errorText() const;
    StorageError::Kind errorKind() const { return StorageError::kindOf(m_error); }

private:
    void rollback();

    QSqlDatabase m_db;
    bool m_open = false;
    bool m_failed = false;
    QSqlError m_error;
    QString m_why;
};

} // namespace khana
