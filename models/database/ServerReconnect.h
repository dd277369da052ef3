#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

class QThread;

namespace khana {

// Brings a window's connection to the office server back after it dropped (the server
// restarted, the network went away). It notices the drop from a failed statement
// (StorageHealth::connectionLost) or, while the window sits idle, from libpq's own state; then
// asks the server on a worker thread whether it takes connections again (libpq's ping: no
// password, and the window never waits on a network that is gone), and only then reopens the
// connection with the login and password it was opened with. PostgreSQL rolled back whatever
// transaction was open when the connection went, so nothing is left half-written.
class ServerReconnect : public QObject
{
    Q_OBJECT

public:
    static constexpr int kWatchMs = 500;
    static constexpr int kFirstRetryMs = 500;
    static constexpr int kLongestRetryMs = 8000;

    explicit ServerReconnect(const QSqlDatabase &db, QObject *parent = nullptr);
    ~ServerReconnect() override;

    bool isLost() const { return m_lost; }
    // libpq says the connection is gone (a cheap check of its state, no network).
    static bool connectionDropped(const QSqlDatabase &db);

Q_SIGNALS:
    void lost();
    // Connected again and configured: whatever the window shows may have changed meanwhile.
    void restored();

private:
    void check();
    void ping();
    void pinged(bool answering);

    QSqlDatabase m_db;
    QThread *m_pinger = nullptr;
    QTimer m_watch;
    QTimer m_retry;
    bool m_lost = false;
    int m_retryMs = kFirstRetryMs;
};

} // namespace khana
