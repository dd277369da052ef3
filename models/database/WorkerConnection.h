#pragma once

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>

namespace khana {

// A connection of its own for work on another thread (a Qt connection belongs to the thread
// that opened it): opened like an existing connection, configured as every Khana connection
// is, and closed when it goes. Create, use and destroy it on the worker thread.
class WorkerConnection
{
public:
    explicit WorkerConnection(const QString &likeConnectionName);
    ~WorkerConnection();
    WorkerConnection(const WorkerConnection &) = delete;
    WorkerConnection &operator=(const WorkerConnection &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // translated
    QSqlDatabase database() const;

    // Once `cancelled` turns true, the statement running stops with an error (on SQLite, through
    // its progress handler; on PostgreSQL, by asking the server to cancel it): a long single
    // statement, an index rebuilt over a million rows, is cancelled too, and its transaction
    // rolls back. Work checks the flag between rows as well.
    void interruptWhen(const std::atomic<bool> *cancelled);

private:
    class ServerCancel;

    QString m_name;
    QString m_error;
    bool m_interrupting = false;
    std::unique_ptr<ServerCancel> m_serverCancel;
};

} // namespace khana
