#include "ServerReconnect.h"

#include "Database.h"
#include "ServerHandle.h"
#include "SqlDialect.h"
#include "StorageHealth.h"

#include <QThread>

#include <memory>
#include <utility>

namespace khana {

ServerReconnect::ServerReconnect(const QSqlDatabase &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    // A drop met by a statement (on any connection: check()) is seen at once; one that
    // happens while the window is idle, within kWatchMs of libpq noticing it.
    connect(&StorageHealth::instance(), &StorageHealth::connectionLost, this, &ServerReconnect::check);
    m_watch.setInterval(kWatchMs);
    connect(&m_watch, &QTimer::timeout, this, &ServerReconnect::check);
    if (SqlDialect::forDatabase(m_db).kind() == SqlDialect::Kind::Postgres)
        m_watch.start();
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ServerReconnect::ping);
}

ServerReconnect::~ServerReconnect()
{
    // A ping in flight ends within its connect timeout.
    if (m_pinger) {
        m_pinger->wait();
        delete m_pinger;
    }
}

bool ServerReconnect::connectionDropped(const QSqlDatabase &db)
{
    PGconn *connection = postgresHandleOf(db);
    return connection && PQstatus(connection) == CONNECTION_BAD;
}

void ServerReconnect::check()
{
    if (m_lost || !connectionDropped(m_db))
        return;
    m_lost = true;
    m_watch.stop();
    // Closing now also stops Qt's driver from watching a socket that has gone.
    m_db.close();
    m_retryMs = kFirstRetryMs;
    Q_EMIT lost();
    m_retry.start(m_retryMs);
}

void ServerReconnect::ping()
{
    if (m_pinger)
        return;
    // Everything libpq needs to find the server, copied for the worker thread.
    const QByteArray host = m_db.hostName().toUtf8();
    const QByteArray port = QByteArray::number(m_db.port());
    const QByteArray database = m_db.databaseName().toUtf8();
    const QByteArray user = m_db.userName().toUtf8();
    auto answering = std::make_shared<bool>(false);
    m_pinger = QThread::create([=] {
        const char *keys[] = {"host", "port", "dbname", "user", "connect_timeout", nullptr};
        const char *values[] = {host.constData(), port.constData(), database.constData(), user.constData(), "3", nullptr};
        *answering = PQpingParams(keys, values, 0) == PQPING_OK;
    });
    connect(m_pinger, &QThread::finished, this, [this, answering] {
        std::exchange(m_pinger, nullptr)->deleteLater();
        pinged(*answering);
    });
    m_pinger->start();
}

void ServerReconnect::pinged(bool answering)
{
    QString problem;
    if (answering && m_db.open() && Database::configureConnection(m_db, &problem)) {
        m_lost = false;
        m_watch.start();
        Q_EMIT restored();
        return;
    }
    m_db.close();
    m_retryMs = qMin(m_retryMs * 2, kLongestRetryMs);
    m_retry.start(m_retryMs);
}

} // namespace khana
