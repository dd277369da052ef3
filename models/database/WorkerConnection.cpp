#include "WorkerConnection.h"

#include "Database.h"
#include "ServerHandle.h"
#include "SqliteFile.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#include <chrono>
#include <thread>

namespace khana {

namespace {

std::atomic<int> workerCount{0};

} // namespace

// The server runs a statement while the worker's thread waits for it: a watcher thread sends
// libpq's cancel request once the flag turns true (libpq's cancel object is made for use from
// another thread). The server cancels only a statement that is running, so the request is sent
// again every fifth of a second while the flag stays true: one that began just after is
// cancelled too.
class WorkerConnection::ServerCancel
{
public:
    ServerCancel(PGconn *connection, const std::atomic<bool> *cancelled)
        : m_cancel(PQgetCancel(connection))
        , m_watcher([this, cancelled] {
            int ticks = 0;
            while (!m_stop.load()) {
                if (!cancelled->load(std::memory_order_relaxed)) {
                    ticks = 0;
                } else if (ticks++ % 10 == 0 && m_cancel) {
                    char error[256];
                    PQcancel(m_cancel, error, int(sizeof error));
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        })
    {
    }
    ~ServerCancel()
    {
        m_stop = true;
        m_watcher.join();
        if (m_cancel)
            PQfreeCancel(m_cancel);
    }
    ServerCancel(const ServerCancel &) = delete;
    ServerCancel &operator=(const ServerCancel &) = delete;

private:
    PGcancel *m_cancel;
    std::atomic<bool> m_stop{false};
    std::thread m_watcher;
};

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
    m_serverCancel.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (m_interrupting)
            if (sqlite3 *handle = SqliteFile::handleOf(db))
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
    if (!ok())
        return;
    if (PGconn *server = postgresHandleOf(database())) {
        m_serverCancel = std::make_unique<ServerCancel>(server, cancelled);
        return;
    }
    sqlite3 *handle = SqliteFile::handleOf(database());
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
