#include "WorkerConnection.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace khana {

namespace {

std::atomic<int> workerCount{0};

sqlite3 *sqliteHandleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace

WorkerConnection::WorkerConnection(const QString &likeConnectionName)
    : m_name(QStringLiteral("khana-worker-%1").arg(++workerCount))
{
    // The overload taking a name is the one safe to call from another thread.
    QSqlDatabase db = QSqlDatabase::cloneDatabase(likeConnectionName, m_name);
    QString problem;
    if (!db.isValid())
        m_error = QCoreApplication::translate("WorkerConnection", "The database is not open.");
    else if (!db.open())
        m_error = QCoreApplication::translate("WorkerConnection", "Cannot open a second connection to the database: %1").arg(db.lastError().text());
    else if (!Database::configureConnection(db, &problem))
        m_error = QCoreApplication::translate("WorkerConnection", "Cannot configure the database connection: %1").arg(problem);
}

WorkerConnection::~WorkerConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (m_interrupting)
            if (sqlite3 *handle = sqliteHandleOf(db))
                sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase WorkerConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

void WorkerConnection::interruptWhen(const std::atomic<bool> *cancelled)
{
    sqlite3 *handle = ok() ? sqliteHandleOf(database()) : nullptr;
    if (!handle)
        return;
    // Every few thousand virtual-machine steps: a few microseconds apart, so Cancel stops a
    // statement at once while costing the work nothing measurable.
    sqlite3_progress_handler(handle, 4000, [](void *flag) {
        return static_cast<const std::atomic<bool> *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
    }, const_cast<std::atomic<bool> *>(cancelled));
    m_interrupting = true;
}

} // namespace khana
